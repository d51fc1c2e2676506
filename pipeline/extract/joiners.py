"""Zero-width joiners carried through trafilatura, which drops every character that does not print.

The zero-width non-joiner and joiner (U+200C, U+200D) are part of the spelling of Persian, Urdu, Pashto,
Kurdish and the Indic scripts: without them the Persian word for Tuesday (three, joiner, Shanbe) reads
as one run of letters. Before the extractors read the tree, each joiner in its text is replaced by a
printable letter the page does not use, and after them the letter is turned back; `pipeline.sanitise`
then keeps the joiners that stand between two letters and drops the rest. Both steps are one pass over
the text (`str.translate`).
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from pipeline.sanitise import JOINERS

# Letters of historic scripts that no news page in the region's languages uses: stand-ins must print,
# so trafilatura keeps them, and be letters, so they stay inside their word.
_STAND_IN_PAIRS = ("\U00010300\U00010301", "\U00010330\U00010331", "\U00010900\U00010901")
# Whether the page's text holds either letter of a pair, asked of its whole text at once: a few times faster
# than asking each text node, which is done only when the answer is yes.
_HOLDS = etree.XPath("contains(string(/), $first) or contains(string(/), $second)")
_TEXTS_HOLDING = etree.XPath("//text()[contains(., $first) or contains(., $second)]")


def _texts_holding(tree: HtmlElement, pair: str) -> list:
    return _TEXTS_HOLDING(tree, first=pair[0], second=pair[1]) if _HOLDS(tree, first=pair[0], second=pair[1]) else []


def _unused_stand_ins(tree: HtmlElement) -> str | None:
    return next((pair for pair in _STAND_IN_PAIRS if not _texts_holding(tree, pair)), None)


def protect_joiners(tree: HtmlElement) -> dict[int, int]:
    """Replace, in place, the joiners of the tree's text by stand-in letters; returns the table that
    `restore_joiners` takes (empty when the page has no joiner or uses every stand-in itself)."""
    texts = _texts_holding(tree, JOINERS)
    stand_ins = _unused_stand_ins(tree) if texts else None
    if stand_ins is None:
        return {}
    forward = str.maketrans(JOINERS, stand_ins)
    for text in texts:
        parent = text.getparent()
        if text.is_tail:
            parent.tail = text.translate(forward)
        else:
            parent.text = text.translate(forward)
    return str.maketrans(stand_ins, JOINERS)


def restore_joiners(text: str, table: dict[int, int]) -> str:
    """The joiners back in place of their stand-ins."""
    return text.translate(table) if table else text
