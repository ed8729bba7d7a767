"""Claims: who said what, via whom, with which stance — and which claims contradict.

    claims = extract_claims(document, sentences, parsed, resolver)
    pairs = link_contradictions(claims)          # within one document
    pairs += link_against(claims, store_claims)  # against claims already stored

What counts as a claim (one `Claim` per attribution; cues in data/claim_cues.tsv):

* a reporting verb (said, told, noted, reported, underscored, …) with content:
  a "that"-clause/ccomp of at least three words (also one coordinated with a
  noun-phrase object: "reiterated X and that Y"; not a question: "explained
  how …"), an infinitive for the few
  verbs whose infinitive is reported content ("claimed to be", "is said to
  have"), a direct quotation in the sentence that is not part of the verb's
  object, or — for a parenthetical attribution after a comma or quote
  ("China is helping Russia, Campbell said") or an "as"-clause ("As Gupta noted, X") — the
  clause it hangs on; the that-clause of a proposition noun object ("reiterated the position
  that …", "disputed the notion that …"); for a short frame sentence right after a quotation
  ('"…?” / said Hill, who testified.', '"…” / Holmes testified.') the quotation itself;
  not advice in the subjunctive ("suggested that he change his diet"), not a participle after
  an object ("admitted refugees, overwhelming …"), and not a quote in a sentence whose cue sits
  in a subordinate clause with its own object ("after the committee concluded its hearings");
  a few cue verbs that also take things as subjects (data/claim_cues.tsv `weakverb`: "the case
  highlights that …") need a subject that can speak (a name, pronoun, plural, role, report,
  listed speaker noun or agent noun such as "examiner");
* "made clear that" / "was clear that" (adjective cues with make/be);
* "claimed responsibility/credit for X" (content = the object);
* a denial verb (deny, reject, dismiss, refute, "rule out", …) with a clause or gerund
  ("deny supporting …") or a claim-like object ("rejected the allegations",
  "denied involvement"); "deny Russia the ability to borrow" withholds and is
  no claim; a labelling verb with a denial word ("called the reports
  groundless");
* "according to X" (content = the rest of the sentence);
* a reporting noun with an owner and a "that"-clause ("Zelensky's statement
  that …").

A claim needs a speaker, except hedged claims by unnamed sources, kept with
speaker None: the impersonal passive ("Iran is said to have shipped …") and a
clause with an evidential adverb and no attribution ("Iran reportedly
supplied drones …", cue "reportedly"). I/we/you are the document's
own voice or unresolvable and give no claim; "it" only as below. Cue words inside a quotation are
the quoted speaker's words, not new attributions.

Quotes. Straight and curly double quotes are paired within a paragraph. When
quotations carry the content (they cover at least 60% of it and hold two or
more words) the claim is direct: `direct=True`, `quote` = the quoted words,
with the pieces of a quote split around the cue joined ('"We will respond,"
Peskov said, "decisively."' → "We will respond decisively."), and
`content_span` runs from the first to the last piece (so for split quotes it
also covers the frame between them; `content` is the joined text). A quote
that opens in the sentence and runs on into the next sentences extends `span`
and `content_span` to its end. A quotation inside reported speech that does
not carry it ('China provides "very substantial" support') is a partial
quote: `quote` holds it, `direct` stays False.

Speakers. The subject (climbing "continue to deny" chains, skipping subjects
inside quotations: '"We are pleased", adding that …'; the antecedent of a
relative "who"; the object of an inverted "…, said another witness, X"), the
owner of a reporting noun, or the object of "according to", resolved with the
actor resolver. A wire dateline the parser made the subject ("HANOI, Vietnam
(AP) — Esper accused …", "MOSCOW (Reuters) - Peskov said") gives way to the real
subject after it. A generic noun with a proper name in apposition is the named
one ("The company that runs the AMAs, Dick Clark Productions"). The country a
posted role is sent to is not the speaker's ("envoy to Ukraine", "China's
ambassador to Britain": data/claim_cues.tsv `postedrole`). A PERSON name (widened leftwards over
first names the NER missed) gives `text` = the name and `title` = the words in
front of it minus determiners and the leading nationality ("US Deputy
Secretary of State Kurt Campbell" → "Deputy Secretary of State"), or its
apposition ("Peskov, the Kremlin spokesman"). A speaker phrase ends at the
first comma after its head. A registry of persons mentioned so far in the
document (PERSON entities of every parsed sentence, in order, with titles,
and definite role phrases without a name such as "the previous president")
resolves later mentions:
- a surname or honorific + surname ("Campbell", "Mr. Sullivan");
- he/she/his: a person named earlier in the same sentence ("When Ghani announced
  the swap, he said …", also a known surname the NER missed), else the person subject of
  the main clause of one of the two previous sentences, else the person who made a claim
  within the last six sentences, else the last person mentioned (outside quotations) —
  each skipping persons whose known gender does not fit the pronoun (gender from
  honorifics, title words and a first-name table, data/claim_gender.tsv, or from an
  earlier he/she resolved to that person; unknown fits both);
- it: the organisation or country that made a claim in the current or two
  previous sentences ("…, it added", "which it said crashed"); "the statement /
  the report said" likewise;
- they: a plural subject (or a group speaker, also "X and Y said", which is
  never registered as one person) of the current or two previous sentences, else
  no claim;
- a definite role noun: the last person whose title equals the role phrase
  ("the Vice President"), else whose title holds the role word ("the
  minister"); "the official" falls back to the last government/military
  person speaker; otherwise the role phrase itself is the speaker.
Groups ("Chinese officials", "Western reporting") are speakers too; a
publication noun with a source-organisation modifier becomes that
organisation ("The ISW report also mentions …" → speaker "ISW"). Sentences
the pipeline did not parse (no cue, no event), and parsed sentences without
entities, feed the registry through a cheap pattern over their text: runs of
capitalised words holding a known first name or an honorific ("Afghan President
Ashraf Ghani", "Mr. Sullivan"), the one opening the sentence counting as its
subject — so a later "he" or surname finds them. Speakers are noted as soon as
they are found, so a second claim of the same sentence can refer back.

Speaker countries (claims/countries.py), once the document is read, for speakers the
resolver gave none: the country any mention of the same person gives (title, apposition,
affiliation, possessive — earlier or later in the document), the shared country of a
group's named members ("Vindman and Williams"), the country other mentions of a common-noun
speaker give ("Prosecutors in Sweden" … "Prosecutors said"); failing those, the document's
one country (only when the document names a single country) or its dateline's country —
never for experts, media, companies, unknown organisation names or envoys. The defaults set
`country` only, not the `actor` code. Otherwise the country stays None.

Beyond speech (issue #14): belief, assessment and evidence cues ("believes that", "the report found
that", "footage shows …", `belief` and `evidence` kinds of data/claim_cues.tsv), "initial indications
are that …", nominal cues ("Russia's admission that …"), passive reports with the whole clause as
content; a sentence that goes on with a quotation opened in a claim's sentence, or a "That he could …"
fragment after a reported clause, is a claim of the same speaker with cue "<cue> (continued)".

News reporting (issue #14, round 2): hard-wrapped sentences cut by the splitter are read whole
(claims/lines.py); a direct quotation over several sentences is one claim per sentence (the frame
sentence's part keeps the cue, the others are "(continued)"), and so is a frameless quotation that
follows a claim, a quotation running on over a wrapped line or whose closing mark was lost; the
speaker's own next act ("denied X and said …", "…, stating: …") and the writer's circumstance after a
parenthetical frame ("…, Trump has said, hours after …") are not content; "No group has admitted …",
negated cognition and perception ("found a woman suffering …") are no claims.

What is no attribution (issue #14, round 3, found by reading the extractor's output on White House documents
and news pages no gold file uses; tests/test_claims_nonclaims.py): speech that did not happen — a modal or
future cue ("would say", "will reaffirm", "could come along and say", "will make clear"; "may believe" and
"would later say" stay), the infinitive of an intention or obligation ("going to say", "have to tell"), a
negated statement ("did not say", "cannot confirm", "was not clear that"), a supposed belief ("countries
that maybe think"); an open question ("what the administration thinks the threat is", "assess which …");
a reduced relative ("the bodies found …", "the strategy announced today"); a clause before a cue that has
its own object after it ("…; she announced $7.5 million"); a relative clause parsed as the complement
("wait times that exceeded two hours"); "according to" a manner (`mannernoun`: procedures, plan); a
quantity of non-events ("announced a number of initiatives"); an "As …" clause without its own subject
("As confirmed during the visit, …"); a transcript's turn label ("THE PRESIDENT:") or a question as a
headline claim; a quotation that is only a question; the document's own text ("Our joint statement makes
clear"); "show/demonstrate/prove" with a subject that is no document, data, image or poll ("fires have
continued, showing that …"). Content leaves out a sentence-initial "And" before a frame, a participle after
a dash closing it (the writer's comment), and a speaker's or document's next act coordinated after it
(`speakeract`: "emphasizes that A and outlines B"); a noun cue restating its verb ("underscored his view
that") is one claim. Found besides: a clause the parser hung on a noun of the frame ("told reporters at a
press conference that …", "said more than 15,000 people registered"), a frame between subject and
predicate ("The key to success, says Buser, is …"), a group named by a modifier ("those in favor of …"),
the object above an infinitive cue ("prompted users to argue that"), "was able to confirm", "affirm",
"were told that" (unnamed, or the agent), a vocative title not taken for the speaker ("Mr. President,
Schumer said"), and a reporting noun with a quotation after a colon ("the President's vow: “…”").

Round 4 (issue #14, read off unlabelled White House documents, LGL war and security articles and news pages;
tests in tests/test_claims_forms.py, test_claims_nonclaims.py, test_claims_news.py): forms — "reported, citing Y,
that …" and "…, citing Y" closing the clause (Y speaks, the outlet relays; a cited reason such as "security
concerns" keeps the speaker), "was quoted (by X) as saying", "X quoted/cited Y as saying", "posted on Telegram
that", "documented that", "contend", "vowed/pledged/promised that", "expressed concern / voiced fears that …",
nominal cues concern/estimate/charge/prediction/suspicion/…, "Kyiv's estimate is that" (an ownerless "prediction
… is that" is the writer's), a relative frame ("the missile, which Kyiv says was aimed at …": the content is what
is said of the relative pronoun), "It has been argued that …" (speaker None, hedged), a bare "Some have
suggested" (some of the group just mentioned), "said in a report published Thursday that …", "as X said, “…”"
with a quoted predicate, "US intelligence assessed"; channels — "in a Telegram post", "Speaking on state
television", "in an op-ed in The Washington Post" when the parser splits "op-ed"; no attribution — a reduced
relative the parser made the cue ("The Strategy announced today builds on …"), a purpose infinitive ("altered to
show"), a quote in another cue's that-clause taken by a subordinate verb, a coordinated "but Interfax cited X"
swapping the first clause's speaker; content — a condition keeps its "if" (only the clause's own complementizer
goes), "that" read as a determiner after the cue goes, a present-tense list the parser hung on a past cue stays,
the writer's caveat "though the claim could not be verified", a coordinated clause with its own subject after a
hedge, a wire dateline ("BEIRUT:", "BAGHDAD —") and the next quotation's opening mark are left out; speakers — an
owner without its possessive ending ("Pentagon"), no date hung on the speaker ("Alden on Tuesday"), "they" is
never a document, a share of people ("Only 8 percent") is no body a later "the study found" refers to, a plural
subject the parser made the root still the antecedent of "they".

Round 6 (issue #14, read off unlabelled White House statements, readouts, fact sheets and remarks and news pages;
tests/test_claims_statements.py): content — a frame between the content's words is left out of its text (the span
still covers it), a second "as X agreed" frame, two clauses hung on one parenthetical frame, "said Monday", "and
demanded …" (the speaker's next act), the writer's participle after a mid-sentence "according to", an agency
dateline "(Reuters) —", a title-case heading above the sentence, "that" read as an object or relative pronoun before
the clause's subject; forms — "determine that", "conveyed that", "has made clear that" (clause parsed as the
adjective's subject), "expressed his view that", "issued a statement warning that", "told cheering teachers that",
"told teachers who covered the lawn that", "…, which the Vice President underscored is …", a quotation opening with
a question, "the intelligence community assesses"; speakers — a joint statement of two named persons, a person the
document's title names ("FACT SHEET: Vice President Harris …") for a later role, "the Vice President" is not President
Biden and "the previous president" no holder in office, "CPUC President Marybel Batjer" (two subjects of one name),
"they" in a relative clause is the main clause's plural subject; no attribution — the speaker's own side or audience
("many of you", "saying to yourselves"), a supposed belief ("I imagine that many … thought"), an idea ("a mindset
that says"), a quotation of questions only, a thing a video shows; channels — two closing single marks close a
quotation ('“…’’'), an outlet cited at the top does not relay another outlet's own report.

Round 7 (issue #14: the dev halves' misses classified by cause, then unlabelled LGL crime and security articles read
by hand, eval/claims_round7/; tests/test_claims_spans.py): spans as the labelling guides draw them — a "but" clause
with an expletive or impersonal-passive subject goes on with the content ("…, but there could be a return to
growth", "…, but after further investigations, it had been made clear that …" is no claim of its own), not the
writer's present after a past cue ("…, but there is no word on a motive"); an accusation's content is what the
accused did, after "of"; a statement of the speaker's own body's held view ("said investigators believe X") has the
view's content; "according to X" inside a conjunct or subordinate clause sources that clause only (a closing one
the whole sentence); forms — a frameless quotation paragraph a few sentences after a speaker's last quotation goes
on with that speaker (broadcast style), a quotation opened in the previous sentence and closed before the frame
('"It just engulfed everything. Everything," said Valerie Taylor.'), a subject the parser made an apposition of a
fronted place ("At St. Paul's Hospital, the doctors … believe …"), a subject set off by appositions parsed as the
cue's object ("said her boyfriend X, of the 700 block …, is suspected"), a closing frame's speaker swallowed into the
clause ("…, spokesman Sid Gaulden said"), relative frames ("Chandler, who police said was driving", "in what their
party leader said was …"), a frame after a connective or fronted adverbial ("So, police said, …", "At that point,
Brown said, …"), a finite conjunct cue after a modal ("would not identify it but said …"), "imply"; no attribution —
indirect questions ("to find whether …", "argue whether or not …"), rulings of courts, judges and juries
(claims_gold rule 12), hedges in relative clauses (rule 15), reduced relatives with a place or a passive ("A body
found this weekend in the river was identified …"), a reporting noun in a time phrase of a cue ("said after the
ministry's statement that …"), a sentential relative after a closing frame ("…, they said, which is why …");
speakers — a closing frame's "he" is not a person named in the reported clause before it, "he added" goes on from
the last speaker, "Our …" takes no document-default country.

Round 8 (issue #14: the round-7 pronoun rules audited and unlabelled LGL and TR-News articles read by hand,
eval/claims_round8/; tests/test_claims_round8.py): speakers — a bare surname subject of a cue that the NER took
for an organisation ("…, Kehoe said") is a person a later "he said" goes on from; a "she"/"he" after a speaker
of unknown gender is a person of that known gender named since; a name's last word is no first name for gender
("Rabbi Sharyn Henry"); a title the parser split at its hyphen into two subjects keeps the name before the cue;
no attribution — a passive hedge in a relative clause ("the shooting which is believed to have occurred …");
forms with a noun-phrase content — "attributed / linked X to Y", "cited X as Y", "warned of X" (also the
speaker's next act after "said A and …", cut from A), an unnamed "reports of X".

Chains (`via`, from the speaker outward):
1. the recipient or carrier named in the attribution: "told POLITICO", "in
   an interview with the BBC", "in an op-ed in The Washington Post",
   "speaking to X", "wrote on Telegram", "said, via X", "revealed to X", "in a phone call with X",
   "in a series of interviews with X", "told local media", "quoted by the Times", "cited by AFP", "in comments
   published / carried by X" and "in an interview aired on Sunday by X" (also closing the reported clause,
   where it is cut from the content; data/claim_cues.tsv `carrier`), a broadcaster-shaped name ("told 1010
   WINS", "told FOX 5 News", "told WABC-TV": speakers.broadcaster_name; chan14), a participle on the source
   ("documents leaked to the New York Times", "reports received by X") — source organisations, platforms and
   other non-government organisations only (not "reporters", "Ukraine",
   "Putin", "on Monday");
2. the speaker of an enclosing attribution ("The ISW report also mentions that
   Putin said …": Putin's claim is relayed by ISW; the outer claim is not
   emitted when its content is only that inner attribution; a denial never
   relays what it denies);
3. the document relay: a source organisation (`resolver.is_source_org`) that
   heads the title ("ISW: …") or makes a claim of its own in the document's
   first two sentences ("…, the ISW reported on 10 September") relays every
   other claim of the document — such pages retell one organisation's report;
4. `document.site`.

Dates: `resolve_date` on the attribution frame (the cue's clause and its
speaker, without the content); only explicit or relative expressions count,
never the publication-date fallback. A claim whose frame holds no date takes
the date of the claim that relays it (the enclosing attribution, else the
document relay's own claim): a relayed statement was made no later than the
report that carries it. Otherwise the date stays None.

Stance: "deny" for denial cues, labelling verbs with a denial word, content
that calls something false ("saying they were absurd", '"This is a lie," she
wrote', "the claim is not true", "I think the allegations are not credible",
"the allegation has been debunked"), and maintain/insist/claim with neutrality ("maintaining claims of
impartiality", "maintained that it is neutral"); otherwise "assert".
`hedged` when the sentence holds a hedge (allegedly, reportedly, purportedly,
"is said to", "according to unconfirmed reports", …).

Round 5 (issue #14; every form of the issue with its test is listed in docs/claims.md): "X shares the assessment
that" with a subject the parser made a compound; a question inside a quotation over sentences does not end it;
`country_basis` title / affiliation / name; an anonymous source hung on the quotation as an apposition speaks
('"…," a judge, who …, told CNN'); "X said … and said he thought …" is X's; a "but" clause with its own noun
subject hung on the cue goes on with the content; no claim inside what an unreal cue would report; a document
showing a plain thing states nothing; an outlet is not its own relay; a quotation inside the reported clause
keeps the clause's subject; a participle after the closing mark, "…, a claim that could not be verified" and
"…, without giving details" are not content; "could not confirm or deny that …" is one act; the clause's object
made the cue's subject ("The strike killed 12 people, governor X said"); "on X."; "Kyiv says fighting continues".

Contradictions: see `proposition_key` and `contradicts`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Actor, Claim, RawDocument, Sentence
from ..times import resolve_date
from .countries import dateline_country, infer_countries
from .contradictions import Proposition, contradicts, link_against, link_contradictions, proposition_key
from .cues import _Found, _find, _is_platform
from .lines import join_wrapped
from .lexicon import CUE_WORDS, _QUOTE_CHARS, _hedged, _in_quote, _lexicon, _quote_spans, _words
from .crime_news import HEADLINE_SOURCE_AFTER_DASH, bare_call_sign
from .political_news import act_cue
from .speakers import (_Registry, body_key, _acronym, broadcaster_name, _dateline_end, _is_source_org, _note_speaker, _np_tokens,
                       _past_dateline, _register_persons, _register_unparsed, _relay_name, _resolve,
                       _speaker_from_np, _text_of, register_title_persons)

__all__ = [
    "CUE_WORDS",
    "extract_claims",
    "attributed",
    "quotation_spans",
    "link_contradictions",
    "link_against",
    "proposition_key",
    "contradicts",
    "Proposition",
]

_MIN_QUOTE_WORDS = 4  # a quotation running on past the sentence is direct speech from this length
_DOC_RELAY_SENTENCES = 2  # a source org claiming within these many first sentences frames the document


# --------------------------------------------------------------------------
# extraction


@dataclass
class _Draft:
    sentence: Sentence
    found: _Found
    speaker: Actor | None
    content: str
    content_span: tuple[int, int]
    span: tuple[int, int]
    quote: str | None
    direct: bool
    frame: str
    recipients: list[str]
    parent: "_Draft | None" = None
    suppressed: bool = False
    date: str | None = None
    hedged: bool = False
    denies: "_Draft | None" = None  # the earlier claim a "deny it" denies


def _join(tokens: list) -> str:
    """Tokens as the text wrote them: "Seventy-five years ago", not "Seventy - five years ago" (which
    reads as five years ago)."""
    out: list[str] = []
    for prev, t in zip([None] + tokens[:-1], tokens):
        if prev is not None:
            out.append(prev.whitespace_ if prev.i == t.i - 1 else " ")
        out.append(t.text)
    return "".join(out)


def _date_of(frame: str, published: str | None) -> str | None:
    """The date a time expression of the attribution frame gives (never the publication fallback)."""
    r = resolve_date(frame, published, tense=None)
    if r is None or r.basis not in ("explicit", "relative"):
        return None
    return r.date



def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The document's quotations as character spans (what `attributed` needs)."""
    return _quote_spans(text)


