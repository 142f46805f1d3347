"""Plain-text incident tables: "Date | Governorate | District | Incident | Killed | Wounded | Source". Pure.

Cells are cut by pipes, commas, semicolons or tabs.

Security desks keep weekly logs as pipe-separated tables. A row is one incident: its Incident cell is the prose to
read, and the other cells say what prose elsewhere would (the day, the governorate, the district, the counts, the
outlets). ``TableHeader.parse`` reads the header line; ``TableHeader.row`` splits a row into its cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Column roles by the words their headers use
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (an ACLED export's own names too: event_date, admin1, location, notes, fatalities, source)
    ("date", re.compile(r"^(?:date|day|date of incident|incident date|event_date|event date)$", re.I)),
    # (a coder's short names too: "gov", "src", "fat", "inj")
    ("admin1", re.compile(r"^(?:governorate|province|governorate/province|muhafaza|region|admin1|gov|prov|adm1)$", re.I)),
    ("place", re.compile(r"^(?:district|location|town|place|area|city|site|village|sub-?district|locality)$", re.I)),
    # (an incident list's "target and weapon": what was hit, and how)
    ("text", re.compile(r"^(?:incident|description|event|details|summary|narrative|incident description|what happened|"
                        r"notes|target and weapon|target/weapon)$", re.I)),
    # ("deaths recorded (min–max)": the column's range, the lower figure coded)
    ("killed", re.compile(r"^(?:killed|dead|deaths|fatalities|kia|no\.? killed|deaths recorded|civilian deaths|fat|fatal|"
                          r"coded fatalities)"
                          r"(?:\s*\((?:min|range)[^()]*\))?$", re.I)),
    ("wounded", re.compile(r"^(?:wounded|injured|wia|no\.? wounded|no\.? injured|inj|wnd)$", re.I)),
    ("source", re.compile(r"^(?:sources?|reported by|outlet|src)$", re.I)),
    # the coder's own coding, in an ACLED-style export
    ("event_type", re.compile(r"^(?:event_type|event type|type of event)$", re.I)),
    ("sub_event_type", re.compile(r"^(?:sub_event_type|sub-event type|sub event type|sub_type|subtype|sub-type)$", re.I)),
    ("actor1", re.compile(r"^(?:actor1|actor 1|actor_1)$", re.I)),
    ("actor2", re.compile(r"^(?:actor2|actor 2|actor_2)$", re.I)),
)
# a title that names its rows' columns in brackets: "(date | notes | source)"
_LISTED_COLUMNS = re.compile(r"\(([\w /-]{1,30}(?:\|[\w /-]{1,30}){2,})\)\s*$")
_COLUMNS_SAID = re.compile(r"^\s*(?:each\s+(?:line|row|entry)\s+(?:gives|lists|reads|has)|columns|fields)\s*:\s*(.+?)\.?\s*$", re.I)
_CSV_HEAD = re.compile(r'^\s*"?[\w /-]{1,30}"?\s*,\s*"?[\w /-]{1,30}"?\s*,')
_RULE = re.compile(r"^[\s|:+=-]+$")  # "-----|-----|----": the line under the header
_TOTAL = re.compile(r"^\s*(?:totals?|sum|all)\b", re.I)
# ("3–4 (11 injured)": a deaths column's note of the hurt after its figure)
_NUMBER = re.compile(r"^\s*(?P<low>\d{1,4})(?:\s*[-–]\s*(?P<high>\d{1,4}))?\s*(?:\([^()]*\))?\s*$")
_HURT_NOTE = re.compile(r"\((?:(?P<more>more than|over|at least)\s+)?(?P<n>\d{1,5})\s+(?:injured|wounded|hurt)\)")


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
    sep: str = "|"

    @classmethod
    def parse(cls, line: str) -> TableHeader | None:
        """The header of an incident table, or None: at least four cells, one of them the incident's text. Cells are
        pipe-separated, or comma-separated as in a CSV export ("event_date,admin1,location,notes,...")."""
        # ("event_date;admin1;admin2;location;notes;fatalities": an export cut by semicolons, as European spreadsheets
        # write CSV)
        # ("event_date<TAB>admin1<TAB>location<TAB>notes": a tab-separated export, as spreadsheets copy rows)
        sep = (
            "\t"
            if line.count("\t") >= 3
            else "|"
            if line.count("|") >= 3
            else ";"
            if line.count(";") >= 3 and line.count(",") < 3
            else ","
        )
        listed = _LISTED_COLUMNS.search(line) if sep == "|" else None
        if listed is not None:
            line = listed.group(1)  # "IRAQ | coded events 2016–2022 | notes extract (date | notes | source)"
        elif sep == "|" and (said := _COLUMNS_SAID.match(line)) is not None:
            line = said.group(1)  # "Each line gives: incident id | day | ... | sources.": the columns it names
        if sep != "|" and not _CSV_HEAD.match(line.replace(sep, ",") if sep != "," else line):
            return None  # prose with commas: a header's first cells are short names
        cells = [c.text for c in (split_cells(line) if sep == "|" else split_csv_cells(line, sep))]
        if len(cells) < (3 if listed else 4):
            return None
        if sep != "|" and any(len(c) > 30 or ":" in c or c.endswith(".") for c in cells):
            return None  # a sentence listing the fields ("Fields: event_date, admin1, notes."), not the header row
        columns: dict[str, int] = {}
        for i, cell in enumerate(cells):
            for role, pattern in _ROLES:
                if role not in columns and pattern.match(cell.strip()):
                    columns[role] = i
                    break
        if "text" not in columns or len(columns) < 3:
            return None
        return cls(columns, len(cells), sep)

    def delimited(self, line: str) -> bool:
        """The line is cut into cells the way this table's rows are."""
        return line.count(self.sep) >= 2

    def row(self, line: str) -> dict[str, Cell] | None:
        """The cells of a table row by role; None for a line that is no row of this table (a rule, a total)."""
        if _RULE.match(line):
            return None
        cells = split_cells(line) if self.sep == "|" else split_csv_cells(line, self.sep)
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


def split_csv_cells(line: str, sep: str = ",") -> list[Cell]:
    """The cells of a comma- (or ``sep``-) separated line (RFC 4180 quoting), each with its offsets in ``line``; a
    quoted cell's offsets are inside its quotes, and its text is as printed there."""
    out: list[Cell] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n and not (line[j] == '"' and (j + 1 >= n or line[j + 1] != '"')):
                j += 2 if line[j] == '"' else 1
            out.append(Cell(i + 1, j, line[i + 1 : j]))  # as printed (a doubled quote stays two), so offsets hold
            i = j + 1
            i = line.find(sep, i)
            i = n + 1 if i < 0 else i + 1
        else:
            j = line.find(sep, i)
            j = n if j < 0 else j
            raw = line[i:j]
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            out.append(Cell(i + lead, i + lead + len(text), text))
            i = j + 1
    return out


def cell_count(text: str) -> tuple[int, int | None] | None:
    """A count column's figure as (low, high): "2" → (2, None), "2-3" → (2, 3); "-", "" or words → None."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    return int(m.group("low")), int(m.group("high")) if m.group("high") else None


def cell_hurt(text: str) -> tuple[int, bool] | None:
    """The hurt a deaths column notes after its figure ("3–4 (11 injured)"): the number, and whether it is a floor
    ("more than 150 injured")."""
    m = _HURT_NOTE.search(text)
    return (int(m.group("n")), m.group("more") is not None) if m else None
