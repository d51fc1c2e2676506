"""What stands beside the story and says what it is, by its name, its field, its label or its type:

- comment threads: a block whose class or id names comments ("blog-comments", "comment-list", readers' "reviews", and
  in the languages of other outlets "comentarii", "hozzaszolasok"), or that opens with a heading calling to comment
  ("Join the conversation", "Comments (12)"), unless it holds the story;
- a forum's preview of a page its post links to, named "onebox", and a post's signature, named "postsignature";
- a block the engine declares a widget area ("data-widget-area"), unless it holds the story;
- a forum topic's replies: the posts after the first, each a wrapper of its own headings (the poster, the subject) over
  a body of the first post's class, when a later post is headed as the first (its poster posting again, or the first's
  subject with a reply's mark, "Re: ..."), which the extractors read as the story's next parts;
- a side column or a module named by a content system's fixed name for it (WonderCMS's "subside", Mambo's and Joomla
  1.x's "moduletable"), unless it holds the story;
- an event page's roster of speakers and the bio boxes of speakers and contributors, named for them ("speakers",
  "panelists", "bio"), unless it holds the story, and a bio's `p` named so in a box named for its author alone
  (HubSpot's `blog-post__author-bio` under the name in the `blog-post__author` box);
- sign-up boxes: the block round an e-mail field (a newsletter's or an alert's form with its heading and
  promise), up to the largest short block holding it, never one that holds the story (and
  none on a page without paragraphs, where nothing tells the box from the story);
- a reporter's name alone in italics under the story: a paragraph of two or three capitalised words, all in one `i` or
  `em`, right after a paragraph that ends a sentence (a print story's signature, "<p><i>Гүлзат Мамытова</i></p>");
- an author's card outside the story: a `div` of a portrait and one to three short lines, the first a name, none a
  sentence (the columnist's name over the role);
- an author's `address` among the story's blocks: a child of a holder of the story holding a name or one link and
  nothing else, HTML's mark of its article's author or contact, which telegra.ph's editor repeats under the headline
  inside the article (the channel's name linking to the channel, the writer's name);
- an author's note closing the story: its holder's last `p`, or a `p` alone in the box right after the holder, a
  short sentence or two opening with the full name the page's byline prints (an element named for a byline or an
  author, or a link to the author's own page), saying what the author does or is, in any
  language ("Dana Voss covers the waterfront ...");
- advertising boxes set in the story: a short block that opens with its label alone ("Жарнама", "Реклама",
  "Advertisement", "Sponsored"), the advertiser's title and text under it, which the clean-up cannot tell from a
  paragraph once the label, a `div` or a `span` of its own, is left out;
- the story's notes: a short block closing the story's block, or among the few blocks after it, whose text is all in
  the elements that the story's note markers point to (a number in a link to "#fn1" in its paragraphs) but for a
  heading over them: the sources and remarks under a story that a reader reaches by its markers ("1. Maglumat:
  birleşigiň hasabaty");
- a side column beside the story's column, of nothing but short boxes each a heading over one or two short lines
  (a service page's reception hours and hotline), or such a box beside a heading over a list of links (a daily's most
  read headlines over its subscription box), which an extractor taking the page's row reads as the story's opening or
  closing lines; a site builder's column is a flat run of modules, a heading's own module and the one or two text
  modules after it making a box (Jimdo's `j-header` and `j-text` modules), and may stand in one wrapper of its own;
- a grid's column narrower than the story's beside it in one row, the columns named by their shares of the row in
  Bootstrap's classes (a parliament's `div.col-md-4` of an archive panel and an accreditation alert beside the story's
  `div.col-md-8`), unless it holds the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from pipeline.extract.cleanup import is_furniture_line
from pipeline.extract.markup.page import (
    BLOCK_TAGS,
    BOX_MAX_CHARS,
    BOX_TAGS,
    HEADING_TAGS,
    IMAGE_TAGS,
    NAME_MAX_CHARS,
    NOTHING,
    Held,
    Page,
    block_text,
    is_name_word,
    is_sentence,
    names_of,
    own_text,
)

# A story's notes: the markers in so many of its paragraphs are read, a note's number has so many digits at most, the
# notes are looked for among so many blocks after the story's and so many of their elements are read.
_NOTES_PARAGRAPHS = 200
_NOTE_NUMBER_MAX_DIGITS = 3
_NOTES_NEAR_SIBLINGS = 3
_NOTES_MAX_ELEMENTS = 40
# Whole words of a class or id name that mark a comment thread; "commentary" is a column of the story's.
# German-language dailies call theirs a forum of postings; outlets in other languages name them in their own
# ("comentarii", "commenti", "kommentare", "komentarze", "hozzaszolasok", "komentari", "kommentit", "kommentarer"),
# Norwegian sites a debate ("debatt", "diskusjon"), Slovak ones "diskusia", Turkish ones "yorumlar", Lithuanian
# "komentarai", Catalan "comentaris", Estonian "kommentaarid", Slovenian "komentarji" and Maltese "kummenti"; the
# region's portals in Turkmen "teswirler" and in Uzbek "izohlar" (comments, the plural: a single "teswir" or "izoh" may
# be a commentary or a note of the story's).
# 1C-Bitrix prints its readers' comments under a story as reviews ("forum.topic.reviews": "reviews", "reviews-post"),
# as shops print their buyers': a thread of readers' reviews (the plural; a single "review" may be the story itself).
_COMMENT_WORDS = frozenset({
    "reviews",
    "comment", "comments", "forum", "posting", "postings", "comentarii", "comentariu", "comentarios", "commenti",
    "commentaires", "kommentare", "komentarze", "komentare", "hozzaszolas", "hozzaszolasok", "kommentek",
    "komentari", "kommentit", "kommentarer", "debatt", "diskusjon", "yorum", "yorumlar", "diskusia", "komentarai",
    "comentaris", "kommentaarid", "komentarji", "reacties", "reactie", "kummenti", "teswirler", "izohlar"})
# A forum's preview of a page it links to ("onebox") is that page's headline and summary, not the post's text; it is
# found by its name in the same pass.
_PREVIEW_WORDS = frozenset({"onebox"})
# An event page's roster of speakers, their titles and bios, and a contributor's bio box, are about people, not what
# happened; found by their names in the same pass ("speakers", "panelists", "speaker-bio", "author-bio").
_ROSTER_WORDS = frozenset({"speakers", "panelists", "panellists", "bio", "bios"})
# A forum post's signature under its message, named so by the board (punBB's and FluxBB's "postsignature", which FluxBB
# also classes "postmsg" as the message): the poster's own line under every post, not the post's. A bare "signature"
# may be a reporter's byline box.
_SIGNATURE_NAMES = frozenset({"postsignature"})
_NAMED_FURNITURE = _COMMENT_WORDS | _PREVIEW_WORDS | _ROSTER_WORDS | _SIGNATURE_NAMES
# A block the engine declares one of its widget areas (NodeBB's `data-widget-area="sidebar"`, "footer", "header"): the
# site's widgets are set there, round the posts' column, never the post itself.
_WIDGET_AREA = "data-widget-area"
# A shop engine's discussion add-on names its readers' thread for a discussion's posts (CS-Cart's
# "ty-discussion-posts", each "ty-discussion-post" of an author, a date and a message): the two words together in one
# name. A bare "discussion" may be a report's section, and a bare "post" the story itself.
_DISCUSSION_WORD = "discussion"
_DISCUSSION_POST_WORDS = frozenset({"post", "posts"})
# A side column named as one by a content system's fixed name for it, the whole id or a whole class name: WonderCMS's
# second editable block, "subside", which its themes set under the page's "contents" in a container drawn as the
# story's is; and Mambo's and Joomla 1.x's wrapper round each module, "moduletable" (a `table` of a `th` title over
# a `td`, or a `div`), which an old layout's table sets in a column beside the story's cell, read as rows before the
# story. A part of a longer name ("subsidence-map") is not read. A block named "sidebar" is left to the shape
# rules (`side_columns`): a theme's wrapper so named may hold a section of the story's sentences.
_SIDE_BLOCK_NAMES = frozenset({"subside", "moduletable"})
# A theme's flag on the page's wrapper that the layout shows a side column beside the story ("hasSidebar",
# "showSidebar", "has-sidebar", "with-sidebar", "sidebar-left"): a class name holding this word, read case-folded.
_SIDE_COLUMN_FLAG = "sidebar"
# A grid's column is named by its share of the row's twelve in Bootstrap's classes, for the screens from a width up
# ("col-8", "col-xs-12", "col-md-4", "col-lg-3"): the widest screen's share is read, the row as a desktop shows it.
_GRID_COLUMN_WORD = "col"
_GRID_SCREENS = {"": 0, "xs": 0, "sm": 1, "md": 2, "lg": 3, "xl": 4, "xxl": 5}
_GRID_SHARES = {str(share): share for share in range(1, 13)}
# A forum post's headings (its poster's name, its subject, its number and date) and the marks a reply's subject opens
# with, the first post's subject after it ("Re: ...", German boards' "AW: ...").
_POST_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_REPLY_MARKS = ("re:", "aw:")
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
_COMMENT_HEADING_MAX_CHARS = 40
# A signature in italics: a name of two or three words, short.
_SIGNATURE_MAX_CHARS = 60
_SIGNATURE_WORDS = (2, 3)
# An author's card under a portrait: the name, and at most a role and a line of contacts.
_AUTHOR_CARD_LINES = (1, 3)
# What an author's `address` may hold besides its text: a link, a break and the inline marks a name is set in.
_ADDRESS_INLINE_TAGS = frozenset({"a", "br", "span", "b", "strong", "i", "em"})
# An author's note closing the story opens with the byline's name, of two to four capitalised words, and is short; the
# byline, an element whose class or id names it (or the author), or that links to or marks the author, is a short line.
_NOTE_NAME_WORDS = (2, 4)
_BYLINE_WORDS = ("byline", "author")
_NOT_BYLINE_WORDS = ("authori",)  # "authority", "authoring": a port authority's box
_BYLINE_MARKS = ("rel", "itemprop")
# A link to the author's own page names its author by a folder of the link's path ("/authors/dana-voss",
# "/author/dana-voss/", "/autor/...").
_AUTHOR_PAGE_FOLDERS = frozenset({"author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "avtor"})
_BYLINE_MAX_CHARS = 150
# A byline written as a plain line under the story labels the name with a word or two ("Автор:", "Written by:").
_BYLINE_LABEL_WORDS = 2
# The label an advertising slot opens with, in the languages of the region's and other outlets; a box this short.
_AD_LABELS = frozenset({
    "реклама", "жарнама", "reklama", "сурталчилгаа", "advertisement", "advert", "advertising", "sponsored", "anzeige",
    "werbung", "publicidad", "publicidade", "publicité", "pubblicità", "publicitate", "reclamă", "hirdetés",
    "advertentie", "mahabat", "таблиғ"})
_AD_LABEL_MAX_CHARS = 20
# A side column of service boxes beside the story: two boxes or more, each a heading over one or two short lines.
_SIDE_BOX_PARTS = (2, 3)
_SIDE_COLUMN_MIN_BOXES = 2
_SIDE_LINE_MAX_CHARS = 100
_SIDE_COLUMN_MAX_BOXES = 6
# A site builder wraps a column's one text widget in a region, a panel and the widget's own block (Yola's
# `div#sys_region_2 > div.Text_2_Default > div.sys_txt`): so many single wrappers are read through to the column.
_COLUMN_WRAPPERS_MAX = 3
# The lines under a text widget's heading: paragraphs or blocks of their own.
_FLAT_LINE_TAGS = frozenset({*BOX_TAGS, "p"})
# A rail's list of headlines under its heading ("Most read", "Trending"): a few items, each all link.
_SIDE_LIST_TAGS = frozenset({"ul", "ol"})
_SIDE_LIST_MAX_ITEMS = 10


def _opens_with_comment_heading(element: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    first = element[0] if len(element) else None
    return (first is not None and first.tag in HEADING_TAGS and not (element.text or "").strip()
            and 0 < held.get(first, NOTHING).text <= _COMMENT_HEADING_MAX_CHARS
            and _COMMENT_HEADING.fullmatch(block_text(first)) is not None)


def comment_threads(page: Page) -> Iterator[HtmlElement]:
    """Blocks named for comments, which the extractors' own comment filters miss under some names, or headed as one;
    and a forum's previews of linked pages, an event's roster of speakers and a side column, named for what they
    are."""
    for element in page.tree.iter(*BLOCK_TAGS, "p"):
        if element in page.story:
            continue
        names = names_of(element)
        words = _NAME_WORD.findall(names)
        # A paragraph is named for what it is only as a bio ("blog-post__author-bio" under HubSpot's author's name in
        # its `h3`, the box round them named for the author alone); a comment's or a preview's name is a block's.
        if element.tag == "p":
            if not _ROSTER_WORDS.isdisjoint(words):
                yield element
            continue
        # A side column is named by its id or one of its class names whole (`_SIDE_BLOCK_NAMES`).
        if not _NAMED_FURNITURE.isdisjoint(words) or _opens_with_comment_heading(element, page.held) \
                or not _SIDE_BLOCK_NAMES.isdisjoint(names.split()) or _names_a_discussion_s_posts(words) \
                or element.get(_WIDGET_AREA) is not None:
            yield element


def _names_a_discussion_s_posts(words: list[str]) -> bool:
    """A name holding the word for a discussion and the word for its posts: a thread of readers' posts."""
    return _DISCUSSION_WORD in words and not _DISCUSSION_POST_WORDS.isdisjoint(words)


