"""A small client for the Airflow REST API v2, signed in as the local admin."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from pipeline.local.airflow.environment import API_URL, AirflowSetupError, default_home


def api_healthy(base_url: str = API_URL) -> bool:
    try:
        response = httpx.get(f"{base_url}/api/v2/monitor/health", timeout=2)
        return response.status_code == 200 and response.json()["scheduler"]["status"] == "healthy"
    except (httpx.HTTPError, ValueError, KeyError):
        return False


def admin_password(home: Path | None = None) -> str:
    """The admin password the simple auth manager generated for this home."""
    path = (home or default_home()) / "simple_auth_manager_passwords.json.generated"
    try:
        return json.loads(path.read_text())["admin"]
    except (FileNotFoundError, KeyError, ValueError):
        return ""


class ApiClient:
    """A small client for the Airflow REST API v2, authenticated as the local admin."""

    def __init__(self, home: Path | None = None, base_url: str = API_URL):
        self.base_url = base_url
        response = httpx.post(
            f"{base_url}/auth/token", json={"username": "admin", "password": admin_password(home)}, timeout=10
        )
        if response.status_code not in (200, 201):
            raise AirflowSetupError(f"Airflow login failed: HTTP {response.status_code} {response.text[:200]}")
        self.http = httpx.Client(
            base_url=f"{base_url}/api/v2",
            headers={"Authorization": f"Bearer {response.json()['access_token']}"},
            timeout=30,
        )

    def request(self, method: str, path: str, **kwargs) -> dict:
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise AirflowSetupError(f"{method} {path}: HTTP {response.status_code} {response.text[:300]}")
        return response.json() if response.content else {}

    def wait_for_dag(self, dag_id: str, timeout: float = 120, unpause: bool = True) -> None:
        """Wait until the dag processor has parsed the DAG, then unpause it (unless told not to)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.http.get(f"/dags/{dag_id}").status_code == 200:
                if unpause:
                    self.request("PATCH", f"/dags/{dag_id}", json={"is_paused": False})
                return
            time.sleep(2)
        raise AirflowSetupError(f"DAG {dag_id} did not appear in {timeout:.0f}s (import error? see the UI)")

    def ensure_pools(self) -> None:
        """Create the project's pools, or set their size where they exist (idempotent)."""
        from pipeline.jobs import POOLS  # the job layer imports every stage: only when pools are set

        for name, pool in POOLS.items():
            body = {"name": name, **pool}
            if self.http.get(f"/pools/{name}").status_code == 200:
                self.request("PATCH", f"/pools/{name}", json=body)
            else:
                self.request("POST", "/pools", json=body)

    def trigger(self, dag_id: str, conf: dict | None = None,
                data_interval: tuple[datetime, datetime] | None = None) -> str:
        """Start a run now, for `data_interval` if given (Airflow takes one only with a logical date)."""
        body: dict = {"logical_date": None, "conf": conf or {}}
        if data_interval:
            body |= {"logical_date": datetime.now(UTC).isoformat(), "data_interval_start": data_interval[0].isoformat(),
                     "data_interval_end": data_interval[1].isoformat()}
        return self.request("POST", f"/dags/{dag_id}/dagRuns", json=body)["dag_run_id"]

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = 300) -> str:
        """Wait for a run to finish; returns its final state."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            response = self.http.get(f"/dags/{dag_id}/dagRuns/{run_id}")
            # On SQLite the API answers 5xx while the scheduler holds the write lock: ask again.
            if response.status_code < 500:
                if response.status_code >= 400:
                    raise AirflowSetupError(f"run {run_id} of {dag_id}: HTTP {response.status_code}")
                if response.json()["state"] in ("success", "failed"):
                    return response.json()["state"]
            time.sleep(2)
        raise AirflowSetupError(f"run {run_id} of {dag_id} did not finish in {timeout:.0f}s")
