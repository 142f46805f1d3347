"""Document text → Items: region headings, bullets and sub-bullets, "X Province:" prefixes, captions. Pure.

Works on the shapes the genre uses: bulleted weekly digests (headings on their own lines, items as
bullets, image captions as loose lines that are often printed twice), and paragraph reports (wire copy,
strike releases, monitor bulletins), where each paragraph is an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mesint.extract.prefilter import compile_gated
from mesint.model import Item, Span
from mesint.slotinit import slot_init
from mesint.vocab import ItemKind

_BULLET = compile_gated(r"^(?P<indent>[ \t]*)(?P<mark>--|[•·▪◦●‣■□➢►\-\*–—]|\d{1,2}[.)])[ \t]+(?=\S)")
# A sentence's end, also under a dataset's trailing tags and sources: "... killing two. [size=no report]",
# "... near Baqubah. (Sources: Shafaq News; Syria Civil Defence (White Helmets))"
_TERMINAL = compile_gated(
    r"[.!?:;…]['\"”’)]*(?:\s*(?:\[[^\]\n]{1,80}\]|\([^()\n]{1,200}(?:\([^()\n]*\)[^()\n]*)*\)))*\s*$"
)
_ENDS_WITH_CITATION = compile_gated(r"\([^()]*\b(?:19|20)\d\d\)\.?\s*$")
# "Source: Shafaq News", and a harm log's "Grading: Fair. Belligerent: Coalition." under its record
# ("Fatalities: 3 | Sources: Reuters; SOHR": a record's fatality field and its sources on the line under its note)
_SOURCE_LINE = compile_gated(
    r"^(?:fatalit(?:y|ies)\s*:\s*\d[^|\n]{0,40}\|\s*)?(?:sources?\s*:|(?:grading\s*:[^\n]{0,40}?)?belligerents?\s*:)\s*\S"
    r"|^fatalit(?:y|ies)\s*:\s*\d[^|\n]{0,40}$",
    re.I,
)
_SOURCE_FIRST = "fFsSgGbB\u017f"  # (what a match of _SOURCE_LINE opens with, case-blind: "ſ" folds to "s")
_EXPORT_ROW = compile_gated(
    r"^[^;\n]{1,60}(?:;[^;\n]*){3,}$|^(?:[\w\s-]{1,30},){3,}[\w\s-]{1,30}$"
    r"|^[^\t\n]*(?:\t[^\t\n]*){3,}$"  # a tab-separated export's line: "event_id_cnty<TAB>admin1<TAB>notes<TAB>source"
)
_TABLE_ROW = compile_gated(r"^\|.*\|\s*$")  # a markdown table row: "| file | style | events |"
_PIPE_ROW = re.compile(r"\|[^|\n]*\|[^|\n]*\|")  # three cell separators: a line of a pipe table
_CAPTION_LEAD = compile_gated(
    r"^(?:right|left|above|below|top|bottom|photo|image|picture|map|video|caption)(?:\s+caption)?\s*:"
    # "[Map caption] The ... map depicts ...", "The situation map shows ...": what a picture shows
    r"|^\[(?:map|photo|image|picture|video|graphic|chart|infographic)(?:\s+caption)?\]"
    r"|^the\s+(?:[\w-]+\s+){0,4}?map\s+(?:depicts|shows|illustrates)\b",
    re.I,
)
_PROVINCE = compile_gated(
    r"^(?P<name>[A-Z][^:()\n]{1,40}?)\s+(?:Provinces?|Governorates?|provinces?|governorates?|Operations Command)"
    # (and "Al-Sham Province – Al-Khayr area:", a province and its area)
    r"(?:\s+[–-]\s+[A-Z][^:()\n]{1,30}?\s+(?:area|region|sector))?\s*:\s*"
)


def _province(text: str) -> re.Match[str] | None:
    """``_PROVINCE.match(text)``, tried only where its colon and one of its words are (few paragraphs)."""
    if ":" not in text or not ("rovince" in text or "overnorate" in text or "Operations Command" in text):
        return None
    return _PROVINCE.match(text)


# A markdown picture, or a caption set apart in italics under it: "*CTS Humvees entering Gogjali (MoD, Nov 2)*".
# "[Security Media Cell, Sunday 18 July 2021]": a post's stamp over each of a day's statements, printed again for each
_POST_STAMP_LINE = re.compile(r"\[[^\[\]\n]{0,80}?(?:(?:19|20)\d\d|\d{1,2}[:.]\d\d)[^\[\]\n]{0,20}\]")
_MARKUP_CAPTION = compile_gated(r"^!\[[^\]]*\]\([^)]*\)\s*$|^[*_](?![*_\s])[^*_]{10,300}[*_]\s*$")
_MARKUP_FIRST = "!*_"  # (what a match of _MARKUP_CAPTION opens with: a text without one is not searched)
# Headings of page furniture: what follows are links to other stories, not this report's items.
_ELSEWHERE = compile_gated(
    r"^(?:related(?: stories| articles| news)?|read more|see also|more (?:from|on|stories)|most (?:read|popular)|"
    r"trending|recommended|latest(?: news)?|tags?|share(?: this)?)\b", re.I
)
_LINK_WITH_TITLE = compile_gated(r"^[^:\n]{1,25}:\s*\S")
_SUMMARY_LEAD = compile_gated(
    r"^\W*(?:overview|summary|executive summary|assessment|background|outlook|comment|analysis|context|note|"
    r"key takeaways?|bottom line|editor['’]s note|(?:coverage|methodology|methodological|scope) note|"
    r"(?:weekly |monthly |daily )?(?:outcome|results|tally|statistics|toll|totals?|summary)"
    # ("Outcome for the past week:", "Weekly picture:": the period's tally, no incident)
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:week|month|day|24 hours|\w+ days)"
    r"(?:['’]s\s+(?:operations|activities|work|raids))?)?"
    r"|(?:weekly|monthly|daily) (?:picture|round-?up))(?:\s*\([^()\n]{1,60}\))?"
    r"(?:\s*\**\s*[:–-]|\.\*\*\s)",  # ("**Overview.** Bombardment of ...": a bold lead-in with its stop)
    re.I,
)
# A dataset record's first field: a CSV row's ISO date ("2021-06-14,Homs,...") or a bracketed one: a new block
_RECORD_START = compile_gated(r"^(?:(?:19|20)\d\d-\d\d-\d\d,|\[(?:19|20)\d\d-\d\d-\d\d\])")
_RECORD_FIRST = frozenset("12[")  # (what a match of _RECORD_START opens with: a line without one is not searched)
_DATED_TITLE = compile_gated(
    r"^[A-Z][^\n().!?]{2,200}?\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+"
    r"(?:19|20)\d\d)\s*\)$"
)
_CLOCK_FIRST = frozenset("[0123456789")
# A live feed's or live blog's clock-stamped line ("14:32 — Drone strike on a car near Qamishli"): an item of its own
# ("07:12 Russian warplanes struck Douma": a feed's stamp with no mark after it, then the line's capital; "15:26 · Car
# bomb ...": a map timeline's dot)
CLOCK_LINE = _CLOCK_START = compile_gated(
    r"^\[?[012]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?\]?(?:\s*(?:[—–|·•-]|:\s)\s*\S|\s+(?-i:[A-Z]))", re.I
)
# "Dhi Qar, 26 Feb 2021: police fire on ...", "Idlib — 28 May 2019: ...", "Quneitra, 2025-01-14: ...": a note's label
_DATED_LABEL = compile_gated(
    r"^[A-Z][\w'’ ()-]{1,40}?(?:,|\s+[–—-])\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    r"\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*[:–—-]\s+\S"
)
_DIGIT = compile_gated(r"\d")
# "Mar 9 IED wounded 2 soldiers in Tarmiya", "Night of Mar 12-13 IS attacked ...": a log's dated line with no full stop
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_LOG_LINE = compile_gated(
    rf"^(?:(?:the\s+)?night\s+of\s+|overnight\s+)?(?:{_MONTH_ABBR}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?|"
    rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH_ABBR})(?:,?\s+(?:19|20)\d\d)?\s+(?!(?:19|20)\d\d\b)(?-i:[A-Z0-9])",
    re.I,
)
# a coder's closing tag: "[size=no report]", "[women targeted: Women]"
_CODER_TAG = compile_gated(r"\[(?:size|women targeted|civilian targeting)\s*[=:][^\]]*\]\s*$", re.I)
_CLOCK = re.compile(r"\b[012]?\d[:.][0-5]\d\b")
_FULL_DATE = compile_gated(
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+(?:19|20)\d\d\b"
)
_BOLD_LEAD = compile_gated(r"^\*\*[^*\n]{2,80}\*\*\s*")
# a day of the report's week: a weekday, "27 March", "A day later", "overnight"
_WEEKDAY = compile_gated(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\b(?:a day later|the (?:following|next) day|(?:two|three|\d) days later|hours later|yesterday|today|overnight|"
    r"last night)\b",
    re.I,
)
_DATED_LEAD = compile_gated(
    r"^(?:On|In the (?:early|late) hours of|On the night of|Late on|Early on)?\s*(?:the night of\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}|\d{1,2}(?:[–-]\d{1,2})?\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December))\b"
)
_ASSESSMENT_HEADING = compile_gated(
    r"\b(?:assessments?|outlook|forecasts?|analysis|commentary|threat picture|(?:key )?judg(?:e)?ments?|looking ahead|"
    r"what to watch|prospects)\b",
    re.I,
)
# "Methodology", "SNHR's demands", "Conclusions and recommendations": how the report counts, or what its writer asks
# for, not incidents
_METHOD_HEADING = compile_gated(r"^\W*(?:[\w'’]+\s+){0,2}(?:methodology|methods|definitions?)\W*$", re.I)
_ASKS_HEADING = compile_gated(r"^\W*(?:[\w'’]+\s+){0,2}(?:recommendations|demands|appeals?)\W*$", re.I)
# (a UN update's "Situation overview" is its body, told once: not a digest's summary of what follows)
# "Following are the main events of the past week:": the list that follows is the week's items themselves, told once
# (not "Following is an overview of the situation in Syria:", whose points are told again in full below)
_LIST_ITSELF = re.compile(r"\s*(?:(?:the\s+)?following\s+(?:are|is)|below\s+(?:are|is)|here\s+(?:are|is))\b", re.I)
_EVENTS_LISTED = frozenset({"main events", "key developments"})
_OVERVIEW = compile_gated(
    # ("Monday, May 20, 2024 – daily summary": the report's own title, not a summary over what it tells below)
    # (nor "Weekly press briefing (summary)": what was said, summed up, no summary of the items below)
    r"\b(?:(?<!situation )overview|(?<!daily )(?<!weekly )(?<!monthly )(?<!news )(?<!\()summary|main points|main events|"
    r"in brief|at a glance|key developments|"
    r"highlights of the week|main trends|trends of the week|the week in review|key takeaways)\b",
    re.I,
)


# "KEY POINTS" over a report's own incident log summarises it; where no section follows, its points are the report
# (a UN update's "HIGHLIGHTS" bullets, each told again in its section below)
_KEY_POINTS = compile_gated(r"^\W*(?:key (?:points|messages)|(?:key\s+)?highlights)\W*$", re.I)


def _told_below(blocks: list[_Line], i: int, heads: list[bool]) -> bool:
    """A later heading opens another section (not an assessment) whose items tell the incidents in full.
    ``heads``: whether each block is a heading."""
    return any(heads[j] and not _ASSESSMENT_HEADING.search(blocks[j].text) for j in range(i + 1, len(blocks)))


@slot_init
@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # without the bullet marker
    text_start: int
    bullet: bool
    depth: int
    numbered: bool = False  # "1." / "2)": a numbered list item or a numbered section heading


def _lines(text: str) -> list[_Line | None]:
    """Physical lines with offsets; None for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            out.append(None)
            continue
        m = _BULLET.match(raw)
        if m:
            indent = len(m.group("indent").expandtabs(4))
            body_start = start + m.end()
            numbered = m.group("mark")[0].isdigit()
            out.append(_Line(start, end, raw[m.end() :].rstrip(), body_start, True, indent, numbered))
        else:
            lead = len(raw) - len(raw.lstrip())
            if lead >= 2 and _province(raw[lead:]):
                # "    Diyala Province: ISIS operatives attacked ...": a sub-item indented under a list item, its
                # marker dropped (a digest's "by province" list pasted as plain text)
                out.append(_Line(start, end, raw.strip(), start + lead, True, len(raw[:lead].expandtabs(4))))
                continue
            out.append(_Line(start, end, raw.strip(), start + lead, False, 0))
    return out


