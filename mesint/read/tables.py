"""Plain-text incident tables: "Date | Governorate | District | Incident | Killed | Wounded | Source". Pure.

Security desks keep weekly logs as pipe-separated tables. A row is one incident: its Incident cell is the prose to
read, and the other cells say what prose elsewhere would (the day, the governorate, the district, the counts, the
outlets). ``TableHeader.parse`` reads the header line; ``TableHeader.row`` splits a row into its cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Column roles by the words their headers use
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"^(?:date|day|date of incident|incident date)$", re.I)),
    ("admin1", re.compile(r"^(?:governorate|province|governorate/province|muhafaza|region)$", re.I)),
    ("place", re.compile(r"^(?:district|location|town|place|area|city|site|village|sub-?district|locality)$", re.I)),
    ("text", re.compile(r"^(?:incident|description|event|details|summary|narrative|incident description|what happened)$",
                        re.I)),
    ("killed", re.compile(r"^(?:killed|dead|deaths|fatalities|kia|no\.? killed)$", re.I)),
    ("wounded", re.compile(r"^(?:wounded|injured|wia|no\.? wounded|no\.? injured)$", re.I)),
    ("source", re.compile(r"^(?:sources?|reported by|outlet)$", re.I)),
)
_RULE = re.compile(r"^[\s|:+=-]+$")  # "-----|-----|----": the line under the header
_TOTAL = re.compile(r"^\s*(?:totals?|sum|all)\b", re.I)
_NUMBER = re.compile(r"^\s*(?P<low>\d{1,4})(?:\s*[-–]\s*(?P<high>\d{1,4}))?\s*$")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # offsets into the row's text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TableHeader:
    """Which column holds what (role -> column index); a row must have as many cells."""

    columns: dict[str, int]
    width: int

    @classmethod
    def parse(cls, line: str) -> TableHeader | None:
        """The header of an incident table, or None: at least four cells, one of them the incident's text."""
        cells = [c.text for c in split_cells(line)]
        if len(cells) < 4:
            return None
        columns: dict[str, int] = {}
        for i, cell in enumerate(cells):
            for role, pattern in _ROLES:
                if role not in columns and pattern.match(cell.strip()):
                    columns[role] = i
                    break
        if "text" not in columns or len(columns) < 3:
            return None
        return cls(columns, len(cells))

    def row(self, line: str) -> dict[str, Cell] | None:
        """The cells of a table row by role; None for a line that is no row of this table (a rule, a total)."""
        if _RULE.match(line):
            return None
        cells = split_cells(line)
        if len(cells) != self.width or _TOTAL.match(cells[0].text):
            return None
        out = {role: cells[i] for role, i in self.columns.items()}
        return out if out["text"].text.strip() else None


def split_cells(line: str) -> list[Cell]:
    """The cells of a pipe-separated line, each stripped, with its offsets in ``line``."""
    if line.count("|") < 2:
        return []
    out: list[Cell] = []
    pos = 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        out.append(Cell(pos + lead, pos + lead + len(text), text))
        pos += len(part) + 1
    return out


def cell_count(text: str) -> tuple[int, int | None] | None:
    """A count column's figure as (low, high): "2" → (2, None), "2-3" → (2, 3); "-", "" or words → None."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    return int(m.group("low")), int(m.group("high")) if m.group("high") else None
