"""Page furniture found by its markup, pruned from the tree before any extractor reads it.

Gallery captions, lists of other stories and boxes of teasers read like article text once the
markup is gone; the markup still says what they are:

- captions without `figcaption`: a short line, not a sentence, standing right after a block that
  holds only an image (an `img`, or AMP's `amp-img`), set apart from the text by small or italic type,
  a mid-grey colour in its own style or a span of its own, or closing a wrapper that holds only the image
  and it (a figure made of `div`s) or followed by a credit the text rules know that closes it; the line may
  sit in blocks that hold only it (a site builder's row, container and column), the image block being the one
  before the outermost of them;
- bare caption lines: in a body written as lines between `<br>`s (Bitrix, DLE), a short line, not a
  sentence, joined by a single break to the image set in the text above it, and closed by a blank line:
  the image and its caption make one paragraph (a list of items under images has no blank line, and an
  image in a block of its own is no line's); or two such lines, a caption and a credit the text rules
  know ("Photo courtesy of ..."), under an image that opens its run of lines (after a blank line or an
  element, not after a line of text);
- captions in a table setting pictures side by side: the row of short lines under a row whose every cell is a
  picture alone;
- lists of other stories: three or more items, each a short line with a link, most of them
  ending in it (a headline pointing to its story; the story's own lists of steps or sources
  link words inside their sentences);
- blocks of links: three or more links carrying almost all of a block's text (menus, teaser boxes),
  unless the block holds the story;
- comment threads: a block whose class or id names comments ("blog-comments", "comment-list", and in the
  languages of other outlets "comentarii", "hozzaszolasok"), or that opens with a heading calling to comment ("Join
  the conversation", "Comments (12)"), unless it holds the story;
- a forum's preview of a page its post links to, named "onebox";
- an event page's roster of speakers and the bio boxes of speakers and contributors, named for them ("speakers",
  "panelists", "bio"), unless it holds the story;
- a wiki's edit links: the span MediaWiki names "mw-editsection" beside each section heading ("[edit]");
- sign-up boxes: the block round an e-mail field (a newsletter's or an alert's form with its heading and
  promise), up to the largest short block holding it, never one that holds the story (and
  none on a page without paragraphs, where nothing tells the box from the story);
- a reporter's name alone in italics under the story: a paragraph of two or three capitalised words, all in one `i` or
  `em`, right after a paragraph that ends a sentence (a print story's signature, "<p><i>Гүлзат Мамытова</i></p>");
- an author's card outside the story: a `div` of a portrait and one to three short lines, the first a name, none a
  sentence (the columnist's name over the role);
- advertising boxes set in the story: a short block that opens with its label alone ("Жарнама", "Реклама",
  "Advertisement", "Sponsored"), the advertiser's title and text under it, which the clean-up cannot tell from a
  paragraph once the label, a `div` or a `span` of its own, is left out;
- lines of links: in a body written as lines between `<br>`s (a text-only copy, old portals), a line made of three
  or more links and nothing else but spaces: the site's menu or a row of sections, printed as text;
- service boxes set in the story's own block, between its paragraphs (`p`s, or on an old portal the story's lines
  between `<br>`s, the line after the box being its own tail): a short block of short lines, none a sentence, with a
  link or a control to press (a draw's results and its buy button, free slots and a booking link, cards with prices),
  whatever its words, or one opening with a call or a note's heading (a board of lost documents); also three lines or
  more of which those the text rules know as furniture (a live reading's time stamp) count as short, and a widget of
  three such lines or more with one short sentence of advice or call among them and no table (an air-quality card's
  "stay indoors", a contest's "send your photo"); a call's box of three lines by its shape, whatever its words (a
  heading, one short line of pitch, a button of a few words that is all link: a quote request, a subscription offer);
  a box with a line of two or more links that are sums of money alone (a gift's amounts); a contact desk's box, which
  may hold one short line of pitch among three lines or more; a fact box of figures with nothing to press stays with
  the story, and so do a heading over a sentence and a link and a table with its note;
- calls after the story: in the story's container, a few blocks past its last paragraph and before any other, a short
  box whose first line the text rules know as a call, with something to press (a firm's "Speak to our team" over its
  pitch and button, "Subscribe to our insights");
- pointers to another story: a paragraph of a short label closed by a separator and one link, a headline, after it
  ("Read also: ...", in any language);
- the link closing an embedded post: a short line, not a sentence, on a line of its own as the last element of a
  `blockquote` or a `div` that does not hold the story, pointing to one post's address on a network (a Telegram
  channel's post, an Instagram post, a tweet, a Facebook post, a TikTok video): the network's "View in Telegram",
  in any language, which the precise extractor glues to the post's text.

The story's text that the precise extractor would leave out for its markup alone is set as paragraphs:

- a paragraph set in a `div` of its own right before a `p` or a block opening with one, or with one picture's block
  between them (a fact box between the story's paragraphs, "Справка ..." and its sentence; a standfirst over them; a
  lead set between two pictures) becomes a `p`: a precise extractor reads a `div` among paragraphs as a box beside
  the story and leaves it out;
- a standfirst written as a `div` before the story's block (a picture's or a video's block may stand between them,
  and the block may open with a sub-heading) is moved into that block as its first paragraph, where the precise
  extractor reads it with the story;
- the text a block opens with, up to its first `<br>`, `p`, picture's `figure` or sub-heading (the lead over lines
  between `<br>`s, over the paragraphs or over the first numbered section), becomes a `p` of its own: where the
  page has paragraphs, the precise extractor reads no `div` and discards its own text, while it keeps the line after
  each `<br>` and each `p`;
- in a block of lines between `<br>`s whose lead or line after a box was so made a paragraph, every other line that is
  a sentence becomes one too, and so does a `div` written as a paragraph among them: beside paragraphs, the precise
  extractor leaves loose lines and `div`s out;
- a list set in the story's block near its paragraphs, each item a line of text and inline elements (the documents
  signed, a committee's proposals), has each item's text written as a `p` inside its `li`: where trafilatura does not
  know the block's class for a story's body, its precise pass reads the block's paragraphs and tables and leaves
  lists out; where it knows it, the items are still read as a list's. Among lines between `<br>`s, the line written
  right after a list (its tail, with no `<br>` between) becomes a `p` as the line after a box or a table does;
- empty formatting elements (an icon's `<i class="fa ...">`, WordPress's "more" anchor `<span id="more-...">`) are
  taken out, their tails left in place: one of them drops the whole paragraph holding it from the precise text.

Tables that lay out the page rather than hold data (old portals and uCoz sites set the whole page in
them) become plain blocks: a table holding the story or another table, or a table of
one cell (a box drawn round a note, as e-mails and old portals do). Read as
data, each row would come out as one line with its cells joined by "|", the story glued to the menu,
the counters and the footer beside it.

The story, which the rules above spare, is held by the page's longest paragraph and by the block with the most text
in its paragraphs, and by their ancestors.

Sizes are found in one pass from the leaves up and each check reads a bounded part of the tree,
so a hostile page costs time in proportion to its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, is_call_line, is_furniture_line, is_note_heading, word_count

# A caption's muted grey, set inline: mid-grey, neither the near-black of body text nor a background's near-white.
_MUTED_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*#([0-9a-f]{6}|[0-9a-f]{3})\b", re.IGNORECASE)
_MUTED_RANGE = (0x70, 0xC0)
_GREY_SPREAD = 0x18
_STYLE_MAX_CHARS = 300
# Site builders nest each block of a page in rows, containers and columns that hold only it.
_WRAPPER_MAX_LEVELS = 6
# Their text is not the page's.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
_CAPTION_MAX_CHARS = 150
# Elements read at most to tell a caption: a line in one or two inline elements.
_CAPTION_MAX_ELEMENTS = 4
# A caption is set apart from the text by its type: small or italic, or a span of its own.
_CAPTION_TAGS = frozenset({"span", "small", "em", "i"})
# AMP pages show their images with a custom element.
_IMAGE_TAGS = frozenset({"img", "amp-img"})
# An embedded video's player, which a standfirst may stand over as over a picture.
_PLAYER_TAGS = ("iframe", "video")
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
# Whole words of a class or id name that mark a comment thread; "commentary" is a column of the story's.
# German-language dailies call theirs a forum of postings; outlets in other languages name them in their own
# ("comentarii", "commenti", "kommentare", "komentarze", "hozzaszolasok", "komentari", "kommentit", "kommentarer"),
# Norwegian sites a debate ("debatt", "diskusjon"), Slovak ones "diskusia", Turkish ones "yorumlar", Lithuanian
# "komentarai", Catalan "comentaris", Estonian "kommentaarid" and Slovenian "komentarji".
_COMMENT_WORDS = frozenset({
    "comment", "comments", "forum", "posting", "postings", "comentarii", "comentariu", "comentarios", "commenti",
    "commentaires", "kommentare", "komentarze", "komentare", "hozzaszolas", "hozzaszolasok", "kommentek",
    "komentari", "kommentit", "kommentarer", "debatt", "diskusjon", "yorum", "yorumlar", "diskusia", "komentarai",
    "comentaris", "kommentaarid", "komentarji", "reacties", "reactie"})
# A forum's preview of a page it links to ("onebox") is that page's headline and summary, not the post's text; it is
# found by its name in the same pass.
_PREVIEW_WORDS = frozenset({"onebox"})
# An event page's roster of speakers, their titles and bios, and a contributor's bio box, are about people, not what
# happened; found by their names in the same pass ("speakers", "panelists", "speaker-bio", "author-bio").
_ROSTER_WORDS = frozenset({"speakers", "panelists", "panellists", "bio", "bios"})
_NAMED_FURNITURE = _COMMENT_WORDS | _PREVIEW_WORDS | _ROSTER_WORDS
# A box beside the story is short. A sign-up box: its heading, a promise, the field and a line of small print; a poll:
# its question, the answers, the button and the count of votes; an advertiser's slot; a service's box among the story's
# paragraphs.
_BOX_MAX_CHARS = 400
_BOX_TAGS = ("div", "aside", "section")
# How far up from its field a form's box is looked for.
_FORM_BOX_MAX_LEVELS = 6
# The fields that make a form's box furniture: an e-mail address to sign up with, a choice among a poll's answers.
_FORM_BOX_FIELDS = frozenset({"email", "radio"})
# A plain text field asks for an e-mail address by its placeholder when a site leaves the type out: "Váš e-mail",
# "E-post", "e-naslov", "ईमेल". Only so much of the placeholder is read.
_EMAIL_PLACEHOLDER_WORDS = ("mail", "e-post", "e-naslov", "ईमेल")
_PLACEHOLDER_MAX_CHARS = 60
# A box to tick makes one only beside a button that sends it (a donation made monthly, a consent over "Send"): alone
# it may be a reader's filter. So does a plain text field: with its button it is a service's checker set in the story
# (fines by a car's number, a meter's reading by the account's), alone a page's own widget. A button is looked for
# this far up its ancestors.
_SENT_FIELDS = frozenset({"checkbox", "text"})
_SENDER_MAX_LEVELS = 2 * _FORM_BOX_MAX_LEVELS
_NAME_WORD = re.compile(r"[a-z]+")
# A comment area's own heading, whatever its class: "Join the conversation", "Leave a reply", "Comments (142)". Not a
# bare "Discussion" or "Comment": a report's section and an opinion column are headed so.
_COMMENT_HEADING = re.compile(r"(join the (conversation|discussion|debate)|leave a (comment|reply)|have your say"
                              r"|(reader )?comments(\s?\(\d{1,6}\))?|comment\s?\(\d{1,6}\))[.:!…]*", re.IGNORECASE)
_HEADING_TAGS = frozenset({"h2", "h3", "h4"})
_COMMENT_HEADING_MAX_CHARS = 40
# Only the start of a class or id attribute is read: a hostile page may make them as long as it likes.
NAME_MAX_CHARS = 200
# The class a wiki gives the edit link of a section.
_EDIT_SECTION = "editsection"
_CELL_TAGS = ("td", "th")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", *_CELL_TAGS)
# A paragraph in a `div`: text and inline elements only.
_INLINE_TAGS = frozenset({"span", "a", "b", "strong", "em", "i", "small", "sup", "sub", "br"})
# A paragraph of the story set in a block's text: a sentence of so many words at least.
_PARAGRAPH_MIN_WORDS = 10
# Empty, one of these drops the paragraph holding it from the precise extractor's text.
_EMPTY_INLINE_TAGS = ("span", "b", "strong", "i", "em", "q")
# Blocks whose own text may open with the story's lead.
_OPENING_TEXT_BLOCKS = ("div", "section", "article")
# What closes a lead written as a block's own text: a line break, a paragraph, a picture's figure, a sub-heading.
_LEAD_ENDS = frozenset({"br", "p", "figure", "h2", "h3", "h4"})
# A signature in italics: a name of two or three words, short.
_SIGNATURE_MAX_CHARS = 60
_SIGNATURE_WORDS = (2, 3)
# An author's card under a portrait: the name, and at most a role and a line of contacts.
_AUTHOR_CARD_LINES = (1, 3)
_PROSE_BLOCK_MAX_ELEMENTS = 20
# The label an advertising slot opens with, in the languages of the region's and other outlets; a box this short.
_AD_LABELS = frozenset({
    "реклама", "жарнама", "reklama", "сурталчилгаа", "advertisement", "advert", "advertising", "sponsored", "anzeige",
    "werbung", "publicidad", "publicidade", "publicité", "pubblicità", "publicitate", "reclamă", "hirdetés",
    "advertentie", "mahabat", "таблиғ"})
_AD_LABEL_MAX_CHARS = 20
# A box set among the story's paragraphs: a paragraph of the story within this many siblings on each side.
_PARAGRAPH_NEAR_SIBLINGS = 3
# The siblings read for them, the empty breaks of blank lines among them: two a line at most.
_NEAR_SIBLINGS_WITH_BREAKS = 3 * _PARAGRAPH_NEAR_SIBLINGS
# How far before a call's box after the story the story's last paragraphs are looked for, past other boxes (its
# authors, a related list), and how far after it none may be.
_AFTER_STORY_SIBLINGS = 2 * _PARAGRAPH_NEAR_SIBLINGS
# A paragraph written as a `div` beside a box holds no more characters than this: a longer one is a block of the page.
_PROSE_DIV_MAX_CHARS = 2000
# Its lines are read one by one, at most so many: a service's box holds a few.
_BOX_MAX_LINES = 12
# Besides blocks, a figure (a reader's photo with its label and "send yours") and a quote set apart (a pull quote)
# may be such a box.
_AMONG_PARAGRAPHS_TAGS = (*_BOX_TAGS, "figure", "blockquote")
# A pull quote repeats words of the story this long or longer, its quotation marks aside; the story's paragraphs
# beside it are read up to so many.
_REPEAT_MIN_CHARS = 30
_REPEAT_PARAGRAPHS = 200
_QUOTE_MARKS = " «»“”„\"'‘’‹›「」"
# A widget's lines besides the one sentence of advice it may hold: its heading, a figure or two, a link.
_WIDGET_MIN_LINES = 3
# What a reader presses in a service's box besides a link.
_CONTROL_TAGS = ("button", "input", "select")
# A call's box between the paragraphs: a heading, one line of pitch and, last, a button of at most so many words.
_CALL_BOX_LINES = 3
_BUTTON_MAX_WORDS = 5
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
# A pointer to another story: a label of a few words closed by a separator, then the story's headline as a link.
_POINTER_LABEL_MAX_WORDS = 4
_POINTER_SEPARATORS = ":：՝—–→»|"
_POINTER_HEADLINE_MIN_CHARS = 15
_LABEL_TAGS = frozenset({"strong", "b", "em", "i", "span"})
# The link closing an embedded post: a few words ("View in Telegram"); the parts of a post's address read.
_POST_LINK_MAX_CHARS = 60
_POST_PATH_MAX_PARTS = 6
# A headline may ask ("?") but does not close on a full stop or an exclamation: "Pro tip: Get more ideas here!" is the
# story's own advice.
_HEADLINE_CLOSE = re.compile(r"[.!。！]\W{0,2}$")


class _Held(NamedTuple):
    """What an element holds: characters of text, of them inside links, links, and whether an image."""

    text: int = 0
    link_text: int = 0
    links: int = 0
    image: bool = False


_NOTHING = _Held()
_new_tuple = tuple.__new__


class _Page(NamedTuple):
    """The tree, what each element holds, and the elements holding the story."""

    tree: HtmlElement
    held: dict[HtmlElement, _Held]
    story: set[HtmlElement]


def _measured(tree: HtmlElement) -> dict[HtmlElement, _Held]:
    """What each element holds, found in one pass from the leaves up (no recursion, no subtree re-read).

    Elements that hold nothing are left out (read as `_NOTHING`), and each `_Held` is made by the tuple's own
    constructor: the named tuple's is a Python call, and this walk makes one for every element of the page.
    """
    held: dict[HtmlElement, _Held] = {}
    for element in reversed(list(tree.iter(etree.Element))):
        tag = element.tag
        if tag in _NOT_TEXT:
            continue
        text, linked, links, image = len((element.text or "").strip()), 0, 0, tag in _IMAGE_TAGS
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
            held[element] = _new_tuple(_Held, (text, linked, links, image))
    return held


def block_text(element: HtmlElement) -> str:
    """The element's text as a reader sees it: every run of white space one space."""
    return " ".join(element.text_content().split())


