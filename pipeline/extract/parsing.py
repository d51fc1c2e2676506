"""A page's bytes as an lxml tree, read as trafilatura reads them, on a parser that hands out elements faster.

lxml.html's own parser picks each element's class by calling back into Python every time an element
object is made, and the stages here and trafilatura's passes make an object for every element many
times over: on the extraction dev set that lookup was a tenth of the time of a page. Every element is
made an `HtmlElement` in C instead; only the form classes of lxml.html (`FormElement`, `InputElement`
...) are given up, and nothing here or in trafilatura uses them.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import decode_file, is_dubious_html, repair_faulty_html

# trafilatura's parser settings: no id table, no doctype added, comments and processing instructions dropped.
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                     remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))


def _parsed(markup: str | bytes) -> HtmlElement | None:
    try:
        return fromstring(markup, parser=_PARSER)
    except (ValueError, etree.LxmlError):  # ValueError: a string that declares its own encoding
        return None


def parse_page(html: bytes | str) -> HtmlElement | None:
    """The page's tree, or None when it is not HTML.

    As trafilatura's `load_html`: the encoding is guessed, markup libxml2 trips on is repaired, a string
    it refuses is parsed again as UTF-8 bytes, and text that names no `html` and parses to a single
    element is refused.
    """
    text = decode_file(html)
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree = _parsed(text)
    if tree is None or len(tree) < 1:
        tree = _parsed(text.encode("utf8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree
