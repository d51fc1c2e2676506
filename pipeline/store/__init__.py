"""Elasticsearch: the article index (template, versions, alias), the bulk writer, search and entity expansion.

Modules: `client` (connection from settings), `mapping` (what an article looks like to Elasticsearch),
`index` (template, versioned indices behind the alias, migration), `document` (Article -> _source),
`bulk` (the writer with quarantine), `query` (pure query building), `search` (running it),
`entities` (query terms -> canonical persons, organisations, countries), `kibana` (saved-object import).
Every function takes the names of the indices it works on (the alias, the quarantine index) from its
caller, which has them from `pipeline.config.settings()`.
"""

# Every index of the project is small: one shard, and a replica as soon as a second node exists
# (so a single local node stays green).
INDEX_SETTINGS = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}
