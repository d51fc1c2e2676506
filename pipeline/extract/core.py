"""Main text of a news page: a cascade of extractors, then the news clean-up.

The cascade, first result with enough text wins:

1. `site-rule`: the body containers named for the outlet in `site_rules.yaml`;
2. `trafilatura`: trafilatura tuned for precision in its fast mode, comments
   left out, completed with the rest of a body cut into several containers;
3. `trafilatura-recall`: trafilatura tuned for recall, for pages where the
   precise pass keeps too little, unless the page's text is mostly links;
4. `baseline`: trafilatura's baseline (JSON-LD articleBody, then every <p>), only when the passes
   before found less than half of a short story: its text often comes as one block, where the
   clean-up cannot tell the story from the credits and links around it.

Before the passes, the elements the outlet's rule removes, the hidden
elements (the `hidden` attribute, inline `display:none`), the captions and
photo credits the markup marks as such, and the furniture `markup` finds by its
shape or name (captions beside images, lists of other stories, comment blocks) are pruned, the tables
that lay out the page are made plain blocks (`markup`), and the
zero-width joiners of the spelling are protected (`joiners`). Each
pass's text goes through `cleanup.clean_paragraphs` before it is judged.
`method` records the pass that won, and `confidence` how much the text looks
like an article (method and length).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from cssselect import GenericTranslator
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import baseline, extract

from pipeline.budget import Budget, checkpoint
from pipeline.extract.cleanup import clean_paragraphs, word_count
from pipeline.extract.joiners import protect_joiners, restore_joiners
from pipeline.extract.language import detect_language
from pipeline.extract.markup import prune_furniture
from pipeline.extract.markup.page import block_text
from pipeline.extract.metadata import read_metadata
from pipeline.extract.parsing import parse_page
from pipeline.records import Extracted
from pipeline.utc import as_utc

_SITE_RULES_FILE = Path(__file__).with_name("site_rules.yaml")
# Pages above this size are cut: no article needs more, and parsing time grows with size.
MAX_PAGE_BYTES = 5_000_000
# Under a budget, a page with more elements is given up: the largest page of the extraction dev set has
# 1,709, and trafilatura's time grows faster than the page past some 20,000 (60,000 paragraphs: 7 s).
MAX_ELEMENTS = 20_000
# Below this many words a pass is taken to have missed the article.
ENOUGH_WORDS = 80
# Hidden elements: the `hidden` attribute or an inline `display:none`, unless the whole page is hidden so.
_HIDDEN = ("(@hidden or contains(translate(@style, ' ', ''), 'display:none'))"
           " and not(ancestor-or-self::html[@hidden]) and not(self::body)")
# Captions and photo credits: the <figcaption> of a figure and short elements whose class names a caption or
# a credit, also as the capitalised second word of a camel-cased name ("imageCaption", "imageCredit"), or in the West
# Slavic languages' word for a caption (Polish, Czech, Slovak and Sorbian "podpis": an Etomite page's `p.podpis` under
# its picture). Long ones are left alone: some themes put the whole story in a box with such a class. Xaraya's themes
# class all their small print "xar-sub" (the slogan, the byline, a picture's caption, the category and print links),
# never the story's text.
_CAPTION_CLASS_WORDS = ("caption", "Caption", "credit", "Credit", "copyright", "podpis", "xar-sub")
_CAPTIONS = ("self::figcaption or (" + " or ".join(f"contains(@class, '{word}')" for word in _CAPTION_CLASS_WORDS)
             + ") and string-length(normalize-space()) < 300 and not(.//p)")
_HIDDEN_OR_CAPTION = etree.XPath(f"boolean(self::*[{_HIDDEN} or {_CAPTIONS}])")
_IS_HIDDEN = etree.XPath(f"boolean(self::*[{_HIDDEN}])")
_CAPTION_CLASS = re.compile("|".join(_CAPTION_CLASS_WORDS))
_BLOCK_TEST = " or ".join(f"self::{tag}" for tag in ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"))
_OUTER_BLOCKS = f".//*[{_BLOCK_TEST}][not(ancestor::*[{_BLOCK_TEST}])]"
_SPLIT_BODY_COVERAGE = 0.8
# The text paragraphs (Drupal Paragraphs' "text" type) after a body field, each read as the body's twin.
_PARAGRAPHS_TEXT = "following::div[contains(concat(' ', normalize-space(@class), ' '), ' paragraph--type--text ')]"
# Elements a browser sets on lines of their own.
_LINE_TAGS = frozenset({"p", "div", "section", "aside", "header", "footer", "figure", "figcaption", "h1", "h2", "h3",
                        "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "tr", "br", "pre"})
# A page with more of its text in links than this is a page of links, not a story: the recall pass, which
# would keep them, is not run. Of the 152 pages of the extraction sets none has more than .47 once pruned,
# and those that reach the recall pass at most .35.
_MOSTLY_LINKS = 2 / 3
_METHOD_CONFIDENCE = {"site-rule": 0.95, "trafilatura": 0.9, "trafilatura-recall": 0.75, "baseline": 0.5}


def _translated(rule: dict, translator: GenericTranslator) -> dict[str, list[str]]:
    return {kind: [translator.css_to_xpath(css) for css in rule.get(kind, [])] for kind in ("body", "remove")}


@lru_cache(maxsize=1)
def _site_rules() -> dict[str, dict[str, list[str]]]:
    """Domain → {"body": [xpath], "remove": [xpath]}, selectors translated once."""
    translator = GenericTranslator()
    rules = yaml.safe_load(_SITE_RULES_FILE.read_text(encoding="utf-8")) or {}
    return {domain: _translated(rule, translator) for domain, rule in rules.items()}


def site_rule(url: str) -> dict[str, list[str]]:
    """The rule of the URL's domain or of a parent domain; empty when there is none."""
    try:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return {"body": [], "remove": []}
    rules = _site_rules()
    labels = host.split(".")
    for start in range(len(labels) - 1):
        rule = rules.get(".".join(labels[start:]))
        if rule:
            return rule
    return {"body": [], "remove": []}


