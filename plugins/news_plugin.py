"""The project's Airflow plugin: links from task instances to what they produced, and a Feed health view.

Extra links (on every task instance; a link whose task produced nothing of the kind stays disabled):
  "Indexed articles (Kibana)"  Kibana Discover, filtered to the articles the task wrote (their indexed_at
                               lies within the task's run), for news_process and news_reprocess tasks.
  "Feed health report"         the Feed health view, filtered to the feeds a poll task polled, or the
                               whole report for the news_feed_health tasks.
The "Feed health" view is a small FastAPI app mounted under /feed-health and listed in the UI's
navigation. It shows the latest report from news_feed_health. Every value on the page comes from feeds
and pages we do not control, so everything is escaped and the page allows no script at all.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from urllib.parse import quote, urlencode, urlsplit

from airflow.api_fastapi.core_api.security import requires_authenticated
from airflow.plugins_manager import AirflowPlugin
from airflow.sdk import BaseOperatorLink
from fastapi import Depends, FastAPI, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment

VIEW_PREFIX = "/feed-health"
ARTICLES_DATA_VIEW = "news-articles"
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"


def kibana_url() -> str:
    return os.environ.get("KIBANA_URL", "http://localhost:5601").rstrip("/")


def rison_string(value: str) -> str:
    """A string literal in Rison, the URL-friendly JSON that Kibana's Discover state uses."""
    return "'" + value.replace("!", "!!").replace("'", "!'") + "'"


def discover_url(data_view: str, kql: str, since: str = "now-30y", until: str = "now") -> str:
    """Kibana Discover on a data view with a KQL query over a time range."""
    global_state = f"(time:(from:{rison_string(since)},to:{rison_string(until)}))"
    app_state = (
        f"(dataSource:(dataViewId:{rison_string(data_view)},type:dataView),"
        f"query:(language:kuery,query:{rison_string(kql)}))"
    )
    safe = "(),:!'*"
    state = f"_g={quote(global_state, safe=safe)}&_a={quote(app_state, safe=safe)}"
    return f"{kibana_url()}/app/discover#/?{state}"


def indexed_articles_url(started: datetime, ended: datetime) -> str:
    """Discover filtered to the articles written between a task's start and end."""
    window = (
        f'indexed_at >= "{started.astimezone(UTC).isoformat()}" and '
        f'indexed_at <= "{ended.astimezone(UTC).isoformat()}"'
    )
    data_view = os.environ.get("KIBANA_ARTICLES_DATA_VIEW", ARTICLES_DATA_VIEW)
    return discover_url(data_view, window)


def feed_health_url(feeds: list[str] = ()) -> str:
    """The Feed health view, filtered to the named feeds when there are any."""
    from airflow.configuration import conf

    base = conf.get("api", "base_url", fallback="").rstrip("/")
    query = urlencode([("feed", name) for name in feeds])
    return f"{base}{VIEW_PREFIX}/" + (f"?{query}" if query else "")


# --- Extra links ----------------------------------------------------------------------------------