def attributed(doc, offset: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether a parsed sentence (at `offset` in its document) holds an attribution the claims
    stage would read: the cheap test the pipeline asks before paying for entities."""
    return bool(_find(doc, offset, quotes))

def extract_claims(document: RawDocument, sentences: list[Sentence], parsed: dict, resolver=None,
                   doc_countries=None) -> list[Claim]:
    """Claims of one document, in document order, with speakers, chains, stance and dates.

    `doc_countries`: the geocoder's document context (`Geocoder.document_context(text)`), if the
    caller has it; computed here otherwise (it only feeds the single-country default of
    claims/countries.py)."""
    if resolver is None:
        from ..actors import default_resolver

        resolver = default_resolver()
    text = document.text
    quotes = _quote_spans(text)
    # hard-wrapped text: pieces of one sentence cut at a line break are read as one (claims/lines.py)
    sentences, parsed = join_wrapped(sentences, parsed, text)
    registry = _Registry()
    drafts: list[_Draft] = []
    headlines: list[tuple[Sentence, Actor, tuple[int, int]]] = []

    ordered_sents = sorted(sentences, key=lambda s: s.index)
    following = {a.index: b for a, b in zip(ordered_sents, ordered_sents[1:])}
    if document.title and not text.lstrip().startswith(document.title.strip()):
        # "FACT SHEET: Vice President Harris Launches …" over a text that says only "The Vice President
        # announced …": the person the title names is the one a later role or pronoun may mean
        register_title_persons(document.title, resolver, registry)
    factchecks: list[tuple[Sentence, tuple[int, int]]] = []
    for sent in ordered_sents:
        doc = parsed.get(sent.index)
        registry.current = sent.index
        checked = _factcheck_claim(sent)
        if checked is not None:  # "Claim: Ukraine has sold Javelin missiles …" (a fact-check's line; war18)
            factchecks.append((sent, checked))
            continue
        if _headline_like(sent, document):
            # headlines restate the article; only their attribution forms count: "ISW: Russia and China
            # expand cooperation", "Russia says it downed 30 drones" (a present-tense cue)
            colon = _headline_colon(sent, resolver)
            if colon is not None:
                headlines.append(colon)
            if doc is None or colon is not None or not _says_headline(doc):
                if doc is None:
                    _register_unparsed(sent.text, resolver, registry, sent.index)
                continue
        elif doc is None:
            _register_unparsed(sent.text, resolver, registry, sent.index)
            continue
        off = sent.start
        found = _find(doc, off, quotes) if not _interviewer_turn(sent.text) else []
        dateline = _dateline_end(sent.text)
        sent_drafts: list[_Draft] = []
        for f in found:
            if dateline and f.speaker_head is not None:
                f.speaker_head = _past_dateline(f.speaker_head, dateline)
            if f.speaker_head is not None and (_own_document(f.speaker_head)
                                               or _this_text(f.speaker_head, text[:sent.start])):
                continue  # "Our joint statement makes clear …": the document's own voice, like "we" (rule 4)
            speaker = _speaker_from_np(f.speaker_head, resolver, registry) if f.speaker_head is not None else None
            if speaker is not None and re.search(r"\s\s|\n", speaker.text.strip()):
                speaker.text = " ".join(speaker.text.split())  # a name over a wrapped line (claims/lines.py)
            elif speaker is not None:
                speaker.text = speaker.text.strip()
            if speaker is None and not _hedged(sent.text) and not f.unnamed:
                continue
            if f.kind == "nextquote":
                d = _nextquote_draft(sent, following.get(sent.index), doc, f, speaker, quotes, text,
                                     document.published)
            elif f.kind == "anaphoric":
                d = _denial_of_what_was_said(sent, doc, f, speaker, quotes, text, resolver, document.published,
                                             found, drafts)
            else:
                d = _make_draft(sent, doc, f, speaker, quotes, text, resolver, document.published, found)
                if d is not None and _claim_noun_denied(f):
                    d.denies = _claim_just_made(sent, drafts)
            if d is not None and f.unnamed:
                d.hedged = True  # "It has been argued that …": the source is left unnamed
            if d is not None:
                sent_drafts.append(d)
                if speaker is not None:  # noted at once: "X said … and said it would …" refers back to X
                    _note_speaker(registry, speaker, f.speaker_head)
        sent_drafts = _one_per_content(sent_drafts)
        _nest(sent_drafts)
        if not doc.has_annotation("ENT_IOB"):  # parsed without entities (the pipeline runs NER only
            _register_unparsed(sent.text, resolver, registry, sent.index)  # on cue and event sentences)
        _register_persons(doc, resolver, registry, sent.index, lambda t: _in_quote(t, off, quotes))
        drafts.extend(sent_drafts)

    kept = [d for d in drafts if not d.suppressed]
    kept.sort(key=lambda d: (d.span[0], d.found.cue_tok.i))
    # document-level speaker countries (see claims/countries.py)
    if doc_countries is None:
        doc_countries = _doc_countries(text)
    for d, sp in zip(kept, infer_countries(
            [d.speaker for d in kept], registry.evidence, doc_countries, {p.name for p in registry.persons},
            dateline_country(text, resolver), [body_key(d.found.speaker_head) for d in kept],
            registry.noun_evidence, registry.stateless, resolver)):
        d.speaker = sp
    doc_relay = _document_relay(document, kept, resolver)

    owned = [d.content_span for d in kept]  # before quotations are cut per sentence
    continued = _split_quotes(kept, sentences, text)
    done = {sent.index for _, sent, _ in continued}
    continued += [c for c in _continuations(kept, sentences, quotes, text, owned) if c[1].index not in done]
    continued = _without_the_writers_narrative(continued, kept, text)
    claims: list[Claim] = []
    for n, d in enumerate(kept, 1):
        via: list[str] = []
        speaker_name = _relay_name(d.speaker) if d.speaker else None
        for r in d.recipients:
            _push(via, r, speaker_name)
        for p in _parents(d):
            if p.speaker is not None:
                _push(via, _relay_name(p.speaker), speaker_name)
            for r in p.recipients:  # "Morris told the Pioneer Press he told the supervisor …" (round 9)
                _push(via, r, speaker_name)
        relay_draft = None
        if doc_relay is not None:
            name, relay_draft = doc_relay
            titled = bool(document.title) and document.title.split(":", 1)[0].strip() == name
            # (an outlet cited at the top does not relay another outlet's own report: "According to Reuters, …"
            # then "Bloomberg reported …"; a source organisation heading the title frames every claim)
            other_outlet = not titled and d.speaker is not None and _is_source_org(resolver, _relay_name(d.speaker))
            if d is not relay_draft and not other_outlet \
                    and not (d.speaker is not None and _same_org(resolver, d.speaker, name)):
                _push(via, name, speaker_name)  # (not "Xinhua" relayed by "Xinhua news agency")
        if document.site:
            _push(via, document.site, speaker_name)

        date = d.date
        if date is None:
            date = next((p.date for p in _parents(d) if p.date), None)
        if date is None and relay_draft is not None and d is not relay_draft:
            date = relay_draft.date

        claims.append(Claim(
            id="",
            sentence_id=d.sentence.id,
            evidence=d.sentence.text,
            span=d.span,
            speaker=d.speaker,
            cue=d.found.cue,
            content=d.content,
            quote=d.quote,
            direct=d.direct,
            stance=d.found.stance,
            hedged=d.hedged,
            via=via,
            date=date,
            content_span=d.content_span,
        ))
    by_draft = {id(d): c for d, c in zip(kept, claims)}
    for d, sent, (a, b) in continued:
        c = by_draft[id(d)]
        claims.append(Claim(
            id="", sentence_id=sent.id, evidence=sent.text, span=(sent.start, sent.end), speaker=c.speaker,
            cue=f"{c.cue} (continued)", content=text[a:b], quote=text[a:b] if c.direct or c.quote else None, direct=c.direct,
            stance=c.stance, hedged=c.hedged, via=list(c.via), date=c.date, content_span=(a, b)))
    interjections = {id(by_draft[id(d)]) for d in kept if _interjection(d)}
    claims = [c for c in claims if id(c) not in interjections]  # (their quotations' next sentences stay)
    for sent, speaker, (a, b) in headlines:
        if any(c.speaker is not None and _same_speaker(c.speaker, speaker) for c in claims[:3]):
            continue  # the body's opening restates the headline's attribution ("ISW: …" / "…, ISW reported")
        claims.append(Claim(
            id="", sentence_id=sent.id, evidence=sent.text, span=(sent.start, sent.end), speaker=speaker,
            cue="headline", content=text[a:b], stance="assert", via=[document.site] if document.site else [],
            content_span=(a, b)))
    for sent, (a, b) in factchecks:
        claims.append(Claim(
            id="", sentence_id=sent.id, evidence=sent.text, span=(sent.start, sent.end), speaker=None,
            cue="claim", content=text[a:b], stance="assert", via=[document.site] if document.site else [],
            content_span=(a, b)))
    claims.sort(key=lambda c: (c.span[0], c.content_span or (0, 0)))
    for n, c in enumerate(claims, 1):
        c.id = f"{document.id}:c{n}"
    for d in kept:  # "… told POLITICO that A. Chinese officials deny it.": the denial contradicts what it denies
        denied = by_draft.get(id(d.denies)) if d.denies is not None else None
        if denied is not None and id(by_draft[id(d)]) not in interjections:
            denial = by_draft[id(d)]
            denial.contradicts.append(denied.id)
            denied.contradicts.append(denial.id)
    return claims


_FRAGMENT_SUBJECTS = {"he", "she", "they", "we", "i", "you", "there", "the", "a", "an"}


def _split_quotes(kept: list[_Draft], sentences: list[Sentence], text: str):
    """A direct quotation over several sentences is one claim per sentence (eval/claims_blind.md rule D):
    the claim keeps the part in its own sentence (or the part nearest to it, for a frame after the
    quotation: '"A. B." / X said.', the first); every other sentence's part becomes a
    continued claim — except questions, which assert nothing. Returns (draft, sentence, offsets)."""
    out = []
    dropped: list[_Draft] = []
    for d in kept:
        a, b = d.content_span
        if not d.direct:
            continue
        parts = []
        for sent in sentences:
            lo, hi = max(a, sent.start), min(b, sent.end)
            if lo >= hi:
                continue
            seg = text[lo:hi].strip(" \n\t," + _QUOTE_CHARS)
            if _words(seg) < 2:
                continue
            lo = text.index(seg, lo)
            parts.append((sent, (lo, lo + len(seg))))
        if len(parts) < 2:
            continue
        own = [p for p in parts if p[0].start <= d.sentence.start < p[0].end or p[0] is d.sentence]
        main = own[0] if own else parts[0]  # '"A. B." / Peskov said.': the quotation's first sentence
        if _only_question(text[main[1][0]:main[1][1]]):
            # '… said, “… are they going to be okay? Will I see them again?”': the frame sentence's part asks
            rest = [p for p in parts if p is not main and not _only_question(text[p[1][0]:p[1][1]])]
            if not rest:
                dropped.append(d)
                continue
            main = rest[0]
        d.content_span = main[1]
        d.content = d.quote = re.sub(r"\s+", " ", text[main[1][0]:main[1][1]])
        for sent, span in parts:
            if sent is not main[0] and not _asserts_nothing(text[span[0]:span[1]].rstrip(_QUOTE_CHARS + " ")):
                out.append((d, sent, span))
    for d in dropped:
        kept.remove(d)  # a quotation of questions only asserts nothing
    return out


def _surname(speaker: Actor | None) -> str | None:
    """The last word of a speaker's name when it reads as a surname (capitalised, three letters or more)."""
    if speaker is None or not speaker.text:
        return None
    last = speaker.text.split()[-1].strip(".,’'")
    return last if len(last) >= 3 and last[:1].isupper() and last[1:].islower() else None


def _without_the_writers_narrative(continued: list, kept: list[_Draft], text: str) -> list:
    """A "(continued)" claim whose words name their own speaker by surname, or open with another speaker's surname
    and a comma, is the writer's narrative, not the speaker's words: a closing quotation mark the page lost made the
    quotation run on (round clprec16, LGL). That part and every later one of the same claim are dropped.

    - '"There appears to be a lot of negotiation going on … will be. / Harding, though, was impressed with the
      provincial government's promise … / Harding, an advocate for affordable housing, applauded these …' (the
      mayor's quotation, never closed: the second and third sentences are no claims of Harding's);
    - '"… according to their math." / Hardeman, though, did express concerns …' (another speaker's surname opens
      the writer's sentence);
    - not '"He said he wanted some time to think about it."' (a "he" inside a quotation: still the speaker's words),
      nor 'Hardeman is wrong about this.' inside Harding's quotation (no comma after the name).
    """
    names = {n for d in kept if (n := _surname(d.speaker)) is not None}
    stopped: dict[int, int] = {}
    for d, sent, (a, b) in sorted(continued, key=lambda c: c[2][0]):
        own = _surname(d.speaker)
        seg = text[a:b]
        first = re.match(r"[\s" + re.escape(_QUOTE_CHARS) + r"]*([A-Z][a-z]+)\s*,", seg)
        if own is not None and re.search(rf"\b{re.escape(own)}\b", seg) \
                or first is not None and first.group(1) in names:
            stopped.setdefault(id(d), a)
    return [c for c in continued if id(c[0]) not in stopped or c[2][0] < stopped[id(c[0])]]


def _asks(seg: str) -> bool:
    """A quoted sentence that is a question: it ends in "?", or in "?’" closing an inner quotation opened before
    this sentence ("… ask yourself, ‘Has the quality of life improved? / Has economic development improved?’",
    round 9) — not one opened inside it ("people are thinking 'Where did I swim?’" states something)."""
    if seg.endswith("?") or _opens_a_question(seg):
        return True
    return seg.endswith(("?’", "?'")) and not re.search(r"‘|(?:^|\s)'", seg)


def _orders(seg: str) -> bool:
    """A quoted sentence that is an order or an exhortation (it opens with an ``orderopen`` word of
    data/claim_cues.tsv): it asks the hearer to act and asserts nothing, like a question (eval/claims_news.md,
    "Orders and questions are not claims"). Real cases (round cltr15, a legislator's speech quoted over several
    sentences): 'Please oppose it.', 'Don't ignore it. Don't look the other way. Don't excuse it.'; 'Do not
    wait for winter.' Declaratives of need ('We must oppose it.'), a sentence merely holding "please" ('We ask you,
    please, to stay home') and "Let us be clear that the strike goes on" (it asserts that it does) are no orders."""
    low = re.sub(r"\s+", " ", seg.lstrip(" " + _QUOTE_CHARS + "…").lower())
    # (an exclamation or a full stop may follow the word at once: "Hurry!", "Come on." — round clprec19)
    return any(low == w or low.startswith(w + " ") or low.startswith(w + ",") or low.startswith(w + "!")
               or low.startswith(w + ".") for w in _lexicon().forms("orderopen"))


def _asserts_nothing(seg: str) -> bool:
    """A quoted sentence that is a question or an order."""
    return _asks(seg) or _orders(seg)


def _quoted_words(sent) -> tuple[int, int] | None:
    """The words of a sentence that goes on a quotation, without its marks: three words or more,
    not a question."""
    seg = sent.text.strip(" " + _QUOTE_CHARS)
    if _words(seg) < 3 or _asserts_nothing(seg):
        return None
    a = sent.start + sent.text.index(seg)
    return a, a + len(seg)


_QUOTE_RESUMES_WITHIN = 6  # sentences after a speaker's last quotation that a frameless quotation paragraph may be


def _quotation_paragraph(sent: Sentence, before: Sentence, quotes, text: str) -> bool:
    """The sentence opens a paragraph with a quotation mark and a quotation that runs to the sentence's end or
    beyond (a whole paragraph of quoted words)."""
    if "\n" not in text[before.end:sent.start] or text[sent.start] not in _QUOTE_CHARS:
        return False
    end = sent.start + len(sent.text.rstrip())
    return any(a <= sent.start + 1 and b >= end - 1 for a, b in quotes if a >= sent.start)


def _open_quotation_paragraph(sent: Sentence, before: Sentence, text: str) -> bool:
    """The sentence opens a paragraph with an opening quotation mark that its paragraph never closes, and the
    next paragraph opens with a quotation mark too: the convention for a quotation over several paragraphs."""
    if "\n" not in text[before.end:sent.start] or text[sent.start:sent.start + 1] not in ('"', "“", "„", "«"):
        return False
    end = text.find("\n", sent.start)
    if end < 0:
        return False
    if any(m in text[sent.start + 1:end] for m in ('"', "“", "”", "„", "«", "»", "’’", "''")):
        return False
    nxt = text[end:].lstrip()
    return nxt[:1] in ('"', "“", "„", "«")


_CLOSING_MARKS = ("”", "’’", "''")


def _tail_quotation_open(text: str, tail: int, start: int) -> bool:
    """A quotation mark left at the end of a claim's sentence (``tail``) still opens the words at ``start``: no
    closing mark came between them, and the mark is either the last thing on its line (the page lost the closing
    mark: '… said Jay Loosley. "⏎But I'm sure it's coming.') or closed somewhere after ``start``. Real cases of
    the two readings this refuses (round clnews15):

    - a closed quotation over several paragraphs whose line breaks the page lost ('… said: “I decided … family.
      “We ran it past the hospital … . “When he was in hospital … I went with him.” In the year Mrs
      Holder-Wooloff and her son have been members, …' — the narrative after "him.”" is nobody's quotation;
      '“… I had a great time.” Dyer’s favorite part of being the fair queen was …');
    - a stray mark never closed ('… how much?\'" " Another firm, Hahn and Associates, will act as political
      consultants …' — seven sentences of narrative to the end of the article)."""
    between = text[tail + 1:start]
    if any(m in between for m in _CLOSING_MARKS) or re.search(r'\S"(?=\s|$)', between):
        return False  # closed before this sentence
    if "\n" in text[tail + 1:tail + 3] or not text[tail + 1:].strip():
        return True
    close = re.search(r'”|’’|\'\'|\S"(?=[\s,.;:!?)]|$)', text[start:])
    return close is not None


# cues of a thing shown (footage, images, data): no quotation goes on from them ('The clip shows firefighters forcing
# the door. "Fire brigade! Anyone inside?"'), as they quote nobody
_SHOWN_NOT_SAID = {"show", "demonstrate", "illustrate", "prove"}


def _continuations(kept: list[_Draft], sentences: list[Sentence], quotes, text: str,
                   owned: list[tuple[int, int]] = ()):
    """Sentences that go on with a claim of an earlier sentence without an attribution of their own:
    a quotation opened in the claim's sentence and running on ('… said Luther. "The frequency … policy."'),
    and "That"-fragments continuing a reported clause ("He believed that he could … . That he could …").
    Returns (draft, sentence, content offsets) for each; the speaker and cue are the draft's."""
    has_claim = {d.sentence.index for d in kept}
    last: dict[int, _Draft] = {}
    for d in kept:
        if d.speaker is not None:
            last[d.sentence.index] = d
    out = []
    ordered = sorted(sentences, key=lambda x: x.index)
    prev: _Draft | None = None
    prev_pos = -10
    quoted: tuple[_Draft, int] | None = None  # the last direct quotation with a speaker, and its position
    for pos, sent in enumerate(ordered):
        if quoted is not None and out and out[-1][0] is quoted[0] and out[-1][1] is ordered[pos - 1]:
            quoted = (quoted[0], pos - 1)  # (counted from the speaker's latest quoted sentence)
        if sent.index in last:
            prev, prev_pos = last[sent.index], pos
            if prev.direct:
                quoted = (prev, pos)
            continue
        if (prev is None or pos != prev_pos + 1) and sent.index not in has_claim and quoted is not None \
                and pos - quoted[1] <= _QUOTE_RESUMES_WITHIN and _quotation_paragraph(sent, ordered[pos - 1], quotes, text):
            # a paragraph that is all quotation, with no frame, a few sentences after that speaker's last quotation
            # (broadcast style: '"…," said Valerie Taylor. / She woke up … / "I'm lucky enough to be here …"'):
            # the last quoted speaker goes on
            prev, prev_pos = quoted[0], pos - 1
        if prev is None or sent.index in has_claim or pos != prev_pos + 1:
            prev = None
            continue
        if prev.content_span[1] > sent.start:
            prev_pos = pos
            continue  # the claim's own quotation already runs through this sentence (see _make_draft)
        if prev.found.cue in _SHOWN_NOT_SAID:
            # 'The video shows officers racing up a staircase … / "Police! Open the door! / We're coming in!"': the
            # words heard in footage are the people's in it, not the footage's (round clprec19)
            prev = None
            continue
        # a quotation that opened before this sentence (in the claim's sentence or a continued one)
        q = next(((a, b) for a, b in quotes if a <= sent.start and b > sent.start
                  and a >= prev.sentence.start - 1), None)
        if q is None:
            # a new quotation opening the sentence, with no frame of its own anywhere (no claim holds it):
            # the same speaker goes on ('"…," Mrs Clinton said. / "This is not just an attack on me …"')
            q = next(((a, b) for a, b in quotes if sent.start <= a <= sent.start + 1
                      and not any(x < b and y > a for x, y in owned)), None)
        if q is not None:
            a, b = max(q[0], sent.start), min(q[1], sent.end)
            seg = text[a:b].strip(" " + _QUOTE_CHARS)
            asks = _asserts_nothing(seg)
            if _words(seg) >= 3 and not asks:
                a = text.index(seg, a)
                out.append((prev, sent, (a, a + len(seg))))
                prev_pos = pos
                continue
            if q[1] > sent.end and _words(seg) < 3 and not asks:
                # '"It could potentially be St. Clair Twp., / Madison Twp., / Trenton or Monroe. / Someone has got
                # to …"': the splitter cut a list inside the quotation; the quotation goes on (recall round 9)
                prev_pos = pos
                continue
            if asks and q[1] > sent.end:
                # '"The front is stable," he said. "Why would we retreat now? Our troops hold every position."':
                # a question asserts nothing, but the quotation goes on past it with the same speaker
                prev_pos = pos
                continue
        opened = next((u for u in range(max(prev.content_span[0] - 1, 0), sent.start) if text[u] == "“"
                       and not any(x <= u + 1 <= y for x, y in quotes)), None)
        if q is None and opened is not None and "\n\n" not in text[opened:sent.start] \
                and not any(m in text[opened:sent.start] for m in ("”", '"', "’’", "''")):
            # (a straight closing mark after a curly opening one closes it too: '“We hope …," Hansen said.')
            # 'He said: / “We have liberated … . The enemy is retreating.': a quotation opened before and not
            # closed within its paragraph goes on here
            span = _quoted_words(sent)
            if span is not None:
                out.append((prev, sent, span))
                prev_pos = pos
                continue
        if q is None and _open_quotation_paragraph(sent, ordered[pos - 1], text):
            # '… Amina Zia told the BBC. / "This earthquake was very strong. / "There were around 10 aftershocks."':
            # a quotation over paragraphs leaves each paragraph but the last open (recall round 9)
            span = _quoted_words(sent)
            if span is not None:
                out.append((prev, sent, span))
                prev_pos = pos
                continue
        tail = prev.sentence.start + len(prev.sentence.text.rstrip()) - 1
        if q is None and text[tail] in "“\"" and not any(b == tail or a == tail + 1 for a, b in quotes) \
                and not any(a < sent.end and b > sent.start for a, b in quotes) \
                and _tail_quotation_open(text, tail, sent.start):
            # a quotation opened at the end of the claim's sentence and never closed (the page lost the
            # closing mark): this sentence is its words ('… said Jay Loosley. "⏎But I'm sure it's coming.')
            span = _quoted_words(sent)
            if span is not None:
                out.append((prev, sent, span))
                prev_pos = pos
                continue
        words = sent.text.split()
        if len(words) > 2 and words[0] == "That" and words[1].lower() in _FRAGMENT_SUBJECTS \
                and prev.content.lower().startswith(tuple(w + " " for w in _FRAGMENT_SUBJECTS)):
            # "He believed that he could … . That he could roll into a sovereign nation …"
            a = sent.start + len("That ")
            b = sent.start + len(sent.text.rstrip(" .!?" + _QUOTE_CHARS))
            out.append((prev, sent, (a, b)))
            prev_pos = pos
            continue
        prev = None
    return out


def _doc_countries(text: str):
    try:
        from ..places import default_geocoder

        return default_geocoder().document_context(text)
    except Exception:  # no gazetteer: no document default, the other rules still apply
        return set()


_HEADLINE_COLON = re.compile(r"^\s*([^:|]{2,60}?)\s*:\s+(\S.{8,}?)\s*$")


def _interjection(d: _Draft) -> bool:
    """A direct quotation of one or two words without a verb is an interjection or an answer, no proposition:
    '“Of course,” Ahlstrom said. “We’ve asked the question …”' (claims round clnews15); the quotation's next
    sentences keep their claims, and a short quotation with a verb ('“We won,” she said') stays."""
    if not (d.direct or d.quote) or d.found.stance == "deny":
        return False
    words = re.findall(r"[\w’'-]+", d.content)
    if len(words) > 2:
        return False
    doc = d.found.cue_tok.doc
    a, b = d.content_span
    off = d.sentence.start
    return not any(t.pos_ in ("VERB", "AUX") for t in doc if a <= off + t.idx < b)


_INTERVIEWER_TURN = re.compile(r"^\s*Q\s*[:.]\s")


def _interviewer_turn(text: str) -> bool:
    """An interview's question turn ("Q: …", "Q. …") is the interviewer's own voice (rule F of
    eval/claims_blind.md): what it relays is no claim of the page's. Real case (claims round clnews15): 'Q: In
    reading the SportsBusiness Journal, it was noted that you’ve been named a 40 Under 40 Award recipient.'"""
    return _INTERVIEWER_TURN.match(text) is not None


def _factcheck_claim(sent: Sentence) -> tuple[int, int] | None:
    """The content span of a fact-check's claim line: a label of `checkclaim` rows in data/claim_cues.tsv, a colon
    and the claim checked, which no speaker is named for (claims_blind.md rule C; war18). None for other lines
    and for a question after the label.

    - "Claim: Ukraine has sold Javelin missiles to buyers in Africa." → (unnamed) "Ukraine has sold Javelin
      missiles to buyers in Africa";
    - "Viral claim: The strike on the dam was carried out by Ukraine." → (unnamed) the rest;
    - not "Claim: Did Ukraine sell the missiles?" (a question), nor "Verdict: False." (the writer's finding).
    """
    m = re.match(r"^\s*([^:]{2,24}?)\s*:\s+(\S.*?)\s*$", sent.text)
    if m is None or m.group(1).lower() not in _lexicon().forms("checkclaim") or _words(m.group(2)) < 3:
        return None
    body = m.group(2)
    if body.endswith("?"):
        return None
    end = m.end(2) - (1 if body.endswith(".") else 0)
    return sent.start + m.start(2), sent.start + end


def _headline_colon(sent: Sentence, resolver) -> tuple[Sentence, Actor, tuple[int, int]] | None:
    """'ISW: Russia and China expand cooperation' — a speaker the resolver knows, a colon, the claim.
    Section labels ("Opinion:", "Exclusive:", data/claim_cues.tsv `headlinetag`) are no speakers."""
    m = _HEADLINE_COLON.match(sent.text)
    if m is not None and (len(m.group(1).split()) > 5 or _words(m.group(2)) < 3):
        m = None
    if m is None:
        return _headline_trailing_source(sent, resolver)
    prefix = m.group(1)
    if prefix.lower() in _lexicon().forms("headlinetag"):
        return None
    if prefix.isupper() and len(prefix.split()) >= 2 or prefix.strip() == "Q":
        return None  # "THE PRESIDENT: …", "MR. SULLIVAN: …": a transcript's turn, the document's own voice
    if m.group(2).rstrip().endswith(("?", "—", "–", "-")):
        return None  # a question or a broken-off line states nothing
    if re.search(r"https?://|\bwww\.", m.group(2)):
        return None  # "More AP NBA: https://apnews.com/NBA and …": a link line (claims round clnews15)
    speaker = _headline_source(prefix, resolver)
    if speaker is None:
        return None
    return sent, speaker, (sent.start + m.start(2), sent.start + m.end(2))


_HEADLINE_SOURCE_LAST = re.compile(r"^\s*(\S.{8,}?)\s*:\s+([^:|]{2,30}?)\s*$")


def _headline_trailing_source(sent: Sentence, resolver) -> tuple[Sentence, Actor, tuple[int, int]] | None:
    """The headline form with its source after the colon (claims round 13): "Suspended Worker Kills 2 Women in
    Kraft Factory Shooting: Police", "Man charged with DWI, leaving scene after mother killed in crash: NYPD",
    "Iran fired missiles at the base: Pentagon". At most three words after the colon, naming a source."""
    m = _HEADLINE_SOURCE_LAST.match(sent.text) or HEADLINE_SOURCE_AFTER_DASH.match(sent.text)  # "… – Police"
    if m is None or len(m.group(2).split()) > 3 or _words(m.group(1)) < 3 \
            or m.group(1).rstrip().endswith(("?", "—", "–", "-")):
        return None
    speaker = _headline_source(m.group(2), resolver)
    if speaker is None:
        return None
    return sent, speaker, (sent.start + m.start(1), sent.start + m.end(1))


def _headline_source(name: str, resolver) -> Actor | None:
    """The speaker a headline names beside its colon, or None when the words are a place or a topic label.

    - "ISW", "Pentagon", "Kremlin", "Sheriff", "Police", and the `headlinesource` words of
      data/claim_cues.tsv ("Cops", "NYPD") speak;
    - "New Zealand: British Climber Killed In Fall", "Moscow: …": a bare country or city name is where the story
      happened (a metonym such as "Kremlin" or "Pentagon" still speaks);
    - "Waitrose Wellington fire: Man denies arson", "Ukraine war: …": a phrase ending in a word that names no
      actor is the story's topic, though a place inside it resolves.
    """
    if name.strip().lower() in _lexicon().forms("headlinesource"):
        return Actor(text=name.strip())
    a = _resolve(resolver, name)
    if a is None or not (a.actor or a.country or _is_source_org(resolver, name)):
        return None
    if not _is_source_org(resolver, name):
        try:
            items = resolver._analyse(name.strip())[0]
        except Exception:  # a resolver without the analysis: keep the older reading
            items = []
        actorish = [it for it in items if it.entry is not None]
        if items and items[-1].entry is None:
            return None  # "Waitrose Wellington fire", "Kraft Shooting": the last word names no actor
        if actorish and all(it.entry.kind == "country" and it.entry.flags and it.entry.flags <= {"name", "short",
                                                                                                 "capital"}
                            for it in actorish):
            return None  # "New Zealand", "Moscow": a place label
    return Actor(text=name.strip(), actor=a.actor, country=a.country, sector=a.sector, title=a.title,
                 country_basis="name" if a.country else None)


def _same_speaker(a: Actor, b: Actor) -> bool:
    names = {a.text.lower(), _relay_name(a).lower()}
    return b.text.lower() in names or bool(a.actor and a.actor == b.actor)


def _says_headline(doc) -> bool:
    """A headline with a present-tense cue verb ("Russia says …", "Kyiv denies …")."""
    lex = _lexicon()
    # (also a plural's present: "1 dead, 2 hurt in Mich. office shooting; police say suspect had worked there")
    return any((t.tag_ == "VBZ" or t.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children))
               and (t.lower_ in lex.forms("verb") or t.lower_ in lex.forms("deny")) for t in doc)


