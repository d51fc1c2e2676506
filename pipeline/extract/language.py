"""Language of a text, as an ISO 639-1 code ("" when unknown).

py3langid (a naive Bayes byte n-gram model shipped inside the package, no
download) does the work; it was picked by measurement, see BENCHMARKS.md. It
is restricted to the languages that have a two-letter code, so that dialect
labels such as "wuu" or "pcm" fold into their main language.

One case is settled by orthography: Kazakh in the Arabic script (used by the
Kazakh press of China) marks front vowels with the high hamza (U+0674), which
Uyghur, the model's answer for it, writes with other letters.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Enough text to decide; the rest of a long article only costs time.
_SAMPLE_CHARS = 800
_MIN_LETTERS = 12
_KAZAKH_HAMZA = "\u0674"
_UYGHUR_LETTERS = set("ېۈئۆ")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    return identifier


def _arabic_script_kazakh(text: str) -> bool:
    hamzas = text.count(_KAZAKH_HAMZA)
    return hamzas >= 2 and hamzas > sum(text.count(letter) for letter in _UYGHUR_LETTERS)


def detect_language_with_confidence(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ("", 0.0) for text with too few letters to judge."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return "", 0.0
    code, confidence = _identifier().classify(sample)
    if code == "ug" and _arabic_script_kazakh(sample):
        code = "kk"
    return code, confidence


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, "" when unknown."""
    return detect_language_with_confidence(text)[0]
