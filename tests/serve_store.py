"""A real store for the web tests: the ISW page and a hostile document, through the real pipeline.

The hostile document's title and text hold HTML that would run if it were ever put on a page
as markup (`<script>`, an `<img onerror=…>`, a closing `</mark>`), a spreadsheet formula and
terminal control characters.  Its first sentence is a located event (Sea of Japan), so it is on
the map and in the events table.
"""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main

PAGE = Path(__file__).parent / "fixtures" / "pages" / "isw_russia_china.html"

SCRIPT = "<script>window.__pwned = 1; alert('pwned')</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2; alert('img')\">"
FORMULA = '=HYPERLINK("http://evil.example","x")'
TITLE = f"Evil {SCRIPT} title \x1b[2J"
TEXT = (f"Russia and China held joint naval exercises in the Sea of Japan on 10 September 2024 {SCRIPT} "
        f"{IMG} </mark></article> \x1b[31m red. The Russian defence ministry said that the drills were "
        f"defensive. {FORMULA} China denied that it supplies weapons to Russia.")
HOSTILE_ID = "evil-doc"


def build_store(folder: Path) -> str:
    """Ingest the ISW page and the hostile document into a new store in `folder`; its path."""
    hostile = folder / "hostile.jsonl"
    record = {"id": HOSTILE_ID, "title": TITLE, "text": TEXT, "published": "2024-09-11",
              "url": "javascript:alert(1)//<b>x</b>"}
    hostile.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = folder / "store.db"
    result = CliRunner().invoke(main, ["ingest", str(PAGE), str(hostile), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return str(db)
