"""news_poll (which indexes what it polls) and news_process, run with dag.test() against the demo sites and a
real Elasticsearch."""

import json

import pytest

pytestmark = pytest.mark.integration


def run_dag(dag_id: str, **kwargs):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline.local.paths import PROJECT_ROOT

    dag = DagBag(dag_folder=PROJECT_ROOT / "dags" / f"{dag_id}.py").dags[dag_id]
    run = dag.test(**kwargs)
    assert run.state == "success", f"{dag_id} ended {run.state}"
    return run


def archive_files(archive_dir) -> list[str]:
    return sorted(str(path) for path in archive_dir.rglob("*.warc.gz"))


def test_a_poll_indexes_every_demo_article_once(airflow_db, demo_env, demo_sites, es):
    from pipeline.demo_sites import articles

    run_dag("news_poll")
    assert archive_files(demo_env["archive"]), "news_poll archived nothing"

    alias = demo_env["NEWS_INDEX"]
    es.indices.refresh(index=alias)
    published = {article.url for article in articles(demo_sites.base_url)}
    hits = es.search(index=alias, size=100, query={"match_all": {}})["hits"]["hits"]
    assert {hit["_source"]["url"] for hit in hits} == published
    for hit in hits:
        source = hit["_source"]
        assert source["title"] and len(source["body"]) > 200
        assert "<" not in source["body"] and "Dismiss" not in source["body"]
        assert source["language"] in ("en", "ru", "kk", "uz")
        assert source["published_at"] and source["source"]["feed_url"].startswith(demo_sites.base_url)

    # A second poll finds nothing new and processing every file again changes nothing: no duplicates.
    run_dag("news_poll")
    run_dag("news_process", run_conf={"files": archive_files(demo_env["archive"])})
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == len(published)


def test_analysts_find_the_state_visit_by_names_in_either_script_and_by_country(airflow_db, demo_env, demo_sites, es):
    from typer.testing import CliRunner

    from pipeline.cli import main_app
    from pipeline.demo_sites import articles

    run_dag("news_poll")
    es.indices.refresh(index=demo_env["NEWS_INDEX"])
    visit = next(a for a in articles(demo_sites.base_url) if a.slug == "tokayev-putin-joint-declaration-moscow")
    body_word = max((w.strip(".,;:") for p in visit.paragraphs for w in p.split()), key=len)

    for query in ("Tokayev Putin", "Токаев", body_word):
        result = CliRunner().invoke(main_app(), ["search", query, "--country", "KZ", "--json", "--limit", "20"])
        assert result.exit_code == 0, result.output
        found = [hit["url"] for hit in json.loads(result.output)["hits"]]
        assert visit.url in found, f"{query!r} did not find the state visit"
