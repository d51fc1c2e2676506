"""Elasticsearch: the article index (template, versions, alias), the bulk writer, search and entity expansion.

Modules: `client` (connection from settings), `mapping` (what an article looks like to Elasticsearch),
`index` (template, versioned indices behind the alias, migration), `document` (Article -> _source),
`bulk` (the writer with quarantine), `query` (pure query building), `search` (running it),
`entities` (query terms -> canonical persons, organisations, countries), `kibana` (saved-object import).
"""

from pipeline import config

DEFAULT_ALIAS = "news-articles"
# Every index of the project is small: one shard, and a replica as soon as a second node exists
# (so a single local node stays green).
INDEX_SETTINGS = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}


def default_quarantine() -> str:
    """The quarantine index from the settings (NEWS_QUARANTINE_INDEX, `news-quarantine` by default)."""
    return config.settings().quarantine_index
