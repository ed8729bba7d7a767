"""ECB+ news sentences kept as references (eval/events_news.jsonl): detokenizing and resolving."""
from __future__ import annotations

import json

import pytest

from eventwire import evaluate
from eventwire.evaluate import detokenize, load_gold

REPO_SET = evaluate._REPO_ROOT / "eval" / "events_news.jsonl"
ECBPLUS = evaluate.default_eval_dir() / "coref" / "ecbplus" / "documents.jsonl"


def test_detokenize_joins_tokens_into_natural_text():
    tokens = ("The navy 's ship , `` INS Tabar , '' did n't stop the Chargers ' receiver "
              "( 2 . 6 million ; a three - week raid in the U . S . at 1 : 30 ) : 5 % rose !").split()
    assert detokenize(tokens) == (
        "The navy's ship, \"INS Tabar,\" didn't stop the Chargers' receiver "
        "(2.6 million; a three-week raid in the U.S. at 1:30): 5% rose!")
    assert detokenize("He said ' no ' and $ 5 .".split()) == "He said 'no' and $5."


@pytest.fixture
def no_shared(tmp_path, monkeypatch):
    monkeypatch.setenv(evaluate.EVAL_DIR_ENV, str(tmp_path / "missing"))
    evaluate._ecbplus_sentences.cache_clear()
    yield
    evaluate._ecbplus_sentences.cache_clear()


def test_without_shared_the_records_are_skipped_and_named(no_shared):
    gs = load_gold(REPO_SET)
    assert gs.records == []
    assert gs.skipped == {"text not available (needs ../shared/eval/coref/ecbplus)": 330}


@pytest.mark.skipif(not ECBPLUS.is_file(), reason="needs ../shared/eval/coref/ecbplus")
def test_every_reference_resolves_to_its_ecbplus_sentence():
    evaluate._ecbplus_sentences.cache_clear()
    docs = {}
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs[d["doc_id"]] = dict(zip(d["sentence_ids"], d["sentences"]))
    raw = [json.loads(line) for line in REPO_SET.read_text(encoding="utf-8").splitlines()]
    gs = load_gold(REPO_SET)
    assert not gs.skipped and len(gs.records) == len(raw) == 330
    for r, rec in zip(raw, gs.records):
        assert "text" not in r  # the repository keeps no article text
        tokens = docs[r["text_ref"]["ecbplus"]][r["text_ref"]["sent_id"]]
        assert rec.id == r["id"] and rec.text == detokenize(tokens)
        assert " , " not in rec.text and "``" not in rec.text
    # dev and test share no topic
    dev = {r["topic"] for r in raw if r["split"] == "dev"}
    test = {r["topic"] for r in raw if r["split"] == "test"}
    assert dev and test and not dev & test


def test_a_bad_reference_is_skipped_not_fatal(tmp_path):
    path = tmp_path / "refs.jsonl"
    path.write_text(json.dumps({"id": "x", "text_ref": {"ecbplus": "no_such_doc", "sent_id": 0},
                                "date": None, "expected": []}) + "\n", encoding="utf-8")
    gs = load_gold(path)
    assert gs.records == [] and sum(gs.skipped.values()) == 1
