"""Families of trigger words for happenings that carry no CAMEO code (a shooting, a death, an
injury): linking compares an uncoded event by the family of its trigger's lemma, else the lemma.

General English word senses, not a list fitted to one corpus: the happening a word names (a death,
an injury, a person hit, shots fired) and the generic words that refer back to a happening
("the incident").
"""
from __future__ import annotations

FAMILIES: dict[str, frozenset[str]] = {
    "death": frozenset({
        "kill", "killing", "dead", "die", "death", "fatal", "fatally", "deadly", "homicide", "murder",
        "manslaughter", "suicide", "body", "autopsy", "slay", "slaying", "decease", "deceased", "loss",
        "grieve", "mourn", "mourning", "funeral", "burial", "bury", "execute", "execution", "massacre",
        "assassinate", "assassination", "perish", "casualty", "fatality", "toll", "lose"}),
    "injury": frozenset({
        "wound", "injure", "injury", "hurt", "hospitalize", "hospitalise", "condition", "treat",
        "treatment", "paralyze", "paralyse", "graze", "surgery", "wounded", "injured", "survive",
        "maim", "bleed"}),
    "hit": frozenset({"shoot", "hit", "strike", "stab", "stabbing", "beat", "beating", "punch"}),
    "firing": frozenset({
        "shooting", "gunshot", "gunfire", "fire", "discharge", "shooter", "gunman", "bullet",
        "shootout", "crossfire", "open", "pull", "spray", "rampage", "shot"}),
    "blast": frozenset({"explosion", "explode", "blast", "bomb", "bombing", "detonate", "detonation",
                        "shelling", "shell", "airstrike", "missile", "rocket", "drone"}),
    "incident": frozenset({"incident", "event", "tragedy", "accident", "case", "attack", "it", "this",
                           "that", "violence", "bloodshed", "crime"}),
}

_FAMILY_OF = {word: name for name, words in FAMILIES.items() for word in words}


def trigger_family(lemma: str | None) -> str | None:
    """The family of a trigger lemma ("killed" lemmatised "kill" -> "death"), else the lemma
    itself (casefolded), None without one."""
    if not lemma or not lemma.strip():
        return None
    word = lemma.strip().casefold().split()[-1]
    return _FAMILY_OF.get(word, word)
