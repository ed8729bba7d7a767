"""Match the claims `dump.py --json` printed against the attributions read by hand (issue #14, round gvc16).

    python eval/claims_gvc16/dump.py --list eval/claims_gvc16/docs_tuned.txt --json /tmp/t.json
    python eval/claims_gvc16/compare.py /tmp/t.json eval/claims_gvc16/attributions_tuned.tsv \
        --verdicts eval/claims_gvc16/readings.tsv
    python eval/claims_gvc16/compare.py /tmp/h.json eval/claims_gvc16/attributions_heldout.tsv --summary

Copied from `eval/claims_round13/compare.py`; the content matching is unchanged: an attribution is found when a
claim of the same document and sentence holds its `key` words (quotation marks and case ignored), one claim per
attribution, first claim first. Added: on the matched pairs,

- speaker right: one of the `head` words ("a/b": any of them) in the claim's speaker text or title (as
  `bench/claims_eval.py` does); `head` empty = an unnamed source, right when the claim has no speaker;
- via right: `via` empty = no channel given; `*` = not scored (a relay the labels leave open); otherwise one of
  its words ("a/b") in one of the claim's `via` entries. "named via right" counts the rows with a channel.

Claims matching no attribution are judged by hand in `readings.tsv` (doc, s, content's first 40 characters,
speaker as printed, verdict, note; "right" or "wrong"). `--summary` prints counts only (the held-out third,
whose output is never read line by line).
"""
import csv, json, re, sys
from pathlib import Path


def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[\"“”‘’']", "", t or "")).lower().strip()


def speaker_ok(c, head):
    if not head:
        return c["speaker"] is None
    if c["speaker"] is None:
        return False
    words = {w.strip("().,'’").lower() for w in f"{c['speaker']} {c.get('title') or ''}".split()}
    text = f"{c['speaker']} {c.get('title') or ''}".lower()
    return any(h.lower() in words or (" " in h or "-" in h) and h.lower() in text for h in head.split("/"))


def via_ok(c, via):
    if via == "*":
        return None
    if not via:
        return not c["via"]
    return any(h.lower() in v.lower() for h in via.split("/") for v in c["via"])


def main():
    dump = json.loads(Path(sys.argv[1]).read_text())
    gold = list(csv.DictReader(open(sys.argv[2]), delimiter="\t"))
    verdicts = {}
    if "--verdicts" in sys.argv:
        for r in csv.DictReader(open(sys.argv[sys.argv.index("--verdicts") + 1]), delimiter="\t"):
            verdicts[(r["doc"], int(r["s"]), r["content"][:40], r["speaker"] or None)] = r["verdict"]
    claims = {r["doc"]: r["claims"] for r in dump}
    used, miss_rows, by_form, pairs = set(), [], {}, []
    for g in gold:
        doc, s, key = g["doc"], int(g["s"]), norm(g["key"])
        hit = next((i for i, c in enumerate(claims.get(doc, []))
                    if c["s"] == s and key in norm(c["content"]) and (doc, i) not in used), None)
        f = by_form.setdefault(g["form"], [0, 0])
        f[1] += 1
        if hit is None:
            miss_rows.append(g)
        else:
            used.add((doc, hit))
            pairs.append((g, doc, hit))
            f[0] += 1
    found = len(used)
    sp_ok = [(g, d, i) for g, d, i in pairs if speaker_ok(claims[d][i], g["head"])]
    vias = [(g, d, i, via_ok(claims[d][i], g["via"])) for g, d, i in pairs]
    v_scored = [x for x in vias if x[3] is not None]
    v_named = [x for x in v_scored if x[0]["via"]]
    gold_named = [g for g in gold if g["via"] and g["via"] != "*"]
    v = lambda d, c: verdicts.get((d, c["s"], c["content"][:40], c["speaker"]))
    extra = [(d, c) for d, cs in claims.items() for i, c in enumerate(cs) if (d, i) not in used]
    right = sum(v(d, c) == "right" for d, c in extra)
    wrong = sum(v(d, c) == "wrong" for d, c in extra)
    total = sum(map(len, claims.values()))
    print(f"attributions {len(gold)}: found {found}, missed {len(gold) - found} (recall {found / len(gold):.3f})")
    print(f"speaker right on found: {len(sp_ok)} of {found} ({len(sp_ok) / max(found, 1):.3f})")
    print(f"via right on found: {sum(x[3] for x in v_scored)} of {len(v_scored)} "
          f"({sum(x[3] for x in v_scored) / max(len(v_scored), 1):.3f}); named via right "
          f"{sum(x[3] for x in v_named)} of {len(v_named)} found ({len(gold_named)} named in all)")
    print(f"claims {total}: matched {found}, matched with the right speaker {len(sp_ok)}; others {len(extra)}"
          + ("" if "--summary" in sys.argv else
             f" (judged right {right}, wrong {wrong}, unjudged {len(extra) - right - wrong}); "
             f"right by reading {len(sp_ok) + right} ({(len(sp_ok) + right) / max(total, 1):.3f})"))
    for form, (a, b) in sorted(by_form.items(), key=lambda x: -x[1][1]):
        print(f"  {form:16s} {a}/{b}")
    if "--summary" in sys.argv:
        return
    print("\nMISSED")
    for g in miss_rows:
        print(f"  {g['doc']} s{g['s']} | {g['source']} | {g['cue']} | {g['key']} | {g['form']}")
    print("\nMATCHED, WRONG SPEAKER OR VIA (gold head | gold via || speaker | via | content)")
    for g, d, i, vo in vias:
        c = claims[d][i]
        if not speaker_ok(c, g["head"]) or vo is False:
            print(f"  {d} s{c['s']} | {g['head']} | {g['via']} || {c['speaker']} | {c['via']} | {c['content'][:80]}")
    print("\nOTHER CLAIMS")
    for d, c in extra:
        print(f"  [{v(d, c) or '?'}] {d} s{c['s']} | {c['speaker']} | {c['cue']} | via={c['via']} | {c['content']}")


if __name__ == "__main__":
    main()
