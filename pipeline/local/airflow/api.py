"""A small client for the Airflow REST API v2, signed in as the local admin."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from pipeline.local.airflow.environment import API_URL, AirflowSetupError, default_home

# A wait polls the scheduler's health this often, and gives up once its heartbeat is this old: a component
# that exits is started again within seconds (process.RESTARTS), so a heartbeat this old means it is down.
HEALTH_CHECK_EVERY_S = 30
SCHEDULER_GIVEN_UP_S = 120


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
        self.home = home or default_home()
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

        def final_state() -> str | None:
            state = self.request("GET", f"/dags/{dag_id}/dagRuns/{run_id}")["state"]
            return state if state in ("success", "failed") else None

        return self.wait_until(final_state, timeout, f"run {run_id} of {dag_id} to finish")

    def wait_until(self, condition, timeout: float, what: str):
        """Ask `condition` every 2 s until it returns something; a 5xx meanwhile (SQLite busy) is asked
        again. On time-out, or as soon as the scheduler has been silent too long for anything to move, the
        error says what Airflow was doing."""
        deadline = time.monotonic() + timeout
        next_health_check = time.monotonic() + HEALTH_CHECK_EVERY_S
        while time.monotonic() < deadline:
            try:
                if result := condition():
                    return result
            except AirflowSetupError as error:
                if ": HTTP 5" not in str(error):
                    raise
            if time.monotonic() >= next_health_check:
                next_health_check = time.monotonic() + HEALTH_CHECK_EVERY_S
                if (silent := self.scheduler_silence()) > SCHEDULER_GIVEN_UP_S:
                    raise AirflowSetupError(f"the scheduler has sent no heartbeat for {silent:.0f}s while waiting "
                                            f"for {what}\n{self.activity()}")
            time.sleep(2)
        raise AirflowSetupError(f"timed out after {timeout:.0f}s waiting for {what}\n{self.activity()}")

    def scheduler_silence(self) -> float:
        """Seconds since the scheduler's last heartbeat; 0 if it has none yet or the API does not say."""
        try:
            heartbeat = self.http.get("/monitor/health").json()["scheduler"]["latest_scheduler_heartbeat"]
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            return 0.0
        if not heartbeat:
            return 0.0
        return (datetime.now(UTC) - datetime.fromisoformat(heartbeat)).total_seconds()

    def activity(self) -> str:
        """What a stuck wait needs to show: the scheduler's health, every queued or running run with its
        unfinished tasks, and the warnings and errors at the end of the log."""
        lines = []
        try:
            health = self.http.get("/monitor/health").json()
            lines.append(f"scheduler: {health['scheduler']['status']}, last heartbeat "
                         f"{health['scheduler']['latest_scheduler_heartbeat']}")
            active = self.request("GET", "/dags/~/dagRuns", params={"state": ["queued", "running"], "limit": 20})
            for run in active["dag_runs"]:
                tasks = self.request("GET", f"/dags/{run['dag_id']}/dagRuns/{run['dag_run_id']}/taskInstances",
                                     params={"limit": 100})["task_instances"]
                waiting = sorted(f"{ti['task_id']}[{ti['map_index']}]={ti['state']}" for ti in tasks
                                 if ti["state"] not in ("success", "failed", "skipped", "upstream_failed"))
                lines.append(f"{run['dag_id']} {run['dag_run_id']} {run['state']}: {', '.join(waiting) or '-'}")
        except (httpx.HTTPError, AirflowSetupError, ValueError, KeyError) as error:
            lines.append(f"(the API did not say: {error})")
        log = self.home / "standalone.log"
        if log.is_file():
            with log.open("rb") as opened:
                opened.seek(max(0, log.stat().st_size - 2_000_000))  # the API server's requests fill most
                tail = opened.read().decode("utf-8", "replace").splitlines()
            lines += [line[:400] for line in tail
                      if ("[warning" in line or "[error" in line) and "[py.warnings]" not in line][-15:]
        return "\n".join(lines)
