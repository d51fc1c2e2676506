"""Training the decisions from labelled texts, and choosing their settings by k-fold cross-validation.

Every decision is an L2-regularised logistic regression fitted by Newton's method on standardised
features (numpy; no randomness anywhere but the seeded fold split), so the same records always
give the same weights. The regularisation strength and the probability thresholds are chosen by
k-fold cross-validation on the training records alone: each setting is scored on the folds it was
not fitted on, and the best one is refitted on all records.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import numpy as np

from pipeline.tag.features import Reading
from pipeline.tag.gazetteer import Gazetteer
from pipeline.tag.model import TOPIC_CODES, Decisions, LinearModel, central_asia_features, primary_likelihoods
from pipeline.tag.tagger import Tagger

L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)
THRESHOLD_GRID = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
FOLDS = 5
SEED = 13
NEWTON_STEPS = 50
TOLERANCE = 1e-8
F1_TIE = 0.001


@dataclass(frozen=True)
class Settings:
    """The regularisation of each decision and the probabilities they need to say yes."""

    topic_l2: float = 1.0
    topic_threshold: float = 0.5
    primary_l2: float = 1.0
    primary_threshold: float = 0.5
    central_asia_l2: float = 1.0


@dataclass
class Example:
    """One labelled text: its features and its gold labels."""

    id: str
    reading: Reading
    gold: dict


def fit_logistic(rows: list[dict[str, float]], labels: list[bool], l2: float) -> LinearModel:
    """Weights that minimise the log loss plus l2/2·|w|² (bias not penalised), in the features' own scale."""
    names = sorted({name for row in rows for name in row})
    x = np.zeros((len(rows), len(names)))
    column = {name: j for j, name in enumerate(names)}
    for i, row in enumerate(rows):
        for name, value in row.items():
            x[i, column[name]] = value
    y = np.asarray(labels, dtype=float)
    mean = x.mean(axis=0) if len(rows) else np.zeros(len(names))
    scale = x.std(axis=0) if len(rows) else np.ones(len(names))
    scale[scale == 0] = 1.0
    design = np.hstack([np.ones((len(rows), 1)), (x - mean) / scale])
    penalty = np.full(design.shape[1], l2)
    penalty[0] = 1e-6  # the bias is free; a whisper keeps the system solvable when one class is absent
    w = np.zeros(design.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -30, 30)))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design.T * (p * (1 - p))) @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < TOLERANCE:
            break
    weights = w[1:] / scale
    bias = w[0] - float(weights @ mean)
    return LinearModel(float(bias), {name: float(v) for name, v in zip(names, weights, strict=True) if v != 0.0})


def fit_decisions(examples: list[Example], settings: Settings, record: dict | None = None) -> Decisions:
    """All three decisions fitted on `examples` with the given settings."""
    topics = {
        code: fit_logistic(
            [{**e.reading.topics[code], **e.reading.text} for e in examples],
            [code in e.gold["topics"] for e in examples],
            settings.topic_l2,
        )
        for code in TOPIC_CODES
    }
    candidates = [(e, code) for e in examples for code, f in e.reading.candidates.items() if not f["listed_only"]]
    primary = fit_logistic(
        [e.reading.candidates[code] for e, code in candidates],
        [code in e.gold["primary_countries"] for e, code in candidates],
        settings.primary_l2,
    )
    central_asia = fit_logistic(
        [central_asia_features(primary_likelihoods(primary, e.reading), e.reading) for e in examples],
        [bool(e.gold["central_asia"]) for e in examples],
        settings.central_asia_l2,
    )
    return Decisions(
        topics=topics,
        topic_threshold=settings.topic_threshold,
        primary=primary,
        primary_threshold=settings.primary_threshold,
        central_asia=central_asia,
        settings={**asdict(settings), **(record or {})},
    )


