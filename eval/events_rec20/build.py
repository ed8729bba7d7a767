"""Build eval/events_rec20/events_rec20.jsonl from source.txt (the round's own written text).

source.txt: one document per block ('=== doc | title | date | topic'), one sentence a line with
its labels after ' || ' ('CODE SRC:f>TGT:f ; ...', f = s sentence / d document / n null; '-' = null
actor) and a note after '#'; a blank line starts a new paragraph. Every third document (index 2, 5, 8, ...: the 3rd, 6th, ...)
is 'heldout', the rest 'tuned' (fixed before labelling).

    python eval/events_rec20/build.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
FROM = {"s": "sentence", "d": "document", "n": None}


def actor(tok):
    tok = tok.strip()
    if ":" in tok:
        code, f = tok.rsplit(":", 1)
    else:
        code, f = tok, "n"
    code = code.strip()
    if code in ("-", ""):
        return None, None
    return code, FROM[f]


def events(spec):
    out = []
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d{3,4})\s+(\S+)>(\S+)", part)
        if not m:
            raise ValueError(f"bad label {part!r}")
        src, sf = actor(m.group(2))
        tgt, tf = actor(m.group(3))
        out.append({"source": src, "target": tgt, "code": m.group(1),
                    "source_from": sf, "target_from": tf})
    return out


def main():
    docs = []
    for line in (HERE / "source.txt").read_text().splitlines():
        if line.startswith("# ") or line == "#":
            continue
        if line.startswith("=== "):
            doc, title, date, topic = [x.strip() for x in line[4:].split("|")]
            docs.append({"doc": doc, "title": title, "date": date, "topic": topic, "paras": [[]]})
            continue
        if not line.strip():
            if docs and docs[-1]["paras"][-1]:
                docs[-1]["paras"].append([])
            continue
        docs[-1]["paras"][-1].append(line)
    recs = []
    n = 0
    for k, d in enumerate(docs, 1):
        split = "heldout" if k % 3 == 0 else "tuned"
        paras = [p for p in d["paras"] if p]
        for pi, para in enumerate(paras, 1):
            for si, line in enumerate(para, 1):
                text, _, rest = line.partition("||")
                label, _, note = rest.partition("#")
                rec = {"id": f"evr20-{n:03d}", "doc": d["doc"], "title": d["title"], "para": pi,
                       "sent": si, "date": d["date"], "text": text.strip(),
                       "expected": events(label), "split": split, "topic": d["topic"]}
                if note.strip():
                    rec["note"] = note.strip()
                recs.append(rec)
                n += 1
    with open(HERE / "events_rec20.jsonl", "w") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for sp in ("tuned", "heldout"):
        rs = [r for r in recs if r["split"] == sp]
        print(sp, "records", len(rs), "docs", len({r["doc"] for r in rs}),
              "events", sum(len(r["expected"]) for r in rs),
              "empty", sum(1 for r in rs if not r["expected"]))


if __name__ == "__main__":
    main()
