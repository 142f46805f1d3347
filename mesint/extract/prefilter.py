"""Cheap substring tests that rule a regular expression out before it runs.

Most cue, date and casualty patterns cannot match a sentence that lacks one of a few words ("shell",
"mortar", "killed"). ``required_literals`` reads a pattern's parse tree and returns literal strings of which
at least one must occur in any match; a plain ``in`` check on the lower-cased text then skips the regular
expression for most sentences.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import functools
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_MIN_LITERAL = 3
_MAX_RUN_STRINGS = 64  # (a run of literals through alternations, as so many strings at most)


# Words in nearly every sentence: a literal made of them says nothing, however long it is (" the ", "of the").
_COMMON = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "was", "were", "is",
        "are", "has", "have", "had", "that", "this", "it", "its", "their", "as",
    ]
)  # fmt: skip


def _weight(lit: str) -> int:
    words = lit.split()
    return 0 if words and all(w in _COMMON for w in words) else len(lit.strip())


def _selectivity(found: frozenset[str]) -> tuple[int, int]:
    # The weakest literal decides how often the set fires ("an " fires everywhere, "attack" rarely);
    # among equals, fewer literals are fewer chances.
    return (min(_weight(lit) for lit in found), -len(found))


def _required(items: object) -> list[frozenset[str]]:
    """Literal sets of which every match of ``items`` (a parsed sequence) holds one member each."""
    out: list[frozenset[str]] = []
    # the strings the current run of literals may be: an alternation of plain strings inside the run multiplies
    # them ("(?:us|u\.s\.|american) " is "us ", "u.s. " or "american ", where "us" alone is too short to test); a
    # "\b" does not end the run (it matches no character), and a lookbehind's closing literals begin one
    # ("(?<=\bThe )(?-i:US|U\.S\.)": "the us", "the u.s.")
    curs = [""]
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            c = chr(arg).lower()
            curs = [cur + c for cur in curs]
            continue
        if op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY:
            continue
        if op is sre_constants.BRANCH:
            strings = _strings([(op, arg)])
        elif op is sre_constants.SUBPATTERN:
            strings = _strings(arg[-1])  # (its flags only say which case: the strings are lower-cased)
        else:
            strings = None
        if strings is not None and len(curs) * len(strings) <= _MAX_RUN_STRINGS:
            curs = [cur + t for cur in curs for t in strings]
            continue
        if all(len(cur) >= _MIN_LITERAL for cur in curs):
            out.append(frozenset(curs))
        curs = [""]
        if op is sre_constants.ASSERT and arg[0] == -1:
            for sub_op, sub_arg in reversed(list(arg[1])):  # (the literals it ends with)
                if sub_op is not sre_constants.LITERAL:
                    break
                curs[0] = chr(sub_arg).lower() + curs[0]
        if op is sre_constants.SUBPATTERN:
            out += _required(arg[-1])
        elif op is sre_constants.BRANCH:
            branches = [_best(_required(b)) for b in arg[1]]
            if all(b is not None for b in branches):
                out.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            out += _required(arg[2])
        elif op is sre_constants.ASSERT:
            # A positive lookahead or lookbehind is not part of the match, but the text must hold it.
            out += _required(arg[1])
    if all(len(cur) >= _MIN_LITERAL for cur in curs):
        out.append(frozenset(curs))
    return out


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return max(sets, key=_selectivity) if sets else None


def _parse(pattern: str) -> object | None:
    try:
        return sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-case strings of which one occurs in every match of ``pattern``, or None when unknown.

    Of the several such sets a pattern may have, the most selective."""
    parsed = _parse(pattern)
    best = _best(_required(parsed)) if parsed is not None else None
    return tuple(sorted(best)) if best else None


def required_literal_sets(pattern: str, most: int = 2) -> tuple[tuple[str, ...], ...]:
    """Up to ``most`` of the most selective literal sets, each of which a text must hit to match ``pattern``:
    "sources said" needs a noun from one list and a verb from another."""
    parsed = _parse(pattern)
    # (ties broken by the literals themselves: the same sets whatever the order of iteration of a set of sets)
    found = set(_required(parsed)) if parsed is not None else set()
    sets = sorted(found, key=lambda s: (_selectivity(s), sorted(s)), reverse=True)
    return tuple(tuple(sorted(s)) for s in sets[:most])


def literal_strings(pattern: str) -> list[str] | None:
    """Every string ``pattern`` matches, lower-cased, in the pattern's order, where it is a finite alternation of
    literals ("died|lost (?:his|her) lives"); None where it holds anything else (a class, a repeat, an anchor)."""
    parsed = _parse(pattern)
    return _strings(parsed) if parsed is not None else None


def _strings(items: object) -> list[str] | None:
    out = [""]
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            out = [s + chr(arg).lower() for s in out]
            continue
        if op is sre_constants.SUBPATTERN and not arg[1] and not arg[2]:
            found = _strings(arg[-1])
        elif op is sre_constants.BRANCH:
            branches = [_strings(b) for b in arg[1]]
            found = None if any(b is None for b in branches) else [t for b in branches for t in b]  # type: ignore[union-attr]
        else:
            return None
        if found is None:
            return None
        out = [s + t for s in out for t in found]
    return out


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_ANCHORS = [(sre_constants.AT, sre_constants.AT_BEGINNING), (sre_constants.AT, sre_constants.AT_BEGINNING_STRING)]
_MAX_FIRST = 60  # a gate that lets most characters through is not worth its test


# Categories a gate can name as they are (a digit is any Unicode digit, not only 0-9): stored as negative numbers
NOT_WORD = -3  # "\\W", also for :func:`compile_scanning`
_CATEGORIES = {sre_constants.CATEGORY_DIGIT: -1, sre_constants.CATEGORY_SPACE: -2, sre_constants.CATEGORY_NOT_WORD: NOT_WORD}
_CATEGORY_TEXT = {-1: r"\d", -2: r"\s", NOT_WORD: r"\W"}


def _class_chars(items: object) -> set[int] | None:
    chars: set[int] = set()
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            chars.add(arg)
        elif op is sre_constants.RANGE and arg[1] - arg[0] < 256:
            chars.update(range(arg[0], arg[1] + 1))
        elif op is sre_constants.CATEGORY and arg in _CATEGORIES:
            chars.add(_CATEGORIES[arg])
        else:  # a negated class, a word character: any of many characters
            return None
    return chars


def _first_chars(items: object, ignorecase: bool) -> tuple[set[int] | None, bool]:
    """(the characters a match of the parsed sequence ``items`` can begin with, whether it can match empty);
    None when unknown."""
    chars: set[int] = set()
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            return chars | {arg}, False
        if op is sre_constants.IN:
            found = _class_chars(arg)
            return (None if found is None else chars | found), False
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the match still begins at the next item
        if op is sre_constants.SUBPATTERN:
            if (arg[1] & re.IGNORECASE and not ignorecase) or arg[1] & (re.ASCII | re.LOCALE | re.UNICODE):
                return None, False  # "(?i:...)" in a case-sensitive pattern: its letters match either case
            sub, nullable = _first_chars(arg[-1], ignorecase)
        elif op is sre_constants.BRANCH:
            sub, nullable = set(), False
            for branch in arg[1]:
                found, empty = _first_chars(branch, ignorecase)
                if found is None:
                    return None, False
                sub |= found
                nullable = nullable or empty
        elif op in _REPEATS:
            sub, nullable = _first_chars(arg[2], ignorecase)
            nullable = nullable or arg[0] == 0
        else:  # any character, a category, a back-reference
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def _cased(c: int) -> bool:
    return chr(c).lower() != chr(c).upper()