def _blocks(container: HtmlElement) -> list[str]:
    """Texts of the outermost text blocks (paragraphs, headings, list items, quotes) inside the container.

    List items start with "- ", as in trafilatura's output, for the clean-up rules on lists.
    """
    blocks = container.xpath(_OUTER_BLOCKS)
    texts = (("- " if block.tag == "li" else "") + block_text(block) for block in blocks)
    return [text for text in texts if text.strip("- ")]


def _site_rule_text(tree: HtmlElement, body_xpaths: list[str]) -> str:
    """Text of the blocks inside the rule's body containers."""
    containers = [container for xpath in body_xpaths for container in tree.xpath(xpath)]
    return "\n".join(block for container in containers for block in _blocks(container))


def _with_split_body(tree: HtmlElement, text: str | None) -> str:
    """The whole body, when the page cuts it into containers of one class and the text holds one of them.

    News sites put advertising or newsletter boxes between parts of a story by
    closing the body container and opening an identical one; extractors then
    keep the first part only.
    """
    text = text or ""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    first = next((p for p in tree.iter("p") if lines and block_text(p) == lines[0]), None)
    container = first.getparent() if first is not None else None
    if container is None or not container.get("class"):
        return text
    # The parts that follow: a box of the same class before the story is a summary, not the story. (Parts whose class
    # continues the first's are joined to it with the furniture pruned: `markup.paragraphs`.)
    twins = [container, *container.xpath("following::*[@class=$name]", name=container.get("class"))]
    twins = [twin for twin in twins if twin.tag == container.tag]
    if len(twins) < 2 and "field--name-body" in container.get("class", "").split():
        # Drupal's body field followed by a Paragraphs field: its text paragraphs carry on the story, its other
        # paragraphs (a callout, a picture) are furniture.
        twins += container.xpath(_PARAGRAPHS_TEXT)
    if len(twins) < 2:
        return text
    parts = [_blocks(twin) for twin in twins]
    # A block repeated (a pull quote) is kept once.
    blocks = list(dict.fromkeys(block for part in parts for block in part))
    found = set(blocks)
    # Use the containers only when they hold what the extractor found, and more, and when no part holds text of its
    # own outside its blocks (answers written as `div`s under their questions), which the extractors read and they
    # don't.
    if sum(line in found for line in lines) < _SPLIT_BODY_COVERAGE * len(lines) or len(blocks) <= len(lines) \
            or not all(_holds_its_text_in_blocks(twin, part) for twin, part in zip(twins[1:], parts[1:], strict=True)):
        return text
    return "\n".join(blocks)


