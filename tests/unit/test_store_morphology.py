"""Inflected forms meet through `stems.*`: what an article stores and what a query word looks for."""

import pytest

from pipeline.store import morphology


def _meet(article_word: str, lang: str, query_word: str) -> bool:
    stored = set(morphology.stems(article_word, lang).split())
    wanted = set(morphology.query_forms(morphology.words(query_word)[0]))
    return bool(stored & wanted)


@pytest.mark.parametrize("article_word, lang, query_word", [
    ("торговлю", "ru", "торговля"),
    ("Токаеву", "ru", "Токаев"),
    ("visits", "en", "visited"),
    ("Қазақстанның", "kk", "Қазақстан"),
    ("Қазақстанда", "kk", "Қазақстанға"),
    ("келіссөздер", "kk", "келіссөз"),
    ("Oʻzbekistonda", "uz", "O'zbekiston"),
    ("Ўзбекистонга", "uz", "Ўзбекистон"),
    ("Кыргызстандын", "ky", "Кыргызстан"),
    ("Türkmenistanda", "tk", "Türkmenistan"),
    ("Azərbaycanın", "az", "Azərbaycan"),
    ("Тоҷикистонро", "tg", "Тоҷикистон"),
    ("Energiepolitik", "de", "energiepolitik"),
])
def test_inflected_forms_of_one_word_meet(article_word, lang, query_word):
    assert _meet(article_word, lang, query_word)


@pytest.mark.parametrize("article_word, lang, query_word", [
    ("газ", "ru", "газета"),
    ("сапар", "kk", "сауда"),
    ("visa", "en", "visit"),
])
def test_different_words_stay_apart(article_word, lang, query_word):
    assert not _meet(article_word, lang, query_word)


def test_apostrophes_and_yo_are_folded_and_case_lowered():
    assert morphology.words("Oʻzbekiston O‘zbekiston Ёлка") == ["o'zbekiston", "o'zbekiston", "елка"]


def test_a_language_without_rules_keeps_its_words():
    assert morphology.stems("北京 會談 Talks", "zh") == "北京 會談 talks"
    assert morphology.stems("Talks held", None) == "talks held"


def test_every_language_with_endings_has_sane_rules():
    for lang, (min_stem, slots) in morphology._suffix_rules().items():
        assert min_stem >= 3, lang
        assert slots and all(slot and all(ending == ending.lower() for ending in slot) for slot in slots), lang


def test_hostile_text_is_bounded():
    text = "а" * (morphology.MAX_CHARS * 3)
    assert morphology.stems(text, "kk") == "а" * morphology.MAX_CHARS  # one junk word, kept, not cut
    assert morphology.stems("'" * 10_000 + "x", "uz") == "x"
