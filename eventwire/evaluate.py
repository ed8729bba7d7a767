"""Evaluation harness: score the event coder against labelled gold sentences.

Gold files are JSONL (see ../shared/eval/README.md): one record a line with
`id`, `text`, `date` and `expected` events (`source`, `target`, `code`).
Each record is classified by its codes:

- cameo:  2-4 digit CAMEO codes. Scored at the levels root, dyad (root +
          source country + target country), plover (gold type derived from
          the CAMEO codebook, when one is available) and quad (derived).
- plover: PLOVER types in capitals (gold `code_plover_current` when present).
          Scored at plover and dyad (PLOVER type + source + target country).
- quad:   the ConfliBERT "pentaclass" labels "0"-"4" (statement/appeal,
          verbal cooperation, material cooperation, verbal conflict, material
          conflict). Scored at quad only: its actors are text spans, not codes.

Matching: within one record, each gold event matches at most one predicted
event and vice versa (maximum bipartite matching per level, so the result
does not depend on the order of either list). Negated and hypothetical
predictions are not predictions. An event of several parties (`Event.participants`:
talks, a joint exercise, a clash, or a co-authored act) is one record; CAMEO
sets (PETRARCH/ICEWS convention) code such an action once per actor and
direction, so there it is scored as its directed copies (`Event.directed()`:
A-B talks = A→B and B→A; "A and B condemned C" = A→C and B→C); PLOVER
sets, and any record whose gold joins the parties in one source
("FRAGOV+ROUGOV"), score it once (and so the per-target copies the coder writes of
one act aimed at several parties, `one_per_act`). Precision = matched / predicted, recall =
matched / gold, F1 their harmonic mean, summed over the file (micro).

In-context records: records that carry `para` (eval/events_blind.jsonl) are
scored in context. Consecutive records with the same (`doc`, `para`) are
joined into one text (sentences separated by one space, in order) and coded
as ONE document (title from `title`, published from `date`) by a document
coder (by default eventwire.pipeline.Pipeline.process_batch); each predicted
event goes to the record whose character span in the joined text holds the
event's `trigger_span[0]` (else `span[0]`). Matching and figures are then as
for any other record. With `whole_documents` (`eventwire eval --whole-documents`)
each in-context record's whole document is coded instead (a White House file
read by the product's reader, or the extraction page's article body), and the
events whose trigger lies in a labelled sentence are scored: the labels are
written as a reader of the whole document knows it.

Entry points: `run()` (the `eventwire eval` command), `evaluate_file()`,
`check_gate()`, `check_codebook()` and `check_plover_mapping()`. eval/README.md
has the details.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import Actor, Event

# A coder turns (text, published ISO date or None, doc id) items into the
# predicted events of each item, in the same order.
CoderItem = tuple[str, str | None, str]
Coder = Callable[[Sequence[CoderItem]], list[list[Event]]]
# A document coder turns (text, title or None, published ISO date or None, doc id) items
# into the events of each document, with document character offsets (`trigger_span`, `span`).
DocumentItem = tuple[str, str | None, str | None, str]
DocumentCoder = Callable[[Sequence[DocumentItem]], list[list[Event]]]

LEVELS = ("root", "dyad", "plover", "quad")
LEVEL_TITLES = {
    "root": "(a) CAMEO root",
    "dyad": "(b) type + dyad",  # root (PLOVER type in PLOVER sets) + source + target country
    "plover": "(c) PLOVER type",
    "quad": "(d) quad class",
}
# Levels scored for each kind of gold record (the first is the "native" label
# used for the confusion table).
KIND_LEVELS = {
    "cameo": ("root", "dyad", "plover", "quad"),
    "plover": ("plover", "dyad"),
    "quad": ("quad",),
}

CAMEO_ROOTS = frozenset(f"{i:02d}" for i in range(1, 21))

# CAMEO quad classes as the ConfliBERT pentaclass set labels them
# (its `code_label`: "0: statement/appeal (CAMEO 01-02)", "1: verbal
# cooperation (03-05)", "2: material cooperation (06-08)", "3: verbal conflict
# (CAMEO 09-13 and 16)", "4: material conflict (CAMEO 14-15, 17-20)").
QUAD_OF_ROOT = {
    **dict.fromkeys(("01", "02"), "0"),
    **dict.fromkeys(("03", "04", "05"), "1"),
    **dict.fromkeys(("06", "07", "08"), "2"),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4"),
}

# Older CAMEO country codes that some gold sets still use (the PLOVER GSR
# set writes JAP, ITL, VTN); mapped to the ISO 3166 alpha-3 codes we emit.
LEGACY_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAI": "COD"}

# The reference codebook gives CAMEO 02 (appeals) no PLOVER type, but PLOVER's
# REQUEST covers "all requests, demands, and orders" (plover_codebook.json), so
# appeals are scored as REQUEST. Statements (01) stay without a type.
PLOVER_FILL = {"02": frozenset({"REQUEST"})}

# Gold actor codes that name no country: they match any predicted actor.
_OPEN_ACTOR = "---"

EVAL_DIR_ENV = "EVENTWIRE_EVAL_DIR"
_REPO_ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------
# Gold sets


@dataclass(frozen=True)
class GoldEvent:
    kind: str  # cameo | plover | quad
    code: str  # the code as written in the gold file
    source: str | None
    target: str | None
    root: str | None = None  # CAMEO root, cameo records only
    plover: frozenset[str] = frozenset()  # acceptable PLOVER types (empty: none)
    quad: str | None = None

    def label(self, level: str) -> str | None:
        if level == "root":
            return self.root
        if level == "quad":
            return self.quad
        if level == "plover":
            return "/".join(sorted(self.plover)) or None
        return None

    def describe(self) -> str:
        return f"{self.code} {self.source or '·'}→{self.target or '·'}"


@dataclass
class GoldRecord:
    id: str
    text: str
    date: str | None  # ISO YYYY-MM-DD
    kind: str
    events: list[GoldEvent]
    # In-context records (a `para` field): the document, its title and the paragraph this
    # sentence belongs to; consecutive records of one (doc, para) are coded together.
    doc: str | None = None
    para: Any = None
    title: str | None = None
    text_ref: dict[str, Any] | None = None  # where the text was read from (a page span), if referenced

    @property
    def in_context(self) -> bool:
        return self.para is not None


@dataclass
class GoldSet:
    path: Path
    records: list[GoldRecord]
    skipped: Counter = field(default_factory=Counter)  # reason -> records

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def kinds(self) -> Counter:
        return Counter(r.kind for r in self.records)


def iso_date(value: Any) -> str | None:
    """Gold dates are YYYYMMDD, YYYY-MM-DD, YYMMDD or null; return YYYY-MM-DD."""
    if not value:
        return None
    s = str(value).strip()
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", s)
    if m:
        y, mo, d = m.groups()
    else:
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", s)
        if not m:
            return None
        yy, mo, d = m.groups()
        # Two-digit years in news archives: 00-49 -> 2000s, 50-99 -> 1900s.
        y = ("20" if int(yy) < 50 else "19") + yy
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{mo}-{d}"


def load_cameo_plover_map(codebook_path: str | Path) -> dict[str, frozenset[str]]:
    """CAMEO code -> PLOVER types, from cameo_codebook.json (`plover` lists)."""
    data = json.loads(Path(codebook_path).read_text(encoding="utf-8"))
    out: dict[str, frozenset[str]] = {}
    for code, entry in data.items():
        types = frozenset(p["event"] for p in entry.get("plover") or [] if p.get("event"))
        if types:
            out[code] = types
    return out


def gold_plover_types(code: str, mapping: dict[str, frozenset[str]] | None) -> frozenset[str]:
    """PLOVER types of a gold CAMEO code: the code's own entry, else its parents'.

    Appeals (02x) read as REQUEST (PLOVER_FILL); statements (01x) have no type.
    """
    if not mapping:
        return frozenset()
    digits = re.match(r"\d+", code)
    code = digits.group(0) if digits else code
    for n in (len(code), 3, 2):
        types = mapping.get(code[:n])
        if types:
            return types
    return PLOVER_FILL.get(code[:2], frozenset())


def default_codebook_path() -> Path | None:
    for base in _eval_bases():
        p = base / "codebooks" / "cameo_codebook.json"
        if p.is_file():
            return p
    return None


def _kind_of(event: dict[str, Any]) -> str | None:
    code = str(event.get("code") or "").strip()
    if re.fullmatch(r"[0-4]", code):
        return "quad"
    if re.fullmatch(r"\d{2,4}[A-Z]?", code):
        return "cameo"
    if re.fullmatch(r"[A-Z][A-Z_]+", code):
        return "plover"
    return None


def _clean_actor(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _gold_event(e: dict[str, Any], kind: str, mapping: dict[str, frozenset[str]] | None) -> GoldEvent:
    code = str(e["code"]).strip()
    src, tgt = _clean_actor(e.get("source")), _clean_actor(e.get("target"))
    if kind == "quad":
        # Pentaclass actors are text spans, not actor codes.
        return GoldEvent(kind, code, src, tgt, quad=code)
    if kind == "plover":
        current = str(e.get("code_plover_current") or code).strip()
        return GoldEvent(kind, code, src, tgt, plover=frozenset({current}))
    root = code[:2]
    return GoldEvent(
        kind, code, src, tgt, root=root, plover=gold_plover_types(code, mapping), quad=QUAD_OF_ROOT.get(root)
    )


def load_gold(path: str | Path, cameo_to_plover: dict[str, frozenset[str]] | None = None,
              split: str | None = None) -> GoldSet:
    """Read a gold JSONL file; records that cannot be scored are counted in `skipped`.

    `cameo_to_plover` (see load_cameo_plover_map) lets CAMEO records be scored
    at the PLOVER level too. `split` keeps only records whose `split` field has
    that value (a held-out part of a set, e.g. "test").
    """
    path = Path(path)
    gs = GoldSet(path=path, records=[])
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError:
                gs.skipped["unreadable line"] += 1
                continue
            if split is not None and raw.get("split") != split:
                continue
            expected = raw.get("expected")
            text = raw.get("text")
            if text is None and isinstance(raw.get("text_ref"), dict):
                text = _referenced_text(raw["text_ref"])
                if text is None:
                    needs = "coref/ecbplus" if "ecbplus" in raw["text_ref"] else "extraction"
                    gs.skipped[f"text not available (needs ../shared/eval/{needs})"] += 1
                    continue
            if not text or not str(text).strip():
                gs.skipped["no text"] += 1
                continue
            if expected is None:
                # e.g. PETRARCH records that test a discard rule or a parse error
                gs.skipped["no expected events (discard/error record)"] += 1
                continue
            kinds = {_kind_of(e) for e in expected}
            if None in kinds or len(kinds) > 1:
                gs.skipped["unrecognised or mixed codes"] += 1
                continue
            kind = kinds.pop() if kinds else None
            if kind == "cameo" and any(str(e["code"])[:2] not in CAMEO_ROOTS for e in expected):
                # PETRARCH unit tests use made-up codes (902, 345, ...) from test dictionaries.
                gs.skipped["non-CAMEO code (test dictionary)"] += 1
                continue
            events = [_gold_event(e, kind, cameo_to_plover) for e in expected] if kind else []
            gs.records.append(
                GoldRecord(
                    id=str(raw.get("id") or f"{path.stem}:{n}"),
                    text=str(text),
                    date=iso_date(raw.get("date")),
                    kind=kind or "",  # resolved below for records with empty gold
                    events=events,
                    doc=None if raw.get("doc") is None else str(raw["doc"]),
                    para=raw.get("para"),
                    title=raw.get("title"),
                    text_ref=raw.get("text_ref") if isinstance(raw.get("text_ref"), dict) else None,
                )
            )
    # An empty-gold record is scored like the rest of its file.
    known = Counter(r.kind for r in gs.records if r.kind)
    default_kind = known.most_common(1)[0][0] if known else "cameo"
    for r in gs.records:
        if not r.kind:
            r.kind = default_kind
    return gs


def _referenced_text(ref: dict[str, Any]) -> str | None:
    """The text of a gold record kept as a reference, for texts the repository must not copy:
    {"extraction": page id, "start": i, "end": j} is a span of that page's article text in
    the extraction benchmark (../shared/eval/extraction/ground-truth.json);
    {"ecbplus": doc id, "sent_id": n} is sentence n of an ECB+ news document
    (../shared/eval/coref/ecbplus/documents.jsonl), detokenized by `detokenize`."""
    if "ecbplus" in ref:
        sentences = _ecbplus_sentences().get(str(ref["ecbplus"]), {})
        tokens = sentences.get(int(ref["sent_id"]))
        return None if tokens is None else detokenize(tokens)
    page = ref.get("extraction")
    if page is None:
        return None
    bodies = _extraction_bodies()
    body = bodies.get(page) if bodies else None
    if body is None:
        return None
    return body[int(ref["start"]):int(ref["end"])]


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _document_urls() -> dict[str, str]:
    """Addresses of the documents gold records name: the bundled White House corpus's index
    (corpus/index.jsonl) and the extraction benchmark's pages (when ../shared is there)."""
    urls: dict[str, str] = {}
    index = _REPO_ROOT / "corpus" / "index.jsonl"
    if index.is_file():
        for line in index.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                urls[row["file"]] = row.get("url")
    path = default_eval_dir() / "extraction" / "ground-truth.json"
    if path.is_file():
        for k, v in json.loads(path.read_text(encoding="utf-8")).items():
            urls[k] = v.get("url")
    return urls