def folds(examples: list[Example], k: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    """Indices of `examples` in k folds: a seeded shuffle of the records in id order."""
    order = sorted(range(len(examples)), key=lambda i: examples[i].id)
    random.Random(seed).shuffle(order)
    return [sorted(order[f::k]) for f in range(k)]


def folds_by_group(groups: list[str], k: int = FOLDS) -> list[list[int]]:
    """Indices in k folds that keep each group whole (a training file: one writer's texts, whose words and
    scenes would otherwise be learnt on one side of a fold and met again on the other). The largest group
    goes first, each to the fold with the fewest records so far, so the folds come out near equal."""
    members: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        members.setdefault(group, []).append(i)
    if len(members) < k:
        raise ValueError(f"{k} folds of whole groups need at least {k} groups, got {len(members)}")
    split: list[list[int]] = [[] for _ in range(k)]
    for group in sorted(members, key=lambda g: (-len(members[g]), g)):
        min(split, key=len).extend(members[group])
    return [sorted(fold) for fold in split]


def predict(decisions: Decisions, example: Example) -> dict:
    reading = example.reading
    likelihoods = primary_likelihoods(decisions.primary, reading)
    return {
        "countries": reading.countries,
        "primary_countries": decisions.primary_of(likelihoods),
        "topics": decisions.topics_of(reading),
        "central_asia": decisions.central_asia_of(reading, likelihoods),
    }


def choose_settings(examples: list[Example], split: list[list[int]]) -> Settings:
    """The regularisation and thresholds that score best on the held-out folds of `split`, each decision
    on its own field."""
    topic_counts: dict[tuple, list[int]] = {}
    primary_counts: dict[tuple, list[int]] = {}
    central_asia_right: dict[float, int] = {}
    for l2 in L2_GRID:
        settings = Settings(l2, 0.5, l2, 0.5, l2)
        for fold in split:
            held_out = set(fold)
            fitted = fit_decisions([e for i, e in enumerate(examples) if i not in held_out], settings)
            tests = [examples[i] for i in fold]
            # The primary model is the same at every threshold: its probabilities are computed once per text.
            likelihoods = [primary_likelihoods(fitted.primary, e.reading) for e in tests]
            for threshold in THRESHOLD_GRID:
                decisions = _with_thresholds(fitted, threshold)
                for e, likely in zip(tests, likelihoods, strict=True):
                    _tally(topic_counts.setdefault((l2, threshold), [0, 0, 0]),
                           e.gold["topics"], decisions.topics_of(e.reading))
                    _tally(primary_counts.setdefault((l2, threshold), [0, 0, 0]),
                           e.gold["primary_countries"], decisions.primary_of(likely))
            central_asia_right[l2] = central_asia_right.get(l2, 0) + sum(
                fitted.central_asia_of(e.reading, likely) == bool(e.gold["central_asia"])
                for e, likely in zip(tests, likelihoods, strict=True)
            )
    topic_l2, topic_threshold = _best(topic_counts)
    primary_l2, primary_threshold = _best(primary_counts)
    central_asia_l2 = max(L2_GRID, key=lambda l2: central_asia_right[l2])
    return Settings(topic_l2, topic_threshold, primary_l2, primary_threshold, central_asia_l2)


def cross_validated_predictions(examples: list[Example], settings: Settings,
                                split: list[list[int]]) -> list[dict]:
    """Each example's tags from the decisions fitted on the other folds of `split`, in the examples' order."""
    predictions: list[dict] = [{} for _ in examples]
    for fold in split:
        held_out = set(fold)
        decisions = fit_decisions([e for i, e in enumerate(examples) if i not in held_out], settings)
        for i in fold:
            predictions[i] = predict(decisions, examples[i])
    return predictions


def train(examples: list[Example], k: int = FOLDS, seed: int = SEED) -> Decisions:
    """Settings chosen by cross-validation, then all examples fitted with them."""
    settings = choose_settings(examples, folds(examples, k, seed))
    record = {"records": len(examples), "folds": k, "seed": seed, "data_sha256": data_digest(e.gold for e in examples)}
    return fit_decisions(examples, settings, record)


def data_digest(records: Iterable[dict]) -> str:
    """A fingerprint of the labelled records trained on, whatever their order."""
    lines = sorted(json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _with_thresholds(decisions: Decisions, threshold: float) -> Decisions:
    return Decisions(decisions.topics, threshold, decisions.primary, threshold, decisions.central_asia, {})


def _tally(counts: list[int], want: list[str], got: list[str]) -> None:
    want_set, got_set = set(want), set(got)
    counts[0] += len(want_set & got_set)
    counts[1] += len(got_set - want_set)
    counts[2] += len(want_set - got_set)


def _best(counts: dict[tuple, list[int]]) -> tuple:
    """The setting with the highest F1, where F1s closer than F1_TIE are a tie (a decision or two either
    way is noise) won by the first in grid order (weaker regularisation and lower threshold first)."""
    def f1(key: tuple) -> float:
        tp, fp, fn = counts[key]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    top = max(f1(key) for key in counts)
    return next(key for key in counts if f1(key) >= top - F1_TIE)


def examples(records: list[dict]) -> list[Example]:
    """The features of each labelled record, read by the gazetteer alone (no model needed)."""
    reader = Tagger(Gazetteer())
    return [Example(str(r["id"]), reader.read(r["text"], "", r["lang"]), r) for r in records]
