"""Captions and credits beside images, found by their markup:

- captions without `figcaption`: a short line, not a sentence (or a sentence in small or italic type that, with the
  image and a break, is all its `p` holds, or one set in a small font size in its own style on the line after the
  image's block, or one all in one italic or small element alone in the `p` after the image's, no `p` of the same type
  after it and no colon closing it: a quoted letter runs on in italics), standing right after a block that holds only an
  image (an `img`, or AMP's `amp-img`), or after a gallery slide's counter under it ("1 / 2"), set apart from the text
  by small or italic type, a mid-grey colour in its own style or a span of its own (an old `font` element its `size` or
  `color` sets small or grey is read as such a line, as a `p` is), or closing a wrapper that holds only
  the image and it (a figure made of `div`s) or followed by a credit the text rules know that closes it; the line may
  sit in blocks that hold only it (a site builder's row, container and column), the image block being the one before the
  outermost of them, or the line opening a block (and the blocks that one opens) right after the image's block, in
  small, italic or grey type (a site builder's text widget opening with the caption under its image widget); or a
  line, even a sentence, opening the block after the image's whose only other line is such a
  credit (a page builder's text module of a caption and a credit under its picture module); or a line, holding no link,
  whose last sentence's stop is followed by such a credit run on ("... on Wednesday. Photo by ...") or by two names
  parted by a slash (an agency's and its photographer's, "... in Tashkent. Meridian / Dilshod Karimov"), a caption
  typed as a plain `p` under the picture's own `p`; or a short line, not a sentence, whose block's class or id names a
  picture's title (InstantCMS's `f_photo_title` field under the `f_photo` field);
- a figure written as a description list: the terms and descriptions after its first term when that term holds only
  a picture (SPIP's document's title and description, old WordPress themes' `dl.wp-caption`), each a short line, even
  a sentence;
- bare caption lines: in a body written as lines between `<br>`s (Bitrix, DLE), a short line, not a
  sentence, joined by a single break to the image set in the text above it, and closed by a blank line:
  the image and its caption make one paragraph (a list of items under images has no blank line, and an
  image in a block of its own is no line's); or two such lines, a caption and a credit the text rules
  know ("Photo courtesy of ..."), under an image that opens its run of lines (after a blank line or an
  element, not after a line of text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, pairwise

from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, is_furniture_line
from pipeline.extract.markup.page import (
    CAPTION_MAX_CHARS,
    CAPTION_TAGS,
    NOTHING,
    Held,
    Page,
    block_text,
    holds_a_player,
    is_empty_break,
    is_image_only,
    is_name_word,
    is_sentence,
    name_parts,
    names_of,
)

# A caption's muted grey, set inline: mid-grey, neither the near-black of body text nor a background's near-white.
_MUTED_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*#([0-9a-f]{6}|[0-9a-f]{3})\b", re.IGNORECASE)
_MUTED_RANGE = (0x70, 0xC0)
_GREY_SPREAD = 0x18
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# An old-style `font` element's sizes below a page's text (3, the default): 1 and 2, or one or two steps down.
_SMALL_FONT_SIZES = frozenset({"1", "2", "-1", "-2"})
_STYLE_MAX_CHARS = 300
# Site builders nest each block of a page in rows, containers and columns that hold only it.
_WRAPPER_MAX_LEVELS = 6
# Small or italic type (not a span, which pasted text wraps round its sentences).
_CAPTION_TYPE = frozenset({"small", "em", "i"})
# Elements read at most to tell a caption: a line in one or two inline elements.
_CAPTION_MAX_ELEMENTS = 4
# A credit run on after a caption's last sentence: the stops that close that sentence, and the credit's words at most.
_SENTENCE_STOPS = (". ", "! ", "? ")
_CREDIT_MAX_WORDS = 8
# A caption closed by a credit the text rules know may run longer than a plain caption: a wire's or a newsroom's
# caption names its people ("..., left, and ...") and the time and place, two lines or so before its credit.
_CREDITED_CAPTION_MAX_CHARS = 2 * CAPTION_MAX_CHARS
# Or the credit is two names parted by a slash, each of so many words.
_CREDIT_NAME_WORDS = (1, 4)
# A content system's field or block for a picture's title names a picture and a title ("f_photo_title", "image-title",
# "imgtitle").
_PICTURE_WORDS = frozenset({"photo", "image", "img", "picture", "pic", "foto"})
_PICTURE_TITLE_NAMES = frozenset(f"{word}title" for word in _PICTURE_WORDS)
# A picture's description list holds it, its title and its caption, and a credit at most.
_PICTURE_LIST_MAX_ITEMS = 4
# A gallery slide's counter between its image and its title: two numbers and a slash, so many characters at most.
_COUNTER_MAX_CHARS = 12
# A font size set in an element's own style ("font-size: 12px", "font-size:.8em", "font-size: small"): the number and
# its unit, or a keyword.
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*"
                        r"(?:(\d{0,3}(?:\.\d{1,3})?)\s*(px|pt|em|rem|%)|((?:xx?-)?small(?:er)?)\b)", re.IGNORECASE)
# The largest size of each unit that is smaller than a page's text (16px, 12pt, 1em): 13px, 10pt, 0.875em, 87.5%.
_SMALL_FONT_MAX = {"px": 13.0, "pt": 10.0, "em": 0.875, "rem": 0.875, "%": 87.5}


def _is_muted(element: HtmlElement) -> bool:
    """Text coloured a mid-grey by the element's own style ("color:#8a8a8a"), as builders set captions apart."""
    match = _MUTED_COLOUR.search((element.get("style") or "")[:_STYLE_MAX_CHARS])
    return match is not None and _is_mid_grey(match.group(1))


