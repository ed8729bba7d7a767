"""Move top-level statements and EventCoder methods of events/coder.py into room modules, as text (session 16,
branch split19). Run on the commit before the split (95c1620):

    python eval/split19/rooms.py /tmp/rooms.json && python eval/split19/move.py /tmp/rooms.json [dry]

Each room gets the named statements (with the comments above them, in their old order), a mixin class of the
named methods, and the imports its code needs (from the old imports or from the lower room that owns a name);
a name a room needs that stays in coder.py is reported (an import cycle). Docstrings were written afterwards."""
import ast, json, sys, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / 'eventwire/events/coder.py'
spec = json.load(open(sys.argv[1]))  # {room: {"doc": str, "mixin": name|null, "mixin_doc": str, "top": [...], "methods": [...]}}
dry = len(sys.argv) > 2 and sys.argv[2] == 'dry'
text = SRC.read_text()
lines = text.split('\n')
tree = ast.parse(text)

def seg_start(node, stop_prefix=None):
    start = min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])
    while start - 2 >= 0 and lines[start - 2].strip().startswith('#') and not (
            stop_prefix and lines[start - 2].startswith(stop_prefix)):
        start -= 1
    return start

def names_used(node):
    out = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
    # string annotations are not used with __future__? they are real AST nodes here (source form)
    return out

imports = {}  # name -> (module, kind)
import_end = 0
top = {}  # name -> (start, end, node)
order = []
coder_cls = None
for node in tree.body:
    if isinstance(node, ast.ImportFrom):
        mod = '.' * node.level + (node.module or '')
        for a in node.names:
            imports[a.asname or a.name] = (mod, a.name)
        import_end = node.end_lineno
    elif isinstance(node, ast.Import):
        for a in node.names:
            imports[a.asname or a.name] = (None, a.name)
        import_end = node.end_lineno
    elif isinstance(node, ast.ClassDef) and node.name == 'EventCoder':
        coder_cls = node
    else:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            nm = [node.name]
        elif isinstance(node, ast.Assign):
            nm = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign):
            nm = [node.target.id]
        elif isinstance(node, ast.Expr):  # module docstring
            continue
        else:
            raise SystemExit(f'unknown top node {ast.dump(node)[:80]}')
        s = seg_start(node)
        for n in nm:
            top[n] = (s, node.end_lineno, node)
        order.append((s, node.end_lineno, node, nm))

methods = {}
for m in coder_cls.body:
    if isinstance(m, ast.FunctionDef):
        methods[m.name] = (seg_start(m, stop_prefix='    # ---'), m.end_lineno, m)

home = {}
for room, r in spec.items():
    for n in r.get('top', []):
        if n not in top:
            raise SystemExit(f'no top-level {n}')
        if n in home: raise SystemExit(f'{n} twice')
        home[n] = room
    for n in r.get('methods', []):
        if n not in methods:
            raise SystemExit(f'no method {n}')
unplaced_top = [n for n in top if n not in home]
for room, r in spec.items():
    if r.get('methods'): home[r['mixin']] = room
mixins = {r['mixin'] for r in spec.values() if r.get('methods')}
moved_methods = {n: room for room, r in spec.items() for n in r.get('methods', [])}
# names defined by one statement must move together
for s, e, node, nm in order:
    rooms = {home.get(n, 'coder') for n in nm}
    if len(rooms) > 1: raise SystemExit(f'split statement {nm}')

def seg_text(s, e):
    return '\n'.join(lines[s - 1:e])

def wrap_import(mod, names):
    names = sorted(set(names), key=lambda x: (x.lstrip('_').lower(), x))
    head = f'from {mod} import '
    one = head + ', '.join(names)
    if len(one) <= 120:
        return one
    out, cur = [], head + '('
    ind = ' ' * len(head + '(')
    for i, n in enumerate(names):
        piece = n + (', ' if i < len(names) - 1 else ')')
        if len(cur) + len(piece.rstrip()) > 120:
            out.append(cur.rstrip())
            cur = ind
        cur += piece
    out.append(cur)
    return '\n'.join(out)

ROOM_ORDER = list(spec)  # lowest first

def resolve(room, used, defined):
    need = {}  # module -> names
    errors = []
    std = []
    for n in sorted(used):
        if n in defined:
            continue
        if n in home and home[n] != room:
            need.setdefault('.' + home[n], []).append(n)
        elif n in imports:
            mod, real = imports[n]
            if mod is None:
                std.append(f'import {real}')
            else:
                need.setdefault(mod, []).append(real if real == n else f'{real} as {n}')
        elif n in top and room != 'coder':
            errors.append(n)
    return need, std, errors