def _opens_blind(items: object, ignorecase: bool, multiline: bool = False) -> bool:
    """The engine has no first character to scan for: the parsed sequence opens with a zero-width test ("\\b", a
    lookbehind, but not an anchor to the start), a repeat, or (under IGNORECASE) a letter; it scans only for a
    literal or a class, or an alternation of literals, with no case to fold. (Under MULTILINE "^" is no anchor to the
    start: the engine tries such a pattern at every position.)"""
    data = list(items)  # type: ignore[call-overload]
    if not data:
        return False
    op, arg = data[0]
    if (op, arg) in _ANCHORS:
        return multiline and arg is sre_constants.AT_BEGINNING
    if op is sre_constants.SUBPATTERN:
        return _opens_blind(arg[-1], ignorecase, multiline)
    if op is sre_constants.LITERAL:
        return ignorecase and _cased(arg)
    if op is sre_constants.IN:
        return ignorecase and any(
            (o is sre_constants.LITERAL and _cased(a)) or (o is sre_constants.RANGE and any(map(_cased, range(a[0], a[1] + 1))))
            for o, a in arg
        )
    if op is sre_constants.BRANCH:
        return not all(
            b and b[0][0] is sre_constants.LITERAL and not (ignorecase and _cased(b[0][1])) for b in arg[1]
        )
    return True


