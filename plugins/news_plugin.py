"""The project's Airflow plugin: links from task instances to what they produced, and a Feed health view.

Extra links (on every task instance; a link whose task produced nothing of the kind stays disabled):
  "Indexed articles (Kibana)"  Kibana Discover, filtered to the articles the task wrote (their indexed_at
                               lies within the task's run), for news_process and news_reprocess tasks.
  "Feed health report"         the Feed health view, filtered to the feeds a poll task polled, or the
                               whole report for the news_feed_health tasks.
The "Feed health" view is a small FastAPI app mounted under /feed-health and listed in the UI's
navigation. It shows the latest report from news_feed_health: problem feeds first (any status other than
ok and never-polled counts as a problem, so new kinds of problem need no change here), times as "12 min
ago" with the exact time on hover, a count per status that filters the table, and per feed a detail row
with its recent errors, its newest indexed articles and links to the feed and to its articles in Kibana.
Every value on the page comes from feeds and pages we do not control, so everything is escaped and the
page allows no script at all.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import quote, urlencode, urlsplit

from airflow.api_fastapi.core_api.security import requires_authenticated
from airflow.plugins_manager import AirflowPlugin
from airflow.sdk import BaseOperatorLink
from fastapi import Depends, FastAPI, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from pipeline.config import ARTICLE_ALIAS

VIEW_PREFIX = "/feed-health"
# The Kibana saved objects name their articles data view after the default article alias.
ARTICLES_DATA_VIEW = ARTICLE_ALIAS
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


def feed_health_url(feeds: Sequence[str] = ()) -> str:
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
 .failing, .problem { background: #ffe2c4; color: #953800; } .ok { background: #dafbe1; color: #116329; }
 .never-polled { background: #eaeef2; color: #57606a; }
 .reasons { max-width: 28em; overflow-wrap: anywhere; color: #57606a; }
 .filters a { margin-right: .6em; text-decoration: none; }
 .filters a.active { outline: 2px solid #0969da; }
 tr.detail td { background: #fbfcfd; border-bottom: 2px solid #d0d7de; }
 tr.detail summary { cursor: pointer; color: #0969da; }
 .detail-grid { display: flex; gap: 2em; flex-wrap: wrap; }
 .detail-grid > div { flex: 1 1 24em; overflow-wrap: anywhere; }
 time { text-decoration: underline dotted; }
</style></head><body>
<h1>Feed health</h1>
{% macro ago(moment, never="never") %}{% if moment.iso %}<time datetime="{{ moment.iso }}" title="{{ moment.exact }}">
{{- moment.label }}</time>{% elif moment.label %}{{ moment.label }}{% else %}{{ never }}{% endif %}{% endmacro %}
{% if report is none %}
<p id="no-report">No feed-health report yet: run the news_feed_health DAG.</p>
{% else %}
<p class="summary">Report <strong>{{ report.report_id }}</strong>, as of {{ ago(made) }}.
 {% if not report.healthy %}
 <strong class="status dead">More than {{ max_down }} of the feeds are dead.</strong>{% endif %}
</p>
<p class="filters">Show:
 <a href="./"{% if not chosen %} class="active"{% endif %}>all feeds ({{ total }})</a>
 {% for count in counts %}<a href="?status={{ count.status | urlencode }}" class="status {{ count.css }}
 {%- if count.status in chosen %} active{% endif %}">{{ count.status }}: {{ count.feeds }}</a>{% endfor %}
</p>
<table id="feeds">
<thead><tr><th>Feed</th><th>Status</th><th>Last success</th><th>Last new item</th><th>Items 1d / 7d / 30d</th>
<th>Items per day (30 days)</th><th>Error rate</th><th>Failures in a row</th><th>Articles</th></tr></thead>
<tbody>
{% for feed in feeds %}
<tr class="feed" data-status="{{ feed.status }}">
 <td>{{ feed.name }}<br>{% if feed.safe_url %}<a href="{{ feed.safe_url }}" rel="noopener noreferrer">the feed</a>
     {% else %}<small>{{ feed.feed_url }}</small>{% endif %}</td>
 <td><span class="status {{ feed.css }}">{{ feed.status }}</span>
     <div class="reasons">{% for reason in feed.reasons %}{{ reason }}<br>{% endfor %}</div></td>
 <td>{{ ago(feed.last_success) }}</td>
 <td>{{ ago(feed.last_new_item) }}</td>
 <td class="n">{{ feed.items_1d }} / {{ feed.items_7d }} / {{ feed.items_30d }}</td>
 <td>{{ feed.sparkline }}</td>
 <td class="n">{{ "%.0f%%" | format(feed.error_rate * 100) }}</td>
 <td class="n">{{ feed.consecutive_failures }}</td>
 <td><a href="{{ feed.kibana_url }}" rel="noopener noreferrer">in Kibana</a></td>
</tr>
<tr class="detail"><td colspan="9"><details{% if feeds | length == 1 %} open{% endif %}>
 <summary>Recent errors and last items of {{ feed.name }}</summary>
 <div class="detail-grid">
  <div><h3>Recent errors</h3>
   <p>Failed polls in 30 days: {{ feed.failures_30d }} of {{ feed.polls_30d }}.</p>
   {% if feed.last_error %}<p>Last error: <code>{{ feed.last_error }}</code></p>
   {% else %}<p>No error recorded.</p>{% endif %}
  </div>
  <div><h3>Last items</h3>
   {% if feed.latest is none %}<p>The article index could not be read.</p>
   {% elif not feed.latest %}<p>No article of this feed is indexed.</p>
   {% else %}<ul>{% for item in feed.latest %}<li>
    {%- if item.safe_url %}<a href="{{ item.safe_url }}" rel="noopener noreferrer">{{ item.title }}</a>
    {%- else %}{{ item.title }}{% endif %}, published {{ ago(item.published, "at an unknown time") }}</li>
   {% endfor %}</ul>{% endif %}
  </div>
 </div>
</details></td></tr>
{% endfor %}
</tbody></table>
{% endif %}
</body></html>
""")

