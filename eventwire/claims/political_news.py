"""Attribution forms of political news whose content is no that-clause (issue #14, round clpol17).

Annotators of political coverage (the PolNeAR style: every source, cue and content, US 2016-2024 campaign,
Congress, courts and foreign policy) mark commitments, requests, judgements and questions as attributions too,
not only what was said or believed. Found on the sentences of `eval/claims_pol17/` (tuned two thirds) and
checked on other wordings in `tests/test_claims_pol17.py`. Each function is one form; it gets the cue verb and
its speaking subject (checked by `cues._political_form`: a subject that can speak, no modal, no negation) and
returns the content tokens, or None. The verbs are rows of `data/claim_cues.tsv` (kinds `commit`, `direct`,
`evaluate`, `query`).
"""
from __future__ import annotations

from .lexicon import _SUBJ_DEPS, _lexicon


def _lemma(tok, kind: str) -> str | None:
    """The table's lemma of a cue word of one kind ("criticised" -> criticize), or None."""
    return _lexicon().forms(kind).get(tok.lower_)


def _to_infinitive(tok, deps=("xcomp",)):
    """The verb's "to …" complement without a subject of its own, if any."""
    return next((c for c in tok.children if c.dep_ in deps and c.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in _SUBJ_DEPS for a in c.children)), None)


def commitment(tok) -> list | None:
    """A commitment with what the speaker commits to, "to …": "Zelensky vowed [to retake every inch of occupied
    territory]", "The prime minister pledged [to cut immigration by half]", "The governor promised [to sign the
    bill if it reached his desk]". Not "pledged $7 billion" (money given, no proposition), nor a that-clause
    (a reporting verb's own form, found elsewhere)."""
    if _lemma(tok, "commit") is None:
        return None
    if any(c.dep_ in ("ccomp", "dative") for c in tok.children):
        return None  # ("promised voters a referendum", "vowed that …": other forms)
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is not None:
        # an act promised, named by its noun: "The chairman promised [a full investigation]", "Tehran vowed
        # [revenge for the strike]" (not "pledged $7 billion", "promised them"; `commitobj` rows)
        if dobj.i > tok.i and dobj.lemma_.lower() in _lexicon().lemmas("commitobj") and _to_infinitive(tok) is None:
            return list(dobj.subtree)
        return None
    # (also a complement the parser hung as an adverbial after a phrase: "vowed on Tuesday to block the nomination")
    inf = _to_infinitive(tok, ("xcomp", "advcl"))
    return list(tok.doc[inf.left_edge.i:inf.right_edge.i + 1]) if inf is not None else None


def admitted_fault(tok) -> list | None:
    """A fault acknowledged, named by its noun: "The agency acknowledged [mistakes in its handling of the case]",
    "The minister admitted [failures in the evacuation]", "The company conceded [errors in its filings]"
    (`faultobj` rows). Not "conceded defeat", "admitted the reporters" (no fault named)."""
    if tok.lower_ not in _lexicon().forms("verb") or _lexicon().forms("verb")[tok.lower_] not in (
            "acknowledge", "admit", "concede"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None
    dobj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if dobj is None or dobj.lemma_.lower() not in _lexicon().lemmas("faultobj"):
        return None
    return list(dobj.subtree)


def request(tok) -> list | None:
    """A request or exhortation: whom the speaker asks and what to do, "X to …" ("Senate Democrats urged [the
    administration to release the intelligence report]", "The company asked [the court to block the
    regulation]", "Republicans called on [the president to resign]"), or what is called for ("Several senators
    called for [an independent investigation into the leak]", "The union called for [the resignation of the
    transport secretary]"). Not "called the meeting", "asked for a lawyer" (no one asked to act), nor a thing
    that "calls for" ("the plan calls for cuts": the subject must speak, `cues._political_form`)."""
    lemma = _lemma(tok, "direct")
    if lemma is None:
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if lemma == "call":
        on = next((p for p in preps if p.lower_ in ("on", "upon")), None)
        inf = _to_infinitive(tok)
        if on is not None and inf is not None and any(c.dep_ == "pobj" for c in on.children):
            obj = next(c for c in on.children if c.dep_ == "pobj")
            return list(tok.doc[obj.left_edge.i:inf.right_edge.i + 1])
        fr = next((p for p in preps if p.lower_ == "for"), None)
        obj = next((c for c in fr.children if c.dep_ == "pobj"), None) if fr is not None else None
        if obj is None or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children) \
                or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        return list(obj.subtree)
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is None and lemma != "warn":
        # "The senator urged that the vote be delayed", "demanded that Israel halt the offensive": what is asked
        # for as a clause (a mandative subjunctive, no statement; not "warned that …", a statement)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(x.dep_ in _SUBJ_DEPS for x in c.children)), None)
        return list(tok.doc[clause.left_edge.i + 1:clause.right_edge.i + 1]) if clause is not None else None
    inf = _to_infinitive(tok)
    if dobj is None or inf is None or dobj.i > inf.i:
        return None
    # (also "China warned the United States not to interfere": a warning to act or not, cue "warn to")
    return list(tok.doc[dobj.left_edge.i:inf.right_edge.i + 1])


