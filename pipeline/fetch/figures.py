"""What a parsed feed says about itself: how many items, the newest one's date, their language.

Polling records these in the feed state (the health report reads them there),
`feeds-verify` prints them and `feeds-discover` reports them for each feed found,
so all three judge a feed by the same numbers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from pipeline.fetch.parse import ParsedFeed

# Titles and summaries of this many items are plenty to tell a language, and keep detection cheap.
LANGUAGE_SAMPLE_ITEMS = 20
# Below this the guess is too weak to call a feed mislabelled.
MIN_LANGUAGE_CONFIDENCE = 0.9
# Poll workers share one language model: the first caller loads it, the others wait instead of
# each loading their own copy (detection itself takes well under a millisecond).
_DETECTING = threading.Lock()


@dataclass(frozen=True)
class FeedFigures:
    items: int
    newest: datetime | None  # publication date of the newest dated item
    language: str  # detected from the items' titles and summaries; "" when too little text

    def age_days(self, now: datetime) -> float | None:
        return (now - self.newest).total_seconds() / 86400 if self.newest else None


def language_of(item_texts: list[str]) -> str:
    """The language of a feed's items (title and summary each), "" when the model is unsure."""
    # Imported here: the extraction package and the language model take seconds to load.
    from pipeline.extract.language import detect_language_with_confidence

    with _DETECTING:
        language, confidence = detect_language_with_confidence(" ".join(item_texts[:LANGUAGE_SAMPLE_ITEMS]))
    return language if confidence >= MIN_LANGUAGE_CONFIDENCE else ""


def figures_of(parsed: ParsedFeed) -> FeedFigures:
    dates = [entry.published_at for entry in parsed.entries if entry.published_at]
    language = language_of([f"{entry.title}. {entry.summary}" for entry in parsed.entries])
    return FeedFigures(len(parsed.entries), max(dates, default=None), language)
