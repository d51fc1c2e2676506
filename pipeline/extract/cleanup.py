"""Remove what generic extractors leave around the article text on news pages.

Works on paragraphs of already-extracted plain text, so it sharpens any
extractor in the cascade. The phrases live in `boilerplate.yaml`; the rules
here say where in the text each kind of furniture may stand:

- the title repeated at the top, alone or glued with section labels and the standfirst;
- a byline, standalone or glued to the start of the text; a news agency's dateline glued to the first
  sentence ("АЛМАТЫ. KAZINFORM – "); wire credits ("Reporting by ...; Editing by ..."), source notes;
- interface words ("Share", "Read more", "Dismiss", "Was this article helpful?", "Report an error"),
  copyright lines, contact lines ("To contact the reporters on this story:", "Reach <name> at <address>")
  and a press office's signature, and calls to action (newsletters, follow us, join our channel, follow a
  story's topics, support appeals, comment log-ins, cookie, subscription and paywall notices);
- "Related:" pointers and lists of other headlines under a "You may also like" heading, in English, in
  the region's languages ("Читайте также:", "Шунингдек ўқинг") and in the other languages of
  international outlets ("Baca juga:", "Lesen Sie auch:", "Leggi anche <headline>");
- photo credits and captions, comment prompts, subscription calls for messenger channels and the
  editors' disclaimers, in the region's languages too;
- at the end: lists of other headlines and author notes with calls to action;
- a box of facts set in the story: a short heading of words alone ("O‘yin tafsilotlari") over three or more
  "label: value" lines ("Maydon: Yunusobod sport majmuasi", "Hakam: ...", "Tomoshabinlar: 1 800");
- an author's bio under an "About the author" heading, in the region's languages too, and the citation
  under a "Cite this" heading;
- a masthead's row at the top: the outlet's name and its address in cells ("Түштүк Кабар ... | tushtuk-kabar.kg") or
  joined by a dash ("Qaraqalpaqstan Xabarları — qaraqalpaq-xabarlari.uz");
- date lines at the top ("Опубликовано: 03.12.2026 12:47"), also in a row with other furniture's cells or a
  section's bare name ("Қоғам | 02.12.2026, 09:30 | Қаралды: 1 116"), view counters and share bars;
- the lines of particular page kinds: a paginated story's "continued on the next page", a print version's address
  and "printed on" line, a TV report's crew;
- shortcode residue of content systems ("[button ...]") and markup shown as text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from pipeline.extract import literals
from pipeline.extract.dates import combining_marks, is_date_line
from pipeline.sanitise import without_shown_markup

_RULES_FILE = Path(__file__).with_name("boilerplate.yaml")
# Every pattern here runs on attacker text, so each is linear: no nested or overlapping quantifiers, and
# the furniture rules only look at paragraphs short enough to be furniture (the _MAX_CHARS bounds below).
# Content-system shortcodes: "[button link=...]", "[/button]", "[embed]...[/embed]". Editorial
# brackets in quotes ("[the minister] said") have no attributes and no closing twin, and stay.
# An attribute list stops at the next bracket, so no stretch of text is scanned from two openings.
_SHORTCODE = re.compile(r"\[[a-z_]+\s+[\w-]+\s*=[^\[\]]{0,1000}\]|\[/[a-z_]+\]|\[([a-z_]+)\]")
_CLOSING_SHORTCODE = re.compile(r"\[/([a-z_]+)\]")
# An embedded post's picture, printed as the text of its link ("... talks began. pic.twitter.com/x1Ab"): the
# picture is not the article's words; the post's own text stays.
_POST_PICTURE_LINK = re.compile(r"[ \t]?\bpic\.(?:twitter|x)\.com/\w{0,40}")
_WORD = re.compile(r"\w+")
# A news listing's entry carries its time or date, glued to the headline by markup: "14:25 Headline",
# "Headline02.12.2026". Each alternative is a fixed run of digits, tried once at each position.
_LISTING_STAMP = re.compile(r"^\d{1,2}:\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{4}$")
# A pointer or list item is a headline, not prose: short and without a closing sentence.
_HEADLINE_MAX_CHARS = 160
# The marks that close a sentence, and the quotes and brackets that may follow them.
_SENTENCE_MARKS = ".!?…。！？۔؟।॥։።"
_CLOSING_MARKS = " \"'”’»)“‘›」』）"
# Letters of the scripts written without spaces between words: Thai, Lao, Burmese, Khmer, the kana, the Han
# ideographs and the half-width kana.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_UNSPACED_LETTER = re.compile(f"[{_UNSPACED}]")
# A word of the spaced scripts: a letter or a digit, then letters, digits and the marks written on them (Yiddish's and
# Hebrew's points, "ײַ", "אָ"; Arabic's; the Indic scripts' vowel signs and viramas), which `\w` does not take for a
# word's: a word pointed so would count as two or three. Letters and marks are taken a run at a time, each run whole.
_SPACED_WORD = re.compile(f"[^\\W{_UNSPACED}](?:[^\\W{_UNSPACED}]++|[{combining_marks()}]++)*+")
_POINTER_MAX_CHARS = 220
_TOP_PARAGRAPHS = 3
# A line of a box of facts: a label of a few words, a colon and a short value, not a sentence ("Hakam: Bahodir
# Ergashev", "Tomoshabinlar: 1 800"). The label stops at the colon and the value holds none, so each is read once.
_FACT_LINE = re.compile(r"^[^\W\d_][\w‘’'. -]{0,30}:\s?[^:]{1,60}$")
_FACT_BOX_MIN_LINES = 3
# The box's heading: words alone, no digits, no address, no colon ("O‘yin tafsilotlari", "Match facts").
_FACT_HEADING = re.compile(r"^[^\W\d_](?:[^\W\d_]|[‘’' -]){1,59}$")
# A site's address alone in a cell of a row: "tushtuk-kabar.kg", "www.example.com".
_DOMAIN = re.compile(r"^(www\.)?[\w-]{1,63}(\.[\w-]{1,63}){0,3}\.[a-z]{2,12}$", re.IGNORECASE)
_MASTHEAD_CELL_MAX_CHARS = 80
# A section's bare name in a date row: a word or two, no digits ("Қоғам", "Экономика").
_SECTION_NAME = re.compile(r"^[^\W\d_]{2,30}( [^\W\d_]{2,30})?$")
# A date row whose cells stand apart by spaces alone: each labelled cell starts with a word or two and a colon
# ("3 желтоқсан 2026, 11:20 Қаралды: 842 Оқу уақыты: 2 минут"). Only rows this short are cut so.
_CELL_LABEL = re.compile(r"\s[^\W\d_]{2,30}(?: [^\W\d_]{2,30})?\s?[:：]")
_STAMP_ROW_MAX_CHARS = 160
_HEADER_LABEL_WORDS = 8
# What a lead may put right after the headline's words it says again, going on with a word in lower case: "<title>:
# санақшылар ...", "<title>, according to ...".
_RUN_ON_MARKS = (":", ",", " –", " —")
_TAIL_MAX_CHARS = 400
# A contact block's lines are a name, a title, an office, a telephone or an address, each short and none a sentence;
# a ministry's release may print a name, a title, a telephone and an e-mail address on one line.
_CONTACT_LINE_MAX_CHARS = 120
_CONTACT_BLOCK_MAX_LINES = 8
# A story never ends on a comma: a short last line that does is a signature's first line ("Шерзод РАҲИМОВ,"),
# broken from the paper's name and the reporter's title under it, which the rules drop as a credit.
_SIGNATURE_HEAD_MAX_CHARS = 60
# Capital letters of the region's Latin and Cyrillic alphabets: one glued to a word starts the next phrase.
_CAPITALS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӮÇĞİÖŞÜÝŽŇÄ"
# The longest interface line or byline the rules describe; longer paragraphs are never one.
_UI_LINE_MAX_CHARS = 400
# A row of a page's meta lines set side by side (a view counter and a share label, a date and a print link), joined
# by a middle dot or a bullet with a space either side; at most this many parts.
_META_ROW_SEPARATORS = (" · ", " • ")
_META_ROW_MAX_PARTS = 4
# A line ending a sentence with this many words in lower case after a byline's lead word is a sentence.
_SENTENCE_LOWER_WORDS = 3
# Bylines and datelines glued to a paragraph are read in its first characters only.
_GLUED_HEAD_MAX_CHARS = 300
# A news agency's dateline opening the story, glued to its first sentence: the place in capitals, then the
# agency and a dash ("АЛМАТЫ. KAZINFORM – "), or the day, a dash and the agency ("АЛМАТЫ, 2 жел – Sputnik. ").
# Words are runs of one class between single spaces, so no stretch is read from two openings. A word and a dash after
# the first dash make a route, not an agency: "НАРЫН. Бишкек — Нарын — Торугарт жолунун ...".
_DATELINE_WORD = r"[^\s.,–—]{1,30}"
_DATELINE = re.compile(
    rf"^[{_CAPITALS}][{_CAPITALS}-]{{1,30}}(?: [{_CAPITALS}][{_CAPITALS}-]{{1,30}}){{0,2}}"
    rf"(?:\. {_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,2}} [–—-]"
    rf"|, \d{{1,2}} {_DATELINE_WORD}\.? [–—] {_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,2}}\.)"
    rf" (?=[{_CAPITALS}«\"])(?!{_DATELINE_WORD} [–—-] )")


def _alternatives(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _syntax(pattern: str) -> Iterator[tuple[int, str]]:
    """Where each token of a regular expression outside its character classes starts, and the token.

    An escape ("\\(") is one token; a class ("[(|]") is passed over whole, a "]" first in it ("[]a]", "[^]a]")
    being one of its letters.
    """
    at, in_class = 0, False
    while at < len(pattern):
        token = pattern[at:at + 2] if pattern[at] == "\\" else pattern[at]
        if in_class:
            in_class = token != "]" or pattern[at - 1] == "[" or pattern[at - 2:at] == "[^"
        elif token == "[":
            in_class = True
        else:
            yield at, token
        at += len(token)


def _uncaptured(pattern: str) -> str:
    """The pattern with each capturing group made non-capturing: "(a|b)" → "(?:a|b)".

    The rules only ask whether a line matches, and a capturing group keeps the engine from testing the first
    letter of each of its branches before entering it: on the dev pages' short lines the interface-line rule
    took half the time without them.
    """
    openings = [at for at, token in _syntax(pattern) if token == "(" and not pattern.startswith("?", at + 1)]
    return "(?:".join(pattern[start + 1:end] for start, end in pairwise([-1, *openings, len(pattern)]))


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of the pattern's outermost "|": "a|(b|c)d" → ["a", "(b|c)d"]."""
    depth, cuts = 0, []
    for at, token in _syntax(pattern):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "|" and depth == 0:
            cuts.append(at)
    return [pattern[start + 1:end] for start, end in pairwise([-1, *cuts, len(pattern)])]