# Statuses with a colour of their own; any other status a report carries is shown as a problem.
STATUS_CSS = {"dead": "dead", "quiet": "quiet", "failing": "failing", "never-polled": "never-polled", "ok": "ok"}
LATEST_ITEMS = 5


def _problem_rank(status: str) -> int:
    """Problem feeds first (whatever the problem), then feeds never polled, then the healthy ones."""
    return {"ok": 2, "never-polled": 1}.get(status, 0)


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


def time_ago(value, now: datetime) -> dict:
    """"12 min ago" for a stored timestamp, with the exact UTC time for the hover; a value that is not a
    timestamp is shown as it is (escaped), and a missing one as nothing."""
    if not value:
        return {"label": ""}
    from pipeline.utc import parse_iso

    moment = parse_iso(str(value))
    if moment is None:
        return {"label": str(value)[:64]}
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        label = "just now" if seconds > -60 else "in the future"
    elif seconds < 3600:
        label = f"{seconds // 60:.0f} min ago"
    elif seconds < 48 * 3600:
        label = f"{seconds // 3600:.0f} h ago"
    else:
        label = f"{seconds // 86400:.0f} days ago"
    exact = moment.astimezone(UTC)
    return {"label": label, "iso": exact.isoformat(), "exact": exact.strftime("%Y-%m-%d %H:%M:%S UTC")}


def web_url(value) -> str:
    """The URL if it is an http(s) one, else "": nothing else may become a link."""
    url = str(value or "")
    return url if urlsplit(url).scheme in ("http", "https") else ""


