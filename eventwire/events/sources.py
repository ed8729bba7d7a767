"""Who did it: the doers a verb's parse names, the frame a verb is told under, and the doer kept
as text when the tables cannot code it.

- "was hit by Russian shelling", "killed in Israeli tank shelling": the attack's nationality says who
  did it (`SourceReader._sources`); "the G7 issued a statement condemning Russia's attacks": the
  signers condemn;
- "The EU urged Russia to stop its attacks": the stopping is framed as the EU's appeal to Russia
  (`_frame_of`, `_framed_roles`);
- "was shot dead by unknown attackers": the doer is "unknown attackers", with no code (`_unnamed_doer`,
  `_unnamed_subject`); "Ukraine received weapons from Denmark": Denmark gives (`_received_from`).

`SourceReader` is a mixin of EventCoder: its methods call the party and target readers and each
other, and two of them are phases of EventCoder._event. Word lists and parse tests are plain.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor
from .ace_news import called_on_someone
from .harm import _shooting_vehicle, _toll_attack
from .modality import _must_clause, _performed_by_saying
from .nouns import definite, looked_forward_to, promised_act
from .parties import _armed_act_of, _CROWD_COUNTS, first_person, _PERSONAL_PRONOUNS, _phrase_text, _Roles
from .persons import _dateline_end
from .syntax import (_ACCIDENTS, _ACCUSE_VERBS, _AIM_NOUNS, _ASPECT_VERBS, _ATTACK_NOUNS, _BLASTS, _building_fire,
                     _CEASE_VERBS, charge_denied_after, _COMMAND_VERBS, _DENY_VERBS, _DOCUMENT_NOUNS, _FIGHTING,
                     _FIRST_PERSON, _FRAMES, _heading, is_coded, _is_passive, _locative_participle, _Match,
                     misread_attack_noun, misread_main_verb, _participle_after_a_place_taken, _PEOPLE_SECTORS, prep_objects, _PROJECTILES,
                     _stated_intention, _STEP_NOUNS, _subject_chain, _subjects_hung_on_a_place, _TOLL_LEFT,
                     _VIOLENT_ROOTS, _WEAPONS)
from .targets import _objects
from .triggers import _guest_welcomed, _thanks_for


def _gerund_subject_read_as_aux(c: Token, verb: Token) -> bool:
    """An "-ing" noun the parser made the auxiliary of the verb after it, with its own modifier: "Russian
    shelling wounded five civilians" (shelling/aux ← wounded) is the subject, and its nationality the doer
    (session 13; "Russian shelling killed five" parses right; with no modifier, `_attack_gerund_subject`
    keeps the harm as undergone)."""
    return c.dep_ == "aux" and c.tag_ == "VBG" and c.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children) \
        and any(x.dep_ in ("amod", "det", "compound", "poss") for x in c.children)


# what a denial denies, when it names the report ("denied reports that ...")
_DENIED_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "assertion",
                 "charge", "speculation", "story", "account", "assessment"}


def _bullet(verb: Token) -> bool:
    """A fact sheet's item: the sentence opens with a gerund that has no subject ("Providing
    enhanced rotational deployments ...", "Scheduling the site for transfer ...")."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "ROOT" and root.tag_ == "VBG" and root.i == min(t.i for t in root.subtree if not t.is_punct) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)


# Texts that act for whoever issues them: "an order imposing tariffs", "a decree banning".
_ISSUED_TEXTS = {"order", "decree", "law", "resolution", "bill", "directive", "memorandum", "proclamation",
                 "legislation", "act", "measure", "package", "regulation", "rule", "ordinance", "sanction"}


# Texts whose participle says what their signers say (round evdet16): "A group of opposition parties signed a
# joint statement condemning the arrest", "the G7 issued a statement condemning Russia's attacks", "twelve
# countries signed a letter urging restraint": the signers condemn, urge.
_STATEMENT_TEXTS = {"statement", "letter", "declaration", "communique", "communiqué", "petition", "appeal"}


