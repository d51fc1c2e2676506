"""Page metadata: title, dates, authors, canonical URL, lead image, section.

Read from the places publishers put them, in order of trust: JSON-LD
(schema.org NewsArticle), OpenGraph / article:* meta tags, other meta tags,
then the visible page. Dates are normalised to UTC. A time printed without a
zone ("30-11-2026, 15:10", "2026-11-30T15:10:00") is the outlet's local time,
read in the zone the caller gives (the feed's, `pipeline.zones`; UTC when none
is known); a time with a zone or an offset is never changed. A midnight without a
zone is a day without its time (CMSs that store only dates write "T00:00:00") and
keeps its day, at midnight UTC. When the markup states no date, the page's `time`
elements and its own date lines are read in the region's languages (`dates.read_date`),
then `htmldate` looks at the page's markup and URL, and last the lines under the
headline are read. A date is never completed with a default day
or month, and one later than now (give or take the widest zone offset) is not a
publication date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, time, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from itertools import chain, islice
from urllib.parse import urljoin, urlsplit

from dateutil import parser as date_parser
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement

from pipeline.extract.dates import MAX_CHARS as _MAX_DATE_LINE_CHARS
from pipeline.extract.dates import (
    is_published_label,
    opens_with_published_label,
    read_date,
    read_day_without_year,
    read_labelled_date,
)
from pipeline.extract.markup.page import NAME_MAX_CHARS, holds_only_bold, name_parts, names_of
from pipeline.records import Extracted
from pipeline.sanitise import without_shown_markup
from pipeline.utc import as_utc

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "liveblogposting", "report", "backgroundnewsarticle"}
# The spaced marks that part a title's headline from the site's name where `og:site_name` states it ("Headline |
# Site"). Matched on a title whose spaces are collapsed first: a fixed-width pattern, no run of spaces to rescan.
_SITE_NAME_MARKS = "|–—·:»-"
_TITLE_SEPARATORS = re.compile(f" [{re.escape(_SITE_NAME_MARKS)}] ")
# A blog host's name framed by double colons closing a title, a few words long (Pixnet's ":: 痞客邦 ::").
_FRAMING_MARK = "::"
_HOST_NAME_MAX_CHARS = 40
# No headline is longer; a page's title is cut to this before any rule reads it.
_MAX_TITLE_CHARS = 2000
# No date written out is longer: the date parser never sees more.
_MAX_DATE_CHARS = 100
_EARLIEST_NEWS = datetime(1990, 1, 1, tzinfo=UTC)
# A day without its time, kept at midnight UTC, or a local time whose outlet's zone is unknown, read as UTC,
# runs ahead of the true moment by up to the widest offset.
_FUTURE_SKEW = timedelta(hours=14)
# Elements whose class says they hold the date line (DLE and Bitrix templates call it an "info" line, Drupal
# its "created" field); the first few are read, each cut to a date line's length.
# uCoz calls its line of the entry's details "eDetails", with a capital; Wix names its parts in a `data-hook`
# ("time-ago") rather than a class; Spanish-language sites name the line in their words ("nota-fecha"), German,
# Dutch, Czech and Serbian ones theirs ("datum"), Italian ones the word for published ("data-pubblicazione",
# "pubblicato"), Portuguese ones the word for date as a class of its own or a class's last part ("data", "jca-data";
# not "metadata" nor "data-table"). Sites whose class names are generated hashes ("css-16c7hvc") name their parts for
# testing in a `data-qa` attribute ("ArticleDate-Published"). Class names written in camel case name the published
# day with a capital after their first word (Plone's byline "documentPublished"). Each attribute's words are looked
# for in its value framed by spaces, so that " data " is a class of its own and "-data " a class's last part.
# Older content systems name the line by its id alone, no class (CMS Made Simple's News detail, "NewsPostDetailDate"
# over the title, while its side column's summaries class theirs "NewsSummaryPostdate"): read in the page's order, the
# story's own line comes before a side column's. A name written wholly in capitals is read in lower case (Egloos's
# `div.POST_INFO`, `_lower_if_capitals`).
_DATE_LINE_NAMES = (
    ("id", ("date", "Date")),
    ("class", ("date", "time", "posted", "publish", "Published", "info", "created", "details", "Details", "fecha",
               "datum", "pubblica", " data ", "-data ", "article-meta ", "entry-meta ", "post-meta ")),
    ("data-hook", ("date", "time")),
    ("data-qa", ("Date", "date")),
    # RDFa's date of the node (Drupal 7's submitted line, `property="dc:date dc:created"`), whose line prints it.
    ("property", ("dc:date", "dc:created")),
)
# A top bar's "today" line gives the day the page was read, not the story's: "Сегодня: 4 декабря 2026".
_TODAY = re.compile(r"^(?:today|сегодня|бүгін|búgin|bugun|бугун|бүгүн|имрӯз|şu gün|bu gün|bugün|бүген)\b",
                    re.IGNORECASE)
# A line that says when the copy in hand was made, not when the story was published: a printer-friendly view's
# "Printed on Sunday 6 December 2026 at 08:14" above the story's "Published 2 December 2026", a web archive's
# "Archived on ...", "Captured ...", "Retrieved ...", a portal's "Added to <portal> ..." beside the story's day. It is
# passed over as a "today" line is.
_COPY_STAMP = re.compile(r"^(?:printed|archived|captured|retrieved|added to)\b", re.IGNORECASE)
_MAX_DATE_LINES = 20
# The elements that stamp a moment beside the day they print: `time` elements, and the `abbr` the hAtom microformat
# classes "published" or "updated", its instant in its `title` (Livedoor Blog's "<abbr class="updated"
# title="2026-12-02T08:30:00+09:00">2026年12月02日</abbr>", the day alone printed); read in the page's order, as the
# `time` elements are. An `abbr` so classed whose `title` states no moment gives none, and its line is read as text.
_STAMPS = "//time[@datetime] | //abbr[@title][contains(@class, 'published') or contains(@class, 'updated')]"
# A comment's time is when a reader wrote, not when the story was published: under a story whose page prints only
# its day, the first comment's `time` or date line would stand for it. Elements in a block whose id or a class names
# comments in any of its parts, parted by hyphens or underscores, are passed over: a part opening with "comment"
# ("comment-meta", "commentlist", "comments", Bitrix's "news-comments" and "blog-comment-date", Nethouse's
# "nh-comment__date", uKit's "ul-widget-comments") or naming a discussion (CS-Cart's "ty-discussion-posts").
# A name opening with a state's word says what the element has, not that it is the comments' block: a story's meta bar
# classed "has-comments" for the comment count beside its `time` still dates the story.
_COMMENTS_NAME = "comment"
_DISCUSSION_NAMES = frozenset({"discussion", "discussions"})
_STATE_PARTS = frozenset({"has", "with", "no", "without"})
# The tags that open a block or a cell of their own, whose edges part a date line's words.
_BLOCK_EDGES = frozenset({"dt", "dd", "li", "p", "div", "br", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
# An update line gives a later day than the story's, and business and chain sites print it above the first-published
# one ("Updated Dec. 4, 2026" over "Published Dec. 3, 2026"): it is read after the page's other date lines. So is a
# wiki's document header, "Last modified by <name> on <day>" (XWiki's), or "Last edited", over a blog entry's own line.
_UPDATED = re.compile(r"^(?:(?:last )?(?:updated|modified)|last edited|обновлено|aktualisiert|mis à jour|actualizado|"
                      r"atualizado|aggiornato)\b", re.IGNORECASE)
# An event page prints when the event takes place in a block named for it ("event-date", "event-meta"), above the
# day its page was published. Some official portals name their news items "events" (a president's press office's
# section of visits and talks, its story an `article.event`, its date line `div.event__date` right under the headline):
# a line so named beside the headline is read last, when the page states no other date (`_event_lines_beside_headline`).
_EVENT_CLASS = "event"
# An update line's date may stand in an element of its own after a label in another ("Last Updated:"): so many of
# the siblings before it are read for the label.
_UPDATE_LABEL_TEXTS = 3
# Headlines: the h1, or an element whose class names a title (page builders such as Tilda print no h1), in lower case
# or camel-cased ("itemTitle": DasBlog prints its entry's heading in a `div.itemTitle` under the site's brand h1).
_HEADLINES = "//h1 | //*[@class][contains(@class, 'title') or contains(@class, 'Title')]"
# The date line stands among the few elements that follow the headline, or right above it (a TV report's issue
# line: "Выпуск: «Новости Юга» от 01.12.2026, 19:00").
_UNDER_HEADLINE = 2
# An h2 stands for the headline only when it is this long at least: a section's "News" opens no title.
_MIN_HEADLINE_CHARS = 15
_ABOVE_HEADLINE = 1
# A page builder sets each element in wrappers of its own (Zoho Sites' heading element, a `div.zpelem-heading` round the
# `h2` and an empty `style`; a Notion page block round the `h1`; a Google Sites banner `section` of nested `div`s round
# its text tile's `h1`): the headline's siblings are then its wrappers' empty ones, and the date line stands beside the
# outermost wrapper that holds nothing but the headline's text. So many wrappers up are looked at.
_HEADLINE_WRAPPERS = 12
# A headline printed as a block whose whole text is bold, no heading (CuteNews's full story template), stands over the
# story's block, and the template prints the date line under the story, a comments' link beside it: one more sibling
# is read under such a headline.
_UNDER_BOLD_HEADLINE = 3
# The marks sites part a title's headline from the site's, a category's or a blog's name with ("Headline | Site",
# "Site :: News :: Headline", "Category / Headline / Site", "Blog: Post", DotNetNuke's breadcrumb "Headline > Site >
# News"): the site name's, and four more read only round a heading the page prints. The page's printed headings are
# looked for among its first few h1, h2 and h3 and elements whose class names a title (page builders print no h1) or a
# heading (Mambo's and Joomla 1.0's table layouts print the headline in a `td.contentheading`).
_TITLE_MARKS = frozenset(f"{_SITE_NAME_MARKS}/•~›>")
_PRINTED_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_MAX_PRINTED_HEADINGS = 40
# A headline stated cut short is looked for whole among the page's first few h1s and h2s.
_MAX_CONTINUED_HEADINGS = 6
# The h2s and h3s after an element, where a headline under a site's name is looked for.
_LATER_HEADINGS = etree.XPath("following::h2 | following::h3")
_MARKS_TO_BREAKS = str.maketrans(dict.fromkeys(_TITLE_MARKS, "\n"))
# What may close a printed headline the title opens with, before the site's name (`_headline_before_name`).
_CLOSING_MARKS = frozenset({*_TITLE_MARKS, "("})
# A link to one of these paths of a site (and to no query or fragment) goes to its home page: an h1 holding one is the
# site's brand (a header's logo or name, a blog's title), not the story's headline. The first few h1s are read. A
# relative link to the index page of the page's own folder ("index.php", "./") goes to the home of a board or a gallery
# installed in a folder of the site (FluxBB's board title `h1` linking "index.php" from "viewtopic.php?id=733").
_HOME_PATHS = frozenset({"", "/", "/index.php", "/index.html", "/index.htm",
                         "./", "index.php", "index.html", "index.htm", "./index.php", "./index.html"})
_MAX_H1S = 5
# An h1 with no link standing in the page's header (a block so named, its own or one of its few wrappers': Piwigo's
# `div#theHeader`, Coppermine's `div#cpg_logo_block_name`), whose text is the name the page's `<title>` closes with
# after a mark, is the site's name, the story's headline the rest of the title or a later h1.
_HEADER_NAMES = ("header", "logo")
_HEADER_WRAPPERS = 3
# A heading's permalink: a link to the heading's own place on the page ("#...") whose text is one or two marks and no
# letter or digit, shown on hover before or after the heading's words (VuePress's and Docusaurus's `header-anchor` "#",
# MkDocs' and Sphinx's "¶", "§", "🔗"): no word of the headline. The first few links of a heading are read.
_PERMALINK_MAX_CHARS = 2
_MAX_HEADING_LINKS = 4
# A title of the site's name and its section's alone ("The Hope Valley Courier :: News", "Nowinë - Kartuzë"): the
# section's name is a link of the page's menu, shorter than a headline. The story's headline is then the first h2, or
# the first block whose whole text is one bold element (CuteNews prints its full story's title so, with no heading),
# of a headline's length; the first few links and blocks are read.
_MAX_SECTION_LINKS = 60
_MAX_HEADLINE_BLOCKS = 200
_WORD_MARKS = "\"'“”‘’«»()[],.:;!?"
# An h1 whose id or class holds this word among its parts is the header's logo, a brand whatever its link.
_LOGO = "logo"
# Articles sit at most a few levels down (a @graph in a list); deeper is not worth walking.
_JSON_LD_DEPTH = 5
# More names than this is a list of staff, not the article's authors.
_MAX_AUTHORS = 10


def _now() -> datetime:
    """The moment a page is read: a date after it is not a publication date (one place, so a test can move it)."""
    return datetime.now(UTC)


def _plausible(moment: datetime | None) -> datetime | None:
    utc = as_utc(moment)
    return utc if utc is not None and _EARLIEST_NEWS <= utc <= _now() + _FUTURE_SKEW else None


def _rfc_2822(value: str) -> datetime | None:
    """"Thu, 03 Dec 2026 10:00:00 +0300", as e-mail and feeds write it."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    # "-0000" is UTC from a sender whose own zone is unknown; Python returns it without a zone.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None and value.endswith("-0000") else parsed


