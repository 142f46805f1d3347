"""A week of stored events → a ``Digest`` record: selection, grouping and ordering, nothing rendered.

``build_digest`` is pure: event dicts (``store.events``), non-event dicts and the previous period's totals
in, a frozen record out. ``collect_digest`` is the thin shell that asks the store for them. Every line of
the digest carries the ids of the stored events it comes from; no figure is computed from anything else.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from mesint.errors import DataFileError, InputError
from mesint.knowledge.outlets import RELIABILITY_GRADES, OutletTable, load_outlets
from mesint.publish.queries import PeriodTotals, non_events, period_totals
from mesint.query import EventQuery

FULL_INCIDENTS_WHEN_FEW = 40
"""Up to this many incidents, every one is written in full."""
TOP_INCIDENTS = 25
"""Above that, only this many (the deadliest) are written in full; the rest go into compact tables."""
STATEMENT_KINDS = ("assessment", "statement", "forecast")
"""Non-event kinds quoted in the "Assessments and statements" part; background and captions are left out."""
OTHER_REGION = "Other and unlocated"

Timings = dict[str, tuple[float, float]]
"""Stage name → (wall seconds, CPU seconds of this process), for ``bench/digest.py``."""


@contextmanager
def stage(timings: Timings | None, name: str) -> Iterator[None]:
    """Record the enclosed block's wall and CPU time under ``name`` when ``timings`` is given."""
    if timings is None:
        yield
        return
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        timings[name] = (time.perf_counter() - wall, time.process_time() - cpu)


# ----------------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure as the digest prints it: one number, or a range where sources disagree."""

    low: int
    best: int
    high: int

    @property
    def text(self) -> str:
        if self.low == self.high:
            return str(self.best)
        return f"{self.low}–{self.high}"

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True, slots=True)
class CitationRef:
    outlet: str
    label: str
    date: str | None


@dataclass(frozen=True, slots=True)
class Incident:
    """One stored event as the digest shows it."""

    id: str
    date: str  # as stored: "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD"
    date_start: dt.date | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    place: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    uncertainty_km: float | None
    quote: str
    killed: Figure | None
    wounded: Figure | None
    citations: tuple[CitationRef, ...]
    document: str | None
    span: tuple[int, int] | None
    notes: tuple[str, ...] = ()
    confidence: str | None = None  # from cross-report reconciliation, when the store has it
    reports: int = 1  # how many stored events (reports) the incident merges

    @property
    def short_id(self) -> str:
        return self.id[:10]

    @property
    def where(self) -> str:
        parts = [p for p in (self.place, self.admin1) if p]
        if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
            parts = parts[:1]
        return ", ".join(parts) or "place unknown"

    @property
    def actors(self) -> str:
        return " → ".join(a for a in (self.actor1, self.actor2) if a)

    @property
    def brief_sources(self) -> str:
        """The citations as the print edition's compact tables give them: every source, its date shortened."""
        year = self.date_start.year if self.date_start else None
        return "; ".join(brief_label(c.label, year) for c in self.citations) or "none stated"

    @property
    def severity(self) -> tuple[int, int, int]:
        return (
            self.killed.best if self.killed else 0,
            self.wounded.best if self.wounded else 0,
            len(self.citations),
        )


@dataclass(frozen=True, slots=True)
class Section:
    """A region of one country: its incidents in date order, the top ones in full, the rest compact."""

    country: str
    region: str
    full: tuple[Incident, ...]
    compact: tuple[Incident, ...]

    @property
    def incidents(self) -> tuple[Incident, ...]:
        return tuple(sorted((*self.full, *self.compact), key=_date_key))

    @property
    def killed(self) -> int:
        return sum(i.killed.best for i in (*self.full, *self.compact) if i.killed)


@dataclass(frozen=True, slots=True)
class GovernorateRow:
    country: str
    admin1: str
    events: int
    killed: int
    wounded: int
    by_type: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class StatementRef:
    """An assessment, statement or forecast quoted from a report, with the report and the source it cites."""

    kind: str
    quote: str
    report: str
    published: str | None
    cites: str | None
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One outlet cited by this digest's incidents, with its registry entry when it has one."""

    outlet: str
    kind: str | None
    affiliation: str | None
    reliability: str | None
    reliability_label: str | None
    claims: int
    events: int


