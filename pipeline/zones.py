"""The outlet's local time zone: what a time printed without a zone means.

Pages print "30-11-2026, 15:10" (DLE), "15:10 30.11.2026" (Bitrix) or a `datePublished` of
"2026-11-30T15:10:00" with no offset: the outlet's own clock. Its zone is the feed's `timezone:`
(an IANA name, checked when the feeds file is loaded), else the zone of the feed's home `country`
(`zones.yaml`), else UTC when nothing is known. Times that state a zone or an offset never need one.

The zone comes from the feed as archived with each page, so reprocessing a page reads its times the
same way every time. Zones are read from the tz database (the system's, else the `tzdata` package).
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import yaml

from pipeline.records import Feed

_COUNTRY_ZONES_FILE = Path(__file__).with_name("zones.yaml")
# Entries of some tz databases that are no outlet's zone: "localtime" is the machine's own, which would make
# the same page read differently on each worker; "Factory" is a placeholder.
_NOT_OUTLET_ZONES = frozenset({"localtime", "Factory"})


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_OUTLET_ZONES


def is_zone_name(name: object) -> bool:
    """An IANA zone name the tz database knows ("Asia/Almaty"); no path, however spelled, is one."""
    return isinstance(name, str) and name in _zone_names()


@lru_cache(maxsize=1)
def country_zones() -> dict[str, str]:
    """ISO 3166-1 alpha-2 country code → the IANA zone its outlets' clocks most likely show."""
    table = yaml.safe_load(_COUNTRY_ZONES_FILE.read_text(encoding="utf-8")) or {}
    return {str(country): str(zone) for country, zone in table.items()}


def outlet_zone(feed: Feed) -> tzinfo:
    """The zone of the feed's outlet: its own `timezone`, else its country's, else UTC.

    A name the tz database does not know, or a value of the wrong type (a feed archived by hand or forged,
    a database without the name), is passed over, never an error: the page is still read, with the next
    zone in that order.
    """
    country = feed.country if isinstance(feed.country, str) else ""
    for name in (feed.timezone, country_zones().get(country, "")):
        if is_zone_name(name):
            return ZoneInfo(name)
    return UTC
