"""The operator's path through the Airflow UI, in a real browser (Playwright driving the system's Chromium), on the
shared standalone: sign in through the login form; every DAG's Trigger dialog is ready to trigger with its defaults;
news_poll offers no backfill; a backfill of news_reprocess over two days picked in the dialog re-indexes those days;
the Feed health view opens from the navigation bar and from a task's extra link.

Each step leaves a screenshot in `operator-ui/` under pytest's base temporary folder (for the latest run:
/tmp/pytest-of-$USER/pytest-current/operator-ui/; pytest keeps the last three runs).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.integration

DAG_IDS = ("news_poll", "news_process", "news_reprocess", "news_feed_health")
# Days no other test writes to, so the backfill's runs and articles are this test's own.
BACKFILL_DAYS = (datetime(2026, 2, 3, tzinfo=UTC), datetime(2026, 2, 4, tzinfo=UTC))
UI_TIMEOUT_MS = 30_000
# The Trigger dialog; the date pickers' popovers have the role "dialog" too.
TRIGGER_DIALOG = '[data-scope="dialog"][data-part="content"]'


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory):
    folder = tmp_path_factory.getbasetemp() / "operator-ui"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("headless Chromium is needed: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def ui(browser, airflow_standalone, screenshots):
    """A page signed in as the admin through the UI's own login form."""
    from playwright.sync_api import expect

    from pipeline.local.airflow import admin_password

    api = airflow_standalone["api"]
    for dag_id in DAG_IDS:
        api.wait_for_dag(dag_id, unpause=False)
    context = browser.new_context(base_url=airflow_standalone["base_url"], viewport={"width": 1400, "height": 900})
    context.set_default_timeout(UI_TIMEOUT_MS)
    expect.set_options(timeout=UI_TIMEOUT_MS)
    page = context.new_page()
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/auth/login"))
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", admin_password(airflow_standalone["home"]))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/auth/login" not in url)
    page.screenshot(path=screenshots / "signed-in.png")
    yield page
    context.close()


def open_trigger_dialog(page, dag_id: str):
    from playwright.sync_api import expect

    page.goto(f"/dags/{dag_id}")
    page.get_by_role("button", name="Trigger").first.click()
    dialog = page.locator(TRIGGER_DIALOG)
    expect(dialog).to_contain_text(f"Trigger Dag - {dag_id}")
    return dialog


def choose_backfill_days(page, dialog, first: datetime, last: datetime) -> None:
    """Select Backfill, then type the two dates into the From and To pickers (the UI's times are UTC)."""
    from playwright.sync_api import expect

    dialog.get_by_text("Backfill", exact=True).click()
    expect(dialog).to_contain_text("Date Range")
    for picker, day in enumerate((first, last)):
        dialog.get_by_test_id("datetime-input").nth(picker).click()
        popover = page.locator('[data-scope="popover"][data-part="content"][data-state="open"]')
        popover.get_by_placeholder("YYYY/MM/DD").fill(day.strftime("%Y/%m/%d"))
        popover.get_by_placeholder("HH:mm").fill(day.strftime("%H:%M"))
        page.keyboard.press("Escape")
        expect(popover).to_have_count(0)


def close_dialog(page) -> None:
    from playwright.sync_api import expect

    page.keyboard.press("Escape")
    expect(page.locator(TRIGGER_DIALOG)).to_have_count(0)


@pytest.mark.parametrize("dag_id", DAG_IDS)
def test_every_dag_is_ready_to_trigger_with_its_defaults(ui, dag_id, screenshots):
    from playwright.sync_api import expect

    dialog = open_trigger_dialog(ui, dag_id)
    expect(dialog.get_by_test_id("trigger-dag-submit")).to_be_enabled()
    expect(dialog.get_by_text("This field is required")).to_have_count(0)
    ui.screenshot(path=screenshots / f"trigger-{dag_id}.png")
    close_dialog(ui)


