"""Write claims_prec20.jsonl from labels.txt (hand labels, one claim a line) and the documents in docs/.

Each label's content is located in the text the project's reader gives (eventwire.inputs), searching forward
from the previous label of the same document (a label repeating the previous content takes the same span: two
claims about one proposition, e.g. a claim and its rejection). The sentence is the one holding the content's
start (annotate.split_sentences). Split fixed before labelling: every third document (w03, w06, ...) is
`heldout`, the rest `tuned`. No claims code is run here."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from eventwire import annotate  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    rows, docs, last = [], {}, {}
    names = sorted(p.stem for p in (HERE / "docs").glob("c*.txt"))
    for line in (HERE / "labels.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split(";;")]
        name = f[0]
        path = f"eval/claims_prec20/docs/{name}.txt"
        split = "heldout" if int(name[1:]) % 3 == 0 else "tuned"
        if name not in docs:
            doc = next(iter(iter_documents([str(ROOT / path)])))
            docs[name] = (doc, annotate.split_sentences(doc.id, doc.text))
        doc, sents = docs[name]
        if f[1] == "NONE":
            rows.append({"doc": path, "split": split, "sentence": None})
            continue
        speaker, head, country, stance, cue, via, content = f[1:8]
        prev = last.get(name)
        if prev and prev[0] == content:
            start = prev[1]
        else:
            start = doc.text.find(content, prev[1] if prev else 0)
            if start < 0:
                start = doc.text.find(content)
                if start < 0:
                    sys.exit(f"{name}: content not found: {content!r}")
                print(f"{name}: found before the previous label: {content[:40]!r}", file=sys.stderr)
        last[name] = (content, start)
        end = start + len(content)
        s = next(s for s in sents if s.start <= start < s.end)
        rows.append({"doc": path, "split": split, "sentence": s.index, "text": s.text[:40],
                     "speaker": speaker, "head": None if head == "-" else head,
                     "country": None if country == "-" else country, "stance": stance, "cue": cue,
                     "via": None if via == "-" else via, "content_span": [start, end], "content": content})
    missing = set(names) - set(docs)
    if missing:
        sys.exit(f"documents without labels: {sorted(missing)}")
    out = HERE / "claims_prec20.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n = {sp: sum(r["split"] == sp and r["sentence"] is not None for r in rows) for sp in ("tuned", "heldout")}
    d = {sp: len({r["doc"] for r in rows if r["split"] == sp}) for sp in ("tuned", "heldout")}
    print(f"{len(rows)} rows; tuned {d['tuned']} documents {n['tuned']} claims; heldout {d['heldout']} documents {n['heldout']} claims")


if __name__ == "__main__":
    main()
