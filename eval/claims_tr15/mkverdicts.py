"""Write a verdicts file (format of eval/claims_news15/table.py) from claim numbers (round cltr15).

    python eval/claims_tr15/mkverdicts.py RUN.json JUDGED.txt > VERDICTS.tsv

JUDGED.txt: lines `<number><TAB><verdict><TAB><note>`, the number being the claim's [n] in the listing
`python eval/claims_news15/table.py RUN.json` prints; unlisted claims are `right`.
"""
import json
import sys

sys.path.insert(0, "eval/claims_news15")
from table import key  # noqa: E402

claims = [key(d["doc"], c) for d in json.load(open(sys.argv[1])) for c in d["claims"]]
print("key\tverdict\tnote")
for line in open(sys.argv[2], encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if p and p[0].strip().isdigit():
        print(f"{claims[int(p[0])]}\t{p[1]}\t{p[2] if len(p) > 2 else ''}")
