from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.records import Tags
from pipeline.store.document import InvalidArticle, content_hash, to_source
from tests.fixtures.store.articles import make_article


def test_tags_are_flattened_to_top_level_fields_sorted_and_unique():
    article = make_article(tags=Tags(countries=["RU", "KZ", "KZ"], primary_countries=["KZ"],
                                     topics=["energy", "diplomacy"], persons=["Vladimir Putin"],
                                     organizations=["Eurasian Economic Union"], regions=["Central Asia"],
                                     central_asia=True))
    source = to_source(article)
    assert source["countries"] == ["KZ", "RU"]
    assert source["topics"] == ["diplomacy", "energy"]
    assert source["persons"] == ["Vladimir Putin"]
    assert source["organizations"] == ["Eurasian Economic Union"]
    assert source["regions"] == ["Central Asia"]
    assert source["central_asia"] is True
    assert "tags" not in source


def test_dates_are_utc_and_naive_dates_are_taken_as_utc():
    almaty = timezone(timedelta(hours=5))
    source = to_source(make_article(published_at=datetime(2025, 11, 3, 14, 0, tzinfo=almaty),
                                    fetched_at=datetime(2025, 11, 3, 9, 30)))
    assert source["published_at"] == "2025-11-03T09:00:00+00:00"
    assert source["fetched_at"] == "2025-11-03T09:30:00+00:00"


def test_every_article_is_its_own_cluster_unless_dedup_says_otherwise():
    alone = make_article(1)
    copy = make_article(2, cluster_id=alone.id, duplicate_of=alone.id)
    assert to_source(alone)["cluster_id"] == alone.id
    assert to_source(copy)["cluster_id"] == alone.id
    assert to_source(alone)["duplicate_of"] is None


def test_content_hash_ignores_write_time_but_not_content():
    article = make_article()
    first = to_source(article, datetime(2025, 1, 1, tzinfo=UTC))
    later = to_source(article, datetime(2026, 1, 1, tzinfo=UTC))
    assert first["indexed_at"] != later["indexed_at"]
    assert first["content_hash"] == later["content_hash"] == content_hash(later)
    assert to_source(replace(article, body="Edited body."))["content_hash"] != first["content_hash"]
    retagged = replace(article, tags=Tags(countries=["KZ", "UZ"]))
    assert to_source(retagged)["content_hash"] != first["content_hash"]


@pytest.mark.parametrize("changes, reason", [
    ({"id": ""}, "id"),
    ({"id": "x" * 513}, "id"),
    ({"url": "javascript:alert(1)"}, "url"),
    ({"title": "Hello <script>alert(1)</script>"}, "title"),
    ({"body": "Text <iframe src=//evil></iframe>"}, "body"),
    ({"body": "click javascript:void(0)"}, "body"),
    ({"pipeline": {"archive_ref": b"bytes"}}, "JSON"),
    ({"published_at": "2025-11-03"}, "date"),
])
def test_articles_that_break_the_contract_are_refused_with_a_reason(changes, reason):
    with pytest.raises(InvalidArticle, match=reason):
        to_source(make_article(**changes))


def test_plain_text_with_angle_brackets_is_kept():
    source = to_source(make_article(body="Growth was 3 < 5 percent & rising."))
    assert source["body"] == "Growth was 3 < 5 percent & rising."


def test_control_characters_are_not_stored_but_newlines_and_tabs_are():
    source = to_source(make_article(title="Talks\x1b[31m in\x00 Astana\x9b", body="One.\n\n\tTwo\x07."))
    assert source["title"] == "Talks[31m in Astana"
    assert source["body"] == "One.\n\n\tTwo."