def _holds_its_text_in_blocks(container: HtmlElement, blocks: list[str]) -> bool:
    """Its blocks hold its text outside links, but for a little (`_SPLIT_BODY_COVERAGE`): a loose line of links (a
    channel's call) may stand between them."""
    return _chars(blocks) >= _SPLIT_BODY_COVERAGE * _chars(container.xpath(".//text()[not(ancestor::a)]"))


def _passes(tree: HtmlElement, url: str, body: list[str]) -> list[tuple[str, Callable[[], str]]]:
    page_url = url or None
    passes = [("site-rule", lambda: _site_rule_text(tree, body))] if body else []
    return passes + [
        ("trafilatura", lambda: _with_split_body(tree, extract(
            tree, url=page_url, include_comments=False, favor_precision=True, fast=True))),
        ("trafilatura-recall", lambda: extract(tree, url=page_url, include_comments=False, favor_recall=True) or ""),
        ("baseline", lambda: _baseline_text(tree)),
    ]


def _baseline_text(tree: HtmlElement) -> str:
    """trafilatura's last resort, cut back into the blocks it read: it takes a page's one `article` as a single run
    of text, in which the clean-up could not tell the story's sentences from a share row or a date line."""
    text = baseline(tree)[1]
    articles = tree.xpath("//article[not(ancestor::article)]")
    if len(articles) != 1:
        return text
    lines = _lines(articles[0])
    # The lines are used only when they hold the very text trafilatura took.
    return "\n".join(lines) if _chars(lines) == _chars([text]) else text


