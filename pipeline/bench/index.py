"""`python -m pipeline bench index`: our bulk writer against plain `helpers.bulk` on the same documents.

Both write the same realistic articles (built with `to_source` in both cases) into fresh indices with the
production mapping, twice each, alternating; the best run of each counts. Ours also checks content hashes
(mget per batch) and routes failures to quarantine: the target is >= 80% of plain throughput.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from elasticsearch import Elasticsearch, helpers

from pipeline.records import Article, Tags
from pipeline.store import index
from pipeline.store.bulk import write_articles
from pipeline.store.document import to_source
from pipeline.tag.gazetteer import Gazetteer, topic_concept

COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "US", "TR", "AZ", "AF", "IR", "IN", "DE", "JP"]
CENTRAL_ASIA = {"KZ", "KG", "TJ", "TM", "UZ"}
TOPICS = ["diplomacy", "energy", "trade_investment", "transport_logistics", "security_defense",
          "politics_governance", "resources_mining", "water_environment", "migration_labor",
          "culture_society"]
PERSONS = {
    "KZ": ("Kassym-Jomart Tokayev", "Tokayev", "Токаев"), "KG": ("Sadyr Japarov", "Japarov", "Жапаров"),
    "TJ": ("Emomali Rahmon", "Rahmon", "Рахмон"), "UZ": ("Shavkat Mirziyoyev", "Mirziyoyev", "Мирзиёев"),
    "TM": ("Serdar Berdimuhamedov", "Berdimuhamedov", "Бердымухамедов"),
    "RU": ("Vladimir Putin", "Putin", "Путин"), "CN": ("Xi Jinping", "Xi Jinping", "Си Цзиньпин"),
    "TR": ("Recep Tayyip Erdogan", "Erdogan", "Эрдоган"), "AZ": ("Ilham Aliyev", "Aliyev", "Алиев"),
}
PLACES = {"KZ": ("Astana", "Астана"), "KG": ("Bishkek", "Бишкек"), "TJ": ("Dushanbe", "Душанбе"),
          "UZ": ("Tashkent", "Ташкент"), "TM": ("Ashgabat", "Ашхабад"), "RU": ("Moscow", "Москва"),
          "CN": ("Beijing", "Пекин"), "US": ("Washington", "Вашингтон"), "TR": ("Ankara", "Анкара")}
SOURCES = [("Kazinform", "qazinform.com", "KZ", "en"), ("24.kg", "24.kg", "KG", "ru"),
           ("Asia-Plus", "asiaplustj.info", "TJ", "ru"), ("Kun.uz", "kun.uz", "UZ", "en"),
           ("Turkmenistan Today", "tdh.gov.tm", "TM", "en"), ("TASS", "tass.ru", "RU", "ru"),
           ("RFE/RL", "rferl.org", "US", "en"), ("The Diplomat", "thediplomat.com", "US", "en"),
           ("Trend", "trend.az", "AZ", "en"), ("Xinhua", "xinhuanet.com", "CN", "en")]
SUBJECTS = {
    "en": {"diplomacy": "talks on strategic partnership", "energy": "gas pipeline and electricity supply",
           "trade_investment": "trade turnover and new investment projects",
           "transport_logistics": "the Middle Corridor and rail freight",
           "security_defense": "border security and joint military exercises",
           "politics_governance": "parliamentary reform and elections",
           "resources_mining": "uranium and critical minerals mining",
           "water_environment": "water sharing on the Amu Darya and Syr Darya",
           "migration_labor": "labour migration and remittances",
           "culture_society": "education and tourism"},
    "ru": {"diplomacy": "переговоры о стратегическом партнерстве",
           "energy": "газопровод и поставки электроэнергии",
           "trade_investment": "товарооборот и новые инвестиционные проекты",
           "transport_logistics": "Средний коридор и железнодорожные перевозки",
           "security_defense": "безопасность границ и совместные военные учения",
           "politics_governance": "парламентская реформа и выборы",
           "resources_mining": "добыча урана и критических минералов",
           "water_environment": "вододеление на Амударье и Сырдарье",
           "migration_labor": "трудовая миграция и денежные переводы",
           "culture_society": "образование и туризм"},
}
TEMPLATES = {
    "en": ["{p1} and {p2} discussed {s} in {place}.", "The sides signed agreements on {s}.",
           "According to officials, {p1} stressed that {s} remain a priority for {c1} and {c2}.",
           "Experts in {place} said the meeting could shape regional cooperation for years.",
           "Delegations also reviewed {s2} and agreed to meet again next year."],
    "ru": ["{p1} и {p2} обсудили {s} в городе {place}.", "Стороны подписали соглашения: {s}.",
           "По словам официальных лиц, {p1} подчеркнул, что {s} остаются приоритетом.",
           "Эксперты считают, что встреча определит региональное сотрудничество на годы вперед.",
           "Делегации также рассмотрели {s2} и договорились встретиться в следующем году."],
}


def realistic_articles(count: int, seed: int = 7, start: datetime = datetime(2024, 1, 1, tzinfo=UTC),
                       days: int = 700) -> Iterator[Article]:
    """Articles shaped like the real feeds: a Central Asian country with partners, two to four topics,
    leaders named in the article's language, a few paragraphs, and syndicated copies sharing a cluster."""
    rng = random.Random(seed)
    # The lexicon's concepts each topic names, drawn apart so that the other fields stay as they were.
    lexicon, concept_rng = Gazetteer().concepts, random.Random(seed + 1)
    for number in range(count):
        name, domain, home, language = rng.choice(SOURCES)
        c1 = rng.choice(sorted(CENTRAL_ASIA))
        c2 = rng.choice([c for c in COUNTRIES if c != c1])
        topics = sorted(rng.sample(TOPICS, rng.randint(1, 3)))
        script = 1 if language == "en" else 2
        p1 = PERSONS[c1][script]
        p2 = PERSONS.get(c2, PERSONS["RU"])[script]
        place = PLACES.get(rng.choice([c1, c2]), PLACES[c1])[script - 1]
        subjects = SUBJECTS[language]
        fill = {"p1": p1, "p2": p2, "place": place, "c1": c1, "c2": c2, "s": subjects[topics[0]],
                "s2": subjects[topics[-1]]}
        paragraphs = [" ".join(t.format(**fill) for t in rng.sample(TEMPLATES[language], 4))
                      for _ in range(rng.randint(2, 5))]
        published = start + timedelta(days=rng.uniform(0, days))
        persons = sorted({PERSONS[c1][0], PERSONS.get(c2, PERSONS["RU"])[0]})
        url = f"https://{domain}/news/{number}"
        cluster = f"cluster-{number // 3}" if number % 10 == 0 else ""
        yield Article(
            id=uuid.uuid5(uuid.NAMESPACE_URL, url).hex, url=url, canonical_url=url,
            source={"name": name, "domain": domain, "country": home, "feed_url": f"https://{domain}/rss"},
            title=f"{p1}, {p2}: {subjects[topics[0]]}"[:200], body="\n\n".join(paragraphs), language=language,
            published_at=published, fetched_at=published + timedelta(minutes=rng.randint(5, 300)),
            tags=Tags(countries=sorted({c1, c2}), primary_countries=[c1], topics=topics, persons=persons,
                      topic_concepts=[topic_concept(topic, concept) for topic in topics
                                      for concept in concept_rng.sample(lexicon[topic], 2)],
                      central_asia=True),
            cluster_id=cluster,
            pipeline={"extractor": "trafilatura", "extractor_version": "2.3.1", "tagger_version": "1"},
        )