def first_char_gate(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead for the characters its matches begin with, when that helps.

    A pattern that opens with ``\\b`` or a lookbehind gives the regex engine no first character to scan for, so
    it tries the whole pattern at every position: under IGNORECASE each alternative of a long word list costs a
    case fold there. The lookahead ``(?=[...])`` (read with the same flags, so it folds case the same way) turns
    most positions away with one test. It only restates what the pattern requires: the matches are the same."""
    gate = _gate(pattern, flags)
    return pattern if gate is None else f"(?={gate[0]})(?:{pattern})"  # around the whole: "\\bA|\\bB" is an alternation


def _gate(pattern: str, flags: int) -> tuple[str, set[int] | None] | None:
    """(the lookahead class of :func:`first_char_gate`, the characters it matches where they are exactly those
    listed, no case folded, else None), or None where ``pattern`` gets no gate."""
    if flags & (re.VERBOSE | re.LOCALE) or _GLOBAL_FLAGS.match(pattern):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if not _opens_blind(parsed, bool(flags & re.IGNORECASE), bool(flags & re.MULTILINE)):
        return None  # it opens with a character or a class (the engine scans for that) or with "^"
    chars, nullable = _first_chars(parsed, bool(flags & re.IGNORECASE))
    if chars is None or nullable:
        return None
    if len(chars) > _MAX_FIRST:
        return None
    if not flags & re.IGNORECASE:
        return "[" + _class_text(chars) + "]", chars
    if all(c < 128 for c in chars):
        # A case-sensitive class listing every character that IGNORECASE matches to these: the engine then tests
        # a bitmap instead of folding the case of each character it looks at.
        chars = {f for c in chars for f in _ascii_folds(c)}
        return "(?-i:[" + _class_text(chars) + "])", chars
    return "[" + _class_text(chars) + "]", None


# The characters other than its two cases that IGNORECASE matches to an ASCII letter (dotted and dotless i, the
# Kelvin sign, the long s); any other ASCII character matches only itself.
_EXTRA_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _ascii_folds(c: int) -> set[int]:
    if c < 0 or not chr(c).isalpha():
        return {c}
    low = chr(c).lower()
    return {ord(low), ord(low.upper()), *map(ord, _EXTRA_FOLDS.get(low, ""))}


def _class_text(chars: set[int]) -> str:
    return "".join(_CATEGORY_TEXT[c] if c < 0 else re.escape(chr(c)) for c in sorted(chars))


def compile_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` with :func:`first_char_gate`, and a leading word list grouped by first letter
    (:func:`factor_leading`)."""
    gate = _gate(pattern, flags)
    factored = factor_leading(pattern, flags)
    body = pattern if factored is None else factored  # (the same matches)
    if gate is None:
        chars = _category_class(pattern, flags)
        # (no start set to give: ``re``'s own info block, with the alternatives still literal-led)
        return _compile_scanning(body if chars is None else pattern, body, flags, chars) or _compile_possessive(body, flags)
    gated = f"(?={gate[0]})(?:{body})"
    if gate[1] is not None:
        scanning = _compile_scanning(gated, body, flags, gate[1])
        if scanning is not None:
            return scanning
    return _compile_scanning(gated, gated, flags, None) or _compile_possessive(gated, flags)


def _compile_possessive(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with the repeats :func:`_possessive` finds made possessive (the same matches);
    ``re.compile`` itself where ``re``'s compiler steps are not what this expects."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        all_flags = parsed.state.flags | flags
        if all_flags & (re.ASCII | re.LOCALE | re.DEBUG):
            return re.compile(pattern, flags)
        code: list[int] = []
        sre_compile._compile_info(code, parsed, all_flags)  # (the start set of the pattern as written)
        data = _optional_as_branch(parsed.data)
        sre_compile._compile(code, _possessive(data, bool(all_flags & re.IGNORECASE), None), all_flags)
        code.append(sre_constants.SUCCESS)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, number in groups.items():
            names[number] = name
        compiled: re.Pattern[str] = _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, groups, tuple(names))
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return re.compile(pattern, flags)
    return compiled


def _category_class(pattern: str, flags: int) -> set[int] | None:
    """The characters (categories as negative numbers) that ``pattern`` begins with, where it opens with a class
    holding "\\d", "\\s" or "\\W": ``re`` scans for such a class with a Unicode database test at each character,
    where the set :func:`_scan_charset` makes of them tests a bitmap. None for any other pattern."""
    if flags & (re.VERBOSE | re.LOCALE) or _GLOBAL_FLAGS.match(pattern):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if not parsed.data or parsed.data[0][0] is not sre_constants.IN:
        return None
    chars, nullable = _first_chars(parsed, bool(flags & re.IGNORECASE))
    if chars is None or nullable or len(chars) > _MAX_FIRST or all(c >= 0 for c in chars):
        return None
    if flags & re.IGNORECASE:
        if not all(c < 128 for c in chars):
            return None
        chars = {f for c in chars for f in _ascii_folds(c)}
    return chars


def compile_scanning(pattern: str, flags: int, chars: set[int]) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its search scanning for ``chars``: characters, and categories written as
    negative numbers (``NOT_WORD``, as in ``_CATEGORY_TEXT``), that hold every character a match of ``pattern``
    can begin with (see :func:`_compile_scanning`)."""
    return _compile_scanning(pattern, pattern, flags, chars) or re.compile(pattern, flags)


def _compile_scanning(gated: str, body: str, flags: int, chars: set[int] | None) -> re.Pattern[str] | None:
    """``body`` compiled with ``chars`` as the set of characters its search scans for: the pattern ``gated``
    (``body`` behind a lookahead for ``chars``), the same matches, without the lookahead's cost. Where ``chars`` is
    None, ``body`` (the same as ``gated``) keeps the info block ``re`` makes for it: only its alternatives are
    literal-led (:func:`_literal_led`).

    The engine tries a pattern that opens with a zero-width test at every position, the lookahead gate included,
    each try a call of its matcher; a pattern that opens with a class has that class in the compiled pattern's
    info block, and its search skips the characters outside it in a tight loop. That block only says where a
    match can begin, as the gate did, so here ``body`` gets one made from ``chars`` (``re`` makes one only from an
    opening class). Built with ``re``'s own compiler steps; None where they are not what this expects (another
    Python), for the caller to compile ``gated`` as it is."""
    try:
        parsed = sre_parse.parse(body, flags)
        all_flags = parsed.state.flags | flags
        low, high = parsed.getwidth()
        if low == 0 and chars is not None:
            return None  # (a gate is only made for a pattern that cannot match empty)
        prefix = [] if all_flags & re.IGNORECASE or chars is None else _literal_prefix(parsed.data, False)[0]
        if chars is None:
            info: list[int] = []
            sre_compile._compile_info(info, parsed, all_flags)
        elif prefix and len(prefix) <= low:
            # Every match opens with these characters: the search finds them in a much tighter loop than a set's
            # test of each character, then tries the whole pattern there (skip 0: from its start, "\\b" and all).
            info = [sre_constants.SRE_INFO_PREFIX, min(low, sre_compile.MAXCODE), min(high, sre_compile.MAXCODE)]
            info += [len(prefix), 0, *prefix, *sre_compile._generate_overlap_table(prefix)]
        else:
            info = [sre_constants.SRE_INFO_CHARSET, min(low, sre_compile.MAXCODE), min(high, sre_compile.MAXCODE)]
            sre_compile._compile_charset(_scan_charset(chars, all_flags), all_flags, info)
        code = info if chars is None else [sre_constants.INFO, len(info) + 1, *info]
        # (under ASCII or LOCALE a letter folds otherwise than ``_ascii_folds`` says: the alternatives stay whole)
        plain = not all_flags & (re.ASCII | re.LOCALE)
        data = _optional_as_branch(parsed.data)
        data = _literal_led(data, bool(all_flags & re.IGNORECASE)) if plain else data
        data = _possessive(data, bool(all_flags & re.IGNORECASE), None) if plain else data
        sre_compile._compile(code, data, all_flags)
        code.append(sre_constants.SUCCESS)
        groups = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for name, number in groups.items():
            names[number] = name
        compiled: re.Pattern[str] = _sre.compile(gated, all_flags, code, parsed.state.groups - 1, groups, tuple(names))
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return None
    return compiled


# What a character class or the opening of a sequence can match, for :func:`_possessive`: the characters (each with
# the cases IGNORECASE folds it to) and the categories; None where unknown (a negated class, a non-ASCII letter
# under IGNORECASE, a back-reference...).
_Firsts = tuple[frozenset[int], frozenset[object]]
_IGNORECASE = sre_constants.SRE_FLAG_IGNORECASE  # (an int: a RegexFlag's own "&" is slow)
_TESTS = {
    sre_constants.CATEGORY_SPACE: re.compile(r"\s"),
    sre_constants.CATEGORY_WORD: re.compile(r"\w"),
    sre_constants.CATEGORY_DIGIT: re.compile(r"\d"),
    sre_constants.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre_constants.CATEGORY_NOT_WORD: re.compile(r"\W"),
    sre_constants.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
}
# Categories no character is in both of (for str patterns, not under ASCII or LOCALE: no white space is a letter,
# a digit or "_"; no white space or digit has another case for IGNORECASE to fold it to)
_APART = {
    frozenset(pair)
    for pair in (
        (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_WORD),
        (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_DIGIT),
        (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_SPACE),
        (sre_constants.CATEGORY_DIGIT, sre_constants.CATEGORY_NOT_DIGIT),
    )
}


@functools.cache
def _folds(c: int, ignorecase: bool) -> frozenset[int] | None:
    """The characters that match ``c`` (None: unknown, a letter outside ASCII under IGNORECASE)."""
    if not ignorecase or not _cased(c):
        return frozenset((c,))
    return frozenset(_ascii_folds(c)) if c < 128 else None


def _class_firsts(items: object, ignorecase: bool) -> _Firsts | None:
    chars: set[int] = set()
    cats: set[object] = set()
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            found = _folds(arg, ignorecase)
        elif op is sre_constants.RANGE and arg[1] - arg[0] < 256:
            found: frozenset[int] | None = frozenset()
            for c in range(arg[0], arg[1] + 1):
                folds = _folds(c, ignorecase)
                if folds is None:
                    return None
                found = found | folds  # type: ignore[operator]
        elif op is sre_constants.CATEGORY and arg in _TESTS:
            cats.add(arg)
            continue
        else:  # a negated class, a wide range
            return None
        if found is None:
            return None
        chars |= found
    return frozenset(chars), frozenset(cats)


def _union(a: _Firsts, b: _Firsts) -> _Firsts:
    return a[0] | b[0], a[1] | b[1]


def _seq_firsts(items: object, ignorecase: bool, follow: tuple[_Firsts, bool] | None) -> tuple[_Firsts, bool] | None:
    """(what a match of the parsed sequence ``items`` followed by ``follow`` (its firsts, whether it can be
    empty: the end of the pattern) can begin with, whether that can be empty); None where unknown."""
    acc: _Firsts = (frozenset(), frozenset())
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            folds = _folds(arg, ignorecase)
            return None if folds is None else (_union(acc, (folds, frozenset())), False)
        if op is sre_constants.IN:
            found = _class_firsts(arg, ignorecase)
            return (None if found is None else (_union(acc, found), False))
        if op is sre_constants.ASSERT and arg[0] == 1:
            # a lookahead that consumes something: the next character is one it can begin with
            ahead = _seq_firsts(arg[1], ignorecase, None)
            if ahead is not None and not ahead[1]:
                return _union(acc, ahead[0]), False
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.SUBPATTERN:
            if arg[1] & ~_IGNORECASE or arg[2] & ~_IGNORECASE:
                return None
            inner = (ignorecase or bool(arg[1] & _IGNORECASE)) and not arg[2] & _IGNORECASE
            sub = _seq_firsts(arg[-1], inner, None)
        elif op is sre_constants.BRANCH:
            sub, firsts = None, (frozenset(), frozenset())
            nullable = False
            for branch in arg[1]:
                found = _seq_firsts(branch, ignorecase, None)
                if found is None:
                    return None
                firsts, nullable = _union(firsts, found[0]), nullable or found[1]
            sub = firsts, nullable
        elif op in _REPEATS or op is sre_constants.ATOMIC_GROUP:
            body = arg if op is sre_constants.ATOMIC_GROUP else arg[2]
            sub = _seq_firsts(body, ignorecase, None)
            if sub is not None and op is not sre_constants.ATOMIC_GROUP and arg[0] == 0:
                sub = sub[0], True
        else:  # any character, a back-reference, a conditional
            return None
        if sub is None:
            return None
        acc = _union(acc, sub[0])
        if not sub[1]:
            return acc, False
    if follow is None:
        return acc, True
    return _union(acc, follow[0]), follow[1]


def _apart(a: _Firsts, b: _Firsts) -> bool:
    """No character matches both ``a`` and ``b``."""
    if a[0] & b[0]:
        return False
    for chars, cats in ((a[0], b[1]), (b[0], a[1])):
        if any(_TESTS[k].match(chr(c)) for k in cats for c in chars):  # type: ignore[index]
            return False
    return all(frozenset((x, y)) in _APART for x in a[1] for y in b[1])


# Repeats :func:`_possessive` may make possessive. A lazy one too: where what follows cannot begin with a character
# of its class, every try of what follows fails until the run of that class ends (or its most is taken), where the
# possessive repeat stops at once; where that fails too, so does the lazy repeat (it can take no more).
_RUNS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def _has_run(items: object) -> bool:
    """Whether the parsed sequence ``items`` holds a greedy or lazy repeat of one character class (for
    :func:`_possessive`)."""
    for op, av in items:  # type: ignore[attr-defined]
        if op in _RUNS and len(av[2]) == 1 and av[2][0][0] in (sre_constants.IN, sre_constants.LITERAL):
            return True
        if op is sre_constants.SUBPATTERN or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if _has_run(av[-1]):
                return True
        elif op is sre_constants.BRANCH:
            if any(_has_run(b) for b in av[1]):
                return True
        elif op in _REPEATS and _has_run(av[2]):
            return True
    return False


def _possessive(
    items: list[tuple[object, object]], ignorecase: bool, follow: tuple[_Firsts, bool] | None
) -> list[tuple[object, object]]:
    """The parsed sequence ``items`` (followed by ``follow``, as in :func:`_seq_firsts`) with each greedy or lazy repeat
    of one character class made possessive where what comes after it can neither be empty nor begin with a character
    of that class: in "\\s+(?=in|by)", "[\\w-]+\\s+", giving back a character can only leave one that what follows
    fails on, so the engine's backtracking through the run (a long run of blanks left by masking, tried again for
    each way the words before it could match) finds nothing: the same matches, without those tries; in "\\s*?by", a
    lazy run tries what follows at each character of the run, every try but the last bound to fail."""
    if not _has_run(items):
        return list(items)
    # what can follow each item, from the end back
    afters: list[tuple[_Firsts, bool] | None] = [follow] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        afters[i] = _seq_firsts([items[i]], ignorecase, afters[i + 1])
    out: list[tuple[object, object]] = []
    for i, (op, av) in enumerate(items):
        after = afters[i + 1]
        if op is sre_constants.SUBPATTERN:
            group, add, drop, sub = av  # type: ignore[misc]
            if not (add & ~_IGNORECASE or drop & ~_IGNORECASE):
                inner = (ignorecase or bool(add & _IGNORECASE)) and not drop & _IGNORECASE
                av = group, add, drop, sre_parse.SubPattern(sub.state, _possessive(sub.data, inner, after))
        elif op is sre_constants.BRANCH:
            av = av[0], [sre_parse.SubPattern(b.state, _possessive(b.data, ignorecase, after)) for b in av[1]]  # type: ignore[index]
        elif op in _REPEATS:
            low, high, body = av  # type: ignore[misc]
            own = _seq_firsts(body, ignorecase, None)
            if (
                op in _RUNS
                and len(body) == 1
                and body[0][0] in (sre_constants.IN, sre_constants.LITERAL)
                and own is not None
                and after is not None
                and not after[1]
                and _apart(own[0], after[0])
            ):
                op = sre_constants.POSSESSIVE_REPEAT
            else:
                # after the body: the body again, or what follows the repeat
                again = None if own is None or after is None else (_union(own[0], after[0]), after[1])
                av = low, high, sre_parse.SubPattern(body.state, _possessive(body.data, ignorecase, again))
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            av = av[0], sre_parse.SubPattern(av[1].state, _possessive(av[1].data, ignorecase, None))  # type: ignore[index]
        out.append((op, av))
    return out

# What a body :func:`_optional_as_branch` rewrites may hold: no group of its own (a group's marks and ``lastindex``
# stay as the repeat leaves them only where there is none), no back-reference or conditional
_PLAIN_OPS = frozenset(
    [
        sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY, sre_constants.AT,
        sre_constants.CATEGORY, sre_constants.BRANCH, sre_constants.SUBPATTERN, sre_constants.ASSERT,
        sre_constants.ASSERT_NOT, *_REPEATS,
    ]
)  # fmt: skip


def _groupless(items: object) -> bool:
    for op, av in items:  # type: ignore[attr-defined]
        if op not in _PLAIN_OPS:
            return False
        if op is sre_constants.SUBPATTERN:
            if av[0] is not None or not _groupless(av[-1]):
                return False
        elif op is sre_constants.BRANCH:
            if not all(_groupless(b) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _groupless(av[2]):
                return False
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and not _groupless(av[1]):
            return False
    return True


def _optional_as_branch(items: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """The parsed sequence ``items`` with each greedy "(?:X)?" of more than one character written "(?:X|)": the
    engine tries X, then nothing, in that order either way, but for a repeat it first allocates a repeat context
    (a heap block) and runs its loop bookkeeping, where an alternation only saves and restores its place. Only where
    X holds no group and cannot match empty: the same matches, groups and ``lastindex``."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op is sre_constants.SUBPATTERN:
            group, add, drop, sub = av  # type: ignore[misc]
            av = group, add, drop, sre_parse.SubPattern(sub.state, _optional_as_branch(sub.data))
        elif op is sre_constants.BRANCH:
            av = av[0], [sre_parse.SubPattern(b.state, _optional_as_branch(b.data)) for b in av[1]]  # type: ignore[index]
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            av = av[0], sre_parse.SubPattern(av[1].state, _optional_as_branch(av[1].data))  # type: ignore[index]
        elif op in _REPEATS:
            low, high, body = av  # type: ignore[misc]
            body = sre_parse.SubPattern(body.state, _optional_as_branch(body.data))
            if (
                op is sre_constants.MAX_REPEAT
                and (low, high) == (0, 1)
                and not sre_compile._simple(body)
                and body.getwidth()[0] >= 1
                and _groupless(body.data)
            ):
                op, av = sre_constants.BRANCH, (None, [body, sre_parse.SubPattern(body.state, [])])
            else:
                av = low, high, body
        out.append((op, av))
    return out


