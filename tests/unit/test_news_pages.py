"""The team's news texts served as plain article pages come out whole (`pipeline.bench.news_pages`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.bench.news_pages import SHAPES, NewsText, lost_paragraphs, page_of, read_news_texts

TRAINING_TEXTS = sorted((Path(__file__).parents[2] / "datasets" / "tagging").glob("train-*.jsonl"))
# Every eighth text of the training files: all their languages, a few seconds per shape.
SAMPLE = [text for text in read_news_texts(TRAINING_TEXTS) if isinstance(text, NewsText)][::8]
# Measured and left (BENCHMARKS.md): a route of two places after a dateline reads as an agency's name and is cut
# off with it ("AŞGABAT. Aşgabat – Türkmenabat ...", "TERMIZ. O‘zbekiston – Afg‘oniston chegarasidagi ...").
KNOWN_LOSSES = {"a-0119", "t-0036"}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_paragraph_of_the_sampled_news_texts_comes_out_of_its_page(shape):
    assert len(SAMPLE) > 300 and len({text.lang for text in SAMPLE}) >= 25
    lost = {text.id for text in SAMPLE if lost_paragraphs(text, shape)}
    assert lost == KNOWN_LOSSES & {text.id for text in SAMPLE}


def test_a_paragraph_the_rules_drop_is_reported_lost():
    text = NewsText("x-1", "en", "Rail talks", ["Ministers met in Astana on Monday to plan the new line.",
                                                "Share this article"])
    assert lost_paragraphs(text, "paragraphs") == ["Share this article"]


def test_markup_in_a_text_is_escaped_on_its_page():
    text = NewsText("x-2", "en'><script>", "<b>Title</b>", ["A <i>paragraph</i> about the <script>talks</script>."])
    page = page_of(text, "line breaks")
    assert "<script>" not in page and "&lt;i&gt;paragraph&lt;/i&gt;" in page


def test_broken_lines_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "texts.jsonl"
    lines = ['{"id": "a", "text": "Title\\nA paragraph."}', "not json", '{"id": "b", "text": "a title"}', "[1]", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    read = list(read_news_texts([path]))
    assert read[0] == NewsText("a", "", "Title", ["A paragraph."])
    assert [item.split(": ", 1)[1] for item in read[1:]] == [
        "not JSON (Expecting value)", *["needs an object whose 'text' has a title line and a paragraph"] * 2]