class _Folded:
    """A line as the patterns written in lower case read it (`literals.folded`), and its openings, found once for all
    the lists of patterns that ask (`literals.openings`)."""

    def __init__(self, text: str) -> None:
        self.text = literals.folded(text)

    @cached_property
    def openings(self) -> set[str]:
        return literals.openings(self.text)


def _folded_patterns(patterns: Sequence[str]) -> Sequence[str]:
    """Patterns written in lower case, their letters folded as the lines they are matched on (`_Folded`); one
    holding a capital is refused."""
    for pattern in patterns:
        if any(char.isupper() for char in re.sub(r"\\.", "", pattern)):
            raise ValueError(f"boilerplate patterns matched on lower-cased text must be lower case: {pattern}")
    return [literals.fold_letters(pattern) for pattern in patterns]


class _PatternList:
    """Lower-case patterns looked for anywhere in a line, searched as fast as Python's engine allows: `matching`
    names those that `re.search` would find.

    The engine skips ahead to a pattern's first letters only when the pattern opens with them: not behind a
    "\\b", nor in an alternation whose branches open differently ("^...|\\b..."). So each outermost branch is
    searched on its own, without an opening "\\b", and each place found is checked with the whole branch (a
    match from a position still sees the letter before it). And a line is searched only for the branches whose
    needed words' openings it holds (`literals.Index`): hundreds of branches, a handful tried per line.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.branches = [(number, re.compile(branch), re.compile(branch[2:]) if branch.startswith(r"\b") else None)
                         for number, pattern in enumerate(_folded_patterns(patterns))
                         for branch in _top_level_branches(_uncaptured(pattern))]
        self.index = literals.Index([whole.pattern for _, whole, _ in self.branches])

    def matching(self, line: _Folded) -> set[int]:
        found = set()
        for branch in self.index.candidates(line.text, line.openings):
            number, whole, loose = self.branches[branch]
            if number not in found and _branch_matches(line.text, whole, loose):
                found.add(number)
        return found


class _WholeLines:
    """Patterns each of which may match a whole line (an interface line: "Share this article"): `match` says whether
    one does, as one alternation under IGNORECASE would.

    Most are written in lower case and matched on the folded line without the flag, so that the engine passes over a
    branch whose first letter differs; the few that need a letter's case ("(?-i:SOURCE)") keep the flag and the
    line as written. And they are grouped by the longest line each can match: a line of two hundred characters is
    not tried against "share this" and its like.
    """

    _GROUP_WIDTHS = (24, 48, 96, 160, 256)

    def __init__(self, patterns: Sequence[str]) -> None:
        cased = [pattern for pattern in patterns if "(?-i" in pattern]
        self.cased = re.compile(_uncaptured(_alternatives([rf"^(?:{p})$" for p in cased])), re.IGNORECASE) \
            if cased else None
        groups: dict[float, list[str]] = {}
        for pattern in _folded_patterns([pattern for pattern in patterns if pattern not in cased]):
            whole = rf"^(?:{pattern})$"
            widest = literals.widest(whole)
            width = next((width for width in self._GROUP_WIDTHS if widest <= width), math.inf)
            groups.setdefault(width, []).append(whole)
        self.groups = [(width, re.compile(_uncaptured(_alternatives(group))))
                       for width, group in sorted(groups.items())]

    def match(self, text: str, line: _Folded) -> bool:
        # "$" also matches before a last line break.
        length = len(line.text.removesuffix("\n"))
        return any(width >= length and pattern.match(line.text) for width, pattern in self.groups) \
            or (self.cased is not None and self.cased.match(text) is not None)


def _branch_matches(text: str, whole: re.Pattern, loose: re.Pattern | None) -> bool:
    if loose is None:
        return whole.search(text) is not None
    place = loose.search(text)
    while place is not None:
        if whole.match(text, place.start()):
            return True
        place = loose.search(text, place.start() + 1)
    return False


class _Rules:
    def __init__(self, data: dict) -> None:
        def any_of(patterns: list[str]) -> re.Pattern:
            return re.compile(_uncaptured(_alternatives(patterns)), re.IGNORECASE)

        # "Read also" words point to one story when a separator (an arrow too: "Это интересно → ...", the slash of a
        # bilingual page's "Толығырақ / Read also:", Armenian's "՝" in "Կարդացեք նաև՝") follows them, or a headline
        # glued to them by markup ("Мавзуга оидТуркман ..."), and head a list when alone.
        read_also = _alternatives(data["read_also"])
        pointer = rf"(?:{read_also})(?:\s*[:：|—–→/՝-]|(?-i:[{_CAPITALS}]))"
        # Or, with only a space between, a headline: "Leggi anche Gas dall'Asia centrale, la rotta del Caspio".
        self.headline_pointer = any_of([rf"^(?:{read_also})\s(?-i:[{_CAPITALS}])"])
        self.ui_line = _WholeLines(data["ui_lines"])
        self.pointer = any_of([rf"^(?:{p})" for p in [*data["pointer_prefixes"], pointer]])
        # Calls are tried on every short paragraph against long lists of words: they run on lower-cased text,
        # where matching without IGNORECASE is several times faster (their patterns are written in lower case).
        self.calls = _PatternList(data["calls_to_action"])
        # A two-part call needs both parts in the line; pairs that share their first part (one list of channels,
        # of tip words, of comment words) search it once.
        firsts = list(dict.fromkeys(first for first, _ in data["calls_in_two_parts"]))
        self.first_parts = _PatternList(firsts)
        self.second_parts = _PatternList([second for _, second in data["calls_in_two_parts"]])
        self.first_part_of = [firsts.index(first) for first, _ in data["calls_in_two_parts"]]
        self.list_heading = any_of([rf"^(?:{p})$" for p in [*data["list_headings"], rf"(?:{read_also})[.:!…]*"]])
        self.byline = any_of([rf"^(?:{data['byline']})$"])
        self.note_heading = any_of([rf"^(?:{p})[.:!…]*$" for p in data["note_headings"]])
        self.contact_heading = any_of([rf"^(?:{p})[.:!…]*$" for p in data["contact_headings"]])

    def is_call_to_action(self, line: _Folded) -> bool:
        if self.calls.matching(line):
            return True
        firsts = self.first_parts.matching(line)
        return bool(firsts) and any(self.first_part_of[pair] in firsts for pair in self.second_parts.matching(line))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(yaml.safe_load(_RULES_FILE.read_text(encoding="utf-8")))


def _words(text: str) -> str:
    """The text's words, case-folded, joined and framed by single spaces: " w1 w2 w3 "."""
    return f" {' '.join(_WORD.findall(text.casefold()))} "


