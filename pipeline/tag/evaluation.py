"""Scoring tags against a labelled set: precision, recall and F1 per field, per topic and per language.

Lists are compared as sets and micro-averaged over records, `central_asia` by accuracy, the same
way as the shared scorer (score_tagging.py), so figures from both agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

SET_FIELDS = ("countries", "primary_countries", "topics")


@dataclass
class Score:
    records: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in SET_FIELDS})
    central_asia_right: int = 0
    disagreements: list[str] = field(default_factory=list)
    per_topic: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, record_id: str, gold: dict, predicted: dict) -> None:
        self.records += 1
        for name in SET_FIELDS:
            want, got = set(gold.get(name) or []), set(predicted.get(name) or [])
            tally = self.counts[name]
            tally[0] += len(want & got)
            tally[1] += len(got - want)
            tally[2] += len(want - got)
            if name == "topics":
                for topic in want | got:
                    counts = self.per_topic[topic]
                    counts[0 if topic in want and topic in got else 1 if topic in got else 2] += 1
            if want != got:
                self.disagreements.append(
                    f"{record_id} {name}: missing {sorted(want - got)} extra {sorted(got - want)}"
                )
        want_ca, got_ca = bool(gold.get("central_asia")), bool(predicted.get("central_asia"))
        self.central_asia_right += want_ca == got_ca
        if want_ca != got_ca:
            self.disagreements.append(f"{record_id} central_asia: want {want_ca} got {got_ca}")

    def figures(self) -> dict:
        out: dict = {"records": self.records}
        for name, counts in self.counts.items():
            out[name] = _prf(counts)
        accuracy = self.central_asia_right / self.records if self.records else 0.0
        out["central_asia_accuracy"] = round(accuracy, 4)
        return out

    def topic_figures(self) -> dict[str, dict]:
        """Precision, recall, F1 and the number of gold positives, per topic."""
        return {
            topic: {**_prf(counts), "positives": counts[0] + counts[2]}
            for topic, counts in sorted(self.per_topic.items())
        }


class ScoreByLanguage:
    """One Score for the whole set and one per language of the records."""

    def __init__(self) -> None:
        self.overall = Score()
        self.languages: dict[str, Score] = defaultdict(Score)

    def add(self, record_id: str, gold: dict, predicted: dict) -> None:
        self.overall.add(record_id, gold, predicted)
        self.languages[str(gold.get("lang") or "?")].add(record_id, gold, predicted)


def _prf(counts: list[int]) -> dict:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def markdown_tables(scores: dict[str, ScoreByLanguage]) -> str:
    """Per field, per topic and per language, one column per scored set (cross-validated, dev)."""
    names = list(scores)
    figures = {name: s.overall.figures() for name, s in scores.items()}
    lines = [_row("field", names), _row("---", ["---"] * len(names))]
    for name in ("countries", "primary_countries", "topics"):
        lines.append(_row(f"{name} F1", [f"{figures[n][name]['f1']:.3f}" for n in names]))
    lines.append(_row("central_asia accuracy", [f"{figures[n]['central_asia_accuracy']:.3f}" for n in names]))
    lines.append(_row("records", [str(figures[n]["records"]) for n in names]))

    topics = {n: s.overall.topic_figures() for n, s in scores.items()}
    lines += ["", _row("topic", [f"{n}: P / R / F1 (gold positives)" for n in names]),
              _row("---", ["---"] * len(names))]
    for topic in sorted({t for per in topics.values() for t in per}):
        cells = [
            f"{t['precision']:.2f} / {t['recall']:.2f} / {t['f1']:.3f} ({t['positives']})" if t else "-"
            for t in (topics[n].get(topic) for n in names)
        ]
        lines.append(_row(topic, cells))

    columns = ["records", "countries F1", "primary F1", "topics F1", "central_asia acc"]
    for n, s in scores.items():
        lines += ["", f"{n}, per language:", "", _row("lang", columns), _row("---", ["---"] * len(columns))]
        for lang, score in sorted(s.languages.items()):
            f = score.figures()
            lines.append(_row(lang, [
                str(f["records"]), f"{f['countries']['f1']:.3f}", f"{f['primary_countries']['f1']:.3f}",
                f"{f['topics']['f1']:.3f}", f"{f['central_asia_accuracy']:.3f}",
            ]))
    return "\n".join(lines)


def _row(label: str, cells: list[str]) -> str:
    return "| " + " | ".join([label, *cells]) + " |"
