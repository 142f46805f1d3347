"""Score extracted events against a gold annotation: detection P/R/F1, field accuracy, geo error in km.

The definitions are those of the project's yardstick (``score_events.py`` in the shared tools): events align
when their text spans overlap by at least half of the shorter one, one-to-one, best overlap first; actor,
governorate and source names are compared through the same alias folding.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from typing import Any

from mesint.knowledge.actors import load_actor_table

_FIELDS = (
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "killed",
    "wounded",
    "sources",
)


def fold(text: Any) -> str:
    if text is None:
        return ""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", t.lower()).strip()


def _actor_key(name: Any) -> str:
    """An actor's canonical name through the bundled alias table (the table is the project's own alias list)."""
    f = fold(name)
    if not f:
        return ""
    f = re.sub(r"\s*\(\d{4}-(?:\d{4})?\)", "", f)
    entry = load_actor_table().get(f)
    return fold(entry.canonical) if entry is not None else f


def _admin1_key(name: Any) -> str:
    from mesint.geo import load_gazetteer

    canonical = load_gazetteer().canonical_admin1(str(name)) if name else None
    return fold(canonical or name)


def _source_key(source: Any) -> str:
    if isinstance(source, dict):
        source = source.get("name") or source.get("label") or ""
    f = re.sub(r"[\"\u201c\u201d]", "", fold(source))
    f = re.split(r",\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4})", f)[0]
    return f.strip(" .,;")


def _same_source(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(a, b, key=len)
    return len(shorter) >= 5 and (a in b or b in a)


def _norm_date(value: Any) -> str:
    if value is None:
        return ""
    parts = str(value).strip().split("/")
    return parts[0] if len(parts) == 2 and parts[0] == parts[1] else str(value).strip()


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _quote_spans(doc: str, quote: str | None) -> list[tuple[int, int]]:
    if not quote:
        return []
    out, start = [], 0
    while (i := doc.find(quote, start)) >= 0:
        out.append((i, i + len(quote)))
        start = i + 1
    if not out:
        pattern = r"\s+".join(re.escape(w) for w in quote.split())
        out = [(m.start(), m.end()) for m in re.finditer(pattern, doc)]
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(1, min(a[1] - a[0], b[1] - b[0])) if inter > 0 else 0.0


def _pred_spans(doc: str, e: dict[str, Any]) -> list[tuple[int, int]]:
    span = e.get("span")
    if isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return [(span[0], span[1])]
    return _quote_spans(doc, e.get("quote"))


def _gold_spans(doc: str, e: dict[str, Any]) -> list[tuple[int, int]]:
    out = _quote_spans(doc, e.get("quote"))
    for key in ("other_quotes", "duplicate_quotes"):
        for q in e.get(key) or []:
            out.extend(_quote_spans(doc, q))
    return out


def align(doc: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    candidates = []
    for gi, g in enumerate(gold):
        gs = _gold_spans(doc, g)
        for pi, p in enumerate(pred):
            best = max((_overlap(a, b) for a in gs for b in _pred_spans(doc, p)), default=0.0)
            if best >= 0.5:
                bonus = 0.01 * (_norm_date(p.get("date")) == _norm_date(g.get("date")))
                bonus += 0.01 * (fold(p.get("event_type")) == fold(g.get("event_type")))
                candidates.append((best + bonus, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score(doc: str, gold_doc: Any, pred_doc: Any) -> dict[str, Any]:
    """The yardstick's figures for one document."""
    gold = gold_doc["events"] if isinstance(gold_doc, dict) else gold_doc
    pred = pred_doc.get("events", []) if isinstance(pred_doc, dict) else pred_doc
    pairs = align(doc, gold, pred)
    tp = len(pairs)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = {k: [0, 0] for k in _FIELDS}
    distances: list[float] = []
    errors = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        checks = {
            "date": _norm_date(p.get("date"))
            in {_norm_date(d) for d in [g.get("date"), *(g.get("date_accept") or [])]},
            "event_type": fold(p.get("event_type")) == fold(g.get("event_type")),
            "sub_event_type": fold(p.get("sub_event_type")) == fold(g.get("sub_event_type")),
            "actor1": _actor_key(p.get("actor1")) == _actor_key(g.get("actor1")),
            "actor2": _actor_key(p.get("actor2")) == _actor_key(g.get("actor2")),
            "admin1": _admin1_key(p.get("admin1")) == _admin1_key(g.get("admin1")),
            "killed": (p.get("killed") or 0) == (g.get("killed") or 0),
            "wounded": (p.get("wounded") or 0) == (g.get("wounded") or 0),
        }
        gsrc = {_source_key(s) for s in g.get("sources") or []}
        psrc = {_source_key(s) for s in p.get("sources") or []}
        if gsrc:
            checks["sources"] = all(any(_same_source(a, b) for b in psrc) for a in gsrc)
        checks = {k: ok for k, ok in checks.items() if k in g or k == "sources"}
        for k, ok in checks.items():
            fields[k][0] += bool(ok)
            fields[k][1] += 1
        if g.get("lat") is not None and g.get("lon") is not None:
            try:
                d = _haversine(float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"]))
            except (KeyError, TypeError, ValueError):
                d = math.inf
            distances.append(d)
        wrong = [k for k, ok in checks.items() if not ok]
        if wrong:
            errors.append({"gold": g.get("id", gi), "wrong": wrong})
    dist = sorted(distances)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    return {
        "gold_events": len(gold),
        "predicted_events": len(pred),
        "matched": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "field_accuracy": {k: round(a / n, 4) if n else None for k, (a, n) in fields.items()},
        "geo": {
            "scored": len(dist),
            "median_km": statistics.median(dist) if dist else None,
            "p90_km": dist[int(0.9 * (len(dist) - 1))] if dist else None,
            "within_10km": sum(d <= 10 for d in dist) / len(dist) if dist else None,
            "within_25km": sum(d <= 25 for d in dist) / len(dist) if dist else None,
            "missing_coords": sum(math.isinf(d) for d in dist),
        },
        "missed_gold": [gold[i].get("id", i) for i in range(len(gold)) if i not in matched_g],
        "unmatched_predictions": [
            (pred[i].get("quote") or "")[:90] for i in range(len(pred)) if i not in matched_p
        ],
        "field_errors": errors,
    }