def _numbered_heading(line: _Line, next_line: _Line | None) -> bool:
    """"2. North-east (Al-Hasakah, Raqqa)" over a paragraph: a numbered section's title, not a list item. A title
    is short, capitalised, has no full stop, and is followed by prose (not the list's next item, not a date line)."""
    t = line.text
    return (
        line.numbered
        and len(t) < 80
        and t[:1].isupper()
        and not _TERMINAL.search(t)
        and not t.rstrip().endswith((":", ","))
        and next_line is not None
        and not next_line.bullet
        and len(next_line.text) >= 60
        and _TERMINAL.search(next_line.text) is not None  # prose: not a date line, not a statement's title
    )


# "Deir ez-Zor:", "Hasakah:", "Northwest Syria:", "Rural Damascus:": a place's name alone, then a colon
_AREA_LABEL = compile_gated(
    r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Eastern|Western|Northern|Southern|"
    r"Rural)(?:ern)?\s+)?[A-Z][a-z'’]+(?:[ -](?:ez|al|el|ad|ar|as|az|ash|an|at)-?[A-Z]?[a-z'’]*|[ -][A-Z][a-z'’]+){0,2}"
    r"(?:\s+(?:governorate|province|countryside|region|area))?:"
)
_STAMP_AND_CHANNEL = compile_gated(
    r"\[(?:[^\]\n]{0,30}\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|[^\]\n]{0,30}(?:19|20)\d\d-\d\d-\d\d)[^\]\n]{0,20}\]\s*"
    r"[A-Z][\w'’ ().-]{0,60}:\s*$"
)


