"""Links that are not the story's, found by their markup:

- lists of other stories: three or more items, each a short line with a link, most of them
  ending in it (a headline pointing to its story; the story's own lists of steps or sources
  link words inside their sentences); and a pager of one or two items, each a label of a word or two over a
  headline's link (a blog theme's previous and next posts as a list);
- blocks of links: three or more links carrying almost all of a block's text (menus, teaser boxes),
  unless the block holds the story;
- a wiki's edit links: the span MediaWiki names "mw-editsection" beside each section heading ("[edit]");
- lines of links: in a body written as lines between `<br>`s (a text-only copy, old portals), a line made of three
  or more links and nothing else but spaces: the site's menu or a row of sections, printed as text;
- pointers to another story: a paragraph of a short label closed by a separator and one link, a headline, after it
  ("Read also: ...", in any language), or of the "recall that" words closed by a comma and such a link as all the rest
  ("Напомним, <a>...</a>."), and a pointer (in one `span`, or a label element and the link side by side)
  or a button of a few words (a few more for a messenger's or a network's address) closing a story's paragraph after
  its last sentence, or a headline's link on a line of its own after a `<br>` closing it or before one opening it, or a
  note in small type under it after a `<br>` or a `span` of a note opening with its label or an icon; and a paragraph
  of two links and nothing else, each a headline (a blog theme's previous and next posts as two buttons in one `p`);
- the link closing an embedded post: a short line, not a sentence, on a line of its own as the last element of a
  `blockquote` or a `div` that does not hold the story, pointing to one post's address on a network (a Telegram
  channel's post, an Instagram post, a tweet, a Facebook post, a TikTok video): the network's "View in Telegram",
  in any language, which the precise extractor glues to the post's text; and a post embedded in the network's own
  code, a `blockquote` whose `cite` is the post's address (TikTok's), whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipeline.extract.cleanup import ends_a_sentence, is_call_line
from pipeline.extract.markup.page import (
    BLOCK_TAGS,
    BOX_MAX_CHARS,
    CAPTION_MAX_CHARS,
    INLINE_TAGS,
    LINK_ITEM_MAX_CHARS,
    NAME_MAX_CHARS,
    NOTHING,
    Held,
    Page,
    block_text,
    is_empty_break,
    is_paragraph,
    is_sentence,
)

_LINK_LIST_MIN_ITEMS = 3
# A pager set as a list: one or two items ("Previous", "Next"), each a label of a word or two, then the headline's link.
_PAGER_MAX_ITEMS = 2
_PAGER_LABEL_MAX_WORDS = 2
# How deep the last link of an item is looked for: "<li><h4><a>Headline</a></h4></li>".
_LAST_LINK_MAX_DEPTH = 4
_LINK_ENDED_SHARE = 2 / 3
# What may follow the link and still end the item with it: "... <a>to get around</a>?".
_PUNCTUATION = " .,;:!?…)\"'”’»"
_LINK_BLOCK_MIN_LINKS = 3
_LINK_BLOCK_SHARE = 0.8
# The class a wiki gives the edit link of a section.
_EDIT_SECTION = "editsection"
# A pointer to another story: a label of a few words closed by a separator, then the story's headline as a link.
_POINTER_LABEL_MAX_WORDS = 4
_POINTER_SEPARATORS = ":：՝—–→»|"
_POINTER_HEADLINE_MIN_CHARS = 15
# A pointer to an earlier story written as a sentence's opening, its label the "recall that" words closed by a comma
# (no separator) and the rest of the paragraph the story's headline as its one link: "Напомним, <a>...</a>.", Kazakh
# "Еске сала кетейік,", Kyrgyz "Эскерте кетсек,", Uzbek "Eslatib o'tamiz," and "Эслатиб ўтамиз,", Tajik "Ёдовар
# мешавем,", Turkmen "Ýatladyp geçeliň,". Read folded, the apostrophes' forms as one.
_RECALL_LABELS = frozenset({
    "напомним", "еске сала кетейік", "еске салайық", "эскерте кетсек", "эске сала кетели", "eslatib o'tamiz",
    "эслатиб ўтамиз", "ёдовар мешавем", "ýatladyp geçeliň",
})
_APOSTROPHES = str.maketrans("‘’ʻʼ`", "'" * 5)
# A glossary popup explains a word or two of the story, set in a `span` round them.
_POPUP_WORD_MAX_WORDS = 2
# A button set in a paragraph after its last sentence: a link of a few words. A link of one word after a sentence is
# a hashtag, an address, a footnote's number or a tweet's link, which a story's paragraph keeps.
_BUTTON_MIN_WORDS = 2
_BUTTON_MAX_WORDS = 4
# A button to a messenger or a network (a chat's "wa.me" link, a channel's "t.me") says what it is for in a few more
# words ("WhatsApp арқылы көтерме тапсырыс беру"): so many at most.
_NETWORK_BUTTON_MAX_WORDS = 8
_NETWORK_HOSTS = frozenset({
    "wa.me", "api.whatsapp.com", "chat.whatsapp.com", "whatsapp.com", "t.me", "telegram.me", "instagram.com",
    "youtube.com", "youtu.be", "facebook.com", "tiktok.com", "vk.com", "ok.ru", "x.com", "twitter.com",
})
_LABEL_TAGS = frozenset({"strong", "b", "em", "i", "span"})
# An icon set before a note in place of its label: an empty `i` or `span` that a font draws as a glyph.
_ICON_TAGS = frozenset({"i", "span"})
# A pair of pointers: a paragraph of two links and no text of its own (the previous and the next post).
_POINTER_PAIR_LINKS = 2
# The link closing an embedded post: a few words ("View in Telegram"); the parts of a post's address read.
_POST_LINK_MAX_CHARS = 60
_POST_PATH_MAX_PARTS = 6
# A link in an embedded post's `blockquote` is its child or in a `section` of it: two levels up at most.
_EMBED_DEPTH = 2
# A headline may ask ("?") but does not close on a full stop or an exclamation: "Pro tip: Get more ideas here!" is the
# story's own advice.
_HEADLINE_CLOSE = re.compile(r"[.!。！]\W{0,2}$")


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


def _is_labelled_headline(item: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """The item is a label of a word or two, no separator closing it, then one link ending the item, a headline (long
    enough, not closing on a full stop): "Previous<br> <a>The big laser cutter is back in service</a>"."""
    if held.get(item, NOTHING).links != 1 or not _ends_in_link(item):
        return False
    link = next(item.iter("a"))
    words, headline = block_text(item).split(), block_text(link).split()
    label = words[:-len(headline)] if headline and words[-len(headline):] == headline else []
    return 0 < len(label) <= _PAGER_LABEL_MAX_WORDS and label[-1][-1] not in _POINTER_SEPARATORS \
        and held.get(link, NOTHING).text >= _POINTER_HEADLINE_MIN_CHARS \
        and not _HEADLINE_CLOSE.search(" ".join(headline))


def link_lists(page: Page) -> Iterator[HtmlElement]:
    """Lists whose every item is a short line ending in a link: other stories, not the story's own list. A list of one
    or two items, each a label of a word or two over a headline's link, is a pager (Eleventy's previous and next posts,
    "Previous" and "Next" each over the post's headline after a `<br>`)."""
    held = page.held
    for listing in page.tree.iter("ul", "ol"):
        items = [child for child in listing if child.tag == "li"]
        if 0 < len(items) <= _PAGER_MAX_ITEMS and len(items) == len(listing) \
                and all(_is_labelled_headline(item, held) for item in items):
            yield listing
            continue
        if len(items) < _LINK_LIST_MIN_ITEMS or not all(
                0 < held.get(item, NOTHING).text <= LINK_ITEM_MAX_CHARS and held.get(item, NOTHING).links
                for item in items):
            continue
        if sum(_ends_in_link(item) for item in items) >= _LINK_ENDED_SHARE * len(items):
            yield listing