def forum_replies(page: Page) -> Iterator[HtmlElement]:
    """A forum topic's later posts: the blocks of one class (each post's body) in sibling wrappers of one tag (each
    post), each wrapper with its own headings outside its body, when a later post's heading is the first post's own
    (its poster posting again) or the first's with a reply's mark ("Re: ..."); every post after the first goes. A page
    none of whose headings repeats another so is no thread, and its blocks are not grouped."""
    if not _repeats_a_heading(page.tree):
        return
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in page.tree.iter(*BOX_TAGS):
        name = element.get("class")
        if name:
            groups.setdefault((element.tag, name), []).append(element)
    for bodies in groups.values():
        if len(bodies) < 2:
            continue
        posts = _posts_round(bodies)
        if posts is not None and _is_thread(posts, bodies):
            yield from posts[1:]


def _repeats_a_heading(tree: HtmlElement) -> bool:
    """One of the page's headings reads as another does, or as another with a reply's mark before it."""
    texts = [text for text in (block_text(heading).casefold() for heading in tree.iter(*_POST_HEADING_TAGS)) if text]
    seen = set(texts)
    return len(seen) < len(texts) or any(_without_reply_mark(text) in seen for text in texts)


def _posts_round(bodies: list[HtmlElement]) -> list[HtmlElement] | None:
    """Each body's wrapper under the bodies' nearest common holder: one each, none the body itself, all of one tag."""
    above = {element: level for level, element in enumerate(bodies[0].iterancestors())}
    level = max((next((above[element] for element in body.iterancestors() if element in above), -1)
                 for body in bodies[1:]), default=-1)
    if level < 0:
        return None
    holder = next(islice(bodies[0].iterancestors(), level, None))
    posts: list[HtmlElement] = []
    for body in bodies:
        post = next(element for element in (body, *body.iterancestors()) if element.getparent() is holder)
        if post is body or post in posts:
            return None
        posts.append(post)
    return posts if len({post.tag for post in posts}) == 1 else None