def _headline_like(sent: Sentence, document: RawDocument) -> bool:
    """The title line, or a short stand-alone line without final punctuation ("Russia says it downed
    30 drones"): headlines restate the article in telegraphic form; the body carries the claim."""
    text = sent.text.strip()
    if document.title and text == document.title.strip():
        return True
    whole_line = (sent.start == 0 or document.text[sent.start - 1] == "\n") and (
        sent.end >= len(document.text) or document.text[sent.end] == "\n")
    return whole_line and text[-1:] not in ".!?\"”’)" and _words(text) <= 15


def _push(via: list[str], name: str | None, speaker_name: str | None) -> None:
    if not name:
        return
    low = name.lower()
    if speaker_name and low == speaker_name.lower():
        return
    if any(v.lower() == low for v in via):
        return
    via.append(name)


def _denial_of_what_was_said(sent: Sentence, doc, f: _Found, speaker: Actor | None, quotes, text: str, resolver,
                             published: str | None, others: list[_Found], earlier: list[_Draft]) -> _Draft | None:
    """ "A US official told POLITICO that China gives substantial support to Russia's defence industry.
    Chinese officials deny it.": a denial whose object is a pronoun denies the claim just reported; its
    content is that claim's (eval/claims_blind.md rule G), so the two contradict. The claim must be in
    one of the two sentences before, else the pronoun may mean anything and no claim is made (session 13)."""
    said = _claim_just_made(sent, earlier)
    if said is None:
        return None
    d = _make_draft(sent, doc, f, speaker, quotes, text, resolver, published, others)
    if d is not None:
        d.content, d.content_span, d.quote, d.direct = said.content, said.content_span, None, False
        d.denies = said
    return d


