"""The story's text that the precise extractor would leave out for its markup alone is set as paragraphs:

- a paragraph set in a `div` of its own right before a `p` or a block opening with one, or with one picture's block,
  one line naming who spoke or one sub-heading between them (a fact box between the story's paragraphs, "Справка ..."
  and its sentence; a standfirst over them; a lead set between two pictures; a quote over its speaker's name and
  role; an interview's introduction over its first question), becomes a `p`: a precise extractor reads a `div` among
  paragraphs as a box beside the story and leaves it out;
- a story written wholly in `div`s written as paragraphs, three or more in a block of the story's with a quote's
  `blockquote` among them and no `p`, has them made `p`s: the precise extractor takes the quote alone, and the recall
  pass the page's strips and footers with the story;
- a standfirst written as a `div` before the story's block (a picture's or a video's block may stand between them,
  and the block may open with a sub-heading or a picture's `figure`) is moved into that block as its first
  paragraph, where the precise extractor reads it with the story;
- the text a block opens with, up to its first `<br>`, `p`, picture's `figure` or sub-heading (the lead over lines
  between `<br>`s, over the paragraphs or over the first numbered section), becomes a `p` of its own: where the
  page has paragraphs, the precise extractor reads no `div` and discards its own text, while it keeps the line after
  each `<br>` and each `p`;
- in a block of lines between `<br>`s whose lead or line after a box was so made a paragraph, every other line that is
  a sentence, however short, becomes one too, and so does a `div` written as a paragraph among them: beside
  paragraphs, the precise extractor leaves loose lines and `div`s out;
- a list set in the story's block near its paragraphs, each item a line of text and inline elements (the documents
  signed, a committee's proposals), has each item's text written as a `p` inside its `li`: where trafilatura does not
  know the block's class for a story's body, its precise pass reads the block's paragraphs and tables and leaves
  lists out; where it knows it, the items are still read as a list's. Among lines between `<br>`s, the line written
  right after a list (its tail, with no `<br>` between) becomes a `p` as the line after a box or a table does;
- empty formatting elements (an icon's `<i class="fa ...">`, WordPress's "more" anchor `<span id="more-...">`) are
  taken out, their tails left in place: one of them drops the whole paragraph holding it from the precise text; one
  that opens a line between `<br>`s or after a box (an icon before a quote) goes first, so that the line is read as
  the `<br>`'s or the box's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import NamedTuple

from lxml.html import HtmlElement

from pipeline.extract.markup.page import (
    AMONG_PARAGRAPHS_TAGS,
    BOX_MAX_CHARS,
    CAPTION_MAX_CHARS,
    CAPTION_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    NOTHING,
    PARAGRAPH_MIN_WORDS,
    PARAGRAPH_NEAR_SIBLINGS,
    PROSE_BLOCK_MAX_ELEMENTS,
    PROSE_DIV_MAX_CHARS,
    Held,
    Page,
    block_text,
    is_paragraph,
    is_prose_div,
    is_sentence,
    near_paragraph,
    own_text,
    written_as_paragraph,
)

# An embedded video's player, which a standfirst may stand over as over a picture.
_PLAYER_TAGS = ("iframe", "video")
# Empty, one of these drops the paragraph holding it from the precise extractor's text.
_EMPTY_INLINE_TAGS = ("span", "b", "strong", "i", "em", "q")
# Blocks whose own text may open with the story's lead.
_OPENING_TEXT_BLOCKS = ("div", "section", "article")
# A story written wholly in `div` lines holds at least so many of them.
_DIV_LINES_MIN = 3
# A box set among a story's `div` lines holds at least so many parts (a title, a line of pitch, a button).
_BOX_PARTS = 3
# What closes a lead written as a block's own text: a line break, a paragraph, a picture's figure, a sub-heading.
_LEAD_ENDS = frozenset({"br", "p", "figure", "h2", "h3", "h4"})


def _prose_blocks(page: Page) -> Iterator[HtmlElement]:
    """`div`s right before a paragraph, or before a block opening with one, that hold a sentence in text and inline
    elements only: a paragraph of the story (a fact box between its paragraphs, a standfirst over them, a quote set
    apart). One picture's block (`_is_picture_block`) or one line naming who spoke (`_is_speaker_line`) may stand
    between the `div` and the paragraph: a lead set between two pictures, a quote over its speaker's name and role; or,
    when less than half of the `div` is in links, one sub-heading (`_past_a_heading`): an interview's introduction
    over its first question."""
    for div in page.tree.iter("div"):
        # Fewer characters than the words a paragraph needs: no paragraph, whatever its script.
        inside = page.held.get(div, NOTHING)
        if inside.text >= PARAGRAPH_MIN_WORDS \
                and (_opens_paragraphs(_past_a_picture_or_a_speaker(div.getnext(), page.held))
                     or (2 * inside.link_text < inside.text and _opens_paragraphs(_past_a_heading(div, page.held)))) \
                and written_as_paragraph(div):
            yield div


def _past_a_picture_or_a_speaker(element: HtmlElement | None, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The element, or the one after it when it is a picture's block or a speaker's line that opens no paragraph
    itself."""
    if element is not None and not _opens_paragraphs(element) \
            and (_is_picture_block(element, held) or _is_speaker_line(element, held)):
        return element.getnext()
    return element


