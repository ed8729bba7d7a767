"""Finding attributions in one parsed sentence: cue, speaker phrase, content tokens, recipients, stance."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..times import WEEKDAY_NAMES
from . import crime_news, political_news
from .lexicon import (CUE_WORDS, _EVIDENTIAL_ADVERBS, _NEUTRALITY_CUES, _QUOTE_CHARS, _SUBJ_DEPS, _WH_WORDS, _XCOMP_CUES,
                      _in_quote, _lexicon, _words)

# --------------------------------------------------------------------------
# finding attributions in one parsed sentence


@dataclass
class _Found:
    cue_tok: Any
    cue: str
    stance: str
    speaker_head: Any | None  # token heading the speaker NP
    content: list  # tokens
    frame_exclude: set  # token indices not in the frame (content and sub-claims)
    recipients: list = field(default_factory=list)  # relay names (told X)
    kind: str = "verb"  # verb | label | nextquote | prevquote | anaphoric ("deny it") | ...
    unnamed: bool = False  # an impersonal passive ("It has been argued that …"): a claim with no speaker named
    # recipients named as relays by the sentence itself ("according to X, which cited Y", "X said, citing Y"): X
    # relayed Y's words whatever X is, a general staff or a ministry as much as an outlet
    relays: list = field(default_factory=list)


# Pronouns that stand for something said before: "deny it", "denied this"
_ANAPHORS = {"it", "this", "that", "these", "those", "them"}
_DAY_WORDS = WEEKDAY_NAMES | {"yesterday", "today", "tonight"}
# Verbs of a first-person supposition: a belief inside one was supposed by the writer, not stated
_SUPPOSING = {"imagine", "suppose", "guess", "assume", "bet", "presume", "reckon", "figure"}
# Ideas and habits of mind, which "say" nothing themselves ("a mindset that says …")
_IDEA_NOUNS = {"mindset", "mentality", "attitude", "idea", "notion", "logic", "thinking", "philosophy", "ideology",
               "culture", "wisdom", "instinct", "perception", "sentiment", "feeling",
               "sense", "conscience", "intuition"}  # ("Common sense says the front cannot hold": round clprec20)

# Reflexives of the first and second person: what one says "to oneself" here is the document's own voice
_OWN_REFLEXIVES = {"myself", "ourselves", "yourself", "yourselves"}

# Texts a speaker issues, and the verbs that issue them: "issued a statement saying that …"
_ISSUED_TEXTS = {"statement", "letter", "message", "note", "report", "release", "communique", "communiqué",
                 "declaration", "post", "video", "notice", "bulletin", "advisory", "memo", "warning"}
_ISSUING_VERBS = {"issue", "release", "publish", "send", "post", "put", "circulate", "distribute", "write", "file"}


def _speaker_read_as_apposition(tok):
    """The speaker of a closing frame the parser hung on the reported clause's last noun as an apposition,
    leaving the cue with no subject: "North Korea fired several ballistic missiles on Wednesday, South
    Korea's Joint Chiefs of Staff (JCS) said." ("Chiefs" an apposition of "Wednesday"). The phrase ends
    right before the cue, after a comma; None when the cue has a subject or nothing fits."""
    if any(c.dep_ in _SUBJ_DEPS for c in tok.children) or tok.i == 0 \
            or not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and doc[j].is_punct and doc[j].text in ")]":
        j -= 1
    head = doc[j]
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or head.head.i >= tok.i:
            return None
        if head.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.left_edge.i > 0 \
                and doc[head.left_edge.i - 1].text == "," and head.head.i < head.i:
            return head
        head = head.head
    return None


def _without_misread_speaker(f: _Found) -> _Found:
    """The content ends before a speaker the parser hung inside it (`_speaker_read_as_apposition`)."""
    head = f.speaker_head
    if head is None or head.dep_ != "appos" or head.i not in {t.i for t in f.content}:
        return f
    cut = head.left_edge.i - 1  # (the comma before the speaker)
    content = [t for t in f.content if t.i < cut]
    if not content:
        return f
    return _Found(f.cue_tok, f.cue, f.stance, head, content, {t.i for t in content}, f.recipients, f.kind, f.unnamed)


def _relative_read_as_conjunct(tok):
    """The antecedent of a ", who said …" relative clause the parser made a conjunct or an adverbial clause of the
    main verb, with the relative pronoun as its subject (round clprec20, war reporting): the noun phrase that ends right before the
    comma is the speaker. None when the cue is no such conjunct.

    - "The hospital was shelled again, according to doctors working there, who said at least nine patients were
      killed." (the doctors said it);
    - "The convoy was hit near the border, said a local official, who added that two drivers died." (the official);
    - not "…, the army said, which added to the confusion" (which: no person speaks) nor a relative clause the
      parser hung on its noun (found as usual).
    """
    if tok.dep_ not in ("conj", "advcl"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.lower_ != "who" or subj.i < 2 or tok.doc[subj.i - 1].text != ",":
        return None
    end = subj.i - 2
    cur, chain = tok.doc[end], [tok.doc[end]]
    while cur.head.i != cur.i and cur.head.right_edge.i == end and cur.head.i != tok.head.i:
        cur = cur.head  # (up the phrase that ends before the comma: "doctors working there")
        chain.append(cur)
    nouns = [t for t in chain if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def _subject_of(tok, quoted=None):
    """Subject of a verb, climbing through xcomp/conj chains ("continue to deny"). A subject inside
    a quotation belongs to the quoted words ('"We are pleased", adding that …' is not "We adding")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        # "…, with Mrs Haley once saying she was 'not a fan'": the "with" object is the participle's subject
        j = tok.i - 1
        while j >= 0 and tok.doc[j].dep_ == "advmod":
            j -= 1
        if j >= 0 and tok.doc[j].dep_ == "pobj" and tok.doc[j].head.lower_ == "with":
            return tok.doc[j]
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and _speakers_act(tok.head) and tok.head.head.dep_ == "ccomp" \
            and tok.head.head.head.lower_ in _lexicon().forms("verb"):
        # "The spokesman said the convoy had been hit, before adding that …": the parser hung the speaker's next
        # act on the reported clause; its subject is the speaker's (war18)
        return _subject_of(tok.head.head.head, quoted)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and tok.head.i < tok.i \
            and tok.head.lemma_.lower() in _ISSUED_TEXTS and tok.head.head.lemma_ in _ISSUING_VERBS:
        # "The Electoral Commission issued a statement warning that …": who issued the text says it
        tok = tok.head.head
    sender = crime_news.message_sender(tok)
    if sender is not None:
        return sender  # "received a call from a neighbor saying …": the sender speaks (round gvc16)
    misread = _speaker_read_as_apposition(tok)
    if misread is not None:
        return misread
    ante = _relative_read_as_conjunct(tok)
    if ante is not None:
        return ante
    cur = tok
    for _ in range(4):
        if cur.i != tok.i and tok.dep_ == "conj" and tok.head.i == cur.i:
            # 'The time had come, he said, "…" but added that …': the conjunct continues the parenthetical
            # frame's speaker, not the subject of the clause it framed
            frame = next((c for c in cur.children if c.dep_ == "parataxis" and c.i < tok.i
                          and c.lower_ in _lexicon().forms("verb")), None)
            subj = next((c for c in frame.children if c.dep_ in _SUBJ_DEPS), None) if frame is not None else None
            if subj is not None:
                return subj
        subjects = [c for c in cur.children
                    if c.dep_ in _SUBJ_DEPS and not (quoted is not None and cur is not tok and quoted(c))]
        if len(subjects) > 1 and any(c.tag_ in ("WP", "WDT") for c in subjects) \
                and any(c.tag_ not in ("WP", "WDT") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in subjects):
            # "Chandler, who police said was driving the car": the relative pronoun is the reported clause's subject
            subjects = [c for c in subjects if c.tag_ not in ("WP", "WDT")]
        named = cur.doc[cur.i - 1] if cur.i > 0 else None
        if len(subjects) > 1 and not any(c.pos_ == "PROPN" for c in subjects) and named is not None \
                and named.ent_type_ == "PERSON" and any(named.i in {t.i for t in c.subtree} for c in subjects):
            # "Uber's vice-president of Advanced Technologies Anthony Levandowski said": the hyphen split the
            # title into two subjects; the name just before the cue, inside them, is the speaker
            return named
        if len(subjects) > 1 and any(c.pos_ == "PROPN" for c in subjects):
            # 'Her husband, John Finney said, "…"': the name the parser made a second subject
            subjects = [c for c in subjects if c.pos_ == "PROPN"]
        if len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i \
                and subjects[1].ent_type_ == "PERSON":
            # "CPUC President Marybel Batjer said": the organisation before the title parsed as a second subject
            subjects = subjects[1:]
        for c in subjects:
            if c.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                # "the official, who said ...": the antecedent
                return _who_person(cur.head) if c.lower_ == "who" else cur.head
            return c
        for c in cur.children:
            if c.dep_ == "agent":  # "was denied by X"
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if cur.dep_ == "acomp" and cur.lower_ in ("able", "quick") and cur.head.i != cur.i:
            cur = cur.head  # "Reuters was able to confirm that …", "was quick to deny": the subject of "was"
            continue
        if cur.i == tok.i and cur.dep_ == "xcomp" and cur.head.lemma_ not in ("be", "seem", "appear") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # "prompted some Twitter users to argue that …": the object of the verb above speaks
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
            if obj is not None:
                return obj
        if (cur.dep_ in ("xcomp", "conj", "advcl") or cur.dep_ == "ccomp" and quoted is not None and quoted(cur)) \
                and cur.head.i != cur.i:
            act = cur.i == tok.i and _speakers_act(cur) and not crime_news.narrated_actor_speaks(cur)
            cur = cur.head
            if act and cur.dep_ == "ccomp" and cur.i > cur.head.i and (
                    cur.head.lower_ in _lexicon().forms("verb") or cur.head.lower_ in _lexicon().forms("deny")):
                # "He suggested that the US could go on the offensive, stating: …", "The media denied an
                # agreement had been reached and said …": the participle or conjunct, parsed under the content
                # clause, is the reporting speaker's next act
                cur = cur.head
            elif act and cur.dep_ == "acl" and cur.head.dep_ == "dobj" and cur.head.pos_ == "NOUN" \
                    and cur.head.i < cur.i and (cur.head.head.lower_ in _lexicon().forms("verb")
                                                or cur.head.head.lower_ in _lexicon().forms("deny")) \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
                # "Lin Jian denied reports that China is supplying weapons to Russia and insisted that …":
                # the conjunct, parsed under the denied report's clause, is the denier's next act (session 15)
                cur = cur.head.head
            continue
        break
    if _finite_verb_read_as_participle(tok):
        return tok.head
    if tok.tag_ in ("VBZ", "VBP", "VBD") and tok.i > 0:
        # "At St. Paul's Hospital, the doctors and nurses who treat … believe …": the parser made the subject an
        # apposition of the fronted place; a noun phrase that ends right before the verb is its subject
        for p in tok.children:
            if p.dep_ != "prep" or p.i > tok.i or p.i != p.left_edge.i:
                continue
            ap = next((c for c in p.subtree if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                       and c.right_edge.i + 1 == tok.i and tok.doc[c.left_edge.i - 1].text == ","), None)
            if ap is not None:
                return ap
    if tok.tag_ in ("VBZ", "VBP", "VBD") and tok.i > 0:
        # "US intelligence shares the assessment that …": the parser made the subject a compound of the
        # finite verb; the noun right before the verb is its subject (its own compounds come with it)
        prev = tok.doc[tok.i - 1]
        if prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ in ("NOUN", "PROPN"):
            return prev
    return None


_WITHHELD_ACTS = {"comment", "say", "elaborate", "discuss", "give", "provide", "answer", "identify", "name",
                  "confirm", "disclose", "specify", "speculate", "detail", "address", "respond"}


def _declined_to_say(t) -> bool:
    """A subjectless conjunct "declined/refused to comment (say, elaborate …)" after a reported clause: the
    speaker's next act, not what was said (round clprec16, wire copy).

    - "The spokesman said the company was cooperating with investigators and declined to comment further."
      (content: the company was cooperating with investigators);
    - "Police said a man was arrested but declined to name him.";
    - not "said sales declined and profits fell" (no infinitive of saying: the clause's own verb).
    """
    return t.dep_ == "conj" and t.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _WITHHELD_ACTS for c in t.children)


def _speakers_act(t) -> bool:
    """A reporting verb hanging in a content clause that is the speaker's next act, not the content:
    a subjectless conjunct ("denied an agreement had been reached and said …", "denies US claims that
    Russia hacked emails, and has called them 'indecent'") or a participle ("…, stating: '…'", "…, before adding
    that …")."""
    lex = _lexicon()
    if t.dep_ == "prep" and t.lower_ in ("before", "after", "while") and t.i > 0 and t.doc[t.i - 1].text == "," \
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lower_ in lex.forms("verb") for c in t.children):
        return True  # "said the convoy had been hit, before adding that no one was hurt" (war18)
    if t.lower_ not in lex.forms("verb") and t.lower_ not in lex.forms("label") and t.lower_ not in lex.forms("deny") \
            and not (t.lemma_.lower() in lex.lemmas("speakeract") and t.dep_ == "conj") and not _declined_to_say(t):
        # ("The report emphasizes that A and outlines a series of actions": what a report or speaker does next)
        return False
    if t.dep_ == "conj" and t.lemma_.lower() in lex.lemmas("belief") \
            and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
        # "said he heard a pop and then felt a sharp pain in his back": a belief verb with a plain object is
        # what the content tells, not the speaker's next report (claims round clnews15)
        return False
    if t.dep_ == "conj":
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children) \
                or t.lemma_ == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            return False  # "won't increase employment and will merely add to federal debt": the content's own
        if any(c.dep_ == "neg" or c.lower_ in ("neither", "nor") for c in t.head.children) \
                and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in t.head.children):
            return False  # "he could not confirm or deny that …": one negated act, the content's own
        return not any(c.dep_ in _SUBJ_DEPS for c in t.children)
    return t.dep_ == "advcl" and t.tag_ == "VBG"


_COMMON_VIEW = {"widely", "generally", "broadly", "commonly"}  # "widely seen as …": a view held by many, unnamed
_SEEING_LEMMAS = {"see", "view", "regard"}


def _characterization(tok, offset: int, quotes) -> _Found | None:
    """"an election hailed by the government as an exercise in democracy": a `characterize` verb of
    data/claim_cues.tsv with an "as" phrase is the speaker's view of what the thing is; the speaker is the
    passive's "by" agent (or nobody, for "widely seen as"), the content the "as" phrase (claims round 13).

    - "a parliamentary election hailed by the government as an exercise in democracy but dismissed by critics
      as a sham" (two claims: the government's, the critics');
    - "The referendum was described by Kyiv as a farce."; "in a move widely seen as a less provocative choice"
      (no speaker named: a hedged claim);
    - not the active "The Imperio website describes itself as a venue …" nor "dismissed the reports as
      baseless" (the `label` reading), nor "was seen as he left the building", nor "described mayhem as volleys
      of shells rained down" ("as" opening a clause), nor "served as a test".
    """
    lex = _lexicon()
    lemma = lex.forms("characterize").get(tok.lower_)
    if lemma is None or not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) or _in_quote(tok, offset, quotes):
        return None
    # (the "as" phrase also hung on the agent's noun: "dismissed by [critics as a sham]")
    by_nouns = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    as_prep = next((c for x in [tok] + by_nouns for c in x.children
                    if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i), None)
    pobj = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN", "ADJ") or _unreal(tok, lemma) \
            or tok.dep_ not in ("acl", "relcl") and _inside_unreal(tok):
        return None  # (a participle describing a noun holds whatever the clause around it says will happen)
    content = _trim(list(pobj.subtree))
    if _words(" ".join(t.text for t in content)) < 2 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content):
        return None  # ("described mayhem … as volleys of shells rained down": "as" opening a clause of time)
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if dobj is not None and {t.lower_ for t in content} & set(lex.forms("denyword")):
        return None  # "dismissed the reports as baseless": the label reading (a denial)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if tok.tag_ == "VBN" and agent is not None:
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if speaker is None:
            return None
        return _Found(tok, f"{lemma} as", "assert", speaker, content, {t.i for t in content}, kind="verb")
    if tok.tag_ == "VBN" and lemma in _SEEING_LEMMAS and any(
            c.dep_ == "advmod" and c.lower_ in _COMMON_VIEW for c in tok.children):
        return _Found(tok, f"{lemma} as", "assert", None, content, {t.i for t in content}, kind="verb",
                      unnamed=True)
    # (the active "described the strike as a provocation", "an election the West sees as a test" is left to
    # the `label` reading: the gold sets' labels do not count an active self-description or view as a claim)
    return None


# present-tense cue forms that are never nouns, so a noun reading of one right after the subject is a misparse
_VERB_ONLY_CUE_FORMS = {"allege", "contend", "assert", "insist", "maintain", "believe", "say", "claim"}


def _cue_read_as_noun(tok, verbs: dict) -> _Found | None:
    """"Police allege Eric Allen Kirkpatrick, 61, opened fire …": the tagger read a plural's present-tense cue
    as a noun (a compound of the clause's subject, or the root with the clause under it), so no verb frames the
    clause. When the words before the cue are a bare noun phrase opening the sentence and the words after it are
    a finite clause, the noun phrase is the speaker and the rest of the sentence the content (claims round 13).

    - "Police allege Eric Allen Kirkpatrick, 61, opened fire at the TallGrass Distribution Ltd Christmas party";
    - "Constable Tim Fanning allege the recently-fired man … opened fire at a Vancouver office Friday";
    - "Police allege the driver was drunk." (the cue parsed as the root noun);
    - not "Residents have a say in the plan" (a determiner before it: a noun indeed), nor a cue the parser read as
      a verb (the ordinary path handles it).
    """
    doc = tok.doc
    if tok.lower_ not in _VERB_ONLY_CUE_FORMS or tok.i == 0 or tok.lower_ not in verbs:
        return None
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "compound":
        return None
    head = doc[tok.i - 1]
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ == "NN" and head.lower_ not in ("police",):
        return None  # a plural or a name speaks in the present plural ("Police allege", "Prosecutors allege")
    start = _np_after_subordinator(doc, tok.i)
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") and not t.is_punct for t in doc[start:tok.i]):
        return None
    if doc[start].pos_ == "DET" and doc[start].lower_ in ("a", "an"):
        return None
    end = len(doc)
    while end > tok.i + 1 and doc[end - 1].is_punct:
        end -= 1
    content = list(doc[tok.i + 1:end])
    if content and content[0].lower_ == "that":
        content = content[1:]
    if len([t for t in content if not t.is_punct]) < 3 \
            or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content) \
            or any(t.text in _QUOTE_CHARS for t in content):
        return None
    return _Found(tok, verbs[tok.lower_], "assert", head, content, {t.i for t in content}, kind="verb")


# conjunctions that open a clause closing the sentence: its subject and a misread cue may stand after them
_CLOSING_SUBORDINATORS = {"after", "because", "since", "as", "when", "while", "until", "before", "although",
                          "though", "where"}


def _np_after_subordinator(doc, cue_i: int) -> int:
    """Where the speaker's noun phrase before a cue read as a noun starts: the sentence's start, or — for a
    clause that closes the sentence — the word after its conjunction (round cltr17). Real case (TR-News): "A
    23-year-old man is in a Winnipeg jail on human trafficking charges after [police] allege he held a woman
    against her will"; also "…, because prosecutors allege the money was hidden abroad". Not a clause
    opening the sentence ("After police allege …, the man …": its content would run into the main clause),
    which keeps 0 (and so no claim unless the words before the cue are a noun phrase).
    """
    i = cue_i - 1
    while i > 0 and doc[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ") and not doc[i].is_punct:
        i -= 1
    if 0 < i < cue_i - 1 and doc[i].lower_ in _CLOSING_SUBORDINATORS:
        return i + 1
    return 0


def _predicate_after_relative(c, comp: list, lemma: str):
    """The reported clause's own predicate when the parser took a bare verb inside the subject's relative
    clause for it: "say [a climber who watched his brother fall over the edge] is devastated" gives the cue two
    complements, the bare "fall" (read as a subjunctive) and the subjectless finite "is devastated" after it.
    Returns that later predicate, or None (claims round 13).

    - "Police say a Perth mountain climber who watched his brother fall over the edge of New Zealand's highest
      mountain is devastated." (content: the climber … is devastated);
    - "Officials said a soldier who saw the convoy burn near the border was wounded.";
    - not "suggested that the President change his diet" (a mandative cue: that bare verb is advice).
    """
    if lemma in _MANDATIVE_CUES or c.dep_ != "ccomp" or not _subjunctive(c):
        return None
    subj = next((x for x in c.children if x.dep_ in _SUBJ_DEPS), None)
    if subj is None or not any(x.dep_ in ("relcl", "acl") for x in subj.children):
        return None
    return next((x for x in comp if x.dep_ == "ccomp" and x.i > c.i
                 and not any(y.dep_ in _SUBJ_DEPS | {"mark", "expl"} for y in x.children)
                 and (x.tag_ in ("VBZ", "VBD", "VBP") or any(y.dep_ in ("aux", "auxpass")
                                                           and y.tag_ in ("VBZ", "VBD", "VBP", "MD")
                                                           for y in x.children))), None)


def _first_conjunct_of_report(tok, c, content: list) -> int | None:
    """Where the report starts when a closing frame covers two clauses joined by "and": "A, and B, officials
    said" — the parser made the frame a conjunct of A's verb and gave it only B. Returns the index of A's first
    word, or None (claims round 13).

    - "A bomb explosion at a bank killed a police officer and a technician, and state police did not have any
      suspects, officials said Saturday." (both clauses are the officials');
    - "Two villages were flattened, and at least ten people died, state media reported.";
    - not "…, but the ministry denied it, officials said" (only "and" joins the reported clauses).
    """
    head = tok.head
    if tok.dep_ != "conj" or not content or c.i > tok.i or head.i > c.i or head.dep_ != "ROOT" \
            or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    cc = [x for x in head.children if x.dep_ == "cc" and head.i < x.i < content[0].i]
    if not cc or cc[-1].lower_ != "and" or cc[-1].i + 1 != content[0].i and not (
            cc[-1].i + 1 < content[0].i and all(t.is_punct for t in tok.doc[cc[-1].i + 1:content[0].i])):
        return None
    if tok.doc[cc[-1].i - 1].text != ",":
        return None
    own = {y.i for x in tok.children if x.i > tok.i and x.dep_ in ("prep", "npadvmod", "advmod") for y in x.subtree}
    if not all(t.is_punct or t.i in own or t.ent_type_ in ("DATE", "TIME") for t in tok.doc[tok.i + 1:]):
        return None
    if any(t.text in _QUOTE_CHARS for t in tok.doc[head.left_edge.i:content[0].i]):
        return None
    return head.left_edge.i


def _closing_frame_as_conjunct(tok) -> bool:
    """A closing frame "…, the Academy announced on Friday." that the parser made a conjunct of the reported
    clause's verb, with its own subject set off by a comma and no "and"/"but" before it (claims round 13).

    - "Hugh Jackman, the Australian actor known to film audiences for playing a furry comic-book hero in the
      X-Men movies, will be host of the Oscars, the Academy of Motion Picture Arts and Sciences announced on
      Friday.": the Academy announced the whole clause before the comma;
    - "The rebels, who hold much of the north, will attend the talks, the ministry confirmed on Monday.";
    - not "Troops shelled the town and the ministry confirmed it": a conjunct joined by "and" is the writer's.
    """
    if tok.dep_ != "conj" or tok.head.i > tok.i or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subj = next((c for c in tok.children if c.dep_ in _SUBJ_DEPS and c.i < tok.i), None)
    if subj is None or subj.left_edge.i == 0 or tok.doc[subj.left_edge.i - 1].text != "," \
            or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("cc", "preconj") and tok.head.i < c.i < tok.i for c in tok.head.children) \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj", "mark", "aux", "neg") for c in tok.children):
        return False
    trailing = {x.i for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "npadvmod", "advmod")
                for x in c.subtree}
    return all(t.is_punct or t.i in trailing for t in tok.doc[tok.i + 1:])


def _first_of_reported_conjuncts(head, tok):
    """The first verb of a coordination whose last verb the parser gave a closing frame: in "A glide bomb
    attack killed two civilians and wounded nine, the governor reported." the frame hangs on "wounded", but
    the governor reported both acts. Climbs from `head` through "and" conjuncts to the first one when the frame
    closes the sentence (session 13, read on a news page like DEVELOPERS.md's).

    - "Russian forces shelled the village and burned two houses, officials said." (both acts);
    - "The strike destroyed a depot and two drones were shot down, the ministry said." (a conjunct with its
      own subject, joined by "and", is reported too, as in `_first_conjunct_of_report`);
    - not "… but the ministry denied it, officials said" ("but" sets the writer's or another's words apart),
      nor a frame with more words after it.
    """
    doc = tok.doc
    if any(not t.is_punct and t.i not in {x.i for x in tok.subtree} for t in doc[tok.right_edge.i + 1:]):
        return head
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX"):
        cc = [c for c in head.head.children if c.dep_ == "cc" and head.head.i < c.i < head.i]
        if not cc or cc[-1].lower_ != "and" or any(t.text in _QUOTE_CHARS for t in doc[head.head.i:head.i]):
            break
        head = head.head
    return head


