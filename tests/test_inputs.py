"""Reading each input format: text, metadata, ids, paths, dates."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from eventwire.inputs import iter_documents, normalize_date
from eventwire.inputs.html import fragment_to_text, markdown_to_text
from eventwire.records import RawDocument, ReadError

FIX = Path(__file__).parent / "fixtures" / "inputs"


def docs(*paths, **kw) -> list[RawDocument]:
    out = list(iter_documents([FIX / p for p in paths], **kw))
    errors = [str(e) for e in out if isinstance(e, ReadError)]
    assert not errors, errors
    return out


def one(path, **kw) -> RawDocument:
    (doc,) = docs(path, **kw)
    return doc


def test_html_text_and_metadata():
    doc = one("kharkiv_strike.html")
    assert doc.format == "html"
    assert doc.id == "kharkiv_strike"
    assert doc.path.endswith("kharkiv_strike.html")
    assert doc.title == "Russian missile strike hits Kharkiv energy facility"
    assert doc.published == "2024-03-22"
    assert doc.site == "Eastern Dispatch"
    assert doc.url == "https://eastern-dispatch.example/news/2024/03/22/kharkiv-strike"
    assert "Russian forces struck an energy facility in Kharkiv with ballistic missiles" in doc.text
    assert "Ukrainian officials said air defence units intercepted most of the missiles over the city." in doc.text


def test_gzipped_html_same_as_plain():
    plain, packed = one("kharkiv_strike.html"), one("dispatch.html.gz")
    assert packed.id == "dispatch"
    assert packed.format == "html"
    assert packed.text == plain.text
    assert packed.published == plain.published


def test_gzip_detected_by_magic_bytes(tmp_path):
    target = tmp_path / "secretly_gzipped.txt"
    target.write_bytes(gzip.compress(b"Turkey shelled Kurdish positions in northern Syria, the ministry said.\n"))
    (doc,) = iter_documents([target])
    assert isinstance(doc, RawDocument)
    assert doc.text == "Turkey shelled Kurdish positions in northern Syria, the ministry said."


def test_plain_text_keeps_paragraphs_and_joins_wrapped_lines():
    doc = one("frontline_notes.txt")
    assert doc.format == "txt" and doc.id == "frontline_notes"
    assert doc.title is None and doc.published is None
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        "Ukrainian forces repelled 14 Russian assaults near Kupiansk on Tuesday, the General Staff of the Armed "
        "Forces of Ukraine said in its morning update. Fighting continued along the Oskil river.",
        "The Russian defence ministry claimed its troops had taken control of a village in the Kharkiv region. "
        "Ukrainian officials denied the claim.",
    ]


def test_plain_text_lines_that_are_not_wrapped_stay(tmp_path):
    target = tmp_path / "lines.txt"
    text = ("Kyiv, 5 May.\nUkraine said it downed 20 drones overnight, most of them over the capital region "
            "and the north.\nRussia denied losses.")
    target.write_text(text)
    (doc,) = iter_documents([target])
    assert doc.text == text


def test_gzipped_text():
    assert one("notes.txt.gz").text == one("frontline_notes.txt").text
    assert one("notes.txt.gz").id == "notes"


def test_markdown_front_matter_and_conversion():
    doc = one("readout.md")
    assert doc.format == "md"
    assert doc.title == "Readout of the Defence Ministers' Call"
    assert doc.published == "2023-05-04"
    assert doc.url == "https://defence.example/news/2023/05/04/readout/"
    text = doc.text
    # links keep their text, hard-wrapped lines are joined, markers are gone
    assert ("Secretary of Defense Lloyd J. Austin III spoke today with Ukrainian Minister of Defence "
            "Oleksii Reznikov about Ukraine's counteroffensive and the delivery of Patriot air defence systems.") in text
    assert "The ministers discussed security assistance and the work of the Ukraine Defense Contact Group." in text
    for marker in ("](", "**", "*Patriot", "# Readout", "---", "title:"):
        assert marker not in text
    assert text.split("\n\n")[0] == "Readout of the Defence Ministers' Call"
    assert text.rstrip().endswith("###")  # "\###" unescaped
    assert "Deliveries of artillery ammunition\nTraining of Ukrainian pilots" in text


def test_markdown_published_time_used_without_date(tmp_path):
    md = tmp_path / "note.md"
    md.write_text("---\ntitle: Note\npublished_time: 2021-03-05 10:00:00-05:00\nurl: https://x.example/n\n---\n"
                  "Greece and Turkey held talks in Athens.\n")
    (doc,) = iter_documents([md])
    assert doc.published == "2021-03-05"
    assert doc.url == "https://x.example/n"


def test_markdown_without_front_matter(tmp_path):
    md = tmp_path / "bare.md"
    md.write_text("## Update\n\nSerbia \\*denied\\* the report, calling it \\[sic\\] false.\n")
    (doc,) = iter_documents([md])
    assert doc.title is None
    assert doc.text == "Update\n\nSerbia *denied* the report, calling it [sic] false."


def test_markdown_to_text_details():
    text = markdown_to_text("A [link](http://x) and <s>Senator </s>\\[Secretary\\] Austin\nwrapped.\n\nline one  \nline two\n")
    assert text == "A link and [Secretary] Austin wrapped.\n\nline one\nline two"


def test_jsonl_records():
    recs = {d.id: d for d in docs("records.jsonl", published="2001-09-11")}
    assert set(recs) == {"rec-1", "2", "rec-3"}
    first = recs["rec-1"]
    assert first.format == "jsonl" and first.path.endswith("records.jsonl:1")
    assert (first.title, first.url, first.published, first.site) == (
        "Israeli strikes in Lebanon", "https://wire.example/a/1", "2024-10-07", "Wire Example")
    # text records are cleaned too, and take the fallback date
    assert recs["2"].text == "North Korea fired a ballistic missile into the sea, South Korea's military said."
    assert recs["2"].published == "2001-09-11"
    assert recs["2"].path.endswith("records.jsonl:2")
    # html records are extracted, their metadata filled from the page
    third = recs["rec-3"]
    assert "resumed talks in Doha on Thursday on a ceasefire in Gaza" in third.text
    assert "Share this article" not in third.text
    assert third.title == "Talks resume in Doha"
    assert third.published == "2024-08-15"
    assert third.url == "https://wire.example/a/3"


def test_rss_feed():
    items = docs("world.rss", published="2000-01-01")
    assert [d.id for d in items] == ["world-1", "world-2"]
    first, second = items
    assert first.format == "feed" and first.path.endswith("world.rss#1")
    assert first.title == "Iran seizes tanker in Strait of Hormuz"
    assert first.url == "https://worlddesk.example/news/iran-tanker"
    assert first.published == "2023-04-27"
    assert first.site == "World Desk"
    # content:encoded is preferred to the description, HTML becomes text, boilerplate goes
    assert first.text == ("Iran's navy seized a Marshall Islands-flagged tanker in the Gulf of Oman, the US Navy said."
                          "\n\nThe tanker was bound for Houston.")
    assert second.text.startswith("Colombia's government suspended a ceasefire")
    assert "<p>" not in second.text
    assert second.published == "2000-01-01"


def test_atom_feed():
    items = docs("alerts.atom")
    assert [d.id for d in items] == ["alerts-1", "alerts-2"]
    first, second = items
    # the published date as written (local day), not converted to UTC
    assert first.published == "2024-02-01"
    assert first.url == "https://alerts.example/houthi-red-sea"
    assert first.text == ("Houthi forces fired two anti-ship missiles at a commercial vessel in the Red Sea, "
                          "US Central Command said.")
    assert second.url is None  # a urn: id is not a URL
    assert second.published is None
    assert second.text == "Pakistan and Iran agreed to return their ambassadors."


def test_headline_only_feed_item(tmp_path):
    target = tmp_path / "heads.rss"
    target.write_text('<rss version="2.0"><channel><title>Heads</title><item><title>Somalia and Ethiopia '
                      'restore ties</title><link>https://h.example/1</link></item></channel></rss>')
    (doc,) = iter_documents([target])
    assert doc.text == doc.title == "Somalia and Ethiopia restore ties"


def test_xml_feed_is_read_as_feed(tmp_path):
    target = tmp_path / "export.xml"
    shutil.copy(FIX / "world.rss", target)
    items = list(iter_documents([target]))
    assert [d.id for d in items] == ["export-1", "export-2"]


def test_published_fallback_only_when_missing():
    html = one("kharkiv_strike.html", published="1999-12-31")
    txt = one("frontline_notes.txt", published="1999-12-31")
    assert html.published == "2024-03-22"
    assert txt.published == "1999-12-31"


def test_published_fallback_is_normalised_and_checked():
    assert one("frontline_notes.txt", published="20220224").published == "2022-02-24"
    with pytest.raises(ValueError):
        iter_documents([FIX / "frontline_notes.txt"], published="not a date")


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Chad closed its border with Sudan.")
    (tmp_path / "a.txt").write_text("Mali expelled the French ambassador.")
    (tmp_path / "b" / "c.txt").write_text("Niger suspended military cooperation.")
    (tmp_path / ".hidden.txt").write_text("Not a document.")
    first = [d.id for d in iter_documents([tmp_path])]
    assert first == ["a", "c", "z"]
    assert [d.id for d in iter_documents([str(tmp_path)])] == first


@pytest.mark.parametrize("value,expected", [
    ("2024-09-11T08:30:00+03:00", "2024-09-11"),
    ("2021-01-26 14:26:27-05:00", "2021-01-26"),
    ("20080804", "2008-08-04"),
    ("2019/11/05", "2019-11-05"),
    ("Thu, 27 Apr 2023 22:40:00 +0000", "2023-04-27"),
    ("11 September 2024", "2024-09-11"),
    ("2024-02-30", None),
    ("soon", None),
    (None, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_fragment_to_text_blocks():
    assert fragment_to_text("<div>a</div>tail<ul><li>x</li><li>y</li></ul><p>P <b>bold</b></p><script>s()</script>") == (
        "a\ntail\n\nx\ny\n\nP bold")


def test_copyright_year_is_not_a_publication_date(tmp_path):
    page = ("<html><head><title>T</title></head><body><article><p>Russian forces struck an energy facility in "
            "Kharkiv with ballistic missiles early on Friday, regional governor Oleh Syniehubov said. The attack "
            "left about 200,000 residents without electricity.</p></article><footer>© 2019 Example News</footer>"
            "</body></html>")
    target = tmp_path / "nodate.html"
    target.write_text(page)
    (doc,) = iter_documents([target], published="2024-03-22")
    assert doc.published == "2024-03-22"
    target.write_text(page.replace("<title>T</title>", '<title>T</title><meta property="article:published_time" '
                                   'content="2024-01-01T10:00:00Z">'))
    (doc,) = iter_documents([target], published="2024-03-22")
    assert doc.published == "2024-01-01"


def test_html_fragment_too_short_for_trafilatura(tmp_path):
    target = tmp_path / "frag.html"
    target.write_text("<p>Only a fragment: Pakistan closed the Torkham crossing.</p><script>x()</script>")
    (doc,) = iter_documents([target])
    assert doc.text == "Only a fragment: Pakistan closed the Torkham crossing."


def test_a_store_kept_in_the_folder_is_not_read_as_a_report(tmp_path):
    (tmp_path / "note.txt").write_text("Russia and China held joint naval drills in the Sea of Japan.")
    for name in ("eventwire.db", "eventwire.db-wal", "eventwire.db-shm"):
        (tmp_path / name).write_bytes(b"SQLite format 3\x00")
    items = list(iter_documents([tmp_path]))
    assert [type(i).__name__ for i in items] == ["RawDocument"]


@pytest.mark.parametrize("head, expected", [
    ("Reuters, 3 June 2025", "2025-06-03"),
    ("Published March 14, 2025 10:41 AM", "2025-03-14"),
    ("Kyiv Independent — 2025-03-14", "2025-03-14"),
])
def test_plain_text_takes_its_publication_date_from_a_short_top_line(tmp_path, head, expected):
    f = tmp_path / "story.txt"
    f.write_text(f"{head}\n\nRussian forces launched 120 drones at Ukraine overnight, officials said.\n")
    doc = next(iter_documents([f], published="2020-01-01"))
    assert doc.published == expected  # the page's own date wins over the fallback


def test_a_date_in_the_storys_sentences_is_no_publication_date(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Russian forces launched 120 drones at Ukraine on 3 June 2025, the air force said on Tuesday.\n")
    assert next(iter_documents([f], published="2025-06-04")).published == "2025-06-04"
