"""Headlines in Title Case, put in sentence case for the parser.

"Female Employee Yvonne Hiller Kills Two In Kraft Shooting": in Title Case every word looks
like a name to the small English model, which then tags "Kills" a proper noun and finds no
verb, so the headline - often the one sentence that states the news - yields no event. Such
a headline is given to the parser with its common English words lower-cased ("Female employee
Yvonne Hiller kills two in Kraft shooting"); names stay as written. The text keeps its length,
so every offset still points into the original.

No library restores case offline without a trained model or downloaded data (the `truecase`
package fetches NLTK data at run time), so this is a small rule: a word is common English when
the model's own lemmatizer tables (WordNet's word lists, shipped in the spaCy package) list it
or its stem, and it is not a country, people, organisation or place the tables know.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?")
# Closed-class words that are no names in a headline (not in WordNet's open-class lists).
_FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "into", "onto", "over", "under", "after", "before", "during", "amid", "among", "against", "about",
    "as", "than", "that", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "he", "she", "it", "they", "we", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "not", "no", "off", "out", "up", "down", "near", "via", "per", "says", "said",
}
# Plurals and forms WordNet's base-form lists lack.
_IRREGULAR = {"men", "women", "children", "people", "police", "dead", "killed", "held", "fled", "shot", "hit",
              "met", "led", "left", "fought", "seized", "sought", "told", "won", "lost", "struck", "stole",
              "troops", "forces"}
# Short closed-class words many headline styles leave in lower case.
_MINOR_WORDS = {"and", "but", "for", "nor", "off", "out", "the", "via", "per", "yet"}
# At least this many words of four letters or more, this share of them capitalised.
_MIN_LONG_WORDS = 3
_TITLE_SHARE = 0.8
_TOWN_POPULATION = 50_000
_SUFFIXES = ("ies", "es", "s", "ied", "ed", "ing")  # (not "-er": "Hiller" is no hill)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from .annotate import parser
    lemmatizer = parser().get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    words = {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []) if w.isalpha()}
    return frozenset(words | _FUNCTION_WORDS | _IRREGULAR)


@lru_cache(maxsize=1)
def _name_test():
    from .actors import default_resolver
    from .events.syntax import is_coded
    from .places import default_geocoder
    resolver, geocoder = default_resolver(), default_geocoder()

    def coded(text: str) -> bool:
        return is_coded(resolver.resolve(text))

    @lru_cache(maxsize=8192)
    def is_name(phrase: str) -> bool:
        """A country, people or organisation the tables know ("China", "Turkey", "White House"), or
        a place of several words the gazetteer knows ("New Delhi", "Sea Of Japan"); not a sector
        word ("Police", "Workers"), nor a word that is also some town's name."""
        words = phrase.split()
        if any(w.lower() in _FUNCTION_WORDS for w in words if w != words[0] and w != words[-1]) \
                and len(words) > 1 and not geocoder._known_place_name(phrase):  # noqa: SLF001
            return False
        if len(words) == 1:
            # (a town of 50,000 or more: "Queens", "Delhi"; not "Police", a Polish town of 34,000)
            return phrase.lower() not in _FUNCTION_WORDS and (coded(phrase) or any(
                e.population >= _TOWN_POPULATION and e.name == phrase for e in geocoder.candidates(phrase)))
        if words[0].lower() in _FUNCTION_WORDS or words[-1].lower() in _FUNCTION_WORDS:
            return False
        # (the actor tables find a name inside longer text, so only a pair is asked of them)
        return geocoder._known_place_name(phrase) or (  # noqa: SLF001 (the gazetteer's own name test)
            len(words) == 2 and coded(phrase) and not any(coded(w) for w in words))
    return is_name


def _common(word: str, common: frozenset[str]) -> bool:
    low = word.lower()
    if low in common:
        return True
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            if stem in common or stem + "e" in common or (suffix in ("ies", "ied") and stem + "y" in common):
                return True
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in common:  # "shipping", "stopped"
                return True
    return False


def is_title_case(text: str) -> bool:
    """Whether the common words after the first are mostly capitalised, as in a Title Case
    headline - not a sentence that names several people and places ("President Biden met Prime
    Minister Modi in New Delhi")."""
    longer = [w for w in _WORD.findall(text)[1:] if len(w) >= 3]
    if sum(w[0].isupper() for w in longer) < 0.5 * len(longer):
        return False  # (cheap first: most sentences have most of their words in lower case)
    common, is_name = _common_words(), _name_test()
    # (the short words a headline style keeps in lower case - "Pirates Hijack Oil Tanker off
    # Somalia" - say nothing either way)
    words = [w for w in longer if _common(w, common) and not is_name(w) and w.lower() not in _MINOR_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) < _MIN_LONG_WORDS:
        # "2 Dead, 1 Wounded in Shooting", "Jury Convicts Man in 2011 Slaying": two words, both capitalised
        # (in a headline of some length: "NATO Allies Agreed" is a heading, left as it is)
        return len(words) == _MIN_LONG_WORDS - 1 and capitalised == len(words) and len(text.split()) >= 5
    return capitalised / len(words) >= _TITLE_SHARE


@lru_cache(maxsize=4096)
def sentence_case(text: str) -> str:
    """`text` with the common words of a Title Case headline lower-cased; any other text as it is."""
    if not is_title_case(text):
        return text
    common, is_name = _common_words(), _name_test()
    words = list(_WORD.finditer(text))
    kept: set[int] = set()
    # Names of several words ("New Delhi", "Sea Of Japan", "United States") stay as written.
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if all(w.group()[0].isupper() for w in run) and not kept & set(range(i, i + size)) \
                    and is_name(text[run[0].start():run[-1].end()]):
                kept |= set(range(i, i + size))
    if words and words[0].start() == len(text) - len(text.lstrip()):
        kept.add(0)  # a sentence starts with a capital (but not "4 Shot at party": the 4 starts it)
    chars = list(text)
    for i, m in enumerate(words):
        word = m.group()
        if i in kept or not word[0].isupper() or (len(word) > 1 and not word[1:].islower()):
            continue  # a name, lower-case already, or an acronym ("NATO", "US")
        if _common(word, common) and not is_name(word):
            chars[m.start()] = word[0].lower()
    return "".join(chars)
