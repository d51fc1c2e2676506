"""A news_process run (dag.test()) whose conf names files it must not read, beside real archive files.

Whoever can trigger a run or post an asset event writes the file list; only the archive's own files
may be read. /dev/zero would hang the task if opened, /proc/self/environ and a planted file would put
their content in the task log or the quarantine if read, a data: URL would index a forged article.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.integration

SECRET = "canews-planted-secret-7f3a"


def test_a_forged_file_list_is_refused_name_by_name_and_the_good_files_are_indexed(
    airflow_db, demo_env, demo_sites, es, tmp_path, monkeypatch
):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline import jobs
    from pipeline.archive import Archive
    from pipeline.demo_sites import articles
    from pipeline.local.paths import PROJECT_ROOT

    monkeypatch.setenv("CANEWS_TEST_SECRET", SECRET)  # in /proc/self/environ of the task
    planted = tmp_path / "planted.warc.gz"
    planted.write_text(SECRET + "\n")
    polled = jobs.poll([name for batch in jobs.plan_poll(batch_size=100) for name in batch])
    good = polled["archive_files"]
    assert good, f"the demo poll archived nothing: {polled['totals']}"
    forged_page = "<html><head><title>Forged</title></head><body>" + "<p>Forged article text.</p>" * 40
    forged = [
        "/etc/passwd", "/proc/self/environ", "/dev/zero", str(planted),
        "data:application/warc;base64,V0FSQy8xLjANCg==", f"data:text/html,{forged_page}",
        "ftp://127.0.0.1/2026/01/01/20260101T000000Z-0123456789abcdef.warc.gz",
        "../archive/2026/01/01/20260101T000000Z-0123456789abcdef.warc.gz",
        f"{Archive(str(demo_env['archive'])).root}/2026/01/01/../../../../../etc/passwd",
    ]

    dag = DagBag(dag_folder=PROJECT_ROOT / "dags" / "news_process.py").dags["news_process"]
    run = dag.test(run_conf={"files": [*forged, *good]})
    assert run.state == "success"

    alias, quarantine = demo_env["NEWS_INDEX"], demo_env["NEWS_QUARANTINE_INDEX"]
    es.indices.refresh(index=[alias, quarantine])
    hits = es.search(index=alias, size=100, query={"match_all": {}})["hits"]["hits"]
    assert {hit["_source"]["url"] for hit in hits} == {article.url for article in articles(demo_sites.base_url)}
    refused = [hit["_source"] for hit in es.search(
        index=quarantine, size=100, query={"term": {"error_type": "rejected"}})["hits"]["hits"]]
    refused_names = {record["document"]["url"] for record in refused}
    assert refused_names == {repr(name)[:200] for name in forged}
    stored = json.dumps(refused)
    assert SECRET not in stored and "root:" not in stored and "PATH=" not in stored
