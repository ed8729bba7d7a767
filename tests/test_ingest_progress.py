"""`eventwire ingest --progress`: files done of the total, documents per second, time left and the file
being read, on stderr; nothing of it without a terminal or --progress (pipes, tests, logs stay quiet)."""
from __future__ import annotations

import re

from click.testing import CliRunner

from eventwire import cli
from eventwire.cli import main

REPORTS = {
    "a.txt": "Russian forces shelled Kharkiv on Monday, killing three civilians.",
    "b.txt": "Chinese and Russian warships held a joint naval exercise in the Sea of Japan on Tuesday.",
    "c.jsonl": '{"id": "c1", "text": "Iran supplied drones to Russia, US officials said."}\n'
               '{"id": "c2", "text": "Ukraine struck a Russian air base in Crimea overnight."}\n',
}


def folder(tmp_path):
    root = tmp_path / "reports"
    root.mkdir()
    for name, text in REPORTS.items():
        (root / name).write_text(text)
    return root


def test_progress_lines_give_total_rate_eta_and_current_file(tmp_path, monkeypatch):
    monkeypatch.setattr(cli._IngestProgress, "EVERY_S", 0.0)  # a line for every document
    result = CliRunner().invoke(main, ["ingest", str(folder(tmp_path)), "--db", str(tmp_path / "s.db"),
                                       "--published", "2024-09-10", "--progress"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("ingest: ")]
    pattern = re.compile(r"ingest: (\d)/3 files, (\d) documents, [\d.]+ docs/s, (-|\d+:\d\d) left, \d+ s elapsed"
                         r"(?: · (.+))?$")
    parsed = [pattern.match(line) for line in lines]
    assert all(parsed), lines
    assert [m.group(2) for m in parsed] == ["1", "2", "3", "4", "4"]  # one per document, then the end
    assert {m.group(4).rsplit("/", 1)[-1] for m in parsed[:-1]} == {"a.txt", "b.txt", "c.jsonl"}
    assert parsed[-1].group(1) == "3" and parsed[-1].group(3) == "0:00" and parsed[-1].group(4) is None
    assert parsed[2].group(3) != "-"  # an estimate once a file is done
    assert "stored" in result.stdout and "4" in result.stdout  # the summary table stays


def test_no_progress_without_a_terminal_or_the_option(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(folder(tmp_path)), "--db", str(tmp_path / "q.db"),
                                       "--published", "2024-09-10"])
    assert result.exit_code == 0, result.output
    assert "ingest: " not in result.stderr and "docs/s" not in result.stderr
    assert "documents read" in result.stdout
