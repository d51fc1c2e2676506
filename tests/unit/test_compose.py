"""docker-compose.yml and the Dockerfile, checked structurally (no Docker engine here)."""

import re

import pytest
import yaml

from pipeline.local.elasticsearch import ES_VERSION
from pipeline.local.paths import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"
ONE_SHOT = {"elasticsearch-setup", "airflow-init", "kibana-import"}
AIRFLOW = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer",
           "airflow-worker"}
SECRET_KEY = re.compile(r"(PASSWORD|SECRET|FERNET_KEY|ENCRYPTIONKEY)$")
VARIABLE = re.compile(r"(?<!\$)\$\{(\w+)\}")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def _pinned(package: str) -> str:
    lock = (PROJECT_ROOT / "requirements.txt").read_text()
    match = re.search(rf"^{re.escape(package)}==(\S+)$", lock, re.M)
    assert match, package
    return match.group(1)


def test_the_stack_has_every_service(services):
    assert {"elasticsearch", "kibana", "postgres", "redis"} | AIRFLOW | ONE_SHOT <= set(services)


def test_images_are_pinned_to_the_versions_of_the_lock(services):
    for name, service in services.items():
        if "image" in service:
            image, _, tag = service["image"].rpartition(":")
            assert image and tag and tag != "latest" and re.search(r"\d", tag), name
    assert services["elasticsearch"]["image"].endswith(f":{ES_VERSION}")
    assert services["kibana"]["image"] == f"docker.elastic.co/kibana/kibana:{ES_VERSION}"
    client = _pinned("elasticsearch")
    assert ES_VERSION.split(".")[:2] == client.split(".")[:2]
    [base] = re.findall(r"^FROM (\S+)", DOCKERFILE.read_text(), re.M)
    assert base == f"apache/airflow:{_pinned('apache-airflow')}-python3.11"


def test_long_running_services_have_health_checks_and_one_shots_do_not_restart_forever(services):
    for name, service in services.items():
        if name in ONE_SHOT:
            assert service.get("restart", "no") == "no" or service["restart"].startswith("on-failure"), name
        else:
            assert service["healthcheck"]["test"], name
            assert service["restart"] == "unless-stopped", name


def test_airflow_runs_the_project_image_with_celery_after_its_database_is_ready(services):
    for name in AIRFLOW | {"airflow-init"}:
        service = services[name]
        assert service["build"] == "."
        environment = service["environment"]
        assert environment["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert environment["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:")
        assert "@postgres/" in environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        assert environment["ES_URL"] == "http://elasticsearch:9200"
        for dependency in ("postgres", "redis"):
            assert service["depends_on"][dependency]["condition"] == "service_healthy", name
    for name in AIRFLOW:
        assert services[name]["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully"
    assert services["airflow-worker"]["command"] == "celery worker"
    assert services["airflow-apiserver"]["command"] == "api-server"


def test_security_is_on_and_no_secret_is_written_in_the_file(services):
    assert services["elasticsearch"]["environment"]["xpack.security.enabled"] == "true"
    assert services["kibana"]["environment"]["ELASTICSEARCH_HOSTS"] == '["http://elasticsearch:9200"]'
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            if SECRET_KEY.search(key):
                assert VARIABLE.fullmatch(str(value)), (name, key, value)


def test_every_variable_the_file_uses_is_in_the_env_example(compose):
    example = dict(line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines()
                   if line and not line.startswith("#"))
    used = set(VARIABLE.findall(COMPOSE.read_text()))
    assert used and used <= set(example)
    assert all("change-me" in value for value in example.values())


def test_kibana_gets_the_saved_objects_once_it_is_healthy(services):
    importer = services["kibana-import"]
    assert importer["command"] == "python -m pipeline kibana import --url http://kibana:5601"
    assert importer["depends_on"]["kibana"]["condition"] == "service_healthy"
    assert "COPY --chown=airflow:root kibana ./kibana" in DOCKERFILE.read_text()


def test_named_volumes_are_declared(compose, services):
    declared = set(compose["volumes"])
    for service in services.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source in declared or source.startswith((".", "/")), volume


def test_the_pipeline_writes_as_the_least_privilege_ingest_user_created_before_it_starts(services):
    setup = services["elasticsearch-setup"]
    assert "/scripts/es-security-setup.sh" in " ".join(setup["command"])
    assert any(volume.startswith("./scripts:") for volume in setup["volumes"])
    for name in ("airflow-scheduler", "airflow-worker"):
        service = services[name]
        assert service["environment"]["ES_USERNAME"] == "news_ingest"
        assert service["depends_on"]["elasticsearch-setup"]["condition"] == "service_completed_successfully"
