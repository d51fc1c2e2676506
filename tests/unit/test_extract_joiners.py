"""Zero-width joiners of Persian and Indic spelling kept through extraction, dropped where they spell nothing."""

from __future__ import annotations

from lxml.html import fromstring

from pipeline.extract import extract_article
from pipeline.extract.joiners import protect_joiners, restore_joiners

ZWNJ, ZWJ = "\u200c", "\u200d"
STORY = [
    f"نمایندگان دو کشور روز سه{ZWNJ}شنبه در هرات درباره تجارت مرزی و ترانزیت کالا گفتگو کردند.",
    f"کارشناسان می{ZWNJ}گویند این توافق هزینه حمل کالا را برای بازرگانان هر دو طرف کاهش می{ZWNJ}دهد.",
    f"قرار است گروه{ZWNJ}های کاری مشترک تا پایان زمستان گزارش خود را به وزیران ارائه کنند.",
    f"در پایان نشست، دو طرف بر ادامه همکاری{ZWNJ}های اقتصادی و فرهنگی در سال آینده تأکید کردند.",
]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>نشست هرات</title></head><body><article><h1>نشست هرات</h1>{body}</article></body></html>"


def test_the_non_joiner_of_persian_words_survives_extraction():
    assert extract_article(_page(STORY)).body.split("\n\n") == STORY


def test_a_joiner_outside_a_word_is_still_dropped():
    stray = [f"{ZWNJ}{STORY[0]} {ZWJ}", *STORY[1:]]
    assert extract_article(_page(stray)).body.split("\n\n") == STORY


def test_the_joiner_of_an_indic_conjunct_survives_extraction():
    sentence = f"सम्मेलन में क्{ZWJ}षेत्रीय व्यापार और पानी के बँटवारे पर विस्तार से चर्चा की गई।"
    story = [sentence, *(f"{sentence[:-1]} {n}।" for n in range(1, 4))]
    assert extract_article(_page(story)).body.split("\n\n") == story


def test_stand_ins_the_page_already_uses_are_never_taken_for_joiners():
    gothic = "\U00010330\U00010331"
    tree = fromstring(f"<div><p>سه{ZWNJ}شنبه <b>کار</b>{ZWNJ}ها</p><p>{gothic}</p></div>")
    table = protect_joiners(tree)
    text = tree.text_content()
    assert ZWNJ not in text and gothic in text
    assert restore_joiners(text, table) == f"سه{ZWNJ}شنبه کار{ZWNJ}ها{gothic}"


def test_a_page_using_every_stand_in_loses_its_joiners_but_not_its_letters():
    letters = "\U00010300\U00010301\U00010330\U00010331\U00010900\U00010901"
    tree = fromstring(f"<div><p>سه{ZWNJ}شنبه</p><p>{letters}</p></div>")
    assert protect_joiners(tree) == {}
    assert tree.text_content() == f"سه{ZWNJ}شنبه{letters}"


def test_a_page_without_joiners_is_left_as_it_is():
    tree = fromstring("<div><p>Tokayev met Japarov in Astana.</p></div>")
    assert protect_joiners(tree) == {}
    assert restore_joiners("Tokayev", {}) == "Tokayev"
