"""The docs stay true: every command is in the README, every output field in docs/schema.md."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire.cli import main
from eventwire.records import Actor, Claim, DocumentResult, Event, RawDocument

ROOT = Path(__file__).parents[1]


def test_readme_opens_with_the_two_setup_commands():
    lines = [l for l in (ROOT / "README.md").read_text().splitlines() if l.strip()]
    block = lines[lines.index("```sh") + 1:lines.index("```sh") + 3]
    assert block[0].startswith("make demo") and block[1].startswith("make test")
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:
        assert f"eventwire {name}" in readme, name


def test_every_output_field_is_in_the_schema_doc():
    schema = (ROOT / "docs" / "schema.md").read_text()
    actor = Actor("Russia", "RUSGOV", "RUS", "GOV")
    event = Event("d:e1", "d:s1", "x", (0, 1), "062", "COOPERATE", None, 7.4, actor, actor)
    claim = Claim("d:c1", "d:s1", "x", (0, 1), actor, "said", "x")
    record = DocumentResult(RawDocument("d", "x"), [], [event], [claim]).to_dict()
    fields = set(record["document"]) | set(record["events"][0]) | set(record["claims"][0])
    for field in fields:
        assert f"`{field}`" in schema or f"`{field}[]`" in schema, field