def _told_clause(text: str) -> bool:
    """Words that tell something ("IED wounded 2 soldiers in Tarmiya"), not a title ("Attacks In Mosul")."""
    words = text.split()
    return len(words) >= 4 and sum(1 for w in words[1:] if w[:1].islower()) >= 2


def _is_heading(line: _Line, next_line: _Line | None) -> bool:
    t = line.text
    # Only a post's stamp ("[..."), a dated title ("...)") and a loose line's area label ("...:") can be headings once a
    # line is long (a list item from 80 characters, any line from 141): every other test below says no to it
    if t[:1] != "[" and not t.endswith(")"):
        if line.bullet and len(t) >= 80:
            return False
        if len(t) > 140 and not t.endswith(":"):
            return False
    digit = _DIGIT.search(t, 0, 60)  # (the first in the first 60 characters: also says whether one is in the first 30)
    record = t[:1] in _RECORD_FIRST and _RECORD_START.match(t)
    if record or (digit and _DATED_LABEL.match(t)) or ("[" in t and _CODER_TAG.search(t)):
        return False  # a dataset record, however short ("As-Suwayda, 23 Feb 2024: ... [size=several hundred]")
    if (
        "|" not in t
        and digit is not None
        and digit.start() < 30
        and (log := _DATED_LOG_LINE.match(t)) is not None
        and _told_clause(t[log.end() - 1 :])
    ):
        return False  # "Mar 9 IED wounded 2 soldiers in Tarmiya": a log's incident line, told as a clause
    if t[:1] in _CLOCK_FIRST and _CLOCK_START.match(t):
        return False  # a live feed's stamped line, however short
    if t.count("\t") >= 3:
        return False  # a tab-separated export's row or header, however short
    if t[:1] == "[" and _STAMP_AND_CHANNEL.match(t):
        return True  # "[16/07/2021 08:40] Security Media Cell:": a post's stamp and channel over its text
    if t.endswith(")") and len(t) < 220 and _DATED_TITLE.match(t):
        return True  # "Bulletin of the Russian Centre for reconciliation ... (February 8, 2021)": a series' dated title
    if (
        not line.bullet
        and t.endswith(":")
        and _AREA_LABEL.fullmatch(t)
        and next_line is not None
        and not next_line.bullet
        and _TERMINAL.search(next_line.text) is not None
    ):
        return True  # "Deir ez-Zor:" over its incidents: an area's heading in a weekly, not an item introducing a list
    if line.bullet and len(t) < 80 and t.endswith((" —", " –")) and next_line is not None and not next_line.bullet:
        return True  # "— Statement, 13 October 2019 —" over its text: a label between dashes, not a list item
    if line.bullet and not (len(t) < 60 and t.isupper() and not _TERMINAL.search(t)) and not _numbered_heading(line, next_line):
        return False  # a list item; but "3. ASSESSMENT AND OUTLOOK" is a numbered section heading
    if len(t) > 140 or _TERMINAL.search(t) or _ENDS_WITH_CITATION.search(t):
        return False
    words = t.split()
    if len(words) > 18:
        return False
    # Headings are not continued by a lower-case line (a table's row is no continuation: "k25101 | Tue 10 Jun 2014 | ...").
    return not (
        next_line is not None
        and not next_line.bullet
        and next_line.text[:1].islower()
        and not _PIPE_ROW.search(next_line.text)
    )


