"""What each element of a page holds, measured once, and where the story is: what every rule of the markup
reads.

The story, which the rules spare, is held by the page's longest paragraph and by the block with the most text
in its paragraphs, and by their ancestors.

Sizes are found in one pass from the leaves up and each check reads a bounded part of the tree,
so a hostile page costs time in proportion to its size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, word_count

# Elements whose text is not the page's: code and templates.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
# A caption or a credit: a short line of so many characters at most.
CAPTION_MAX_CHARS = 150
# A caption is set apart from the text by its type: small or italic, or a span of its own.
CAPTION_TAGS = frozenset({"span", "small", "em", "i"})
# AMP pages show their images with a custom element.
IMAGE_TAGS = frozenset({"img", "amp-img"})
# An embedded video's player, which stands where a picture would: a standfirst may stand over it, a title under it.
_PLAYER_TAGS = ("iframe", "video")
# A short line: a headline in a list of links, a box's line, a pitch.
LINK_ITEM_MAX_CHARS = 160
# Blocks that may be a menu, a box of links or a comment thread.
BLOCK_TAGS = ("div", "section", "aside", "ul", "ol", "dl", "table")
# A box beside the story is short. A sign-up box: its heading, a promise, the field and a line of small print; a poll:
# its question, the answers, the button and the count of votes; an advertiser's slot; a service's box among the story's
# paragraphs.
BOX_MAX_CHARS = 400
# An `address` is a desk's contact lines (its hours, a telephone) set as a box of its own.
BOX_TAGS = ("div", "aside", "section", "address")
# Sub-headings: a box's, a comment area's, the story's sections'.
HEADING_TAGS = frozenset({"h2", "h3", "h4"})
# Only the start of a class or id attribute is read: a hostile page may make them as long as it likes.
NAME_MAX_CHARS = 200
# A paragraph in a `div`: text and inline elements only.
INLINE_TAGS = frozenset({"span", "a", "b", "strong", "em", "i", "small", "sup", "sub", "br"})
# A paragraph of the story set in a block's text: a sentence of so many words at least.
PARAGRAPH_MIN_WORDS = 10
# Elements read at most in a block written as a paragraph, or on one line of a block.
PROSE_BLOCK_MAX_ELEMENTS = 20
# A box set among the story's paragraphs: a paragraph of the story within this many siblings on each side.
PARAGRAPH_NEAR_SIBLINGS = 3
# A component's wrappers round its text block: Drupal Paragraphs' item, paragraph and field.
COMPONENT_WRAPPER_LEVELS = 3
# The siblings read for them, the empty breaks of blank lines among them: two a line at most.
NEAR_SIBLINGS_WITH_BREAKS = 3 * PARAGRAPH_NEAR_SIBLINGS
# A paragraph written as a `div` beside a box holds no more characters than this: a longer one is a block of the page.
PROSE_DIV_MAX_CHARS = 2000
# Besides blocks, a figure (a reader's photo with its label and "send yours") and a quote set apart (a pull quote)
# may be such a box.
AMONG_PARAGRAPHS_TAGS = (*BOX_TAGS, "figure", "blockquote")
# A table's cells, read as the lines of a table of one column.
_ONE_COLUMN_CELL_TAGS = ("td", "th")
# A table's rows, its own or its sections' (`thead`, `tbody`, `tfoot`).
TABLE_ROWS = etree.XPath("./tr|./*/tr")
# The marks a name's word may hold between its letters.
_NAME_WORD_MARKS = str.maketrans("", "", "-.'")
# The tags that set a title, a label or a lead-in in bold.
BOLD_TAGS = ("b", "strong")


class Held(NamedTuple):
    """What an element holds: characters of text, of them inside links, links, and whether an image."""

    text: int = 0
    link_text: int = 0
    links: int = 0
    image: bool = False

    @property
    def is_one_link(self) -> bool:
        """All its text is one link's: a box's button."""
        return self.links == 1 and self.link_text == self.text


NOTHING = Held()
_new_tuple = tuple.__new__


class Page(NamedTuple):
    """The tree, what each element holds, and the elements holding the story, in the page's order (`in_page_order`)."""

    tree: HtmlElement
    held: dict[HtmlElement, Held]
    story: dict[HtmlElement, None]


def in_page_order(elements: set[HtmlElement], tree: HtmlElement) -> dict[HtmlElement, None]:
    """The elements in the page's order. A set of elements iterates in the order of their addresses, which differ from
    run to run: the rules that move text from one holder to another would give a page a different body on another
    run."""
    return dict.fromkeys(element for element in tree.iter(etree.Element) if element in elements)