def _post_headings(post: HtmlElement, body: HtmlElement) -> set[str]:
    """The post's headings outside its body (its poster, its subject), read case-folded."""
    return {block_text(heading).casefold() for heading in post.iter(*_POST_HEADING_TAGS)
            if body not in heading.iterancestors()} - {""}


def _is_thread(posts: list[HtmlElement], bodies: list[HtmlElement]) -> bool:
    """A later post's heading is one of the first post's headings, as it is or after a reply's mark."""
    first = _post_headings(posts[0], bodies[0])
    return bool(first) and any(_answers(heading, first) for post, body in zip(posts[1:], bodies[1:], strict=True)
                               for heading in _post_headings(post, body))


def _answers(heading: str, earlier: set[str]) -> bool:
    """The heading is one of the earlier ones, as it is or after a reply's mark ("re: ...")."""
    return heading in earlier or _without_reply_mark(heading) in earlier


def _without_reply_mark(heading: str) -> str:
    """What follows the reply's mark the heading opens with ("re: depot" gives "depot"); "" where it opens with none."""
    mark = next((mark for mark in _REPLY_MARKS if heading.startswith(mark)), None)
    return "" if mark is None else heading[len(mark):].strip()


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


def form_boxes(page: Page) -> Iterator[HtmlElement]:
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
            if ancestor in page.story or page.held.get(ancestor, NOTHING).text > BOX_MAX_CHARS:
                break
            box = ancestor
        if box is not None and kind in _SENT_FIELDS:
            senders = _holders_of_buttons(page.tree) if senders is None else senders
            box = box if box in senders else None
        if box is not None:
            yield box


