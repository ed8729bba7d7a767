"""Fixtures shared by the test files: one real pipeline per test module (loading the model is the slow
part; a module keeps its own so that no test sees another module's state)."""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()
