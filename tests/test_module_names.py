"""Each module defines each of its top-level names once.

A second ``_PATTERN = ...`` further down a long module silently replaces the first for every function that reads it,
including those written above it for the first one (it has happened: a casualty rule's "in retaliation for" pattern
took the name of an older "responded with" pattern and moved an event's date).
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import mesint

PACKAGE = Path(mesint.__file__).parent


def _defined_twice(path: Path) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_no_module_defines_a_top_level_name_twice() -> None:
    twice = {str(p.relative_to(PACKAGE)): names for p in sorted(PACKAGE.rglob("*.py")) if (names := _defined_twice(p))}
    assert twice == {}


def test_the_check_sees_a_name_defined_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("a")\n\ndef f() -> None:\n    pass\n\n_A = re.compile("b")\n')
    assert _defined_twice(module) == ["_A"]
