"""Which rules made a stored article: a stage's version is a digest of its own code and data.

A hand-kept version number stays the same when someone changes a lexicon or a clean-up rule and
forgets to raise it; a digest of the stage's files changes with them. Articles extracted or tagged
by different rules can then always be told apart in the index (and chosen for reprocessing).
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

STAGE_FILES = ("*.py", "*.yaml", "*.json")
DIGITS = 12


def stage_version(folder: Path, *libraries: str) -> str:
    """A short digest of every code and data file under `folder` and of the installed `libraries`' versions."""
    digest = hashlib.sha256()
    for library in libraries:
        digest.update(f"{library}=={version(library)}\n".encode())
    for path in sorted({p for pattern in STAGE_FILES for p in folder.rglob(pattern)}):
        digest.update(f"{path.relative_to(folder).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:DIGITS]
