"""Deployment security: the Elasticsearch security set-up script and its least-privilege roles.

The script runs for real against an HTTP server on loopback that records what it is sent (the local
node is the minimal distribution, without the security APIs); the roles are checked for what they allow.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.local.paths import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "es-security-setup.sh"
ROLES = PROJECT_ROOT / "scripts" / "es-security"
PASSWORDS = {
    "ELASTIC_PASSWORD": 'el"astic\\pw 1',
    "KIBANA_PASSWORD": "kibana-pw-2",
    "NEWS_INGEST_PASSWORD": 'ingest "pw" 3',
    "NEWS_ANALYST_PASSWORD": "analyst\\pw-4",
}

pytestmark = pytest.mark.skipif(not shutil.which("curl"), reason="the set-up script runs curl")


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fail_path: str = "", payload: bytes = b"{}"):
        self.requests: list[dict] = []
        self.fail_path = fail_path
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                recorder.requests.append({"method": self.command, "path": self.path, "body": body,
                                          "auth": self.headers.get("Authorization", "")})
                status = 403 if self.path == recorder.fail_path else 200
                answer = b'{"error": "forbidden"}' if status == 403 else payload
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = do_PUT = _any  # noqa: N815

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


def run_script(server: Recorder, **env: str) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ["PATH"], "ES_URL": f"http://127.0.0.1:{server.server_address[1]}",
                   **PASSWORDS, **env}
    return subprocess.run(["bash", str(SCRIPT)], env=environment, capture_output=True, text=True, timeout=60)


def test_setup_defines_roles_users_and_kibana_password_as_elastic():
    server = Recorder()
    try:
        result = run_script(server)
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    calls = {(r["method"], r["path"]): r for r in server.requests}
    expected_auth = "Basic " + base64.b64encode(f"elastic:{PASSWORDS['ELASTIC_PASSWORD']}".encode()).decode()
    assert {r["auth"] for r in server.requests} == {expected_auth}
    kibana = json.loads(calls[("POST", "/_security/user/kibana_system/_password")]["body"])
    assert kibana == {"password": PASSWORDS["KIBANA_PASSWORD"]}
    for role in ("news_ingest", "news_analyst"):
        sent = json.loads(calls[("PUT", f"/_security/role/{role}")]["body"])
        assert sent == json.loads((ROLES / f"{role}.role.json").read_text())
    ingest = json.loads(calls[("PUT", "/_security/user/news_ingest")]["body"])
    analyst = json.loads(calls[("PUT", "/_security/user/news_analyst")]["body"])
    assert (ingest["roles"], ingest["password"]) == (["news_ingest"], PASSWORDS["NEWS_INGEST_PASSWORD"])
    assert (analyst["roles"], analyst["password"]) == (["news_analyst"], PASSWORDS["NEWS_ANALYST_PASSWORD"])
    for secret in PASSWORDS.values():  # nothing the script prints contains a password
        assert secret not in result.stdout + result.stderr


def test_a_missing_password_stops_the_setup_naming_the_variable():
    server = Recorder()
    try:
        result = run_script(server, NEWS_INGEST_PASSWORD="")
    finally:
        server.shutdown()
    assert result.returncode == 2
    assert "NEWS_INGEST_PASSWORD is not set" in result.stderr
    assert server.requests == []


def test_a_refused_request_fails_the_setup_with_the_answer():
    server = Recorder(fail_path="/_security/role/news_analyst")
    try:
        result = run_script(server)
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert "role news_analyst failed with HTTP 403" in result.stderr and "forbidden" in result.stderr
    assert not any(r["path"].startswith("/_security/user/news_") for r in server.requests)


def role(name: str) -> dict:
    return json.loads((ROLES / f"{name}.role.json").read_text())


def test_ingest_role_writes_only_to_news_indices_and_administers_nothing_else():
    ingest = role("news_ingest")
    assert set(ingest["cluster"]) <= {"monitor", "manage_index_templates"}
    assert all(pattern.startswith("news-") for grant in ingest["indices"] for pattern in grant["names"])
    assert not any(grant.get("allow_restricted_indices") for grant in ingest["indices"])
    assert not ingest.get("run_as") and not ingest.get("applications")


def test_analyst_role_only_reads():
    analyst = role("news_analyst")
    assert analyst["cluster"] == []
    for grant in analyst["indices"]:
        assert set(grant["privileges"]) <= {"read", "view_index_metadata"}
        assert all(pattern.startswith("news-") for pattern in grant["names"])
    kibana = [p for app in analyst["applications"] for p in app["privileges"]]
    assert kibana and all(p.endswith(".read") for p in kibana)


LITERAL_SECRET = re.compile(r"""(password|passwd|api_key|secret)\w*\s*[=:]\s*["'][^"'$]{3,}["']""", re.I)


def test_no_credentials_in_the_code_or_compose():
    """Every secret comes from the environment or an Airflow connection; none is in the repository."""
    sources = [*(PROJECT_ROOT / "pipeline").rglob("*.py"), *(PROJECT_ROOT / "dags").rglob("*.py"),
               PROJECT_ROOT / "docker-compose.yml", SCRIPT]
    found = [f"{path.name}: {match.group(0)}" for path in sources if path.exists()
             for match in LITERAL_SECRET.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


def test_audit_is_skipped_with_the_reason_when_no_vulnerability_service_answers(tmp_path):
    from pipeline.security import audit

    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# lock\nhttpx==0.28.1\n")
    closed = Recorder()
    closed.shutdown()
    closed.server_close()  # nothing listens on this port any more
    dead = f"http://127.0.0.1:{closed.server_address[1]}"
    result = audit(requirements, timeout=1.0, pypi_url=dead + "/pypi/{name}/{version}/json", osv_url=dead)
    assert result.status == "skipped"
    assert "pypi: ConnectError" in result.reason and "osv: ConnectError" in result.reason


def test_service_probes_need_real_vulnerability_answers():
    from pipeline.security import probe_osv, probe_pypi

    bare, pypi = Recorder(payload=b'{"info": {}}'), Recorder(payload=b'{"info": {}, "vulnerabilities": []}')
    try:
        template = "http://127.0.0.1:{port}/pypi/{{name}}/{{version}}/json"
        assert probe_pypi("httpx", "0.28.1", 2, template.format(port=bare.server_address[1])) \
            == "no vulnerability data in the answer"
        assert probe_pypi("httpx", "0.28.1", 2, template.format(port=pypi.server_address[1])) == ""
        assert pypi.requests[0]["path"] == "/pypi/httpx/0.28.1/json"
        assert probe_osv("httpx", "0.28.1", 2, f"http://127.0.0.1:{pypi.server_address[1]}/v1/query") == ""
        assert json.loads(pypi.requests[1]["body"])["package"] == {"name": "httpx", "ecosystem": "PyPI"}
    finally:
        bare.shutdown()
        pypi.shutdown()


def test_dependency_audit_of_the_lock():
    """pip-audit over requirements.txt wherever a vulnerability service answers (a quick probe decides)."""
    from pipeline.security import audit

    result = audit(PROJECT_ROOT / "requirements.txt", timeout=5.0)
    if result.status == "skipped":
        pytest.skip(f"dependency audit: {result.reason}")
    assert result.status == "ok", result.report
