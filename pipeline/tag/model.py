"""The trained decisions: which topics, which primary countries, whether the text is about Central Asia.

Each decision is a logistic regression over the features of `features.py`; the weights are learned
by `training.py` from the labelled training set and shipped in `data/model.json`. A feature the
model has no weight for counts zero, so a concept added to the lexicon is inert until retraining.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from pipeline.tag.features import Reading

MODEL_FILE = Path(__file__).parent / "data" / "model.json"
TOPIC_CODES = (
    "diplomacy", "energy", "trade_investment", "transport_logistics", "security_defense",
    "politics_governance", "resources_mining", "water_environment", "migration_labor", "culture_society",
)
MAX_PRIMARY = 3


class ModelError(ValueError):
    """The model file is missing a part or holds something that is not a weight."""


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression on named features: P(yes) = sigmoid(bias + Σ weight·feature)."""

    bias: float
    weights: dict[str, float]

    @classmethod
    def from_dict(cls, spec: object, where: str) -> LinearModel:
        if not isinstance(spec, dict) or not isinstance(spec.get("weights"), dict):
            raise ModelError(f"{where}: needs 'bias' and a 'weights' object")
        values = [spec.get("bias"), *spec["weights"].values()]
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
            raise ModelError(f"{where}: every weight must be a finite number")
        return cls(float(spec["bias"]), {str(k): float(v) for k, v in spec["weights"].items()})

    def to_dict(self) -> dict:
        return {"bias": round(self.bias, 6), "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}

    def probability(self, *feature_groups: dict[str, float]) -> float:
        """Of yes, given one or more groups of named features (disjoint names)."""
        weight_of = self.weights.get
        z = self.bias
        for features in feature_groups:  # a plain loop: the hottest lines of tagging, a third faster than sum()
            for name, value in features.items():
                weight = weight_of(name)
                if weight is not None:
                    z += value * weight
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Decisions:
    """The three decisions and the probability each needs to say yes."""

    topics: dict[str, LinearModel]
    topic_threshold: float
    primary: LinearModel
    primary_threshold: float
    central_asia: LinearModel
    settings: dict  # how the model was chosen and trained, kept for the record

    @classmethod
    def from_dict(cls, spec: object) -> Decisions:
        if not isinstance(spec, dict):
            raise ModelError("the model must be a JSON object")
        topics = spec.get("topics")
        if not isinstance(topics, dict) or set(topics) != set(TOPIC_CODES):
            raise ModelError(f"'topics' must hold one model for each of {', '.join(TOPIC_CODES)}")
        thresholds = [spec.get("topic_threshold"), spec.get("primary_threshold")]
        if not all(isinstance(t, (int, float)) and 0 < t < 1 for t in thresholds):
            raise ModelError("'topic_threshold' and 'primary_threshold' must be between 0 and 1")
        return cls(
            topics={code: LinearModel.from_dict(topics[code], f"topics.{code}") for code in TOPIC_CODES},
            topic_threshold=float(spec["topic_threshold"]),
            primary=LinearModel.from_dict(spec.get("primary"), "primary"),
            primary_threshold=float(spec["primary_threshold"]),
            central_asia=LinearModel.from_dict(spec.get("central_asia"), "central_asia"),
            settings=dict(spec.get("settings") or {}),
        )

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Decisions:
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ModelError(f"{path}: {error}") from error
        return cls.from_dict(spec)

    def to_dict(self) -> dict:
        return {
            "settings": self.settings,
            "topic_threshold": self.topic_threshold,
            "primary_threshold": self.primary_threshold,
            "topics": {code: model.to_dict() for code, model in self.topics.items()},
            "primary": self.primary.to_dict(),
            "central_asia": self.central_asia.to_dict(),
        }

    def topics_of(self, reading: Reading) -> list[str]:
        return sorted(
            code for code, model in self.topics.items()
            if model.probability(reading.topics[code], reading.text) >= self.topic_threshold
        )

    def primary_of(self, likelihoods: dict[str, float]) -> list[str]:
        """The likely primary countries, at most three, from a reading's `primary_likelihoods`; a text naming countries
        has at least one."""
        ranked = sorted(((p, code) for code, p in likelihoods.items()), key=lambda pair: (-pair[0], pair[1]))
        chosen = [code for p, code in ranked[:MAX_PRIMARY] if p >= self.primary_threshold]
        return sorted(chosen or [code for _, code in ranked[:1]])

    def central_asia_of(self, reading: Reading, likelihoods: dict[str, float]) -> bool:
        """Whether the reading is about Central Asia, given its `primary_likelihoods`."""
        return self.central_asia.probability(central_asia_features(likelihoods, reading)) >= 0.5


def primary_likelihoods(primary: LinearModel, reading: Reading) -> dict[str, float]:
    """Per country named other than in a list only, how likely it is primary."""
    return {
        code: primary.probability(features) for code, features in reading.candidates.items()
        if features["listed_only"] == 0.0
    }


def central_asia_features(likelihoods: dict[str, float], reading: Reading) -> dict[str, float]:
    """The Central Asia evidence, and how likely the likeliest Central Asian country is primary (`likelihoods`: the
    reading's `primary_likelihoods`)."""
    likeliest = max(
        (p for code, p in likelihoods.items() if reading.candidates[code]["central_asian"]), default=0.0
    )
    return {**reading.central_asia, "primary_probability": likeliest}
