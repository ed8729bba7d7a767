"""A learned CAMEO root model behind the rules (issue #9 item 5, round learn19).

`RootModel` gives, for each sentence, P(root r) for the twenty CAMEO roots 01-20: one logistic
regression per root (one-vs-rest) over the sentence detector's own TF-IDF features
(events/detector.py), trained by scripts/train_root_model.py on the tuned / dev parts of our
labelled sets (eval/events_learn19/build_training.py) and shipped as
eventwire/data/event_roots.npz. The runtime needs only numpy (the detector's features).

`LearnedStage` uses it beside the rules, as a separate stage after the coder:

- **add**: in a parsed sentence where the rules coded no event and no trigger row matched
  (where one matched, the rules' guards decided: no event), when the model gives root r at
  least `add_threshold` and the parse holds a verb (or event noun) of root r's family in the
  trigger tables - asserted (no negation, no modal or future, not an infinitive or a
  condition) and with a subject or object, one of which the actor tables code - it emits an event of root level r+"0" ("18" ->
  "180"), roles from that verb's subject and object as the coder reads noun phrases (an
  actor the tables cannot code keeps its text), `found_by="learned"`;
- **veto**: a rule event whose root the model gives less than `veto_threshold` is dropped
  (0 = no veto).

The stage is OFF by default; `Pipeline(learned=True)` or the environment variable
EVENTWIRE_LEARNED=1 turns it on (off: the rules' output exactly). docs/detector.md ("Learned root model")
has the training counts, cross-validated figures and the before/after that decided the default.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..times import WEEKDAY_NAMES

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "event_roots.npz"
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))

ADD_THRESHOLD = 0.9
VETO_THRESHOLD = 0.0


class RootModel:
    """P(CAMEO root | sentence), twenty one-vs-rest logistic regressions."""

    def __init__(self, path: str | Path | None = None, detector=None) -> None:
        from .detector import default_detector
        path = Path(path) if path is not None else DEFAULT_PATH
        self.detector = detector or default_detector()
        with np.load(path, allow_pickle=False) as z:
            n = int(z["n_features"])
            if n != self.detector.n_features:
                raise ValueError(f"{path}: trained on {n} detector features, the detector has "
                                 f"{self.detector.n_features} (retrain: scripts/train_root_model.py)")
            coef = np.zeros((len(ROOTS), n), dtype=np.float64)
            coef[np.asarray(z["root_index"], dtype=np.intp), np.asarray(z["feature_index"], dtype=np.intp)] = \
                np.asarray(z["weight"], dtype=np.float64)
            self._intercept = np.asarray(z["intercept"], dtype=np.float64)
            self.meta = json.loads(str(z["meta"]))
        self.roots = tuple(self.meta.get("roots", ROOTS))
        self._coef_cols = [np.ascontiguousarray(coef[k]) for k in range(len(self.roots))]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 20): P(root) per sentence, columns in `roots` order (01..20)."""
        texts = ["" if t is None else str(t) for t in texts]
        n = len(texts)
        row, col, val = self.detector._features(texts)
        out = np.empty((n, len(self.roots)), dtype=np.float64)
        for k, w in enumerate(self._coef_cols):
            out[:, k] = np.bincount(row, weights=val * w[col], minlength=n) + self._intercept[k]
        return 1.0 / (1.0 + np.exp(-out))

    def root_scores(self, text: str) -> dict[str, float]:
        """{root: P(root)} for one sentence."""
        return dict(zip(self.roots, (float(p) for p in self.probabilities([text])[0])))


@lru_cache(maxsize=1)
def default_root_model() -> RootModel:
    return RootModel()


def enabled_by_default() -> bool:
    """Off unless EVENTWIRE_LEARNED is 1/true/yes/on (the held-out figures that decided this
    are in docs/detector.md: +3 of 543 held-out gold events, its own events right ~60-65%)."""
    return os.environ.get("EVENTWIRE_LEARNED", "").strip().lower() in ("1", "true", "yes", "on")


# Words that make a clause no assertion of a past or present act.
_UNASSERTED_AUX = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall",
                             "'ll", "wo", "ca"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "before", "until", "lest"})
