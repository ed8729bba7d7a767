"""Attribution forms of local crime and court reporting (issue #14, round gvc16).

Found by reading the tuned two thirds of 44 Gun Violence Corpus articles no claims round had used
(`eval/claims_gvc16/`) and by trying the issue's list of forms in sentences written for the purpose
(`tests/test_claims_gvc16.py`). Each function is one general form; `cues.py` and `__init__.py` call them at
the one place the form is decided, so the shared functions stay as they were.
"""
from __future__ import annotations

import re

from .lexicon import _SUBJ_DEPS, _lexicon


def _has_that_mark(clause) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in clause.children)


def that_clause_on_relay_outlet(c, nested: set[int]) -> bool:
    """A that-clause with its own subject that the parser hung on the outlet named inside the frame's phrase:
    "said in a statement to KOMO News that the officer had been placed on leave" ("that … placed" made a
    clause of "News"), "said in an email to the Seattle Times that the deputy …", "told investigators in an
    interview with WSB-TV that …". `nested` holds the nouns of a phrase inside a phrase of the cue. A
    relative clause ("the statement to the board that he wrote") has no complementizer "that" with a subject
    of its own, so it stays out."""
    return c.dep_ in ("relcl", "acl") and c.head.i in nested and _has_that_mark(c) \
        and any(x.dep_ in _SUBJ_DEPS for x in c.children)


# A US broadcaster's bare call sign ("told WTOP", "told KSDK", "in an interview with WXYZ"): four capitals,
# the first K or W. Only read as a channel where a recipient or a relay's partner is named, never as a speaker
# on its own (a "KFOR" or "WWII" elsewhere is no outlet).
_BARE_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")


def bare_call_sign(tok, name: str) -> bool:
    """A recipient named by a station's call sign alone, a channel: "The chief told WTOP the officer was not hurt"
    -> via WTOP; "Her mother told KSDK that the girl loved to dance" -> via KSDK; "told WXYZ" -> via WXYZ.
    Not "told police", "told CNN" (a known outlet already), nor a lower-case or longer word."""
    return call_sign_shape(name) and (tok.pos_ == "PROPN" or tok.tag_ in _MISREAD_CALL_SIGN_TAGS)


# tags the tagger gives a call sign it did not read as a name ("told local radio station WKYT that …": WKYT as MD)
_MISREAD_CALL_SIGN_TAGS = {"MD", "RB"}


def call_sign_shape(text: str) -> bool:
    """A US broadcaster's call sign: K or W and three more capitals ("WTOP", "KSDK", "WKYT")."""
    return bool(_BARE_CALL_SIGN.fullmatch(text or ""))


_SPEAKING_VERBS = {"speak", "talk"}


