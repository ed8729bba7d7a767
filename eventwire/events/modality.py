"""How a sentence states an act: negated, failed, modal, conditional, framed (intended, asked,
demanded), said in reported speech, or performed by saying it ("we condemn"). Read by
`EventCoder._modality`."""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from . import rules
from .syntax import _COMMENTING, _DECLINING, _SILENT, _WITHHELD, _WITHHOLDING, _subject_chain


_HYPOTHETICAL_MODALS = {"would", "could", "might", "may", "should", "must", "can"}
_FUTURE_MODALS = {"will", "shall", "'ll"}
_SPEECH_VERBS = {"say", "tell", "state", "announce", "add", "note", "report", "claim", "stress", "declare",
                 "reiterate", "conclude", "insist", "repeat", "confirm",  # wire20: "confirmed it would lead the mission"
                 "emphasize", "emphasise", "insist", "warn", "believe", "think", "expect", "suggest"}
# For a framed complement, the frame's code by the complement's CAMEO root.
_FRAME_CODES = {
    "intent": rules.INTENT_CODES,
    "appeal": {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "16": "025", "087": "025"},
    "demand": {"04": "106", "06": "101", "07": "101", "08": "105", "16": "105"},
}
# Triggers whose negation states the act: "had no comment", "will not hesitate to act".
_LITOTES = {("have", "011"), ("hesitate", "130"), ("hesitate", "138")}


def _modality_chain(verb: Token) -> Iterable[Token]:
    """The verbs whose modality this one shares: up the subject chain, but a clause with a
    subject of its own keeps its own ("... would not change the reality, while the Arab
    League condemned the move": the condemnation happened)."""
    for v in _subject_chain(verb):
        yield v
        if _caused_complement(v):
            yield from _modality_chain(v.head)
            return
        if v.dep_ != "xcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return


_CAUSING = {"help", "let", "make", "allow", "enable", "permit"}


def _caused_complement(v: Token) -> bool:
    """The bare infinitive a verb of causing or letting governs, with its own subject, shares that
    verb's modality: "The reopening of the crossings would only help Hamas tighten its grip on Gaza",
    "a deal that could let Russia expand its base", "would make Iran rethink" - what would be helped
    is not done (round evdet16)."""
    return v.dep_ in ("ccomp", "xcomp") and v.tag_ == "VB" and v.head.lemma_.lower() in _CAUSING \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _no_longer(verb: Token) -> bool:
    """ "Russia will no longer take part in the talks", "Poland said it would no longer supply weapons
    to Ukraine", "Georgia declared it would no longer take part in its meetings": an act that stops is
    not done (the parser hangs the negation on "longer", not on the verb; round evdet16)."""
    return any(c.lower_ == "longer" and c.dep_ == "advmod" and any(d.dep_ == "neg" for d in c.children)
               for c in verb.children)


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children) or _no_longer(verb):
        return True
    if verb.dep_ == "acomp" and verb.head is not verb and _negated(verb.head):
        return True  # "is not committed to": the copula carries the negation
    # "Neither the House nor the Senate have provided", "No country has recognised"
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("neither", "no") and d.dep_ in ("preconj", "det")
                                                    for d in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for o in verb.children if o.dep_ == "dobj" for c in o.children)


_FAILING = {"fail", "neglect", "unable"}
# Words of managing an act, which negated say it did not happen: "have not been able to capture".
_MANAGING = {"able", "manage", "succeed"}


def _failed(verb: Token) -> bool:
    """ "failed to reach an agreement", "were unable to agree", "have not been able to capture
    Pokrovsk": the act did not happen."""
    v = verb
    for _ in range(3):
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            return False
        joined = v.dep_ == "conj"
        v = v.head
        if v.lemma_.lower() in _FAILING and joined:
            return False  # "the talks had failed and urged Russia to withdraw": joined to the failing, not failed
        if v.lemma_.lower() in _FAILING:
            return not _negated(v)  # "did not fail to" is a double negative
        if v.lemma_.lower() in _MANAGING and _negated(v) and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for h in (v, v.head) for c in h.children):
            return True  # (not a forecast: "they won't be able to donate blood")
    return False


# Nouns of evidence, and verbs of finding something out, whose "that" clause is established only
# when they are: "there is no evidence that", "could not confirm that", "has not observed any
# confirmation that".
_EVIDENCE_NOUNS = {"evidence", "confirmation", "indication", "sign", "proof", "report", "information"}
_VERIFYING = {"confirm", "verify", "establish", "prove", "know", "observe", "see", "determine", "corroborate"}


