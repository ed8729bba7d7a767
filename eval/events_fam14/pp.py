"""pp.py 'sentence' ... or file.txt: events and the guards that fired."""
import sys
sys.path.insert(0, '/work/wt-fam14')
from eventwire.events import coder as C, guards as G
from eventwire.pipeline import Pipeline
fired = []
orig = G._not_an_event
def traced(m, s, t, u):
    r = orig(m, s, t, u)
    fired.append((m.verb.text, m.trigger.cameo, r, s and (s.text, s.actor), t and (t.text, t.actor)))
    return r
C._not_an_event = traced
args = sys.argv[1:]
date = None
if args and args[0].startswith('--date='):
    date = args[0][7:]; args = args[1:]
texts = []
for a in args:
    if a.endswith('.txt'):
        texts += [l.strip() for l in open(a) if l.strip()]
    else:
        texts.append(a)
pipe = Pipeline()
for t in texts:
    fired.clear()
    res = pipe.process_text(t, published=date)
    print('##', t[:200])
    for e in res.events:
        print('   EV', e.cameo, e.source and (e.source.text, e.source.actor), '->', e.target and (e.target.text, e.target.actor), 'trig=', e.trigger, 'neg' if e.negated else '', 'hyp' if e.hypothetical else '')
    for f in fired:
        if f[2]: print('   guard', f)
    if not fired and not res.events: print('   (no trigger matched)')
