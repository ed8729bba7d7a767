"""The claim lexicon (data/claim_cues.tsv), quotation pairing and hedge detection."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


# --------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class _Lexicon:
    by_kind: dict[str, dict[str, str]]  # kind -> {surface form: lemma}
    stance: dict[str, str]  # verb lemma -> assert/deny

    def forms(self, kind: str) -> dict[str, str]:
        return self.by_kind.get(kind, {})

    def lemmas(self, kind: str) -> set[str]:
        return set(self.by_kind.get(kind, {}).values())


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    by_kind: dict[str, dict[str, str]] = {}
    stance: dict[str, str] = {}
    for kind, lemma, forms, st in _read_tsv("claim_cues.tsv"):
        table = by_kind.setdefault(kind, {})
        for form in forms.split(","):
            table[form.strip().lower()] = lemma
        if kind in ("verb", "deny", "label", "phrasal"):
            stance[lemma] = st
    return _Lexicon(by_kind, stance)


@lru_cache(maxsize=1)
def _predicate_families() -> dict[str, str]:
    stems: dict[str, str] = {}
    for family, words in _read_tsv("claim_predicates.tsv"):
        for w in words.split(","):
            stems[w.strip()] = family
    return stems


@lru_cache(maxsize=1)
def _gender_table() -> dict[str, dict[str, str]]:
    """{"first": {name: m|f}, "title": {word: m|f}} from data/claim_gender.tsv."""
    table: dict[str, dict[str, str]] = {"first": {}, "title": {}}
    for kind, word, gender in _read_tsv("claim_gender.tsv"):
        table.setdefault(kind, {})[word.strip().lower()] = gender.strip()
    return table


def _gender_of(words: list[str]) -> str | None:
    """'m', 'f' or None for a person named/titled by `words` ("Ms.", "Stephanie Grisham", "Queen")."""
    table = _gender_table()
    for w in words:
        g = table["title"].get(w.lower())
        if g:
            return g
    for w in words:
        g = table["first"].get(w.lower().strip(".,"))
        if g:
            return g
    return None


_ACT_KINDS = ("commit", "direct", "evaluate", "query")  # claims/political_news.py (round clpol17)


def _cue_words(acts: bool = True) -> frozenset[str]:
    lex = _lexicon()
    words: set[str] = set()
    for kind in ("verb", "deny", "noun", "phrase", "label", "hedge", "adjcue", "phrasal", "objcue") \
            + (_ACT_KINDS if acts else ()):
        for form in lex.forms(kind):
            words.add(form.split()[0])
    # "hailed by the government as …", "portrayed as …" (claims round 13); "see" and "view" are too common a
    # verb to send a sentence to the parser on their own ("widely seen as" counts in sentences parsed anyway)
    words |= {form for form, lemma in lex.forms("characterize").items() if lemma not in ("see", "view")}
    # hedges like "is said to" start with a function word; their cue is the verb
    words -= {"is", "are", "was", "were", "could"}
    return frozenset(words)


CUE_WORDS: frozenset[str] = _cue_words()
# The cue words a hard-wrapped line may stop on before its content (claims/lines.py): not the words of
# commitments, requests, praise and questions, many of them nouns that end headings and lines too ("the
# question", "Biden's pledge", "calls", "the press")
FRAME_CUE_WORDS: frozenset[str] = _cue_words(acts=False)

_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PRONOUNS_GROUP = {"they", "we", "i", "it", "you"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sen", "sen.", "rep", "rep."}
_SUBJ_DEPS = {"nsubj", "nsubjpass"}
# Verbs whose infinitive or gerund complement is the reported content ("claimed to be", "is said to have").
_XCOMP_CUES = {"claim", "allege", "say", "report", "admit", "acknowledge", "confirm", "insist", "believe", "think",
               "expect", "estimate"}
# Verbs that, with a neutrality/innocence object, deny involvement ("maintaining claims of impartiality").
_NEUTRALITY_CUES = {"maintain", "claim", "insist", "assert", "stress", "reiterate"}
# Hedging adverbs that on their own mark a clause as claimed by unnamed sources ("Iran reportedly supplied").
_EVIDENTIAL_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly"}
_WH_WORDS = frozenset("how why what whether if when where who whom which".split())
_QUOTE_CHARS = "\"“”„«»"


# --------------------------------------------------------------------------
# quotations


def _opens_after_colon(text: str, pos: int) -> bool:
    """A straight double mark right after a colon and a space, before a word, opens a quotation even when an
    earlier quotation of the line was left unclosed — a frame ends in a colon, a quotation does not close on one
    (round cltr15, TR-News): '… we stand together against this.⏎Jansen then said: "If we don't feed it, we must
    oppose it.' (the first quotation lost its closing mark: before, the mark after "said:" closed it and the frame
    "Jansen then said:" became quoted words, its own quotation lost); likewise 'The statement read: "…' and
    'He told reporters: "…' after an unclosed mark. A closing mark after a colon ('… the word was "no:" then') is
    not followed by a space and a word."""
    return text[pos] == '"' and bool(re.search(r":[ \t]+$", text[max(0, pos - 3):pos])) \
        and pos + 1 < len(text) and (text[pos + 1].isalnum() or text[pos + 1] in "‘'…")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each double-quoted stretch's inner text, paired within paragraphs. A quotation
    left open at the end of a line runs on into the next line when that line does not open a quotation
    of its own (hard-wrapped text: '… said Palma. "⏎This was really⏎unbelievable."'); a next paragraph
    that opens with a quotation mark restarts (the convention for a quotation over several paragraphs)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for para in re.finditer(r"[^\n]+", text):
        base = para.start()
        if open_at is not None and (para.group().lstrip()[:1] in _QUOTE_CHARS or not para.group().strip()
                                    or "\n\n" in text[open_at:base]):
            open_at = None
        # (two closing single marks close a double quotation in some wire copy: '“… an election.’’')
        for m in re.finditer(r"[\"“”„«»]|’’|''", para.group()):
            ch, pos = m.group(), base + m.start()
            if open_at is None:
                if ch in ("”", "»", "’’", "''"):
                    continue  # stray closer
                open_at = pos
            else:
                if ch in "“„«" or _opens_after_colon(text, pos):
                    open_at = pos  # unbalanced opener: restart
                    continue
                spans.append((open_at + 1, pos))
                open_at = None
    return spans


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _in_quote(tok, offset: int, quotes: list[tuple[int, int]]) -> bool:
    p = offset + tok.idx
    return any(s <= p < e for s, e in quotes)


# --------------------------------------------------------------------------
# hedges


def _hedged(text: str) -> bool:
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for form in _lexicon().forms("hedge"):
        if re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", low):
            return True
    return False
