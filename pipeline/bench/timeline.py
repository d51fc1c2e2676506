"""The pipeline's Airflow runs as the benchmarks read them from the REST API: whether any is still going,
and where a news_poll run's time went (the timeline `bench e2e` and the sustained-load scenario report)."""

from __future__ import annotations

from datetime import datetime

from pipeline.local.airflow.environment import AirflowSetupError

PIPELINE_DAGS = ("news_poll", "news_process")


def runs(api, dag_id: str) -> list[dict]:
    """The DAG's latest runs (up to 100)."""
    return api.request("GET", f"/dags/{dag_id}/dagRuns", params={"limit": 100})["dag_runs"]


def runs_since(api, dag_id: str, since: datetime) -> list[dict]:
    """The DAG's runs that started at or after `since`."""
    return [run for run in runs(api, dag_id)
            if run["start_date"] and datetime.fromisoformat(run["start_date"]) >= since]


def pending_runs(api) -> list[dict]:
    """Runs of news_poll and news_process not finished yet (queued or running)."""
    return [run for dag_id in PIPELINE_DAGS for run in runs(api, dag_id) if run["state"] not in ("success", "failed")]


def _task_instances(api, dag_id: str, run: dict) -> list[dict]:
    return api.request("GET", f"/dags/{dag_id}/dagRuns/{run['dag_run_id']}/taskInstances")["task_instances"]


def _indexed_files(api, run: dict) -> int:
    """How many archive files the poll run's `index` task indexed (0 before it has run)."""
    path = f"/dags/news_poll/dagRuns/{run['dag_run_id']}/taskInstances/index/xcomEntries/return_value"
    try:
        return len(api.request("GET", path)["value"]["archive_files"])
    except AirflowSetupError:  # no such entry yet
        return 0


def run_timeline(api, trigger_at: datetime, searchable_at: datetime) -> dict:
    """Seconds from the trigger to each step, from the runs' and task instances' times in the REST API."""

    def at(stamp: str | None) -> float | None:
        return round((datetime.fromisoformat(stamp) - trigger_at).total_seconds(), 2) if stamp else None

    poll_runs = [(run, _task_instances(api, "news_poll", run)) for run in runs_since(api, "news_poll", trigger_at)]
    # The run that fetched the articles: the one whose `index` step took the most archive files. Another
    # run started meanwhile (by the schedule) may poll too, when the feeds are due again, but finds them unchanged.
    poll_run, tis = max(poll_runs, key=lambda pair: _indexed_files(api, pair[0]))
    by_task = {task_id: [ti for ti in tis if ti["task_id"] == task_id and ti["end_date"]]
               for task_id in ("plan", "batch.poll", "batch.prepare", "index", "announce")}

    def spans(task_id: str) -> list[list[float | None]]:
        return sorted([at(ti["start_date"]), at(ti["end_date"])] for ti in by_task[task_id])

    # news_process runs on the event; it prepares and indexes only what the poll run left.
    process_runs = runs_since(api, "news_process", trigger_at)
    return {
        "poll_run_started": at(poll_run["start_date"]),
        "plan_done": at(by_task["plan"][0]["end_date"]),
        "poll_task_spans": spans("batch.poll"),
        "prepare_task_spans": spans("batch.prepare"),
        "index_task": spans("index")[0],
        "event_announced": at(by_task["announce"][0]["end_date"]),
        "process_runs": len(process_runs),
        "all_searchable": round((searchable_at - trigger_at).total_seconds(), 2),
    }
