"""Counted forces and assets, casualties and money (eventwire.quantities)."""
import pytest

from eventwire.quantities import find_quantities, unit_family


def found(text):
    return [(q.value, q.unit) for _, _, q in find_quantities(text)]


def test_okean_sentence_counts_exactly_three_assets():
    text = ("In the Okean-2024 exercises the People's Liberation Army took part with "
            "three ships, one vessel and 15 aircraft.")
    got = find_quantities(text)
    assert [(q.value, q.unit, q.text) for _, _, q in got] == [
        (3, "ship", "three ships"), (1, "vessel", "one vessel"), (15, "aircraft", "15 aircraft")]
    for a, b, q in got:
        assert text[a:b] == q.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over 2,000 troops crossed the border.", [(2000, "troop")]),
        ("Russia launched 40 Shahed drones and two Kh-101 cruise missiles.",
         [(40, "drone"), (2, "cruise missile")]),
        ("Two Russian Su-34 fighter jets and three Chinese naval ships were seen.",
         [(2, "fighter jet"), (3, "ship")]),
        ("Four submarines, 11 warships and 6 helicopters joined.",
         [(4, "submarine"), (11, "warship"), (6, "helicopter")]),
        ("Ukraine lost 12 tanks and 30 armored vehicles.", [(12, "tank"), (30, "armored vehicle")]),
        ("A dozen drones hit Kyiv.", [(12, "drone")]),
        ("Twenty-five servicemen and 300 personnel arrived.", [(25, "serviceman"), (300, "personnel")]),
        ("The package includes five air defense systems and 18 artillery systems.",
         [(5, "air defense system"), (18, "artillery system")]),
        ("They deployed two hundred and fifty soldiers.", [(250, "soldier")]),
        ("Russia fired 120 missiles, 90 drones and 2 bombers took off.",
         [(120, "missile"), (90, "drone"), (2, "bomber")]),
    ],
)
def test_forces_and_assets(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strike killed 12 people.", [(12, "killed")]),
        ("12 people were killed and 30 wounded.", [(12, "killed"), (30, "wounded")]),
        ("At least 30 dead after the attack.", [(30, "killed")]),
        ("There were 1,000 casualties.", [(1000, "casualty")]),
        ("The shelling injured five civilians.", [(5, "wounded")]),
        ("Twenty soldiers were captured and three are missing.", [(20, "captured"), (3, "missing")]),
        ("Three Ukrainian soldiers died.", [(3, "killed")]),
    ],
)
def test_casualties(text, expected):
    assert found(text) == expected


def test_casualty_evidence_text_keeps_hedge_and_verb():
    [(_, _, q)] = find_quantities("The blast killed at least 12 people on Monday.")
    assert q.text == "killed at least 12 people"
    [(_, _, q)] = find_quantities("Officials said more than 40 people were killed.")
    assert q.text == "more than 40 people were killed"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The US announced $12 billion in aid.", [(12e9, "USD")]),
        ("The EU pledged €500 million.", [(500e6, "EUR")]),
        ("Kyiv received 1.5 billion euros.", [(1.5e9, "EUR")]),
        ("Beijing spent 2 trillion yuan.", [(2e12, "CNY")]),
        ("Moscow allotted 300 billion rubles and Kyiv 40 million hryvnias.", [(300e9, "RUB"), (40e6, "UAH")]),
        ("He paid $5m and later US$3.2bn.", [(5e6, "USD"), (3.2e9, "USD")]),
        ("Seoul spends 5 billion won.", [(5e9, "KRW")]),
    ],
)
def test_money(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the navy commissioned new ships.",
        "On 10 September 2024 the ships left port.",
        "The Okean-2024 drills began.",
        "The 5th ship sailed; the third aircraft landed.",
        "Support rose 30% among troops.",
        "Support rose 30 percent among troops.",
        "A 45-year-old man was hit.",
        "Call +7 495 123 45 67 for the ships office.",
        "Russia launched dozens of drones and hundreds of missiles.",
        "Thousands of troops massed.",
        "No one was killed.",
        "S-400 air defense systems were moved.",
        "Two tank battalions were formed.",
        "The satellite flew on a Falcon 9 rocket.",
        "The party has won 5 seats.",
        "Two rounds of talks failed.",
        "A mother of 12 was killed in the shootout.",
    ],
)
def test_false_positives(text):
    assert find_quantities(text) == []


def test_unit_family():
    assert unit_family("ship") == "naval"
    assert unit_family("aircraft") == "air"
    assert unit_family("troop") == "personnel"
    assert unit_family("killed") == "casualty"
    assert unit_family("USD") == "money"
    assert unit_family("banana") is None


def test_realistic_page():
    from pathlib import Path

    import trafilatura

    html = (Path(__file__).parent / "fixtures" / "pages" / "isw_russia_china.html").read_text(encoding="utf-8")
    text = trafilatura.extract(html)
    got = [(q.value, q.unit) for _, _, q in find_quantities(text)]
    # "Okean-2024", "10 September" and "14 times" are no quantities
    assert got == [(3, "ship"), (1, "vessel"), (15, "aircraft")]


@pytest.mark.parametrize("text, expected", [
    # nationalities joined by "and", "or" or commas are one run of modifiers before the unit
    ("The drills involve about 13,000 Russian and Belarusian troops and 70 aircraft.",
     [(13000, "troop"), (70, "aircraft")]),
    ("NATO sent 3,000 US, British and French troops to the border.", [(3000, "troop")]),
    # a second number starts its own count: "5 Russian and 3 Ukrainian soldiers" is not 5 soldiers
    ("Clashes left 5 Russian and 3 Ukrainian soldiers dead.", [(3, "killed")]),
])
def test_counted_forces_with_joined_nationalities(text, expected):
    assert found(text) == expected