def spoke_to_outlet(tok) -> list:
    """The one a speaker spoke to, when the statement is a participle on "spoke to/with X": "The sheriff spoke to
    KSL on Tuesday, saying the victim knew the shooter" -> [KSL]; "The fire chief spoke to 3News Wednesday saying
    the department is praying for the family" -> [3News]; "The mayor spoke with reporters Monday, saying …" ->
    [reporters] (an audience, which the channel filter drops). `tok` is the participle cue."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or head.lemma_.lower() not in _SPEAKING_VERBS:
        return []
    return [x for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for x in p.children if x.dep_ == "pobj"]


def platform_page_of_source(src) -> list:
    """The platform a document source was posted on: "According to a news release on the Sheriff's Office
    Facebook page, …" -> [Facebook]; "a statement on the department's Twitter account said …" -> [Twitter];
    "a post on its website" names no platform (nothing). The platform word is returned for `via`."""
    platforms = _lexicon().forms("platform")
    out = []
    for p in src.children:
        if p.dep_ != "prep" or p.lower_ not in ("on", "in"):
            continue
        for page in p.children:
            if page.dep_ != "pobj":
                continue
            out.extend(t for t in page.subtree if t.i <= page.i and t.lower_ in platforms and t.pos_ == "PROPN")
    return out[:1]


# Cue words a document closes a sentence with; nouns of a case's papers that can be the document.
_CLOSING_DOC_CUES = {"state": "state", "states": "state", "say": "say", "says": "say", "show": "show",
                     "shows": "show", "allege": "allege", "alleges": "allege", "indicate": "indicate",
                     "indicates": "indicate"}
_CASE_PAPERS = {"charge", "charges", "paper", "papers", "record", "records", "document", "documents", "report",
                "reports", "complaint", "affidavit", "warrant", "indictment", "filing", "filings", "transcript",
                "autopsy", "statement", "release", "motion", "petition", "lawsuit", "suit", "order"}


def closing_document_frame(tok):
    """A case document closing the sentence whose cue the tagger read as a noun: "The man was shot in the chest,
    the charges state." ("state" the root noun), "The victim had been stabbed, charging documents state." ("state"
    the object of "charging"), "…, they asked him to leave, the charges state." ("state" an apposition of
    "charges"). Returns (cue lemma, speaker head, content tokens) or None. Only when the cue is the last word,
    the two to five words between it and the comma before are a noun phrase ending in a document noun, and the
    words before the comma hold a finite verb; a cue read as a verb goes the ordinary way."""
    doc = tok.doc
    lemma = _CLOSING_DOC_CUES.get(tok.lower_)
    if lemma is None or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("appos", "dobj", "compound"):
        return None
    if not all(t.is_punct and t.text not in "\"“”'’" for t in doc[tok.i + 1:]):
        return None
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 5 and doc[j].text != "," \
            and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART") or doc[j].lower_ in ("charging", "court")):
        j -= 1
    if j < 2 or doc[j].text != "," or j == tok.i - 1:
        return None
    noun = doc[tok.i - 1]
    if noun.lower_ not in _CASE_PAPERS and noun.lemma_.lower() not in _CASE_PAPERS:
        return None
    content = [t for t in doc[:j]]
    while content and content[0].is_punct:
        content = content[1:]
    if sum(not t.is_punct for t in content) < 3 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content) \
            or any(t.text in "\"“”" for t in content):
        return None
    return lemma, noun, content


# Things that carry a message from someone: "a call from a neighbor saying …", "got a text from the victim saying …"
_MESSAGE_NOUNS = {"call", "text", "message", "note", "letter", "email", "e-mail", "voicemail", "tip", "phone call",
                  "911 call", "page"}


def message_sender(tok):
    """Who speaks through a message that a participle reports: "Officers received a call from a neighbor saying shots
    had been fired" -> neighbor; "they got a text from the victim saying he was scared" -> victim; "they got a call
    20 minutes later saying Rodriguez had been shot" -> the call (no sender named, but received). None when `tok` is
    no such participle (the receiver, who only got the message, is not the speaker), and for a message found rather
    than received ("Police found a note saying that the bomb would go off": nobody named speaks)."""
    if tok.tag_ != "VBG":
        return None
    noun = None
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in _MESSAGE_NOUNS and tok.head.pos_ == "NOUN":
        noun = tok.head
    elif tok.dep_ == "advcl" and tok.head.lemma_.lower() in ("get", "receive"):
        noun = next((c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGE_NOUNS
                     and c.i < tok.i), None)
    if noun is None:
        return None
    sender = next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                   for x in p.children if x.dep_ == "pobj"), None)
    if sender is None and noun.head.lemma_.lower() not in ("get", "receive", "take"):
        return None  # "Police found a note saying that …": a text found, not received, speaks for nobody named
    return sender or noun


# Person nouns of local news whose own act a report narrates ("the man walked in and confessed …")
_PERSON_NOUNS = {"man", "woman", "boy", "girl", "teen", "teenager", "child", "witness", "suspect", "victim", "friend",
                 "neighbor", "neighbour", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
                 "girlfriend", "boyfriend", "driver", "resident", "shooter", "gunman", "student", "owner", "caller",
                 "relative", "cousin", "uncle", "aunt", "grandmother", "grandfather", "parent", "customer",
                 "employee", "worker", "passenger", "homeowner", "person", "youth", "juvenile", "clerk"}


def _person_like(s) -> bool:
    """A person or a named party (the tagger often takes a bare surname for an organisation: "Murphy broke down"),
    not a country or a people ("the US could go on the offensive")."""
    return s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") or s.lemma_.lower() in _PERSON_NOUNS \
        or s.pos_ == "PROPN" and s.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT")


def narrated_actor_speaks(t) -> bool:
    """A reporting conjunct or participle hung on a narrated act of a person inside another claim's content speaks
    for that person, not for the claim's speaker: "Police said the man walked into the station and confessed that
    he had shot his wife" (the man confessed), "Police say a man ran to the police station saying his friend had
    been shot" (the man said so), "The paperwork shows at one point Murphy broke down and claimed the shooting was
    an accident" (Murphy claimed). The speaker's own next act stays the speaker's: "denied an agreement had been
    reached and said …" (a passive), "suggested that the US could go on the offensive, stating: …" (a modal, a
    country), "said he heard a pop and then felt …". `t` is the conjunct or participle."""
    h = t.head
    if h.i == t.i or h.pos_ != "VERB" or h.tag_ != "VBD":
        return False
    lex = _lexicon()
    if h.lower_ in lex.forms("verb") or h.lower_ in lex.forms("deny") or h.lemma_.lower() in lex.lemmas("belief"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "neg") or c.dep_ == "aux" and c.tag_ == "MD" for c in h.children):
        return False
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    return subj is not None and _person_like(subj)


def hedged_predicate(tok):
    """The clause an evidential adverb hedges when the parser hung it on the predicate adjective of a copula:
    "Smith was allegedly drunk at the time of the shooting" (allegedly -> drunk -> was), "The driver was reportedly
    unharmed", "The gun was apparently loaded" -> the copula, whose clause is the unnamed source's claim. None for
    "was allegedly a member …" (hung on the copula: the ordinary path) and for relative clauses."""
    from .lexicon import _EVIDENTIAL_ADVERBS
    if tok.lower_ not in _EVIDENTIAL_ADVERBS or tok.dep_ != "advmod":
        return None
    pred = tok.head
    if pred.dep_ not in ("acomp", "attr") or pred.pos_ not in ("ADJ", "NOUN", "VERB"):
        return None
    cop = pred.head
    if cop.lemma_ != "be" or cop.dep_ in ("relcl", "acl") or not any(c.dep_ in _SUBJ_DEPS for c in cop.children):
        return None
    return cop


def told_to_the_writer(tok):
    """A report told to the writer by an unnamed source: "We're told the victim was 22 years old", "I was told
    that the store had closed early" -> the content, a claim with no speaker named (the writer is the hearer,
    not the source). None with a named teller ("we were told by police that …": the ordinary path) or without
    a clause ("I was told to leave")."""
    if tok.lemma_ != "tell" or tok.tag_ != "VBN":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(x.dep_ in _SUBJ_DEPS for x in c.children)), None)
    if clause is None:
        return None
    content = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
    while content and content[-1].is_punct:
        content = content[:-1]
    return content or None


_MEMORY_VERBS = {"recall"}  # ("remember" is no cue word: the pipeline parses no sentence for it alone)


def recalled_scene(tok):
    """What a witness remembers seeing or hearing, a gerund after recall/remember: "A neighbor recalled hearing three
    shots" -> "hearing three shots"; "She recalled seeing the man run toward the car" -> "seeing the man run toward
    the car". Returns (speaker, content tokens) or None; not "remember to lock the door" (an infinitive), nor a
    that-clause (the ordinary path)."""
    if tok.lemma_.lower() not in _MEMORY_VERBS or tok.pos_ != "VERB":
        return None
    ger = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i > tok.i
                and not any(x.dep_ in _SUBJ_DEPS or x.dep_ == "mark" for x in c.children)), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if ger is None or subj is None or subj.lower_ in ("i", "we", "you"):
        return None
    content = list(ger.subtree)
    while content and content[-1].is_punct:
        content = content[:-1]
    return (subj, content) if len(content) >= 2 else None


# Bodies that rule on a death; a court's ruling stays out (cues._COURT_NOUNS)
_DEATH_WORDS = {"death", "deaths", "shooting", "shootings", "killing", "killings", "fire", "case", "incident",
                "crash", "it"}


def death_ruling(tok):
    """A coroner's or investigators' ruling on a death, a finding: "The medical examiner ruled the death a homicide"
    -> "the death a homicide"; "The medical examiner's office ruled that the death was a suicide" -> "the death was
    a suicide"; "The death was ruled a homicide by the coroner" -> speaker the coroner, "The death … a homicide";
    "The shooting was ruled accidental" (no one named). Returns (speaker or None, content tokens) or None; "ruled
    out", "ruled the country for years" and a court's ruling are none."""
    if tok.lemma_.lower() != "rule" or tok.pos_ != "VERB" or any(c.dep_ == "prt" for c in tok.children):
        return None
    from .cues import _COURT_NOUNS
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.lemma_.lower() in _COURT_NOUNS or subj.lower_ in _COURT_NOUNS):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                   and any(x.dep_ in _SUBJ_DEPS for x in c.children)), None)
    if clause is not None and subj is not None:
        content = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
        return subj, _strip_punct(content)
    comp = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr", "acomp", "ccomp", "npadvmod")
                 and c.i > tok.i), None)
    if comp is None:
        return None
    # "by the coroner" the parser may hang on the complement ("a homicide by the coroner")
    by = next((p for p in list(tok.children) + list(comp.children) if p.dep_ in ("agent", "prep") and p.lower_ == "by"),
              None)
    agent = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
    said = [t for t in comp.subtree if by is None or t.i not in {x.i for x in by.subtree}]
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i < comp.i), None)
    if obj is None and comp.dep_ == "ccomp":  # "ruled the death a homicide" read as a verbless clause
        obj = next((c for c in comp.children if c.dep_ in _SUBJ_DEPS), None)
        if obj is not None:
            return (subj, _strip_punct(said)) if subj is not None and _death_word(obj) else None
    if obj is not None:
        if subj is None or not _death_word(obj):
            return None
        return subj, _strip_punct(list(obj.subtree) + said)
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"
                    or c.dep_ == "nsubj" and any(a.dep_ == "auxpass" for a in tok.children)), None)
    if passive is None or not _death_word(passive):
        return None
    return agent, _strip_punct(list(passive.subtree) + said)


