"""Build queries.jsonl (the file `python -m pipeline eval search` reads) from the queries and the
judgments made text by text: judgments-*.jsonl hold one line per judged text, `{"doc", "grades"}`.

usage: python datasets/search/combine.py [FOLDER]
    (from the repository root; FOLDER holds queries-unjudged.jsonl and judgments-*.jsonl and gets queries.jsonl;
    by default this file's own folder, so that the plain command rewrites datasets/search/queries.jsonl;
    `python datasets/search/combine.py datasets/search/unseen` builds the set judged over unseen text)
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(folder: Path = HERE) -> None:
    queries = [json.loads(line) for line in (folder / "queries-unjudged.jsonl").read_text().splitlines() if line]
    known = {query["qid"] for query in queries}
    judgments: dict[str, dict[str, int]] = {qid: {} for qid in known}
    for path in sorted(folder.glob("judgments-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for qid, grade in record["grades"].items():
                if qid not in known or grade not in (1, 2):
                    raise SystemExit(f"{path.name}: {record['doc']}: bad judgment {qid}={grade}")
                judgments[qid][record["doc"]] = grade
    with (folder / "queries.jsonl").open("w", encoding="utf-8") as out:
        for query in queries:
            judged = dict(sorted(judgments[query["qid"]].items()))
            out.write(json.dumps({**query, "judgments": judged}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]) if len(sys.argv) == 2 else HERE)
