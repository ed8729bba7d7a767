"""The trigger lexicon: which words signal which CAMEO code, and the CAMEO table itself.

`data/event_triggers.tsv` maps a verb, optionally with a particle and an object noun, to a CAMEO
code; `data/event_context.tsv` refines a code by words around it; `data/cameo.tsv` gives each
code its Goldstein score and PLOVER type and mode.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from importlib import resources
from typing import Iterable


@dataclass(frozen=True)
class Trigger:
    verb: str
    preps: frozenset[str]
    objects: frozenset[str]
    cameo: str
    target: str  # obj | prep | none

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.preps)


@dataclass(frozen=True)
class NounTrigger:
    """An event stated as a noun: "the arrest of three journalists", "Russian missile strikes
    on Kyiv", "joint drills between the two navies"."""
    noun: str  # lemma; several words for compounds ("air strike"): the last is the head
    needs: frozenset[str]  # words that must modify the noun or be its "of" object (empty: none)
    cameo: str
    target_preps: frozenset[str]  # prepositions on the noun that name the target

    @property
    def specificity(self) -> int:
        return 2 * bool(self.needs) + len(self.noun.split())


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    plover: str | None
    plover_mode: str | None


def _rows(name: str) -> Iterable[list[str]]:
    with resources.files("eventwire.data").joinpath(name).open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                yield [c.strip() for c in row]


def _alternatives(cell: str) -> frozenset[str]:
    return frozenset() if cell in ("", "-") else frozenset(w for word in cell.split("|") for w in spellings(word))


# British and American spellings of one word: the tables are written in either, reporting uses
# both ("mobilise", "defence", "normalisation"). A handful of regular endings covers the
# vocabulary of the tables; no spelling library ships both directions for verbs and nouns.
_SPELLING_WORDS = {"defense": "defence", "offense": "offence", "license": "licence", "center": "centre",
                   "program": "programme", "labor": "labour", "honor": "honour", "favor": "favour",
                   "rumor": "rumour", "harbor": "harbour", "endeavor": "endeavour", "counselor": "counsellor",
                   "traveled": "travelled", "canceled": "cancelled", "fueled": "fuelled"}
