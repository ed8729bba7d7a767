"""Propositions and contradictions between claims (text-only, so stored claims link too)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..records import Claim
from .lexicon import _predicate_families

# --------------------------------------------------------------------------
# propositions and contradictions


@dataclass(frozen=True)
class Proposition:
    """What a claim's content is about, for contradiction linking.

    subject: ISO-3 country of the proposition's agent — the first country named
        before the predicate in the content, else the speaker's country
        ("Chinese officials deny supporting Russia …" → CHN).
    objects: other countries named in the content.
    families: the predicate family (data/claim_predicates.tsv) of the content's
        predicate, its first word that belongs to a family.
    stems: stemmed content words (stop words and country names removed).
    polarity: +1 asserted, -1 denied, or asserted with the predicate negated
        ("does not provide": a negator within three words before it, or before a
        wish or plan verb that governs it in the same clause: "did not want to see
        the United States involved"); a negated denial is +1.
    """

    subject: str | None
    objects: frozenset[str]
    families: frozenset[str]
    stems: frozenset[str]
    polarity: int


_STOP = frozenset("""a an the and or but of to in on at for with by from as that this these those is are was
were be been being has have had will would could should may might can do does did it its their his her
our we they he she them us also very more most such than then there which who whom whose what when where
while about into over under after before again further not no never n't any some all each other only own
same so too just now new said says""".split())
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_NEGATION_WINDOW = 3  # words before the predicate in which a negator negates it


# Verbs whose negation reaches the predicate of their complement: "did not want to see the United States
# involved", "never intended to supply", "does not plan to send"
_SCOPE_VERBS = frozenset({"want", "wish", "intend", "plan", "seek", "try", "expect", "mean", "like", "see", "let",
                          "allow", "aim", "hope", "need"})
_SCOPE_SPAN = 8  # words from such a verb to the predicate


def _negated_through_verb(content: str, words: list, pred: int) -> bool:
    """A negated scope verb before the predicate in the same clause (no punctuation between)."""
    for k in range(pred - 1, max(-1, pred - _SCOPE_SPAN - 1), -1):
        if re.search(r"[,;:.!?—–]", content[words[k].end():words[k + 1].start()]):
            return False  # another clause
        if _stem(words[k].group()) in _SCOPE_VERBS or words[k].group().lower() in _SCOPE_VERBS:
            return any(m.group().lower() in _NEGATORS for m in words[max(0, k - _NEGATION_WINDOW):k])
    return False


def _stem(word: str) -> str:
    w = word.lower().removesuffix("'s").removesuffix("’s")
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not (suf == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suf)] + rep
            if suf in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # shipped -> ship, committed -> commit
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@lru_cache(maxsize=4096)
def _country_of_word(resolver, phrase: str) -> str | None:
    try:
        a = resolver.resolve(phrase)
    except Exception:
        return None
    return a.country if a is not None else None


def _countries(resolver, text: str) -> list[tuple[int, str]]:
    """(position, ISO-3) of country-bearing capitalised phrases in `text`."""
    out = []
    for m in re.finditer(r"[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*", text):
        phrase = re.sub(r"['’]s$", "", m.group())
        c = _country_of_word(resolver, phrase)
        if c is None and " " in phrase:
            for w in re.finditer(r"[A-Z][\w.-]*", phrase):
                c = _country_of_word(resolver, w.group())
                if c:
                    out.append((m.start() + w.start(), c))
            continue
        if c:
            out.append((m.start(), c))
    return out


def proposition_key(claim: Claim, resolver=None) -> Proposition:
    """The proposition a claim is about (see `Proposition`); text-only, so stored claims work too."""
    if resolver is None:
        from ..actors import default_resolver

        resolver = default_resolver()
    content = claim.content or ""
    families_of = _predicate_families()
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", content))
    # the predicate: the first word of a predicate family ("provides", "supporting", "helping")
    pred = next((k for k, m in enumerate(words)
                 if families_of.get(_stem(m.group())) or families_of.get(m.group().lower())), None)
    families: set[str] = set()
    negated = False
    if pred is not None:
        w = words[pred].group()
        families.add(families_of.get(_stem(w)) or families_of[w.lower()])
        # negation of the predicate itself: "does not provide", "never supplied", "no longer supports"
        negated = any(m.group().lower() in _NEGATORS for m in words[max(0, pred - _NEGATION_WINDOW):pred])
        if not negated:
            negated = _negated_through_verb(content, words, pred)
    stems: set[str] = set()
    for m in words:
        w = m.group()
        low = w.lower()
        if low in _STOP or low in _NEGATORS:
            continue
        if w[0].isupper() and _country_of_word(resolver, re.sub(r"['’]s$", "", w)):
            continue
        stems.add(_stem(w))
    if pred is not None:
        # the predicate is matched by its family; a shared content word must be another one ("the strike hit a
        # depot" and "the missile hit a school" share only "hit": not the same proposition)
        stems.discard(_stem(words[pred].group()))
    found = _countries(resolver, content)
    cut = words[pred].start() if pred is not None else 0
    before = [c for p, c in found if p < cut]
    subject = before[0] if before else (claim.speaker.country if claim.speaker else None)
    objects = frozenset(c for p, c in found if c != subject)
    polarity = -1 if (claim.stance == "deny") != negated else 1
    return Proposition(subject, objects, frozenset(families), frozenset(stems), polarity)


def contradicts(a: Claim, b: Claim, resolver=None, *, _keys: dict | None = None) -> bool:
    """Same proposition with opposite polarity.

    Rule: one polarity is +1 and the other -1; same subject country (both
    known); the objects agree (either side names none, or they share one);
    and the contents share a predicate family plus either an object country
    or a content word stem — or, when neither has a predicate family, their
    content stems overlap with Jaccard >= 0.5.
    """
    ka = _keys[a.id] if _keys and a.id in _keys else proposition_key(a, resolver)
    kb = _keys[b.id] if _keys and b.id in _keys else proposition_key(b, resolver)
    if ka.polarity == kb.polarity:
        return False
    if ka.subject is None or ka.subject != kb.subject:
        return False
    if ka.objects and kb.objects and not (ka.objects & kb.objects):
        return False
    if ka.families or kb.families:
        if not ka.families & kb.families:
            return False
        # the same predicate about the same target: a shared object country or content word
        return bool(ka.objects & kb.objects) or bool(ka.stems & kb.stems)
    union = ka.stems | kb.stems
    return bool(union) and len(ka.stems & kb.stems) / len(union) >= 0.5


def _link(pairs_in: Iterable[tuple[Claim, Claim]], resolver) -> list[tuple[str, str]]:
    keys: dict[str, Proposition] = {}
    out: list[tuple[str, str]] = []
    for a, b in pairs_in:
        for c in (a, b):
            if c.id not in keys:
                keys[c.id] = proposition_key(c, resolver)
        if contradicts(a, b, resolver, _keys=keys):
            out.append((a.id, b.id))
            if b.id not in a.contradicts:
                a.contradicts.append(b.id)
            if a.id not in b.contradicts:
                b.contradicts.append(a.id)
    return out


def link_contradictions(claims: list[Claim], resolver=None) -> list[tuple[str, str]]:
    """Pairs of claim ids (in list order) that contradict; fills both claims' `contradicts`."""
    if resolver is None:
        from ..actors import default_resolver

        resolver = default_resolver()
    return _link(((a, b) for i, a in enumerate(claims) for b in claims[i + 1:]), resolver)


def link_against(new_claims: list[Claim], old_claims: list[Claim], resolver=None) -> list[tuple[str, str]]:
    """(new id, old id) pairs contradicting across documents; fills both `contradicts` lists."""
    if resolver is None:
        from ..actors import default_resolver

        resolver = default_resolver()
    return _link(((a, b) for a in new_claims for b in old_claims if a.id != b.id), resolver)
