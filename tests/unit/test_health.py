"""Feed-health statuses from feed state built the way the poll stage builds it (record_success/failure)."""

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.fetch.figures import FeedFigures, language_of
from pipeline.fetch.state import FeedState
from pipeline.health import FeedsDownError, HealthPolicy, assess, build_report, check

NOW = datetime(2026, 3, 31, tzinfo=UTC)  # a daily run's interval end


def polled(name: str, days: int, items_per_day: int, *, quiet_days=0, failing_days=0) -> FeedState:
    """A feed polled four times a day for `days` days: publishing, then quiet, then failing."""
    state = FeedState(feed_url=f"https://{name}.example/feed.xml", name=name)
    start = NOW - timedelta(days=days)
    for day in range(days):
        for poll in range(4):
            when = start + timedelta(days=day, hours=6 * poll)
            if day >= days - failing_days:
                state.record_failure(when, "http-503")
            elif day >= days - failing_days - quiet_days:
                state.record_success(when, status="not-modified")
            else:
                new_items = items_per_day if poll == 0 else 0
                state.record_success(when, status="ok", entries=20, new_items=new_items)
    return state


def test_a_regular_feed_is_ok_with_its_counts():
    health = assess(polled("regular", days=30, items_per_day=5), NOW)
    assert health.status == "ok" and health.reasons == []
    assert health.items_1d == 5 and health.items_7d == 35 and health.items_30d == 150
    assert health.error_rate == 0 and health.polls_30d == 120
    assert len(health.daily_items) == 30 and health.daily_items[-1] == 5


def test_a_feed_failing_for_days_is_dead_with_reasons():
    health = assess(polled("broken", days=20, items_per_day=5, failing_days=4), NOW)
    assert health.status == "dead"
    assert health.consecutive_failures == 16 and health.last_error == "http-503"
    assert any("failed polls in a row" in reason for reason in health.reasons)
    assert any("no successful poll for" in reason for reason in health.reasons)
    assert health.error_rate == pytest.approx(16 / 80)


def test_one_failed_poll_is_failing_not_dead():
    state = polled("flaky", days=10, items_per_day=3)
    state.record_failure(NOW - timedelta(hours=1), "timeout")
    health = assess(state, NOW)
    assert health.status == "failing" and health.consecutive_failures == 1


def test_a_busy_feed_that_went_silent_is_quiet():
    health = assess(polled("silent", days=20, items_per_day=6, quiet_days=5), NOW)
    assert health.status == "quiet"
    assert "usually publishes 6.0 items a day" in health.reasons[0]
    assert health.items_7d < health.items_30d


def test_a_rarely_publishing_feed_may_stay_silent():
    """One item a week is that feed's normal: a few silent days are no gap."""
    state = FeedState(feed_url="https://weekly.example/feed.xml", name="weekly")
    for day in range(21):
        when = NOW - timedelta(days=21 - day)
        state.record_success(when, status="ok", entries=5, new_items=1 if day % 7 == 0 else 0)
    assert assess(state, NOW).status == "ok"


def test_report_orders_worst_first_and_fails_loudly_past_the_threshold():
    states = [
        polled("alive-a", days=10, items_per_day=2),
        polled("alive-b", days=10, items_per_day=2),
        polled("dead", days=10, items_per_day=2, failing_days=5),
        FeedState(feed_url="https://new.example/feed.xml", name="new"),
    ]
    report = build_report(states, NOW, HealthPolicy(max_down_share=0.3))
    assert [feed.status for feed in report.feeds] == ["dead", "never-polled", "ok", "ok"]
    assert report.totals["dead"] == 1 and report.down_share == 0.25 and report.healthy
    check(report)  # 25% dead is within 30%

    report = build_report(states, NOW, HealthPolicy(max_down_share=0.2))
    with pytest.raises(FeedsDownError, match="1 of 4 feeds are dead"):
        check(report)
    doc = report.to_doc()
    assert doc["report_id"] == "2026-03-30" and doc["healthy"] is False
    assert doc["feeds"][0]["name"] == "dead"


def with_figures(state: FeedState, newest: datetime | None, language: str) -> FeedState:
    """The figures a poll records when it reads the feed's items."""
    state.record_figures(FeedFigures(items=20, newest=newest, language=language))
    return state


def test_a_feed_whose_newest_item_is_too_old_is_stale_with_its_age():
    state = with_figures(polled("frozen", days=10, items_per_day=0), NOW - timedelta(days=30), "ru")
    health = assess(state, NOW, language="ru")
    assert health.status == "stale"
    assert health.reasons == ["newest item is 30 days old (more than 14 allowed)"]
    assert health.newest_item_at == (NOW - timedelta(days=30)).isoformat()
    assert assess(state, NOW, HealthPolicy(stale_after_days=45), language="ru").status == "ok"


def test_a_feed_in_another_language_than_configured_says_which():
    state = with_figures(polled("mislabelled", days=10, items_per_day=5), NOW - timedelta(hours=3), "ru")
    health = assess(state, NOW, language="ky")
    assert (health.status, health.reasons) == ("wrong-language", ["items are in 'ru', configured 'ky'"])
    assert (health.language, health.detected_language) == ("ky", "ru")
    assert assess(state, NOW, language="ru").status == "ok"
    assert assess(state, NOW).status == "ok"  # no configured language, nothing to compare


def test_both_content_problems_are_listed_and_a_failing_feed_stays_failing():
    state = with_figures(polled("both", days=10, items_per_day=0), NOW - timedelta(days=20), "kk")
    health = assess(state, NOW, language="uz")
    assert health.status == "stale" and len(health.reasons) == 2
    state.record_failure(NOW - timedelta(hours=1), "http-503")
    assert assess(state, NOW, language="uz").status == "failing"


def test_figures_survive_a_poll_that_found_the_feed_unchanged_and_the_report_uses_configured_languages():
    state = with_figures(polled("kept", days=5, items_per_day=5), NOW - timedelta(hours=2), "kk")
    state.record_figures(FeedFigures(items=0, newest=None, language=""))
    restored = FeedState.from_doc(state.to_doc())
    assert (restored.newest_item_at, restored.detected_language) == (NOW - timedelta(hours=2), "kk")
    report = build_report([restored], NOW, languages={restored.feed_url: "tg"})
    assert report.feeds[0].status == "wrong-language" and report.totals["wrong-language"] == 1


def test_a_language_is_recorded_only_when_the_model_is_sure():
    assert language_of(["Министры обсудили совместное использование рек.", "Открыты новые торговые пути."]) == "ru"
    assert language_of(["Astana 2026", "OK"]) == ""  # too little text: no language, never a false alarm
