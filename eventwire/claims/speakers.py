"""Speakers: noun phrase -> Actor, titles, and the document's registry of persons for later mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Actor
from .lexicon import _HONORIFICS, _PRONOUNS_GROUP, _PRONOUNS_PERSON, _QUOTE_CHARS, _SUBJ_DEPS, _lexicon

# --------------------------------------------------------------------------
# person registry


@dataclass
class _Person:
    name: str
    actor: Actor


@dataclass
class _Registry:
    persons: list[_Person] = field(default_factory=list)
    last_speaker: Actor | None = None  # last person who made a claim
    last_speaker_at: int = -10  # its sentence index
    last_group: Actor | None = None
    last_group_at: int = -10  # sentence index of last_group's claim
    subjects: list = field(default_factory=list)  # (sentence index, person subject or None)
    current: int = 0  # index of the sentence being read
    last_source: Actor | None = None  # last source organisation (media, think tank) that made a claim

    def add(self, name: str, actor: Actor) -> None:
        for p in self.persons:
            if p.name == name:
                if actor.title and not p.actor.title:
                    p.actor = actor
                self.persons.remove(p)
                self.persons.append(p)
                return
        self.persons.append(_Person(name, actor))

    def by_surname(self, word: str) -> Actor | None:
        word = word.lower().removesuffix("'s")
        for p in reversed(self.persons):
            parts = [w.lower() for w in p.name.split()]
            if word in parts:
                return p.actor
        return None

    def by_role(self, role: str, phrase: str = "") -> Actor | None:
        """The last person whose title is the role phrase, else holds the role word."""
        phrase = phrase.lower()
        for p in reversed(self.persons):
            if phrase and p.actor.title and p.actor.title.lower() == phrase:
                return p.actor
        for p in reversed(self.persons):
            if p.actor.title and re.search(rf"\b{re.escape(role)}\b", p.actor.title.lower()):
                return p.actor
        return None

    def last_person(self) -> Actor | None:
        """he/she: the person subject of one of the two previous sentences, else the last person
        speaker of the last six sentences ("…,” she said" continues a quoted speaker), else the
        last person mentioned, else the last person speaker."""
        for index, actor in reversed(self.subjects):
            if index < self.current - 2:
                break
            if actor is not None:
                return actor
        if self.last_speaker is not None and self.last_speaker_at >= self.current - 6:
            return self.last_speaker
        if self.persons:
            return self.persons[-1].actor
        return self.last_speaker

    def note_group(self, actor: Actor, sentence_index: int) -> None:
        self.last_group, self.last_group_at = actor, sentence_index

    def note_subject(self, sentence_index: int, actor: Actor | None) -> None:
        self.subjects = [x for x in self.subjects if x[0] != sentence_index] + [(sentence_index, actor)]


def _copy_actor(a: Actor, text: str | None = None) -> Actor:
    return Actor(text=text or a.text, actor=a.actor, country=a.country, sector=a.sector, title=a.title)


# --------------------------------------------------------------------------
# noun phrases and speakers


def _np_tokens(head, *, keep_appos: bool = True) -> list:
    """Tokens of the noun phrase headed by `head`, without clauses hanging off it."""
    drop = {"relcl", "acl", "advcl", "punct"} | (set() if keep_appos else {"appos"})
    out = [head]
    for child in head.children:
        if child.dep_ in drop and not (child.dep_ == "punct" and child.text in "()"):
            continue
        out.extend(child.subtree)
    out.sort(key=lambda t: t.i)
    # trim edge punctuation and leading determiners
    while out and (out[0].is_punct or out[0].dep_ == "det" or out[0].lower_ in ("'s",)):
        out.pop(0)
    while out and out[-1].is_punct and out[-1].text != ")":
        out.pop()
    return out


def _text_of(tokens: list) -> str:
    """The document text from the first to the last token (keeps the original spacing)."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def _cut_at_comma(tokens: list, head) -> list:
    """A speaker phrase ends at the first comma after its head ("Hezbollah, under an umbrella of ...")."""
    for k, t in enumerate(tokens):
        if t.i > head.i and t.text == ",":
            return tokens[:k]
    doc = head.doc
    for i in range(head.i + 1, tokens[-1].i + 1 if tokens else head.i + 1):
        if doc[i].text == ",":
            return [t for t in tokens if t.i < i]
    return tokens


def _acronym(tokens: list) -> str | None:
    """'Institute for the Study of War (ISW)' -> 'ISW'."""
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.text == "(" and c.text == ")" and b.text.isupper() and len(b.text) >= 2:
            return b.text
    return None


def _person_entity(head):
    """The PERSON entity holding `head`, widened to the left over first names the NER left out."""
    for ent in head.doc.ents:
        if ent.label_ == "PERSON" and ent.start <= head.i < ent.end:
            return _widen_name(ent)
    return None


