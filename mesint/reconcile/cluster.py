"""Scoring pairs and placing new events into incidents (dedupe's ``score`` and ``cluster`` steps).

A new event joins the stored incident it scores best against, when that score reaches
:attr:`Weights.threshold` and no veto feature is 0. One document's events are placed together: the pairs
are taken best first, and an incident takes at most one event of the document (two events of one report
are two incidents, or ``reconcile.within`` would have merged them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mesint.reconcile.features import VETO_FEATURES, EventView, compare
from mesint.slotinit import slot_init


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each feature counts, and the score a merge needs. A missing feature (None) is left out and
    the others are re-weighted, so a pair is not punished for what a report did not say."""

    date: float = 0.2
    place: float = 0.25
    type: float = 0.2
    actors: float = 0.2
    casualties: float = 0.1
    text: float = 0.05
    threshold: float = 0.7

    def of(self, name: str) -> float:
        return float(getattr(self, name))


DEFAULT_WEIGHTS = Weights()

SAME_TYPE = 0.6  # compare_types: one ACLED event type (sub-types may differ)
CROSS_TYPE_ACTORS = 0.9  # two event types merge only when both sides agree (same actors, or unit and umbrella)


@slot_init
@dataclass(frozen=True, slots=True)
class PairScore:
    """One comparison: the score, each comparator's value and, when vetoed, which feature vetoed it."""

    new_id: str
    stored_id: str
    score: float
    features: Mapping[str, float | None]
    veto: str | None = None

    def reason(self) -> str:
        """A one-line explanation: "score 0.88: date 1.00, place 0.90, ..."."""
        parts = ", ".join(f"{k} {v:.2f}" for k, v in self.features.items() if v is not None)
        if self.veto:
            return f"vetoed by {self.veto} ({parts})"
        return f"score {self.score:.2f}: {parts}"


def score_pair(a: EventView, b: EventView, weights: Weights = DEFAULT_WEIGHTS) -> PairScore:
    features = compare(a, b)
    veto = next((name for name in VETO_FEATURES if features[name] == 0.0), None)
    if veto is None and (features["type"] or 0.0) < SAME_TYPE and (features["actors"] or 0.0) < CROSS_TYPE_ACTORS:
        # Outlets do code one incident as two types (a clash as shelling), but then they name the same sides.
        veto = "type"
    known = {k: v for k, v in features.items() if v is not None}
    total = sum(weights.of(k) for k in known)
    score = sum(weights.of(k) * v for k, v in known.items()) / total if total else 0.0
    return PairScore(a.id, b.id, round(score, 4), features, veto)


@dataclass(frozen=True, slots=True)
class Decision:
    """A new event joins ``incident_id`` because of ``pair`` (its best comparison with a member)."""

    event_id: str
    incident_id: str
    pair: PairScore
    runner_up: PairScore | None = field(default=None)


def place_events(
    new: Sequence[EventView],
    candidates: Mapping[str, Sequence[tuple[str, EventView]]],
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[Decision]:
    """Which new events join which stored incidents.

    ``candidates[new_id]`` lists ``(incident_id, member)`` for every stored member blocking kept. An incident
    scores as its best-matching member. Pairs are taken best first, each new event and each incident once.
    """
    best: dict[tuple[str, str], PairScore] = {}
    by_id = {v.id: v for v in new}
    for event_id, members in candidates.items():
        view = by_id[event_id]
        for incident_id, member in members:
            pair = score_pair(view, member, weights)
            key = (event_id, incident_id)
            if pair.veto is None and (key not in best or pair.score > best[key].score):
                best[key] = pair
    ranked = sorted(
        ((k, p) for k, p in best.items() if p.score >= weights.threshold),
        key=lambda kp: (-kp[1].score, kp[0]),
    )
    taken_events: set[str] = set()
    taken_incidents: set[str] = set()
    decisions: list[Decision] = []
    for (event_id, incident_id), pair in ranked:
        if event_id in taken_events or incident_id in taken_incidents:
            continue
        taken_events.add(event_id)
        taken_incidents.add(incident_id)
        others = [p for (e, i), p in ranked if e == event_id and i != incident_id]
        decisions.append(Decision(event_id, incident_id, pair, others[0] if others else None))
    return decisions


def explain(pairs: Iterable[PairScore]) -> list[str]:
    return [f"{p.new_id[:8]} ~ {p.stored_id[:8]}: {p.reason()}" for p in pairs]
