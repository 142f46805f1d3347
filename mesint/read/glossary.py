"""A report's own abbreviation list: "Abbreviations: IA – Iraqi Army; IDF – indirect fire; KIA – killed in action".

Security-company reports define their short forms once and then write in them. What the report says an
abbreviation means wins over what the same letters mean elsewhere ("IDF" is indirect fire there, not the Israeli
army). Pure.
"""

from __future__ import annotations

import re

from mesint.extract.prefilter import compile_gated, folds_plainly

# "Abbreviations: ..." on one line, or a heading "Glossary" over one definition per line.
_LEAD = compile_gated(r"^[ \t]*(?:abbreviations|acronyms|glossary|key to abbreviations)\b[ \t]*(?:[:.–—-][ \t]*)?", re.I | re.M)
_ENTRY = compile_gated(
    r"(?P<abbr>\b[A-Z][A-Za-z/&]{0,9}[A-Z]\b)\s*(?:[–—=:]|\s-)\s*(?P<expansion>[A-Za-z][\w'’ ./-]{2,60}?)\s*(?=[;,\n]|\.?$)",
    re.M,
)


def glossary_span(text: str) -> tuple[int, int] | None:
    """Where the abbreviation list is (the lead word through its last definition), or None."""
    if folds_plainly(text):
        # Most reports have no list: three substring tests of the lower-cased text rule the lead words out, where
        # the search scans the whole report for a line start.
        lowered = text.lower()
        if "abbreviations" not in lowered and "acronyms" not in lowered and "glossary" not in lowered:
            return None
    lead = _LEAD.search(text)
    if lead is None:
        return None
    line_end = text.find("\n", lead.end())
    if line_end == -1:
        line_end = len(text)
    if text[lead.end() : line_end].strip():
        return lead.start(), line_end  # the one-line form
    end = line_end
    for line in text[line_end + 1 :].split("\n"):  # a block: definition lines until a line that is none
        if not line.strip() or not _ENTRY.match(line.strip()):
            break
        end += len(line) + 1
    return (lead.start(), end) if end > line_end else None


def find_glossary(text: str) -> dict[str, str]:
    """Abbreviation → expansion, as the report defines them; empty when it defines none."""
    span = glossary_span(text)
    if span is None:
        return {}
    body = text[span[0] : span[1]]
    body = _LEAD.sub("", body, count=1)
    return {m.group("abbr"): m.group("expansion").strip().rstrip(".") for m in _ENTRY.finditer(body)}
