

# --- victims responders found or treated; fighting reported -------------------------------------------

@pytest.mark.parametrize("text, code, victim", [
    ("First responders located seven shooting victims.", "180", "seven shooting victims"),
    ("Medics treated two stabbing victims at the scene.", "182", "two stabbing victims"),
    ("Police responded to reports of two gunshot victims.", "180", None),
])
def test_victims_attended_were_harmed(pipe, text, code, victim):
    events = violent(told(pipe, text))
    assert events and events[0][0] == code, text
    assert events[0][1] is None
    if victim is not None:
        assert events[0][2] == victim


@pytest.mark.parametrize("text", [
    "There have been 153 gunshot victims this year in Toledo.",
    "She runs a support group for gunshot victims.",
    "Shooting victims testified before the committee.",
])
def test_victims_as_a_count_or_a_kind_are_no_event(pipe, text):
    assert not violent(told(pipe, text)), text


@pytest.mark.parametrize("text", [
    "Heavy fighting was reported near Bakhmut on Sunday.",
    "Witnesses reported clashes in the old city.",
])
def test_fighting_reported_is_an_attack(pipe, text):
    events = violent(told(pipe, text))
    assert events and events[0][0][:2] == "19", text


def test_a_custody_battle_reported_is_no_fighting(pipe):
    assert not violent(told(pipe, "A custody battle was reported in the tabloids."))
