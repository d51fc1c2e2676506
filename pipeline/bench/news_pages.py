"""Recall on news the rules were not written from: the team's labelled news texts served as plain article pages.

Every clean-up rule is learned from a page's furniture; a rule too wide for news shows as a paragraph of a news
text that does not come out of its page whole. The texts (title on the first line, then the paragraphs) are put
in common shapes: paragraphs in an `article`, and an old portal's lines between line breaks in a `div`, alone or over a
paragraph of the outlet's own (which changes what the precise extractor reads), each under a site header and over a
footer.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract import extract_article

_HEADER = "<header><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></header>"
_FOOTER = "<footer>© 2026 Example News</footer>"
_ABOUT = ("Example News is an independent newsroom that has reported on the region's towns, markets and governments "
          "since 1998. It is funded by its readers and by the sale of its print edition, and it takes no money from "
          "parties or officials. Letters and corrections are welcome at the editors' address below.")


def _paragraphs_page(title: str, paragraphs: list[str]) -> str:
    return (f"<article><h1>{html.escape(title)}</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article>")


def _line_breaks_page(title: str, paragraphs: list[str]) -> str:
    return (f"<div class='content'><div class='title'>{html.escape(title)}</div><div class='text'>"
            + "<br><br>".join(html.escape(p) for p in paragraphs) + "</div></div>")


def _line_breaks_over_a_paragraph_page(title: str, paragraphs: list[str]) -> str:
    """Lines between line breaks on a page that also holds a paragraph, as most do: the outlet's note about itself."""
    return _line_breaks_page(title, paragraphs) + f"<div class='about'><p>{_ABOUT}</p></div>"


SHAPES: dict[str, Callable[[str, list[str]], str]] = {
    "paragraphs": _paragraphs_page,
    "line breaks": _line_breaks_page,
    "line breaks over a paragraph": _line_breaks_over_a_paragraph_page,
}


@dataclass(frozen=True)
class NewsText:
    id: str
    lang: str
    title: str
    paragraphs: list[str]


def read_news_texts(paths: Iterable[Path]) -> Iterator[NewsText | str]:
    """Each text of the JSONL files ("id", "text" with its title on the first line, "lang"), or why a line is not
    one."""
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            try:
                record = json.loads(line) if line.strip() else None
            except json.JSONDecodeError as error:
                yield f"{path}:{number}: not JSON ({error.msg})"
                continue
            if record is None:
                continue
            lines = [part.strip() for part in str(record.get("text", "")).split("\n") if part.strip()] \
                if isinstance(record, dict) else []
            if len(lines) < 2:
                yield f"{path}:{number}: needs an object whose 'text' has a title line and a paragraph"
                continue
            yield NewsText(str(record.get("id", number)), str(record.get("lang", "")), lines[0], lines[1:])


def page_of(text: NewsText, shape: str) -> str:
    lang = html.escape(text.lang, quote=True)
    return (f"<html lang='{lang}'><head><title>{html.escape(text.title)}</title></head><body>{_HEADER}"
            f"{SHAPES[shape](text.title, text.paragraphs)}{_FOOTER}</body></html>")


def lost_paragraphs(text: NewsText, shape: str) -> list[str]:
    """The text's paragraphs that do not come out of its page whole (white space aside)."""
    body = " ".join(extract_article(page_of(text, shape)).body.split())
    return [p for p in text.paragraphs if " ".join(p.split()) not in body]
