"""Elasticsearch: the article index (template, versions, alias), the bulk writer, search and entity expansion.

Modules: `client` (connection from settings), `mapping` (what an article looks like to Elasticsearch),
`index` (template, versioned indices behind the alias, migration), `document` (Article -> _source),
`bulk` (the writer with quarantine), `query` (pure query building), `search` (running it),
`entities` (query terms -> canonical persons, organisations, countries), `kibana` (saved-object import).
"""

DEFAULT_ALIAS = "news-articles"
DEFAULT_QUARANTINE = "news-quarantine"


def quarantine_index_for(alias: str) -> str:
    """The quarantine index that belongs to an alias: `news-quarantine` for the production alias."""
    return DEFAULT_QUARANTINE if alias == DEFAULT_ALIAS else f"{alias}-quarantine"
