"""Remove what generic extractors leave around the article text on news pages.

Works on paragraphs of already-extracted plain text, so it sharpens any
extractor in the cascade. The phrases live in `boilerplate.yaml`; the rules
here say where in the text each kind of furniture may stand:

- the title repeated at the top, alone or glued with section labels and the standfirst;
- a byline, standalone or glued to the start of the text; wire credits
  ("Reporting by ...; Editing by ..."), source notes;
- interface words ("Share", "Read more", "Dismiss") and calls to action
  (newsletters, follow us, cookie and subscription notices);
- "Related:" pointers and lists of other headlines under a "You may also like" heading;
- at the end: lists of other headlines and author notes with calls to action;
- shortcode residue of content systems ("[button ...]") and markup shown as text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from lxml.html import defs

_RULES_FILE = Path(__file__).with_name("boilerplate.yaml")
# Content-system shortcodes: "[button link=...]", "[/button]", "[embed]...[/embed]". Editorial
# brackets in quotes ("[the minister] said") have no attributes and no closing twin, and stay.
_SHORTCODE = re.compile(r"\[[a-z_]+(?:\s+[\w-]+\s*=[^\]]{0,200})+\]|\[/[a-z_]+\]|\[([a-z_]+)\](?=.*\[/\1\])")
# Markup shown as text on the page (escaped in its source) is still markup to whoever displays the body.
# Only real element names count: some languages quote titles as <Title>.
_ELEMENT_NAMES = "|".join(sorted(defs.tags))
_TAG_LIKE = re.compile(rf"<!--.*?-->|</?(?:{_ELEMENT_NAMES})\b[^<>]{{0,500}}>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\w+")
# A pointer or list item is a headline, not prose: short and without a closing sentence.
_HEADLINE_MAX_CHARS = 160
_POINTER_MAX_CHARS = 220
_TOP_PARAGRAPHS = 3
_HEADER_LABEL_WORDS = 8
_TAIL_MAX_CHARS = 400


class _Rules:
    def __init__(self, data: dict) -> None:
        def any_of(patterns: list[str]) -> re.Pattern:
            return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

        self.ui_line = any_of([rf"^(?:{p})$" for p in data["ui_lines"]])
        self.pointer = any_of([rf"^(?:{p})" for p in data["pointer_prefixes"]])
        self.call_to_action = any_of(data["calls_to_action"])
        self.list_heading = any_of([rf"^(?:{p})$" for p in data["list_headings"]])
        self.byline = re.compile(rf"^(?:{data['byline']})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(yaml.safe_load(_RULES_FILE.read_text(encoding="utf-8")))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _without(words: list[str], part: list[str]) -> list[str]:
    """`words` with the first run equal to `part` taken out."""
    for start in range(len(words) - len(part) + 1):
        if part and words[start:start + len(part)] == part:
            return words[:start] + words[start + len(part):]
    return words


def _is_page_header(paragraph: str, titles: list[str], description: str) -> bool:
    """The title (and standfirst) glued with a few labels such as the section or "Review"."""
    words = _words(paragraph)
    for title in titles:
        rest = _without(words, _words(title))
        if rest != words:
            rest = _without(rest, _words(description))
            return len(rest) <= _HEADER_LABEL_WORDS
    return False


def _is_headline(paragraph: str) -> bool:
    text = paragraph.removeprefix("- ").strip()
    return len(text) <= _HEADLINE_MAX_CHARS and not re.search(r"[.!?…][\"'”’»)]?$", text)


def _is_furniture(paragraph: str, rules: _Rules) -> bool:
    text = paragraph.removeprefix("- ").strip(" |[]()")
    if not _WORD.search(text) or rules.ui_line.match(text):
        return True
    if len(text) <= _POINTER_MAX_CHARS and (rules.pointer.match(text) or rules.call_to_action.search(text)):
        return True
    return bool(rules.byline.match(text))


def _drop_repeated_head(paragraphs: list[str], titles: list[str], description: str) -> list[str]:
    """Drop the title and a standfirst repeated at the top, when article text follows them."""
    head, last = 0, min(_TOP_PARAGRAPHS, len(paragraphs) - 1)
    while head < last and _is_page_header(paragraphs[head], titles, description):
        head += 1
    return paragraphs[head:]


def _drop_headline_lists(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop a "Related stories" heading with the run of headline-like items under it."""
    kept: list[str] = []
    in_list = False
    for paragraph in paragraphs:
        text = paragraph.removeprefix("- ").strip()
        if rules.list_heading.match(text):
            in_list = True
            continue
        if in_list and (_is_headline(paragraph) or paragraph.startswith("- ")):
            continue
        in_list = False
        kept.append(paragraph)
    return kept


def _drop_pointed_lists(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop list items that directly follow a dropped "Related:" pointer."""
    kept: list[str] = []
    after_pointer = False
    for paragraph in paragraphs:
        if _is_furniture(paragraph, rules):
            after_pointer = bool(rules.pointer.match(paragraph.removeprefix("- ")))
            continue
        if after_pointer and paragraph.startswith("- ") and _is_headline(paragraph):
            continue
        after_pointer = False
        kept.append(paragraph)
    return kept


def _drop_tail(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop what follows the article: author notes with calls to action, lists of other headlines."""
    def is_link_item(paragraph: str) -> bool:
        return paragraph.startswith("- ") and _is_headline(paragraph)

    end = len(paragraphs)
    while end > 1:
        paragraph = paragraphs[end - 1]
        if len(paragraph) <= _TAIL_MAX_CHARS and rules.call_to_action.search(paragraph):
            end -= 1
            continue
        run = end
        while run > 1 and is_link_item(paragraphs[run - 1]):
            run -= 1
        if end - run < 2:
            break
        end = run
    return paragraphs[:end]


def plain_text(text: str) -> str:
    """One line of text without markup shown as text, spaces collapsed."""
    return " ".join(_TAG_LIKE.sub("", text).split())


def _unglue_byline(paragraphs: list[str], authors: list[str]) -> list[str]:
    """Take "By <author>, <outlet> | <date>" off the start of a top paragraph the byline was glued to."""
    names = "|".join(re.escape(author) for author in sorted(authors, key=len, reverse=True) if author.strip())
    if not names:
        return paragraphs
    byline = re.compile(rf"^by\s+(?:{names})(?:\s*(?:,|and|&)\s*(?:{names}))*[\s,|·•–—-]*", re.IGNORECASE)
    unglued = [byline.sub("", p, count=1) if i < _TOP_PARAGRAPHS else p for i, p in enumerate(paragraphs)]
    return [p for p in unglued if p]


def clean_paragraphs(
    paragraphs: list[str], titles: list[str] = (), description: str = "", authors: list[str] = ()
) -> list[str]:
    """The article paragraphs without page furniture, in their order."""
    rules = _rules()
    paragraphs = [plain_text(_SHORTCODE.sub("", p)) for p in paragraphs]
    paragraphs = _unglue_byline([p for p in paragraphs if p], list(authors))
    paragraphs = _drop_repeated_head(paragraphs, list(titles), description)
    paragraphs = _drop_headline_lists(paragraphs, rules)
    return _drop_tail(_drop_pointed_lists(paragraphs, rules), rules)
