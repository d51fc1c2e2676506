"""The story's text that the precise extractor would leave out for its markup alone is set as paragraphs:

- a paragraph set in a `div` of its own right before a `p` or a block opening with one, or with one picture's block,
  one line naming who spoke or one sub-heading between them (a fact box between the story's paragraphs, "Справка ..."
  and its sentence; a standfirst over them; a lead set between two pictures; a quote over its speaker's name and
  role; an interview's introduction over its first question), or in a bare `div` closing its block right after a `p`
  (the story's last line), becomes a `p`: a precise extractor reads a `div` among paragraphs as a box beside the story
  and leaves it out;
- a story written wholly in `div`s written as paragraphs, three or more in a block of the story's with a quote's
  `blockquote` among them and no `p`, has them made `p`s: the precise extractor takes the quote alone, and the recall
  pass the page's strips and footers with the story;
- a standfirst written as a `div` before the story's block (a picture's or a video's block may stand between them, a row
  of share links under it or not, a portal's date line between the standfirst and the picture or not, or a picture
  printed bare, an image and its description's `div` beside it; it may close the block holding the headline or stand
  over the picture closing it, and the block may open with a sub-heading, a picture's `figure` or a picture's block over
  text components; an intro's wrapper may close the cover's block under its picture or stand right after it, before the
  block or before the wrappers the block opens) is moved into that block as its first paragraph, where the precise
  extractor reads it with the story; so is the headline's sub-title, the first `p` after the `h1` in its block written
  as a paragraph (a theme's sub-title over the date line, a portal's excerpt closing its article's `header`, a theme's
  excerpt `p` wrapped alone in a `span` right under the headline, a theme's sub-title `div` of its own right under it),
  and the story's block may open with a `section` of `p`s;
- a list set in the story's block near its paragraphs, each item a line of text and inline elements (the documents
  signed, a committee's proposals), has each item's text written as a `p` inside its `li`: where trafilatura does not
  know the block's class for a story's body, its precise pass reads the block's paragraphs and tables and leaves
  lists out; where it knows it, the items are still read as a list's;
- a quote of the story's set apart in an `aside` among its paragraphs, the quoted words with who spoke them, is made
  a `blockquote`: the precise extractor leaves the page's asides out, and the quote with them;
- the story's own analysis set apart in an `aside` among its paragraphs ("Why it matters", "Background"), a heading over
  `p`s each written as a paragraph and nothing else, no link and no picture, is made a `div`: the precise extractor
  leaves the page's asides out, and reads a fact box written as a `div` with the story; the same box in a `div` whose
  inline style draws a border (a Chinese paper's "背景链接"), its title a heading or a `p` all in bold, has its style
  taken off: the precise extractor leaves out every block whose inline style names a border;
- a quote of the story's in a block editor's `figure` among its paragraphs (WordPress's pullquote block: a
  `blockquote` of the quoted words in quotation marks and a `cite` naming who spoke them), words the story's
  paragraphs do not hold, has its `figure` taken away round the `blockquote`: the precise extractor leaves every
  `figure` out, and the quote with it; a pull quote repeating the story's words is left as it is;
- a story's block cut in two by an advertisement or a box, its second part a near sibling whose class continues the
  first's ("news-detail__text" and "news-detail__text-continue", "article-body" and "article-body article-body--more")
  and opens with the story's text, has that part's text moved to the first part's end once the furniture between them
  is pruned: the precise extractor takes the first part alone (its `articleBody`), and the split body's twins are read
  only where the classes are one;
- the story's lines written as a block's own text (its lead, the lines between its `<br>`s and after its boxes) are
  set as paragraphs by `lines`, between the standfirsts and the lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, word_count
from pipeline.extract.markup.lines import (
    OPENING_TEXT_BLOCKS,
    drop_empties_opening_lines,
    drop_empty_formatting,
    is_empty,
    leads_as_paragraphs,
    lines_as_paragraphs,
    opens_with_a_lead,
    paragraph_of,
)
from pipeline.extract.markup.page import (
    BOX_MAX_CHARS,
    CAPTION_MAX_CHARS,
    HEADING_TAGS,
    IMAGE_TAGS,
    INLINE_TAGS,
    NOTHING,
    PARAGRAPH_MIN_WORDS,
    PROSE_DIV_MAX_CHARS,
    Held,
    Page,
    block_text,
    holds_a_player,
    holds_inline_only,
    holds_only_bold,
    is_paragraph,
    is_prose_div,
    is_sentence,
    is_text_component,
    near_paragraph,
    own_text,
    split_parts,
    written_as_paragraph,
)

# A quote set apart opens with one of these marks and closes with one of the others before who spoke it.
_OPENING_QUOTE_MARKS = ("«", "“", "„", '"', "‘", "‹", "「")
_CLOSING_QUOTE_MARKS = ("»", "”", "“", '"', "’", "›", "」")
# A story written wholly in `div` lines holds at least so many of them.
_DIV_LINES_MIN = 3
# A box set among a story's `div` lines holds at least so many parts (a title, a line of pitch, a button).
_BOX_PARTS = 3
# An inline style naming a border, which the precise extractor leaves out whatever the block holds.
_BORDER = "border"
# A quote in a figure is looked for in the story's paragraphs beside it, so many at most.
_STORY_PARAGRAPHS_READ = 200
# A quote in a figure stands among the story's paragraphs: a `p` or a list right before or after it.
_BESIDE_A_QUOTE = ("p", "ul", "ol")
# A quote card: a portrait, the quoted words and the speaker's line.
_CARD_PARTS = 3
# The story's block may open wrappers of its own, so many at most, the cover's block before the outermost.
_WRAPPERS_OPENED = 2
# An intro's wrapper holds its paragraph as a `p`, or as a heading written as one (1C-Bitrix's preview text in an `h2`).
_INTRO_TAGS = ("p", "h2")
# A story may open with a sentence shorter than a paragraph, of so many words at least, over one that is a paragraph.
_SHORT_OPENING_MIN_WORDS = 5


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
                     or (2 * inside.link_text < inside.text and _opens_paragraphs(_past_a_heading(div, page.held)))
                     or _closes_paragraphs(div)) \
                and written_as_paragraph(div):
            yield div


def _closes_paragraphs(div: HtmlElement) -> bool:
    """A bare `div` (no class, no attribute at all) closing its block right after a `p`, nothing loose after it: the
    story's last line, written by an editor as a `div` of its own under the paragraphs. A `div` named by a class there
    may be a note or a box beside the story, and stays as it is."""
    before = div.getprevious()
    return not div.attrib and div.getnext() is None and before is not None and before.tag == "p" \
        and not (div.tail or "").strip() and not (before.tail or "").strip()


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


def bodies_under_headlines(story: set[HtmlElement], held: dict[HtmlElement, Held]) -> set[HtmlElement]:
    """The blocks right after the headline's blocks among the story's holders whose standfirst, closing the block or
    over the cover's picture block closing it (`_closing_standfirst`), is a holder itself: where the standfirst holds
    more text than any other block of the story (a Sputnik-shaped body, each of its text blocks wrapped apart), it
    stands for the story's paragraph among the holders, and the body under the header, holding more text than it, is
    one of them too. Only the holders' next siblings and their last two children are read."""
    bodies = set()
    for holder in story:
        standfirst = _closing_standfirst(holder, held) if _is_headline_block(holder) else None
        if standfirst is not None and standfirst in story:
            body = holder.getnext()
            if body is not None and body.tag in OPENING_TEXT_BLOCKS \
                    and held.get(body, NOTHING).text > held[standfirst].text:
                bodies.add(body)
    return bodies


