"""Names the serve tests share (a module with a unique name: every test folder has its own conftest)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPORTS = Path(__file__).parent.parent / "reports"


@dataclass(frozen=True)
class Tokens:
    viewer: str
    analyst: str
    admin: str