_EVALUATING_PREPS = {"for", "as"}


def judgement(tok) -> list | None:
    """Praise or blame with its ground: what is judged and why, "X for …" or "X as …" ("Macron praised [the
    agreement as a historic step for European defence]", "Democrats blamed [the Republican majority for the
    collapse of the border deal]", "The senator criticized [the president for failing to consult Congress]",
    "blamed [the shutdown on Democrats]", "criticised [the handling of the crisis as chaotic]"). Not a bare object ("praised the troops": no ground given),
    nor a relative pronoun as the object ("The strike, which Kyiv blamed on Moscow, killed three people": the thing
    judged is named outside the clause, and the words from "which" on are the frame — round clprec20)."""
    lemma = _lemma(tok, "evaluate")
    if lemma is None:
        return None
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is None or dobj.pos_ == "PRON" and dobj.lower_ in ("it", "this", "that") or dobj.tag_ in ("WDT", "WP"):
        return None
    words = _EVALUATING_PREPS | ({"on"} if lemma == "blame" else set())
    prep = next((c for c in [*tok.children, *dobj.children] if c.dep_ == "prep" and c.lower_ in words
                 and c.i > dobj.i and any(x.dep_ in ("pobj", "pcomp") or c.lower_ == "as" for x in c.children)), None)
    if prep is None:
        return None
    return list(tok.doc[dobj.left_edge.i:prep.right_edge.i + 1])


def open_question(tok) -> list | None:
    """A question put, with "whether" or "if": "The justices asked [whether the former president could be
    prosecuted for official acts]", "Legal scholars have questioned [whether the law is constitutional]",
    "The senator asked the secretary [whether the troops would be home by Christmas]". Not a wh-question
    ("asked what the plan was" names no proposition), nor "asked for …"."""
    if _lemma(tok, "query") is None:
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
                   and any(x.dep_ in _SUBJ_DEPS for x in c.children)), None)
    if clause is None:
        return None
    return list(tok.doc[clause.left_edge.i:clause.right_edge.i + 1])


FORMS = (commitment, request, judgement, open_question, admitted_fault)