def _is_old_small_or_grey_font(element: HtmlElement) -> bool:
    """An old-style `font` element whose attributes set its text smaller than a page's (`size` 1 or 2, or "-1", "-2")
    or a mid-grey (`color="#808080"`), as blog engines of the 2000s set a picture's caption apart (Exblog's
    "<font size="2" color="#808080">" line under the picture)."""
    if element.tag != "font":
        return False
    colour = (element.get("color") or "").strip().removeprefix("#")
    return (element.get("size") or "").strip() in _SMALL_FONT_SIZES \
        or (len(colour) in (3, 6) and all(digit in _HEX_DIGITS for digit in colour) and _is_mid_grey(colour))


def _is_mid_grey(digits: str) -> bool:
    """Hex digits of a colour ("8a8a8a", "999") that make a mid-grey."""
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[at:at + 2], 16) for at in (0, 2, 4)]
    low, high = _MUTED_RANGE
    return max(channels) - min(channels) <= _GREY_SPREAD and all(low <= channel <= high for channel in channels)


def _is_set_apart(element: HtmlElement) -> bool:
    """Small, italic or muted grey type, or a span: the element itself, or its one child holding all its text but a
    separator's marks after it (a DLE picture's centred line "<em>caption</em> / <span class="copyright">credit</span>",
    the credit pruned by its class, leaves the slash)."""
    if element.tag in CAPTION_TAGS or _is_muted(element) or _is_old_small_or_grey_font(element):
        return True
    return (len(element) == 1 and element[0].tag in CAPTION_TAGS and not (element.text or "").strip()
            and not _holds_words(element[0].tail))


def _holds_words(text: str | None) -> bool:
    """A letter or a digit in the text: more than a separator's marks ("/", "|", "—")."""
    return text is not None and any(character.isalnum() for character in text)


def _closes_image_wrapper(element: HtmlElement, image: HtmlElement) -> bool:
    """The element and the image block before it are all its parent holds: a figure made of plain blocks."""
    parent = element.getparent()
    return (element.getnext() is None and image.getprevious() is None
            and parent is not None and not (parent.text or "").strip())


