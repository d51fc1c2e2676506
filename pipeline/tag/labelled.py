"""Labelled tagging sets (the training set in datasets/tagging, the shared dev set): checks and counts.

One JSON object a line: id, lang, optional script (Latn or Cyrl for Uzbek), text (title on the first
line), countries, primary_countries, topics and central_asia, as docs/tagging.md defines them.
"""

from __future__ import annotations

from collections import Counter

from pipeline.tag.model import TOPIC_CODES

LIST_FIELDS = ("countries", "primary_countries", "topics")


def label_problem(record: dict) -> str:
    """Why a record cannot be trained or scored on, or "" when it can."""
    if not isinstance(record.get("lang"), str) or not record["lang"]:
        return "needs a 'lang' code"
    for name in LIST_FIELDS:
        values = record.get(name)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            return f"'{name}' must be a list of codes"
    unknown = set(record["topics"]) - set(TOPIC_CODES)
    if unknown:
        return f"unknown topics {sorted(unknown)}"
    if not set(record["primary_countries"]) <= set(record["countries"]):
        return "primary_countries must be among countries"
    if not isinstance(record.get("central_asia"), bool):
        return "'central_asia' must be true or false"
    return ""


def statistics(records: list[dict]) -> str:
    """Markdown tables: records per language (Uzbek by script), positives per topic, central_asia."""
    languages = Counter(
        record["lang"] + (f" ({record['script']})" if record.get("script") else "") for record in records
    )
    topics = Counter(topic for record in records for topic in record["topics"])
    words = sorted(len(record["text"].split()) for record in records)
    lines = [
        f"{len(records)} records, {len({r['lang'] for r in records})} languages, "
        f"central_asia true in {sum(r['central_asia'] for r in records)}, "
        f"no topic in {sum(not r['topics'] for r in records)}, "
        f"words per text: median {words[len(words) // 2] if words else 0}.",
        "",
        "| language | records |",
        "|---|---|",
        *(f"| {lang} | {count} |" for lang, count in sorted(languages.items())),
        "",
        "| topic | positive texts |",
        "|---|---|",
        *(f"| {topic} | {topics[topic]} |" for topic in TOPIC_CODES),
    ]
    return "\n".join(lines)
