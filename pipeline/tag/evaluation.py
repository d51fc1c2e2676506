"""Scoring tags against a labelled set: precision, recall and F1 per field, and the disagreements.

Lists are compared as sets and micro-averaged over records, `central_asia` by accuracy, the same
way as the shared scorer (score_tagging.py), so figures from both agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SET_FIELDS = ("countries", "primary_countries", "topics")


@dataclass
class Score:
    records: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in SET_FIELDS})
    central_asia_right: int = 0
    disagreements: list[str] = field(default_factory=list)

    def add(self, record_id: str, gold: dict, predicted: dict) -> None:
        self.records += 1
        for name in SET_FIELDS:
            want, got = set(gold.get(name) or []), set(predicted.get(name) or [])
            tally = self.counts[name]
            tally[0] += len(want & got)
            tally[1] += len(got - want)
            tally[2] += len(want - got)
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
        for name, (tp, fp, fn) in self.counts.items():
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out[name] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
        accuracy = self.central_asia_right / self.records if self.records else 0.0
        out["central_asia_accuracy"] = round(accuracy, 4)
        return out
