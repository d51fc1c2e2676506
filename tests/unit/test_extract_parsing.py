"""The page parser: read as trafilatura's loader reads, every element an `HtmlElement`."""

import sys
import unicodedata

from lxml import etree
from lxml.html import HtmlElement

from pipeline.extract.parsing import MARKS_END, STREAM_SAFE_MARKS, parse_page, stream_safe


def test_a_page_in_a_declared_single_byte_encoding_is_decoded():
    page = ('<html><head><meta charset="windows-1251"></head>'
            "<body><p>Токаев провёл переговоры в Москве.</p></body></html>").encode("cp1251")
    tree = parse_page(page)
    assert tree is not None
    assert tree.xpath("string(//p)") == "Токаев провёл переговоры в Москве."


def test_a_string_declaring_its_own_encoding_is_parsed_as_bytes():
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Астана</p></body></html>'
    tree = parse_page(page)
    assert tree is not None and tree.xpath("string(//p)") == "Астана"


def test_text_that_is_not_html_is_refused():
    assert parse_page(b"just a line of plain text") is None
    assert parse_page(b"") is None


def test_form_elements_are_plain_html_elements_that_can_be_dropped():
    tree = parse_page(b"<html><body><form><input name='q'><label>Search</label></form><p>Story.</p></body></html>")
    assert tree is not None
    form = tree.xpath("//form")[0]
    assert all(type(element) is HtmlElement for element in form.iter())
    form.drop_tree()
    assert tree.xpath("string(//body)") == "Story."


def test_comments_and_processing_instructions_are_left_out():
    tree = parse_page(b"<html><body><!-- ad slot --><?php echo 1 ?><p>Story.</p></body></html>")
    assert tree is not None
    assert [element.tag for element in tree.iter()] == ["html", "body", "p"]


def test_characters_xml_forbids_are_taken_out_and_the_rest_kept():
    page = "<html><body><p>Ташкент\x00\x0b\ufffe, 3\x1f декабря</p></body></html>".encode("utf-8", "surrogatepass")
    tree = parse_page(page)
    assert tree is not None and tree.xpath("string(//p)") == "Ташкент, 3 декабря"


def test_an_xhtml_doctype_is_dropped_so_the_root_keeps_only_the_attributes_the_page_wrote():
    # Read with its doctype, libxml2 adds the DTD's defaults: a second xmlns and an xml:lang.
    page = (b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            b'<html xmlns="http://www.w3.org/1999/xhtml" lang="ky">\n<body><p>Bishkek</p></body></html>')
    tree = parse_page(page)
    assert tree is not None
    assert etree.tostring(tree).startswith(b'<html xmlns="http://www.w3.org/1999/xhtml" lang="ky">')


def test_a_self_closed_html_tag_still_gives_the_body():
    tree = parse_page(b'<html lang="ru"/>\n<body><p>Bishkek</p><p>Osh</p></body>')
    assert tree is not None and tree.xpath("//p/text()") == ["Bishkek", "Osh"]


def test_a_run_of_combining_marks_is_cut_to_the_stream_safe_length_and_writing_keeps_its_own():
    """A letter under more marks than Unicode's stream-safe format allows keeps the first 30; a word's own marks (a
    pointed Hebrew word, a Hindi word, a text in NFD) stay as they are, and a page in NFC is the same object."""
    hostile = "\u05d0" + "\u05b7\u0301" * 5000
    assert stream_safe(hostile) == hostile[:1 + STREAM_SAFE_MARKS]
    tree = parse_page(f"<html><body><p>{hostile} Астана</p></body></html>".encode())
    assert tree is not None and tree.xpath("string(//p)") == hostile[:1 + STREAM_SAFE_MARKS] + " Астана"
    for writing in ("שרײַבט זיך אײַן דאָ", "मेरा नाम राम है", unicodedata.normalize("NFD", "Lê Thị Hồng Gấm")):
        assert stream_safe(writing) == writing


def test_no_character_past_the_end_the_mark_runs_are_read_to_has_a_combining_class():
    assert not any(unicodedata.combining(chr(code)) for code in range(MARKS_END, sys.maxunicode + 1))