def link_blocks(page: Page) -> Iterator[HtmlElement]:
    """Blocks whose text is almost all links: menus, teaser boxes, lists of headlines.

    Never one that holds the story: on a page with long lists of other stories
    the story's own container may have more linked text than not.
    """
    for element in page.tree.iter(*BLOCK_TAGS):
        inside = page.held.get(element, NOTHING)
        if inside.text and element not in page.story and inside.links >= _LINK_BLOCK_MIN_LINKS \
                and inside.link_text >= _LINK_BLOCK_SHARE * inside.text:
            yield element


def edit_links(page: Page) -> Iterator[HtmlElement]:
    """A wiki's "[edit]" links beside its section headings: MediaWiki names their span "mw-editsection" in every
    language, and the heading read with it ("Related news[edit]") is no longer the list heading the clean-up knows."""
    for span in page.tree.iter("span"):
        if _EDIT_SECTION in span.get("class", "")[:NAME_MAX_CHARS]:
            yield span


def _starts_line(element: HtmlElement) -> bool:
    """Nothing but a line break, or the start of its block, before the element."""
    before = element.getprevious()
    if before is None:
        parent = element.getparent()
        return parent is None or not (parent.text or "").strip()
    return is_empty_break(before)


def link_lines(page: Page) -> Iterator[HtmlElement]:
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


