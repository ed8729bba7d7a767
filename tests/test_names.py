"""Named exercises and operations (eventwire.names)."""
import pytest

from eventwire.names import find_names


def names(text):
    return [n for _, _, n in find_names(text)]


def test_northern_interaction_sentence():
    text = ("Russian and Chinese forces also began the Northern/Interaction-2024 exercises, which include "
            "air force and naval drills in the Sea of Japan and the Sea of Okhotsk and a joint maritime "
            "patrol in the Pacific.")
    got = find_names(text)
    assert got == [(42, 67, "Northern/Interaction-2024")]


def test_okean_sentences():
    assert names("In the Okean-2024 exercises the People's Liberation Army took part with three ships.") == ["Okean-2024"]
    text = "Russia and China launched the Okean-2024 strategic naval exercises on 10 September."
    [(a, b, n)] = find_names(text)
    assert text[a:b] == n == "Okean-2024"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Vostok-2022 drills and the Joint Sea-2021 maneuvers followed Zapad-2021.",
         ["Vostok-2022", "Joint Sea-2021", "Zapad-2021"]),
        ("Ukraine's Operation Spiderweb destroyed bombers.", ["Operation Spiderweb"]),
        ("Israel launched Operation Iron Swords.", ["Operation Iron Swords"]),
        ("The US-led Operation Prosperity Guardian protects shipping.", ["Operation Prosperity Guardian"]),
        ("Australia hosted Exercise Talisman Sabre.", ["Exercise Talisman Sabre"]),
        ("The trilateral Freedom Edge exercise began.", ["Freedom Edge"]),
        ("Ships gathered for the Pacific Vanguard exercise.", ["Pacific Vanguard"]),
        ("RIMPAC 2024 drills started in Hawaii.", ["RIMPAC 2024"]),
        ("NATO's Steadfast Defender 2024 is the largest exercise in decades.", ["Steadfast Defender 2024"]),
        ("The Ulchi Freedom Shield drills opened.", ["Ulchi Freedom Shield"]),
        ("China staged drills codenamed \"Joint Sword-2024A\" around Taiwan.", ["Joint Sword-2024A"]),
        ("The drills, dubbed Strait Thunder-2025A, began.", ["Strait Thunder-2025A"]),
        ("Kyiv launched a campaign called 'Iron Harvest' near Kursk.", ["Iron Harvest"]),
    ],
)
def test_names(text, expected):
    assert names(text) == expected


def test_generic_patterns_do_not_need_the_known_list(monkeypatch):
    import eventwire.names as mod

    empty = mod._Lex(**{**mod._lex().__dict__, "known": []})
    monkeypatch.setattr(mod, "_lex", lambda: empty)
    mod._rx.cache_clear()
    try:
        assert names("Russia held the Kavkaz-2020 strategic exercises.") == ["Kavkaz-2020"]
        assert names("The Cobra Dawn drills began.") == ["Cobra Dawn"]
        assert names("Launched Operation Desert Wind.") == ["Operation Desert Wind"]
    finally:
        mod._rx.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "The Russian Navy drills continued.",
        "Black Sea drills were held.",
        "The Taiwan Strait drills resumed.",
        "In September 2024 exercises were held.",
        "Euro-2024 was won by Spain.",
        "The United States and Japan met in Tokyo.",
        "The Special Military Operation began.",
        "The COVID-19 pandemic hit supply chains.",
        "Joint Russian-Chinese drills took place.",
        "The Institute for the Study of War reported new attacks.",
        "He was disconnected from what's called \"SWIFT\" last year.",
    ],
)
def test_no_false_positives(text):
    assert find_names(text) == []


def test_realistic_page():
    from pathlib import Path

    import trafilatura

    html = (Path(__file__).parent / "fixtures" / "pages" / "isw_russia_china.html").read_text(encoding="utf-8")
    text = trafilatura.extract(html)
    assert sorted({n for _, _, n in find_names(text)}) == ["Northern/Interaction-2024", "Okean-2024"]
