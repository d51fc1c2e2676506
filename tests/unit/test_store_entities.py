import pytest

from pipeline.store.entities import resolve_entities

SPELLINGS = ["Tokayev", "Tokaev", "Toqaev", "Токаев", "Тоқаев", "Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_person_resolves_to_one_canonical_name(spelling):
    entities = resolve_entities(f"{spelling} energy")
    assert entities.named["persons"] == ["Kassym-Jomart Tokayev"]
    assert entities.rest.split() == ["energy"]


def test_several_entities_in_query_order():
    named = resolve_entities("Putin Tokayev SCO Uzbekistan").named
    assert named["persons"] == ["Vladimir Putin", "Kassym-Jomart Tokayev"]
    assert named["organizations"] == ["Shanghai Cooperation Organisation"]
    assert named["countries"] == ["UZ"]


def test_country_names_in_other_languages_resolve_to_the_code():
    assert resolve_entities("Казахстан").named["countries"] == ["KZ"]
    assert resolve_entities("O'zbekiston").named["countries"] == ["UZ"]


def nothing_named(query: str) -> bool:
    return not any(resolve_entities(query).named.values())


def test_negated_terms_are_excluded_not_expanded_and_stay_in_the_rest():
    entities = resolve_entities("gas -Putin NOT Kazakhstan")
    assert nothing_named("gas -Putin NOT Kazakhstan")
    assert entities.excluded["persons"] == ["Vladimir Putin"] and entities.excluded["countries"] == ["KZ"]
    assert entities.rest == "gas -Putin NOT Kazakhstan"


def test_all_caps_abbreviations_match_case_exactly_and_plain_words_resolve_nothing():
    assert nothing_named("sco")
    assert nothing_named("gas pipeline tariffs")
    assert nothing_named('"((" AND *')


def test_inflected_forms_resolve_like_the_tagger_reads_them():
    entities = resolve_entities("встреча с Токаевым")
    assert entities.named["persons"] == ["Kassym-Jomart Tokayev"]
    assert entities.rest.split() == ["встреча", "с"]


def test_places_and_demonyms_stay_words():
    assert nothing_named("Astana Kazakh Kremlin")


def test_a_region_is_a_concept_as_the_tagger_writes_it():
    entities = resolve_entities("India Central Asia")
    assert entities.concepts["regions"] == ["Central Asia"]
    assert entities.concepts["countries"] == ["IN"]


def test_a_query_s_topic_terms_name_their_concepts_in_every_language_and_negated_ones_none():
    assert "energy.nuclear_power" in resolve_entities("атомная электростанция").topic_concepts
    assert resolve_entities("nuclear power plant -uranium").topic_concepts == ["energy.nuclear_power"]


def test_a_query_is_read_with_the_tagger_s_context_rules_a_language_or_a_currency_names_no_country():
    assert "countries" not in resolve_entities("Kazakh language schools").concepts
    assert "countries" not in resolve_entities("курс доллара США").concepts
    assert resolve_entities("Kazakh schools").concepts["countries"] == ["KZ"]


def test_a_named_person_speaks_for_a_country_an_official_of_an_international_body_for_none():
    assert resolve_entities("Тоқаев Жапаров").stands_for == {"Kassym-Jomart Tokayev": "KZ", "Sadyr Japarov": "KG"}
    assert resolve_entities("Guterres").stands_for == {}
