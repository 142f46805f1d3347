"""Attributions: "(Outlet, Month D, YYYY)" parentheses and "according to X" / "X reported" phrases. Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from mesint.extract.dates import DateContext, find_dates
from mesint.extract.prefilter import compile_gated
from mesint.model import Citation, Span
from mesint.slotinit import slot_init

# One level of nesting: "(SOHR, September 23, 2021; Syria Civil Defense (the White Helmets), September 23, 2021)"
_PAREN = compile_gated(r"\(((?:[^()]|\([^()]{0,80}\)){4,400})\)")
# A prefix that introduces a date rather than naming who said it: "(map updated to February 1, 2019)".
_NOT_OUTLET = compile_gated(
    r"(?:\b(?:to|on|since|until|from|as of|in|updated|dated|between|of|and)\s*$)|^(?:updated|as of)\b", re.I
)
_ATTRIBUTION = compile_gated(
    # ("According to ..." opens many a sentence)
    r"(?:\b(?:[Aa]ccording to|[Cc]iting|quoted by|as reported by|reported by|told|[Pp]er|carried by|published by|"
    r"broadcast by|through|via)\s+(?:the\s+|its\s+)?"
    # "according to state news agency SANA", "according to the local Horan Free Gathering"
    r"(?:(?:state|local|official|opposition|pro-government|activist|activist-run|opposition-run|monitoring|rights|"
    r"independent|Britain-based|UK-based|London-based)\s+)?"
    r"(?:(?:Kurdish|Iraqi|Syrian|Turkish|Iranian)\s+(?=(?:news\s+)?(?:agency|network|group|outlet|monitor|website|"
    r"channel|media|broadcaster)\b))?"
    r"(?:(?:news\s+)?(?:agency|network|group|outlet|monitor|website|channel|media|broadcaster)\s+)?"
    # "according to al-Naba": a lower-case article before the name
    r"(?P<a>(?:the\s+)?(?:al-|an-|el-)?[A-Z][\w@.'’&-]*(?:\s+(?:of|for|the|al|al-|on|and|de|[A-Z][\w@.'’&-]*|\d{1,3}\b)){0,9}))"
    # "Raqqa is Being Slaughtered Silently named nine dead"
    r"|(?P<b>(?:the\s+)?[A-Z][\w@.'’&-]*(?:\s+(?:of|for|the|al|al-|on|and|is|(?:[a-z]{2,3}-)?[A-Z][\w@.'’&-]*|\d{1,3}(?=\s+[a-z]))){0,9})"
    # "The Syrian Observatory for Human Rights (SOHR) reported", "Syria Civil Defence (White Helmets) said",
    # "The Kirkuk Now website confirmed"
    # "The Syria Civil Defence, known as the White Helmets, put the number of dead ..."
    r"(?:\s+\([A-Z][\w .'’-]{1,30}\)|,\s+(?:also\s+|better\s+)?known\s+as\s+(?:the\s+)?[A-Z][\w .'’-]{1,30},"
    # "The Horan Free League, a local news network, said"
    # ("the Syrian Observatory for Human Rights, a UK-based monitoring group with a network of informants inside the
    # country, said")
    r"|,\s+an?\s+(?:[\w-]+\s+){0,3}(?:network|monitor|outlet|website|agency|group|organi[sz]ation|observatory)"
    r"(?:\s+(?:with|that|which|based|run|close)\b[^,.;()]{1,70})?,"
    # "The Britain-based Observatory, which relies on a network of sources on the ground, said"
    r"|,\s+which\s+[^,.;()]{1,80},)?"
    r"(?:\s+(?:website|network|news agency|agency|monitor|channel|outlet|rescue group|rescue service|newspaper|daily|"
    r"television|TV))?"
    r"\s+(?:later\s+|also\s+|earlier\s+|initially\s+|originally\s+|first\s+)?(?:reported|said|announced|claimed|stated|published|posted|wrote|tweeted|"
    r"quoted|put|raised|counted|documented|recorded|confirmed|named|gave|listed|reports|says|confirms|documents)\b"
    # "the SDF media center announced": a party's press office speaks for it
    r"|(?P<c>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:[Mm]edia [Cc]ent(?:er|re)|[Mm]edia [Oo]ffice|"
    r"[Pp]ress [Oo]ffice|[Pp]ress [Ss]ervice|[Ii]nformation [Oo]ffice))\s+(?:said|announced|reported|stated|published|"
    r"posted|claimed)\b"
)
# Every match of _ATTRIBUTION holds one of these (in lower case): a lead word of its first branch ("according to";
# "quoted by", "reported by", "published by" hold a verb below) or a verb of saying, which its other two branches end
# with. A text with none is not searched: most sentences name no source, and the pattern is costly at every word.
# Keep in step with the pattern (tests/extract/test_sources.py tries each word).
_ATTRIBUTION_WORDS = (
    "said", "report", "according to", "says", "announced", "claimed", "stated", "published", "posted", "wrote",
    "tweeted", "quoted", "put", "raised", "counted", "document", "recorded", "confirm", "named", "gave", "listed",
    "citing", "told", "per", "carried by", "broadcast by", "through", "via",
)  # fmt: skip
_DATELINE = compile_gated(
    r"^\s*(?P<place>[A-Z][A-Z' ./-]{2,40}(?:,\s*[A-Z][a-zA-Z .]+?)?"
    # "Idlib, Syria (AFP) —": a place in title case is a dateline only with its country after it
    r"|[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?,\s*(?:Syria|Iraq|Kurdistan Region(?: of Iraq)?|Turkey|Lebanon|Jordan)"
    # "Kirkuk (Iraq) (AFP) -": the country in brackets
    r"|[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?(?= \((?:Syria|Iraq|Turkey|Lebanon|Jordan)\)\s*\()\s*\((?:Syria|Iraq|Turkey|Lebanon|"
    r"Jordan)\))"
    # AFP prints the date inside: "HASAKEH, Syria, Jan 21, 2022 (AFP) –"
    r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)?"
    r"\s*\((?P<outlet>[A-Z][\w .&-]{1,40})\)\s*[-–—]",
    re.M,
)


@slot_init
@dataclass(frozen=True, slots=True)
class Attribution:
    """A named source in running text: "According to the SOHR", "the Iraqi Security Media Cell said"."""

    name: str
    span: Span


def find_citations(text: str, *, ctx: DateContext, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """Every "(Outlet[, description], DATE)" part in ``text``; date-only parts get an empty outlet."""
    found: list[Citation] = []
    if "(" not in text:
        return found
    for m in _PAREN.finditer(text):
        inner, inner_start = m.group(1), m.start(1)
        pos = 0
        for part in inner.split(";"):
            part_start = inner_start + pos
            pos += len(part) + 1
            citation = _citation_from_part(part, part_start, text, ctx, doc_id, offset)
            if citation is not None:
                found.append(citation)
    return found


def _citation_from_part(
    part: str, part_start: int, text: str, ctx: DateContext, doc_id: str, offset: int
) -> Citation | None:
    stripped = part.strip()
    if not stripped:
        return None
    # the date must close the part: only its last words are read ("(Outlet, February 1, 2019)")
    cut = 0
    if len(stripped) > 48:
        space = stripped.find(" ", len(stripped) - 48)
        cut = space + 1 if space >= 0 else 0
    dates = find_dates(stripped[cut:], ctx=ctx)
    if not dates or dates[-1].span is None:
        return None
    last = dates[-1]
    if cut:
        last = replace(last, span=replace(last.span, start=last.span.start + cut, end=last.span.end + cut))
    tail = stripped[last.span.end :].strip(" .,")
    if tail:  # the date must close the part: "(Outlet, February 1, 2019)"
        return None
    named_today = last.text in ("Today", "Yesterday", "Tonight")
    if named_today and not stripped[: last.span.start].rstrip().endswith(","):
        return None  # "(Baghdad Today)": an outlet's name, not an outlet and its day ("(SANA, Today)" is both)
    prefix = stripped[: last.span.start].rstrip(" ,.–-")
    prefix = _SOURCE_LEAD.sub("", prefix)
    if prefix and _NOT_OUTLET.search(prefix):
        return None
    lead = len(part) - len(part.lstrip())
    start = offset + part_start + lead
    span = Span(doc_id, start, start + len(stripped))
    outlet, _, affiliation = prefix.partition(",")
    return Citation(
        outlet=outlet.strip(),
        date=last.start,
        span=span,
        affiliation=affiliation.strip() or None,
        date_text=last.text,
    )


_SOURCE_LEAD = compile_gated(r"^(?:sources?|via|from|cited by)\s*[:\-–]\s*", re.I)
# A dataset record's or a bulletin's own line of sources: "Source: Shafaq News; Rudaw", "Sources: AFP, 3 May 2021",
# or the same inside the notes: "... [size=no report] (Sources: Anadolu Agency; ANHA)".
_SOURCE_LINE = compile_gated(
    # ("Fatalities: 2 | Sources: AFP; Rudaw": after the record's fatality field)
    r"^[ \t]*(?:fatalit(?:y|ies)[ \t]*:[ \t]*\d[^|\n]{0,40}\|[ \t]*)?sources?[ \t]*:[ \t]*(?P<list>\S[^\n]*?)[ \t]*$"
    # "... Police said the motive was unknown. [size=no report] Sources: Shafaq News": the line's closing sources
    r"|(?<=[\].])[ \t]+(?-i:Sources?)[ \t]*:[ \t]*(?P<list3>[A-Z][^\n]*?)[ \t]*$",
    re.I | re.M,
)
_SOURCE_PAREN = compile_gated(
    r"\(\s*sources?\s*:\s*(?P<list>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)"
    r"|\[\s*sources?\s*:\s*(?P<list2>[^\[\]\n]*)\]",  # a record's closing "[Sources: Rudaw; Reuters]"
    re.I,
)


def find_source_lines(text: str, *, ctx: DateContext, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """The outlets of a "Source: A; B" line or a "(Sources: A; B)" note, each with its date when the part ends
    with one. An outlet may carry its other name in brackets: "Syria Civil Defence (White Helmets)"."""
    out: list[Citation] = []
    if ":" not in text:
        return out  # both forms need the colon
    for pattern, dated_elsewhere in ((_SOURCE_LINE, False), (_SOURCE_PAREN, True)):
        for m in pattern.finditer(text):
            group = next(g for g in ("list", "list2", "list3") if m.groupdict().get(g) is not None)
            pos = m.start(group)
            for part in m.group(group).split(";"):
                part_start, pos = pos, pos + len(part) + 1
                name = part.strip(" .")
                if not name or name.count("(") != name.count(")") or len(name) > 80 or not name[:1].isupper():
                    continue
                dated = _citation_from_part(part, part_start, text, ctx, doc_id, offset)
                if dated is not None and dated.outlet:
                    if not dated_elsewhere:  # find_citations reads the dated parts of a parenthesis itself
                        out.append(dated)
                    continue
                out += _undated_outlets(part, part_start, doc_id, offset)
    return out


def _undated_outlets(part: str, part_start: int, doc_id: str, offset: int) -> list[Citation]:
    """One undated part of a source line: one outlet, or several listed with commas when each is a name ("Source: AFP,
    Rudaw"; not "Ministry of Defence, Turkey" read as two when a piece is no name of its own, which a capital shows)."""
    pieces = part.split(",") if "," in part and "(" not in part else [part]
    if len(pieces) > 1 and not all(p.strip(" .")[:1].isupper() and len(p.split()) <= 5 for p in pieces):
        pieces = [part]
    out = []
    pos = part_start
    for piece in pieces:
        name = piece.strip(" .")
        start = offset + pos + (len(piece) - len(piece.lstrip()))
        pos += len(piece) + 1
        if name:
            out.append(Citation(outlet=name, date=None, span=Span(doc_id, start, start + len(name))))
    return out


# "... four other people injured. [Syria Civil Defence; SMART News Agency]": an incident list's sources in brackets
# closing the entry (not a Markdown link, not "[Sources: ...]", which find_source_lines reads)
# ("... wounding 18 [Shafaq News].": the entry's full stop after them)
_BRACKET_END = compile_gated(r"\[(?P<list>[A-Z][^\[\]\n:]{2,200})\][ \t]*\.?[ \t]*$", re.M)
_NOT_BRACKET_SOURCE = frozenset(
    {"photo", "photos", "video", "image", "map", "translated", "translation", "updated", "update", "arabic",
     "english", "sic", "link", "archived", "graphic", "warning", "audio", "thread", "repost", "pinned"}
)


# "[Violence against civilians / Attack]", "[Riots]": the coder's own tag of the event type, no outlet
_CODER_TAG = compile_gated(
    r"(?:Battles|Explosions|Violence against civilians|Protests|Riots|Strategic developments)\b"
)


def find_bracket_citations(text: str, *, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """The outlets a closing "[A; B]" names."""
    out: list[Citation] = []
    if "]" not in text:
        return out
    for m in _BRACKET_END.finditer(text):
        pos = m.start("list")
        for part in m.group("list").split(";"):
            part_start, pos = pos, pos + len(part) + 1
            name = part.strip(" .")
            if (
                not name[:1].isupper()
                or len(name) > 60
                or name.lower() in _NOT_BRACKET_SOURCE
                or name.count("(") != name.count(")")
                or _CODER_TAG.match(name)
            ):
                continue
            start = offset + part_start + (len(part) - len(part.lstrip()))
            out.append(Citation(outlet=name, date=None, span=Span(doc_id, start, start + len(name))))
    return out


# "... wounding a third (Hawar News Agency; North Press Agency).": a closing parenthesis of names without a date
_PAREN_END = compile_gated(r"\((?P<list>[A-Z][^()\n:]{1,160})\)[ \t]*[.;,]?[ \t]*$", re.M)


def find_paren_outlets(text: str, known: Callable[[str], bool], *, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """The outlets a sentence's closing "(A; B)" names, when ``known`` knows every one of them (a closing
    parenthesis also holds other things: "(Idlib province)", "(the Eighth Brigade)")."""
    out: list[Citation] = []
    if ")" not in text:
        return out
    for m in _PAREN_END.finditer(text):
        pos = m.start("list")
        parts = []
        for part in m.group("list").split(";"):
            parts.append((part.strip(" ."), pos + len(part) - len(part.lstrip())))
            pos += len(part) + 1
        if not all(name and known(name) for name, _ in parts) or _spells_out(text, m.start(), parts[0][0]):
            continue
        for name, at in parts:
            out.append(Citation(outlet=name, date=None, span=Span(doc_id, offset + at, offset + at + len(name))))
    return out


# "... 1 soldier killed, 2 wounded – Shafaq News": a feed line's closing credit
# ("... 4 dead, dozens injured – @Step_Agency": an account's handle, an outlet whatever its name)
_DASH_END = compile_gated(
    r"[ \t][–—-][ \t]+(?:via[ \t]+)?(?P<name>[A-Z][\w .&'’-]{1,40}?|@\w{2,30})[ \t]*\.?[ \t]*$", re.M
)


def find_dash_outlets(text: str, known: Callable[[str], bool], *, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """The outlet a line's closing dash credits ("... – Rudaw", "... – via SANA"), when ``known`` knows it."""
    out: list[Citation] = []
    for m in _DASH_END.finditer(text):
        name = m.group("name").strip()
        if name.startswith("@") or known(name):
            at = offset + m.start("name")
            out.append(Citation(outlet=name, date=None, span=Span(doc_id, at, at + len(name))))
    return out


# "10:37 · SOHR: at least 11 civilians killed ...", "SANA: Army units reach ...": a feed line led by its outlet
_LABEL_LEAD = compile_gated(
    r"^\s*(?:\[?[012]?\d[:.][0-5]\d\]?\s*[·•|—–-]\s*)?(?P<name>[A-Z][\w .&'’-]{1,40}?|@\w{2,30}):\s"
)


def find_label_outlets(text: str, known: Callable[[str], bool], *, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """The outlet a line opens with as its label ("SOHR: ..."), when ``known`` knows it."""
    m = _LABEL_LEAD.match(text)
    if m is None or not (m.group("name").startswith("@") or known(m.group("name").strip())):
        return []
    name = m.group("name").strip()
    at = offset + m.start("name")
    return [Citation(outlet=name, date=None, span=Span(doc_id, at, at + len(name)))]


def _spells_out(text: str, at: int, acronym: str) -> bool:
    """The parenthesis abbreviates the name before it: "Raqqa is Being Slaughtered Silently (RBSS)"."""
    if not (acronym.isupper() and 2 <= len(acronym) <= 8):
        return False
    initials = "".join(w[0] for w in text[:at].split()[-(len(acronym) + 4) :] if w[:1].isupper())
    return acronym in initials


_MD_LINK = compile_gated(r"\[(?P<name>[^\[\]\n]{2,80})\]\((?:https?://|www\.)[^)\s]*\)")


def find_link_citations(text: str, *, doc_id: str = "", offset: int = 0) -> list[Citation]:
    """Markdown links naming the source: "([North Press Agency](https://...))"; the link text is the outlet."""
    out: list[Citation] = []
    if "](" not in text:
        return out
    for m in _MD_LINK.finditer(text):
        name = m.group("name").strip()
        if name.lower() in {"here", "link", "source", "this", "more", "read more"} or not name[:1].isupper():
            continue
        s = offset + m.start("name")
        out.append(Citation(outlet=name, date=None, span=Span(doc_id, s, s + len(name))))
    return out


def find_attributions(text: str, *, doc_id: str = "", offset: int = 0) -> list[Attribution]:
    """Named sources in running text ("according to X", "X reported/said")."""
    out: list[Attribution] = []
    lowered = text.lower()
    for word in _ATTRIBUTION_WORDS:  # (a plain loop: a generator costs more than the substring tests it drives)
        if word in lowered:
            break
    else:
        return out
    for m in _ATTRIBUTION.finditer(text):
        group = "a" if m.group("a") else "b" if m.group("b") else "c"
        name = m.group(group)
        cut = name.find(". ") if group == "a" else name.rfind(". ")
        skipped, kept = 0, len(name)
        if cut >= 0 and name[cut + 2 : cut + 3].isupper():
            kept = cut if group == "a" else kept - cut - 2
            # a name never runs over a full stop: "according to the Syrian Observatory for Human Rights. The
            # Britain-based monitor ..." ends before it; in "... along the Euphrates. The Syrian Observatory for
            # Human Rights reported" the name opens the sentence
            skipped, name = (0, name[:cut]) if group == "a" else (cut + 2, name[cut + 2 :])
        name = re.sub(r"^(?:but|and|however|meanwhile|also|separately|yet|so)\s+", "", name, flags=re.I)
        name = re.sub(r"^(?:the)\s+", "", name, flags=re.I).strip(" .,")
        # "the Britain-based Syrian Observatory": where it sits is not its name
        name = re.sub(r"^[A-Z][\w.]*-based\s+", "", name)
        name = re.sub(r"(?:\s+(?:on|of|for|the|and|al|al-|de))+$", "", name)
        name = re.sub(r"['’]s$", "", name)
        if not name or name.lower() in {"it", "he", "she", "they", "this", "there"}:
            continue
        s = offset + m.start(group) + skipped
        out.append(Attribution(name, Span(doc_id, s, s + kept)))
    return out


@slot_init
@dataclass(frozen=True, slots=True)
class StoryDateline:
    """A dateline that opens one story of a compilation: "SWEIDA, Syria, Dec. 4, 2022 (Enab Baladi) –"."""

    place: str  # "Sweida, Syria"
    outlet: str
    date_text: str | None  # "Dec. 4, 2022", when the dateline prints its day


_STORY_DATELINE = compile_gated(
    r"^\s*(?P<place>[A-Z][A-Z' .-]{2,40}(?:,\s*[A-Z][a-zA-Z .]+?)?"
    # ("Homs, 23 January 2012 (SANA) –": an agency's item, its place in title case and its day first)
    r"|[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}(?=,\s*\d))"
    r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*(?:19|20)\d\d"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d))?"
    r"\s*\((?P<outlet>[A-Z][\w .&-]{1,40})\)\s*[-–—]"
)


# A state agency's own: "Aleppo, SANA – Three citizens were killed ...", "Baghdad, INA – ..."
_AGENCY_DATELINE = compile_gated(
    # ("Daraa, Aug. 22, SANA – ...": with the day it was filed)
    r"^\s*(?P<place>[A-Z][\w'’ .-]{2,30}?),\s*(?:(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2}(?:,\s*(?:19|20)\d\d)?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+(?:19|20)\d\d)?),\s*)?(?P<outlet>(?-i:[A-Z]{3,6}))\s*[-–—]\s+"
)


def story_dateline(text: str) -> StoryDateline | None:
    """The dateline a paragraph opens with, if any."""
    m = _STORY_DATELINE.match(text) or _AGENCY_DATELINE.match(text)
    if not m:
        return None
    return StoryDateline(m.group("place").strip().title(), m.group("outlet").strip(), m.group("date") or None)


# A dateline without its outlet, opening a story's first paragraph: "DAMASCUS // Israeli warplanes ...",
# "AMMAN — Unknown gunmen ...", "ERBIL, Kurdistan Region — ..."
_BARE_DATELINE = compile_gated(
    r"(?:(?P<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{1,}){0,2}(?:,\s*[A-Z][a-zA-Z .]{2,30}?)?"
    # "Idlib – Opposition factions ...": a house style prints the place in title case
    r"|[A-Z][a-z'’]{2,}(?:[ -][A-Z][a-z'’]{2,})?)\s*(?:—|–|--|//)"
    # "BAGHDAD: US strikes late on Friday ...": capitals and a colon
    r"|(?P<caps>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{1,}){0,2}):)\s+"
    r"(?=[A-Z\"“](?:[a-z]|\s)|[A-Z]{2,}\b[^\n]{0,40}[a-z])"
)


def _bare_dateline(text: str) -> re.Match[str] | None:
    """A paragraph under the story's headline, standfirst, outlet and date lines opens with a dateline."""
    pos = 0
    paragraphs = 0
    for line in text[:3000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        if not body:
            continue
        if (len(body) < 120 and not body.endswith(".")) or body.endswith(")"):
            # a headline, a byline or a date line ("CODED RECORDS – IRAQ – 2019-2024 (fields: Date, ...)": a title)
            continue
        m = _BARE_DATELINE.match(text, start + len(line) - len(line.lstrip()))
        paragraphs += 1
        if m is not None or paragraphs == 2:
            return m  # the lead, or the lead under a standfirst
    return None


# Every match of _DATELINE ends with its outlet's closing bracket and a dash ("(AFP) —"): a report's head without
# one is not searched (the multi-line pattern is tried at each line start, through its place alternatives).
_OUTLET_CLOSE = re.compile(r"\)\s*[-–—]")


@functools.lru_cache(maxsize=4)  # find_dateline and dateline_start read the same report
def _dateline(text: str) -> re.Match[str] | None:
    head = text[:3000]
    return (_DATELINE.search(head) if _OUTLET_CLOSE.search(head) else None) or _bare_dateline(text)


def find_dateline(text: str) -> tuple[str, str] | None:
    """A wire dateline "BAGHDAD (Reuters) -": (place, outlet); the outlet is "" when the dateline names none
    ("AMMAN — Unknown gunmen ...")."""
    m = _dateline(text)
    if not m:
        return None
    outlet = m.groupdict().get("outlet")
    place = re.sub(r"\s*\([^()]*\)$", "", (m.group("place") or m.group("caps")).strip())  # "Kirkuk (Iraq)"
    return place.title(), (outlet or "").strip()


def dateline_start(text: str) -> int | None:
    """Where the dateline ``find_dateline`` reads begins: the headline and title lines above it are its story's."""
    m = _dateline(text)
    return None if m is None else m.start("place" if m.group("place") else "caps")
