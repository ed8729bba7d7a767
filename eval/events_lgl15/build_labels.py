"""Write labels_tuned.tsv / labels_heldout.tsv from the sentence list and the hand-written events.

Run once while labelling (before any coder run); kept for the record.
    .venv/bin/python eval/events_lgl15/build_labels.py EVENTS_TUNED EVENTS_HELD NOTES [--dir FOLDER]
(FOLDER: another round's folder with its rows.txt; the labels are written there.)
Each events file: row, sentence index, cameo, source, target, note (tab-separated; "-" = null).
Every sentence gets a line; a sentence with no event has cameo "-".
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentences import articles, halves, round_dir, sentences  # noqa: E402

HERE = Path(__file__).resolve().parent


def read(path):
    out = {}
    for line in Path(path).read_text().splitlines():
        if line.strip():
            parts = line.split("\t")
            out.setdefault((int(parts[0]), int(parts[1])), []).append(parts[2:])
    return out


def main(tuned_events, held_events, notes_path, folder=HERE):
    notes = {k: v[0][0] for k, v in read(notes_path).items()}
    arts = articles(folder)
    for part, path in (("tuned", tuned_events), ("heldout", held_events)):
        events = read(path)
        seen = set()
        with (folder / f"labels_{part}.tsv").open("w", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["row", "doc_id", "sent", "start", "cameo", "source", "target", "note"])
            for row in halves(folder)[part]:
                a = arts[row]
                for s in sentences(row, a):
                    key = (row, s.index)
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
    folder = round_dir(sys.argv)
    main(*sys.argv[1:4], folder=folder)