def _is_pointer(element: HtmlElement) -> bool:
    """A short label closed by a separator, then the one link, a headline not closing on a full stop."""
    return _is_pointer_label((_pointer_label(element) or "").split()) \
        and not _HEADLINE_CLOSE.search(block_text(element))


def _is_pointer_label(words: list[str]) -> bool:
    """A pointer's label: a few words, the last closed by a separator ("Read also:", "Ранее:")."""
    return bool(words) and len(words) <= _POINTER_LABEL_MAX_WORDS and words[-1][-1] in _POINTER_SEPARATORS


def _is_recall_pointer(paragraph: HtmlElement) -> bool:
    """A label of the "recall that" words closed by a comma (`_RECALL_LABELS`), then the paragraph's one link as all
    the rest but its closing mark, a headline (opening on a capital, long enough, not closing on a full stop): a pointer
    to an earlier story written as a sentence's opening ("Эскерте кетсек, <a>Камбар-Ата ГЭС-1 ... өттү</a>."), which
    `_is_pointer` does not read for its label's comma. A story's own sentence after the same words goes on after its
    link or holds the link inside its running text, and stays."""
    label = (_pointer_label(paragraph) or "").strip()
    if not label.endswith(",") or " ".join(label[:-1].split()).casefold().translate(_APOSTROPHES) not in _RECALL_LABELS:
        return False
    headline = block_text(paragraph[-1])
    return headline[:1].isupper() and _reads_as_headline(headline)


def _reads_as_headline(text: str) -> bool:
    """A link's words long enough for a headline and not closing on a full stop."""
    return len(text) >= _POINTER_HEADLINE_MIN_CHARS and not _HEADLINE_CLOSE.search(text)


def _closing_pointer(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The `span` closing the paragraph, nothing after it, holding the paragraph's one link as a pointer (its label
    closed by a separator, then the headline), where the words before it end a sentence: a portal's "Okaň: ..." set
    inside the story's `p` after its last sentence."""
    last = paragraph[-1]
    if last.tag != "span" or (last.tail or "").strip() or not len(last) or held.get(last, NOTHING).links != 1 \
            or not _is_pointer(last):
        return None
    return last if ends_a_sentence(_text_before(paragraph, last)) else None