def _finite_verb_read_as_participle(tok) -> bool:
    """A finite cue verb the parser hung on the noun before it as a participle (`acl`), in a sentence whose
    own main verb it is: the noun phrase ending right before it is its subject (claims round 13).

    - "Reaching back to television for a comedy star, the producers of the Academy Awards telecast announced
      Friday that Ellen DeGeneres would return": "announced" read as a participle of "producers";
    - "Looking for a fresh start, the ministry's press office announced on Monday that the border would reopen";
    - not "the strategy announced today builds on …" (a participle: no that-clause, tagged VBN).
    """
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.head.i > tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.i in {t.i for t in tok.head.subtree} and prev.pos_ in ("NOUN", "PROPN") and not prev.is_punct


_SUBORDINATORS = {"although", "though", "while", "whereas", "because", "since"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "wo", "ca", "shall"}


def _mended_content(tok, content: list, doc) -> list:
    """Content mended where the parse cut it or ran it on (round 9, read on LGL and TR-News articles):

    - a closing "and" whose conjunct the parser hung on the frame ('a letter … saying the money can't be used
      on debt payments and instead needs to restore …'): the subjectless conjunct is the content's too;
    - 'At least two people died and 55 others were injured …, state media reported': the frame, a conjunct
      of the first clause, reports both clauses;
    - 'Although the council says A, a row … has delayed …': the main clause the parser joined to A is the
      writer's;
    - "said Thursday McMahon's …", "said on Tuesday it had detected …": the day is the frame's."""
    if len(content) > 3 and content[0].i == tok.i + 1 and content[0].lower_ in _DAY_WORDS \
            and content[0].dep_ == "compound" and content[0].head.pos_ == "PROPN":
        content = content[1:]  # "said Thursday McMahon's completion of counseling was …": the day the parser glued on
    # (the hearer's words up to its head: "told teachers who covered the lawn that …" keeps what hangs on "covered")
    hearer = {t.i for c in tok.children if c.dep_ in ("dobj", "dative") and tok.lemma_ == "tell" for t in c.subtree
              if t.i <= c.i}
    lead = 0
    while lead < len(content) - 3 and (content[lead].i in hearer or content[lead].lower_ in _DAY_WORDS
                                       and content[lead].dep_ == "npadvmod"
                                       and (content[lead].head.i == tok.i or content[lead].i - 1 in hearer)):
        lead += 1
    if lead < len(content) - 4 and content[lead].lower_ == "on" and content[lead + 1].lower_ in _DAY_WORDS \
            and content[lead].i in (tok.i + 1, *(i + 1 for i in hearer)) and content[lead + 2].lower_ != "and":
        lead += 2  # "said on Tuesday it had detected 34 aircraft": the day is the saying's (wire style)
    if lead:
        # "told Lamar County Commissioners Monday TxDOT has simplified …", "told reporters Monday the city …":
        # the hearer and the day are the frame's
        content = content[lead:]
    ids = {t.i for t in content}
    words = [t for t in content if not t.is_punct]
    if words and words[-1].dep_ == "cc" and words[-1].i + 1 < len(doc):
        nxt = doc[words[-1].i + 1]
        conj = next((a for a in [nxt] + list(nxt.ancestors) if a.dep_ == "conj"), None)
        if conj is not None and conj.left_edge.i == nxt.i and conj.i > tok.i \
                and not any(c.dep_ in _SUBJ_DEPS for c in conj.children):
            content = sorted(content + [t for t in conj.subtree if t.i not in ids], key=lambda t: t.i)
        else:
            content = [t for t in content if t.i != words[-1].i]
        return _trim(content)
    first = min(ids)
    if tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and tok.i > max(ids) and tok.head.i < first \
            and doc[first - 1].dep_ == "cc" and doc[first - 1].head.i == tok.head.i \
            and any(c.dep_ in _SUBJ_DEPS for c in tok.head.children) \
            and not any(t.lower_ in _lexicon().forms("verb") for t in doc[:first - 1]):
        lead = [t for t in doc[:first] if t.i in {x.i for x in tok.head.subtree} - {x.i for x in tok.subtree}]
        return _trim(lead + content)
    if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in tok.children) and tok.dep_ == "ROOT":
        cut = {x.i for t in content if t.i in ids for c in t.children if c.dep_ == "conj" and c.i > tok.i
               and any(s.dep_ in _SUBJ_DEPS for s in c.children) and doc[c.left_edge.i - 1].text == ","
               for x in c.subtree}
        if cut:
            return _trim([t for t in content if t.i not in cut and t.i < min(cut)])
    return content


_ACT_NOUNS = {"announcement", "move", "decision", "statement", "remark", "step", "admission", "pledge", "promise",
              "declaration", "assertion", "comment"}


_REJECTED_NOUNS_SKIP = {"involvement", "responsibility", "statement"}


def _closing_rejection(t):
    """A noun of a claim closing a reported clause after a comma, with a relative clause in which someone else
    rejects it: "…, a claim the ship's operator has rejected", "…, an accusation Armenia called "a lie"",
    "…, allegations Moscow denies". Returns (the rejecting verb, its subject) or None (war18). The rejection is a
    second claim, a denial of the same content by that subject (see `_find`); the appositive is no part of the
    content (`_closing_comment_appositive`).

    - "The Houthis claimed that the vessel was linked to Israel, a claim the ship's operator has rejected."
      (the operator denies that the vessel was linked to Israel);
    - 'Baku said Armenian forces had fired on its positions, an accusation Armenia called "a lie."';
    - not "…, a claim the ministry repeated on Tuesday" (no rejection), nor "…, a claim that could not be
      verified" (the writer's caveat: no subject of its own).
    """
    lex = _lexicon()
    doc = t.doc
    if t.dep_ not in ("appos", "npadvmod", "dobj") or t.left_edge.i < 1 or doc[t.left_edge.i - 1].text != "," \
            or t.lower_ not in lex.forms("claimnoun") or t.lemma_.lower() in _REJECTED_NOUNS_SKIP:
        return None
    if not (any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in t.children)
            or t.tag_ == "NNS" and not any(c.dep_ == "det" for c in t.children)):
        return None
    for r in t.children:
        if r.dep_ not in ("relcl", "acl") or r.i < t.i or any(c.dep_ == "neg" for c in r.children):
            continue
        subj = next((x for x in r.children if x.dep_ in _SUBJ_DEPS and x.tag_ not in ("WDT", "WP")), None)
        if subj is None:
            continue
        if r.lower_ in lex.forms("deny"):
            return r, subj
        if r.lemma_ in ("call", "brand", "dismiss", "describe") and any(
                x.lower_ in lex.forms("denyword") for c in r.children if c.dep_ in ("oprd", "dobj", "prep", "acomp")
                for x in c.subtree):
            return r, subj
    return None


def _closing_comment_appositive(clause):
    """An appositive "a <act noun> <relative clause with its own subject>" closing a reported clause, hung on
    any word of it: the writer's comment on the act, not what was said (clwh15; act nouns are `_ACT_NOUNS` and
    the `actnoun` rows of data/claim_cues.tsv). Returns the appositive's head, or None.

    - "The Prime Minister announced that Japan would double its defense budget, a decision the President
      welcomed." (content: Japan would double its defense budget);
    - "Iran claimed the strike was retaliation, a claim the United States rejected.";
    - "The ministry said the crossing would reopen, a move welcomed by truckers." (war18: a participle with its agent);
    - not "said it was a test, a launch that violated resolutions" (a launch is no act of saying or deciding).
    """
    doc = clause.doc
    end = clause.right_edge.i
    while end > clause.i and doc[end].is_punct:
        end -= 1
    nouns = _ACT_NOUNS | set(_lexicon().forms("actnoun"))
    for t in clause.subtree:
        if t.i > clause.i and t.right_edge.i >= end and t.left_edge.i > clause.i and _closing_rejection(t):
            return t  # "…, an accusation Armenia called "a lie"" (war18)
        if t.dep_ not in ("appos", "npadvmod") or t.i < clause.i or t.left_edge.i < 1 \
                or doc[t.left_edge.i - 1].text != ",":
            continue
        if t.lower_ not in nouns or t.right_edge.i < end or t.left_edge.i <= clause.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in t.children):
            continue
        if any(r.dep_ == "relcl" and any(x.dep_ in _SUBJ_DEPS and x.tag_ not in ("WDT", "WP") for x in r.children)
               for r in t.children):
            return t
        if any(r.dep_ == "acl" and r.tag_ == "VBN" and any(x.dep_ == "agent" for x in r.children) for r in t.children):
            return t  # "…, a move welcomed by truckers" (its own agent, war18)
    return None


_NARRATING_PRONOUNS = {"he": "person", "she": "person", "they": "group"}
_AGENT_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ant", "ent")


def _may_be_person(x) -> bool:
    """A word that may name the person a later "he"/"she" points to: a PERSON name, a pronoun, a role or title
    word, a singular common noun as a subject ("the pilot ejected") or with an agent ending anywhere ("gunman",
    "soldier", "commander", "dissident") — erring on the side of a person."""
    lex = _lexicon()
    if x.ent_type_ == "PERSON" or x.lower_ in ("he", "she", "him", "her", "his", "hers"):
        return True
    if x.pos_ in ("NOUN", "PROPN") and (x.lower_ in lex.forms("role") or x.lower_ in lex.forms("titleword")):
        return True
    return x.tag_ == "NN" and not x.ent_type_ and (x.dep_ in _SUBJ_DEPS or x.lower_.endswith(_AGENT_ENDINGS))


def _speakers_narrated_act(t, cue) -> bool:
    """A conjunct of the reported clause, in the simple past after a past cue, whose subject is a pronoun for
    the speaker: the writer narrating what the speaker did next, not what was said (clwh15, White House
    readouts and remarks).

    - "The President said the United States would not stand by, and he directed his team to prepare
      options." (content: the United States would not stand by);
    - "The leaders affirmed that the alliance would endure, and they pledged to meet again in the spring.";
    - not "Police said the man fled, and he was arrested later" (a person in the clause may be the "he") nor
      "said he would stay and he would fight" (a past modal: still what was said).
    """
    if cue is None or t.dep_ != "conj" or t.i < t.head.i or t.tag_ != "VBD" or cue.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ in _SUBJ_DEPS), None)
    kind = _NARRATING_PRONOUNS.get(subj.lower_) if subj is not None else None
    speaker = next((c for c in cue.children if c.dep_ in _SUBJ_DEPS), None)
    if kind is None or speaker is None or speaker.pos_ == "PRON" and speaker.lower_ != subj.lower_:
        return False
    plural = speaker.tag_ in ("NNS", "NNPS") and speaker.lower_ != "states" \
        or any(c.dep_ == "conj" for c in speaker.children) or speaker.lower_ == "they"
    if (kind == "group") != plural:
        return False
    doc = t.doc
    before = doc[t.head.left_edge.i:subj.i]
    if kind == "person" and any(_may_be_person(x) for x in before):
        return False  # a person in the clause the pronoun may point to
    if kind == "group" and any(x.tag_ == "NNS" or x.lower_ in ("they", "them") for x in before):
        return False
    return True

_WITHOUT_ACTS = {"give", "provide", "offer", "elaborate", "specify", "cite", "present", "say", "identify", "name",
                 "disclose", "detail", "explain", "reveal"}


def _others_relative_reports(tok) -> list:
    """Relative clauses set off by a comma inside a content clause whose verb is another speaker's report:
    "Houthi rebels claimed responsibility for a missile attack on Ben Gurion Airport, which the Israeli
    military said was intercepted" — the interception is the military's claim, not the rebels' (session 13).
    Also "…, which Kyiv denied", "…, which officials believe killed 12". Not "…, which was intercepted"
    (no speaker of its own) nor a restrictive "the attack that officials said was thwarted"."""
    lex = _lexicon()
    out = []
    for t in tok.subtree:
        if t.dep_ != "relcl" or t.i == tok.i or t.left_edge.i == 0 or tok.doc[t.left_edge.i - 1].text != ",":
            continue
        if t.lower_ not in lex.forms("verb") and t.lower_ not in lex.forms("deny"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.pos_ in ("NOUN", "PROPN")
               for c in t.children):  # (a pronoun, "which it said was headed for Syria", is the same speaker)
            out.append(t)
    return out


# Participles of a consequence the writer draws after a reported clause ("…, setting up a clash with Congress")
_CONSEQUENCE_PARTICIPLES = {"set", "send", "pave", "mark", "bring", "fuel", "spark", "deepen", "escalate", "heighten",
                            "trigger", "cap", "extend", "deal", "dash", "ease", "lift", "knock", "wipe", "erase"}


def _writers_consequence(clause, t) -> bool:
    """A participle closing a reported clause after a comma that draws a consequence of what was said ("setting up
    a clash", "sending its shares down", "paving the way for"): the writer's comment, not the speaker's words
    (round clprec16, wire copy).

    - "The White House said Tuesday that the president would veto the bill, setting up a clash with Congress."
      (content: the president would veto the bill);
    - "The company said it would cut 2,000 jobs, sending its shares down 5%.";
    - not "Officials said the army would withdraw, citing security concerns" (the speaker's reason: kept out by its
      own rule), nor "said the troops were advancing, shelling villages on the way" (what the troops did).
    """
    le = t.left_edge.i
    return t.i > clause.i and t.dep_ == "advcl" and t.tag_ == "VBG" and le > 0 and clause.doc[le - 1].text == "," \
        and t.lemma_.lower() in _CONSEQUENCE_PARTICIPLES and t.right_edge.i >= clause.right_edge.i - 1 \
        and not any(c.dep_ in _SUBJ_DEPS for c in t.children)


_REPORT_NOUNS = {"report", "claim", "warning", "assurance", "denial", "statement", "allegation", "rumor", "rumour",
                 "speculation", "suggestion", "sign", "indication", "evidence", "concern", "fear", "criticism"}


def _writers_concession(clause, t) -> bool:
    """A closing ", despite reports that …" after a reported clause: the writer sets other sources against what was
    said; no part of the speaker's words (round clprec16, wire copy).

    - "The minister insisted on Monday that the talks would continue, despite reports that they had collapsed."
      (content: the talks would continue);
    - "The company said demand remained strong, despite signs of a slowdown in China.";
    - not "said the talks would continue despite the violence" (no comma, no report: the speaker's own words).
    """
    le = t.left_edge.i
    if not (t.i > clause.i and t.dep_ == "prep" and t.lower_ in ("despite", "notwithstanding") and le > 0
            and clause.doc[le - 1].text == "," and t.right_edge.i >= clause.right_edge.i - 1):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _REPORT_NOUNS for c in t.children)


def _verification_caveat(clause) -> bool:
    """A "but" clause saying that what was reported could not be checked: the writer's caveat, not part of what
    was said (war18, wire copy; the verb form "could not be independently verified" was already cut):

    - "The army said it had repelled the assault, but independent confirmation was not available.";
    - "…, but there was no independent verification.";
    - not "…, but confirmation would take days" (no negation: left as it was).
    """
    nouns = ("confirmation", "verification")
    if not any(x.lemma_.lower() in nouns for x in clause.subtree):
        return False
    return any(n.dep_ == "neg" and n.head.i == clause.i or n.lower_ == "no" and n.head.lemma_.lower() in nouns
               for n in clause.subtree)


def _clause_tokens(tok, skip: set[int] = frozenset(), cue=None) -> list:
    """The words of a content clause. With the `cue` before it, a reporting act of the speaker hanging
    in the clause after its head is cut off (see _speakers_act)."""
    skip = set(skip)
    for rel in _others_relative_reports(tok):
        skip |= {x.i for x in rel.subtree} | {rel.left_edge.i - 1}
    if cue is not None and cue.i < tok.i:
        skip |= {x.i for t in tok.children if t.i > tok.i and _speakers_act(t) for x in t.subtree}
        # "he will withdraw from the treaty—putting the final nail in its coffin": a participle after a dash
        # closing the clause is the writer's comment on what was said
        for t in tok.children:
            le = t.left_edge.i
            if t.i > tok.i and t.dep_ == "advcl" and t.tag_ == "VBG" and le > 0 \
                    and tok.doc[le - 1].text in ("—", "–", "--") and t.right_edge.i >= tok.right_edge.i - 1:
                skip |= {x.i for x in t.subtree} | {le - 1}
            elif _writers_consequence(tok, t) or _writers_concession(tok, t):
                skip |= {x.i for x in t.subtree} | {le - 1}
        # "destroyed 20 drones, though the claim could not be independently verified": the writer's caveat
        for t in tok.children:
            if t.i > tok.i and t.dep_ in ("advcl", "conj") and any(
                    x.lemma_ in ("verify", "confirm") and any(n.dep_ == "neg" for n in x.children) for x in t.subtree):
                skip |= {x.i for x in t.subtree}
            # "…, but independent confirmation was not available", "…, but there was no independent verification":
            # the same caveat with its noun (war18)
            if t.i > tok.i and t.dep_ == "conj" and _verification_caveat(t):
                skip |= {x.i for x in t.subtree}
            # "…, a claim that could not be independently verified": the same caveat as a noun after a comma
            if t.i > tok.i and t.dep_ in ("dobj", "appos", "npadvmod") and tok.doc[t.left_edge.i - 1].text == "," \
                    and t.lemma_.lower() in ("claim", "assertion", "report", "figure", "account", "number") \
                    and any(x.lemma_ in ("verify", "confirm") and any(n.dep_ == "neg" for n in x.children)
                            for x in t.subtree):
                skip |= {x.i for x in t.subtree}
            # "…, an announcement unlikely to affect whether …": the writer's comment on the act of saying
            # (round 9)
            if t.i > tok.i and t.dep_ in ("appos", "npadvmod") and tok.doc[t.left_edge.i - 1].text == "," \
                    and t.lemma_.lower() in _ACT_NOUNS and t.right_edge.i >= tok.right_edge.i - 1 \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                skip |= {x.i for x in t.subtree} | {t.left_edge.i - 1}
            # "that he had not been in Costa Rica when in fact he had been": the writer's correction (round 9)
            if t.i > tok.i and t.dep_ == "advcl" and any(
                    p.dep_ == "prep" and p.lower_ == "in" and any(f.lower_ == "fact" for f in p.children)
                    for p in t.children):
                skip |= {x.i for x in t.subtree}
            # "…, without giving details": how the speaker said it, not what
            if t.i > tok.i and t.dep_ == "prep" and t.lower_ == "without" and tok.doc[t.i - 1].text == "," \
                    and any(x.dep_ == "pcomp" and x.lemma_ in _WITHOUT_ACTS for x in t.children):
                skip |= {x.i for x in t.subtree}
        skip |= {x.i for t in tok.children if _speakers_narrated_act(t, cue) for x in t.subtree}
        ap = _closing_comment_appositive(tok)
        if ap is not None:
            skip |= {x.i for x in ap.subtree} | {ap.left_edge.i - 1}
    # (with the conjunction and comma before the act)
    kept = [t for t in tok.subtree if t.i not in skip]
    while skip and kept and kept[-1].i + 1 in skip and (kept[-1].dep_ == "cc" or kept[-1].is_punct):
        skip.add(kept.pop().i)
    out = [t for t in tok.subtree if t.i not in skip]
    # "Iran cannot have a nuclear weapon — a pledge he has made repeatedly": a dash appositive closing
    # the clause is the writer's comment on it, not part of it
    for n, t in enumerate(out[:-1]):
        nxt = out[n + 1:]
        if t.text in ("—", "–", "--") and n > 0:
            ap = next((x for x in nxt if x.dep_ == "appos"), None)
            if ap is not None and {x.i for x in nxt} <= {x.i for x in ap.subtree} | {y.i for y in nxt if y.is_punct}:
                out = out[:n]
                break
    if cue is not None and out and out[0].lower_ == "that" and out[0].dep_ == "det" and out[0].i == cue.i + 1 \
            and out[0].head.dep_ in _SUBJ_DEPS and out[0].head.head.i == tok.i:
        out = out[1:]  # "warned that famine was imminent": the parser read the complementizer as a determiner
    if cue is not None and len(out) > 3 and out[0].lower_ == "that" and out[0].i > cue.i and out[0].head.i == tok.i \
            and out[0].dep_ in ("dobj", "nsubj", "advmod") and (out[0].tag_ == "IN" or any(
                c.dep_ in _SUBJ_DEPS and c.i > out[0].i for c in tok.children)):
        out = out[1:]  # "announced … that the State Department has determined": the complementizer read as an object
    if _gapless_that_clause(tok):
        # "made clear in the call that the United States expects to see …": the complementizer (parsed as the
        # object of "see", out of the words' order)
        out = sorted((t for t in out if t.i != tok.left_edge.i), key=lambda t: t.i)
    if cue is not None and len(out) > 3 and out[0].i == cue.i + 1 and out[0].dep_ == "npadvmod" \
            and (out[0].ent_type_ in ("DATE", "TIME") or out[0].lower_ in _DAY_WORDS) and out[0].head.i == tok.i:
        out = [t for t in out if t.i not in {x.i for x in out[0].subtree}]  # "officials said Monday the victim …"
    marked = False
    while out and (out[0].dep_ == "mark" and out[0].lower_ in ("that", "whether", "if") and not marked
                   and (out[0].lower_ == "that" or out[0].head.i == tok.i)
                   or out[0].is_punct and out[0].text not in _QUOTE_CHARS):
        # (not the "if" of a condition inside the clause: "said if the deal holds up, that would …")
        # (one complementizer only: "told the world that if the allies withdraw, it would …" keeps its "if")
        marked = marked or not out[0].is_punct
        out.pop(0)
    while out and out[-1].is_punct and out[-1].text not in _QUOTE_CHARS and not _closes_the_words(out):
        out.pop()
    return out


def _same_speakers_concession(f, t, found):
    """The claim of a concession inside `f`'s content whose subject is a pronoun for `f`'s own speaker: a second
    claim of the same speaker (rule 8), not a claim `f`'s speaker relays, nor part of `f`'s content (war18).
    Returns that claim (its speaker is then `f`'s), or None.

    - "The inspector general reported that it had found no evidence of diversion, although it said records were
      incomplete." (two claims of the inspector general; "it" was taken for the last organisation before);
    - "The minister said the talks had stalled, though she said a deal was still possible.";
    - not "…, even though one of his colleagues said they had" (another speaker: cut, `_find`), nor "…, though
      he said …" after a speaker that is no person.
    """
    inner = next((g for g in found if g.cue_tok.i == t.i and g is not f), None)
    if inner is None or inner.speaker_head is None or f.speaker_head is None:
        return None
    pron, outer = inner.speaker_head, f.speaker_head
    if pron.pos_ != "PRON" or pron.head.i != t.i:
        return None
    named = outer.ent_type_ == "PERSON" or outer.lower_ in ("he", "she")
    person = named or outer.lower_ in _lexicon().forms("role")
    plural = outer.tag_ in ("NNS", "NNPS") or outer.lower_ == "they"
    # ("it" for "the inspector general": a role word may name an office)
    if pron.lower_ == "it" and not named and not plural or pron.lower_ in ("he", "she") and person \
            or pron.lower_ == "they" and plural:
        return inner
    return None


# What a writer reads off events ("The message was clear: …", "The lesson is clear: …"): no speaker
_VERDICT_NOUNS = {"signal", "lesson", "answer", "verdict", "point", "conclusion", "result", "picture", "meaning",
                  "implication", "choice", "reason", "truth", "reality", "evidence", "outcome"}


def _names_a_speaker(subj) -> bool:
    """A subject that names someone who speaks, strictly: a person, organisation or country (entity or proper
    noun), a personal pronoun, or a speaker or role noun ("the ministry", "the minister") — not a thing whose
    noun merely ends like an agent's ("mismanagement", `_can_speak`), nor a text or a verdict."""
    lex = _lexicon()
    low = subj.lower_
    if low in _ISSUED_TEXTS or subj.lemma_.lower() in _VERDICT_NOUNS:
        return False
    return subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PROPN" \
        or low in ("he", "she", "they") or low in lex.forms("speakernoun") or low in lex.forms("role")


def _clause_after_colon_frame(tok, host) -> list:
    """The clause after "X has been clear:" that the parser made the sentence's root, with the frame as its clausal
    complement (round clprec20, readouts and statements). Empty when the sentence is not so built.

    - "The President has been clear: the United States will not send troops to fight in Ukraine.";
    - "The ministry was clear: no troops will cross the border.";
    - not "The sky was clear: no clouds at all." nor "The message was clear: Moscow will not back down." (no
      speaker: the caller needs one that can speak, `_VERDICT_NOUNS`).
    """
    doc = tok.doc
    if host.lemma_ != "be" or host.dep_ != "ccomp" or host.head.i <= tok.i:
        return []
    colon = tok.right_edge.i + 1
    if colon >= len(doc) or doc[colon].text != ":" or host.right_edge.i != tok.right_edge.i:
        return []
    root = host.head
    if not any(c.dep_ in _SUBJ_DEPS for c in root.children):
        return []
    frame = {t.i for t in host.subtree}
    return _trim([t for t in root.subtree if t.i not in frame and t.i > colon])


