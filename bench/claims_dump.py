"""Print the claims the pipeline finds in unlabelled documents, for reading by hand (issue #14, round 6).

    python bench/claims_dump.py ../shared/corpus/whitehouse/wh-2022-09-30-statement-….md [more files …]
    python bench/claims_dump.py --list FILE      # one path a line; "x:<id>" names an extraction-benchmark page,
        [--extraction ../shared/eval/extraction]  # "lgl:<doc_id>" an article of the LGL geoparsing set
        [--lgl ../shared/eval/geo/lgl.jsonl] [--json OUT.json]   # "trnews:<doc_id>" a TR-News article
        [--trnews ../shared/eval/geo/trnews.jsonl]

For each claim: the sentence, speaker (title, country), cue, `via` (without the document's own outlet) and
content. With --json the same records, plus the sentences holding a common cue word but no claim (candidates
for missed attributions), go to OUT.json. Nothing is scored: the counts of right claims in the README come
from reading this output against the labelling rules of eval/claims_blind.md.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.inputs import iter_documents  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import RawDocument  # noqa: E402

_CUE_HINT = re.compile(r"\b(affirm|reaffirm|underscor|welcom|condemn|made clear|make clear|convey|emphasi|express|"
                       r"call(ed|s)? on|stress|highlight|note|recogni|agree|commit|acknowledg|said|says|told|announc|"
                       r"believ|warn|confirm|according|reiterat)", re.I)


def _paths(args) -> list[Path]:
    names = list(args.files)
    if args.list:
        names += [n.strip() for n in Path(args.list).read_text().splitlines() if n.strip()]
    out = []
    for n in names:
        if n.startswith("x:"):
            found = sorted((Path(args.extraction) / "html").glob(n[2:] + "*.html.gz"))
            if not found:
                sys.exit(f"{n}: no page of that id under {args.extraction}/html")
            out.append(found[0])
        else:
            out.append(Path(n))
    return out


def _lgl_document(doc_id: str, path: Path, prefix: str = "lgl") -> RawDocument:
    """An LGL article (title + text, as the JSON Lines reader would give it under this id)."""
    for line in path.read_text(encoding="utf-8").split("\n"):  # (not splitlines: texts hold U+2028)
        row = json.loads(line) if line.strip() else {}
        if str(row.get("doc_id")) == doc_id:
            return RawDocument(id=f"{prefix}-{doc_id}", text=row["text"], title=row.get("title"), url=row.get("url"),
                               format="txt")
    sys.exit(f"{prefix}:{doc_id}: no article of that id in {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--list")
    ap.add_argument("--extraction", default=str(ROOT.parent / "shared" / "eval" / "extraction"))
    ap.add_argument("--lgl", default=str(ROOT.parent / "shared" / "eval" / "geo" / "lgl.jsonl"))
    ap.add_argument("--trnews", default=str(ROOT.parent / "shared" / "eval" / "geo" / "trnews.jsonl"))
    ap.add_argument("--json")
    args = ap.parse_args()
    pipeline = Pipeline()
    records = []
    for path in _paths(args):
        if path.name.startswith("lgl:"):
            docs = [_lgl_document(path.name[4:], Path(args.lgl))]
        elif path.name.startswith("trnews:"):
            # as bench/claims_eval.py reads them (the JSONL reader unwraps the hard-wrapped lines)
            from claims_eval import _trnews_document
            d = _trnews_document(f"trnews-{path.name[7:]}", Path(args.trnews))
            docs = [d] if d is not None else []
        else:
            docs = [d for d in iter_documents([str(path)]) if isinstance(d, RawDocument)]
        if not docs:
            print(f"{path}: no document read", file=sys.stderr)
            continue
        doc = docs[0]
        result = pipeline.process(doc)
        sents = {s.id: s for s in result.sentences}
        rec = {"doc": path.name, "claims": [], "missed": []}
        with_claim = set()
        print(f"== {path.name}")
        for c in result.claims:
            s = sents[c.sentence_id]
            with_claim.add(s.index)
            sp = c.speaker
            via = [v for v in c.via if v != doc.site]
            rec["claims"].append({"s": s.index, "sent": s.text, "speaker": sp and sp.text, "title": sp and sp.title,
                                  "country": sp and sp.country, "cue": c.cue, "content": c.content, "via": via})
            print(f"  s{s.index} | {sp and sp.text} ({sp and sp.title}, {sp and sp.country}) | {c.cue} | via={via}\n"
                  f"     sentence: {s.text}\n     content:  {c.content}")
        rec["missed"] = [{"s": s.index, "sent": s.text} for s in result.sentences
                         if s.index not in with_claim and _CUE_HINT.search(s.text)]
        records.append(rec)
    if args.json:
        Path(args.json).write_text(json.dumps(records, indent=1, ensure_ascii=False))
    print(f"{sum(len(r['claims']) for r in records)} claims in {len(records)} documents")


if __name__ == "__main__":
    main()
