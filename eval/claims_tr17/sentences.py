"""Print TR-News articles sentence by sentence, numbered as the pipeline numbers them (round cltr17).

    python eval/claims_tr17/sentences.py eval/claims_tr17/docs_tuned.txt [DOC_ID ...]

Used to label the attributions (gold_*.tsv) before any claims code was run on the articles: the split is
`eventwire.annotate.split_sentences` of the text `bench/claims_eval._trnews_document` gives, the same the
pipeline and `bench/claims_dump.py` number. Nothing of the claims extractor is run.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from claims_eval import _trnews_document  # noqa: E402

from eventwire import annotate  # noqa: E402

TRNEWS = ROOT.parent / "shared" / "eval" / "geo" / "trnews.jsonl"


def main():
    ids = [line.strip().removeprefix("trnews:") for line in open(sys.argv[1]) if line.strip()]
    if len(sys.argv) > 2:
        ids = [i for i in ids if i in sys.argv[2:]]
    for doc_id in ids:
        raw = _trnews_document(f"trnews-{doc_id}", TRNEWS)
        print(f"\n######## {doc_id}")
        for s in annotate.split_sentences(raw.id, raw.text):
            print(f"[{s.index}] {s.text}")


if __name__ == "__main__":
    main()