def _find(doc, offset: int, quotes: list[tuple[int, int]]) -> list[_Found]:
    lex = _lexicon()
    verbs, denies, labels = lex.forms("verb"), lex.forms("deny"), lex.forms("label")
    nouns = lex.forms("noun")
    found: list[_Found] = []

    for tok in doc:
        low = tok.lower_
        if _in_quote(tok, offset, quotes):
            continue
        # "according to X"
        if low == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.lemma_.lower() in lex.lemmas("mannernoun"):
                continue  # "worked according to constitutional procedures": a manner, not a source
            frame = {t.i for t in tok.subtree}
            content = _trim(_after_frame([t for t in doc if t.i not in frame], frame))
            host = tok.head
            nxt = next((t for t in doc[max(frame) + 1:] if not t.is_punct), None)
            if host.pos_ in ("VERB", "AUX") and host.dep_ in ("conj", "pcomp", "advcl") and host.left_edge.i <= tok.i \
                    and tok.i < host.i and not (nxt is not None and nxt.lower_ in ("so", "meaning")):
                # (a closing "…, according to X" sources the whole sentence; "X, according to Y, so Z" sources X:
                # see _according_scope)
                # "was held on arms charges and according to the investigation was acting under X's instructions",
                # "…, as according to the investigation, some suspects were discussing …": the phrase sources only
                # the conjunct or subordinate clause it stands in
                content = _trim([t for t in host.subtree if t.i not in frame and not (
                    t.head.i == host.i and t.dep_ in ("cc", "mark") and t.i < tok.i)])
            after = [t for t in content if t.i > max(frame) and not t.is_punct]
            citing = None
            if after and after[0].lemma_ in ("cite", "quote") and after[0].tag_ == "VBG" \
                    and after[0].i <= max(frame) + 2:
                # "According to Ukrainska Pravda, citing military sources, the brigade …": the outlet's own source
                # (chan14), not a comment of the writer's
                citing = after[0]
                content = _trim([t for t in content if t.i not in {x.i for x in citing.subtree}])
                while content and content[0].is_punct:
                    content = content[1:]
            elif after and after[0].tag_ == "VBG" and after[0].dep_ in ("advcl", "xcomp") \
                    and after[0].left_edge.i > max(frame):
                # "X is investigating WeWork, according to two people familiar with the matter, adding to a
                # mounting series of problems": the writer's comment after the frame is no part of the source's
                content = _trim([t for t in content if t.i < after[0].left_edge.i])
            rel = next((t for t in content if t.i > max(frame) and (a := _relative_read_as_conjunct(t)) is not None
                        and a.i in frame), None)
            if rel is not None:
                # "…, according to doctors working there, who said at least nine patients were killed": the
                # source's own next claim (round clprec20), found apart
                content = _trim([t for t in content if t.i < rel.left_edge.i])
            content = _according_scope(content, frame)
            content = _without_a_conjunct_report(content, frame)
            if not content:
                continue
            speaker, recipients = pobj, _channel_of_source(pobj) + crime_news.platform_page_of_source(pobj)
            cited = _cited(pobj)
            if cited is None and citing is not None:
                cited = next((x for x in citing.children if x.dep_ == "dobj" and _source_like(x)), None)
            if cited is not None and not _cited_material(cited):
                # "according to Ukrainska Pravda, which cited military sources" (not "…, which cited satellite
                # images": the outlet itself is the source, images do not speak)
                speaker, recipients = cited, [pobj] + recipients
            found.append(_Found(tok, "according to", "assert", speaker, content, {t.i for t in content},
                                recipients=recipients, kind="phrase",
                                relays=[pobj] if speaker is not pobj else []))
            continue

        # "In Moscow's view, …", "in the view of the ministry, …", "in his words, …"
        if low in _VIEW_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i != tok.head.i:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if owner is not None and owner.lower_ not in ("my", "our"):
                phrase = {t.i for t in tok.head.subtree}
                content = _trim([t for t in tok.head.head.subtree if t.i not in phrase])
                if _words(" ".join(t.text for t in content)) >= 3:
                    found.append(_Found(tok, f"in {low}", "assert", owner, content, {t.i for t in content},
                                        kind="phrase"))
            continue

        # "As one diplomat put it, the talks are going nowhere."
        if tok.lemma_ == "put" and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            subj = _subject_of(tok)
            own = {t.i for t in tok.subtree}
            content = _trim([t for t in tok.head.subtree if t.i not in own])
            if subj is not None and subj.lower_ not in ("i", "we") and content:
                found.append(_Found(tok, "put", "assert", subj, content, {t.i for t in content}, kind="verb"))
            continue

        # "initial indications are that …", "the assessment is that …": an evidence noun as speaker
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            clause = next((c for c in tok.children if c.dep_ == "ccomp"
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if subj is not None and clause is not None and subj.pos_ == "NOUN" \
                    and subj.lemma_.lower() in _lexicon().lemmas("evidence") | _lexicon().lemmas("noun") \
                    and not (subj.lemma_.lower() in _OWNED_BE_NOUNS and not any(c.dep_ == "poss" for c in subj.children)):
                # ("One prediction … that can be made with confidence is that …", "the concern is that …": the
                # writer's own, unless someone owns it: "Kyiv's estimate is that …")
                content = _clause_tokens(clause)
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)  # "Kyiv's estimate is that …"
                found.append(_Found(tok, subj.lemma_.lower(), "assert", owner if owner is not None else subj, content,
                                    {t.i for t in content}, kind="noun"))
                continue

        # "he is concerned the exemption could become a loophole": the parser read the held-view adjective as a
        # passive verb with the clause as its complement (recall round 9)
        if low in lex.forms("adjcue") and tok.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children) \
                and not any(c.dep_ == "agent" for c in tok.children):
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i
                           and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                or any(m.dep_ in _SUBJ_DEPS for m in c.children))), None)
            subj = _subject_of(tok) or next((s for a in tok.children if a.dep_ == "auxpass" for s in a.children
                                             if s.dep_ in _SUBJ_DEPS), None)  # (the subject hung on "is")
            if clause is not None and subj is not None and not _unreal(tok, "be") \
                    and not any(c.dep_ == "neg" for c in tok.children):
                content = _clause_tokens(clause)
                found.append(_Found(tok, f"be {low}", "assert", subj, content, {t.i for t in content},
                                    kind="phrase"))
            continue

        # "made clear that ...", "was clear with Putin that ..."
        if low in lex.forms("adjcue") and tok.dep_ in ("ccomp", "acomp", "oprd", "xcomp") \
                and tok.head.lemma_ in ("make", "be"):
            host = tok.head
            # (also without "that": "President Obama made clear he did not want to see …")
            # (also a that-clause parsed as the adjective's clausal subject: "has made clear that …")
            clause = next((c for x in (tok, host) for c in x.children if c.i != tok.i
                           and (c.dep_ == "ccomp" or c.dep_ == "csubj" and c.i > tok.i)
                           and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                or c.i > tok.i and any(m.dep_ in _SUBJ_DEPS for m in c.children))), None)
            if clause is None:
                # ("made clear during the visit that Washington will …": the clause hung on the phrase's noun)
                clause = next((c for c in host.subtree if c.head.i in _frame_nouns(host, tok.i)
                               and _gapless_that_clause(c)), None)
            if clause is None:
                # ("made clear he did not want …": the clause parsed as an adverbial of "clear")
                clause = next((c for c in tok.children if c.dep_ == "advcl" and c.left_edge.i == tok.i + 1
                               and not any(m.dep_ == "mark" for m in c.children)
                               and any(m.dep_ in _SUBJ_DEPS for m in c.children)), None)
            subj = _subject_of(host)
            if _unreal(host, host.lemma_) or any(c.dep_ == "neg" for c in host.children):
                continue  # "the compact will make clear that …", "was not clear that …"
            if subj is not None and _impersonal_passive(host, subj) and host.dep_ == "conj" \
                    and host.head.lower_ in verbs:
                continue  # "explained that A, but … it had been made clear that B": B is part of what was explained
            if clause is not None and subj is not None:
                content = _clause_tokens(clause)
                found.append(_Found(tok, f"{host.lemma_} {low}", "assert", subj, content,
                                    {t.i for t in content}, kind="phrase"))
            elif subj is not None and _names_a_speaker(subj) and (content := _clause_after_colon_frame(tok, host)):
                found.append(_Found(tok, f"{host.lemma_} {low}", "assert", subj, content,
                                    {t.i for t in content}, kind="phrase"))
            continue

        misread = political_news.closing_frame_read_as_noun(tok)  # "…, a new poll shows."
        if misread is not None:
            who, content, frame_start = misread
            content = _trim(content)
            for f in found:
                f.content = [t for t in f.content if t.i < frame_start]
                f.frame_exclude = {i for i in f.frame_exclude if i < frame_start}
            found.append(_Found(tok, verbs.get(low, "report"), "assert", who, content, {t.i for t in content},
                                kind="verb"))
            continue
        if low in ("reports", "says") and tok.dep_ == "ROOT" and tok.tag_ in ("NNS", "NN") \
                and all(t.is_punct for t in doc[tok.i + 1:]):
            # '"…," the AFP news agency reports.': the parser read the closing frame's cue as a noun with the
            # speaker as its compound and the clause before as its complement (recall round 9)
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
            who = max((c for c in tok.children if c.dep_ == "compound"), key=lambda c: c.i, default=None)
            if clause is not None and who is not None and who.i == tok.i - 1:
                content = _clause_tokens(clause, cue=tok)
                if content:
                    found.append(_Found(tok, verbs.get(low, "report"), "assert", who, content,
                                        {t.i for t in content}, kind="verb"))
            continue
        f = _cue_read_as_noun(tok, verbs) or _characterization(tok, offset, quotes)
        if f is not None:
            found.append(f)
            continue
        closing = crime_news.closing_document_frame(tok)  # "…, the charges state."
        if closing is not None:
            lemma, who, content = closing
            found.append(_Found(tok, lemma, "assert", who, content, {t.i for t in content}, kind="verb"))
            continue
        told = crime_news.told_to_the_writer(tok)  # "We're told the victim was 22"
        if told is not None:
            found.append(_Found(tok, "tell", "assert", None, told, {t.i for t in told}, kind="verb", unnamed=True))
            continue
        scene = crime_news.recalled_scene(tok) or crime_news.death_ruling(tok)  # "recalled hearing …", "ruled …"
        if scene is not None:
            who, content = scene
            cue = "rule" if tok.lemma_.lower() == "rule" else tok.lemma_.lower()
            found.append(_Found(tok, cue, "assert", who, content, {t.i for t in content}, kind="verb",
                                unnamed=who is None))
            continue
        is_verb = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        phrasal = lex.forms("phrasal").get(low)
        if is_verb and phrasal and any(c.dep_ == "prt" and c.lower_ == phrasal.split()[-1] for c in tok.children):
            f = _verb_claim(tok, phrasal, doc, offset, quotes)  # "has ruled out Taliban involvement"
            if f is not None:
                found.append(f)
            continue
        if is_verb and (low in verbs or low in denies or low in labels):
            lemma = verbs.get(low) or denies.get(low) or labels.get(low)
            f = _verb_claim(tok, lemma, doc, offset, quotes)
            if f is not None:
                found.append(_without_misread_speaker(f))
            continue

        if tok.pos_ == "NOUN" and low in nouns:
            f = _noun_claim(tok, nouns[low])
            if f is not None:
                found.append(f)

    # "X said Y, according to Z": the "according to Z" phrase attached inside Y is the frame of a relay,
    # not part of X's content (Z then relays X's claim, see claims._nest)
    for a in [f for f in found if f.cue == "according to"]:
        phrase = {t.i for t in a.cue_tok.subtree}
        for f in found:
            if f is not a and a.cue_tok.i in f.frame_exclude:
                f.content = _trim([t for t in f.content if t.i not in phrase])
                contrast = _contrasted_clause(a.cue_tok, f.content)
                if contrast is not None:
                    # "The army said it had retaken the bridge, while rebel shelling killed 12 civilians, according
                    # to medics": the medics tell the while-clause; the army's claim ends before it
                    own = {t.i for t in contrast.subtree}
                    f.content = _trim([t for t in f.content if t.i not in own])
                    while f.content and f.content[-1].is_punct:
                        f.content = f.content[:-1]
                    a.content = _trim([t for t in contrast.subtree
                                       if t.i not in phrase and t.i != contrast.left_edge.i])  # (not "while")
                    a.frame_exclude = {t.i for t in a.content}
                f.frame_exclude = {t.i for t in f.content}
    found = [f for f in found if f.content]

    # "Iran reportedly supplied drones": a claim by unnamed sources, unless an attribution covers it
    covered = {i for f in found for i in f.frame_exclude}
    # (nor a hedge on a cue that gives its own claim: "Putin reportedly believes that …", "Footage purportedly shows
    # …" are Putin's and the footage's, told once — rule 5; war18)
    # (but a commitment, request or judgement is no statement of the sources': "The targets reportedly call for a 30
    # percent increase …", "The plan reportedly vows to …" stay the unnamed sources' claim — round clprec20)
    covered |= {f.cue_tok.i for f in found if not political_news.act_cue(f.cue)}
    for tok in doc:
        if tok.lower_ in _EVIDENTIAL_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.dep_ not in ("relcl", "acl") \
                and any(c.dep_ in _SUBJ_DEPS for c in tok.head.children) \
                and tok.head.i not in covered and not _in_quote(tok, offset, quotes):  # a clause, not "for allegedly lying"
            # (not a clause coordinated with its own subject: "The streets are reportedly abandoned and Tbilisi
            # says …" hedges only the streets)
            other = {x.i for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i
                     and any(y.dep_ in _SUBJ_DEPS for y in c.children) for x in c.subtree}
            other |= {c.i for c in tok.head.children if c.dep_ == "cc" and other and c.i < min(other)
                      and c.i > tok.i}
            content = _trim([t for t in tok.head.subtree if t.i not in other])
            if content:
                found.append(_Found(tok, tok.lower_, "assert", None, content, {t.i for t in content}, kind="hedge"))
    for tok in doc:  # "Smith was allegedly drunk": the adverb hung on the predicate adjective (round gvc16)
        cop = crime_news.hedged_predicate(tok)
        if cop is not None and cop.i not in covered and not _in_quote(tok, offset, quotes) \
                and not any(f.cue_tok.i == tok.i for f in found):
            content = _trim(list(cop.subtree))
            if content:
                found.append(_Found(tok, tok.lower_, "assert", None, content, {t.i for t in content}, kind="hedge"))
    for f in found:
        # "denied the officers had met, even though one of his colleagues said they had": a concession whose
        # own speaker reports something is the writer's contrast, not part of the content
        for t in list(f.content):
            if t.dep_ == "advcl" and t.lower_ in verbs and t.i != f.cue_tok.i \
                    and any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in t.children) \
                    and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children) \
                    and t.i in {x.i for x in f.content}:  # (not "…, even though they maintain …": the same side)
                cut = {x.i for x in t.subtree}
                first = min(cut)
                if first > 0 and doc[first - 1].lower_ == "even":
                    cut.add(first - 1)
                f.content = _trim([x for x in f.content if x.i not in cut])
                f.frame_exclude -= cut
            elif t.dep_ == "advcl" and t.i != f.cue_tok.i and t.i in {x.i for x in f.content} \
                    and any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in t.children):
                same = _same_speakers_concession(f, t, found)
                if same is not None:
                    cut = {x.i for x in t.subtree} | ({t.left_edge.i - 1} if doc[t.left_edge.i - 1].is_punct else set())
                    f.content = _trim([x for x in f.content if x.i not in cut])
                    f.frame_exclude -= cut
                    same.speaker_head = f.speaker_head
    found = [f for f in found if f.content]
    cued = {f.cue_tok.i for f in found}
    for tok in doc:
        if tok.i not in cued and not _in_quote(tok, offset, quotes):
            f = _object_form(tok) or _passive_event_report(tok) or _political_form(tok)
            if f is None:
                continue
            host = next((g for g in found if tok.dep_ == "conj" and tok.i in {t.i for t in g.content}), None)
            if host is not None and not any(c.dep_ in _SUBJ_DEPS for c in tok.children):
                # "Valls said authorities were monitoring 15,000 people … and warned of hundreds of jihadists":
                # the speaker's next act, not part of what was said (the parser hung it inside the clause)
                cut = {t.i for t in tok.subtree} | {c.i for c in tok.head.children if c.dep_ == "cc"
                                                    and c.i < tok.i and c.i > tok.head.i}
                host.content = _trim([t for t in host.content if t.i not in cut])
                host.frame_exclude -= cut
                f.speaker_head = host.speaker_head
            found.append(f)
    # "…, a claim the ship's operator has rejected": the rejection of what was said is a denial of it (war18)
    for tok in doc:
        rej = _closing_rejection(tok)
        if rej is None or _in_quote(tok, offset, quotes):
            continue
        host = next((g for g in found if tok.head.i in {t.i for t in g.content} and g.stance == "assert"
                     and g.cue_tok.i not in {x.i for x in tok.subtree}), None)
        if host is not None:
            verb, who = rej
            found.append(_Found(verb, verb.lemma_, "deny", who, list(host.content), {t.i for t in host.content}
                                | {x.i for x in tok.subtree if x.i < who.left_edge.i}, kind="verb"))
    return _relayed_frames(found)


def _relayed_frames(found: list) -> list:
    """'"…," he said, Interfax reported.': two closing frames, the parser hanging the speaker's on the outlet's;
    the speaker speaks and the outlet relays (recall round 9)."""
    for f in found:
        if f.cue not in ("report", "say") or f.speaker_head is None or f.unnamed:
            continue
        inner = next((x for x in f.cue_tok.children if x.dep_ in ("parataxis", "ccomp") and x.i < f.cue_tok.i
                      and x.lemma_ in ("say", "tell", "add") and f.content and x.i > f.content[-1].i
                      and any(c.dep_ == "nsubj" for c in x.children)), None)
        if inner is None:
            continue
        sayer = next(c for c in inner.children if c.dep_ == "nsubj")
        f.recipients = [f.speaker_head] + f.recipients
        f.speaker_head, f.cue = sayer, inner.lemma_
        found = [g for g in found if g is f or g.cue_tok.i != inner.i]
    return found


_ATTRIBUTING = {"attribute": "to", "link": "to", "cite": "as", "mention": "as"}
_CITED_AS = {"reason", "cause", "factor", "explanation", "sign", "example"}  # "is often cited as one reason for …"


_PASSIVE_REPORTS = {"confirm", "report", "acknowledge", "announce"}


def _passive_event_report(tok) -> _Found | None:
    """An event confirmed or reported in the passive, with who did it in its "by" phrase: the agent's claim that the
    event happened, the event noun phrase its content — the passive of "The ministry confirmed the deaths of two
    soldiers" (`eventobj` rows; round clprec20, war reporting):

    - "The shelling of the hospital was confirmed by the medical charity MSF." → MSF: "The shelling of the hospital";
    - "The death of the commander was confirmed by the ministry." → the ministry;
    - not "The attack was not confirmed by officials." (negated), "The figures were confirmed by …" (no event noun),
      "The strike, which was reported by state media, …" (a relative clause), nor a passive without its agent.
    """
    if tok.lemma_.lower() not in _PASSIVE_REPORTS or tok.tag_ != "VBN" or tok.dep_ in ("relcl", "acl", "amod"):
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "neg" for c in tok.children) \
            or _unreal(tok, tok.lemma_.lower()):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    speaker = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if speaker is None or subj is None or subj.pos_ != "NOUN" or not _event_object(subj):
        return None
    content = _trim(list(subj.subtree))
    return _Found(tok, tok.lemma_.lower(), "assert", speaker, content, {t.i for t in content}, kind="verb")


def _object_form(tok) -> _Found | None:
    """Attributions whose content is a noun phrase, not a clause (the guide labels them; round 8):
    "attributed her defeat to Russian hacking", "has linked the drug to 15 deaths" (what is put down to
    what), "cited the letter as having lost her the race", "warned of hundreds of jihadists fighting in
    Syria" (content: the object of "of"), and an unnamed "there were reports of shelling in the city"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.lower_ in ("reports", "report") and not any(
            c.dep_ in ("poss", "compound") or c.dep_ == "det" and c.lower_ not in ("a", "an")
            or c.dep_ == "prep" and c.lower_ in ("by", "from", "in") for c in tok.children) \
            and not (tok.head.lower_ == "of" or tok.head.lemma_.lower() in _lexicon().lemmas("deny")):
        # "Police received a report that two boys were robbed", "amid reports that …": an unnamed source's
        # report with its clause (recall round 9; an owned or "the" report is a document's, found elsewhere)
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in c.children)
                       and any(x.dep_ in _SUBJ_DEPS for x in c.children)), None)
        if clause is not None and not any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.head.children) \
                and not _unreal(tok.head, tok.head.lemma_.lower()):
            content = _clause_tokens(clause)
            if content:
                return _Found(tok, "report", "assert", None, content, {t.i for t in content}, kind="noun",
                              unnamed=True)
    if tok.pos_ == "NOUN" and tok.lower_ == "reports" and not any(c.dep_ in ("poss", "det", "compound")
                                                                   for c in tok.children):
        # (also "credible reports of widespread atrocities", recall round 9)
        # ("reports of the commission" would be a document's, with a name: only a noun object of "of")
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        obj = obj if obj is not None else next((c for c in of.children if c.dep_ == "pcomp"), None) \
            if of is not None else None  # ("reports of shelling in …": a gerund)
        if obj is None or obj.pos_ not in ("NOUN", "VERB") or obj.ent_type_:
            return None
        if obj.pos_ == "NOUN" and not any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children):
            return None  # ("reports of his death": a thing, no proposition; "reports of shelling in the city" is one)
        content = _trim(list(obj.subtree))
        return _Found(tok, "reports of", "assert", None, content, {t.i for t in content}, kind="noun",
                      unnamed=True)
    if tok.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) \
            or _unreal(tok, lemma) or any(c.dep_ == "neg" for c in tok.children):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        # "China's control of firearms is often cited as one reason for knife attacks": nobody named; the
        # whole clause is what is said
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        role = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if lemma != "cite" or subj is None or role is None or subj.tag_ in ("WDT", "WP") \
                or role.lemma_.lower() not in _CITED_AS or tok.lower_ not in _lexicon().forms("objcue") \
                or any(t.lower_ == "by" for t in tok.doc[tok.i:]):
            return None  # (not "the report was cited as evidence by the court": a document used, no claim)
        content = _trim(list(tok.doc[subj.left_edge.i:prep.right_edge.i + 1]))
        return _Found(tok, "cited as", "assert", None, content, {t.i for t in content}, kind="verb", unnamed=True)
    subj = _subject_of(tok)
    if subj is None or not _can_speak(subj) or subj.dep_ == "nsubjpass":
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if lemma == "warn":
        of = next((c for c in preps if c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or any(c.dep_ == "dobj" for c in tok.children):
            return None
        content = _trim(list(obj.subtree))
    elif lemma in _ATTRIBUTING and tok.lower_ in _lexicon().forms("objcue"):
        if lemma == "link" and (subj.ent_type_ == "PERSON" or subj.pos_ == "PRON"):
            # "the lab has linked the drug to 15 deaths": a finding of a body, study or document; a person
            # "linking" an incident to someone's comments is an accusation (claims_gold.jsonl leaves it out)
            return None
        dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if dobj is None or dobj.pos_ == "PRON" and lemma != "cite":
            return None
        word = _ATTRIBUTING[lemma]
        prep = next((c for c in preps + [c for c in dobj.children if c.dep_ == "prep"] if c.lower_ == word), None)
        if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or _as_saying(prep):
            return None
        content = _trim(list(tok.doc[dobj.left_edge.i:prep.right_edge.i + 1]))
    else:
        return None
    if not content:
        return None
    return _Found(tok, f"{tok.lower_} {'of' if lemma == 'warn' else _ATTRIBUTING[lemma]}", "assert", subj,
                  content, {t.i for t in content})


def _political_form(tok) -> _Found | None:
    """A commitment, request, judgement or question of a speaker, with the content `political_news` finds for
    it (round clpol17): "Zelensky vowed [to retake every inch of occupied territory]", "Senate Democrats urged
    [the administration to release the report]", "Macron praised [the agreement as a historic step]", "The
    justices asked [whether the former president could be prosecuted]". Only an act that took place (no modal,
    no negation: "will urge", "did not ask") by a subject that can speak ("the plan calls for cuts" is none)
    other than the writer ("we urge" is rule F's own voice)."""
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children) or _unreal(tok, tok.lemma_.lower()):
        return None
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return None  # "Assad, asked if the army will move in, said …": the one asked, a passive participle
    if political_news.participle_read_as_verb(tok):
        return None  # (the same, read by the parser as a finite verb)
    for form in political_news.FORMS:
        content = form(tok)
        if content:
            break
    else:
        return None
    subj = _subject_of(tok)
    if subj is None or subj.dep_ == "nsubjpass" or subj.lower_ in ("i", "we", "you") or not _can_speak(subj) \
            or subj.ent_type_ in ("DATE", "TIME"):
        return None  # (a time the parser made the subject: "… over the past two months warned X to …")
    content = _trim(content)
    if not content:
        return None
    return _Found(tok, political_news.cue_name(tok, form), "assert", subj, content, {t.i for t in content})


# Modal auxiliaries that make a cue hypothetical or future ("would say", "will reaffirm", "could come along
# and say"); "can" asserts ("we can confirm"), unless negated
_UNREAL_MODALS = {"will", "'ll", "’ll", "shall", "would", "'d", "’d", "could", "should", "must"}  # ("may still believe" hedges)
# Verbs whose infinitive complement is an intention, obligation or possibility, not an act of speech
# ("they've got to say", "wants to claim", "enabling countries to predict")
_UNREAL_HEADS = {"have", "get", "need", "want", "like", "love", "go", "plan", "intend", "hope", "enable",
                 "allow", "help", "let", "ask", "urge", "wish", "seek", "prepare", "decide", "fail", "refuse",
                 "decline", "dare", "choose", "encourage", "invite", "tend",  # ("tried to suggest" did suggest)
                 # clwh15: speech scheduled or expected, not yet made ("The President is expected to announce that
                 # …", "is set to tell the summit that …", "is scheduled to say")
                 "expect", "set", "schedule", "slate", "poise"}


