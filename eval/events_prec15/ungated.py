"""The round-15 pool's events with the learned detector's page gate (Pipeline._vouched) turned off:
what the rules alone give on pages that are not about war (the gate drops non-force events on pages
it does not read as political, which is why the gated run codes almost nothing there).

    PYTHONHASHSEED=0 python eval/events_prec15/ungated.py CODE_ROOT heldout|tuning OUT.jsonl

CODE_ROOT: the checkout whose eventwire is run (this worktree, or `git archive c4f5f16 | tar -x -C DIR`
for the code before the round). Rows as dump.py's --out.
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    root, half, out = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.path.insert(0, str(Path(root).resolve()))
    from eventwire.pipeline import Pipeline
    Pipeline._vouched = lambda self, events, sentences: events
    spec = importlib.util.spec_from_file_location("prec15_dump", HERE / "dump.py")
    dump = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dump)  # (eventwire is already imported from CODE_ROOT)
    pages = json.loads(dump.GROUND_TRUTH.read_text(encoding="utf-8"))
    pipe = Pipeline()
    rows = []
    for x in dump.split()[half]:
        result = pipe.process_text(pages[x]["articleBody"], published=dump.date_of(pages[x].get("url")), doc_id=x[:10])
        sents = {s.id: s for s in result.sentences}
        for e in result.events:
            s = sents.get(e.sentence_id)
            rows.append({"doc": x[:10], "s": s.index if s else None, "stated": not (e.negated or e.hypothetical),
                         "event": f"{e.cameo} {dump.round9.describe(e.source)}->{dump.round9.describe(e.target)} "
                                  f"[{e.trigger}]", "sentence": e.evidence[:300]})
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    print(f"{len(rows)} events, {sum(r['stated'] for r in rows)} stated", file=sys.stderr)


if __name__ == "__main__":
    main()
