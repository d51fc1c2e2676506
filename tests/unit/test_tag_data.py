"""The gazetteer data files validate: codes exist, names are unambiguous unless marked, CLDR is current."""

import unicodedata

import pycountry
import pytest

from pipeline.tag import build_cldr
from pipeline.tag.gazetteer import Gazetteer, normalise, read_cldr, read_yaml

KNOWN_CODES = {c.alpha_2 for c in pycountry.countries} | {"XK"}
TOPIC_CODES = {
    "diplomacy", "energy", "trade_investment", "transport_logistics", "security_defense",
    "politics_governance", "resources_mining", "water_environment", "migration_labor", "culture_society",
}
SPACED_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK"}
COUNTRY_KINDS = {"name", "demonym", "place", "body", "person"}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


def test_every_country_code_exists():
    codes = set(read_yaml("gazetteer.yaml")["countries"]) - {"US_STATE"}
    assert codes <= KNOWN_CODES, codes - KNOWN_CODES
    assert set(read_cldr()) <= KNOWN_CODES


def test_every_person_has_a_known_country_or_none():
    for person in read_yaml("persons.yaml")["persons"]:
        assert person["country"] in KNOWN_CODES | {""}, person["name"]
        assert person["aliases"], person["name"]


def test_regions_hold_known_countries():
    for name, region in read_yaml("regions.yaml")["regions"].items():
        assert set(region["countries"]) <= KNOWN_CODES, name
        assert region["aliases"], name


def test_topics_are_the_guideline_codes_and_concepts_are_per_language():
    lexicon = read_yaml("topics.yaml")["topics"]
    assert set(lexicon) == TOPIC_CODES
    for topic, concepts in lexicon.items():
        assert concepts, topic
        for concept, by_language in concepts.items():
            assert all(len(lang) == 2 and lang.islower() for lang in by_language), (topic, concept)
            assert all(terms for terms in by_language.values()), (topic, concept)


def test_ambiguous_aliases_name_a_known_country():
    for rule in read_yaml("gazetteer.yaml")["ambiguous"]:
        assert rule["code"] in KNOWN_CODES, rule
        assert rule.get("person_like") or rule.get("unless_present"), rule


def test_no_alias_points_at_two_countries_unless_marked_ambiguous(gazetteer):
    ambiguous = {rule["alias"].casefold() for rule in read_yaml("gazetteer.yaml")["ambiguous"]}
    clashes = {
        key: sorted({e.country for e in entries})
        for key, entries in gazetteer.entries_by_alias().items()
        if len({e.country for e in entries if e.kind in COUNTRY_KINDS and e.country}) > 1
        and key not in ambiguous
    }
    assert clashes == {}


def test_no_alias_names_two_people_or_two_organisations(gazetteer):
    for key, entries in gazetteer.entries_by_alias().items():
        for kind in ("person", "org"):
            assert len({e.target for e in entries if e.kind == kind}) <= 1, (key, kind)


def test_cldr_snapshot_matches_babel():
    assert read_cldr() == build_cldr.collect()


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Өзбекстан", ["Ózbekstan"]),
    ("Қырғызстан", ["Qyrǵyzstan"]),
    ("Ресей", ["Reseı"]),
    ("Түркия", ["Túrkııa", "Túrkıia"]),  # the table's glide of я, and the dotted one writers use
    ("Америка Құрама Штаттары", ["Amerıka Qurama Shtattary"]),
    ("АҚШ", ["AQSH"]),
])
def test_kazakh_names_are_spelled_in_the_latin_alphabet_of_2018(cyrillic, latin):
    assert build_cldr.kazakh_latin(cyrillic) == latin


def test_no_term_names_two_concepts_in_one_language():
    named: dict[tuple[str, str], str] = {}
    for topic, concepts in read_yaml("topics.yaml")["topics"].items():
        for concept, by_language in concepts.items():
            for lang, terms in by_language.items():
                for term in terms:
                    where = f"{topic}.{concept}"
                    assert named.setdefault((lang, str(term).casefold()), where) == where, (lang, term)


def test_a_term_in_an_unspaced_script_is_long_enough_not_to_hide_inside_words():
    for concepts in read_yaml("topics.yaml")["topics"].values():
        for by_language in concepts.values():
            for lang, terms in by_language.items():
                for term in terms:
                    if not term[0].isascii() and unicodedata.name(term[0]).split()[0] not in SPACED_SCRIPTS:
                        shortest = 2 if lang in ("zh", "ja", "ko") else 3  # a CJK character is a syllable or a word
                        assert len(term) >= shortest, (lang, term)


def test_terms_of_a_little_inflecting_language_take_only_its_own_endings(gazetteer):
    def concepts(text: str, lang: str) -> set[str]:
        return {m.entry.concept for m in gazetteer.find(text, lang) if m.entry.kind == "topic" and m.entry.lang == lang}

    assert "war" in concepts("two wars", "en")
    assert "war" not in concepts("a storm warning", "en")  # not war + the Uzbek genitive -ning
    assert "transit" not in concepts("the energy transition", "en")
    assert "water" in concepts("суға", "kk")  # the region's languages keep their endings


def test_every_not_term_holds_a_term_of_its_language(gazetteer):
    """A not-term guards a term against a word that only begins like it, or in a script matched anywhere
    a word that holds it (ტელევიზია, television, holds ვიზ, visa): one that guards nothing is stray."""
    aliases = gazetteer.entries_by_alias()
    for lang, words in read_yaml("topics.yaml")["not_terms"].items():
        assert lang in gazetteer.topic_languages, lang
        for word in words:
            key = normalise(word.rstrip("*")).strip()
            anywhere = unicodedata.name(key[0]).split()[0] not in SPACED_SCRIPTS
            parts = {key[i:j] for i in range(len(key) if anywhere else 1) for j in range(i + 2, len(key) + 1)}
            guarded = [
                part for part in parts - {key}
                if any(e.kind == "topic" and e.lang == lang for e in aliases.get(part, ()))
            ]
            assert guarded, (lang, word)


def test_aliases_read_in_one_language_name_known_countries_and_languages(gazetteer):
    for lang, countries in read_yaml("gazetteer.yaml")["read_only_in"].items():
        assert lang in gazetteer.topic_languages, lang
        assert set(countries) <= KNOWN_CODES, lang
    named = [*read_yaml("persons.yaml")["persons"], *read_yaml("organizations.yaml")["organizations"]]
    for person_or_body in named:
        assert set(person_or_body.get("read_only_in", {})) <= gazetteer.topic_languages, person_or_body["name"]