def _past_a_heading(div: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The element after the `div`'s next when that one is a sub-heading (`_is_sub_heading`): an interview's
    introduction over its first question and answer. A pointer's line over the next question is mostly link."""
    heading = div.getnext()
    return heading.getnext() if heading is not None and _is_sub_heading(heading, held) else None


def _is_sub_heading(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A sub-heading of one short line, no link, nothing loose after it: a chapter's title or a question."""
    return element.tag in HEADING_TAGS and _is_short_unlinked_line(element, held)


def _is_speaker_line(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of one short line with no link, no sentence and nothing but text and inline elements in it: the name
    and role of who spoke the quote above it ("Dr. Henrike Vosskamp, Chief Operating Officer")."""
    return element.tag == "div" and _is_short_unlinked_line(element, held) \
        and all(child.tag in INLINE_TAGS for child in element) and not is_sentence(block_text(element))


def _is_short_unlinked_line(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """One short line of text, a caption's length at most, no link in it and nothing loose after it."""
    inside = held.get(element, NOTHING)
    return 0 < inside.text <= CAPTION_MAX_CHARS and not inside.links and not (element.tail or "").strip()


def _opens_paragraphs(element: HtmlElement | None) -> bool:
    return element is not None and (element.tag == "p" or (len(element) > 0 and element[0].tag == "p"))


def _story_blocks(page: Page) -> set[HtmlElement | None]:
    """The story's holders, and the block of the longest `p`: where a standfirst holds more text than any `p`, it
    stands for the story's paragraph among the holders, and the block of the story's paragraphs is not one of them."""
    longest = max(page.tree.iter("p"), key=lambda p: page.held.get(p, NOTHING).text, default=None)
    return page.story | ({longest.getparent()} if longest is not None else set())


def _standfirsts(page: Page) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """`div`s written as a paragraph (`_is_standfirst`) before the block holding the story and holding less text than
    it, each with that block: a standfirst over the story. The precise extractor takes the block alone and leaves the
    standfirst out; moved in as the block's first paragraph, it is read with them. The block opens with the story:
    another such `div`, a `p`, or a sentence of its own text (the lead over lines between `<br>`s); a picture's block
    (an image with at most a caption and a credit, no paragraph) may stand between the standfirst and it."""
    held = page.held
    for block in _story_blocks(page):
        if block is None:
            continue
        before = block.getprevious()
        if before is not None and _is_picture_block(before, held):
            before = before.getprevious()
        if len(block) and before is not None and not (before.tail or "").strip() and _is_standfirst(before, held) \
                and held.get(block, NOTHING).text > held[before].text and _opens_with_story(block, held):
            yield before, block


def _is_standfirst(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` written as a paragraph (`is_prose_div`), little of it in links (not a row of share links that ends
    with a full stop), and first of such `div`s (not the last paragraph of a story written as `div`s before a box)."""
    before = element.getprevious()
    return is_prose_div(element, held) and 2 * held[element].link_text < held[element].text \
        and (before is None or not is_prose_div(before, held))


def _is_picture_block(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `figure` or `div` holding an image or an embedded player (a video's `iframe` or `video`) and at most a
    caption and a credit: no paragraph, no loose text after it."""
    inside = held.get(element, NOTHING)
    return element.tag in ("figure", "div") and inside.text <= 2 * CAPTION_MAX_CHARS \
        and not (element.tail or "").strip() and not own_text(element) and next(element.iter("p"), None) is None \
        and (inside.image or next(element.iter(*_PLAYER_TAGS), None) is not None)


def _first_paragraph(block: HtmlElement) -> HtmlElement:
    """The block's first element, or the one after it when it is a sub-heading (a story opening with its first
    question or chapter's title) or a `figure` (a photo story opening with its first picture)."""
    first = block[0]
    return block[1] if first.tag in (*HEADING_TAGS, "figure") and len(block) > 1 else first


def _opens_with_story(block: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The block opens with a paragraph, or with a sub-heading or a picture's `figure` over one: a `div` written as
    one, a `p` holding a sentence, or its own text ending a sentence."""
    if (block.text or "").strip():
        return is_sentence(" ".join(block.text.split()))
    if block[0].tag == "figure" and not _is_picture_block(block[0], held):
        return False
    first = _first_paragraph(block)
    return is_prose_div(first, held) or (first.tag == "p" and is_paragraph(first.text_content()))


def _opening_lines(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Blocks opening with a sentence of their own text and inline elements, closed by a `<br>`, a paragraph, a
    picture's `figure` set between the lead and the paragraphs or a sub-heading (the story's lead over its lines, its
    paragraphs or its first numbered section, as a government's release writes it), each with those elements."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if not (block.text or "").strip():
            continue
        inline, end = _inline_run(islice(block, PROSE_BLOCK_MAX_ELEMENTS + 1))
        if end is not None and end.tag in _LEAD_ENDS and is_paragraph(_line(block.text, inline)):
            yield block, inline


def _blocks_of_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Blocks that may hold a story written as their own text between `<br>`s: those with a `<br>` among their
    children."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if next(block.iterchildren("br"), None) is not None:
            yield block


def _sentence_after(element: HtmlElement, qualifies: Callable[[str], bool] = is_paragraph,
                    past_blank_tail: bool = False) -> list[HtmlElement] | None:
    """The inline elements of the line `element`'s tail opens, when that line qualifies: by default a sentence of a
    paragraph's length. With `past_blank_tail`, a line that opens with an inline element right after `element` (its
    tail blank: a table's note in a `span`) is read too, when no link is in it."""
    blank = not (element.tail or "").strip()
    if blank and not past_blank_tail:
        return None
    inline, _ = _inline_run(islice(element.itersiblings(), PROSE_BLOCK_MAX_ELEMENTS))
    if blank and (not inline or any(part.tag == "a" for piece in inline for part in piece.iter())):
        return None
    return inline if qualifies(_line(element.tail, inline)) else None


def _lines_after_boxes(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Boxes set among a story's lines written as its block's own text between `<br>`s, each with the inline elements
    of the line its tail opens, when that line is a sentence: trafilatura takes the lines before the box and after the
    next `<br>`, and loses the one glued to the box's end. A table of the story's figures among such lines is read
    so too: a box dropped right after it leaves the line that followed the box glued to the table's end; and so is a
    list of the story's, whose end the line after it follows with no `<br>` between them."""
    for block in _blocks_of_lines(tree):
        for box in block.iterchildren(*AMONG_PARAGRAPHS_TAGS, "table", "ul", "ol"):
            # A table's note may open its line with an inline element (a `span`), the table's tail blank.
            inline = _sentence_after(box, past_blank_tail=box.tag == "table")
            if inline is not None:
                yield box, inline


def _is_sentence_line(line: str) -> bool:
    return is_sentence(" ".join(line.split()))


def _lines_between_breaks(blocks: Iterable[HtmlElement]) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """In blocks of lines written between `<br>`s where a lead or a line after a box was made a paragraph, the `<br>`s
    whose tail opens a line that is a sentence, however short, each with the inline elements of that line: the block
    is the story's, and a loose line left beside its paragraphs is lost (a closing line of six words, "Works are to end
    by the summer of 2027.")."""
    for block in blocks:
        for br in block.iterchildren("br"):
            inline = _sentence_after(br, _is_sentence_line)
            if inline is not None:
                yield br, inline


def _paragraph_divs(blocks: Iterable[HtmlElement]) -> Iterator[HtmlElement]:
    """In those blocks, the `div`s written as one paragraph (a note under a table of the story's figures): among lines
    made paragraphs they are the story's too, and the precise extractor leaves a `div` among paragraphs out. A `div`
    of several lines between `<br>`s is a box (a heading over its notices), left as it is. Right after a table, a
    `div` of one sentence, however short, and no link is the table's note ("* No buses run on Sundays.")."""
    for block in blocks:
        for div in block.iterchildren("div"):
            if next(div.iter("br"), None) is None and (written_as_paragraph(div) or _note_under_a_table(div)):
                yield div


def _note_under_a_table(div: HtmlElement) -> bool:
    """A `div` right after a table, of text and inline elements with no link, one sentence however short."""
    before = div.getprevious()
    inside = list(islice(div.iterdescendants(), PROSE_BLOCK_MAX_ELEMENTS + 1))
    return before is not None and before.tag == "table" and not (before.tail or "").strip() \
        and len(inside) <= PROSE_BLOCK_MAX_ELEMENTS and all(child.tag in INLINE_TAGS and child.tag != "a"
                                                            for child in inside) \
        and _is_sentence_line(div.text_content())


def _story_lists(page: Page) -> Iterator[HtmlElement]:
    """Lists set in a block of the story's (one of its holders, or the block of its longest `p`), each item a line of
    text and inline elements, little of it in links: the story's own list (the documents signed, a committee's
    proposals). Where trafilatura does not take the block for a story's body by its class, its precise pass gathers
    the block's paragraphs and tables and leaves its lists out; an item whose text is a `p` is read with the
    paragraphs, and as a list item still where the block is known."""
    held = page.held
    blocks = _story_blocks(page)
    for listing in page.tree.iter("ul", "ol"):
        parent = listing.getparent()
        if parent is None or parent not in blocks or not len(listing):
            continue
        if all(_is_line_item(item, held) for item in listing):
            yield listing


def _is_line_item(item: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A list item of text and inline elements only, not a paragraph's block, less than half of it in links."""
    inside = list(islice(item.iterdescendants(), PROSE_BLOCK_MAX_ELEMENTS + 1))
    text = held.get(item, NOTHING)
    return item.tag == "li" and 0 < text.text <= PROSE_DIV_MAX_CHARS and 2 * text.link_text < text.text \
        and len(inside) <= PROSE_BLOCK_MAX_ELEMENTS and all(child.tag in INLINE_TAGS for child in inside)


def _items_as_paragraphs(listing: HtmlElement, held: dict[HtmlElement, Held]) -> None:
    """The list's items, when a paragraph of the story stands near it (before or after, past empty breaks), each
    written as a `p` inside its `li`."""
    if not (near_paragraph(listing.itersiblings(preceding=True), held)
            or near_paragraph(listing.itersiblings(), held)):
        return
    for item in listing:
        paragraph = _paragraph_of(item.text, list(item), item)
        item.text = None
        item.append(paragraph)


def _is_empty(element: HtmlElement) -> bool:
    """An element with no text and nothing in it: a link's target, a link left empty, an icon's `<i>`."""
    return not len(element) and not (element.text or "").strip()


def _empties_opening_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Empty anchors and formatting elements (an icon) that open a sentence written as the block's own text: first in
    a block with `<br>`s, or right after a `<br>` or a box in it. Right after a `<br>`, an icon opens any sentence,
    however short (a notice's advice of nine words under its table): the lines between breaks are read so."""
    for block in _blocks_of_lines(tree):
        for empty in block.iterchildren("a", *_EMPTY_INLINE_TAGS):
            before = empty.getprevious()
            if not _is_empty(empty) or not (is_paragraph(empty.tail or "") or (
                    empty.tag != "a" and before is not None and before.tag == "br"
                    and _is_sentence_line(empty.tail or ""))):
                continue
            if (before is None and not (block.text or "").strip()) or (
                    before is not None and not (before.tail or "").strip()
                    and before.tag in ("br", *AMONG_PARAGRAPHS_TAGS)):
                yield empty


def _is_picture_part(element: HtmlElement) -> bool:
    """An inline element of a picture set at a block's head: an image (in its link) with no text, or a short line set
    apart in a span or small type (its caption, its credit)."""
    if element.tag not in INLINE_TAGS or element.tag == "br":
        return False
    if not element.text_content().strip():
        return next(element.iter("img"), None) is not None
    return element.tag in CAPTION_TAGS and len(block_text(element)) <= CAPTION_MAX_CHARS


def _picture_at_head(block: HtmlElement) -> list[HtmlElement]:
    """The picture's elements at the block's head, side by side: the first with text after it ends them, for that
    text is the line under the picture; an inline element after it (a film's title in italics) is the line's, not a
    caption."""
    picture: list[HtmlElement] = []
    for element in islice(block, PROSE_BLOCK_MAX_ELEMENTS):
        if not _is_picture_part(element):
            break
        picture.append(element)
        if (element.tail or "").strip():
            break
    return picture


def _lines_after_pictures(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Blocks with no text of their own before an image (in its link) and its caption or credit set inline, whose
    story opens with a sentence written as the block's own text after them and closed by a `<br>` or a paragraph (a
    lead under the picture, before the first `p`), or ending the block where a block like it holding `p`s follows (a
    story in text-block components whose first holds the picture and the lead alone), each with the last of the
    picture's elements and the inline elements of that line. The line is made a paragraph of its own, apart from the
    picture's lines."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if (block.text or "").strip() or not len(block) or next(block[0].iter("img"), None) is None:
            continue
        picture = _picture_at_head(block)
        if not picture:
            continue
        last = picture[-1]
        inline, end = _inline_run(islice(last.itersiblings(), PROSE_BLOCK_MAX_ELEMENTS + 1))
        if not (last.tail or "").strip() or not is_paragraph(_line(last.tail, inline)):
            continue
        if (end is not None and end.tag in ("br", "p")) or (end is None and _before_a_block_like_it(block)):
            yield last, inline


def _before_a_block_like_it(block: HtmlElement) -> bool:
    """Whether a block of the same tag and class, holding `p`s, follows it among its next siblings: a story set in
    text-block components, the first of which holds only a picture and the lead under it."""
    name = block.get("class")
    return name is not None and any(
        sibling.tag == block.tag and sibling.get("class") == name and next(sibling.iterchildren("p"), None) is not None
        for sibling in islice(block.itersiblings(), PARAGRAPH_NEAR_SIBLINGS))


def _inline_run(elements: Iterator[HtmlElement]) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The inline elements that go on a line, up to the `<br>` or the block that ends it (None: the line runs past the
    elements given)."""
    inline: list[HtmlElement] = []
    for element in elements:
        if element.tag == "br" or element.tag not in INLINE_TAGS:
            return inline, element
        inline.append(element)
    return inline, None


def _line(text: str | None, inline: list[HtmlElement]) -> str:
    """A line of text and the inline elements after it, as a reader sees it."""
    return (text or "") + "".join(element.text_content() + (element.tail or "") for element in inline)


def _paragraph_of(text: str | None, inline: list[HtmlElement], beside: HtmlElement) -> HtmlElement:
    """A `p` holding a line's text and its inline elements, moved into it."""
    paragraph = beside.makeelement("p")
    paragraph.text = text
    paragraph.extend(inline)
    return paragraph


def _tail_as_paragraph(element: HtmlElement, inline: list[HtmlElement]) -> None:
    """The line that `element`'s tail opens, with its inline elements, made a `p` of its own right after it."""
    paragraph = _paragraph_of(element.tail, inline, element)
    element.tail = None
    element.addnext(paragraph)


class StoryText(NamedTuple):
    """The story's text that its markup hides from the precise extractor, found on the page as it came."""

    prose: list[HtmlElement]
    standfirsts: list[tuple[HtmlElement, HtmlElement]]
    lists: list[HtmlElement]


def _div_line_stories(page: Page) -> Iterator[HtmlElement]:
    """In a block of the story's holders with no `p` among its children and a quote's `blockquote` among them, its
    children that are `div`s written as paragraphs (`is_prose_div`), when there are at least `_DIV_LINES_MIN` of them
    and no other child `div` holds a paragraph (a line with a picture in it): a story written wholly in `div` lines
    over a quote set apart, of which the precise extractor takes the quote alone, leaving the page to the recall pass
    and its strips and footers. A box to press set among the lines (`_is_pressable_box`: a title, a line of pitch and
    its link) counts as the quote does: where the precise extractor does not know the block's class, it takes none of
    the lines, and the recall pass prints the box with the page's strips. Where neither stands among them, it reads
    the lines as they are."""
    held = page.held
    for block in page.story:
        if block.tag not in _OPENING_TEXT_BLOCKS or next(block.iterchildren("p"), None) is not None:
            continue
        # A quote or a box to press among the lines, looked for first: its test reads the measures alone.
        if next(block.iterchildren("blockquote"), None) is None \
                and not any(_is_pressable_box(child, held) for child in block.iterchildren("div")):
            continue
        lines, others = [], False
        for child in block.iterchildren("div"):
            if is_prose_div(child, held):
                lines.append(child)
            elif _is_pressable_box(child, held):
                continue  # the box among the lines: no line of the story, nor one holding a paragraph
            elif held.get(child, NOTHING).text >= PARAGRAPH_MIN_WORDS and is_paragraph(child.text_content()):
                others = True  # a line holding a picture too: made `p`s, its neighbours would leave it out
                break
        if len(lines) >= _DIV_LINES_MIN and not others:
            yield from lines


def _is_pressable_box(div: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A short box of `_BOX_PARTS` lines or more, each a child of its own (no loose text), one of them all link: a
    service's or an offer's box (its title, a line of pitch and its button) set among a story's `div` lines."""
    if own_text(div) or not 0 < held.get(div, NOTHING).text <= BOX_MAX_CHARS or len(div) < _BOX_PARTS:
        return False
    parts = [child for child in div if held.get(child, NOTHING).text]
    return len(parts) >= _BOX_PARTS and any(held[part].is_one_link for part in parts)


def find_story_text(page: Page) -> StoryText:
    """The `div`s written as the story's paragraphs, the standfirsts over its block and its own lists: found with the
    furniture, before anything is pruned."""
    prose = dict.fromkeys([*_prose_blocks(page), *_div_line_stories(page)])
    # A block made a paragraph itself takes no standfirst in: a `p` inside a `p` is no paragraph to the extractors.
    standfirsts = [(standfirst, block) for standfirst, block in _standfirsts(page) if block not in prose]
    return StoryText(list(prose), standfirsts, list(_story_lists(page)))


def write_story_text(page: Page, found: StoryText) -> None:
    """The story's text written as paragraphs, once the furniture is pruned: what `find_story_text` found, and the
    leads and lines the pruned tree shows (no element taken out is put back into a line)."""
    tree, held = page.tree, page.held
    for div in found.prose:
        div.tag = "p"
    # An empty anchor (a line's target for links, "<a id="p3"></a>") or icon ("<i class="fa-quote-left"></i>") at the
    # head of a line written between breaks or after a box hides the line's start from the passes below: its tail is
    # made the text before it.
    for empty in list(_empties_opening_lines(tree)):
        empty.drop_tag()
    # Found after the drops, so that no element taken out is put back into the line.
    made: dict[HtmlElement, None] = {}
    for block, inline in list(_opening_lines(tree)):
        block.insert(0, _paragraph_of(block.text, inline, block))
        block.text = None
        made[block] = None
    # After the leads are made paragraphs: a standfirst goes in before the block's first one, its tag theirs.
    for standfirst, block in found.standfirsts:
        if standfirst.getparent() is not None and standfirst.getparent() is block.getparent():  # neither dropped
            if (block.text or "").strip() or (len(block) and _first_paragraph(block).tag == "p"):
                standfirst.tag = "p"
            standfirst.tail, block.text = block.text, None
            block.insert(0, standfirst)
    for box, inline in list(_lines_after_boxes(tree)):
        _tail_as_paragraph(box, inline)
        parent = box.getparent()
        if parent is not None:
            made[parent] = None
    # A block of lines between breaks some of whose lines were just made paragraphs: its other lines, left as the
    # breaks' tails beside those paragraphs, are read as the block's loose text and left out; they are made
    # paragraphs too.
    for br, inline in list(_lines_between_breaks(made)):
        _tail_as_paragraph(br, inline)
    for div in list(_paragraph_divs(made)):
        div.tag = "p"
    for last, inline in list(_lines_after_pictures(tree)):
        _tail_as_paragraph(last, inline)
    # Inner ones first: a span holding only an empty span is empty once that one is out.
    for element in reversed(list(tree.iter(*_EMPTY_INLINE_TAGS))):
        if not len(element) and not element.text:
            element.drop_tag()
    # Last, beside the paragraphs made above: the story's own lists, their items written as paragraphs.
    for listing in found.lists:
        if listing.getparent() is not None:
            _items_as_paragraphs(listing, held)
    # An anchor with nothing in it (a glossary or a tracking link left empty) in a paragraph's text drops the
    # paragraph from the precise text as an icon does when it closes it; its tail stays. A share row's empty links
    # stay, as links.
    for anchor in [a for a in tree.iter("a") if _is_empty(a)]:
        parent = anchor.getparent()
        if parent is not None and 0 < held.get(parent, NOTHING).text <= PROSE_DIV_MAX_CHARS \
                and is_paragraph(parent.text_content()):
            anchor.drop_tag()