def _italic_rest_of_image_block(element: HtmlElement, line: HtmlElement, image: HtmlElement) -> bool:
    """The element is in small or italic type and it and the image are all their block holds: a rich text editor's
    picture with its caption under a break, both in one `p` ("<p><img><br><em>Bagged at our roastery.</em></p>"),
    a caption even when written as a sentence."""
    return (element.tag in _CAPTION_TYPE and line is element and not (element.tail or "").strip()
            and _closes_image_wrapper(element, image))


def _small_font(element: HtmlElement) -> str:
    """The element's own style's font size where it is smaller than a page's text ("12px", "small"), else ""."""
    match = _FONT_SIZE.search((element.get("style") or "")[:_STYLE_MAX_CHARS])
    if match is None:
        return ""
    number, unit, keyword = match.groups()
    if keyword:
        return keyword.lower()
    if not number.strip("."):
        return ""
    return f"{number}{unit.lower()}" if float(number) <= _SMALL_FONT_MAX[unit.lower()] else ""


def _small_sentence_under_image(element: HtmlElement, line: HtmlElement) -> bool:
    """The element, or a block holding only it up to the line's own block, sets its text in a font size smaller than a
    page's text, and the block after the line does not set the same size: a rich text editor's picture in a `p` of its
    own and its caption typed on the next line and made small ("<p><img></p><p><span style='font-size: 12px'>The 1879
    cover from Tashkent ...</span></p>", or HubSpot's "<p style='text-align: center; font-size: 13px;'>The Uzbek stand
    ...</p>" with no inline element), a caption even when written as a sentence. A story whose every paragraph is
    set in that size is no caption's."""
    node: HtmlElement | None = element
    for _ in range(_WRAPPER_MAX_LEVELS):
        if node is None:
            return False
        size = _small_font(node)
        if size:
            following = line.getnext()
            return following is None or not any(_small_font(block) == size for block in (following, *following[:1]))
        if node is line:
            return False
        node = node.getparent()
    return False


def _italic_sentence_under_image(element: HtmlElement, line: HtmlElement) -> bool:
    """The element is in small or italic type and holds all the text of its own block (the line: a `p` holding only
    it), the text not a lead-in closed by a colon, and the block after the line is not one of the same type: a rich
    text editor's picture in a `p` of its own and its caption typed on the next line in italics (Shopify's "<p><img>
    </p><p><em>Each dried sheet is polished by hand ...</em></p>"), a caption even when written as a sentence. A story
    whose paragraphs run on in italics (a quoted letter) is no caption's, nor is a lead-in to a table or a list."""
    if element.tag not in _CAPTION_TYPE or line is element or element.text_content().rstrip().endswith(":"):
        return False
    following = line.getnext()
    return following is None or not (len(following) == 1 and following[0].tag == element.tag
                                     and not (following.text or "").strip())