# Nouns that name a claim when denied: "Belarus denied the charge".
_CLAIM_NOUNS_DENIED = {"charge", "claim", "accusation", "allegation", "assertion", "report", "suggestion", "account"}


def _claim_noun_denied(f: _Found) -> bool:
    """A denial of "the charge", "these allegations", "the claim" with nothing said of what they are (no
    "that" clause, no "of …"): a claim the text has just reported (session 14, the lead)."""
    if f.stance != "deny" or len(f.content) > 3:
        return False
    head = next((t for t in f.content if t.lemma_.lower() in _CLAIM_NOUNS_DENIED and t.dep_ in ("dobj", "nsubjpass")), None)
    return head is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such")
                                    for c in head.children) and not any(c.dep_ in ("prep", "acl", "relcl", "ccomp")
                                                                        for c in head.children)


def _claim_just_made(sent: Sentence, earlier: list[_Draft]) -> "_Draft | None":
    """The latest asserted claim of the two sentences before `sent` (what "the charge" or "it" denies), or None."""
    before = [d for d in earlier if not d.suppressed and d.found.stance == "assert"
              and sent.index - 2 <= d.sentence.index < sent.index]
    return max(before, key=lambda d: (d.sentence.index, d.content_span[0])) if before else None


def _kicker_headline(line: str) -> bool:
    """A headline in sentence case with a kicker before a colon, on its own line above the claim's sentence (a
    related-story link on a news page): "Staffers 'don't care': Federal prison suicides were quietly rising …",
    "Watch: Floodwaters reach the old town …" — the kicker ends within the line's first half and a capital opens
    what follows it (round clprec19; a title-case line is a heading already)."""
    m = re.search(r"[:：]\s+[A-Z]", line)
    return m is not None and len(line.split()) >= 6 and m.start() <= len(line) / 2