def _supposed_speech(tok, lemma: str) -> bool:
    """Speech the writer only supposes: a speech cue under "may"/"might", or in an "if"/"unless" clause (war18,
    op-eds). A belief under "may" stays a hedged belief ("China's leaders may still believe that …", a `dev`
    claim of claims_blind.jsonl).

    - "Critics may say that the deal rewards aggression." (no claim);
    - "If Russia says it wants peace, why does it keep shelling Kharkiv?" (no claim);
    - "Unless Beijing announces that it will stop, the exports will go on." (no claim);
    - not "China's leaders may still believe that the price is worth paying." (a belief), nor "Critics say that
      the deal rewards aggression."
    """
    lex = _lexicon()
    if lemma in lex.lemmas("deny"):
        return False
    if lemma in lex.lemmas("belief"):
        return _supposed_belief(tok)
    if lemma not in lex.lemmas("verb"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in tok.children):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def _imperative_conjunct(tok) -> bool:
    """A cue coordinated to a clause whose subject it cannot agree with: a plain-present or bare verb after a
    singular noun subject ("only Steyer will be on stage, but expect …") is the writer's imperative to the reader
    (or shares a modal with its clause, an act not made): no claim (round clprec19, news previews).

    - "Of the three candidates, only Ortega will speak tonight, but expect the housing crisis to dominate the
      debate." (no claim of Ortega's);
    - "The mayor is away this week, so expect few decisions from city hall and assume the budget will slip." (none);
    - not "Officials met on Monday and say that the talks failed." (a plural subject), nor "The minister arrived
      late and said that the talks had failed." (a past verb agrees with any subject).
    """
    if tok.dep_ != "conj" or tok.tag_ not in ("VB", "VBP") or any(c.dep_ in _SUBJ_DEPS for c in tok.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # ("… and will say …": its own auxiliary, see _unreal)
    head = tok.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _singular_subject(subj)


def _opens_adverbial_clause(first, clause) -> bool:
    """A wh-word opening the content that introduces an adverbial clause of the reported clause, not a question
    (round clprec19: a quotation before its frame, '“When moving such a patient, it would be wise to …,” said X'
    gave no claim, and the quotation went to the speaker before).

    - '“When the rain stops, we will rebuild,” the mayor said.' (the mayor's claim);
    - '“Where the river bends, the water will rise first,” the engineer said.' (the engineer's);
    - not "The spokesman explained how the fire started." (a question: "how" modifies the reported clause itself).
    """
    return first.dep_ in ("advmod", "mark") and first.head.i != clause.i and first.head.dep_ == "advcl" \
        and first.head.head.i == clause.i and first.head.i < clause.i


def _closing_frame_read_as_adverbial(tok, lemma: str, subj, doc) -> list | None:
    """The clause before a closing "…, X told us." that the parser hung the frame on as an adverbial clause (so the
    frame had no complement and gave no claim): the clause is the content (round clprec19, a fact-check page:
    "The official way that Customs and Border Protection measures seizures is by pounds, not by value, an agency
    spokesman told us."). Only "say"/"tell" with nothing after the cue but its hearer, the frame's subject after a
    comma, and the clause opening the sentence.

    - "The agency measures seizures by weight, not by value, a customs official told us." (the official's claim);
    - "Seizures are counted by weight, not by value, a spokeswoman told reporters." (the spokeswoman's);
    - not "The talks stalled after the envoy told reporters." (a subordinate clause with its "after").
    """
    if lemma not in ("say", "tell") or tok.dep_ != "advcl" or subj is None or subj.head.i != tok.i:
        return None
    head = tok.head
    if head.i > tok.i or head.pos_ not in ("VERB", "AUX") or head.left_edge.i != tok.sent.start:
        return None
    if any(c.dep_ == "mark" for c in tok.children) or subj.i > tok.i or subj.left_edge.i < 1 \
            or doc[subj.left_edge.i - 1].text != ",":
        return None
    after = [t for t in doc[tok.i + 1:tok.sent.end] if not t.is_punct]
    if any(t.head.i != tok.i or t.dep_ not in ("dobj", "dative") or t.pos_ not in ("PRON", "PROPN", "NOUN")
           for t in after if t.dep_ != "compound" and t.dep_ != "det"):
        return None
    content = _trim([t for t in head.subtree if t.i < subj.left_edge.i - 1])
    return content if _words(" ".join(t.text for t in content)) >= 3 else None


def _supposed_belief(tok) -> bool:
    """A belief the writer only supposes: in an "if"/"unless" clause, or in a condition put by inversion ("Had
    they thought …", "Were she to believe …", "Should officials conclude …"); a hedged belief under "may" is
    still held (round clprec19, an op-ed: "if they really believed that Trump was …, the better strategy would
    have been …").

    - "If the generals really believed that the war was lost, they would have pulled back." (no claim);
    - "Had the ministers thought the blockade would hold, they would have waited." (no claim);
    - not "The generals believed that the war was lost, so they pulled back.", nor "Even as the ministers thought
      the blockade would hold, …" (a held belief).
    """
    if tok.dep_ != "advcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return True
    subj = next((c for c in tok.children if c.dep_ in _SUBJ_DEPS), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")
                                    and c.i < subj.i and c.i == tok.left_edge.i for c in tok.children)


def _unreal(tok, lemma: str) -> bool:
    """A cue that reports no act that took place: modal or future ("would say", "will reaffirm"), the
    infinitive of an intention ("going to say", "have to tell"), or a negated statement ("did not say")."""
    lex = _lexicon()
    chain = [tok]
    if tok.dep_ == "conj" and not any(c.dep_ in _SUBJ_DEPS for c in tok.children) and tok.tag_ == "VB":
        # "The Court could come along and say …" (not a finite conjunct: "would not identify it but said …")
        chain.append(tok.head)
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        chain.append(tok.head)  # "People will begin to think …"
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _UNREAL_MODALS for a in auxes) and not any(
                c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "subsequently") for c in v.children):
            return True  # (but "he would later say that …" narrates a past act)
        if any(a.lower_ in ("can", "ca") for a in auxes) and any(c.dep_ == "neg" for c in v.children):
            return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _UNREAL_HEADS and not (
            tok.head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children)):
        return True  # (but "He goes on to say that …" says it: recall round 9)
    if _expected_act(tok):
        return True
    if _supposed_speech(tok, lemma):
        return True
    if _imperative_conjunct(tok):
        return True
    if lemma in lex.lemmas("deny") and _undecided_denial(tok):
        return True
    # a negated speech cue says nothing ("he did not say that …"); denials and labels have their own rules
    return lemma in lex.lemmas("verb") and lemma not in lex.lemmas("deny") \
        and any(c.dep_ == "neg" for c in tok.children)


def _undecided_denial(tok) -> bool:
    """A denial verb that is negated, or joined by "or"/"nor" to a negated verb, denies nothing (round clprec20,
    war reporting): the speaker left the matter open.

    - "The HUR has neither confirmed nor denied involvement." ("neither … nor": no denial);
    - "Officials have not confirmed or denied that the base was hit.", "The army did not deny the strike." (no
      denial);
    - not "The ministry did not confirm the figure but denied that troops were involved" ("but" ends the
      negation's reach: a denial).
    """
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ != "conj" or tok.head.i == tok.i:
        return False
    head = tok.head
    ccs = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < tok.i]
    if not ccs or ccs[-1].lower_ not in ("or", "nor"):
        return False
    return ccs[-1].lower_ == "nor" or any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither"
                                          for c in head.children)


# Verbs whose "X to <cue>" complement is an act expected, wanted or required of X, not one X made
# ("Analysts expect the company to report a loss", "The rules require firms to disclose …")
_EXPECTING_HEADS = {"predict", "forecast", "anticipate", "project", "require", "order", "force", "compel", "oblige",
                    "direct", "instruct", "press", "pressure", "call", "wait", "push"}


def _expected_act(tok) -> bool:
    """A reporting verb in the to-infinitive of a verb of expecting, wanting or requiring, with its own subject:
    the act is expected of that subject, not made (round clprec16, wire copy). The cue verb is then the believed
    act's verb, not a speech cue; the expectation itself stays a claim when its verb is one ("Analysts expect
    [the company to report a loss for the third quarter]").

    - "Analysts expect the company to report a loss for the third quarter." (no claim of the company's);
    - "Investors want the bank to confirm that the dividend is safe.", "The law requires companies to disclose
      that their data was sold." (no claim of the bank's or the companies');
    - not "The leak prompted officials to admit that the plant had failed." (they admitted it: the object of a
      verb that makes it happen speaks), nor "He went on to say that …" (no subject of its own).
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ != "VB":
        return False
    if tok.dep_ not in ("ccomp", "xcomp", "oprd") or tok.head.i == tok.i:
        return False
    head = tok.head.lemma_.lower()
    if head not in _UNREAL_HEADS | _EXPECTING_HEADS:
        return False
    if tok.dep_ == "xcomp" and not any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
        return False  # ("is expected to announce" is `_UNREAL_HEADS`' own rule)
    return True


def _inside_unreal(tok) -> bool:
    """A cue in the reported clause of a cue that reports no act ("would then have claimed that he was told
    by a leaker that …", "will say that officials believe …"): what was never said relays nothing."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _SUPPOSING and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                     for c in cur.children):
            return True  # "I imagine that many of the people in this room thought …": a supposed belief
        if cur.lower_ in CUE_WORDS and cur.pos_ in ("VERB", "AUX") and _unreal(cur, cur.lemma_.lower()) \
                and not any(c.dep_ == "neg" for c in cur.children):
            return True
    return False


_MAYBE = {"maybe", "perhaps", "possibly"}
_OPEN_WH = {"what", "how", "why", "whatever"}  # (a relative "which she said she found" keeps its claim)


def _open_question(tok, content: list) -> bool:
    """A cue whose content has a gap filled by a question word before it: "what the administration thinks
    the threat is", "how people think this will end" — an open question, no proposition."""
    ids = {t.i for t in content}
    for t in tok.doc[:max(tok.i, min(ids))]:
        # (a "which" between the cue and its clause asks: "trying to assess which companies are …")
        wh = t.lower_ in _OPEN_WH or t.lower_ in ("which", "whom") and t.i > tok.i
        if wh and t.tag_ in ("WP", "WRB", "WDT", "WP$") and t.dep_ not in _SUBJ_DEPS \
                and t.i not in ids and (t.head.i == tok.i or t.head.i in ids):
            return True
    return False


def _gapless_that_clause(c) -> bool:
    """A clause the parser hung on a noun of the frame as a relative clause, opening with "that" right after the
    noun, with a subject of its own and no gap for "that" to fill: "that" is a complementizer, and the clause is
    what was said (war18, readouts and wire reports):

    - "The minister stressed during the meeting that Kyiv wants to see more air defence systems." ("that" read as
      the object of "see", which has its object: the clause is the content);
    - "The President was clear in the meeting that Israel must allow more aid into Gaza.";
    - "The Secretary made clear during the visit that Washington will keep its troops in Iraq.";
    - "The president told the nation in a televised address that help was coming." ("that" read as the determiner
      of "help", round clprec20);
    - not "said during the meeting that Kyiv hosted" ("that" fills the object: a relative clause of "meeting").
    """
    if c.dep_ not in ("relcl", "acl") or c.left_edge.lower_ != "that" or c.left_edge.i != c.head.i + 1:
        return False
    that = c.left_edge
    if not any(x.dep_ in _SUBJ_DEPS and x.i != that.i and x.tag_ not in ("WP", "WDT") for x in c.children):
        return False
    if that.dep_ == "mark":
        return True
    if that.dep_ == "det" and that.head.dep_ in _SUBJ_DEPS and that.head.head.i == c.i:
        # "told the nation in a televised address that help was coming" ("that" read as the determiner of the
        # clause's subject: a relative clause would need a gap; round clprec20)
        return True
    return that.dep_ == "dobj" and any(y.dep_ == "dobj" and y.i != that.i for y in that.head.children)


def _frame_nouns(host, after: int) -> set[int]:
    """Nouns of the prepositional phrases of a cue's host after position `after` ("in the call", "during the
    meeting"), where the parser may hang the reported clause (see `_gapless_that_clause`)."""
    return {p.i for c in host.children if c.dep_ == "prep" and c.i > after
            for p in c.children if p.dep_ == "pobj"}


def _misplaced_clause(tok, lemma: str, dobj):
    """The content clause the parser hung on a noun of the frame: "told reporters at a press conference that
    the airline will …" (a that-clause made a relative clause of "conference"), "said more than 15,000 people
    registered for the rally" (the clause's subject made the object, its verb a participle on it)."""
    frame_nouns = {p.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                   for p in c.children if p.dep_ == "pobj"}
    if lemma == "tell" and dobj is not None:
        frame_nouns.add(dobj.i)
    # "said in a weekend statement on its web site that …": a noun of a phrase inside the frame's phrase
    # (recall round 9)
    nested = {p.i for t in tok.children if t.dep_ == "prep" and t.i > tok.i for n in t.children if n.dep_ == "pobj"
              for c in n.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"}
    # "said prior to the meeting he had requested …": the noun of a time phrase after the cue
    nested |= {p.i for a in tok.children if a.dep_ == "advmod" and a.i > tok.i for t in a.children if t.dep_ == "prep"
               for p in t.children if p.dep_ == "pobj"}
    for c in tok.subtree:
        if c.dep_ == "relcl" and c.head.i in frame_nouns | nested and c.left_edge.i == c.head.i + 1 \
                and any(x.dep_ == "nsubj" and x.pos_ in ("PRON", "PROPN", "NOUN") and x.tag_ not in ("WP", "WDT")
                        for x in c.children) \
                and any(x.dep_ == "dobj" and x.i > c.i for x in c.children) \
                and not any(x.tag_ in ("WP", "WDT", "WRB") or x.lower_ == "that" for x in c.subtree if x.i < c.i):
            # (no relative pronoun and the verb's object filled: no gap, so no relative clause — recall round 9;
            # "said at the meeting he attended" keeps its gap and is none)
            return c
        if c.dep_ == "relcl" and c.head.i in frame_nouns | nested and c.left_edge.lower_ == "that" \
                and c.left_edge.dep_ == "dobj" and c.left_edge.head.i == c.i and c.lemma_ not in _ISSUING_VERBS \
                and any(x.dep_ in _SUBJ_DEPS for x in c.children) \
                and not any(x.dep_ in ("dobj", "ccomp", "xcomp") and x.i != c.left_edge.i for x in c.children) \
                and sum(not t.is_punct for t in c.subtree) >= (3 if c.left_edge.tag_ == "IN" else 5):
            # (a "that" the tagger read as a complementizer may head a short clause: "said in an interview with
            # CNBC that demand was slowing", round clprec16)
            # (the parser read the complementizer as the object of a relative clause: "…, its web site that
            # Yevdokimov had resigned on his own accord"; a relative on an issued text has a verb of issuing:
            # "the statement that he wrote")
            return c
        if c.dep_ in ("relcl", "acl") and c.head.i in frame_nouns and any(
                m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in c.children) \
                and any(x.dep_ in _SUBJ_DEPS for x in c.children):
            return c
        if crime_news.that_clause_on_relay_outlet(c, nested):  # "said in a statement to KOMO News that …"
            return c
        if c.head.i in frame_nouns and _gapless_that_clause(c):  # "stressed during the meeting that Kyiv wants to see X"
            return c
        # "told a few thousand teachers who covered the lawn that the Legislature should …": the clause hung on
        # the hearer's relative clause (whose verb reports nothing itself)
        if lemma == "tell" and dobj is not None and c.dep_ == "ccomp" and c.head.dep_ == "relcl" \
                and c.head.head.i == dobj.i and c.head.lower_ not in _lexicon().forms("verb") \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                and any(x.dep_ in _SUBJ_DEPS for x in c.children):
            return c
        # "said in a report published Thursday that the strikes may amount …": the clause hung on the participle
        if c.dep_ == "ccomp" and c.head.dep_ == "acl" and c.head.tag_ == "VBN" and c.head.head.i in frame_nouns \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                and any(x.dep_ in _SUBJ_DEPS for x in c.children):
            return c
    if lemma in ("say", "think", "believe") and dobj is not None and dobj.i > tok.i:
        verb = next((c for c in dobj.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == dobj.i + 1),
                    None)
        if verb is not None and not any(x.dep_ == "agent" for x in verb.children):
            return dobj
    return None


def _as_after_clause(tok, doc) -> bool:
    """An "as X said" after the clause it frames, set off by a comma or a dash ("…, as Putin said today")."""
    first = min(t.i for t in tok.subtree)
    j = first - 1
    while j >= 0 and doc[j].dep_ == "advmod" and doc[j].head.i == tok.i:
        j -= 1  # "exactly as our military said"
    return j >= 0 and (doc[j].text in (",", "—", "–", "--") or j < first - 1)


def _midsentence_frame(tok, doc) -> bool:
    """A cue clause between commas or dashes, with the subject of the clause it interrupts before it."""
    words = [t.i for t in tok.subtree if not t.is_punct]
    left, right = words[0], words[-1]
    marks = (",", "—", "–", "--")
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    if before not in marks or after not in marks:
        return False
    fronted = {y.i for x in tok.head.children if x.i < left and x.dep_ in ("advmod", "cc", "prep", "npadvmod")
               for y in x.subtree}
    if left >= 2 and all(t.is_punct or t.i in fronted for t in doc[:left - 1]):
        # "So, police said, O'Connor moved on …", "At that point, Brown said, a woman … heard …": only a connective
        # or an adverbial before the frame
        return True
    return any(c.dep_ in _SUBJ_DEPS and c.i < left for c in tok.head.children)


def _parenthetical_gap(clause, doc) -> bool:
    """A clause ended by a comma, colon or quotation mark, as a report before its frame is ("X, he said")."""
    nxt = clause.right_edge.i + 1
    return clause.right_edge.text in _QUOTE_CHARS or nxt < len(doc) and doc[nxt].text in ",:;" + _QUOTE_CHARS


def _swallowed_closing_speaker(tok, clause):
    """The speaker of a closing frame "…, police and the woman's friend said." that the parser hung inside the
    reported clause as a conjunct of its last noun: the noun phrase between the clause's last comma and the cue,
    set off by that comma, with no verb in it (claims round 13; the person-name form is handled above).

    - "…, and the man behind the wheel was charged with driving drunk, police and the woman's friend said.";
    - "A grandmother crossing a Queens street was mowed down by a drunken driver, cops and family said.";
    - not '"…," he said' (a subject of its own) nor "…, she said, adding …" (the cue not closing the sentence).
    """
    doc = tok.doc
    own = {x.i for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "npadvmod", "advmod") for x in c.subtree}
    if not all(t.is_punct or t.i in own or t.ent_type_ in ("DATE", "TIME") for t in doc[tok.i + 1:]):
        return None
    comma = max((t.i for t in doc[clause.i:tok.i] if t.text == ","), default=None)
    if comma is None or tok.i - comma - 1 < 1 or tok.i - comma - 1 > 8:
        return None
    span = list(doc[comma + 1:tok.i])
    ids = {t.i for t in span}
    if any(t.pos_ in ("VERB", "AUX") or t.pos_ == "PRON" and t.dep_ != "poss" or t.text in _QUOTE_CHARS
           for t in span) or span[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    roots = [t for t in span if t.head.i not in ids]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].left_edge.i != span[0].i:
        return None
    root = roots[0]
    if {x.i for x in root.subtree} != ids or root.dep_ not in ("conj", "appos", "npadvmod", "dobj", "pobj", "attr"):
        return None
    return root


def _semicolon_before(clause, tok) -> bool:
    """A clause before the cue closed by a semicolon: "1 dead, 2 hurt in office shooting; police say suspect
    had worked there" — what the cue frames is the clause after it, not the one before (claims round 13; a
    comma or colon there still makes the clause before a report: "The town fell, he said, …")."""
    nxt = clause.right_edge.i + 1
    return nxt < tok.i and tok.doc[nxt].text == ";"


# Legal acts are no claims (claims_gold.md rule 12): what a court, judge or jury declares, determines or finds
_RULING_VERBS = {"declare", "determine", "find", "conclude"}


def _as_frame_after_lead(tok, doc) -> list | None:
    """'For example, as Herbert notes, being able to “taste” … pathogens gives the body more chances …': after a short
    lead-in the parser made the sentence's root ("For example"), the "as" frame's content is the rest of the sentence
    after the frame's comma, not the lead-in (claims round clnews15; the content was "For example")."""
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ in ("VERB", "AUX") or head.i > tok.i:
        return None
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or len([t for t in doc[:mark.i] if not t.is_punct]) > 4:
        return None
    comma = next((t for t in doc[tok.i + 1:tok.i + 6] if t.text == ","), None)
    if comma is None:
        return None
    rest = _trim(list(doc[comma.i + 1:]))
    return rest if len([t for t in rest if not t.is_punct]) >= 3 else None
# cue verbs whose "if"-clause is an indirect question ("to determine if …"), not a reported condition ("said if …")
_IF_QUESTION_VERBS = {"determine", "find", "confirm", "establish", "assess", "know", "ask", "reveal", "indicate"}


def _who_person(head):
    """The person a "who"-clause is about when the parser hung it on the last noun of the person's apposition
    (a home town, an office's object): up through prepositions and appositions to a PERSON name. Real cases
    (claims round clnews15):

    - 'he spoke with Jeremy Watson, 30, of Ten Mile, who said that he and his family were riding bicycles …'
      (the speaker was "Ten Mile");
    - 'Mr Mitchell was accompanied by Deborah Thomas, Conservative candidate for the Twickenham parliamentary seat,
      who said she was delighted to be involved.' (the speaker was "Twickenham parliamentary seat")."""
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON":
        return head
    cur = head
    while cur.dep_ in ("pobj", "prep", "appos", "compound", "npadvmod", "nummod", "amod") and cur.head.i != cur.i:
        cur = cur.head
        if cur.ent_type_ == "PERSON" and cur.pos_ == "PROPN":
            return cur
    return head


def _found_small_clause(c) -> bool:
    """The complement of "find" is an object with a predicate and no verb of its own: something seen or felt,
    not a finding ("found that …" and "found the mice carried more protozoa" keep theirs). Real cases:

    - 'they found a woman suffering from stab wounds' (a participle, round 7);
    - 'Harper and Buckley … found themselves blindsided by “the Mary Steenburgen of it all.”' (claims round
      clnews15);
    - written for the round: 'The family found him injured in a ditch', 'She found it difficult to talk about'.

    An adjective or participle over a noun stays a finding ("Researchers found the drug ineffective in older
    patients"); over a pronoun (him, it, themselves) it is what was come upon or felt."""
    if c.dep_ != "ccomp" or c.tag_ not in ("VBG", "VBN", "JJ"):
        return False
    if any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children):
        return False
    if c.tag_ == "VBG":
        return True
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "PRP"
_COURT_NOUNS = {"judge", "court", "jury", "panel", "magistrate", "tribunal", "justice", "justices", "jurors", "juror"}


# Prepositions whose phrase, after the object of a denial, can belong to the act denied ("denied any role in the
# blast", "denied supplying drones for use in Ukraine", "denied responsibility for the attack")
_DENIED_ACT_PREPS = {"in", "for", "to", "of", "at", "against", "with", "behind", "near", "on", "from", "into"}


def _denied_acts_phrase(tok, dobj) -> list:
    """The phrase the parser hung on a denial verb right after its object, when it belongs to the act denied:
    the content is the whole act (round clprec20, war reporting; the content was cut at the object).

    - "Moscow denied any role in the blast." (content "any role in the blast", not "any role");
    - "Iranian officials have denied supplying drones for use in Ukraine." ("supplying drones for use in Ukraine");
    - not "The army denied involvement in a statement on Monday." (a statement, a day, a platform or a relay
      are where and when the speaker denied it: frame), nor "denied the allegations in an interview".
    """
    lex = _lexicon()
    if dobj.lemma_.lower() in lex.lemmas("claimnoun") or dobj.lower_ in lex.forms("claimnoun"):
        return []  # ("denied the reports in a statement": the reports are named whole)
    out: list = []
    nxt = dobj.right_edge.i + 1
    for c in sorted((c for c in tok.children if c.dep_ == "prep" and c.i > dobj.i), key=lambda c: c.i):
        if c.i != nxt or c.lower_ not in _DENIED_ACT_PREPS:
            break
        if _frame_phrase(c):
            break
        out.extend(c.subtree)
        nxt = c.right_edge.i + 1
    return out


def _trailing_frame_phrases(dobj) -> set[int]:
    """Token ids of the frame phrases (`_frame_phrase`: "in a statement", "on Telegram", "on Monday") that close an
    object of denial or of a claim of responsibility, at any depth: "denied involvement in a statement on Monday",
    "claimed responsibility for the bombing in a statement on Telegram" (round clprec20). What follows the first
    such phrase is frame too."""
    first = min((t.i for t in dobj.subtree if t.dep_ == "prep" and t.i > dobj.i and _frame_phrase(t)
                 and t.right_edge.i == dobj.right_edge.i), default=None)
    return set() if first is None else {t.i for t in dobj.subtree if t.i >= first}


_OCCASION_NOUNS = {"interview", "briefing", "conference", "speech", "address", "call", "meeting", "session",
                   "hearing", "response", "reply", "broadcast"}


def _frame_phrase(prep) -> bool:
    """A prepositional phrase naming when, where or through what a speaker spoke ("in a statement", "on
    Monday", "on Telegram", "at a news conference"): frame, not what was denied (`_denied_acts_phrase`)."""
    lex = _lexicon()
    pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
    return pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in _DAY_WORDS \
        or pobj.lemma_.lower() in lex.lemmas("relaynoun") | _ISSUED_TEXTS | _OCCASION_NOUNS or _is_platform(pobj)


