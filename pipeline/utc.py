"""Moments in UTC, one rule for every stage: dates are stored and compared as aware UTC datetimes, and a
time without a zone is taken as UTC (a feed or record that omits the zone leaves the publisher's clock
unknown; UTC is the guess the article document states). Pages are read on their outlet's clock first
(`pipeline.zones`), so only a page whose outlet's zone is unknown comes here without one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

# The longest ISO 8601 timestamp is about 32 characters; anything longer is not one.
MAX_ISO_CHARS = 64


@overload
def as_utc(moment: datetime) -> datetime: ...
@overload
def as_utc(moment: None) -> None: ...
def as_utc(moment: datetime | None) -> datetime | None:
    """The moment in UTC; a time without a zone is taken as UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_utc(moment: datetime | None) -> str | None:
    """The moment as ISO 8601 in UTC, or None."""
    return None if moment is None else as_utc(moment).isoformat()


def parse_iso(value: str | None) -> datetime | None:
    """An ISO 8601 timestamp or date ("Z" for UTC allowed) as an aware UTC datetime; None when there is
    none or it is not one."""
    text = (value or "").strip()
    if not text or len(text) > MAX_ISO_CHARS:
        return None
    try:
        return as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None