def _widen_name(ent):
    doc, start = ent.doc, ent.start
    titles = _lexicon().forms("titleword") | _lexicon().forms("role")
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.lower_ in titles or prev.ent_type_ in (
                "GPE", "NORP", "ORG") or not prev.text[:1].isupper():
            break
        start -= 1
    return doc[start:ent.end] if start != ent.start else ent


def _resolve(resolver, text: str) -> Actor | None:
    if not text:
        return None
    try:
        a = resolver.resolve(text)
        if a is None and resolver.is_source_org(text):
            a = resolver.resolve_source(text)
        elif a is None:
            a = resolver.resolve_source(text)
    except Exception:  # a resolver failure must not lose the claim
        a = None
    return a


def _is_source_org(resolver, text: str) -> bool:
    try:
        return bool(text) and bool(resolver.is_source_org(text))
    except Exception:
        return False


def _strip_nationality(tokens: list) -> list:
    """Drop leading determiners, possessives and nationality words from a title."""
    out = list(tokens)
    while out and (out[0].dep_ in ("det", "poss", "case") or out[0].ent_type_ in ("GPE", "NORP")
                   or out[0].text in ("'s", ",")):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].dep_ == "case"):
        out.pop()
    return out


def _looks_like_title(tokens: list) -> bool:
    words = _lexicon().forms("titleword") | _lexicon().forms("role")
    return any(t.lower_ in words or (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")) for t in tokens)


def _title_from(tokens: list, ent) -> str | None:
    """Title words in front of a PERSON entity, or its apposition ("himself" is none)."""
    before = [t for t in tokens if t.i < ent.start]
    title = _strip_nationality(before)
    if title and _looks_like_title(title):
        return _text_of(title)
    head = ent.root
    for child in head.children:
        if child.dep_ == "appos" and _person_entity(child) is None:
            ap = _strip_nationality(_np_tokens(child))
            if ap and _looks_like_title(ap):
                return _text_of(ap)
    return None


def _speaker_from_np(head, resolver, registry: _Registry) -> Actor | None:
    """Resolve the noun phrase headed by `head` to a speaker Actor, using the registry."""
    lex = _lexicon()
    lower = head.lower_
    if head.pos_ == "PRON" or lower in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
        if lower in _PRONOUNS_PERSON:
            # "When Ghani announced the exchange, he said ...": a person named earlier in the sentence
            earlier = [e for e in head.doc.ents if e.label_ == "PERSON" and e.end <= head.i
                       and not any(t.text in _QUOTE_CHARS for t in head.doc[e.end:head.i])]
            if earlier:
                known = registry.by_surname(earlier[-1][-1].text)
                if known is not None:
                    return _copy_actor(known)
                return _speaker_from_np(earlier[-1].root, resolver, registry)
            a = registry.last_person()
            return _copy_actor(a) if a else None
        if lower == "they" and registry.last_group is not None and registry.last_group_at >= registry.current - 2:
            return _copy_actor(registry.last_group)
        return None  # I/we (the document's own voice), it, unresolvable they

    tokens = _np_tokens(head)
    full = _text_of(tokens)
    ent = _person_entity(head)
    if ent is not None:
        name = " ".join(t.text for t in ent if t.lower_ not in _HONORIFICS).removesuffix(" 's")
        title = _title_from(tokens, ent)
        known = registry.by_surname(ent[-1].text) if len(ent) == 1 or ent[0].lower_ in _HONORIFICS else None
        if known is not None and not title:
            return _copy_actor(known)
        a = _resolve(resolver, full)
        actor = Actor(text=name, actor=a.actor if a else None, country=a.country if a else None,
                      sector=a.sector if a else None, title=title or (a.title if a else None))
        if known is not None:
            actor = Actor(text=known.text, actor=actor.actor or known.actor, country=actor.country or known.country,
                          sector=actor.sector or known.sector, title=title or known.title)
        return actor

    # a bare surname the NER missed or mislabelled ("Campbell" as ORG)
    if head.pos_ == "PROPN":
        names = [t for t in tokens if t.pos_ == "PROPN" and t.lower_ not in _HONORIFICS]
        if len(names) == 1 or (tokens and tokens[0].lower_ in _HONORIFICS):
            known = registry.by_surname(head.text)
            if known is not None:
                return _copy_actor(known)

    # a definite role noun: "the minister", "the Vice President", "the official"
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ == "the"]
    role = lex.forms("role").get(lower)
    if role and det and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tokens):
        phrase = " ".join(t.text for t in tokens if t.dep_ != "det")
        known = registry.by_role(role, phrase)
        if known is None and role == "official" and registry.last_speaker is not None \
                and registry.last_speaker.sector in ("GOV", "MIL"):
            known = registry.last_speaker  # "the official said": the official who spoke last
        if known is not None:
            return _copy_actor(known)

    # publications: "the ISW report", "ISW's latest assessment"
    if head.lemma_.lower() in lex.lemmas("report") or lower in lex.forms("report"):
        for t in tokens:
            if t.i == head.i or t.pos_ not in ("PROPN", "NOUN"):
                continue
            org = " ".join(x.text for x in t.subtree if x.pos_ == "PROPN") or t.text
            if _is_source_org(resolver, org):
                a = resolver.resolve_source(org)
                return Actor(text=org, actor=a.actor if a else None, country=a.country if a else None,
                             sector=a.sector if a else None, title=None)
        # "the report", "the assessment" with nothing else: the source organisation last heard from
        if registry.last_source is not None and det and len(tokens) <= 2:
            return _copy_actor(registry.last_source)

    text = _text_of(_cut_at_comma(tokens, head)) or full
    acr = _acronym(tokens)
    a = _resolve(resolver, text)
    if a is None and acr:
        a = _resolve(resolver, acr)
    return Actor(text=text, actor=a.actor if a else None, country=a.country if a else None,
                 sector=a.sector if a else None, title=a.title if a else None)