def _without(words: str, part: str) -> str | None:
    """`words` with the first run of the words `part` taken out; None when they do not occur.

    Both come from `_words`, so a match covers whole words; `str.find` keeps this linear.
    """
    at = words.find(part) if part.strip() else -1
    return None if at < 0 else words[:at] + words[at + len(part) - 1:]


def _is_page_header(paragraph: str, titles: list[str], description: str) -> bool:
    """The title (and standfirst) glued with a few labels such as the section or "Review"; not the lead sentence that
    says the title again after a few words of its own and closes with a full stop the title lacks ("TOSHKENT.
    O'zbekiston tashqi ishlar vaziri Baxtiyor Saidov ... qabul qildi.")."""
    words = _words(paragraph)
    for title in titles:
        title_words = _words(title)
        rest = _without(words, title_words)
        if rest is not None:
            rest = _without(rest, _words(description)) or rest
            labels = len(rest.split())
            sentence = labels > 0 and words.endswith(title_words) and ends_a_sentence(paragraph) \
                and not ends_a_sentence(title)
            return labels <= _HEADER_LABEL_WORDS and not sentence and not _runs_on(paragraph, title)
    return False


def _runs_on(paragraph: str, title: str) -> bool:
    """The lead's sentence that says the title again and goes on after it: right after the title's words a colon, a
    comma or a dash and a word in lower case, the paragraph closing with a full stop the title lacks ("АСТАНА, 4 жел –
    Sputnik. <title>: санақшылар 2 мыңнан астам ... шықты."). A title glued with its standfirst goes on with a
    capital, or with no mark between them. Only the title's one run in the paragraph is read, with `str.find`."""
    head = title.strip()
    at = paragraph.find(head) if head else -1
    if at < 0 or ends_a_sentence(head) or not ends_a_sentence(paragraph):
        return False
    rest = paragraph[at + len(head):]
    mark = next((mark for mark in _RUN_ON_MARKS if rest.startswith(mark)), None)
    return mark is not None and rest[len(mark):].lstrip()[:1].islower()