@dataclass(frozen=True, slots=True)
class Digest:
    title: str
    date_from: dt.date
    date_to: dt.date
    incidents: tuple[Incident, ...]
    overview: tuple[str, ...]
    sections: tuple[Section, ...]
    governorates: tuple[GovernorateRow, ...]
    by_day: tuple[tuple[dt.date, tuple[tuple[str, int], ...]], ...]
    statements: tuple[StatementRef, ...]
    sources: tuple[SourceRow, ...]
    previous: PeriodTotals | None = None
    full_count: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.incidents

    @property
    def period(self) -> str:
        return format_period(self.date_from, self.date_to)

    @property
    def killed(self) -> int:
        return sum(i.killed.best for i in self.incidents if i.killed)

    @property
    def compact_count(self) -> int:
        return len(self.incidents) - self.full_count


# ------------------------------------------------------------------------------------------------ regions


@dataclass(frozen=True, slots=True)
class RegionRule:
    admin1: str
    lon_min: float | None = None
    lon_max: float | None = None
    lat_min: float | None = None
    lat_max: float | None = None

    def matches(self, admin1: str | None, lat: float | None, lon: float | None) -> bool:
        if admin1 is None or admin1.casefold() != self.admin1.casefold():
            return False
        for value, low, high in ((lon, self.lon_min, self.lon_max), (lat, self.lat_min, self.lat_max)):
            if low is None and high is None:
                continue
            if value is None:  # a split governorate needs a point to decide; without one, a later rule
                return False
            if (low is not None and value < low) or (high is not None and value >= high):
                return False
        return True


@dataclass(frozen=True, slots=True)
class CountryRegions:
    name: str
    regions: tuple[tuple[str, tuple[RegionRule, ...]], ...] = ()
    by_admin1: bool = False
    order: tuple[str, ...] = ()

    def region_of(self, admin1: str | None, lat: float | None, lon: float | None) -> str:
        if self.by_admin1:
            return f"{admin1} Province" if admin1 else f"Elsewhere in {self.name}"
        for name, rules in self.regions:
            if any(r.matches(admin1, lat, lon) for r in rules):
                return name
        return f"Elsewhere in {self.name}"

    def region_order(self, names: Iterable[str]) -> list[str]:
        names = set(names)
        if self.by_admin1:
            first = [f"{a} Province" for a in self.order if f"{a} Province" in names]
        else:
            first = [name for name, _ in self.regions if name in names]
        rest = sorted(n for n in names if n not in first and not n.startswith("Elsewhere"))
        last = sorted(n for n in names if n.startswith("Elsewhere"))
        return first + rest + last


@dataclass(frozen=True, slots=True)
class RegionTable:
    countries: tuple[CountryRegions, ...]

    def locate(self, country: str | None, admin1: str | None, lat: float | None, lon: float | None) -> tuple[str, str]:
        for c in self.countries:
            if country and c.name.casefold() == country.casefold():
                return c.name, c.region_of(admin1, lat, lon)
        if country:
            return country, f"Elsewhere in {country}"
        return OTHER_REGION, OTHER_REGION


def parse_regions(data: Any, path: str = "<regions>") -> RegionTable:
    """Validate a parsed regions file (see ``mesint/data/digest_regions.yaml``)."""
    if not isinstance(data, Mapping) or data.get("version") != 1:
        raise DataFileError(f"{path}: expected a mapping with version: 1 and countries: [...]")
    countries = []
    for i, raw in enumerate(data.get("countries") or []):
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
            raise DataFileError(f"{path}: country {i + 1}: needs a name")
        regions = []
        for j, reg in enumerate(raw.get("regions") or []):
            if not isinstance(reg, Mapping) or not isinstance(reg.get("name"), str):
                raise DataFileError(f"{path}: {raw['name']} region {j + 1}: needs a name")
            rules = []
            for rule in reg.get("rules") or []:
                unknown = set(rule) - {"admin1", "lon_min", "lon_max", "lat_min", "lat_max"}
                if not isinstance(rule.get("admin1"), str) or unknown:
                    raise DataFileError(
                        f"{path}: region {reg['name']!r}: a rule needs admin1 and only lon_min/lon_max/"
                        f"lat_min/lat_max besides (got {sorted(rule)})"
                    )
                rules.append(RegionRule(**rule))
            regions.append((reg["name"], tuple(rules)))
        countries.append(
            CountryRegions(
                name=raw["name"],
                regions=tuple(regions),
                by_admin1=bool(raw.get("by_admin1")),
                order=tuple(raw.get("order") or ()),
            )
        )
    return RegionTable(tuple(countries))