def _is_image_only(element: HtmlElement | None, held: dict[HtmlElement, _Held]) -> bool:
    if element is None:
        return False
    inside = held.get(element, _NOTHING)
    return inside.image and not inside.text and not (element.tail or "").strip()


def _is_sentence(text: str) -> bool:
    """A sentence, or a line leading into what follows it (a table, a list), is the story's."""
    return ends_a_sentence(text) or text.rstrip().endswith(":")


def _is_muted(element: HtmlElement) -> bool:
    """Text coloured a mid-grey by the element's own style ("color:#8a8a8a"), as builders set captions apart."""
    match = _MUTED_COLOUR.search((element.get("style") or "")[:_STYLE_MAX_CHARS])
    if match is None:
        return False
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    channels = [int(digits[at:at + 2], 16) for at in (0, 2, 4)]
    low, high = _MUTED_RANGE
    return max(channels) - min(channels) <= _GREY_SPREAD and all(low <= channel <= high for channel in channels)


def _is_set_apart(element: HtmlElement) -> bool:
    """Small, italic or muted grey type, or a span: the element itself, or its one child holding all its text."""
    if element.tag in _CAPTION_TAGS or _is_muted(element):
        return True
    return (len(element) == 1 and element[0].tag in _CAPTION_TAGS and not (element.text or "").strip()
            and not (element[0].tail or "").strip())