def _finished_task(ti_key) -> tuple[dict, datetime, datetime] | None:
    """The return value, start and end of a task instance, read from the metadata database."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        ti = session.query(TaskInstance).filter_by(
            dag_id=ti_key.dag_id, task_id=ti_key.task_id, run_id=ti_key.run_id, map_index=ti_key.map_index
        ).one_or_none()
        value = session.execute(
            XComModel.get_many(
                key="return_value", run_id=ti_key.run_id, dag_ids=ti_key.dag_id, task_ids=ti_key.task_id,
                map_indexes=ti_key.map_index,
            ).with_only_columns(XComModel.value)
        ).scalar()
        if ti is None or ti.start_date is None or value is None:
            return None
        if isinstance(value, str):
            value = json.loads(value)
        return (value if isinstance(value, dict) else {}), ti.start_date, ti.end_date or datetime.now(UTC)


class IndexedArticlesLink(BaseOperatorLink):
    name = "Indexed articles (Kibana)"

    def get_link(self, operator, *, ti_key) -> str:
        task = _finished_task(ti_key)
        if task is None or "index" not in task[0]:
            return ""
        _, started, ended = task
        return indexed_articles_url(started, ended)


class FeedHealthLink(BaseOperatorLink):
    name = "Feed health report"

    def get_link(self, operator, *, ti_key) -> str:
        task = _finished_task(ti_key)
        if task is None:
            return ""
        result = task[0]
        if "report_id" in result:
            return feed_health_url()
        feeds = [outcome.get("feed", "") for outcome in result.get("feeds", []) if isinstance(outcome, dict)]
        return feed_health_url(feeds) if feeds else ""


# --- The Feed health view -------------------------------------------------------------------------

PAGE = Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Feed health</title>
<style>
 body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #1b1f24; }
 table { border-collapse: collapse; width: 100%; }
 th, td { border-bottom: 1px solid #d0d7de; padding: .35em .6em; text-align: left; vertical-align: top; }
 th { background: #f6f8fa; }
 td.n { text-align: right; font-variant-numeric: tabular-nums; }
 .status { font-weight: 600; padding: .1em .5em; border-radius: .8em; white-space: nowrap; }
 .dead { background: #ffd7d5; color: #82071e; } .quiet { background: #fff1c2; color: #7a4d00; }
 .failing { background: #ffe2c4; color: #953800; } .ok { background: #dafbe1; color: #116329; }
 .never-polled { background: #eaeef2; color: #57606a; }
 .errors { max-width: 32em; overflow-wrap: anywhere; color: #57606a; }
 .summary span { margin-right: 1.2em; }
</style></head><body>
<h1>Feed health</h1>
{% if report is none %}
<p id="no-report">No feed-health report yet: run the news_feed_health DAG.</p>
{% else %}
<p class="summary">
 <span>Report <strong>{{ report.report_id }}</strong>, made {{ report.generated_at }}</span>
 {% for status, count in totals %}<span class="{{ status }}">{{ status }}: {{ count }}</span>{% endfor %}
 {% if not report.healthy %}
 <strong class="status dead">more than {{ max_down }} of the feeds are dead</strong>
 {% endif %}
</p>
<table id="feeds">
<thead><tr><th>Feed</th><th>Status</th><th>Last success</th><th>Items 1d / 7d / 30d</th>
<th>Items per day (30 days)</th><th>Error rate</th><th>Failures in a row</th><th>Errors</th></tr></thead>
<tbody>
{% for feed in feeds %}
<tr class="feed">
 <td>{% if feed.safe_url %}<a href="{{ feed.safe_url }}" rel="noopener noreferrer">{{ feed.name }}</a>
     {% else %}{{ feed.name }}<br><small>{{ feed.feed_url }}</small>{% endif %}</td>
 <td><span class="status {{ feed.status_class }}">{{ feed.status }}</span></td>
 <td>{{ feed.last_success_at or "never" }}</td>
 <td class="n">{{ feed.items_1d }} / {{ feed.items_7d }} / {{ feed.items_30d }}</td>
 <td>{{ feed.sparkline }}</td>
 <td class="n">{{ "%.0f%%" | format(feed.error_rate * 100) }}</td>
 <td class="n">{{ feed.consecutive_failures }}</td>
 <td class="errors">{% for reason in feed.reasons %}{{ reason }}<br>{% endfor %}{{ feed.last_error }}</td>
</tr>
{% endfor %}
</tbody></table>
{% endif %}
</body></html>
""")


def sparkline(values: list[int], width: int = 120, height: int = 24):
    """Items per day as an inline SVG polyline; only numbers we computed go into the markup."""
    from markupsafe import Markup

    counts = [max(value, 0) if isinstance(value, int) else 0 for value in values] or [0]
    top = max(counts) or 1
    step = width / max(len(counts) - 1, 1)
    points = " ".join(
        f"{i * step:.1f},{height - 2 - (count / top) * (height - 4):.1f}" for i, count in enumerate(counts)
    )
    return Markup(
        f'<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img"><title>{sum(counts)} items, at most {top} a day</title>'
        f'<polyline fill="none" stroke="#0969da" stroke-width="1.5" points="{points}"/></svg>'
    )


def _row(feed: dict) -> dict:
    url = str(feed.get("feed_url", ""))
    status = str(feed.get("status", ""))
    return {
        **feed,
        "safe_url": url if urlsplit(url).scheme in ("http", "https") else "",
        "status_class": status if status in ("dead", "quiet", "failing", "ok", "never-polled") else "",
        "reasons": [str(reason) for reason in feed.get("reasons") or []],
        "error_rate": float(feed.get("error_rate") or 0),
        "sparkline": sparkline(feed.get("daily_items") or []),
    }


def render_page(report: dict | None, only_feeds: list[str] = ()) -> str:
    """The Feed health page for a stored report (None: no report yet), optionally for some feeds only."""
    if report is None:
        return PAGE.render(report=None)
    feeds = [feed for feed in report.get("feeds", []) if not only_feeds or feed.get("name") in only_feeds]
    return PAGE.render(
        report=report,
        totals=sorted((report.get("totals") or {}).items()),
        max_down=f"{float(report.get('max_down_share') or 0):.0%}",
        feeds=[_row(feed) for feed in feeds],
    )


feed_health_app = FastAPI(title="Feed health", docs_url=None, redoc_url=None, openapi_url=None)


# Only signed-in users see it: the UI's session cookie or an API bearer token, as for Airflow's own views.
@feed_health_app.get("/", response_class=HTMLResponse, dependencies=[Depends(requires_authenticated())])
def feed_health_page(feed: list[str] = Query(default=[])) -> HTMLResponse:  # noqa: B008
    from pipeline.config import settings
    from pipeline.health import latest_report
    from pipeline.store.client import connect

    page = render_page(latest_report(connect(), settings().feed_health_index), feed)
    return HTMLResponse(page, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


class NewsPlugin(AirflowPlugin):
    name = "news"
    global_operator_extra_links = [IndexedArticlesLink(), FeedHealthLink()]
    fastapi_apps = [{"app": feed_health_app, "url_prefix": VIEW_PREFIX, "name": "Feed health"}]
    external_views = [
        {"name": "Feed health", "href": f"{VIEW_PREFIX}/", "destination": "nav", "url_route": "feed-health"}
    ]
