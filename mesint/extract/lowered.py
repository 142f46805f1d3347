"""Case-insensitive patterns run as case-sensitive ones over the lower-cased text.

Under IGNORECASE the regex engine folds the case of every character it compares, and it cannot scan ahead for a
pattern's first letter or literal prefix; the cue, date and casualty patterns spend most of their time there. A
pattern whose letters are all lower-cased (read from its parse tree, so escapes such as ``\\S`` keep their sense)
matches ``text.lower()`` at the same places, where lower-casing keeps every character one character long; the
matches it gives read their groups from the original text. A text that lower-casing lengthens ("İ"), and a pattern
that tells cases apart in a part of it (``(?-i:[A-Z])``), keep the IGNORECASE pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_I = re.IGNORECASE
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_LARGEST_RANGE = 256  # a wider class range with letters in it is left to IGNORECASE


class _Unfoldable(Exception):
    pass


def _cased(c: int) -> bool:
    ch = chr(c)
    return ch.lower() != ch.upper()


def _lower_char(c: int) -> int | None:
    """The code point ``c`` lower-cases to, or None where it lower-cases to two (such a text is never folded)."""
    low = chr(c).lower()
    return ord(low) if len(low) == 1 else None


def _fold_class(items: list[tuple[Any, Any]], case_sensitive: bool) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    members: set[int] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            members.add(arg)
            low = _lower_char(arg)
            if low is not None:  # "İ" never occurs in a folded text: it is left out of the class
                out.append((op, low))
        elif op is sre_constants.RANGE:
            lo, hi = arg
            if not any(_cased(c) for c in range(lo, hi + 1)):
                out.append((op, arg))
            elif hi - lo > _LARGEST_RANGE:
                raise _Unfoldable
            else:
                members.update(range(lo, hi + 1))
                out.extend(
                    (sre_constants.LITERAL, low) for c in range(lo, hi + 1) if (low := _lower_char(c)) is not None
                )
        elif op in (sre_constants.NEGATE, sre_constants.CATEGORY):
            out.append((op, arg))
        else:
            raise _Unfoldable
    if case_sensitive:
        # A case-sensitive class may be kept only if it holds both cases of each letter: "(?-i:[Kk])" but not
        # "(?-i:[A-Z])", which lower-cased text never matches.
        for c in members:
            other = chr(c).swapcase()
            if _cased(c) and len(other) == 1 and ord(other) not in members:
                raise _Unfoldable
    return out


def _fold(items: Any, case_sensitive: bool) -> None:
    """Lower-case the letters of a parsed sequence in place and drop IGNORECASE from its groups."""
    data = items.data if hasattr(items, "data") else items
    for i, (op, arg) in enumerate(data):
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            low = _lower_char(arg)
            if low is None or (case_sensitive and _cased(arg)):
                raise _Unfoldable  # "(?-i:may)" is not "May", which lower-cased text cannot tell apart
            data[i] = (op, low)
        elif op is sre_constants.IN:
            data[i] = (op, _fold_class(arg, case_sensitive))
        elif op is sre_constants.SUBPATTERN:
            group, add, delete, sub = arg
            _fold(sub, (case_sensitive or bool(delete & _I)) and not add & _I)
            data[i] = (op, (group, add & ~_I, delete & ~_I, sub))
        elif op in _REPEATS:
            _fold(arg[2], case_sensitive)
        elif op is sre_constants.BRANCH:
            for branch in arg[1]:
                _fold(branch, case_sensitive)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _fold(arg[1], case_sensitive)
        elif op is sre_constants.ATOMIC_GROUP:
            _fold(arg, case_sensitive)
        elif op is sre_constants.GROUPREF_EXISTS:
            for branch in arg[1:]:
                if branch is not None:
                    _fold(branch, case_sensitive)
        elif op not in (sre_constants.AT, sre_constants.ANY, sre_constants.CATEGORY, sre_constants.GROUPREF):
            raise _Unfoldable


def fold_pattern(pattern: str, flags: int) -> re.Pattern[str] | None:
    """``pattern`` (compiled with ``flags``, which hold IGNORECASE) as a case-sensitive pattern for lower-cased
    text, or None where that cannot be done."""
    if not flags & _I or flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
        _fold(parsed, False)
    except (_Unfoldable, re.error, RecursionError):
        return None
    parsed.state.flags &= ~_I
    return sre_compile.compile(parsed, flags & ~_I)  # type: ignore[no-any-return]


class _LowerCache:
    """The lower-cased form of the text searched last: many patterns search one sentence in turn."""

    __slots__ = ("lowered", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.lowered: str | None = None

    def __call__(self, text: str) -> str | None:
        if text is self.text:
            return self.lowered
        low = text.lower()
        self.text, self.lowered = text, (low if len(low) == len(text) else None)
        return self.lowered


_lowered = _LowerCache()


class LoweredMatch:
    """A match found in the lower-cased text, whose groups are read from the original text."""

    __slots__ = ("_m", "re", "string")

    def __init__(self, m: re.Match[str], string: str, pattern: LoweredPattern) -> None:
        self._m = m
        self.string = string
        self.re = pattern  # the pattern as its callers know it ("m.re is _CUE")

    def group(self, *groups: int | str) -> Any:
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        start, end = self._m.span(groups[0] if groups else 0)
        return None if start < 0 else self.string[start:end]

    def __getitem__(self, group: int | str) -> str | None:
        return self.group(group)  # type: ignore[no-any-return]

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        return tuple(default if (g := self.group(i)) is None else g for i in range(1, self.re.groups + 1))

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        return {name: default if (g := self.group(name)) is None else g for name in self.re.groupindex}

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    @property
    def pos(self) -> int:
        return self._m.pos

    @property
    def endpos(self) -> int:
        return self._m.endpos

    def __repr__(self) -> str:
        return f"<LoweredMatch span={self.span()} match={self.group()!r}>"


class LoweredPattern:
    """An IGNORECASE pattern with the same search methods, run over the lower-cased text where it can be.

    ``sub``, ``split`` and ``findall`` run the original pattern: their results are made of the text itself."""

    __slots__ = ("_folded", "flags", "groupindex", "groups", "original", "pattern")

    def __init__(self, original: re.Pattern[str], folded: re.Pattern[str]) -> None:
        self.original = original
        self._folded = folded
        self.pattern = original.pattern
        self.flags = original.flags
        self.groups = original.groups
        self.groupindex = original.groupindex

    def _run(self, method: str, string: str, pos: int, endpos: int) -> LoweredMatch | re.Match[str] | None:
        low = _lowered(string)
        if low is None:
            return getattr(self.original, method)(string, pos, endpos)  # type: ignore[no-any-return]
        m = getattr(self._folded, method)(low, pos, endpos)
        return None if m is None else LoweredMatch(m, string, self)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> LoweredMatch | re.Match[str] | None:
        low = _lowered(string)
        if low is None:
            return self.original.search(string, pos, endpos)
        m = self._folded.search(low, pos, endpos)
        return None if m is None else LoweredMatch(m, string, self)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> LoweredMatch | re.Match[str] | None:
        low = _lowered(string)
        if low is None:
            return self.original.match(string, pos, endpos)
        m = self._folded.match(low, pos, endpos)
        return None if m is None else LoweredMatch(m, string, self)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> LoweredMatch | re.Match[str] | None:
        return self._run("fullmatch", string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[LoweredMatch] | Iterator[re.Match[str]]:
        low = _lowered(string)
        if low is None:
            return self.original.finditer(string, pos, endpos)
        return (LoweredMatch(m, string, self) for m in self._folded.finditer(low, pos, endpos))

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.original.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.original.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.original.split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.original.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LoweredPattern({self.pattern!r})"


def compile_lowered(pattern: str, flags: int) -> re.Pattern[str] | LoweredPattern:
    """``re.compile(pattern, flags)``, as a :class:`LoweredPattern` where IGNORECASE can be folded away."""
    original = re.compile(pattern, flags)
    folded = fold_pattern(pattern, flags)
    return original if folded is None else LoweredPattern(original, folded)
