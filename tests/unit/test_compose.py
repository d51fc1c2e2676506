"""docker-compose.yml and the Dockerfile, checked structurally (no Docker engine here)."""

import json
import os
import re
import shlex
import subprocess
import sys

import pytest
import yaml

from pipeline.local.elasticsearch import ES_VERSION, ROLES_FILE
from pipeline.local.paths import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker-compose.yml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"
ONE_SHOT = {"secrets-check", "elasticsearch-setup", "airflow-init", "kibana-import"}
AIRFLOW = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer",
           "airflow-worker"}
SECRET_KEY = re.compile(r"(PASSWORD|SECRET|FERNET_KEY|ENCRYPTIONKEY)$")
VARIABLE = re.compile(r"(?<!\$)\$\{(\w+)\}")


# Airflow's own keys: its database (also Celery's result backend), connection encryption, token signing.
AIRFLOW_KEYS = {"POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET"}
SECRETS_OF = {
    "elasticsearch": {"ELASTIC_PASSWORD"},
    "elasticsearch-setup": {"ELASTIC_PASSWORD", "KIBANA_PASSWORD", "NEWS_INGEST_PASSWORD", "NEWS_ADMIN_PASSWORD",
                            "NEWS_ANALYST_PASSWORD"},
    "kibana": {"KIBANA_PASSWORD", "KIBANA_ENCRYPTION_KEY"},
    "kibana-import": {"NEWS_ADMIN_PASSWORD"},
    "postgres": {"POSTGRES_PASSWORD"},
    "redis": set(),
    "airflow-init": AIRFLOW_KEYS | {"NEWS_ADMIN_PASSWORD", "AIRFLOW_ADMIN_PASSWORD"},
    **{name: AIRFLOW_KEYS | {"NEWS_INGEST_PASSWORD"} for name in AIRFLOW},
}
# What the services that run tasks on hostile feeds and pages must never hold.
NOT_FOR_AIRFLOW = {"ELASTIC_PASSWORD", "KIBANA_PASSWORD", "KIBANA_ENCRYPTION_KEY", "NEWS_ANALYST_PASSWORD",
                   "NEWS_ADMIN_PASSWORD", "AIRFLOW_ADMIN_PASSWORD"}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def env_example() -> dict[str, str]:
    return dict(line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines()
                if line and not line.startswith("#"))


def secrets_in(service: dict) -> set[str]:
    """The variables of .env a service's definition uses anywhere: environment, command, health check."""
    return set(VARIABLE.findall(json.dumps(service)))


def depends_on_closure(services: dict, name: str) -> set[str]:
    seen, todo = set(), [name]
    while todo:
        for dependency in services[todo.pop()].get("depends_on") or {}:
            if dependency not in seen:
                seen.add(dependency)
                todo.append(dependency)
    return seen


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
    example = env_example()
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


def test_no_service_reads_the_whole_env_file(services):
    assert [name for name, service in services.items() if "env_file" in service] == []


def test_each_service_gets_only_the_secrets_it_needs(services):
    held = {name: secrets_in(service) for name, service in services.items() if name != "secrets-check"}
    assert held == SECRETS_OF


def test_airflow_services_hold_the_ingest_user_and_no_other_credentials(services):
    for name in AIRFLOW:
        environment = services[name]["environment"]
        assert not secrets_in(services[name]) & NOT_FOR_AIRFLOW, name
        assert (environment["ES_USERNAME"], environment["ES_PASSWORD"]) == ("news_ingest", "${NEWS_INGEST_PASSWORD}")
        # No half of a Kibana pair to be mixed with the Elasticsearch user (see `kibana import`).
        assert not {"KIBANA_USERNAME", "KIBANA_PASSWORD", "KIBANA_API_KEY"} & set(environment), name
    importer = services["kibana-import"]["environment"]
    assert (importer["KIBANA_USERNAME"], importer["KIBANA_PASSWORD"]) == ("news_admin", "${NEWS_ADMIN_PASSWORD}")


def test_health_checks_carry_no_credentials(services):
    for name, service in services.items():
        if "healthcheck" not in service:
            continue
        command = " ".join(service["healthcheck"]["test"])
        assert not re.search(r"\$\$?\{?\w*(PASSWORD|SECRET|KEY)", command), (name, command)
        assert not re.search(r"(^|\s)(-u|--user)\s", command), (name, command)


def test_secrets_are_checked_before_any_service_holding_one_starts(services):
    checker = services["secrets-check"]
    command = checker["command"]
    assert command[:2] == ["bash", "/scripts/check-secrets.sh"]
    checked = {spec.split(":")[0] for spec in command[2:]}
    assert checked == set(env_example()) == set(checker["environment"])
    assert any(volume.startswith("./scripts:") for volume in checker["volumes"])
    for name, service in services.items():
        if name != "secrets-check" and secrets_in(service):
            assert "secrets-check" in depends_on_closure(services, name), name
    for name in ("elasticsearch", "postgres"):
        assert services[name]["depends_on"]["secrets-check"]["condition"] == "service_completed_successfully"


def test_the_stack_refuses_the_placeholders_of_the_env_example(services):
    """The check as compose runs it, on the values of .env.example: every one refused."""
    command = services["secrets-check"]["command"]
    script = PROJECT_ROOT / command[1].removeprefix("/")
    result = subprocess.run(["bash", str(script), *command[2:]], env={"PATH": os.environ["PATH"], **env_example()},
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == len(env_example())


def test_env_is_ignored_by_git():
    ignored = {line.strip() for line in (PROJECT_ROOT / ".gitignore").read_text().splitlines()}
    assert ignored & {".env", "/.env"}


def test_the_admin_password_file_is_json_whatever_the_password(services):
    """airflow-init writes Airflow's password file: run its writer with a password full of JSON syntax."""
    command = " ".join(services["airflow-init"]["command"])
    [program] = [words[2] for words in [shlex.split(part) for part in re.findall(r"python -c '[^']*'", command)]]
    password = 'pa"ss\\word", "intruder": "x'
    written = subprocess.run([sys.executable, "-c", program], env={"AIRFLOW_ADMIN_PASSWORD": password},
                             capture_output=True, text=True, check=True).stdout
    assert json.loads(written) == {"admin": password}
    assert "umask 077" in command


def test_the_node_reads_the_projects_roles_file(services):
    mounts = services["elasticsearch"]["volumes"]
    source = f"./{ROLES_FILE.relative_to(PROJECT_ROOT)}"
    assert f"{source}:/usr/share/elasticsearch/config/roles.yml:ro" in mounts
    setup = services["airflow-init"]["environment"]
    assert (setup["ES_USERNAME"], setup["ES_PASSWORD"]) == ("news_admin", "${NEWS_ADMIN_PASSWORD}")