def _make_draft(sent: Sentence, doc, f: _Found, speaker: Actor | None, quotes, text: str, resolver,
                published: str | None, others: list[_Found] = ()) -> _Draft | None:
    """Offsets, quote, frame, relays, date and hedge of one attribution found in a sentence."""
    off = sent.start
    if f.kind == "prevquote":
        return _prevquote_draft(sent, doc, f, speaker, quotes, text, resolver, published)
    toks = f.content
    c_start = off + min(t.idx for t in toks)
    c_end = off + max(t.idx + len(t.text) for t in toks)
    if text[c_end:c_end + 1] == ")" and text[c_start:c_end].count("(") > text[c_start:c_end].count(")"):
        c_end += 1  # "… Workers Party (PKK)": the parser left the closing bracket out of the clause
    tag = re.match(r"([A-Za-z][A-Za-z ]{1,20}?)\s*:\s+", text[c_start:c_end])
    if tag is not None and c_start == sent.start and tag.group(1).lower() in _lexicon().forms("headlinetag"):
        c_start += tag.end()  # "Exclusive: Russia moves missiles to Belarus, sources say": the section label is no
        # part of what the sources said (round clprec20)
    # 'Peskov said, "This is a terrorist act," referring to the drone attack': the participle after the closing
    # mark is the writer's comment on the quotation, which alone is the content
    opening = next(((s, e) for s, e in quotes if c_start - 1 <= s <= c_start + 1 and c_start < e < c_end), None)
    if opening is not None and re.match(r"[\s,”\"']*[a-z]+ing\b", text[opening[1]:c_end]):
        c_end = opening[1]
    # quotations touching the content (or, for a cue outside quotes, the sentence)
    touching = [(s, e) for s, e in quotes if s < c_end + 1 and e > c_start - 1]
    span = (sent.start, sent.end)
    quote = None
    direct = False
    content = text[c_start:c_end]
    if touching:
        pieces = touching
        covered = sum(min(e, c_end) - max(s, c_start) for s, e in pieces if e > c_start and s < c_end)
        # the quotation carries the content: a direct quote, even when short ("We will respond")
        long_quote = any(_words(text[s:e]) >= 2 for s, e in pieces)
        if long_quote and covered >= 0.6 * max(1, len(content.strip(_QUOTE_CHARS + " ,."))):
            # direct: gather every quote piece of the sentence outside the frame (split quotes)
            cue_pos = off + f.cue_tok.idx
            pieces = [(s, e) for s, e in quotes
                      if (s < sent.end and e > sent.start) and not (s <= cue_pos < e)]
            # (a quote opened at the very end of the sentence belongs to the next one)
            pieces = [p for p in pieces if _words(text[max(p[0], sent.start):min(p[1], sent.end)]) > 0]
            if f.speaker_head is not None:
                sp = off + f.speaker_head.idx
                pieces = [p for p in pieces if not (p[0] <= sp < p[1])]
            # a quote in another attribution's content and not in this one's ('he said, "…" but added
            # that "…"'): not this claim's
            pieces = [p for p in pieces if not _others_quote(p, doc, off, f, others)]
            if any(_words(text[a:b]) >= 2 for a, b in pieces):
                # a one-word scare quote beside the quotation is a label ('Calling that an "excuse," he
                # added: "They want a massacre"')
                pieces = [(a, b) for a, b in pieces if _words(text[a:b]) >= 2]
            lead = text[c_start:pieces[0][0]] if pieces else ""
            if pieces and pieces[0][0] > c_start and _words(lead.strip(_QUOTE_CHARS + " ")) >= 1 \
                    and not lead.rstrip().endswith((":", ",")) \
                    and all(c_start <= a and b <= c_end + 1 for a, b in pieces):
                # 'said the results "should be respected …"': the quotation starts after the clause's
                # subject — a partial quote inside the reported clause, which stays the content
                quote = " ".join(text[a:b].strip() for a, b in pieces)
                pieces = []
            if pieces:
                direct = True
                quote = " ".join(text[s:e].strip().rstrip(",") for s, e in pieces)
                quote = re.sub(r"\s+", " ", quote).strip()
                content = quote
                c_start, c_end = pieces[0][0], pieces[-1][1]
                span = (min(span[0], pieces[0][0] - 1), max(span[1], pieces[-1][1] + 1))
        else:
            quote = " ".join(text[s:e].strip() for s, e in pieces if e > c_start and s < c_end) or None
    close = re.match(r'[.,!]?["”]', text[c_end:c_end + 2])
    if not direct and close is not None and (content.count('"') % 2 or content.count("“") > content.count("”")):
        c_end += close.end()  # 'said the results "should be respected".': with the closing mark the parser left out
        content = text[c_start:c_end]
    if not direct and " | " in text[c_start:c_end]:
        # "Partner news | Armenia named most popular spot …, Biletix reveals": a section label before a pipe
        cut = text.index(" | ", c_start) + 3
        if cut < c_end and _words(text[c_start:cut]) <= 4:
            c_start = cut
            # (a teaser's headline glued to its first line by a double space: the claim is the line's)
            glued = re.search(r"\S  +(?=[A-Z])", text[c_start:c_end])
            if glued is not None and c_start + glued.end() < c_end:
                c_start += glued.end()
            content = text[c_start:c_end]
    heading = text.find("\n", c_start, off + f.cue_tok.idx)
    line = text[c_start:heading].strip() if heading > c_start else ""
    words = line.split()
    if not direct and len(words) >= 3 and not line.endswith((".", "!", "?", ":", ";", ",")) \
            and (sum(w[:1].isupper() for w in words) >= 0.6 * len(words) or _kicker_headline(line)) \
            and text[heading:c_end].lstrip()[:1].isupper():
        # (a title-case line, not a hard-wrapped one: the next line starts a sentence)
        # "Cannabis Use Disorder is Rising …⏎Rates of cannabis use disorder have risen …, according to a study": a
        # heading above the sentence is no part of it
        c_start = heading + 1
        while c_start < c_end and text[c_start].isspace():
            c_start += 1
        content = text[c_start:c_end]
    if not direct:
        # "BEIRUT: Israel deliberately flooded …", "BAGHDAD — A car bomb exploded …, officials said": the
        # wire dateline opening the sentence is no part of what was said
        m = _DATELINE_OPENING.match(text, c_start, c_end)
        if m is not None and c_start <= sent.start + 1:
            c_start = m.end()
            content = text[c_start:c_end]
    while c_end - c_start > 2 and text[c_end - 1] in "“\"" and text[c_end - 2].isspace() \
            and text[c_end - 1] not in text[c_start:c_end - 1]:
        # 'According to the website, the name is ‘Oxy Pure’. “': the opening mark of the next quotation
        c_end -= 2
        content = text[c_start:c_end].rstrip()
    if not direct and c_start < off + f.cue_tok.idx < c_end and content == text[c_start:c_end]:
        # "A major part of the reason …, McKinley said, is the flow …", 'We are, as my friend Madeleine Albright
        # said, “the indispensable nation.”': the frame set between the content's words is no part of it
        ids = sorted(t.i for t in toks)
        gap = next(((a, b) for a, b in zip(ids, ids[1:]) if a < f.cue_tok.i < b), None)
        # (only a frame with its speaker: a passive report's cue stays in its clause, "X is believed to …")
        if gap is not None and f.speaker_head is not None and gap[0] < f.speaker_head.i < gap[1]:
            gap_start, gap_end = off + doc[gap[0]].idx + len(doc[gap[0]].text), off + doc[gap[1]].idx
            if c_start < gap_start < gap_end < c_end:
                content = text[c_start:gap_start].rstrip(" ,—–") + " " + text[gap_end:c_end].lstrip(" ,—–")
    content = content.strip().strip(",;:").strip()
    if content.endswith(".") and not direct:
        content = content[:-1]
    if not content or _words(content) < 2 and not direct and not (f.stance == "deny" and f.kind in ("verb", "anaphoric")):
        return None  # (a denial's one word is its content: "denied wrongdoing", "deny it" — session 13)
    if _only_question(content) or not direct and text[c_end:c_end + 1] == "?" and _only_question(content + "?"):
        # 'One girl said, "Are they going to be okay?"': a question states nothing (claims_gold rule 13), also when
        # the content's last token left its question mark out
        return None
    if not direct:
        # a quote spanning into the next sentence(s) extends content and span
        for s, e in quotes:
            if c_start <= s < c_end and e > sent.end:
                c_end = e
                span = (span[0], e + 1)
                content = text[c_start:c_end]
                quote = text[s:e]
                direct = _words(quote) >= _MIN_QUOTE_WORDS
    # the attribution frame: the cue's own clause and its speaker, without the content
    cue_root = f.cue_tok.head if f.kind == "phrase" and f.cue != "according to" else f.cue_tok
    frame_ids = {t.i for t in cue_root.subtree}
    if f.speaker_head is not None:
        frame_ids |= {t.i for t in f.speaker_head.subtree}
    frame_toks = [t for t in doc if t.i in frame_ids and t.i not in f.frame_exclude and not _in_quote(t, off, quotes)]
    frame = _join(frame_toks)
    # relays among the recipients: media, think tanks, platforms, or another named organisation that
    # is no government ("told Ukraine", "told reporters", "on Monday" name no relay)
    recips = []
    taken: set[int] = set()
    for r in f.recipients:
        if r.i in taken:
            continue  # (a name part already read with another recipient: "FOX" of "told FOX 5 News")
        rt = _outlet_tokens(_np_tokens(r), resolver)
        taken |= {t.i for t in rt}
        name = _acronym(rt) or _text_of(rt)
        if len(name) == 2 and name.endswith("."):
            name = name[:-1]  # "on X.": the full stop the tokenizer left on a one-letter name
        if _is_platform(r) or _is_source_org(resolver, name) or r.head.lower_ == "via" or bare_call_sign(r, name) or (
                r.ent_type_ == "ORG" and _resolve(resolver, name) is None) or any(r.i == x.i for x in f.relays):
            recips.append(name)
    d = _Draft(sent, f, speaker, content, (c_start, c_end), span, quote, direct, frame, recips)
    d.date = _date_of(frame, published)
    d.hedged = _hedged(sent.text)
    return d