def measured(tree: HtmlElement) -> dict[HtmlElement, Held]:
    """What each element holds, found in one pass from the leaves up (no recursion, no subtree re-read).

    Elements that hold nothing are left out (read as `NOTHING`), and each `Held` is made by the tuple's own
    constructor: the named tuple's is a Python call, and this walk makes one for every element of the page.
    """
    held: dict[HtmlElement, Held] = {}
    for element in reversed(list(tree.iter(etree.Element))):
        tag = element.tag
        if tag in _NOT_TEXT:
            continue
        text, linked, links, image = len((element.text or "").strip()), 0, 0, tag in IMAGE_TAGS
        if len(element):
            for child in element:
                text += len((child.tail or "").strip())
                inside = held.get(child)
                if inside:
                    text, linked, links = text + inside.text, linked + inside.link_text, links + inside.links
                    image = image or inside.image
        if tag == "a":
            linked, links = text, links + 1
        if text or links or image:
            held[element] = _new_tuple(Held, (text, linked, links, image))
    return held


def block_text(element: HtmlElement) -> str:
    """The element's text as a reader sees it: every run of white space one space."""
    return " ".join(element.text_content().split())


def is_image_only(element: HtmlElement | None, held: dict[HtmlElement, Held]) -> bool:
    if element is None:
        return False
    inside = held.get(element, NOTHING)
    return inside.image and not inside.text and not (element.tail or "").strip()


def holds_a_player(element: HtmlElement) -> bool:
    """The element is or holds an embedded video's player (an `iframe` or a `video`)."""
    return next(element.iter(*_PLAYER_TAGS), None) is not None


def holds_breaks(block: HtmlElement) -> bool:
    """A block with a `<br>` among its children: one that may hold a story written as its own lines between breaks."""
    return next(block.iterchildren("br"), None) is not None


def names_of(element: HtmlElement) -> str:
    """The element's id and classes in lower case, each cut at `NAME_MAX_CHARS` (a hostile page's may run on)."""
    return f"{(element.get('id') or '')[:NAME_MAX_CHARS]} {(element.get('class') or '')[:NAME_MAX_CHARS]}".lower()


def name_parts(name: str) -> list[str]:
    """A class's or id's parts, parted by hyphens or underscores: "f_photo_title" is "f", "photo" and "title"."""
    return name.replace("_", "-").split("-")


def is_name_word(word: str) -> bool:
    """A capitalised word of letters, a hyphen, an initial's dot or an apostrophe inside ("Laanõts", "D.", "O'Neil"),
    as a person's or an agency's name is written."""
    return word[:1].isupper() and word.translate(_NAME_WORD_MARKS).isalpha()


def is_sentence(text: str) -> bool:
    """A sentence, or a line leading into what follows it (a table, a list), is the story's."""
    return ends_a_sentence(text) or text.rstrip().endswith(":")


def own_text(element: HtmlElement) -> int:
    """Characters of text the element holds outside its children: its lines between line breaks."""
    return len((element.text or "").strip()) + sum(len((child.tail or "").strip()) for child in element)


def holds_only_bold(element: HtmlElement) -> bool:
    """All of the element's text is one bold child's: a title set in bold in a block of its own."""
    return len(element) == 1 and element[0].tag in BOLD_TAGS and not own_text(element)


def one_column_cells(table: HtmlElement, most_rows: int) -> list[HtmlElement] | None:
    """The cells of a table of one column, its rows (its own or its sections') each holding one cell and nothing else,
    in the page's order; None for a table of more columns, of loose text, or of fewer than two rows or more than
    `most_rows`."""
    rows = TABLE_ROWS(table)
    if not 2 <= len(rows) <= most_rows:  # noqa: PLR2004 - a title and its line at least
        return None
    cells = [row[0] for row in rows if len(row) == 1 and row[0].tag in _ONE_COLUMN_CELL_TAGS and not own_text(row)]
    return cells if len(cells) == len(rows) else None


def _most_own_text(held: dict[HtmlElement, Held], beyond: int) -> HtmlElement | None:
    """Of the elements holding more than `beyond` characters of text, the one with the most of its own, the page's
    first of equals. Only those can hold more than `beyond` of their own; a script's or a style's code is no text.
    They are read from `held`, which `measured` fills in the page's order reversed, not by a walk of the whole tree."""
    return max((element for element in reversed(held) if held[element].text > beyond), key=own_text, default=None)