def _lines(element: HtmlElement) -> list[str]:
    """The element's text as a reader sees it, a line for each block (a paragraph, a heading, a row of links)."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag
        if isinstance(tag, str) and tag in _LINE_TAGS:
            parts.append("\n")
        if event == "start" and isinstance(tag, str):
            parts.append(node.text or "")
        elif event == "end" and node is not element:
            parts.append(node.tail or "")
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _chars(texts: list[str]) -> int:
    return sum(len("".join(text.split())) for text in texts)


def _mostly_links(tree: HtmlElement) -> bool:
    """More of the page's text (in characters, spaces aside) is in links than `_MOSTLY_LINKS`.

    trafilatura's recall pass tests the link density of every block over all the links inside it, which on
    blocks of links nested deep takes time in proportion to links times depth, only to keep the links.
    """
    text = _chars(tree.xpath("//body//text()[not(parent::script or parent::style)]"))
    return text > 0 and _chars(tree.xpath("//body//a//text()")) > _MOSTLY_LINKS * text


def _pruned(tree: HtmlElement, remove_xpaths: list[str]) -> HtmlElement:
    """The tree without its hidden elements, captions and credits, and what the outlet's rule removes.

    Each element's attributes are looked at in Python, and only the few they point to are asked the whole
    question: one XPath over every element took half as long again, its tests made as objects for each.
    """
    found = []
    for element in tree.iter(etree.Element):
        style, names = element.get("style"), element.get("class")
        if (element.get("hidden") is not None or element.tag == "figcaption"
                or (style is not None and "display:none" in style.replace(" ", ""))
                or (names is not None and _CAPTION_CLASS.search(names))) and _HIDDEN_OR_CAPTION(element):
            found.append(element)
    ruled = tree.xpath(" | ".join(remove_xpaths)) if remove_xpaths else []
    by_rule = set(ruled)
    for element in dict.fromkeys(found + ruled):  # an element both hidden and the rule's is dropped once
        # The outlet's rule is taken as written: only a caption found as a caption may be a quote's source.
        if element not in by_rule and _names_who_spoke(element):
            # Who spoke, named in the caption of a quote's figure: made the quote's `cite`, as a pullquote sets it.
            element.tag = "cite"
            element.getprevious().append(element)
            continue
        element.drop_tree()
    return tree


def _names_who_spoke(element: HtmlElement) -> bool:
    """A `figcaption` under a `blockquote`, the two a `figure`'s only children, not hidden: HTML's own shape of a quote
    with its source (a portal's `figure.quote` of the quoted words over the speaker's name and role)."""
    figure = element.getparent()
    return element.tag == "figcaption" and figure is not None and figure.tag == "figure" and len(figure) == 2 \
        and figure[0].tag == "blockquote" and figure[1] is element and not _IS_HIDDEN(element)


def extract_article(
    html: bytes | str, url: str = "", feed_published: datetime | None = None, budget: Budget | None = None,
    zone: tzinfo = UTC,
) -> Extracted:
    """Title, plain-text body and metadata of a news page.

    Pure and total: broken, empty or hostile input gives an `Extracted` with an
    empty body and method "failed", never an exception. The body is plain text,
    paragraphs separated by a blank line, with no markup. With a `budget`, the
    page is given up (`OverBudget`) at the first stage that ends past it. `zone`
    is the outlet's (`pipeline.zones.outlet_zone`): the times the page prints
    without a zone are read on its clock.
    """
    tree = parse_page(html[:MAX_PAGE_BYTES]) if html else None
    if tree is None:
        return Extracted(title="", body="", published_at=as_utc(feed_published), method="failed")
    checkpoint(budget, "parsing")
    if budget is not None:
        budget.check_count("elements", sum(1 for _ in tree.iter()), MAX_ELEMENTS)
    meta, description, names = read_metadata(tree, url, feed_published, zone)
    checkpoint(budget, "metadata")
    # A page read from disk still names its own address.
    url = url or meta.canonical_url
    rule = site_rule(url)
    tree = prune_furniture(_pruned(tree, rule["remove"]))
    headings = [meta.title, *(block_text(h1) for h1 in tree.xpath("//h1")[:2])]
    joiners = protect_joiners(tree)

    method = "failed"
    paragraphs: list[str] = []
    # The best text's words are kept, not counted again: each count reads the whole story.
    words = 0
    for name, run in _passes(tree, url, rule["body"]):
        if name == "baseline" and words >= ENOUGH_WORDS // 2:
            break
        if name == "trafilatura-recall" and _mostly_links(tree):
            continue
        text = restore_joiners(run(), joiners)
        candidate = clean_paragraphs(text.split("\n"), headings, description, meta.authors, names)
        checkpoint(budget, f"the {name} pass")
        candidate_words = word_count(" ".join(candidate))
        if candidate_words > words:
            method, paragraphs, words = name, candidate, candidate_words
        if words >= ENOUGH_WORDS:
            break
    if not words:
        return replace(meta, method="failed")
    body = "\n\n".join(paragraphs)
    confidence = _METHOD_CONFIDENCE[method] * min(1.0, words / (2 * ENOUGH_WORDS))
    return replace(meta, body=body, language=detect_language(f"{meta.title}\n{body}"), method=method,
                   confidence=round(confidence, 3))
