"""A local Airflow 3 for the demo and the tests: SQLite, LocalExecutor, the components of
`airflow standalone` (without its log servers), every service on loopback only.

AIRFLOW_HOME is `.local/airflow` in the project (ignored by git); DAGs come from
`dags/`, plugins from `plugins/`. The simple auth manager generates the admin
password into AIRFLOW_HOME on first start; `admin_password()` reads it back so the
demo can print it.

- environment: AIRFLOW_HOME, ports, the variables every Airflow process runs with
- process: migrate, start, stop, a throw-away instance for tests and benchmarks
- api: the REST API client (trigger, wait, pools) and the generated admin password
"""

from pipeline.local.airflow.api import ApiClient, admin_password, api_healthy
from pipeline.local.airflow.environment import (
    API_HOST,
    API_PORT,
    API_URL,
    AirflowSetupError,
    airflow_env,
    api_url,
    default_home,
    free_api_port,
)
from pipeline.local.airflow.process import instance, migrate, running_pid, start, stop, stop_tree

__all__ = ["API_HOST", "API_PORT", "API_URL", "AirflowSetupError", "ApiClient", "admin_password", "airflow_env",
           "api_healthy", "api_url", "default_home", "free_api_port", "instance", "migrate", "running_pid",
           "start", "stop", "stop_tree"]
