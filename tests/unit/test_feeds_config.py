"""Feeds config loading: the real file is valid, bad entries are named by line and field."""

from pathlib import Path

import pytest

from pipeline.cli.feeds import coverage_table
from pipeline.fetch.feeds_config import FEED_STATUSES, FeedsConfigError, load_feeds, parse_feeds

REAL = Path(__file__).parents[2] / "config" / "feeds.yaml"
CENTRAL_ASIA = {"KZ", "KG", "TJ", "TM", "UZ"}
STATE_LANGUAGES = {"KZ": "kk", "KG": "ky", "TJ": "tg", "TM": "tk", "UZ": "uz"}


def test_the_real_feeds_file_is_valid_and_covers_the_region():
    config = load_feeds(REAL, require_evidence=True)
    assert len(config.feeds) >= 40
    assert CENTRAL_ASIA <= {feed.country for feed in config.feeds}
    assert {"en", "ru"} <= {feed.language for feed in config.feeds}
    assert {feed.type for feed in config.feeds} >= {"rss", "sitemap"}
    assert config.allowlist == ()  # real sources never reach private addresses


def test_a_good_entry_becomes_a_feed_with_defaults():
    config = parse_feeds(
        "feeds:\n  - {name: A, url: 'http://127.0.0.1:8765/rss', type: atom, language: kk, country: KZ}\n"
        "allow_private_hosts: ['127.0.0.1']\nhttp: {min_host_delay: 0, max_page_bytes: 1000}\n"
    )
    feed = config.feeds[0]
    assert (feed.name, feed.type, feed.language, feed.enabled, feed.site_rules) == (
        "A",
        "atom",
        "kk",
        True,
        {},
    )
    assert config.allowlist == ("127.0.0.1",)
    assert (config.http.min_host_delay, config.http.max_page_bytes) == (0, 1000)


BAD_ENTRY = """feeds:
  - name: Good
    url: https://good.kz/rss
    type: rss
    language: ru
    country: KZ
  - name: Bad
    url: javascript:alert(1)
    type: json
    language: Russian
    country: kz
    enabled: "yes"
    site_rules: []
    colour: red
  - name: Good
    url: https://other.kz/rss
    type: rss
    language: ru
    country: KZ
"""


def test_every_problem_is_reported_with_its_line_and_field():
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(BAD_ENTRY, "feeds.yaml")
    problems = caught.value.problems
    expected = {
        8: "'url'",
        9: "'type'",
        10: "'language'",
        11: "'country'",
        12: "'enabled'",
        13: "'site_rules'",
        14: "unknown field 'colour'",
        15: "duplicate of feed #1",
    }
    assert len(problems) == len(expected)
    for line, fragment in expected.items():
        assert any(p.startswith(f"feeds.yaml:{line}: ") and fragment in p for p in problems), (line, problems)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", ":1: the file is empty"),
        ("feeds: [\n", "not valid YAML"),
        ("- a\n- b\n", "the top level must be a mapping"),
        ("feeds: {}\n", "field 'feeds' must be a list"),
        ("sources: []\n", "missing field 'feeds'"),
        ("feeds:\n  - just a string\n", ":2: feed #1 must be a mapping"),
        ("feeds:\n  - {name: A}\n", "missing field 'url'"),
        ("feeds: []\nallow_private_hosts: 127.0.0.1\n", "allow_private_hosts"),
        ("feeds: []\nhttp: {min_host_delay: fast}\n", "wrong type"),
        ("feeds: []\nhttp: {retries: 3}\n", "unknown setting 'retries'"),
    ],
)
def test_malformed_files_give_clear_errors(text, fragment):
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(text, "f.yaml")
    assert fragment in str(caught.value)


def test_an_unreadable_file_is_a_config_error(tmp_path):
    with pytest.raises(FeedsConfigError, match="cannot read"):
        load_feeds(tmp_path / "missing.yaml")


def test_the_real_feeds_file_reaches_the_region_in_its_own_languages():
    enabled = load_feeds(REAL, require_evidence=True).enabled_feeds
    assert len(enabled) >= 60
    for country, language in STATE_LANGUAGES.items():
        in_state_language = [f for f in enabled if f.country == country and f.language == language]
        in_russian = [f for f in enabled if f.country == country and f.language == "ru"]
        assert len(in_state_language) >= 2, country
        assert in_russian, country
    assert all(feed.status in FEED_STATUSES and feed.evidence for feed in enabled)


def test_rfe_rl_services_poll_their_own_top_stories_feed():
    enabled = load_feeds(REAL).enabled_feeds
    services = ["azattyq.org", "rus.azattyq.org", "azattyk.org", "ozodi.org", "azathabar.com", "ozodlik.org"]
    urls = {feed.url for feed in enabled}
    for host in services:
        www = "" if host.startswith("rus.") else "www."
        assert f"https://{www}{host}/api/" in urls, host
    # rferl.org's section code answers an empty channel on the other services' sites.
    assert not [url for url in urls if url.endswith("/api/zrqiteuuir") and "rferl.org" not in url]