def _legal_dismissal(subj, dobj) -> bool:
    """A court dismissing or rejecting claims, or a prosecutor dropping a charge: the subject names a court or
    judge ("Judge Joan Ericksen"), or a prosecutor's office with a charge as object (round 9)."""
    if subj is None:
        return False
    words = {subj.lemma_.lower()} | {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "poss", "amod")}
    if words & _COURT_NOUNS:
        return True
    return bool(words & {"prosecutor", "attorney", "prosecution"}) and dobj.lemma_.lower() in ("charge", "count")


def _impersonal_passive(verb, subj) -> bool:
    """ "it had been made clear that …", "it was confirmed that …": a passive whose subject is an empty "it"."""
    return subj.lower_ == "it" and subj.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" for c in verb.children)


# Verbs whose object "as saying …" is the one who speaks: "TASS quoted Peskov as saying …", and a recording or
# footage that shows or records someone as saying it (round clprec16: 'One recording purportedly shows a member of
# the party, Roina Bukhrashvili, as saying that a civil war would be in the party's interests' gave no speaker)
_QUOTING_VERBS = {"quote", "cite", "show", "depict", "portray", "record", "capture"}


def _as_saying(prep) -> bool:
    """ "cited X as saying …": the one cited speaks through a reporting participle; that is the participle's claim
    (with the citing outlet as the channel), not a "cited as" claim of the outlet's (round clprec16, LGL).

    - "Interfax cited the Federal Security Service as saying 12 died." → the Service says "12 died", via Interfax
      (before: Interfax "cited as" [the Federal Security Service as saying 12 died]);
    - not "She cited the letter as having lost her the race" (no reporting verb: the round-8 "cited as" form).
    """
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lower_ in _lexicon().forms("verb") for c in prep.children)


def _gerund_read_as_adjective(cue, dobj) -> bool:
    """ "Tehran denied supplying drones": the parser made the gerund an adjective of its object ("supplying
    drones" as a kind of drones); right after the cue, with no determiner before it, it is the act denied
    (session 13). Not "denied the arriving passengers entry" (a determiner: a real adjective)."""
    first = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return first is not None and first.tag_ == "VBG" and first.dep_ == "amod" and first.head.i == dobj.i \
        and dobj.i == first.i + 1  # ("denied visiting relatives access": a noun between, withholding)


def _event_object(dobj) -> bool:
    """An object naming an event ("reported deaths"); behind a quantity noun ("a number of deaths", "a
    handful of protester deaths") the counted noun decides ("a number of new arrangements" is none)."""
    lex = _lexicon()
    if dobj.lemma_.lower() not in lex.lemmas("eventobj"):
        return False
    if dobj.lemma_.lower() in ("number", "handful"):
        counted = next((x for of in dobj.children if of.dep_ == "prep" and of.lower_ == "of"
                        for x in of.children if x.dep_ == "pobj"), None)
        return counted is not None and counted.lemma_.lower() in lex.lemmas("eventobj")
    return True


def _feared_or_expected_event(tok, lemma: str, subj, dobj) -> bool:
    """What somebody fears, or had expected, named by an event noun object: a claim about the world, like a
    forecast (rule A of eval/claims_blind.md; round clprec16, wire copy). Event nouns are `eventobj` and `outlook`
    rows of data/claim_cues.tsv.

    - "Investors fear another downgrade." → content "another downgrade";
    - "Officials fear a repeat of the 2008 crisis.", "Analysts polled by Reuters had expected earnings of 85 cents
      a share." (a perfect "had expected"; a plain "expects revenue of …" was already the forecast rule's);
    - not "Residents fear the police." (no event), "They did not fear a recession." (negated cognition), "would
      fear a backlash" (a modal), "I fear a recession." (the writer's own voice).
    """
    if dobj is None or dobj.i < tok.i or subj is None or dobj.pos_ != "NOUN":
        return False
    if subj.lower_ in ("you", "i", "we"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in tok.children) or any(a.lower_ not in ("had", "has", "have", "'d", "’d")
                                                           for a in auxes):
        return False
    if lemma == "expect" and not auxes:
        return False  # (a plain "expects X" is the forecast rule's)
    if lemma == "fear" and tok.tag_ not in ("VBZ", "VBD", "VBP", "VBN"):
        return False
    lex = _lexicon()
    return _event_object(dobj) or dobj.lemma_.lower() in lex.lemmas("outlook") or dobj.lower_ in lex.forms("outlook")


def _finding_object(dobj) -> bool:
    """What a document or image shows as a finding: people or things doing something ("riot police smashing
    windows"), an event ("damage to the runway"), a measure of opinion or change ("majority support"); not a
    plain thing ("a video shows the time of escape")."""
    lex = _lexicon()
    return _event_object(dobj) or dobj.lemma_.lower() in lex.lemmas("findingobj") \
        or any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN") for c in dobj.children)


_SCOPE_BREAKS = {":", "—", "–", "--", ";"}


# Subordinators of a clause set against the one before it ("…, while shelling killed 12 civilians")
_CONTRASTING = {"while", "whereas"}


def _contrasted_clause(according, content: list):
    """A contrastive clause that the closing "…, according to X" sources, inside another speaker's reported
    content: "Sudan's army said it had recaptured a bridge, while shelling by the RSF killed at least 12
    civilians in El Fasher, according to a local resistance committee" (the committee tells the killing, the army
    the bridge); "Kyiv said it repelled the attack, whereas Russian forces took two villages, according to
    milbloggers". Returns the clause's head (an adverbial clause marked "while"/"whereas" that ends right before
    the phrase's comma), or None."""
    ids = {t.i for t in content}
    doc = according.doc
    j = according.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    for t in content:
        if t.dep_ != "advcl" or t.head.i not in ids or doc[t.left_edge.i].lower_ not in _CONTRASTING:
            continue  # (the mark may hang on the clause's subject the parser made a clause: "while shelling by …")
        inside = [x.i for x in t.subtree if x.i in ids]
        if inside and max(inside) == j - 1 and t.left_edge.i > min(ids):
            return t
    return None


def _according_scope(content: list, frame: set) -> list:
    """An "according to X" at the end of a sentence sources the clause after the sentence's last colon or dash, not
    the writer's lead-in before it; one in the middle does not source the writer's inference after it ("…, so …").
    Real cases (claims round clnews15):

    - 'After a three-year silence, there has been news on the fourth film in rebooted Star Trek film series: Noah
      Hawley … is in final talks to write and direct it, according to reports from The Wrap and Deadline.'
    - 'It’s unclear whether Hawley’s film is still based on the 2016 plan, or if Hemsworth will return — both
      Hemsworth and Pine were said to have had run into contractual issues in 2018, according to The Hollywood
      Reporter.'
    - 'There are three scripts still in contention for the fourth Trek film, according to The Wrap, so it’s possible
      Paramount is still deciding on a direction.'"""
    if not content or not frame:
        return content
    first, last = min(frame), max(frame)
    before = [t for t in content if t.i < first]
    after = [t for t in content if t.i > last]
    words_after = [t for t in after if not t.is_punct]
    if before and words_after and words_after[0].lower_ in ("so", "meaning"):
        return _trim(before)
    if not before and after:
        # "According to Ukrainian sources, the bridge was hit twice; Russian sources deny it was hit at all": a
        # fronted source reaches the semicolon; the clause after it, with its own subject, is another (round clprec20)
        semi = next((n for n, t in enumerate(after) if t.text == ";"), None)
        if semi is not None and semi > 2:
            rest = after[semi + 1:]
            lex = _lexicon()
            if any((t.lower_ in lex.forms("verb") or t.lower_ in lex.forms("deny")) and t.pos_ == "VERB"
                   and any(c.dep_ == "nsubj" and c.i > after[semi].i for c in t.children) for t in rest):
                return _trim(after[:semi])  # (only when it is another report: "…; three of them were children" stays)
    if before and not after:
        cut = max((n for n, t in enumerate(before) if t.text in _SCOPE_BREAKS), default=None)
        if cut is not None and before[cut].text not in (":", ";") \
                and sum(t.text == before[cut].text for t in before) > 1:
            cut = None  # a pair of dashes sets off an aside ("three schools — Adams, Baker and Clark — and all …")
        if cut is not None:
            rest = before[cut + 1:]
            if len([t for t in rest if not t.is_punct]) >= 4 and any(
                    t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest) \
                    and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
                # (a clause with its own subject: not "poorly received by critics — and flopped at the box office")
                return _trim(rest)
    return content


def _without_a_conjunct_report(content: list, frame: set) -> list:
    """An "according to X" content without a coordinated clause that is another speaker's report ("…, and Y
    declared that …", "…, but Z said …"): that clause is its own claim, not X's (round clprec16, LGL).

    - "Canada scrambled fighters to 'send a strong signal', according to Defence Minister Peter MacKay, and Prime
      Minister Stephen Harper sternly declared that Canada would not be intimidated." → MacKay's content ends
      before ", and Prime Minister …";
    - "According to Noether, the warrant gave state officials seven days to finish their search, but Thomas said he
      hoped it could be completed by tonight." → Noether's content ends before ", but Thomas said …";
    - not "According to the police, the suspect fled and officers said nothing" (no subject-and-cue clause after a
      comma: kept whole).
    """
    if not content or not frame:
        return content
    ids = {t.i for t in content}
    cues = _lexicon().forms("verb")
    for t in content:
        if t.dep_ != "conj" or t.head.i not in ids or t.i < max(frame) and t.head.i > max(frame) \
                or t.lower_ not in cues or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        start = t.left_edge.i
        doc = t.doc
        while start > 0 and (doc[start - 1].dep_ == "cc" or doc[start - 1].text in (",", ";", "—", "–")) \
                and doc[start - 1].i in ids:
            start -= 1
        if start > 0 and doc[start].text == "," or any(doc[j].text == "," for j in range(start, t.left_edge.i)):
            kept = _trim([x for x in content if x.i < start or x.i > t.right_edge.i])
            if kept:
                return kept
    return content


def _after_frame(content: list, frame: set) -> list:
    """Content tokens without the conjunction and punctuation before a sentence-initial frame ("And as the
    President often says — we're …", "But according to X, …")."""
    first = min(frame) if frame else 0
    n = 0
    while n < len(content) and content[n].i < first and (content[n].is_punct or content[n].dep_ == "cc"):
        n += 1
    return content[n:]


def _trim(tokens: list) -> list:
    while tokens and tokens[0].is_punct and tokens[0].text not in _QUOTE_CHARS:
        tokens = tokens[1:]
    # (a comma before the final period goes too: "February is Black History Month, as she pointed out.")
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in _QUOTE_CHARS or tokens[-1].text == ".") \
            and not _closes_the_words(tokens):
        tokens = tokens[:-1]
    return tokens


_CLOSING_BRACKETS = {")": "(", "]": "[", "}": "{"}


def _closes_the_words(tokens: list) -> bool:
    """The last token is part of what was said, not punctuation around it: a per-cent or per-mille sign after its
    number, or a closing bracket whose opening one is in the words (round clprec16, wire copy).

    - "The report showed unemployment rose to 5.3%." → content "unemployment rose to 5.3%" (not "… 5.3");
    - "Inflation eased to 2.9% (from 3.1% in June), the statistics office said." keeps "(from 3.1% in June)";
    - not a stray ")" of the writer's after the content ("(He said the port was shelled)" drops it).
    """
    last = tokens[-1]
    if last.text in ("%", "‰") and len(tokens) > 1 and tokens[-2].like_num:
        return True
    opening = _CLOSING_BRACKETS.get(last.text)
    return opening is not None and sum(t.text == opening for t in tokens) > sum(t.text == last.text for t in tokens[:-1])


def _few_speakers(subj) -> bool:
    """A speaker quantified by "few" (not "a few"): what nearly nobody said or believed is no one's claim, like a
    negated speaker or negated cognition (clwh15, White House remarks).

    - "Few people thought that Ukraine could survive the first week." (no claim);
    - "Very few analysts predicted that Kyiv would hold." (no claim);
    - "Not many officials believed that the talks would succeed." (no claim: "not many" is "few");
    - not "A few officials said that the talks had stalled." (some officials said it: a claim);
    - "Fewer still think that the deployment has improved security.", "Even fewer diplomats believe that …" (no
      claim: fewer than the few before; war18) — not "Fewer than ten officials said that …" (a count), nor a bare
      "Fewer analysts now expect …" (fewer than before, but still some).
    """
    doc = subj.doc
    words = [subj] + [c for c in subj.children if c.dep_ in ("amod", "det", "nummod")]
    if any(t.lower_ == "few" and (t.i == 0 or doc[t.i - 1].lower_ not in ("a", "the", "quite")) for t in words):
        return True
    if any(t.lower_ == "fewer" and ((t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "still")
                                    or (t.i > 0 and doc[t.i - 1].lower_ in ("even", "still"))) for t in words):
        return True
    return any(t.lower_ == "many" and t.i > 0 and doc[t.i - 1].lower_ == "not" for t in words)


def _predicate_after_dangling_and(tok, c, content: list) -> list:
    """The rest of a reported clause whose coordinated predicate the parser hung on the cue: the clause goes
    on with "and," plus an inserted phrase, and the verb after it became an adverbial or conjunct of the cue
    (clwh15, White House readouts). Returns the words to add after the content, or [].

    - "President Biden underscored that the United States will continue to stand up for its interests and
      values and, together with our allies and partners, ensure the rules of the road … advance …" (content
      runs on to the end, not cut after "partners");
    - "The National Security Advisor conveyed that the United States remains committed to Ukraine's defense
      and, together with allies, will continue to impose costs on Russia.";
    - not "said that A and, in a separate statement, announced B" (a cue verb: the speaker's next act), nor a
      verb in the cue's tense after a clause in another ("is ready and, with partners, pledged …").
    """
    if c.dep_ != "ccomp" or c.i < tok.i or not content:
        return []
    doc = tok.doc
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "or") and t.i + 1 < len(doc) and doc[t.i + 1].text == ","
               for t in content):
        return []
    nxt = next((x for x in tok.children if x.dep_ in ("advcl", "conj", "dep") and x.i > content[-1].i
                and x.pos_ in ("VERB", "AUX")), None)
    lex = _lexicon()
    if nxt is None or any(y.dep_ in _SUBJ_DEPS for y in nxt.children) \
            or nxt.lemma_.lower() in lex.lemmas("speakeract"):
        return []
    if not all(t.is_punct for t in doc[content[-1].i + 1:nxt.left_edge.i]):
        return []
    own_modal = any(a.dep_ == "aux" and a.tag_ == "MD" for a in nxt.children)
    if nxt.lower_ in lex.forms("verb") and not own_modal:
        return []  # (a reporting verb of the speaker's; "will continue to impose" stays the clause's)
    # (a bare verb sharing the clause's modal; the tagger may read it as a present: "will keep … and, …, deter")
    shared_modal = nxt.tag_ in ("VB", "VBP") and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
    if not (own_modal or shared_modal or nxt.tag_ == c.tag_ and c.tag_ in ("VBZ", "VBP", "VBD")):
        return []
    return list(doc[content[-1].i + 1:nxt.right_edge.i + 1])


def _participles_listed_after_the_clause(tok, c, content: list) -> list:
    """The rest of a list of participles that share the reported clause's perfect ("would have reduced A, provided
    B and created C"), which the parser hung on the cue as its conjuncts: they are what was said, not the speaker's
    next acts (round clprec16, LGL). Returns the words to add after the content, or [].

    - "Backers said it would have reduced the city's reliance on fossil fuels, provided more dependable power and
      created good jobs." (content runs to "jobs", not cut after "fuels");
    - "The company said it had cut costs, closed two plants and sold its shipping unit.";
    - not "The minister said the port had been shelled and called for a ceasefire" (no comma list: the speaker's
      next act), nor a conjunct with its own subject.
    """
    if c.dep_ != "ccomp" or c.i < tok.i or not content or c.tag_ != "VBN" \
            or not any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children):
        return []
    doc = tok.doc
    conjs = [x for x in tok.children if x.dep_ == "conj" and x.i > content[-1].i]
    if not conjs:
        return []
    first = conjs[0]
    chain = [first] + [x for x in first.subtree if x.dep_ == "conj" and x.head.i in {first.i} and x.pos_ == "VERB"]
    start = first.left_edge.i if doc[first.left_edge.i].text == "," else first.left_edge.i - 1
    if len(chain) < 2 or doc[start].text != "," or content[-1].i + 1 != start:
        return []
    if any(y.dep_ in _SUBJ_DEPS for v in chain for y in v.children) \
            or any(v.tag_ not in ("VBD", "VBN") or v.lower_ in _lexicon().forms("verb") for v in chain):
        return []
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "or") and t.head.i == first.i for t in doc[first.i:]):
        return []
    return list(doc[content[-1].i + 1:max(v.right_edge.i for v in chain) + 1])


def _semicolon_that_series(tok, c, content: list) -> list:
    """The rest of a series of that-clauses set off by semicolons ("affirmed that A; that B; and that C"), which
    the parser breaks at the first semicolon, often making the cue a clause of a later "that": one claim with
    several that-clauses (claims_gold.md rule 6) whose content runs to the end of the series (clwh15, White House
    readouts and joint statements). Returns the words to add after the content, or [].

    - "The leaders affirmed that the alliance is ironclad; that they will deepen cooperation on space; and that
      they oppose any unilateral change to the status quo." (content: the three clauses);
    - "The ministers reiterated that the sanctions remain in force; and that they will be tightened if the attacks
      go on.";
    - not "Officials said the port was shelled; residents fled north." (no "that": the writer's next sentence).
    """
    if c.dep_ != "ccomp" or c.i < tok.i or not content:
        return []
    doc = tok.doc
    i = content[-1].i + 1
    if i + 1 >= len(doc) or doc[i].text != ";":
        return []
    j = i + 1 + (doc[i + 1].lower_ in ("and", "or") and i + 2 < len(doc))
    if doc[j].lower_ != "that" or doc[j].dep_ != "mark":
        return []
    end = tok.sent.end
    while end > j and doc[end - 1].is_punct and doc[end - 1].text not in _QUOTE_CHARS:
        end -= 1
    return list(doc[i:end])


def _writers_clause_after_semicolon(tok, content: list, offset: int, quotes) -> int | None:
    """Where a reported clause after its cue ends at a semicolon: a clause with its own subject after it, not
    introduced by "that" and outside any quotation, is the writer's next sentence (clwh15). Returns the index
    of the semicolon, or None.

    - "Officials said the port was shelled; residents fled north." (content: the port was shelled);
    - "The Kremlin said the drills were routine; they began a week after the talks collapsed.";
    - not "affirmed that A; that B; and that C" (a series of that-clauses: one claim), nor a semicolon inside
      the speaker's quotation.
    """
    if not content or content[0].i < tok.i:
        return None
    doc = tok.doc
    for t in content:
        if t.text != ";" or t.i + 1 >= len(doc) or _in_quote(t, offset, quotes):
            continue
        nxt = doc[t.i + 1]
        if nxt.lower_ in ("that", "and", "or", "but") or nxt.i > content[-1].i:
            continue
        rest = {x.i for x in content if x.i > t.i}
        if any(x.dep_ in _SUBJ_DEPS and x.head.i in rest and x.head.pos_ in ("VERB", "AUX") for x in doc[t.i + 1:]
               if x.i in rest):
            return t.i
    return None


def _writers_present_rebuttal(tok, c, x) -> bool:
    """A "but" clause in the present after a past cue whose reported clause is in the past or a past modal:
    no backshift, so it is the writer's word on what was said, not part of it (clwh15, White House remarks).

    - "Putin believed that NATO would splinter, but NATO is stronger than ever." (content: NATO would splinter);
    - "The Kremlin claimed that its troops had withdrawn, but its tanks are still in the city.";
    - not "The authority says the lab received the licence, but equipment needs to be calibrated" (a present
      cue: the "but" clause is what the authority says too).
    """
    def present(v) -> bool:
        return v.tag_ in ("VBZ", "VBP") and not any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("MD", "VBD")
                                                      for a in v.children) \
            or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in v.children)
    return tok.tag_ == "VBD" and present(x) and not present(c)


def _passive_accusation_content(of) -> list:
    """The content of a passive accusation: what the accused is said to have done, after "of" — as for the
    active "accused Russia of [meddling …]" (the labelling guides' span); the accused subject and the frame
    "is accused of" are no part of it. Real cases (TR-News): "Fernando Suarez, who heads the King Juan Carlos
    University in Madrid, is accused of [repeatedly copying other people's work without giving credit]";
    "The chancellor … has himself been accused of [plagiarising]"; "He has been accused of [copying other
    historians' work …]". (Before, the content ran from the subject, so a long subject made it fail the
    half-overlap match with the labelled span.) A noun conjunct or phrase the parser hung on the verb after
    the of-phrase ("accused of copying other historians' work [and that of his students, over a period of up
    to 10 years]") goes on with it; an agent ("by prosecutors") or a conjoined clause ("and he denied it") ends it.
    """
    content = [t for t in of.subtree if t.i != of.i]
    verb, end = of.head, of.right_edge.i
    reach = end  # (a comma or "and" goes on only when a phrase follows it)
    for c in verb.children:
        if c.i <= of.i:
            continue
        if c.left_edge.i != reach + 1:
            break
        if c.dep_ in ("cc", "punct"):
            reach = c.right_edge.i
        elif c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
            end = reach = c.right_edge.i
        else:
            break
    doc = of.doc
    return [doc[i] for i in range(of.i + 1, end + 1)] if end > of.right_edge.i else content


def _clause_on_misread_call_sign(tok):
    """(call sign, clause) when the tagger read a broadcaster's call sign after the cue's object as a modal or an
    adverb and hung the that-clause on it (round cltr17): "The governor told local radio station WKYT that the
    road would stay closed until Monday" (WKYT tagged MD: no claim at all); "told radio station WKYT that …" (WKYT
    itself made the complement: the content began with it). The clause is the content, the call sign the channel.
    Not a name the parser read as one (the ordinary path), nor a lower-case or longer word
    (crime_news.bare_call_sign's shape)."""
    for c in tok.children:
        if c.i > tok.i and c.pos_ not in ("PROPN", "NOUN") and crime_news.call_sign_shape(c.text):
            clause = next((x for x in list(c.children) + list(tok.children)
                           if x.dep_ == "ccomp" and x is not c and x.left_edge.i == c.i + 1
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)), None)
            if clause is not None:
                return c, clause
    return None


def _quotation_after_colon(tok, comp: list, chosen, doc):
    """The complement a colon and an opening quotation mark announce, when the cue has another complement before
    it (round cltr17): the quoted words are what was said, the phrase before the colon what they are about. Real
    case (TR-News): 'Mr Trump acknowledged the bitterness still remaining after the bruising election campaign:
    "It doesn't go quickly, unfortunately, but we have before us the chance …"' (the parser made "the bitterness
    still remaining" a clause; it was taken as the content). Also 'The minister admitted the delays in the north:
    "We did not have enough trucks."'. None when no quotation follows a colon, or when the chosen complement is a
    finite clause ("conceded the army had lost ground: '…'": that clause is the reported claim)."""
    if chosen is None or chosen.i < tok.i or chosen.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in chosen.children):
        return None
    for x in comp:
        if x.i <= chosen.i or x.dep_ != "ccomp":
            continue
        left = x.left_edge.i
        if doc[left].text not in _QUOTE_CHARS:  # (the parser may hang the opening mark on the cue)
            left -= 1
        if left > 0 and doc[left].text in _QUOTE_CHARS and doc[left - 1].text == ":" and doc[left - 1].head.i == tok.i:
            return x
    return None


# Subordinators of time that open the writer's circumstance after a closing frame.
_TIME_MARKS = {"before", "after", "while", "as", "since", "until", "when", "once"}


def _circumstance_after_frame(tok, clause, doc) -> bool:
    """A clause after a closing frame's comma opened by a subordinator of time is the writer's circumstance,
    not what was said, though the parser makes it the cue's complement: "North Korea fired several ballistic
    missiles on Wednesday, South Korea's Joint Chiefs of Staff said, days before world leaders gather in
    Gyeongju", "Russia struck Kyiv overnight, officials said, hours after talks ended in Istanbul"."""
    return tok.dep_ == "parataxis" and tok.head.i < tok.i < clause.i and clause.left_edge.i > 0 \
        and doc[clause.left_edge.i - 1].text == "," \
        and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in clause.children)


def _reduced_relative_as_clause(tok, clause, doc) -> bool:
    """A participle after a noun, with no subject and no "that", which the parser made the cue's complement is a
    reduced relative of that noun, not what was said (war18, a film review):

    - "Director Anja Kessler has said little about the film in public, which suits a story told almost entirely
      in silences." ("told …" modifies "story": no claim);
    - "The minister said little about the offensive, which surprised reporters told to expect an announcement.";
    - not "The army said troops told to withdraw had refused." ("troops" is the clause's subject: a claim), nor a
      quotation fragment ('said, "told them to leave"').
    """
    if clause.dep_ != "ccomp" or clause.i <= tok.i or clause.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("mark", "aux", "auxpass") for c in clause.children):
        return False
    left = clause.left_edge.i
    if left != clause.i or left == 0:
        return False
    prev = doc[left - 1]
    # (the noun is the object of a relative or adverbial clause of its own, between the cue and the participle)
    return prev.pos_ in ("NOUN", "PROPN") and prev.i > tok.i + 1 and prev.dep_ in ("dobj", "pobj", "attr") \
        and (prev.head if prev.dep_ != "pobj" else prev.head.head).dep_ in ("relcl", "acl", "advcl") \
        and prev.head.i != tok.i


