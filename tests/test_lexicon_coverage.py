"""The trigger tables cover the codebooks: every CAMEO root and PLOVER type has a verb and a noun
trigger, every code exists in data/cameo.tsv, no row is repeated, and the generated section of
event_triggers.tsv is what scripts/build_trigger_lexicon.py makes. Reads the TSVs only (no parser).
"""
from __future__ import annotations

import csv
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DATA = ROOT / "eventwire" / "data"
SHARED = ROOT.parent / "shared"
PLOVER_CODEBOOK = SHARED / "eval" / "codebooks" / "plover_codebook.json"
CAMEO_CODEBOOK = SHARED / "eval" / "codebooks" / "cameo_codebook.json"
PETRARCH = SHARED / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [[c.strip() for c in row] for row in csv.reader(f, delimiter="\t")
                if row and not row[0].startswith("#")]


def _cameo() -> dict[str, str | None]:
    """code -> PLOVER type (None for statements)."""
    return {r[0]: (None if r[3] == "-" else r[3]) for r in _rows("cameo.tsv")}


VERBS = _rows("event_triggers.tsv")
NOUNS = _rows("event_nouns.tsv")
CAMEO = _cameo()


def _script():
    spec = importlib.util.spec_from_file_location("build_trigger_lexicon", ROOT / "scripts" / "build_trigger_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_have_the_right_columns():
    assert all(len(r) == 5 for r in VERBS), [r for r in VERBS if len(r) != 5][:5]
    assert all(len(r) == 4 for r in NOUNS), [r for r in NOUNS if len(r) != 4][:5]
    targets = {"obj", "actor", "intrans", "prep", "none", "from"}
    assert {r[4] for r in VERBS} <= targets


@pytest.mark.parametrize("table,column", [("event_triggers.tsv", 3), ("event_nouns.tsv", 2)])
def test_every_code_is_in_the_cameo_table(table, column):
    unknown = [r for r in _rows(table) if r[column] not in CAMEO]
    assert not unknown, unknown[:10]


def test_context_codes_are_in_the_cameo_table():
    assert all(base in CAMEO and refined in CAMEO for base, refined, _ in _rows("event_context.tsv"))


@pytest.mark.parametrize("root", ROOTS)
def test_every_cameo_root_has_a_verb_and_a_noun(root):
    assert any(r[3][:2] == root for r in VERBS), f"no verb trigger for CAMEO root {root}"
    assert any(r[2][:2] == root for r in NOUNS), f"no noun trigger for CAMEO root {root}"


def test_every_plover_type_in_the_cameo_table_has_a_verb_and_a_noun():
    types = {t for t in CAMEO.values() if t}
    verb_types = {CAMEO[r[3]] for r in VERBS}
    noun_types = {CAMEO[r[2]] for r in NOUNS}
    assert types - verb_types == set()
    assert types - noun_types == set()


def test_every_plover_codebook_type_has_a_verb_and_a_noun():
    if not PLOVER_CODEBOOK.exists():
        pytest.skip(f"{PLOVER_CODEBOOK} not found (../shared absent): PLOVER codebook check skipped")
    types = set(json.loads(PLOVER_CODEBOOK.read_text(encoding="utf-8"))["events"])
    assert types <= set(CAMEO.values()), types - set(CAMEO.values())
    assert types - {CAMEO[r[3]] for r in VERBS} == set()
    assert types - {CAMEO[r[2]] for r in NOUNS} == set()


def test_cameo_table_agrees_with_the_codebook():
    if not CAMEO_CODEBOOK.exists():
        pytest.skip(f"{CAMEO_CODEBOOK} not found (../shared absent): CAMEO codebook check skipped")
    codebook = json.loads(CAMEO_CODEBOOK.read_text(encoding="utf-8"))
    assert set(CAMEO) - set(codebook) == set()


def test_no_duplicate_verb_rows():
    """Two rows with one verb, particle and object differ in their target kind ("deny" an actor
    is a rejection, "deny" an act a denial of responsibility), else the second never fires."""
    seen: dict[tuple[str, str, str, str], list[str]] = {}
    for r in VERBS:
        key = (r[0], r[1], r[2], r[4])
        assert key not in seen, f"{r} repeats {seen[key]}"
        seen[key] = r


def test_no_duplicate_noun_rows():
    """A noun with the same `needs` twice would be coded by whichever row loads first."""
    seen: dict[tuple[str, frozenset[str]], list[str]] = {}
    for r in NOUNS:
        needs = frozenset() if r[1] == "-" else frozenset(r[1].split("|"))
        for noun in r[0].split("|"):
            key = (noun, needs)
            assert key not in seen, f"{r} repeats {seen[key]}"
            seen[key] = r


def test_noun_rows_with_needs_do_not_overlap():
    """Two rows for one noun must not both accept the same modifier ("strike" of a union vs a missile)."""
    by_noun: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    for r in NOUNS:
        if r[1] != "-":
            for noun in r[0].split("|"):
                by_noun[noun].append((frozenset(r[1].split("|")), r[2]))
    for noun, rows in by_noun.items():
        for i, (a, code_a) in enumerate(rows):
            for b, code_b in rows[i + 1:]:
                assert not (a & b) or code_a == code_b, (noun, sorted(a & b), code_a, code_b)


def test_the_generated_section_is_last_and_below_the_hand_rows():
    script = _script()
    lines = (DATA / "event_triggers.tsv").read_text(encoding="utf-8").splitlines()
    assert lines.count(script.MARKER) == 1
    hand, generated = lines[:lines.index(script.MARKER)], lines[lines.index(script.MARKER) + 1:]
    assert generated and all(l and not l.startswith("#") for l in generated)
    codes = [l.split("\t")[3] for l in generated]
    assert codes == sorted(codes)
    hand_keys = {(c[0], p, o) for c in (l.split("\t") for l in hand if l and not l.startswith("#"))
                 for p in c[1].split("|") for o in c[2].split("|")}
    for line in generated:
        verb, prep, objects = line.split("\t")[:3]
        for p in prep.split("|"):
            for o in objects.split("|"):
                assert (verb, p, o) not in hand_keys, f"generated row repeats a hand row: {line}"


def test_light_verbs_are_generated_only_with_an_object():
    script = _script()
    lines = (DATA / "event_triggers.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[lines.index(script.MARKER) + 1:]:
        verb, prep, obj = line.split("\t")[:3]
        if verb in script._LIGHT_VERBS:
            assert obj != "-", line


def test_generated_section_is_what_the_script_makes():
    if not PETRARCH.exists():
        pytest.skip(f"{PETRARCH} not found (../shared absent): cannot regenerate the verb rows")
    script = _script()
    text = (DATA / "event_triggers.tsv").read_text(encoding="utf-8")
    assert script.build() == text, "event_triggers.tsv is stale: run scripts/build_trigger_lexicon.py"


def test_script_fails_on_an_unknown_code(tmp_path):
    script = _script()
    assert script.check_codes("meet\t-\t-\t999\tactor\n", {"040"}) == ["meet\t-\t-\t999\tactor"]
    assert script.check_codes("meet\t-\t-\t040\tactor\n", {"040"}) == []


def test_script_parses_petrarch_patterns():
    script = _script()
    synsets = {"WEAPON": ["WEAPON", "GUN", "MISSILES"]}
    assert script._parse_pattern("* &WEAPON", synsets) == ("-", ["gun", "missile", "weapon"], False)
    assert script._parse_pattern("* (IN GUNBATTLE)", synsets) == ("in", ["gunbattle"], True)
    assert script._parse_pattern("* UP BARRICADE", synsets) == ("up", ["barricade"], False)
    assert script._parse_pattern("* {HUMANITARIAN AID}", synsets) == ("-", ["humanitarian aid"], False)
    assert script._parse_pattern("&AIRCRAFT * RAID", synsets) is None  # subject constraint
    assert script._parse_pattern("* POLICE (ON ALERT)", synsets) is None  # two constraints
    assert script._parse_pattern("* BITTERLY", synsets) is None  # adverb
    assert script._parse_pattern("* $ (TO)", synsets) is None  # actor token


def test_script_generates_rows_from_a_small_dictionary():
    script = _script()
    dictionary = "\n".join([
        "####### SYNONYM SETS #######", "&CEASEFIRE", "+CEASE-FIRE", "",
        "####### VERB PATTERNS #######",
        "---  BOMBARD   [194]  ---", "BOMBARD", "PELT", "- * (WITH ROCKETS)  [195]  # BOMBARD",
        "---  TALK   [---]  ---", "TALK", "- * &CEASEFIRE  [0871]  # TALK",
        "---  HOLD   [040]  ---", "HOLD", "- * VIGIL [017] # HOLD",
    ])
    rows = script.generate(dictionary, "", {"017", "040", "087", "194", "195"})
    assert ("bombard", "-", "-", "194", "obj") in rows  # the block's head, not its synonyms
    assert not any(r[0] == "pelt" for r in rows)
    assert ("bombard", "with", "rocket", "195", "obj") in rows
    assert ("talk", "-", "cease-fire|ceasefire", "087", "prep") in rows  # 0871 -> 087
    assert ("hold", "-", "vigil", "017", "prep") in rows
    assert not any(r[0] == "hold" and r[2] == "-" for r in rows)  # a light verb alone
    hand = "bombard\t-\t-\t190\tobj\n"
    assert not any(r[0] == "bombard" and r[2] == "-" for r in script.generate(dictionary, hand, {"017", "040", "087", "190", "194", "195"}))
