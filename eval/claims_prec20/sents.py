"""Print each document of this folder as the project's reader gives it, sentence by sentence with its
index (annotate.split_sentences), for labelling. No claims code is run."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from eventwire import annotate  # noqa: E402
from eventwire.inputs import iter_documents  # noqa: E402

for name in sys.argv[1:]:
    doc = next(iter(iter_documents([str(ROOT / "eval/claims_prec20/docs" / f"{name}.txt")])))
    print(f"== {name} ({len(doc.text)} chars)")
    for s in annotate.split_sentences(doc.id, doc.text):
        print(f"  s{s.index} [{s.start}] {s.text}")