def _closes_image_wrapper(element: HtmlElement, image: HtmlElement) -> bool:
    """The element and the image block before it are all its parent holds: a figure made of plain blocks."""
    parent = element.getparent()
    return (element.getnext() is None and image.getprevious() is None
            and parent is not None and not (parent.text or "").strip())


def _credit_closes_image_wrapper(element: HtmlElement, image: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A short line the text rules know as furniture ("Снимка: Архив ...") follows the element and closes the wrapper
    that opens with the image: a figure of plain blocks holding the image, its caption and its credit."""
    credit = element.getnext()
    return (credit is not None and _closes_image_wrapper(credit, image)
            and 0 < held.get(credit, _NOTHING).text <= _CAPTION_MAX_CHARS
            and is_furniture_line(block_text(credit)))


def _outermost_wrapper(element: HtmlElement) -> HtmlElement:
    """The element, or the outermost of the blocks round it that hold nothing else (a builder's row, column, cell)."""
    for _ in range(_WRAPPER_MAX_LEVELS):
        parent = element.getparent()
        if element.getprevious() is not None or parent is None or len(parent) != 1 \
                or (parent.text or "").strip() or (element.tail or "").strip():
            break
        element = parent
    return element


def _image_captions(page: _Page) -> Iterator[HtmlElement]:
    """Short lines, not sentences, right after a block that holds only an image (the line itself or the wrappers
    that hold only it)."""
    held = page.held
    for element in page.tree.iter("p", "div", *_CAPTION_TAGS):
        # A caption is a line with little markup; the bound keeps reading its text cheap.
        if not 0 < held.get(element, _NOTHING).text <= _CAPTION_MAX_CHARS \
                or next(islice(element.iter(), _CAPTION_MAX_ELEMENTS, None), None) is not None:
            continue
        line = _outermost_wrapper(element)
        before = line.getprevious()
        while _is_empty_break(before):
            before = before.getprevious()
        if not _is_image_only(before, held) or _is_sentence(element.text_content()):
            continue
        if _is_set_apart(element) or _closes_image_wrapper(line, before) \
                or _credit_closes_image_wrapper(line, before, held):
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


def _link_lists(page: _Page) -> Iterator[HtmlElement]:
    """Lists whose every item is a short line ending in a link: other stories, not the story's own list."""
    held = page.held
    for listing in page.tree.iter("ul", "ol"):
        items = [child for child in listing if child.tag == "li"]
        if len(items) < _LINK_LIST_MIN_ITEMS or not all(
                0 < held.get(item, _NOTHING).text <= _LINK_ITEM_MAX_CHARS and held.get(item, _NOTHING).links
                for item in items):
            continue
        if sum(_ends_in_link(item) for item in items) >= _LINK_ENDED_SHARE * len(items):
            yield listing


def _own_text(element: HtmlElement) -> int:
    """Characters of text the element holds outside its children: its lines between line breaks."""
    return len((element.text or "").strip()) + sum(len((child.tail or "").strip()) for child in element)


def _most_own_text(tree: HtmlElement, held: dict[HtmlElement, _Held], beyond: int) -> HtmlElement | None:
    """Of the elements holding more than `beyond` characters of text, the one with the most of its own. Only those
    can hold more than `beyond` of their own; a script's or a style's code is no text."""
    return max((element for element in tree.iter(etree.Element) if held.get(element, _NOTHING).text > beyond),
               key=_own_text, default=None)


def _story_holders(tree: HtmlElement, held: dict[HtmlElement, _Held]) -> set[HtmlElement]:
    """The story's holders: the longest paragraph and the block with the most text in its paragraphs, with their
    ancestors (a footer's notice may be the page's longest paragraph, its story being in paragraphs of a usual length);
    on a page without a `p` holding a sentence (an old portal's story is lines between line breaks in a `div` or a
    cell; a footer's address and copyright may be its only `p`s), the element with the most text of its own stands
    for the paragraph, and the block with more text in `div`s written as paragraphs (`_is_prose_div`) than that element
    has of its own for the fullest (a system writing each paragraph as a `div`; a board of notices, each a sentence,
    beside a story of lines between breaks is not the story)."""
    longest = max(tree.iter("p"), key=lambda p: held.get(p, _NOTHING).text, default=None)
    paragraphs: Iterable[HtmlElement] = tree.iter("p")
    paragraph_text: dict[HtmlElement, int] = {}
    # A page whose `p`s hold no sentence (a footer's address and copyright) has no `p` of the story either; nor does
    # one whose longest `p` holds less than a block's own text (a box's pitch beside a story of lines between breaks).
    no_sentence = not any(_is_paragraph(p.text_content()) for p in tree.iter("p"))
    longest_text = 0 if longest is None or no_sentence else held.get(longest, _NOTHING).text
    own = _most_own_text(tree, held, longest_text)
    if longest is None or no_sentence or (own is not None and _own_text(own) > longest_text):
        longest = own
        if longest is None:
            return set()
        paragraphs = (div for div in tree.iter("div") if _is_prose_div(div, held))
        paragraph_text[longest] = _own_text(longest)
    for paragraph in paragraphs:
        parent = paragraph.getparent()
        if parent is not None:
            paragraph_text[parent] = paragraph_text.get(parent, 0) + held.get(paragraph, _NOTHING).text
    fullest = max(paragraph_text, key=paragraph_text.__getitem__, default=longest)
    return {longest, *longest.iterancestors(), fullest, *fullest.iterancestors()}


def _link_blocks(page: _Page) -> Iterator[HtmlElement]:
    """Blocks whose text is almost all links: menus, teaser boxes, lists of headlines.

    Never one that holds the story: on a page with long lists of other stories
    the story's own container may have more linked text than not.
    """
    for element in page.tree.iter(*_BLOCK_TAGS):
        inside = page.held.get(element, _NOTHING)
        if inside.text and element not in page.story and inside.links >= _LINK_BLOCK_MIN_LINKS \
                and inside.link_text >= _LINK_BLOCK_SHARE * inside.text:
            yield element


def _opens_with_comment_heading(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    first = element[0] if len(element) else None
    return (first is not None and first.tag in _HEADING_TAGS and not (element.text or "").strip()
            and 0 < held.get(first, _NOTHING).text <= _COMMENT_HEADING_MAX_CHARS
            and _COMMENT_HEADING.fullmatch(block_text(first)) is not None)


def _comment_threads(page: _Page) -> Iterator[HtmlElement]:
    """Blocks named for comments, which the extractors' own comment filters miss under some names, or headed as one;
    and a forum's previews of linked pages and an event's roster of speakers, named for what they are."""
    for element in page.tree.iter(*_BLOCK_TAGS):
        if element in page.story:
            continue
        names = f"{element.get('class', '')[:NAME_MAX_CHARS]} {element.get('id', '')[:NAME_MAX_CHARS]}"
        if not _NAMED_FURNITURE.isdisjoint(_NAME_WORD.findall(names.lower())) \
                or _opens_with_comment_heading(element, page.held):
            yield element


def _edit_links(page: _Page) -> Iterator[HtmlElement]:
    """A wiki's "[edit]" links beside its section headings: MediaWiki names their span "mw-editsection" in every
    language, and the heading read with it ("Related news[edit]") is no longer the list heading the clean-up knows."""
    for span in page.tree.iter("span"):
        if _EDIT_SECTION in span.get("class", "")[:NAME_MAX_CHARS]:
            yield span


def _holders_of_buttons(tree: HtmlElement) -> set[HtmlElement]:
    """The elements a few levels above a button or a submit field: the boxes that send what is filled in them."""
    holders: set[HtmlElement] = set()
    for control in tree.iter("button", "input"):
        if control.tag == "button" or (control.get("type") or "").lower() == "submit":
            holders.update(islice(control.iterancestors(), _SENDER_MAX_LEVELS))
    return holders


def _field_kind(field: HtmlElement) -> str:
    """The field's type, "email" for a text field whose placeholder asks for an address."""
    kind = (field.get("type") or "text").lower()
    if kind == "text":
        placeholder = (field.get("placeholder") or "")[:_PLACEHOLDER_MAX_CHARS].lower()
        if any(word in placeholder for word in _EMAIL_PLACEHOLDER_WORDS):
            return "email"
    return kind


def _form_boxes(page: _Page) -> Iterator[HtmlElement]:
    """The largest short block round an e-mail field, a poll's answers or a box to tick or a text field beside a button:
    a newsletter's form with its heading and promise, a poll's question, results link and count of votes, a donation
    box's appeal and the sums it pays for, a checker's prompt and its note, which extractors read as paragraphs of the
    story when the box is named in a language their filters lack."""
    if not page.story:  # a page without paragraphs has no story to tell a box from
        return
    senders: set[HtmlElement] | None = None
    for field in page.tree.iter("input"):
        kind = _field_kind(field)
        if kind not in _FORM_BOX_FIELDS and kind not in _SENT_FIELDS:
            continue
        box = None
        for ancestor in islice(field.iterancestors(), _FORM_BOX_MAX_LEVELS):
            if ancestor in page.story or page.held.get(ancestor, _NOTHING).text > _BOX_MAX_CHARS:
                break
            box = ancestor
        if box is not None and kind in _SENT_FIELDS:
            senders = _holders_of_buttons(page.tree) if senders is None else senders
            box = box if box in senders else None
        if box is not None:
            yield box


def _is_empty_break(element: HtmlElement | None) -> bool:
    return element is not None and element.tag == "br" and not (element.tail or "").strip()


def _at_paragraph_edge(element: HtmlElement, forward: bool) -> bool:
    """Nothing but the block's edge or a blank line (two breaks with no text between) on that side."""
    neighbour = element.getnext() if forward else element.getprevious()
    if neighbour is None:
        parent = element.getparent()
        return forward or parent is None or not (parent.text or "").strip()
    if not _is_empty_break(neighbour):
        return False
    if forward:
        beyond = neighbour.getnext()
        return beyond is None or beyond.tag == "br"
    return _is_empty_break(neighbour.getprevious())


def _is_bare_caption_line(br: HtmlElement) -> bool:
    line = (br.tail or "").strip()
    return 0 < len(line) <= _CAPTION_MAX_CHARS and not _is_sentence(line)


def _starts_lines(image: HtmlElement) -> bool:
    """The image opens its run of lines: a blank line or the block's edge before it, or an element with
    nothing after it (the page's header lines, a block of their own), not a line of text."""
    before = image.getprevious()
    if _at_paragraph_edge(image, forward=False):
        return True
    return before is not None and before.tag != "br" and not (before.tail or "").strip()


def _bare_image_captions(page: _Page) -> Iterator[HtmlElement]:
    """Line breaks whose text, up to the next break, is a caption: a short line right under an image, or
    two when the second is a credit the text rules know, closing the image's paragraph."""
    for br in page.tree.iter("br"):
        image = br.getprevious()
        if not _is_bare_caption_line(br) or not _is_image_only(image, page.held):
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


def _starts_line(element: HtmlElement) -> bool:
    """Nothing but a line break, or the start of its block, before the element."""
    before = element.getprevious()
    if before is None:
        parent = element.getparent()
        return parent is None or not (parent.text or "").strip()
    return _is_empty_break(before)


def _is_name(text: str) -> bool:
    """Two or three capitalised words of letters (a hyphen or an initial's dot inside): "Гүлзат Мамытова"."""
    words = text.split()
    return _SIGNATURE_WORDS[0] <= len(words) <= _SIGNATURE_WORDS[1] and all(
        word[0].isupper() and word.replace("-", "").replace(".", "").isalpha() for word in words)


def _italic_signatures(page: _Page) -> Iterator[HtmlElement]:
    """Paragraphs that are a name in italics and nothing else, right after a paragraph that ends a sentence."""
    for paragraph in page.tree.iter("p"):
        if not 0 < page.held.get(paragraph, _NOTHING).text <= _SIGNATURE_MAX_CHARS or len(paragraph) != 1:
            continue
        italic, before = paragraph[0], paragraph.getprevious()
        if italic.tag not in ("i", "em") or len(italic) or (paragraph.text or "").strip() \
                or (italic.tail or "").strip() or before is None or before.tag != "p":
            continue
        if _is_name(italic.text or "") and _is_sentence(before.text_content()):
            yield paragraph


def _link_lines(page: _Page) -> Iterator[HtmlElement]:
    """The links of each line, between breaks, that holds three or more links and no text of its own."""
    for first in page.tree.iter("a"):
        if not _starts_line(first):
            continue
        line = [first]
        while not (line[-1].tail or "").strip():
            after = line[-1].getnext()
            if after is None or after.tag != "a":
                break
            line.append(after)
        after = line[-1].getnext()
        ends_line = not (line[-1].tail or "").strip() and (after is None or after.tag == "br")
        if len(line) >= _LINK_BLOCK_MIN_LINKS and ends_line:
            yield from line


def _picture_table_captions(page: _Page) -> Iterator[HtmlElement]:
    """In a table that sets pictures side by side, the row under a row whose every cell is a picture alone (an image,
    no text): the pictures' captions, each cell a short line."""
    held = page.held
    for table in page.tree.iter("table"):
        if not held.get(table, _NOTHING).image:
            continue
        # The walk gives each level's rows last first: turned round, they are in the page's order.
        rows = [part for part in islice(_own_parts(table), _TIMETABLE_CELLS) if part.tag == "tr"][::-1]
        for above, below in zip(rows, rows[1:], strict=False):
            pictures, captions = _cells_held(above, held), _cells_held(below, held)
            if pictures and captions and all(cell.image and not cell.text for cell in pictures) \
                    and all(0 < cell.text <= _CAPTION_MAX_CHARS and not cell.image for cell in captions):
                yield below


def _cells_held(row: HtmlElement, held: dict[HtmlElement, _Held]) -> list[_Held]:
    """What each cell of the row holds."""
    return [held.get(cell, _NOTHING) for cell in row if cell.tag in _CELL_TAGS]


def _layout_tables(page: _Page) -> Iterator[HtmlElement]:
    """Tables around the story, or around another table, or of one cell: the page's layout, not a table of data."""
    for table in page.tree.iter("table"):
        if table in page.story or next(table.iterdescendants("table"), None) is not None or _one_cell(table):
            yield table


def _own_parts(table: HtmlElement) -> Iterator[HtmlElement]:
    """The table and its own sections, rows and cells, each once; the tables inside its cells are not walked."""
    parts = [table]
    while parts:
        part = parts.pop()
        parts.extend(child for child in part if child.tag in _TABLE_PARTS[1:])
        yield part


def _one_cell(table: HtmlElement) -> bool:
    """A table of a single cell is a box drawn round its text (an e-mail's sponsor block, an old portal's note).

    The walk stops as soon as a second cell shows: a table of data stops at its first row.
    """
    cells = (part for part in _own_parts(table) if part.tag in _CELL_TAGS)
    return len(list(islice(cells, 2))) == 1


def _as_blocks(table: HtmlElement) -> None:
    """The table, its rows and cells made plain blocks; the tables inside its cells are judged on their own."""
    for part in _own_parts(table):  # a part's children are read before it is renamed
        part.tag = "div"


def _ad_boxes(page: _Page) -> Iterator[HtmlElement]:
    """Short blocks whose first element is the advertising label alone, with the advertiser's lines after it."""
    for block in page.tree.iter(*_BOX_TAGS):
        if len(block) < 2 or (block.text or "").strip() or block in page.story \
                or page.held.get(block, _NOTHING).text > _BOX_MAX_CHARS:
            continue
        label = block[0]
        if 0 < page.held.get(label, _NOTHING).text <= _AD_LABEL_MAX_CHARS \
                and block_text(label).rstrip(".:").casefold() in _AD_LABELS:
            yield block


def _prose_blocks(page: _Page) -> Iterator[HtmlElement]:
    """`div`s right before a paragraph, or before a block opening with one, that hold a sentence in text and inline
    elements only: a paragraph of the story (a fact box between its paragraphs, a standfirst over them). One picture's
    block (`_is_picture_block`) may stand between the `div` and the paragraph: a lead set between two pictures."""
    for div in page.tree.iter("div"):
        # Fewer characters than the words a paragraph needs: no paragraph, whatever its script.
        if page.held.get(div, _NOTHING).text >= _PARAGRAPH_MIN_WORDS \
                and _opens_paragraphs(_past_a_picture(div.getnext(), page.held)) and _written_as_paragraph(div):
            yield div


def _past_a_picture(element: HtmlElement | None, held: dict[HtmlElement, _Held]) -> HtmlElement | None:
    """The element, or the one after it when it is a picture's block that opens no paragraph itself."""
    if element is not None and not _opens_paragraphs(element) and _is_picture_block(element, held):
        return element.getnext()
    return element


def _written_as_paragraph(element: HtmlElement) -> bool:
    """Text and inline elements only, a sentence of a paragraph's length."""
    inside = list(islice(element.iterdescendants(), _PROSE_BLOCK_MAX_ELEMENTS + 1))
    return len(inside) <= _PROSE_BLOCK_MAX_ELEMENTS and all(child.tag in _INLINE_TAGS for child in inside) \
        and _is_paragraph(element.text_content())


def _is_paragraph(text: str) -> bool:
    """A sentence of some length, in words: two letters of a script written without spaces count one."""
    line = " ".join(text.split())
    return word_count(line) >= _PARAGRAPH_MIN_WORDS and _is_sentence(line)


def _opens_paragraphs(element: HtmlElement | None) -> bool:
    return element is not None and (element.tag == "p" or (len(element) > 0 and element[0].tag == "p"))


def _story_blocks(page: _Page) -> set[HtmlElement | None]:
    """The story's holders, and the block of the longest `p`: where a standfirst holds more text than any `p`, it
    stands for the story's paragraph among the holders, and the block of the story's paragraphs is not one of them."""
    longest = max(page.tree.iter("p"), key=lambda p: page.held.get(p, _NOTHING).text, default=None)
    return page.story | ({longest.getparent()} if longest is not None else set())


def _standfirsts(page: _Page) -> Iterator[tuple[HtmlElement, HtmlElement]]:
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
                and held.get(block, _NOTHING).text > held[before].text and _opens_with_story(block, held):
            yield before, block


def _is_standfirst(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A `div` written as a paragraph (`_is_prose_div`), little of it in links (not a row of share links that ends
    with a full stop), and first of such `div`s (not the last paragraph of a story written as `div`s before a box)."""
    before = element.getprevious()
    return _is_prose_div(element, held) and 2 * held[element].link_text < held[element].text \
        and (before is None or not _is_prose_div(before, held))


def _is_picture_block(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A `figure` or `div` holding an image or an embedded player (a video's `iframe` or `video`) and at most a
    caption and a credit: no paragraph, no loose text after it."""
    inside = held.get(element, _NOTHING)
    return element.tag in ("figure", "div") and inside.text <= 2 * _CAPTION_MAX_CHARS \
        and not (element.tail or "").strip() and not _own_text(element) and next(element.iter("p"), None) is None \
        and (inside.image or next(element.iter(*_PLAYER_TAGS), None) is not None)


def _first_paragraph(block: HtmlElement) -> HtmlElement:
    """The block's first element, or the one after it when it is a sub-heading (a story opening with its first
    question or chapter's title)."""
    first = block[0]
    return block[1] if first.tag in _HEADING_TAGS and len(block) > 1 else first


def _opens_with_story(block: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """The block opens with a paragraph, or with a sub-heading over one: a `div` written as one, a `p` holding a
    sentence, or its own text ending a sentence."""
    if (block.text or "").strip():
        return _is_sentence(" ".join(block.text.split()))
    first = _first_paragraph(block)
    return _is_prose_div(first, held) or (first.tag == "p" and _is_paragraph(first.text_content()))


def _opening_lines(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Blocks opening with a sentence of their own text and inline elements, closed by a `<br>`, a paragraph, a
    picture's `figure` set between the lead and the paragraphs or a sub-heading (the story's lead over its lines, its
    paragraphs or its first numbered section, as a government's release writes it), each with those elements."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if not (block.text or "").strip():
            continue
        inline, end = _inline_run(islice(block, _PROSE_BLOCK_MAX_ELEMENTS + 1))
        if end is not None and end.tag in _LEAD_ENDS and _is_paragraph(_line(block.text, inline)):
            yield block, inline


def _blocks_of_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Blocks that may hold a story written as their own text between `<br>`s: those with a `<br>` among their
    children."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if next(block.iterchildren("br"), None) is not None:
            yield block


def _sentence_after(element: HtmlElement) -> list[HtmlElement] | None:
    """The inline elements of the line `element`'s tail opens, when that line is a sentence of a paragraph's length."""
    if not (element.tail or "").strip():
        return None
    inline, _ = _inline_run(islice(element.itersiblings(), _PROSE_BLOCK_MAX_ELEMENTS))
    return inline if _is_paragraph(_line(element.tail, inline)) else None


def _lines_after_boxes(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Boxes set among a story's lines written as its block's own text between `<br>`s, each with the inline elements
    of the line its tail opens, when that line is a sentence: trafilatura takes the lines before the box and after the
    next `<br>`, and loses the one glued to the box's end. A table of the story's figures among such lines is read
    so too: a box dropped right after it leaves the line that followed the box glued to the table's end; and so is a
    list of the story's, whose end the line after it follows with no `<br>` between them."""
    for block in _blocks_of_lines(tree):
        for box in block.iterchildren(*_AMONG_PARAGRAPHS_TAGS, "table", "ul", "ol"):
            inline = _sentence_after(box)
            if inline is not None:
                yield box, inline


def _lines_between_breaks(blocks: Iterable[HtmlElement]) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """In blocks of lines written between `<br>`s where a lead or a line after a box was made a paragraph, the `<br>`s
    whose tail opens a line that is a sentence, each with the inline elements of that line."""
    for block in blocks:
        for br in block.iterchildren("br"):
            inline = _sentence_after(br)
            if inline is not None:
                yield br, inline


def _paragraph_divs(blocks: Iterable[HtmlElement]) -> Iterator[HtmlElement]:
    """In those blocks, the `div`s written as one paragraph (a note under a table of the story's figures): among lines
    made paragraphs they are the story's too, and the precise extractor leaves a `div` among paragraphs out. A `div`
    of several lines between `<br>`s is a box (a heading over its notices), left as it is."""
    for block in blocks:
        for div in block.iterchildren("div"):
            if _written_as_paragraph(div) and next(div.iter("br"), None) is None:
                yield div


def _story_lists(page: _Page) -> Iterator[HtmlElement]:
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


def _is_line_item(item: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A list item of text and inline elements only, not a paragraph's block, less than half of it in links."""
    inside = list(islice(item.iterdescendants(), _PROSE_BLOCK_MAX_ELEMENTS + 1))
    text = held.get(item, _NOTHING)
    return item.tag == "li" and 0 < text.text <= _PROSE_DIV_MAX_CHARS and 2 * text.link_text < text.text \
        and len(inside) <= _PROSE_BLOCK_MAX_ELEMENTS and all(child.tag in _INLINE_TAGS for child in inside)


def _items_as_paragraphs(listing: HtmlElement, held: dict[HtmlElement, _Held]) -> None:
    """The list's items, when a paragraph of the story stands near it (before or after, past empty breaks), each
    written as a `p` inside its `li`."""
    if not (_near_paragraph(listing.itersiblings(preceding=True), held)
            or _near_paragraph(listing.itersiblings(), held)):
        return
    for item in listing:
        paragraph = _paragraph_of(item.text, list(item), item)
        item.text = None
        item.append(paragraph)


def _is_empty_anchor(anchor: HtmlElement) -> bool:
    """An anchor with no text and nothing in it: a link's target or a link left empty."""
    return not len(anchor) and not (anchor.text or "").strip()


def _anchors_opening_lines(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Empty anchors (no text, nothing in them) that open a sentence written as the block's own text: first in a
    block with `<br>`s, or right after a `<br>` or a box in it."""
    for block in _blocks_of_lines(tree):
        for anchor in block.iterchildren("a"):
            before = anchor.getprevious()
            if not _is_empty_anchor(anchor) or not _is_paragraph(anchor.tail or ""):
                continue
            if (before is None and not (block.text or "").strip()) or (
                    before is not None and not (before.tail or "").strip()
                    and before.tag in ("br", *_AMONG_PARAGRAPHS_TAGS)):
                yield anchor


def _is_picture_part(element: HtmlElement) -> bool:
    """An inline element of a picture set at a block's head: an image (in its link) with no text, or a short line set
    apart in a span or small type (its caption, its credit)."""
    if element.tag not in _INLINE_TAGS or element.tag == "br":
        return False
    if not element.text_content().strip():
        return next(element.iter("img"), None) is not None
    return element.tag in _CAPTION_TAGS and len(block_text(element)) <= _CAPTION_MAX_CHARS


def _picture_at_head(block: HtmlElement) -> list[HtmlElement]:
    """The picture's elements at the block's head, side by side: the first with text after it ends them, for that
    text is the line under the picture; an inline element after it (a film's title in italics) is the line's, not a
    caption."""
    picture: list[HtmlElement] = []
    for element in islice(block, _PROSE_BLOCK_MAX_ELEMENTS):
        if not _is_picture_part(element):
            break
        picture.append(element)
        if (element.tail or "").strip():
            break
    return picture


def _lines_after_pictures(tree: HtmlElement) -> Iterator[tuple[HtmlElement, list[HtmlElement]]]:
    """Blocks with no text of their own before an image (in its link) and its caption or credit set inline, whose
    story opens with a sentence written as the block's own text after them and closed by a `<br>` or a paragraph (a
    lead under the picture, before the first `p`), each with the last of the picture's elements and the inline
    elements of that line. The line is made a paragraph of its own, apart from the picture's lines."""
    for block in tree.iter(*_OPENING_TEXT_BLOCKS):
        if (block.text or "").strip() or not len(block) or next(block[0].iter("img"), None) is None:
            continue
        picture = _picture_at_head(block)
        if not picture:
            continue
        last = picture[-1]
        inline, end = _inline_run(islice(last.itersiblings(), _PROSE_BLOCK_MAX_ELEMENTS + 1))
        if (last.tail or "").strip() and end is not None and end.tag in ("br", "p") \
                and _is_paragraph(_line(last.tail, inline)):
            yield last, inline


def _inline_run(elements: Iterator[HtmlElement]) -> tuple[list[HtmlElement], HtmlElement | None]:
    """The inline elements that go on a line, up to the `<br>` or the block that ends it (None: the line runs past the
    elements given)."""
    inline: list[HtmlElement] = []
    for element in elements:
        if element.tag == "br" or element.tag not in _INLINE_TAGS:
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


def _near_paragraph(siblings: Iterator[HtmlElement], held: dict[HtmlElement, _Held]) -> bool:
    """A paragraph among the next few siblings: a `p`, a `<br>` or a box whose line after it is a sentence of the
    story (a body written as lines between breaks, another box set among them), or a `div` written as a paragraph
    (`_is_prose_div`), alone or in a page builder's component (`_is_text_component`). The empty breaks of the blank
    lines between such lines are not counted: a table of the story's figures over a box, after two breaks, leaves the
    sentence before them out of reach otherwise."""
    lines = (sibling for sibling in islice(siblings, _NEAR_SIBLINGS_WITH_BREAKS) if not _is_empty_break(sibling))
    return any(sibling.tag == "p" or _is_paragraph(sibling.tail or "")
               or _is_prose_div(sibling, held) or _is_text_component(sibling, held)
               for sibling in islice(lines, _PARAGRAPH_NEAR_SIBLINGS))


def _is_text_component(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A page builder's text component: a `div` whose one child is a `div` written as a paragraph (`_is_prose_div`)."""
    return element.tag == "div" and len(element) == 1 and not _own_text(element) \
        and _is_prose_div(element[0], held)


def _is_prose_div(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A `div` holding a sentence of the story in its text and inline elements only, of a paragraph's length: a system
    that writes each paragraph as a `div`."""
    return element.tag == "div" and 0 < held.get(element, _NOTHING).text <= _PROSE_DIV_MAX_CHARS \
        and _written_as_paragraph(element)


def _box_lines(box: HtmlElement, held: dict[HtmlElement, _Held]) -> list[HtmlElement] | None:
    """The box's lines: its children holding text, a list's items each a line; None when text stands loose in it
    (between its children) or it holds more lines than a box does."""
    if _own_text(box):
        return None
    lines: list[HtmlElement] = []
    for child in islice(box, _BOX_MAX_LINES + 1):
        if child.tag in ("ul", "ol"):
            lines.extend(islice(child, _BOX_MAX_LINES + 1))
        elif held.get(child, _NOTHING).text:
            lines.append(child)
    return lines if len(lines) <= _BOX_MAX_LINES and len(box) <= _BOX_MAX_LINES else None


def _holds_control(box: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """Something in the box to press: a link ("Apply", cards each ending in its booking link) or a control (a
    checker's button, field or menu)."""
    return held.get(box, _NOTHING).links > 0 or next(box.iter(*_CONTROL_TAGS), None) is not None


def _boxes_among_paragraphs(page: _Page) -> Iterator[HtmlElement]:
    """Short blocks of two lines or more set between the story's paragraphs, in its container, that are a service's
    box (`_is_service_box`) or repeat the story's own words (a pull quote, `_repeats_the_story`), not a passage of the
    story."""
    held = page.held
    stories: dict[HtmlElement, str] = {}  # each container's paragraphs are read once, however many boxes it holds
    for box in page.tree.iter(*_AMONG_PARAGRAPHS_TAGS):
        parent = box.getparent()
        if parent not in page.story or box in page.story or held.get(box, _NOTHING).text > _BOX_MAX_CHARS \
                or not _near_paragraph(box.itersiblings(preceding=True), held) \
                or not (_is_paragraph(box.tail or "") or _near_paragraph(box.itersiblings(), held)):
            continue
        lines = _box_lines(box, held)
        if lines is None or len(lines) < 2:
            continue
        texts = [block_text(line) for line in lines]
        if _is_service_box(box, held, texts) or _is_call_shaped(lines, texts, held) \
                or _repeats_the_story(parent, texts, stories):
            yield box


def _is_call_shaped(lines: list[HtmlElement], texts: list[str], held: dict[HtmlElement, _Held]) -> bool:
    """Three lines: a heading, one short line of pitch under it and, last, a line that is all link, a few words and no
    sentence: the shape of a call's box, its button under its offer, whatever its words (a quote request, a friends'
    scheme, a subscription offer, in any language). A fact box's heading over its sentences has no button under them; a
    pointer's label over its headline no pitch between; a sub-heading over a paragraph and a link to its source is no
    box of its own, and a paragraph is longer than a pitch."""
    if len(lines) != _CALL_BOX_LINES or lines[0].tag not in _HEADING_TAGS:
        return False
    button = held.get(lines[-1], _NOTHING)
    return (button.links == 1 and button.link_text == button.text and word_count(texts[-1]) <= _BUTTON_MAX_WORDS
            and not _is_sentence(texts[-1]) and len(texts[1]) <= _LINK_ITEM_MAX_CHARS)


def _holds_story_paragraphs(element: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A paragraph of the story, or a block whose first children hold one: a component of a page builder's text."""
    if not held.get(element, _NOTHING).text:
        return False  # no text (a script, a style, an empty slot): nothing to read
    if element.tag == "p":
        return _is_paragraph(element.text_content())
    return any(child.tag == "p" and _is_paragraph(child.text_content())
               for child in islice(element, _PARAGRAPH_NEAR_SIBLINGS))


def _calls_after_the_story(page: _Page) -> Iterator[HtmlElement]:
    """Boxes after the story's paragraphs in its container, a few blocks past the last that holds them and before any
    other, whose first line the rules know as a call, with something to press: a firm's or a publisher's call closing
    its page ("Speak to our team" over its pitch and "Get in touch", "Subscribe to our insights" over its promise and
    its button). Between the paragraphs `_boxes_among_paragraphs` reads such boxes; after them they are no passage of
    the story either."""
    held = page.held
    for box in page.tree.iter(*_BOX_TAGS):
        if box.getparent() not in page.story or box in page.story or not _is_call_box(box, held):
            continue
        # Another such box after it (a sign-up's promise is a sentence) is no paragraph of the story.
        if any(_holds_story_paragraphs(sibling, held)
               for sibling in islice(box.itersiblings(preceding=True), _AFTER_STORY_SIBLINGS)) \
                and not any(_holds_story_paragraphs(sibling, held) and not _is_call_box(sibling, held)
                            for sibling in islice(box.itersiblings(), _AFTER_STORY_SIBLINGS)):
            yield box


def _is_call_box(box: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A short box of two lines or more, its first a call the rules know, with something to press."""
    if box.tag not in _BOX_TAGS or not 0 < held.get(box, _NOTHING).text <= _BOX_MAX_CHARS \
            or not _holds_control(box, held):
        return False
    lines = _box_lines(box, held)
    return lines is not None and len(lines) >= 2 and is_call_line(block_text(lines[0]))


def _is_box_line(text: str) -> bool:
    """A line of a box, not of the story: short, and no sentence nor a lead-in to what follows."""
    return len(text) <= _LINK_ITEM_MAX_CHARS and not _is_sentence(text)


def _is_widget_line(text: str) -> bool:
    """A box's line, or a short one the text rules know as furniture (a reading's time stamp, a source line)."""
    return _is_box_line(text) or (len(text) <= _LINK_ITEM_MAX_CHARS and is_furniture_line(text))


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
    return (len(notes) == 1 and len(notes[0]) <= _LINK_ITEM_MAX_CHARS
            and len(texts) - 1 >= _WIDGET_MIN_LINES and next(box.iter("table"), None) is None)


def _is_service_box(box: HtmlElement, held: dict[HtmlElement, _Held], texts: list[str]) -> bool:
    """Every line short and none a sentence, and a link or a control in it (a job offer's wage lines and "Apply", a
    bracket's rows and "Full bracket", a draw's numbers and "Buy a ticket", tour cards with their prices and booking
    links, free slots and a button), whatever their words; or a first line the rules know as a call (an appeal to
    support the editors over its reasons and its button) or as a note's heading ("how we reported this" over its
    sentences), or a last one with something to press under it (an agency's invitation to its programme over "Register
    interest"); or a poll's question over its answers' buttons or, closed, over their shares; or a timetable with a link
    to the rest of it; or a gift's amounts to choose from (`_amount_choices`). A fact box of sentences or a lead-in
    closed by a colon is none, and nor is one of figures with nothing to press."""
    pressed = _holds_control(box, held)
    return (is_call_line(texts[0]) or is_note_heading(texts[0])
            or (pressed and (all(map(_is_box_line, texts)) or is_call_line(texts[-1])
                             or _widget_lines(texts) or _figures_with_a_note(box, texts)))
            or (not pressed and _contact_box(texts))
            or _open_poll(box, texts) or _poll_results(texts) or _timetable_with_link(box, held)
            or (pressed and _amount_choices(box)))


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
    return (not notes or (len(notes) == 1 and len(notes[0]) <= _LINK_ITEM_MAX_CHARS
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


def _timetable_with_link(box: HtmlElement, held: dict[HtmlElement, _Held]) -> bool:
    """A box of times to look up and a link to the rest of them (a month's prayer or iftar times, a stop's departures,
    a cinema's showtimes): half its table's cells or more are clock times, whatever its heading and notes say."""
    table = next(box.iter("table"), None)
    if table is None or not held.get(box, _NOTHING).links:
        return False
    cells = [block_text(cell) for cell in islice(table.iter("td"), _TIMETABLE_CELLS)]
    times = sum(map(_is_clock_time, cells))
    return times >= 2 and 2 * times >= len(cells)


def _question_over_answers(texts: list[str]) -> bool:
    """A poll's lines: a short question, then a box's lines (its answers, its votes)."""
    question, answers = texts[0], texts[1:]
    return len(question) <= _LINK_ITEM_MAX_CHARS and question.rstrip().endswith(_QUESTION_MARKS) \
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


def _pointer_label(paragraph: HtmlElement) -> str | None:
    """The text before the paragraph's one link, when the link is all that follows it: the paragraph's own words, or
    one label element's ("<strong>Read also:</strong> <a>...</a>")."""
    *before, link = paragraph
    if link.tag != "a" or len(before) > 1 or (link.tail or "").strip(_PUNCTUATION):
        return None
    if not before:
        return paragraph.text or ""
    label = before[0]
    if label.tag not in _LABEL_TAGS or len(label) or (paragraph.text or "").strip():
        return None
    return f"{label.text or ''}{label.tail or ''}"


def _pointer_lines(page: _Page) -> Iterator[HtmlElement]:
    """Paragraphs that point to another story, whatever their language: a short label closed by a separator and the
    story's headline as the one link after it ("Read also: ...", "Կարդացեք նաև՝ ...", "இதையும் படியுங்கள்: ...").
    A sentence with a link in it, a source named by a link ("Source: Reuters") or advice closing on a full stop or an
    exclamation is none."""
    held = page.held
    for paragraph in page.tree.iter("p"):
        inside = held.get(paragraph, _NOTHING)
        if inside.links != 1 or not 0 < inside.text <= _LINK_ITEM_MAX_CHARS or not len(paragraph) \
                or inside.link_text < _POINTER_HEADLINE_MIN_CHARS:
            continue
        label = _pointer_label(paragraph)
        words = (label or "").split()
        if words and len(words) <= _POINTER_LABEL_MAX_WORDS and words[-1][-1] in _POINTER_SEPARATORS \
                and not _HEADLINE_CLOSE.search(block_text(paragraph)):
            yield paragraph


def _is_post_address(href: str) -> bool:
    """The address of one post on a network: a Telegram channel's post ("t.me/channel/2291"), an Instagram post or reel
    ("instagram.com/p/..."), a tweet ("x.com/name/status/..."), a Facebook post (".../posts/...") or a TikTok video."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    path = [part for part in parts.path.split("/") if part][:_POST_PATH_MAX_PARTS]
    if host in ("t.me", "telegram.me"):
        return len(path) >= 2 and path[-1].isdigit()
    if host == "instagram.com":
        return len(path) >= 2 and path[0] in ("p", "reel", "tv")
    if host in ("twitter.com", "x.com"):
        return len(path) >= 3 and path[1] == "status"
    if host == "tiktok.com":
        return len(path) >= 3 and path[1] == "video"
    return host == "facebook.com" and "posts" in path


def _post_links(page: _Page) -> Iterator[HtmlElement]:
    """The link that closes an embedded post (a `blockquote` or a `div` of the post's lines) with the network's
    invitation to open it there ("View in Telegram", "Telegram’da ko‘rish"): a short line, not a sentence, set on a
    line of its own as the block's last element, pointing to the post's address. The precise extractor reads such a
    block as one run of text, where no line rule sees the link's words."""
    for link in page.tree.iter("a"):
        href, parent = link.get("href"), link.getparent()
        if not href or parent is None or parent.tag not in ("blockquote", "div") or parent in page.story \
                or link.getnext() is not None or (link.tail or "").strip():
            continue
        text = page.held.get(link, _NOTHING).text
        if not 0 < text <= _POST_LINK_MAX_CHARS or not _is_post_address(href):
            continue
        before = link.getprevious()
        on_own_line = not (parent.text or "").strip() if before is None else \
            (before.tag not in _INLINE_TAGS and not (before.tail or "").strip())
        if on_own_line and not _is_sentence(block_text(link)):
            yield link


def _author_cards(page: _Page) -> Iterator[HtmlElement]:
    """An author's card: a `div` holding a portrait (an image of its own) and one to three short lines, each an
    element of its own, the first a name and none a sentence ("Dilshod Karimov" over the author's role). Outside the
    story's holders; a column read as one run of `div`s would take the name and the role for lines of the story."""
    for image in page.tree.iter(*_IMAGE_TAGS):
        card = image.getparent()
        if card is None or card.tag != "div" or card in page.story or (card.text or "").strip() \
                or not _AUTHOR_CARD_LINES[0] + 1 <= len(card) <= _AUTHOR_CARD_LINES[1] + 1:
            continue
        lines = [child for child in card if child is not image]
        if any((child.tail or "").strip() for child in card) or next(image.iterchildren(), None) is not None:
            continue
        texts = [block_text(line) for line in lines]
        if all(0 < len(text) <= _SIGNATURE_MAX_CHARS * 2 and not _is_sentence(text) for text in texts) \
                and _is_name(texts[0]) and not any(line.tag in _IMAGE_TAGS for line in lines):
            yield card


RULES = (_image_captions, _picture_table_captions, _link_lists, _link_blocks, _comment_threads, _edit_links,
         _form_boxes, _link_lines, _italic_signatures, _author_cards, _ad_boxes, _boxes_among_paragraphs,
         _calls_after_the_story, _pointer_lines, _post_links)


def prune_furniture(tree: HtmlElement) -> HtmlElement:
    """The tree without the elements its markup marks as furniture."""
    held = _measured(tree)
    # The story's holders are found once: the rules that spare them read the same set.
    page = _Page(tree, held, _story_holders(tree, held))
    found = [element for rule in RULES for element in rule(page)]
    bare_captions = list(_bare_image_captions(page))
    layout = list(_layout_tables(page))
    prose = list(_prose_blocks(page))
    standfirsts = list(_standfirsts(page))
    lists = list(_story_lists(page))
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()
    for br in bare_captions:
        br.tail = None
    for table in layout:
        _as_blocks(table)
    for div in prose:
        div.tag = "p"
    # An empty anchor (a line's target for links, "<a id="p3"></a>") at the head of a line written between breaks
    # or after a box hides the line's start from the passes below: its tail is made the text before it.
    for anchor in list(_anchors_opening_lines(tree)):
        anchor.drop_tag()
    # Found after the drops, so that no element taken out is put back into the line.
    made: dict[HtmlElement, None] = {}
    for block, inline in list(_opening_lines(tree)):
        block.insert(0, _paragraph_of(block.text, inline, block))
        block.text = None
        made[block] = None
    # After the leads are made paragraphs: a standfirst goes in before the block's first one, its tag theirs.
    for standfirst, block in standfirsts:
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
    for listing in lists:
        if listing.getparent() is not None:
            _items_as_paragraphs(listing, held)
    # An anchor with nothing in it (a glossary or a tracking link left empty) in a paragraph's text drops the
    # paragraph from the precise text as an icon does when it closes it; its tail stays. A share row's empty links
    # stay, as links.
    for anchor in [a for a in tree.iter("a") if _is_empty_anchor(a)]:
        parent = anchor.getparent()
        if parent is not None and 0 < held.get(parent, _NOTHING).text <= _PROSE_DIV_MAX_CHARS \
                and _is_paragraph(parent.text_content()):
            anchor.drop_tag()
    return tree