def _fronted_passive_hedge(tok) -> bool:
    """A passive report fronted as a participle before the clause it hedges: its infinitive says something of the
    main clause's subject, which is the topic, not the speaker, and nobody is named (war18, sports and wire
    copy):

    - "Said to be the subject of interest from two clubs, Hartley has now scored nine goals." (unnamed: Hartley is
      said to be …);
    - "Said to have been built in the 1950s, the bunker is now a museum.";
    - "Believed to be in his sixties, the commander was last seen in March.";
    - not "Asked about the strike, the minister said …" (no infinitive: the minister speaks).
    """
    if tok.i != tok.sent.start or tok.dep_ not in ("advcl", "ccomp", "csubj") or tok.tag_ not in ("VBN", "VBD"):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children) and tok.head.i > tok.i


def _instruction_infinitive(tok, lemma: str, comp) -> bool:
    """An active "say" whose only complement is a bare to-infinitive gives an instruction or an order, which
    asserts nothing (claims_gold.md rule 13; war18, a how-to page):

    - "The manual says to replace the filter every six months." (no claim);
    - "The commander said to hold the line until dawn.", "The guidance said to avoid the area.";
    - not "Iran is said to have shipped drones" (a passive report), nor "The group claimed to have killed
      dozens of soldiers" (another verb: a claim).
    """
    if lemma != "say" or any(c.dep_ == "auxpass" for c in tok.children) or len(comp) != 1:
        return False
    x = comp[0]
    return x.dep_ == "xcomp" and x.i > tok.i and x.tag_ == "VB" and x.lemma_ not in ("have", "be") \
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in x.children)


# Cue verbs with an everyday sense of going on or adding up: after a quotation they frame it only when their subject
# can speak ('"…" / he continued.' does; '"…" / The war continued on Monday.' does not)
_GOING_ON_VERBS = {"continue", "add", "go", "note", "point", "conclude", "answer", "reply", "follow", "observe"}


def _thing_goes_on(tok, lemma: str, subj) -> bool:
    """A sentence after a quotation whose cue verb tells of a thing going on, not of a speaker going on with the
    quotation (round clprec20; a quoted headline followed by the story's first sentence):

    - 'Zelensky: "We will not trade territory for peace"' / "The war continued on Monday." (no frame: no claim of
      the war's);
    - '"…" / Fighting continued overnight.' (none);
    - not '"…" / he continued.', '"…" / the minister added.', '"…" / Ukraine's army noted.' (speakers).
    """
    if lemma not in _GOING_ON_VERBS or subj is None:
        return False
    return subj.tag_ in ("NN", "VBG") and not _can_speak(subj) and not subj.ent_type_


_GENERIC_DETS = {"a", "an", "any", "every", "no"}
_GENERIC_MODALS = {"should", "must", "can", "cannot", "could", "would", "might", "may", "ought"}


def _appositive_said_to(tok) -> list | None:
    """A passive hedge set off after its noun, "X, said to …, <verb> …", that the parser read as X's own "said" with
    the main verb as its conjunct: nobody is named, X is what the hedge is about (round clprec20; claims_gold.md rule
    15, "is said to"). Returns the content (X and the hedged predicate) or None.

    - "The drone, said to have been launched from Belarus, crashed in a field." → unnamed: "The drone, said to have
      been launched from Belarus";
    - "The commander, said to be close to the minister, was dismissed on Friday." → unnamed;
    - not "The minister said to reporters that …" (no comma before it), nor "He said, to applause, that …".
    """
    doc = tok.doc
    if tok.lower_ != "said" or tok.i < 2 or doc[tok.i - 1].text != "," or tok.i + 1 >= len(doc) \
            or doc[tok.i + 1].lower_ != "to":
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.left_edge.i == tok.i + 1), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if comp is None or subj is None or subj.right_edge.i not in (tok.i - 2, tok.i - 1):
        return None
    end = comp.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    return _trim(list(doc[subj.left_edge.i:end + 1]))


def _generic_speaker(tok) -> bool:
    """A cue in the present-tense relative clause of an indefinite noun that is the subject of a modal main clause:
    a kind of speaker the writer supposes, not one who spoke (round clprec20, op-eds):

    - "A government that claims to defend civilians should not bomb hospitals." (no claim);
    - "Any army that says it respects the laws of war must let the inspectors in." (none);
    - not "A soldier who says he saw the attack was questioned by police." (a past main clause: one soldier spoke),
      nor "The government, which claims the strike was legal, must answer the court." (a definite speaker).
    """
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    ante = tok.head
    if ante.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS
                                                     for c in ante.children):
        return False
    if ante.dep_ not in _SUBJ_DEPS:
        return False
    main = ante.head
    return any(c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS for c in main.children)


