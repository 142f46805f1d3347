"""Cue phrases → ACLED event type and sub-event type. The cues are data (``data/event_cues.yaml``)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from mesint.errors import DataFileError
from mesint.extract.prefilter import (
    LiteralIndex,
    PrefilteredAlternation,
    compile_gated,
    compile_on_lowered,
    folds_plainly,
    required_literal_sets,
    required_literals,
)
from mesint.slotinit import slot_init
from mesint.vocab import EVENT_TYPES


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None  # one of these occurs in every match (a cheap pre-test)
    event_type: str
    sub: str  # an ACLED sub-event type, or "@attack" / "@territory" / "@protest" / "@riot"
    priority: int
    start: bool
    passive: bool
    tense_free: bool
    needs_armed_party: bool
    needs_force: bool = False  # a force (any party but civilians) named before it: "Iraqi forces ... entered Hawija"
    # a long alternation kept as its alternatives too, each searched only where its words are (the same matches)
    alternatives: PrefilteredAlternation | None = field(default=None, compare=False, repr=False)
    # another set of literals one of which occurs in every match, tested in the same pass as ``literals``
    second_literals: tuple[str, ...] | None = field(default=None, compare=False, repr=False)


@slot_init
@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GenericActor:
    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None
    canonical: str
    kind: str
    second_literals: tuple[str, ...] | None = field(default=None, compare=False, repr=False)  # (as a cue's)
    # ``pattern`` compiled case-sensitively for the lower-cased text, where that finds the same matches
    on_lowered: re.Pattern[str] | None = field(init=False, default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "on_lowered", compile_on_lowered(self.pattern))


@dataclass(frozen=True, slots=True)
class CueBook:
    cues: tuple[Cue, ...]
    hedges: re.Pattern[str]
    civilian_nouns: re.Pattern[str]
    generic_actors: tuple[GenericActor, ...]
    protest_intervention: re.Pattern[str]
    protest_excessive: re.Pattern[str]
    protest_violent: re.Pattern[str]
    section_actor_cues: re.Pattern[str]
    index: LiteralIndex = field(init=False, compare=False, repr=False)
    generic_index: LiteralIndex = field(init=False, compare=False, repr=False)
    # the cues' index with the generic force phrases' literals after them: a unit's cues and force phrases from
    # one pass over its text
    unit_index: LiteralIndex = field(init=False, compare=False, repr=False)
    _part_ranges: dict[int, tuple[int, int]] = field(init=False, compare=False, repr=False)
    # each cue's pattern compiled case-sensitively for the lower-cased text, where that finds the same matches
    _on_lowered: tuple[re.Pattern[str] | None, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # One Aho-Corasick pass finds the cues that may match and, for a cue kept as its alternatives, the
        # alternatives that may: the cues come first in the index, then each such cue's alternatives.
        literals = [c.literals for c in self.cues]
        second = [c.second_literals for c in self.cues]
        part_ranges: dict[int, tuple[int, int]] = {}
        for i, c in enumerate(self.cues):
            if c.alternatives is not None:
                parts = c.alternatives.parts
                part_ranges[i] = (len(literals), len(literals) + len(parts))
                literals += [p.literals for p in parts]
                second += [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in parts]
        object.__setattr__(self, "index", LiteralIndex(literals, second))
        object.__setattr__(self, "_part_ranges", part_ranges)
        on_lowered = tuple(compile_on_lowered(c.pattern) if c.alternatives is None else None for c in self.cues)
        object.__setattr__(self, "_on_lowered", on_lowered)
        generic = [g.literals for g in self.generic_actors]
        generic_second = [g.second_literals for g in self.generic_actors]
        object.__setattr__(self, "generic_index", LiteralIndex(generic, generic_second))
        object.__setattr__(self, "unit_index", LiteralIndex(literals + generic, second + generic_second))

    def find(self, text: str, lowered: str | None = None) -> list[CueMatch]:
        """Every cue in ``text``, in order of position; overlapping cues are all kept."""
        low = text.lower() if lowered is None else lowered
        return self._matches(text, low, self.index.candidates(low))

    def find_with_generic(
        self, text: str, lowered: str, literals: int | None = None
    ) -> tuple[list[CueMatch], list[GenericActor]]:
        """``find(text, lowered)`` and ``generic_candidates(lowered)``, both read from one literal pass (``literals``:
        what ``unit_index`` finds in ``lowered``, where the caller's ``JointIndex`` pass found it)."""
        index = self.unit_index
        found = index.candidates(lowered) if literals is None else index.candidates_in(literals)
        first = self.index.size  # the generic phrases' indices come after the cues' and their alternatives'
        g = bisect_left(found, first)
        generic = self.generic_actors
        return self._matches(text, lowered, found[:g]), [generic[i - first] for i in found[g:]]

    def _matches(self, text: str, low: str, found: list[int]) -> list[CueMatch]:
        """The cues' matches, given the candidates ``found`` (the cues' and alternatives' indices, in order)."""
        cues = self.cues
        n = bisect_left(found, len(cues))  # the cues' indices; the alternatives' come after
        out: list[CueMatch] = []
        # (``low`` is ``text`` lower-cased: where that keeps every offset, a cue's case-sensitive copy finds its matches
        # there, without folding case at each character it tries; the text matched is read from ``text``)
        on_lowered = self._on_lowered if folds_plainly(text) else None
        for i in found[:n]:
            cue = cues[i]
            if on_lowered is not None and (lowered_pattern := on_lowered[i]) is not None:
                out += [CueMatch(cue, m.start(), m.end(), text[m.start() : m.end()]) for m in lowered_pattern.finditer(low)]
                continue
            if cue.alternatives is None:
                matches = cue.pattern.finditer(text)
            else:
                first, last = self._part_ranges[i]
                lo = bisect_left(found, first, n)
                parts = [j - first for j in found[lo : bisect_left(found, last, lo)]]
                matches = cue.alternatives.finditer(text, low, parts)
            # (the text matched read from ``text``: an alternative's match may be one of ``low``)
            out += [CueMatch(cue, m.start(), m.end(), text[m.start() : m.end()]) for m in matches]
        out.sort(key=lambda c: (c.start, -c.cue.priority))
        return out

    def generic_candidates(self, lowered: str) -> list[GenericActor]:
        """The generic force phrases ("Iraqi F-16 jets") that may occur in ``lowered``, in table order."""
        return [self.generic_actors[i] for i in self.generic_index.candidates(lowered)]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return compile_gated(pattern, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"event_cues.yaml: bad pattern in {where}: {exc}") from None


# A cue of this many alternatives or more is searched alternative by alternative (measured: even two pay)
_SPLIT_LEAST = 2


def _second_literals(pattern: str, literals: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Another set of literals one of which every match of ``pattern`` holds, besides ``literals``."""
    return next((s for s in required_literal_sets(pattern) if s != literals), None)


def _cue(entry: dict[str, Any], i: int) -> Cue:
    et, sub = entry.get("type"), entry.get("sub")
    if et not in EVENT_TYPES or not (sub in EVENT_TYPES[et] or str(sub).startswith("@")):
        raise DataFileError(f"event_cues.yaml: cue {i} has an unknown type/sub-type: {et!r} / {sub!r}")
    literals = required_literals(entry["pattern"])
    return Cue(
        pattern=_compile(entry["pattern"], f"cue {i}"),
        literals=literals,
        event_type=et,
        sub=str(sub),
        priority=int(entry.get("priority", 50)),
        start=bool(entry.get("start", True)),
        passive=bool(entry.get("passive", False)),
        tense_free=bool(entry.get("tense_free", False)),
        needs_armed_party=bool(entry.get("needs_armed_party", False)),
        needs_force=bool(entry.get("needs_force", False)),
        alternatives=PrefilteredAlternation.compile(entry["pattern"], re.IGNORECASE, least=_SPLIT_LEAST),
        second_literals=_second_literals(entry["pattern"], literals),
    )


@functools.lru_cache(maxsize=1)
def load_cues() -> CueBook:
    """The bundled cue book, parsed and compiled once."""
    text = resources.files("mesint.data").joinpath("event_cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError("event_cues.yaml: expected a mapping with 'version: 1'")
    mods = data["protest_modifiers"]
    return CueBook(
        cues=tuple(_cue(e, i) for i, e in enumerate(data["cues"])),
        hedges=_compile(data["hedges"], "hedges"),
        civilian_nouns=_compile(data["civilian_nouns"], "civilian_nouns"),
        generic_actors=tuple(
            GenericActor(
                _compile(g["pattern"], "generic_actors"),
                required_literals(g["pattern"]),
                g["canonical"],
                g["kind"],
                _second_literals(g["pattern"], required_literals(g["pattern"])),
            )
            for g in data["generic_actors"]
        ),
        protest_intervention=_compile(mods["intervention"], "protest_modifiers"),
        protest_excessive=_compile(mods["excessive_force"], "protest_modifiers"),
        protest_violent=_compile(mods["violent"], "protest_modifiers"),
        section_actor_cues=_compile(data["section_actor_cues"], "section_actor_cues"),
    )


MOB_ON_PEOPLE = compile_gated(
    r"\b(?:beat|beaten|beating|lynch\w*|set upon|attacked|assaulted|stabbed)\s+(?:(?:up|to death)\s+)?"
    r"(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:man|men|woman|women|boys?|youths?|residents?|"
    r"refugees?|migrants?|members? of|family|families|shop ?owners?|worshippers|people|persons?|civilians)\b",
    re.I,
)


# "angry relatives of the dead set fire to several houses and orchards in a nearby village": a mob's reprisal on a
# community's homes, no demonstration (protesters who burn an MP's house demonstrate violently)
_BURNED_HOMES = compile_gated(
    r"\b(?:set\s+fire\s+to|torched|burned|burnt|set\s+ablaze)\s+(?:[\w'’-]+\s+){0,3}?(?:houses|homes|orchards|farms|"
    r"shops|stores|fields|tents)\b",
    re.I,
)
_DEMONSTRATING = compile_gated(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|sit-ins?|marche[ds]|chant\w*)\b", re.I)


SOME_GOT_THROUGH = compile_gated(
    r"\b(?:others?|some|one|the rest|the remaining|two|three|several)\b(?:\s+\w+){0,3}?\s+(?:landed|fell|hit|struck|exploded|crashed)\b",
    re.I,
)


_FOUGHT_FOR = compile_gated(
    r"\bwithdr[ae]w[n]?\b[^.;]{0,40}?\b(?:under fire|(?:following|after) (?:[\w-]+ ){0,3}?(?:clashes|fighting|battles|"
    r"bombardment|shelling|air ?strikes|airstrikes|attacks))\b",
    re.I,
)


_MEANS_BEFORE = compile_gated(
    r"\b(?:after|following|(?:began|opened|started) with|with|backed by|supported by|under|behind)\s+(?:[\w-]+\s+){0,4}\Z",
    re.I,
)


_AFTER_A_CAPTURE = frozenset({"Arrests", "Attack", "Looting/property destruction", "Abduction/forced disappearance"})


def decide_type(
    cues: list[CueMatch],
    text: str,
    *,
    target_is_civilian: bool,
    actor1_is_state: bool,
    book: CueBook,
) -> tuple[str, str] | None:
    """Pick ACLED (type, sub-type) from the cues of one event's text."""
    if not cues:
        return None
    ranked = sorted(cues, key=lambda c: -c.cue.priority)
    # Gunfire and clashes make an exchange of fire a clash even when rockets were fired too.
    names = {c.cue.sub for c in cues}
    top = ranked[0].cue
    if top.sub == "Shelling/artillery/missile attack" and "Armed clash" in names and top.priority < 95:
        # (but "neutralized by our retaliatory fire": the weapon that killed is named)
        top = next(c.cue for c in ranked if c.cue.sub == "Armed clash")
    lead = next(c for c in ranked if c.cue is top)
    if top.event_type == "Battles" and top.sub in {"Armed clash", "@attack"}:
        # "HTS attacked positions of the Zenki Movement and captured Darat Izza": a fight that took ground is coded
        # by the ground taken (ACLED)
        taken = next((c for c in ranked if c.cue.sub == "@territory" and c.cue.start and c.cue.priority >= 78), None)
        if taken is not None:
            top, lead = taken.cue, taken
    if top.event_type == "Explosions/Remote violence" and _MEANS_BEFORE.search(text, max(0, lead.start - 60), lead.start):
        # "overran Khan Tuman after two suicide car bombs opened the lines", "with Russian air support captured
        # Kafr Nabudah": the bombs and the aircraft were the means, the ground taken is the event (ACLED)
        taken = next((c for c in ranked if c.cue.sub == "@territory" and c.cue.start and c.cue.priority >= 80), None)
        if taken is not None:
            top, lead = taken.cue, taken
    if top.sub in _AFTER_A_CAPTURE:
        # "completed their capture of Raqqa city and detained the governor", "drove the rebels out of the town and
        # executed a hundred prisoners": the ground taken first is the event, the rest what the victors did there
        taken = next((c for c in ranked if c.cue.sub == "@territory" and c.cue.priority >= 80 and c.start < lead.start), None)
        if taken is not None:
            top, lead = taken.cue, taken
    if top.event_type == "Explosions/Remote violence" or not top.start:
        # "found and destroyed a weapons cache containing 40 IEDs", "seized a cache of weapons, including mortar
        # rounds and RPG-7 launchers": the weapon is what was seized, not what was used
        seizure = next(
            (
                c
                for c in ranked
                if c.cue.sub == "Disrupted weapons use"
                and (c.start <= ranked[0].start < c.end + 80 or c.start <= lead.start < c.end + 80)
            ),
            None,
        )
        if seizure is not None:
            top = seizure.cue
    if top.sub == "Disrupted weapons use" and SOME_GOT_THROUGH.search(text):
        # "C-RAM defences intercepted some and others landed near the Tigris": the attack still struck
        top = next((c.cue for c in ranked if c.cue.sub != "Disrupted weapons use" and c.cue.start), top)
    et, sub = top.event_type, top.sub
    if sub == "Non-violent transfer of territory" and _FOUGHT_FOR.search(text):
        # "entered Hama after government troops withdrew following three days of clashes": ground won by fighting
        sub = "@territory"
    if sub == "@attack":
        if target_is_civilian:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if sub == "@territory":
        return (
            "Battles",
            "Government regains territory" if actor1_is_state else "Non-state actor overtakes territory",
        )
    if sub == "@protest":
        if book.protest_violent.search(text):
            return "Riots", "Violent demonstration"
        if book.protest_excessive.search(text):
            return "Protests", "Excessive force against protesters"
        if book.protest_intervention.search(text):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if sub == "@riot":
        # ACLED: a mob turns on people; rioters who storm, burn or fight the police demonstrate violently.
        if MOB_ON_PEOPLE.search(text) or (_BURNED_HOMES.search(text) and not _DEMONSTRATING.search(text)):
            return "Riots", "Mob violence"
        return "Riots", "Violent demonstration"
    if et == "Battles" and sub == "Armed clash" and target_is_civilian:
        # Shooting at civilians is not a battle: no armed side answered.
        return "Violence against civilians", "Attack"
    return et, sub
