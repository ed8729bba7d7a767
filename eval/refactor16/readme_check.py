"""Check the commands and paths the README names: scripts exist, their options are in their --help,
eventwire subcommands take the options given, make targets exist, named files exist. Nothing heavy is run;
commands that score a test split are listed, not run.

    python eval/refactor16/readme_check.py      # from the checkout, with its .venv
"""
import re, shlex, subprocess, sys, os
from pathlib import Path
ROOT = Path.cwd()
PY = str(ROOT / ".venv/bin/python")
text = (ROOT / "README.md").read_text()
cmds = []
for n, l in enumerate(text.splitlines(), 1):
    if l.startswith("|") and not l.startswith("|---"):
        for c in re.findall(r"`([^`]+)`", l.strip("|").split("|")[-1]):
            cmds.append((n, c))
# code blocks
inblock = False
for n, l in enumerate(text.splitlines(), 1):
    if l.startswith("```"):
        inblock = not inblock and l.strip() == "```sh"; continue
    if inblock and l.strip():
        cmds.append((n, l.split("   #")[0].split("  #")[0].strip()))
helps = {}
def help_of(argv):
    key = tuple(argv)
    if key not in helps:
        r = subprocess.run(argv + ["--help"], capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "300"})
        helps[key] = (r.returncode, r.stdout + r.stderr)
    return helps[key]
problems, checked = [], 0
seen = set()
for n, c in cmds:
    if c in seen: continue
    seen.add(c)
    for part in re.split(r"\s*(?:&&|;)\s*", c):
        toks = shlex.split(part.replace("[", "").replace("]", ""))
        toks = [t for t in toks if "=" not in t or t.startswith("-")]  # env assignments
        if not toks: continue
        if "test" in toks and "--split" in toks:
            print(f"README:{n}: not run (test split): {part}"); continue
        head = toks[0]
        opts = [t.split("=")[0] for t in toks if t.startswith("--")]
        if head in ("python", ".venv/bin/python") and len(toks) > 1 and toks[1].endswith(".py"):
            script = ROOT / toks[1]; checked += 1
            if not script.exists():
                problems.append(f"README:{n}: no such script {toks[1]}"); continue
            if "argparse" in script.read_text():
                rc, h = help_of([PY, str(script)])
                if rc != 0: problems.append(f"README:{n}: {toks[1]} --help exits {rc}: {h[-300:]}")
                for o in opts:
                    if o not in h: problems.append(f"README:{n}: {toks[1]} has no option {o}")
            for t in toks[2:]:
                if not t.startswith("-") and ("/" in t) and not re.search(r"[A-Z]{1,}\.|OUT|X\.|A\.json|B\.json|before|after|/tmp/", t):
                    if not any(Path(p).exists() for p in [ROOT / t] + list(ROOT.glob(t))):
                        problems.append(f"README:{n}: {toks[1]}: no such path {t}")
        elif head == "eventwire" and len(toks) > 1:
            checked += 1
            rc, h = help_of([str(ROOT / ".venv/bin/eventwire"), toks[1]])
            if rc != 0: problems.append(f"README:{n}: eventwire {toks[1]} --help exits {rc}")
            for o in opts:
                if o not in h: problems.append(f"README:{n}: eventwire {toks[1]} has no option {o}")
        elif head in ("pytest",) or toks[:3] == [".venv/bin/python", "-m", "pytest"]:
            checked += 1
            for t in toks:
                if t.startswith("tests/") and not (ROOT / t).exists():
                    problems.append(f"README:{n}: no such test file {t}")
        elif head == "make":
            checked += 1
            if not re.search(rf"^{toks[1]}:", (ROOT / "Makefile").read_text(), re.M):
                problems.append(f"README:{n}: no make target {toks[1]}")
        elif len(toks) == 1 and re.search(r"\.(md|py|tsv|txt)$", head):
            checked += 1
            cands = [ROOT / head, ROOT / "eventwire" / head, ROOT / "eventwire/events" / head, ROOT / "eventwire/inputs" / head]
            if not any(p.exists() for p in cands):
                problems.append(f"README:{n}: no such file {head}")
print(checked, "commands and paths checked")
print("\n".join(problems) or "no problems")