def _fresh_index(es: Elasticsearch, prefix: str) -> str:
    alias = f"{prefix}-{uuid.uuid4().hex[:8]}"
    index.ensure_index(es, alias, f"{alias}-quarantine")
    return alias


def _plain_round(es: Elasticsearch, articles: list[Article]) -> float:
    alias = _fresh_index(es, "bench-plain")
    try:
        started = time.perf_counter()
        helpers.bulk(es, ({"_index": alias, "_id": a.id, "_source": to_source(a)} for a in articles),
                     chunk_size=500)
        return time.perf_counter() - started
    finally:
        index.delete_all(es, alias)


def _ours_round(es: Elasticsearch, articles: list[Article]) -> tuple[float, float]:
    """Seconds for the first write and for a re-run, which must find every document unchanged."""
    alias = _fresh_index(es, "bench-ours")
    try:
        started = time.perf_counter()
        first = write_articles(es, articles, alias, f"{alias}-quarantine")
        written = time.perf_counter()
        es.indices.refresh(index=alias)
        rerun_started = time.perf_counter()
        again = write_articles(es, articles, alias, f"{alias}-quarantine")
        rerun = time.perf_counter() - rerun_started
    finally:
        index.delete_all(es, alias)
    if first.indexed != len(articles) or again.unchanged != len(articles):
        raise RuntimeError(f"writer miscounted: {first} then {again}")
    return written - started, rerun


def run(es: Elasticsearch, docs: int = 10_000, rounds: int = 2) -> dict:
    articles = list(realistic_articles(docs))
    plain, ours, rerun = [], [], []
    for _ in range(rounds):
        plain.append(_plain_round(es, articles))
        first, again = _ours_round(es, articles)
        ours.append(first)
        rerun.append(again)
    ours_rate, plain_rate = docs / min(ours), docs / min(plain)
    return {
        "documents": docs,
        "ours_docs_per_s": round(ours_rate),
        "plain_helpers_bulk_docs_per_s": round(plain_rate),
        "ratio": round(ours_rate / plain_rate, 3),
        "target_ratio": 0.8,
        "rerun_unchanged_docs_per_s": round(docs / min(rerun)),
        "runs_s": {"ours": [round(t, 2) for t in ours], "plain": [round(t, 2) for t in plain]},
    }