def unestablished(verb: Token) -> bool:
    """The act is put as an open question or as something not confirmed: "It is unclear whether Iran
    sent drones", "declined to say whether troops had been attacked", "There is no evidence that China
    supplied weapons", "Officials could not confirm that the strike killed civilians", "ISW has not
    observed any confirmation that Russian forces seized the town"."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ not in ("ccomp", "acl", "advcl", "relcl", "csubj"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in v.children) and v.dep_ != "advcl":
        return True
    head = v.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _EVIDENCE_NOUNS:
        if any(c.dep_ == "det" and c.lower_ in ("no",) for c in head.children):
            return True
        holder = head.head  # "has not observed any confirmation that", "found no evidence that"
        return holder.pos_ in ("VERB", "AUX") and (_negated(holder) or any(
            c.dep_ == "det" and c.lower_ == "any" for c in head.children) and _negated(holder))
    if head.lemma_.lower() in _VERIFYING and v.dep_ == "ccomp":
        return _negated(head) or (head.dep_ == "xcomp" and _negated(head.head))
    return False


# "is poised to", "is set to", "is likely to", "is expected to": someone's forecast of an act,
# not the act, nor the actor's own stated plan.
# A forecast, not the act: "is poised to attack", "is set to announce sanctions". (A schedule,
# "is scheduled to attend a summit", is coded as the meeting, as PETRARCH-coded sets do.)
_PROSPECTIVE = {"poised", "set", "likely", "unlikely", "about", "expected", "due", "bound"}


# Verbs whose "that" clause is asked for, not told: "demanded that the children be returned".
_MANDATIVE = {"demand", "insist", "urge", "ask", "request", "require", "recommend", "propose", "suggest", "order",
              "call"}


def _mandative_subjunctive(verb: Token) -> bool:
    """ "Kyiv demanded that the children be returned", "urged that sanctions be lifted", "insists that
    Russia withdraw": a base-form verb in the "that" clause of a demand is the act asked for, not
    done ("insisted that the children were returned" tells what happened)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _MANDATIVE or verb.head.i > verb.i:
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return False
    passive_be = any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    active_base = verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return (passive_be or active_base) and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _modal(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    if _mandative_subjunctive(verb):
        return "should"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need", "ought") and verb.head.tag_ != "VBD" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "should"  # "I have to punish you": an obligation, not a deed
    if any(c.dep_ == "xcomp" for c in verb.children):
        if verb.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
            return "will"  # "we are going to send more aid"
        if verb.lower_ in _PROSPECTIVE and (verb.pos_ == "ADJ" or verb.tag_ == "VBN"):
            return "might"
    return None


def _conditional(verb: Token) -> bool:
    for v in _subject_chain(verb):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children):
            return True
        if _inverted_condition(v):
            return True
        if _time_still_to_come(v):
            return True
    return False


def _inverted_condition(v: Token) -> bool:
    """A condition told by putting "had", "should" or "were" before the subject (wire20): "Had Washington
    sent the tanks earlier, the counteroffensive might have succeeded", "Should the ceasefire collapse, aid
    agencies could pull out", "Were Iran to close the strait, ...": the clause states no deed."""
    if v.dep_ not in ("advcl", "ccomp"):  # (the parser often hangs the fronted clause as a ccomp)
        return False
    subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "should", "were") and c.i < subject.i
        and c.i == v.left_edge.i for c in v.children)


# Conjunctions of a clause of time ("after the government takes full control").
_TIME_MARKS = {"after", "once", "when", "until", "till", "before"}


def _time_still_to_come(v: Token) -> bool:
    """ "he said Damascus would work out further military action with Moscow and Tehran after the
    government takes full control of Aleppo" (TR-News, round evtr17), "Russia will pull its troops back
    once Kyiv signs the accord", "The ministers could meet again when the ceasefire holds": a
    present-tense clause of time under an act that will, would or could happen is still to come
    itself, not a happening (eval/events_gold.md rule 4). A past clause ("would not return until the
    army withdrew", "will retaliate after the attack killed five") states what happened."""
    if v.dep_ != "advcl" or v.tag_ not in ("VBZ", "VBP") \
            or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in v.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS | _HYPOTHETICAL_MODALS
               for c in v.head.children)


