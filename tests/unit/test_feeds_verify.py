"""feeds-verify: every enabled feed polled once over real HTTP on 127.0.0.1, judged like feed health."""

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from typer.testing import CliRunner

from pipeline.bench.loopback import static
from pipeline.cli import main_app
from pipeline.fetch.http import HttpClient, HttpPolicy
from pipeline.fetch.verify import verify_feeds
from pipeline.records import Feed
from tests.outlets import serve_outlets

NOW = datetime.now(UTC)
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=3.0, min_host_delay=0.0)
OLD_ITEM = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Archive</title><item><title>Переговоры о воде "
    "и торговле между соседями</title><link>/old</link><pubDate>{}</pubDate><description>Делегации "
    "договорились встретиться снова после консультаций с правительствами.</description></item></channel></rss>"
)
EMPTY = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>"


def feeds_of(servers) -> list[Feed]:
    wordpress, bitrix, sputnik = servers["wordpress"], servers["bitrix"], servers["sputnik"]
    bitrix.routes["/old.xml"] = static(OLD_ITEM.format(format_datetime(NOW - timedelta(days=40))).encode())
    bitrix.routes["/empty.xml"] = static(EMPTY)
    return [
        Feed(name="WordPress", url=wordpress.url("/feed/"), language="ru"),
        Feed(name="Pangea labelled Tajik", url=servers["pangea"].url("/api/"), language="tg"),
        Feed(name="HTML page", url=bitrix.url("/feed/"), language="ru"),
        Feed(name="Gone", url=bitrix.url("/gone.xml"), language="ru"),
        Feed(name="Empty", url=bitrix.url("/empty.xml"), language="ru"),
        Feed(name="Frozen", url=bitrix.url("/old.xml"), language="ru"),
        Feed(name="Sitemap index", url=sputnik.url("/sitemap_index.xml"), type="sitemap", language="ru"),
        Feed(name="Disabled", url=bitrix.url("/disabled.xml"), language="ru", enabled=False),
    ]


def test_each_enabled_feed_is_judged_by_what_it_answered():
    with serve_outlets("wordpress", "pangea", "bitrix", "sputnik", now=NOW) as servers:
        feeds = feeds_of(servers)
        with HttpClient(POLICY, ["127.0.0.1"]) as client:
            checks = verify_feeds(feeds, client, now=NOW)
        assert not servers["bitrix"].hits("/disabled.xml")
        assert not servers["wordpress"].hits("/2026/water-talks/")  # feeds only, never articles
    got = {c.feed.name: (c.outcome, c.http_status, c.figures.items, c.figures.language) for c in checks}
    assert got == {
        "WordPress": ("ok", 200, 2, "ru"),
        "Pangea labelled Tajik": ("wrong-language", 200, 2, "kk"),
        "HTML page": ("dead", 200, 0, ""),
        "Gone": ("dead", 404, 0, ""),
        "Empty": ("empty", 200, 0, ""),
        "Frozen": ("stale", 200, 1, "ru"),
        "Sitemap index": ("ok", 200, 2, "ru"),
    }
    reasons = {c.feed.name: c.reasons for c in checks}
    assert reasons["Pangea labelled Tajik"] == ["items are in 'kk', configured 'tg'"]
    assert reasons["Frozen"] == ["newest item is 40 days old (more than 14 allowed)"]
    assert reasons["HTML page"][0].startswith("not a feed (text/html")


def test_the_command_prints_a_table_and_fails_when_a_feed_is_dead_or_empty(tmp_path):
    with serve_outlets("wordpress", "pangea", "bitrix", "sputnik", now=NOW) as servers:
        entries = "".join(
            f"  - {{name: {feed.name!r}, url: {feed.url!r}, type: {feed.type}, language: {feed.language}, "
            f"country: KZ, enabled: {str(feed.enabled).lower()}}}\n"
            for feed in feeds_of(servers)
        )
        path = tmp_path / "feeds.yaml"
        path.write_text(f"feeds:\n{entries}allow_private_hosts: ['127.0.0.1']\nhttp: {{min_host_delay: 0}}\n")
        table = CliRunner().invoke(main_app(), ["feeds-verify", "--feeds", str(path)])
        rows = CliRunner().invoke(main_app(), ["feeds-verify", "--feeds", str(path), "--json",
                                               "--stale-after-days", "60"])
    assert table.exit_code == 1
    lines = table.output.splitlines()
    assert lines[0].split() == ["outcome", "http", "items", "age", "(d)", "language", "feed", "reasons"]
    assert any(line.split()[:5] == ["wrong-language", "200", "2", "0.1", "tg/kk"] for line in lines)
    assert lines[-1] == "dead 2, empty 1, stale 1, wrong-language 1, ok 2 of 7"
    frozen = next(json.loads(line) for line in rows.output.splitlines() if '"Frozen"' in line)
    assert frozen["outcome"] == "ok" and frozen["newest_age_days"] == 40.0


def test_the_command_exits_0_when_every_feed_answers_with_items(tmp_path):
    with serve_outlets("wordpress", "ghost", now=NOW) as servers:
        path = tmp_path / "feeds.yaml"
        path.write_text(
            "feeds:\n"
            f"  - {{name: A, url: '{servers['wordpress'].url('/feed/')}', type: rss, language: ru, country: KZ}}\n"
            f"  - {{name: B, url: '{servers['ghost'].url('/rss/')}', type: rss, language: en, country: KG}}\n"
            "allow_private_hosts: ['127.0.0.1']\nhttp: {min_host_delay: 0}\n"
        )
        result = CliRunner().invoke(main_app(), ["feeds-verify", "--feeds", str(path)])
        only_kyrgyz = CliRunner().invoke(main_app(), ["feeds-verify", "--feeds", str(path), "--country", "kg"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "dead 0, empty 0, stale 0, wrong-language 0, ok 2 of 2"
    assert only_kyrgyz.output.splitlines()[-1].endswith("ok 1 of 1") and " B " in only_kyrgyz.output