def _is_name(text: str) -> bool:
    """Two or three capitalised words of letters (a hyphen or an initial's dot inside): "Гүлзат Мамытова"."""
    # Not page.is_name_word: with an apostrophe an italic book title ("The Shepherd's Daughter") reads as a signature.
    words = text.split()
    return _SIGNATURE_WORDS[0] <= len(words) <= _SIGNATURE_WORDS[1] and all(
        word[0].isupper() and word.replace("-", "").replace(".", "").isalpha() for word in words)


def italic_signatures(page: Page) -> Iterator[HtmlElement]:
    """Paragraphs that are a name in italics and nothing else, right after a paragraph that ends a sentence."""
    for paragraph in page.tree.iter("p"):
        if not 0 < page.held.get(paragraph, NOTHING).text <= _SIGNATURE_MAX_CHARS or len(paragraph) != 1:
            continue
        italic, before = paragraph[0], paragraph.getprevious()
        if italic.tag not in ("i", "em") or len(italic) or (paragraph.text or "").strip() \
                or (italic.tail or "").strip() or before is None or before.tag != "p":
            continue
        if _is_name(italic.text or "") and is_sentence(before.text_content()):
            yield paragraph


def ad_boxes(page: Page) -> Iterator[HtmlElement]:
    """Short blocks whose first element is the advertising label alone, with the advertiser's lines after it."""
    for block in page.tree.iter(*BOX_TAGS):
        if len(block) < 2 or (block.text or "").strip() or block in page.story \
                or page.held.get(block, NOTHING).text > BOX_MAX_CHARS:
            continue
        label = block[0]
        if 0 < page.held.get(label, NOTHING).text <= _AD_LABEL_MAX_CHARS \
                and block_text(label).rstrip(".:").casefold() in _AD_LABELS:
            yield block