_SUBJECTS = ("nsubj", "nsubjpass", "agent")
_OBJECTS = ("dobj", "pobj", "dative")


def _root_families(lexicon) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Verb lemma -> roots its trigger rows code; noun head -> roots its noun rows code."""
    verbs = {v: frozenset(t.cameo[:2] for t in rows) for v, rows in lexicon.triggers.items()}
    nouns = {h: frozenset(t.cameo[:2] for t in rows) for h, rows in lexicon.nouns.items()}
    return verbs, nouns


def asserted(token) -> bool:
    """Whether a verb states an act as done or being done: no negation ("did not attack"), no
    modal or future ("will meet", "could strike"), not an infinitive or gerund hanging on
    another verb ("plans to visit", "threatened to strike" - the frame is the act), not in a
    condition ("if they attack"), not a question. E.g. "Rebels attacked the convoy" and "The
    talks were held in Doha" are asserted; "Russia will not attack" and "if Iran retaliates"
    are not."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ in ("xcomp", "advcl", "csubj", "amod", "acl", "pcomp") and token.tag_ in ("VB", "VBG"):
        return False
    for c in token.children:
        if c.dep_ == "neg":
            return False
        if c.dep_ == "aux" and c.lower_ in _UNASSERTED_AUX | {"to"}:
            return False
        if c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS:
            return False
    if token.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False  # a bare infinitive or an imperative
    return not token.sent.text.rstrip().endswith("?")


_NO_PARTY_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})
_NO_PARTY_WORDS = WEEKDAY_NAMES | frozenset({"today", "yesterday", "week", "month", "year", "day", "night", "morning",
                                             "evening", "weekend", "part", "time", "way", "place"})


def _not_a_party(token) -> bool:
    """A noun that names no one an act is done to: a time ("released on Thursday", "over the
    weekend"), an amount ("for $1 trillion"), or the noun of a light phrase ("took part")."""
    return token.ent_type_ in _NO_PARTY_ENTITIES or token.lemma_.lower() in _NO_PARTY_WORDS


