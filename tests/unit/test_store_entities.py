import pytest

from pipeline.store.entities import resolve_entities

SPELLINGS = ["Tokayev", "Tokaev", "Toqaev", "Токаев", "Тоқаев", "Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_person_resolves_to_one_canonical_name(spelling):
    persons, _, _ = resolve_entities(f"{spelling} energy")
    assert persons == ["Kassym-Jomart Tokayev"]


def test_several_entities_in_query_order():
    persons, organizations, countries = resolve_entities("Putin Tokayev SCO Uzbekistan")
    assert persons == ["Vladimir Putin", "Kassym-Jomart Tokayev"]
    assert organizations == ["Shanghai Cooperation Organisation"]
    assert countries == ["UZ"]


def test_country_names_in_other_languages_resolve_to_the_code():
    assert resolve_entities("Казахстан")[2] == ["KZ"]
    assert resolve_entities("O'zbekiston")[2] == ["UZ"]


def test_negated_terms_are_not_expanded():
    assert resolve_entities("gas -Putin NOT Kazakhstan") == ([], [], [])


def test_all_caps_abbreviations_match_case_exactly_and_plain_words_resolve_nothing():
    assert resolve_entities("sco")[1] == []
    assert resolve_entities("gas pipeline tariffs") == ([], [], [])
    assert resolve_entities('"((" AND *') == ([], [], [])


def test_inflected_forms_resolve_like_the_tagger_reads_them():
    assert resolve_entities("встреча с Токаевым")[0] == ["Kassym-Jomart Tokayev"]


def test_places_and_demonyms_stay_words():
    assert resolve_entities("Astana Kazakh Kremlin") == ([], [], [])
