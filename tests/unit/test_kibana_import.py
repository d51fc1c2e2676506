"""`kibana import` against a real loopback HTTP server that records what Kibana would receive."""

import base64
import email
import email.policy

import pytest
from typer.testing import CliRunner

from pipeline.cli import main_app
from pipeline.store.kibana import (
    SAVED_OBJECTS,
    Credentials,
    KibanaImportError,
    credentials_from,
    import_saved_objects,
)
from tests.fixtures.store.loopback import JsonHandler, serve


class Recorder(JsonHandler):
    requests: list = []
    reply_with: tuple[int, dict] = (200, {"success": True, "successCount": 13, "errors": []})

    def do_POST(self):  # noqa: N802 (http.server's naming)
        request = {"path": self.path, "headers": dict(self.headers), "body": self.read_body()}
        type(self).requests.append(request)
        self.reply(*type(self).reply_with)


@pytest.fixture
def kibana():
    Recorder.requests = []
    Recorder.reply_with = (200, {"success": True, "successCount": 13, "errors": []})
    with serve(Recorder) as url:
        yield url


def _file_part(request) -> email.message.Message:
    raw = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode() + request["body"]
    message = email.message_from_bytes(raw, policy=email.policy.HTTP)
    [part] = list(message.iter_parts())
    return part


def test_import_posts_the_ndjson_as_multipart_file_with_overwrite_and_xsrf_header(kibana):
    result = import_saved_objects(kibana, username="elastic", password="secret")
    assert result.imported == 13
    [request] = Recorder.requests
    assert request["path"] == "/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["kbn-xsrf"] == "true"
    assert request["headers"]["Authorization"].startswith("Basic ")
    assert request["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    part = _file_part(request)
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == SAVED_OBJECTS.name
    assert part.get_payload(decode=True) == SAVED_OBJECTS.read_bytes()


def test_objects_kibana_refuses_are_reported(kibana):
    error = {"type": "dashboard", "id": "d", "error": {"type": "missing_references"}}
    Recorder.reply_with = (200, {"success": False, "successCount": 12, "errors": [error]})
    with pytest.raises(KibanaImportError, match="dashboard/d: missing_references"):
        import_saved_objects(kibana)


CREDENTIAL_VARIABLES = ("KIBANA_API_KEY", "KIBANA_USERNAME", "KIBANA_PASSWORD", "ES_USERNAME", "ES_PASSWORD")


def test_cli_reports_success_and_fails_clearly(kibana, monkeypatch):
    for key in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(key, raising=False)
    runner = CliRunner()
    ok = runner.invoke(main_app(), ["kibana", "import", "--url", kibana])
    assert ok.exit_code == 0, ok.output
    assert "imported 13 saved objects" in ok.output
    assert "Authorization" not in Recorder.requests[0]["headers"]
    Recorder.reply_with = (401, {"message": "unauthorized"})
    refused = runner.invoke(main_app(), ["kibana", "import", "--url", kibana])
    assert refused.exit_code == 1
    unreachable = runner.invoke(main_app(), ["kibana", "import", "--url", "http://127.0.0.1:9"])
    assert unreachable.exit_code == 1


KIBANA_PAIR = {"KIBANA_USERNAME": "news_admin", "KIBANA_PASSWORD": 'kb "pw"'}
ES_PAIR = {"ES_USERNAME": "news_ingest", "ES_PASSWORD": "es-pw"}


@pytest.mark.parametrize(("env", "expected"), [
    ({**KIBANA_PAIR, **ES_PAIR}, Credentials("news_admin", 'kb "pw"')),
    (ES_PAIR, Credentials("news_ingest", "es-pw")),
    ({"KIBANA_API_KEY": "k", **KIBANA_PAIR}, Credentials(api_key="k")),
    ({}, Credentials()),
])
def test_a_user_and_a_password_come_from_one_pair(env, expected):
    assert credentials_from(env) == expected


@pytest.mark.parametrize(("env", "message"), [
    # A service given Kibana's own password beside the pipeline's Elasticsearch user: never mixed.
    ({"KIBANA_PASSWORD": "kibana-system-pw", **ES_PAIR}, "KIBANA_PASSWORD is set without KIBANA_USERNAME"),
    ({"KIBANA_USERNAME": "news_admin", **ES_PAIR}, "KIBANA_USERNAME is set without KIBANA_PASSWORD"),
    ({"ES_USERNAME": "news_ingest"}, "ES_USERNAME is set without ES_PASSWORD"),
])
def test_half_a_pair_is_refused_naming_the_missing_half(env, message):
    with pytest.raises(KibanaImportError, match=message):
        credentials_from(env)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_cli_sends_one_pair_and_refuses_half_of_one_before_any_request(kibana, monkeypatch):
    for key in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(key, raising=False)
    for key, value in {**KIBANA_PAIR, **ES_PAIR}.items():
        monkeypatch.setenv(key, value)
    runner = CliRunner()
    assert runner.invoke(main_app(), ["kibana", "import", "--url", kibana]).exit_code == 0
    assert Recorder.requests[-1]["headers"]["Authorization"] == _basic("news_admin", 'kb "pw"')
    monkeypatch.delenv("KIBANA_USERNAME")
    half = runner.invoke(main_app(), ["kibana", "import", "--url", kibana])
    assert half.exit_code == 1
    assert "KIBANA_PASSWORD is set without KIBANA_USERNAME" in half.output
    assert len(Recorder.requests) == 1


def test_a_file_kibana_would_refuse_for_its_name_is_refused_before_sending(kibana, tmp_path):
    copy = tmp_path / "saved_objects.json"
    copy.write_bytes(SAVED_OBJECTS.read_bytes())
    with pytest.raises(KibanaImportError, match=r"ends in \.ndjson"):
        import_saved_objects(kibana, path=copy)
    assert Recorder.requests == []