# Subjects that name no one: expletives, relative and demonstrative pronouns, "what".
_NO_ONE = {"it", "there", "you", "this", "that", "these", "those", "which", "what", "who", "whom", "one", "something",
           "anything", "everything", "nothing", "all", "both", "each", "some", "many", "most", "none"}


# Verbs that report what someone else did: "a man who police say killed his wife".
_SAYING = {"say", "allege", "believe", "suspect", "think", "claim", "report", "accuse"}


# verbs whose object is said to have done the act of their "of"/"for" gerund ("accused X of shelling")
# (the accusing frame's verbs, and those that punish, praise or thank someone "for" an act)
_ACCUSING_VERBS = frozenset(_ACCUSE_VERBS | {"denounce", "fault", "convict", "indict", "arrest", "jail", "sentence",
                                             "punish", "sanction", "praise", "thank", "commend", "credit"})


# What one phones someone to do: "called his counterpart to discuss the crisis" is a call (041).
_CONVERSATION_VERBS = {"discuss", "talk", "express", "congratulate", "thank", "offer", "review", "brief",
                       "convey", "exchange", "coordinate", "consult", "update", "reaffirm", "condole"}


def _conjoined_complement(verb: Token) -> Token | None:
    """The first of coordinated complements, whose frame the later ones share (evwar18): "The EU urged
    Russia to stop its attacks and to withdraw its troops" (both asked), "Japan agreed to provide radars
    and to train Philippine pilots" (both intended), "Moscow denied shelling the plant and killing
    civilians" (both denied). Only an infinitive or a gerund joined to an infinitive or gerund complement
    ("Russia attacked Kyiv and Ukraine shelled Belgorod" are two main clauses; "said it had struck ... and
    killed ..." is reported, not framed)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = verb.head
    if first.dep_ not in ("xcomp", "pcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    own_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (own_to or verb.tag_ in ("VB", "VBG")):
        return None
    return first


_CRIME_LABELS = {"terrorism", "terrorist", "genocide", "crime", "aggression", "atrocity", "violation", "massacre"}


def headline_source(subject: Token) -> bool:
    """A headline's source before a colon, which the parser makes the subject of a verb after it,
    says what follows; it did not do it (round 13, ECB+): "Sheriff: Michigan office shooting kills
    1, injures 2", "Cops: Queens woman killed in hit-and-run", "Police: man shot his neighbour"."""
    doc = subject.doc
    start = subject.sent.start if doc.has_annotation("SENT_START") else 0
    return subject.i + 1 < len(doc) and doc[subject.i + 1].text == ":" and 0 <= subject.i - start <= 3 \
        and subject.left_edge.i >= start