def _relay_name(actor: Actor) -> str:
    m = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", actor.text)
    return m.group(1) if m else actor.text


def _note_speaker(registry: _Registry, speaker: Actor, head) -> None:
    ent = _person_entity(head)
    is_person = ent is not None or registry.by_surname(head.text) is not None or head.lower_ in _PRONOUNS_PERSON
    role = _lexicon().forms("role").get(head.lower_)
    if is_person or (role and speaker.title):
        registry.last_speaker, registry.last_speaker_at = speaker, registry.current
        registry.add(speaker.text, speaker)
    else:
        registry.note_group(speaker, registry.current)
    if speaker.sector == "MED":
        registry.last_source = speaker


def _register_persons(doc, resolver, registry: _Registry, sentence_index: int, quoted) -> None:
    """Persons mentioned in the sentence, in order, for later surname, role and pronoun mentions.

    PERSON entities are registered with their title words; a definite singular
    role phrase without a name ("the previous president") is registered as a
    person of its own unless it names a role of a known person. The person
    subject of the main clause is remembered for he/she in the next sentences. Names inside
    quotations (`quoted(token)`) are the quoted speaker's words and are skipped.
    """
    roles = _lexicon().forms("role")
    mentions: list[tuple[int, Actor]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or quoted(ent.root):
            continue
        ent = _widen_name(ent)
        name = " ".join(t.text for t in ent if t.lower_ not in _HONORIFICS).removesuffix(" 's")
        if not name:
            continue
        known = registry.by_surname(name) if len(name.split()) == 1 else None
        if known is not None:
            registry.add(known.text, known)  # a later surname mention: now the most recent
            mentions.append((ent.root.i, known))
            continue
        tokens = _np_tokens(ent.root)
        title = _title_from(tokens, ent)
        a = _resolve(resolver, _text_of(tokens))
        actor = Actor(text=name, actor=a.actor if a else None, country=a.country if a else None,
                      sector=a.sector if a else None, title=title or (a.title if a else None))
        registry.add(name, actor)
        mentions.append((ent.root.i, actor))
    for tok in doc:
        if tok.lower_ not in roles or tok.tag_ != "NN" or tok.ent_type_ == "PERSON" or quoted(tok):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "this", "that") for c in tok.children):
            continue
        if any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in tok.children):
            continue
        phrase_toks = [t for t in _np_tokens(tok, keep_appos=False) if t.i <= tok.i and t.dep_ != "det"]
        phrase = " ".join(t.text for t in phrase_toks)
        known = registry.by_role(roles[tok.lower_], phrase)
        if known is None:
            a = _resolve(resolver, phrase)
            known = Actor(text=phrase, actor=a.actor if a else None, country=a.country if a else None,
                          sector=a.sector if a else None, title=phrase)
            registry.add(phrase, known)
        mentions.append((tok.i, known))
    subject = None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None:
        subj = next((c for c in root.children if c.dep_ in _SUBJ_DEPS), None)
        if subj is not None:
            subject = next((a for i, a in mentions if i == subj.i), None)
            if subject is None and subj.lower_ in _PRONOUNS_PERSON:
                subject = registry.last_person()
        # a plural subject of the main clause or a clause joined to it is the antecedent for "they"
        for verb in [root] + [c for c in root.children if c.dep_ == "conj"]:
            for c in verb.children:
                if c.dep_ in _SUBJ_DEPS and c.pos_ != "PRON" and (
                        c.tag_ in ("NNS", "NNPS") or any(x.dep_ == "conj" for x in c.children)):
                    registry.note_group(_group_actor(c, resolver), sentence_index)
    registry.note_subject(sentence_index, subject)


def _group_actor(head, resolver) -> Actor:
    tokens = _np_tokens(head, keep_appos=False)
    text = _text_of(_cut_at_comma(tokens, head))
    a = _resolve(resolver, text)
    return Actor(text=text, actor=a.actor if a else None, country=a.country if a else None,
                 sector=a.sector if a else None, title=None)
