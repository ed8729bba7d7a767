"""Fuzzing the command line's output layer (eventwire/output.py) with Hypothesis: whatever a
document holds, what reaches the terminal, a CSV file or a JSON reader is the text as data —
no markup applied, no control character executed, no formula a spreadsheet would run."""
from __future__ import annotations

import io
import json
import re

import pandas
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from eventwire import output

# Any text, with pieces attacks use (markup, escape sequences, formulas, bidi overrides) made frequent.
HOSTILE_STRINGS = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(
    ["[bold red]x[/]", "[/x]", "\x1b[2J", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "=HYPERLINK(\"x\")",
     "+1", "-4.0", "@SUM(A1)", "\u202eevil", "a\x00b"])), min_size=1, max_size=6).map("".join)

_RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FUZZ = settings(max_examples=400, deadline=None)


def _render(renderable) -> str:
    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None, force_terminal=False, emoji=False).print(renderable)
    return buffer.getvalue()


@_FUZZ
@given(HOSTILE_STRINGS)
def test_visible_text_holds_no_control_character(value):
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", output.visible(value))


@_FUZZ
@given(HOSTILE_STRINGS, HOSTILE_STRINGS)
def test_tables_and_lines_print_the_text_literally(title, cell):
    t = output.table(title, [("code", "code"), ("text", "text")])
    output.add_row(t, ["062", cell])
    printed = _render(t) + _render(output.line(("error", "red"), " ", cell))
    assert not _RAW_CONTROL.search(printed)  # nothing for the terminal to execute


@_FUZZ
@given(st.text(alphabet="abc xyz", max_size=20))
def test_markup_in_text_is_shown_not_applied(words):
    value = f"[bold red]{words}[/] [/x] [link=http://evil]{words}[/link]"
    assert output.visible(value) in _render(output.line(value)).replace("\n", "")


@_FUZZ
@given(HOSTILE_STRINGS)
def test_csv_cells_never_start_a_formula(value):
    cell = output.csv_cell(value)
    assert not _RAW_CONTROL.search(cell)
    if cell.startswith(("=", "+", "-", "@")):
        assert cell == "-" or re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", cell)


@_FUZZ
@given(st.lists(HOSTILE_STRINGS, min_size=1, max_size=5))
def test_csv_files_of_hostile_text_read_back_without_formulas(values):
    frame = pandas.DataFrame({"evidence": values, "goldstein": [-4.0] * len(values)})
    buffer = io.StringIO()
    output.write_csv(frame, buffer)
    back = pandas.read_csv(io.StringIO(buffer.getvalue()), keep_default_na=False, dtype={"evidence": str})
    assert list(back["goldstein"]) == [-4.0] * len(values)  # numbers stay numbers
    for cell in back["evidence"]:
        assert not str(cell).startswith(("=", "+", "@")) or re.fullmatch(r"[+-]?[\d.eE+-]+", str(cell))


@_FUZZ
@given(HOSTILE_STRINGS)
def test_json_lines_keep_the_exact_text_and_print_nothing_raw(value):
    dumped = output.json_line({"evidence": value})
    assert dumped.endswith("\n") and "\n" not in dumped[:-1]
    assert not _RAW_CONTROL.search(dumped[:-1])
    assert json.loads(dumped)["evidence"] == value


@pytest.mark.slow
@settings(max_examples=5000, deadline=None)
@given(HOSTILE_STRINGS, HOSTILE_STRINGS)
def test_output_layer_campaign(title, cell):
    """The slow campaign: thousands of cases through every output path at once."""
    t = output.table(title, [("date", "date"), ("actor", "actor"), ("text", "text")])
    output.add_row(t, ["2024-09-11", cell, cell])
    assert not _RAW_CONTROL.search(_render(t))
    assert not _RAW_CONTROL.search(output.json_line({"t": title, "c": cell})[:-1])
    assert json.loads(output.json_line({"t": cell}))["t"] == cell
    csv_value = output.csv_cell(cell)
    assert not _RAW_CONTROL.search(csv_value)
