"""The outlet's zone: a feed's own `timezone`, else its country's, else UTC."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline.fetch.feeds_config import load_feeds
from pipeline.records import Feed
from pipeline.zones import country_zones, is_zone_name, outlet_zone

CONFIG = Path(__file__).parents[2] / "config"


def feed(country: str = "", timezone: str = "") -> Feed:
    return Feed(name="Example", url="https://news.example/rss", country=country, timezone=timezone)


def test_every_zone_of_the_table_is_in_the_tz_database():
    assert country_zones()
    assert all(is_zone_name(zone) for zone in country_zones().values())


@pytest.mark.parametrize("feeds_file", ["feeds.yaml", "feeds.demo.yaml"])
def test_every_country_of_the_feeds_files_has_a_zone(feeds_file):
    countries = {feed.country for feed in load_feeds(CONFIG / feeds_file).feeds}
    assert countries - country_zones().keys() == set()


def test_the_region_keeps_its_own_clocks():
    zones = country_zones()
    assert (zones["KZ"], zones["UZ"], zones["KG"], zones["TJ"], zones["TM"], zones["RU"]) == (
        "Asia/Almaty", "Asia/Tashkent", "Asia/Bishkek", "Asia/Dushanbe", "Asia/Ashgabat", "Europe/Moscow")


def test_kazakhstan_is_five_hours_ahead_since_it_unified_its_zones_in_2024():
    almaty = outlet_zone(feed("KZ"))
    assert datetime(2026, 11, 30, 15, 10, tzinfo=almaty).utcoffset() == timedelta(hours=5)
    assert datetime(2023, 11, 30, 15, 10, tzinfo=almaty).utcoffset() == timedelta(hours=6)


def test_the_feeds_own_zone_wins_over_its_countrys():
    assert outlet_zone(feed("KZ")) == ZoneInfo("Asia/Almaty")
    assert outlet_zone(feed("KZ", "Asia/Aqtau")) == ZoneInfo("Asia/Aqtau")
    assert outlet_zone(feed("US", "Asia/Almaty")) == ZoneInfo("Asia/Almaty")


def test_utc_only_when_nothing_is_known():
    assert outlet_zone(feed()) is UTC
    assert outlet_zone(feed("XX")) is UTC


def test_a_zone_the_database_does_not_know_is_passed_over_not_an_error():
    # A feed as archived may carry anything: the page is still read, with its country's zone.
    assert outlet_zone(feed("UZ", "Mars/Olympus_Mons")) == ZoneInfo("Asia/Tashkent")
    assert outlet_zone(feed("", "../../etc/passwd")) is UTC
    forged = Feed(name="Forged", url="https://news.example/rss", country=["KZ"], timezone={"a": 1})
    assert outlet_zone(forged) is UTC


@pytest.mark.parametrize("name", ["Asia/Almaty", "Europe/Moscow", "UTC"])
def test_iana_names_are_zone_names(name):
    assert is_zone_name(name)


@pytest.mark.parametrize(
    "name",
    ["", "Almaty", "asia/almaty", "/usr/share/zoneinfo/Asia/Almaty", "../zoneinfo/UTC", "Asia/Almaty\0",
     "localtime", "UTC+5", 5, None, ["Asia/Almaty"]],
)
def test_anything_else_is_not(name):
    assert not is_zone_name(name)
