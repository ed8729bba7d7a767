"""dep.py 'sentence' ...: the parse (token, tag, dep, head) as the coder sees it."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from eventwire.annotate import parse
for doc in parse(sys.argv[1:]):
    print("##", doc.text)
    for t in doc:
        print(f"  {t.i:2} {t.text:14} {t.lemma_:12} {t.pos_:5} {t.tag_:4} {t.dep_:10} -> {t.head.i} {t.head.text} {t.ent_type_}")