def closing_frame_read_as_noun(tok):
    """A closing ", a new poll shows." whose verb the parser read as a plural noun in apposition to the clause's
    last word: "Republican voters think the party should move on from Trump, a new poll shows." (no poll claim,
    and ", a new poll shows" inside the voters' content), "Most voters back the bill, a CBS survey shows.".
    Returns (the source noun, the content tokens, the index where the frame begins), or None. Only a document
    or poll noun (`evidence` rows) or a speaker noun as the source, right before the cue word."""
    lex = _lexicon()
    if tok.lower_ not in lex.forms("verb"):
        return None
    as_noun = tok.tag_ in ("NNS", "NN") and tok.dep_ != "ROOT"
    # (or as a second complement of the clause's own cue: "Democrats believe the economy is improving, a Gallup
    # poll shows." made "shows" a clause of "believe")
    as_clause = tok.tag_ in ("VBZ", "VBD") and tok.dep_ == "ccomp" and tok.head.i < tok.i \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr") for c in tok.children)
    if not (as_noun or as_clause):
        return None
    if not all(t.is_punct for t in tok.doc[tok.i + 1:]) or tok.i < 2:
        return None
    who = tok.doc[tok.i - 1]
    if who.head.i != tok.i or who.lemma_.lower() not in lex.lemmas("evidence") | lex.lemmas("speakernoun"):
        return None
    start = min(t.i for t in tok.subtree if not t.is_punct)  # (the comma may hang on the frame's verb)
    if start == 0 or tok.doc[start - 1].lower_ != ",":
        return None
    content = [t for t in tok.doc[:start - 1]]
    if not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return who, content, start - 1


def participle_read_as_verb(tok) -> bool:
    """ "Bashar Assad, asked if the army would move on Idlib, declined to answer": the parser read the passive
    participle between commas as the main verb and the real one as its complement. Found by the comma before
    the cue and a subjectless finite verb after a comma past the cue's own words ("Assad, a doctor, asked
    whether …" has no second verb and keeps its claim)."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != ",":
        return False
    for c in tok.children:
        if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP") \
                and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].lower_ == "," \
                and not any(x.dep_ in _SUBJ_DEPS for x in c.children):
            return True
    return False


def cue_name(tok, form) -> str:
    """The cue as the lemma and the word that makes the form: "vow to", "urge", "call for", "call on", "praise
    as", "blame for", "ask whether". These names are what `bench/claims_eval.py` knows the forms by (`ACT_CUES`):
    the labelling guides of `eval/claims_blind.md` and `eval/claims_news.md` count no commitment, request,
    praise or question, so these claims are left out where those sets are scored."""
    kind = {commitment: "commit", request: "direct", judgement: "evaluate", open_question: "query",
            admitted_fault: "verb"}[form]
    lemma = _lemma(tok, kind)
    if form is admitted_fault:
        return _lexicon().forms("verb")[tok.lower_]
    if form is commitment:
        return f"{lemma} to"
    if form is request:
        word = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")), None)
        if lemma == "call":
            return f"{lemma} {word}" if word else lemma
        # (a request verb that is also a statement's cue is named with its "to": "warned X not to …" -> "warn to")
        return f"{lemma} to" if lemma in _lexicon().lemmas("verb") else lemma
    if form is judgement:
        dobj = next(c for c in tok.children if c.dep_ == "dobj")
        word = next((c.lower_ for c in [*tok.children, *dobj.children] if c.dep_ == "prep" and c.i > dobj.i
                     and c.lower_ in _EVALUATING_PREPS | {"on"}), "for")
        return f"{lemma} {word}"
    return f"{lemma} whether"


def act_cue(cue: str | None) -> bool:
    """A cue `cue_name` gives: a commitment, request, judgement or question, not a statement or belief."""
    lex = _lexicon()
    if not cue:
        return False
    words = cue.split()
    if len(words) == 2 and words[1] == "to":
        return words[0] in lex.lemmas("commit") | lex.lemmas("direct")
    if len(words) == 2 and words[1] == "whether":
        return words[0] in lex.lemmas("query")
    if len(words) == 2 and words[1] in ("for", "as", "on", "upon"):
        return words[0] in lex.lemmas("evaluate") or words[0] == "call"
    # (a request verb that is also a statement's cue, "warn", is named "warn to" as a request: plain "warn" stays)
    return len(words) == 1 and words[0] in lex.lemmas("direct") - lex.lemmas("verb") - {"call"}
