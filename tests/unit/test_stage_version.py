"""A stage's version follows its files: the same files give the same version, any change a new one."""

from pathlib import Path

from pipeline.process import EXTRACTOR_VERSION
from pipeline.stage_version import DIGITS, stage_version
from pipeline.tag import TAGGER_VERSION


def _stage(folder: Path) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "rules.py").write_text("LIMIT = 3\n")
    (folder / "data" / "words.yaml").write_text("terms: [visit]\n")
    return folder


def test_the_same_files_give_the_same_version(tmp_path):
    assert stage_version(_stage(tmp_path / "a")) == stage_version(_stage(tmp_path / "b"))


def test_a_changed_data_file_changes_the_version(tmp_path):
    stage = _stage(tmp_path / "stage")
    before = stage_version(stage)
    (stage / "data" / "words.yaml").write_text("terms: [visit, summit]\n")
    assert stage_version(stage) != before


def test_a_renamed_file_or_a_library_changes_the_version(tmp_path):
    stage = _stage(tmp_path / "stage")
    before = stage_version(stage)
    assert stage_version(stage, "trafilatura") != before
    (stage / "rules.py").rename(stage / "other_rules.py")
    assert stage_version(stage) != before


def test_files_that_are_not_code_or_data_do_not_count(tmp_path):
    stage = _stage(tmp_path / "stage")
    before = stage_version(stage)
    (stage / "notes.txt").write_text("scratch\n")
    assert stage_version(stage) == before


def test_the_shipped_stages_have_versions():
    assert len(EXTRACTOR_VERSION) == len(TAGGER_VERSION) == DIGITS
    assert EXTRACTOR_VERSION != TAGGER_VERSION