def story_notes(page: Page) -> Iterator[HtmlElement]:
    """Blocks closing a story's holder, or among its next few siblings, short, whose text is all in the elements its
    paragraphs' note markers point to, but for a heading over them. Only the holders' `p`s' links are read for the
    markers, and the few blocks after them for the notes."""
    held = page.held
    for holder in page.story:
        targets = _note_targets(holder)
        if not targets:
            continue
        last = holder[-1] if len(holder) else None
        for block in (last, *islice(holder.itersiblings(), _NOTES_NEAR_SIBLINGS)):
            if block is not None and block not in page.story and block.tag in (*BOX_TAGS, "ol", "ul") \
                    and _holds_only_notes(block, targets, held):
                yield block


def _note_targets(holder: HtmlElement) -> set[str]:
    """The ids the note markers in the holder's paragraphs point to: a link to "#id" whose text is a note's number."""
    targets = set()
    for paragraph in islice(holder.iterchildren("p"), _NOTES_PARAGRAPHS):
        for anchor in paragraph.iter("a"):
            href = (anchor.get("href") or "")[:NAME_MAX_CHARS]
            number = (anchor.text or "").strip("[] ")
            if href.startswith("#") and len(anchor) == 0 and 0 < len(number) <= _NOTE_NUMBER_MAX_DIGITS \
                    and number.isdigit():
                targets.add(href[1:])
    return targets


def _holds_only_notes(block: HtmlElement, targets: set[str], held: dict[HtmlElement, Held]) -> bool:
    """A short block whose text is all in elements of the given ids (each counted once, not inside another) and a
    heading's."""
    text = held.get(block, NOTHING).text
    if not 0 < text <= BOX_MAX_CHARS:
        return False
    notes, a_note = 0, False
    for element in islice(block.iterdescendants(), _NOTES_MAX_ELEMENTS):
        is_note = element.get("id") in targets
        a_note = a_note or is_note
        if (is_note or element.tag in HEADING_TAGS) \
                and not any(ancestor.get("id") in targets for ancestor in islice(element.iterancestors(), 2)):
            notes += held.get(element, NOTHING).text
    return a_note and notes >= text


def author_cards(page: Page) -> Iterator[HtmlElement]:
    """An author's card: a `div` holding a portrait (an image of its own) and one to three short lines, each an
    element of its own, the first a name and none a sentence ("Dilshod Karimov" over the author's role). Outside the
    story's holders; a column read as one run of `div`s would take the name and the role for lines of the story."""
    for image in page.tree.iter(*IMAGE_TAGS):
        card = image.getparent()
        if card is None or card.tag != "div" or card in page.story or (card.text or "").strip() \
                or not _AUTHOR_CARD_LINES[0] + 1 <= len(card) <= _AUTHOR_CARD_LINES[1] + 1:
            continue
        lines = [child for child in card if child is not image]
        if any((child.tail or "").strip() for child in card) or next(image.iterchildren(), None) is not None:
            continue
        texts = [block_text(line) for line in lines]
        if all(0 < len(text) <= _SIGNATURE_MAX_CHARS * 2 and not is_sentence(text) for text in texts) \
                and _is_name(texts[0]) and not any(line.tag in IMAGE_TAGS for line in lines):
            yield card


def author_addresses(page: Page) -> Iterator[HtmlElement]:
    """An `address` among the story's blocks, a child of one of its holders, holding a name or one link and nothing
    else, no sentence and no longer than a signature: HTML's mark of the article's author or contact, which
    telegra.ph's editor repeats under the headline inside the article (the channel's name linking to the channel, the
    writer's name), and which reads as the story's first line once its markup is gone. A longer `address` (a desk's
    hours and telephone, a shop's street address) is left to the rules that read boxes and contact lines."""
    for holder in page.story:
        for address in holder.iterchildren("address"):
            text = block_text(address)
            if not 0 < len(text) <= _SIGNATURE_MAX_CHARS or is_sentence(text) \
                    or any(element.tag not in _ADDRESS_INLINE_TAGS for element in address.iterdescendants()):
                continue
            links = list(address.iter("a"))
            if _is_name(text) or (len(links) == 1 and block_text(links[0]) == text):
                yield address