def _closing_standfirst(headline_block: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The headline's block's last child where it is a standfirst (`_is_standfirst`), or the child before it where
    the last is the cover's picture block (`_is_picture_block`): the announce printed over the cover picture (a
    Sputnik site's `article__announce-text` before `article__announce`, the cover's media alone in it)."""
    last = headline_block[-1]
    if _is_standfirst(last, held):
        return last
    before = last.getprevious()
    return before if before is not None and not (before.tail or "").strip() and _is_picture_block(last, held) \
        and _is_standfirst(before, held) else None


def _story_blocks(page: Page) -> dict[HtmlElement | None, None]:
    """The story's holders, and the block of the longest `p`: where a standfirst holds more text than any `p`, it
    stands for the story's paragraph among the holders, and the block of the story's paragraphs is not one of them."""
    longest = max(page.tree.iter("p"), key=lambda p: page.held.get(p, NOTHING).text, default=None)
    return {**page.story, **({longest.getparent(): None} if longest is not None else {})}


def _standfirsts(page: Page) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """`div`s written as a paragraph (`_is_standfirst`) before the block holding the story and holding less text than
    it, each with that block: a standfirst over the story. The precise extractor takes the block alone and leaves the
    standfirst out; moved in as the block's first paragraph, it is read with them. The block opens with the story:
    another such `div`, a `p`, or a sentence of its own text (the lead over lines between `<br>`s); a picture's block
    (an image with at most a caption and a credit, no paragraph) may stand between the standfirst and it. A standfirst
    over nested holders (Pangea's intro under the cover, over `div.body-container` and the `wsw` it opens) goes with
    the innermost, the story's own block the precise extractor reads."""
    held = page.held
    found: dict[HtmlElement, tuple[int, HtmlElement]] = {}
    for block in _story_blocks(page):
        if block is None or not len(block):
            continue
        standfirst = _standfirst_over(block, held)
        if standfirst is not None and held.get(block, NOTHING).text > held[standfirst].text \
                and _opens_with_story(block, held):
            depth = len(list(block.iterancestors()))
            if standfirst not in found or depth > found[standfirst][0]:
                found[standfirst] = depth, block
    for standfirst, (_, block) in found.items():
        yield standfirst, block


def _standfirst_over(block: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The standfirst right before the block, a picture's block between them or not, or closing the headline's block:
    a `div` written as a paragraph (`_is_standfirst`), or the `p` of an intro's wrapper over a picture (`_is_intro`).
    A wrapped lead right before the story's block is left where it is, as the news sites' summary kept apart from
    their text (the dev half's gold leaves such a lead out); one over the cover picture opens the story, and so does
    one under it, closing the cover's block or right after it (`_intro_under_cover`: the fixtures' labels keep it, the
    dev half holds none), before the story's block or before the wrappers the block opens."""
    if block.getprevious() is None:
        return _intro_under_cover(_before_wrappers(block), held)
    before = _past_picture(block.getprevious(), held)
    # A portal may print the date line between the standfirst and the picture (an anons `div` under the headline).
    if before is not None and _is_date_line(before, held):
        before = _past_picture(before.getprevious(), held)
    # A theme's header may wrap the headline's block with its category list: the headline's block closes it.
    if before is not None and len(before) and not _is_headline_block(before) and _is_headline_block(before[-1]):
        before = before[-1]
    if before is not None and _is_headline_block(before):
        sub_title = _sub_title(before, held)
        if sub_title is not None:
            return sub_title
        # The headline's block may close with the cover's block, its standfirst under its picture (Sputnik's
        # `article__announce`): read before the cover is stepped over as a picture's block, its standfirst short.
        under_cover = _intro_closing_cover(before[-1], held)
        if under_cover is not None:
            return under_cover
        before = _past_picture(before[-1], held)
    if before is None or (before.tail or "").strip():
        return None
    if _is_standfirst(before, held):
        return before
    # The wrapper is left behind: the extractors read its `p` as a paragraph of the block's own.
    if _is_intro(before, held) and before.getnext() is not block:
        return before[0]
    return _intro_under_cover(before, held)


def _intro_under_cover(element: HtmlElement | None, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The standfirst under the cover picture: closing the cover's block (`_intro_closing_cover`) or right after it
    (`_intro_after_cover`)."""
    closing = _intro_closing_cover(element, held)
    return closing if closing is not None else _intro_after_cover(element, held)


def _before_wrappers(block: HtmlElement) -> HtmlElement | None:
    """The element before the story's block, or before the outermost of the wrappers the block opens as their first
    child, `_WRAPPERS_OPENED` at most (Pangea's `div.body-container` and `div#article-content` round its `wsw`)."""
    element: HtmlElement | None = block
    for _ in range(_WRAPPERS_OPENED + 1):
        if element is None:
            return None
        before = element.getprevious()
        if before is not None:
            return before
        element = element.getparent()
    return None


def _intro_closing_cover(cover: HtmlElement | None, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The `p` of an intro's wrapper (`_is_intro`) closing a cover's block under its picture, the block holding the
    two and nothing else (Pangea's `div.intro` after the cover's `figure` in `div.cover-media`), or a `div` written as
    a paragraph in its place (`_is_standfirst`: a Sputnik site's `article__announce-text` after the cover's media in
    `article__announce`, closing the headline's block): the standfirst, written under the cover picture rather than
    over it."""
    if cover is None or cover.tag != "div" or len(cover) != 2 or own_text(cover) or (cover.tail or "").strip():
        return None
    picture, intro = cover
    if not _is_picture_block(picture, held):
        return None
    if _is_intro(intro, held):
        return intro[0]
    return intro if not (intro.tail or "").strip() and _is_standfirst(intro, held) else None


def _intro_after_cover(intro: HtmlElement | None, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The `p` of an intro's wrapper (`_is_intro`) right after the cover's picture block, beside it rather than closing
    it (Pangea's `div.intro` after `div.cover-media`, outside it): the standfirst written under the cover picture, as
    one closing the cover's block is (`_intro_closing_cover`). Only the element before the intro is read."""
    if intro is None or (intro.tail or "").strip() or not _is_intro(intro, held):
        return None
    cover = intro.getprevious()
    return intro[0] if cover is not None and _is_picture_block(cover, held) else None


def _is_date_line(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of a short line of spans or text, no image, no link and no sentence: a portal's date, category and
    views line."""
    inside = held.get(element, NOTHING)
    return element.tag == "div" and 0 < inside.text <= CAPTION_MAX_CHARS and not inside.image and not inside.links \
        and not (element.tail or "").strip() and holds_inline_only(element) and not is_sentence(block_text(element))


def _past_picture(element: HtmlElement | None, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The element, or the one before it when it is a picture's block: a picture may stand between a standfirst and
    the story, or close the headline's block under its standfirst (the announce's photo in a Sputnik site's header).
    A headline's block holding a picture and little text is no picture's block: the standfirst is looked for in it.
    A picture printed bare (`_bare_picture`) is stepped over as its block would be, and a picture's block with a row
    of share links under it (`_is_links_row`) as the block alone."""
    if element is None or _is_headline_block(element):
        return element
    # A row of share links may stand between the picture and the story (JNews's share bar under the featured image).
    if _is_links_row(element, held):
        element = element.getprevious()
        if element is None or not _is_picture_block(element, held):
            return None
    if _is_picture_block(element, held):
        return element.getprevious()
    image = _bare_picture(element, held)
    return element if image is None else image.getprevious()


def _is_links_row(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of links and nothing else, a short line of a few of them (a share bar's network names): no image, no
    text of its own, all its text in its links."""
    inside = held.get(element, NOTHING)
    return element.tag == "div" and inside.links >= 2 and inside.link_text == inside.text <= CAPTION_MAX_CHARS \
        and not inside.image and not own_text(element) and not (element.tail or "").strip()


def _bare_picture(element: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The image, where the element is an image with no block round it, or a `div` of its description right after
    one: a short line or two (a caption and a credit) in text and inline elements, no image, no sentence of a
    paragraph's length, nothing loose after either (1C-Bitrix's news template prints `img.detail_picture` bare, its
    description in a `div` beside it, between the preview text and the detail text). Only the element and the one
    before it are read."""
    if (element.tail or "").strip():
        return None
    if element.tag in IMAGE_TAGS:
        return element
    image = element.getprevious()
    if element.tag != "div" or image is None or image.tag not in IMAGE_TAGS or (image.tail or "").strip():
        return None
    inside = held.get(element, NOTHING)
    return image if 0 < inside.text <= 2 * CAPTION_MAX_CHARS and not inside.image and holds_inline_only(element) \
        and not is_paragraph(element.text_content()) else None


def _is_headline_block(element: HtmlElement) -> bool:
    """A block holding the headline (an `h1` among its children) that closes with another block or a `p`, the
    standfirst it may hold under the headline and the date line (the Sputnik sites' article header, a portal's
    `header` closing with its excerpt)."""
    return element.tag in ("div", "header") and len(element) > 1 and element[-1].tag in ("div", "p") \
        and next(element.iterchildren("h1"), None) is not None


def _sub_title(headline_block: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The first `p` after the headline in its block, written as a paragraph of a sentence, little of it in links:
    the standfirst a theme prints as the headline's sub-title over the date line, or a portal as the excerpt closing
    its article's `header`; the block's only `p` after the headline (a block holding the headline over the story's
    paragraphs is the story's own). Only the block's few children after the `h1` are read."""
    headline = next(headline_block.iterchildren("h1"))
    sub_title = next(headline.itersiblings("p"), None)
    # A theme may print the sub-title as the `h2` right under the headline (JNews's `jeg_post_subtitle`): a heading
    # written as a paragraph of a sentence, where the block holds no `p`.
    after = headline.getnext()
    if sub_title is None and after is not None and after.tag == "h2":
        sub_title = after
    # Or as the one `p` of an inline wrapper right under the headline, holding nothing else (ZoxPress's excerpt
    # `span` over the author and date line).
    elif sub_title is None and after is not None and _wraps_one_p(after):
        sub_title = after[0]
    # Or as a `div` of its own written as a paragraph right under the headline (the Newspaper theme's
    # `td-post-sub-title` over the author and date line).
    elif sub_title is None and after is not None and is_prose_div(after, held):
        sub_title = after
    # The block's only `p` after the headline: a block holding the headline over the story's paragraphs is the story's.
    if sub_title is None or (sub_title.tail or "").strip() or next(sub_title.itersiblings("p"), None) is not None:
        return None
    inside = held.get(sub_title, NOTHING)
    return sub_title if 0 < inside.text <= PROSE_DIV_MAX_CHARS and 2 * inside.link_text < inside.text \
        and written_as_paragraph(sub_title) else None


def _wraps_one_p(element: HtmlElement) -> bool:
    """An inline element wrapping one `p` and no text of its own: a theme's excerpt `span` round its paragraph."""
    return element.tag in INLINE_TAGS and len(element) == 1 and element[0].tag == "p" and not own_text(element)


def _is_standfirst(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` written as a paragraph (`is_prose_div`), little of it in links (not a row of share links that ends
    with a full stop), and first of such `div`s (not the last paragraph of a story written as `div`s before a box)."""
    before = element.getprevious()
    return is_prose_div(element, held) and 2 * held[element].link_text < held[element].text \
        and (before is None or not is_prose_div(before, held))


def _is_intro(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of no text of its own wrapping one `p` of a sentence, a paragraph's length at most (Pangea's `intro`
    over the cover picture), or one `h2` written as such a paragraph (1C-Bitrix's preview text, a `span` in an `h2` in
    `news-detail__head`): the standfirst written as a paragraph inside a wrapper of its own."""
    inside = held.get(element, NOTHING)
    return element.tag == "div" and len(element) == 1 and element[0].tag in _INTRO_TAGS and not own_text(element) \
        and 0 < inside.text <= PROSE_DIV_MAX_CHARS and 2 * inside.link_text < inside.text \
        and written_as_paragraph(element[0])


def _is_picture_block(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `figure`, `div` or `dl` (1C-Bitrix's detail picture, the image in a `dt`, the caption and the credit in
    `dd`s) holding an image or an embedded player (a video's `iframe` or `video`) and at most a caption and a credit:
    no paragraph, no loose text after it. The caption and the credit may be `p`s of the
    block's own after the image, neither written as a paragraph (a portal's picture `div` over the story)."""
    inside = held.get(element, NOTHING)
    return element.tag in ("figure", "div", "dl") and inside.text <= 2 * CAPTION_MAX_CHARS \
        and not (element.tail or "").strip() and not own_text(element) and _no_paragraph(element, held) \
        and (inside.image or holds_a_player(element))


def _no_paragraph(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """No `p` in the block, or only its own children's after its first, an image, none a paragraph: a caption and a
    credit set as `p`s under the picture."""
    paragraphs = list(islice(element.iter("p"), 3))
    if not paragraphs:
        return True
    return len(paragraphs) <= 2 and held.get(element[0], NOTHING).image and all(
        p.getparent() is element and p is not element[0] and not is_paragraph(p.text_content()) for p in paragraphs)


def _first_paragraph(block: HtmlElement) -> HtmlElement:
    """The block's first element, or the one after it when it is a sub-heading (a story opening with its first
    question or chapter's title) or a `figure` (a photo story opening with its first picture)."""
    first = block[0]
    return block[1] if first.tag in (*HEADING_TAGS, "figure") and len(block) > 1 else first


def _opening_paragraph(block: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement:
    """The block's first paragraph (`_first_paragraph`), or the element after it when it is a picture's block: a
    portal's picture `div` over the story's first `p`."""
    first = _first_paragraph(block)
    after = first.getnext()
    return after if after is not None and _is_picture_block(first, held) else first


def _opens_with_story(block: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The block opens with a paragraph, or with a sub-heading or a picture's `figure` over one: a `div` written as
    one, a `p` holding a sentence, or its own text ending a sentence."""
    if (block.text or "").strip():
        return is_sentence(" ".join(block.text.split()))
    if block[0].tag == "figure" and not _is_picture_block(block[0], held):
        return False
    first = _first_paragraph(block)
    # A story in text components may open with a picture's block over the first of them.
    if _is_picture_block(first, held) and first.getnext() is not None:
        first = first.getnext()
    # A story split in blocks of `p`s (Pangea's `wsw` blocks) opens with the first block's first `p`.
    if first.tag in ("div", "section") and _opens_paragraphs(first):
        first = first[0]
    return is_prose_div(first, held) or is_text_component(first, held) \
        or (first.tag == "p" and is_paragraph(first.text_content())) or _is_short_text_component(first, held) \
        or _is_short_sentence_over_paragraph(first)


def _is_short_sentence_over_paragraph(element: HtmlElement) -> bool:
    """A `p` of one sentence shorter than a paragraph, `_SHORT_OPENING_MIN_WORDS` words at least and closed by a
    sentence's mark, right before a `p` that is a paragraph: a story opening with a short sentence over its second
    paragraph ("Аввал намуналар таҳлил учун Тошкентдаги марказга юбориларди."), as a body of text components may open
    with a short text block (`_is_short_text_component`). A block opening with it opens with the story; a caption or a
    credit closes no sentence, and a short line over no paragraph opens none."""
    if element.tag != "p" or (element.tail or "").strip():
        return False
    text = " ".join(element.text_content().split())
    after = element.getnext()
    return after is not None and after.tag == "p" and word_count(text) >= _SHORT_OPENING_MIN_WORDS \
        and ends_a_sentence(text) and is_paragraph(after.text_content())


def _is_short_text_component(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A page builder's text component holding one sentence shorter than a paragraph (a Sputnik-shaped body's first
    text block, "Қыста Каспийде дауыл жиілейтіндіктен рейстер аптасына екі рет азайды."): a `div` whose one child is a
    `div` of text and inline elements only, a sentence. A block opening with it opens with the story."""
    if element.tag != "div" or len(element) != 1 or own_text(element):
        return False
    text = element[0]
    return text.tag == "div" and 0 < held.get(text, NOTHING).text <= PROSE_DIV_MAX_CHARS and holds_inline_only(text) \
        and is_sentence(block_text(text))


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
    text = held.get(item, NOTHING)
    return item.tag == "li" and 0 < text.text <= PROSE_DIV_MAX_CHARS and 2 * text.link_text < text.text \
        and holds_inline_only(item)


def _items_as_paragraphs(listing: HtmlElement, held: dict[HtmlElement, Held]) -> None:
    """The list's items, when a paragraph of the story stands near it (before or after, past empty breaks), each
    written as a `p` inside its `li`."""
    if not (near_paragraph(listing.itersiblings(preceding=True), held)
            or near_paragraph(listing.itersiblings(), held)):
        return
    for item in listing:
        paragraph = paragraph_of(item.text, list(item), item)
        item.text = None
        item.append(paragraph)


class StoryText(NamedTuple):
    """The story's text that its markup hides from the precise extractor, found on the page as it came."""

    prose: list[HtmlElement]
    standfirsts: list[tuple[HtmlElement, HtmlElement]]
    lists: list[HtmlElement]
    quotes: list[HtmlElement]
    boxes: list[HtmlElement]
    framed: list[HtmlElement]
    quote_figures: list[HtmlElement]
    continued: list[tuple[HtmlElement, HtmlElement]]


def _beside(element: HtmlElement, tags: tuple[str, ...]) -> bool:
    """Whether the element right before or right after `element` is one of `tags`: set among the story's paragraphs."""
    return any(sibling is not None and sibling.tag in tags for sibling in (element.getprevious(), element.getnext()))


def _paragraphs_text(holder: HtmlElement) -> str:
    """The text of the story holder's own paragraphs, one a line: what a quote set beside them is looked for in."""
    return "\n".join(block_text(paragraph) for paragraph in islice(holder.iterchildren("p"), _STORY_PARAGRAPHS_READ))


def _quote_with_speaker(text: str) -> bool:
    """Words in quotation marks, then who spoke them («…», — said the director.): not the quoted words alone."""
    return text.startswith(_OPENING_QUOTE_MARKS) and not text.rstrip(" .!?…").endswith(_CLOSING_QUOTE_MARKS)


def _quotes_set_apart(page: Page) -> Iterator[HtmlElement]:
    """`aside`s among the story's paragraphs (children of its holders, a `p` right before or after them) holding one
    `p` written as a paragraph, a quote with who spoke it (`_quote_with_speaker`), and no link: a quote of the story's
    set apart, which the precise extractor leaves out with the page's asides; made a `blockquote`, it is read. A pull
    quote, the quoted words alone catching the eye, is left to the rules: the story holds it already, however
    reworded, and one repeating the story's words is furniture and dropped (`boxes`)."""
    held = page.held
    for holder in page.story:
        for aside in holder.iterchildren("aside"):
            inside = held.get(aside, NOTHING)
            if len(aside) == 1 and aside[0].tag == "p" and not own_text(aside) and not inside.links \
                    and 0 < inside.text <= PROSE_DIV_MAX_CHARS and written_as_paragraph(aside[0]) \
                    and _quote_with_speaker(block_text(aside[0])) \
                    and _beside(aside, ("p",)):
                yield aside


def _is_analysis_box(box: HtmlElement, held: dict[HtmlElement, Held], bold_title: bool) -> bool:
    """A heading (or, where `bold_title`, a `p` all in one bold child) over one `p` or more, each written as a
    paragraph, nothing else and no text of the box's own, no link and no picture, set among the story's paragraphs (a
    `p` right before or after it): the story's own analysis boxed apart. A box of a heading, a line and a link, a
    sign-up's form, a list of pointers, lines that are no sentences or a quote alone is none."""
    inside = held.get(box, NOTHING)
    title = box[0] if len(box) > 1 else None
    return title is not None \
        and (title.tag in HEADING_TAGS or (bold_title and title.tag == "p" and holds_only_bold(title))) \
        and not own_text(box) and not inside.links and not inside.image and 0 < inside.text <= PROSE_DIV_MAX_CHARS \
        and all(child.tag == "p" and written_as_paragraph(child) for child in box[1:]) and _beside(box, ("p",))


def _boxes_set_apart(page: Page) -> Iterator[HtmlElement]:
    """`aside`s among the story's paragraphs (children of its holders) of a heading over `p`s of sentences
    (`_is_analysis_box`): the story's own analysis set apart ("Why it matters", "Background"), which the precise
    extractor leaves out with the page's asides; made a `div`, it is read as a fact box written as one is."""
    for holder in page.story:
        for aside in holder.iterchildren("aside"):
            if _is_analysis_box(aside, page.held, bold_title=False):
                yield aside


def _bordered_boxes(page: Page) -> Iterator[HtmlElement]:
    """`div`s among the story's paragraphs (children of its holders) whose inline style names a border, of a heading
    or a `p` all in bold over `p`s of sentences (`_is_analysis_box`): the story's own background drawn as a framed box
    ("背景链接"), which the precise extractor leaves out with every block whose style names a border; its style taken
    off, it is read with the story. A framed box of a title, a line and a link is none."""
    for holder in page.story:
        for div in holder.iterchildren("div"):
            if _BORDER in div.get("style", "") and _is_analysis_box(div, page.held, bold_title=True):
                yield div


def _in_quotation_marks(text: str) -> bool:
    """Words of a paragraph's length at least, opening with a quotation mark and closing with one (a stop after it or
    not): the quoted words alone."""
    return len(text.split()) >= PARAGRAPH_MIN_WORDS and text.startswith(_OPENING_QUOTE_MARKS) \
        and text.rstrip(" .!?…").endswith(_CLOSING_QUOTE_MARKS)


def _quote_cards(page: Page) -> Iterator[HtmlElement]:
    """The quoted words' `div` of a quote card among the story's paragraphs (a `div` child of its holders, a `p` right
    before or after it, no text of its own and no link): a portrait's image, the `div` of the quoted words in quotation
    marks (`_in_quotation_marks`) in text and inline elements, and the speaker's line (`_is_speaker_line`), nothing
    else; the words not in the story's paragraphs beside it. Made a `p`, the quote is read: the precise extractor
    leaves out a `div` with no `p` after it, and the speaker's line closes the card. A pull quote repeating the story's
    words is left to the rules."""
    held = page.held
    for holder in page.story:
        story: str | None = None  # the holder's paragraphs, read once and only for a card that may be a quote
        for card in holder.iterchildren("div"):
            inside = held.get(card, NOTHING)
            if len(card) != _CARD_PARTS or own_text(card) or inside.links or not inside.image \
                    or not 0 < inside.text <= PROSE_DIV_MAX_CHARS \
                    or not _beside(card, ("p",)):
                continue
            portrait, words, speaker = card
            if portrait.tag not in IMAGE_TAGS or words.tag != "div" or not holds_inline_only(words) \
                    or not _is_speaker_line(speaker, held) or not _in_quotation_marks(block_text(words)):
                continue
            if story is None:
                story = _paragraphs_text(holder)
            if _quoted(block_text(words)) not in story:
                yield words


def _quotes_in_figures(page: Page) -> Iterator[HtmlElement]:
    """`figure`s among the story's paragraphs (children of its holders, a `p` or a list right before or after them,
    the story's list of sentences closing over the quote as a paragraph does) holding
    one `blockquote` and nothing else, the `blockquote` holding the quoted words in quotation marks in its `p`s and who
    spoke them in a `cite`, no link, and the words not in the story's paragraphs beside it: a quote of the story's set
    in a block editor's pullquote block, which the precise extractor leaves out with every `figure`. A pull quote
    repeating the story's words, or the quoted words with no one named, is left to the rules."""
    held = page.held
    for holder in page.story:
        story: str | None = None  # the holder's paragraphs, read once and only for a figure that may be a quote
        for figure in holder.iterchildren("figure"):
            quote = figure[0] if len(figure) == 1 and figure[0].tag == "blockquote" else None
            inside = held.get(figure, NOTHING)
            if quote is None or own_text(figure) or inside.links or not 0 < inside.text <= PROSE_DIV_MAX_CHARS \
                    or not _beside(figure, _BESIDE_A_QUOTE):
                continue
            words = [block_text(child) for child in quote.iterchildren("p")]
            if not words or next(quote.iterchildren("cite"), None) is None or own_text(quote) \
                    or not all(text.startswith(_OPENING_QUOTE_MARKS) for text in words):
                continue
            if story is None:
                story = _paragraphs_text(holder)
            if not any(_quoted(text) in story for text in words):
                yield figure


def _continued_blocks(page: Page) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """Pairs of a story's block and its second part after a box or an advertisement: of the story's holders' parts
    (`split_parts`: "news-detail__text" and "news-detail__text-continue", "article-body" and "article-body
    article-body--more"; parts of one class are the split body's twins), the earlier part and the later one, the later
    one opening with the story's text (`_opens_with_story`)."""
    held = page.held
    pairs = dict.fromkeys(pair for block in page.story for pair in split_parts(block)
                          if pair[0].get("class") != pair[1].get("class"))
    for first, second in pairs:
        # A part with neither text nor children opens with nothing.
        if (len(second) or (second.text or "").strip()) and _opens_with_story(second, held):
            yield first, second


def _join_parts(first: HtmlElement, second: HtmlElement) -> None:
    """The second part's text and elements moved to the first part's end, the emptied second part taken out. Parts
    that are no longer siblings are not joined: a standfirst whose class continues the block's before it (Sputnik's
    `article__announce-text` after the cover's `article__announce`) has been moved into the story's block as its first
    paragraph, and is read there."""
    parent = first.getparent()
    if parent is None or second.getparent() is not parent:
        return
    if (second.text or "").strip():
        if len(first):
            first[-1].tail = (first[-1].tail or "") + second.text
        else:
            first.text = (first.text or "") + second.text
    second.text = None
    first.extend(list(second))
    second.drop_tree()


def _quoted(text: str) -> str:
    """The quoted words without their quotation marks and the stop after them, as a story's paragraph may hold them."""
    return text.rstrip(" .").strip("".join(_OPENING_QUOTE_MARKS + _CLOSING_QUOTE_MARKS) + " ")


def _div_line_stories(page: Page) -> Iterator[HtmlElement]:
    """In a block of the story's holders with no `p` among its children and a quote's `blockquote` among them, its
    children that are `div`s written as paragraphs (`is_prose_div`), when there are at least `_DIV_LINES_MIN` of them
    and no other child `div` holds a paragraph (a line with a picture in it): a story written wholly in `div` lines
    over a quote set apart, of which the precise extractor takes the quote alone, leaving the page to the recall pass
    and its strips and footers. A box to press set among the lines (`_is_pressable_box`: a title, a line of pitch and
    its link) counts as the quote does: where the precise extractor does not know the block's class, it takes none of
    the lines, and the recall pass prints the box with the page's strips. So does a line holding two paragraphs
    between `<br>`s (`_paragraphs_between_breaks`): `lines` makes its lines `p`s, and the precise extractor would take
    those alone. Where none stands among them, it reads the lines as they are."""
    held = page.held
    for block in page.story:
        if block.tag not in OPENING_TEXT_BLOCKS or next(block.iterchildren("p"), None) is not None:
            continue
        # A quote or a box to press among the lines, looked for first: its test reads the measures alone; or a line
        # holding two paragraphs between `<br>`s, whose lines `lines` makes `p`s that the precise extractor would
        # then read without the other lines.
        if next(block.iterchildren("blockquote"), None) is None \
                and not any(_is_pressable_box(child, held) or _paragraphs_between_breaks(child, held)
                            for child in block.iterchildren("div")):
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


def _paragraphs_between_breaks(div: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` line written as a paragraph (`is_prose_div`) that opens with a paragraph closed by a `<br>`
    (`opens_with_a_lead`): two paragraphs or more set in one line between breaks (a Tilda post's text), whose lead
    `lines` makes a `p`."""
    return is_prose_div(div, held) and opens_with_a_lead(div)


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
    prose = dict.fromkeys([*_prose_blocks(page), *_div_line_stories(page), *_quote_cards(page)])
    # A block made a paragraph itself takes no standfirst in: a `p` inside a `p` is no paragraph to the extractors.
    standfirsts = [(standfirst, block) for standfirst, block in _standfirsts(page) if block not in prose]
    return StoryText(list(prose), standfirsts, list(_story_lists(page)), list(_quotes_set_apart(page)),
                     list(_boxes_set_apart(page)), list(_bordered_boxes(page)),
                     list(_quotes_in_figures(page)), list(_continued_blocks(page)))


def _still_beside(standfirst: HtmlElement, block: HtmlElement) -> bool:
    """Neither dropped: the standfirst, or the headline's block closing with it, is still the block's sibling, or the
    sibling of the wrappers the block opens (`_before_wrappers`)."""
    parent, holder = block.getparent(), standfirst.getparent()
    if parent is None or holder is None:
        return False
    # The headline's block may be wrapped by a theme's header with its category list: two levels up at most.
    holders = (holder, *islice(holder.iterancestors(), 2))
    if parent in holders:
        return True
    # An intro closing the cover's block is its grandchild, beside the block's wrappers.
    return block.getprevious() is None \
        and any(wrapper in holders for wrapper in islice(parent.iterancestors(), _WRAPPERS_OPENED))


def write_story_text(page: Page, found: StoryText) -> None:
    """The story's text written as paragraphs, once the furniture is pruned: what `find_story_text` found, and the
    leads and lines the pruned tree shows (`lines`; no element taken out is put back into a line)."""
    tree, held = page.tree, page.held
    for div in found.prose:
        div.tag = "p"
    for aside in found.quotes:
        if aside.getparent() is not None:
            aside.tag = "blockquote"
    for aside in found.boxes:
        if aside.getparent() is not None:
            aside.tag = "div"
    for div in found.framed:
        if div.getparent() is not None:
            del div.attrib["style"]
    for figure in found.quote_figures:
        if figure.getparent() is not None:
            figure.drop_tag()
    drop_empties_opening_lines(tree)
    # Found after the drops, so that no element taken out is put back into the line.
    made = leads_as_paragraphs(tree)
    # After the leads are made paragraphs: a standfirst goes in before the block's first one, its tag theirs.
    for standfirst, block in found.standfirsts:
        if _still_beside(standfirst, block):
            if (block.text or "").strip() or (len(block) and _opening_paragraph(block, held).tag == "p"):
                standfirst.tag = "p"
            standfirst.tail, block.text = block.text, None
            block.insert(0, standfirst)
    lines_as_paragraphs(tree, made)
    drop_empty_formatting(tree)
    # The story's block and its second part after a pruned box, joined once both are written as paragraphs.
    for first, second in found.continued:
        _join_parts(first, second)
    # Last, beside the paragraphs made above: the story's own lists, their items written as paragraphs.
    for listing in found.lists:
        if listing.getparent() is not None:
            _items_as_paragraphs(listing, held)
    # An anchor with nothing in it (a glossary or a tracking link left empty) in a paragraph's text drops the
    # paragraph from the precise text as an icon does when it closes it; its tail stays. A share row's empty links
    # stay, as links.
    for anchor in [a for a in tree.iter("a") if is_empty(a)]:
        parent = anchor.getparent()
        if parent is not None and 0 < held.get(parent, NOTHING).text <= PROSE_DIV_MAX_CHARS \
                and is_paragraph(parent.text_content()):
            anchor.drop_tag()