def _on_clock(moment: datetime | None, zone: tzinfo) -> datetime | None:
    """A time printed without a zone, read on the outlet's clock; one with a zone, and a bare day, unchanged."""
    if moment is None or moment.tzinfo is not None or moment.time() == time():
        return moment
    return moment.replace(tzinfo=zone)


def parse_datetime(value: str, zone: tzinfo = UTC) -> datetime | None:
    """A timestamp as an aware UTC datetime, or None when it is not a whole, plausible date.

    ISO 8601 and RFC 2822 first, then dates as pages print them in the region's languages. A time
    without a zone is taken in `zone`.
    """
    value = value.strip()[:_MAX_DATE_CHARS]
    try:
        parsed: datetime | None = date_parser.isoparse(value)
    except (ValueError, OverflowError):
        parsed = _rfc_2822(value) or read_date(value)
    return _plausible(_on_clock(parsed, zone))


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """The page's `meta` values by property, name or itemprop, the first non-blank one of each, read in one walk."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if content:
            for key in (meta.get("property"), meta.get("name"), meta.get("itemprop")):
                if key:
                    values.setdefault(key, content)
    return values


def _meta(metas: dict[str, str], *names: str) -> str:
    return next((metas[name] for name in names if name in metas), "")


def _absolute(base: str, link: str) -> str:
    """The link resolved against the base; "" unless that gives a valid http(s) URL (no javascript:)."""
    try:
        absolute = urljoin(base, link.strip()) if link else ""
    except ValueError:
        return ""
    return absolute if absolute.lower().startswith(("http://", "https://")) else ""


def _element_text(tree: HtmlElement, xpath: str) -> str:
    return " ".join(tree.xpath(f"string({xpath})").split())


def _json_ld_articles(tree: HtmlElement) -> list[dict]:
    """schema.org objects of an article type, from every JSON-LD block (graphs flattened)."""
    found: list[dict] = []

    def visit(node: object, depth: int = 0) -> None:
        if depth > _JSON_LD_DEPTH:
            return
        if isinstance(node, list):
            for item in node:
                visit(item, depth + 1)
        elif isinstance(node, dict):
            types = node.get("@type", "")
            types = types if isinstance(types, list) else [types]
            if any(str(t).casefold() in _ARTICLE_TYPES for t in types):
                found.append(node)
            visit(node.get("@graph", []), depth + 1)

    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            visit(json.loads(script))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def _names(value: object) -> list[str]:
    """Author names from a schema.org author value: a string, a Person, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return [name for name in names if isinstance(name, str)]