def _verb_claim(tok, lemma: str, doc, offset: int, quotes) -> _Found | None:
    lex = _lexicon()
    frame_platforms: list = []
    stance = lex.stance.get(lemma, "assert")
    is_deny_verb = lemma in lex.lemmas("deny") or (lemma in lex.lemmas("phrasal") and stance == "deny")
    is_label = lemma in lex.lemmas("label")
    comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
            # (not a sentential relative after a closing frame: "…, Spangler and Miller said, which is why …")
            and not (tok.dep_ == "parataxis" and c.i > tok.i and c.left_edge.tag_ == "WDT"
                     and doc[c.left_edge.i - 1].text == ",")
            and not _circumstance_after_frame(tok, c, doc)
            and not _reduced_relative_as_clause(tok, c, doc)]
    # "reiterated X and that the United States stands with ...": a that-clause parsed as a conjunct
    comp += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    dobj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
    if lemma == "agree" and not any(c.dep_ == "ccomp" and c.i > tok.i for c in comp):
        return None  # "agrees with the CIA's conclusion that …": the conclusion is the CIA's claim (recall round 9)
    if lemma in _CLAUSE_ONLY_CUES and not any(c.dep_ == "ccomp" for c in comp):
        return None  # "The family considered locations …": a view needs its clause, it frames no quotation
    if _instruction_infinitive(tok, lemma, comp):
        return None  # "The manual says to replace the filter every six months": an instruction (war18)
    if _generic_speaker(tok):
        return None  # "A government that claims to defend civilians should not bomb hospitals" (round clprec20)
    hedge = _appositive_said_to(tok)
    if hedge is not None:
        return _Found(tok, "said to", "assert", None, hedge, {t.i for t in hedge}, kind="verb", unnamed=True)
    if not comp:
        # "The New York Times reported, citing two officials, that …": the parser hangs the clause on "citing"
        comp = [x for c in tok.children if c.dep_ == "advcl" and c.lemma_ == "cite" and c.i > tok.i
                for x in c.children if x.dep_ == "ccomp" and x.i > c.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)][:1]
    misread = _clause_on_misread_call_sign(tok) if not comp or crime_news.call_sign_shape(comp[0].text) else None
    if misread is not None:
        comp = [misread[1]]  # "told local radio station WKYT that …" (the call sign read as a modal)
    if not comp and dobj is None and tok.dep_ == "relcl" and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].tag_ in ("VBZ", "VBD", "VBP", "MD") and tok.i in {a.i for a in doc[tok.i + 1].subtree} \
            and sum(c.dep_ in _SUBJ_DEPS for c in tok.children) == 2 \
            and any(c.tag_ in ("WDT", "WP") and c.dep_ in _SUBJ_DEPS and c.i < tok.i for c in tok.children):
        # "…, which the Vice President underscored is an essential element of …": the parser made the reported
        # predicate the main verb and the relative pronoun the cue's subject; the content is that predicate
        nxt = doc[tok.i + 1]
        content = _trim([t for t in nxt.subtree if t.i >= nxt.i])
        subj = next(c for c in tok.children if c.dep_ in _SUBJ_DEPS and c.tag_ not in ("WDT", "WP"))
        if _words(" ".join(t.text for t in content)) >= 3 and not _unreal(tok, lemma):
            return _Found(tok, lemma, stance, subj, content, {t.i for t in content}, kind="verb")
    if not comp:
        misplaced = _misplaced_clause(tok, lemma, dobj)
        if misplaced is not None:
            comp = [misplaced]
            if misplaced is dobj:
                dobj = None  # (the object was the clause's subject: "said more than 15,000 people registered")
    subj = _subject_of(tok, lambda t: _in_quote(t, offset, quotes))
    if not comp:
        closing = _closing_frame_read_as_adverbial(tok, lemma, subj, doc)
        if closing is not None and not _unreal(tok, lemma):
            return _Found(tok, lemma, stance, subj, closing, {t.i for t in closing}, kind="verb")
    if lemma == "discover" and not crime_news.investigators_discovered(subj):
        return None  # "she discovered that prices had climbed": a realisation, not a finding (round gvc16)
    if lemma in _RULING_VERBS and subj is not None and subj.lemma_.lower() in _COURT_NOUNS:
        return None  # "a judge declared him incompetent to stand trial", "a civil panel determined that …": a ruling
    quoted_by: list = []
    if subj is None and tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_ in _QUOTING_VERBS:
        # "Peskov was quoted as saying that …" (by the agent: "quoted by TASS as saying"), "TASS quoted Peskov
        # as saying …": the one quoted speaks, the one quoting relays
        quote = tok.head.head
        quoted_subj = next((c for c in quote.children if c.dep_ == "nsubjpass"), None)
        if quoted_subj is not None:
            subj = quoted_subj
            quoted_by = [p for a in quote.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:
            subj = next((c for c in quote.children if c.dep_ == "dobj"), None)
            quoted_by = [c for c in quote.children if c.dep_ == "nsubj"] if subj is not None else []
        if not comp and subj is not None:
            # '"The talks have failed," the Interfax news agency quoted Lavrov as saying.': the quotation before is
            # the content (recall round 9)
            comp = [c for c in quote.children if c.dep_ == "ccomp" and c.i < quote.i][:1]
    appos_speaker = False
    if subj is None and comp and comp[0].i < tok.i:
        # '"…," a fellow court judge, who did not want to be named …, told CNN.': the parser hung the speaker on
        # the quotation as an apposition after its closing mark (and the hearer, CNN, is no speaker)
        close = max((t.i for t in comp[0].subtree if t.tag_ == "''"), default=None)
        if close is not None:
            subj = next((t for t in comp[0].subtree if t.dep_ == "appos" and close < t.i < tok.i
                         and t.left_edge.i > close), None)
            appos_speaker = subj is not None
    speaker_cut = None
    if subj is None and comp and comp[0].i < tok.i and tok.i >= 3 and doc[tok.i - 1].pos_ == "PROPN" \
            and all(t.is_punct or t.dep_ == "npadvmod" or t.ent_type_ in ("DATE", "TIME") for t in doc[tok.i + 1:]):
        # "Amelia Crolley was charged with DUI, Department of Public Safety spokesman Sid Gaulden said.": the parser
        # swallowed the closing frame's speaker into the clause; the words after the clause's last comma name it
        comma = max((t.i for t in doc[comp[0].i:tok.i] if t.text == ","), default=None)
        if comma is not None and comma + 1 < tok.i - 1 and not any(
                t.pos_ in ("VERB", "AUX", "PRON") or t.text in _QUOTE_CHARS for t in doc[comma + 1:tok.i]) \
                and doc[tok.i - 1].ent_type_ == "PERSON":
            subj, speaker_cut = doc[tok.i - 1], comma
    if subj is None and comp and comp[0].i < tok.i and speaker_cut is None:
        swallowed = _swallowed_closing_speaker(tok, comp[0])
        if swallowed is not None:
            subj, speaker_cut = swallowed, swallowed.left_edge.i - 1
    if (subj is None or subj.head.i == tok.head.i) and not comp and dobj is None and tok.dep_ == "conj" \
            and tok.head.i < tok.i and not any(c.dep_ in _SUBJ_DEPS for c in tok.children) \
            and doc[tok.i - 1].text == "," and tok.tag_ == "VBD" \
            and all(t.is_punct or t.i in {x.i for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod")
                                          for x in c.subtree} for t in doc[tok.i + 1:]):
        # "The designation lets the city begin negotiating with the owners, Brian M. Connors, acting city chief
        # development officer, said before the meeting.": the parser made the closing frame's speaker a conjunct
        # of the clause's last noun and the cue a conjunct of its verb (recall round 9)
        name = next((t for t in reversed(doc[:tok.i - 1]) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                     and t.dep_ in ("conj", "appos") and t.head.i < t.i), None)
        if name is not None and doc[name.left_edge.i - 1].text == "," and not any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text in _QUOTE_CHARS for t in doc[name.left_edge.i:tok.i]) \
                and name.left_edge.i - 1 > tok.head.i:
            subj, speaker_cut = name, name.left_edge.i - 1
            comp = [tok.head]
    frame_advcl = False
    if not comp and dobj is None:
        two = _closing_frame_with_two_subjects(tok)
        if two is not None:
            comp, subj = two
    if not comp and dobj is None and tok.dep_ == "advcl" and tok.head.i < tok.i and doc[tok.i - 1].text != "," \
            and tok.tag_ in ("VBD", "VBZ") and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
            and not any(c.dep_ in ("mark", "aux", "neg") for c in tok.children) \
            and all(t.is_punct for t in doc[tok.i + 1:]):
        s0 = next(c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i)
        if s0.left_edge.i > 0 and doc[s0.left_edge.i - 1].text == "," \
                and not any(c.dep_ == "advmod" and c.i > s0.i for c in tok.children):
            # "A day earlier, two villagers died …, also after rain-triggered landslides, Xinhua reported.": the
            # parser hung the closing frame on the clause as an adverbial (recall round 9)
            comp, frame_advcl = [tok.head], True
    if not comp and dobj is None and _closing_frame_as_conjunct(tok):
        s0 = next(c for c in tok.children if c.dep_ in _SUBJ_DEPS)
        comp, frame_advcl = [tok.head], True
    inverted = subj is None and dobj is not None and dobj.i > tok.i and comp and comp[0].i < tok.i
    if inverted:
        subj = dobj  # inverted: "…, said another witness, Fiona Hill"
        dobj = None
    if lemma in lex.lemmas("belief") and any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _MAYBE
                                               for c in tok.children):
        # "Police do not suspect that alcohol played a role": negated cognition asserts nothing; "countries that
        # maybe think …" supposes a belief nobody stated
        return None
    if _unreal(tok, lemma) or _inside_unreal(tok):
        return None  # "he's going to say …", "President Biden will reaffirm …": nothing has been said yet
    if tok.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # a headline's plan: "Peres to tell EU: Netanyahu will advance peace" (round 9)
    if lemma in _EVIDENCE_VERBS | _INFERENCE_VERBS and tok.dep_ in ("advcl", "xcomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and tok.head.lemma_ not in ("appear", "seem"):
        return None  # "The video had been altered to show Starmer failing …": a purpose, no finding
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        if not (tok.i > 0 and doc[tok.i - 1].text == "," or any(
                c.dep_ == "npadvmod" or c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)) \
                or not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                           for c in tok.children):
            return None  # "the bodies found bearing signs of torture", "the strategy announced today": no speaker
        # "The company, which is expected to …, confirmed on Monday that …": the main verb, parsed as a participle
        subj = tok.head
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ in _OWN_REFLEXIVES for p in c.children)
           for c in tok.children):
        return None  # "saying to yourselves, 'Here we go again'": the document's own voice or its audience's
    if subj is not None and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lower_ in ("you", "us", "me") and p.dep_ == "pobj" for p in c.children) for c in subj.children):
        return None  # "Many of you have said …", "Some of us believe …": the speaker's own side or audience
    if subj is not None and subj.i < tok.i and any(t.text == ":" for t in doc[subj.right_edge.i + 1:tok.i]):
        return None  # "Chief among them: fear that …": a noun after a heading's colon, no verb with a speaker
    if subj is not None and subj.lemma_.lower() in _IDEA_NOUNS and lemma not in lex.lemmas("belief"):
        return None  # "a mindset that says everything has to be …": an idea is no speaker
    if subj is not None and (subj.lower_ in ("nobody", "none", "no-one") or any(
            c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children)):
        return None  # "No group has admitted carrying out the attack": a negated speaker says nothing
    if subj is not None and _few_speakers(subj):
        return None  # "Few people thought that Ukraine could survive": nearly nobody, negated cognition (clwh15)
    if subj is not None and comp and comp[0].i < tok.i and any(t.tag_ in ("WP", "WDT") and t.dep_ == "pobj"
                                                                 for t in subj.subtree):
        return None  # "…coordinated with partners, many of whom will announce …": a relative clause misparsed
    recipients: list = list(quoted_by) + crime_news.spoke_to_outlet(tok)  # "spoke to KSL, saying …"
    if misread is not None:
        recipients.append(misread[0])
    if subj is not None and subj.pos_ == "NOUN":
        recipients += crime_news.platform_page_of_source(subj)  # "A statement on the department's Twitter account said"
    content: list = []
    denyobj = set(lex.forms("denyobj"))

    if is_label:
        # "called the reports groundless / a fabrication", "dismissed ... as baseless"
        words = {t.lower_ for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "dobj")
                 for t in c.subtree}
        if dobj is None and not words & set(lex.forms("denyword")) and lemma == "describe" \
                and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
            is_label, stance = False, "assert"  # '"… It was an attack," Dr. Maggard described.': a frame
        elif not words & set(lex.forms("denyword")) or dobj is None:
            return None
    if is_label:
        content = [t for t in dobj.subtree]
        return _Found(tok, lemma, "deny", subj, _trim(content), {t.i for t in tok.subtree} - _frame_ids(tok, subj),
                      kind="label")

    if lemma in crime_news.PASSIVE_ACCUSING and dobj is None and subj is not None and subj.dep_ == "nsubjpass":
        # "Iran is accused of supplying drones": the accused is the topic; the accuser unnamed (or the agent)
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in of.children):
            return None  # "was accused of rape": a plain noun is no proposition (claims_gold rule 9)
        content = _passive_accusation_content(of)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        accuser = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        # (no accuser named: "is now accused of murdering two women" — a claim whose source is left unnamed;
        # not in a relative clause, whose antecedent is the object: "the two women she's accused of gunning down")
        if accuser is None and tok.dep_ in ("relcl", "acl"):
            return None
        return _Found(tok, lemma, "assert", accuser, _trim(content), {t.i for t in content}, kind="verb",
                      unnamed=accuser is None)

    if lemma == "accuse" and dobj is not None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            # "accused the government and its allies of scuttling the deal": the parser hung "of" on the
            # last conjunct of the object; only with a gerund (a plain noun is no proposition, rule 9)
            of = next((c for c in dobj.subtree if c.dep_ == "prep" and c.lower_ == "of"
                       and any(x.dep_ == "pcomp" and x.tag_ == "VBG" for x in c.children)), None)
        if of is None:
            return None
        # the content is what the accused is said to have done, after "of" (the labelling guides' span: "accused
        # Russia of [meddling in its democratic process]"); the accused is its topic
        content = [t for t in of.subtree if t.i != of.i]
        return _Found(tok, lemma, "assert", subj, _trim(content), {t.i for t in content}, kind="verb")

    if lemma == "claim" and dobj is not None and dobj.lemma_.lower() in lex.lemmas("claimobj"):
        # "claimed responsibility for the attack": a claim whose content is the object ("claimed the attack in a
        # post on Telegram": where it was claimed is frame — round clprec20)
        frame = _trailing_frame_phrases(dobj)
        content = _clause_tokens(dobj, frame)
        return _Found(tok, lemma, "assert", subj, content, {t.i for t in content}, kind="verb",
                      recipients=[t for t in dobj.subtree if t.i in frame and t.dep_ == "pobj" and _is_platform(t)])

    if lemma in _NEUTRALITY_CUES and dobj is not None and {t.lower_ for t in dobj.subtree} & denyobj:
        # "maintaining claims of impartiality", "China maintains its neutrality": a denial of involvement
        if tok.dep_ in ("advcl", "conj") and tok.head.lower_ in lex.forms("deny"):
            return None  # elaborates the denial it hangs on ("continue to deny X, maintaining ...")
        content = _clause_tokens(dobj)
        return _Found(tok, lemma, "deny", subj, content, {t.i for t in content}, kind="verb")

    prop = _proposition_object(dobj)
    if prop is not None and not comp:
        # "reiterated the UK's position that …", "disputed the notion that …": the clause is the content
        content = _clause_tokens(prop, cue=tok)
        if is_deny_verb:
            stance = "deny"
    elif comp:
        after = [x for x in comp if x.i > tok.i and x.dep_ == "ccomp" and (
            any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
            or any(y.dep_ in _SUBJ_DEPS for y in x.children) and not (
                _parenthetical_gap(comp[0], doc) and not _semicolon_before(comp[0], tok)))]
        # "How people think …: the group said that …", "… – on the day it is alleged he raped …"
        c = after[0] if after and comp[0].i < tok.i else comp[0]
        if after and c.dep_ == "xcomp" and c.i < after[0].i and not (is_deny_verb or lemma in _XCOMP_CUES):
            c = after[0]  # "told cheering teachers that they weren't …": a participle misread as the complement
        c = _quotation_after_colon(tok, comp, c, doc) or c
        if c.i < tok.i and lemma != "tell" and not inverted and not (subj is not None and subj.i > tok.i) and any(
                x.i > tok.i and (x.dep_ in ("dobj", "xcomp") or x.dep_ == "ccomp" and x.i != c.i)
                and not (_in_quote(x, offset, quotes) and _in_quote(c, offset, quotes))
                for x in tok.children):
            # ('"This is a test," Biden said, "and we will meet it."': a quotation split around the frame goes on
            # after it; its second part is no object of the verb's own)
            # "…; she announced $7.5 million in new assistance", "…, Putin declared his war": the verb's own
            # object follows it, so the clause before is no parenthetical report
            return None
        if c.dep_ == "xcomp" and not (is_deny_verb or lemma in _XCOMP_CUES):
            return None  # "told them to leave", "maintaining ... to contend with": no reported content
        if c.tag_ == "VB" and not any(x.dep_ in _SUBJ_DEPS | {"aux", "auxpass", "mark"} for x in c.children):
            return None  # 'he said give it to a very brave president': an order, not a proposition
        adverbial = {y.i for x in tok.children if x.i > tok.i and x.dep_ in ("npadvmod", "advmod", "prep")
                     for y in x.subtree}  # ("found at the scene of the rape was …")
        if c.dep_ == "ccomp" and c.i > tok.i and c.tag_ in ("VBZ", "VBD", "VBP") and subj is not None \
                and not any(x.dep_ in _SUBJ_DEPS | {"expl", "csubj", "mark"} for x in c.children) \
                and not any(x.is_punct or x.i in {y.i for y in subj.subtree} for x in doc[tok.i + 1:c.left_edge.i]) \
                and all(x.dep_ in ("npadvmod", "advmod") or x.ent_type_ in ("DATE", "TIME") or x.i in adverbial
                        for x in doc[tok.i + 1:c.i]):
            # "The … Strategy announced today builds on …": a reduced relative ("the strategy [that was]
            # announced today") the parser made the cue; a finite clause without a subject reports nothing
            return None
        if c.dep_ == "ccomp" and c.i > tok.i and subj is not None and c.tag_ == "VBN" \
                and any(x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBZ", "VBP") for x in c.children) \
                and not any(x.dep_ in _SUBJ_DEPS | {"expl", "csubj", "mark"} for x in c.children) \
                and all(not x.is_punct and (x.i in adverbial or x.head.i == c.i and x.dep_ in ("aux", "auxpass", "neg"))
                        for x in doc[tok.i + 1:c.i]):
            return None  # "A body found this weekend in the river was identified Monday": the same, in the passive
        raising = c.dep_ == "xcomp" and lemma in lex.lemmas("belief") | {"estimate"}
        passive = any(x.dep_ == "auxpass" for x in tok.children)
        if raising and (passive and lemma == "expect" or not (dobj is not None and dobj.i < c.i or passive)):
            # (also "is expected to be completed": a schedule, not somebody's belief)
            return None  # "if they expect to stay relevant": an intention, not a belief about the world
        if c.dep_ == "xcomp" and dobj is not None and dobj.i < c.i and not raising:
            return None  # "admitted 1.4 million refugees, overwhelming …": the object, not a report
        if lemma == "find" and _found_small_clause(c):
            return None  # "they found a woman suffering from stab wounds": something seen, no finding
        if c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and (m.lower_ == "whether" or m.lower_ == "if"
                                                                           and lemma in _IF_QUESTION_VERBS)
                                                     for m in c.children):
            # (also "reviewing its agreement with Wal-Mart to determine if the state can recoup money", round clnews15)
            return None  # "check records to find whether the driver has warrants", "argue whether or not …": a question
        content = _clause_tokens(c, cue=tok)
        content = _trim(content + _predicate_after_dangling_and(tok, c, content))
        content = _trim(content + _participles_listed_after_the_clause(tok, c, content))
        content = _trim(content + _semicolon_that_series(tok, c, content))
        cut = _writers_clause_after_semicolon(tok, content, offset, quotes)
        if cut is not None:
            content = _trim([t for t in content if t.i < cut])
        if frame_advcl:
            content = _trim([t for t in content if t.i < s0.left_edge.i - 1])
        if c.dep_ == "ccomp" and c.i > tok.i and dobj is not None and tok.i < dobj.i < c.i and content \
                and content[0].i > dobj.right_edge.i and dobj.pos_ in ("NOUN", "PROPN") \
                and not any(x.dep_ in _SUBJ_DEPS or x.dep_ == "expl" for x in c.children) \
                and (c.tag_ in ("VBZ", "VBD", "VBP") or any(
                    x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBZ", "VBD", "VBP", "MD") for x in c.children)):
            # "Police said her boyfriend Christopher Grier, of the 700 block of Knox Road, is suspected in …": the
            # parser made the clause's subject, set off by its appositions, the cue's object
            content = _trim(list(doc[dobj.left_edge.i:content[0].i]) + content)
        if c.i < tok.i and content:
            # "Selling a product is difficult, but altering behavior is much more difficult, Hege said": the parser
            # hung each clause of the report on the frame
            for x in comp:
                if x.dep_ == "ccomp" and c.i < x.i < tok.i and x.left_edge.i == content[-1].i + 1:
                    content = content + _clause_tokens(x, cue=tok)
        first = _first_conjunct_of_report(tok, c, content)
        if first is not None:
            content = _trim(list(doc[first:content[0].i]) + content)
        if speaker_cut is not None:
            content = _trim([t for t in content if t.i < speaker_cut])
        if appos_speaker:
            content = _trim([t for t in content if t.i < subj.left_edge.i])  # (the speaker hung on the quotation)
        if c.i < tok.i and subj is not None and c.i < subj.i < tok.i and content \
                and subj.left_edge.i == content[-1].i + 1 and subj.pos_ == "NOUN" \
                and content[-1].text not in _QUOTE_CHARS:  # (round clprec20: '"…," the agency's field
            # director, Anna Brenner, told reporters' — a closed quotation ends the words; the frame's subject
            # and its named apposition follow)
            ap = next((x for x in subj.children if x.dep_ == "appos" and x.i > subj.i and x.pos_ == "PROPN"
                       and doc[x.left_edge.i - 1].text == ","), None)
            if ap is not None:
                # "The strike killed at least 12 people, regional governor Oleh Syniehubov said": the parser made
                # the clause's object the subject of the cue and the speaker its apposition
                content = content + list(doc[subj.left_edge.i:ap.left_edge.i - 1])
                subj = ap
        nxt = next((x for x in tok.children if x.dep_ == "ccomp" and x.i > c.i), None)
        if c.dep_ == "ccomp" and c.i > tok.i and nxt is not None and content and nxt.left_edge.i > content[-1].i \
                and all(t.tag_ == "-RRB-" for t in doc[content[-1].i + 1:nxt.left_edge.i]):
            # "Witnesses said [it appeared the fire] [may have started as …]": one clause parsed as two (also
            # over a closing bracket: "reports [running back Reggie Bush (knee)] [will miss the rest of the
            # season]", claims round 13)
            content = content + list(doc[content[-1].i + 1:nxt.left_edge.i]) + _clause_tokens(nxt, cue=tok)
        if c.i < tok.i and content and content[-1].i < tok.i:
            # "It's unclear if the stores will reopen, he added, because he cannot be in the province": a
            # reason clause after a parenthetical frame goes on with the content
            for x in tok.children:
                if x.dep_ == "advcl" and x.i > tok.i and any(
                        m.dep_ == "mark" and m.lower_ in _CONTINUING_MARKS for m in x.children):
                    content = content + [t for t in x.subtree]
        if c.dep_ == "ccomp" and c.i > tok.i and tok.tag_ == "VBD" and content:
            # "They noted that the transfer increases the suffering, violates resolutions, undermines the regime,
            # and has implications": the parser hung the list's last verbs on the cue; present tense after a past
            # cue goes on with the content, not with the speaker's next act
            for x in tok.children:
                if x.dep_ == "conj" and x.i > content[-1].i and x.tag_ in ("VBZ", "VBP") \
                        and c.tag_ in ("VBZ", "VBP") and not any(y.dep_ in _SUBJ_DEPS for y in x.children) \
                        and x.lower_ not in lex.forms("verb"):
                    content = sorted({t.i: t for t in content + list(doc[content[-1].i + 1:x.right_edge.i + 1])}
                                     .values(), key=lambda t: t.i)
            content = _trim(content)
        if c.dep_ == "ccomp" and c.i > tok.i and content and not inverted:
            # "The authority says the lab received the licence last week, but equipment needs to be calibrated":
            # the parser hung the "but" clause on the cue; with a subject of its own that is a thing or another
            # party (not a pronoun, not the speaker: "…, but it gave no details" is the writer's), it qualifies
            # what was said and goes on with the content
            for x in tok.children:
                cc = [y for y in tok.children if y.dep_ == "cc" and content[-1].i < y.i < x.i]
                xs = next((y for y in x.children if y.dep_ in ("nsubj", "nsubjpass", "expl")), None)
                # (also an expletive or impersonal subject: "…, but there could be a return to growth", "…, but
                # after further investigations, it had been made clear that …" go on with what was explained)
                # (not "…, but there is no word on a motive" after a past cue: the writer's present, no backshift)
                impersonal = xs is not None and _impersonal_passive(x, xs)
                expletive = xs is not None and xs.dep_ == "expl" and not (
                    tok.tag_ in ("VBD", "VBN") and x.tag_ in ("VBZ", "VBP"))
                if x.dep_ == "conj" and x.i > content[-1].i and cc and cc[-1].lower_ == "but" \
                        and xs is not None and (xs.pos_ in ("NOUN", "PROPN") or expletive or impersonal) \
                        and not _writers_present_rebuttal(tok, c, x) and not _verification_caveat(x) \
                        and not (subj is not None and xs.lemma_.lower() == subj.lemma_.lower()) \
                        and not any(t.text in _QUOTE_CHARS or t.lower_ in CUE_WORDS and not impersonal
                                    and (t.pos_ != "NOUN" or any(y.dep_ in ("acl", "ccomp") for y in t.children))
                                    for t in doc[content[-1].i + 1:x.right_edge.i + 1]):
                    content = _trim(content + list(doc[content[-1].i + 1:x.right_edge.i + 1]))
                    break
        if raising and dobj is not None and dobj.i < c.i:  # "forecasters expect supply to exceed demand"
            content = sorted(list(dobj.subtree) + content, key=lambda t: t.i)
        if c.dep_ == "ccomp" and _words(" ".join(t.text for t in content)) < 3 and not (
                c.tag_ in ("VBZ", "VBD", "VBP") and c.lower_ not in ("is", "was", "are", "were")
                and any(x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN") for x in c.children)):
            return None  # a fragment ("That is", "we ca") is no proposition; "fighting continues" is one
        if c.dep_ == "xcomp" and _words(" ".join(t.text for t in content)) < 3 and not (
                is_deny_verb and c.tag_ == "VBG" and any(x.dep_ in ("dobj", "prep") for x in c.children)):
            # ("China denies supplying Russia": a denied act with its object is a proposition, session 13)
            # "Murder-Suicide Suspect Claimed to Be 'Psychic Medium'" (a headline whose quoted words the parser cut
            # off): a bare "to be" states nothing; "claimed to be retired military" does (claims round 13)
            return None
        if tok.dep_ == "relcl" and c.i > tok.i and content and content[0].i < tok.i \
                and content[0].tag_ in ("WDT", "WP") and content[0].dep_ in _SUBJ_DEPS:
            # "the missile, which Kyiv says was aimed at a power plant", "…, which the Vice President underscored
            # is an essential element of …": the relative pronoun is the clause's subject; the content is what
            # is said of it, after the frame
            content = _trim([t for t in content if t.i > tok.i])
        if content and content[0].lower_ == "what" and content[0].dep_ in _SUBJ_DEPS and content[0].head.i == c.i \
                and content[0].i < tok.i < c.i and tok.head.pos_ == "ADP":
            # "in what their party leader said was a campaign of terror": a free relative; what was said is the
            # predicate after the frame
            content = _trim([t for t in content if t.i > tok.i])
        if content and content[0].lower_ in _WH_WORDS and not _after_that(content[0]) \
                and not (content[0].dep_ == "mark" and content[0].head.i != c.i and content[0].lower_ in ("if", "when")) \
                and not _opens_adverbial_clause(content[0], c) \
                and not (c.i > tok.i and _in_quote(content[0], offset, quotes)):
            # (a quotation opening with a question goes on as a quotation: 'Peskov said, “Why would we attack a
            # hospital? We have no reason to.”' — its questions are left out later)
            return None  # "explained how ...", "asked whether ...": a question, not a proposition
        rest = _predicate_after_relative(c, comp, lemma)
        if rest is not None:
            content = _trim(list(doc[content[0].i:rest.right_edge.i + 1]))
        if c.dep_ == "ccomp" and rest is None and _subjunctive(c, lemma in _MANDATIVE_CUES) and not (
                lemma not in _MANDATIVE_CUES and any(
                x.dep_ in _SUBJ_DEPS and (x.tag_ in ("NNS", "NNPS") or x.lower_ in ("they", "we", "you"))
                for x in c.children)):
            # ("The report found people feel unsafe": a plural's present tense tagged as a bare verb is no
            # subjunctive after a cue that gives no advice — recall round 9)
            return None  # "suggested that the President change his diet": advice, not a proposition
    elif lemma in _EVIDENCE_VERBS | {"note", "highlight"} and dobj is not None and dobj.i > tok.i and subj is not None \
            and subj.lemma_.lower() in lex.lemmas("evidence") | set(lex.forms("evidence")) \
            and _finding_object(dobj):
        # "video footage shows riot police smashing windows", "a poll shows majority support for …":
        # a document or image speaks through its object (also what a study "notes": "the study notes the
        # continued decline of …", recall round 9)
        content = _clause_tokens(dobj)
    elif (lemma in ("predict", "forecast") or lemma == "expect" and tok.tag_ in ("VBZ", "VBD", "VBP")
          and subj is not None and subj.lower_ not in ("you", "i", "we") and not any(
              c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)) \
            and dobj is not None and dobj.i > tok.i and dobj.pos_ == "NOUN" \
            and subj is not None:
        # (also "Banning expects narrow approval next month": what somebody expects to happen, recall round 9)
        # "Tal predicts softer markets in Toronto in the year ahead": a forecast is a claim about the world
        content = _trim([t for t in tok.subtree if t.i >= dobj.left_edge.i])
    elif lemma in ("fear", "expect") and _feared_or_expected_event(tok, lemma, subj, dobj):
        content = _trim([t for t in tok.subtree if t.i >= dobj.left_edge.i])
    elif lemma in ("report", "confirm", "announce") and dobj is not None and dobj.i > tok.i \
            and _event_object(dobj):
        # "State media have reported only a handful of protester deaths": an event reported is a claim
        content = _clause_tokens(dobj)
    elif is_deny_verb and dobj is not None:
        # only the denial of a claim ("denied the allegations", "denied involvement"); "deny Russia the
        # ability to borrow", "deny access" withhold something and are no claims
        if dobj.lower_ in _ANAPHORS and not comp and dobj.i > tok.i:
            # "Chinese officials deny it": the denial of what was just reported (rule G: the content is the
            # claim referred to; extract_claims fills it in from the sentence before, session 13)
            return _Found(tok, lemma, "deny", subj, [dobj], {dobj.i}, kind="anaphoric")
        if dobj.lemma_.lower() not in lex.lemmas("claimnoun") and dobj.lower_ not in lex.forms("claimnoun") \
                and not _event_object(dobj) and dobj.lemma_.lower() not in lex.lemmas("deniedact") \
                and not _gerund_read_as_adjective(tok, dobj):
            # (an act denied is a claim that it did not happen: "denied any arms transfers", "denied the
            # attack"; session 13)
            return None
        if any(c.dep_ == "dative" for c in tok.children):
            return None
        if _legal_dismissal(subj, dobj):
            return None  # "A federal judge has dismissed all claims against …", "the county attorney's office
            # dismissed a … charge": a ruling or a prosecutor's act (rule 12), not a denial
        # "dismissed the reports as groundless": the "as ..." label is frame, not content
        label = {t.i for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
        occasion = _trailing_frame_phrases(dobj)  # ("denied involvement in a statement on Monday")
        label |= occasion
        frame_platforms = [t for t in dobj.subtree if t.i in occasion and t.dep_ == "pobj" and _is_platform(t)]
        content = _clause_tokens(dobj, label, cue=tok)
        content = sorted(content + _denied_acts_phrase(tok, dobj), key=lambda t: t.i)
    elif tok.dep_ == "advcl" and subj is not None and tok.head.i != tok.i \
            and (dobj is None or dobj.i > tok.i and _in_quote(dobj, offset, quotes)) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
            and (tok.head.i > tok.i or _as_after_clause(tok, doc)):
        # (also after the clause: "…, as President Truman said 75 years ago", "exactly as our military said")
        # "As Gupta noted at the time, Trump's heart disease meant …": the main clause is the content
        if not any(c.i == subj.i or c.dep_ == "agent" for c in tok.children):
            return None  # "As confirmed during the visit, the capabilities need …": the main subject said nothing
        own = {t.i for t in tok.subtree}
        # "As President Biden said in Vilnius and as NATO allies have agreed, …": a second "as" frame joined to it
        own |= {x.i for c in tok.head.children if c.dep_ in ("advcl", "conj") and c.i != tok.i
                and c.left_edge.i in (tok.right_edge.i + 1, tok.right_edge.i + 2)
                and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for x in c.subtree}
        if dobj is not None:
            # 'We are, as my friend Madeleine Albright said, “the indispensable nation.”': the quoted predicate
            own -= {t.i for t in dobj.subtree} | {t.i for t in tok.children if t.i > dobj.i or t.text in _QUOTE_CHARS}
        # ("as Herbert notes, being able to taste pathogens gives …": the gerund subject after the frame's comma that
        # the parser hung on the frame's verb is the main clause's — claims round clnews15)
        own -= {x.i for c in tok.children if c.i > tok.i and c.dep_ in ("advcl", "csubj", "xcomp") and c.tag_ == "VBG"
                and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," for x in c.subtree}
        content = _trim(_after_frame([t for t in tok.head.subtree if t.i not in own], own))
        lead_rest = _as_frame_after_lead(tok, doc)
        if lead_rest is not None:
            content = lead_rest
    elif tok.dep_ == "parataxis" and subj is not None and tok.head.i > tok.i \
            and (dobj is None or lemma == "tell" and dobj.i > tok.i and dobj.right_edge.i < tok.head.i) \
            and _midsentence_frame(tok, doc):
        # "The tuft cell, Herbert said, is constantly sensing …", "This system, says Locksley, helps …": a frame
        # set between the subject and the predicate of what was said; also with its hearer: "Moscow's aim, one
        # European researcher told me, is …", "The real problem, a diplomat told Reuters, is …" (war18)
        own = {t.i for t in tok.subtree}
        lead = {t.i for t in doc[:tok.left_edge.i] if t.dep_ in ("advmod", "cc") and t.head.i == tok.head.i
                and all(x.is_punct or x.dep_ in ("advmod", "cc") for x in doc[:tok.left_edge.i])}
        content = _trim([t for t in tok.head.subtree if t.i not in own | lead])
    elif tok.dep_ in ("parataxis", "ccomp") and subj is not None and tok.head.i < tok.i \
            and not any(c.dep_ in ("mark", "dobj") for c in tok.children) \
            and (tok.head.lower_ not in _lexicon().forms("verb")
                 # (a round-9 verb used as a plain act is no frame of its own: "Other taxes may be considered, he
                 # said, …")
                 or tok.head.lemma_.lower() in _CLAUSE_ONLY_CUES | _ACT_CUES
                 and not any(c.dep_ == "ccomp" and c.i != tok.i for c in tok.head.children)) \
            and tok.left_edge.i > 0 and (doc[tok.left_edge.i - 1].text in ",;:" + _QUOTE_CHARS
                                         or tok.left_edge.text in ",;:" and tok.left_edge.i < tok.i):
        # parenthetical: "China is helping Russia, Campbell said."
        head = _first_of_reported_conjuncts(tok.head, tok)
        own = {t.i for t in tok.subtree}
        dash_tok = next((c for c in tok.children if c.i > tok.i and c.text in ("—", "–", "--")), None)
        if dash_tok is not None:
            # "…, Rollwagen says — particularly for lower income earners …": after the dash the content goes on
            own = {i for i in own if i < dash_tok.i}
        # (without the speaker's next act after the frame: 'The time had come, he said, "…" but added that …')
        own |= {x.i for t in head.children if t.i > tok.i and _speakers_act(t) for x in t.subtree}
        own |= {t.i for t in head.children if t.dep_ == "cc" and t.i > tok.i
                and any(x.i in own and x.i > t.i for x in head.children if _speakers_act(x))}
        content = _trim([t for t in head.subtree if t.i not in own])
        after = [t for t in content if t.i > max(own)]
        words_after = [t for t in after if not t.is_punct]
        dash = max(own) + 1 < len(doc) and doc[max(own) + 1].text in ("—", "–", "--")
        if words_after and not dash and not any(_in_quote(t, offset, quotes) for t in words_after) \
                and words_after[0].lower_ not in _CONTINUING_MARKS:
            # '"…," Trump has said, hours after the death was announced': the writer's circumstance after the
            # frame is no part of what was said (a quotation, a "because" clause or a dash there is)
            content = _trim([t for t in content if t.i < min(own)])
    else:
        # a direct quote elsewhere in the sentence: 'Peskov said: "We will respond."'
        # (not a quoted name inside the cue's object: 'announced a new "Nuclear Forces Policy Law"')
        own_chain = {tok.i} | {a.i for a in tok.ancestors}
        # (not the quotation of another reporting verb: 'he said, "…" but added that "…"')
        # (nor, for a conjunct, the quotation in the content of the verb it is coordinated with: 'says snowfall
        # has "tapered off," but warns of freezing drizzle')
        sibling = {x.i for c in tok.head.children if tok.dep_ == "conj" and c.i != tok.i
                   and c.dep_ in ("ccomp", "xcomp") for x in c.subtree}
        qtoks = [t for t in doc if _in_quote(t, offset, quotes) and t.i not in sibling and not any(
            a.i not in own_chain and a.pos_ in ("VERB", "AUX") and a.lower_ in lex.forms("verb") for a in t.ancestors)
            # (nor a quote in the that-clause of another cue: 'In an interview days after Israel and Hamas declared
            # cease-fires, Assad said that though Israel was "doing everything possible …"')
            and not any(a.dep_ == "ccomp" and a.head.i != tok.i and a.head.i in own_chain
                        and a.head.lower_ in lex.forms("verb") and tok.i not in {x.i for x in a.subtree}
                        for a in t.ancestors)]
        inside_obj = {t.i for c in tok.children if c.dep_ in ("dobj", "attr", "prep", "npadvmod") for t in c.subtree}
        if tok.dep_ in ("advcl", "relcl", "acl", "pcomp") and dobj is not None:
            return None  # "after the committee concluded its hearings": a subordinate act, not the quote's frame
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                and any(c.dep_ == "agent" for c in tok.children):
            # 'When asked about the loss as suggested by candidate Tippit, Hightower responded, "…"': a passive
            # "as"-clause names what the question was about; the quote is the main clause's (round 9)
            return None
        if lemma in _EVIDENCE_VERBS | _INFERENCE_VERBS and dobj is not None:
            return None  # 'Video shows dramatic rescue of kidnapping victim: "We got her!"': a thing shown, no words
        if lemma in _ACT_CUES and qtoks and not (qtoks[0].i > tok.i and all(
                t.is_punct for t in doc[tok.i + 1:qtoks[0].i]) or qtoks[-1].i < tok.i
                                                 and all(t.is_punct or t.i in _frame_ids(tok, subj) | ({
                                                     x.i for x in subj.subtree} if subj is not None else set())
                                                         for t in doc[qtoks[-1].i + 1:tok.i])):
            return None  # '"An officer responded and “he could hear the music …,” Nelson said': not its words
        if qtoks and not any(t.i in inside_obj for t in qtoks) and any(t.pos_ in ("VERB", "AUX") for t in qtoks) \
                and _words(" ".join(t.text for t in qtoks)) >= 2:
            content = qtoks
        elif not qtoks and dobj is None and not comp and tok.dep_ == "ROOT" and doc[-1].text == ":" \
                and all(t.is_punct for t in doc[tok.i + 1:]):
            # 'He said:' with the quotation in the next sentence or paragraph (see claims._nextquote_draft)
            return _Found(tok, lemma, stance, subj, [tok], {tok.i}, kind="nextquote")
        elif (not qtoks or all(t.i < tok.i for t in qtoks) and any(a < offset < b for a, b in quotes)) \
                and _after_quote(tok, doc, offset, quotes) \
                and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children) \
                and not _thing_goes_on(tok, lemma, subj):
            # (not a byline after the last quote: "Soguel reported from Istanbul.")
            # '"… on whose authority?” / said Hill, who will testify Thursday.': the quote just before
            return _Found(tok, lemma, stance, subj, [tok], {tok.i}, kind="prevquote")
        else:
            return None

    if tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children) \
            and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in tok.children):
        # "the shooting which is believed to have occurred about midnight": a hedge in a relative clause
        # (claims_gold rule 15); the antecedent is what is believed, not who believes it
        return None
    if subj is None and any(c.dep_ == "auxpass" for c in tok.children) and comp and comp[0].dep_ == "xcomp":
        # "Among the hundreds trapped were said to be secondary school pupils": the whole clause but the cue
        content = _trim([t for t in tok.subtree if t.i != tok.i and not (t.dep_ == "auxpass" and t.head.i == tok.i)])
    unnamed = False
    if subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass" and comp and comp[0].dep_ == "ccomp":
        subj = None  # "It is believed that the commander was killed": nobody named
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        unnamed = subj is None
        if unnamed and (doc[-1].text == "?" or any(c.tag_ in ("WRB", "WP") for c in tok.children)):
            return None  # "Where in God's name is it written that …?": a rhetorical question, nobody's claim
    elif subj is not None and lemma == "tell" and comp and comp[0].dep_ == "ccomp" and (
            subj.dep_ == "nsubjpass" or subj.head.i != tok.i and any(c.dep_ == "auxpass" for c in tok.children)):
        # "Officials were told that the convoy was destroyed": the subject heard it; who told them is unnamed
        # (or the agent: "were told by the ministry"); also a passive conjunct sharing an active verb's subject:
        # "Okafor joined the army as a nurse and was told early on that women would never lead troops" (war18)
        if not any(x.dep_ in _SUBJ_DEPS or x.dep_ == "mark" for x in comp[0].children):
            return None  # "Israel has been told on the — has been bold": a slip of the tongue, no clause
        recipients.append(subj)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    elif subj is not None and (subj.dep_ == "nsubjpass" and (
            subj.head.i == tok.i or any(c.dep_ == "auxpass" for c in tok.children)) or _fronted_passive_hedge(tok)):
        # (also a fronted participle: "Said to have been built in the 1950s, the bunker is now a museum", war18)
        # (also a passive conjunct: "The suspect … is known to the boys and is believed to be travelling …")
        # "Iran is said to have shipped ...": the subject is the topic, not the speaker
        if _fronted_passive_hedge(tok):
            unnamed = True  # (the topic comes after the comma: the content is what it is said to be)
        else:
            content = sorted(list(subj.subtree) + content, key=lambda t: t.i)
        subj = None
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if lemma == "report" and subj is None and not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if lemma == "continue" and (subj is None or not (subj.pos_ == "PRON" or subj.ent_type_ == "PERSON"
                                                    or subj.lower_ in lex.forms("role")
                                                    # '"…," Conrad continues.': a name the NER missed, framing
                                                    # the quotation before it (recall round 9)
                                                    or subj.pos_ == "PROPN" and content and content[-1].i < tok.i
                                                    and _in_quote(content[-1], offset, quotes))):
        return None  # "He continued: “…”" goes on speaking; "The strikes continued" does not
    if subj is not None and lemma in lex.lemmas("weakverb") and not _can_speak(subj):
        return None  # "the case highlights that …": a thing shows, nobody says
    if lemma in _INFERENCE_VERBS and not kind_is_evidence(subj, tok):
        # "fires have continued, showing that enforcement is a problem", "Putin has shown that …": the writer's
        # inference from what happened; only documents, data, images and polls "show" as sources
        return None
    if not content:
        return None
    content = _mended_content(tok, content, doc)
    if _open_question(tok, content):
        return None  # "what the administration thinks the threat is", "how people think this will end"
    first = min((t for t in content if not t.is_punct), key=lambda t: t.i, default=None)
    if first is not None and not _in_quote(first, offset, quotes) and not _after_that(first) and (
            first.lower_ in _WH_WORDS and first.lower_ not in ("if", "when", "where")
            or first.tag_ in ("WDT", "WP") and first.dep_ in _SUBJ_DEPS
            # (not a demonstrative right after the cue: "said that can't happen soon enough", recall round 9)
            and not (first.lower_ == "that" and first.i == tok.i + 1 and first.head.head.i == tok.i)):
        # "trying to assess which companies are best positioned": a question; "reported wait times that
        # exceeded two hours": a relative clause the parser made the complement
        return None

    # "maintained that it is neutral": asserting one's neutrality denies involvement
    if lemma in _NEUTRALITY_CUES and {t.lower_ for t in content} & denyobj:
        stance = "deny"
    # "saying they were absurd", "said the reports were false": calling claims false denies them
    if stance == "assert" and _calls_false(content):
        stance = "deny"

    # recipients: "told POLITICO", "in an interview with X", "speaking to X"
    relays: list = []
    if lemma == "tell" and dobj is not None:
        recipients.append(dobj)
    if lemma == "tell":  # "told FOX 5 News the boy …", "told Fox News' Chris Wallace": an outlet the parser made the
        # dative (only outlets and platforms are kept as channels, claims/__init__._make_draft)
        recipients.extend(c for c in tok.children if c.dep_ == "dative" and c is not dobj)
    recipients.extend(_relay_objects(tok))
    recipients.extend(frame_platforms)  # ("denied involvement in a post on Telegram")
    for c in tok.children:
        if c.dep_ == "advcl" and c.lemma_ in ("speak", "talk"):
            recipients.extend(_relay_objects(c))  # "speaking in a series of interviews with Russian media"
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "to"):
            # "wrote on Telegram", "said in a statement on Telegram", "told state TV"
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if _is_platform(p):
                    recipients.append(p)
                # "said in a Telegram post"
                recipients.extend(x for x in p.children if x.dep_ == "compound" and _is_platform(x))
                for pp in p.children:
                    if pp.dep_ == "prep" and pp.lower_ in ("on", "in"):
                        recipients.extend(x for x in pp.children if x.dep_ == "pobj" and _is_platform(x))
        if c.dep_ == "prep" and c.lower_ == "to" and lemma in _TO_RELAY_CUES:
            recipients.extend(x for x in c.children if x.dep_ == "pobj")  # "revealed to POLITICO"
        if c.dep_ == "prep" and c.lower_ == "via":  # 'Heyward said, via Brian Batko of the Post-Gazette'
            recipients.extend(x for x in c.children if x.dep_ == "pobj")
        if c.dep_ == "advcl" and c.lemma_ in ("quote", "cite"):  # '"…," Mrs Clinton said, quoted by the Times'
            # (also "state television reported, cited by AFP, that …": AFP carried the report; chan14)
            for ag in c.children:
                if ag.dep_ == "agent":
                    recipients.extend(x for x in ag.children if x.dep_ == "pobj")
        if c.dep_ == "advcl" and c.lemma_ in ("speak", "talk"):
            for pp in c.children:
                if pp.dep_ == "prep" and pp.lower_ in ("to", "with"):
                    recipients.extend(x for x in pp.children if x.dep_ == "pobj")
                if pp.dep_ == "prep" and pp.lower_ in ("on", "in"):  # "Speaking on state television, Lavrov said"
                    recipients.extend(x for x in pp.children if x.dep_ == "pobj" and _is_platform(x))
    if subj is not None:
        recipients.extend(_channel_of_source(subj))
    carrier = _trailing_carrier(content)
    if carrier is not None:  # "said the talks had failed, in comments published by Kommersant"
        prep, outlets = carrier
        content = _trim([t for t in content if t.i not in {x.i for x in prep.subtree}])
        while content and content[-1].is_punct:
            content = content[:-1]
        recipients.extend(outlets)
    content_ids = {t.i for t in content}
    cite = next((c for c in tok.subtree if (c.lemma_ == "cite" or c.lemma_ == "quote" and c.tag_ == "VBG")
                 and c.dep_ in ("advcl", "xcomp", "conj", "dep")
                 and not any(x.dep_ in _SUBJ_DEPS for x in c.children)  # ("…, but Interfax cited …": its own clause)
                 and (c.head.i == tok.i or c.head.i in content_ids and c.i < c.head.i
                      and c.i < min(content_ids | {c.head.i}) + 2
                      or _trailing_cite(c, content_ids))), None)
    if cite is not None:
        # "The Kyiv Independent reported, citing military sources, that …": the sources speak, the outlet relays
        # (also after the clause: "Reuters reported that the vessel had been seized, citing a security firm")
        own = {t.i for t in cite.subtree} - {t.i for x in cite.children if x.dep_ == "ccomp" and x.i > cite.i
                                             for t in x.subtree}
        content = _trim([t for t in content if t.i not in own])
        while content and (content[0].is_punct or content[0].dep_ == "mark" and content[0].lower_ == "that"):
            content = content[1:]
        for ag in cite.children:  # "The army said, as cited by Interfax, that …" (the parser hangs it on the clause)
            if ag.dep_ == "agent":
                recipients.extend(x for x in ag.children if x.dep_ == "pobj" and x not in recipients)
        cited = next((c for c in cite.children if c.dep_ == "dobj"), None)
        if cited is not None and subj is not None and _source_like(cited) and not _cited_material(cited):
            recipients.insert(0, subj)
            relays.append(subj)
            subj = cited
    content_ids = {t.i for t in content}
    return _Found(tok, lemma, stance, subj, content, content_ids, recipients=recipients, kind="verb", unnamed=unnamed,
                  relays=relays)


# Nouns that speak through "X is that …" only with an owner
_OWNED_BE_NOUNS = {"prediction", "concern", "suspicion", "observation", "estimate", "charge", "complaint",
                   "testimony", "acknowledgment",
                   # round clpol17's nouns: "The hope is that the talks will resume" is the writer's own
                   "hope", "expectation", "promise", "pledge", "assurance"}


# Verbs through which a speaker voices a reporting noun's content ("expressed concern that …", "voiced fears that …")
_VOICING_VERBS = {"express", "voice", "share", "reiterate", "repeat", "state", "air"}


def _closing_frame_with_two_subjects(tok):
    """A closing "…, X said." whose reported clause the parser read as a second subject of the cue, with the
    clause's verb a participle on its subject ("The strike, which Moscow says targeted a weapons depot, killed at
    least nine civilians, local authorities said."; "The convoy, hit near the border, lost three trucks, the
    ministry said."). Returns ([the clause's subject], the speaker) or None."""
    doc = tok.doc
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subs) != 2 or not subs[0].i < subs[1].i < tok.i or tok.dep_ != "ROOT":
        return None
    first, speaker = subs
    comma = speaker.left_edge.i - 1
    if comma <= first.i or doc[comma].text != "," or first.right_edge.i + 1 != comma or first.left_edge.i != 0 \
            and not all(t.is_punct for t in doc[:first.left_edge.i]):
        return None
    if not any(c.dep_ == "acl" and c.i > first.i and (c.tag_ == "VBD" or c.tag_ == "VBN" and any(
            x.dep_ == "dobj" for x in c.children)) for c in first.children):
        return None  # (the clause's own verb, misread as a participle on its subject: past tense, or with an object)
    if not all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("npadvmod", "advmod", "prep", "pobj")
               for t in doc[tok.i + 1:]):
        return None
    return [first], speaker