def story_holders(tree: HtmlElement, held: dict[HtmlElement, Held]) -> set[HtmlElement]:
    """The story's holders: the longest paragraph and the block with the most text in its paragraphs, with their
    ancestors (a footer's notice may be the page's longest paragraph, its story being in paragraphs of a usual length);
    on a page without a `p` holding a sentence (an old portal's story is lines between line breaks in a `div` or a
    cell; a footer's address and copyright may be its only `p`s), the element with the most text of its own stands
    for the paragraph, and the block with more text in `div`s written as paragraphs (`is_prose_div`) than that element
    has of its own for the fullest (a system writing each paragraph as a `div`; a board of notices, each a sentence,
    beside a story of lines between breaks is not the story)."""
    longest = max(tree.iter("p"), key=lambda p: held.get(p, NOTHING).text, default=None)
    paragraph_text = _text_by_block(tree.iter("p"), held)
    # A page whose `p`s hold no sentence (a footer's address and copyright) has no `p` of the story either; nor does
    # one whose longest `p` holds less than a block's own text (a box's pitch beside a story of lines between breaks),
    # unless a block's `p`s hold more than that text and the `div`s written as paragraphs beside it: a story of short
    # `p`s under a standfirst `div`, or over a footer's copyright line, longer than each of them.
    no_sentence = not any(is_paragraph(p.text_content()) for p in tree.iter("p"))
    longest_text = 0 if longest is None or no_sentence else held.get(longest, NOTHING).text
    own = _most_own_text(held, longest_text)
    if longest is None or no_sentence or (own is not None and own_text(own) > longest_text):
        if own is None:
            return set()
        div_text = _text_by_block((div for div in tree.iter("div") if is_prose_div(div, held)), held)
        div_text[own] = div_text.get(own, 0) + own_text(own)
        if longest is None or no_sentence or max(div_text.values()) > max(paragraph_text.values()):
            longest, paragraph_text = own, div_text
    fullest = max(paragraph_text, key=paragraph_text.__getitem__, default=longest)
    # The other parts of the story's block, where an advertisement or a box cuts it in two, hold the story too.
    parts = {part for block in (longest, fullest) for pair in split_parts(block) for part in pair}
    parts.update(part for block in {longest, fullest} for part in components_of_the_same_kind(block))
    return {longest, *longest.iterancestors(), fullest, *fullest.iterancestors(), *parts}


def components_of_the_same_kind(block: HtmlElement, earlier_only: bool = False) -> Iterator[HtmlElement]:
    """The blocks of the block's tag and class set in its wrappers' near siblings at the same depth, each wrapper of
    the same tag and class as the block's own: a publishing system's text components, each in a component's wrappers
    (Drupal Paragraphs' `div.field__item` > `div.paragraph--type--text` > the text field), the story's run cut by a
    picture's or an advertisement's component between them. Only blocks whose text is written as `p`s: a site builder's
    columns of lines between breaks, each in its cell, are no story's components. With `earlier_only`, only those
    before the block: the components the story's run comes from."""
    if not block.get("class") or not holds_paragraphs(block):
        return
    path: list[HtmlElement] = []
    node = block
    for _ in range(COMPONENT_WRAPPER_LEVELS):
        parent = node.getparent()
        if parent is None:
            return
        path.insert(0, node)
        node = parent
        for sibling in (*islice(path[0].itersiblings(preceding=True), PARAGRAPH_NEAR_SIBLINGS * 2),
                        *islice(path[0].itersiblings(), 0 if earlier_only else PARAGRAPH_NEAR_SIBLINGS * 2)):
            found = _down_the_path(sibling, path)
            if found is not None and found is not block and holds_paragraphs(found):
                yield found


def _down_the_path(wrapper: HtmlElement, path: list[HtmlElement]) -> HtmlElement | None:
    """The element reached from `wrapper`, of the kind of `path`'s first, through a child of each next one's kind in
    turn; None where a step finds none."""
    found: HtmlElement | None = wrapper if is_same_kind(wrapper, path[0]) else None
    for kind in path[1:]:
        if found is None:
            return None
        found = next((child for child in found if is_same_kind(child, kind)), None)
    return found


def is_same_kind(element: HtmlElement, other: HtmlElement) -> bool:
    """The two are of one tag and one class: blocks a content system writes alike."""
    return element.tag == other.tag and element.get("class") == other.get("class")


def holds_paragraphs(block: HtmlElement) -> bool:
    """A child of the block is a `p`: its text written as paragraphs, not lines between breaks."""
    return next(block.iterchildren("p"), None) is not None


