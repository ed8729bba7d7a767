"""run.py [FILE] [--v] [--quiet] [--published=YYYY-MM-DD] : code every line of FILE (default this folder's sentences.txt) and count.

FILE may be any file in this format, e.g. eval/events_ace17/sentences.txt or eval/events_ace17/held_out.txt
(session 14 runs its sentences with this script in place of a copy).

A line is 'sentence || ROOTS src=X tgt=Y [; ROOTS src=.. tgt=..]' or 'sentence || none'. ROOTS is one CAMEO
prefix or alternatives ("18|19|20"). Each expectation is one item of its family (the first root named):
root hit = some event (not negated, not hypothetical) whose CAMEO starts with one of ROOTS; actors hit = that
event's source/target actor codes start with X/Y ('-' is not checked). 'none' hits when no event (except
negated/hypothetical) is produced. False events: events whose root is in none of the line's expectations
(every event of a 'none' line). --quiet prints the counts only (use it for held_out.txt).
An actor prefix may list alternatives too ("src=HKG|CHN"). --published sets the documents' date (default
2003-05-01, the ACE era); eval/events_cam17 runs this file on its own sentences with --published=2020-06-01.
"""
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(here)))
from eventwire.pipeline import Pipeline
args = [a for a in sys.argv[1:] if not a.startswith('--')]
verbose = '--v' in sys.argv
quiet = '--quiet' in sys.argv
published = next((a.split('=', 1)[1] for a in sys.argv[1:] if a.startswith('--published=')), '2003-05-01')
path = args[0] if args else os.path.join(here, 'sentences.txt')
pipe = Pipeline()
rows = []
for line in open(path):
    if '||' not in line or line.startswith('#'):
        continue
    text, exp = [p.strip() for p in line.split('||')]
    rows.append((text, [e.split() for e in exp.split(';')]))
fams = {}
tot = [0, 0, 0]
false_events = 0
lines_with_false = 0


def act(a):
    return (a.actor or '') if a else ''


def fits(actor, want):
    return want == '-' or any(actor.startswith(w) for w in want.split('|'))


for text, exps in rows:
    res = pipe.process_text(text, published=published)
    evs = [e for e in res.events if not e.negated and not e.hypothetical]
    allowed = [r for exp in exps if exp[0] != 'none' for r in exp[0].split('|')]
    false = [e for e in evs if not any(e.cameo.startswith(r) for r in allowed)]
    false_events += len(false)
    lines_with_false += bool(false)
    line_ok = True
    for exp in exps:
        roots = exp[0].split('|')
        fam = fams.setdefault(roots[0][:2] if roots[0] != 'none' else 'none', [0, 0, 0])
        fam[0] += 1
        if roots[0] == 'none':
            ok = not evs
            okact = ok
        else:
            want = dict(kv.split('=') for kv in exp[1:])
            cand = [e for e in evs if any(e.cameo.startswith(r) for r in roots)]
            ok = bool(cand)
            okact = any(fits(act(e.source), want['src']) and fits(act(e.target), want['tgt']) for e in cand)
        fam[1] += ok
        fam[2] += okact
        tot[0] += 1
        tot[1] += ok
        tot[2] += okact
        line_ok = line_ok and okact
    if not quiet and (verbose or not line_ok or false):
        mark = 'OK ' if line_ok else 'MISS'
        if line_ok and false:
            mark = 'FALS'
        got = '; '.join(f"{e.cameo} {e.source and e.source.actor}->{e.target and e.target.actor} [{e.trigger}]"
                        f"{' neg' if e.negated else ''}{' hyp' if e.hypothetical else ''}" for e in res.events) or '-'
        want = ' ; '.join(' '.join(x) for x in exps)
        print(f"{mark:4} want {want:30} got {got} :: {text}")
print()
for k in sorted(fams):
    print(f"{k:5} n={fams[k][0]:3} root={fams[k][1]:3} root+actors={fams[k][2]:3}")
print(f"TOTAL n={tot[0]} root={tot[1]} root+actors={tot[2]}  false events={false_events} (on {lines_with_false} of {len(rows)} lines)")
