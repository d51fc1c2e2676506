"""The trained decisions: deterministic training, a model file that validates, sensible tags.

Every text here was written for these tests (none is in the training set).
"""

import json
import math
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pipeline.cli import main_app
from pipeline.tag import tag_article
from pipeline.tag.model import MODEL_FILE, TOPIC_CODES, Decisions, ModelError, primary_likelihoods
from pipeline.tag.training import (
    Settings,
    data_digest,
    examples,
    fit_decisions,
    fit_logistic,
    folds_by_group,
    train,
)

DEMO_ARTICLES = Path(__file__).resolve().parents[2] / "demo" / "articles.yaml"
TRAINING_SET = Path(__file__).resolve().parents[2] / "datasets" / "tagging"

# A small labelled set: (lang, text with its title on the first line, primary, topics, central_asia).
LABELLED = [
    ("en", "Kazakhstan and China sign gas pipeline deal\nKazakhstan and China signed an agreement to expand "
     "the gas pipeline that carries Turkmen gas east. Gas supplies will grow next year.", ["CN", "KZ"],
     ["diplomacy", "energy"], True),
    ("en", "Uzbekistan opens new railway to Afghanistan\nUzbekistan opened a railway line for freight trains "
     "to Afghanistan. The rail corridor carries cargo and containers.", ["AF", "UZ"],
     ["transport_logistics"], True),
    ("en", "Brazil holds local elections\nVoters in Brazil elected mayors on Sunday. Turnout was high and the "
     "ruling party lost votes in the election.", ["BR"], ["politics_governance"], False),
    ("en", "Kyrgyz migrants send more money home\nMigrants from Kyrgyzstan working in Russia sent record "
     "remittances. Migration rose as more workers left.", ["KG", "RU"], ["migration_labor"], True),
    ("ru", "Таджикистан строит плотину\nТаджикистан продолжает строить плотину Рогунской ГЭС на реке Вахш. "
     "Вода водохранилища нужна для орошения.", ["TJ"], ["energy", "water_environment"], True),
    ("ru", "Учения ОДКБ прошли в Киргизии\nВоенные учения ОДКБ прошли в Киргизии. Войска отработали оборону "
     "границы.", ["KG"], ["security_defense"], True),
    ("en", "France wins football championship\nFrance won the football championship on Sunday. Fans "
     "celebrated the team's medal in the tournament.", ["FR"], ["culture_society"], False),
    ("en", "Uranium mining grows in Kazakhstan\nKazakhstan raised uranium mining output. Kazatomprom said "
     "the mines at new deposits produced more ore.", ["KZ"], ["resources_mining"], True),
    ("en", "Turkmenistan and Turkey discuss trade\nTurkmenistan and Turkey want to double trade turnover. "
     "Exports and investment grew, and a business forum met.", ["TM", "TR"], ["trade_investment"], True),
    ("de", "Deutschland und Usbekistan: Gespräche in Berlin\nDer Präsident Usbekistans führte in Berlin "
     "Gespräche. Beide Seiten unterzeichneten ein Abkommen.", ["DE", "UZ"], ["diplomacy"], True),
]


def _records(rows=LABELLED):
    return [
        {"id": f"t{i}", "lang": lang, "text": text, "countries": primary, "primary_countries": primary,
         "topics": topics, "central_asia": central_asia}
        for i, (lang, text, primary, topics, central_asia) in enumerate(rows)
    ]


def test_training_is_deterministic():
    first = train(examples(_records()), k=3).to_dict()
    second = train(examples(list(reversed(_records()))), k=3).to_dict()
    assert first == second
    assert first["settings"]["records"] == len(LABELLED)


def test_logistic_regression_learns_a_separable_feature():
    rows = [{"x": float(i % 2)} for i in range(20)]
    model = fit_logistic(rows, [bool(i % 2) for i in range(20)], l2=0.1)
    assert model.probability({"x": 1.0}) > 0.9 > 0.1 > model.probability({"x": 0.0})


def test_trained_decisions_tag_their_own_kind_of_text():
    decisions = fit_decisions(examples(_records()), Settings(topic_l2=0.3, primary_l2=0.3, central_asia_l2=0.3))
    reading = examples(_records([LABELLED[0]]))[0].reading
    assert "energy" in decisions.topics_of(reading)
    assert decisions.primary_of(primary_likelihoods(decisions.primary, reading)) == ["CN", "KZ"]


def test_the_shipped_model_loads_and_validates():
    decisions = Decisions.load()
    assert set(decisions.topics) == set(TOPIC_CODES)
    assert 0 < decisions.topic_threshold < 1 and 0 < decisions.primary_threshold < 1
    spec = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert Decisions.from_dict(spec).to_dict() == decisions.to_dict()
    assert spec["settings"]["records"] >= 100