def closing_author_notes(page: Page) -> Iterator[HtmlElement]:
    """The `p` closing a story's holder (its last child, or alone in the box right after it) that opens with the full
    name the page's byline prints, a short note of one or two sentences however it goes on: the author's bio or contact
    line ("Dana Voss covers the waterfront ...", "Brent Okafor is the Ledger's business reporter.", in any language:
    "Maryse Dufresne al écrit ..."), plain or in italics, under no class of its own. The byline is an element outside
    the note whose class or id names a byline or an author ("byline", "article__author", "pp-author"), that marks its
    author (`rel` or `itemprop` "author"), or a link to the author's own page ("/authors/dana-voss"), a short line
    holding the name as whole words ("By Dana Voss", "Kirjut' Mart Laanõts"). A story's last paragraph naming or
    quoting someone else, or a story about a reporter, opens with another name; the byline's name alone under the
    story, no sentence, is its signature and is left as it is."""
    held = page.held
    for note in (note for holder in page.story for note in _closing_places(page, holder)):
        if note.tag != "p" or not 0 < held.get(note, NOTHING).text <= BOX_MAX_CHARS:
            continue
        text = block_text(note)
        name = _opening_name(text)
        # A sentence saying what the author does or is, not the name alone (a print story's signature, left as it is).
        if name and len(text.split()) > len(name) and is_sentence(text) \
                and (_byline_prints(page, note, name) or _labels_the_name(note.getprevious(), name)):
            yield note


def _closing_places(page: Page, holder: HtmlElement) -> Iterator[HtmlElement]:
    """Where an author's note closes the story's holder: its last child, the child before it when the last is a `p`
    of a furniture line alone (a copyright line, "Copyright 2026 <station>", set after the note in the story's holder),
    and the one element of the block right after it, a box outside the story holding that element alone (a bio set in a
    `div` of its own under the story's)."""
    if len(holder):
        yield holder[-1]
        if len(holder) > 1 and _is_closing_line(page, holder[-1]):
            yield holder[-2]
    after = holder.getnext()
    if after is not None and after.tag in BOX_TAGS and len(after) == 1 and not own_text(after) \
            and after not in page.story:
        yield after[0]


def _is_closing_line(page: Page, element: HtmlElement) -> bool:
    """A `p` of no element, a short furniture line closing the story's holder (a copyright line)."""
    return element.tag == "p" and not len(element) \
        and 0 < page.held.get(element, NOTHING).text <= BOX_MAX_CHARS and is_furniture_line(block_text(element))


def _opening_name(text: str) -> list[str]:
    """The capitalised words of letters (a hyphen, an apostrophe or an initial's dot inside) the text opens with, two to
    four, a comma closing the last; none when fewer or more."""
    name: list[str] = []
    for word in text.split()[:_NOTE_NAME_WORDS[1] + 1]:
        bare = word.rstrip(",")
        if not is_name_word(bare):
            break
        name.append(bare)
        if bare != word:
            break
    return name if _NOTE_NAME_WORDS[0] <= len(name) <= _NOTE_NAME_WORDS[1] else []


def _byline_prints(page: Page, note: HtmlElement, name: list[str]) -> bool:
    """A byline outside the note (`_is_byline`), a short line, holds the name's words in a row."""
    around = {note, *note.iterancestors()}
    for element in page.tree.iter(etree.Element):
        if not 0 < page.held.get(element, NOTHING).text <= _BYLINE_MAX_CHARS or element in around \
                or not _is_byline(element):
            continue
        words = [word.strip(",.;:|·()") for word in block_text(element).split()]
        if any(words[at:at + len(name)] == name for at in range(len(words) - len(name) + 1)) \
                and note not in element.iterdescendants():
            return True
    return False


def _labels_the_name(line: HtmlElement | None, name: list[str]) -> bool:
    """The line right over the note is a `p` printing the author's name alone after a label of a word or two closed by
    a colon ("Автор: Динара Сапарова", "Author: Dana Voss"): a byline written as a plain line under the story, the
    bio under it."""
    if line is None or line.tag != "p" or len(line):
        return False
    label, colon, rest = (line.text or "").partition(":")
    return bool(colon) and 0 < len(label.split()) <= _BYLINE_LABEL_WORDS \
        and [word.strip(",.;") for word in rest.split()] == name


