"""The gazetteer data files validate: codes exist, names are unambiguous unless marked, CLDR is current."""

import pycountry
import pytest

from pipeline.tag import build_cldr
from pipeline.tag.gazetteer import Gazetteer, read_cldr, read_yaml

KNOWN_CODES = {c.alpha_2 for c in pycountry.countries} | {"XK"}
TOPIC_CODES = {
    "diplomacy", "energy", "trade_investment", "transport_logistics", "security_defense",
    "politics_governance", "resources_mining", "water_environment", "migration_labor", "culture_society",
}
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


def test_topics_are_the_guideline_codes():
    lexicon = read_yaml("topics.yaml")
    assert set(lexicon["topics"]) == TOPIC_CODES
    for topic, by_weight in lexicon["topics"].items():
        assert all(float(weight) > 0 for weight in by_weight), topic


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


def test_no_topic_term_is_listed_under_two_weights():
    for topic, by_weight in read_yaml("topics.yaml")["topics"].items():
        listed: dict[str, object] = {}
        for weight, terms in by_weight.items():
            for term in terms:
                assert listed.setdefault(str(term).casefold(), weight) == weight, (topic, term)