@pytest.mark.parametrize("dag_id", ["news_reprocess", "news_feed_health"])
def test_daily_dags_are_ready_to_backfill_with_their_defaults(ui, dag_id, screenshots):
    from playwright.sync_api import expect

    dialog = open_trigger_dialog(ui, dag_id)
    choose_backfill_days(ui, dialog, *BACKFILL_DAYS)
    expect(dialog).to_contain_text("2 runs will be triggered.")
    expect(dialog.get_by_role("button", name="Run Backfill")).to_be_enabled()
    ui.screenshot(path=screenshots / f"backfill-form-{dag_id}.png")
    close_dialog(ui)


def test_news_poll_offers_no_backfill_and_says_what_to_backfill_instead(ui, airflow_standalone, screenshots):
    from playwright.sync_api import expect

    dialog = open_trigger_dialog(ui, "news_poll")
    backfill = dialog.get_by_role("radio", name=re.compile("Backfill"))
    expect(backfill).to_be_disabled()
    dialog.get_by_text("Backfill", exact=True).hover(force=True)
    expect(ui.get_by_text("This Dag's schedule does not support backfills")).to_be_visible()
    ui.screenshot(path=screenshots / "no-backfill-news_poll.png")
    close_dialog(ui)

    api = airflow_standalone["api"]
    refused = api.http.post("/backfills", json={
        "dag_id": "news_poll", "from_date": BACKFILL_DAYS[0].isoformat(), "to_date": BACKFILL_DAYS[1].isoformat(),
    })
    assert 400 <= refused.status_code < 500 and "does not allow backfill runs" in refused.text
    details = api.request("GET", "/dags/news_poll/details")
    assert "backfill news_reprocess" in details["description"]
    assert "backfill news_reprocess" in details["doc_md"]


def trigger_from_the_dialog(page, api, dag_id: str) -> str:
    """Press Trigger with the defaults; the id of the manual run it created."""
    from playwright.sync_api import expect

    before = {run["dag_run_id"] for run in api.request("GET", f"/dags/{dag_id}/dagRuns")["dag_runs"]}
    dialog = open_trigger_dialog(page, dag_id)
    dialog.get_by_test_id("trigger-dag-submit").click()
    # The toast may render twice; the API's write may wait up to 30 s for SQLite while the scheduler
    # is busy with the backfill before it, so the wait is longer than the usual 30 s.
    expect(page.get_by_text("Dag Run Triggered").first).to_be_visible(timeout=120_000)

    def new_manual_run():
        found = api.request("GET", f"/dags/{dag_id}/dagRuns", params={"run_type": "manual"})["dag_runs"]
        return next((run["dag_run_id"] for run in found if run["dag_run_id"] not in before), None)

    return api.wait_until(new_manual_run, 60, f"the run of {dag_id} the dialog triggered")


def copy_pages_to_days(settings: dict, days) -> dict[datetime, set[str]]:
    """Today's archived pages of one demo outlet per day, copied onto those past days; their URLs by day."""
    from pipeline.archive import Archive

    archive = Archive(settings["NEWS_ARCHIVE"])
    now = datetime.now(UTC)
    pages = list(archive.read(archive.files_between(now - timedelta(days=1), now + timedelta(days=1))))
    outlets = sorted({page.url.split("/")[3] for page in pages})
    assert len(outlets) >= len(days), f"the archive holds pages of {outlets} only"
    copied = {}
    for day, outlet in zip(days, outlets, strict=False):
        copies = [replace(page, fetched_at=day + timedelta(hours=8, minutes=i))
                  for i, page in enumerate(page for page in pages if page.url.split("/")[3] == outlet)]
        archive.write(copies)
        copied[day] = {page.url for page in copies}
    return copied


def indexed(es, alias: str, urls: set[str]) -> set[str]:
    if not es.indices.exists(index=alias):
        return set()
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=len(urls), query={"terms": {"url": sorted(urls)}}, source=["url"])
    return {hit["_source"]["url"] for hit in hits["hits"]["hits"]}


