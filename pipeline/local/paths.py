"""Where local services keep their files.

State (the Elasticsearch node, Airflow's home) lives under `.local/` in the
project, or under /var/lib/canews when we run as root: the node then runs as a
system user that must be able to reach its files wherever the project was cloned.
Downloads are cached under `.cache/`. CANEWS_STATE_DIR and CANEWS_CACHE_DIR override both.
"""

import os
from pathlib import Path

from pipeline.config import PROJECT_ROOT


def state_dir() -> Path:
    if os.environ.get("CANEWS_STATE_DIR"):
        return Path(os.environ["CANEWS_STATE_DIR"])
    return Path("/var/lib/canews") if os.geteuid() == 0 else PROJECT_ROOT / ".local"


def cache_dir() -> Path:
    return Path(os.environ.get("CANEWS_CACHE_DIR", PROJECT_ROOT / ".cache"))
