"""bench/linking.py: the coreference scores it prints (checked on hand-worked partitions) and a run
on a small folder in the layout of ../shared/eval/coref/gvc, through the store's linking rule."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "linking.py"


def bench():
    spec = importlib.util.spec_from_file_location("bench_linking", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_match_hand_worked_partitions():
    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{"a", "b"}, {"c", "d", "e"}]
    s = bench().scored(key, response)
    # MUC: each key chain loses one link (3-2 + 2-1 of 2+1 links); each response chain one of 1+2
    assert s["MUC"] == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # B3: per mention precision 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1 -> both 11/15
    assert s["B3"] == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    # CEAF-e: best alignment abc-ab (2*2/5) + de-cde (2*2/5) = 1.6 over 2 chains each side
    assert s["CEAF-e"] == pytest.approx((0.8, 0.8, 0.8))
    assert s["conll"][2] == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)
    perfect = bench().scored(key, key)
    assert all(perfect[m][2] == pytest.approx(1.0) for m in ("MUC", "B3", "CEAF-e"))


DOCS = [
    ("a1", "1", "2016-03-14", "Man shot dead outside Kokomo bar",
     ["A man was shot and killed outside a bar in Kokomo , Indiana , on Sunday .",
      "Police identified the victim as Darnell Whitaker , 27 ."]),
    ("a2", "1", "2016-03-15", "Police name victim of fatal Kokomo shooting",
     ["Kokomo police on Monday named Darnell Whitaker as the man who died after being shot on Sunday .",
      "Whitaker was pronounced dead at the scene ."]),
    ("b1", "2", "2016-03-14", "Woman wounded in Tucson drive-by",
     ["A woman was wounded in a drive-by shooting in Tucson , Arizona , on Sunday night .",
      "Maria Delgado , 34 , is in stable condition ."]),
]
# (doc, sentence, word, gold chain)
MENTIONS = [("a1", 0, "shot", "a-hit"), ("a1", 0, "killed", "a-death"), ("a2", 0, "died", "a-death"),
            ("a2", 0, "shot", "a-hit"), ("a2", 1, "dead", "a-death"), ("b1", 0, "wounded", "b-injury"),
            ("b1", 0, "shooting", "b-fire")]


def write_folder(folder: Path, split: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "documents.jsonl").open("w") as f:
        for doc, topic, day, title, sentences in DOCS:
            f.write(json.dumps({"doc_id": doc, "subtopic": topic, "date": day, "title": title, "split": split,
                                "sentence_ids": list(range(len(sentences))),
                                "sentences": [s.split() for s in sentences]}) + "\n")
    with (folder / "event_mentions.jsonl").open("w") as f:
        for n, (doc, sent, word, chain) in enumerate(MENTIONS):
            tokens = next(d for d in DOCS if d[0] == doc)[4][sent].split()
            f.write(json.dumps({"mention_id": f"m{n}", "doc_id": doc, "sent_id": sent, "split": split,
                                "token_ids": [tokens.index(word)], "text": word, "cluster": chain}) + "\n")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True,
                          cwd=BENCH.parent.parent)


def test_bench_links_reports_of_one_shooting_and_keeps_another_apart(tmp_path):
    write_folder(tmp_path / "gold", split="dev")
    done = run(str(tmp_path / "gold"), "--split", "dev")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "conll_f1=1.000", done.stdout  # two reports of one death, a shot, and a drive-by
    assert lines[-2].startswith("baseline_conll_f1=")
    assert any("MUC" in line for line in lines) and any("CEAF-e" in line for line in lines)


def test_a_bad_mention_is_named_and_left_out_of_the_scores(tmp_path):
    write_folder(tmp_path / "gold")
    with (tmp_path / "gold" / "event_mentions.jsonl").open("a") as f:
        f.write(json.dumps({"mention_id": "bad", "doc_id": "a1", "sent_id": 7, "token_ids": [0], "cluster": "x"}) + "\n")
        f.write(json.dumps({"mention_id": "elsewhere", "doc_id": "zz", "sent_id": 0, "token_ids": [0],
                            "cluster": "y"}) + "\n")
    done = run(str(tmp_path / "gold"))
    assert done.returncode == 0, done.stderr
    assert "mention 'bad' left out" in done.stderr and "mention 'elsewhere' left out" in done.stderr
    assert done.stdout.strip().splitlines()[-1] == "conll_f1=1.000"


def test_bench_names_a_missing_split_or_file(tmp_path):
    write_folder(tmp_path / "gold", split="dev")
    done = run(str(tmp_path / "gold"), "--split", "test")
    assert done.returncode != 0 and "no split 'test'" in done.stderr and "dev" in done.stderr
    done = run(str(tmp_path / "nowhere"))
    assert done.returncode != 0 and "documents.jsonl: no such file" in done.stderr
