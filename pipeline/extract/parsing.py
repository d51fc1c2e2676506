"""A page's bytes as an lxml tree, read as trafilatura reads them, faster.

lxml.html's own parser picks each element's class by calling back into Python every time an element
object is made, and the stages here and trafilatura's passes make an object for every element many
times over: on the extraction dev set that lookup was a tenth of the time of a page. Every element is
made an `HtmlElement` in C instead; only the form classes of lxml.html (`FormElement`, `InputElement`
...) are given up, and nothing here or in trafilatura uses them.

The page goes to the parser as UTF-8 bytes, as it mostly comes, with the repairs of trafilatura's
loader done on the bytes: its regular expression over the whole decoded text took a third of the time
of parsing.

A run of combining marks is cut to the 30 that Unicode's stream-safe text format (UAX #15) allows after
a letter: no writing needs more, and trafilatura puts its text in NFC, which sorts a run of marks of
different classes in time growing with the square of its length (a page of one letter and a million
marks would hold a worker for hours; the budget is only checked between stages). Text already in NFC,
nearly every page, is told apart in C and passed as it is.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import decode_file, is_dubious_html

from pipeline.extract.dates import character_ranges

# trafilatura's parser settings: no id table, no doctype added, comments and processing instructions dropped.
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                     remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))

# Characters XML does not allow, which libxml2 trips on: the C0 controls but tab, line feed and carriage
# return (single bytes in UTF-8, never inside another character's bytes), and U+FFFE and U+FFFF. The two are
# searched for by their first byte, rare in text: `bytes.replace` steps by their last, which Cyrillic letters share.
_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NON_CHARACTERS = re.compile(rb"\xef\xbf[\xbe\xbf]")
# Two shapes of a page's first lines that libxml2 misreads: a doctype naming its DTD by an address (XHTML's:
# the DTD's defaults are added to the root), and an `<html .../>` that closes itself. Each tag ends at its first
# ">", so either is read in one scan.
_DOCTYPE = re.compile(rb"< ?! ?doctype[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_HEAD_BYTES = 4096
# A fragment that parses to one of these alone is no page; a date finder's clean-up drops them, root and all.
_NO_TEXT_TAGS = ("script", "style")
# Unicode's stream-safe text format: at most this many characters of a combining class other than 0 in a row.
STREAM_SAFE_MARKS = 30
# Every character of a combining class other than 0 is below this (the last, U+1E94A, is Adlam's): looking no
# further builds the pattern in a hundredth of a second, not half a second.
MARKS_END = 0x20000


@functools.cache
def _long_mark_run() -> re.Pattern:
    """A run of more than `STREAM_SAFE_MARKS` characters of a combining class other than 0 (all of Unicode's,
    whatever their category: a run mixing scripts' marks is sorted as one). Built on the first page that needs it."""
    marks = character_ranges(code for code in range(0x300, MARKS_END) if unicodedata.combining(chr(code)))
    return re.compile(f"([{marks}]{{{STREAM_SAFE_MARKS}}})[{marks}]+")


def stream_safe(text: str) -> str:
    """The text with every run of combining marks cut to the first `STREAM_SAFE_MARKS`."""
    if unicodedata.is_normalized("NFC", text):  # a long run out of its classes' order is never in NFC
        return text
    return _long_mark_run().sub(r"\1", text)


def _as_utf8(html: bytes | str) -> bytes:
    """The page in UTF-8, stream-safe: as given when it already is both, else decoded as trafilatura guesses and
    encoded again."""
    if not isinstance(html, bytes):
        return stream_safe(html).encode("utf-8", "replace")  # a lone surrogate of a str becomes "?"
    try:
        text = html.decode("utf-8")
    except UnicodeDecodeError:
        return stream_safe(decode_file(html)).encode("utf-8", "replace")
    safe = stream_safe(text)
    return html if safe is text else safe.encode("utf-8")


def _repaired(markup: bytes) -> bytes:
    """The page without the characters and the two shapes of its first lines that libxml2 cannot read."""
    markup = _NON_CHARACTERS.sub(b"", markup.translate(None, _CONTROLS))
    first_line_end = markup.find(b"\n")
    doctype = _DOCTYPE.match(markup, 0, first_line_end if first_line_end >= 0 else len(markup))
    if doctype and b"/" in doctype.group():
        markup = markup[doctype.end():]
    html_tag = _HTML_TAG.search(markup, 0, _HEAD_BYTES)
    if html_tag and html_tag.group().endswith(b"/>"):
        opened = html_tag.group()[:-2].rstrip() + b">"
        markup = markup[:html_tag.start()] + opened + markup[html_tag.end():]
    return markup


def parse_page(html: bytes | str) -> HtmlElement | None:
    """The page's tree, or None when it is not HTML: text that names no `html` and parses to a single element, or
    a fragment that is nothing but a script or a style sheet."""
    markup = _as_utf8(html)
    beginning = markup[:200].decode("utf-8", "ignore")[:50].lower()
    try:
        tree = fromstring(_repaired(markup), parser=_PARSER)
    except etree.LxmlError:  # nothing to parse
        return None
    if is_dubious_html(beginning) and len(tree) < 2:
        return None
    if tree.tag in _NO_TEXT_TAGS:  # "<body><script>...": a page that is one script holds nothing to read
        return None
    return tree
