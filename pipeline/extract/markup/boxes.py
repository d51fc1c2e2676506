"""Boxes set in the story's own container, told from its passages by their shape:

- service boxes set in the story's own block, between its paragraphs (`p`s, a page builder's text components holding
  them, or on an old portal the story's lines between `<br>`s, the line after the box being its own tail, a sentence
  however short when it closes the story): a short block of short lines, none a sentence, with a link or a control to
  press (a draw's results and its buy button, free slots and a booking link, cards with prices), whatever its words, or
  one opening with a call or a note's heading (a board of lost documents); also three lines or more of which those the
  text rules know as furniture (a live reading's time stamp) count as short, and a widget of three such lines or more
  with one short sentence of advice or call among them and no table (an air-quality card's "stay indoors", a contest's
  "send your photo"); a call's box of three lines by its shape, whatever its words (a heading, one short line of pitch,
  a button of a few words that is all link, a download's file type and size in brackets no words of it: a quote
  request, a subscription offer, trip notes to download), also written between `<br>`s with
  its heading in bold, or so in a block over its button's own block (HTMLy's `blockquote`), or set as a card's
  header over its body, the body's blocks read as its lines (a Bootstrap panel), or drawn as a table of one column,
  its cells read as its lines and a header cell as its heading (a CMS theme's framed table); a service's offer of
  two lines, a short question over a button of a few words ("Need a lawyer's advice?" over "Leave a request"); a box
  with a line of two or more links that are sums of money alone (a
  gift's amounts); a contact desk's box, which may hold one short line of pitch among three lines or more, also written
  between `<br>`s; a notice in a `div` of its own between two of the story's bare `p`s (or two of its text components,
  the notice one of their kind given a class of its own, or a section's last `p` and the next section's heading over
  its `p`: an admonition closing a section), a title (a heading, a bold line of its own, even a short question to the
  reader, a bold line closed by a `<br>`, a `p` set apart by a class its line lacks, a `div` of its words beside an icon
  of no text: a callout's header, or a `div` of an icon of no text and its words after it: an admonition's heading) over
  one line and nothing to press, or a title `p` of a few words over a short list none of whose items is a sentence, read
  through the one `div` that holds them beside a textless icon, or beside a background and a picture (a notices plugin's
  box, an article's `encart`, a site builder's alert, a blog's term dates, a text element styled as a box, a notice
  shortcode, a cover block), or one
  line opening with a bold label closed by a colon, in a `p` or as the `div`'s own text (an info box, an alert), also
  as one classed `p` between the story's bare ones (a notice class, no question), or a
  heading over short items closed by one line of small print (a rate panel), or a big figure over its label, no
  sentence (a fact block), or a title over one line closed by a learn-more label in an inline element (an info box
  whose link wraps it) or by a footnote `p` set apart by its own class (a record box), or a box that says it is a
  note (`role="note"`), whatever its lines, or a toggle, a heading beside the button that opens it over one line (a
  toggle card), or a heading, however it reads, after an icon of no text over one line, in a block of another kind
  of the system's family of components between two of the story's (a feature block), or a heading over a
  description list of short terms and values, no sentence (a key facts block), or another story's headline, all link,
  over one short sentence, its teaser, under a label of a few words or none (an incut); a fact box of figures with
  nothing to press stays with the story, and so do a heading over a sentence and a link and a table with its note;
  a call's box also written with no block of its own, a heading of a few words, one short sentence of pitch and a
  button that is all link set as siblings of the story's paragraphs, the story going on after it (a newsroom's
  newsletter or app offer; its title may be a bare `strong`, or a bold `p` calling with "!"): a heading over a
  sentence and a link to another story closes the story or runs on under its heading;
- calls after the story: in the story's container, a few blocks past its last paragraph and before any other, a short
  box whose first line the text rules know as a call, with something to press (a firm's "Speak to our team" over its
  pitch and button, "Subscribe to our insights").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, is_call_line, is_furniture_line, is_note_heading, word_count
from pipeline.extract.markup.page import (
    AMONG_PARAGRAPHS_TAGS,
    BOLD_TAGS,
    BOX_MAX_CHARS,
    BOX_TAGS,
    HEADING_TAGS,
    INLINE_TAGS,
    LINK_ITEM_MAX_CHARS,
    NAME_MAX_CHARS,
    NEAR_SIBLINGS_WITH_BREAKS,
    NOTHING,
    PARAGRAPH_NEAR_SIBLINGS,
    TABLE_ROWS,
    Held,
    Page,
    block_text,
    components_of_the_same_kind,
    holds_breaks,
    holds_only_bold,
    is_paragraph,
    is_sentence,
    near_paragraph,
    near_siblings,
    one_column_cells,
    own_text,
)

# How far before a call's box after the story the story's last paragraphs are looked for, past other boxes (its
# authors, a related list), and how far after it none may be.
_AFTER_STORY_SIBLINGS = 2 * PARAGRAPH_NEAR_SIBLINGS
# The inner containers a box's lines are read through: a block editor's `div`s, and a `section` a block's template
# sets its box in (Wagtail's call-to-action block).
_INNER_BOX_TAGS = frozenset({"div", "section"})
# A box's lines are read one by one, at most so many: a service's box holds a few.
_BOX_MAX_LINES = 12
# Containers a box's lines, or a line's own block, are read through at most.
_BOX_WRAPPER_LEVELS = 2
# The blocks a page builder's widget wraps round one line.
_WIDGET_BLOCK_TAGS = frozenset({"div", "p", *HEADING_TAGS})
# A pull quote repeats words of the story this long or longer, its quotation marks aside; the story's paragraphs
# beside it are read up to so many.
_REPEAT_MIN_CHARS = 30
_REPEAT_PARAGRAPHS = 200
_QUOTE_MARKS = " «»“”„\"'‘’‹›「」"
# A widget's lines besides the one sentence of advice it may hold: its heading, a figure or two, a link.
_WIDGET_MIN_LINES = 3
# What a reader presses in a service's box besides a link; an audio player's controls too (a radio's "listen" box).
_CONTROL_TAGS = ("button", "input", "select", "audio")
# A call's box between the paragraphs: a heading, one line of pitch and, last, a button of at most so many words.
_CALL_BOX_LINES = 3
# A bare call box's title and button stand among the story's paragraphs: a paragraph of the story within so many
# siblings before the title and after the button (a picture, its caption and a pointer line may stand between).
_BARE_BOX_SIBLINGS = 2 * PARAGRAPH_NEAR_SIBLINGS
# A bold title of a bare call box may close on an exclamation mark, as a call does ("Subscribe!", "¡Suscríbete!").
_CALL_MARKS = ("!", "！")
# The blocks a forum post's quote box of one written paragraph wraps it in (Flarum's `blockquote`, FluxBB's
# `div.quotebox` over its `blockquote` and `div`).
_WRITTEN_BOX_WRAPPER_TAGS = frozenset({"div", "blockquote"})
# A quote box's line naming whom it quotes, beside the quote ("Name wrote:").
_QUOTED_NAME_TAG = "cite"
_BUTTON_MAX_WORDS = 5
# Under a title `p` set apart by its own class, the box's own title, a call's button may say a little more ("Book a
# place at the briefing"); under a heading, a link of six words may be the source of a story's section, and stays.
_CLASSED_CALL_BUTTON_MAX_WORDS = 6
# A download's button may close on its file's type and size in brackets ("Download the notes (PDF, 2 MB)"), which are
# no words of its label: a type of document, a size's unit, a size's figures.
_FILE_NOTE_WORDS = frozenset({"pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "zip",
                              "epub", "mp3", "kb", "mb", "gb"})
_FILE_NOTE_MAX_WORDS = 3
# A button a site builder writes as a block of plain text.
_WRITTEN_BUTTON_TAGS = ("div", "p")
# Or its title is a `p` of a few words.
_TITLE_MAX_WORDS = 6
# A heading that may ask, over the line it opens (a toggle's question, a feature's "Want to learn to handle a dog?").
_ASKING_TITLE_MAX_WORDS = _TITLE_MAX_WORDS * 2
# A box written between `<br>`s sets its title in bold, or in a `span` whose inline style does so (its spaces taken
# out).
_BOLD_STYLE = "font-weight:bold"
# A notice's label in bold before its line closes with a colon ("Breed facts:", "Isaziso:").
_LABEL_ENDS = (":", "：")
# How long a fact block's big figure is at most ("39", "1,200", "87%", "£4.5m" is no figure of digits alone).
_FIGURE_MAX_CHARS = 12
# A poll's results: an answer's share of the votes ("71%", "12,5 %", Arabic-script "٪"), the shares rounded, so they
# make up the whole give or take a point or two.
_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?) ?[%٪]")
# A service's contact line: a number to call as the region's offices print it, its last groups of digits joined by
# hyphens ("224-31-07", "5-14-62"), or opening hours, two clock times on one line ("09:00–17:00", "с 8:00 до 20:00").
_CONTACT_NUMBER = re.compile(r"(?<!\d)\d{1,3}-\d{2}-\d{2}(?!\d)")
_OPENING_HOURS = re.compile(r"(?<!\d)\d{1,2}:\d{2}\D{1,12}?(?<!\d)\d{1,2}:\d{2}(?!\d)")
# Or the number with the country's code before it, its groups of digits set apart by spaces ("+996 312 61 40 40",
# "+7 (7142) 53 18 06", "+998 71 200 00 00"), as a desk that answers round the clock prints it with no hours.
# The last group may be of four digits ("+994 12 555 0190").
_INTERNATIONAL_NUMBER = re.compile(
    r"(?<![\d+])\+\d{1,3}[ \u00a0]?\(?\d{2,5}\)?(?:[ \u00a0-]\d{2,3}){1,2}[ \u00a0-]\d{2,4}(?!\d)")
# A box of bank details to pay or give to (a charity's donation details, a fee's account) is a desk of the same kind: a
# bank account's number of sixteen or twenty digits, whole or in groups of four ("2021 2000 9004 1187 3001").
_ACCOUNT_NUMBER = re.compile(r"(?<!\d)\d{4}(?:[ \u00a0]?\d{4}){3,4}(?!\d)")
_WHOLE_SHARES = (98.0, 102.0)
# A sum of money as a gift's or a fare's button prints it: a currency's sign or code before or after a number
# ("£30", "€ 25", "5000 ₸", "50 zł", "100 Kč").
_SUM_OF_MONEY = re.compile(
    r"(?:[£$€¥₸₽₹]|EUR|USD|GBP) ?\d{1,7}(?:[.,]\d{2})?|\d{1,7}(?:[.,]\d{2})? ?(?:[£$€¥₸₽₹]|zł|Kč|EUR|USD)")
# Buttons of sums in one line of a box: the amounts a gift is chosen from.
_AMOUNT_CHOICES_MIN = 2
_AMOUNT_LINK_MAX_CHARS = 16
_QUESTION_MARKS = ("?", "؟")
# An open poll offers its answers as buttons, at least two.
_POLL_MIN_ANSWERS = 2
# A timetable's cell is a clock time alone ("05:14", "9:40"); its first cells are enough to tell one.
_CLOCK_TIME_CHARS = (4, 5)
_TIMETABLE_CELLS = 60
# A table of the story's figures: a header row and a row of figures at least, no block in its cells.
_FIGURES_MIN_ROWS = 2
_TABLE_BLOCK_TAGS = ("div", "p", "ul", "ol", "table", "section", "aside", "form")
# Besides blocks, figures and quotes, the elements HTML makes boxes of by their nature, read among the story's
# paragraphs as its `div`s are: a disclosure (`details`, opened by pressing its `summary`, the box's title) and a
# description list (`dl`, a card's `dt` over its `dd`s).
_BOX_AMONG_PARAGRAPHS_TAGS = (*AMONG_PARAGRAPHS_TAGS, "details", "dl", "table")
# A disclosure's `summary` titles its box as a heading does.
# A description list's terms and their values.
_TERM_TAGS = ("dt", "dd")
# The elements a box's icon is drawn in, holding no text (a font's `i`, a `span`, an `svg`).
_ICON_TAGS = ("i", "span", "svg")
# A box drawn over a background (WordPress's cover block): a background's `span` and a picture, neither holding text,
# beside the container of its lines.
_BACKGROUND_AND_BODY = 3
# The ARIA role a box gives itself when it is a note beside the content, not the content (WAI-ARIA's "note").
_NOTE_ROLE = "note"
_SUMMARY_TAGS = ("summary",)
# A box drawn as a table of one column (a CMS theme's framed table, XOOPS's `table.outer`): each row one cell, each
# cell a line, a header cell (`th`) its title as a heading is.
_HEADER_CELL_TAGS = ("th",)
# A row's label beside its line in a table drawn as a box ("When:", "Opening hours:"): a few words.
_LABEL_MAX_WORDS = 3


def _box_lines(box: HtmlElement, held: dict[HtmlElement, Held]) -> list[HtmlElement] | None:
    """The box's lines: its children holding text, a list's items each a line; None when text stands loose in it
    (between its children) or it holds more lines than a box does."""
    if own_text(box):
        return None
    # A block editor may wrap the box's lines in an inner container (WordPress's group block over its
    # "inner-container"), a page builder in two (Elementor's container over its "e-con-inner"), a block's template in a
    # `section` (Wagtail's call to action): its lines are read through them. So are they through a body set beside an
    # icon's block of no text (a help box's picture).
    for _ in range(_BOX_WRAPPER_LEVELS):
        inner = _only_text_block(box, held)
        if inner is None or inner.tag not in _INNER_BOX_TAGS or own_text(inner):
            break
        box = inner
    lines: list[HtmlElement] = []
    for child in islice(box, _BOX_MAX_LINES + 1):
        if child.tag in ("ul", "ol"):
            lines.extend(islice(child, _BOX_MAX_LINES + 1))
        elif held.get(child, NOTHING).text:
            lines.append(_widget_content(child))
    if len(lines) == 2 and lines[0].tag in HEADING_TAGS:  # noqa: PLR2004 - a card's header and its body
        body = _card_body_lines(lines[1], held)
        if body is not None:
            lines = [lines[0], *body]
    return lines if len(lines) <= _BOX_MAX_LINES and len(box) <= _BOX_MAX_LINES else None


def _card_body_lines(body: HtmlElement, held: dict[HtmlElement, Held]) -> list[HtmlElement] | None:
    """The lines of a card's body under its header's heading (Bootstrap's panel of a `panel-heading` over a
    `panel-body`, a card's `card-header` over its `card-body`): a `div` of no loose text holding a few blocks, each a
    line, read as the box's lines after the heading, so that a call's box so set is read by its shape; None for
    anything else."""
    if body.tag not in _INNER_BOX_TAGS or own_text(body) or not 2 <= len(body) <= _CALL_BOX_LINES:  # noqa: PLR2004
        return None
    lines = [child for child in body if held.get(child, NOTHING).text]
    return lines if len(lines) == len(body) else None


def _only_text_block(box: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The box's one child, or its one child holding text beside one block of none (an icon's `div`, a picture), or
    beside two (a cover block's background `span` and its picture, beside its inner container)."""
    if len(box) == 1:
        return box[0]
    if len(box) == 2:  # noqa: PLR2004 - the body and the icon beside it
        first, second = box
        if not held.get(first, NOTHING).text:
            return second
        return first if not held.get(second, NOTHING).text else None
    if len(box) != _BACKGROUND_AND_BODY:
        return None
    holding = [child for child in box if held.get(child, NOTHING).text]
    return holding[0] if len(holding) == 1 else None


def _widget_content(line: HtmlElement) -> HtmlElement:
    """The line a page builder's widget wraps: its `div`s that hold nothing but one block each are stepped through
    (Elementor's widget over its "widget-container" over the heading, the text's `p` or the button's wrapper)."""
    for _ in range(_BOX_WRAPPER_LEVELS):
        if line.tag != "div" or len(line) != 1 or line[0].tag not in _WIDGET_BLOCK_TAGS or own_text(line):
            break
        line = line[0]
    return line


def _holds_control(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """Something in the box to press: a link ("Apply", cards each ending in its booking link) or a control (a
    checker's button, field or menu)."""
    return held.get(box, NOTHING).links > 0 or next(box.iter(*_CONTROL_TAGS), None) is not None


def boxes_among_paragraphs(page: Page) -> Iterator[HtmlElement]:
    """Short blocks of two lines or more set between the story's paragraphs, in its container, that are a service's
    box (`_is_service_box`) or repeat the story's own words (a pull quote, `_repeats_the_story`), not a passage of the
    story; the `summary` of a disclosure (`details`) set so over no paragraph, its toggle's label, or the whole
    disclosure when its summary opens one line only, as a description list of one question over its answer is; and a
    notice set as a classed `p` between the story's bare `p`s (`_classed_notices`); and a call's box written with no
    block of its own among them (`_bare_call_boxes`)."""
    held = page.held
    stories: dict[HtmlElement, str] = {}  # each container's paragraphs are read once, however many boxes it holds
    for box in page.tree.iter(*_BOX_AMONG_PARAGRAPHS_TAGS):
        parent = box.getparent()
        if parent not in page.story or (box in page.story and not _holds_only_a_box_between_breaks(box, held)) \
                or held.get(box, NOTHING).text > BOX_MAX_CHARS \
                or not (_near_story(box.itersiblings(preceding=True), held) or _soon_after_opening_text(box)) \
                or not (is_paragraph(box.tail or "") or _near_story(box.itersiblings(), held)
                        or _figures_follow(box, held) or _closing_line_after(box)):
            continue
        if box in page.story:  # a box written between breaks in its one `p`, the page's longest
            yield box
            continue
        # A table of one column set between the paragraphs is read by its cells, each a line: a call's box drawn as a
        # framed table (a header cell, a line of pitch, a cell that is all link) goes as one drawn in `div`s does, and
        # so does a notice titled by its header cell. A table of the story's data, or of several columns, is the
        # story's and stays.
        if box.tag == "table":
            cells = _one_column_cells(box, held)
            if cells is not None and (_is_call_shaped(cells, [block_text(cell) for cell in cells], held)
                                      or _is_header_cell_notice(cells, held)):
                yield box
            elif _only_cell_between_breaks(box, held) or _is_labelled_rows_over_a_button(box, held):
                yield box
            continue
        # A disclosure's `summary` over no paragraph (a programme's short items) is the label of its toggle, pressed
        # to open it, not a line of the story: it goes, its lines left as they are read. One over the story's own
        # paragraphs titles them, as a sub-heading does, and stays.
        summary = next(box.iterchildren(*_SUMMARY_TAGS), None) if box.tag == "details" else None
        if summary is not None and not any(is_paragraph(block_text(child)) for child in box if child is not summary):
            yield summary
        lines = _box_lines(box, held)
        # A disclosure whose `summary` opens one line only (a spoiler's one fact, a question over its answer) is a box
        # folded away from the story, as a site's spoiler of a title over one line is: it goes whole. One over two
        # lines or more (the story's paragraphs, a programme's items) is read as above.
        if summary is not None and lines is not None and len(lines) == 2 and lines[0] is summary:
            yield box
            continue
        # A description list of one question over its answer (a FAQ's item set among the story's paragraphs) is the
        # same box unfolded: it goes whole, as the disclosure does; and so does one of a term over a line and a link, a
        # call's box written as a description list (`_is_term_over_line_and_link`).
        if box.tag == "dl" and lines is not None and (_is_question_over_its_answer(lines, held)
                                                      or _is_term_over_line_and_link(lines, held)):
            yield box
            continue
        # A box that says it is a note (`role="note"`: matter set aside from the story, a cider maker's "Orchard
        # note:" and "Quarantine:" lines), standing between the story's paragraphs as a notice is, goes whole.
        if lines is not None and box.get("role") == _NOTE_ROLE and _set_as_notice(box, held):
            yield box
            continue
        if _is_written_box_set_as_notice(box, held):
            yield box
            continue
        # Text loose in it: a box written between `<br>`s may still be a call or a desk, or a bold title over one
        # short line with no link and a line that is all link, a box's line, read as the one-`p` holder's and the
        # one-cell table's are (`_is_written_box_between_breaks`): BlogEngine.NET's post of `p`s holding a `div` of
        # "<strong>title</strong><br>line<br><a>link</a>", its button six words by the hyphened word's two.
        if lines is None:
            if _is_written_box_between_breaks(box, held) or _is_labelled_notice(box, held):
                yield box
            continue
        if _is_titled_notice(box, lines, held) or _is_call_set_as_notice(box, lines, held):
            yield box
            continue
        if len(lines) < 2:
            continue
        texts = [block_text(line) for line in lines]
        if _is_service_box(box, held, lines, texts) or _is_call_shaped(lines, texts, held) \
                or _is_question_over_button(lines, texts, held) or _is_headline_over_teaser(lines, texts, held) \
                or _is_call_over_a_link_line(lines, held) or _repeats_the_story(parent, texts, stories):
            yield box
    yield from _classed_notices(page)
    yield from _bare_call_boxes(page)


def _bare_call_boxes(page: Page) -> Iterator[HtmlElement]:
    """A call's box written with no block of its own, its three lines set as siblings of the story's paragraphs: a
    title of a few words (a heading, or a `p` of a few words with no link and no sentence, `_is_label_title`, or a
    bold one, a bare `strong` or a `p` all bold, which may be a call closed by "!", `_is_bold_call_title`), one
    short sentence with no link, its pitch, and a button that is all link (a `p` of one link, or a bare `a` with no
    text after it), a few words and no sentence or a call the text rules know, whatever its length ("Sign up for the
    Morning Brief"); the story's paragraphs (or its text components) standing within a few siblings before the title and
    after the button (`_holds_story_paragraphs`), past a picture, its caption and a pointer line before it or a live
    blog's time stamps and short entries after it: a newsroom's newsletter, app, channel or clients' offer set in the
    story's run, which goes on after it (the `div` of the same three lines goes by `_is_call_shaped`). Each of the
    three goes.
    A story's section titled by a heading over a sentence and a link to another story or its source closes the story,
    or runs on under its heading; a story's list of items, each a heading over a line and a link (a plan's products,
    "Take it before the night shift"), sets lines that are no sentence under them; a longer link is a headline."""
    held = page.held
    for container in page.story:
        for button in container.iterchildren("p", "a"):
            if not held.get(button, NOTHING).is_one_link or (button.tag == "a" and (button.tail or "").strip()):
                continue
            line = button.getprevious()
            title = line.getprevious() if line is not None else None
            if title is None or line.tag != "p" or held.get(line, NOTHING).links \
                    or held.get(title, NOTHING).links:
                continue
            texts = [block_text(title), block_text(line), block_text(button)]
            if not (((title.tag in HEADING_TAGS or _is_label_title(title, texts, held)) and _is_box_line(texts[0]))
                    or _is_bold_call_title(title, texts[0])) \
                    or word_count(_without_kind_label(texts[0])) > _TITLE_MAX_WORDS \
                    or len(texts[1]) > LINK_ITEM_MAX_CHARS or not ends_a_sentence(texts[1]) \
                    or is_sentence(texts[2]) \
                    or (_label_words(texts[2]) > _BUTTON_MAX_WORDS and not is_call_line(texts[2])):
                continue
            if (any(_holds_story_paragraphs(sibling, held)
                    for sibling in islice(title.itersiblings(preceding=True), _BARE_BOX_SIBLINGS))
                    or _opens_a_later_component(title, container, page)) \
                    and any(_holds_story_paragraphs(sibling, held)
                            for sibling in islice(button.itersiblings(), _BARE_BOX_SIBLINGS)):
                yield from (title, line, button)


def _opens_a_later_component(title: HtmlElement, container: HtmlElement, page: Page) -> bool:
    """The title opens its container, nothing before it, and the container is one of the story's text components
    after another that holds the story's paragraphs (`components_of_the_same_kind`, Drupal Paragraphs' text fields cut
    by a picture's or an advertisement's component): the story's run comes from the component before, as from the
    paragraphs before a box set in the run. A component the story opens has none before it."""
    if title.getprevious() is not None or (container.text or "").strip():
        return False
    return any(component in page.story and _holds_story_paragraphs(component, page.held)
               for component in components_of_the_same_kind(container, earlier_only=True))


def _without_kind_label(title: str) -> str:
    """A box's title without the one word of letters and a colon that opens it, the kind of thing the box offers
    ("Event: The Central Asian Grid in 2030", "Newsletter: The Morning Brief"): the few words counted are its name's."""
    label, _, name = title.strip().partition(" ")
    return name if name and label.endswith(":") and label[:-1].isalpha() else title


def _is_bold_call_title(title: HtmlElement, text: str) -> bool:
    """A bare call box's title set in bold rather than as a heading: a bold element standing bare among the story's
    `p`s, no text after it (a `strong` of "Watch us on YouTube"), or a `p` holding only bold; short, and no sentence
    but a call closed by an exclamation mark ("Subscribe to the paper!"), which a bold line of the story's is not
    over a line of pitch and a button."""
    bare_bold = title.tag in BOLD_TAGS and not (title.tail or "").strip()
    if not bare_bold and not (title.tag == "p" and holds_only_bold(title)):
        return False
    line = text.rstrip()
    return len(line) <= LINK_ITEM_MAX_CHARS and (not is_sentence(line) or line.endswith(_CALL_MARKS))


def _holds_only_a_box_between_breaks(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A block holding one `p` and no text of its own, that `p` a box written between `<br>`s
    (`_is_written_box_between_breaks`): where that `p` is the page's longest, the block is taken for the story's
    holder with it, but a box it is, and it goes whole as one between the story's paragraphs does (DokuWiki's
    `wrap_info` box of "<p><strong>title</strong><br>line<br><a>link</a></p>" among the page's short paragraphs). A
    block of the story's one long paragraph has no bold title over a line and a link. The `p` is read through blocks
    of one child each (`_only_paragraph`): a forum post's quote box (FluxBB's `div.quotebox` over its `blockquote` and
    `div`) wraps its written call in two."""
    paragraph = _only_paragraph(box)
    return paragraph is not None and _is_written_box_between_breaks(paragraph, held)


def _only_cell_between_breaks(table: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A table of one row of one cell, its box written in the cell between `<br>`s, framed by an old portal's table as
    a `div` frames it: a call's box or a contact desk's (`_is_box_between_breaks`), or a bold title, a box's line,
    over one short line with no link and a line that is all link, a box's line (the description list's call,
    `_is_term_over_line_and_link`, its button of any few words): PHP-Nuke's story of lines between breaks holding a
    bordered table of "Learn to play bridge", the course's dates and "Book a place on the course". A table of the
    story's figures has rows; a quote's one cell ends on its words, not a link."""
    rows = TABLE_ROWS(table)
    if len(rows) != 1 or len(rows[0]) != 1 or rows[0][0].tag != "td" or own_text(rows[0]):
        return False
    return _is_written_box_between_breaks(rows[0][0], held)


def _is_written_box_between_breaks(block: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A block of a box written between `<br>`s: a call's box or a contact desk's (`_is_box_between_breaks`), or a
    bold title over one short line with no link and a line that is all link (`_is_title_line_and_button`)."""
    if _is_box_between_breaks(block, held):
        return True
    lines = _lines_between_breaks(block, held)
    if lines is None or len(lines) != _CALL_BOX_LINES or any(len(line) != 1 for line in lines):
        return False
    title, line, link = (parts[0] for parts in lines)
    return not isinstance(title, str) and _is_set_in_bold(title) and _is_title_line_and_button(
        [_line_text(parts) for parts in lines], NOTHING if isinstance(line, str) else held.get(line, NOTHING),
        NOTHING if isinstance(link, str) else held.get(link, NOTHING))


def _is_set_in_bold(element: HtmlElement) -> bool:
    """A bold element, or a `span` its inline style sets in bold, as forums write BBCode's bold (MyBB's
    `span.mycode_b` of "font-weight: bold")."""
    return element.tag in BOLD_TAGS or (element.tag == "span" and _BOLD_STYLE in element.get("style", "")[
        :NAME_MAX_CHARS].replace(" ", "").casefold())


def _one_column_cells(table: HtmlElement, held: dict[HtmlElement, Held]) -> list[HtmlElement] | None:
    """The cells of a table of one column, its rows (its own or its sections') each holding one cell and nothing else,
    in the page's order; None for a table of more columns, of loose text, or of more rows than a box holds."""
    cells = one_column_cells(table, _BOX_MAX_LINES)
    return cells if cells is not None and all(held.get(cell, NOTHING).text for cell in cells) else None


def _is_labelled_rows_over_a_button(table: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A table under its `caption` of a few rows, each a label of a few words closed by a colon ("When:", "Where:")
    beside one short line with no link, and a last row of one cell that is all link, a box's line: a call's box drawn
    as a table (Etomite's `table.info` of a course's times and place over "Sign up for the course"). A table of the
    story's figures has no button under its rows, and its header names columns, not the rows' labels."""
    if next(table.iterchildren("caption"), None) is None:
        return False
    rows = TABLE_ROWS(table)
    if not 2 <= len(rows) <= _CALL_BOX_LINES + 1:  # noqa: PLR2004 - one labelled row at least, over the button's
        return False
    *labelled, last = rows
    if len(last) != 1 or own_text(last) or not held.get(last[0], NOTHING).is_one_link \
            or not _is_box_line(block_text(last[0])):
        return False
    for row in labelled:
        if len(row) != 2 or own_text(row):  # noqa: PLR2004 - the label and its line
            return False
        label, line = (block_text(cell) for cell in row)
        if not label.endswith(":") or word_count(label) > _LABEL_MAX_WORDS or held.get(row[1], NOTHING).links \
                or len(line) > LINK_ITEM_MAX_CHARS:
            return False
    return True


def _is_header_cell_notice(cells: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A one-column table's cells read as a notice: a header cell, a box's line, over one or two cells, the last
    holding a link (a uCoz entry's "Talk at the next meeting" over its line and "How to find us"). A heading over the
    story's figures has nothing to press."""
    return (len(cells) <= _CALL_BOX_LINES and _is_header_cell(cells[0]) and _is_box_line(block_text(cells[0]))
            and held.get(cells[-1], NOTHING).links > 0)


def _is_header_cell(cell: HtmlElement) -> bool:
    """A header cell (`th`), or a data cell whose whole text is set in bold, as old portals and forums' BBCode (which
    has no header cell) draw a box's title cell (PostNuke's bordered table of "Indoor meeting in January", its `b` in a
    `font`, over the line and its link; Simple Machines' `table.bbc_table` of "[b]Children's dance circle[/b]")."""
    if cell.tag in _HEADER_CELL_TAGS:
        return True
    bold = next(cell.iter(*BOLD_TAGS), None)
    return bold is not None and block_text(bold) == block_text(cell)


def _is_question_over_its_answer(lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """One `dt`, a short question with no link, over one `dd`: a reader's question and the site's answer to it. An
    interview's questions come many to a list; a term over its meaning is no question."""
    if len(lines) != 2 or lines[0].tag != "dt" or lines[1].tag != "dd" or held.get(lines[0], NOTHING).links:
        return False
    question = block_text(lines[0])
    return len(question) <= LINK_ITEM_MAX_CHARS and question.rstrip().endswith(_QUESTION_MARKS)


def _is_term_over_line_and_link(lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """One `dt`, a box's line with no link, over two `dd`s: a short line with no link, then a line that is all link and
    no sentence: a call's box written as a description list, its term the box's title as a heading is, its last value
    the link to press (a blog's "Lessons for beginners" over when the course starts and "Book a place on the course").
    A glossary's terms come over sentences and come many to a list; a card of facts has nothing to press; a value that
    sends the reader to a source inside a sentence is no button."""
    if len(lines) != _CALL_BOX_LINES or [line.tag for line in lines] != ["dt", "dd", "dd"]:
        return False
    term, line, link = (held.get(line, NOTHING) for line in lines)
    return not term.links and _is_title_line_and_button([block_text(line) for line in lines], line, link)


def _is_title_line_and_button(texts: list[str], line: Held, button: Held) -> bool:
    """A box's title, a short line with no link, and a button that is all link, a box's line: a call's box of three
    lines, however its title is marked (a `dt`, a bold line between breaks)."""
    return _is_box_line(texts[0]) and _is_line_and_button(texts, line, button)


def _is_line_and_button(texts: list[str], line: Held, button: Held) -> bool:
    """Under a call's title (`texts[0]`), a short line with no link and a button that is all link, a box's line."""
    return not line.links and len(texts[1]) <= LINK_ITEM_MAX_CHARS and button.is_one_link and _is_box_line(texts[2])


def _is_titled_notice(box: HtmlElement, lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A `div` standing between two of the story's bare `p`s, holding a title and one line under it and nothing else:
    a heading or a bold line of its own over one `p`, or one `p` opening with a bold title closed by a `<br>` (a
    notices plugin's box, an article's `encart`, a site builder's alert of a bold line over a line); or a title `p`
    over a short list, none of whose items is a sentence (a blog's set of term dates, `_is_title_over_items`). The
    lines may stand in a `div` beside a textless icon (Odoo's alert), which `_box_lines` reads through. The story's
    own paragraphs are `p`s of the container; a notice set among them in a block of its own, a title over a line, is
    the site's (an open day, a workshop), not a section of the story."""
    if not lines or not _set_as_notice(box, held):
        return False
    if len(lines) > 2:
        return _is_title_over_items(lines, held) or _is_heading_over_items_and_small_print(lines) \
            or _is_title_over_line_and_learn_more(lines) or _is_title_over_line_and_footnote(lines)
    if len(lines) == 2:
        title, line = lines
        # A heading over a description list of terms and values, each a box's line (a StreamField key facts block,
        # "The clock in numbers" over its dials, movement and winding), is the site's card of facts.
        if title.tag in HEADING_TAGS and line.tag == "dl":
            return _is_box_line(block_text(title)) and _is_terms_and_values(line)
        # A heading set after an icon of no text, over one line, a feature's title however it reads (Concrete's
        # feature block, its `i` icon before "Want to learn to handle a dog?"), is the site's, as a title is.
        if title.tag in HEADING_TAGS and _after_an_icon(title, held):
            return line.tag == "p" and word_count(block_text(title)) <= _ASKING_TITLE_MAX_WORDS
        # A bold line of its own asking the reader a short question, over one line (SPIP's framed box, "Gwelet hoc'h
        # eus un evn gwalennet ?" over where to send a ring's number), is the notice's title, as a feature's heading
        # after an icon may ask; an interview's questions stand in the story's own run of `p`s, not in a box.
        if _is_bold_line(title) and _is_asking_title(block_text(title)):
            return line.tag == "p"
        # A heading beside the button that opens the box, over one line: a toggle's label over the answer it folds
        # away (Ghost's toggle card, its `h4` question and icon button over its content), a disclosure drawn in
        # `div`s, which goes whole as the `details` does.
        if _is_toggle_label(title, held):
            return line.tag == "p"
        # A fact block's big figure over its label, no sentence (Craft's "39" over "locks between the Firth of Forth
        # and the River Clyde") is the site's, set as the notice is.
        if _is_big_figure(title):
            return line.tag == "p" and _is_box_line(block_text(line))
        # The title may be a `div` of its own words alone, as a site's box sets its title (a help box's "How to help"),
        # also beside an icon's block of no text (a callout's header, `_is_title_beside_an_icon`), or a `p` set apart
        # by a class the line under it lacks (a notice shortcode's "notice-title", a cover block's large font size),
        # or a `div` of an icon and its words after it (an admonition's heading, `_is_title_after_an_icon`).
        return (title.tag in HEADING_TAGS or _is_bold_line(title) or (title.tag == "div" and not len(title))
                or _is_title_beside_an_icon(title, held) or _is_title_after_an_icon(title, held)
                or (title.tag == "p" and _set_apart_by_class(title, line))) \
            and line.tag == "p" and _is_box_line(block_text(title))
    return _opens_with_bold_title(lines[0]) or (lines[0].tag == "p" and _opens_with_bold_label(lines[0]))


def _is_asking_title(text: str) -> bool:
    """A short question, a few words closed by a question mark: a box's title asking the reader."""
    return text.rstrip().endswith(_QUESTION_MARKS) and word_count(text) <= _ASKING_TITLE_MAX_WORDS


def _is_title_beside_an_icon(title: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of two children, an icon's block holding no text and a `div` of its own words alone: a callout's header
    (Quarto's, its icon container beside its title container, "How a core is cross-dated"), the title read through the
    icon as a box's lines are (`_only_text_block`)."""
    if title.tag != "div" or len(title) != 2 or own_text(title):  # noqa: PLR2004 - the icon and the words
        return False
    words = _only_text_block(title, held)
    return words is not None and words.tag == "div" and not len(words) and bool(held.get(words, NOTHING).text)


def _is_title_after_an_icon(title: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of one child, an icon holding no text (an `i`, a `span`, an `svg`), and the title's words after it in
    the `div` itself: an admonition's heading (Docusaurus's, its icon `span` before "Join the 2027 field season"), the
    callout's header of `_is_title_beside_an_icon` with its words set loose beside the icon."""
    if title.tag != "div" or len(title) != 1 or (title.text or "").strip():
        return False
    icon = title[0]
    return icon.tag in _ICON_TAGS and not held.get(icon, NOTHING).text and bool((icon.tail or "").strip())


def _is_terms_and_values(terms: HtmlElement) -> bool:
    """A description list of `dt`s and `dd`s alone, a few, each a box's line (short, no sentence): a card of facts. A
    story's summary is written as a list's items (a client alert's "Key takeaways", kept), its glossary as terms over
    sentences."""
    return 0 < len(terms) <= _BOX_MAX_LINES \
        and all(child.tag in _TERM_TAGS and _is_box_line(block_text(child)) for child in terms)


def _after_an_icon(line: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The line's block opens with an icon: the one element before it an `i`, a `span` or an `svg` holding no text."""
    icon = line.getprevious()
    return icon is not None and icon.getprevious() is None and icon.tag in _ICON_TAGS \
        and not held.get(icon, NOTHING).text


def _is_toggle_label(line: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` of two children, a heading of a few words and a `button` holding no text (an icon to press): the label
    of a toggle, pressed to open the line under it."""
    if line.tag != "div" or len(line) != 2 or own_text(line):  # noqa: PLR2004 - the heading and its button
        return False
    heading, button = line
    return heading.tag in HEADING_TAGS and button.tag == "button" and not held.get(button, NOTHING).text \
        and word_count(block_text(heading)) <= _ASKING_TITLE_MAX_WORDS


def _is_call_set_as_notice(box: HtmlElement, lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A `div` standing between two of the story's bare `p`s (`_between_story_parts`), as a notice is set, holding a
    heading of a few words (a question too), one `p` of a short line with no link under it and, last, a button that is
    all link, a box's line of any few words: a call's box set in the story's run (Drupal's floated "sidebox", Webnode's
    highlighted text box, PivotX's "box", WordPress's group block over its buttons), as the description list's call
    (`_is_title_line_and_button`) is. A section of the story sets its heading and paragraphs in the story's own run,
    not in a block of their own; a fact box's line names its source inside a sentence, no button.
    A Markdown post's only box is a quote block: a `blockquote` so set, its title a heading or a `p` all in bold
    (Write.as's "> **Spring course**" over its line and a linked line), is the same call; a quotation ends on its words
    or its source, with no bold title over it."""
    if len(lines) != _CALL_BOX_LINES or lines[1].tag != "p" or not (
            (box.tag == "div" and lines[0].tag in HEADING_TAGS)
            or (box.tag == "blockquote" and (lines[0].tag in HEADING_TAGS or _is_bold_line(lines[0])))):
        return False
    before, after = box.getprevious(), box.getnext()
    if before is None or after is None or not _between_story_parts(box, before, after, held):
        return False
    texts = [block_text(line) for line in lines]
    return word_count(texts[0]) <= _ASKING_TITLE_MAX_WORDS \
        and _is_line_and_button(texts, held.get(lines[1], NOTHING), held.get(lines[2], NOTHING))


def _is_written_box_set_as_notice(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A quote block or `div` holding one `p` alone, read through blocks of one child each (`_only_paragraph`), that
    `p` a box written between `<br>`s (`_is_written_box_between_breaks`: a bold title over one short line with no link
    and a line that is all link), the block standing between two of the story's bare `p`s as a notice is set
    (`_between_story_parts`): a forum post's quote box of a call, its title, line and link written on the lines of one
    paragraph (Flarum's `blockquote` of "**Away kit order**", its line and its link; FluxBB's `div.quotebox` over its
    `blockquote` and `div`), the call of `_is_call_set_as_notice` written in one `p`. A quotation quotes a sentence or
    more, with no bold title over a line and a link."""
    if box.tag not in _WRITTEN_BOX_WRAPPER_TAGS:
        return False
    paragraph = _only_paragraph(box)
    if paragraph is None or not _is_written_box_between_breaks(paragraph, held):
        return False
    before, after = box.getprevious(), box.getnext()
    return before is not None and after is not None and _between_story_parts(box, before, after, held)


def _only_paragraph(box: HtmlElement) -> HtmlElement | None:
    """The one `p` a block holds, read through blocks of one child and no loose text each (a quote box's `blockquote`
    and its inner `div`), a few levels at most, a quote box's `cite` naming whom it quotes read past (punBB's
    `div.quotebox` of "Name wrote:" over its `blockquote`); None for anything else."""
    for _ in range(_BOX_WRAPPER_LEVELS + 1):
        children = [child for child in box if child.tag != _QUOTED_NAME_TAG]
        if len(children) != 1 or own_text(box):
            return None
        box = children[0]
        if box.tag == "p":
            return box
        if box.tag not in _WRITTEN_BOX_WRAPPER_TAGS:
            return None
    return None


def _is_title_over_line_and_learn_more(lines: list[HtmlElement]) -> bool:
    """A title (a heading or a bold line of its own, a box's line) over one `p` and, last, an inline element of a few
    words and no sentence, written as a line of its own: a learn-more label drawn as a button where the whole box is
    the link or none is (Kadence's info box, its `h3` and text over "Become a lights volunteer today" in a `span`).
    The notice stands between the story's bare `p`s with nothing to press (`_set_as_notice`); a story's section sets
    its words in `p`s, not a loose `span` under a paragraph."""
    label = _closing_a_title_over_a_line(lines)
    if label is None:
        return False
    text = block_text(label)
    return label.tag in INLINE_TAGS and label.tag != "a" and word_count(text) <= _BUTTON_MAX_WORDS \
        and not is_sentence(text)


def _is_title_over_line_and_footnote(lines: list[HtmlElement]) -> bool:
    """A title (a heading or a bold line of its own, a box's line) over one `p` and, last, a `p` of one short sentence
    set apart by a class the line above it lacks: the notice's footnote (a Joomla article's record box, its bold
    "Quarter peal at ..." over the peal's line and "Rung as a welcome to ..." in a `p` classed "footnote"), nothing to
    press.
    A story's section sets its paragraphs alike; one closed by a line the text rules know (a source line) is a fact
    box, the story's."""
    note = _closing_a_title_over_a_line(lines)
    if note is None:
        return False
    text = block_text(note)
    return note.tag == "p" and _set_apart_by_class(note, lines[1]) \
        and len(text) <= LINK_ITEM_MAX_CHARS and is_sentence(text) and not is_furniture_line(text)


def _closing_a_title_over_a_line(lines: list[HtmlElement]) -> HtmlElement | None:
    """The last of three lines, where the first is a title (a heading or a bold line of its own, a box's line) and
    the second a `p`."""
    if len(lines) != _CALL_BOX_LINES:
        return None
    title, line, last = lines
    if (title.tag in HEADING_TAGS or _is_bold_line(title)) and _is_box_line(block_text(title)) and line.tag == "p":
        return last
    return None


def _is_big_figure(line: HtmlElement) -> bool:
    """A line of no child holding a figure alone: digits and the signs about them, no letter ("39", "1,200", "87%")."""
    text = (line.text or "").strip()
    return not len(line) and 0 < len(text) <= _FIGURE_MAX_CHARS and any(char.isdigit() for char in text) \
        and not any(char.isalpha() for char in text)


def _set_as_notice(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A `div` with nothing to press standing between two of the story's bare `p`s or text components, as a notice is
    set in the story's run (`_between_story_parts`). A heading's permalink, a link of no text to a place on the page
    itself (Hexo's `headerlink` before a note tag's `h4`), is nothing to press."""
    if box.tag != "div" or (held.get(box, NOTHING).links and not _only_permalinks(box, held)):
        return False
    before, after = box.getprevious(), box.getnext()
    return before is not None and after is not None and _between_story_parts(box, before, after, held)


def _only_permalinks(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The box's links hold no text and no picture and point to a place on the page itself (`#...`): a heading's
    anchor, shown on hover, not a link to press. A button's icon links elsewhere; a picture's link holds the picture."""
    if held.get(box, NOTHING).link_text:
        return False
    return all((link.get("href") or "").startswith("#") and not held.get(link, NOTHING).image
               for link in box.iter("a"))


def _is_labelled_notice(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A notice written as the `div`'s own line rather than in a `p`: a bold label closed by a colon and its line after
    it (a Bootstrap alert of Liferay's web content, "<strong>Isaziso:</strong> Amanzi azovalwa ..."), set as a notice
    between the story's paragraphs (`_set_as_notice`)."""
    return _opens_with_bold_label(box) and _set_as_notice(box, held)


def _opens_with_bold_label(line: HtmlElement) -> bool:
    """A block of one line, inline elements and text alone, opening with a bold label closed by a colon, a box's line
    ("Breed facts:", "Notice:"), and its text after it: an info box's one line. A story's paragraph is a `p` of the
    story's run, not a `div` set between two of them (`_set_as_notice`)."""
    if (line.text or "").strip() or not len(line) or line[0].tag not in BOLD_TAGS \
            or not (line[0].tail or "").strip() or any(child.tag not in INLINE_TAGS for child in line):
        return False
    label = block_text(line[0])
    # The colon aside, the label is a box's line of a few words (a line leading into a list ends with one too).
    return label.endswith(_LABEL_ENDS) and word_count(label) <= _TITLE_MAX_WORDS and _is_box_line(label[:-1])


def _opens_with_bold_title(line: HtmlElement) -> bool:
    """A `p` opening with a bold title, a box's line, closed by a `<br>`."""
    if line.tag != "p" or (line.text or "").strip() or len(line) < 2 or line[0].tag not in BOLD_TAGS \
            or line[1].tag != "br" or (line[0].tail or "").strip():
        return False
    return _is_box_line(block_text(line[0]))


def _classed_notices(page: Page) -> Iterator[HtmlElement]:
    """A `p` of the story's container given a class between two bare `p`s (the story's paragraphs, with no class), a
    bold title closed by a `<br>` over one line, or one line led by a bold label closed by a colon
    (`_is_labelled_line`), and nothing to press: an editor's styled notice (Plone's TinyMCE "callout", a Jekyll
    theme's notice class) set as a paragraph, the `div` notice's shape in one `p`; or such a `p` set apart by a rule
    (`hr`) on each side rather than a class, the story's bare `p`s beyond the rules (Mambo's "Diary date:" line). A
    story's bold sub-heading over its paragraph is set as its neighbours are, with no class and no rules; a press
    release's classed "About ..." note over its classed
    statements closes the release among classed `p`s, and stays as the public reference keeps it."""
    held = page.held
    for container in page.story:
        for line in container.iterchildren("p"):
            if held.get(line, NOTHING).links or held.get(line, NOTHING).text > BOX_MAX_CHARS:
                continue
            before, after = line.getprevious(), line.getnext()
            # Or a `p` set apart by a rule on each side (`hr`), the story's bare `p`s beyond them: a notice framed by
            # the editor's rules rather than a class (Mambo's "Diary date:" line between two `hr`s).
            framed = before is not None and after is not None and before.tag == after.tag == "hr"
            if not (framed or _class_names(line)):
                continue
            if framed:
                before, after = before.getprevious(), after.getnext()
            if before is None or after is None or before.tag != "p" or after.tag != "p" \
                    or _class_names(before) or _class_names(after) \
                    or not is_paragraph(block_text(before)) or not is_paragraph(block_text(after)):
                continue
            if (_opens_with_bold_title(line) and sum(1 for child in line if child.tag == "br") == 1) \
                    or _is_labelled_line(line):
                yield line


def _is_labelled_line(line: HtmlElement) -> bool:
    """One line opening with a bold label closed by a colon and its words after it (`_opens_with_bold_label`), no
    question: a notice written as one classed `p` (Minimal Mistakes' "notice--info", "Night series:" before its line).
    An interview's question, a classed `p` led by its asker's label among the bare answers, stays as the story's."""
    return _opens_with_bold_label(line) and not block_text(line).rstrip().endswith(_QUESTION_MARKS)


def _between_story_parts(box: HtmlElement, before: HtmlElement, after: HtmlElement,
                         held: dict[HtmlElement, Held]) -> bool:
    """The box stands between two of the story's bare `p`s, or between two of a page builder's text components holding
    the story's paragraphs, a component sharing a class of theirs and given a class of its own besides (Contao's text
    element styled as a box: "ce_text fire-season block" between two "ce_text block"; Craft's Matrix block of another
    kind: "block block--fact" between two "block block--text"): the site's box set in the story's run of components,
    where a section of the story is a component like the others. The `p` after the box may be the story's closing line,
    a sentence however short, the last of its block (`_closes_the_story`), or the heading of the story's next section
    over one of its paragraphs (`_opens_a_section`): a notice set at the close of a section, as a docs-built blog
    sets its admonition after a section's last paragraph and before the next `h2`."""
    if before.tag == "p" and after.tag == "p":
        return is_paragraph(block_text(before)) and (is_paragraph(block_text(after)) or _closes_the_story(after))
    if before.tag == "p" and after.tag in HEADING_TAGS:
        return is_paragraph(block_text(before)) and _opens_a_section(after)
    if before.tag != "div" or after.tag != "div":
        return False
    shared = _class_names(before) & _class_names(after)
    names = _class_names(box)
    # A block of another kind may carry its own name of the system's family alone ("ccm-block-feature" between two
    # "ccm-block-content", "block-key_facts" between two "block-paragraph"), the family the part before the last
    # hyphen.
    return bool(shared & names or _class_stems(shared) & _class_stems(names)) \
        and not names <= _class_names(before) | _class_names(after) \
        and _holds_story_paragraphs(before, held) and _holds_story_paragraphs(after, held)


def _opens_a_section(heading: HtmlElement) -> bool:
    """The sub-heading stands right over one of the story's paragraphs, a bare `p`: a section of the story begins."""
    first = heading.getnext()
    return first is not None and first.tag == "p" and not _class_names(first) and is_paragraph(block_text(first))


def _class_stems(names: set[str]) -> set[str]:
    """Each hyphenated class name's family: the part before its last hyphen ("ccm-block" of "ccm-block-content")."""
    return {name.rsplit("-", 1)[0] for name in names if "-" in name.strip("-")}


def _closes_the_story(line: HtmlElement) -> bool:
    """The `p` is the last of its block, nothing after it, and a sentence however short: the story's closing line under
    a notice set before it ("Indiki ýyl kärhana ... meýilleşdirýär."), as a box's tail may be among lines between
    `<br>`s (`_closing_line_after`)."""
    return line.getnext() is None and not (line.tail or "").strip() and is_sentence(block_text(line))


def _set_apart_by_class(element: HtmlElement, other: HtmlElement) -> bool:
    """The element has a class the other lacks: a notice's title or footnote set apart from its line."""
    return bool(_class_names(element) - _class_names(other))


def _class_names(element: HtmlElement) -> set[str]:
    return set(element.get("class", "")[:NAME_MAX_CHARS].split())


def _is_bold_line(line: HtmlElement) -> bool:
    """A `p` all of whose text is one bold element: a title set in bold on a line of its own."""
    return line.tag == "p" and holds_only_bold(line)


def _is_title_over_items(lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A title set as a `p` of a few words, no link and no sentence, over the items of one list, each a box's line:
    short and no sentence (a set of term dates). A heading over short items is how an article sets its own summary (a
    client alert's "Key takeaways", which the public reference keeps); a story's list of its sentences, or a line
    leading into it, is the story's."""
    title, items = lines[0], lines[1:]
    text = block_text(title)
    parent = items[0].getparent()
    return title.tag == "p" and not held.get(title, NOTHING).links and word_count(text) <= _TITLE_MAX_WORDS \
        and _is_box_line(text) and all(item.tag == "li" and item.getparent() is parent for item in items) \
        and all(_is_box_line(block_text(item)) for item in items)


def _is_heading_over_items_and_small_print(lines: list[HtmlElement]) -> bool:
    """A heading over the items of one list, two or more, each a box's line (short, no sentence), closed by a `p` of
    one short sentence, its small print (a rate panel's "Exchange rates are set daily ..." under its fees), nothing to
    press. A heading over short items alone is an article's own summary (a client alert's "Key takeaways", which the
    public reference keeps), and one closed by a line the text rules know (a fact box's "Source: ...") the story's
    figures; a story's list of its sentences is the story's."""
    title, items, note = lines[0], lines[1:-1], lines[-1]
    text = block_text(note)
    parent = items[0].getparent()
    return title.tag in HEADING_TAGS and len(items) >= 2 and note.tag == "p" and note.getparent() is not parent \
        and len(text) <= LINK_ITEM_MAX_CHARS and is_sentence(text) and not is_furniture_line(text) \
        and _is_box_line(block_text(title)) \
        and all(item.tag == "li" and item.getparent() is parent and _is_box_line(block_text(item)) for item in items)


def _near_story(siblings: Iterator[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """A paragraph among the next few siblings (`near_paragraph`), or a page builder's text component holding the
    story's paragraphs (`_holds_story_paragraphs`): a box set between two components of a story's text. A component
    is a `div`, or a `section` where a headless system's front end renders each block of the story's dynamic zone in
    one (Strapi's rich text blocks round a product card block)."""
    near = list(islice(siblings, NEAR_SIBLINGS_WITH_BREAKS))
    return near_paragraph(iter(near), held) \
        or any(sibling.tag in _INNER_BOX_TAGS and _holds_story_paragraphs(sibling, held)
               for sibling in near[:PARAGRAPH_NEAR_SIBLINGS])


def _closing_line_after(box: HtmlElement) -> bool:
    """The box stands among lines written between `<br>`s and its tail is a line of the story, a sentence however
    short: the story's closing line glued to the box's end ("The cable is to open at the end of 2028."), with no
    paragraph after it to tell the box is among the story's."""
    parent = box.getparent()
    return parent is not None and holds_breaks(parent) and is_sentence(" ".join((box.tail or "").split()))


def _figures_follow(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A table of the story's figures among the next few siblings (a line leading into it before it): rows of cells
    holding text and inline elements only, no block, as a story sets its figures; a layout's table holds blocks. The
    story goes on after the box, though the lines after the table (its note, a short line) are no paragraph's length."""
    return any(sibling.tag == "table" and held.get(sibling, NOTHING).text > 0
               and next(sibling.iterdescendants(*_TABLE_BLOCK_TAGS), None) is None
               and len(TABLE_ROWS(sibling)) >= _FIGURES_MIN_ROWS
               for sibling in near_siblings(box.itersiblings()))


def _soon_after_opening_text(box: HtmlElement) -> bool:
    """The box's block opens with its own text, a paragraph (the story's lead written before its first `<br>`), and
    the box stands within a few siblings of the block's start: a box set among lines between breaks right after the
    lead and a short line, where no sibling before it holds a paragraph."""
    parent = box.getparent()
    return parent is not None and is_paragraph(parent.text or "") \
        and sum(1 for _ in islice(box.itersiblings(preceding=True), NEAR_SIBLINGS_WITH_BREAKS + 1)) \
        <= NEAR_SIBLINGS_WITH_BREAKS


def _is_call_shaped(lines: list[HtmlElement], texts: list[str], held: dict[HtmlElement, Held]) -> bool:
    """Three lines: a heading, one short line of pitch under it and, last, a line that is all link, a few words and no
    sentence: the shape of a call's box, its button under its offer, whatever its words (a quote request, a friends'
    scheme, a subscription offer, in any language). A fact box's heading over its sentences has no button under them; a
    pointer's label over its headline no pitch between; a sub-heading over a paragraph and a link to its source is no
    box of its own, and a paragraph is longer than a pitch."""
    if len(lines) != _CALL_BOX_LINES:
        return False
    label_title = _is_label_title(lines[0], texts, held)
    # A title `p` of a few words set apart from its line of pitch by a class the line lacks (VuePress's
    # `p.custom-block-title` over a tip's `p`s) is the box's own title, which a story's sub-heading is not.
    if label_title and _set_apart_by_class(lines[0], lines[1]):
        return _is_pitch_and_button(lines[-1], texts, held, _CLASSED_CALL_BUTTON_MAX_WORDS)
    return (lines[0].tag in HEADING_TAGS or lines[0].tag in _SUMMARY_TAGS or lines[0].tag in _HEADER_CELL_TAGS
            or label_title) and _is_pitch_and_button(lines[-1], texts, held)


def _is_headline_over_teaser(lines: list[HtmlElement], texts: list[str], held: dict[HtmlElement, Held]) -> bool:
    """Two lines, or three under a label of a few words with no link: another story's headline, a line that is all
    link and no sentence, over one short sentence with no link, its teaser (an incut of "On the topic" over a headline
    and the line under it, set between the story's paragraphs). A fact box's heading over its sentence and a link to
    its source ends on the link; the story's sentence under a linked name is a paragraph's length."""
    if len(lines) not in (2, _CALL_BOX_LINES):
        return False
    headline, teaser = lines[-2:]
    return (held.get(headline, NOTHING).is_one_link and _is_box_line(texts[-2])
            and not held.get(teaser, NOTHING).links and len(texts[-1]) <= LINK_ITEM_MAX_CHARS
            and ends_a_sentence(texts[-1])
            and (len(lines) == 2 or (not held.get(lines[0], NOTHING).links and _is_box_line(texts[0])  # noqa: PLR2004
                                     and word_count(texts[0]) <= _TITLE_MAX_WORDS)))


def _is_label_title(title: HtmlElement, texts: list[str], held: dict[HtmlElement, Held]) -> bool:
    """A call's box's title set as a `p` of its own rather than a heading (a static site's shortcode box, its label
    "Find of the week" in a classed `p`): a few words, no link and no sentence."""
    return title.tag == "p" and not held.get(title, NOTHING).links and word_count(texts[0]) <= _TITLE_MAX_WORDS \
        and not is_sentence(texts[0])


def _is_question_over_button(lines: list[HtmlElement], texts: list[str], held: dict[HtmlElement, Held]) -> bool:
    """Two lines: a short question with no link in it, then a button of a few words that is all link, no sentence: a
    service's offer to the reader ("Need a lawyer's advice?" over "Leave a request", "Ready to run?" over "Sign up"),
    whatever its words. A poll offers two answers or more; a story's question is answered by a paragraph, not a link."""
    return len(lines) == 2 and not held.get(lines[0], NOTHING).links \
        and len(texts[0]) <= LINK_ITEM_MAX_CHARS and texts[0].rstrip().endswith(_QUESTION_MARKS) \
        and held.get(lines[1], NOTHING).is_one_link and word_count(texts[1]) <= _BUTTON_MAX_WORDS \
        and not is_sentence(texts[1])


def _is_pitch_and_button(button: HtmlElement, texts: list[str], held: dict[HtmlElement, Held],
                         max_words: int = _BUTTON_MAX_WORDS) -> bool:
    """A call's three lines' last two: a short line of pitch, then `button`, all link, a few words (`max_words` at
    most) and no sentence, the file's type and size a download's button closes on aside (`_label_words`)."""
    return (held.get(button, NOTHING).is_one_link and _label_words(texts[-1]) <= max_words
            and not is_sentence(texts[-1]) and len(texts[1]) <= LINK_ITEM_MAX_CHARS)


def _label_words(text: str) -> int:
    """The words of a button's label, without the brackets closing it that hold only a file's type and size ("(PDF, 2
    MB)", "(docx, 40 kB)"), at least one of them a type or a unit: a download's note on its file, not its words. Other
    brackets (a year, a place) count."""
    label = text.rstrip()
    head, opening, note = label[:-1].rpartition("(") if label.endswith(")") else ("", "", "")
    parts = note.replace(",", " ").split()
    if not opening or not 0 < len(parts) <= _FILE_NOTE_MAX_WORDS:
        return word_count(label)
    units = [part.lower().lstrip("0123456789.,") for part in parts]
    if all(unit in _FILE_NOTE_WORDS or not unit for unit in units) and any(units):
        return word_count(head)
    return word_count(label)


def _lines_between_breaks(box: HtmlElement, held: dict[HtmlElement, Held]) -> list[list[HtmlElement | str]] | None:
    """The box's lines when it is written as text and inline elements split by `<br>`s, each line its loose texts and
    its elements holding text (an icon, an empty anchor are none); None when it holds a block or more parts than a
    box does."""
    if len(box) > 2 * _BOX_MAX_LINES or any(child.tag not in INLINE_TAGS for child in box):
        return None
    lines: list[list[HtmlElement | str]] = [[]]
    if (box.text or "").strip():
        lines[-1].append(box.text.strip())
    for child in box:
        if child.tag == "br":
            lines.append([])
        elif held.get(child, NOTHING).text:
            lines[-1].append(child)
        if (child.tail or "").strip():
            lines[-1].append(child.tail.strip())
    return [line for line in lines if line]


def _line_text(line: list[HtmlElement | str]) -> str:
    return " ".join(part if isinstance(part, str) else block_text(part) for part in line)


def _is_box_between_breaks(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A box written between `<br>`s, as an old system sets one among the story's lines or paragraphs, its lines read
    once for both shapes: a call's box (`_is_call_between_breaks`) or a contact desk's box, two lines or more with
    nothing to press (`_contact_box`: its name, a number to call or opening hours)."""
    lines = _lines_between_breaks(box, held)
    if lines is None:
        return False
    texts = [_line_text(line) for line in lines]
    return _is_call_between_breaks(lines, texts, held) \
        or (len(lines) >= 2 and not _holds_control(box, held) and _contact_box(texts))


def _is_call_between_breaks(lines: list[list[HtmlElement | str]], texts: list[str],
                            held: dict[HtmlElement, Held]) -> bool:
    """A call's box of lines between `<br>`s: a title in bold, one short line of pitch and a button of a few words
    that is all link, three lines (`_is_call_shaped`'s shape, its heading a bold line). A story's bold sub-heading
    over its paragraph has no button under it."""
    if len(lines) != _CALL_BOX_LINES or len(lines[0]) != 1 or len(lines[-1]) != 1:
        return False
    title, button = lines[0][0], lines[-1][0]
    if isinstance(title, str) or title.tag not in BOLD_TAGS or isinstance(button, str):
        return False
    return _is_pitch_and_button(button, texts, held)


def _is_call_over_a_link_line(lines: list[HtmlElement], held: dict[HtmlElement, Held]) -> bool:
    """Two lines: a block of a bold title and one short line of pitch parted by a `<br>`, over a block that is all
    link, a few words and no sentence: a call's box of three lines (`_is_call_between_breaks`), its button set in a
    block of its own (HTMLy's `blockquote` of "<p><strong>title</strong><br>line</p><p><a>button</a></p>"). A story's
    bold sub-heading over its paragraph between breaks has no button under it; a quote over a link to its source, no
    bold title over it."""
    if len(lines) != 2 or lines[1].tag not in _WRITTEN_BUTTON_TAGS:  # noqa: PLR2004 - the title's block and the button's
        return False
    head = _lines_between_breaks(lines[0], held)
    if head is None or len(head) != 2:  # noqa: PLR2004 - the title and its line of pitch
        return False
    split = [*head, [lines[1]]]
    return _is_call_between_breaks(split, [_line_text(line) for line in split], held)


def _holds_story_paragraphs(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A paragraph of the story, or a block whose first children hold one: a component of a page builder's text."""
    if not held.get(element, NOTHING).text:
        return False  # no text (a script, a style, an empty slot): nothing to read
    if element.tag == "p":
        return is_paragraph(element.text_content())
    # A component may wrap its block of paragraphs in one inner `div` ("rich-text" over "rich-text-inner").
    if len(element) == 1 and element[0].tag == "div" and not own_text(element):
        element = element[0]
    return any(child.tag == "p" and is_paragraph(child.text_content())
               for child in islice(element, PARAGRAPH_NEAR_SIBLINGS))


def calls_after_the_story(page: Page) -> Iterator[HtmlElement]:
    """Boxes after the story's paragraphs in its container, a few blocks past the last that holds them and before any
    other, whose first line the rules know as a call, with something to press: a firm's or a publisher's call closing
    its page ("Speak to our team" over its pitch and "Get in touch", "Subscribe to our insights" over its promise and
    its button). Between the paragraphs `boxes_among_paragraphs` reads such boxes; after them they are no passage of
    the story either."""
    held = page.held
    for box in page.tree.iter(*BOX_TAGS):
        if box.getparent() not in page.story or box in page.story or not _is_call_box(box, held):
            continue
        # Another such box after it (a sign-up's promise is a sentence) is no paragraph of the story.
        if any(_holds_story_paragraphs(sibling, held)
               for sibling in islice(box.itersiblings(preceding=True), _AFTER_STORY_SIBLINGS)) \
                and not any(_holds_story_paragraphs(sibling, held) and not _is_call_box(sibling, held)
                            for sibling in islice(box.itersiblings(), _AFTER_STORY_SIBLINGS)):
            yield box


def _is_call_box(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A short box of two lines or more, its first a call the rules know, with something to press."""
    if box.tag not in BOX_TAGS or not 0 < held.get(box, NOTHING).text <= BOX_MAX_CHARS \
            or not _holds_control(box, held):
        return False
    lines = _box_lines(box, held)
    return lines is not None and len(lines) >= 2 and is_call_line(block_text(lines[0]))


def _is_box_line(text: str) -> bool:
    """A line of a box, not of the story: short, and no sentence nor a lead-in to what follows."""
    return len(text) <= LINK_ITEM_MAX_CHARS and not is_sentence(text)


def _is_widget_line(text: str) -> bool:
    """A box's line, or a short one the text rules know as furniture (a reading's time stamp, a source line)."""
    return _is_box_line(text) or (len(text) <= LINK_ITEM_MAX_CHARS and is_furniture_line(text))


def _widget_lines(texts: list[str]) -> bool:
    """Three lines or more, each a box's line or one the text rules know as furniture (a live reading's time stamp
    under its figures). A pointer's label over its headline, two lines, is left to the text rules."""
    return len(texts) >= _WIDGET_MIN_LINES and all(map(_is_widget_line, texts))


def _figures_with_a_note(box: HtmlElement, texts: list[str]) -> bool:
    """A widget's lines (its heading, figures, labels and links) with one short sentence among them, the advice or the
    call it gives (an air-quality card's "stay indoors", a contest's "send your photo by ..."): at least three lines
    that are no sentence. A fact box's heading over its sentence and a link has two; a table with its note is the
    story's (the timetable rule reads tables)."""
    notes = [text for text in texts if not _is_widget_line(text)]
    return (len(notes) == 1 and len(notes[0]) <= LINK_ITEM_MAX_CHARS
            and len(texts) - 1 >= _WIDGET_MIN_LINES and next(box.iter("table"), None) is None)


def _is_service_box(box: HtmlElement, held: dict[HtmlElement, Held], lines: list[HtmlElement],
                    texts: list[str]) -> bool:
    """Every line short and none a sentence, and a link or a control in it (a job offer's wage lines and "Apply", a
    bracket's rows and "Full bracket", a draw's numbers and "Buy a ticket", tour cards with their prices and booking
    links, free slots and a button), whatever their words; or a first line the rules know as a call (an appeal to
    support the editors over its reasons and its button) or as a note's heading ("how we reported this" over its
    sentences), or a last one with something to press under it (an agency's invitation to its programme over "Register
    interest"); or a poll's question over its answers' buttons or, closed, over their shares; or a timetable with a link
    to the rest of it; or a gift's amounts to choose from (`_amount_choices`). A fact box of sentences or a lead-in
    closed by a colon is none, and nor is one of figures with nothing to press."""
    pressed = _holds_control(box, held) or _is_written_button(lines[-1], texts[-1])
    return (is_call_line(texts[0]) or is_note_heading(texts[0])
            or (pressed and (all(map(_is_box_line, texts)) or is_call_line(texts[-1])
                             or _widget_lines(texts) or _figures_with_a_note(box, texts)))
            or (not pressed and _contact_box(texts))
            or _open_poll(box, texts) or _poll_results(texts) or _timetable_with_link(box, held)
            or (pressed and _amount_choices(box)))


def _is_written_button(line: HtmlElement, text: str) -> bool:
    """A box's last line, a block of its own, that is a button written as plain text, a few words the text rules know
    as a control's ("Add To Cart" in a site builder's product block, pressed through its script rather than a link):
    something to press. A meta line's last inline part (a reading time) is none."""
    return line.tag in _WRITTEN_BUTTON_TAGS and word_count(text) <= _BUTTON_MAX_WORDS and not is_sentence(text) \
        and is_furniture_line(text)


def _amount_choices(box: HtmlElement) -> bool:
    """A line of the box holding links that are sums of money alone ("£10", "£30", "£50"): the amounts a gift is chosen
    from, whatever the box's words. A story's sums are in its sentences, not each a link of its own."""
    for line in box:
        sums = sum(1 for link in islice(line.iter("a"), _BOX_MAX_LINES)
                   if len(text := block_text(link)) <= _AMOUNT_LINK_MAX_CHARS and _SUM_OF_MONEY.fullmatch(text))
        if sums >= _AMOUNT_CHOICES_MIN:
            return True
    return False


def _contact_box(texts: list[str]) -> bool:
    """A service's desk with nothing to press: every line a box's line (its name, a fee, an address), and one of them
    a number to call, with hyphens or with the country's code, or opening hours (a reading room's timetable, a
    lost-and-found desk, a shop's hours and phone, an official's reception days, an emergency dispatcher's number), or
    a bank account's number (a charity's details for donations). A box of the story's figures holds none of them."""
    notes = [text for text in texts if not _is_box_line(text)]
    # One short sentence may stand among three lines or more: the desk's line of pitch ("Our office in Baku surveys
    # ships in ...") between its heading and its number.
    return (not notes or (len(notes) == 1 and len(notes[0]) <= LINK_ITEM_MAX_CHARS
                          and len(texts) >= _WIDGET_MIN_LINES)) and any(
        _CONTACT_NUMBER.search(text) or _OPENING_HOURS.search(text) or _INTERNATIONAL_NUMBER.search(text)
        or _ACCOUNT_NUMBER.search(text) for text in texts)


def _repeats_the_story(container: HtmlElement, texts: list[str], stories: dict[HtmlElement, str]) -> bool:
    """A line of the box, its quotation marks aside, is words of one of the story's paragraphs beside it: a quote
    pulled out of the story to catch the eye, which the story already holds."""
    quotes = [quote for quote in (text.strip(_QUOTE_MARKS) for text in texts) if len(quote) >= _REPEAT_MIN_CHARS]
    if not quotes:
        return False
    if container not in stories:
        # One paragraph a line: a quote, its white space made single spaces, never runs across two.
        stories[container] = "\n".join(
            block_text(paragraph) for paragraph in islice(container.iterchildren("p"), _REPEAT_PARAGRAPHS))
    return any(quote in stories[container] for quote in quotes)


def _is_clock_time(text: str) -> bool:
    return len(text) in _CLOCK_TIME_CHARS and text[-3] == ":" and text.replace(":", "", 1).isdigit()


def _timetable_with_link(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A box of times to look up and a link to the rest of them (a month's prayer or iftar times, a stop's departures,
    a cinema's showtimes): half its table's cells or more are clock times, whatever its heading and notes say."""
    table = next(box.iter("table"), None)
    if table is None or not held.get(box, NOTHING).links:
        return False
    cells = [block_text(cell) for cell in islice(table.iter("td"), _TIMETABLE_CELLS)]
    times = sum(map(_is_clock_time, cells))
    return times >= 2 and 2 * times >= len(cells)


def _question_over_answers(texts: list[str]) -> bool:
    """A poll's lines: a short question, then a box's lines (its answers, its votes)."""
    question, answers = texts[0], texts[1:]
    return len(question) <= LINK_ITEM_MAX_CHARS and question.rstrip().endswith(_QUESTION_MARKS) \
        and all(map(_is_box_line, answers))


def _open_poll(box: HtmlElement, texts: list[str]) -> bool:
    """An open poll's box: its question over buttons that answer it ("Yes", "No") and perhaps its count of votes so
    far. A question over one button ("What happens next?" over "Read more") is a teaser's."""
    buttons = sum(1 for _ in islice(box.iter("button"), _POLL_MIN_ANSWERS))
    return buttons == _POLL_MIN_ANSWERS and _question_over_answers(texts)


def _poll_results(texts: list[str]) -> bool:
    """A closed poll's box: its question, then its answers, each with its share of the votes, the shares making up
    the whole; it has nothing left to press. A box of the story's figures with shares in it has no question over
    them, and a question over growth rates does not add up to a hundred."""
    if not _question_over_answers(texts):
        return False
    shares = [float(found[1].replace(",", ".")) for found in map(_SHARE.search, texts[1:]) if found]
    return len(shares) >= 2 and _WHOLE_SHARES[0] <= sum(shares) <= _WHOLE_SHARES[1]
