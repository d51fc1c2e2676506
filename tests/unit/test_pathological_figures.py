"""The two figures that judge a hostile input: growth of time in size, and cost per character."""

import time
from unittest.mock import patch

import pytest

from pipeline.bench import pathological
from pipeline.bench.pathological import GROWTH_BOUND, HostileInput, Report, Timing


def timing(seconds: float, quarter_seconds: float, chars: int = 400_000, name: str = "input") -> Timing:
    return Timing(name, "extract.paragraphs", chars, seconds, chars // 4, quarter_seconds,
                  normal_page_chars=2_000, normal_page_seconds=0.004)


def test_linear_time_grows_like_size_and_quadratic_like_its_square():
    assert timing(0.40, 0.10).growth == pytest.approx(1.0)
    assert timing(1.60, 0.10).growth == pytest.approx(2.0)


def test_growth_is_not_told_for_cheap_inputs_or_inputs_that_do_not_repeat():
    assert timing(0.004, 0.001).growth is None
    assert Timing("probe", "extract.page", 200, 0.01, 200, 0.01, 2_000, 0.004).growth is None


def test_cost_per_character_counts_short_inputs_as_a_page():
    assert timing(0.40, 0.10).cost_per_char == pytest.approx((0.40 / 0.004) / (400_000 / 2_000))
    assert Timing("probe", "extract.page", 200, 0.012, 200, 0.012, 2_000, 0.004).cost_per_char == pytest.approx(3.0)


def test_a_quadratic_input_fails_the_report_however_cheap_per_character():
    linear, quadratic = timing(0.40, 0.10, name="linear"), timing(0.64, 0.04, name="quadratic")
    assert quadratic.growth > GROWTH_BOUND
    report = Report(2_000, [linear, quadratic])
    assert report.steepest is quadratic
    assert not report.ok
    assert Report(2_000, [linear]).ok


def test_an_input_costly_per_character_fails_the_report():
    costly = timing(0.004 * 200 * 25, 0.004 * 50 * 25)  # 25 times a page's cost per character, linear
    assert not Report(2_000, [costly]).ok


def _calls_of(first_full_run_seconds: float) -> tuple[list[str], Report]:
    """`measure` over one short input whose function burns CPU on its first call at full size only, as a
    busy neighbour core would make it seem to."""
    calls = []
    item = HostileInput("probe", "probe", (), "ab" * 100, "ab" * 25)

    def function(text: str) -> None:
        calls.append(text)
        if text == item.text and calls.count(text) == 1:
            started = time.thread_time()
            while time.thread_time() - started < first_full_run_seconds:
                pass

    with patch.object(pathological, "targets", return_value={"probe": function}):
        return calls, pathological.measure([item])


def test_an_input_within_the_bounds_runs_once_at_full_size_and_the_quarter_always_three_times():
    calls, report = _calls_of(0.0)
    assert calls.count("ab" * 100) == 1
    assert calls.count("ab" * 25) == pathological.INPUT_RUNS
    assert report.ok


def test_a_full_run_over_a_bound_is_run_again_and_its_fastest_counted():
    calls, report = _calls_of(0.5)  # a hundred normal pages' time for a page's length of text
    assert calls.count("ab" * 100) == pathological.INPUT_RUNS
    assert report.ok and report.timings[0].seconds < 0.5
