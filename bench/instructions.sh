#!/usr/bin/env bash
# Instructions executed by one extraction pass over a generated corpus: a steadier figure than seconds for comparing
# two trees on a shared machine, where CPU seconds move by ±15 % from run to run. It still moves by about ±1.2 %:
# compare the means of several runs. Needs valgrind (not a project dependency: apt-get install valgrind). Start-up,
# the corpus build and a warm-up pass are not counted.
#
#   bench/instructions.sh [TREE] [MB]        # TREE: a checkout of mesint (default: this one), MB: corpus size (0.1)
#
# About 50 s for 0.1 MB. Compare trees with `git worktree add /tmp/base COMMIT` and two runs.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${1:-$here}" && pwd)"
mb="${2:-0.1}"
python="${PYTHON:-$here/.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/worker.py" <<PY
import sys
sys.path.insert(0, "$tree"); sys.path.insert(1, "$here/bench")
from corpus import build_corpus
from mesint.collect.files import document_from_bytes
from mesint.pipeline import default_knowledge, extract_document
knowledge = default_knowledge()
docs = build_corpus($mb, 5)
for name, raw in docs[:20]:
    extract_document(document_from_bytes(raw, name=name), knowledge)
print("ready", flush=True)
sys.stdin.readline()
for name, raw in docs:
    extract_document(document_from_bytes(raw, name=name), knowledge)
print("done", flush=True)
# (waits again, so that the count is switched off before the worker exits: its shutdown is not counted)
sys.stdin.readline()
PY
mkfifo "$work/in"
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/cg.out" \
    "$python" "$work/worker.py" < "$work/in" > "$work/out" 2> "$work/err" &
pid=$!
exec 7>"$work/in"
until grep -q ready "$work/out" 2>/dev/null; do sleep 1; done
callgrind_control -i on "$pid" > /dev/null 2>&1
echo go >&7
until grep -q done "$work/out" 2>/dev/null; do sleep 1; done
callgrind_control -i off "$pid" > /dev/null 2>&1
echo bye >&7
exec 7>&-
wait "$pid"
awk '/^totals:/ {printf "%s: %.3f G instructions for %s MB\n", tree, $2 / 1e9, mb}' tree="$tree" mb="$mb" "$work/cg.out"