def test_status_and_evidence_are_read_and_checked():
    config = parse_feeds(
        "feeds:\n  - {name: A, url: 'https://a.kz/rss', type: rss, language: kk, country: KZ,\n"
        "     status: pattern, evidence: ' WordPress path '}\n"
    )
    assert (config.feeds[0].status, config.feeds[0].evidence) == ("pattern", "WordPress path")
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(
            "feeds:\n  - {name: A, url: 'https://a.kz/rss', type: rss, language: kk, country: KZ,\n"
            "     status: works, evidence: ''}\n",
            "f.yaml",
        )
    assert "field 'status' must be one of confirmed, pattern, unverified" in str(caught.value)
    assert "field 'evidence' must be a non-empty string" in str(caught.value)


def test_a_documented_list_needs_evidence_on_every_feed_and_a_reason_on_disabled_ones():
    text = (
        "feeds:\n"
        "  - {name: A, url: 'https://a.kz/rss', type: rss, language: kk, country: KZ}\n"
        "  - {name: B, url: 'https://b.kz/rss', type: rss, language: kk, country: KZ, enabled: false}\n"
        "  - {name: C, url: 'https://c.kz/rss', type: rss, language: kk, country: KZ, enabled: false,\n"
        "     evidence: 'disabled: answers HTML'}\n"
    )
    assert len(parse_feeds(text).feeds) == 3  # polling does not ask for documentation
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(text, "f.yaml", require_evidence=True)
    assert caught.value.problems == [
        "f.yaml:2: feed #1 ('A'): missing field 'status' (an enabled feed says how sure we are)",
        "f.yaml:2: feed #1 ('A'): missing field 'evidence' (an enabled feed says how sure we are)",
        "f.yaml:3: feed #2 ('B'): missing field 'evidence' (a disabled feed says why)",
    ]


def test_the_coverage_table_counts_enabled_feeds_per_country_language_and_status():
    config = parse_feeds(
        "feeds:\n"
        "  - {name: A, url: 'https://a.kz/rss', type: rss, language: kk, country: KZ, status: confirmed}\n"
        "  - {name: B, url: 'https://b.kz/rss', type: rss, language: ru, country: KZ, status: pattern}\n"
        "  - {name: C, url: 'https://c.kg/rss', type: rss, language: ru, country: KG, status: unverified}\n"
    )
    lines = coverage_table(config.feeds).splitlines()
    assert lines[0] == "| country | kk | ru | confirmed | pattern | unverified | total |"
    assert lines[2:] == [
        "| KG |  | 1 |  |  | 1 | 1 |",
        "| KZ | 1 | 1 | 1 | 1 |  | 2 |",
        "| all | 1 | 2 | 1 | 1 | 1 | 3 |",
    ]


def test_allowlists_hold_per_feed_and_per_port_and_bad_entries_are_reported():
    config = parse_feeds(
        "feeds:\n"
        "  - {name: A, url: 'http://10.0.0.5:8080/rss', type: rss, language: en, country: KZ,\n"
        "     allow_private_hosts: ['10.0.0.5:8080']}\n"
        "  - {name: B, url: 'https://b.kz/rss', type: rss, language: en, country: KZ}\n"
        "allow_private_hosts: ['[fd00::5]:8443', 'intranet.example']\n"
    )
    assert [feed.allow_private_hosts for feed in config.feeds] == [("10.0.0.5:8080",), ()]
    assert config.allowlist == ("[fd00::5]:8443", "intranet.example")
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(
            "feeds:\n"
            "  - {name: A, url: 'http://a.kz/rss', type: rss, language: en, country: KZ,\n"
            "     allow_private_hosts: ['10.0.0.5:99999']}\n"
            "allow_private_hosts: ['user@host']\n"
        )
    problems = caught.value.problems
    assert len(problems) == 2 and all("must be a list of host names, IPs or networks" in p for p in problems)
    assert "feed #1 ('A')" in problems[0] and "99999" in problems[0] and "user@host" in problems[1]


def test_a_feed_may_name_its_outlets_zone_and_defaults_to_none():
    config = parse_feeds(
        "feeds:\n  - {name: A, url: 'https://a.kz/rss', type: rss, language: kk, country: KZ, timezone: Asia/Aqtau}\n"
        "  - {name: B, url: 'https://b.kz/rss', type: rss, language: kk, country: KZ}\n"
    )
    assert [feed.timezone for feed in config.feeds] == ["Asia/Aqtau", ""]


@pytest.mark.parametrize("zone", ["Almaty", "UTC+5", "../../etc/passwd", "localtime", "5", "[Asia/Almaty]"])
def test_a_zone_that_is_no_iana_name_is_reported_with_its_line(zone):
    text = (f"feeds:\n  - name: A\n    url: https://a.kz/rss\n    type: rss\n    language: kk\n    country: KZ\n"
            f"    timezone: {zone}\n")
    with pytest.raises(FeedsConfigError) as caught:
        parse_feeds(text, "feeds.yaml")
    [problem] = caught.value.problems
    assert problem.startswith("feeds.yaml:7: feed #1 ('A'): field 'timezone' must be an IANA time zone name")