_NON_WORD = compile_gated(r"\W+")
# Each ASCII character to itself where it is a word character ("\w"), else to a blank: every key present, so the
# translation never looks one up in vain
_ASCII_WORDS = {c: chr(c) if chr(c).isalnum() or c == ord("_") else " " for c in range(128)}


def _norm(text: str) -> str:
    """``text`` lower-cased, its runs of word characters joined by single blanks: ``\\W+`` read as a blank, the ends
    stripped."""
    # The same string as ``_NON_WORD.sub(" ", low).strip()``, without a search of the engine per word: an ASCII text
    # through a table (then split at its blanks); any other split at white space (never a word character), and only
    # the pieces holding something but word characters searched for their non-word runs.
    low = text.lower()
    if low.isascii():
        return " ".join(low.translate(_ASCII_WORDS).split())
    words: list[str] = []
    for piece in low.split():
        if piece.isalnum():
            words.append(piece)
        else:
            words += _NON_WORD.sub(" ", piece).split()
    return " ".join(words)


# The ASCII bytes "\W" matches, deleted from a line's UTF-8 bytes by ``_word_run``
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or c == ord("_")))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COMMON_MARKS = "’–“”\xa0—‘…"  # (the non-ASCII characters of most reports, none of them a word character)


def _word_run(text: str) -> bytes:
    """``_norm(text)`` without its blanks (its word characters run together, as UTF-8): the same for two texts whose
    ``_norm`` is the same, and about a fifth of its cost (no list of words), so that only the texts whose run is
    another's too need a ``_norm``."""
    low = text.lower()
    if not low.isascii():
        # (a non-ASCII character that is no word character read as a blank, as "\W" reads it: the common marks first,
        # each a memchr-like pass, and the text searched for any other only where one is left)
        for ch in _COMMON_MARKS:
            if ch in low:
                low = low.replace(ch, " ")
        if not low.isascii():
            for ch in set(_NON_ASCII.findall(low)):
                if not ch.isalnum():
                    low = low.replace(ch, " ")
    return low.encode("utf-8").translate(None, _ASCII_NON_WORD)


