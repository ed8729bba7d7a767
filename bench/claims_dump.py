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


def claims_record(name: str, result, own_site: str | None = None, missed: bool = True) -> dict:
    """The JSON record of one document's claims (also `eval/claims_round13/dump.py`'s): its name, each
    claim's sentence index and text, speaker (text, title, country), cue, content and `via` (without
    `own_site`, the document's own outlet), and with `missed` the sentences holding a common cue word
    but no claim (else an empty list)."""
    sents = {s.id: s for s in result.sentences}
    rec = {"doc": name, "claims": [], "missed": []}
    for c in result.claims:
        s = sents[c.sentence_id]
        sp = c.speaker
        rec["claims"].append({"s": s.index, "sent": s.text, "speaker": sp and sp.text, "title": sp and sp.title,
                              "country": sp and sp.country, "cue": c.cue, "content": c.content,
                              "via": [v for v in c.via if v != own_site]})
    if missed:
        with_claim = {c["s"] for c in rec["claims"]}
        rec["missed"] = [{"s": s.index, "sent": s.text} for s in result.sentences
                         if s.index not in with_claim and _CUE_HINT.search(s.text)]
    return rec


def print_claims(rec: dict, roles: bool = True) -> None:
    """Print a `claims_record` for reading: the document, then each claim's sentence index, speaker
    (with `roles`, its title and country), cue and via, sentence and content."""
    print(f"== {rec['doc']}")
    for c in rec["claims"]:
        speaker = f"{c['speaker']} ({c['title']}, {c['country']})" if roles else c["speaker"]
        print(f"  s{c['s']} | {speaker} | {c['cue']} | via={c['via']}\n"
              f"     sentence: {c['sent']}\n     content:  {c['content']}")


def write_records(records: list[dict], json_path: str | None) -> None:
    """Write the records to `json_path` (when given) and print how many claims they hold."""
    if json_path:
        Path(json_path).write_text(json.dumps(records, indent=1, ensure_ascii=False))
    print(f"{sum(len(r['claims']) for r in records)} claims in {len(records)} documents")


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
        rec = claims_record(path.name, pipeline.process(doc), own_site=doc.site)
        print_claims(rec)
        records.append(rec)
    write_records(records, args.json)


if __name__ == "__main__":
    main()
