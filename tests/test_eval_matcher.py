"""The evaluation harness: gold loading, matching, metrics, gate.

Runs on small hand-made gold files under tests/fixtures/eval with a fake
coder (no spaCy), so the expected figures are known exactly.
"""
from __future__ import annotations

import io
import itertools
from dataclasses import replace
import json
from pathlib import Path

import pytest
from rich.console import Console

from eventwire import evaluate as ev
from eventwire.records import Actor, Event

FIX = Path(__file__).parent / "fixtures" / "eval"
CAMEO = FIX / "cameo_small.jsonl"
PLOVER = FIX / "plover_small.jsonl"
QUAD = FIX / "quad_small.jsonl"
CODEBOOK = FIX / "cameo_codebook_small.json"
BASELINE = FIX / "baseline_small.json"


def actor(code: str | None, text: str = "x", sector: str | None = None, country: str | None = None) -> Actor:
    return Actor(text=text, actor=code, country=country, sector=sector)


def event(cameo: str, plover: str | None, source: Actor | None = None, target: Actor | None = None, **kw) -> Event:
    return Event(
        id="e", sentence_id="s", evidence="", span=(0, 0), cameo=cameo, plover=plover,
        plover_mode=None, goldstein=None, source=source, target=target, **kw,
    )


PREDICTIONS = {
    # '+'-joined gold source, null gold target
    "c1": [event("036", "AGREE", actor("ROUGOV"), None)],
    # the same event twice: one match, one false positive
    "c2": [event("112", "ACCUSE", actor("USAGOV"), actor("RUSGOV"))] * 2,
    # spurious on an empty-gold record; the negated one does not count
    "c3": [
        event("190", "ASSAULT", actor("SYRMIL"), None),
        event("190", "ASSAULT", actor("SYRMIL"), None, negated=True),
    ],
    # gold source '---' matches an uncoded predicted source; second gold event missed
    "c4": [event("190", "ASSAULT", actor(None, "Gunmen"), actor("ISRMIL"))],
    # right root, actors swapped, no PLOVER type
    "c5": [event("043", None, actor("USAGOV"), actor("CHNGOV"))],
    # hypothetical: not a prediction
    "c6": [event("190", "ASSAULT", actor("RUSMIL"), actor("UKRMIL"), hypothetical=True)],
    "c7": [],
    "p1": [event("057", "AGREE", actor("APEC", sector="IGO"), actor("JPN", country="JPN"))],
    "p2": [event("112", "ACCUSE", actor("USAGOV"), actor("IRQGOV"))],
    "p3": [event("190", "ASSAULT", actor("ISRMIL"), None)],
    "p4": [event("010", None, actor("SRBGOV"), None)],
    "q1": [event("010", None)],
    "q2": [event("190", "ASSAULT"), event("112", "ACCUSE")],
    "q3": [event("051", "AGREE")],
}


class FakeCoder:
    """Returns canned predictions by record id and remembers what it was given."""

    def __init__(self, predictions=PREDICTIONS):
        self.predictions = predictions
        self.items: list[tuple] = []

    def __call__(self, items):
        self.items += list(items)
        return [list(self.predictions.get(doc_id, [])) for _text, _date, doc_id in items]


def mapping():
    return ev.load_cameo_plover_map(CODEBOOK)


def report(path: Path):
    return ev.evaluate_file(path, FakeCoder(), mapping())


def console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=200, force_terminal=False), buf


# ---------------------------------------------------------------- loading


@pytest.mark.parametrize(
    "raw, iso",
    [("20080804", "2008-08-04"), ("2000-01-01", "2000-01-01"), ("121108", "2012-11-08"), ("951231", "1995-12-31"),
     (None, None), ("", None), ("2008", None), ("20081304", None)],
)
def test_iso_date(raw, iso):
    assert ev.iso_date(raw) == iso