def _in_reported_speech(verb: Token) -> bool:
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ in ("ccomp", "csubj") and v.head.lower_ == "clear" and v.head.head.i != v.head.i:
        v = v.head  # "made clear that ... would respond" parsed with the clause under "clear"
        return _made_clear(v.head)
    return v.dep_ == "ccomp" and (v.head.lemma_.lower() in _SPEECH_VERBS or _made_clear(v.head))


def _made_clear(head: Token) -> bool:
    """ "made clear that the U.S. would respond", "was clear that ... would impose costs": a
    statement of what the speaker's side will do (a threat or a pledge made now)."""
    return head.lemma_.lower() in ("make", "be") and any(
        c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "dobj", "amod") for c in head.children) \
        and not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


# Speech acts done by saying them: "I want to thank", "we wish to congratulate", "I would like to
# welcome" give the thanks now; a first-person wish to do something else stays an intention.
_PERFORMATIVES = {"thank", "congratulate", "welcome", "commend", "applaud", "praise", "salute", "condemn",
                  "express", "extend", "acknowledge", "recognize", "recognise", "reaffirm", "reiterate"}


def _performed_by_saying(head: Token, verb: Token) -> bool:
    return head.lemma_.lower() in ("want", "wish", "like") and verb.lemma_.lower() in _PERFORMATIVES \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children) \
        and not any(c.dep_ == "neg" for c in head.children)


_RESPONDING = {"act", "respond", "retaliate"}
_CONDITION_MARKS = {"if", "unless", "should"}


def _conditional_response(verb: Token) -> bool:
    if verb.lemma_.lower() not in _RESPONDING or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "attr") or (c.dep_ == "prep" and c.lower_ in ("to", "as", "on")) for c in verb.children):
        return False  # "respond to the letter", "act as mediator", "act on advice"
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not ("will" in modals or "'ll" in modals or ("would" in modals and _in_reported_speech(verb))):
        return False
    words = [t.lower_ for t in verb.subtree]
    in_response = any(a == "in" and b in ("response", "event") for a, b in zip(words, words[1:]))
    condition = any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "aux") and m.lower_ in _CONDITION_MARKS
                                              for m in c.children) for c in verb.children)
    # "... should these attacks continue", which the parser makes the head of the whole sentence
    head = verb.head
    inverted = verb.dep_ == "ccomp" and head.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "should" and any(n.dep_ == "nsubj" and n.i > a.i for n in head.children)
        for a in head.children)
    return in_response or condition or inverted


def _withheld_object(verb: Token) -> bool:
    """Information, details or an explanation as the object of a giving verb (evwar18): the xcomp of
    "declined to give details of the talks", "refused to provide further information", "declined to
    offer an explanation" -- a comment declined as "declined to comment" is (CAMEO 011)."""
    return verb.lemma_.lower() in _WITHHOLDING and any(
        o.lemma_.lower() in _WITHHELD for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
        for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj"))


def _negated_by_never_again(verb: Token) -> bool:
    """Not a silence: "never commented again" / "no longer comments" tell a habit, not a refusal."""
    return any(c.lower_ in ("longer", "again") for c in verb.children if c.dep_ == "advmod")


def _no_comment(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _DECLINING:
        return any(c.dep_ == "xcomp" and (c.lemma_.lower() in _COMMENTING or _withheld_object(c))
                   for c in verb.children)
    if lemma == "comment" and _negated(verb) and not _negated_by_never_again(verb):
        # evwar18: "The military government did not comment on the strike", "The ministry would not
        # comment", "Moscow has not commented on the report": silence on a matter is a comment declined
        return True
    if lemma in _WITHHOLDING and _negated(verb):
        # "did not provide PolitiFact with further information", "gave no details": no comment
        return any(o.lemma_.lower() in _WITHHELD for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
                   for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj"))
    return lemma in _SILENT and _negated(verb) and any(t.lemma_.lower() == "comment" for t in verb.subtree)


def _must_clause(verb: Token) -> bool:
    """ "X said Y must do Z": a demand by X on Y, whatever Z is; not "'We must know who directed
    the killer,' Putin said", the speaker's own resolve (no one else is asked)."""
    return _modal(verb) == "must" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SPEECH_VERBS \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)


def _framed(code: str, frame: str) -> str | None:
    table = _FRAME_CODES[frame]
    return table.get(code[:3]) or table.get(code[:2])
