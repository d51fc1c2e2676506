"""Feed scheduling: adaptive interval from new items, capped exponential backoff, daily history."""

from datetime import UTC, datetime, timedelta

from pipeline.fetch.http import parse_retry_after
from pipeline.fetch.state import MAX_BACKOFF, MAX_INTERVAL, MIN_INTERVAL, FeedState

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_interval_shrinks_when_items_keep_coming_and_grows_when_quiet():
    busy, quiet = FeedState("http://busy/rss"), FeedState("http://quiet/rss")
    for hour in range(12):
        at = NOW + timedelta(hours=hour)
        busy.record_success(at, status="ok", entries=20, new_items=3)
        quiet.record_success(at, status="not-modified")
    assert timedelta(seconds=busy.poll_interval_s) == MIN_INTERVAL
    assert timedelta(seconds=quiet.poll_interval_s) == MAX_INTERVAL
    assert busy.next_due_at == NOW + timedelta(hours=11) + MIN_INTERVAL
    assert busy.items_seen == 36 and busy.last_new_items_at == NOW + timedelta(hours=11)


def test_failures_back_off_exponentially_up_to_a_day_and_reset_on_success():
    state = FeedState("http://down/rss")
    gaps = []
    for attempt in range(12):
        at = NOW + timedelta(days=attempt)
        state.record_failure(at, "timeout")
        gaps.append(state.next_due_at - at)
    assert gaps[1] == 2 * gaps[0] and gaps[2] == 4 * gaps[0]
    assert max(gaps) == MAX_BACKOFF and state.consecutive_failures == 12
    state.record_success(NOW + timedelta(days=20), status="ok", entries=1, new_items=0)
    assert state.consecutive_failures == 0 and state.last_error == ""


def test_retry_after_is_honoured_and_capped():
    state = FeedState("http://limited/rss")
    state.record_failure(NOW, "http-429", retry_after=5 * 3600)
    assert state.next_due_at == NOW + timedelta(hours=5)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("99999999") == 24 * 3600
    assert parse_retry_after("Wed, 25 Nov 2026 12:10:00 GMT", now=NOW) == 600.0
    assert parse_retry_after("soon") is None


def test_history_keeps_a_row_per_day_for_thirty_days_and_survives_serialisation():
    state = FeedState("http://feed/rss")
    for day in range(40):
        state.record_success(NOW + timedelta(days=day), status="ok", entries=5, new_items=day % 3)
        state.record_failure(NOW + timedelta(days=day, hours=1), "http-500")
    assert len(state.history) == 30
    assert state.history[-1] == {
        "day": (NOW + timedelta(days=39)).date().isoformat(),
        "polls": 2, "not_modified": 0, "failures": 1, "entries": 5, "new_items": 0,
    }  # fmt: skip
    assert FeedState.from_doc(state.to_doc()) == state


def test_host_batches_keep_each_host_in_one_batch():
    from pipeline.fetch.run import host_batches
    from pipeline.records import Feed

    feeds = [Feed(name=f"{host}{n}", url=f"https://{host}.kz/rss/{n}") for host in "abcde" for n in range(3)]
    feeds += [Feed(name=f"big{n}", url=f"https://big.kz/rss/{n}") for n in range(7)]
    batches = host_batches(feeds, batch_size=5)
    assert sorted(f.name for b in batches for f in b) == sorted(f.name for f in feeds)
    hosts_per_batch = [{f.domain for f in b} for b in batches]
    assert all(len([h for h in hosts_per_batch if host in h]) == 1 for host in {f.domain for f in feeds})
    assert all(len(b) <= 5 for b in batches if {f.domain for f in b} != {"big.kz"})
