"""The local nodes' settings: the everyday node open on loopback, the secured one beside it."""

from pathlib import Path

import pytest
import yaml

from pipeline.local import elasticsearch as local_es


def test_the_everyday_node_keeps_its_port_folder_and_open_settings():
    node = local_es.local_node()
    settings = yaml.safe_load(node.settings())
    assert node.url == "http://127.0.0.1:9200" and not node.secured
    assert settings["network.host"] == "127.0.0.1" and settings["http.port"] == local_es.ES_PORT
    assert settings["xpack.security.enabled"] is False
    assert "path.data" not in settings and node.config_dir == node.home / "config"


def test_a_secured_node_runs_beside_it_with_security_on_and_files_of_its_own(tmp_path):
    node = local_es.secured_node(tmp_path / "secured")
    settings = yaml.safe_load(node.settings())
    assert node.secured and node.home == local_es.local_node().home
    assert local_es.ES_PORT not in (node.http_port, node.transport_port)
    assert node.http_port != node.transport_port
    assert settings["network.host"] == "127.0.0.1"
    assert settings["xpack.security.enabled"] is True
    assert (settings["http.port"], settings["transport.port"]) == (node.http_port, node.transport_port)
    assert Path(settings["path.data"]).parent == Path(settings["path.logs"]).parent == tmp_path / "secured"
    assert node.config_dir == tmp_path / "secured" / "config"
    assert settings["cluster.name"] != yaml.safe_load(local_es.local_node().settings())["cluster.name"]


def test_the_secured_nodes_users_are_the_roles_of_the_roles_file_with_passwords_from_the_environment():
    env = {"NEWS_INGEST_PASSWORD": "i" * 12, "NEWS_ADMIN_PASSWORD": "a" * 12, "NEWS_ANALYST_PASSWORD": "r" * 12}
    users = local_es.users_from_environment(env)
    assert users == {"news_ingest": ("i" * 12, "news_ingest"), "news_admin": ("a" * 12, "news_admin"),
                     "news_analyst": ("r" * 12, "news_analyst")}
    assert set(users) == set(yaml.safe_load(local_es.ROLES_FILE.read_text()))
    with pytest.raises(local_es.ElasticsearchSetupError, match="NEWS_ADMIN_PASSWORD, NEWS_ANALYST_PASSWORD"):
        local_es.users_from_environment({"NEWS_INGEST_PASSWORD": "i" * 12})


def test_es_start_takes_no_value_and_starts_the_everyday_node_unless_secured_is_given(monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import main_app

    started = []
    monkeypatch.setattr(local_es, "start", lambda: started.append("everyday"))
    result = CliRunner().invoke(main_app(), ["es", "start"])
    assert result.exit_code == 0, result.output
    assert started == ["everyday"]
