"""Build queries.jsonl (the file `python -m pipeline eval search` reads) from the queries and the
judgments made text by text: judgments-*.jsonl hold one line per judged text, `{"doc", "grades"}`.

usage: python datasets/search/combine.py   (from the repository root; rewrites datasets/search/queries.jsonl)
"""

import json
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    queries = [json.loads(line) for line in (HERE / "queries-unjudged.jsonl").read_text().splitlines() if line]
    known = {query["qid"] for query in queries}
    judgments: dict[str, dict[str, int]] = {qid: {} for qid in known}
    for path in sorted(HERE.glob("judgments-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for qid, grade in record["grades"].items():
                if qid not in known or grade not in (1, 2):
                    raise SystemExit(f"{path.name}: {record['doc']}: bad judgment {qid}={grade}")
                judgments[qid][record["doc"]] = grade
    with (HERE / "queries.jsonl").open("w", encoding="utf-8") as out:
        for query in queries:
            judged = dict(sorted(judgments[query["qid"]].items()))
            out.write(json.dumps({**query, "judgments": judged}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