def _is_byline(element: HtmlElement) -> bool:
    """Its class or id names a byline or an author (a word of the name opening so, "authority" aside), or its `rel` or
    `itemprop` is "author"."""
    if any(element.get(mark, "")[:NAME_MAX_CHARS].casefold() == "author" for mark in _BYLINE_MARKS) \
            or element.tag == "a" and _links_an_author(element.get("href", "")):
        return True
    return any(word.startswith(_BYLINE_WORDS) and not word.startswith(_NOT_BYLINE_WORDS)
               for word in _NAME_WORD.findall(names_of(element)))


def _links_an_author(href: str) -> bool:
    """The link leads to an author's own page: a folder of its path names authors ("/authors/dana-voss")."""
    path = href[:NAME_MAX_CHARS].partition("?")[0].partition("#")[0].casefold()
    return any(folder in _AUTHOR_PAGE_FOLDERS for folder in path.split("/")[:-1])


def _is_heading_box(box: HtmlElement, held: dict[HtmlElement, Held]) -> bool:
    """A short box of a heading and one or two short lines under it, each an element of its own, shorter than most of a
    story's sentences (opening hours, a hotline's number, a desk's address)."""
    if box.tag not in BOX_TAGS or not _SIDE_BOX_PARTS[0] <= len(box) <= _SIDE_BOX_PARTS[1] \
            or own_text(box) \
            or box[0].tag not in HEADING_TAGS or not 0 < held.get(box, NOTHING).text <= BOX_MAX_CHARS:
        return False
    texts = [block_text(line) for line in box[1:]]
    return all(0 < len(text) <= _SIDE_LINE_MAX_CHARS for text in texts)


def _is_headed_link_list(heading: HtmlElement, listing: HtmlElement | None, held: dict[HtmlElement, Held]) -> bool:
    """A heading over a list whose every item is all link: a rail's "most read" or "trending" headlines."""
    if heading.tag not in HEADING_TAGS or listing is None or listing.tag not in _SIDE_LIST_TAGS \
            or not 0 < len(listing) <= _SIDE_LIST_MAX_ITEMS:
        return False
    items = [held.get(item, NOTHING) for item in listing]
    return all(item.links and item.link_text == item.text > 0 for item in items)


def _is_heading_module(block: HtmlElement) -> bool:
    """A site builder's module holding nothing but a heading."""
    return block.tag in BOX_TAGS and len(block) == 1 and block[0].tag in HEADING_TAGS and not own_text(block)


def _heading_module_box(children: list[HtmlElement], at: int) -> int:
    """How many of a flat column's modules from `at` make one heading box, 0 where they make none: a heading's own
    module and the one or two text modules after it (up to the next heading's module or the column's end), their
    lines, each a module's element or the module's text, one or two short lines (`_SIDE_BOX_PARTS`)."""
    if not _is_heading_module(children[at]):
        return 0
    return _heading_run(children, at, _is_heading_module, _module_lines)


def _flat_heading_box(children: list[HtmlElement], at: int) -> int:
    """How many of a text widget's elements from `at` make one heading box, 0 where they make none: a heading and the
    one or two short lines after it, each a block of its own with no heading, up to the next heading or the widget's
    end (a site builder's side text widget typed as "Opening hours" over a line, "Contact" over an address)."""
    if children[at].tag not in HEADING_TAGS or len(children[at]) and not block_text(children[at]):
        return 0
    return _heading_run(children, at, lambda block: block.tag in HEADING_TAGS, _flat_line)


def _heading_run(children: list[HtmlElement], at: int, is_heading: Callable[[HtmlElement], bool],
                 lines_of: Callable[[HtmlElement], list[str]]) -> int:
    """How many elements from the heading at `at` make one box: the heading and the blocks after it up to the next
    heading or the column's end, each with no text after it and each giving short lines (`lines_of`, none where the
    block is no line), one or two lines in all (`_SIDE_BOX_PARTS`); 0 where they make none."""
    end, lines = at + 1, 0
    while end < len(children) and not is_heading(children[end]) and end - at < _SIDE_BOX_PARTS[1]:
        texts = lines_of(children[end])
        if not texts or (children[end].tail or "").strip() \
                or not all(0 < len(text) <= _SIDE_LINE_MAX_CHARS for text in texts):
            return 0
        end, lines = end + 1, lines + len(texts)
    at_next = end >= len(children) or is_heading(children[end])
    return end - at if at_next and 1 <= lines <= _SIDE_BOX_PARTS[1] - 1 else 0


def _module_lines(module: HtmlElement) -> list[str]:
    """A text module's lines: each of its elements' text, or its own text where it holds no element; none where it is
    no box or mixes its own text with elements."""
    if module.tag not in BOX_TAGS or own_text(module) and len(module):
        return []
    return [block_text(line) for line in module] or [block_text(module)]


