"""Aliases of one language are read only in that language's text, and never compete with the aliases it
reads; all sentences are written for these tests."""

from pipeline.tag.tagger import Tagger


def concepts(text: str, lang: str) -> set[str]:
    return {m.entry.concept for m in Tagger.load().gazetteer.find(text, lang) if m.entry.kind == "topic"}


def test_a_longer_term_of_another_language_does_not_hide_the_texts_own():
    # Spanish "firma" (signs) is the longest term at this word, but a Polish text reads only Polish
    # terms, where "firm*" names companies.
    assert "companies" in concepts("Firma z Gdańska otworzyła biuro w Taszkencie.", "pl")
    assert "agreement" not in concepts("Firma z Gdańska otworzyła biuro w Taszkencie.", "pl")
    assert "agreement" in concepts("El ministro firma el acuerdo en Astaná.", "es")

