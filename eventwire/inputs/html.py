"""HTML and markdown to plain text.

- `extract_article`: a whole web page → main article text and metadata, via
  trafilatura's `bare_extraction`.
- `fragment_to_text`: a snippet of HTML (feed item content, rendered
  markdown) → text, block elements becoming line or paragraph breaks.
- `markdown_to_text`: markdown → plain text, via markdown-it (CommonMark).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree, html as lxml_html

_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")

# Elements whose content is never text to read.
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "object", "svg", "button", "form",
         "nav", "footer", "aside"}
# Struck-through text: transcripts mark misspoken words this way ("<s>Senator</s> [Secretary]").
_STRUCK = {"s", "del", "strike"}
# Each of these ends a paragraph (blank line after it).
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table",
              "figure", "section", "article", "header", "main", "hr", "address"}
# Each of these ends a line.
_LINE = {"br", "li", "dt", "dd", "tr", "div", "figcaption", "caption"}
_CELL = {"td", "th"}


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None


def extract_article(page: str, url: str | None = None) -> Article | None:
    """Main text and metadata of a web page, or None when nothing is found."""
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            deduplicate=False,
        )
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001 - trafilatura/htmldate trip over some broken trees
        doc = None  # (an <svg> holding <html>: AssertionError in lxml's drop_tree); read the visible text
    if doc is None or not (doc.text or "").strip():
        # trafilatura refuses very short pages and bare fragments; read their
        # visible text instead (boilerplate filtering still follows).
        text = page_text(page)
        return Article(text=text) if text else None
    return Article(
        text=doc.text.strip(),
        title=(doc.title or None),
        published=_checked_date(doc.date, page),
        site=(doc.sitename or doc.hostname or None),
        url=(doc.url or url or None),
    )


def _checked_date(date: str | None, page: str) -> str | None:
    """htmldate's text search turns a bare year ("© 2019") into 2019-01-01;
    a 1 January date stands only if the page's markup states it."""
    if not date or not date.endswith("-01-01"):
        return date or None
    from htmldate import find_date

    try:
        return find_date(page, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - as above: a broken tree has no date to trust
        return None


def page_text(page: str) -> str:
    """All visible text of a page or fragment (no scripts, nav, footer, aside)."""
    try:
        root = lxml_html.fromstring(page.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return ""
    body = root.find(".//body")
    parts: list[str] = []
    _walk(body if body is not None else root, parts)
    return _tidy("".join(parts))


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line,
    list items and `<br>` on their own lines, inline whitespace collapsed."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _WS.sub(" ", html.unescape(fragment)).strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


# Break marks while walking; a run of them becomes one "\n" or, if any of
# them is a paragraph mark, one blank line.
_LINE_MARK = "\x00"
_PARA_MARK = "\x01"
_MARK_RUN = re.compile(r"[\x00\x01][\x00\x01 ]*")


def _walk(el, parts: list[str]) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else None
    if tag is None or tag in _SKIP or tag in _STRUCK:  # comments, scripts, struck text
        if el.tail:
            parts.append(_WS.sub(" ", el.tail))
        return
    mark = _PARA_MARK if tag in _PARAGRAPH else _LINE_MARK if tag in _LINE else ""
    parts.append(mark)
    if el.text:
        parts.append(_WS.sub(" ", el.text))
    for child in el:
        _walk(child, parts)
    parts.append(mark)
    if tag in _CELL:
        parts.append(" | ")
    if el.tail:
        parts.append(_WS.sub(" ", el.tail))


def _tidy(text: str) -> str:
    """Turn break marks into newlines; trim spaces and stray cell bars."""
    text = _MARK_RUN.sub(lambda m: "\n\n" if _PARA_MARK in m.group(0) else "\n", text)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" {2,}", " ", line).strip()
        line = re.sub(r"^(\| ?)+|( ?\|)+$", "", line).strip()
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_md = None


def markdown_to_text(markdown: str) -> str:
    """Plain text of a markdown document.

    Link syntax keeps only the link text, backslash escapes are resolved
    (`\\###` → `###`), heading and emphasis markers go, lines hard-wrapped
    inside a paragraph are joined with a space, and paragraphs are separated
    by a blank line. Raw inline HTML is read like any other HTML.
    """
    global _md
    if _md is None:
        from markdown_it import MarkdownIt

        # CommonMark with tables and strikethrough; raw HTML passes through.
        _md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return fragment_to_text(_md.render(markdown))
