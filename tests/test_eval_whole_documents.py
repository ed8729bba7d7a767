"""`eventwire eval --whole-documents`: in-context records (sets with `para`) coded in their whole
document, as `eventwire ingest` codes it, so what earlier paragraphs say (whose turn a transcript
paragraph is, who "they" are) reaches the labelled sentence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
COMPACT = "wh-2024-07-11-remarks-by-president-biden-on-the-ukraine-compact.md"
# President Zelenskyy's turn, many paragraphs after "PRESIDENT ZELENSKYY:" in the transcript
THANKS = ("I thank President Biden for his leadership and all the efforts to make our security cooperation "
          "full of strong actions.")


def test_a_sentence_is_found_in_its_document_exactly_or_up_to_spacing():
    doc = "First paragraph.\n\nThe  leaders\u00a0met in\nGeneva. They agreed."
    assert ev.locate_sentence(doc, "First paragraph.") == (0, 16)
    a, b = ev.locate_sentence(doc, "The leaders met in Geneva.")
    assert doc[a:b] == "The  leaders\u00a0met in\nGeneva."
    assert ev.locate_sentence(doc, "They agreed.", start=30) is not None
    assert ev.locate_sentence(doc, "First paragraph.", start=5) is None       # only at or after `start`
    assert ev.locate_sentence(doc, "Nobody met.") is None


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(rid: str, text: str, expected: list[dict], para: int = 31) -> dict:
    return {"id": rid, "doc": COMPACT, "title": "Remarks by President Biden on the Ukraine Compact",
            "para": para, "sent": 1, "date": "2024-07-11", "text": text, "expected": expected, "split": "dev"}


def test_a_transcript_turn_is_known_only_from_the_whole_document(tmp_path):
    pytest.importorskip("spacy")
    from eventwire.pipeline import Pipeline

    assert (REPO / "corpus" / "whitehouse" / COMPACT).is_file()
    gold = _gold(tmp_path, [
        _record("t-0", THANKS, [{"source": "UKRGOV", "target": "USAGOV", "code": "051"}]),
        # a sentence no document holds: coded as its paragraph, still scored
        _record("t-1", "Nobody in this transcript said this sentence about Ruritania.", [], para=99),
    ])
    pipe = Pipeline()
    coder, doc_coder = ev.pipeline_coder(pipe), ev.pipeline_document_coder(pipe)

    alone = ev.evaluate_file(gold, coder, None, doc_coder=doc_coder)
    whole = ev.evaluate_file(gold, coder, None, doc_coder=doc_coder, whole_documents=True)

    def sources(rep):
        return {rs.record.id: [(p.cameo[:3], p.source and p.source.actor) for p in rs.predicted]
                for rs in rep.record_scores}

    # the paragraph alone gives the title's voice (Biden) as the speaker; the whole transcript
    # gives the turn-holder, Zelenskyy
    assert ("051", "UKRGOV") in sources(whole)["t-0"]
    assert ("051", "UKRGOV") not in sources(alone)["t-0"]
    assert whole.levels["dyad"].matched == 1 and alone.levels["dyad"].matched == 0
    assert whole.whole_document_records == 1 and alone.whole_document_records == 0
    assert [rs.record.id for rs in whole.record_scores] == ["t-0", "t-1"]
    assert whole.spurious_predictions == 0


def test_the_command_says_how_many_records_were_coded_in_their_whole_document(tmp_path):
    pytest.importorskip("spacy")
    from click.testing import CliRunner

    from eventwire.cli import main

    gold = _gold(tmp_path, [_record("t-0", THANKS, [{"source": "UKRGOV", "target": "USAGOV", "code": "051"}])])
    result = CliRunner().invoke(main, ["eval", str(gold), "--whole-documents"])
    assert result.exit_code == 0, result.output
    assert "1 in-context records coded in their whole document" in result.output


def test_a_document_written_out_in_the_set_is_coded_whole(tmp_path):
    """A set that holds whole documents of its own (no file to read): the document is its records,
    paragraph after paragraph, so the second paragraph knows who met in the first."""
    pytest.importorskip("spacy")
    from eventwire.pipeline import Pipeline

    base = {"doc": "own-doc-1", "title": "Readout of a meeting", "date": "2025-03-01", "split": "dev"}
    gold = _gold(tmp_path, [
        dict(base, id="o-0", para=1, sent=1, text="President Macron met Chancellor Merz in Berlin on Friday.",
             expected=[{"source": "FRAGOV", "target": "DEUGOV", "code": "040"}]),
        dict(base, id="o-1", para=2, sent=1, text="The two leaders agreed to coordinate their support for Ukraine.",
             expected=[{"source": "FRAGOV+DEUGOV", "target": None, "code": "030"}]),
    ])
    items, spans, unplaced = ev.whole_document_groups(ev.load_gold(gold).records)
    assert unplaced == [] and len(items) == 1
    text = items[0][0]
    assert text.startswith("President Macron met") and "\n\nThe two leaders agreed" in text
    pipe = Pipeline()
    whole = ev.evaluate_file(gold, ev.pipeline_coder(pipe), None, doc_coder=ev.pipeline_document_coder(pipe),
                             whole_documents=True)
    agreed = [p for rs in whole.record_scores if rs.record.id == "o-1" for p in rs.predicted]
    assert any(p.cameo[:2] == "03" and {a.actor for a in p.participants} >= {"FRAGOV", "DEUGOV"} for p in agreed), agreed
