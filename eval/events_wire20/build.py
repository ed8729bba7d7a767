"""Build events_wire20.jsonl from sentences.src (evwire20's written wire sentences, labelled before any run).

Every third record (index 2, 5, 8, ...) is held out (split "heldout"); the rest are "tuned".
Run from the worktree root: .venv/bin/python eval/events_wire20/build.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def actor(a: str):
    a = a.strip()
    return None if a in ("", "-") else a


def main() -> None:
    records = []
    for line in (HERE / "sentences.src").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, text = (x.strip() for x in line.split(" | ", 1))
        expected = []
        if labels != "none":
            for item in labels.split(";"):
                code, dyad = item.split(":", 1)
                src, tgt = dyad.split(">", 1)
                expected.append({"source": actor(src), "target": actor(tgt), "code": code.strip()})
        i = len(records)
        records.append({"id": f"evw20-{i:03d}", "text": text, "date": "2025-05-06", "expected": expected,
                        "split": "heldout" if i % 3 == 2 else "tuned"})
    with open(HERE / "events_wire20.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tuned = sum(r["split"] == "tuned" for r in records)
    print(f"{len(records)} records: {tuned} tuned, {len(records) - tuned} heldout")


if __name__ == "__main__":
    main()
