"""The fetch stage: feeds in, raw article responses out (into `pipeline.archive`).

- feeds_config: load and validate config/feeds*.yaml
- http: the guarded, polite, size- and time-limited HTTP client
- guard: the SSRF guard under it, checking every address after DNS resolution
- robots: robots.txt per host for article fetches
- parse: RSS/Atom/RDF via feedparser and news sitemaps, to plain-text FeedEntry records
- charset: decoding bodies whose declared encoding is wrong
- state: per-feed state and schedule in Elasticsearch (index NEWS_FEED_STATE_INDEX)
- run: `poll_and_fetch`, one poll round
"""