def _outlet_tokens(rt: list, resolver=None) -> list:
    """A recipient's words with the name parts the parser made its siblings, when together they are shaped like a
    broadcaster's name (speakers.broadcaster_name; chan14): "told 1010 WINS" (1010 and WINS both objects of
    "told"), "told WCBS 880", "told FOX 5 News". Other recipients are left as they are."""
    if not rt:
        return rt
    doc = rt[0].doc
    head = max(rt, key=lambda t: t.i if t.head not in rt else -1)
    out = list(rt)

    def near(t) -> bool:  # a name part the parser hung on the same verb or inside the name
        return (t.like_num or t.text[:1].isupper()) and not t.is_punct and (
            t.head.i == head.head.i or t.head.i in {x.i for x in out})

    j = out[-1].i + 1
    while j < len(doc) and len(out) < 5 and near(doc[j]):
        out.append(doc[j])
        j += 1
    j = out[0].i - 1  # "told FOX 5 News": FOX the parser's dative, "5 News" its object
    while j >= 0 and len(out) < 5 and near(doc[j]) and doc[j].dep_ in ("dative", "dobj", "compound"):
        out.insert(0, doc[j])
        j -= 1
    if len(out) > len(rt) and (broadcaster_name(_text_of(out)) is not None
                               or not _is_source_org(resolver, _text_of(rt)) and _is_source_org(resolver, _text_of(out))):
        return out  # ("told Europe 1 radio": "Europe" the dative, "1 radio" the object)
    return rt