def _literal_led(items: list[tuple[object, object]], blind: bool) -> list[tuple[object, object]]:
    """The parsed sequence ``items`` with each alternative that opens with a letter under IGNORECASE ("blind"), or
    with a case-exact class of a few characters, split into one alternative per character it can open with, each
    opening with a case-exact literal: the engine passes over such an alternative with one comparison, where a
    case-blind letter costs a call of its matcher and a class a call of its set test. The split alternatives never
    match at the same place and keep their place in the order: the same matches (a group in one is the same group
    in each)."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op is sre_constants.BRANCH:
            alternatives = []
            for alternative in av[1]:  # type: ignore[index]
                alternative = sre_parse.SubPattern(alternative.state, _literal_led(alternative.data, blind))
                chars = _opening_chars(alternative.data, blind)
                if chars is None:
                    alternatives.append(alternative)
                    continue
                for c in chars:
                    lead = sre_parse.SubPattern(alternative.state, [(sre_constants.LITERAL, c)])
                    exact = (sre_constants.SUBPATTERN, (None, 0, re.IGNORECASE if blind else 0, lead))
                    alternatives.append(sre_parse.SubPattern(alternative.state, [exact, *alternative.data[1:]]))
            out.append((op, (av[0], alternatives)))  # type: ignore[index]
        elif op is sre_constants.SUBPATTERN and not av[1] & ~re.IGNORECASE and not av[2] & ~re.IGNORECASE:  # type: ignore[index]
            group, add, drop, sub = av  # type: ignore[misc]
            inner = (blind or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE
            out.append((op, (group, add, drop, sre_parse.SubPattern(sub.state, _literal_led(sub.data, inner)))))
        elif op in _REPEATS or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            # ("(?:in|near)?", "(?<!\\b(?:no|any) )": an alternation inside splits the same way, the same matches;
            # a split alternative has the width of the whole, so a lookbehind keeps its fixed width)
            *head, sub = av  # type: ignore[misc]
            out.append((op, (*head, sre_parse.SubPattern(sub.state, _literal_led(sub.data, blind)))))
        else:
            out.append((op, av))
    return out


def _opening_chars(items: list[tuple[object, object]], blind: bool) -> list[int] | None:
    """The characters an alternative that :func:`_literal_led` splits opens with (None: it keeps it whole)."""
    if not items:
        return None
    op, av = items[0]
    if op is sre_constants.LITERAL and blind and av < 128 and _cased(av):  # type: ignore[operator]
        return sorted(_ascii_folds(av))  # type: ignore[arg-type]
    if op is sre_constants.IN and not blind and 1 < len(av) <= 4 and all(o is sre_constants.LITERAL for o, _ in av):  # type: ignore[arg-type]
        return sorted({a for _, a in av})  # type: ignore[misc]
    return None


_BOUNDARIES = ((sre_constants.AT, sre_constants.AT_BOUNDARY), (sre_constants.AT, sre_constants.AT_NON_BOUNDARY))


def _literal_prefix(items: object, started: bool) -> tuple[list[int], bool]:
    """(the characters, case-sensitive, that every match of the parsed sequence ``items`` opens with, whether
    they are all of it); a word boundary or lookaround before them is left for the match to test."""
    out: list[int] = []
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            out.append(arg)
            continue
        if not (out or started) and ((op, arg) in _BOUNDARIES or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT)):
            continue
        if op is sre_constants.SUBPATTERN and not (arg[1] or arg[2]):
            sub, whole = _literal_prefix(arg[-1], started or bool(out))
            out += sub
            if whole:
                continue
        return out, False
    return out, True


def _scan_charset(chars: set[int], flags: int) -> list[tuple[object, object]]:
    """The info block's set for ``chars``, in ``re``'s parsed form.

    The search tests every character of the text against it. A category ("\\d", "\\s") costs a Unicode
    database lookup per character; the set only needs to hold every character a match can begin with, so a
    category is written out as its members below 256 (a bitmap test) plus every character from 256 on (two
    comparisons): a few more places tried in a text with such characters, the same matches."""
    if all(c >= 0 for c in chars):
        return sre_compile._optimize_charset([(sre_constants.LITERAL, c) for c in sorted(chars)])[0]  # type: ignore[no-any-return]
    latin1 = {c for c in chars if 0 <= c < 256}
    for c in chars:
        if c < 0:
            member = re.compile(_CATEGORY_TEXT[c], flags & (re.ASCII | re.UNICODE))
            latin1.update(i for i in range(256) if member.match(chr(i)))
    charset: list[tuple[object, object]] = sre_compile._optimize_charset(
        [(sre_constants.LITERAL, c) for c in sorted(latin1)]
    )[0]
    return [*charset, (sre_constants.RANGE, (256, sys.maxunicode))]


# Letters no text that ``folds_plainly`` holds: a class may list them freely
_NOT_PLAIN = frozenset("\u0130\u0131\u017f")


def lower_safe(items: object, blind: bool) -> bool:
    """Whether the parsed sequence ``items`` (case-blind where ``blind``) matches a text that ``folds_plainly`` where,
    compiled case-sensitively, it matches the lower-cased text: its letters ASCII, lower-case where case-blind, and
    its classes holding the lower case of each letter they hold (and the upper case too where case-sensitive, with
    the Kelvin sign beside a k, which lower-cases to one)."""
    for op, arg in items:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            ch = chr(arg)
            if ch.lower() != ch.upper() and (not blind or ch != ch.lower() or not ch.isascii()):
                return False
        elif op is sre_constants.IN:
            chars: set[str] = set()
            negated = False
            for o, a in arg:
                if o is sre_constants.LITERAL:
                    chars.add(chr(a))
                elif o is sre_constants.RANGE:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                elif o is sre_constants.NEGATE:
                    negated = True
                elif o is not sre_constants.CATEGORY:
                    return False
            if negated:
                # ("[^.;]": lower-casing turns a letter into a letter, and leaves the rest as they are)
                if any(ch.lower() != ch.upper() for ch in chars):
                    return False  # a negated class of letters: not worth the reasoning
                continue
            for ch in chars - _NOT_PLAIN:
                low, up = ch.lower(), ch.upper()
                if low == up:
                    continue  # no letter
                if ch == "\u212a" and "k" in chars:
                    continue  # (the Kelvin sign lower-cases to a k: the k's own test below asks for the rest)
                if not ch.isascii() or low not in chars:
                    return False
                if not blind and (up not in chars or (low == "k" and "\u212a" not in chars)):
                    return False
        elif op is sre_constants.SUBPATTERN:
            _group, add, drop, sub = arg
            if (add | drop) & ~re.IGNORECASE:
                return False
            if not lower_safe(sub, (blind or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE):
                return False
        elif op is sre_constants.BRANCH:
            if not all(lower_safe(b, blind) for b in arg[1]):
                return False
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            if not lower_safe(arg[2], blind):
                return False
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if not lower_safe(arg[1], blind):
                return False
        elif op is sre_constants.NOT_LITERAL:
            if chr(arg).lower() != chr(arg).upper():
                return False  # ("[^.]" is safe as "[^.;]" is; a letter's is not worth the reasoning)
        elif op not in (sre_constants.AT, sre_constants.ANY):
            return False
    return True


def compile_on_lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind ``pattern`` compiled case-sensitively, to search the lower-cased text of a text that
    ``folds_plainly`` (same length, same offsets) for the same matches; None where that cannot be shown from its
    parse tree (:func:`lower_safe`). A long alternation of words pays for its case folding at every word it tries,
    and a case-blind first letter is a set to scan for where a lower-case one is a literal (a much tighter loop)."""
    if pattern.flags & (re.VERBOSE | re.LOCALE | re.ASCII) or not pattern.flags & re.IGNORECASE:
        return None
    source = _ungated(pattern.pattern, pattern.flags)  # (compiled below with a gate of its own)
    # ("UAVs", "MiG-\\d+": letters a case-blind part matches in either case, written lower-case first)
    source = lower_blind_letters(source, pattern.flags) or source
    try:
        parsed = sre_parse.parse(source, pattern.flags)
    except re.error:
        return None
    if not lower_safe(parsed, True):
        return None
    # The lower-cased text of one that folds plainly holds no upper-case ASCII letter, nor "ſ", "ı", "İ" or the Kelvin
    # sign: there a class of one letter's cases ("(?-i:[Ss\u017f])", as ``factor_leading`` writes a word list's first
    # letters) is that letter (a literal: one comparison, and a literal prefix for the search to scan for).
    source = _ONE_LETTER_CLASS.sub(_one_letter, source)
    return compile_gated(source, pattern.flags & ~re.IGNORECASE)


