import re

import pytest

from pipeline.extract.literals import Index, fold_letters, folded, needed_words, openings, widest


@pytest.mark.parametrize(("pattern", "words"), [
    ("напишите нам", {"напишите нам"}),
    ("(?:по)?ставьте лайк", {"ставьте лайк"}),  # an optional part needs nothing
    (r"\b(?:telegram|whatsapp)-канал", {"telegram-канал", "whatsapp-канал"}),
    (r"на (?:наш|мой) канал", {"на наш канал", "на мой канал"}),
    (r"подпис\w{0,4} на (?:наш|мой) канал", {"подпис"}),  # the smallest set of those it needs
    (r"[^.!?]{0,40}\b(?:читатели|зрители)", {"читатели", "зрители"}),
    (r"(?:join|follow)\w*|(?:share)+ this", {"join", "follow", "share"}),  # every branch needs one
])
def test_the_words_a_pattern_needs_are_found(pattern, words):
    assert needed_words(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"\bfå\b",  # too short to be filed
    r"@[a-z0-9_]{3,32}",
    r"(?i)subscribe",  # the index is read on text as written
    r"like|[^.]{0,9}",  # one branch needs nothing
])
def test_a_pattern_that_needs_no_word_is_not_filed(pattern):
    assert needed_words(pattern) is None


def test_the_index_names_every_pattern_a_line_matches_and_passes_over_the_others():
    patterns = ["напишите нам", r"\bfå\b", r"(?:join|follow) us", "subscribe"]
    index = Index(patterns)
    for line in ["напишите нам в telegram", "følg oss og få nyheter", "follow us", "a line of the story"]:
        candidates = index.candidates(line, openings(line))
        assert {number for number, pattern in enumerate(patterns) if re.search(pattern, line)} <= candidates
        assert 3 not in candidates  # "subscribe" is named only where its opening letters stand
    assert index.candidates("a line of the story", openings("a line of the story")) == {1}


def test_an_opening_names_a_pattern_only_where_the_line_holds_its_whole_needed_word():
    index = Index(["subscribe", "напишите нам", "join us|follow us"])
    line = "the subway line to Tashkent: напишем о ней позже, join the queue"
    assert index.candidates(line, openings(line)) == set()  # "sub", "нап" and "joi" open other words here
    line = "subscribe and follow us"
    assert index.candidates(line, openings(line)) == {0, 2}


@pytest.mark.parametrize(("written", "lower"), [
    ("JÚKLEP ALIŃ", "júklep alıń"),  # a Turkic capital I is a dotless ı lower-cased
    ("İNSTAGRAM", "instagram"),  # İ lower-cased to one letter, as the engine reads it
    ("ΟΔΟΣ ΣΟΦΙΑΣ", "οδοσ σοφιασ"),  # a final sigma is the sigma IGNORECASE takes it for
])
def test_a_folded_text_matches_a_folded_pattern_where_ignorecase_matches_the_text(written, lower):
    assert re.fullmatch(lower, written, re.IGNORECASE)
    assert re.fullmatch(fold_letters(lower), folded(written))


@pytest.mark.parametrize(("pattern", "most"), [
    (r"^(?:share|share this)$", 10),
    (r"[^.]{1,80}\.", 81),
    (r"source\s*:\s*.{0,60}", float("inf")),
])
def test_the_widest_match_of_a_pattern_is_measured(pattern, most):
    assert widest(pattern) == most
