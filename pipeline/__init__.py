"""Central Asia news ingest: poll feeds, fetch, extract, tag and index articles."""

__version__ = "0.1.0"
