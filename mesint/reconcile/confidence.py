"""How sure we are an incident happened as coded: independent corroboration and the sources' grades.

Sources are grouped so that two outlets of one affiliation (two ISIS outlets, two Syrian state channels)
count once (``OutletTable.independent``); each group counts with its best Admiralty grade. The rule:

- **high**: two or more independent sources, one of them graded A or B; or three or more graded C or better;
- **medium**: two or more independent sources; or one source graded A or B;
- **low**: one source graded C or worse (an unknown outlet is F), or only the perpetrator's own claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mesint.knowledge.outlets import load_outlets
from mesint.reconcile.claims import match_outlet

_GOOD = frozenset("AB")
_FAIR = frozenset("ABC")


@dataclass(frozen=True, slots=True)
class Confidence:
    level: str  # "high" | "medium" | "low"
    independent_sources: int
    reason: str


def assess(outlet_names: Iterable[str], *, perpetrator_only: bool = False) -> Confidence:
    """Confidence from the outlets that reported an incident (names as printed; matched to the registry)."""
    return _assess(tuple(outlet_names), perpetrator_only)


@lru_cache(maxsize=8192)  # the same few outlet lists recur across thousands of incidents in every listing
def _assess(outlet_names: tuple[str, ...], perpetrator_only: bool) -> Confidence:
    table = load_outlets()
    groups: list[list[tuple[str, str]]] = []  # each: [(name, grade)], one affiliation
    seen: set[str] = set()
    for name in outlet_names:
        outlet = match_outlet(name)
        label, grade = (outlet.name, outlet.reliability) if outlet else (name, "F")
        if label in seen:
            continue
        seen.add(label)
        for group in groups:
            if not table.independent(outlet or name, group[0][0]):
                group.append((label, grade))
                break
        else:
            groups.append([(label, grade)])
    grades = [min(g for _, g in group) for group in groups]
    n = len(groups)
    described = "; ".join(
        " + ".join(f"{label} ({grade})" for label, grade in group) for group in groups
    ) or "no attributed source"
    if perpetrator_only:
        level = "low"
    elif (n >= 2 and any(g in _GOOD for g in grades)) or sum(g in _FAIR for g in grades) >= 3:
        level = "high"
    elif n >= 2 or any(g in _GOOD for g in grades):
        level = "medium"
    else:
        level = "low"
    noun = "independent source" if n == 1 else "independent sources"
    reason = f"{n} {noun}: {described}"
    if perpetrator_only:
        reason += "; perpetrator's claim only"
    return Confidence(level, n, reason)
