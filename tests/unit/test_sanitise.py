"""One idea of unsafe text for every stage: control and format characters out, markup out, input bounded."""

import pytest

from pipeline.sanitise import MARKUP_ALLOWANCE, markup_free, without_controls, without_shown_markup


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("<p>Hello <b>world</b></p>", "Hello world"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;Safe", "Safe"),
        ("a < b and c > d", "a < b and c > d"),
        ("<scr<script>ipt>alert(1)</script>", "ipt>alert(1)"),
        ("Tab\tand\nnewline  spaces", "Tab and newline spaces"),
        ("Summit\x1b[2J in \u202eAstana\x00", "Summit[2J in Astana"),
    ],
)
def test_a_feed_field_becomes_one_line_of_markup_free_text(raw, text):
    assert markup_free(raw) == text


def test_a_feed_field_is_cut_to_its_length_and_its_input_bounded_before_parsing():
    assert markup_free("word " * 10_000, max_length=100) == ("word " * 20).strip()
    # Text past the allowance never reaches the parser, so a closing tag out there closes nothing.
    hidden = "<script>" + "x" * (100 * MARKUP_ALLOWANCE) + "</script>visible"
    assert "visible" not in markup_free(hidden, max_length=100)


@pytest.mark.parametrize(
    "unsafe",
    ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b", "\u200b", "\u202e", "\u2066", "\ufeff", "\ud800",
     "\ue000", "\U000f0000"],
)
def test_control_format_surrogate_and_private_characters_are_dropped(unsafe):
    assert without_controls(f"Tokayev{unsafe} met Japarov") == "Tokayev met Japarov"


def test_newlines_tabs_and_every_script_are_kept():
    text = "Токаев встретился с Мирзиёевым.\n\nҚазақстан\tO'zbekiston\u00a0Тоҷикистон 😀"
    assert without_controls(text) is text


@pytest.mark.parametrize(
    "word",
    ["سه\u200cشنبه", "می\u200cگویند", "کوردستان\u200cدا", "क्\u200dष", "ক্\u200cষ", "ان\u200dگ"],
)
def test_joiners_between_letters_are_spelling_and_stay(word):
    assert without_controls(f"{word}\x00 رسید") == f"{word} رسید"
    assert without_controls(word, " ", kept="") == word


@pytest.mark.parametrize(
    ("text", "safe"),
    [("\u200cسه", "سه"), ("سه\u200c", "سه"), ("سه \u200cشنبه", "سه شنبه"), ("a\u200c\u200cb", "ab"),
     ("1\u200c2", "12"), ("😀\u200d😀", "😀😀"), ("a\u200c\u202eb", "ab"), ("a\u200b\u200cb", "ab")],
)
def test_joiners_anywhere_else_are_dropped_with_every_other_invisible_character(text, safe):
    assert without_controls(text) == safe


def test_controls_may_be_replaced_and_newlines_dropped_where_one_line_is_wanted():
    assert without_controls("a\nb\x00c\td", " ", kept="") == "a b c d"


def test_markup_a_page_showed_as_text_goes_but_quoted_titles_stay():
    shown = 'The <b>summit</b><!-- note --> on <Water & Energy>: <script src="x.js"></script>done\x1b'
    assert without_shown_markup(shown) == "The summit on <Water & Energy>: done"
