"""Compare two `eventwire eval --details --json` files, timing fields dropped: per-record
predictions (records_detail) and all figures must be identical."""
import json, sys
TIMING = {"seconds", "records_per_s", "words_per_s", "peak_mb", "elapsed"}
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in TIMING and not k.endswith("_per_s")}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
a, b = (strip(json.load(open(p))) for p in sys.argv[1:3])
recs = preds = 0
for name, fa in a["files"].items():
    fb = b["files"].get(name)
    da, db = fa.get("records_detail", []), (fb or {}).get("records_detail", [])
    diff = [ (x.get("id"), x.get("predicted"), y.get("predicted")) for x, y in zip(da, db) if x != y]
    recs += len(da); preds += sum(len(x.get("predicted") or []) for x in da)
    if len(da) != len(db) or diff:
        print(f"{name}: {len(da)} vs {len(db)} records, {len(diff)} differ; first: {diff[:2]}")
print(f"{len(a['files'])} files, {recs} records, {preds} predictions compared;",
      "IDENTICAL" if a == b else "DIFFERENT")
sys.exit(0 if a == b else 1)
