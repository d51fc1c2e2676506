from pipeline.store.mapping import TAG_FIELDS, article_mappings, index_template


def _properties(analyzers):
    return article_mappings(analyzers)["properties"]


def test_unknown_fields_are_refused_and_tags_are_keywords():
    mappings = article_mappings([])
    assert mappings["dynamic"] == "strict"
    for name in TAG_FIELDS:
        assert mappings["properties"][name] == {"type": "keyword"}
    for name in ("published_at", "fetched_at", "indexed_at"):
        assert mappings["properties"][name]["type"] == "date"
    assert mappings["properties"]["source"]["dynamic"] == "strict"
    assert mappings["properties"]["central_asia"]["type"] == "boolean"


def test_language_subfields_only_for_analyzers_the_cluster_has():
    minimal = _properties([])
    assert set(minimal["title"]["fields"]) == {"keyword"}
    assert "fields" not in minimal["body"]
    full = _properties(["en", "ru"])
    assert full["title"]["fields"]["ru"] == {"type": "text", "analyzer": "russian"}
    assert full["body"]["fields"]["en"] == {"type": "text", "analyzer": "english"}
    assert full["title"]["fields"]["keyword"]["type"] == "keyword"


def test_template_covers_the_versioned_indices_of_its_alias_and_records_what_it_built():
    template = index_template("news-articles", ["ru"])
    assert template["index_patterns"] == ["news-articles-v*"]
    assert template["_meta"]["analyzers"] == ["ru"]
    assert template["template"]["mappings"]["_meta"] == template["_meta"]