class LearnedStage:
    """The add and veto rules above, over a document's coded events."""

    def __init__(self, coder, model: RootModel | None = None, add_threshold: float = ADD_THRESHOLD,
                 veto_threshold: float = VETO_THRESHOLD) -> None:
        self.coder = coder
        self.model = model or default_root_model()
        self.add_threshold = add_threshold
        self.veto_threshold = veto_threshold
        self.verbs, self.nouns = _root_families(coder.lexicon)
        # the object nouns a verb's trigger rows name ("took part", "sent a letter", "held
        # talks"): the act's own noun, not the one it is done to
        self.objects = {v: frozenset(w for t in rows for w in t.objects)
                        for v, rows in coder.lexicon.triggers.items()}
        # inflected forms of each root's verbs and nouns, for the pre-parse test (`wants`)
        from .lexicon import inflections, plurals
        self.forms: dict[str, frozenset[str]] = {}
        for root in self.model.roots:
            forms = {f for v, roots in self.verbs.items() if root in roots for f in inflections(v)}
            forms |= {f for n, roots in self.nouns.items() if root in roots for f in plurals(n)}
            self.forms[root] = frozenset(forms)

    def wants(self, texts: Sequence[str], words_of) -> list[bool]:
        """Whether each sentence is worth parsing for the stage though the cascade's trigger test
        passed it by: the model gives some root at least the add threshold and a word of that
        root's verbs or nouns is there ("Naval units moved 40 landing craft toward the islands":
        15; "The detainees were flown to a base": 17 if "fly" is a 17 verb)."""
        if not texts:
            return []
        probs = self.model.probabilities(texts)
        out = []
        for text, p in zip(texts, probs):
            hits = [self.model.roots[k] for k in np.nonzero(p >= self.add_threshold)[0]]
            out.append(bool(hits) and any(words_of(text) & self.forms[r] for r in hits))
        return out

    def rules_decided(self, doc) -> bool:
        """Whether a trigger row of the rules matched a word of the sentence: then the rules read
        an act there and their guards or roles found no event in it ("The girl died from her
        injuries after the car crash": an accident; "Police said the fire was an accident"), and
        the model does not overrule them. The stage fills only sentences no trigger matched in
        ("Army units moved about 40 tanks toward the border": "move" codes only with troops or
        forces as its object)."""
        match = self.coder._match
        return any(match(t) is not None for t in doc)

    def family_trigger(self, doc, root: str):
        """The first asserted verb of `root`'s family with a subject or an object, as (token,
        subjects, objects); None if there is none. E.g. for root 18 in "Gunmen ambushed a
        police patrol" the verb "ambushed" (an 18 trigger row) with subject "Gunmen"."""
        for tok in doc:
            lemma = tok.lemma_.lower()
            if root not in self.verbs.get(lemma, ()) and root not in self.verbs.get(tok.lower_, ()):
                continue
            if not asserted(tok):
                continue
            subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
            subj += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            obj += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if tok.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in tok.children):
                # passive: the grammatical subject is the one acted on, the agent the doer
                patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
                doers = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                subj, obj = doers, patients + [o for o in obj if o not in doers]
            subj = [s for s in subj if s.pos_ in ("NOUN", "PROPN", "PRON")]
            own = self.objects.get(lemma, frozenset())
            obj = [o for o in obj if o.pos_ in ("NOUN", "PROPN") and not _not_a_party(o)
                   and o.lemma_.lower() not in own]
            if subj or obj:
                return tok, subj, obj
        return None

    def _actor(self, token):
        from ..records import Actor
        found = self.coder._actors(token)
        if found:
            return found[0]
        if token.pos_ == "PRON":
            return None
        words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "cc", "conj")]
        text = token.doc[min(t.i for t in words):max(t.i for t in words) + 1].text if words else token.text
        return Actor(text)

    def add(self, sentence, doc, probs: np.ndarray, first_id: int, doc_id: str):
        """The learned event of a sentence the rules coded nothing in, or None."""
        from ..records import Event
        k = int(np.argmax(probs))
        if probs[k] < self.add_threshold:
            return None
        if self.rules_decided(doc):
            return None
        root = self.model.roots[k]
        found = self.family_trigger(doc, root)
        if found is None:
            return None
        tok, subj, obj = found
        source = self._actor(subj[0]) if subj else None
        target = self._actor(obj[0]) if obj else None
        if source is not None and target is not None and source.actor and source.actor == target.actor:
            target = None
        if not any(a is not None and a.actor for a in (source, target)):
            # the rules keep an event no party of which codes ("Unknown attackers shot dead two
            # soldiers"); the model's guess needs one that does ("The band released a new
            # album": no one the tables know)
            return None
        code = root + "0"
        info = self.coder.lexicon.code(code)
        start = sentence.start
        return Event(
            id=f"{doc_id}:e{first_id}", sentence_id=sentence.id, evidence=sentence.text,
            span=(sentence.start, sentence.end), cameo=info.code, plover=info.plover,
            plover_mode=info.plover_mode, goldstein=info.goldstein, source=source, target=target,
            confidence=round(float(probs[k]) * 0.5, 2), trigger=tok.text,
            trigger_span=(start + tok.idx, start + tok.idx + len(tok)),
            source_from="parse" if source is not None else None,
            target_from="parse" if target is not None else None,
            found_by="learned")

    def veto(self, events: list, probs_of: dict[str, np.ndarray]) -> list:
        """Rule events whose root the model finds very unlikely, dropped."""
        if self.veto_threshold <= 0:
            return events
        keep = []
        for e in events:
            p = probs_of.get(e.sentence_id)
            root = e.cameo[:2]
            if p is not None and root in self.model.roots and p[self.model.roots.index(root)] < self.veto_threshold:
                continue
            keep.append(e)
        return keep


def sentence_probabilities(model: RootModel, sentences: Iterable) -> dict[str, np.ndarray]:
    sentences = list(sentences)
    if not sentences:
        return {}
    probs = model.probabilities([s.text for s in sentences])
    return {s.id: probs[i] for i, s in enumerate(sentences)}