def _first(articles: list[dict], key: str) -> object:
    return next((a[key] for a in articles if a.get(key)), None)


def _clean_title(title: str, site_name: str) -> str:
    """The headline without a " | Site name" suffix or prefix, or a " @ Site name :: Host ::" one
    (`_blog_at_host`)."""
    title = _folded_title(title)
    parts = _title_parts(title)
    if site_name and len(parts) > 1 and site_name.casefold() in (parts[0].casefold(), parts[-1].casefold()):
        kept = parts[1:] if parts[0].casefold() == site_name.casefold() else parts[:-1]
        return title[title.find(kept[0]):title.rfind(kept[-1]) + len(kept[-1])].strip()
    return _blog_at_host(title, site_name) or title


def _blog_at_host(title: str, site_name: str) -> str:
    """The headline of a title "Headline @ Blog name :: Host ::", as Pixnet writes its blogs' (the host's name framed
    by double colons, the blog's after an "@"): where the part after the last spaced "@" is the site's name, once a
    host's name framed so is taken off the end, the part before it; "" otherwise (an "@" before any other words, a
    "Meet @ the fair" headline, stays)."""
    if not site_name:
        return ""
    if title.endswith(_FRAMING_MARK):
        opening = title.rfind(f" {_FRAMING_MARK} ", 0, len(title) - len(_FRAMING_MARK))
        host = title[opening + len(_FRAMING_MARK) + 2:-len(_FRAMING_MARK)] if opening > 0 else ""
        if host.strip() and len(host) <= _HOST_NAME_MAX_CHARS and _FRAMING_MARK not in host:
            title = title[:opening]
    headline, at, name = title.rpartition(" @ ")
    return headline.strip() if at and headline.strip() and name.casefold() == site_name.casefold() else ""


def _links_home(href: str) -> bool:
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    return bool(parts.netloc or parts.path) and parts.path in _HOME_PATHS and not parts.query and not parts.fragment


def _named_logo(h1: HtmlElement) -> bool:
    """The h1's id or class names it the logo, a word of its own among the name's parts ("logo", "aui-header-logo",
    "site_logo", "header__logo"): the header's brand, wherever its link goes (Confluence's `h1#logo` links to the
    wiki's root under its context path, "/wiki/")."""
    return any(_LOGO in name_parts(name) for name in names_of(h1).split())


def _site_name_beside_printed_headline(h1: HtmlElement, text: str, title: str) -> bool:
    """The h1's text is the part the page's `<title>` opens or closes with, parted by a spaced mark, and the part at
    the title's other end, longer, is printed whole as one of the h2s or h3s after the h1: the title is "Headline -
    Site" and the h1 the site's name over the story's heading, with no link home to tell it (Yola's
    `h1.yola_site_name` in the banner over a text widget's `h2`, Dotclear's and b2evolution's h1 linking to the blog's
    path). An h1 printing the headline the title opens with stays the headline: the site's name the title closes with
    is shorter, or printed before it in a header's heading."""
    parts = _title_parts(title)
    if len(parts) < 2 or text not in (parts[0], parts[-1]):
        return False
    other = parts[-1] if text == parts[0] else parts[0]
    later = _LATER_HEADINGS(h1)[:_MAX_PRINTED_HEADINGS]
    return len(other) > len(text) and any(_heading_text(heading) == other for heading in later)


def _folded_title(title: str) -> str:
    """The title cut to `_MAX_TITLE_CHARS`, its runs of spaces and line breaks folded to one space."""
    return " ".join(title[:_MAX_TITLE_CHARS].split())


def _title_parts(title: str) -> list[str]:
    """The parts a page's folded title is parted into by a site name's marks."""
    return _TITLE_SEPARATORS.split(_folded_title(title))


def _headline_before_name(headings: Iterable[HtmlElement], title: str, names: Iterable[str]) -> str:
    """The longest of the headings, a headline's length at least, that the title opens with, closed by a mark or a
    bracket, the mark spaced or not ("Headline: Blog", "Headline : Blog", "Headline (Page 1) / Forum / Board"), where
    what follows holds one of the names (the site's: its brand's text, `og:site_name`). Japanese blog hosts write
    their titles so (Seesaa's and Cocolog's "Headline: Blog name"), and punBB its topic's, the page's number before
    the forum's and the board's names. "" when no heading opens the title so (a title "Almaty apples: a harvest" over
    a printed "Almaty apples" names no site after it)."""
    title = _folded_title(title)
    folded = [name.casefold() for name in names if name]
    found = ""
    for heading in islice(headings, _MAX_PRINTED_HEADINGS):
        text = _heading_text(heading)
        if len(text) < max(_MIN_HEADLINE_CHARS, len(found) + 1) or len(text) >= len(title) \
                or not title.startswith(text):
            continue
        rest = title[len(text):]
        if rest.lstrip()[:1] in _CLOSING_MARKS and any(name in rest.casefold() for name in folded):
            found = text
    return found


def _bracketed_name(title: str) -> str:
    """The name a title closes with in square brackets after a space, as wikis print their own after the page's
    ("Headline [Wiki name]", DokuWiki's); "" when it closes otherwise."""
    title = _folded_title(title)
    start = title.rfind(" [")
    return title[start + 2:-1].strip() if title.endswith("]") and start > 0 else ""