def test_the_shipped_model_was_trained_on_the_training_set_as_it_stands():
    """A label corrected or a text added without retraining leaves the shipped tagger behind its data."""
    records = [
        json.loads(line)
        for path in sorted(TRAINING_SET.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    settings = Decisions.load().settings
    assert settings["records"] == len(records)
    assert settings["data_sha256"] == data_digest(records), (
        "retrain: python -m pipeline tag-train datasets/tagging/*.jsonl"
    )


def test_every_labelled_text_of_the_project_has_its_own_id():
    """Training, fresh and hard-case files are scored side by side and their errors cited by id: an id
    two files share would name two texts."""
    seen: dict[str, str] = {}
    for path in sorted(TRAINING_SET.parent.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if "text" not in record:
                continue  # judged search queries and second readings carry no text of their own
            first = seen.setdefault(record["id"], path.name)
            assert first == path.name, f"{record['id']} is in {first} and {path.name}"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda spec: spec["topics"].pop("energy"), "one model for each"),
        (lambda spec: spec.update(topic_threshold=1.5), "between 0 and 1"),
        (lambda spec: spec["primary"]["weights"].update(score=math.inf), "finite"),
        (lambda spec: spec["central_asia"].pop("weights"), "weights"),
    ],
)
def test_a_broken_model_is_refused_with_the_reason(change, complaint):
    spec = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    change(spec)
    with pytest.raises(ModelError, match=complaint):
        Decisions.from_dict(spec)


@pytest.mark.parametrize(
    ("lang", "text", "primary", "topic", "central_asia"),
    [
        ("en", "Turkmenistan to sell more gas to China\nTurkmenistan agreed to raise natural gas exports to "
         "China through a fourth line of the Central Asia-China gas pipeline. The gas field at Galkynysh will "
         "supply it.", {"TM", "CN"}, "energy", True),
        ("ru", "В Казахстане прошли выборы в маслихаты\nИзбиратели Казахстана голосовали на выборах депутатов "
         "местных маслихатов. Явка составила 60 процентов, сообщил избирательный комитет.", {"KZ"},
         "politics_governance", True),
        ("de", "Kirgisistan: Streit um Wasser des Flusses Naryn\nKirgisistan und Usbekistan streiten über das "
         "Wasser des Flusses Naryn. Der Stausee von Toktogul ist halb leer, die Bewässerung der Felder ist "
         "in Gefahr.", {"KG", "UZ"}, "water_environment", True),
        ("en", "Argentina's football team wins cup\nArgentina's national football team won the cup final in "
         "Buenos Aires. Thousands of fans celebrated the championship in the streets.", {"AR"},
         "culture_society", False),
    ],
)
def test_decisions_on_new_texts_are_sensible(lang, text, primary, topic, central_asia):
    tags = tag_article(text, lang=lang)
    assert set(tags.primary_countries) == primary
    assert topic in tags.topics
    assert tags.central_asia is central_asia


def test_the_seed_article_keeps_its_primary_countries_and_topics():
    seed = yaml.safe_load(DEMO_ARTICLES.read_text(encoding="utf-8"))["articles"][0]
    assert "Tokayev" in seed["title"] and "Moscow" in seed["title"]
    tags = tag_article("\n".join(seed["paragraphs"]), seed["title"], "en")
    assert tags.primary_countries == ["KZ", "RU"]
    assert {"diplomacy", "energy"} <= set(tags.topics)
    assert tags.central_asia is True


def test_train_stats_and_cross_validation_commands(tmp_path):
    labelled = tmp_path / "train.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in _records()] + ["not json", '{"id": "x", "text": "no labels"}']
    labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()

    stats = runner.invoke(main_app(), ["tag-stats", str(labelled)])
    assert stats.exit_code == 0, stats.output
    assert "10 records, 3 languages" in stats.stdout and "| energy | 2 |" in stats.stdout
    assert "skipped: not JSON" in stats.stderr and "skipped: needs a 'lang' code" in stats.stderr

    model = tmp_path / "model.json"
    trained = runner.invoke(main_app(), ["tag-train", str(labelled), "--out", str(model)])
    assert trained.exit_code == 0, trained.output
    assert Decisions.load(model).settings["records"] == 10

    evaluated = runner.invoke(main_app(), ["eval", "tagging", "--cv", str(labelled), "--dev", str(labelled)])
    assert evaluated.exit_code == 0, evaluated.output
    figures = json.loads(evaluated.stdout.strip().splitlines()[-1])
    assert figures["5-fold CV"]["records"] == 10 and figures["dev"]["records"] == 10
    assert "| en |" in evaluated.stdout and "| diplomacy |" in evaluated.stdout


def test_folds_by_group_keep_each_group_whole_and_near_equal():
    groups = ["a"] * 6 + ["b"] * 5 + ["c"] * 4 + ["d"] * 3 + ["e"] * 2 + ["f"] * 2
    split = folds_by_group(groups, k=3)
    assert sorted(i for fold in split for i in fold) == list(range(len(groups)))
    for fold in split:
        assert all(sum(groups[i] == g for i in fold) in (0, groups.count(g)) for g in set(groups))
    assert sorted(len(fold) for fold in split) == [7, 7, 8]
    with pytest.raises(ValueError, match="at least 3 groups, got 2"):
        folds_by_group(["a", "a", "b"], k=3)


def test_cross_validation_by_file_keeps_files_apart_and_needs_enough_files(tmp_path):
    records = _records()
    paths = []
    for n in range(5):
        path = tmp_path / f"writer-{n}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[2 * n:2 * n + 2]),
                        encoding="utf-8")
        paths.append(str(path))
    runner = CliRunner()

    evaluated = runner.invoke(main_app(), ["eval", "tagging", "--cv", "--by-file", *paths])
    assert evaluated.exit_code == 0, evaluated.output
    figures = json.loads(evaluated.stdout.strip().splitlines()[-1])
    assert figures["5-fold CV by file"]["records"] == 10

    too_few = runner.invoke(main_app(), ["eval", "tagging", "--cv", "--by-file", *paths[:2]])
    assert too_few.exit_code == 2
    assert "need at least 5 groups, got 2" in " ".join(too_few.output.replace("│", " ").split())