# (also the agency alone, the city dropped by the page: "(Reuters) — The Attorney General is investigating …")
_DATELINE_OPENING = re.compile(r"(?:[A-Z][A-Z.'’\- ]{2,}(?:, [A-Z0-9][\w.]*(?: [A-Z0-9][\w.]*)*){0,2}(?: \([^)]{1,30}\))?"
                               r"|\(?(?:Reuters|AP|AFP|UPI|Xinhua|TASS|CNN|Bloomberg|dpa|ANSA|EFE)\)) ?(?:[:—–]|--?) *")


def _one_per_content(drafts: list[_Draft]) -> list[_Draft]:
    """"underscored his view that X": the noun cue inside the verb's object restates the same attribution —
    one claim (the verb's) per speaker and content."""
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if o.content_span == d.content_span and (o.speaker and o.speaker.text) == (
            d.speaker and d.speaker.text)), None)
        if twin is None:
            out.append(d)
        elif twin.found.kind == "noun" and d.found.kind != "noun":
            out[out.index(twin)] = d
    return out


def _own_document(head) -> bool:
    """"our statement", "our report", "analysis of the footage by our team": a text of the document's own authors
    ("our analysts" are people, and speak for themselves)."""
    lex = _lexicon()
    low = head.lemma_.lower()
    text_noun = low in lex.lemmas("report") or low in lex.lemmas("noun") or low in ("communiqué", "communique",
                                                                                        "declaration")
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children) and text_noun:
        return True
    # "Analysis of the footage by our visual investigations team shows …", "A study by this newspaper found …":
    # the document's own authors' work (round clprec20)
    return (text_noun or low in lex.lemmas("evidence")) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(
            p.dep_ == "pobj" and (p.lower_ in ("us", "me") or any(x.dep_ == "poss" and x.lower_ in ("our", "my")
                                                                  for x in p.children)
                                  or p.lower_ == "newspaper" and any(x.lower_ == "this" for x in p.children))
            for p in c.children)
        for c in head.subtree if c.i > head.i)


# what a piece of writing calls itself ("This brief survey of Egyptian-US relations shows …")
_SELF_NOUNS = {"analysis", "survey", "article", "essay", "column", "piece", "commentary", "overview", "review",
               "editorial", "paper"}


def _this_text(head, before: str) -> bool:
    """"This brief survey … shows that …", "This analysis may seem to suggest …": the article's own text (round 9),
    unless the text before has named such a document ("a Pentagon review … This review found" stays)."""
    return head.lemma_.lower() in _SELF_NOUNS and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children) \
        and not re.search(rf"\b{re.escape(head.lemma_.lower())}", before, re.I)


def _opens_a_question(seg: str) -> bool:
    """A sentence that opens with an `askopen` row of data/claim_cues.tsv (an auxiliary before "you"): a question
    whatever mark ends it (round cltr17). Real case (TR-News): 'He tweeted: "Can you imagine if the election
    results were the opposite and WE tried to play the Russia/CIA card.' (the tweet's own full stop); also 'Do
    you think anyone believed that.' Not 'You can imagine the cost.' (no inversion)."""
    low = re.sub(r"\s+", " ", seg.lstrip(" " + _QUOTE_CHARS + "…").lower())
    return any(low.startswith(w + " ") for w in _lexicon().forms("askopen"))


def _only_question(content: str) -> bool:
    """A quotation that is one question and nothing else."""
    body = content.strip().strip(_QUOTE_CHARS + " ,")
    # (a period after an honorific ends no sentence: '"Mr. President, is my brother going to be okay?"')
    return (body.endswith("?") and body.count("?") == 1 or _opens_a_question(body) and "?" not in body[:-1]) \
        and not re.search(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!;]\s", body[:-1])


def _others_quote(piece: tuple[int, int], doc, off: int, f: _Found, others: list[_Found]) -> bool:
    words = [t.i for t in doc if piece[0] <= off + t.idx < piece[1] and not t.is_punct]
    if not words or any(i in f.frame_exclude for i in words):
        return False
    return any(o is not f and all(i in o.frame_exclude for i in words) for o in others)