def _in_page_header(h1: HtmlElement) -> bool:
    """The h1 or one of its `_HEADER_WRAPPERS` wrappers is named (id or class) as the page's header or logo, and no
    `article` holds it (a story's own `header` round its headline is in one)."""
    for block in islice(h1.iterancestors(), _HEADER_WRAPPERS):
        names = names_of(block)
        if any(name in names for name in _HEADER_NAMES):
            return next(h1.iterancestors("article"), None) is None
    return False


def _closes_title(text: str, title: str) -> bool:
    """The text is the last of two parts or more the title is parted into by a site name's mark."""
    parts = _title_parts(title)
    return len(parts) > 1 and bool(text) and parts[-1].casefold() == text.casefold()


def _story_h1(tree: HtmlElement) -> tuple[str, list[str]]:
    """The text of the first h1 that is not the site's brand, and the names the brands before it show (their texts,
    their logos' `alt`): an h1 holding a link to the home page, or standing in one, is the header's logo or name, or a
    blog's title, and the story's headline is a later h1 or none (""). So is an h1 whose text is the name the page's
    `<title>` closes with in square brackets (a wiki's logo `h1` linking to its start page, `doku.php?id=start`), one
    whose id or class names it the logo (`_named_logo`), one whose text is the site's name the `<title>` gives beside a
    headline the page prints in an h2 or h3 (`_site_name_beside_printed_headline`) or after such a headline it opens
    with (`_name_after_printed_headline`), and one in the page's header whose text is the name the `<title>` closes
    with after a mark (`_in_page_header`: a gallery's name over its slogan, linking nowhere)."""
    brands: list[str] = []
    title = _element_text(tree, "//title")
    bracketed = _bracketed_name(title)
    for h1 in islice(tree.iter("h1"), _MAX_H1S):
        text = _without_permalinks(h1, " ".join(h1.xpath("string()").split()))
        links = h1.xpath("descendant-or-self::a/@href | ancestor::a[1]/@href")
        brand = (bracketed and text == bracketed) or _named_logo(h1) or any(_links_home(href) for href in links) \
            or _site_name_beside_printed_headline(h1, text, title) or _name_after_printed_headline(h1, text, title) \
            or (_closes_title(text, title) and _in_page_header(h1))
        if not brand:
            return text, brands
        brands.extend(" ".join(name.split()) for name in (h1.xpath("string()"), *h1.xpath(".//img/@alt")))
    return "", brands


def _name_after_printed_headline(h1: HtmlElement, text: str, title: str) -> bool:
    """The h1's text is a name the `<title>` gives after a longer headline it opens with, printed in an h2 or h3 after
    the h1 and closed by a mark or a bracket (`_headline_before_name`), and the h1 links to no page but a folder: the
    blog's name in Cocolog's banner `h1`, linking to the blog's folder ("/blog/"), over the entry's `h3`, the title
    "Headline: Blog: @nifty cocolog". An h1 linking to a page (a board's topic, "viewtopic.php?id=733") stays the
    headline's place."""
    # The name is read in the folded title after a headline longer than itself and of a headline's length at least
    # (case-folding shortens no text): a title not holding it there (the h1's own headline opening it) asks no heading.
    after_headline = _folded_title(title).casefold()[max(_MIN_HEADLINE_CHARS, len(text) + 1):]
    if not text or text.casefold() not in after_headline \
            or not all(_links_folder(href) for href in h1.xpath("descendant-or-self::a/@href")[:_MAX_HEADING_LINKS]):
        return False
    later = _LATER_HEADINGS(h1)[:_MAX_PRINTED_HEADINGS]
    return len(_headline_before_name(later, title, [text])) > len(text)


def _links_folder(href: str) -> bool:
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    return parts.path.endswith("/") and not parts.query and not parts.fragment


def _without_brand(title: str, site_name: str, brands: list[str]) -> str:
    """The title without the site's name: the one `og:site_name` states, else one its brand shows."""
    if site_name:
        return _clean_title(title, site_name)
    return next((cleaned for cleaned in (_clean_title(title, name) for name in brands if name) if cleaned != title),
                _clean_title(title, ""))


def _site_and_section(tree: HtmlElement, title: str, names: set[str]) -> bool:
    """The title names the site and the section the page stands in and nothing else: parted by marks into two parts,
    one the whole text of one of the page's links, shorter than a headline, the other the site's name (the one
    `og:site_name` states, a brand shows or the page prints). A third part may be a headline: such a title is read
    for it as it was."""
    parts = [" ".join(part.split()).casefold()
             for part in title[:_MAX_TITLE_CHARS].translate(_MARKS_TO_BREAKS).splitlines()]
    parts = [part for part in parts if part]
    if len(parts) != 2:
        return False
    links = {" ".join(link.text_content().split()).casefold()
             for link in islice(tree.iter("a"), _MAX_SECTION_LINKS)}
    sections = [part for part in parts if part in links and len(part) < _MIN_HEADLINE_CHARS]
    if len(sections) != 1:
        return False
    shown = _shown_text(tree)
    return all(part in names or part in shown for part in parts if part != sections[0])


def _headline_under_section_title(tree: HtmlElement, title: str, names: set[str]) -> str:
    """The story's headline where the title names only the site and its section: the first h2, or block whose whole
    text is bold, of a headline's length that is not the site's name. "" when the title is otherwise or none is."""
    if not _site_and_section(tree, title, names):
        return ""
    for block in islice(tree.iter("h2", "div", "p"), _MAX_HEADLINE_BLOCKS):
        if block.tag == "h2" or holds_only_bold(block):
            text = _heading_text(block)
            if len(text) >= _MIN_HEADLINE_CHARS and text.casefold() not in names:
                return text
    return ""


def _continued_headline(tree: HtmlElement, stated: str) -> str:
    """The first of the page's first h1s and h2s that opens with the stated headline and goes on: the JSON-LD
    headline or `og:title` cut short (at a length limit, mid-word or before an ellipsis) where the page prints it
    whole. "" when none does, or when what is stated is shorter than a headline."""
    cut = " ".join(stated[:_MAX_TITLE_CHARS].split()).rstrip("…").removesuffix("...").rstrip()
    if len(cut) < _MIN_HEADLINE_CHARS:
        return ""
    texts = (_heading_text(heading) for heading in islice(tree.iter("h1", "h2"), _MAX_CONTINUED_HEADINGS))
    return next((text for text in texts if len(text) > len(cut) and text.startswith(cut)), "")


def _printed_headline(tree: HtmlElement, title: str) -> str:
    """The longest of the page's printed headings that the title holds whole, parted by a mark from each side where
    the title has more, where that more is shorter and shown on the page too (the site's name in its logo's `alt` or
    its footer, a category's in its menu, a blog's in its header): the headline without those names, whichever side
    and whatever the mark, where no `og:site_name` names the site. "" when none is (a channel's name printed as its
    heading over "Channel — post #4812" leaves the title whole: the post's number is shown nowhere)."""
    title = _folded_title(title)
    if _TITLE_MARKS.isdisjoint(title):
        return ""
    texts = {_heading_text(heading) for heading in islice(_printed_headings(tree), _MAX_PRINTED_HEADINGS)}
    parted = sorted((text for text in texts if len(text) < len(title) and _parted_in(title, text)), key=len,
                    reverse=True)
    if not parted:
        return ""
    shown = _shown_text(tree)
    return next((text for text in parted if all(name in shown for name in _rest_of(title, text))), "")