def import_block(need, std, typing_only=()):
    blocks = []
    stdlib = sorted(set(std))
    third = []
    froms_std = {k: v for k, v in need.items() if not k.startswith('.') and k.split('.')[0] in ('dataclasses', 'typing', 're', '__future__')}
    froms_3p = {k: v for k, v in need.items() if not k.startswith('.') and k not in froms_std}
    froms_local = {k: v for k, v in need.items() if k.startswith('.')}
    a = stdlib + [wrap_import(k, v) for k, v in sorted(froms_std.items())]
    b = [wrap_import(k, v) for k, v in sorted(froms_3p.items())]
    c = [wrap_import(k, v) for k, v in sorted(froms_local.items(), key=lambda kv: (kv[0].count('.') == 1, kv[0]))]
    return '\n\n'.join('\n'.join(x) for x in (a, b, c) if x)

room_text = {}
report = []
for room, r in spec.items():
    segs = sorted([(top[n][0], top[n][1]) for n in r.get('top', [])])
    segs = sorted(set(segs))
    used, defined = set(), set(r.get('top', []))
    parts = []
    prev_end = None
    body = ''
    for s, e in segs:
        t = seg_text(s, e)
        if prev_end is not None:
            adjacent_assign = all(not lines[k - 1].strip() for k in range(prev_end + 1, s)) and (s - prev_end) <= 2 \
                and not lines[s - 1].startswith(('def ', 'class ', '@')) and not lines[prev_end - 1].startswith(' ')
            body += ('\n' if adjacent_assign else '\n\n\n') + t
        else:
            body = t
        prev_end = e
    for s, e in segs:
        for n in ast.walk(ast.parse(seg_text(s, e))):
            if isinstance(n, ast.Name): used.add(n.id)
    mtext = ''
    if r.get('methods'):
        ms = sorted(methods[n][:2] for n in r['methods'])
        mtext = f"class {r['mixin']}:\n    \"\"\"{r['mixin_doc']}\"\"\"\n\n" + '\n\n'.join(seg_text(s, e) for s, e in ms)
        for n in r['methods']:
            for x in ast.walk(methods[n][2]):
                if isinstance(x, ast.Name): used.add(x.id)
        defined.add(r['mixin'])
    need, std, errors = resolve(room, used, defined)
    if errors:
        report.append(f'{room}: needs names left in coder: {errors}')
    imp = import_block(need, std)
    out = f'"""{r["doc"]}\n"""\nfrom __future__ import annotations\n\n{imp}\n\n\n'
    out += body + ('\n\n\n' if body and mtext else '') + mtext + '\n'
    room_text[room] = out
    report.append(f'{room}: imports from ' + ', '.join(f'{k}({len(v)})' for k, v in need.items() if k.startswith('.')))

# coder remainder
remove = [(top[n][0], top[n][1]) for n in home if n not in mixins] + [methods[n][:2] for n in moved_methods]
keep = [True] * (len(lines) + 1)
for s, e in remove:
    for k in range(s, e + 1): keep[k] = False
new_lines = [lines[k - 1] for k in range(import_end + 1, len(lines) + 1) if keep[k]]
rest = '\n'.join(new_lines)
rest = re.sub(r'\n{4,}', '\n\n\n', rest)
# blank lines inside the class: collapse 3+ to 1 inside indented context
rest = re.sub(r'\n(\n{2,})(    )', r'\n\n\2', rest)
bases = [spec[rm]['mixin'] for rm in reversed(ROOM_ORDER) if spec[rm].get('methods')]
rest = rest.replace('class EventCoder:', f'class EventCoder({", ".join(bases)}):' if bases else 'class EventCoder:')
used = set()
for n in ast.walk(ast.parse(rest)):
    if isinstance(n, ast.Name): used.add(n.id)
used |= set(json.load(open(sys.argv[1].replace('.json', '.keep.json'))) if Path(sys.argv[1].replace('.json', '.keep.json')).exists() else [])
used |= set(bases)
defined = {n for n in top if n not in home}
need, std, errors = resolve('coder', used, defined)
docend = tree.body[0].end_lineno
head = '\n'.join(lines[:docend])
coder_text = head + '\nfrom __future__ import annotations\n\n' + import_block({k: v for k, v in need.items() if k != '__future__'}, std) + '\n' + rest
report.append('coder imports from rooms: ' + ', '.join(f'{k}({len(v)})' for k, v in need.items() if k.startswith('.') and k[1:] in spec))
print('\n'.join(report))
print('unplaced top-level (stay in coder):', len(unplaced_top))
if not dry:
    for room, t in room_text.items():
        (ROOT / f'eventwire/events/{room}.py').write_text(t)
    SRC.write_text(coder_text)
    print('written')
