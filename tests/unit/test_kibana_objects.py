"""The saved objects in kibana/ are checked structurally: Kibana itself can't run here."""

import json
import re

import pytest

from pipeline.store.kibana import SAVED_OBJECTS
from pipeline.store.mapping import LANGUAGE_ANALYZERS, article_mappings

KQL_FIELD = re.compile(r"([\w.]+)\s*:")
AGG_FIELD_TYPES = {"date_histogram": {"date"}, "terms": {"keyword", "boolean"}}
CENTRAL_ASIA = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]


def _flatten(properties: dict, prefix: str = "") -> dict[str, str]:
    fields = {}
    for name, spec in properties.items():
        path = f"{prefix}{name}"
        if "properties" in spec:
            fields.update(_flatten(spec["properties"], f"{path}."))
            continue
        fields[path] = spec.get("type", "object")
        for sub, sub_spec in spec.get("fields", {}).items():
            fields[f"{path}.{sub}"] = sub_spec["type"]
    return fields


# The minimal mapping (no language analyzers) is the one every field must exist in.
MAPPED = _flatten(article_mappings([])["properties"])


@pytest.fixture(scope="module")
def objects():
    lines = SAVED_OBJECTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _by_type(objects, kind):
    return [o for o in objects if o["type"] == kind]


def test_every_line_is_a_saved_object_with_a_unique_id(objects):
    for obj in objects:
        assert {"id", "type", "attributes", "references"} <= set(obj)
    ids = [o["id"] for o in objects]
    assert len(ids) == len(set(ids))


def test_every_reference_resolves(objects):
    known = {(o["type"], o["id"]) for o in objects}
    for obj in objects:
        for reference in obj["references"]:
            assert (reference["type"], reference["id"]) in known, (obj["id"], reference)


def test_data_view_uses_the_alias_with_published_at_as_time_field(objects):
    [view] = _by_type(objects, "index-pattern")
    assert view["attributes"]["title"] == "news-articles"
    assert MAPPED[view["attributes"]["timeFieldName"]] == "date"


def _search_source(obj) -> dict:
    return json.loads(obj["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])


def test_search_sources_name_their_data_view_reference_and_use_mapped_fields(objects):
    for obj in _by_type(objects, "search") + _by_type(objects, "visualization"):
        source = _search_source(obj)
        assert source["indexRefName"] in {r["name"] for r in obj["references"]}
        for field in KQL_FIELD.findall(source["query"]["query"]):
            assert field in MAPPED, (obj["id"], field)


def test_saved_searches_cover_diplomacy_and_each_central_asian_country(objects):
    searches = _by_type(objects, "search")
    titles = " ".join(o["attributes"]["title"] for o in searches)
    assert "Central Asian diplomacy" in titles
    for country in CENTRAL_ASIA:
        assert country in titles
    for obj in searches:
        for column in obj["attributes"]["columns"]:
            assert column in MAPPED, (obj["id"], column)
        for field, _order in obj["attributes"]["sort"]:
            assert MAPPED[field] in {"date", "keyword"}


def test_visualisations_aggregate_fields_of_the_right_type(objects):
    visualisations = _by_type(objects, "visualization")
    used = set()
    for obj in visualisations:
        state = json.loads(obj["attributes"]["visState"])
        for agg in state["aggs"]:
            field = agg["params"].get("field")
            if field is None:
                continue
            used.add(field)
            assert MAPPED.get(field) in AGG_FIELD_TYPES[agg["type"]], (obj["id"], field, agg["type"])
    assert {"published_at", "primary_countries", "topics", "source.name", "persons"} <= used


def test_dashboard_panels_resolve_to_the_visualisations_and_latest_articles(objects):
    [dashboard] = _by_type(objects, "dashboard")
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    names = {r["name"]: r for r in dashboard["references"]}
    assert [p["panelRefName"] for p in panels] == list(names)
    referenced = {names[p["panelRefName"]]["id"] for p in panels}
    assert {o["id"] for o in _by_type(objects, "visualization")} <= referenced
    assert "search-latest-articles" in referenced
    assert all(p["gridData"]["x"] + p["gridData"]["w"] <= 48 for p in panels)


def test_language_subfields_are_optional_so_no_object_relies_on_them():
    text = SAVED_OBJECTS.read_text(encoding="utf-8")
    for sub in LANGUAGE_ANALYZERS:
        assert f"title.{sub}" not in text and f"body.{sub}" not in text


# The migration versions an 8.19 export carries for each type: Kibana runs no migration on objects at
# these versions, so their attributes must already have the current shape (checked below).
TYPE_MIGRATION_VERSIONS = {"index-pattern": "8.0.0", "search": "10.5.0", "visualization": "8.5.0",
                           "dashboard": "10.3.0"}


def test_objects_carry_the_migration_versions_of_an_8_19_export(objects):
    for obj in objects:
        assert obj["coreMigrationVersion"] == "8.8.0", obj["id"]
        assert obj["typeMigrationVersion"] == TYPE_MIGRATION_VERSIONS[obj["type"]], obj["id"]


def _params(obj) -> dict:
    return json.loads(obj["attributes"]["visState"])["params"]


def test_pie_charts_use_the_legend_setting_of_8_1_and_later(objects):
    pies = [o for o in _by_type(objects, "visualization") if _params(o).get("type") == "pie"]
    assert pies
    for pie in pies:
        assert _params(pie)["legendDisplay"] == "show" and "addLegend" not in _params(pie)


def test_bar_chart_axes_say_how_their_labels_are_turned(objects):
    bars = [o for o in _by_type(objects, "visualization") if "categoryAxes" in _params(o)]
    assert len(bars) == 2
    for bar in bars:
        for axis in _params(bar)["categoryAxes"] + _params(bar)["valueAxes"]:
            assert axis["labels"]["rotate"] == 0, (bar["id"], axis["id"])