@lru_cache(maxsize=1)
def _ecbplus_sentences() -> dict[str, dict[int, list[str]]]:
    """ECB+ documents as {doc id: {sentence id: tokens}}; {} when ../shared is absent."""
    path = default_eval_dir() / "coref" / "ecbplus" / "documents.jsonl"
    if not path.is_file():
        return {}
    docs: dict[str, dict[int, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            docs[d["doc_id"]] = dict(zip(d["sentence_ids"], d["sentences"]))
    return docs


# ECB+ stores Penn-Treebank-style tokens; there is no library detokenizer in our
# dependencies that also undoes ECB+'s own splits ("U . S .", "three - week", "2 . 6"),
# so this small one is written by hand.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "'s", "'S",
                    "'re", "'ve", "'ll", "'d", "'m", "''", "..."}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def detokenize(tokens: Sequence[str]) -> str:
    """Join ECB+ tokens into natural text: no space before , . ; : ! ? ) ] % n't 's, none
    after ( [ $; `` and '' become straight double quotes; a lone ' or " opens and closes
    quotes by turns; "-" between tokens, "." and ":" between digits and "U . S ." are joined."""
    out: list[str] = []
    glue_next = False  # the previous token wants no space after it
    open_quote = {"'": False, '"': False}
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        glue = glue_next or not out or tok in _NO_SPACE_BEFORE
        glue_next = tok in _NO_SPACE_AFTER
        if tok == "-" and prev and nxt:  # "three - week" -> "three-week"
            glue = glue_next = True
        elif tok in (".", ":", ",") and prev.isdigit() and nxt.isdigit():  # "2 . 6", "1 : 30"
            glue = glue_next = True
        elif tok == "." and len(prev) == 1 and prev.isupper() and len(nxt) == 1 and nxt.isupper():
            glue = glue_next = True  # "U . S ." -> "U.S."
        elif tok == "." and len(prev) == 1 and prev.isupper() and out and len(out) > 1 and out[-2] == ".":
            glue = True
        elif tok == "'" and not open_quote["'"] and prev.endswith(("s", "S")) and i > 0:
            glue = True  # a plural possessive: "the Chargers ' receiver"
        elif tok in open_quote:  # a lone quote mark: opening when no quote of its kind is open
            if open_quote[tok]:
                glue = True
            else:
                glue_next = True
            open_quote[tok] = not open_quote[tok]
        if tok in ("``", "''"):  # PTB opening / closing double quotes
            open_quote['"'] = tok == "``"
            tok = '"'
        if glue and out:
            out.append(tok)
        else:
            if out:
                out.append(" ")
            out.append(tok)
    return "".join(out)


def _extraction_bodies() -> dict[str, str] | None:
    path = default_eval_dir() / "extraction" / "ground-truth.json"
    if not path.is_file():
        return None
    return {k: v.get("articleBody", "") for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


# --------------------------------------------------------------------------
# Matching


def actor_country_matches(gold: str | None, pred: Actor | None) -> bool:
    """Gold actor vs predicted actor, compared by country (first three letters).

    Null or "---" gold matches anything; "A+B" gold matches either part;
    gold IGO matches a predicted IGO (sector or code).
    """
    if gold is None:
        return True
    parts = [p.strip() for p in gold.split("+") if p.strip()]
    if not parts:
        return True
    if pred is None:
        return any(p.startswith(_OPEN_ACTOR) for p in parts)
    cands: set[str] = set()
    if pred.actor:
        code = pred.actor.upper()
        cands.add(LEGACY_COUNTRY.get(code[:3], code[:3]))
    if pred.country:
        cands.add(pred.country.upper())
    if (pred.sector or "").upper() == "IGO":
        cands.add("IGO")
    for p in parts:
        c = p[:3].upper()
        if c == _OPEN_ACTOR:
            return True
        if LEGACY_COUNTRY.get(c, c) in cands:
            return True
    return False


def _valid(pred: Event) -> bool:
    return not (pred.negated or pred.hypothetical)


def pred_root(pred: Event) -> str:
    return (pred.cameo or "")[:2]


def pred_label(level: str, pred: Event) -> str | None:
    if level == "root":
        return pred_root(pred) or None
    if level == "quad":
        return QUAD_OF_ROOT.get(pred_root(pred))
    if level == "plover":
        return pred.plover.upper() if pred.plover else None
    return None


def gold_counts(level: str, gold: GoldEvent) -> bool:
    """Whether this gold event is scored at `level`."""
    if level not in KIND_LEVELS[gold.kind]:
        return False
    if level == "plover" or (level == "dyad" and gold.kind == "plover"):
        return bool(gold.plover)
    return True


def _type_level(kind: str) -> str:
    """The type a dyad match needs: CAMEO root, or PLOVER type in PLOVER sets."""
    return "plover" if kind == "plover" else "root"


def pred_counts(level: str, kind: str, pred: Event) -> bool:
    """Whether a (valid) prediction counts as a prediction at `level`.

    At the PLOVER levels, predictions without a PLOVER type (statements,
    appeals) are outside the scope of the gold annotation and not counted.
    """
    if level == "plover" or (level == "dyad" and kind == "plover"):
        return bool(pred.plover)
    return True


def compatible(level: str, gold: GoldEvent, pred: Event) -> bool:
    if level == "root":
        return gold.root is not None and gold.root == pred_root(pred)
    if level == "quad":
        return gold.quad is not None and gold.quad == pred_label("quad", pred)
    if level == "plover":
        return pred_label("plover", pred) in gold.plover
    if level == "dyad":
        return (
            compatible(_type_level(gold.kind), gold, pred)
            and actor_country_matches(gold.source, pred.source)
            and actor_country_matches(gold.target, pred.target)
        )
    raise ValueError(f"unknown level {level!r}")


def max_matching(n_left: int, n_right: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths); pairs (left, right), sorted."""
    adj = [[j for j in range(n_right) if ok(i, j)] for i in range(n_left)]
    match_right: list[int | None] = [None] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if match_right[j] is None or augment(match_right[j], seen):
                match_right[j] = i
                return True
        return False

    # Most constrained gold first: a cheap heuristic; correctness comes from augmenting.
    for i in sorted(range(n_left), key=lambda i: len(adj[i])):
        augment(i, set())
    return sorted((i, j) for j, i in enumerate(match_right) if i is not None)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class RecordScore:
    record: GoldRecord
    predicted: list[Event]  # valid predictions only
    excluded: int  # negated / hypothetical predictions dropped
    tallies: dict[str, Tally]
    pairs: dict[str, list[tuple[int, int]]]
    confusion: list[tuple[str, str]]  # (gold label, predicted label), "none" for unpaired


def score_record(record: GoldRecord, predictions: Iterable[Event]) -> RecordScore:
    preds_all = list(predictions)
    preds = [p for p in preds_all if _valid(p)]
    if record.kind == "cameo" and not any("+" in (g.source or "") for g in record.events):
        # per actor, as PETRARCH-style gold codes a joint action; a gold that joins the
        # parties in one source ("USA+RUS") codes it once, and so is it scored
        preds = [d for p in preds for d in p.directed()]
        acts = [[p] for p in preds]
    else:
        # scored once: the per-target copies of one act (coder._also_targeted: "denounced drills by
        # the US, South Korea and Japan") are one prediction, matching a gold event through any copy
        acts = one_per_act(preds)
        preds = [group[0] for group in acts]
    tallies: dict[str, Tally] = {}
    pairs: dict[str, list[tuple[int, int]]] = {}
    for level in KIND_LEVELS[record.kind]:
        g_idx = [i for i, g in enumerate(record.events) if gold_counts(level, g)]
        p_idx = [j for j, p in enumerate(preds) if pred_counts(level, record.kind, p)]
        m = max_matching(
            len(g_idx), len(p_idx), lambda a, b: any(compatible(level, record.events[g_idx[a]], copy)
                                                     for copy in acts[p_idx[b]])
        )
        pairs[level] = [(g_idx[a], p_idx[b]) for a, b in m]
        tallies[level] = Tally(gold=len(g_idx), predicted=len(p_idx), matched=len(m))
    return RecordScore(record, preds, len(preds_all) - len(preds), tallies, pairs, _confusion(record, preds, pairs))


def one_per_act(preds: Sequence[Event]) -> list[list[Event]]:
    """Predictions grouped by act: events of one trigger, code and doer that differ only in their
    target (one event per target, as the coder writes an act aimed at several parties) are one act."""
    groups: dict[tuple, list[Event]] = {}
    for p in preds:
        key = (p.trigger_span, p.cameo, p.source.actor if p.source else None, p.negated, p.hypothetical) \
            if p.trigger_span is not None else (id(p),)
        groups.setdefault(key, []).append(p)
    return list(groups.values())


def _confusion(record: GoldRecord, preds: list[Event], pairs: dict[str, list[tuple[int, int]]]) -> list[tuple[str, str]]:
    """Pair gold and predicted events for a confusion table on the native label.

    Label matches first, then events that agree on the actors, then any
    remaining pairs; what is left pairs with "none".
    """
    native = KIND_LEVELS[record.kind][0]
    out: list[tuple[str, str]] = []
    gold_left = set(range(len(record.events)))
    pred_left = set(range(len(preds)))
    for i, j in pairs.get(native, []):
        out.append((record.events[i].label(native) or "none", pred_label(native, preds[j]) or "none"))
        gold_left.discard(i)
        pred_left.discard(j)

    def same_actors(g: GoldEvent, p: Event) -> bool:
        return actor_country_matches(g.source, p.source) and actor_country_matches(g.target, p.target)

    for rule in (same_actors, lambda g, p: True):
        gl, pl = sorted(gold_left), sorted(pred_left)
        for a, b in max_matching(len(gl), len(pl), lambda a, b: rule(record.events[gl[a]], preds[pl[b]])):
            i, j = gl[a], pl[b]
            out.append((record.events[i].label(native) or "none", pred_label(native, preds[j]) or "none"))
            gold_left.discard(i)
            pred_left.discard(j)
    out += [(record.events[i].label(native) or "none", "none") for i in sorted(gold_left)]
    out += [("none", pred_label(native, preds[j]) or "none") for j in sorted(pred_left)]
    return out


# --------------------------------------------------------------------------
# Scoring a file


@dataclass
class FileReport:
    name: str
    path: str
    records: int
    skipped: dict[str, int]
    kinds: dict[str, int]
    levels: dict[str, Tally]
    empty_records: int
    spurious_predictions: int
    excluded_predictions: int
    seconds: float
    words: int
    confusion: Counter
    record_scores: list[RecordScore]
    mutual_events: int = 0  # valid predictions with several parties (mutual or co-authored)
    whole_document_records: int = 0  # in-context records coded in their whole document

    @property
    def spurious_rate(self) -> float | None:
        return self.spurious_predictions / self.empty_records if self.empty_records else None

    @property
    def records_per_s(self) -> float | None:
        return self.records / self.seconds if self.seconds > 0 else None

    @property
    def words_per_s(self) -> float | None:
        return self.words / self.seconds if self.seconds > 0 else None

    def figures(self) -> dict[str, float]:
        """The figures a baseline can set floors on: <level>_{f1,precision,recall}, spurious."""
        out: dict[str, float] = {}
        for level, t in self.levels.items():
            out[f"{level}_f1"] = t.f1
            out[f"{level}_precision"] = t.precision
            out[f"{level}_recall"] = t.recall
        if self.spurious_rate is not None:
            out["spurious"] = self.spurious_rate
        return out

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "path": self.path,
            "records": self.records,
            "skipped": dict(self.skipped),
            "kinds": dict(self.kinds),
            "levels": {k: v.to_dict() for k, v in self.levels.items()},
            "empty_records": self.empty_records,
            "spurious_predictions": self.spurious_predictions,
            "spurious_rate": _round(self.spurious_rate),
            "excluded_predictions": self.excluded_predictions,
            "mutual_events": self.mutual_events,
            "whole_document_records": self.whole_document_records,
            "seconds": round(self.seconds, 3),
            "records_per_s": _round(self.records_per_s, 1),
            "words_per_s": _round(self.words_per_s, 1),
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
        }
        if details:
            d["records_detail"] = [_record_detail(rs) for rs in self.record_scores]
        return d


def _round(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(x, nd)


def _actor_code(a: Actor | None) -> str:
    if a is None:
        return "·"
    return a.actor or a.country or f"'{a.text}'"


def describe_event(e: Event) -> str:
    return f"{e.cameo}/{e.plover or '-'} {_actor_code(e.source)}→{_actor_code(e.target)}"


def _record_detail(rs: RecordScore) -> dict[str, Any]:
    return {
        "id": rs.record.id,
        "text": rs.record.text,
        "gold": [g.describe() for g in rs.record.events],
        "predicted": [describe_event(p) for p in rs.predicted],
        "matched": {lvl: len(pr) for lvl, pr in rs.pairs.items()},
        "excluded_predictions": rs.excluded,
    }


def evaluate_gold(gs: GoldSet, predictions: Sequence[Sequence[Event]], seconds: float = 0.0) -> FileReport:
    """Score predictions (one list per record, in record order) against a gold set."""
    if len(predictions) != len(gs.records):
        raise ValueError(f"{gs.name}: {len(predictions)} prediction lists for {len(gs.records)} records")
    levels: dict[str, Tally] = {}
    confusion: Counter = Counter()
    scores: list[RecordScore] = []
    empty = spurious = excluded = mutual = 0
    for rec, preds in zip(gs.records, predictions):
        mutual += sum(len(p.participants) >= 2 for p in preds if _valid(p))
        rs = score_record(rec, preds)
        scores.append(rs)
        for level, t in rs.tallies.items():
            levels.setdefault(level, Tally()).add(t)
        confusion.update(rs.confusion)
        excluded += rs.excluded
        if not rec.events:
            empty += 1
            spurious += len(rs.predicted)
    # A level is reported only where the file holds gold for it.
    levels = {lvl: levels[lvl] for lvl in LEVELS if lvl in levels and levels[lvl].gold}
    return FileReport(
        name=gs.name,
        path=str(gs.path),
        records=len(gs.records),
        skipped=dict(gs.skipped),
        kinds=dict(gs.kinds),
        levels=levels,
        empty_records=empty,
        spurious_predictions=spurious,
        excluded_predictions=excluded,
        seconds=seconds,
        words=sum(len(r.text.split()) for r in gs.records),
        confusion=confusion,
        record_scores=scores,
        mutual_events=mutual,
    )


def context_groups(records: Sequence[GoldRecord]) -> list[list[int]]:
    """Indices of the in-context records, grouped into paragraphs: runs of consecutive
    records with the same (doc, para)."""
    groups: list[list[int]] = []
    last = None
    for i, r in enumerate(records):
        if not r.in_context:
            last = None
            continue
        key = (r.doc, r.para)
        if groups and key == last and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
        last = key
    return groups


def join_paragraph(texts: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentences of one paragraph joined by single spaces, and each one's (start, end)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    return " ".join(texts), spans


def event_offset(e: Event) -> int | None:
    """Where an event sits in its document: the start of its trigger, else of its span."""
    if e.trigger_span is not None:
        return e.trigger_span[0]
    if e.span is not None:
        return e.span[0]
    return None


def assign_events(events: Iterable[Event], spans: Sequence[tuple[int, int]]) -> list[list[Event]]:
    """Distribute a paragraph's events over its sentences: each event goes to the sentence
    whose span holds its offset (`event_offset`); one that falls between sentences, or has
    no offset, goes to the last sentence starting at or before it (else the first)."""
    out: list[list[Event]] = [[] for _ in spans]
    for e in events:
        pos = event_offset(e)
        k = 0
        if pos is not None:
            k = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), None)
            if k is None:
                k = max((i for i, (a, _b) in enumerate(spans) if a <= pos), default=0)
        out[k].append(e)
    return out


def code_records(records: Sequence[GoldRecord], coder: Coder,
                 doc_coder: DocumentCoder | None = None) -> list[list[Event]]:
    """Predicted events for each record, in record order. Plain records go to `coder`
    one sentence at a time; in-context records are joined by paragraph and coded as one
    document by `doc_coder` (without one, by `coder` on the joined text, untitled)."""
    predictions: list[list[Event]] = [[] for _ in records]
    plain = [i for i, r in enumerate(records) if not r.in_context]
    if plain:
        out = coder([(records[i].text, records[i].date, records[i].id) for i in plain])
        for i, events in zip(plain, out):
            predictions[i] = list(events)
    groups = context_groups(records)
    if groups:
        joined = [join_paragraph([records[i].text for i in g]) for g in groups]
        ids = [f"{records[g[0]].doc}#p{records[g[0]].para}" for g in groups]
        if doc_coder is not None:
            out = doc_coder([(text, records[g[0]].title, records[g[0]].date, doc_id)
                             for (text, _spans), g, doc_id in zip(joined, groups, ids)])
        else:
            out = coder([(text, records[g[0]].date, doc_id)
                         for (text, _spans), g, doc_id in zip(joined, groups, ids)])
        for g, (_text, spans), events in zip(groups, joined, out):
            for i, evs in zip(g, assign_events(events, spans)):
                predictions[i] = evs
    return predictions


# --- whole documents ------------------------------------------------------------------------
# The labels of an in-context set are written "as a reader of the whole document knows them"
# (eval/events_blind.md rule A), and the product codes whole documents. Coding only the labelled
# paragraph hides what the earlier paragraphs say (who "we" and "the two leaders" are, whose turn
# a transcript paragraph is). The whole-document mode codes each labelled record's full document,
# as `eventwire ingest` would, and scores the events whose trigger lies in a labelled sentence.

_WH_DIRS = (_REPO_ROOT / "corpus" / "whitehouse",)


def _whole_document(record: GoldRecord) -> tuple[str, str | None, str | None] | None:
    """(text, title, published) of the document an in-context record was drawn from: an
    extraction page's article body, or a White House file read by the product's own reader
    (corpus/whitehouse, else ../shared/corpus/whitehouse). None when it is not at hand."""
    ref = record.text_ref or {}
    if "extraction" in ref:
        bodies = _extraction_bodies()
        body = bodies.get(ref["extraction"]) if bodies else None
        return None if body is None else (body, record.title, record.date)
    if not record.doc:
        return None
    dirs = _WH_DIRS + tuple(d.parent / "corpus" / "whitehouse" for d in _eval_bases())
    path = next((d / record.doc for d in dirs if (d / record.doc).is_file()), None)
    if path is None:
        return None
    from .inputs import iter_documents
    from .records import RawDocument

    doc = next(iter(iter_documents([path])), None)
    if not isinstance(doc, RawDocument):
        return None
    return doc.text, doc.title or record.title, doc.published or record.date


def _joined_document(records: Sequence[GoldRecord]) -> tuple[str, str | None, str | None]:
    """(text, title, published) of a document written out in a set: its records' sentences, one
    space apart within a paragraph, a blank line between paragraphs, in order."""
    paragraphs = [join_paragraph([records[i].text for i in group])[0] for group in context_groups(records)]
    return "\n\n".join(paragraphs), records[0].title, records[0].date


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` with each run of whitespace (and no-break spaces) as one space and backslashes
    dropped, and for each kept character its offset in `text`: sentences cleaned by another
    reader are found in the document despite spacing differences."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch == "\\":
            continue
        if ch.isspace() or ch == "\u00a0":
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate_sentence(document: str, sentence: str, start: int = 0) -> tuple[int, int] | None:
    """The span of `sentence` in `document` at or after `start`: exact, else up to spacing."""
    k = document.find(sentence, start)
    if k >= 0:
        return k, k + len(sentence)
    doc, where = _squeezed(document)
    needle, _ = _squeezed(sentence)
    needle = needle.strip()
    if not needle:
        return None
    from_ = next((j for j, i in enumerate(where) if i >= start), len(where))
    k = doc.find(needle, from_)
    if k < 0:
        return None
    return where[k], where[k + len(needle) - 1] + 1


def whole_document_groups(records: Sequence[GoldRecord]) -> tuple[list[tuple[str, str | None, str | None, str]],
                                                                 list[list[tuple[int, tuple[int, int]]]], list[int]]:
    """The documents of the in-context records, each record's span in its document, and the
    records whose sentence could not be found (coded by paragraph instead).

    Returns (items, spans, unplaced): items[k] = (text, title, published, doc id) of the k-th
    document; spans[k] = [(record index, (start, end)), ...] of its records."""
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if r.in_context and r.doc:
            by_doc.setdefault(r.doc, []).append(i)
    items: list[tuple[str, str | None, str | None, str]] = []
    spans: list[list[tuple[int, tuple[int, int]]]] = []
    unplaced: list[int] = []
    for doc_id, idx in by_doc.items():
        whole = _whole_document(records[idx[0]])
        if whole is None and all(records[i].text_ref is None for i in idx):
            # a set that holds whole documents of its own (eval/events_war18): the document is its
            # records, paragraph after paragraph, in order
            whole = _joined_document([records[i] for i in idx])
        if whole is None:
            unplaced += idx
            continue
        text, title, published = whole
        placed: list[tuple[int, tuple[int, int]]] = []
        for i in idx:
            ref = records[i].text_ref or {}
            if "extraction" in ref:
                span = (int(ref["start"]), int(ref["end"]))
            else:
                span = locate_sentence(text, records[i].text)
            if span is None:
                unplaced.append(i)
            else:
                placed.append((i, span))
        if placed:
            items.append((text, title, published, doc_id))
            spans.append(placed)
    return items, spans, sorted(unplaced)


def code_whole_documents(records: Sequence[GoldRecord], coder: Coder, doc_coder: DocumentCoder,
                         ) -> tuple[list[list[Event]], int]:
    """Predicted events for each record, coding each in-context record's WHOLE document with
    `doc_coder` (events outside the labelled sentences are not scored); plain records and
    in-context records whose document or sentence is not found go through `code_records`.
    Returns the predictions and how many records were coded in their whole document."""
    items, spans, unplaced = whole_document_groups(records)
    placed = {i for group in spans for i, _ in group}
    rest = [i for i in range(len(records)) if i not in placed]
    predictions: list[list[Event]] = [[] for _ in records]
    if rest:
        for i, evs in zip(rest, code_records([records[i] for i in rest], coder, doc_coder)):
            predictions[i] = evs
    if items:
        out = doc_coder(items)
        for group, events in zip(spans, out):
            for e in events:
                pos = event_offset(e)
                if pos is None:
                    continue
                for i, (a, b) in group:
                    if a <= pos < b:
                        predictions[i].append(e)
                        break
    return predictions, len(placed)


def evaluate_file(
    path: str | Path, coder: Coder, cameo_to_plover: dict[str, frozenset[str]] | None = None,
    split: str | None = None, doc_coder: DocumentCoder | None = None, whole_documents: bool = False,
) -> FileReport:
    """Load a gold file (or one split of it), run the coder on its texts (timed) and score the result.
    In-context records (with `para`) are coded by paragraph (`code_records`), or with
    `whole_documents` in their whole document (`code_whole_documents`)."""
    gs = load_gold(path, cameo_to_plover, split)
    t0 = time.perf_counter()
    placed = 0
    if not gs.records:
        predictions = []
    elif whole_documents and doc_coder is not None and any(r.in_context for r in gs.records):
        predictions, placed = code_whole_documents(gs.records, coder, doc_coder)
    else:
        predictions = code_records(gs.records, coder, doc_coder)
    seconds = time.perf_counter() - t0
    report = evaluate_gold(gs, [list(p) for p in predictions], seconds)
    report.whole_document_records = placed
    return report


def pipeline_coder(pipe: Any = None) -> Coder:
    """A coder backed by eventwire.pipeline.Pipeline (spaCy is loaded here, once)."""
    if pipe is None:
        from .pipeline import Pipeline

        pipe = Pipeline()
    # Models load on first use: load them now so throughput figures leave out start-up.
    pipe.process_text("Russian forces attacked Ukrainian positions, officials said.", doc_id="warm-up")

    def code(items: Sequence[CoderItem]) -> list[list[Event]]:
        items = list(items)
        if hasattr(pipe, "process_texts"):
            results = list(pipe.process_texts(items))
        else:
            results = [pipe.process_text(t, published=d, doc_id=i) for t, d, i in items]
        return [list(r.events) for r in results]

    return code


def pipeline_document_coder(pipe: Any = None) -> DocumentCoder:
    """A document coder backed by eventwire.pipeline.Pipeline.process_batch: each item is one
    RawDocument (title and publication date given), so the pipeline resolves "we", "the two
    leaders" and the like from the whole paragraph and its title."""
    if pipe is None:
        from .pipeline import Pipeline

        pipe = Pipeline()
    from .records import RawDocument

    urls = _document_urls()

    def code(items: Sequence[DocumentItem]) -> list[list[Event]]:
        # The page's address is part of what the pipeline knows of a document (an official
        # site's statements speak for its government), so the labelled paragraph gets it too.
        raws = [RawDocument(id=doc_id, text=text, title=title, published=published,
                            url=urls.get(doc_id.rsplit("#p", 1)[0]))
                for text, title, published, doc_id in items]
        results = []
        for k in range(0, len(raws), 64):
            results += pipe.process_batch(raws[k:k + 64])
        return [list(r.events) for r in results]

    return code


# --------------------------------------------------------------------------
# Gate


def load_baseline(path: str | Path) -> dict[str, dict[str, float]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_") and isinstance(v, dict)}


def check_gate(reports: Sequence[FileReport], baseline: dict[str, dict[str, float]]) -> tuple[list[str], list[str]]:
    """Compare figures with baseline floors. Returns (failures, notes).

    Keys: <level>_f1 / _precision / _recall are floors; spurious_max is a ceiling.
    Baseline files that were not evaluated are notes, not failures (the sets
    are optional on a given machine); a floor on a figure the file does not
    measure is a failure.
    """
    failures: list[str] = []
    notes: list[str] = []
    by_name = {r.name: r for r in reports}
    for name, floors in baseline.items():
        rep = by_name.get(name)
        if rep is None:
            notes.append(f"{name}: in the baseline but not evaluated (file absent or not given)")
            continue
        missing = {reason: n for reason, n in rep.skipped.items() if reason.startswith("text not available")}
        if missing:
            # figures over part of the file say nothing against floors set on all of it
            notes.append(f"{name}: floors not checked, " + "; ".join(f"{n} records skipped: {reason}"
                                                                        for reason, n in missing.items()))
            continue
        figs = rep.figures()
        for key, limit in floors.items():
            if key.startswith("_"):
                continue
            if key == "spurious_max":
                value = figs.get("spurious")
                if value is None:
                    notes.append(f"{name}: spurious_max set but the file has no empty-gold records")
                elif value > limit + 1e-9:
                    failures.append(f"{name}: spurious rate {value:.3f} rose above its ceiling {limit:.3f}")
                continue
            if key not in figs:
                failures.append(f"{name}: {key} has a floor of {limit:.3f} but is not measured on this file")
                continue
            if figs[key] < limit - 1e-9:
                failures.append(f"{name}: {key} {figs[key]:.3f} dropped below its floor {limit:.3f}")
    for rep in reports:
        if rep.name not in baseline:
            notes.append(f"{rep.name}: no floors in the baseline")
    return failures, notes


# --------------------------------------------------------------------------
# Locating the sets


def _eval_bases() -> list[Path]:
    env = os.environ.get(EVAL_DIR_ENV)
    if env:
        return [Path(env)]
    return [_REPO_ROOT.parent / "shared" / "eval", Path.cwd().parent / "shared" / "eval"]


def default_eval_dir() -> Path:
    """Where the labelled sets are looked for: $EVENTWIRE_EVAL_DIR or ../shared/eval."""
    bases = _eval_bases()
    return next((b for b in bases if b.is_dir()), bases[0])


def default_gold_paths() -> list[Path]:
    """The event sets (events/*.jsonl) if present, else []."""
    events = default_eval_dir() / "events"
    return sorted(events.glob("*.jsonl")) if events.is_dir() else []


def _expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    found: list[Path] = []
    missing: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(p.glob("*.jsonl"))
        elif p.is_file():
            found.append(p)
        else:
            missing.append(p)
    return found, missing


# --------------------------------------------------------------------------
# Codebook consistency


def check_codebook(cameo_table: dict[str, float], codebook_path: str | Path | None = None) -> list[str]:
    """Codes whose Goldstein score in our table differs from the reference codebook.

    Also reports codes of ours the codebook does not know.
    """
    path = Path(codebook_path) if codebook_path else default_codebook_path()
    if path is None or not path.is_file():
        raise FileNotFoundError(f"CAMEO codebook not found at {codebook_path or default_eval_dir() / 'codebooks'}")
    ref = json.loads(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for code in sorted(cameo_table):
        ours = cameo_table[code]
        if code not in ref:
            problems.append(f"{code}: not in the codebook")
            continue
        theirs = ref[code].get("goldstein")
        if theirs is None or ours is None:
            if theirs != ours:
                problems.append(f"{code}: goldstein {ours} here, {theirs} in the codebook")
            continue
        if abs(float(ours) - float(theirs)) > 1e-6:
            problems.append(f"{code}: goldstein {ours} here, {theirs} in the codebook")
    return problems


def check_plover_mapping(plover_table: dict[str, str | None], codebook_path: str | Path | None = None) -> list[str]:
    """Codes whose PLOVER type in our table is not the codebook's (with PLOVER_FILL)."""
    path = Path(codebook_path) if codebook_path else default_codebook_path()
    if path is None or not path.is_file():
        raise FileNotFoundError(f"CAMEO codebook not found at {codebook_path or default_eval_dir() / 'codebooks'}")
    mapping = load_cameo_plover_map(path)
    problems = []
    for code in sorted(plover_table):
        ours, ref = plover_table[code], gold_plover_types(code, mapping)
        if (ours or None) not in (ref or {None}):
            problems.append(f"{code}: PLOVER {ours or '-'} here, {'/'.join(sorted(ref)) or '-'} in the codebook")
    return problems


# --------------------------------------------------------------------------
# Console output and the command


def _fmt(x: float | None, nd: int = 3) -> str:
    return "–" if x is None else f"{x:.{nd}f}"


def print_report(rep: FileReport, console: Any, details: bool = False, max_records: int = 40) -> None:
    from rich.table import Table

    kinds = ", ".join(f"{k} {n}" for k, n in sorted(rep.kinds.items()))
    skipped = "; ".join(f"{n} {why}" for why, n in sorted(rep.skipped.items()))
    caption = (
        f"{rep.records} records ({kinds}), {_fmt(rep.records_per_s, 1)} records/s, "
        f"{_fmt(rep.words_per_s, 0)} words/s\n"
        f"spurious rate {_fmt(rep.spurious_rate, 2)} (events per empty-gold record, {rep.empty_records} records)\n"
        f"{rep.excluded_predictions} negated/hypothetical predictions not counted"
        + (f"; {rep.mutual_events} events of several parties" + (" (scored per actor)" if rep.kinds.get("cameo") else ""))
        + (f"\n{rep.whole_document_records} in-context records coded in their whole document"
           if rep.whole_document_records else "")
        + (f"\nskipped: {skipped}" if skipped else "")
    )
    t = Table(title=rep.name, caption=caption, caption_justify="left")
    for col in ("level", "gold", "pred", "matched", "P", "R", "F1"):
        t.add_column(col, justify="left" if col == "level" else "right")
    for level in LEVELS:
        tal = rep.levels.get(level)
        if tal is None:
            t.add_row(LEVEL_TITLES[level], "–", "–", "–", "–", "–", "n/a", style="dim")
        else:
            t.add_row(
                LEVEL_TITLES[level], str(tal.gold), str(tal.predicted), str(tal.matched),
                _fmt(tal.precision), _fmt(tal.recall), _fmt(tal.f1),
            )
    console.print(t)
    if details:
        _print_confusion(rep, console)
        _print_misses(rep, console, max_records)


def print_summary(reports: Sequence[FileReport], console: Any) -> None:
    from rich.table import Table

    t = Table(title="summary (F1)")
    for col in ("file", "records", "root", "dyad", "plover", "quad", "spurious", "rec/s"):
        t.add_column(col, justify="left" if col == "file" else "right", overflow="fold")
    for r in reports:
        f1 = [_fmt(r.levels[lvl].f1) if lvl in r.levels else "–" for lvl in LEVELS]
        t.add_row(r.name, str(r.records), *f1, _fmt(r.spurious_rate, 2), _fmt(r.records_per_s, 1))
    console.print(t)


def _print_confusion(rep: FileReport, console: Any) -> None:
    from rich.table import Table

    gold_labels = sorted({g for g, _ in rep.confusion} - {"none"}) + ["none"]
    pred_labels = sorted({p for _, p in rep.confusion} - {"none"}) + ["none"]
    t = Table(title=f"{rep.name}: confusion (rows gold, columns predicted)")
    t.add_column("gold")
    for p in pred_labels:
        t.add_column(p, justify="right")
    for g in gold_labels:
        row = [rep.confusion.get((g, p), 0) for p in pred_labels]
        if any(row):
            t.add_row(g, *[(f"[bold]{n}[/]" if g == p and n else (str(n) if n else "·")) for n, p in zip(row, pred_labels)])
    console.print(t)


def _print_misses(rep: FileReport, console: Any, max_records: int) -> None:
    from rich.markup import escape

    shown = 0
    misses = [rs for rs in rep.record_scores if any(t.matched < max(t.gold, t.predicted) for t in rs.tallies.values())]
    for rs in misses[:max_records]:
        shown += 1
        m = " ".join(f"{lvl}={len(p)}" for lvl, p in rs.pairs.items())
        console.print(f"[bold]{escape(rs.record.id)}[/] {escape(rs.record.text[:160])}")
        console.print(f"   gold: {escape('; '.join(g.describe() for g in rs.record.events) or '(none)')}")
        console.print(f"   pred: {escape('; '.join(describe_event(p) for p in rs.predicted) or '(none)')}   matched {m}")
    if len(misses) > shown:
        console.print(f"   … {len(misses) - shown} more records with misses (all are in --json output)")


def run(
    paths: Sequence[str | Path] | None = None,
    details: bool = False,
    json_path: str | Path | None = None,
    baseline: str | Path | None = None,
    gate: bool = False,
    console: Any = None,
    coder: Coder | None = None,
    codebook: str | Path | None = None,
    split: str | None = None,
    doc_coder: DocumentCoder | None = None,
    whole_documents: bool = False,
) -> int:
    """Evaluate the coder on gold files (or one split of each); print tables; return an exit code.

    0: done (or no sets present); 1: the gate failed; 2: bad arguments.
    With no paths, the sets under ../shared/eval/events (or $EVENTWIRE_EVAL_DIR/events).
    `coder` defaults to the spaCy pipeline; `codebook` to the shared CAMEO codebook.
    `doc_coder` codes the paragraphs of in-context records; with the default coder it is the
    same pipeline (process_batch), with a custom `coder` and no `doc_coder` the joined
    paragraph goes to `coder`.
    """
    if console is None:
        from rich.console import Console

        console = Console()
    files, missing = _expand(paths) if paths else (default_gold_paths(), [])
    for p in missing:
        console.print(f"[yellow]gold file not found: {p}[/]")
    if not files:
        where = ", ".join(str(p) for p in missing) if missing else str(default_eval_dir() / "events")
        console.print(f"evaluation sets not found at {where}; skipping")
        return 0
    base = None
    if gate or baseline:
        bpath = Path(baseline) if baseline else _REPO_ROOT / "eval" / "baseline.json"
        if not bpath.is_file():
            console.print(f"[red]baseline not found: {bpath}[/]")
            return 2
        base = load_baseline(bpath)

    cb = Path(codebook) if codebook else default_codebook_path()
    mapping = load_cameo_plover_map(cb) if cb and cb.is_file() else None
    if mapping is None:
        console.print("[dim]CAMEO codebook not found: CAMEO sets are not scored at the PLOVER level[/]")
    if coder is None:
        from .pipeline import Pipeline

        pipe = Pipeline()
        coder = pipeline_coder(pipe)
        if doc_coder is None:
            doc_coder = pipeline_document_coder(pipe)

    reports = []
    for f in files:
        with console.status(f"coding {f.name} …"):
            rep = evaluate_file(f, coder, mapping, split, doc_coder, whole_documents=whole_documents)
        reports.append(rep)
        print_report(rep, console, details=details)

    if len(reports) > 1:
        print_summary(reports, console)

    failures: list[str] = []
    notes: list[str] = []
    if base is not None:
        failures, notes = check_gate(reports, base)
    if json_path:
        out = {
            "files": {r.name: r.to_dict(details=details) for r in reports},
            "gate": {"failures": failures, "notes": notes} if base is not None else None,
        }
        Path(json_path).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"figures written to {json_path}")
    for n in notes:
        console.print(f"[yellow]gate: {n}[/]")
    if not gate:
        for msg in failures:
            console.print(f"[yellow]below baseline: {msg}[/]")
    else:
        if failures:
            for msg in failures:
                console.print(f"[red]gate failed: {msg}[/]")
            return 1
        console.print("[green]gate passed[/]")
    return 0