def _printed_headings(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's h1s, h2s and h3s and the elements whose class holds "title" or "heading", in the page's order:
    what `//h1 | //h2 | //h3 | //*[@class][contains(@class, 'title') or contains(@class, 'heading')]` finds, by a
    walk that reads each element's tag and class in Python and stops at the few headings wanted (the XPath's four
    scans of the tree took 0.51 ms a dev page, the whole walk 0.36). It starts at the document's root, as `//` does,
    so the tree of a fragment, an element under the parser's `body`, is read whole too."""
    for element in tree.getroottree().getroot().iter(etree.Element):
        names = element.get("class")
        if element.tag in _PRINTED_HEADING_TAGS \
                or (names is not None and ("title" in names or "heading" in names)):
            yield element


def _headline_in_title(tree: HtmlElement, title: str, site_name: str, brands: list[str]) -> str:
    """The printed headline the title holds, read as it stands and, where none is, once more without the site's name
    (the one `og:site_name` states or a brand shows): a short headline between a section's name and a long site
    name ("News - Goose seen in Kazakhstan - Breydon Ornithological Society") is parted by marks from more than its
    own length, but the site's name is no rest of the headline's to weigh; what stays besides it must still be
    shorter than the heading and shown on the page. "" when neither reading finds one."""
    names = {name.casefold() for name in (site_name, *brands) if name}
    printed = _printed_headline(tree, title)
    if printed and printed.casefold() not in names:
        return printed
    bare = _without_brand(title, site_name, brands)
    printed = _printed_headline(tree, bare) if bare != _folded_title(title) else ""
    return printed if printed.casefold() not in names else ""


def _named_page_headline(tree: HtmlElement, title: str) -> str:
    """The story's h1 where the stated title names the page, not the story: one of its parts between marks is a
    short name of two words or more, every one of them a word of the h1, which is longer and is not in the title,
    and the other parts are shown on the page (the site's name in its header): a page builder's `og:title` and
    `<title>` of "Site - Page name" ("Hallowell U3A - Samarkand term", Google Sites'), its headline in the banner's
    h1 ("... hears about a term in Samarkand"). "" when no part is such a name (a section's "News" heading a page
    titled "Club - Spring news", one word, leaves the title as it is)."""
    title = _folded_title(title)
    parts = _title_parts(title)
    headline, _ = _story_h1(tree)
    if len(parts) < 2 or not headline or headline.casefold() in title.casefold():
        return ""
    words = set(_words(headline))
    shown = _shown_text(tree)
    for part in parts:
        named = _words(part)
        rest = [other.casefold() for other in parts if other is not part]
        if len(named) > 1 and len(part) < len(headline) and words.issuperset(named) \
                and all(other in shown for other in rest):
            return headline
    return ""


def _words(text: str) -> list[str]:
    """The text's words, case folded, without the marks round them."""
    return [word for word in (word.strip(_WORD_MARKS) for word in text.casefold().split()) if word]


def _parted_in(title: str, text: str) -> bool:
    """The text stands in the title parted by a spaced mark from what comes before it and what comes after it, both
    shorter together than the text."""
    start = title.find(text)
    if start < 0:
        return False
    before, after = title[:start], title[start + len(text):]
    return (not before or (before.endswith(" ") and before.rstrip()[-1:] in _TITLE_MARKS)) \
        and (not after or (after.startswith(" ") and after.lstrip()[:1] in _TITLE_MARKS)) \
        and len(before) + len(after) < len(text)


def _rest_of(title: str, text: str) -> list[str]:
    """The names the title holds besides the text, each between marks, case folded."""
    start = title.find(text)
    rest = f"{title[:start]}\n{title[start + len(text):]}".translate(_MARKS_TO_BREAKS).casefold()
    return [name for name in (" ".join(line.split()) for line in rest.splitlines()) if name]


def _shown_text(tree: HtmlElement) -> str:
    """What the page's body shows, its images' `alt` texts too, spaces collapsed and case folded."""
    body = tree.find("body")
    shown = chain([body.text_content()] if body is not None else [], tree.xpath("//img/@alt"))
    return " ".join(" ".join(shown).split()).casefold()


def _text(value: object) -> str:
    """A schema.org value that may be a string or a list of strings, as one string ("" for anything else)."""
    value = value[0] if isinstance(value, list) and value else value
    return value if isinstance(value, str) else ""


def _authors(tree: HtmlElement, metas: dict[str, str], articles: list[dict]) -> list[str]:
    names = _names(_first(articles, "author"))
    if not names:
        names = [_meta(metas, "author", "article:author", "byl", "sailthru.author")]
        names += tree.xpath('//*[@rel="author" or @itemprop="author"]//text()')[:3]
    cleaned = [re.sub(r"^(by|author:?)\s+", "", without_shown_markup(n), flags=re.IGNORECASE) for n in names]
    unique = {n.casefold(): n for n in cleaned if n and not n.startswith("http") and len(n) < 80}
    return list(unique.values())[:_MAX_AUTHORS]


def _date(tree: HtmlElement, metas: dict[str, str], articles: list[dict], zone: tzinfo, schema_key: str,
          *meta_names: str) -> datetime | None:
    value = _first(articles, schema_key)
    candidates = [_text(value)] if value else []
    candidates.append(_meta(metas, *meta_names))
    stated = (parse_datetime(c, zone) for c in candidates if c)
    return _first_date(chain(stated, _stated_by_elements(tree, schema_key, zone)))


def _stated_by_elements(tree: HtmlElement, schema_key: str, zone: tzinfo) -> Iterator[datetime | None]:
    """The moments the page's elements state for the key, looked for only when the JSON-LD and the meta tags give
    none (on three pages in four they do). A `time` element states its moment in `datetime`; an `abbr` (Blogger's post
    footer, the hAtom themes) in its `title`, under the time of day it prints ("01:20"). Each is looked for by its
    tag: testing every element's itemprop costs three times as long.

    A stamp of the day alone is given the time of day its element prints on that day (`_with_printed_time`), as the
    text's stamps are: TYPO3's news extension writes `<time itemprop="datePublished" datetime="2026-12-02">` round the
    printed "02.12.2026 11:20" of a Kazakh government press centre's briefing: the bare day was read as its midnight in
    UTC, not the moment the story was published."""
    for element in tree.xpath(f'//time[@itemprop="{schema_key}"] | //abbr[@itemprop="{schema_key}"]'):
        value = _stamp(element)
        stamped = parse_datetime(value, zone) if value else None
        yield _with_printed_time(element, stamped, zone) if stamped is not None and ":" not in value else stamped


def _date_line(element: HtmlElement) -> str:
    """The start of the element's text, as long as a date line may be, its white space made single; nothing for an
    event's own date."""
    return "" if _named_for_event(element) else _single_spaced_line(element)