_SPELLING_ENDINGS = (("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("ize", "ise"),
                     ("yze", "yse"))
_ISE_NO_SUFFIX = ("advise", "devise", "revise", "supervise", "exercise", "compromise", "promise", "premise",
                  "surprise", "enterprise", "franchise", "expertise", "merchandise", "televise", "improvise",
                  "chastise", "despise")


def spellings(word: str) -> set[str]:
    """The word in both spellings, every word of a phrase ("air defense" -> "air defence")."""
    if " " in word:
        return {" ".join(parts) for parts in product(*(sorted(spellings(part)) for part in word.split(" ")))}
    forms = {word}
    for us, gb in _SPELLING_WORDS.items():
        for a, b in ((us, gb), (gb, us)):
            if word == a or word == a + "s":
                forms.add(b + word[len(a):])
    for us, gb in _SPELLING_ENDINGS:
        for a, b in ((us, gb), (gb, us)):
            # a stem of 4+ letters before the ending ("rise", "seize", "prize" have no twin), and
            # not a word whose "-ise" is no suffix ("exercise", "promise")
            if word.endswith(a) and len(word) - len(a) >= 4 and not word.endswith(_ISE_NO_SUFFIX):
                forms.add(word[: len(word) - len(a)] + b)
    return forms


def _pattern(t: Trigger) -> tuple:
    """What a trigger row matches and codes, whichever spelling of its verb it was written in."""
    return t.preps, t.objects, t.cameo, t.target


class Lexicon:
    """The trigger, context and CAMEO tables, loaded once."""

    def __init__(self) -> None:
        self.triggers: dict[str, list[Trigger]] = {}
        for verb, prep, obj, code, target in _rows("event_triggers.tsv"):
            t = Trigger(verb, _alternatives(prep), _alternatives(obj), code, target)
            for spelling in spellings(verb):
                rows = self.triggers.setdefault(spelling, [])
                # (a table row may already give the other spelling: "normalize", "normalise")
                if all(_pattern(r) != _pattern(t) for r in rows):
                    rows.append(t)
        for rows in self.triggers.values():
            rows.sort(key=lambda t: -t.specificity)
        # Inflected form -> trigger verb, for the few forms the lemmatizer gets wrong
        # ("staged" -> "stag", "mediating" -> "mediating").
        self.verb_of_form: dict[str, str] = {}
        for verb in self.triggers:
            for form in inflections(verb):
                self.verb_of_form.setdefault(form, verb)
        # Nouns, keyed by their head word (the last word of a compound).
        self.nouns: dict[str, list[NounTrigger]] = {}
        for name in ("event_nouns.tsv",):
            for nouns, needs, code, preps in _rows(name):
                for noun in {s for n in nouns.split("|") for s in spellings(n)}:
                    t = NounTrigger(noun, _alternatives(needs), code, _alternatives(preps))
                    self.nouns.setdefault(noun.split()[-1], []).append(t)
        for rows in self.nouns.values():
            rows.sort(key=lambda t: -t.specificity)
        self.context = [(base, refined, _alternatives(words))
                        for base, refined, words in _rows("event_context.tsv")]
        self.codes = {code: CameoCode(code, label, float(g), None if p == "-" else p, None if m == "-" else m)
                      for code, label, g, p, m in _rows("cameo.tsv")}

    def code(self, code: str) -> CameoCode:
        while code not in self.codes and len(code) > 2:
            code = code[:-1]
        return self.codes[code]

    def refine(self, code: str, context: set[str]) -> str:
        for base, refined, words in self.context:
            if code == base and context & words:
                return refined
        return code

    def surface_forms(self) -> frozenset[str]:
        """Inflected forms of every trigger verb: the cheap pre-parse filter looks for these."""
        forms: set[str] = set()
        for verb in self.triggers:
            forms.update(inflections(verb))
        return frozenset(forms)

    def noun_forms(self) -> frozenset[str]:
        """Singular and plural forms of every trigger noun's head word (for the pre-parse filter)."""
        return frozenset(form for head in self.nouns for form in plurals(head))

    def requirements(self) -> dict[str, list[frozenset[str] | None]]:
        """For each inflected verb form, what else a sentence must contain for one of its
        triggers to match: None (nothing), or any of a set of words (the required particle or
        object noun, singular or plural). "have" alone is no reason to parse; "had talks" is."""
        needs: dict[str, list[frozenset[str] | None]] = {}
        for verb, triggers in self.triggers.items():
            for t in triggers:
                words: set[str] = set()
                for obj in t.objects:
                    last = obj.split()[-1]
                    words |= {last, last + "s", last + "es", last[:-1] + "ies" if last.endswith("y") else last}
                # The object noun is the rarer word when a trigger has both.
                need = frozenset(words) if t.objects else frozenset(t.preps) if t.preps else None
                for form in inflections(verb):
                    needs.setdefault(form, []).append(need)
        return needs


_IRREGULAR = {
    "meet": ["met"], "hold": ["held"], "give": ["gave", "given"], "send": ["sent"], "take": ["took", "taken"],
    "begin": ["began", "begun"], "speak": ["spoke", "spoken"], "strike": ["struck", "stricken"],
    "fight": ["fought"], "sell": ["sold"], "shoot": ["shot"], "seek": ["sought"], "lead": ["led"],
    "hit": ["hit"], "put": ["put"], "cut": ["cut"], "break": ["broke", "broken"], "have": ["had", "has"],
    "withdraw": ["withdrew", "withdrawn"], "forgive": ["forgave", "forgiven"], "mass": ["massed"],
    "pull": ["pulled"], "free": ["freed"], "bomb": ["bombed"], "ban": ["banned"], "arm": ["armed"],
    "slam": ["slammed"], "slap": ["slapped"], "plan": ["planned"], "commit": ["committed"],
    "shell": ["shelled"], "sue": ["sued"], "rebuff": ["rebuffed"], "spurn": ["spurned"],
    "veto": ["vetoed", "vetoes"], "deny": ["denied", "denies"], "ally": ["allied"],
    "blow": ["blew", "blown"], "throw": ["threw", "thrown"], "fly": ["flew", "flown"], "lay": ["laid"],
    "bring": ["brought"], "pay": ["paid"], "make": ["made"], "find": ["found"], "go": ["went", "gone"],
    "come": ["came"], "get": ["got", "gotten"], "undertake": ["undertook", "undertaken"],
    "overrun": ["overran"], "shut": ["shut"], "set": ["set"], "swear": ["swore", "sworn"],
    "lend": ["lent"], "stand": ["stood"], "admit": ["admitted"], "stop": ["stopped"],
    "freeze": ["froze", "frozen"], "tear": ["tore", "torn"], "build": ["built"], "beat": ["beaten"],
    "draw": ["drew", "drawn"], "deal": ["dealt"], "show": ["shown"], "keep": ["kept"], "sweep": ["swept"],
    "oversee": ["oversaw", "overseen"], "write": ["wrote", "written"], "withhold": ["withheld"],
    "burn": ["burnt"], "overfly": ["overflew", "overflown"], "steal": ["stole", "stolen"],
    "drive": ["drove", "driven"], "speed": ["sped"],
    "overthrow": ["overthrew", "overthrown"], "sink": ["sank", "sunk"], "retake": ["retook", "retaken"],
    "slay": ["slew", "slain"], "flee": ["fled"], "forbid": ["forbade", "forbidden"], "hang": ["hung"],
    "win": ["won"], "lose": ["lost"], "rebuild": ["rebuilt"], "withstand": ["withstood"], "bind": ["bound"],
    "shake": ["shook", "shaken"], "overtake": ["overtook", "overtaken"], "seize": ["seized"],
}
# (ace16: arms bought, "Egypt bought 24 F-16 fighters from the United States")
_IRREGULAR.update({"buy": ["bought"]})


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms plus the irregular ones we need (for filtering only)."""
    forms = {lemma, *_IRREGULAR.get(lemma, [])}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        # consonant doubling: "expelled", "stopped", "transferred" (extra forms only widen the filter)
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def plurals(noun: str) -> set[str]:
    """A noun and its regular plural forms (for filtering only)."""
    forms = {noun, noun + "s"}
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(noun + "es")
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        forms.add(noun[:-1] + "ies")
    return forms


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()
