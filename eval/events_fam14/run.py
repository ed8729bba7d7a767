"""run.py [--v] : code every line of sentences.txt and count those giving the expected root (and actors).

A line is 'sentence  || ROOT src=X tgt=Y' or 'sentence  || none'. Root hit = some event (not negated,
not hypothetical) whose CAMEO starts with ROOT; actors hit = that event's source/target actor codes start
with X/Y ('-' is not checked). 'none' hits when no event (except negated/hypothetical) is produced.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from eventwire.pipeline import Pipeline
verbose = '--v' in sys.argv
pipe = Pipeline()
rows = []
for line in open(os.path.join(os.path.dirname(__file__), 'sentences.txt')):
    if '||' not in line or line.startswith('#'):
        continue
    text, exp = [p.strip() for p in line.split('||')]
    rows.append((text, exp.split()))
fams = {}
tot = [0, 0, 0]
for text, exp in rows:
    res = pipe.process_text(text, published='2024-05-01')
    evs = [e for e in res.events if not e.negated and not e.hypothetical]
    root = exp[0]
    fam = fams.setdefault(root, [0, 0, 0])
    fam[0] += 1
    if root == 'none':
        ok = not evs; okact = ok
    else:
        want = dict(kv.split('=') for kv in exp[1:])
        cand = [e for e in evs if e.cameo.startswith(root)]
        ok = bool(cand)
        def act(a):
            return (a.actor or '') if a else ''
        okact = any((want['src'] == '-' or act(e.source).startswith(want['src'])) and
                    (want['tgt'] == '-' or act(e.target).startswith(want['tgt'])) for e in cand)
    fam[1] += ok; fam[2] += okact
    tot[0] += 1; tot[1] += ok; tot[2] += okact
    if verbose or not okact:
        mark = 'OK ' if okact else ('ACT' if ok else 'MISS')
        got = '; '.join(f"{e.cameo} {e.source and e.source.actor}->{e.target and e.target.actor} [{e.trigger}]{' neg' if e.negated else ''}{' hyp' if e.hypothetical else ''}" for e in res.events) or '-'
        print(f"{mark:4} want {' '.join(exp):26} got {got} :: {text}")
print()
for k in sorted(fams):
    print(f"{k:5} n={fams[k][0]:3} root={fams[k][1]:3} root+actors={fams[k][2]:3}")
print(f"TOTAL n={tot[0]} root={tot[1]} root+actors={tot[2]}")