def test_load_gold_kinds_skips_and_dates():
    gs = ev.load_gold(CAMEO, mapping())
    assert [r.id for r in gs.records] == ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]
    assert gs.kinds == {"cameo": 7}
    assert gs.skipped == {
        "non-CAMEO code (test dictionary)": 1, "no expected events (discard/error record)": 1, "no text": 1,
    }
    assert gs.records[0].date == "2000-01-05" and gs.records[4].date == "2012-11-08" and gs.records[5].date is None
    c4 = gs.records[3].events
    assert c4[0].root == "19" and c4[0].quad == "4" and c4[0].plover == {"ASSAULT"}
    # 173 has no PLOVER entry of its own: its root's (17 -> COERCE) is used
    assert c4[1].plover == {"COERCE"}
    assert ev.load_gold(PLOVER).kinds == {"plover": 4}
    p2 = ev.load_gold(PLOVER).records[1].events[0]
    assert p2.plover == {"ACCUSE"} and p2.root is None  # code_plover_current wins over the old label
    assert ev.load_gold(QUAD).kinds == {"quad": 3}


def test_coder_gets_text_iso_date_and_id():
    coder = FakeCoder()
    ev.evaluate_file(CAMEO, coder, mapping())
    assert coder.items[1] == ("Washington accused Moscow of violating the treaty.", "2019-02-01", "c2")
    assert len(coder.items) == 7


def test_statements_have_no_plover_type():
    assert ev.gold_plover_types("010", mapping()) == frozenset()
    assert ev.gold_plover_types("0233", mapping()) == {"REQUEST"}  # appeals are requests
    assert ev.gold_plover_types("0421", mapping()) == {"CONSULT"}
    assert ev.gold_plover_types("190", None) == frozenset()


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize(
    "gold, pred, ok",
    [
        ("HUNGOV+ROUGOV", actor("ROUGOV"), True),
        ("HUNGOV+ROUGOV", actor("HUNMIL"), True),
        ("HUNGOV+ROUGOV", actor("SRBGOV"), False),
        (None, None, True),
        ("---", actor(None, "gunmen"), True),
        ("---LEG", None, True),
        ("USA", None, False),
        ("USAGOV", actor("USAMIL"), True),
        ("USA", actor(None, "Washington", country="USA"), True),
        ("IGO", actor("NATO", sector="IGO"), True),
        ("IGOUNO", actor("IGOUNO"), True),
        ("JAP", actor("JPNGOV"), True),
        ("RUS", actor("UKRGOV"), False),
    ],
)
def test_actor_country_matches(gold, pred, ok):
    assert ev.actor_country_matches(gold, pred) is ok


# ---------------------------------------------------------------- metrics


def test_cameo_levels():
    rep = report(CAMEO)
    lv = {k: (t.gold, t.predicted, t.matched) for k, t in rep.levels.items()}
    assert lv == {"root": (6, 6, 4), "dyad": (6, 6, 3), "plover": (6, 5, 3), "quad": (6, 6, 4)}
    assert rep.levels["root"].f1 == pytest.approx(2 / 3)
    assert rep.levels["dyad"].precision == pytest.approx(0.5) and rep.levels["dyad"].recall == pytest.approx(0.5)
    assert rep.levels["plover"].precision == pytest.approx(0.6)
    assert rep.levels["plover"].f1 == pytest.approx(2 * 0.6 * 0.5 / 1.1)
    assert (rep.empty_records, rep.spurious_predictions, rep.spurious_rate) == (2, 1, 0.5)
    assert rep.excluded_predictions == 2
    assert rep.records == 7


def test_plover_levels():
    rep = report(PLOVER)
    assert set(rep.levels) == {"plover", "dyad"}  # no CAMEO gold here
    assert (rep.levels["plover"].gold, rep.levels["plover"].predicted, rep.levels["plover"].matched) == (4, 3, 3)
    assert rep.levels["plover"].f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    assert (rep.levels["dyad"].matched, rep.levels["dyad"].predicted) == (2, 3)
    assert rep.spurious_rate is None


def test_quad_levels():
    rep = report(QUAD)
    assert set(rep.levels) == {"quad"}
    q = rep.levels["quad"]
    assert (q.gold, q.predicted, q.matched) == (3, 4, 2)
    assert ev.QUAD_OF_ROOT["16"] == "3" and ev.QUAD_OF_ROOT["15"] == "4" and ev.QUAD_OF_ROOT["02"] == "0"


def test_confusion_pairs_labels():
    rep = report(CAMEO)
    # c5: 04 matched 04; c4: gold 17 left without a prediction; c3: spurious 19
    assert rep.confusion[("04", "04")] == 1
    assert rep.confusion[("17", "none")] == 1
    assert rep.confusion[("none", "19")] == 1 + 0  # the negated one is not there
    assert rep.confusion[("none", "11")] == 1  # the duplicate
    assert rep.confusion[("19", "none")] == 1  # c6 (hypothetical prediction dropped)
    assert sum(rep.confusion.values()) == 8


