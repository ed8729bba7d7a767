"""The learned sentence event detector (eventwire/events/detector.py): behaviour a user sees."""
from __future__ import annotations

import numpy as np
import pytest

from eventwire.events.detector import (
    DEFAULT_PATH,
    GATE_THRESHOLD,
    LEAD_THRESHOLD,
    QUAD_LABELS,
    EventDetector,
    default_detector,
)

WAR = [
    "Russian forces shelled the city of Kharkiv overnight, killing at least seven civilians, officials said.",
    "Israeli air strikes killed 12 people in Gaza on Tuesday, the health ministry said.",
    "Taliban fighters attacked a police checkpoint in Kandahar province, killing four officers.",
    "Police arrested dozens of protesters in Hong Kong after clashes with demonstrators.",
    "The United States imposed new sanctions on Iranian officials over the missile attack.",
]
NON_EVENTS = [
    "Preheat the oven to 180 degrees and whisk the eggs with the sugar until pale.",
    "Add the chopped onions and garlic and cook for five minutes, stirring often.",
    "The new laptop has a 14-inch display, 16GB of memory and a battery that lasts all day.",
    "Drink plenty of water and try to get at least eight hours of sleep each night.",
    "All rights reserved.",
    "Subscribe to our newsletter for weekly recipes and gardening tips.",
]


@pytest.fixture(scope="module")
def det() -> EventDetector:
    return default_detector()


def test_loads_offline_from_the_package(det):
    assert DEFAULT_PATH.is_file()
    assert DEFAULT_PATH.stat().st_size < 3 * 1024 * 1024
    assert det.classes[0] == "none" and len(det.classes) == 1 + len(QUAD_LABELS)
    assert default_detector() is det  # cached


def test_clear_war_sentences_score_high(det):
    s = det.scores(WAR)
    assert (s >= 0.5).all(), dict(zip(WAR, s))
    assert (s >= GATE_THRESHOLD).all()


def test_clear_non_events_score_low(det):
    s = det.scores(NON_EVENTS)
    assert (s < GATE_THRESHOLD).all(), dict(zip(NON_EVENTS, s))


def test_war_ranks_above_lifestyle(det):
    assert det.scores(WAR).min() > det.scores(NON_EVENTS).max()


def test_violence_is_material_conflict(det):
    q = det.quad_probabilities(WAR[:3])
    assert (np.argmax(q, axis=1) == 4).all()
    np.testing.assert_allclose(q.sum(axis=1), 1.0)


def test_batch_and_single_agree(det):
    texts = WAR + NON_EVENTS
    batch = det.scores(texts)
    single = np.array([det.score(t) for t in texts])
    np.testing.assert_allclose(batch, single, rtol=0, atol=1e-12)
    # order and batch composition do not matter
    np.testing.assert_allclose(det.scores(texts[::-1])[::-1], batch, rtol=0, atol=1e-12)


def test_empty_input(det):
    assert det.scores([]).shape == (0,)
    assert det.probabilities([]).shape == (0, len(det.classes))
    s = det.scores(["", "   ", "!!!", None])
    assert s.shape == (4,) and np.isfinite(s).all()
    assert np.allclose(s, s[0])  # nothing known: the prior alone
    assert det.score("") == pytest.approx(s[0])


def test_probabilities_are_distributions(det):
    p = det.probabilities(WAR + NON_EVENTS + ["x"])
    assert (p >= 0).all()
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(det.scores(WAR), 1 - det.probabilities(WAR)[:, 0])


def test_a_single_string_is_refused(det):
    with pytest.raises(TypeError):
        det.scores("Russian forces shelled Kharkiv.")


def test_thresholds_are_ordered():
    assert 0 < GATE_THRESHOLD < LEAD_THRESHOLD < 1


def test_unicode_and_long_text(det):
    s = det.scores(["Ünïcödé — “quotes” état-major; 42 tanks!", "war " * 5000])
    assert np.isfinite(s).all()


def test_runtime_needs_no_training_libraries():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from eventwire.events.detector import default_detector\n"
        "default_detector().scores(['Troops shelled the town.'])\n"
        "bad = [m for m in ('sklearn', 'scipy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
