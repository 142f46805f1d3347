"""List every extracted event more than 25 km from its gold point, or unplaced, with the resolver's inputs.

Not a test: a diagnostic for the geocoder. Usage::

    .venv/bin/python tests/geo/report_errors.py [--all] [--why] [DIR ...]

(default folders: tests/reports and tests/reports/holdout). It extracts each report that has a ``.gold.json``
in-process, aligns events the way ``../shared/tools/score_events.py`` does (that script is imported), and
prints the far-off ones with the location phrase and the context (country, admin1, anchor hint) the
extractor handed to ``resolve_location``; ``--why`` adds the resolver's reasoning. The last lines give each
folder's median error and share within 25 km (unplaced events count as misses).
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    import mesint.extract.assemble as assemble
    from mesint.collect.files import read_document
    from mesint.pipeline import extract_document
    from mesint.serialize import report_to_dict

    show_all, why = "--all" in argv, "--why" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "tests/reports", ROOT / "tests/reports/holdout"]
    calls: dict[tuple[str | None, str | None, str | None, str | None], Any] = {}
    original = assemble.resolve_location

    def logged(text: str | None, country: str | None = None, admin1: str | None = None, **kw: Any) -> Any:
        res = original(text, country=country, admin1=admin1, **kw)
        calls[(text, country, admin1, kw.get("anchor_hint"))] = res
        return res

    assemble.resolve_location = logged  # type: ignore[assignment]
    sc = _scorer()
    summary = []
    for d in dirs:
        dists: list[float] = []
        for gold_path in sorted(d.glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            doc_path = next(p for p in d.glob(stem + ".*") if not p.name.endswith(".gold.json"))
            doc = read_document(doc_path)
            pred = report_to_dict(extract_document(doc))["events"]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))["events"]
            for gi, pi, _ in sc.align(doc.text, gold, pred):
                g, p = gold[gi], pred[pi]
                if g.get("lat") is None:
                    continue
                far = float("inf") if p.get("lat") is None else sc.haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
                dists.append(far)
                if far <= 25 and not show_all:
                    continue
                print(
                    f"{stem} {g['id']}: {far:.1f} km  gold {g.get('place')!r} {g['lat']},{g['lon']} "
                    f"p{g.get('geo_precision')}  ({g.get('location_text')!r})"
                )
                print(
                    f"    got {p.get('place')!r} {p.get('lat')},{p.get('lon')} p{p.get('geo_precision')} "
                    f"admin1={p.get('admin1')} from {p.get('location_text')!r}"
                )
                for key, res in calls.items():
                    if key[0] == p.get("location_text"):
                        print(f"    resolver input: country={key[1]} admin1={key[2]} hint={key[3]} -> {res.method}")
                        if why:
                            for line in res.reasoning:
                                print(f"        {line}")
        if dists:
            within = sum(x <= 25 for x in dists) / len(dists)
            summary.append(
                f"== {d.relative_to(ROOT) if d.is_absolute() else d}: {len(dists)} events with gold "
                f"coordinates, median {statistics.median(dists):.2f} km, within 25 km {within:.1%}, "
                f"unplaced {sum(x == float('inf') for x in dists)}"
            )
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