class _Repeated(set[str]):
    """The ``_norm`` keys of loose lines printed more than once, with their word runs (``_word_run``): a text whose run
    is none of theirs needs no ``_norm`` to be told apart."""

    __slots__ = ("known", "runs")

    def __init__(self, keys: set[str], known: dict[str, str]) -> None:
        super().__init__(keys)
        self.runs = {k.replace(" ", "").encode("utf-8") for k in keys}  # (a key is word characters and blanks)
        self.known = known  # texts already normalised, with their ``_norm``: a caption's line is its block's text

    def holds(self, text: str) -> bool:
        """Whether ``_norm(text)`` is one of the keys."""
        if _word_run(text) not in self.runs:
            return False
        key = self.known.get(text)
        return (key if key is not None else _norm(text)) in self


def _caption_keys(lines: list[_Line | None]) -> _Repeated:
    """Loose lines printed more than once (the same picture captioned twice) are captions."""
    texts: list[str] = []
    for line in lines:
        if line is not None and not line.bullet and len(line.text) >= 25:
            if line.text.lstrip()[:1] == "[" and _POST_STAMP_LINE.fullmatch(line.text.strip()):
                continue
            texts.append(line.text)
    # Two lines with one ``_norm`` have one word run: only lines whose run is printed more than once are normalised.
    runs = [_word_run(text) for text in texts]
    counts: dict[bytes, int] = {}
    for run in runs:
        counts[run] = counts.get(run, 0) + 1
    seen: dict[str, int] = {}
    known: dict[str, str] = {}
    if len(counts) < len(runs):
        for text, run in zip(texts, runs, strict=True):
            if counts[run] > 1:
                key = known[text] = _norm(text)
                seen[key] = seen.get(key, 0) + 1
    return _Repeated({k for k, n in seen.items() if n > 1}, known)


