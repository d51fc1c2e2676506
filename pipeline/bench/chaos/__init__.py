"""Fault injection: the real pipeline against real failures, then a count of what the index holds.

Every scenario serves synthetic outlets over HTTP on loopback addresses (`sites`), runs the same job
functions the Airflow tasks run (`jobs.poll`, `jobs.process`; in a child process where one is killed:
`runner`), injects one kind of fault, lets the retry or the next run finish, and reconciles the index with
what the feeds published (`reconcile`): missing, duplicated, corrupted and unsafe documents must all be
zero. Faults on Elasticsearch go through an HTTP proxy in front of the shared node (`proxy`). The sustained
load goes through a real Airflow standalone instead, so the memory it measures is that of the scheduler's
own processes (`load`).

The names other benchmarks build on are exported here.
"""

from pipeline.bench.chaos.harness import Bench, Scale, ScenarioReport
from pipeline.bench.chaos.proxy import EsProxy, ProxyFaults
from pipeline.bench.chaos.reconcile import BUDGET_REASON, STUB_REASON, UNSAFE, Reconciliation, reconcile
from pipeline.bench.chaos.runner import Run, finish, new_files
from pipeline.bench.chaos.scenarios import HEAVY, SCENARIOS, run_scenarios
from pipeline.bench.chaos.sites import ChaosSites, PublishedArticle

__all__ = ["BUDGET_REASON", "HEAVY", "SCENARIOS", "STUB_REASON", "UNSAFE", "Bench", "ChaosSites", "EsProxy",
           "ProxyFaults", "PublishedArticle", "Reconciliation", "Run", "Scale", "ScenarioReport", "finish",
           "new_files", "reconcile", "run_scenarios"]
