"""The Feed health view inside a running Airflow: registered as a plugin, served under /feed-health,
rendered by headless Chromium into a non-blank page with one table row per feed."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

pytestmark = pytest.mark.integration

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def chromium():
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("headless Chromium is needed: apt-get install -y chromium")
    return path


@pytest.fixture(scope="module")
def health_report(airflow_standalone):
    """A report made by news_feed_health in the running standalone, for the demo feeds."""
    api = airflow_standalone["api"]
    api.wait_for_dag("news_feed_health")
    run_id = api.trigger("news_feed_health", conf={"max_down_share": 1.0})
    assert api.wait_for_run("news_feed_health", run_id, timeout=240) == "success"
    return run_id


def browse(chromium: str, url: str, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1280,800", *extra, url],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )


def test_the_plugin_registers_the_view_and_the_links(airflow_standalone):
    plugins = airflow_standalone["api"].request("GET", "/plugins")["plugins"]
    (news,) = [plugin for plugin in plugins if plugin["name"] == "news"]
    assert [view["href"] for view in news["external_views"]] == ["/feed-health/"]
    assert [app["url_prefix"] for app in news["fastapi_apps"]] == ["/feed-health"]
    assert len(news["global_operator_extra_links"]) == 2


@pytest.fixture(scope="module")
def signed_in_proxy(airflow_standalone):
    """A loopback proxy to the view that adds the admin's bearer token, as a signed-in browser would
    send its session: headless Chromium takes no credentials on its command line."""
    authorization = airflow_standalone["api"].http.headers["Authorization"]
    base_url = airflow_standalone["base_url"]

    class Forward(BaseHTTPRequestHandler):
        def do_GET(self):
            upstream = httpx.get(f"{base_url}{self.path}", headers={"Authorization": authorization}, timeout=30)
            self.send_response(upstream.status_code)
            for name in ("content-type", "content-security-policy"):
                if name in upstream.headers:
                    self.send_header(name, upstream.headers[name])
            self.send_header("content-length", str(len(upstream.content)))
            self.end_headers()
            self.wfile.write(upstream.content)

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_the_view_needs_a_signed_in_user(airflow_standalone):
    assert httpx.get(f"{airflow_standalone['base_url']}/feed-health/", timeout=30).status_code == 401


def test_the_view_serves_the_report_with_a_strict_policy(airflow_standalone, health_report):
    response = httpx.get(
        f"{airflow_standalone['base_url']}/feed-health/",
        headers={"Authorization": airflow_standalone["api"].http.headers["Authorization"]}, timeout=30,
    )
    assert response.status_code == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.text.count('<tr class="feed"') == 3  # the three demo feeds


def test_chromium_renders_a_table_of_feeds(signed_in_proxy, health_report, chromium, tmp_path):
    from PIL import Image, ImageStat

    url = f"{signed_in_proxy}/feed-health/"
    dom = browse(chromium, url, tmp_path, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert len(re.findall(r'<tr class="feed"', dom.stdout)) == 3
    assert len(re.findall(r"<svg class=\"sparkline\"", dom.stdout)) == 3

    shot = browse(chromium, url, tmp_path, f"--screenshot={tmp_path / 'view.png'}")
    assert shot.returncode == 0, shot.stderr[-2000:]
    image = Image.open(tmp_path / "view.png").convert("L")
    assert image.size == (1280, 800)
    # A blank page is one flat colour; the table, text and badges make the grey levels vary.
    assert ImageStat.Stat(image).stddev[0] > 10
    assert len(image.getcolors(maxcolors=256 * 256) or []) > 20


def test_the_report_task_links_to_the_view(airflow_standalone, health_report):
    path = f"/dags/news_feed_health/dagRuns/{health_report}/taskInstances"
    links = airflow_standalone["api"].request("GET", f"{path}/report/links")["extra_links"]
    assert links["Feed health report"] == f"{airflow_standalone['base_url']}/feed-health/"
    assert links["Indexed articles (Kibana)"] is None  # the report task indexes no articles