def kql_string(value: str) -> str:
    """A quoted string in Kibana's query language."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def feed_articles_url(feed_url: str) -> str:
    """Discover filtered to the articles that came from one feed."""
    data_view = os.environ.get("KIBANA_ARTICLES_DATA_VIEW", ARTICLES_DATA_VIEW)
    return discover_url(data_view, f"source.feed_url : {kql_string(feed_url)}")


def _latest_item(source: dict, now: datetime) -> dict:
    return {
        "title": str(source.get("title") or source.get("url") or "(no title)")[:300],
        "safe_url": web_url(source.get("url")),
        "published": time_ago(source.get("published_at"), now),
    }


def _row(feed: dict, latest: dict[str, list[dict]] | None, now: datetime) -> dict:
    url = str(feed.get("feed_url", ""))
    status = str(feed.get("status", ""))
    return {
        **feed,
        "status": status,
        "safe_url": web_url(url),
        "css": STATUS_CSS.get(status, "problem"),
        "reasons": [str(reason) for reason in feed.get("reasons") or []],
        "error_rate": float(feed.get("error_rate") or 0),
        "sparkline": sparkline(feed.get("daily_items") or []),
        "last_success": time_ago(feed.get("last_success_at"), now),
        "last_new_item": time_ago(feed.get("last_new_items_at"), now),
        "kibana_url": feed_articles_url(url),
        "latest": None if latest is None else [_latest_item(item, now) for item in latest.get(url, [])],
    }


def render_page(
    report: dict | None,
    only_feeds: Sequence[str] = (),
    statuses: Sequence[str] = (),
    latest: dict[str, list[dict]] | None = None,
    now: datetime | None = None,
) -> str:
    """The Feed health page for a stored report (None: no report yet), optionally for some feeds or statuses
    only. `latest` holds each feed URL's newest articles (None: they could not be read)."""
    if report is None:
        return PAGE.render(report=None)
    now = now or datetime.now(UTC)
    feeds = [feed for feed in report.get("feeds") or [] if isinstance(feed, dict)]
    counts: dict[str, int] = {}
    for feed in feeds:
        counts[str(feed.get("status", ""))] = counts.get(str(feed.get("status", "")), 0) + 1
    shown = [
        feed for feed in feeds
        if (not only_feeds or feed.get("name") in only_feeds) and (not statuses or feed.get("status") in statuses)
    ]
    shown.sort(key=lambda feed: _problem_rank(str(feed.get("status", ""))))
    return PAGE.render(
        report=report,
        made=time_ago(report.get("generated_at"), now),
        max_down=f"{float(report.get('max_down_share') or 0):.0%}",
        total=len(feeds),
        counts=[
            {"status": status, "feeds": number, "css": STATUS_CSS.get(status, "problem")}
            for status, number in sorted(counts.items(), key=lambda item: (_problem_rank(item[0]), item[0]))
        ],
        chosen=list(statuses),
        feeds=[_row(feed, latest, now) for feed in shown],
    )


def latest_articles(es, alias: str, feed_urls: list[str], per_feed: int = LATEST_ITEMS) -> dict[str, list[dict]]:
    """The newest indexed articles of each feed (title, url, published_at), by feed URL."""
    if not feed_urls or not es.indices.exists(index=alias):
        return {}
    response = es.search(
        index=alias, size=0, query={"terms": {"source.feed_url": feed_urls}},
        aggs={"feeds": {
            "terms": {"field": "source.feed_url", "size": len(feed_urls)},
            "aggs": {"latest": {"top_hits": {
                "size": per_feed, "sort": [{"published_at": {"order": "desc"}}],
                "_source": ["title", "url", "published_at"],
            }}},
        }},
    )
    return {
        bucket["key"]: [hit["_source"] for hit in bucket["latest"]["hits"]["hits"]]
        for bucket in response["aggregations"]["feeds"]["buckets"]
    }


feed_health_app = FastAPI(title="Feed health", docs_url=None, redoc_url=None, openapi_url=None)


# Only signed-in users see it: the UI's session cookie or an API bearer token, as for Airflow's own views.
@feed_health_app.get("/", response_class=HTMLResponse, dependencies=[Depends(requires_authenticated())])
def feed_health_page(
    feed: list[str] = Query(default=[]),  # noqa: B008
    status: list[str] = Query(default=[]),  # noqa: B008
) -> HTMLResponse:
    from elasticsearch import ApiError, TransportError

    from pipeline.config import settings
    from pipeline.health import latest_report
    from pipeline.store.client import connect

    configured = settings()
    es = connect(configured)
    report = latest_report(es, configured.feed_health_index)
    feed_urls = [str(item.get("feed_url", "")) for item in (report or {}).get("feeds") or [] if isinstance(item, dict)]
    # The report stands on its own: when the articles can't be read, the page says so and shows the rest.
    try:
        latest = latest_articles(es, configured.index_alias, feed_urls)
    except (ApiError, TransportError):
        latest = None
    page = render_page(report, feed, status, latest)
    return HTMLResponse(page, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})


class NewsPlugin(AirflowPlugin):
    name = "news"
    global_operator_extra_links = [IndexedArticlesLink(), FeedHealthLink()]
    fastapi_apps = [{"app": feed_health_app, "url_prefix": VIEW_PREFIX, "name": "Feed health"}]
    external_views = [
        {"name": "Feed health", "href": f"{VIEW_PREFIX}/", "destination": "nav", "url_route": "feed-health"}
    ]