def _is_headline(paragraph: str) -> bool:
    text = paragraph.removeprefix("- ").strip()
    return len(text) <= _HEADLINE_MAX_CHARS and not ends_a_sentence(text)


def _is_furniture(paragraph: str) -> bool:
    text = paragraph.removeprefix("- ").strip(" |[]()（）【】")
    if not _WORD.search(text):
        return True
    return len(text) <= _UI_LINE_MAX_CHARS and _is_short_furniture(text)


# An outlet prints the same lines on every page, and the clean-up asks about a page's top lines twice: the
# answers for short lines are kept (a few megabytes at most) rather than matched against every rule again.
@lru_cache(maxsize=4096)
def _is_short_furniture(text: str) -> bool:
    rules, line = _rules(), _Folded(text)
    if rules.ui_line.match(text, line):
        return True
    if _is_meta_row(text):
        return True
    if len(text) <= _POINTER_MAX_CHARS and (rules.pointer.match(text) or rules.is_call_to_action(line)):
        return True
    if rules.headline_pointer.match(text) and _is_headline(text):
        return True
    return bool(rules.byline.match(text)) and not _is_sentence_opening_like_a_byline(text)


def forget_short_lines() -> None:
    """Empty the answers kept for short lines: a benchmark times each page as met for the first time."""
    _is_short_furniture.cache_clear()


