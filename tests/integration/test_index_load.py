"""`index load` and search over what it loaded: inflected forms, subjects across languages, record ids."""

import json
import uuid

import pytest
from typer.testing import CliRunner

from pipeline.cli import main_app
from pipeline.store import index

pytestmark = pytest.mark.integration

# Written for this test: one story per line, each in the form an outlet in that language would print it.
RECORDS = [
    {"id": "ru-trade", "lang": "ru", "title": "Казахстан и Россия обсудили торговлю",
     "text": "Президент Казахстана Касым-Жомарт Токаев в Москве обсудил с Владимиром Путиным торговлю и "
             "новые поставки зерна. Стороны договорились увеличить товарооборот."},
    {"id": "kk-visit", "lang": "kk", "title": "Тоқаев Өзбекстанға сапармен барады",
     "text": "Қазақстанның Президенті Қасым-Жомарт Тоқаев келесі аптада Ташкентке мемлекеттік сапармен "
             "барады. Келіссөздерде Қазақстанның көлік дәліздері талқыланады."},
    {"id": "ru-water", "lang": "ru", "title": "Киргизия и Таджикистан договорились о воде",
     "text": "Бишкек и Душанбе подписали соглашение о распределении водных ресурсов реки Исфара. "
             "Новая плотина на границе будет работать по общему графику в летний сезон полива."},
    {"id": "en-football", "lang": "en", "title": "Astana club wins the cup",
     "text": "A football club from Astana won the national cup final on Sunday in front of a full stadium."},
    {"id": "ru-nuclear", "lang": "ru", "title": "Казахстан выбрал площадку для АЭС",
     "text": "Правительство Казахстана утвердило площадку у озера Балхаш для первой атомной электростанции. "
             "Строительство двух энергоблоков начнётся через два года."},
    {"id": "en-coal", "lang": "en", "title": "Ekibastuz coal power plant gets a new unit",
     "text": "A new 500-megawatt unit started work at the coal-fired power plant in Ekibastuz, adding electricity "
             "for the northern grid of Kazakhstan this winter."},
]


@pytest.fixture(scope="module")
def loaded(es, tmp_path_factory):
    alias = f"test-load-{uuid.uuid4().hex[:10]}"
    path = tmp_path_factory.mktemp("load") / "records.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in RECORDS] + ["{broken", '{"id": "x"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main_app(), ["index", "load", str(path), "--alias", alias])
    yield alias, path, result
    index.delete_all(es, alias)


def _record_ids(alias: str, query: str) -> list[str]:
    result = CliRunner().invoke(main_app(), ["search", query, "--json", "--alias", alias, "--all-copies"])
    assert result.exit_code == 0, result.output
    return [hit["record_id"] for hit in json.loads(result.stdout)["hits"]]


def test_good_records_are_indexed_and_bad_lines_reported(loaded):
    _, _, result = loaded
    assert result.exit_code == 0, result.output
    assert "6 articles from 8 lines, 2 bad" in result.stdout
    assert "line 7: not JSON" in result.stderr and "line 8: `text`" in result.stderr


def test_loading_again_changes_nothing(es, loaded):
    alias, path, _ = loaded
    again = CliRunner().invoke(main_app(), ["index", "load", str(path), "--alias", alias])
    assert "unchanged 6" in again.stdout
    assert es.count(index=alias)["count"] == 6


def test_an_inflected_word_finds_the_form_the_article_used(loaded):
    alias, _, _ = loaded
    assert _record_ids(alias, "торговля") == ["ru-trade"]  # the article says "торговлю"
    assert _record_ids(alias, "Қазақстан сапар")[0] == "kk-visit"  # "Қазақстанның", "сапармен"


def test_a_subject_in_english_reaches_articles_in_other_languages(loaded):
    alias, _, _ = loaded
    assert _record_ids(alias, "water sharing") == ["ru-water"]  # tagged water_environment


def test_the_query_s_topic_concept_ranks_the_article_naming_it_in_any_language_first(loaded):
    alias, _, _ = loaded
    # Both power plants are tagged energy and only the English one shares the query's words; the Russian
    # one names the concept itself ("атомной электростанции": energy.nuclear_power).
    assert _record_ids(alias, "nuclear power plant")[:2] == ["ru-nuclear", "en-coal"]


def test_two_leaders_find_their_countries_talks_where_neither_is_named(loaded):
    alias, _, _ = loaded
    # The water agreement names Bishkek and Dushanbe, not Japarov or Rahmon.
    assert _record_ids(alias, "Japarov Rahmon") == ["ru-water"]


def test_articles_sharing_the_query_s_rarer_concepts_come_first(loaded):
    alias, _, _ = loaded
    # No article has all three; the visit shares the two countries, the power plants Kazakhstan and energy,
    # which most articles here are tagged with.
    assert _record_ids(alias, "Kazakhstan Uzbekistan energy")[0] == "kk-visit"