def split_parts(block: HtmlElement) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """The block and the other parts of it that an advertisement or a box cuts apart, as pairs of the earlier part and
    the later one: its near siblings of its tag (`PARAGRAPH_NEAR_SIBLINGS` each side) whose class continues its own
    (`continues_class`), or whose own it continues."""
    name = block.get("class")
    if not name:
        return
    for sibling in islice(block.itersiblings(preceding=True), PARAGRAPH_NEAR_SIBLINGS):
        if sibling.tag == block.tag and continues_class(sibling.get("class"), name):
            yield sibling, block
    for sibling in islice(block.itersiblings(), PARAGRAPH_NEAR_SIBLINGS):
        if sibling.tag == block.tag and continues_class(name, sibling.get("class")):
            yield block, sibling


def continues_class(first: str | None, later: str | None) -> bool:
    """The `later` class names a later part of the block the `first` names: the same class names, or with a
    modifier added ("article-body" and "article-body article-body--more"), or the first name with a suffix after a
    hyphen or an underscore ("news-detail__text" and "news-detail__text-continue")."""
    names, later_names = (first or "")[:NAME_MAX_CHARS].split(), (later or "")[:NAME_MAX_CHARS].split()
    if not names or not later_names:
        return False
    base, name = names[0], later_names[0]
    return later_names[:len(names)] == names or (
        len(name) > len(base) + 1 and name.startswith(base) and name[len(base)] in "-_")


def _text_by_block(paragraphs: Iterable[HtmlElement], held: dict[HtmlElement, Held]) -> dict[HtmlElement, int]:
    """Characters of text each block holds in the given paragraphs among its children."""
    text: dict[HtmlElement, int] = {}
    for paragraph in paragraphs:
        parent = paragraph.getparent()
        if parent is not None:
            text[parent] = text.get(parent, 0) + held.get(paragraph, NOTHING).text
    return text


def is_empty_break(element: HtmlElement | None) -> bool:
    return element is not None and element.tag == "br" and not (element.tail or "").strip()


def holds_inline_only(element: HtmlElement) -> bool:
    """Text and inline elements only, no more of them than a paragraph holds (`PROSE_BLOCK_MAX_ELEMENTS`)."""
    inside = list(islice(element.iterdescendants(), PROSE_BLOCK_MAX_ELEMENTS + 1))
    return len(inside) <= PROSE_BLOCK_MAX_ELEMENTS and all(child.tag in INLINE_TAGS for child in inside)


def written_as_paragraph(element: HtmlElement) -> bool:
    """Text and inline elements only, a sentence of a paragraph's length."""
    return holds_inline_only(element) and is_paragraph(element.text_content())


def is_paragraph(text: str) -> bool:
    """A sentence of some length, in words: two letters of a script written without spaces count one."""
    line = " ".join(text.split())
    return word_count(line) >= PARAGRAPH_MIN_WORDS and is_sentence(line)


def near_paragraph(siblings: Iterator[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A paragraph among the next few siblings: a `p`, a `<br>` or a box whose line after it is a sentence of the
    story (a body written as lines between breaks, another box set among them), or a `div` written as a paragraph
    (`is_prose_div`), alone or in a page builder's component (`is_text_component`). The empty breaks of the blank
    lines between such lines are not counted: a table of the story's figures over a box, after two breaks, leaves the
    sentence before them out of reach otherwise."""
    return any(sibling.tag == "p" or is_paragraph(sibling.tail or "")
               or is_prose_div(sibling, held) or is_text_component(sibling, held)
               for sibling in near_siblings(siblings))


def near_siblings(siblings: Iterator[HtmlElement]) -> Iterator[HtmlElement]:
    """The first `PARAGRAPH_NEAR_SIBLINGS` of `siblings`, the empty breaks of blank lines among them not counted."""
    lines = (sibling for sibling in islice(siblings, NEAR_SIBLINGS_WITH_BREAKS) if not is_empty_break(sibling))
    return islice(lines, PARAGRAPH_NEAR_SIBLINGS)


def is_text_component(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A page builder's text component: a `div` whose one child is a `div` written as a paragraph (`is_prose_div`)."""
    return element.tag == "div" and len(element) == 1 and not own_text(element) \
        and is_prose_div(element[0], held)


def is_prose_div(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` holding a sentence of the story in its text and inline elements only, of a paragraph's length: a system
    that writes each paragraph as a `div`."""
    return element.tag == "div" and 0 < held.get(element, NOTHING).text <= PROSE_DIV_MAX_CHARS \
        and written_as_paragraph(element)
