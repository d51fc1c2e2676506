"""Language of a text, as an ISO 639-1 code ("" when unknown).

py3langid (a naive Bayes byte n-gram model shipped inside the package, no
download) does the work; it was picked by measurement, see BENCHMARKS.md. It
is restricted to the languages that have a two-letter code, so that dialect
labels such as "wuu" or "pcm" fold into their main language.

One case is settled by orthography: the model takes Kazakh in the Arabic
script (the Kazakh press of China) for Uyghur. Uyghur writes a hamza carrier
(ئ) before every initial vowel and has the letters ې and ۈ; Kazakh has none of
them (it marks front vowels with a high hamza, ٴ, once per word).

So is Kazakh in the Latin alphabet, which the model never learnt: it reads it as Turkish, Turkmen or
Azerbaijani. Kazakh Latin writes ñ (Qazaqstannyñ, teñız) and q (Qazaq, qala); Turkish, Turkmen,
Azerbaijani and Uzbek Latin have no ñ (Turkmen writes ň, Uzbek ng), and Turkish and Turkmen no q.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Enough text to decide; the rest of a long article only costs time.
_SAMPLE_CHARS = 800
_MIN_LETTERS = 12
_UYGHUR_ONLY_LETTERS = "ئېۈ"
# Uyghur text has one of those letters in far more than 1 letter of 100.
_UYGHUR_SHARE = 0.01
# Turkic languages in the Latin alphabet the model may give Kazakh Latin text.
_LATIN_TURKIC = frozenset({"tr", "tk", "az", "uz", "tt"})
# In Kazakh Latin text ñ and q are each about 1 letter in 70; one of them alone is a name or a loan.
_KAZAKH_LATIN_SHARE = 0.004


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    # The model's table of feature weights comes column by column: a text's weights, a row per feature it holds,
    # were read a language at a time from all over the table. Row by row, each feature's weights are read in one piece.
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc)
    return identifier


def _arabic_script_kazakh(text: str) -> bool:
    arabic_letters = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" and ch.isalpha())
    uyghur_letters = sum(text.count(letter) for letter in _UYGHUR_ONLY_LETTERS)
    return uyghur_letters <= _UYGHUR_SHARE * arabic_letters


def _latin_script_kazakh(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    lowered = text.lower()
    return min(lowered.count("ñ"), lowered.count("q")) >= _KAZAKH_LATIN_SHARE * letters


def detect_language_with_confidence(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ("", 0.0) for text with too few letters to judge."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:  # counted in C, not a generator step per character
        return "", 0.0
    code, confidence = _identifier().classify(sample)
    if code == "ug" and _arabic_script_kazakh(sample):
        code = "kk"
    elif code in _LATIN_TURKIC and _latin_script_kazakh(sample):
        code = "kk"
    return code, confidence


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, "" when unknown."""
    return detect_language_with_confidence(text)[0]