class SourceReader:
    """Reads the doers of a verb's parse and the frame it is told under (phases of EventCoder._event)."""

    def _received_from(self, m: _Match, sources: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """ "Ukraine received weapons from Denmark": the giver acts, the receiver is the target.
        Returns (sources, targets)."""
        verb = m.verb
        givers = [a for holder in [verb] + ([m.obj] if m.obj is not None else [])
                  for o in prep_objects(holder, "from", by="lemma") for a in self._actors(o)]
        if not givers and m.obj is not None:
            # "faced Palestinian criticism", "came under Russian attack": the nationality says who
            givers = [a for c in m.obj.children if c.dep_ in ("amod", "compound")
                      for t in (c, *c.conjuncts) if t.ent_type_ in ("NORP", "GPE") for a in self._actors(t)]
            # "died in an Israeli naval strike", "came under Russian attack": an armed act's nationality
            # is its military (`_armed_act_of`)
            givers = [_armed_act_of(m.obj, a) for a in givers]
        if not sources and m.trigger.cameo[:2] in _VIOLENT_ROOTS | {"17"}:  # ("Gomes faces two counts of murder")
            # "Dolan died from a gunshot wound": the one who underwent it, as the text names them
            victim = self._unnamed_subject(verb, verb)
            sources = [victim] if victim is not None and victim.text.lower() not in ("it", "this", "that") else []
            if sources and sources[0].actor is None and sources[0].text.lower() not in _PERSONAL_PRONOUNS:
                sources = [Actor(sources[0].text, "CVL", None, "CVL")]  # someone, one of the people
        return givers, sources

    def _framed_roles(self, m: _Match, r: _Roles) -> None:
        """Roles under a frame: the accused does the alleged act, the one urged or warned is the
        target, an order to one's own side is the ordered act."""
        verb, frame, frame_verb = m.verb, r.frame, r.frame_verb
        sources, targets = r.sources, r.targets
        if frame == "accuse" and frame_verb is not None:
            # "Kyiv accused Moscow of shelling the plant": the alleged act is Moscow's; never the
            # accuser's, even when the tables cannot code the accused ("accused the North of
            # sending troops": named as the text names it)
            accused = [c for c in frame_verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            sources = self._actors_of_dep(frame_verb, ("dobj",)) \
                or [Actor(_phrase_text(c), None, None, None) for c in accused] or sources
        addressees = self._actors_of_dep(frame_verb, ("dobj",)) if frame in ("appeal", "demand", "threaten") else []
        if frame == "appeal" and not addressees:
            # "Poland called on NATO to deploy more troops": whom the call is made on
            addressees = [a for o in prep_objects(frame_verb, ("on", "upon")) for a in self._actors(o) if is_coded(a)]
        if frame == "threaten" and addressees:
            # "Beijing warned Washington against arming Taiwan": the warning is aimed at Washington.
            targets, addressees = addressees, []
        if addressees and sources and sources[0].country and sources[0].country == addressees[0].country \
                and frame_verb.lemma_.lower() in _COMMAND_VERBS:
            # An order to one's own side ("Putin ordered Russian troops to attack Kyiv") is
            # coded as the ordered act, done by those ordered.
            sources, frame, frame_verb = addressees, None, None
        elif frame == "appeal" and frame_verb is not None:
            # "X urged Y to withdraw": X appeals, Y is the target.
            targets = addressees or self._actors_of_dep(verb, ("nsubj",)) or targets
        if frame in ("appeal", "demand") and frame_verb is not None and _is_passive(frame_verb):
            # "Obama is being pressured by Congress to help Iran": Congress asks Obama.
            sources = [a for p in frame_verb.children if p.dep_ == "agent"
                       for c in p.children if c.dep_ == "pobj" for a in self._actors(c)]
            targets = self._actors_of_dep(frame_verb, ("nsubjpass",)) or targets
        if frame == "demand" and frame_verb is not None and _must_clause(verb):
            targets = self._actors_of_dep(verb, ("nsubj",)) or targets  # "... that China must ..."
        if frame in ("appeal", "demand") and frame_verb is not None and not sources and _is_passive(verb) \
                and not _is_passive(frame_verb):
            # "The EU called for all hostages to be released": the act asked for names no doer; the
            # one who asks is the appeal's source
            sources = self._actors_of_dep(frame_verb, ("nsubj",))
        r.sources, r.targets, r.frame, r.frame_verb = sources, targets, frame, frame_verb

    def _unnamed_doer(self, m: _Match, r: _Roles, undergone: bool, voice: str | None) -> None:
        """A doer the tables cannot code keeps its text with no code (GDELT's blank actor codes):
        a subject, a passive's agent, an attack told before ("the strikes killed five"), forces
        deployed, a fact sheet's author."""
        verb, frame_verb, source, target = m.verb, r.frame_verb, r.source, r.target
        if source is None and not undergone:
            # "Unknown attackers shot dead two soldiers", "the officials agreed"
            source = self._unnamed_subject(verb if frame_verb is None else frame_verb, verb)
            if source is not None and source.text.lower() in _CROWD_COUNTS and m.trigger.cameo[:2] != "14":
                source = None  # "Thousands rallied": a crowd protests; "Scores taken hostage" are victims
            if source is not None and source.actor is None and source.text.lower() == "it" and not is_coded(target):
                source = None  # "it's reinforcing the concern": a state's "it" acts on someone named
        if source is None and m.trigger.cameo[:2] in _VIOLENT_ROOTS and (vehicle := _shooting_vehicle(verb)) is not None:
            source = Actor(_phrase_text(vehicle, with_of=False))  # "a car drove by and fired shots at them"
        if source is None and _is_passive(verb):
            # "was shot dead by unknown attackers": the agent the tables cannot code keeps its text
            agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
            if agents and self._agentive(agents[0]) and agents[0].lower_ not in _NO_ONE:
                source = Actor(_phrase_text(agents[0], with_of=False))
        if source is None and m.trigger.cameo[:2] in _VIOLENT_ROOTS:
            # "the strikes killed at least five civilians": an attack the document already told of;
            # its doer is lent by events.document.resolve_references (or the marker is dropped there)
            told = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ATTACK_NOUNS
                         and definite(c)), None)
            if told is not None:
                source = Actor(_phrase_text(told, with_of=False))
        if source is None and m.trigger.verb == _TOLL_LEFT.verb:
            # "a series of attacks by Islamic State militants left 130 people dead": the attack's "by"
            attack = _toll_attack(verb)
            source = next((a for o in prep_objects(attack, "by") for a in self._actors(o)), None) \
                if attack is not None else None
        if source is None and _is_passive(verb) and verb.lemma_.lower() in ("launch", "fire") and target is not None \
                and target.country and target.sector == "MIL" \
                and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _WEAPONS | _PROJECTILES for c in verb.children):
            # "The missiles were launched from an area south of Pyongyang": whose the weapons fired are, fired them
            source, target = target, None
        if source is None and _is_passive(verb) and m.trigger.cameo[:2] == "15" and target is not None \
                and target.sector in ("MIL", "COP", "REB") and (target.sector != "REB" or target.country):
            # "Troops were deployed to the capital": the forces deployed are the show of force (so are a
            # state's irregulars: "Russian paramilitaries from the Africa Corps are deployed in Ouagadougou")
            source = target
            target = next((t for t in r.targets if t.actor != source.actor and t.country != source.country), None)
        if source is None and not undergone and voice and _bullet(verb if frame_verb is None else frame_verb) \
                and not _heading(verb):
            # "Providing enhanced rotational deployments in the Baltic region": a fact sheet's
            # subjectless item is what the statement's author does
            source = Actor("(the statement's author)", f"{voice}GOV", voice, "GOV")
            r.from_document.add("source")
        r.source, r.target = source, target

    def _labelled_act(self, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
        """ "These attacks fit the textbook definition of terrorism", "Russia's strikes constitute
        war crimes": the one who says so accuses (the speaker, named later like "I") the doer of the
        act (its possessor or nationality). None unless an act is labelled a crime."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        label = {t.lemma_.lower() for o in _objects(verb) for t in o.subtree}
        if not subjects or not label & _CRIME_LABELS or subjects[0].lemma_.lower() in _CRIME_LABELS:
            return None
        act = subjects[0]
        doers = self._possessors(act) + [a for c in act.children if c.dep_ in ("amod", "compound")
                                         and c.ent_type_ in ("NORP", "GPE") for a in self._actors(c)]
        return [first_person("I")], doers

    def _frame_of(self, verb: Token) -> tuple[str | None, Token | None]:
        """The verb that frames this one as intended, requested, refused, threatened or denied,
        looking up through aspect verbs ("continue to deny", "urged X to stop supporting")."""
        if _must_clause(verb):
            return "demand", verb.head
        v = verb
        if (first := _conjoined_complement(verb)) is not None:
            v = first  # "agreed to provide radars and to train Philippine pilots": framed as the first is
        for _ in range(4):
            if _stated_intention(v):
                return "intent", v.head.head  # "Allies will announce their intention to provide ..."
            promised = promised_act(v.head) if v.dep_ == "acl" else None
            if promised is not None and promised.i == v.i:
                # "Australia's $30 million commitment to provide drones to Ukraine", "Putin's offer to
                # mediate between India and Pakistan": what a promise promises is intended, by its owner
                return "intent", v.head
            if v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX") \
                    and v.head.head.i != v.head.i:
                # "accused Moscow of violating the truce by shelling Kharkiv": the means shares
                # the frame of the act it serves.
                return self._frame_of(v.head.head)
            report = v.head
            if v.dep_ in ("acl", "ccomp") and report.pos_ == "NOUN" and report.lemma_.lower() in _DENIED_NOUNS \
                    and report.dep_ == "dobj" and report.head.lemma_.lower() in _DENY_VERBS \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
                # "denied reports that China is supplying weapons", "dismissed claims that it had sent
                # drones": what the denied report says is denied, not told as done
                return "deny", report.head
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            if v.head.i == v.i or not (v.dep_ in ("xcomp", "ccomp", "pcomp", "pobj")
                                   or (v.dep_ == "advcl" and infinitive)):
                return None, None
            head = v.head
            if v.dep_ == "pobj" or (head.pos_ == "ADP" and head.head.i != head.i):
                head = head.head  # "called for talks", "deny supporting"
            if v.dep_ == "pcomp" and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" \
                    and head.head.lemma_.lower() in _ACCUSING_VERBS:
                head = head.head  # "accused the rebels of attacking": the parser hangs "of" on the accused
            lemma = head.lemma_.lower()
            if (stated := charge_denied_after(head)) is not None and stated.i == v.i:
                return None, None  # "X has accused Y of Z, a charge Y denies": the accusation is stated
            if looked_forward_to(v):
                return "intent", head  # "I look forward to discussing these issues with President Xi" (036)
            # A finite "that" clause is reported content, not a framed act (except denials).
            finite_clause = v.dep_ == "ccomp" and not infinitive
            if lemma == "call" and v.lemma_.lower() in _CONVERSATION_VERBS \
                    and not called_on_someone(head):
                return None, None  # "called his Russian counterpart to discuss the crisis": a call, no appeal
            if _performed_by_saying(head, v):
                return None, None  # "I want to thank Chancellor Scholz": the thanks is given
            for name, verbs in _FRAMES:
                if lemma in verbs and (not finite_clause or name == "deny"):
                    if v.dep_ == "advcl" and name not in ("appeal", "demand"):
                        continue
                    own_subject = any(c.dep_ == "nsubj" for c in v.children) \
                        or any(c.dep_ == "dobj" for c in head.children)
                    if name == "intent" and own_subject and lemma in ("want", "expect", "hope", "propose"):
                        return "appeal", head  # "wants Putin to attack": asks someone else
                    return name, head
            if lemma == "be" and v.dep_ == "xcomp" and infinitive:
                # "It is the policy of the United States to cooperate with ...": the stated aim is
                # the intention of whoever's policy it is (sources from the noun, _parsed_roles)
                aim = next((c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in _AIM_NOUNS), None)
                if aim is not None:
                    return "intent", aim
            if v.dep_ == "advcl" and infinitive and head.dep_ in ("xcomp", "ccomp"):
                # a purpose clause shares the intent of the complement it serves: "agreed to open its
                # borders to allow humanitarian aid", "offered to send troops to help African forces",
                # "is willing to provide expertise to help the UN" (only intent: "urge Congress to pass
                # the funding to help Ukraine" stays the appeal to Congress it was)
                name, frame = self._frame_of(head)
                if name in ("intent", "consider"):  # "considering sending troops to Haiti to lead a mission"
                    return name, frame
            if lemma not in _ASPECT_VERBS and lemma not in _CEASE_VERBS:
                return None, None
            v = head
        return None, None

    def _sources(self, verb: Token, action: Token) -> list[Actor]:
        if _thanks_for(action) or _guest_welcomed(action):
            return [first_person("I")]  # "Thank you, Mr. President, for ...": the speaker thanks
        if (nationality := misread_attack_noun(action)) is not None:
            # "A school was damaged in Russian shelling": the nationality shells, not the school
            return [_armed_act_of(action, a) for a in self._actors(nationality) if a.country]
        if _is_passive(action):
            for prep in action.children:
                if prep.dep_ == "agent":
                    # ("flattened by Russian glide bombs": a weapon that acts is its state's military)
                    found = [_armed_act_of(c, a) for c in prep.children if c.dep_ == "pobj" for a in self._actors(c)]
                    # "was hit by Russian shelling": the attack's nationality says who did it
                    return found or [_armed_act_of(c, a) for c in prep.children if c.dep_ in ("pobj", "pcomp")
                                     and (c.lemma_.lower() in _ATTACK_NOUNS or c.lower_ in _ATTACK_NOUNS)
                                     for m in c.children if m.dep_ in ("amod", "compound", "poss")
                                     for a in self._actors(m) if a.country or is_coded(a)]
            # "killed in Israeli tank shelling": the attack noun names who did it ("were killed and
            # 20 injured in the Russian attack": the coordinated participle's phrase is shared).
            for prep in [*action.children, *(c for v in action.conjuncts if _is_passive(v) or v.tag_ == "VBN"
                                              for c in v.children)]:
                if prep.dep_ == "prep" and prep.lemma_ in ("in", "by"):
                    for noun in (c for c in prep.children if c.dep_ == "pobj"):
                        # "in Israeli tank shelling": the parser may split the compound and
                        # read "shelling" as a verb after the object "tank".
                        after = noun.nbor() if noun.i + 1 < len(noun.doc) else noun
                        # (the tagger may read "shelling" as a gerund, lemma "shell")
                        if (noun.lemma_.lower() in _ATTACK_NOUNS or noun.lower_ in _ATTACK_NOUNS
                            or after.lower_ in _ATTACK_NOUNS) \
                                and not _building_fire(noun):  # ("killed in Athens bank fire": a blaze)
                            found = [a for c in noun.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")
                                     for t in c.subtree
                                     # ("in Little Rock shooting": where it happened, not who shot)
                                     if not (t.ent_type_ in ("GPE", "LOC", "FAC") and c.dep_ == "compound"
                                             and self.resolver.resolve(t.text) is None)
                                     for a in self._actors(t)]
                            # "killed in a Ukrainian drone strike": the nationality names the doer, its
                            # military (the weapon word beside it is the means, no second party; session 16)
                            act = noun if _ATTACK_NOUNS & {noun.lemma_.lower(), noun.lower_} else after  # ("tank shelling")
                            found = [_armed_act_of(act, a) for a in found if a.country] or found
                            if found:
                                return found
                        if noun.lemma_.lower() in _FIGHTING | {"exchange"}:
                            # "killed in an exchange of fire with Pakistani troops": the other side
                            found = [a for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "with"
                                     for o in t.children if o.dep_ == "pobj" for a in self._actors(o)]
                            if found:
                                return found
            return []
        for v in _subject_chain(verb):
            # (a passive's subject is its patient; "is committed to" is a stance, not a passive)
            # ("Obama is scheduled to attend": the controller; "were killed or wounded": a patient)
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")
                        or (c.dep_ == "nsubjpass" and (not _is_passive(v) or (
                            v.i != action.i and not (action.dep_ == "conj" and action.head.i == v.i))))
                        or _gerund_subject_read_as_aux(c, v)]
            if len(subjects) > 1:
                # "Iraqi officials: car bomb kills 20": the headline's source before a colon, which
                # the parser makes a second subject, says it; it did not do it (round 11)
                subjects = [c for c in subjects if not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":")]
            # ("Food Security Dialogue: The U.S. Department of Agriculture ... will establish": a fact
            # sheet's label, the parser hanging the real subject on it as an apposition)
            subjects = [a for c in subjects for a in (
                [x for x in c.children if x.dep_ == "appos" and x.i > c.i + 1] if headline_source(c) else [c])]
            if not subjects and v.i == verb.i:
                subjects = _subjects_hung_on_a_place(v)  # "During Putin's visit to Pyongyang, Russia and the DPRK agreed"
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") and (
                    any(c.dep_ == "aux" and c.lemma_.lower() == "say" for c in v.children)
                    or (v.i != verb.i and v.lemma_.lower() in _SAYING and any(c.tag_ in ("WP", "WDT") for c in subjects))):
                # "a man who police say shot his son" (parsed with "say" as an auxiliary, or with
                # "who" and "police" both subjects of "say"): the man did it, not the police
                return [a for a in self._actors(v.head)]
            if subjects and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") \
                    and all(s.tag_ in ("WDT", "WP") for s in subjects):
                # "NATO, which deployed...": the antecedent; "UN Security Council Resolution 2803,
                # which endorsed the plan": a text acts for whoever its name says issued it
                if v.head.lemma_.lower() in _DOCUMENT_NOUNS:
                    return [a for c in v.head.children if c.dep_ in ("compound", "poss", "nmod")
                            for a in self._actors(c) if is_coded(a)]
                # not "helicopters that attack"; "a man, who stabbed her": people are someone
                return [a for a in self._actors(v.head) if is_coded(a) or a.sector in _PEOPLE_SECTORS | {"CRM"}]
            if subjects:
                # "We will support Ukraine": the speaker, whom the pipeline names later (the
                # quoted speaker, or the voice of an official statement).
                return [_armed_act_of(s, a) for s in subjects for a in self._actors(s)] \
                    or [first_person(s.text) for s in subjects if s.lower_ in _FIRST_PERSON] \
                    or [a for s in subjects if s.lemma_.lower() in _FIGHTING for a in self._fighters(s)]
            if v.dep_ == "pcomp" and v.head.lemma_ in ("for", "of") and v.head.head.i != v.head.i:
                # "jailed a student for helping...", "accused Moscow of shelling...": the
                # object of the main verb is who did the act.
                holder = v.head.head
                if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
                    # "accused the rebels of attacking a convoy": the parser hangs "of" on the object
                    doer, holder = holder, holder.head
                else:
                    doer = next((c for c in holder.children if c.dep_ == "dobj"), None)
                doers = self._actors(doer) if doer is not None else []
                if doers:
                    return doers
                if doer is not None and doer.pos_ in ("NOUN", "PROPN") \
                        and holder.lemma_.lower() in _ACCUSING_VERBS:
                    # "accused the North of sending troops": the accused did it, named but not coded;
                    # never the accuser
                    return [Actor(_phrase_text(doer), None, None, None)]
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return self._actors(v.head)
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and (v.tag_ != "VBN" or misread_main_verb(v)) \
                    and not _locative_participle(v) and not _stated_intention(v) \
                    and not _participle_after_a_place_taken(v):
                if v.head.lemma_.lower() in _ISSUED_TEXTS | _STATEMENT_TEXTS and v.head.dep_ == "dobj" \
                        and v.head.head.i != v.head.i:
                    # "signed an Executive Order imposing tariffs on India": whoever issued it acts
                    return self._sources(v.head.head, v.head.head)
                return self._actors(v.head)
        if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            # "Earlier today, Iran—and its proxies operating out of Yemen—launched an air attack": a
            # subject set off by dashes, which the parser hangs on a word before the verb
            for t in verb.doc[:verb.i]:
                if t.dep_ in ("appos", "dep", "npadvmod") and t.pos_ in ("PROPN", "NOUN") and t.head.pos_ != "ADP":
                    found = [a for m in (t, *t.conjuncts) for a in self._actors(m)]
                    if found:
                        return found
        return []

    def _fighters(self, fighting: Token) -> list[Actor]:
        """ "Fighting between the army and the RSF killed dozens", "clashes between police and
        protesters left two dead": the sides of the fighting did it."""
        holders = [fighting] + ([fighting.head] if fighting.head.lemma_.lower() in ("erupt", "break", "flare") else [])
        return [a for h in holders for o in prep_objects(h, ("between", "among", "by"), by="lemma")
                for a in self._actors(o)]

    def _unnamed_subject(self, verb: Token, action: Token) -> Actor | None:
        """The subject as the text says it, when the tables give it no code: "Unknown
        attackers", "the two leaders", "they". Expletives and relative pronouns name no one."""
        for v in _subject_chain(verb):
            subjects = [c for c in v.children if (c.dep_ == "nsubj"
                        or (c.dep_ == "nsubjpass" and (v.i != action.i or not _is_passive(v))))
                        and not headline_source(c)]
            if len(subjects) > 1 and any(c.text == "-" for c in subjects) \
                    and all(b.i == a.i + 1 for a, b in zip(subjects, subjects[1:])):
                # "an ex-employee opened fire": a hyphenated word the parser splits into three
                # subjects; its head is the last (round 13, ECB+)
                subjects = [subjects[-1]]
            if subjects:
                s = subjects[0]
                if s.lower_ == "it" and s.dep_ == "nsubj" and v.lemma_ != "be" and v.pos_ == "VERB":
                    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                        # "Iran is supporting Russia, and it's supporting Hamas": the first clause's subject
                        earlier = [a for c in v.head.children if c.dep_ == "nsubj" for a in self._actors(c)
                                   if a.sector in ("GOV", "IGO", "MIL", None) and not a.title]
                        return earlier[0] if earlier else None
                    if v.dep_ == "ROOT" and all(t.dep_ in ("cc", "advmod", "punct") for t in s.doc[:s.i]):
                        # "It also shelled Kharkiv": a state or body named before, if the document
                        # has one (events/document.py resolve_references); else dropped there
                        return Actor(s.text)
                    return None
                if s.lower_ in _NO_ONE or s.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or s.i < _dateline_end(s.doc) \
                        or s.lemma_.lower() in _ATTACK_NOUNS | _BLASTS | _PROJECTILES | _ACCIDENTS | {"explosion", "blast"}:
                    return None  # "a roadside bombing killed...": what did it, not who
                issued = self._issued_in(s)
                if issued is not None:
                    return issued
                return Actor(_phrase_text(s, with_of=False)) if self._agentive(s) else None
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return Actor(_phrase_text(v.head, with_of=False))
            stepped = v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _STEP_NOUNS for c in v.head.children)
            if v.dep_ == "advcl" and not stepped and (any(c.dep_ == "mark" for c in v.children) or v.tag_ != "VBG"):
                return None  # "As alleged, the defendants had...": another clause's subject
            # ("took steps to strengthen": the infinitive of a step taken shares its clause's subject)
            # ("went on a rampage, killing seven": a participle shares its clause's subject)
        return None

    def _issued_in(self, subject: Token) -> Actor | None:
        """ "A report released in the Rwandan capital", "a statement issued in Moscow": a text
        speaks for the country it was issued in."""
        for part in subject.children:
            if part.dep_ == "acl" and part.tag_ == "VBN":
                for o in prep_objects(part, ("in", "from", "by"), by="lemma"):
                    country = self.resolver.country_of(_phrase_text(o)) \
                        or next((a.country for a in self._actors(o) if a.country), None)
                    if country:
                        return Actor(_phrase_text(subject, with_of=False), country, country)
        return None
