"""Write labels_tuned.tsv / labels_heldout.tsv from the sentence list and the hand-written events.

Run once while labelling (before any coder run); kept for the record.
    .venv/bin/python eval/events_lgl15/build_labels.py EVENTS_TUNED EVENTS_HELD NOTES [POOL_DIR]
Each events file: row, sentence index, cameo, source, target, note (tab-separated; "-" = null).
Every sentence gets a line; a sentence with no event has cameo "-".
POOL_DIR (optional) is another round's folder: one holding a `pool.py` with the same interface as
this folder's sentences.py (halves, articles, sentences; eval/events_tr17 for its TR-News articles,
keyed by doc id), or one holding only a rows.txt of LGL rows (eval/events_lgl17); the label files
are then written there.
"""
import csv
import importlib.util
import sys
from functools import partial
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sentences as _lgl  # noqa: E402

HERE = Path(__file__).resolve().parent


def load_pool(pool_dir: str | None):
    """(pool, folder): this folder's sentences.py; POOL_DIR/pool.py (its own articles, eval/events_tr17); or,
    for a folder with only a rows.txt of LGL rows (eval/events_lgl17), this folder's sentences.py over it."""
    if not pool_dir:
        return _lgl, HERE
    folder = Path(pool_dir).resolve()
    if not (folder / "pool.py").exists():
        return SimpleNamespace(halves=partial(_lgl.halves, folder), articles=partial(_lgl.articles, folder),
                               sentences=_lgl.sentences), folder
    spec = importlib.util.spec_from_file_location(f"pool_{folder.name}", folder / "pool.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, folder


def read(path):
    out = {}
    for line in Path(path).read_text().splitlines():
        if line.strip():
            parts = line.split("\t")
            out.setdefault((parts[0], int(parts[1])), []).append(parts[2:])
    return out


def main(tuned_events, held_events, notes_path, pool_dir=None):
    pool, out_dir = load_pool(pool_dir)
    notes = {k: v[0][0] for k, v in read(notes_path).items()}
    arts = pool.articles()
    for part, path in (("tuned", tuned_events), ("heldout", held_events)):
        events = read(path)
        seen = set()
        with (out_dir / f"labels_{part}.tsv").open("w", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["row", "doc_id", "sent", "start", "cameo", "source", "target", "note"])
            for row in pool.halves()[part]:
                a = arts[row]
                for s in pool.sentences(row, a):
                    key = (str(row), s.index)
                    evs = events.get(key)
                    if evs:
                        seen.add(key)
                        for code, src, tgt, note in evs:
                            w.writerow([row, a["doc_id"], s.index, s.start, code, src, tgt, note])
                    else:
                        w.writerow([row, a["doc_id"], s.index, s.start, "-", "-", "-", notes.get(key, "")])
        missing = set(events) - seen
        assert not missing, missing


if __name__ == "__main__":
    main(*sys.argv[1:5])
