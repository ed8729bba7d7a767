"""Measure ActorResolver.resolve() against the gold actors of the CAMEO-manual PLOVER set.

    .venv/bin/python bench/actors_eval.py [path/to/plover_gsr_cameo_manual.jsonl] [--errors]

Each gold actor has `actorText`, a `code` (ISO-3 country, or IGO/NGO/IMG) and sometimes a `sector`.
- country accuracy: the first three letters of our actor code equal the gold code (CAMEO's old
  JAP/ITL/VTN are read as JPN/ITA/VNM); an unresolved phrase counts as wrong.
- code accuracy (sector given): country and sector (first three letters of the gold sector, CIV read
  as CVL, JRN as MED) both right, over the gold actors that carry a sector other than "***".
- code accuracy (lenient): as above, and a gold actor without a sector needs only the country.
Exits 0 with a message when the set is absent.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.actors import default_resolver  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "events" / "plover_gsr_cameo_manual.jsonl"
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_SYNONYMS = {"CIV": "CVL", "JRN": "MED"}


def gold_actors(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        for ev in rec.get("expected") or []:
            for key in ("source_actors", "target_actors"):
                for a in ev.get(key) or []:
                    if a.get("actorText") and a.get("code"):
                        yield a


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT.resolve()
    if not path.exists():
        print(f"actors_eval: evaluation set not found ({path}); nothing to measure.")
        return 0
    show_errors = "--errors" in argv

    t0 = time.perf_counter()
    resolver = default_resolver()
    load_s = time.perf_counter() - t0
    golds = list(gold_actors(path))
    if not golds:
        print(f"actors_eval: no gold actors in {path}.")
        return 0
    n = country_ok = unresolved = 0
    with_sector = code_ok = lenient_ok = 0
    errors = []
    t0 = time.perf_counter()
    for g in golds:
        got = resolver.resolve(g["actorText"])
        n += 1
        gc = LEGACY.get(g["code"][:3], g["code"][:3])
        pc = got.actor[:3] if got and got.actor else None
        gs = (g.get("sector") or "")[:3].upper()
        gs = SECTOR_SYNONYMS.get(gs, gs)
        if gs == "***":
            gs = ""
        ps = got.sector if got else None
        c_ok = pc == gc
        country_ok += c_ok
        unresolved += got is None
        if gs:
            with_sector += 1
            code_ok += c_ok and ps == gs
            lenient_ok += c_ok and ps == gs
        else:
            lenient_ok += c_ok
        if not (c_ok and (not gs or ps == gs)):
            errors.append((g["actorText"], f"{gc}{gs}", got.actor if got else None))
    run_s = time.perf_counter() - t0
    # time without the per-phrase cache: distinct phrases, first call each
    print(f"set: {path.name}  gold actors: {n}  (with a sector: {with_sector})")
    print(f"country accuracy        : {country_ok / n:.3f}  ({country_ok}/{n})")
    print(f"code accuracy (sector)  : {code_ok / max(with_sector, 1):.3f}  ({code_ok}/{with_sector})")
    print(f"code accuracy (lenient) : {lenient_ok / n:.3f}  ({lenient_ok}/{n})")
    print(f"unresolved (None)       : {unresolved}")
    print(f"load {load_s * 1000:.0f} ms; resolve {run_s / n * 1e6:.0f} us/phrase")
    if show_errors:
        for text, gold, got in errors:
            print(f"  {text!r}: gold {gold} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
