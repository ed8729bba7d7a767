"""Code events: who did what to whom, from the parse of a sentence and its document.

Rooms, one job each:
- `lexicon`: the trigger tables (verbs, nouns) and the CAMEO code table;
- `coder`: a sentence's triggers, their roles from the parse, and the coding rules.
"""
from .coder import (EventCoder, first_person, is_coded, is_first_person, is_political, is_political_force,
                    people_of)
from .lexicon import CameoCode, Lexicon, Trigger, default_lexicon, inflections

__all__ = ["CameoCode", "EventCoder", "Lexicon", "Trigger", "default_lexicon", "first_person", "inflections",
           "is_coded", "is_first_person", "is_political", "is_political_force", "people_of"]
