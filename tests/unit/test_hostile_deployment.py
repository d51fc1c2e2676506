"""Deployment security: the secrets check, the Elasticsearch security set-up script, the roles file.

The scripts run for real, the set-up against an HTTP server on loopback that records what it is sent (the
local node lacks the native realm the set-up writes users to); the roles are checked for what they grant
here and enforced on a real secured node in tests/integration/test_least_privilege.py.
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
import yaml

from pipeline.local.elasticsearch import ROLES_FILE
from pipeline.local.paths import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "es-security-setup.sh"
CHECK_SECRETS = PROJECT_ROOT / "scripts" / "check-secrets.sh"
PASSWORDS = {
    "ELASTIC_PASSWORD": 'el"astic\\pw 1 long',
    "KIBANA_PASSWORD": "kibana-pw-2-long",
    "NEWS_INGEST_PASSWORD": 'ingest "pw" 3 long',
    "NEWS_ADMIN_PASSWORD": "admin 'pw' 4 long",
    "NEWS_ANALYST_PASSWORD": "analyst\\pw-5-long",
}
USERS = {"news_ingest": "NEWS_INGEST_PASSWORD", "news_admin": "NEWS_ADMIN_PASSWORD",
         "news_analyst": "NEWS_ANALYST_PASSWORD"}

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


def test_setup_gives_kibana_its_password_and_each_role_a_user_as_elastic():
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
    for user, variable in USERS.items():
        sent = json.loads(calls[("PUT", f"/_security/user/{user}")]["body"])
        assert (sent["roles"], sent["password"]) == ([user], PASSWORDS[variable])
    # The roles come from the roles file the node reads, not from requests.
    assert not any(r["path"].startswith("/_security/role") for r in server.requests)
    assert set(USERS) <= set(roles())
    for secret in PASSWORDS.values():  # nothing the script prints contains a password
        assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize(("variable", "value", "reason"), [
    ("NEWS_INGEST_PASSWORD", "", "NEWS_INGEST_PASSWORD is not set"),
    ("NEWS_ADMIN_PASSWORD", "change-me-admin-user", "NEWS_ADMIN_PASSWORD still holds the placeholder"),
])
def test_a_missing_or_placeholder_password_stops_the_setup_before_any_request(variable, value, reason):
    server = Recorder()
    try:
        result = run_script(server, **{variable: value})
    finally:
        server.shutdown()
    assert result.returncode == 2
    assert reason in result.stderr
    assert server.requests == []


def check_secrets(*specs: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(CHECK_SECRETS), *specs], env={"PATH": os.environ["PATH"], **env},
                          capture_output=True, text=True, timeout=30)


def test_secrets_check_names_every_bad_secret_and_never_prints_a_value():
    env = {"EMPTY": "", "PLACEHOLDER": "Change-Me-please-now", "SHORT": "s3cret!", "KEY": "k" * 31,
           "TAB": "tab\tinside-a-long-one", "GOOD": 'a "quoted" pass\\word'}
    result = check_secrets("EMPTY", "UNSET", "PLACEHOLDER", "SHORT", "KEY:32", "TAB", "GOOD", **env)
    assert result.returncode == 2
    reasons = dict(line.removeprefix("check-secrets: ").split(" ", 1) for line in result.stderr.splitlines())
    assert reasons == {
        "EMPTY": "is not set; set it in the environment (.env for docker compose)",
        "UNSET": "is not set; set it in the environment (.env for docker compose)",
        "PLACEHOLDER": "still holds the placeholder of .env.example; set a real secret",
        "SHORT": "is too short (7 characters, at least 12)",
        "KEY": "is too short (31 characters, at least 32)",
        "TAB": "contains a control character",
    }
    assert not any(value in result.stderr + result.stdout for value in env.values() if value)


def test_secrets_check_passes_good_secrets_and_refuses_a_malformed_name():
    assert check_secrets("GOOD", "KEY:32", GOOD='a "quoted" pass\\word', KEY="k" * 32).returncode == 0
    refused = check_secrets("$(touch /tmp/x)", GOOD="x" * 20)
    assert refused.returncode == 2 and "not a variable name" in refused.stderr


def test_a_refused_request_fails_the_setup_with_the_answer():
    server = Recorder(fail_path="/_security/user/news_admin")
    try:
        result = run_script(server)
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert "user news_admin failed with HTTP 403" in result.stderr and "forbidden" in result.stderr
    assert not any(r["path"] == "/_security/user/news_analyst" for r in server.requests)


def roles() -> dict:
    return yaml.safe_load(ROLES_FILE.read_text())


def test_ingest_role_handles_documents_in_news_indices_and_administers_nothing():
    ingest = roles()["news_ingest"]
    assert ingest["cluster"] == []  # templates, above all, would reach every index of the cluster
    for grant in ingest["indices"]:
        assert all(pattern.startswith("news-") for pattern in grant["names"])
        assert set(grant["privileges"]) <= {"create_index", "read", "write", "view_index_metadata", "maintenance"}
        assert not grant.get("allow_restricted_indices")
    assert not ingest.get("run_as") and not ingest.get("applications")


def test_admin_role_administers_news_indices_and_their_template_only():
    admin = roles()["news_admin"]
    assert set(admin["cluster"]) <= {"monitor", "manage_index_templates"}
    for grant in admin["indices"]:
        assert all(pattern.startswith("news-") for pattern in grant["names"])
        assert "all" not in grant["privileges"] and not grant.get("allow_restricted_indices")
    assert not admin.get("run_as")


def test_analyst_role_only_reads():
    analyst = roles()["news_analyst"]
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
               PROJECT_ROOT / "docker-compose.yml", SCRIPT, CHECK_SECRETS, ROLES_FILE]
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