_ONE_LETTER_CLASS = re.compile("(?<!\\\\)\\(\\?-i:\\[([A-Za-z\u0130\u0131\u017f\u212a]+)\\]\\)")


def _one_letter(m: re.Match[str]) -> str:
    members = set(m.group(1))
    low = min(members).lower()  # (an ASCII letter sorts before the others)
    if low in members and all(c.lower() == low or c in _NOT_PLAIN or c == "\u212a" for c in members):
        return low
    return m.group(0)


def _ungated(pattern: str, flags: int) -> str:
    """``pattern`` without the lookahead that :func:`compile_gated` put before it, where it is that gate (which only
    restates what the rest requires: the same matches)."""
    if not pattern.startswith("(?="):
        return pattern
    close = _closing(pattern, 0)
    if close < 0 or not pattern.startswith("(?:", close + 1) or _closing(pattern, close + 1) != len(pattern) - 1:
        return pattern
    body = pattern[close + 4 : -1]
    gate = _gate(body, flags)
    return body if gate is not None and pattern[3:close] == gate[0] else pattern


def lower_blind_letters(pattern: str, flags: int) -> str | None:
    """``pattern`` with the ASCII letters of its case-blind parts lower-cased ("UAVs" -> "uavs", "[A-Z]" -> "[a-z]"),
    where that compiles to the very same program under ``flags`` (so the same matches); None where it does not, or
    where nothing would change. Letters inside "(?-i:...)", escapes and group names are left as they are.

    The two are compared with an empty group opening every alternative of both: the parser moves a prefix that all
    of an alternation's alternatives share out of it ("coalition|Coalition" becomes one word once lowered), which
    keeps the matches but not the program; the empty groups ("(?-x:)", which the parser keeps and no two of which
    it takes for the same prefix) keep it from doing that to either."""
    pieces: list[tuple[str, str] | None] = [None]  # (as written, lowered); None: where an empty group goes
    blind = [bool(flags & re.IGNORECASE)]  # case-blindness of each open group, innermost last
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            pieces.append((pattern[i : i + 2],) * 2)
            i += 2
        elif ch == "[":
            j = i + 1
            j += pattern[j : j + 1] == "^"
            j += pattern[j : j + 1] == "]"  # (a closing bracket first is a member)
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            body = pattern[i:j]
            pieces.append((body, _lower_unescaped(body) if blind[-1] else body))
            i = j
        elif ch == "(":
            head = _GROUP_HEAD.match(pattern, i)
            if head is None or head.group(3) == ")" or head.group(0) == "(?":
                return None  # (a global flag, or a construct this does not know)
            text = head.group(0)
            pieces.append((text, text))
            i = head.end()
            if text.endswith(")"):
                continue  # "(?P=name)", "(?#...)": no group opened
            if head.group(3) == ":":
                on, off = head.group(1) or "", head.group(2) or ""
                blind.append(("i" in on or blind[-1]) and "i" not in off)
            else:
                blind.append(blind[-1])
            pieces.append(None)
        elif ch == ")":
            if len(blind) > 1:
                blind.pop()
            pieces.append((ch, ch))
            i += 1
        else:
            pieces.append((ch, ch.lower() if blind[-1] and ch.isascii() else ch))
            i += 1
            if ch == "|":
                pieces.append(None)
    lowered = "".join(p[1] for p in pieces if p is not None)
    if lowered == pattern:
        return None
    try:
        programs = [
            sre_compile._code(sre_parse.parse("".join("(?-x:)" if p is None else p[k] for p in pieces), flags), flags)
            for k in (0, 1)
        ]
        sre_parse.parse(lowered, flags)
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return None
    return lowered if programs[0] == programs[1] else None


