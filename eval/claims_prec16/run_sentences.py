"""Run the extractor on the round's own wire-style sentences (round clprec16) and print / save its claims.

    .venv/bin/python eval/claims_prec16/run_sentences.py eval/claims_prec16/sentences.tsv OUT.tsv [--part tuned|heldout|all]

Each sentence is processed alone (published 2024-05-01). Line i (0-based, after the header) is held out when
i % 3 == 2. OUT.tsv: index, part, sentence, expected, then the predicted claims as
"speaker | cue | content" joined by " || " ("none" when there are none).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from eventwire.pipeline import Pipeline  # noqa: E402


def main():
    src, out = sys.argv[1], sys.argv[2]
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "all"
    rows = list(csv.reader(open(src, encoding="utf-8"), delimiter="\t"))[1:]
    p = Pipeline()
    w = csv.writer(open(out, "w", encoding="utf-8"), delimiter="\t", lineterminator="\n")
    w.writerow(["i", "part", "sentence", "expected", "predicted"])
    for i, (sent, exp) in enumerate(rows):
        pt = "heldout" if i % 3 == 2 else "tuned"
        if part != "all" and pt != part:
            continue
        r = p.process_text(sent, published="2024-05-01")
        pred = " || ".join(f"{c.speaker.text if c.speaker else None} | {c.cue} | {c.content}" for c in r.claims) or "none"
        w.writerow([i, pt, sent, exp, pred])
        if pt == "tuned" or part == "heldout":
            print(f"[{i}] {sent}\n   exp:  {exp}\n   pred: {pred}")


if __name__ == "__main__":
    main()