@lru_cache(maxsize=1)
def load_regions() -> RegionTable:
    """The bundled region table (``mesint/data/digest_regions.yaml``), read once."""
    text = (resources.files("mesint") / "data" / "digest_regions.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"mesint/data/digest_regions.yaml: not valid YAML: {exc}") from None
    return parse_regions(data, "mesint/data/digest_regions.yaml")


# ------------------------------------------------------------------------------------------ event dicts


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return round(value)
    return None


def figure_of(event: Mapping[str, Any], key: str) -> Figure | None:
    """Killed or wounded: the reconciled low/best/high when the event has one, else the coded figure
    widened to every figure its sources' claims give (so disagreement shows as a range)."""
    fat = event.get("fatalities")
    if isinstance(fat, Mapping) and isinstance(fat.get(key), Mapping):
        c = fat[key]
        low, best, high = _int(c.get("low")), _int(c.get("best")), _int(c.get("high"))
        known = [v for v in (low, best, high) if v is not None]
        if known:
            best = best if best is not None else min(known)
            return Figure(min(known), best, max(known))
    values = [v for v in (_int(cl.get(key)) for cl in _dicts(event.get("claims"))) if v is not None]
    coded = _int(event.get(key))
    if coded is None and not values:
        return None
    best = coded if coded is not None else min(values)
    values.append(best)
    return Figure(min(values), best, max(values))


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value.split("/", 1)[0])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def incident_of(event: Mapping[str, Any]) -> Incident:
    """An event dict (``store.events``) → an ``Incident``; every key is optional but the id."""
    citations = []
    for c in _dicts(event.get("citations")):
        label = _str(c.get("label")) or _str(c.get("outlet")) or "unnamed source"
        citations.append(CitationRef(outlet=_str(c.get("outlet")) or label, label=label, date=_str(c.get("date"))))
    if not citations:  # older records: only the labels
        labels = [s for s in event.get("sources") or [] if isinstance(s, str)]
        citations = [CitationRef(outlet=s, label=s, date=None) for s in labels]
    span = event.get("span")
    return Incident(
        id=str(event.get("id") or ""),
        date=_str(event.get("date")) or "undated",
        date_start=_parse_date(event.get("date")),
        event_type=_str(event.get("event_type")) or "Unknown",
        sub_event_type=_str(event.get("sub_event_type")) or "",
        actor1=_str(event.get("actor1")),
        actor2=_str(event.get("actor2")),
        place=_str(event.get("place")),
        admin1=_str(event.get("admin1")),
        country=_str(event.get("country")),
        lat=_float(event.get("lat")),
        lon=_float(event.get("lon")),
        uncertainty_km=_float(event.get("uncertainty_km")),
        quote=_str(event.get("quote")) or "",
        killed=figure_of(event, "killed"),
        wounded=figure_of(event, "wounded"),
        citations=tuple(citations),
        document=_str(event.get("document")),
        span=(int(span[0]), int(span[1])) if isinstance(span, list) and len(span) == 2 else None,
        notes=tuple(n for n in event.get("notes") or [] if isinstance(n, str)),
        confidence=_str(event.get("confidence")),
        reports=len(event["members"]) if isinstance(event.get("members"), list) and event["members"] else 1,
    )


_LONG_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b"
)


def brief_label(label: str, year: int | None) -> str:
    """A citation label with its dates in short form: "SANA, March 2, 2020" → "SANA, Mar 2" in a 2020 event
    (the year stays when it differs). Everything else in the label is kept as stored."""

    def short(m: re.Match[str]) -> str:
        day = f"{m.group(1)[:3]} {m.group(2)}"
        return day if year is not None and int(m.group(3)) == year else f"{day}, {m.group(3)}"

    return _LONG_DATE.sub(short, label)


def _date_key(i: Incident) -> tuple[dt.date, str]:
    return (i.date_start or dt.date.max, i.id)


# -------------------------------------------------------------------------------------------- the build