def _prevquote_draft(sent: Sentence, doc, f: _Found, speaker: Actor | None, quotes, text: str, resolver,
                     published: str | None) -> _Draft | None:
    """A frame sentence attributing the quotation that ends just before it ('"…?” / said Hill.'):
    direct speech, content = that quotation, span from the quote to the end of the frame."""
    q = max(((s, e) for s, e in quotes if 0 <= sent.start - e <= 3), default=None)
    if q is None:  # (or one that opened in the previous sentence and closes in this one, before the cue)
        q = next(((s, e) for s, e in quotes if s < sent.start < e <= sent.start + f.cue_tok.idx), None)
        if q is not None:
            q = (q[0], q[0] + len(text[q[0]:q[1]].rstrip(" ,")))
    if q is None or _words(text[q[0]:q[1]]) < 2:
        return None
    content = re.sub(r"\s+", " ", text[q[0]:q[1]]).strip()
    frame = _join([t for t in doc if not t.is_punct or t.text in "-–"])
    recips = [_text_of(_np_tokens(r)) for r in f.recipients if _is_platform(r)]
    d = _Draft(sent, f, speaker, content, q, (q[0] - 1, sent.end), content, True, frame, recips)
    d.date = _date_of(frame, published)
    d.hedged = _hedged(sent.text)
    return d


def _nextquote_draft(sent: Sentence, nxt: Sentence | None, doc, f: _Found, speaker: Actor | None, quotes,
                     text: str, published: str | None) -> _Draft | None:
    """A frame ending in a colon ("He said:") whose quotation opens the next sentence, often the next
    paragraph: the first sentence of the quotation is the content (the rest go on as "(continued)" claims)."""
    if nxt is None or text[sent.end:nxt.start].strip():
        return None
    q = next(((a, b) for a, b in quotes if nxt.start - 1 <= a <= nxt.start + 1), None)
    if q is None and nxt.text[:1] in "“\"":
        q = (nxt.start + 1, nxt.end)  # (a quotation running on over paragraphs is not closed in its own)
    if q is None:
        return None
    a, b = max(q[0], nxt.start), min(q[1], nxt.end)
    seg = text[a:b].strip(" " + _QUOTE_CHARS)
    if _words(seg) < 3 or _only_question(seg):
        return None
    a = text.index(seg, a)
    frame = _join([t for t in doc if not t.is_punct])
    d = _Draft(sent, f, speaker, seg, (a, a + len(seg)), (sent.start, a + len(seg)), seg, True, frame, [])
    d.date = _date_of(frame, published)
    d.hedged = _hedged(sent.text)
    return d


def _parents(d: _Draft) -> list[_Draft]:
    """The enclosing attributions of a claim, innermost first (a cycle guard for odd parses)."""
    out: list[_Draft] = []
    p = d.parent
    while p is not None and p is not d and all(p is not q for q in out):
        out.append(p)
        p = p.parent
    return out


def _nest(drafts: list[_Draft]) -> None:
    """Inner attributions inside another claim's content are relayed by its speaker."""
    for inner in drafts:
        for outer in drafts:
            if outer is inner:
                continue
            if outer.found.stance == "deny":
                continue  # a denial of someone's statement does not relay it
            if inner.found.cue_tok.i in outer.found.frame_exclude \
                    and outer.found.cue_tok.i not in inner.found.frame_exclude:
                # the inner cue lies in the outer content (and not the other way round)
                if inner.parent is None or len(outer.found.content) < len(inner.parent.found.content):
                    inner.parent = outer
    for outer in drafts:
        children = [d for d in drafts if d.parent is outer]
        if not children:
            continue
        for c in children:
            if c.speaker is None and outer.speaker is not None:
                # "The statement said five or six gunmen were believed to be inside": the passive is the
                # named speaker's own hedge, not another source
                c.suppressed = True
        children = [c for c in children if not c.suppressed]
        if not children:
            continue
        root_ids = {t.i for t in outer.found.content if t.head.i not in {x.i for x in outer.found.content}
                    or t.head.i == t.i}
        # the outer claim only wraps the inner attribution(s): keep the inner ones only
        wrapped = [c for c in children if c.found.cue_tok.i in root_ids
                   or c.found.speaker_head is not None and c.found.speaker_head.i in root_ids]
        if not wrapped:
            continue
        if outer.found.kind == "hedge" and all(act_cue(c.found.cue) for c in wrapped):
            # "The targets reportedly call for a 30 percent increase …": the unnamed sources report the request,
            # which is no statement of its own — both stay (round clprec20)
            continue
        if all(_own_belief(c, outer) for c in wrapped):
            # "he said he believes X": the speaker's own belief is what the statement says — one claim,
            # the statement's
            for c in wrapped:
                c.suppressed = True
            inner = wrapped[0]
            if len(wrapped) == 1 and not outer.direct and inner.found.cue in _HELD_BELIEFS \
                    and outer.content_span[0] <= inner.content_span[0] \
                    and inner.content_span[1] <= outer.content_span[1]:
                # its content is the belief's (the labelling guides' span: "Gibson said police believe [X]")
                outer.content, outer.content_span = inner.content, inner.content_span
        elif not all(c.found.cue in _lexicon().lemmas("belief") for c in wrapped) or (
                outer.found.cue == "according to" and not any(c.found.cue in _HELD_BELIEFS for c in wrapped)):
            # (also a finding under "according to": "inspectors found X, according to an internal military
            # document", "According to prosecutors, evidence … showed X" are the finding's, relayed — round 9)
            # a belief reported by someone else ("They fear X, according to people familiar with their
            # thinking"; "She claimed the label thought X") stays the reporter's claim as well
            outer.suppressed = True
        elif _relayed_belief(wrapped, outer):
            if _quoted(outer):  # a quotation's cue words are the quoted speaker's (rule 13): the quotation stays
                for c in wrapped:
                    c.suppressed = True
            else:
                outer.suppressed = True


# belief verbs whose content is a held view ("said they believe X"), not a thing found or seen ("found a gun")
_HELD_BELIEFS = {"believe", "think", "suspect", "fear", "feel", "expect", "estimate", "assess"}


def _quoted(d: _Draft) -> bool:
    """The claim's content is a quotation, also one the page marks with TeX-style quotes ("``These people felt
    they were being cheated,'' said DNR Lt. Jerry Shepherd")."""
    if d.direct or d.quote:
        return True
    at = d.content_span[0] - d.sentence.start
    marks = ("``", "''", '"', "“", "‘")
    return at >= 0 and (any(d.sentence.text[max(0, at - 2):at].endswith(m) for m in marks)
                        or d.sentence.text[at:at + 2].startswith(marks))


def _relayed_belief(wrapped: list[_Draft], outer: _Draft) -> bool:
    """Someone else's belief that a speaker reports is one claim, the belief's: rule 5 of the labelling guides
    (eval/claims_gold.md, claims_news.md "Nested attributions") labels a nested attribution once, with the
    innermost source, so the report around it is not a second claim over the same words. Real cases (claims
    round clnews15):

    - 'Guidarini said Dow believes its proprietary amines technology is much less energy intensive …';
    - 'But Fricska says some meteorologists think the recent spate of cold weather may be the onset of a new
      cold phase.';
    - 'Usov says the family thought they’d never see the cat again.'
    - '"These people felt they were being cheated," said DNR Lt. Jerry Shepherd.' (a quotation's cue words are
      the quoted speaker's, rule 13)

    Only for a reporting verb ("said", "says", "told") over a belief whose cue is the root of the reported
    clause; "according to" over a belief ("They fear X, according to people familiar with their thinking")
    keeps both, as before."""
    if outer.found.cue in _lexicon().lemmas("belief") or outer.found.cue == "according to":
        return False
    return all(c.found.cue in _HELD_BELIEFS and c.speaker is not None and outer.speaker is not None
               and c.content_span is not None and outer.content_span is not None
               and outer.content_span[0] <= c.content_span[0] and c.content_span[1] <= outer.content_span[1]
               for c in wrapped)


def _own_belief(inner: _Draft, outer: _Draft) -> bool:
    """An inner belief/assessment cue whose holder is the outer speaker ("said he thinks …")."""
    if inner.found.cue not in _lexicon().lemmas("belief") or inner.speaker is None or outer.speaker is None:
        return False
    if inner.speaker.text == outer.speaker.text:
        return True
    # "Gibson of the Toronto police said police believe …": the speaker's own body (data/claim_cues.tsv bodyword)
    body = set(_lexicon().forms("bodyword"))
    inner_words = {w.lower() for w in inner.speaker.text.split()}
    outer_words = {t.lower_ for t in outer.found.speaker_head.subtree} if outer.found.speaker_head is not None else set()
    outer_words |= {w.lower() for w in f"{outer.speaker.text} {outer.speaker.title or ''}".split()}
    return not any(w[:1].isupper() for w in inner.speaker.text.split()) and bool(inner_words & body) \
        and bool(outer_words & body)


def _document_relay(document: RawDocument, drafts: list[_Draft], resolver) -> tuple[str, _Draft | None] | None:
    """The source organisation that frames the whole document, if any (see module doc)."""
    if document.title and ":" in document.title:
        prefix = document.title.split(":", 1)[0].strip()
        if 1 <= len(prefix.split()) <= 5 and _is_source_org(resolver, prefix):
            own = next((d for d in drafts if d.speaker and _same_org(resolver, d.speaker, prefix)), None)
            return prefix, own
    for d in drafts:
        if d.sentence.index >= _DOC_RELAY_SENTENCES:
            break
        if d.speaker is not None and d.parent is None:
            name = _relay_name(d.speaker)
            if _is_source_org(resolver, name) or _is_source_org(resolver, d.speaker.text):
                return name, d
    return None


_ORG_KIND_WORDS = {"news", "agency", "newspaper", "daily", "wire", "service", "channel", "television", "tv", "radio",
                   "outlet", "website", "broadcaster"}


def _same_org(resolver, speaker: Actor, name: str) -> bool:
    if _relay_name(speaker).lower() == name.lower() or speaker.text.lower() == name.lower():
        return True
    short, long_ = sorted((speaker.text.lower().split(), name.lower().split()), key=len)
    if short and long_[:len(short)] == short and set(long_[len(short):]) <= _ORG_KIND_WORDS:
        return True  # "Xinhua" and "Xinhua news agency"
    try:
        a, b = resolver.resolve_source(speaker.text), resolver.resolve_source(name)
    except Exception:
        return False
    return a is not None and b is not None and (a.actor, a.text) == (b.actor, b.text)