def _single_spaced_line(element: HtmlElement) -> str:
    """The start of the element's text (`_spaced_text`), its white space made single."""
    return " ".join(_spaced_text(element).split())


def _named_for_event(element: HtmlElement) -> bool:
    """The element's class names an event (`_EVENT_CLASS`): its date is when the event takes place."""
    return _EVENT_CLASS in element.get("class", "")[:NAME_MAX_CHARS].lower()


def _spaced_text(element: HtmlElement) -> str:
    """The start of the element's text, as long as a date line may be, a space at the edge of each block inside it:
    a meta list prints its label and value with no space between them ("<dt>Published</dt><dd>December 4, 2026
    ...</dd>"), which the element's bare text runs together into one word ("PublishedDecember"). Read only up to the
    line's length, however long the element."""
    parts: list[str] = []
    size = 0
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if node is element:
            piece = node.text if event == "start" else None
        else:
            if event in ("start", "end") and node.tag in _BLOCK_EDGES:
                parts.append(" ")
            # A comment's or an instruction's own text is no part of the line; the text after it is ("<!-- -->4 May").
            piece = node.text if event == "start" else node.tail
        if piece:
            parts.append(piece)
            size += len(piece)
            if size >= _MAX_DATE_LINE_CHARS:
                break
    return "".join(parts)[:_MAX_DATE_LINE_CHARS]


def _heading_text(heading: HtmlElement) -> str:
    return _without_permalinks(heading, " ".join(heading.text_content()[:_MAX_TITLE_CHARS].split()))


def _without_permalinks(heading: HtmlElement, text: str) -> str:
    """The heading's text without its permalinks' marks at its start or end (`_PERMALINK_MAX_CHARS`): the headline a
    reader sees, not "# Headline" or "Headline ¶"."""
    for link in islice(heading.iter("a"), _MAX_HEADING_LINKS):
        mark = " ".join(link.text_content().split())
        if not mark or len(mark) > _PERMALINK_MAX_CHARS or any(char.isalnum() for char in mark) \
                or not (link.get("href") or "").startswith("#"):
            continue
        if text.startswith(mark):
            text = text[len(mark):].lstrip()
        elif text.endswith(mark):
            text = text[:-len(mark)].rstrip()
    return text


def _opens_title(heading: HtmlElement, title: str) -> bool:
    """The heading's words, as many as a headline has at least, are the start of the title."""
    text = _heading_text(heading)
    return len(text) >= _MIN_HEADLINE_CHARS and " ".join(title.split()).startswith(text)


def _opens_with_title(block: HtmlElement, title: str) -> bool:
    """The block's text opens with the whole title, a headline's length at least: a title block holding the title and
    the subtitle under it, each in a `div` of its own (Odoo's blog cover, no `h1`)."""
    title = " ".join(title.split())
    return len(title) >= _MIN_HEADLINE_CHARS and _heading_text(block).startswith(title)


def _beside_headline(tree: HtmlElement, title: str, printed: str = "") -> Iterator[str]:
    """The date lines of the elements right after the headline, then right before it (`_elements_beside_headline`):
    where a page without a dated class prints its date."""
    return (_date_line(element) for element in _elements_beside_headline(tree, title, printed))


def _elements_beside_headline(tree: HtmlElement, title: str, printed: str = "") -> Iterator[HtmlElement]:
    """The elements right after the headline, then right before it.

    The headline is the one that reads as the title the page is given (`printed`, its site's name and brand taken
    off), then as the title first read: where the page's h1 is its brand, the title first read is the brand's name and
    the h1 it reads as stands over the site's slogan, while the story's own heading prints the date line under it
    (Zikula's News item, an `h3.news_title` over "Contributed by ... on 01 Dec 2026 - 14:22"). Failing those, the
    page's first h1 (a newsletter's archive heads its issue with the letter's name, "Steppe Brief", and the issue's
    date under it); on a page without an h1, an h2 the title opens with (an old portal heads its story with an h2, its
    `title` adding the paper's name), and failing that a block classed as a title that opens with the whole title (a
    cover's title block, the title over its subtitle, the author and date in the block after it). Before the first
    h1, a block whose whole text is bold and reads as the title, no heading (CuteNews's full story), three siblings
    read under it: the story's block, the comments' link and the date line. A comments' block among them gives no
    line (Cotonti's `div.comments` right under the story's `textbox`, its first comment's time read as the story's,
    while the story's own line stood in the info column after it).
    """
    headlines = tree.xpath(_HEADLINES)[:_MAX_DATE_LINES]
    # An h2 that reads whole as the title heads the story too, where the page's h1 is its brand (PivotX's and
    # Nucleus's templates print the entry's heading as an h2 under the site's name): looked for after the h1s and
    # titled blocks that read as the same title.
    h2s = tree.xpath("//h2")[:_MAX_DATE_LINES]
    titled = (h for read in dict.fromkeys((printed, title)) if read for h in chain(headlines, h2s)
              if _heading_text(h) == read)
    headline = next(titled, None)
    under = _UNDER_HEADLINE
    if headline is None and title:
        bold = (block for block in islice(tree.iter("div", "p"), _MAX_HEADLINE_BLOCKS) if holds_only_bold(block))
        headline = next((block for block in bold if _heading_text(block) in (printed, title)), None)
        under = _UNDER_BOLD_HEADLINE
    if headline is None:
        headline = next((h for h in headlines if h.tag == "h1"), None)
        under = _UNDER_HEADLINE
    if headline is None and title and not tree.xpath("//h1"):
        headline = next((h for h in tree.xpath("//h2")[:_MAX_DATE_LINES] if _opens_title(h, title)), None)
        if headline is None:
            headline = next((h for h in headlines if _opens_with_title(h, title)), None)
    if headline is not None:
        headline = _outermost_wrapper(headline)
        beside = chain(islice(headline.itersiblings(), under),
                       islice(headline.itersiblings(preceding=True), _ABOVE_HEADLINE))
        for element in beside:
            if not _names_comments(element):
                yield element


def _event_lines_beside_headline(tree: HtmlElement, title: str, printed: str = "") -> Iterator[str]:
    """The lines beside the headline whose class names an event (`_EVENT_CLASS`), passed over by `_date_line`: read
    last, where the page states no other date, they date the item the page shows (a president's press office names its
    news items "events", `div.event__date` under the `h2` headline the only date it prints)."""
    for element in _elements_beside_headline(tree, title, printed):
        if _named_for_event(element):
            yield _single_spaced_line(element)


def _outermost_wrapper(headline: HtmlElement) -> HtmlElement:
    """The outermost of the headline's wrappers (`_HEADLINE_WRAPPERS` up at most, below the `body`) whose text is the
    headline's alone: the headline itself where its parent holds more text."""
    text = _heading_text(headline)
    wrapper = headline
    for parent in islice(headline.iterancestors(), _HEADLINE_WRAPPERS):
        if parent.tag in ("body", "html") or _heading_text(parent) != text:
            break
        wrapper = parent
    return wrapper


