"""Run the extractor on a round's own written sentences and print / save / score its claims.

    .venv/bin/python eval/claims_prec16/run_sentences.py SENTENCES.tsv OUT.tsv [--part tuned|heldout|all] [--quiet]

Used by rounds clprec16 (eval/claims_prec16/sentences.tsv) and clpol17 (eval/claims_pol17/sentences.tsv).
Each row (a sentence or a short passage) is processed alone (published 2024-05-01). Row i (0-based, after the
header) is held out when i % 3 == 2.

The expected column holds "none" or claims joined by " || ", each "speaker | cue | content" with an optional
fourth field "via" (round clpol17): speaker "-" for an unnamed source, via "-" for no channel, " ... " between
the parts of a split quotation.

OUT.tsv: index, part, sentence, expected, the predicted claims as "speaker | cue | content [| via]" joined by
" || " ("none" when there are none), and the row's verdict counts. With --quiet nothing is printed row by row
and no row is written (the held-out part is scored for counts only); the summary is printed either way.

Scoring (as bench/claims_eval.py does on the blind sets): a prediction matches an expected claim of the same row
when their character spans overlap by at least half of each span's length (one-to-one, largest overlap first);
content P = matched / predicted, R = matched / expected. Speaker accuracy on the matched pairs: "-" matches no
speaker; otherwise the expected speaker's text is in the predicted speaker's text or title, or the reverse, or
its last word is one of its words, or every word of the predicted text is in the expected one. Via accuracy on the matched pairs: "-" matches an empty via; otherwise the expected channel's
last word is in one of the predicted via entries (rows whose expected claims have only three fields are not
scored for via).
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from eventwire.pipeline import Pipeline  # noqa: E402


def _find(text, piece, start=0):
    at = text.find(piece, start)
    if at < 0:
        at = text.lower().find(piece.lower(), start)
    return at


def expected_claims(text, exp):
    """[(speaker, cue, (start, end) or None, via or None)] of an expected cell."""
    if exp.strip() == "none":
        return []
    out = []
    for part in exp.split(" || "):
        f = [x.strip() for x in part.split(" | ")]
        pieces, start, span = f[2].split(" ... "), 0, None
        for piece in pieces:
            at = _find(text, piece, start)
            if at < 0:
                span = None
                break
            span = (at if span is None else span[0], at + len(piece))
            start = at + len(piece)
        out.append((f[0], f[1], span, f[3] if len(f) > 3 else None))
    return out


def predicted_span(text, claim):
    if claim.content_span:
        return tuple(claim.content_span)
    if claim.content:
        at = _find(text, claim.content)
        if at >= 0:
            return (at, at + len(claim.content))
    return None


def _overlap(a, b):
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(expected, predicted):
    """One-to-one pairs (expected index, predicted index) overlapping by half of each span, largest first."""
    cands = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            ov = _overlap(e[2], p)
            if ov and ov >= 0.5 * (e[2][1] - e[2][0]) and ov >= 0.5 * (p[1] - p[0]):
                cands.append((ov, i, j))
    pairs, used_e, used_p = [], set(), set()
    for ov, i, j in sorted(cands, reverse=True):
        if i not in used_e and j not in used_p:
            pairs.append((i, j))
            used_e.add(i)
            used_p.add(j)
    return pairs


def speaker_right(exp, claim):
    sp = claim.speaker
    if exp == "-":
        return sp is None
    if sp is None:
        return False
    said = f"{sp.text or ''} {getattr(sp, 'title', '') or ''}".lower()
    exp = exp.lower()
    pred_words, exp_words = (sp.text or "").lower().split(), exp.split()
    return (exp in said or bool(pred_words) and set(pred_words) <= set(exp_words)
            or exp_words[-1] in said.split())


def via_right(exp, claim):
    if exp == "-":
        return not claim.via
    head = exp.lower().split()[-1]
    return any(head in v.lower() for v in claim.via)


def main():
    src, out = sys.argv[1], sys.argv[2]
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "all"
    quiet = "--quiet" in sys.argv
    rows = list(csv.reader(open(src, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    p = Pipeline()
    w = csv.writer(open(out, "w", encoding="utf-8"), delimiter="\t", lineterminator="\n")
    w.writerow(["i", "part", "sentence", "expected", "predicted", "verdict"])
    tot = dict(expected=0, predicted=0, matched=0, speaker=0, via_scored=0, via=0, named_via=0, named_via_right=0,
               unlocated=0, negative_rows=0, negative_rows_with_claims=0)
    for i, (sent, exp) in enumerate(rows):
        pt = "heldout" if i % 3 == 2 else "tuned"
        if part != "all" and pt != part:
            continue
        r = p.process_text(sent, published="2024-05-01")
        claims = list(r.claims)
        ex = expected_claims(sent, exp)
        tot["unlocated"] += sum(1 for e in ex if e[2] is None)
        spans = [predicted_span(sent, c) for c in claims]
        pairs = match(ex, spans)
        sp_ok = sum(1 for i_, j in pairs if speaker_right(ex[i_][0], claims[j]))
        scored = [(i_, j) for i_, j in pairs if ex[i_][3] is not None]
        via_ok = sum(1 for i_, j in scored if via_right(ex[i_][3], claims[j]))
        named = [(i_, j) for i_, j in scored if ex[i_][3] != "-"]
        tot["expected"] += len(ex)
        tot["predicted"] += len(claims)
        tot["matched"] += len(pairs)
        tot["speaker"] += sp_ok
        tot["via_scored"] += len(scored)
        tot["via"] += via_ok
        tot["named_via"] += len(named)
        tot["named_via_right"] += sum(1 for i_, j in named if via_right(ex[i_][3], claims[j]))
        if not ex:
            tot["negative_rows"] += 1
            tot["negative_rows_with_claims"] += bool(claims)
        verdict = (f"exp {len(ex)} pred {len(claims)} match {len(pairs)} spk {sp_ok}/{len(pairs)} "
                   f"via {via_ok}/{len(scored)}")
        if quiet:
            continue
        pred = " || ".join(
            f"{c.speaker.text if c.speaker else None} | {c.cue} | {c.content}" + (f" | {','.join(c.via)}" if c.via else "")
            for c in claims) or "none"
        w.writerow([i, pt, sent, exp, pred, verdict])
        if pt == "tuned" or part == "heldout":
            flag = "" if len(pairs) == len(ex) == len(claims) and sp_ok == len(pairs) and via_ok == len(scored) else "  <<"
            print(f"[{i}] {sent}\n   exp:  {exp}\n   pred: {pred}\n   {verdict}{flag}")
    P = tot["matched"] / tot["predicted"] if tot["predicted"] else 0.0
    R = tot["matched"] / tot["expected"] if tot["expected"] else 0.0
    print(f"part={part} expected={tot['expected']} predicted={tot['predicted']} matched={tot['matched']} "
          f"content P={P:.3f} R={R:.3f} speaker acc={tot['speaker'] / max(1, tot['matched']):.3f} "
          f"via acc={tot['via'] / max(1, tot['via_scored']):.3f} (named via right {tot['named_via_right']} of "
          f"{tot['named_via']}) negative rows with a claim={tot['negative_rows_with_claims']} of "
          f"{tot['negative_rows']} unlocated expected={tot['unlocated']}")


if __name__ == "__main__":
    main()