def test_matching_is_order_independent():
    rec = ev.GoldRecord("x", "t", None, "cameo", [
        ev.GoldEvent("cameo", "190", None, None, root="19", quad="4"),  # any actors
        ev.GoldEvent("cameo", "190", "RUS", None, root="19", quad="4"),  # only the RUS prediction
    ])
    preds = [event("190", "ASSAULT", actor("RUSMIL")), event("190", "ASSAULT", actor("UKRMIL"))]
    for gold_perm in itertools.permutations(rec.events):
        for pred_perm in itertools.permutations(preds):
            r = ev.GoldRecord("x", "t", None, "cameo", list(gold_perm))
            assert ev.score_record(r, pred_perm).tallies["dyad"].matched == 2
    # the whole file scores the same with each record's predictions reversed
    rev = {k: list(reversed(v)) for k, v in PREDICTIONS.items()}
    a = ev.evaluate_file(CAMEO, FakeCoder(rev), mapping())
    b = report(CAMEO)
    assert {k: v.to_dict() for k, v in a.levels.items()} == {k: v.to_dict() for k, v in b.levels.items()}


def test_a_mutual_event_is_scored_per_direction_in_cameo_sets_and_once_in_plover_sets():
    usa, rus, che = actor("USAGOV"), actor("RUSGOV"), actor("CHEGOV")
    meeting = event("040", "CONSULT", usa, rus, participants=[usa, rus, che])
    pairs = [("USA", "RUS"), ("RUS", "USA"), ("USA", "CHE"), ("CHE", "USA")]
    cameo = ev.GoldRecord("m", "t", None, "cameo",
                          [ev.GoldEvent("cameo", "040", a, b, root="04", quad="1") for a, b in pairs])
    dyad = ev.score_record(cameo, [meeting]).tallies["dyad"]
    # six directed copies: the four gold directions match, RUS-CHE both ways do not
    assert (dyad.gold, dyad.predicted, dyad.matched) == (4, 6, 4)
    plover = ev.GoldRecord("m", "t", None, "plover",
                           [ev.GoldEvent("plover", "CONSULT", "USAGOV+RUSGOV+CHEGOV", None,
                                         plover=frozenset({"CONSULT"}))])
    tally = ev.score_record(plover, [meeting]).tallies["plover"]
    assert (tally.predicted, tally.matched) == (1, 1)


def test_max_matching_beats_greedy():
    ok = {(0, 0), (0, 1), (1, 0)}
    assert ev.max_matching(2, 2, lambda i, j: (i, j) in ok) == [(0, 1), (1, 0)]
    # every gold event has two candidates: taking them in order (or fewest first) without
    # re-assigning leaves one gold event unmatched
    ok = {(0, 0), (0, 2), (1, 1), (2, 0), (2, 1)}
    assert len(ev.max_matching(3, 3, lambda i, j: (i, j) in ok)) == 3
    assert ev.max_matching(0, 3, lambda i, j: True) == []


# ---------------------------------------------------------------- run and gate


def test_run_prints_tables_and_writes_json(tmp_path):
    con, buf = console()
    out = tmp_path / "figures.json"
    code = ev.run([str(CAMEO), str(PLOVER)], json_path=str(out), details=True, console=con,
                  coder=FakeCoder(), codebook=CODEBOOK)
    assert code == 0
    text = buf.getvalue()
    assert "cameo_small.jsonl" in text and "(a) CAMEO root" in text and "0.667" in text
    assert "confusion" in text and "summary" in text
    data = json.loads(out.read_text())
    assert data["files"]["cameo_small.jsonl"]["levels"]["dyad"]["f1"] == 0.5
    assert data["files"]["cameo_small.jsonl"]["spurious_rate"] == 0.5
    assert data["files"]["plover_small.jsonl"]["levels"]["plover"]["recall"] == 0.75
    assert len(data["files"]["cameo_small.jsonl"]["records_detail"]) == 7


def test_gate_passes_at_or_below_the_figures():
    con, buf = console()
    code = ev.run([str(CAMEO), str(PLOVER)], baseline=str(BASELINE), gate=True, console=con,
                  coder=FakeCoder(), codebook=CODEBOOK)
    assert code == 0, buf.getvalue()
    assert "gate passed" in buf.getvalue()


