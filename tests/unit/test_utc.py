"""One rule for moments: aware UTC datetimes, a time without a zone taken as UTC."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.utc import MAX_ISO_CHARS, as_utc, iso_utc, parse_iso

ASTANA = timezone(timedelta(hours=5))


def test_an_aware_moment_is_converted_and_a_naive_one_taken_as_utc():
    assert as_utc(datetime(2026, 11, 24, 15, 0, tzinfo=ASTANA)) == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert as_utc(datetime(2026, 11, 24, 15, 0)) == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    assert as_utc(datetime(2026, 11, 24, 15, 0, tzinfo=ASTANA)).tzinfo is UTC
    assert as_utc(None) is None


def test_iso_output_is_always_in_utc():
    assert iso_utc(datetime(2026, 11, 24, 15, 0, tzinfo=ASTANA)) == "2026-11-24T10:00:00+00:00"
    assert iso_utc(datetime(2026, 11, 24, 15, 0)) == "2026-11-24T15:00:00+00:00"
    assert iso_utc(None) is None


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-11-24T10:00:00Z", datetime(2026, 11, 24, 10, tzinfo=UTC)),
        ("2026-11-24T15:00:00+05:00", datetime(2026, 11, 24, 10, tzinfo=UTC)),
        (" 2026-11-24T10:00:00 ", datetime(2026, 11, 24, 10, tzinfo=UTC)),
        ("2026-11-24", datetime(2026, 11, 24, tzinfo=UTC)),
    ],
)
def test_iso_timestamps_are_read_into_utc(text, moment):
    assert parse_iso(text) == moment


@pytest.mark.parametrize("text", ["", None, "   ", "yesterday", "2026-13-45", "2026-11-24T10:00:00Z" + " " * 10 + "x",
                                  "2026-11-24" + "0" * MAX_ISO_CHARS])
def test_anything_else_is_no_date(text):
    assert parse_iso(text) is None