def _is_meta_row(text: str) -> bool:
    """Two to four parts joined by a middle dot or a bullet, each a line the rules know as furniture on its own
    ("Ko‘rishlar: 157 · Ulashish:"); a sentence or a headline with such a dot in it has a part that is none."""
    for separator in _META_ROW_SEPARATORS:
        parts = [part.strip() for part in text.split(separator, _META_ROW_MAX_PARTS)]
        if 2 <= len(parts) <= _META_ROW_MAX_PARTS and all(part and _is_short_furniture(part) for part in parts):
            return True
    return False


def _is_sentence_opening_like_a_byline(text: str) -> bool:
    """A byline's words are names, an outlet, a city; a sentence that opens with its lead word ("By Friday, the talks
    had stalled.", "Авторы доклада предупреждают, что ...") ends with its stop and has words in lower case after
    the lead (which may be two words: "По материалам агентства ...", "Written by ...")."""
    return ends_a_sentence(text) and sum(1 for word in text.split()[2:] if word[0].islower()) >= _SENTENCE_LOWER_WORDS


def word_count(text: str) -> int:
    """Words of the text; in the scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) a run
    of letters is a whole sentence, so there two letters count as a word, about their length in those languages. Text
    of ASCII alone holds neither those letters nor a combining mark: its words are its runs of word characters."""
    if text.isascii():
        return len(_WORD.findall(text))
    unspaced = len(_UNSPACED_LETTER.findall(text))
    return len(_SPACED_WORD.findall(text)) + unspaced // 2