def _closing_label_and_link(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> list[HtmlElement]:
    """The paragraph's one link closing it, nothing after it, a headline not closing on a full stop, right after a
    label element of a few words closed by a separator, nothing between the two but a space, where the words before
    the label end a sentence: a pointer set inside the story's `p` after its last sentence as the label and the link
    side by side, not in one `span` (a portal's "<span>Ранее:</span> <a>...</a>"). Both go; none where it is not so."""
    last = _closing_link(paragraph, held)
    label = last.getprevious() if last is not None else None
    if label is None or label.tag not in _LABEL_TAGS or len(label) or (label.tail or "").strip():
        return []
    words = (label.text or "").split()
    if not _is_pointer_label(words) or not _reads_as_headline(block_text(last)):
        return []
    before = _text_before(paragraph, last).rstrip()
    label_text = " ".join(words)
    if not before.endswith(label_text) or not ends_a_sentence(before[:-len(label_text)]):
        return []
    return [label, last]


def _text_before(paragraph: HtmlElement, last: HtmlElement) -> str:
    """The paragraph's words before its closing element (which holds text)."""
    return block_text(paragraph)[:-len(block_text(last))]


def _closing_a_sentence(paragraph: HtmlElement, last: HtmlElement) -> HtmlElement | None:
    """`last`, the paragraph's closing element, if the words before it are a sentence of a paragraph's length."""
    return last if is_paragraph(_text_before(paragraph, last)) else None


def _closing_button(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The paragraph's one link closing it, nothing after it, a few words that end no sentence, where the words before
    it are a sentence of a paragraph's length: a button set inside the story's `p` after its last sentence (a clinic's
    "Записаться на консультацию"); a button to a messenger or a network (`_is_network_address`) may run to a few more
    words ("WhatsApp арқылы көтерме тапсырыс беру"). A sentence's last words as a link end in its stop or have no
    sentence before them; a box's short question over its button ("Found a mistake? Report it") is no story's
    paragraph; a hashtag, an address or a footnote's number closing a paragraph is one word."""
    last = _closing_link(paragraph, held)
    if last is None:
        return None
    words = block_text(last)
    count = len(words.split())
    if count < _BUTTON_MIN_WORDS or ends_a_sentence(words):
        return None
    # A button to a messenger or a network may say in a few more words what it is for.
    if count > _BUTTON_MAX_WORDS and (count > _NETWORK_BUTTON_MAX_WORDS or not _is_network_address(last.get("href"))):
        return None
    return _closing_a_sentence(paragraph, last)


def _closing_line_link(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The paragraph's one link closing it on a line of its own after a `<br>`, nothing after it, a headline's length
    not closing on a full stop, where the words before the `<br>` are a sentence of a paragraph's length: a pointer to
    another story set inside the story's `p` under its last sentence (a site's "<br><a class='inline-more'>Подробнее
    о ...: ...</a>"). A link inside the sentence, or a line closing on a full stop, is the story's."""
    last = _closing_link(paragraph, held)
    if last is None or not _on_a_line_of_its_own(last):
        return None
    if not _reads_as_headline(block_text(last)):
        return None
    before = _text_before(paragraph, last)
    return last if ends_a_sentence(before) and is_paragraph(before) else None


def _opening_line_link(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The paragraph's one link opening it, no text before it, on a line of its own closed by a `<br>`, a headline's
    length not closing on a full stop, where the words after it are a sentence of a paragraph's length: a pointer to
    another story set inside the story's `p` over its first sentence (a site's "<a class='inline-more'>→ ...</a><br>
    ..."), the mirror of `_closing_line_link`. A link opening the sentence, running on after it on its line, or a line
    closing on a full stop, is the story's."""
    first = paragraph[0]
    if first.tag != "a" or (paragraph.text or "").strip() or (first.tail or "").strip() \
            or held.get(first, NOTHING).links != 1:
        return None
    br = first.getnext()
    headline = block_text(first)
    if br is None or br.tag != "br" or not _reads_as_headline(headline):
        return None
    after = block_text(paragraph)[len(headline):]
    return first if ends_a_sentence(after) and is_paragraph(after) else None


def _closing_link(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """The paragraph's last element, if it is its one link and nothing follows it."""
    last = paragraph[-1]
    if last.tag != "a" or (last.tail or "").strip() or held.get(last, NOTHING).links != 1:
        return None
    return last


def _on_a_line_of_its_own(last: HtmlElement) -> bool:
    """A `<br>` right before the element, no text between them."""
    br = last.getprevious()
    return br is not None and br.tag == "br" and not (br.tail or "").strip()


def _host_and_path(href: str) -> tuple[str, str]:
    """An address's host, without "www." or "m.", and its path; both empty where it can't be read."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return "", ""
    return (parts.hostname or "").removeprefix("www.").removeprefix("m."), parts.path


def _is_network_address(href: str | None) -> bool:
    """An address on a messenger or a network: a chat to write to, a channel, a page or a profile."""
    return _host_and_path(href or "")[0] in _NETWORK_HOSTS


def _closing_small_note(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """A `small` closing the paragraph on a line of its own after a `<br>`, nothing after it, a short line without a
    link, where the words before it are a sentence of a paragraph's length: a note in small type set inside the
    story's `p` under its last sentence (a portal's "Bellik: ...", "Примечание: ...")."""
    last = paragraph[-1]
    if last.tag != "small" or (last.tail or "").strip():
        return None
    inside = held.get(last, NOTHING)
    if inside.links or not inside.text or inside.text > CAPTION_MAX_CHARS:
        return None
    if not _on_a_line_of_its_own(last):
        return None
    return _closing_a_sentence(paragraph, last)


def _closing_labelled_note(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """A `span` closing the paragraph, nothing after it and no link in it, opening with a label element of a few words
    closed by a colon, or with an icon (an empty `i` or `span`, a font's glyph), and then the note, where the words
    before it are a sentence of a paragraph's length: a tip set inside the story's `p` after its last sentence (a
    portal's "<span><span>Маълумот учун:</span> ...</span>", "<span><i class='icon-info'></i> ...</span>")."""
    last = paragraph[-1]
    if last.tag != "span" or (last.tail or "").strip() or not len(last) or (last.text or "").strip():
        return None
    inside = held.get(last, NOTHING)
    label = last[0]
    if inside.links or inside.text > BOX_MAX_CHARS or label.tag not in _LABEL_TAGS or len(label):
        return None
    words = (label.text or "").split()
    if not words and label.tag in _ICON_TAGS and (label.tail or "").strip():
        return _closing_a_sentence(paragraph, last)
    if not words or len(words) > _POINTER_LABEL_MAX_WORDS or not words[-1].endswith((":", "：")) \
            or len(block_text(last)) <= len(" ".join(words)):
        return None
    return _closing_a_sentence(paragraph, last)


def _closing_call(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> HtmlElement | None:
    """An element closing the paragraph, nothing after it and no link in it, a short line the rules know as a call
    (`is_call_line`), where the words before it are a sentence of a paragraph's length: a call set inside the story's
    `p` after its last sentence (a portal's "<ins>Записаться на разгрузку можно через WhatsApp по номеру ...</ins>")."""
    last = paragraph[-1]
    if (last.tail or "").strip() or not 0 < held.get(last, NOTHING).text <= CAPTION_MAX_CHARS \
            or not is_call_line(block_text(last)):
        return None
    return _closing_a_sentence(paragraph, last)


def _word_popups(paragraph: HtmlElement, held: dict[HtmlElement, Held]) -> Iterator[HtmlElement]:
    """A `span` closing a `span` of the paragraph that holds a word or two of its own before it, the inner `span` a
    sentence of its own and no link, the paragraph's words going on after the word: a glossary's popup set inside the
    word it explains (a portal's "<span class='term'>низкопольные<span class='term__popup'>...</span></span>"), its
    sentence read glued into the middle of the story's. A sentence set in a `span` of its own is the story's."""
    for word in paragraph.iterchildren("span"):
        words = (word.text or "").split()
        if not 0 < len(words) <= _POPUP_WORD_MAX_WORDS or len(word) != 1 or not (word.tail or "").strip():
            continue
        popup = word[0]
        if popup.tag == "span" and not (popup.tail or "").strip() and not held.get(popup, NOTHING).links \
                and held.get(popup, NOTHING).text <= CAPTION_MAX_CHARS and is_sentence(block_text(popup)):
            yield popup


def _is_pointer_pair(paragraph: HtmlElement, inside: Held, held: dict[HtmlElement, Held]) -> bool:
    """Two links and no text of their own beside them, each a headline (long enough, not closing on a full stop):
    a blog theme's previous and next posts, written as two buttons in one `p`."""
    if inside.links != _POINTER_PAIR_LINKS or inside.link_text != inside.text \
            or inside.text > _POINTER_PAIR_LINKS * LINK_ITEM_MAX_CHARS:
        return False
    links = [child for child in paragraph if child.tag == "a"]
    return len(links) == _POINTER_PAIR_LINKS and all(
        held.get(link, NOTHING).text >= _POINTER_HEADLINE_MIN_CHARS
        and not _HEADLINE_CLOSE.search(block_text(link)) for link in links)


def pointer_lines(page: Page) -> Iterator[HtmlElement]:
    """Paragraphs that point to another story, whatever their language: a short label closed by a separator and the
    story's headline as the one link after it ("Read also: ...", "Կարդացեք նաև՝ ...", "இதையும் படியுங்கள்: ...").
    A sentence with a link in it, a source named by a link ("Source: Reuters") or advice closing on a full stop or an
    exclamation is none. Such a pointer in a `span` closing a paragraph after its last sentence goes alone, as does a
    button of a few words, the paragraph's one link, closing it after its last sentence, and a note in small type on a
    line of its own or a `span` of a note under its label closing a paragraph of no link, and a glossary's popup set
    inside a word of such a paragraph (`_word_popups`). A paragraph of two such headlines as links and nothing else (the
    previous and the next post) points twice."""
    held = page.held
    for paragraph in page.tree.iter("p"):
        inside = held.get(paragraph, NOTHING)
        if not inside.links and len(paragraph):
            note = _first_found(paragraph, held, _closing_small_note, _closing_labelled_note, _closing_call)
            if note is not None:
                yield note
            else:
                yield from _word_popups(paragraph, held)
            continue
        if inside.links != 1 or not len(paragraph):
            if _is_pointer_pair(paragraph, inside, held):
                yield paragraph
            continue
        if inside.link_text < _POINTER_HEADLINE_MIN_CHARS:
            button = _closing_button(paragraph, held)
            if button is not None:
                yield button
            continue
        if inside.text <= LINK_ITEM_MAX_CHARS and (_is_pointer(paragraph) or _is_recall_pointer(paragraph)):
            yield paragraph
            continue
        pair = _closing_label_and_link(paragraph, held)
        if pair:
            yield from pair
            continue
        line = _first_found(paragraph, held, _closing_pointer, _closing_button, _closing_line_link, _opening_line_link)
        if line is not None:
            yield line


def _first_found(paragraph: HtmlElement, held: dict[HtmlElement, Held],
                 *finders: Callable[[HtmlElement, dict[HtmlElement, Held]], HtmlElement | None]) -> HtmlElement | None:
    """What the first of `finders` to find a line in `paragraph` found, or None."""
    for find in finders:
        found = find(paragraph, held)
        if found is not None:
            return found
    return None


def _is_post_address(href: str) -> bool:
    """The address of one post on a network: a Telegram channel's post ("t.me/channel/2291"), an Instagram post or reel
    ("instagram.com/p/..."), a tweet ("x.com/name/status/..."), a Facebook post (".../posts/...") or a TikTok video."""
    host, address_path = _host_and_path(href)
    path = [part for part in address_path.split("/") if part][:_POST_PATH_MAX_PARTS]
    if host in ("t.me", "telegram.me"):
        return len(path) >= 2 and path[-1].isdigit()
    if host == "instagram.com":
        return len(path) >= 2 and path[0] in ("p", "reel", "tv")
    if host in ("twitter.com", "x.com"):
        return len(path) >= 3 and path[1] == "status"
    if host == "tiktok.com":
        return len(path) >= 3 and path[1] == "video"
    return host == "facebook.com" and "posts" in path


def _embedding_quote(link: HtmlElement) -> HtmlElement | None:
    """The `blockquote` round the link, its parent or the one above it, whose `cite` is one post's address on a network
    (`_is_post_address`): a post embedded in the network's own code (TikTok's `blockquote` of the account's link and
    the video's caption in a `section`), whatever its lines say."""
    for holder in islice(link.iterancestors(), _EMBED_DEPTH):
        if holder.tag == "blockquote":
            return holder if _is_post_address(holder.get("cite") or "") else None
    return None


def post_links(page: Page) -> Iterator[HtmlElement]:
    """The link that closes an embedded post (a `blockquote` or a `div` of the post's lines) with the network's
    invitation to open it there ("View in Telegram", "Telegram’da ko‘rish"): a short line, not a sentence, set on a
    line of its own as the block's last element, pointing to the post's address. The precise extractor reads such a
    block as one run of text, where no line rule sees the link's words."""
    embeds: set[HtmlElement] = set()
    for link in page.tree.iter("a"):
        # A post embedded whole in a `blockquote` that names its address goes whole, once.
        embed = _embedding_quote(link)
        if embed is not None:
            if embed not in embeds and embed not in page.story:
                embeds.add(embed)
                yield embed
            continue
        href, parent = link.get("href"), link.getparent()
        if not href or parent is None or parent.tag not in ("blockquote", "div") or parent in page.story \
                or link.getnext() is not None or (link.tail or "").strip():
            continue
        text = page.held.get(link, NOTHING).text
        if not 0 < text <= _POST_LINK_MAX_CHARS or not _is_post_address(href):
            continue
        before = link.getprevious()
        on_own_line = not (parent.text or "").strip() if before is None else \
            (before.tag not in INLINE_TAGS and not (before.tail or "").strip())
        if on_own_line and not is_sentence(block_text(link)):
            yield link