def test_gate_fails_naming_each_figure(tmp_path):
    base = json.loads(BASELINE.read_text())
    base["cameo_small.jsonl"]["dyad_f1"] = 0.51  # figure is 0.5
    base["cameo_small.jsonl"]["spurious_max"] = 0.4  # figure is 0.5
    base["plover_small.jsonl"]["root_f1"] = 0.1  # not measured on a PLOVER set
    base["missing_set.jsonl"] = {"root_f1": 0.9}
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(base))
    con, buf = console()
    code = ev.run([str(CAMEO), str(PLOVER)], baseline=str(path), gate=True, console=con,
                  coder=FakeCoder(), codebook=CODEBOOK)
    text = buf.getvalue()
    assert code == 1
    assert "cameo_small.jsonl: dyad_f1 0.500 dropped below its floor 0.510" in text
    assert "spurious rate 0.500 rose above its ceiling 0.400" in text
    assert "plover_small.jsonl: root_f1" in text and "not measured" in text
    assert "missing_set.jsonl: in the baseline but not evaluated" in text
    assert "root_f1 0.667" not in text  # figures above their floors are not reported


def test_check_gate_direct():
    rep = report(CAMEO)
    fails, notes = ev.check_gate([rep], {"cameo_small.jsonl": {"root_f1": 0.67, "quad_recall": 0.6}})
    assert fails == ["cameo_small.jsonl: root_f1 0.667 dropped below its floor 0.670"]
    assert notes == []
    fails, _ = ev.check_gate([rep], {"cameo_small.jsonl": {"root_f1": 0.66}})
    assert fails == []


def test_a_file_whose_texts_are_partly_absent_is_not_held_to_its_floors():
    # without ../shared the news records of a blind set are skipped; the rest says nothing of the floors
    rep = replace(report(CAMEO), skipped={"text not available (needs ../shared/eval/extraction)": 3})
    fails, notes = ev.check_gate([rep], {"cameo_small.jsonl": {"root_f1": 0.99}})
    assert fails == []
    assert notes == ["cameo_small.jsonl: floors not checked, 3 records skipped: text not available "
                     "(needs ../shared/eval/extraction)"]


def test_sets_absent(monkeypatch, tmp_path):
    monkeypatch.setenv(ev.EVAL_DIR_ENV, str(tmp_path / "nowhere"))
    assert ev.default_gold_paths() == []
    con, buf = console()
    called = []
    code = ev.run([], console=con, coder=lambda items: called.append(1) or [], gate=True, baseline=str(BASELINE))
    assert code == 0 and not called
    assert f"evaluation sets not found at {tmp_path / 'nowhere' / 'events'}; skipping" in buf.getvalue()
    # explicit paths that do not exist: the same
    con, buf = console()
    assert ev.run([str(tmp_path / "gone.jsonl")], console=con, coder=FakeCoder()) == 0
    assert "evaluation sets not found at" in buf.getvalue() and "skipping" in buf.getvalue()


def test_sets_found_by_env(monkeypatch, tmp_path):
    events = tmp_path / "events"
    events.mkdir()
    (events / "plover_small.jsonl").write_text(PLOVER.read_text())
    monkeypatch.setenv(ev.EVAL_DIR_ENV, str(tmp_path))
    assert ev.default_gold_paths() == [events / "plover_small.jsonl"]
    con, buf = console()
    assert ev.run([], console=con, coder=FakeCoder()) == 0
    assert "plover_small.jsonl" in buf.getvalue()


# ---------------------------------------------------------------- codebook


def test_check_codebook():
    table = {"031": 5.2, "042": 1.9, "112": -3.0, "999": 1.0, "190": -10.0}
    problems = ev.check_codebook(table, CODEBOOK)
    assert problems == ["112: goldstein -3.0 here, -2.0 in the codebook", "999: not in the codebook"]
    assert ev.check_codebook({"190": -10.0}, CODEBOOK) == []


def test_check_plover_mapping():
    table = {"031": "AGREE", "163": "SANCTION", "010": None, "023": "REQUEST", "1951": "ASSAULT", "17": "COERCE"}
    assert ev.check_plover_mapping(table, CODEBOOK) == ["163: PLOVER SANCTION here, - in the codebook"]


