"""This round's articles for eval/events_lgl15's scripts (`score.py --pool eval/events_lgl17`,
`build_labels.py ... eval/events_lgl17`): lgl15's sentence reader over this folder's rows.txt."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "events_lgl15"))

import sentences as _lgl  # noqa: E402

sentences = _lgl.sentences


def halves() -> dict[str, list[int]]:
    return _lgl.halves(HERE)


def articles() -> dict[int, dict]:
    return _lgl.articles(HERE)