def ends_a_sentence(text: str) -> bool:
    """The line closes with a sentence's mark, perhaps inside a quote or a bracket; a headline or a box's line does
    not."""
    return text.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_MARKS


def is_furniture_line(text: str) -> bool:
    """One line of page text that the rules know as furniture on its own: a credit, a call, a pointer."""
    return _is_furniture(text)


def is_call_line(text: str) -> bool:
    """A short line the rules know as a call to the reader: to subscribe, to follow, to support the editors."""
    return len(text) <= _POINTER_MAX_CHARS and _rules().is_call_to_action(_Folded(text))


def is_note_heading(text: str) -> bool:
    """A short line the rules know as the heading of a note beside the story: about its author, how it was reported."""
    return len(text) <= _POINTER_MAX_CHARS and _rules().note_heading.match(text) is not None


def _drop_repeated_head(paragraphs: list[str], titles: list[str], description: str) -> list[str]:
    """Drop the title and a standfirst repeated at the top, when article text follows them, and a section's name right
    above the title; lines the rules know as furniture (a story's number, a section's back link) may stand above them
    and are left to the steps after."""
    last = min(_TOP_PARAGRAPHS, len(paragraphs) - 1)
    first = next((at for at in range(last) if not _is_furniture(paragraphs[at])), last)
    head = first
    # A section's bare name right above the headline is its rubric ("Экономика", "Университет жаңалықтары").
    if head + 1 < last and _SECTION_NAME.match(paragraphs[head]) \
            and _is_page_header(paragraphs[head + 1], titles, description):
        head += 1
    while head < last and _is_page_header(paragraphs[head], titles, description):
        head += 1
    return paragraphs[:first] + paragraphs[head:]


def _drop_at_top(paragraphs: list[str], is_furniture: Callable[[str], bool]) -> list[str]:
    """The paragraphs without the furniture among the top ones; further down the same line may be the story's."""
    return [p for p in paragraphs[:_TOP_PARAGRAPHS] if not is_furniture(p)] + paragraphs[_TOP_PARAGRAPHS:]


def _drop_date_lines(paragraphs: list[str]) -> list[str]:
    """Drop the date lines at the top ("Опубликовано: 03.12.2026 12:47"), also when other furniture or a section's
    bare name shares the line in cells of its own ("Жарыяланган күнү: 01.12.2026 | Рубрика: Экономика", "Қоғам |
    02.12.2026, 09:30 | Қаралды: 1 116"). Further down a short line with a date is the story's: an embedded post's
    signature, the dates of an exhibition. A row without bars is cut before each label with its colon ("... 11:20
    Қаралды: 842 Оқу уақыты: 2 минут")."""
    def is_date_row(paragraph: str) -> bool:
        line = paragraph.removeprefix("- ")
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) == 1 and len(line) <= _STAMP_ROW_MAX_CHARS:
            cuts = [0, *(label.start() for label in _CELL_LABEL.finditer(line)), len(line)]
            cells = [line[start:end].strip() for start, end in pairwise(cuts)]
        return is_date_line(line) or (any(is_date_line(cell) for cell in cells) and all(
            is_date_line(cell) or _SECTION_NAME.match(cell) or _is_furniture(cell) for cell in cells))

    return _drop_at_top(paragraphs, is_date_row)


