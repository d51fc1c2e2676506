"""A CPU-time budget for the work on one untrusted item (a page, a feed), checked between its stages,
and bounds on its size that keep each stage within it.

How it stops runaway work, and why this way: every stage that reads attacker text is linear in its
input and its input is cut to a bound first, so no single stage can run long; the budget adds up the
stages and the item is given up at the first check past it, with the stage named. Other ways were
weighed and left: SIGALRM works only in the main thread (feeds are polled in worker threads) and
Airflow's own task timeout already uses it; a watchdog thread cannot stop Python code running in
another thread; a child process per page costs more than the page. CPU time of the calling thread,
not wall-clock time, so that a busy machine does not make a good page fail and re-runs decide alike.
"""

from __future__ import annotations

import time


class OverBudget(Exception):
    """The item took more than its budget. The message is the same for the same item on every run (it
    becomes a quarantine reason, part of the record's id); `detail` says how far it got this time."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.detail = detail


class Budget:
    def __init__(self, cpu_seconds: float) -> None:
        self.cpu_seconds = cpu_seconds
        self._started = time.thread_time()

    def spent(self) -> float:
        return time.thread_time() - self._started

    def check_count(self, what: str, count: int, limit: int) -> None:
        """Raise OverBudget when an item has more parts than its stages handle in their time."""
        if count > limit:
            raise OverBudget(f"{count} {what}, limit {limit}")

    def check(self, stage: str) -> None:
        """Raise OverBudget when the CPU time spent since the start is past the budget."""
        spent = self.spent()
        if spent > self.cpu_seconds:
            raise OverBudget(f"more than {self.cpu_seconds:g} s of CPU", f"{spent:.1f} s after {stage}")


def checkpoint(budget: Budget | None, stage: str) -> None:
    """`budget.check(stage)`, for code that runs with or without a budget."""
    if budget is not None:
        budget.check(stage)
