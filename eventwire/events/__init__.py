"""Code events: who did what to whom, from the parse of a sentence and its document.

Rooms, one job each:
- `lexicon`: the trigger tables (verbs, nouns) and the CAMEO code table;
- `coder`: the order of the work (a sentence's triggers, one event's roles phase by phase), code and modality;
- `persons`, `parties`, `placing`: names the document gives, the parties a phrase names, the country of the unplaced;
- `triggers`, `sources`, `targets`, `harm`, `joint`: rule triggers, doers, targets, harm done, parties acting together;
- `repeats`, `noun_events`: one event per action, events stated as nouns;
- `guards`: the named rules that say a matched trigger states no event;
- `modality`: how the sentence states the act (negated, modal, conditional, framed, performed by saying);
- `political`: whether an event is political (the page gate);
- `syntax`: the word lists and parse readings these rooms share;
- `nouns`, `document`, `rules`, `local_news`, `detector`: events told as nouns, document context, coding rules
  over the filled roles, local news, the learned sentence detector.
"""
from .coder import EventCoder
from .parties import first_person
from .placing import people_of
from .lexicon import CameoCode, Lexicon, Trigger, default_lexicon, inflections
from .political import is_political, is_political_force
from .syntax import is_coded, is_first_person

__all__ = ["CameoCode", "EventCoder", "Lexicon", "Trigger", "default_lexicon", "first_person", "inflections",
           "is_coded", "is_first_person", "is_political", "is_political_force", "people_of"]
