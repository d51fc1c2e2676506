"""The page parser: read as trafilatura's loader reads, every element an `HtmlElement`."""

from lxml.html import HtmlElement

from pipeline.extract.parsing import parse_page


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