# ---------------------------------------------------------------- in-context records (`para`)

CONTEXT_RECORDS = [
    {"id": "x-0", "doc": "wh-statement.md", "title": "Statement from President Biden on Russia's Missile Strikes",
     "para": 2, "sent": 1, "date": "2022-10-10",
     "text": "Russia launched missiles at cities across Ukraine today.",
     "expected": [{"source": "RUS", "target": "UKR", "code": "195",
                   "source_from": "sentence", "target_from": "sentence"}], "split": "dev"},
    {"id": "x-1", "doc": "wh-statement.md", "title": "Statement from President Biden on Russia's Missile Strikes",
     "para": 2, "sent": 2, "date": "2022-10-10",
     "text": "We condemn these attacks.",
     "expected": [{"source": "USAGOV", "target": "RUS", "code": "111",
                   "source_from": "document", "target_from": "document"}], "split": "dev"},
    {"id": "x-2", "doc": "wh-statement.md", "title": "Statement from President Biden on Russia's Missile Strikes",
     "para": 3, "sent": 1, "date": "2022-10-10",
     "text": "The people of Ukraine will prevail.", "expected": [], "split": "test"},
]


def _context_gold(tmp_path, records=CONTEXT_RECORDS) -> Path:
    path = tmp_path / "blind.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class FakeDocCoder:
    """Finds each given (cue, cameo, source, target) in the document text and returns an
    event whose trigger starts there; remembers the items it was given."""

    def __init__(self, cues):
        self.cues = cues
        self.items: list[tuple] = []

    def __call__(self, items):
        self.items += list(items)
        out = []
        for text, _title, _published, _doc_id in items:
            evs = []
            for cue, cameo, src, tgt in self.cues:
                at = text.find(cue)
                if at >= 0:
                    evs.append(event(cameo, None, actor(src), actor(tgt), trigger_span=(at, at + len(cue))))
            out.append(evs)
        return out


def test_context_records_are_loaded_with_doc_para_and_title(tmp_path):
    gs = ev.load_gold(_context_gold(tmp_path), mapping())
    assert [(r.doc, r.para, r.in_context) for r in gs.records] == [
        ("wh-statement.md", 2, True), ("wh-statement.md", 2, True), ("wh-statement.md", 3, True)]
    assert gs.records[0].title.startswith("Statement from President Biden")
    assert ev.context_groups(gs.records) == [[0, 1], [2]]


def test_join_paragraph_spans():
    text, spans = ev.join_paragraph(["One two.", "Three."])
    assert text == "One two. Three."
    assert [text[a:b] for a, b in spans] == ["One two.", "Three."]


def test_context_events_land_on_the_sentence_of_their_trigger(tmp_path):
    doc = FakeDocCoder([("launched", "195", "RUSMIL", "UKR"), ("condemn", "111", "USAGOV", "RUSGOV")])
    plain = FakeCoder({})
    rep = ev.evaluate_file(_context_gold(tmp_path), plain, mapping(), doc_coder=doc)
    assert plain.items == []                                    # nothing went sentence by sentence
    # one document per paragraph, joined with single spaces, with title and date
    assert [(t, title, d, i) for t, title, d, i in doc.items] == [
        ("Russia launched missiles at cities across Ukraine today. We condemn these attacks.",
         CONTEXT_RECORDS[0]["title"], "2022-10-10", "wh-statement.md#p2"),
        ("The people of Ukraine will prevail.", CONTEXT_RECORDS[0]["title"], "2022-10-10", "wh-statement.md#p3"),
    ]
    preds = {rs.record.id: [p.cameo for p in rs.predicted] for rs in rep.record_scores}
    assert preds == {"x-0": ["195"], "x-1": ["111"], "x-2": []}
    assert rep.levels["root"].matched == 2 and rep.levels["dyad"].matched == 2
    assert rep.empty_records == 1 and rep.spurious_predictions == 0


def test_context_assignment_falls_back_to_span_and_to_the_preceding_sentence():
    spans = [(0, 10), (11, 20)]
    on_space = event("190", None, trigger_span=(10, 12))        # the separator between the two
    by_span = replace(event("040", None), span=(12, 19))        # no trigger: its span decides
    first = event("111", None, trigger_span=(3, 8))
    out = ev.assign_events([on_space, by_span, first], spans)
    assert [[e.cameo for e in evs] for evs in out] == [["190", "111"], ["040"]]