def _drop_masthead_rows(paragraphs: list[str], titles: list[str]) -> list[str]:
    """Drop a row at the top whose cells are short, none a sentence, one the site's address, the page's title or a
    name the page's head gives the site alone: the masthead a print version or an old portal sets in a table ("Түштүк
    Кабар ... | tushtuk-kabar.kg"), a channel's name and tagline over its post ("Lebap Sesi | Garaşsyz habarlar"), a
    print version's header line of the paper's name and its address joined by a dash ("Qaraqalpaqstan Xabarları —
    qaraqalpaq-xabarlari.uz"), and a feed reader's line naming the feed over the item ("<feed's name> — full-text
    feed", the name one of the `<title>`'s parts). Lines the rules know as furniture (an app's bar, a handle, a
    counter) do not count toward the top."""
    names = {title.casefold() for title in titles if title.strip()}

    def is_masthead(paragraph: str) -> bool:
        row = paragraph.replace(" — ", "|").replace(" – ", "|")
        cells = [cell.strip() for cell in row.split("|") if cell.strip()]
        return len(cells) >= 2 and any(_DOMAIN.match(cell) or cell.casefold() in names for cell in cells) and all(
            len(cell) <= _MASTHEAD_CELL_MAX_CHARS and _is_headline(cell) for cell in cells)

    kept: list[str] = []
    seen = 0
    for paragraph in paragraphs:
        if seen < _TOP_PARAGRAPHS and not _is_furniture(paragraph):
            seen += 1
            if is_masthead(paragraph):
                continue
        kept.append(paragraph)
    return kept


def _drop_headed_runs(paragraphs: list[str], heading: re.Pattern, belongs: Callable[[str], bool],
                      most: int) -> list[str]:
    """Drop each paragraph that is a `heading`, with up to `most` paragraphs after it that `belong` under it."""
    kept: list[str] = []
    left = 0
    for paragraph in paragraphs:
        text = paragraph.removeprefix("- ").strip()
        if len(text) <= _HEADLINE_MAX_CHARS and heading.match(text):
            left = most
            continue
        if left and belongs(paragraph):
            left -= 1
            continue
        left = 0
        kept.append(paragraph)
    return kept


