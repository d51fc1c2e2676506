"""Records given as JSON lines become tagged articles; bad lines are reported, never fatal."""

from datetime import UTC, datetime

import pytest

from pipeline.store.load import BadRecord, LoadSummary, article_from_record, read_records

VISIT = {
    "id": "r-1",
    "title": "Tokayev arrives in Moscow on a state visit",
    "text": "President Kassym-Jomart Tokayev held talks with Vladimir Putin in the Kremlin on gas supplies.",
    "lang": "en",
}


def test_a_record_becomes_a_tagged_article_that_keeps_its_id():
    article = article_from_record(VISIT)
    assert article.record_id == "r-1"
    assert article.url == "https://record.invalid/r-1"
    assert {"KZ", "RU"} <= set(article.tags.countries)
    assert article.language == "en" and article.fetched_at is None
    assert article.minhash and article.fingerprint


def test_the_same_record_loaded_twice_is_the_same_document():
    assert article_from_record(VISIT).id == article_from_record(dict(VISIT)).id
    assert article_from_record(VISIT).id != article_from_record({**VISIT, "id": "r-2"}).id


def test_url_source_and_date_are_taken_when_given():
    article = article_from_record({**VISIT, "url": "https://example.kz/news/1", "source": "Example",
                                   "published_at": "2025-11-12T08:00:00Z"})
    assert article.source["domain"] == "example.kz" and article.source["name"] == "Example"
    assert article.published_at == datetime(2025, 11, 12, 8, tzinfo=UTC)


def test_a_record_without_title_takes_the_first_line_of_its_text():
    article = article_from_record({"id": "t", "lang": "en", "text": "Talks in Astana\nThe ministers met."})
    assert (article.title, article.body) == ("Talks in Astana", "The ministers met.")


@pytest.mark.parametrize("record, reason", [
    ([1, 2], "not a JSON object"),
    ({**VISIT, "id": ""}, "`id`"),
    ({**VISIT, "title": None}, "`title`"),
    ({**VISIT, "text": "   "}, "`text`"),
    ({**VISIT, "url": "javascript:alert(1)"}, "`url`"),
    ({**VISIT, "published_at": "yesterday"}, "`published_at`"),
    ({**VISIT, "source": ["x"]}, "`source`"),
])
def test_bad_records_say_why(record, reason):
    with pytest.raises(BadRecord, match=reason):
        article_from_record(record)


def test_bad_lines_are_counted_and_the_rest_go_on():
    import json

    lines = [json.dumps(VISIT), "{not json", "", json.dumps({**VISIT, "id": "r-2", "text": 5}),
             json.dumps({**VISIT, "id": "r-3"})]
    summary = LoadSummary()
    articles = list(read_records(lines, summary))
    assert [a.record_id for a in articles] == ["r-1", "r-3"]
    assert summary.lines == 5
    assert [problem.split(":")[0] for problem in summary.bad] == ["line 2", "line 4"]