def _closed_by_credit(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The line, holding no link, is a sentence or two followed by a credit the text rules know, set after the last
    sentence's stop in the same line ("Visitors walk along the gallery on Wednesday. Photo by ... / Sentinel", "...
    rano. Fot. Ania Nowak", the credit's own dots read past): a caption typed as a plain `p` under the picture's own
    `p`, its credit run on. A story's paragraph under a picture ends with its own sentence, not a credit, and one
    holding a pointer's link is read as a pointer is."""
    if held.get(element, NOTHING).links:
        return False
    text = element.text_content().strip()
    stop = len(text)
    # The credit may hold a stop of its own, its word cut short or a name's initial ("... rano. Fot. Ania Nowak",
    # "... Photo by J. Lind"): the stops are read back from the line's end while the words after one are a credit's few.
    while (stop := max(text.rfind(mark, 0, stop) for mark in _SENTENCE_STOPS)) > 0:
        credit = text[stop + 1:].strip()
        if len(credit.split()) > _CREDIT_MAX_WORDS:
            return False
        if credit and (is_furniture_line(credit) or _names_parted_by_a_slash(credit)):
            return True
    return False


def _long_caption_closed_by_credit(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A line longer than a plain caption's bound, up to twice it, in a block of its own right after a block holding
    only the image, and closed by a credit the text rules know after its last stop (`_closed_by_credit`): a wire's or
    a newsroom's caption typed as a plain `p` under the picture's own `p`, naming its people, time and place before
    the credit ("Uzbek farm managers ..., left, and ... look over ... on Nov. 18 near Juniata. Submitted photo"). A
    story's paragraph under a picture ends with its own sentence, which is asked first, the cheapest."""
    return not ends_a_sentence(element.text_content()) \
        and is_image_only(_block_before(_outermost_wrapper(element)), held) and _closed_by_credit(element, held)


def _names_parted_by_a_slash(credit: str) -> bool:
    """Two names parted by one slash, each of one to four capitalised words of letters (a hyphen, an apostrophe or an
    initial's dot inside), no credit word before them: an agency's and its photographer's, or a photographer's and
    the paper's ("Meridian / Dilshod Karimov", "Brent Okafor / The Prairie Ledger"), as a wire closes a caption. A
    story's words after its last stop hold a lower-case word or no slash."""
    parts = credit.split("/")
    return len(parts) == 2 and all(  # noqa: PLR2004 - the two names
        _CREDIT_NAME_WORDS[0] <= len(words := part.split()) <= _CREDIT_NAME_WORDS[1]
        and all(is_name_word(word) for word in words)
        for part in parts)


def _credit_closes_image_wrapper(element: HtmlElement, image: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A short line the text rules know as furniture ("Снимка: Архив ...") follows the element and closes the wrapper
    that opens with the image: a figure of plain blocks holding the image, its caption and its credit."""
    credit = element.getnext()
    return (credit is not None and _closes_image_wrapper(credit, image)
            and 0 < held.get(credit, NOTHING).text <= CAPTION_MAX_CHARS
            and is_furniture_line(block_text(credit)))


def _caption_block_after_image(line: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The line opens a block of two, the other a short line the text rules know as a credit ("Foto: ..."), and that
    block (or the wrappers holding only it) stands right after a block holding only the image: a page builder's
    picture module and a text module of its caption and credit under it, the caption even when written as a sentence."""
    credit, block = line.getnext(), line.getparent()
    if block is None or line.getprevious() is not None or credit is None or credit.getnext() is not None \
            or (block.text or "").strip() or (line.tail or "").strip() \
            or not 0 < held.get(credit, NOTHING).text <= CAPTION_MAX_CHARS:
        return False
    return is_image_only(_block_before(_outermost_wrapper(block)), held) and is_furniture_line(block_text(credit))


def _in_caption_type(element: HtmlElement) -> bool:
    """Small, italic or mid-grey type (a tag, its own style or an old `font`'s attributes), the element's or its one
    child's that holds all its text; a plain `span` is not enough."""
    for node in (element, *element[:1]):
        if node is not element and (len(element) != 1 or (element.text or "").strip() or _holds_words(node.tail)):
            break
        if node.tag in _CAPTION_TYPE or _is_muted(node) or _small_font(node) or _is_old_small_or_grey_font(node):
            return True
    return False


def _opens_text_block_after_image(element: HtmlElement, line: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The line, in small, italic or grey type (`_in_caption_type`), not a sentence and holding no link, opens a block
    (and the blocks that block opens in turn, as a builder nests them) standing right after a block holding only an
    image: a site builder's text widget under its image widget, the widget's first line the picture's caption (Yola's
    `div.sys_txt` opening with an italic `p` over the story's `p`s). A sub-heading in bold or plain type opening the
    widget stays, and so does a sentence of the story, unless a credit the text rules know is run on after its last
    stop (`_closed_by_credit`): a publishing system's body component after its picture component, opening with the
    caption typed as a plain `p` ("... moved last year. Photograph: <outlet>/<name>", WoodWing's
    `div.ww-component`s)."""
    if held.get(element, NOTHING).links:
        return False
    # The type first: most blocks opening their parent are in none, and their text is not read until a picture's
    # block is found before them.
    typed = _in_caption_type(element) and not is_sentence(element.text_content())
    node = line
    for _ in range(_WRAPPER_MAX_LEVELS):
        parent = node.getparent()
        # The line and each block it opens are lines of their own: an italic dateline glued to its sentence is not.
        if parent is None or (parent.text or "").strip() or (node.tail or "").strip():
            return False
        before = _block_before(parent)
        if before is not None:
            return is_image_only(before, held) and (typed or _closed_by_credit(element, held))
        node = parent
    return False


def _outermost_wrapper(element: HtmlElement) -> HtmlElement:
    """The element, or the outermost of the blocks round it that hold nothing else (a builder's row, column, cell)."""
    for _ in range(_WRAPPER_MAX_LEVELS):
        parent = element.getparent()
        if element.getprevious() is not None or parent is None or len(parent) != 1 \
                or (parent.text or "").strip() or (element.tail or "").strip():
            break
        element = parent
    return element


def _block_before(element: HtmlElement) -> HtmlElement | None:
    """The element's previous sibling past any empty breaks."""
    before = element.getprevious()
    while is_empty_break(before):
        before = before.getprevious()
    return before


def _is_slide_counter(element: HtmlElement | None, held: dict[HtmlElement, Held]) -> bool:
    """A gallery slide's counter: a short element of no children whose text is two numbers and a slash between them
    ("1 / 2", "3/12")."""
    if element is None or len(element) or not 0 < held.get(element, NOTHING).text <= _COUNTER_MAX_CHARS:
        return False
    numbers = "".join((element.text or "").split()).split("/")
    return len(numbers) == 2 and all(number.isdigit() for number in numbers)


def _picture_list_lines(listing: HtmlElement, held: dict[HtmlElement, Held]) -> Iterator[HtmlElement]:
    """The terms and descriptions after a description list's first term when that term holds only a picture: a figure
    written as a list (SPIP's document, a `dt` of the picture over a `dt` of its title and a `dd` of its description;
    old WordPress themes' `dl.wp-caption`, a `dd` of the caption), each a short line, even a sentence. A glossary's
    terms are words, not pictures."""
    if not 1 < len(listing) <= _PICTURE_LIST_MAX_ITEMS or listing[0].tag != "dt" \
            or not is_image_only(listing[0], held):
        return
    lines = listing[1:]
    if all(line.tag in ("dt", "dd") and 0 < held.get(line, NOTHING).text <= CAPTION_MAX_CHARS for line in lines):
        yield from lines


def image_captions(page: Page) -> Iterator[HtmlElement]:
    """Short lines, not sentences, right after a block that holds only an image (the line itself or the wrappers
    that hold only it), or after a gallery slide's counter under the image (`_is_slide_counter`)."""
    held = page.held
    for element in page.tree.iter("p", "div", "dl", "font", *CAPTION_TAGS):
        # A figure may be written as a description list whose first term is the picture (`_picture_list_lines`).
        if element.tag == "dl":
            yield from _picture_list_lines(element, held)
            continue
        # A caption is a line with little markup; the bound keeps reading its text cheap. One closed by a credit may run
        # longer (`_long_caption_closed_by_credit`).
        length = held.get(element, NOTHING).text
        if not 0 < length <= _CREDITED_CAPTION_MAX_CHARS \
                or next(islice(element.iter(), _CAPTION_MAX_ELEMENTS, None), None) is not None:
            continue
        if length > CAPTION_MAX_CHARS:
            if _long_caption_closed_by_credit(element, held):
                yield element
            continue
        line = _outermost_wrapper(element)
        before = _block_before(line)
        # A gallery's slide sets its counter between the image and the title ("1 / 2"): the title is the caption.
        if _is_slide_counter(before, held):
            before = _block_before(before)
        if before is None and (_caption_block_after_image(line, held)
                               or _opens_text_block_after_image(element, line, held)):
            yield element
            continue
        if not (is_image_only(before, held) or _is_player_only(before, held, line)):
            continue
        small = _small_sentence_under_image(element, line)
        if is_sentence(element.text_content()) and not small \
                and not _italic_rest_of_image_block(element, line, before) \
                and not _italic_sentence_under_image(element, line):
            continue
        # A line set small in its own block's style ("<p style='font-size: 13px'>") is set apart as a small tag is.
        if _is_set_apart(element) or small or _closed_by_credit(element, held) \
                or _closes_image_wrapper(line, before) or _credit_closes_image_wrapper(line, before, held) \
                or _names_picture_title(element, line):
            yield element


def _names_picture_title(element: HtmlElement, line: HtmlElement) -> bool:
    """The element, or a block holding only it up to the line's own block, names a picture's title in its class or id:
    a picture word and "title" as neighbouring parts of a name parted by hyphens or underscores, or run together
    (InstantCMS's field `div.ft_string.f_photo_title` under the `f_photo` field, "image-title", "imgTitle"), a content
    system's field for the picture's caption named as such where no caption's word names it."""
    node: HtmlElement | None = element
    for _ in range(_WRAPPER_MAX_LEVELS):
        if node is None:
            return False
        for name in names_of(node).split():
            parts = name_parts(name)
            if any(part in _PICTURE_TITLE_NAMES for part in parts) \
                    or any(first in _PICTURE_WORDS and second == "title" for first, second in pairwise(parts)):
                return True
        if node is line:
            return False
        node = node.getparent()
    return False


def _is_player_only(element: HtmlElement | None, held: dict[HtmlElement, Held], line: HtmlElement) -> bool:
    """A block of no text holding an embedded player (a video's `iframe` or `video`), the two alone in their wrapper
    with the line after it (Sputnik's video block: `div.media` of the player's `div` and the `div.media__title`): its
    title is the video's caption, as a picture's is. Only a textless block's elements are read."""
    if element is None or held.get(element, NOTHING).text or (element.tail or "").strip() \
            or not _closes_image_wrapper(line, element):
        return False
    return holds_a_player(element)


def _at_paragraph_edge(element: HtmlElement, forward: bool) -> bool:
    """Nothing but the block's edge or a blank line (two breaks with no text between) on that side."""
    neighbour = element.getnext() if forward else element.getprevious()
    if neighbour is None:
        parent = element.getparent()
        return forward or parent is None or not (parent.text or "").strip()
    if not is_empty_break(neighbour):
        return False
    if forward:
        beyond = neighbour.getnext()
        return beyond is None or beyond.tag == "br"
    return is_empty_break(neighbour.getprevious())


def _is_bare_caption_line(br: HtmlElement) -> bool:
    line = (br.tail or "").strip()
    return 0 < len(line) <= CAPTION_MAX_CHARS and not is_sentence(line)


def _starts_lines(image: HtmlElement) -> bool:
    """The image opens its run of lines: a blank line or the block's edge before it, or an element with
    nothing after it (the page's header lines, a block of their own), not a line of text."""
    before = image.getprevious()
    if _at_paragraph_edge(image, forward=False):
        return True
    return before is not None and before.tag != "br" and not (before.tail or "").strip()


def bare_image_captions(page: Page) -> Iterator[HtmlElement]:
    """Line breaks whose text, up to the next break, is a caption: a short line right under an image, or
    two when the second is a credit the text rules know, closing the image's paragraph."""
    for br in page.tree.iter("br"):
        image = br.getprevious()
        if not _is_bare_caption_line(br) or not is_image_only(image, page.held):
            continue
        if _at_paragraph_edge(br, forward=True) and _at_paragraph_edge(image, forward=False):
            yield br
            continue
        second = br.getnext()
        if second is not None and second.tag == "br" and _is_bare_caption_line(second) \
                and _at_paragraph_edge(second, forward=True) and _starts_lines(image) \
                and is_furniture_line((second.tail or "").strip()):
            yield br
            yield second