def read_items(text: str, doc_id: str = "") -> list[Item]:
    """Split a report into items with their section path, depth, kind hints and province prefix."""
    lines = _lines(text)
    repeated = _caption_keys(lines)
    blocks = _paragraphs(lines)
    # whether each block is a heading (with the block after it): read once, for ``_bulleted`` and the loop below
    heads = [_is_heading(b, blocks[i + 1] if i + 1 < len(blocks) else None) for i, b in enumerate(blocks)]
    bulleted = _bulleted(blocks, repeated, heads)
    items: list[Item] = []
    level1: str | None = None
    level2: str | None = None
    section: tuple[str, ...] = ()  # ``_section(level1, level2)``, made again where a heading changes them
    parent_overview_depth: int | None = None
    assessment_section = False
    overview_section = False  # under a heading like "Main events of the week": a summary, told again below
    overview_prose = False  # a paragraph seen under that heading
    overview_list = False  # the bullets under a "Key Takeaways:" line: a summary, told again below
    overview_bullets = False  # bullets seen under an overview heading
    stamped = False  # under a heading that is a day's date stamp
    aside: ItemKind | None = None  # under "Methodology" (background) or "Recommendations" (statements)
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        span = Span(doc_id, block.text_start, block.end)
        body = text[block.text_start : block.end]
        if overview_list and block.bullet:
            items.append(Item(span, body, ItemKind.BACKGROUND, section, block.depth + 1))
            continue
        overview_list = False
        if not block.bullet and len(body) < 60 and body.rstrip().endswith(":") and _OVERVIEW.search(body):
            items.append(Item(span, body, ItemKind.BACKGROUND, section))
            overview_list = nxt is not None and nxt.bullet
            continue
        if body[:1] == "|" and _TABLE_ROW.match(body):
            items.append(Item(span, body, ItemKind.BACKGROUND, section))  # a table is data, not prose
            continue
        if items and items[-1].kind is ItemKind.INCIDENT and body[:1] in _SOURCE_FIRST and _SOURCE_LINE.match(body) and "\n" not in body.strip():
            # "Source: Shafaq News; Rudaw" under a record: the sources of the item above, part of it.
            prev = items[-1]
            items[-1] = replace(prev, span=Span(doc_id, prev.span.start, block.end), text=text[prev.span.start : block.end])
            continue
        if not block.bullet and ((repeated and repeated.holds(body)) or _CAPTION_LEAD.match(body) or (body[:1] in _MARKUP_FIRST and _MARKUP_CAPTION.match(body))):
            items.append(Item(span, body, ItemKind.CAPTION, section))
            continue
        if (
            (not items or (len(items) == 1 and items[0].kind is ItemKind.HEADING and " | " in body))
            and not block.bullet
            # (not "2016-06-05 | Members of ... detained ... | Reuters": a record's row, its notes a long cell)
            and not (body.count("|") >= 2 and max(len(c) for c in body.split("|")) > 100)
            and len(body) < 300
            and not re.search(r"[.!?]['\"”’]?\s*$", body)
        ):
            # The report's title line, and a web page's "Daily roundup | August 28, 2023: Fighting ..." under it
            items.append(Item(span, body, ItemKind.HEADING, ()))
            continue
        if heads[i]:
            # A heading directly followed by another heading opens a region; otherwise it is a topic.
            if nxt is not None and heads[i + 1]:
                level1, level2 = body, None
            else:
                level2 = body
            section = _section(level1, level2)
            items.append(Item(span, body, ItemKind.HEADING, section))
            parent_overview_depth = None
            overview_prose = False
            overview_bullets = False
            overview_section = (
                (len(body) < 60 and bool(_OVERVIEW.search(body)))
                # (not "Read more: Coast massacres ...": one link with its story's title, the story going on below it)
                or (bool(_ELSEWHERE.match(body)) and _LINK_WITH_TITLE.match(body) is None)
                or (len(body) < 40 and _KEY_POINTS.search(body) is not None and _told_below(blocks, i, heads))
            )
            assessment_section = len(body) < 60 and bool(_ASSESSMENT_HEADING.search(body))
            aside = (
                None if len(body) > 60
                else ItemKind.BACKGROUND if _METHOD_HEADING.match(body)
                else ItemKind.STATEMENT if _ASKS_HEADING.match(body)
                else None
            )
            # "22 November 2022, 11:30" over a statement: the paragraphs under it are of that day (a post's stamp, with
            # its time; not a release's "March 3, 2018" over a lede that sums up the strikes listed below it)
            stamped = len(body) < 80 and _FULL_DATE.match(body.lstrip(" •*#-–—[")) is not None and _CLOCK.search(body) is not None
            continue
        if (
            bulleted
            and not block.bullet
            and _ENDS_WITH_CITATION.search(body)
            and len(body) < 400
            and body.count(". ") <= 1
        ):
            items.append(Item(span, body, ItemKind.CAPTION, section))
            continue
        if overview_section and overview_bullets and not block.bullet and not overview_prose:
            # a news page's "Summary" box of three bullets, then the story's paragraphs with no heading between
            overview_section = False
        overview_bullets = overview_bullets or (overview_section and block.bullet)
        overview_prose = overview_prose or (overview_section and not block.bullet)
        kind = ItemKind.INCIDENT
        if parent_overview_depth is not None and block.bullet and block.depth > parent_overview_depth:
            kind = ItemKind.BACKGROUND  # a point of the report's own overview: told again in full below
        else:
            parent_overview_depth = None
        if block.bullet and body.rstrip().endswith(":"):
            kind = ItemKind.BACKGROUND  # "Following are the highlights...:" introduces its sub-items
            overview = _OVERVIEW.search(body)
            if overview and not (_LIST_ITSELF.match(body) and overview.group(0).lower() in _EVENTS_LISTED):
                parent_overview_depth = block.depth
        elif bulleted and not block.bullet:
            # A loose paragraph in a bulleted report introduces the bullets under it, summarises a
            # section, or (when it tells a dated incident of its own) is an incident.
            leads_in = nxt is not None and nxt.bullet
            # "... went off in Sadr City, Baghdad, on the evening of 9 May 2022, killing two": dated in its first
            # sentence, not only at its start
            # A bold lead-in ("**Baiji.** Islamic State fighters launched ...") marks an item as a bullet does; its
            # day may be a weekday of the report's week.
            lead = _BOLD_LEAD.match(body)
            first_sentence = body[lead.end() if lead else 0 :].split(". ", 1)[0]
            dated = _DATED_LEAD.match(body) or _FULL_DATE.search(first_sentence)
            led_item = lead is not None and _WEEKDAY.search(first_sentence) is not None
            if (leads_in and not led_item) or not (dated or led_item or stamped):
                kind = ItemKind.BACKGROUND
        if overview_section and block.bullet and block.numbered and overview_prose:
            # "Summary" over a paragraph, then "1. On Friday evening, 26 April, an armed drone ...": the numbered items
            # are the report's body, not more of its summary
            overview_section = False
        if _SUMMARY_LEAD.match(body) or overview_section:
            kind = ItemKind.BACKGROUND
        elif assessment_section:
            kind = ItemKind.ASSESSMENT  # under "Assessment and outlook": the writer's judgement, not incidents
        elif aside is not None:
            kind = aside
        admin1, admin1_span = None, None
        m = _province(body)
        if m:
            admin1 = m.group("name")
            admin1_span = Span(doc_id, block.text_start + m.start("name"), block.text_start + m.end("name"))
        # Item depth: 0 for a loose paragraph, 1 + indentation for a list item (a "- " at column 0 is a list item).
        depth = block.depth + 1 if block.bullet else 0
        items.append(Item(span, body, kind, section, depth, None, admin1, admin1_span))
    return items