def _drop_headline_lists(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop a "Related stories" heading with the run of headline-like items under it."""
    def is_item(paragraph: str) -> bool:
        return _is_headline(paragraph) or paragraph.startswith("- ")

    return _drop_headed_runs(paragraphs, rules.list_heading, is_item, len(paragraphs))


def _is_table_row(paragraph: str) -> bool:
    return paragraph.startswith("| ")


def _drop_notes(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop an "About the author" or "Cite this" heading with the short note under it."""
    def is_note(paragraph: str) -> bool:
        # A table's row is the story's figures, never a note (an empty advertising slot's label set over a table).
        return len(paragraph) <= _TAIL_MAX_CHARS and not _is_table_row(paragraph)

    return _drop_headed_runs(paragraphs, rules.note_heading, is_note, 1)


def _drop_contact_blocks(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop a "Contacts" heading with the short lines under it: whom the press may call, not what happened."""
    def is_contact_line(paragraph: str) -> bool:
        # A table's row is the story's figures, never a contact (an enquiry desk's box set over a timetable).
        return len(paragraph) <= _CONTACT_LINE_MAX_CHARS and not ends_a_sentence(paragraph) \
            and not _is_table_row(paragraph)

    return _drop_headed_runs(paragraphs, rules.contact_heading, is_contact_line, _CONTACT_BLOCK_MAX_LINES)


def _is_fact_line(paragraph: str) -> bool:
    # A box's facts may be a list's items, each with its list mark ("- Contractor: Ferrand Hydro").
    return _FACT_LINE.match(paragraph.removeprefix("- ")) is not None and not ends_a_sentence(paragraph)


def _drop_fact_boxes(paragraphs: list[str]) -> list[str]:
    """Drop a short heading of words and the run of three or more "label: value" lines under it: a box of facts beside
    the story (a match's ground, referee and attendance), not its prose. Without the heading such lines stay: a list
    of prices or results may be the story's own."""
    kept: list[str] = []
    start = 0
    while start < len(paragraphs):
        end = start
        while end < len(paragraphs) and _is_fact_line(paragraphs[end]):
            end += 1
        if end - start >= _FACT_BOX_MIN_LINES and kept and _FACT_HEADING.match(kept[-1]):
            kept.pop()
            start = end
            continue
        kept.extend(paragraphs[start:end + 1])
        start = end + 1
    return kept


def _drop_pointed_lists(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop list items that directly follow a dropped "Related:" pointer."""
    kept: list[str] = []
    after_pointer = False
    for paragraph in paragraphs:
        if _is_furniture(paragraph):
            after_pointer = bool(rules.pointer.match(paragraph.removeprefix("- ")))
            continue
        if after_pointer and paragraph.startswith("- ") and _is_headline(paragraph):
            continue
        after_pointer = False
        kept.append(paragraph)
    return kept


def _drop_tail(paragraphs: list[str], rules: _Rules) -> list[str]:
    """Drop what follows the article: author notes with calls to action, lists of other headlines (list items,
    or entries stamped with their time or date), the first line of a signature."""
    def is_link_item(paragraph: str) -> bool:
        listed = paragraph.startswith("- ") or _LISTING_STAMP.search(paragraph) is not None
        return listed and _is_headline(paragraph)

    end = len(paragraphs)
    if end > 1 and len(paragraphs[-1]) <= _SIGNATURE_HEAD_MAX_CHARS and paragraphs[-1].endswith(","):
        end -= 1
    while end > 1:
        paragraph = paragraphs[end - 1]
        if len(paragraph) <= _TAIL_MAX_CHARS and rules.is_call_to_action(_Folded(paragraph)):
            end -= 1
            continue
        run = end
        while run > 1 and is_link_item(paragraphs[run - 1]):
            run -= 1
        if end - run < 2:
            break
        end = run
    return paragraphs[:end]


def _without_shortcodes(text: str) -> str:
    """The text without content-system shortcodes; "[name]" only counts when a "[/name]" follows it."""
    last_closing = {match.group(1): match.start() for match in _CLOSING_SHORTCODE.finditer(text)}

    def drop(match: re.Match) -> str:
        opening = match.group(1)
        return "" if opening is None or last_closing.get(opening, -1) > match.start() else match.group(0)

    return _SHORTCODE.sub(drop, text)


def _without_post_pictures(text: str) -> str:
    """The text without an embedded post's picture links, searched only where "pic." occurs: the space the pattern
    may open with keeps the engine from skipping ahead to it, so the search tried every place of every paragraph."""
    return _POST_PICTURE_LINK.sub("", text) if "pic." in text else text


def _without_glued_heads(paragraphs: list[str], head: re.Pattern) -> list[str]:
    """The top paragraphs without the `head` glued to their start; a paragraph that was only that goes."""
    def unglued(paragraph: str) -> str:
        start = paragraph[:_GLUED_HEAD_MAX_CHARS]
        return head.sub("", start, count=1) + paragraph[_GLUED_HEAD_MAX_CHARS:]

    kept = [unglued(p) if i < _TOP_PARAGRAPHS else p for i, p in enumerate(paragraphs)]
    return [p for p in kept if p]


def _unglue_byline(paragraphs: list[str], authors: list[str]) -> list[str]:
    """Take "By <author>, <outlet> | <date>" off the start of a top paragraph the byline was glued to."""
    names = "|".join(re.escape(author) for author in sorted(authors, key=len, reverse=True) if author.strip())
    if not names:
        return paragraphs
    # Possessive repeats: a byline, once read, is never re-split between names and separators.
    byline = re.compile(rf"^by\s++(?:{names})(?:\s*+(?:,|and|&)\s*+(?:{names}))*+[\s,|·•–—-]*+",
                        re.IGNORECASE)
    return _without_glued_heads(paragraphs, byline)


def clean_paragraphs(
    paragraphs: list[str], titles: Sequence[str] = (), description: str = "", authors: Sequence[str] = (),
    site_names: Sequence[str] = (),
) -> list[str]:
    """The article paragraphs without page furniture, in their order. `site_names` are the names the page's head
    gives the site (`metadata.site_names`), read only in the masthead rows at the top."""
    rules = _rules()
    # Markup shown as text on the page (escaped in its source) is still markup to whoever displays the body.
    paragraphs = [_without_post_pictures(without_shown_markup(_without_shortcodes(p))) for p in paragraphs]
    paragraphs = _without_glued_heads(_unglue_byline([p for p in paragraphs if p], list(authors)), _DATELINE)
    paragraphs = _drop_date_lines(_drop_repeated_head(paragraphs, list(titles), description))
    paragraphs = _drop_masthead_rows(paragraphs, [*titles, *site_names])
    paragraphs = _drop_notes(_drop_headline_lists(paragraphs, rules), rules)
    paragraphs = _drop_fact_boxes(_drop_contact_blocks(paragraphs, rules))
    return _drop_tail(_drop_pointed_lists(paragraphs, rules), rules)