def test_a_backfill_of_two_days_from_the_dialog_reindexes_those_days(ui, airflow_standalone, es, screenshots):
    from playwright.sync_api import expect

    api, settings = airflow_standalone["api"], airflow_standalone["settings"]
    alias = settings["NEWS_INDEX"]
    # The operator polls the feeds first (Trigger with the defaults), so today's pages are archived.
    poll_run = trigger_from_the_dialog(ui, api, "news_poll")
    assert api.wait_for_run("news_poll", poll_run, timeout=300) == "success"
    days = copy_pages_to_days(settings, BACKFILL_DAYS)
    urls = set().union(*days.values())
    if es.indices.exists(index=alias):  # indexed by an earlier test: lose them, the backfill brings them back
        found = es.search(index=alias, size=len(urls), query={"terms": {"url": sorted(urls)}}, source=False)
        for hit in found["hits"]["hits"]:
            es.delete(index=hit["_index"], id=hit["_id"])
    assert indexed(es, alias, urls) == set()

    dialog = open_trigger_dialog(ui, "news_reprocess")
    choose_backfill_days(ui, dialog, *BACKFILL_DAYS)
    expect(dialog).to_contain_text("2 runs will be triggered.")
    ui.screenshot(path=screenshots / "backfill-news_reprocess-dialog.png")
    dialog.get_by_role("button", name="Run Backfill").click()
    expect(ui.get_by_text("Backfill generated").first).to_be_visible()

    def finished_runs():
        found = api.request("GET", "/dags/news_reprocess/dagRuns", params={"run_type": "backfill", "limit": 100})
        ours = [run for run in found["dag_runs"]
                if datetime.fromisoformat(run["data_interval_start"]) in BACKFILL_DAYS]
        return ours if len(ours) == 2 and all(run["state"] in ("success", "failed") for run in ours) else None

    runs = api.wait_until(finished_runs, 300, "the two backfill runs")
    assert [run["state"] for run in runs] == ["success", "success"]
    for run in runs:
        path = f"/dags/news_reprocess/dagRuns/{run['dag_run_id']}/taskInstances/reprocess/xcomEntries/return_value"
        counts = api.request("GET", path)["value"]
        day = datetime.fromisoformat(run["data_interval_start"])
        assert counts["articles"] == len(days[day]) and counts["index"]["indexed"] == len(days[day])
    assert indexed(es, alias, urls) == urls

    for run in runs:
        ui.goto(f"/dags/news_reprocess/runs/{run['dag_run_id']}")
        expect(ui.get_by_text("Success", exact=True).first).to_be_visible()
        ui.screenshot(path=screenshots / f"backfill-news_reprocess-{run['data_interval_start'][:10]}.png")


def test_the_feed_health_view_opens_from_the_navigation_bar(ui, screenshots):
    from playwright.sync_api import expect

    ui.goto("/")
    ui.get_by_role("link", name="Feed health").click()
    expect(ui).to_have_url(re.compile(r"/plugin/feed-health"))
    view = ui.frame_locator("iframe")
    expect(view.get_by_role("heading", name="Feed health")).to_be_visible()
    ui.screenshot(path=screenshots / "feed-health-in-navigation.png")


def test_the_report_task_extra_link_leads_to_the_feed_health_view(ui, airflow_standalone, screenshots):
    from playwright.sync_api import expect

    api = airflow_standalone["api"]
    run_id = trigger_from_the_dialog(ui, api, "news_feed_health")
    api.wait_for_run("news_feed_health", run_id, timeout=240)
    ui.goto(f"/dags/news_feed_health/runs/{run_id}/tasks/report/details")
    link = ui.get_by_role("link", name="Feed health report")
    expect(link).to_have_attribute("href", f"{airflow_standalone['base_url']}/feed-health/")
    ui.screenshot(path=screenshots / "report-task-extra-links.png")
    link.click()
    expect(ui).to_have_url(f"{airflow_standalone['base_url']}/feed-health/")
    expect(ui.locator("tr.feed")).to_have_count(3)  # the three demo feeds
    # The backfill above indexed articles of two feeds: their detail rows list them.
    expect(ui.locator("tr.detail li a")).not_to_have_count(0)
    ui.screenshot(path=screenshots / "feed-health-from-extra-link.png", full_page=True)
