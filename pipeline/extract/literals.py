"""Which patterns of a long list can match a line, found by the letters the line holds.

The clean-up asks every short line whether it is a call to action, against hundreds of patterns' branches. Most
branches cannot match without some fixed words ("напишите нам", "telegram|whatsapp|..."), and a line holds the
first three letters of few of them. So each branch is filed under the three-letter openings of the words it
needs, and a line's own three-letter runs name the few branches worth running; a branch that needs no such word
is always run. The answer is the one the full search gives, only sooner.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import product

# The re module's own parser reads a pattern exactly as the engine does, and its table of the letters IGNORECASE
# takes for one another is the engine's; typeshed leaves them out.
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]

# A branch is filed under the first letters of a needed word; words shorter than this file nothing.
_KEY_CHARS = 3
# A run of letters and alternatives ("(?:по|)ставьте лайк") is spelled out up to this many ways.
_MAX_SPELLINGS = 64

_Words = frozenset[str]


def _spellings(items: Iterable[tuple]) -> _Words | None:
    """Every string the items match, in order, when they match few fixed strings; None otherwise."""
    spelled = frozenset({""})
    for item in items:
        choices = _item_spellings(item)
        if choices is None or len(spelled) * len(choices) > _MAX_SPELLINGS:
            return None
        spelled = frozenset(a + b for a, b in product(spelled, choices))
    return spelled


def _item_spellings(item: tuple) -> _Words | None:
    op, value = item
    if op is sre.LITERAL:
        return frozenset({chr(value)})
    if op is sre.AT:  # "^", "\b": they match no letter
        return frozenset({""})
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):
        return frozenset(chr(char) for _, char in value)
    if op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:
        return _spellings(value[3])
    if op is sre.BRANCH:
        return _union([_spellings(branch) for branch in value[1]])
    return None


def _union(sets: list[_Words | None]) -> _Words | None:
    """Every word of the sets, or None if one of them is None (a branch unknown makes the whole unknown)."""
    words: set[str] = set()
    for each in sets:
        if each is None:
            return None
        words |= each
    return frozenset(words)


def _needed(items: Sequence[tuple]) -> _Words | None:
    """Words one of which every match of the items holds, each at least `_KEY_CHARS` long; None if none such.

    Runs of items that spell few strings are such word sets, and so is what a group or a repeated item needs;
    the smallest set wins (fewest branches filed under common openings).
    """
    found: list[_Words] = []
    run: list[tuple] = []
    for item in [*items, (None, None)]:
        spelled = _item_spellings(item) is not None
        if spelled and _spellings([*run, item]) is not None:
            run.append(item)
            continue
        found.append(_spellings(run) or frozenset())
        run = [item] if spelled else []
        inner = _item_needs(item)
        if inner is not None:
            found.append(inner)
    usable = [words for words in found if words and min(map(len, words)) >= _KEY_CHARS]
    return min(usable, key=len, default=None)


def _item_needs(item: tuple) -> _Words | None:
    op, value = item
    if op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:
        return _needed(value[3])
    if op is sre.BRANCH:
        return _union([_needed(branch) for branch in value[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _needed(value[2])
    return None


def needed_words(pattern: str) -> _Words | None:
    """Words one of which every match of the case-sensitive pattern holds; None when no such set is known."""
    parsed = _parser.parse(pattern)
    return None if parsed.state.flags & re.IGNORECASE else _needed(list(parsed))


def _folds() -> dict[int, str]:
    """The letters that IGNORECASE takes for one another beyond their lower case ("ı" and "i", "ſ" and "s", "ς" and
    "σ"), each mapped to the first lower-case letter of its kind."""
    folds: dict[int, str] = {}
    for code, others in _casefix._EXTRA_CASES.items():
        kind = sorted(char for char in {chr(code), *map(chr, others)} if unicodedata.category(char) == "Ll")
        folds.update({ord(char): kind[0] for char in {chr(code), *map(chr, others)} if kind and char != kind[0]})
    return folds


_FOLDS = _folds()


def folded(text: str) -> str:
    """The text as IGNORECASE reads it, in lower case: a pattern written in lower case, its letters folded
    (`fold_letters`), matches the folded text without the flag as it matches the text with it, and the engine passes
    over branches by their first letter only without the flag. ("İ" is lower-cased to "i" alone, as the engine does,
    not to "i" and a combining dot.)"""
    return fold_letters(text.replace("İ", "i").lower())


def fold_letters(text: str) -> str:
    """The letters that IGNORECASE takes for one another beyond their lower case written as one (`_folds`)."""
    return text.translate(_FOLDS)


def widest(pattern: str) -> float:
    """The most characters a match of the pattern can span; infinite for an unbounded repeat."""
    most = _parser.parse(pattern).getwidth()[1]
    return float("inf") if most >= sre.MAXREPEAT else most


def openings(text: str) -> set[str]:
    """The text's runs of `_KEY_CHARS` characters: the keys its words can be found under."""
    return {text[at:at + _KEY_CHARS] for at in range(len(text) - _KEY_CHARS + 1)}


class Index:
    """Numbers patterns by the openings of their needed words; `candidates` names those a text may match."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.always: set[int] = set()
        self.by_opening: dict[str, list[tuple[str, int]]] = {}
        for number, pattern in enumerate(patterns):
            words = needed_words(pattern)
            if words is None:
                self.always.add(number)
            for word in sorted(words or ()):
                self.by_opening.setdefault(word[:_KEY_CHARS], []).append((word, number))

    def candidates(self, text: str, text_openings: set[str]) -> set[int]:
        """The patterns that need no word, and those one of whose needed words the text holds: an opening names the
        words filed under it, and each is looked for whole (`str.find`'s speed), since a common opening ("the",
        "под") names many patterns a line cannot match."""
        found = set(self.always)
        for key in text_openings & self.by_opening.keys():
            found.update(number for word, number in self.by_opening[key] if word in text)
        return found
