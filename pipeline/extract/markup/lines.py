"""The story's lines written as a block's own text, set as paragraphs once the furniture is pruned:

- the text a block opens with, up to its first `<br>`, `p`, picture's `figure` or sub-heading (the lead over lines
  between `<br>`s, over the paragraphs or over the first numbered section), becomes a `p` of its own: where the
  page has paragraphs, the precise extractor reads no `div` and discards its own text, while it keeps the line after
  each `<br>` and each `p`;
- the line glued to the end of a box, a table or a list set among lines between `<br>`s (its tail, with no `<br>`
  between), when it is a sentence, becomes a `p`: trafilatura takes the lines before the box and after the next
  `<br>`, and loses that one; a table's note may open its line with an inline element; and so does the line glued
  to the end of a `p` among such lines (an old editor's story between `<br>`s in one `p` with a box set in it, which
  the parser closes at the box: the line after the box is left as the `p`'s tail once the box is dropped);
- in a block of lines between `<br>`s whose lead or line after a box was so made a paragraph, every other line that is a
  sentence, however short, after a `<br>` or glued to a box's end, becomes one too (the lead before its first `<br>`
  among them), and so does a `div` written as a paragraph among them or a table's note of one sentence in a `div`:
  beside paragraphs, the precise extractor leaves loose lines and `div`s out;
- the lead written under a picture set at a block's head (an image in its link, its caption or credit inline)
  becomes a `p` apart from the picture's lines;
- empty formatting elements (an icon's `<i class="fa ...">`, WordPress's "more" anchor `<span id="more-...">`) are
  taken out, their tails left in place: one of them drops the whole paragraph holding it from the precise text; one
  that opens a line between `<br>`s or after a box (an icon before a quote) goes first, so that the line is read as
  the `<br>`'s or the box's;
- an advertising slot set as a line between `<br>`s, its label alone in a `span` or bold ("Reklama", "Реклама", a
  note's heading the text rules know) right after the `<br>` and the ad's link closing the line, goes: read as one
  line, the label run into the ad's words is known by no text rule.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import islice

from lxml.html import HtmlElement

from pipeline.extract.cleanup import is_note_heading
from pipeline.extract.markup.page import (
    AMONG_PARAGRAPHS_TAGS,
    BOLD_TAGS,
    CAPTION_MAX_CHARS,
    CAPTION_TAGS,
    INLINE_TAGS,
    NAME_MAX_CHARS,
    PARAGRAPH_NEAR_SIBLINGS,
    PROSE_BLOCK_MAX_ELEMENTS,
    block_text,
    holds_breaks,
    holds_inline_only,
    holds_paragraphs,
    is_paragraph,
    is_same_kind,
    is_sentence,
    written_as_paragraph,
)

# Empty, one of these drops the paragraph holding it from the precise extractor's text.
_EMPTY_INLINE_TAGS = ("span", "b", "strong", "i", "em", "q")
# Blocks whose own text may open with the story's lead.
OPENING_TEXT_BLOCKS = ("div", "section", "article")
# What closes a lead written as a block's own text: a line break, a paragraph, a picture's figure, a sub-heading.
_LEAD_ENDS = frozenset({"br", "p", "figure", "h2", "h3", "h4"})
# A list set among lines between `<br>`s: the line glued to its end goes on the story.
_LIST_TAGS = ("ul", "ol")
# Heading elements: one holding the story's lines is no heading.
_ANY_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A class name that flags a caption, which the extractors discard with all it holds.
_CAPTION_NAME = "caption"
# A heading element holding this many lines of a paragraph's length between `<br>`s holds a story, not a headline.
_STORY_IN_A_HEADING_MIN_LINES = 3


def _holds_lines_of_a_story(heading: HtmlElement) -> bool:
    """Its own lines between `<br>`s (text outside its children) hold `_STORY_IN_A_HEADING_MIN_LINES` sentences of a
    paragraph's length: many sentences, far longer than any headline."""
    if not holds_breaks(heading):
        return False
    lines = [heading.text or "", *(child.tail or "" for child in heading.iterchildren("br"))]
    return sum(is_paragraph(line) for line in lines) >= _STORY_IN_A_HEADING_MIN_LINES


def headings_holding_stories(tree: HtmlElement) -> None:
    """A heading element (`h1` to `h6`) whose own lines between `<br>`s are several sentences of a paragraph's length
    is the story's block, not a heading (a gallery's picture page printing the whole story as the picture's description
    in an `h2`): made a `div`, read as any block of lines between breaks is; a headline is never so written. The class
    names flagging a caption are taken off it and the blocks round it (Coppermine's `td.img_caption_table` round its
    `h2.pic_caption`): they hold the story, and the extractors discard a block so named with all it holds."""
    for heading in list(tree.iter(*_ANY_HEADING_TAGS)):
        if not _holds_lines_of_a_story(heading):
            continue
        heading.tag = "div"
        for block in (heading, *heading.iterancestors()):
            names = block.get("class")
            if names is not None and _CAPTION_NAME in names[:NAME_MAX_CHARS].casefold():
                block.set("class", " ".join(name for name in names.split() if _CAPTION_NAME not in name.casefold()))


