"""Sentence and list-chunk boundaries that respect parentheses, quotes and abbreviations. Pure."""

from __future__ import annotations

import re

from mesint.extract.prefilter import compile_gated

_ABBREV = compile_gated(
    r"(?:\b(?:U\.S|U\.N|U\.K|Gen|Lt|Col|Maj|Capt|Sgt|Cmdr|Brig|Dr|Mr|Mrs|Ms|No|St|Jr|Sr|Mt|approx|Approx|vs|etc|"
    r"e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$"
)
# ("... Baghdad.** A suicide": bold ends; "... the SDF's media center.[ix] Another strike", "...(7) Unidentified":
# a footnote's marker after the full stop)
_BOUNDARY_TAIL = r"((?:['\"”’)*]|\[(?:\d{1,3}|[ivxlc]{1,6})\]|\(\d{1,3}\))*)\s+(?=[\"“‘]?[A-Z0-9])"
_BOUNDARY = compile_gated(r"([.!?…])" + _BOUNDARY_TAIL)
# The same pattern for a text whose only sentence mark is the full stop (nearly all): led by a literal, which the
# engine finds by a plain character scan instead of testing a character set at every position.
_BOUNDARY_STOP = compile_gated(r"(\.)" + _BOUNDARY_TAIL)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` offsets of the sentences in ``text``; never splits inside parentheses."""
    spans: list[tuple[int, int]] = []
    start = 0
    inside = _bracketed(text)
    boundary = _BOUNDARY if "!" in text or "?" in text or "…" in text else _BOUNDARY_STOP
    for m in boundary.finditer(text):
        cut = m.end(2)
        if any(s < m.start(1) < e for s, e in inside):
            continue
        before = text[start : m.start(1)]
        # (every match of ``_ABBREV`` is at most 6 characters long and ends at the end or before a final newline: it
        # starts in the last 8, and a search from there still sees the characters before it for its "\b")
        if _ABBREV.search(before, max(0, len(before) - 8)):
            continue
        if m.group(1) == "." and m.start(1) > 0 and text[m.start(1) - 1] == ".":
            continue  # "Near Raqqah ......... 15": dot leaders of a table row, no sentence end
        if cut - start > 1:
            spans.append((start, cut))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    if len(spans) > 1 and _DATE_HEAD.match(text, spans[0][0], spans[0][1]):
        # "19 July 2021. On the eve of Eid al-Adha, a suicide bomber ...": a note's day, then what happened on it
        spans[:2] = [(spans[0][0], spans[1][1])]
    if len(spans) > 1 and _has_log_dash(text, *spans[0]) and _LOG_HEADER.match(text, spans[0][0], spans[0][1]):
        # "8) 18/03 – approx. 12 km south of Tal Afar. PMF units repelled ...": a log entry's day and place head
        # the sentence that tells what happened there
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


_DATE_HEAD = compile_gated(
    r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    # "19 August 2009 (Wednesday).", "11 Dec. 2008 — Kirkuk.": the weekday or the place written with the day
    r"(?:\s*\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\))?(?:\s*[–—-]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?\.\s*$"
)
# (a place, not a sentence: no verb in "-ed" after the dash)
_LOG_HEADER = compile_gated(
    r"\s*(?:\d{1,3}[).]\s*)?[^.!?]{0,40}?\d[^.!?]{0,30}?\s[–—]\s(?![^!?]*\b\w{3,}ed\b)[^!?]{1,64}\.\s*$"
)


def _has_log_dash(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds the en or em dash every match of ``_LOG_HEADER`` there holds."""
    return text.find("–", start, end) >= 0 or text.find("—", start, end) >= 0


_BRACKETS = compile_gated(r"[(\[][^()\[\]]*[)\]]")
# (the same for a text with round brackets only, nearly all: led by a literal, found by a plain character scan)
_ROUND_BRACKETS = compile_gated(r"\([^()\[\]]*[)\]]")


def _bracketed(text: str) -> list[tuple[int, int]]:
    """Spans of (...) and [...] groups, innermost first; good enough for the one level reports use."""
    if "(" not in text and "[" not in text:
        return []
    brackets = _BRACKETS if "[" in text else _ROUND_BRACKETS
    return [(m.start(), m.end()) for m in brackets.finditer(text)]


_LEADING_CONJUNCTION = re.compile(r"(?:and|or|while|whereas)\s+")
# (not ", while the same bombardment hit Morek without causing casualties": the same act, going on elsewhere)
_CHUNK_MARKS = compile_gated(r"[()\[\];]|,(?=\s+(?:while|whereas)\s(?!the\s+same\b))")
# (its first branch alone, for a text without "while" or "whereas", where no comma can match: most texts; the commas
# were each tried with the lookahead)
_BRACKET_MARKS = compile_gated(r"[()\[\];]")


def split_list_chunks(text: str) -> list[tuple[int, int]]:
    """Split "...: A (date); B (date); and C (date)." into its ``;``-separated chunks (outside parentheses)."""
    chunks: list[tuple[int, int]] = []
    depth = 0
    start = 0
    # Only brackets and separators matter: visit those, not every character; and none at all in a text without a
    # separator (most texts), where brackets alone cut nothing.
    joined = "while" in text or "whereas" in text
    marked = joined or ";" in text
    for m in (_CHUNK_MARKS if joined else _BRACKET_MARKS).finditer(text) if marked else ():
        ch = m.group(0)[0]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:  # ";" or ", while"
            chunks.append((start, m.start()))
            start = m.start() + 1
    chunks.append((start, len(text)))
    out = []
    for s, e in chunks:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        s += lead
        seg = text[s:e]
        m = _LEADING_CONJUNCTION.match(seg)
        if m:
            s += m.end()
        e = s + len(text[s:e].rstrip(" .;"))
        if e > s:
            out.append((s, e))
    return out