def _bulleted(blocks: list[_Line], repeated: _Repeated, heads: list[bool]) -> bool:
    """A digest is bulleted throughout. A page with a short list of links is not, nor a report of paragraphs
    whose only list is its overview ("Main events of the week"), nor one whose paragraphs far outnumber its
    list items. ``heads``: whether each block is a heading."""
    long_bullets = long_loose = 0
    overview = False
    for i, block in enumerate(blocks):
        long = len(block.text.split(None, 8)) >= 8  # (eight words or more: no need to split a paragraph further)
        if heads[i]:
            overview = (len(block.text) < 60 and bool(_OVERVIEW.search(block.text))) or (
                _KEY_POINTS.search(block.text) is not None and _told_below(blocks, i, heads)
            )
        elif block.bullet:
            long_bullets += long and not overview
        else:
            long_loose += long and not (repeated and repeated.holds(block.text))
    return long_bullets >= 3 and long_bullets >= 0.4 * long_loose


def _section(level1: str | None, level2: str | None) -> tuple[str, ...]:
    return tuple(s for s in (level1, level2) if s)


def _hard_wrapped(lines: list[_Line | None]) -> bool:
    """Text wrapped at a fixed width (e-mail, plain-text bulletins): many long lines end mid-sentence."""
    present = [ln for ln in lines if ln is not None and not ln.bullet]
    if len(present) < 4:
        return False
    wrapped = sum(1 for ln in present if 50 <= len(ln.text) <= 100 and not _TERMINAL.search(ln.text))
    return wrapped / len(present) > 0.3