def test_context_split_and_plain_coder_fallback(tmp_path):
    # without a document coder, the joined paragraph goes to the plain coder as one text
    coder = FakeCoder({"wh-statement.md#p2": [event("111", None, actor("USAGOV"), actor("RUSGOV"),
                                                      trigger_span=(60, 67))]})
    rep = ev.evaluate_file(_context_gold(tmp_path), coder, mapping(), split="dev")
    assert [i for _t, _d, i in coder.items] == ["wh-statement.md#p2"]
    assert coder.items[0][0].endswith("We condemn these attacks.")
    preds = {rs.record.id: [p.cameo for p in rs.predicted] for rs in rep.record_scores}
    assert preds == {"x-0": [], "x-1": ["111"]}


def test_context_news_records_without_text_are_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "_extraction_bodies", lambda: None)
    news = dict(CONTEXT_RECORDS[0], id="n-0", doc="page", para=1)
    del news["text"]
    news["text_ref"] = {"extraction": "page", "start": 0, "end": 10}
    gs = ev.load_gold(_context_gold(tmp_path, [news, *CONTEXT_RECORDS]), mapping())
    assert [r.id for r in gs.records] == ["x-0", "x-1", "x-2"]
    assert sum(gs.skipped.values()) == 1


def test_context_mode_with_the_pipeline(tmp_path):
    """End to end: the pipeline codes the paragraph as one titled document, so "We" in the
    second sentence is the speaker of the statement, and each event lands on its sentence."""
    pytest.importorskip("spacy")
    from eventwire.pipeline import Pipeline

    records = [
        dict(CONTEXT_RECORDS[0], text="Russian forces fired missiles at Ukrainian cities on Monday."),
        dict(CONTEXT_RECORDS[1], text="We strongly condemn Russia's attacks."),
    ]
    pipe = Pipeline()
    rep = ev.evaluate_file(_context_gold(tmp_path, records), ev.pipeline_coder(pipe), mapping(),
                           doc_coder=ev.pipeline_document_coder(pipe))
    preds = {rs.record.id: [(p.cameo[:2], p.source and p.source.actor) for p in rs.predicted]
             for rs in rep.record_scores}
    assert ("19", "RUSMIL") in preds["x-0"]
    assert ("11", "USAGOV") in preds["x-1"]
    assert all(root != "11" for root, _ in preds["x-0"]) and all(root != "19" for root, _ in preds["x-1"])


def test_one_act_aimed_at_several_parties_is_scored_per_target_in_cameo_and_once_in_plover():
    """The coder writes "Pyongyang denounced drills by the US and Japan" as one event per target
    (coder._also_targeted). CAMEO sets code each direction, so each copy counts; PLOVER sets code
    the act once, so the copies are one prediction, matched through any of them."""
    prk, usa, jpn = actor("PRKGOV"), actor("USAGOV"), actor("JPNGOV")
    copies = [event("111", "ACCUSE", prk, t, trigger_span=(10, 19)) for t in (usa, jpn)]
    cameo = ev.GoldRecord("d", "t", None, "cameo", [ev.GoldEvent("cameo", "111", "PRK", t, root="11", quad="3")
                                                    for t in ("USA", "JPN")])
    dyad = ev.score_record(cameo, copies).tallies["dyad"]
    assert (dyad.gold, dyad.predicted, dyad.matched) == (2, 2, 2)
    plover = ev.GoldRecord("d", "t", None, "plover", [ev.GoldEvent("plover", "ACCUSE", "PRKGOV", "JPNGOV",
                                                                   plover=frozenset({"ACCUSE"}))])
    score = ev.score_record(plover, copies)
    assert (score.tallies["plover"].predicted, score.tallies["plover"].matched) == (1, 1)
    assert (score.tallies["dyad"].predicted, score.tallies["dyad"].matched) == (1, 1)   # through the JPN copy
    # two acts of one doer with different triggers stay two predictions
    apart = [event("111", "ACCUSE", prk, usa, trigger_span=(10, 19)), event("111", "ACCUSE", prk, jpn,
                                                                           trigger_span=(40, 49))]
    assert ev.score_record(plover, apart).tallies["plover"].predicted == 2
