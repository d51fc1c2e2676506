"""Running the pipeline's job functions for one scenario: in this process or in a child one may kill."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.config import PROJECT_ROOT


@dataclass
class Run:
    """Where one scenario's pipeline points: its own indices, archive and feeds file."""

    prefix: str
    es_url: str
    feeds: Path
    archive: Path

    @property
    def alias(self) -> str:
        return f"{self.prefix}-articles"

    @property
    def quarantine(self) -> str:
        return f"{self.alias}-quarantine"

    def env(self) -> dict[str, str]:
        return {"ES_URL": self.es_url, "NEWS_INDEX": self.alias, "NEWS_FEEDS": str(self.feeds),
                "NEWS_ARCHIVE": str(self.archive), "NEWS_FEED_STATE_INDEX": f"{self.prefix}-feeds",
                "NEWS_QUARANTINE_INDEX": self.quarantine}

    @contextmanager
    def environment(self, **overrides: str) -> Iterator[None]:
        saved = {key: os.environ.get(key) for key in {**self.env(), **overrides}}
        os.environ.update({**self.env(), **overrides})
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def poll(self, names: list[str], now: datetime | None = None) -> dict:
        from pipeline import jobs

        with self.environment():
            return jobs.poll(names, now=now)

    def process(self, files: list[str]) -> dict:
        from pipeline import jobs

        with self.environment():
            return jobs.process(files)

    def job_command(self, job: str, **arguments) -> list[str]:
        """A child Python running one job function, printing its JSON result (what an Airflow worker does)."""
        code = ("import json, sys; from datetime import datetime; from pipeline import jobs; "
                "arguments = json.loads(sys.argv[1]); "
                "arguments.update({k: datetime.fromisoformat(v) for k, v in arguments.items() "
                "if k == 'now'}); "
                f"result = jobs.{job}(**arguments); "
                "print(json.dumps(result, default=str))")
        return [sys.executable, "-c", code, json.dumps(arguments, default=str)]

    def spawn(self, job: str, preexec: Callable[[], None] | None = None, **arguments) -> subprocess.Popen:
        env = {**os.environ, **self.env(), "PYTHONPATH": str(PROJECT_ROOT)}
        return subprocess.Popen(self.job_command(job, **arguments), env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, preexec_fn=preexec)


def finish(child: subprocess.Popen, timeout: float = 300) -> dict:
    """The job's result; a failed job raises with its error."""
    out, err = child.communicate(timeout=timeout)
    if child.returncode != 0:
        raise RuntimeError(f"job exited {child.returncode}: {err.strip()[-800:]}")
    return json.loads(out.strip().splitlines()[-1])


def new_files(poll_result: dict) -> list[str]:
    return list(poll_result.get("archive_files", []))