def _death_word(t) -> bool:
    return t.lower_ in _DEATH_WORDS or t.lemma_.lower() in _DEATH_WORDS


def _strip_punct(tokens: list) -> list:
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    return tokens


# A headline's source after a spaced dash ("Teen shoots himself while taking selfie – Police"), as after a colon
HEADLINE_SOURCE_AFTER_DASH = re.compile(r"^\s*(\S.{8,}?)\s+[–—-]\s+([^:|–—-]{2,30}?)\s*$")


_INVESTIGATORS = {"deputy", "deputies", "trooper", "troopers", "authorities", "examiner", "coroner", "agents", "agent",
                  "investigation", "autopsy", "audit", "inquiry", "review", "police", "sheriff", "firefighters"}


def investigators_discovered(subj) -> bool:
    """"discover that" is a finding when investigators, a body or an inquiry discovered it: "Officers discovered that
    the victim had been shot twice", "The audit discovered that funds were missing"; a person's realisation is no
    claim ("Silver discovered that even condo prices had climbed out of her reach": the writer narrates what she
    came to know, like "know" or "realise")."""
    if subj is None:
        return False
    words = set(_lexicon().forms("bodyword")) | _INVESTIGATORS
    return subj.lower_ in words or subj.lemma_.lower() in words


# Verbs whose passive with "of" + gerund names the accused and leaves the accuser unnamed or in "by X"
# ("Iran is accused of supplying drones"; round gvc16: "Johnson is suspected of shooting his neighbor")
PASSIVE_ACCUSING = {"accuse", "suspect"}


def complement_read_as_relative(noun):
    """The content clause of a reporting noun that the parser made a relative clause: "The suspect's confession that
    he fired the shot was read in court" ("that" a complementizer, the verb's object filled: no gap, so no relative
    clause). None for a real relative ("the statement that he wrote", "that" its object)."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.i > noun.i and _has_that_mark(c) \
                and any(x.dep_ in _SUBJ_DEPS for x in c.children) \
                and (any(x.dep_ in ("dobj", "ccomp", "acomp", "attr", "xcomp") for x in c.children)
                     or c.lemma_ == "be" or any(x.dep_ == "auxpass" for x in c.children)):
            return c
    return None