def _flat_line(line: HtmlElement) -> list[str]:
    """A text widget's block as its one line, none where it is no line's tag."""
    return [block_text(line)] if line.tag in _FLAT_LINE_TAGS else []


def _side_column_boxes(column: HtmlElement, held: dict[HtmlElement, Held]) -> int:
    """How many boxes a column holds when it holds nothing else, 0 when it does or none is a heading box: heading boxes
    (`_is_heading_box`, a flat run's `_heading_module_box`, or a text widget's heading over its lines,
    `_flat_heading_box`), and a heading over a list of links (`_is_headed_link_list`) counted as one box."""
    children, boxes, heading_boxes, at = list(column), 0, 0, 0
    while at < len(children):
        child = children[at]
        if _is_heading_box(child, held):
            heading_boxes, at = heading_boxes + 1, at + 1
        elif span := _heading_module_box(children, at) or _flat_heading_box(children, at):
            heading_boxes, at = heading_boxes + 1, at + span
        elif _is_headed_link_list(child, children[at + 1] if at + 1 < len(children) else None, held) \
                and not (children[at + 1].tail or "").strip():
            at += 2
        else:
            return 0
        if (child.tail or "").strip():
            return 0
        boxes += 1
    return boxes if heading_boxes else 0


def side_columns(page: Page) -> Iterator[HtmlElement]:
    """A column beside the story's, holding nothing but two or more boxes, at least one a heading box
    (`_is_heading_box`), the others such boxes or a heading over a list of links: a service page's rail of reception
    hours and a hotline, a daily's rail of its most read headlines over a subscription box. It is a child of a block
    that holds the story, not one itself, so only the story's holders' children are read; a story's own sub-heading
    heads a paragraph, a standfirst has none."""
    for holder in page.story:
        for column in holder:
            for _ in range(_COLUMN_WRAPPERS_MAX):
                if len(column) != 1 or column.tag not in BOX_TAGS or own_text(column):
                    break
                column = column[0]  # a column's one wrapper of its own, or a site builder's several
            if column in page.story or column.tag not in BOX_TAGS or len(column) < _SIDE_COLUMN_MIN_BOXES \
                    or len(column) > 2 * _SIDE_COLUMN_MAX_BOXES or (column.text or "").strip():
                continue
            if _SIDE_COLUMN_MIN_BOXES <= _side_column_boxes(column, page.held) <= _SIDE_COLUMN_MAX_BOXES:
                yield column


def _grid_share(element: HtmlElement) -> int:
    """The share of its row a grid column's classes name for the widest screen they name (`_GRID_SCREENS`); 0 for an
    element no such class names."""
    names = element.get("class")
    if names is None or f"{_GRID_COLUMN_WORD}-" not in names:
        return 0
    widest, share = -1, 0
    for name in names[:NAME_MAX_CHARS].split():
        parts = name.split("-")
        if len(parts) not in (2, 3) or parts[0] != _GRID_COLUMN_WORD or parts[-1] not in _GRID_SHARES:
            continue
        screen = _GRID_SCREENS.get(parts[1] if len(parts) == 3 else "")
        if screen is not None and screen > widest:
            widest, share = screen, _GRID_SHARES[parts[-1]]
    return share


def grid_side_columns(page: Page) -> Iterator[HtmlElement]:
    """A grid's column narrower than the story's column beside it, both children of one of the story's holders (a
    Bootstrap row), that holds no part of the story: the side column a theme sets beside the story's (a parliament's
    `div.col-md-4` of a panel's heading over its links and an accreditation alert beside the `div.col-md-8` of a
    speaker's short press approach), which the recall pass, trusted where the precise one keeps a short story, reads
    as the story's closing lines. Columns as wide as the story's (a story set in two halves) are left alone."""
    for holder in page.story:
        columns = [(child, share) for child in holder if child.tag in BOX_TAGS and (share := _grid_share(child))]
        story_share = max((share for column, share in columns if column in page.story), default=0)
        for column, share in columns:
            if share < story_share and column not in page.story:
                yield column


def unflag_story_wrappers(page: Page) -> None:
    """The class names of the story's holders that flag a side column beside it ("showSidebar hasSidebar" on
    DokuWiki's site `div` round both columns) taken off: the block holds the story, not a side column, and the
    extractors discard a block so named with all it holds (trafilatura reads a bar in the name)."""
    for element in page.story:
        names = element.get("class")
        if names is None or _SIDE_COLUMN_FLAG not in names[:NAME_MAX_CHARS].casefold():
            continue
        kept = [name for name in names.split() if _SIDE_COLUMN_FLAG not in name.casefold()]
        element.set("class", " ".join(kept))