def _opening_lines(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Blocks opening with a sentence of their own text and inline elements, closed by a `<br>`, a paragraph, a
    picture's `figure` set between the lead and the paragraphs or a sub-heading (the story's lead over its lines, its
    paragraphs or its first numbered section, as a government's release writes it), each with those elements."""
    for block in tree.iter(*OPENING_TEXT_BLOCKS):
        inline = _lead(block, _LEAD_ENDS, is_paragraph)
        if inline is not None:
            yield block, inline


def _lead(block: HtmlElement, ends: Collection[str], qualifies: Callable[[str], bool]) -> list[HtmlElement] | None:
    """The inline elements of the line the block opens with in its own text, when an element of `ends` closes that
    line and the line qualifies."""
    if not (block.text or "").strip() and not _opens_in_bold(block):
        return None
    inline, end = _inline_run(islice(block, PROSE_BLOCK_MAX_ELEMENTS + 1))
    return inline if end is not None and end.tag in ends and qualifies(_line(block.text, inline)) else None


def opens_with_a_lead(block: HtmlElement) -> bool:
    """The block opens with a sentence of a paragraph's length in its own text, closed by a `<br>`, a paragraph, a
    picture's `figure` or a sub-heading: `leads_as_paragraphs` makes that line a `p`."""
    return _lead(block, _LEAD_ENDS, is_paragraph) is not None


def _opens_in_bold(block: HtmlElement) -> bool:
    """The block's line opens with a bold element of text and no link: a lead set in bold, as many editors write it."""
    first = block[0] if len(block) else None
    return first is not None and first.tag in BOLD_TAGS and bool((first.text or "").strip()) \
        and next(first.iter("a"), None) is None


def _blocks_of_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Blocks that may hold a story written as their own text between `<br>`s: those with a `<br>` among their
    children."""
    for block in tree.iter(*OPENING_TEXT_BLOCKS):
        if holds_breaks(block):
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
    list of the story's, whose end the line after it follows with no `<br>` between them, and a `p` that a box set in
    it closed, the line after the box left glued to the `p`'s end once the box is dropped."""
    for block in _blocks_of_lines(tree):
        for box in block.iterchildren(*AMONG_PARAGRAPHS_TAGS, "table", *_LIST_TAGS, "p"):
            # A table's note may open its line with an inline element (a `span`), the table's tail blank; after a
            # list of the story's, any sentence, however short, goes on the story (a play's length after its cast).
            inline = _sentence_after(box, _is_sentence_line if box.tag in _LIST_TAGS else is_paragraph,
                                     past_blank_tail=box.tag == "table")
            if inline is not None:
                yield box, inline


def _is_sentence_line(line: str) -> bool:
    return is_sentence(" ".join(line.split()))


def _lines_between_breaks(blocks: Iterable[HtmlElement]) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """In blocks of lines written between `<br>`s where a lead or a line after a box was made a paragraph, the `<br>`s
    and the boxes whose tail opens a line that is a sentence, however short, each with the inline elements of that
    line: the block is the story's, and a loose line left beside its paragraphs is lost (a closing line of six words,
    "Works are to end by the summer of 2027.", after a break or glued to a box's end)."""
    for block in blocks:
        for line_end in block.iterchildren("br", *AMONG_PARAGRAPHS_TAGS):
            inline = _sentence_after(line_end, _is_sentence_line)
            if inline is not None:
                yield line_end, inline


def _short_leads(blocks: Iterable[HtmlElement]) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """In those blocks, the block's own text before its first `<br>`, when it is a sentence however short, with its
    inline elements: the lead over the lines made paragraphs, shorter than a paragraph (eight words of an
    agglutinative language), is the story's too, and left loose beside them it is lost."""
    for block in blocks:
        inline = _lead(block, ("br",), _is_sentence_line)
        if inline is not None:
            yield block, inline


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
    return before is not None and before.tag == "table" and not (before.tail or "").strip() \
        and holds_inline_only(div) and next(div.iter("a"), None) is None and _is_sentence_line(div.text_content())


def is_empty(element: HtmlElement) -> bool:
    """An element with no text and nothing in it: a link's target, a link left empty, an icon's `<i>`."""
    return not len(element) and not (element.text or "").strip()


def _labelled_ad(label: HtmlElement, before: HtmlElement | None) -> HtmlElement | None:
    """The link of an advertising slot set as a line between `<br>`s: a `span` or bold of a note's heading alone
    ("Reklama", "Реклама", "Жарнама") right after a `<br>`, then a link of no sentence closing the line, nothing else
    on it. None for any other element."""
    if label.tag not in ("span", *BOLD_TAGS) or len(label) or before is None or before.tag != "br" \
            or (before.tail or "").strip() or not is_note_heading(block_text(label)):
        return None
    link = label.getnext()
    if link is None or link.tag != "a" or (label.tail or "").strip() or (link.tail or "").strip():
        return None
    after = link.getnext()
    return link if (after is None or after.tag == "br") and not is_sentence(block_text(link)) else None


def _empties_opening_lines(tree: HtmlElement) -> Iterator[tuple[HtmlElement, bool]]:
    """Empty anchors and formatting elements (an icon) that open a sentence written as the block's own text: first in
    a block with `<br>`s, or right after a `<br>`, a list or a box in it. Right after a `<br>` or a list, an icon opens
    any sentence, however short (a notice's advice of nine words under its table, a play's length under its cast):
    the lines between breaks and after lists are read so. Each comes with False; an advertising slot's label and link
    (`_labelled_ad`) come with True, to go whole."""
    for block in _blocks_of_lines(tree):
        for empty in block.iterchildren("a", *_EMPTY_INLINE_TAGS):
            before = empty.getprevious()
            ad = _labelled_ad(empty, before)
            if ad is not None:
                yield empty, True
                yield ad, True
                continue
            if not is_empty(empty) or not (is_paragraph(empty.tail or "") or (
                    empty.tag != "a" and before is not None and before.tag in ("br", *_LIST_TAGS)
                    and _is_sentence_line(empty.tail or ""))):
                continue
            if (before is None and not (block.text or "").strip()) or (
                    before is not None and not (before.tail or "").strip()
                    and before.tag in ("br", *_LIST_TAGS, *AMONG_PARAGRAPHS_TAGS)):
                yield empty, False


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
    for block in tree.iter(*OPENING_TEXT_BLOCKS):
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
    return block.get("class") is not None and any(
        is_same_kind(sibling, block) and holds_paragraphs(sibling)
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


def paragraph_of(text: str | None, inline: list[HtmlElement], beside: HtmlElement) -> HtmlElement:
    """A `p` holding a line's text and its inline elements, moved into it."""
    paragraph = beside.makeelement("p")
    paragraph.text = text
    paragraph.extend(inline)
    return paragraph


def _tail_as_paragraph(element: HtmlElement, inline: list[HtmlElement]) -> None:
    """The line that `element`'s tail opens, with its inline elements, made a `p` of its own right after it."""
    paragraph = paragraph_of(element.tail, inline, element)
    element.tail = None
    element.addnext(paragraph)


def drop_empties_opening_lines(tree: HtmlElement) -> None:
    """An empty anchor (a line's target for links, "<a id="p3"></a>") or icon ("<i class="fa-quote-left"></i>") at the
    head of a line written between breaks or after a box hides the line's start from the passes below: its tail is
    made the text before it. An advertising slot's line between breaks, its label and its link, goes whole."""
    for element, whole in list(_empties_opening_lines(tree)):
        if whole:  # an advertising slot's label and link: the line is left blank
            element.drop_tree()
        else:
            element.drop_tag()


def _lead_as_paragraph(block: HtmlElement, inline: list[HtmlElement]) -> None:
    """The block's own opening text, with its inline elements, made a `p` of its own at the block's head."""
    block.insert(0, paragraph_of(block.text, inline, block))
    block.text = None


def leads_as_paragraphs(tree: HtmlElement) -> dict[HtmlElement, None]:
    """The leads written as their blocks' own text made `p`s (`_opening_lines`); the blocks, in order."""
    made: dict[HtmlElement, None] = {}
    for block, inline in list(_opening_lines(tree)):
        _lead_as_paragraph(block, inline)
        made[block] = None
    return made


def lines_as_paragraphs(tree: HtmlElement, made: dict[HtmlElement, None]) -> None:
    """The lines after boxes, tables and lists made `p`s, then, in the blocks `made` (whose leads were made `p`s) and
    those, the other lines between breaks and the `div`s written as paragraphs, and last the leads under pictures."""
    for box, inline in list(_lines_after_boxes(tree)):
        _tail_as_paragraph(box, inline)
        parent = box.getparent()
        if parent is not None:
            made[parent] = None
    # A block of lines between breaks some of whose lines were just made paragraphs: its other lines, left as the
    # breaks' tails beside those paragraphs, are read as the block's loose text and left out; they are made
    # paragraphs too.
    for line_end, inline in list(_lines_between_breaks(made)):
        _tail_as_paragraph(line_end, inline)
    for block, inline in list(_short_leads(made)):
        _lead_as_paragraph(block, inline)
    for div in list(_paragraph_divs(made)):
        div.tag = "p"
    for last, inline in list(_lines_after_pictures(tree)):
        _tail_as_paragraph(last, inline)


def drop_empty_formatting(tree: HtmlElement) -> None:
    """Empty formatting elements taken out, their tails left in place; inner ones first: a span holding only an empty
    span is empty once that one is out."""
    for element in reversed(list(tree.iter(*_EMPTY_INLINE_TAGS))):
        if not len(element) and not element.text:
            element.drop_tag()
