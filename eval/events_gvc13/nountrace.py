"""nountrace.py 'sentence' ...: noun triggers, their roles and whether reported()."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from eventwire.annotate import parse
from eventwire.events import nouns as N
from eventwire.events.coder import EventCoder
c = EventCoder()
for doc in parse(sys.argv[1:]):
    print("##", doc.text)
    for nm in N.match_nouns(doc, c.lexicon, set()):
        roles = N.noun_roles(nm, c)
        print("  ", nm.noun.text, nm.trigger.cameo, "src", [a.text for a in roles.sources], "tgt", [(a.text, a.actor) for a in roles.targets],
              "reported", N.reported(nm.noun, c, roles))
