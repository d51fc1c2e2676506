"""Extraction stage: main text, metadata and language of a fetched news page.

`extract_article` is the entry point (see `core`); `language.detect_language`
names the language of any text.
"""

from pipeline.extract.core import extract_article
from pipeline.extract.language import detect_language

__all__ = ["detect_language", "extract_article"]
