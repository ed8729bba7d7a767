import sys, json, re
sys.path.insert(0, ".")
from eventwire.pipeline import Pipeline
used = set(json.load(open("eval/claims_chan14/used_ids.json")))
docs = []
for f in ["../shared/eval/geo/lgl.jsonl", "../shared/eval/geo/trnews.jsonl"]:
    for line in open(f):
        r = json.loads(line)
        if r["doc_id"] in used or r.get("url") in used: continue
        docs.append((r["doc_id"], r["text"]))
for line in open("../shared/eval/coref/gvc/documents.jsonl"):
    r = json.loads(line)
    if r["doc_id"] in used: continue
    docs.append((r["doc_id"], "\n".join(" ".join(s) for s in r["sentences"])))
pat = re.compile(r"citing|cited by|which cited|quoted by|in (?:an? )?(?:interview|comments|remarks|statement)s? (?:published|carried|broadcast|aired|released)|told [A-Z0-9]|[A-Z]{4}-TV|Channel \d|FOX \d|Fox \d")
sel = [(i, t) for i, t in docs if pat.search(t)]
print(len(docs), "docs;", len(sel), "selected", file=sys.stderr)
p = Pipeline()
out = {}
for i, t in sel:
    r = p.process_text(t, published="2010-01-01", doc_id=i)
    out[i] = [dict(ev=c.evidence[:300], speaker=c.speaker.text if c.speaker else None, actor=c.speaker.actor if c.speaker else None,
                   country=c.speaker.country if c.speaker else None, cue=c.cue, via=c.via, content=c.content[:200]) for c in r.claims]
json.dump(out, open(sys.argv[1], "w"), indent=0)