# A group's opening: "(", "(?:", "(?=", "(?<!", "(?P<name>", "(?-i:"; "(?P=name)" and "(?#...)" whole
_GROUP_HEAD = re.compile(r"\(\?(?:P<\w+>|P=\w+\)|#[^)]*\)|<?[=!]|([aiLmsux]*)(?:-([imsx]+))?(:|\)))?")


def _lower_unescaped(text: str) -> str:
    """``text`` with its ASCII letters lower-cased, those after a backslash left as they are ("\\W", "\\S")."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\":
            out.append(text[i : i + 2])
            i += 2
        else:
            out.append(text[i].lower() if text[i].isascii() else text[i])
            i += 1
    return "".join(out)


_PLAIN_FIRST = re.compile(r"[A-Za-z0-9 ]")
_LEADING_GROUP = re.compile(r"(?:\\b)?(\(\?:|\(\?P<\w+>)")
_CAPTURE = re.compile(r"\((?!\?)|\(\?P<")


def _closing(pattern: str, i: int) -> int:
    """The index of the ")" that closes the "(" at ``pattern[i]`` (-1: none)."""
    depth, in_class, j = 0, False, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[j + 1 : j + 2] == "]":
                j += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _plain_alternatives(alternative: str) -> list[str] | None:
    """``alternative`` as alternatives that each open with a plain character, in the same order: "(?:a|b)c" gives
    ["ac", "bc"] (the same matches, tried in the same order); None where it opens otherwise."""
    if alternative.startswith("(?:"):
        close = _closing(alternative, 0)
        rest = alternative[close + 1 :]
        if close < 0 or rest[:1] in ("?", "*", "+", "{") or _CAPTURE.search(rest):
            return None  # (a group in what follows would be repeated in each alternative: other group numbers)
        out: list[str] = []
        for inner in split_alternatives(alternative[3:close]):
            found = _plain_alternatives(inner + rest)
            if found is None:
                return None
            out += found
        return out
    if not alternative or not _PLAIN_FIRST.match(alternative) or alternative[1:2] in ("?", "*", "+", "{"):
        return None
    return [alternative]


def factor_leading(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` ("\\b(?:w1|w2|...)...", "w1|w2|..."), its word list grouped by first letter behind a case-exact
    class, or None where it has no such list.

    Under IGNORECASE the engine tries every word of a list at each word start, each with a case fold; grouped, it
    turns away every group but one with a bitmap test. Words of different first letters never match at the same
    place, and the words of a group keep their order: the matches are the same."""
    if not flags & re.IGNORECASE or flags & (re.VERBOSE | re.LOCALE) or _GLOBAL_FLAGS.search(pattern):
        return None
    whole = _plain_list(pattern)  # a bare word list: "killed|dead|died|..."
    if whole is not None:
        return _grouped(whole) if len(whole) >= 4 else None
    lead = _LEADING_GROUP.match(pattern)
    if lead is None:
        return None
    close = _closing(pattern, lead.start(1))
    if close < 0 or pattern[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return None
    alternatives = _plain_list(pattern[lead.end() : close])
    if alternatives is None or len(alternatives) < 4:
        return None
    return pattern[: lead.end()] + _grouped(alternatives) + pattern[close:]


def _plain_list(alternation: str) -> list[str] | None:
    """The alternatives of ``alternation``, each opening with a plain character (None: one does not)."""
    words: list[str] = []
    for alternative in split_alternatives(alternation):
        found = _plain_alternatives(alternative)
        if found is None:
            return None
        words += found
    return words


def _grouped(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (each opening with a plain character) grouped by its first character."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0].lower(), []).append(alternative[1:])
    parts = []
    for first, rests in groups.items():
        chars = sorted(_ascii_folds(ord(first)))
        tail = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        if len(chars) > 1 and not any(_CAPTURE.search(rest) for rest in rests):
            # One alternative per case, each opening with a plain character: the engine passes over an alternative
            # that opens with a literal with one comparison, where a class costs a call of its set test. (The
            # cases never match at the same place; a group would be repeated, so a list with one keeps the class.)
            parts += [f"(?-i:{re.escape(chr(c))})" + tail for c in chars]
            continue
        cls = re.escape(first) if len(chars) == 1 else "[" + "".join(re.escape(chr(c)) for c in chars) + "]"
        parts.append(f"(?-i:{cls})" + tail)
    return "|".join(parts)


@dataclass(frozen=True, slots=True)
class Prefiltered:
    """A compiled pattern with its required literal sets: a text that lacks one of them is not searched."""

    pattern: re.Pattern[str]
    literal_sets: tuple[tuple[str, ...], ...]

    @classmethod
    def compile(cls, pattern: str, flags: int = re.IGNORECASE) -> Prefiltered:
        return cls(compile_gated(pattern, flags), required_literal_sets(pattern))

    @property
    def literals(self) -> tuple[str, ...] | None:
        """The most selective set (None: the pattern requires no literal)."""
        return self.literal_sets[0] if self.literal_sets else None

    def possible(self, lowered: str) -> bool:
        # Plain loops, not all(any(...)): this runs for every sentence and pattern, and the generators cost more
        # than the substring tests they drive.
        for lits in self.literal_sets:
            for lit in lits:
                if lit in lowered:
                    break
            else:
                return False
        return True

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        # the engine's own iterator, not a generator around it: no Python frame resumed for each match
        if self.possible(lowered if lowered is not None else text.lower()):
            return self.pattern.finditer(text)
        return iter(())

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        if self.possible(lowered if lowered is not None else text.lower()):
            return self.pattern.search(text)
        return None

    def match(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        if self.possible(lowered if lowered is not None else text.lower()):
            return self.pattern.match(text)
        return None


def _second_sets(parts: tuple[Prefiltered, ...]) -> list[tuple[str, ...] | None]:
    return [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in parts]


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|b(c|d)|e" -> ["a", "b(c|d)", "e"])."""
    parts: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a closing bracket first is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


@dataclass(frozen=True, slots=True)
class PrefilteredAny:
    """A long alternation kept as its alternatives, each searched only where its own literals are: the leftmost
    match of any of them, as the alternation's search would find."""

    parts: tuple[Prefiltered, ...]
    # one Aho-Corasick pass finds the alternatives whose most selective literals occur, instead of a loop of ``in``
    # tests per alternative
    index: LiteralIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", LiteralIndex([p.literals for p in self.parts], _second_sets(self.parts)))

    @classmethod
    def compile(cls, pattern: str, flags: int = re.IGNORECASE) -> PrefilteredAny:
        return cls(tuple(Prefiltered.compile(p, flags) for p in split_alternatives(pattern)))

    def search(
        self, text: str, lowered: str | None = None, candidates: list[int] | None = None
    ) -> re.Match[str] | None:
        """``candidates``: the parts that may match, in order, where the caller's own index found them."""
        if candidates is None:
            candidates = self.index.candidates(lowered if lowered is not None else text.lower())
        best: re.Match[str] | None = None
        for i in candidates:  # (each part's second literal set is tested by the index too)
            part = self.parts[i]
            m = part.pattern.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


# Letters that IGNORECASE matches to an ASCII letter but whose lower case is no ASCII letter ("İ" lowers to "i" and a
# combining dot): a literal test on a text holding one can miss a match, so such a text is searched whole.
def folds_plainly(text: str) -> bool:
    """Whether a literal test on ``text.lower()`` is exact for the case-blind matches of a pattern in ``text``."""
    # Three substring tests (each a memchr-like pass, none at all in a text of one-byte characters) rather than a
    # regex search for the class "[İıſ]", which calls the engine's set test at every character.
    return text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text)


@dataclass(frozen=True, slots=True)
class PrefilteredAlternation:
    """``finditer`` of a long alternation, each alternative searched only where its own literals are.

    The whole pattern tries every alternative at every position; kept apart, an alternative whose words are absent
    costs nothing. The matches are the whole pattern's: at each step the leftmost match of any alternative, the
    first alternative in the pattern's order where several begin at the same place, the next searched from its end
    (no alternative matches the empty string, so there is no empty-match rule to follow)."""

    pattern: re.Pattern[str]  # the whole alternation, for a text a literal test cannot be trusted on
    parts: tuple[Prefiltered, ...]
    index: LiteralIndex = field(init=False, compare=False, repr=False)
    # each alternative searched in the lower-cased text where that finds its matches (see ``finditer``), else in the
    # text itself: (the pattern, whether it is for the lower-cased text)
    _searched: tuple[tuple[re.Pattern[str], bool], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", LiteralIndex([p.literals for p in self.parts], _second_sets(self.parts)))
        copies = [compile_on_lowered(p.pattern) for p in self.parts]
        searched = tuple((p.pattern, False) if c is None else (c, True) for p, c in zip(self.parts, copies, strict=True))
        object.__setattr__(self, "_searched", searched)

    @classmethod
    def compile(cls, pattern: str, flags: int = re.IGNORECASE, least: int = 2) -> PrefilteredAlternation | None:
        """None where splitting would not keep the matches (global flags, an alternative that can match empty) or
        ``pattern`` has fewer than ``least`` alternatives."""
        alternatives = split_alternatives(pattern)
        if len(alternatives) < least or _GLOBAL_FLAGS.search(pattern) or flags & re.VERBOSE:
            return None
        try:
            if any(sre_parse.parse(a, flags).getwidth()[0] == 0 for a in alternatives):
                return None
        except re.error:
            return None
        return cls(compile_gated(pattern, flags), tuple(Prefiltered.compile(a, flags) for a in alternatives))

    def finditer(
        self, text: str, lowered: str, candidates: list[int] | None = None
    ) -> Iterator[re.Match[str]]:
        """``candidates``: the alternatives that may match, in order, where the caller's own index found them.

        Where ``text`` folds plainly, an alternative whose case-sensitive copy finds the same matches in ``lowered``
        (``text`` lower-cased) is searched there: a match may be one of ``lowered``, with the same span (read the
        text matched from ``text``)."""
        if not folds_plainly(text):
            yield from self.pattern.finditer(text)
            return
        searched = self._searched
        pending: dict[int, re.Match[str]] = {}  # each live alternative's next match
        for i in self.index.candidates(lowered) if candidates is None else candidates:
            pattern, on_lowered = searched[i]
            m = pattern.search(lowered if on_lowered else text)
            if m is not None:
                pending[i] = m
        while pending:
            # the leftmost; of those beginning together, the first alternative (dicts keep the index order)
            first = min(pending.values(), key=_match_start)
            yield first
            end = first.end()
            for i, m in list(pending.items()):
                if m.start() < end:
                    pattern, on_lowered = searched[i]
                    after = pattern.search(lowered if on_lowered else text, end)
                    if after is None:
                        del pending[i]
                    else:
                        pending[i] = after


def _match_start(m: re.Match[str]) -> int:
    return m.start()


class LiteralIndex:
    """Which of many patterns can match a text, found in one Aho-Corasick pass over it.

    Testing each pattern's literals with ``in`` costs a Python loop over hundreds of literals per sentence;
    the automaton finds every literal present at once, and a pattern is a candidate when one of its
    literals is present (patterns without literals always are). A pattern may give a second set too ("sources
    said" needs a noun from one list and a verb from another): then one of each must be present.
    """

    def __init__(
        self, literal_sets: list[tuple[str, ...] | None], second_sets: list[tuple[str, ...] | None] | None = None
    ) -> None:
        import ahocorasick

        # (kept for ``JointIndex``, which puts several indexes' literals in one automaton)
        self.literal_sets = tuple(literal_sets)
        self.second_sets = tuple(second_sets) if second_sets is not None else (None,) * len(literal_sets)
        # Each literal's owners as one int with a bit per pattern: the owners of the hits are joined by OR-ing a few
        # ints, not by building a set of every owner of every hit (a common literal has many owners, and occurs
        # many times); what is found is a mask too, read back as indices once.
        self._always = sum(1 << i for i, lits in enumerate(literal_sets) if lits is None)
        self._always_sorted = _bit_indices(self._always)
        owners: dict[str, int] = {}
        for i, lits in enumerate(literal_sets):
            for lit in lits or ():
                owners[lit] = owners.get(lit, 0) | 1 << i
        # a second set's literals stand for the pattern's index plus ``_n`` in the automaton's values
        self.size = n = len(literal_sets)  # how many patterns
        self._n = n
        second = [i for i, lits in enumerate(second_sets or ()) if lits and literal_sets[i] is not None]
        for i in second:
            for lit in second_sets[i]:  # type: ignore[index]
                owners[lit] = owners.get(lit, 0) | 1 << (n + i)
        self._second = sum(1 << i for i in second)  # the patterns that need a literal of each set
        self._first = ((1 << n) - 1) & ~self._second  # those that need one of the first set only
        self._automaton = ahocorasick.Automaton()
        for lit, mask in owners.items():
            self._automaton.add_word(lit, mask)
        self._empty = not owners
        if not self._empty:
            self._automaton.make_automaton()

    def _found(self, lowered: str) -> int:
        # ``find_all`` hands each hit's (end, owners) to ``list.insert``, which keeps the owners (where in the list
        # does not matter): no iterator, no hit tuple; ``reduce`` ORs them in a C loop.
        owners: list[int] = []
        self._automaton.find_all(lowered, owners.insert)
        if not owners:
            return 0
        found: int = reduce(or_, owners)
        if self._second:
            # a pattern of two sets is found where its bit and its second set's bit (``_n`` higher) both are
            found = (found & self._first) | (found & (found >> self._n) & self._second)
        return found

    def candidates(self, lowered: str) -> list[int]:
        """Indices of the patterns that may match ``lowered`` (a lower-cased text), in index order."""
        if self._empty:
            return list(self._always_sorted)
        return self.candidates_in(self._found(lowered))

    def candidates_in(self, found: int) -> list[int]:
        """``candidates`` of a text in which ``JointIndex.found`` found ``found`` for this index."""
        if not found:
            return list(self._always_sorted)
        return _bit_indices(found | self._always)

    def present(self, lowered: str) -> list[int]:
        """Indices of the patterns one of whose literals occurs in ``lowered``, in index order; patterns without
        literals are left out (for a caller that knows none of them can match)."""
        if self._empty:
            return []
        return _bit_indices(self._found(lowered))

    def present_in(self, found: int) -> list[int]:
        """``present`` of a text in which ``JointIndex.found`` found ``found`` for this index."""
        return _bit_indices(found)


class JointIndex:
    """Several literal indexes in one automaton: one Aho-Corasick pass over a text finds, for each of them, what its
    own pass would (a unit's text is read for its cues, its gates, its aggregates and its dates: one pass, not four).

    ``found`` gives each index's ``_found`` mask, to be read with its ``candidates_in`` or by its ``present``-like
    callers. The masks are the same: an index's patterns keep their literal sets and second sets, only shifted by
    the patterns of the indexes before it, and every step of ``_found`` works bit by bit."""

    def __init__(self, indexes: Sequence[LiteralIndex]) -> None:
        literal_sets: list[tuple[str, ...] | None] = []
        second_sets: list[tuple[str, ...] | None] = []
        self._slices: list[tuple[int, int]] = []  # each index's (first bit, mask of its bits)
        for index in indexes:
            self._slices.append((len(literal_sets), (1 << index.size) - 1))
            literal_sets += index.literal_sets
            second_sets += index.second_sets
        self._index = LiteralIndex(literal_sets, second_sets)

    def found(self, lowered: str) -> list[int]:
        """For each index, in order, the mask its ``_found(lowered)`` gives."""
        found = 0 if self._index._empty else self._index._found(lowered)
        return [(found >> first) & bits for first, bits in self._slices]


def _bit_indices(mask: int) -> list[int]:
    """The positions of the bits set in ``mask``, lowest first (a few bits of a long int: one step per bit)."""
    out: list[int] = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def match_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins at one of ``starts`` (ascending).

    A pattern that opens with ``\\b`` and a long alternation is tried at every word by ``finditer``; when a
    cheaper scan already knows where a match can begin, trying only there gives the same matches.
    """
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            end = max(m.end(), pos + 1)