def _text_date(tree: HtmlElement, url: str, zone: tzinfo, title: str, printed_title: str = "") -> datetime | None:
    """The dates of the page's `time` elements, its date lines read in any of the region's languages, the lines
    beside its headline, then htmldate's quick look (markup, URL, date-like elements), and last the title itself (a
    printed issue's page turned into HTML names the paper, its issue and its day there, and nowhere else but the
    running head).

    A stamp's own date comes first, a `time` element's or an hAtom `abbr`'s (`_STAMPS`): a top bar's "today" line may
    stand above the story in an element classed as a date, and a line that says "today" is passed over, as is one
    that says when the copy in hand was made (a print view's "Printed on ...", `_COPY_STAMP`); an "Updated" line is
    read after the others and after the lines beside the headline: a documentation site's footer prints when
    the page was last edited ("Last Updated: 12/3/2026, 9:40:12 AM", VuePress's `div.last-updated`) where the story's
    own date stands in a line under its `h1`, in no element named for a date. A `time` element in an `aside` dates a
    side column's pointer: it is read only when nothing of the page's own is; and a line beside the headline that
    prints a day with its weekday and no year (PHP-Nuke's "Posted on Tuesday, December 01 @ 18:40:12 GMT") is read
    after that, in the year the day falls on that weekday (`read_day_without_year`).
    Where nothing of that and nothing of htmldate's dates the page, a line beside the headline named for an event is
    read (`_event_lines_beside_headline`): the portal names its news items so.
    None guesses: htmldate's full-text search is not used, since where it finds a year alone it answers the 1st of
    January; and its quick look, which reads "11.2026" as the 1st of November and takes a footer's "last edited on"
    day once that day is past, comes after the page's own lines.
    """
    outside = _outside_comments()  # one answer per block for the times and the date lines alike
    own: list[HtmlElement] = []
    aside: list[HtmlElement] = []
    for element in islice(filter(outside, tree.xpath(_STAMPS)), _MAX_DATE_LINES):
        (aside if _in_aside(element) else own).append(element)
    stamped = (_stamped(element, zone) for element in own)
    read = [(element, _date_line(element))
            for element in islice(filter(outside, _date_line_elements(tree)), _MAX_DATE_LINES)]
    lines = [text for element, text in read
             if not _TODAY.match(text) and not _COPY_STAMP.match(text) and not _updates(element, text)]
    updates = [text for element, text in read if _updates(element, text)]
    printed = _first_date(stamped) or _first_of_lines(_read_lines(lines, zone), zone) \
        or _first_date(_read_lines(_beside_headline(tree, title, printed_title), zone)) \
        or _first_date(_plausible(_on_clock(read_labelled_date(line), zone))
                       for line in islice(_labelled_lines(tree, outside), _MAX_DATE_LINES)) \
        or _first_of_lines(_read_lines(updates, zone), zone) \
        or _first_date(_plausible(parse_datetime(_stamp(element), zone)) for element in aside) \
        or _first_date(_plausible(_on_clock(read_day_without_year(line, _now().date()), zone))
                       for line in _beside_headline(tree, title, printed_title) if line)
    if printed:
        return printed
    found = find_date(tree, extensive_search=False, original_date=True, url=url or None,
                      outputformat="%Y-%m-%dT%H:%M:%S", max_date=_now().replace(tzinfo=None))
    if found:
        return parse_datetime(found, zone)
    return _first_date(_read_lines(_event_lines_beside_headline(tree, title, printed_title), zone)) \
        or _first_date(_read_lines([title[:_MAX_DATE_LINE_CHARS]], zone))


def _labelled_lines(tree: HtmlElement, outside: Callable[[HtmlElement], bool]) -> Iterator[str]:
    """The lines outside the comments that open with a publication's label (`dates.opens_with_published_label`), in
    the page's order: an element whose own text opens with the label and its date ("<p>Goşulan: 04.12.2026 16:30</p>"),
    or whose text is the label alone, the date after it in its parent's line ("<strong>Goşulan:</strong><br>2026-12-05
    11:20"), read from the label on. Where a page names no date line and prints none beside its headline, its own
    labelled line is the story's moment, not a comment's time that htmldate's quick look would find first."""
    for element in tree.iter(etree.Element):
        text = element.text
        if not text or not opens_with_published_label(text) or not outside(element):
            continue
        parent = element.getparent()
        block = parent if parent is not None and is_published_label(text) else element
        line = _date_line(block)
        label = " ".join(text.split())
        yield line[line.find(label):] if label in line else line


def _updates(element: HtmlElement, text: str) -> bool:
    """The date line says when the page was updated: its text opens with the word, or a label of its own right before
    it in its block does, the word with no date (VuePress's `div.last-updated` of a `span.prefix` "Last Updated:" and
    a `span.time`). A whole update line before it, "Updated Dec. 4, 2026" over "Published Dec. 3, 2026", labels no
    other line: it holds a date. The block's text and the few siblings before the element are read."""
    if _UPDATED.match(text):
        return True
    parent = element.getparent()
    if parent is None:
        return False
    before = [f"{sibling.text_content()}{sibling.tail or ''}"[:_MAX_DATE_CHARS]
              for sibling in islice(element.itersiblings(preceding=True), _UPDATE_LABEL_TEXTS)]
    label = " ".join(f"{parent.text or ''}{''.join(reversed(before))}"[:_MAX_DATE_CHARS].split())
    return bool(_UPDATED.match(label)) and not any(char.isdigit() for char in label)