def build_digest(
    events: Sequence[Mapping[str, Any]],
    *,
    date_from: dt.date,
    date_to: dt.date,
    title: str | None = None,
    statements: Sequence[Mapping[str, Any]] = (),
    previous: PeriodTotals | None = None,
    regions: RegionTable | None = None,
    outlets: OutletTable | None = None,
) -> Digest:
    """Group, order and summarise one period's events. Pure: everything it needs is passed in."""
    if date_from > date_to:
        raise InputError(f"--from {date_from} is after --to {date_to}")
    regions = regions or load_regions()
    outlets = outlets or load_outlets()
    incidents = tuple(sorted((incident_of(e) for e in events), key=_date_key))

    if len(incidents) <= FULL_INCIDENTS_WHEN_FEW:
        full_ids = {i.id for i in incidents}
    else:
        ranked = sorted(incidents, key=lambda i: (i.severity, i.id), reverse=True)
        full_ids = {i.id for i in ranked[:TOP_INCIDENTS]}

    grouped: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for i in incidents:
        grouped[regions.locate(i.country, i.admin1, i.lat, i.lon)].append(i)
    sections = []
    known = [c.name for c in regions.countries]
    countries = known + sorted({c for c, _ in grouped} - set(known) - {OTHER_REGION}) + [OTHER_REGION]
    for country in countries:
        names = [r for c, r in grouped if c == country]
        table = next((c for c in regions.countries if c.name == country), None)
        ordered = table.region_order(names) if table else sorted(names)
        for region in ordered:
            items = grouped[(country, region)]
            sections.append(
                Section(
                    country=country,
                    region=region,
                    full=tuple(i for i in items if i.id in full_ids),
                    compact=tuple(i for i in items if i.id not in full_ids),
                )
            )

    title = title or f"Iraq and Syria: conflict events, {format_period(date_from, date_to)}"
    return Digest(
        title=title,
        date_from=date_from,
        date_to=date_to,
        incidents=incidents,
        overview=tuple(overview_bullets(incidents, previous, date_from, date_to)),
        sections=tuple(sections),
        governorates=tuple(governorate_rows(incidents)),
        by_day=tuple(events_by_day(incidents, date_from, date_to)),
        statements=tuple(statement_refs(statements)),
        sources=tuple(source_rows(incidents, outlets)),
        previous=previous,
        full_count=len(full_ids),
    )


def format_period(date_from: dt.date, date_to: dt.date) -> str:
    if date_from == date_to:
        return f"{date_from:%B} {date_from.day}, {date_from.year}"
    if date_from.year == date_to.year:
        return f"{date_from:%B} {date_from.day} – {date_to:%B} {date_to.day}, {date_to.year}"
    return f"{date_from:%B} {date_from.day}, {date_from.year} – {date_to:%B} {date_to.day}, {date_to.year}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _change(now: int, before: int) -> str:
    if before == 0:
        return f"{now} against none"
    pct = (now - before) / before * 100
    return f"{now} against {before} ({pct:+.0f}%)"


def overview_bullets(
    incidents: Sequence[Incident], previous: PeriodTotals | None, date_from: dt.date, date_to: dt.date
) -> list[str]:
    """The week in a few sentences, every number counted from the incidents (or the previous totals)."""
    if not incidents:
        bullets = [f"No events are stored for {format_period(date_from, date_to)}."]
        if previous and previous.documents and previous.events:
            bullets.append(
                f"The previous period ({format_period(previous.date_from, previous.date_to)}) holds "
                f"{_plural(previous.events, 'event')}."
            )
        return bullets
    bullets = []
    by_country = Counter(i.country or "unlocated" for i in incidents)
    killed = sum(i.killed.best for i in incidents if i.killed)
    parts = ", ".join(f"{c} {n}" for c, n in by_country.most_common())
    bullets.append(
        f"{_plural(len(incidents), 'event')} ({parts}); at least {_plural(killed, 'person', 'people')} "
        "reported killed."
    )
    by_type = Counter(i.event_type for i in incidents)
    bullets.append("By type: " + "; ".join(f"{t} {n}" for t, n in by_type.most_common()) + ".")
    deadly = sorted((i for i in incidents if i.killed and i.killed.best > 0), key=lambda i: (i.severity, i.id))
    if deadly:
        top = [
            f"{i.date} {i.where}: {i.killed.text if i.killed else 0} killed ({i.sub_event_type or i.event_type})"
            for i in reversed(deadly[-3:])
        ]
        bullets.append("Deadliest: " + "; ".join(top) + ".")
    actors = Counter(a for i in incidents for a in {i.actor1, i.actor2} if a)
    if actors:
        bullets.append(
            "Most active actors: " + "; ".join(f"{a} ({_plural(n, 'event')})" for a, n in actors.most_common(4)) + "."
        )
    if previous is not None and previous.documents and previous.events:
        prev = format_period(previous.date_from, previous.date_to)
        line = f"Against the previous period ({prev}): events {_change(len(incidents), previous.events)}"
        line += f", killed {_change(killed, previous.killed)}"
        moves = []
        for country, n in by_country.most_common():
            before = previous.by_country.get(country if country != "unlocated" else "", 0)
            if before != n:
                moves.append(f"{country} {before}→{n}")
        bullets.append(line + (f"; by country {', '.join(moves)}." if moves else "."))
    elif previous is not None:
        # Events dated in the previous period but reported later are stragglers, not coverage of it.
        bullets.append(
            "No comparison with the previous period of equal length: the database holds no reports published in it."
        )
    return bullets