def _after_that(tok) -> bool:
    """A word right after the complementizer "that" (and a comma): "said that if talks fail, …" reports a
    conditional, not a question."""
    j = tok.i - 1
    while j >= 0 and tok.doc[j].is_punct:
        j -= 1
    return j >= 0 and tok.doc[j].lower_ == "that" and tok.doc[j].dep_ == "mark"


def _trailing_cite(cite, content_ids: set[int]) -> bool:
    """", citing Y" closing the content clause it hangs on ("… had been seized, citing a security firm")."""
    le = cite.left_edge.i
    return cite.dep_ == "advcl" and cite.tag_ == "VBG" and cite.head.i in content_ids and cite.i > cite.head.i \
        and le > 0 and cite.doc[le - 1].text == "," and cite.right_edge.i >= max(content_ids)


# What a citing outlet names as its source: people, bodies, documents ("citing two officials", "citing a
# maritime security firm", "citing the defense ministry") — not a reason ("citing security concerns")
_CITED_REASONS = {"concern", "reason", "need", "lack", "risk", "threat", "fear", "ground", "example", "case",
                  "failure", "pressure", "cost", "precedent", "issue", "problem", "circumstance",
                  # what was done or changed, given as a reason ("…, Hollowell said, citing efforts by county
                  # commissioners", "citing progress in the talks", "citing a rise in attacks"; chan14)
                  "effort", "progress", "success", "improvement", "increase", "decline", "rise", "drop", "growth",
                  "change", "trend", "delay", "difficulty", "shortage"}


def _source_like(tok) -> bool:
    if tok.lemma_.lower() in _CITED_REASONS:
        return False
    return _can_speak(tok) or tok.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")


# Cues whose "to X" names the one the statement was made to ("revealed to POLITICO"); "said to be" is an
# infinitive, not a "to" phrase.
_TO_RELAY_CUES = {"reveal", "say", "explain", "confirm", "admit", "acknowledge", "state", "write", "complain",
                  "describe", "announce", "insist", "stress", "emphasize", "warn", "signal", "indicate", "suggest"}
# Participles on a source noun naming who passed it on: "documents leaked to the New York Times",
# "reports received by Amnesty", "a memo obtained by Reuters"
_CHANNEL_PARTICIPLES = {"leak": ("to", "by"), "receive": ("by",), "obtain": ("by",), "see": ("by",),
                        "provide": ("to", "by"), "give": ("to",), "share": ("with",), "send": ("to",),
                        # round clprec20: the speaker set off with the outlet that heard it ("A Ukrainian officer,
                        # interviewed by the BBC, said …", "The mayor, speaking to CNN, said …"); only outlets and
                        # platforms are kept as channels (claims/__init__._make_draft)
                        "interview": ("by",), "quote": ("by",), "speak": ("to", "with"), "talk": ("to", "with")}


def _channel_of_source(subj) -> list:
    out = []
    for c in subj.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _CHANNEL_PARTICIPLES:
            for p in c.children:
                if p.dep_ in ("prep", "agent") and p.lower_ in _CHANNEL_PARTICIPLES[c.lemma_.lower()]:
                    out.extend(x for x in p.children if x.dep_ == "pobj")
    return out


# "in X's view / opinion / words": the nouns of the phrase
_VIEW_NOUNS = {"view", "opinion", "words", "estimation", "judgment", "judgement"}


def _cited(tok):
    """Y of "X, which cited Y" / "X, citing Y" hanging on X."""
    for c in tok.children:
        if c.lemma_ == "cite" and c.dep_ in ("relcl", "acl"):
            return next((x for x in c.children if x.dep_ == "dobj"), None)
    return None


# Verbs through which a document, image or poll speaks with a noun-phrase object ("footage shows …").
_EVIDENCE_VERBS = {"show", "reveal", "indicate", "unveil"}
# Subordinators whose clause after a parenthetical frame continues the reported content
_CONTINUING_MARKS = {"because", "since", "although", "though", "unless", "so"}


_INFERENCE_VERBS = {"show", "demonstrate", "illustrate", "prove", "mean"}


def kind_is_evidence(subj, tok) -> bool:
    """A subject that is a document, data, image or poll ("the report shows", "a new poll showed", "the Reagan
    Defense Survey also shows"), not an event or a person, and a finite verb, not a participle on a clause."""
    if subj is None or tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return False
    lex = _lexicon()
    evidence = lex.lemmas("evidence") | set(lex.forms("evidence")) | lex.lemmas("report") | set(lex.forms("report"))
    words = [t for t in subj.subtree if t.i <= subj.i or t.dep_ == "compound"]
    return any(t.lemma_.lower() in evidence or t.lower_ in evidence for t in words)


# Acronyms of measures and things, which name no body that speaks ("GDP shows …" is data, found elsewhere)
_THING_ACRONYMS = {"gdp", "cpi", "dna", "gps", "ppi", "pmi", "lng", "ai", "ev", "evs", "ufo"}


def _acronym_name(subj) -> bool:
    """An all-capital acronym the tagger read as a common noun names a body (round clprec20, war reporting):
    "ISW assesses that …", "IISS estimates that …", "UNHCR notes that …" — the NER tags it only now and then,
    so a weak cue verb (`weakverb` rows) with it as subject was dropped as a thing's. Not "GDP shows …"
    (`_THING_ACRONYMS`)."""
    t = subj.text
    return subj.tag_ == "NN" and 2 <= len(t) <= 7 and t.isalpha() and t.isupper() and t.lower() not in _THING_ACRONYMS


def _can_speak(subj) -> bool:
    """A subject that can make a statement: a name, pronoun, plural noun, or a speaker/role/report noun
    ("the ministry", "the official", "the report") — not "the case", "the evidence", "the move"."""
    if subj.ent_type_ or subj.pos_ in ("PROPN", "PRON") or subj.tag_ in ("NNS", "NNPS"):
        return True
    if subj.lower_ in ("some", "many", "others", "several", "most", "few"):
        return True  # "Some have suggested that …": people
    if _acronym_name(subj):
        return True
    lex = _lexicon()
    low = subj.lower_
    if low in lex.forms("speakernoun") or low in lex.forms("role") or low in lex.forms("report"):
        return True
    # agent nouns name people: examiner, prosecutor, economist, physician, consultant, resident
    return len(low) > 5 and low.endswith(("er", "or", "ist", "ian", "ant", "ent")) and subj.pos_ == "NOUN"


def _proposition_object(dobj):
    """The "that"-clause of a proposition noun object ("the position that …"), or None."""
    if dobj is None or dobj.lower_ not in _lexicon().forms("propnoun"):
        return None
    return next((c for c in dobj.children if c.dep_ in ("acl", "ccomp")
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


# Round 9 cues that report only with a clause ("felt that …"; "felt sick", "considered locations" report nothing)
_CLAUSE_ONLY_CUES = {"feel", "consider", "anticipate", "agree", "discover",  # ("discovered the body": none)
                     "project", "forecast"}  # ("projects power", "forecast rain": none; round clprec20)
# Round 9 cues that are also plain acts ("an officer responded and …", "answered the door"): a quotation is theirs
# only when it stands right beside them
_ACT_CUES = {"respond", "answer", "reply", "counter", "object", "protest", "reason", "comment", "remark"}
_MANDATIVE_CUES = {"suggest", "recommend", "urge", "insist", "demand", "propose", "ask", "request", "require",
                   "order", "advise", "stress", "emphasize", "warn"}  # (their bare-verb clause may be advice)


def _subjunctive(clause, advice: bool = False) -> bool:
    """A bare-verb clause with its own subject and no auxiliary ("that he change his diet"); with `advice` (after a
    cue that may give advice) also a verb the parser tagged as a plain present that cannot agree with its singular
    noun subject ("suggested that the ministry publish its figures", "proposed that Seoul resume the talks":
    round clprec19)."""
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None:
        return False
    return clause.tag_ == "VB" or advice and clause.tag_ == "VBP" and _singular_subject(subj) \
        and clause.lower_ == clause.lemma_.lower() and clause.lemma_.lower() != "be"


# nouns whose singular form takes a plural verb ("80 percent of them are", "the majority feel", "the police say")
_PLURAL_SENSE = {"percent", "per", "majority", "minority", "number", "half", "third", "quarter", "share", "proportion",
                 "rest", "bulk", "lot", "plenty", "police", "staff", "public", "people", "crew", "team", "family",
                 "government", "couple", "pair", "group"}


def _singular_subject(subj) -> bool:
    """A subject a plain-present verb cannot agree with: a singular noun, not a pronoun, not coordinated, and no
    noun of a plural sense ("percent", "majority", "police") nor a share "of" a plural ("most of the staff")."""
    return subj.tag_ in ("NN", "NNP") and subj.pos_ != "PRON" and subj.lower_ not in _PLURAL_SENSE \
        and not any(c.dep_ == "conj" for c in subj.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) \
        and not any(c.dep_ in ("nummod", "quantmod") for c in subj.children)


def _after_quote(tok, doc, offset: int, quotes) -> bool:
    """A short frame sentence ("Holmes testified.", "said Hill, who …") right after a quotation that
    ends the previous sentence: the cue is that quotation's attribution."""
    if len([t for t in doc if not t.is_punct]) > 12:
        return False
    # ('"It just engulfed everything. Everything," said Valerie Taylor.': the quotation opened in the previous
    # sentence and closes in this one, before the cue)
    ends = [e for s, e in quotes if s < offset < e <= offset + tok.idx]
    if any(not (t.is_punct or t.dep_ in _SUBJ_DEPS or t.i in {x.i for c in tok.children
                                                             if c.dep_ in _SUBJ_DEPS for x in c.subtree}
                or ends and offset + t.idx < ends[0])
           for t in doc[:tok.i]):
        return False  # only the speaker may come before the cue
    return bool(ends) or any(0 <= offset - e <= 3 for _, e in quotes)


def _calls_false(content: list) -> bool:
    """Content that calls claims false: "<they | the reports | such claims> <be> <groundless | a lie |
    not true | not credible>", "the allegation has been debunked" — in the content's main clause, a
    clause coordinated with it, or the clause of an opinion verb ("I think the allegations are …")."""
    lex = _lexicon()
    ids = {t.i for t in content}
    roots = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    clauses: list = []
    for r in roots:
        clauses.append(r)
        clauses.extend(c for c in r.children if c.dep_ == "conj" and c.i in ids)
        if r.lemma_ in ("think", "believe", "find", "consider"):
            clauses.extend(c for c in r.children if c.dep_ == "ccomp")
    return any(_clause_calls_false(c, lex) for c in clauses)


def _clause_calls_false(clause, lex) -> bool:
    deny_words, true_words = lex.forms("denyword"), lex.forms("trueword")
    subj = next((c for c in clause.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None:
        return False
    claimish = subj.lower_ in ("they", "it", "this", "these", "that", "those") or \
        subj.lemma_.lower() in lex.lemmas("claimnoun") or subj.lower_ in lex.forms("claimnoun")
    if not claimish:
        return False
    if clause.lemma_ == "be":
        preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        negated = any(c.dep_ == "neg" for c in clause.children)
        for pred in preds:
            words = [x for x in pred.subtree]
            if any(x.lower_ in deny_words for x in words):
                return True
            for x in words:  # "not true", "self-serving and not credible"
                if x.lower_ in true_words and (negated or any(c.dep_ == "neg" for c in x.children)):
                    return True
        return False
    # "the central allegation has been completely debunked"
    return clause.tag_ == "VBN" and clause.lower_ in deny_words and subj.dep_ == "nsubjpass"


def _relay_objects(verb) -> list:
    """"in an interview with POLITICO", "in a phone call with CBC Toronto", "in a series of interviews with
    Russian media": the medium's partner named after a relay noun (data/claim_cues.tsv relaynoun)."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "on"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lemma_.lower() in ("series", "number", "couple", "pair"):  # "a series of interviews"
                    p = next((x for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
                              for x in of.children if x.dep_ == "pobj"), p)
                # ("op-ed" comes as "op - ed")
                word = "".join(t.text for t in p.subtree if t.i <= p.i and (t.dep_ in ("compound", "punct") or t.i == p.i))
                if p.lemma_.lower() in _lexicon().lemmas("relaynoun") or word.lower() in _lexicon().forms("relaynoun"):
                    for pp in p.children:
                        if pp.dep_ == "prep" and pp.lower_ in ("with", "to", "in", "for", "on"):
                            out.extend(x for x in pp.children if x.dep_ == "pobj")
                    out.extend(_carried_by(p))
                elif p.lemma_.lower() in _lexicon().lemmas("carriednoun"):
                    # "said in a confidential report seen by Reuters": only the outlet that saw or carried the
                    # document relays it ("in a report to Congress" names no relay; war18)
                    out.extend(_carried_by(p))
    return out


def _carried_by(noun) -> list:
    """The outlet named by "by X" on a participle after a relay noun (data/claim_cues.tsv carrier, issue #14
    chan14): "in comments published by the Kommersant newspaper" -> newspaper, "in an interview published on
    Tuesday by the Financial Times" -> Times, "in comments carried by state news agency TASS" -> TASS (a name
    the parser split off the outlet noun it stands in apposition to)."""
    out = []
    carriers = _lexicon().forms("carrier")
    if noun.lower_ in carriers:  # "in an interview broadcast by Rossiya 24": the parser made the participle the noun
        out.extend(x for pp in noun.children if pp.dep_ == "prep" and pp.lower_ == "by"
                   for x in pp.children if x.dep_ == "pobj")
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lower_ not in carriers:
            continue
        for ag in acl.children:
            if ag.dep_ != "agent" and not (ag.dep_ == "prep" and ag.lower_ == "by"):
                continue
            for x in ag.children:
                if x.dep_ != "pobj":
                    continue
                nxt = x.doc[x.right_edge.i + 1] if x.right_edge.i + 1 < len(x.doc) else None
                if nxt is not None and nxt.pos_ == "PROPN" and x.pos_ == "NOUN" and nxt.head.i != x.i \
                        and nxt.text[:1].isupper():
                    out.append(nxt)  # "state news agency TASS": the name, not the kind of outlet
                else:
                    out.append(x)
    return out


def _trailing_carrier(content: list):
    """A closing ", in comments published by X" that the parser hung on the reported clause: it is the frame's
    channel, no part of what was said ("said the talks had failed, in comments published by Kommersant";
    "warned that the ceasefire was over, in remarks carried by state television"). Returns (the "in" token,
    outlet tokens) or None."""
    ids = {t.i for t in content}
    for t in content:
        if t.dep_ != "prep" or t.lower_ not in ("in", "during") or t.i == 0 or t.doc[t.i - 1].text != ",":
            continue
        if t.right_edge.i < max(ids) - 1:
            continue  # (only a phrase closing the clause)
        for p in t.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in _lexicon().lemmas("relaynoun"):
                outlets = _carried_by(p)
                if outlets:
                    return t, outlets
                addressed = _addressed_in(p)
                if addressed is not None:
                    return t, addressed
    return None


def _addressed_in(noun):
    """Whom a closing relay noun names with "to"/"with" ("warned that …, in remarks to state television"; "said
    the talks had stalled, in an interview with the newspaper Izvestia" -> Izvestia; "…, in comments to
    reporters"): the frame's channel, no part of what was said. Returns the named recipients (the name of an
    outlet in apposition to its kind), possibly none that relay; None when the noun addresses no one."""
    out = []
    for pp in noun.children:
        if pp.dep_ != "prep" or pp.lower_ not in ("to", "with"):
            continue
        for x in pp.children:
            if x.dep_ != "pobj":
                continue
            name = next((a for a in x.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
            out.append(name if name is not None and x.pos_ == "NOUN" else x)
    return out or None


def _cited_material(tok) -> bool:
    """What a speaker cites as its basis without it speaking (data/claim_cues.tsv material, chan14): "said, citing
    data from the border guard, that 300 people had crossed", "the report said, citing satellite images, …",
    "Reuters reported, citing flight-tracking data, …" — the one who said stays the speaker."""
    forms = _lexicon().forms("material")
    return tok.lower_ in forms or tok.lemma_.lower() in _lexicon().lemmas("material")


def _is_platform(tok) -> bool:
    """A social network or broadcaster that carried the statement ("on Telegram", "on X"), or the media
    ("told local media", "interviews with Russian media")."""
    phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ != "det")
    # (the tokenizer keeps a sentence's full stop on a one-letter word: "wrote on X.")
    return phrase in _lexicon().forms("platform") or tok.lower_ in _lexicon().forms("platform") \
        or tok.lower_ == "media" or len(tok.text) == 2 and tok.lower_.rstrip(".") in _lexicon().forms("platform")


def _frame_ids(tok, subj) -> set[int]:
    ids = {tok.i}
    if subj is not None:
        ids |= {t.i for t in subj.subtree}
    return ids


def _speaker_noun_compound(noun):
    """The owner of a reporting noun named by a common noun in front of it that can speak for itself (a
    `speakernoun` row of data/claim_cues.tsv): "poured scorn on US intelligence claims that Russian hackers helped
    swing the election" (TR-News; the owner "US intelligence"), "dismissed police claims that the officer acted
    alone", "the ministry statement that the depot was empty". Not a compound that names no speaker ("news
    reports that …", "the election claim that …"), nor one behind a possessive ("Russia's intelligence claims":
    the possessive owns it)."""
    nouns = _lexicon().forms("speakernoun")
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"
                 and c.lower_ in nouns), None)


def _noun_claim(tok, lemma: str) -> _Found | None:
    """'Campbell's statement that ...', 'the denial by Beijing that ...'."""
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "following", "since") \
            and tok.head.head.lower_ in _lexicon().forms("verb") \
            and not any(c.dep_ == "ccomp" for c in tok.head.head.children):
        return None  # "said after the ministry's statement that she was ready …": the clause is what was said
    if clause is None:
        clause = crime_news.complement_read_as_relative(tok)  # "the suspect's confession that he fired the shot"
    if clause is None and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "wavered in his stance that Iran cannot …": the parser hangs the clause on the verb
        clause = next((c for c in tok.head.head.children if c.dep_ == "ccomp" and c.left_edge.i == tok.i + 1
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None and lemma == "claim":
        # "the kingdom's claim to be an oasis of calm": the infinitive is the content
        clause = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"
                       and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)), None)
    colon_quote = None
    if clause is None and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == ":" \
            and tok.doc[tok.i + 2].text in _QUOTE_CHARS:
        # "the President's vow: “We will not rest …”": the quotation after the colon is the content
        colon_quote = _trim(list(tok.doc[tok.i + 2:]))
    if clause is None and not colon_quote:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None:
        owner = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if owner is None:
        owner = _speaker_noun_compound(tok)
    if owner is None and clause is not None and tok.dep_ == "dobj" and tok.head.lemma_ in _VOICING_VERBS \
            and not any(c.dep_ == "neg" for c in tok.head.children) and not _unreal(tok.head, tok.head.lemma_):
        # "President Biden expressed concern that the fighting could spread": the one voicing it owns it
        owner = _subject_of(tok.head)
    if owner is not None and owner.lower_ in ("his", "her", "their", "its") and tok.dep_ == "dobj" \
            and tok.head.lemma_ in _VOICING_VERBS:
        # "The President expressed his view that …": "his" is the one voicing it
        voice = _subject_of(tok.head)
        if voice is not None and voice.pos_ != "PRON":
            owner = voice
    if owner is None:
        return None
    content = colon_quote if clause is None else _clause_tokens(clause, cue=tok)
    stance = "deny" if lemma == "denial" else "assert"
    return _Found(tok, lemma, stance, owner, content, {t.i for t in content}, kind="noun")
