"""The two figures that judge a hostile input: growth of time in size, and cost per character."""

import pytest

from pipeline.bench.pathological import GROWTH_BOUND, Report, Timing


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