def governorate_rows(incidents: Sequence[Incident]) -> list[GovernorateRow]:
    groups: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for i in incidents:
        groups[(i.country or "—", i.admin1 or "unknown")].append(i)
    rows = [
        GovernorateRow(
            country=c,
            admin1=a,
            events=len(items),
            killed=sum(i.killed.best for i in items if i.killed),
            wounded=sum(i.wounded.best for i in items if i.wounded),
            by_type=tuple(Counter(i.event_type for i in items).most_common()),
        )
        for (c, a), items in groups.items()
    ]
    return sorted(rows, key=lambda r: (r.country, -r.events, r.admin1))


def events_by_day(
    incidents: Sequence[Incident], date_from: dt.date, date_to: dt.date
) -> list[tuple[dt.date, tuple[tuple[str, int], ...]]]:
    """Events per day by type, every day of the period present; a multi-day event counts on its first day
    inside the period."""
    counts: dict[dt.date, Counter[str]] = {
        date_from + dt.timedelta(days=n): Counter() for n in range((date_to - date_from).days + 1)
    }
    for i in incidents:
        if i.date_start is None:
            continue
        day = max(i.date_start, date_from)
        if day in counts:
            counts[day][i.event_type] += 1
    return [(day, tuple(sorted(c.items()))) for day, c in counts.items()]


_TRAILING_CITATION = re.compile(r"\(([^()]{3,200}?\b(?:19|20)\d\d)\)\s*\.?\s*$")


def statement_refs(rows: Sequence[Mapping[str, Any]]) -> list[StatementRef]:
    """Non-events of the statement kinds, each once (reports print captions and bullets twice)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        kind, quote = str(r.get("kind") or ""), _str(r.get("quote")) or ""
        if kind not in STATEMENT_KINDS or not quote or (kind, quote) in seen:
            continue
        seen.add((kind, quote))
        m = _TRAILING_CITATION.search(quote)
        span = r.get("span") or [0, 0]
        out.append(
            StatementRef(
                kind=kind,
                quote=quote,
                report=_str(r.get("document_title")) or _str(r.get("document_name")) or "unnamed report",
                published=_str(r.get("published")),
                cites=m.group(1).strip() if m else None,
                span=(int(span[0]), int(span[1])),
            )
        )
    return out


def source_rows(incidents: Sequence[Incident], outlets: OutletTable) -> list[SourceRow]:
    """Every outlet the incidents cite, with its registry grade; claims = citations, events = distinct events."""
    claims: Counter[str] = Counter()
    events: dict[str, set[str]] = defaultdict(set)
    for i in incidents:
        for c in i.citations:
            claims[c.outlet] += 1
            events[c.outlet].add(i.id)
    rows = []
    for name, n in claims.items():
        entry = outlets.match(name)
        rows.append(
            SourceRow(
                outlet=entry.name if entry else name,
                kind=entry.kind if entry else None,
                affiliation=entry.affiliation if entry else None,
                reliability=entry.reliability if entry else None,
                reliability_label=RELIABILITY_GRADES.get(entry.reliability) if entry else None,
                claims=n,
                events=len(events[name]),
            )
        )
    merged: dict[str, SourceRow] = {}
    for r in rows:  # two spellings of one registry outlet become one row
        if r.outlet in merged:
            m = merged[r.outlet]
            r = SourceRow(r.outlet, r.kind, r.affiliation, r.reliability, r.reliability_label,
                          m.claims + r.claims, m.events + r.events)
        merged[r.outlet] = r
    return sorted(merged.values(), key=lambda r: (-r.claims, r.outlet.casefold()))


# ------------------------------------------------------------------------------------------- the shell


def collect_digest(
    store: Any, date_from: dt.date, date_to: dt.date, *, title: str | None = None, timings: Timings | None = None
) -> Digest:
    """Ask the store for the period's events, its documents' statements and the previous period's totals."""
    if date_from > date_to:
        raise InputError(f"--from {date_from} is after --to {date_to}")
    with stage(timings, "query events"):
        events = store.events(EventQuery(date_from=date_from, date_to=date_to))
    length = date_to - date_from + dt.timedelta(days=1)
    with stage(timings, "query previous period"):
        previous = period_totals(store, date_from - length, date_from - dt.timedelta(days=1))
    docs = [e["document"] for e in events if isinstance(e.get("document"), str)]
    with stage(timings, "query statements"):
        statements = non_events(store, date_from, date_to, STATEMENT_KINDS, event_documents=docs)
    with stage(timings, "build"):
        return build_digest(
            events, date_from=date_from, date_to=date_to, title=title, statements=statements, previous=previous
        )
