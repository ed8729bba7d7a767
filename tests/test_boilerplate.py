"""Boilerplate removal in HTML pages and in plain text."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from eventwire.inputs import clean_text, iter_documents
from eventwire.inputs.boilerplate import boilerplate_lines, classify, load_patterns
from eventwire.records import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"
ISW = FIXTURES / "pages" / "isw_russia_china.html"

ISW_ARTICLE = [
    "Russia and China are expanding their military-technical cooperation, the Institute for the Study of War (ISW) reported on 10 September.",
    'US Deputy Secretary of State Kurt Campbell told POLITICO that China provides "very substantial" support to Russia\'s defense industry in exchange for submarine and missile technologies.',
    "Campbell emphasized that Beijing is helping Moscow to rebuild its military capacity.",
    "The ISW report also mentions that Russian President Vladimir Putin said on 9 September that Moscow and Beijing would deepen their military cooperation.",
    "Chinese officials continue to deny supporting Russia's war effort, maintaining claims of impartiality.",
    "Russia and China launched the Okean-2024 strategic naval exercises on 10 September.",
    "In the Okean-2024 exercises the People's Liberation Army took part with three ships, one vessel and 15 aircraft.",
    "Russian and Chinese forces also began the Northern/Interaction-2024 exercises, which include air force and naval drills in the Sea of Japan and the Sea of Okhotsk and a joint maritime patrol in the Pacific.",
]
ISW_BOILERPLATE = [
    "Read also", "Kupiansk direction 14 times", "EU prepares new sanctions",
    "Dear reader", "donate", "Russia attacks Ukraine every day", "Support independent journalism",
    "Share this article", "cookies", "Subscribe", "All rights reserved", "©",
    "Ukraine strikes Russian airfield in Kursk region", "NATO condemns Russian drone incursion",
]


def _all_page_text(path: Path) -> str:
    """Every block of the page as a line of plain text, nav to footer: what a
    naive extractor (or a copy-paste into a .txt file) would produce."""
    root = lxml_html.fromstring(path.read_bytes())
    lines = []
    for el in root.body.iter("h1", "h3", "p", "li", "div"):
        if el.tag == "div" and len(el):  # containers: their children are listed
            continue
        if el.getparent().tag == "nav" or el.xpath("ancestor::nav"):
            continue
        lines.append(" ".join(el.text_content().split()))
    return "\n".join(line for line in lines if line)


def test_isw_page_html_has_no_boilerplate():
    (doc,) = iter_documents([ISW])
    assert isinstance(doc, RawDocument)
    assert doc.published == "2024-09-11"
    for sentence in ISW_ARTICLE:
        assert sentence in doc.text
    for junk in ISW_BOILERPLATE:
        assert junk not in doc.text, junk


def test_isw_page_as_plain_text_has_no_boilerplate():
    raw = _all_page_text(ISW)
    # the raw text really holds every kind of boilerplate, so the test can fail
    for junk in ("Read also", "Dear reader", "Share this article", "cookies", "Related", "Subscribe", "©"):
        assert junk in raw
    cleaned = clean_text(raw)
    for sentence in ISW_ARTICLE:
        assert sentence in cleaned
    for junk in ISW_BOILERPLATE + ["Related"]:
        assert junk not in cleaned, junk


def test_isw_page_in_a_txt_file(tmp_path):
    target = tmp_path / "isw.txt"
    target.write_text(_all_page_text(ISW))
    (doc,) = iter_documents([target])
    assert "Russia attacks Ukraine every day" not in doc.text
    assert "Read also" not in doc.text
    assert ISW_ARTICLE[0] in doc.text


def test_other_html_page_boilerplate():
    (doc,) = iter_documents([FIXTURES / "inputs" / "kharkiv_strike.html"])
    for junk in ("READ MORE", "31 drones", "CLICK HERE", "APP", "Related:", "Odesa", "newsletter",
                 "Copyright", "cookies", "Getty"):
        assert junk not in doc.text, junk
    # real sentences that mention risky words stay
    assert "Russia's foreign ministry said it would respond to what it called Western escalation" in doc.text
    assert "subscription fees for the state power company's outage alerts would be waived" in doc.text


def test_hard_wrapped_appeal_goes_as_a_whole():
    (doc,) = iter_documents([FIXTURES / "inputs" / "frontline_notes.txt"])
    for junk in ("Dear reader", "donation", "Russia attacks", "Ukraine every day", "Photo:", "Read also",
                 "Zelensky meets", "Share this", "Follow us"):
        assert junk not in doc.text, junk
    assert "Fighting continued along the Oskil river." in doc.text


@pytest.mark.parametrize("line", [
    "Read also: Russian forces attack Kupiansk direction 14 times",
    "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
    "READ MORE: China plague outbreak confirmed",
    "[Related: Salesforce Dreamforce Keynote: AI, Integration]",
    "Related: The 15 Weirdest Galaxies in Our Universe",
    "ALSO READ | Army chief visits forward posts",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Download our app for breaking news alerts",
    "Subscribe to our newsletter to get the latest news from the front.",
    "Sign up for our daily briefing email",
    "Support independent journalism",
    "Become a patron of Frontline Monitor today",
    "Dear readers, we need your help to keep going.",
    "We use cookies to improve your experience. Accept all cookies?",
    "Share this article: Facebook | X | Telegram",
    "Follow us on Telegram",
    "© 2024 Frontline Monitor. All rights reserved.",
    "Copyright 2019 Hawaii News Now. All rights reserved.",
    "Photo: Ihor Petrenko / Getty Images",
    "Firefighters at the site. Getty Images",
    "Advertisement",
])
def test_boilerplate_lines_are_recognised(line):
    assert classify(line) is not None
    assert clean_text(f"Kenya deployed police officers to Haiti on Tuesday.\n{line}") == (
        "Kenya deployed police officers to Haiti on Tuesday.")


@pytest.mark.parametrize("line", [
    "Russia's foreign ministry said it would respond to the sanctions.",
    "The United States will donate ten armoured vehicles to Ukraine, the Pentagon said.",
    "Netflix said its subscription revenue rose as it added 9 million subscribers in the quarter.",
    "Ukraine's president said the country relies on the support of its partners.",
    "The prime minister read a statement on the attack, and said more details would follow.",
    "Related talks between Serbia and Kosovo ended without agreement.",
    "Photographs released by the army show damaged tanks near Robotyne.",
    "Share prices in Moscow fell after the announcement.",
    "The newsletter of the opposition party was banned by the court on Monday.",
    "Russia attacks Ukraine every day, the Ukrainian foreign minister said.",
    "Officials said the bombing killed 12 people and injured dozens more.",
    "“We rely on donations from our supporters to keep the shelter open,” the director said.",
    "Sweden will become a member of NATO after Hungary's parliament approved its bid.",
    "Users can download the TikTok app again after the ban was lifted, the company said.",
    "Copyright infringement lawsuits against AI companies mounted in 2023.",
    "The EU pledged to support independent journalism in Ukraine with 10 million euros.",
    "Residents were urged to sign up for air raid alerts on the city's website.",
    "NATO allies contribute to our collective defence, the minister said.",
    "A Reuters/Ipsos poll showed most Americans support aid to Ukraine.",
    "Latest: Russia launched 40 drones at Kyiv overnight, the air force said.",
])
def test_article_sentences_stay(line):
    assert classify(line) is None
    assert clean_text(line) == line


def test_related_heading_takes_its_headline_list_but_not_the_article():
    text = "\n".join([
        "Iraq's parliament approved the budget on Monday.",
        "Related",
        "Ukraine strikes Russian airfield in Kursk region",
        "NATO condemns Russian drone incursion into Poland",
        "Lawmakers said the budget includes funds for the army.",
    ])
    assert clean_text(text) == ("Iraq's parliament approved the budget on Monday.\n"
                                "Lawmakers said the budget includes funds for the army.")


def test_long_paragraph_mentioning_donations_stays():
    para = ("The conference in Paris raised pledges worth 2 billion euros. Donors promised to donate "
            "generators and transformers, and officials said they would support our partners in Kyiv. "
            "The subscription model for energy aid was criticised by several delegations. ") * 3
    assert clean_text(para.strip()) == para.strip()


def test_paragraph_structure_kept():
    text = "First paragraph line.\n\nRead more: Something else\n\nSecond paragraph.\nThird line."
    assert clean_text(text) == "First paragraph line.\n\nSecond paragraph.\nThird line."


def test_patterns_come_from_data_file():
    patterns = load_patterns()
    assert len(patterns) > 30
    assert {p.category for p in patterns} >= {"linklist", "appeal", "promo", "cookie", "share", "copyright", "credit"}


def test_boilerplate_lines_report():
    found = boilerplate_lines("A real sentence about Gaza.\nRead more: Another story\n© 2024 Someone")
    assert [kind for kind, _ in found] == ["linklist", "copyright"]


def test_a_link_to_another_story_on_the_outlets_site_goes():
    # "Also on rt.com: ..." introduces another story's headline, whose acts are not this page's
    text = ("Russian forces struck Kharkiv overnight, killing three people.\n\n"
            "Also on rt.com: Ukraine launches drones at Moscow region\n\n"
            "More from kyivindependent.com - Zelensky meets Macron\n\n"
            "Also on the agenda: talks with Turkey on grain.")
    kept = clean_text(text)
    assert "rt.com" not in kept and "kyivindependent" not in kept
    assert "struck Kharkiv" in kept and "Also on the agenda" in kept
