"""HTML to plain text with the page's title and publication date. Pure (standard library parser)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "figcaption",
    "figure",
    "dd",
    "dt",
    "hr",
}
# Page furniture, not the report: menus, footers, sidebars, forms.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "iframe", "footer", "aside", "form",
              "menu", "button", "select"}
_DATE_META = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
}


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    title: str | None
    published: dt.date | None
    site_name: str | None = None


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title: list[str] = []
        self.meta_dates: list[str] = []
        self.site_name: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content"):
                self.meta_dates.append(a["content"])
            if key in {"og:site_name", "publisher", "article:publisher"} and a.get("content"):
                self.site_name = a["content"]
        if tag == "time":
            a = {k.lower(): (v or "") for k, v in attrs}
            if a.get("datetime"):
                self.meta_dates.append(a["datetime"])
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "li":
            self.parts.append("\n  • ")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> HtmlText:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"(?m)^[ \t]*•[ \t]*$", "", text)  # list items with no text (icons, empty menus)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    title = " ".join("".join(parser.title).split()) or None
    published = None
    for value in parser.meta_dates:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if m:
            published = dt.date(int(m[1]), int(m[2]), int(m[3]))
            break
    return HtmlText(text=text, title=title, published=published, site_name=parser.site_name)