def _date_line_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's `time` elements and those whose names say they hold the date line (`_DATE_LINE_NAMES`), in the
    page's order. Each element's names are read in Python: one XPath testing them took two and a half times as long,
    and the walk stops once the date lines wanted are found."""
    for element in tree.iter(etree.Element):
        if element.tag == "time" or _named_as_date_line(element):
            yield element


def _named_as_date_line(element: HtmlElement) -> bool:
    for attribute, words in _DATE_LINE_NAMES:
        name = element.get(attribute)
        if name is not None:
            framed = f" {_lower_if_capitals(name)} "
            if any(word in framed for word in words):
                return True
    return False


def _stamped(element: HtmlElement, zone: tzinfo) -> datetime | None:
    """A `time` element's `datetime`, a time without a zone read on the outlet's clock, unless it is UTC's.

    Some content systems write the post's instant there in UTC with no zone (HubSpot's publish date,
    "2026-12-01 03:40:00" under the printed "Nov 30, 2026 10:40:00 PM" of a Toronto page): where the stamp read on the
    outlet's clock falls on another day than the one the element prints, and read as UTC falls on the printed day, it
    is UTC's. Only the element's own text is read, and only when the two readings of its stamp differ.

    Others write the day alone there and print its time of day in the element's text (Ameba's "2026-12-03 00:40:00"
    in a `time` whose `datetime` is "2026-12-03"): where the text gives the stamp's own day with a time, the text's
    moment is taken, on the outlet's clock as a printed time is, not the bare day's midnight in UTC, which just after
    midnight east of UTC is the next day.
    """
    value = _stamp(element)
    stamped = _plausible(parse_datetime(value, zone))
    if stamped is None:
        return None
    if ":" not in value:  # the day alone: no time of day in the stamp
        return _with_printed_time(element, stamped, zone)
    in_utc = _plausible(parse_datetime(value, UTC))
    if in_utc is None or in_utc == stamped:
        return stamped
    printed = read_date(element.text_content()[:_MAX_DATE_CHARS])
    if printed is not None and stamped.astimezone(zone).date() != printed.date() == in_utc.astimezone(zone).date():
        return in_utc
    return stamped


def _with_printed_time(element: HtmlElement, stamped: datetime, zone: tzinfo) -> datetime:
    """A stamp of the day alone, given the time of day its element's text prints on that day, on the outlet's clock as
    a printed time is; the stamp where the text prints no time or another day."""
    printed = read_date(element.text_content()[:_MAX_DATE_CHARS])
    if printed is not None and printed.time() != time() and printed.date() == stamped.date():
        return _plausible(_on_clock(printed, zone)) or stamped
    return stamped


def _stamp(element: HtmlElement) -> str:
    """The moment a stamp states: a `time` element's `datetime`, an hAtom `abbr`'s `title` (`_STAMPS`)."""
    return (element.get("datetime") if element.tag == "time" else element.get("title")) or ""


def _outside_comments() -> Callable[[HtmlElement], bool]:
    """A test of whether an element stands outside the page's comments. Each ancestor's answer is kept, so that
    elements by the thousand deep in one thread read each block once."""
    in_comments: dict[HtmlElement, bool] = {}

    def outside(element: HtmlElement) -> bool:
        unread, node = [], element
        while node is not None and node not in in_comments:
            unread.append(node)
            node = node.getparent()
        inside = node is not None and in_comments[node]
        for block in reversed(unread):
            inside = inside or _names_comments(block)
            in_comments[block] = inside
        return not inside

    return outside


def _names_comments(element: HtmlElement) -> bool:
    """The element's id or one of its classes names comments in one of its parts (`_COMMENTS_NAME`,
    `_DISCUSSION_NAMES`), the name not opening with a state's word (`_STATE_PARTS`: "has-comments")."""
    for name in names_of(element).split():
        parts = name_parts(name)
        if parts[0] not in _STATE_PARTS \
                and any(part.startswith(_COMMENTS_NAME) or part in _DISCUSSION_NAMES for part in parts):
            return True
    return False


def _lower_if_capitals(name: str) -> str:
    """A name written wholly in capitals, read in lower case: Egloos's skins class the post's info line `POST_INFO`,
    as older Korean and Japanese blog skins write their names. A name with a lower-case letter stands as written (camel
    case names the published day with its capital, "documentPublished")."""
    return name.lower() if name.isupper() else name


def _in_aside(element: HtmlElement) -> bool:
    """The element stands in an `aside`: a side column's list of other news or events, whose `time` elements date
    the pointers, not the story (a festival's "Naidheachdan eile" beside a story dated only in words)."""
    return next(element.iterancestors("aside"), None) is not None


def _first_date(dates: Iterable[datetime | None]) -> datetime | None:
    return next((d for d in dates if d), None)


def _first_of_lines(read: Iterator[datetime | None], zone: tzinfo) -> datetime | None:
    """The first date the lines give; but where it is a bare day and the next line gives that day or an earlier one
    with its time, the next: a top bar prints the day the page is read, "Saturday, December 5, 2026" or "Chủ nhật,
    06/12/2026", above the story's "Dec 5, 2026 04:30 AM" or "Thứ năm, 03/12/2026 09:45". A story is not published
    after the day its page is read; a line of a later day (a comment's) leaves the bare day standing."""
    dates = (d for d in read if d)
    first = next(dates, None)
    if first is None or first.time() != time():
        return first
    following = next(dates, None)
    local = following.astimezone(zone) if following is not None else None
    return following if local is not None and local.time() != time() and local.date() <= first.date() else first


def _read_lines(lines: Iterable[str], zone: tzinfo) -> Iterator[datetime | None]:
    return (_plausible(_on_clock(read_date(line), zone)) for line in lines if line)


def site_names(tree: HtmlElement, headline: str, site_name: str = "") -> list[str]:
    """The site's names the page's head states: `site_name` (its `og:site_name` or `application-name`) and the parts of
    its `<title>` beside the headline, parted by a site name's marks ("Headline · Feed's name · Reader's name"); a part
    the headline holds is the headline's own ("Andijan – Osh road opens | Site" names no "Andijan"). None from a title
    of one part. The `<title>` is read in the head alone, not searched for in the whole page."""
    names = [site_name]
    parts = _title_parts(tree.findtext("head/title") or "")
    if len(parts) > 1:
        folded = headline.casefold()
        names += [part for part in parts if part.casefold() not in folded]
    return [name for name in names if name.strip()]


def read_metadata(
    tree: HtmlElement, url: str = "", feed_published: datetime | None = None, zone: tzinfo = UTC
) -> tuple[Extracted, str, list[str]]:
    """What the page says about the article besides its text: a record without body, the description, and the names
    its head gives the site (`site_names`).

    `zone` is the outlet's, for the times the page prints without one; the feed's own date wins over the page's.
    """
    articles = _json_ld_articles(tree)
    metas = _meta_tags(tree)
    site_name = _meta(metas, "og:site_name", "application-name")
    stated_title = _text(_first(articles, "headline")) or _meta(metas, "og:title", "twitter:title")
    raw_title = stated_title or _element_text(tree, "//h1") or _element_text(tree, "//title")
    story_h1, brands = ("", []) if stated_title else _story_h1(tree)
    title = (stated_title and _continued_headline(tree, stated_title)) or stated_title or story_h1 \
        or _element_text(tree, "//title")
    title = _headline_in_title(tree, title, site_name, brands) or title
    if not (stated_title or story_h1):
        title = _headline_before_name(_printed_headings(tree), title, [site_name, *brands]) or title
        title = _headline_under_section_title(tree, title, {n.casefold() for n in (site_name, *brands) if n}) or title
    title = (not site_name and _named_page_headline(tree, title)) or title
    stated_urls = (tree.xpath('string(//link[@rel="canonical"]/@href)'), _meta(metas, "og:url"))
    canonical = next((link for link in (_absolute(url, stated) for stated in stated_urls) if link), "")
    image = _meta(metas, "og:image", "twitter:image", "og:image:url")
    published = as_utc(feed_published) or _date(tree, metas, articles, zone, "datePublished",
                                                 "article:published_time", "og:published_time", "pubdate",
                                                 "publishdate", "date", "dc.date", "datePublished")
    title = without_shown_markup(_without_brand(title, site_name, brands))
    record = Extracted(
        title=title,
        body="",
        published_at=published or _text_date(tree, url, zone, raw_title, title),
        modified_at=_date(tree, metas, articles, zone, "dateModified", "article:modified_time", "og:updated_time"),
        authors=_authors(tree, metas, articles),
        canonical_url=canonical,
        image=_absolute(url or canonical, image),
        section=without_shown_markup(_text(_first(articles, "articleSection")) or _meta(metas, "article:section")),
    )
    description = _meta(metas, "og:description", "description", "twitter:description")
    return record, description, site_names(tree, title, site_name)