# A record printed as labelled fields, one per line ("Date: June 5, 2017", "Location: ...", "Summary: ..."): one item
_FIELD_LINE = compile_gated(r"^[A-Z][A-Za-z ()/'-]{1,40}:\s+\S")
_NARRATIVE_FIELD = compile_gated(
    r"^(?:Summary|Description|Notes?|Narrative|Details|Incident(?: description)?|Event(?: description)?|What happened)"
    r"\s*:\s+\S",
    re.I,
)


def _record_lines(lines: list[_Line | None]) -> set[int]:
    """Indexes of lines inside records: groups of three or more lines between blank lines that are a record of
    labelled fields (``_field_record``) or a log's entry (``_entry_record``), each line's label tested once for both."""
    inside: set[int] = set()
    group: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None:
            group.append(i)
            continue
        if len(group) >= 3:
            texts = [lines[j].text for j in group]  # type: ignore[union-attr]
            labelled = [_FIELD_LINE.match(t) is not None for t in texts]
            if _field_record(texts, labelled) or _entry_record(texts, labelled):
                inside.update(group)
        group = []
    return inside


def _field_record(texts: list[str], labelled: list[bool]) -> bool:
    """A record told as labelled fields: three or more "Label: value" lines (all but one at most), one of them the
    narrative ("Summary: A coalition strike hit ..."). ``labelled``: whether each line is a "Label: value" line."""
    fields = [t for t, f in zip(texts, labelled, strict=True) if f]
    return len(fields) >= 3 and len(fields) >= len(texts) - 1 and any(_NARRATIVE_FIELD.match(t) for t in fields)


def _entry_record(texts: list[str], labelled: list[bool]) -> bool:
    """A log's entry: a heading line, labelled field lines ("Belligerent: ... | Reported killed: 8-11"), one
    unlabelled narrative paragraph and a "Sources:" line. ``labelled``: whether each line is a "Label: value" line."""
    fields = [t for t, f in zip(texts[1:], labelled[1:], strict=True) if f]
    prose = [t for t, f in zip(texts[1:], labelled[1:], strict=True) if not f]
    return bool(
        len(fields) >= 2
        and any(_SOURCE_LINE.match(t) for t in fields)
        and len(prose) == 1
        and len(prose[0]) >= 60
        and _TERMINAL.search(prose[0])
        and not _TERMINAL.search(texts[0])  # the heading: no sentence of its own
    )


def _paragraphs(lines: list[_Line | None]) -> list[_Line]:
    """Join hard-wrapped lines into one block; each bullet starts a block; a record of labelled fields is one."""
    wrapped = _hard_wrapped(lines)
    records = _record_lines(lines)
    blocks: list[_Line] = []
    current: _Line | None = None
    for i, line in enumerate(lines):
        if i in records and line is not None:
            if current is not None and i - 1 in records:
                current = _Line(current.start, line.end, current.text + "\n" + line.text, current.text_start, False, 0)
                continue
            if current:
                blocks.append(current)
            current = _Line(line.start, line.end, line.text, line.text_start, False, 0)
            continue
        if line is None:
            if current:
                blocks.append(current)
            current = None
            continue
        continues = (
            current is not None
            and not line.bullet
            and not _TERMINAL.search(current.text)
            and (line.text[:1].islower() or (wrapped and len(current.text) >= 50))
            and not _ENDS_WITH_CITATION.search(current.text)
            and not (line.text[:1] in _RECORD_FIRST and _RECORD_START.match(line.text))
            and not _CLOCK_START.match(line.text)
            # a table's rows are lines of their own: "02/06/2021 | Anbar | Rutba | IED struck ..."
            and not _PIPE_ROW.search(line.text)
            and not _PIPE_ROW.search(current.text)
            # ... and an export's: "event_date;admin1;admin2;location;notes", "event_date,admin1,location,notes"
            and not _EXPORT_ROW.match(line.text)
        )
        if continues and current is not None:
            current = _Line(
                current.start,
                line.end,
                current.text + " " + line.text,
                current.text_start,
                current.bullet,
                current.depth,
                current.numbered,
            )
            continue
        if current:
            blocks.append(current)
        current = line
    if current:
        blocks.append(current)
    return blocks
