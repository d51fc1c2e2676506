"""Page furniture found by its markup, pruned from the tree before any extractor reads it.

Gallery captions and lists of other stories read like article text once the markup is gone;
the markup still says what they are:

- captions without `figcaption`: a short line in small or italic type (or a span of its own),
  not a sentence, standing right after a block that holds only an image;
- lists of other stories: three or more items, each a short line with a link, most of them
  ending in it (a headline pointing to its story; the story's own lists of steps or sources
  link words inside their sentences).

Sizes are found in one pass from the leaves up and each check reads a bounded part of the tree,
so a hostile page costs time in proportion to its size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from lxml.html import HtmlElement

# Their text is not the page's.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
_CAPTION_MAX_CHARS = 150
# Elements read at most to tell a caption: a line in one or two inline elements.
_CAPTION_MAX_ELEMENTS = 4
# A sentence, or a line leading into what follows it (a table, a list), is the story's.
_SENTENCE_END = (".", "!", "?", "…", ":")
_CLOSING_MARKS = " \"'”’»)"
# A caption is set apart from the text by its type: small or italic, or a span of its own.
_CAPTION_TAGS = frozenset({"span", "small", "em", "i"})
_LINK_LIST_MIN_ITEMS = 3
_LINK_ITEM_MAX_CHARS = 160
# How deep the last link of an item is looked for: "<li><h4><a>Headline</a></h4></li>".
_LAST_LINK_MAX_DEPTH = 4
_LINK_ENDED_SHARE = 2 / 3
# What may follow the link and still end the item with it: "... <a>to get around</a>?".
_PUNCTUATION = " .,;:!?…)\"'”’»"
_BLOCK_TAGS = ("div", "section", "aside", "ul", "ol", "dl", "table")
_LINK_BLOCK_MIN_LINKS = 3
_LINK_BLOCK_SHARE = 0.8


@dataclass
class _Sizes:
    """What each element holds, found in one pass from the leaves up: characters of text, images, links."""

    text: dict[HtmlElement, int] = field(default_factory=dict)
    link_text: dict[HtmlElement, int] = field(default_factory=dict)
    links: dict[HtmlElement, int] = field(default_factory=dict)
    with_image: set[HtmlElement] = field(default_factory=set)

    @classmethod
    def of(cls, tree: HtmlElement) -> _Sizes:
        sizes = cls()
        for element in reversed(list(tree.iter())):
            if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
                continue
            inside, linked, links = len((element.text or "").strip()), 0, 0
            for child in element:
                inside += sizes.text.get(child, 0) + len((child.tail or "").strip())
                linked += sizes.link_text.get(child, 0)
                links += sizes.links.get(child, 0)
                if child in sizes.with_image:
                    sizes.with_image.add(element)
            if element.tag == "a":
                linked, links = inside, links + 1
            elif element.tag == "img":
                sizes.with_image.add(element)
            sizes.text[element], sizes.link_text[element], sizes.links[element] = inside, linked, links
        return sizes


def _is_image_only(element: HtmlElement | None, sizes: _Sizes) -> bool:
    return (element is not None and element in sizes.with_image and sizes.text.get(element, 1) == 0
            and not (element.tail or "").strip())


def _is_set_apart(element: HtmlElement) -> bool:
    """Small or italic type, or a span: the element itself, or its one child holding all its text."""
    if element.tag in _CAPTION_TAGS:
        return True
    return (len(element) == 1 and element[0].tag in _CAPTION_TAGS and not (element.text or "").strip()
            and not (element[0].tail or "").strip())


def _image_captions(tree: HtmlElement, sizes: _Sizes) -> Iterator[HtmlElement]:
    """Short lines, not sentences, right after a block that holds only an image."""
    for element in tree.iter("p", "div", *_CAPTION_TAGS):
        # A caption is a line with little markup; the bound keeps reading its text cheap.
        if not 0 < sizes.text.get(element, 0) <= _CAPTION_MAX_CHARS \
                or next(islice(element.iter(), _CAPTION_MAX_ELEMENTS, None), None) is not None:
            continue
        if not _is_set_apart(element) or element.text_content().rstrip(_CLOSING_MARKS).endswith(_SENTENCE_END):
            continue
        before = element.getprevious()
        while before is not None and before.tag == "br" and not (before.tail or "").strip():
            before = before.getprevious()
        if _is_image_only(before, sizes):
            yield element


def _ends_in_link(item: HtmlElement) -> bool:
    """The item's last words are a link's: a headline pointing to its story, not an instruction with a link."""
    node = item
    for _ in range(_LAST_LINK_MAX_DEPTH):
        if node.tag == "a":
            return True
        if not len(node) or (node[-1].tail or "").strip(_PUNCTUATION):
            return False
        node = node[-1]
    return False


def _link_lists(tree: HtmlElement, sizes: _Sizes) -> Iterator[HtmlElement]:
    """Lists whose every item is a short line ending in a link: other stories, not the story's own list."""
    for listing in tree.iter("ul", "ol"):
        items = [child for child in listing if child.tag == "li"]
        if len(items) < _LINK_LIST_MIN_ITEMS or not all(
                0 < sizes.text.get(item, 0) <= _LINK_ITEM_MAX_CHARS and sizes.links.get(item, 0) for item in items):
            continue
        if sum(_ends_in_link(item) for item in items) >= _LINK_ENDED_SHARE * len(items):
            yield listing


def _holders_of_longest_paragraph(tree: HtmlElement, sizes: _Sizes) -> set[HtmlElement]:
    longest = max(tree.iter("p"), key=lambda p: sizes.text.get(p, 0), default=None)
    return set() if longest is None else {longest, *longest.iterancestors()}


def _link_blocks(tree: HtmlElement, sizes: _Sizes) -> Iterator[HtmlElement]:
    """Blocks whose text is almost all links: menus, teaser boxes, lists of headlines.

    Never one that holds the page's longest paragraph: on a page with long lists of other stories
    the story's own container may have more linked text than not.
    """
    story = _holders_of_longest_paragraph(tree, sizes)
    for element in tree.iter(*_BLOCK_TAGS):
        text = sizes.text.get(element, 0)
        if text and element not in story and sizes.links.get(element, 0) >= _LINK_BLOCK_MIN_LINKS \
                and sizes.link_text.get(element, 0) >= _LINK_BLOCK_SHARE * text:
            yield element


RULES = (_image_captions, _link_lists, _link_blocks)


def prune_furniture(tree: HtmlElement) -> HtmlElement:
    """The tree without the elements its markup marks as furniture."""
    sizes = _Sizes.of(tree)
    found = [element for rule in RULES for element in rule(tree, sizes)]
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()
    return tree
