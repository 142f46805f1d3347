"""The actor alias table: every name in use for an armed actor, mapped to one canonical ACLED-style actor.

The table lives in ``mesint/data/actors.yaml``; :func:`load_actor_table` reads and validates it once.
:meth:`ActorTable.find` finds every actor mention in a text with one compiled regular expression: the
aliases are folded into a character trie, so the engine branches on the next character instead of
trying hundreds of alternatives at each position, and the match at a position is the longest alias
ending on a word boundary. Case, validity dates and country restrictions are checked on the few
candidates the expression finds, not in the expression itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mesint.errors import DataFileError
from mesint.extract.prefilter import NOT_WORD, compile_gated, compile_scanning
from mesint.slotinit import slot_init

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: 5x faster

ACTOR_KINDS: dict[str, int] = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other forces": 8,
}
"""ACLED actor types and their interaction codes."""

COUNTRY_PLACEHOLDER = "{country}"

_ENTRY_KEYS = frozenset({"canonical", "kind", "inter", "country", "aliases", "parent", "note"})
_ALIAS_KEYS = frozenset({"name", "valid_from", "valid_to", "country", "case_sensitive"})

# Hyphens, dashes and white space separate words interchangeably ("Al-Sham", "Al Sham", "Iraq – Dijla").
_SEPARATORS = "\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015"
_SEPARATOR_RUN = compile_gated(f"[{_SEPARATORS}]+")
_SEPARATOR_PATTERN = f"[{_SEPARATORS}]+"
_APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4"
_APOSTROPHE = compile_gated(f"[{_APOSTROPHES}]")
_APOSTROPHE_PATTERN = f"[{_APOSTROPHES}]"
_WORD = compile_gated(r"\w+")
_WORD_CHAR = compile_gated(r"\w")
_MEMO_LIMIT = 20_000  # spellings remembered per (country, date) before the memo starts again
_MEMO_CONTEXTS = 2_000  # (country, date) pairs remembered
_OPEN_BRACKET = compile_gated(r"\s*\(\s*")
_CLOSE_BRACKET = compile_gated(r"\s*\)")
# Every character below U+0100 that is no word character, and every one from U+0100 on (``ActorTable._scan``)
_BEFORE_WORD = "[" + "".join(f"\\x{i:02x}" for i in range(256) if not re.match(r"\w", chr(i))) + "\u0100-\U0010ffff]"
_UNFILLED = compile_gated(r"\s*\(\{country\}\)| of \{country\}|\{country\}\s*")


def alias_key(name: str) -> str:
    """The form aliases are compared in: lower case, one kind of apostrophe, separators as one space."""
    return _SEPARATOR_RUN.sub(" ", _APOSTROPHE.sub("'", name.lower())).strip()


def _country_key(country: str | None) -> str | None:
    return country.strip().casefold() if country and country.strip() else None


def fill_country(canonical: str, country: str | None) -> str:
    """Fill ``{country}`` placeholder; with no country, drop it ("Civilians ({country})" -> "Civilians")."""
    if COUNTRY_PLACEHOLDER not in canonical:
        return canonical
    if country:
        return canonical.replace(COUNTRY_PLACEHOLDER, country)
    return _UNFILLED.sub("", canonical).strip()


@dataclass(frozen=True, slots=True)
class Alias:
    """One name of an actor, with the dates and the country in which it names that actor."""

    name: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    country: str | None = None  # the alias names this actor only in events in this country
    case_sensitive: bool | None = None  # None: acronyms ("IS", "SDF") in capitals, other words in any case

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    def exact_words(self) -> tuple[tuple[int, str], ...]:
        """The words (by position) that must match letter for letter, capitals included."""
        words = _WORD.findall(self.name)
        if self.case_sensitive is True:
            return tuple(enumerate(words))
        if self.case_sensitive is False:
            return ()
        return tuple((i, w) for i, w in enumerate(words) if len(w) >= 2 and w.isupper())


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical actor of the table."""

    canonical: str  # may hold "{country}", filled per event
    kind: str  # ACLED actor type
    inter: int  # ACLED interaction code, 1-8
    country: str | None
    aliases: tuple[Alias, ...]
    parent: str | None = None
    note: str | None = None

    def name_for(self, country: str | None = None) -> str:
        """The canonical name, with ``{country}`` filled from ``country`` or the entry's own country."""
        return fill_country(self.canonical, country or self.country)


@slot_init
@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One actor mention: ``text[start:end]`` names ``canonical``."""

    start: int
    end: int
    text: str
    canonical: str  # {country} already filled
    kind: str
    inter: int
    country: str | None  # the actor's own country; the event's when the entry has none (ISIS, {country})


# What a matched spelling resolves to: (length used, (canonical, kind, inter, country) or None), or None
# when no alias fits its case.
_Resolved = tuple[int, tuple[str, str, int, str | None] | None] | None


@slot_init
@dataclass(frozen=True, slots=True)
class _Candidate:
    """An alias as the matcher uses it: its entry, its restrictions, the words whose case must match."""

    entry: ActorEntry
    alias: Alias
    country_key: str | None
    exact_words: tuple[tuple[int, str], ...]

    def case_ok(self, matched: str) -> bool:
        if not self.exact_words:
            return True
        words = _WORD.findall(matched)
        return all(i < len(words) and words[i] == w for i, w in self.exact_words)


_ROLLED_UP_INTO = frozenset({"Syrian National Army (SNA)"})


class ActorTable:
    """The validated alias table and its matcher. Build it with :func:`load_actor_table`."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        by_key: dict[str, list[_Candidate]] = {}
        for entry in self.entries:
            for alias in entry.aliases:
                candidate = _Candidate(entry, alias, _country_key(alias.country), alias.exact_words())
                by_key.setdefault(alias_key(alias.name), []).append(candidate)
        self._by_key: dict[str, tuple[_Candidate, ...]] = {k: tuple(v) for k, v in by_key.items()}
        self._by_canonical: dict[str, ActorEntry] = {}
        # factions coded as the army they belong to (ACLED-style codings name the SNA, not its factions)
        self._rolled: dict[str, ActorEntry] = {}
        placeholders: list[tuple[re.Pattern[str], ActorEntry]] = []
        for entry in self.entries:
            self._by_canonical.setdefault(alias_key(entry.canonical), entry)
            if COUNTRY_PLACEHOLDER in entry.canonical:
                head, _, tail = alias_key(entry.canonical).partition(COUNTRY_PLACEHOLDER)
                rx = re.compile(re.escape(head) + r"(?P<country>[^()]+?)" + re.escape(tail))
                placeholders.append((rx, entry))
        self._placeholders = tuple(placeholders)
        for entry in self.entries:
            if entry.parent in _ROLLED_UP_INTO and (parent := self._by_canonical.get(alias_key(entry.parent))):
                self._rolled[entry.canonical] = parent
        trie = _trie(self._by_key)
        # Matched against lower-cased text without IGNORECASE: the engine's fast literal checks then apply.
        self._pattern = re.compile(r"(?<!\w)(?:" + trie + r")(?!\w)")
        # The same matches for ``find``'s search, run on the lower-cased text behind one space, each match opening
        # with the character before the alias (the space at the start): the engine then tries the trie only after a
        # character that is no word character, found in a tight loop, where ``_pattern`` is tried at every position.
        # Only where every alias opens with an ASCII letter or digit (else ``_scan`` is None). That character is
        # read with a set (a bitmap test; a "\W" costs a Unicode lookup per try) that also holds every character
        # from U+0100 on: ``find`` drops the rare match behind such a letter. An ASCII "\b" then rules out a try
        # where no word follows (a third of the tries, in masked blank stretches) before the trie's first branch
        # tests its 29 alternatives.
        self._scan = (
            compile_scanning(_BEFORE_WORD + r"(?a:\b)(?:" + trie + r")(?!\w)", 0, {NOT_WORD})
            if all(k[:1].isascii() and k[:1].isalnum() for k in self._by_key)
            else None
        )
        self._memo: dict[tuple[str | None, dt.date | None], dict[str, _Resolved]] = {}
        # spellings whose actor depends on the date ("Mahdi Army": itself until June 2014, then Saraya al-Salam)
        self._period_keys = frozenset(
            k for k, cands in self._by_key.items() if any(c.alias.valid_from or c.alias.valid_to for c in cands)
        )
        self.has_periods = bool(self._period_keys)
        # what a dated spelling can stand for: only a mention read as one of these may read otherwise on another day
        self.period_canonicals = frozenset(
            c.entry.canonical for k in self._period_keys for c in self._by_key[k]
        )
        self._period_memo: dict[str, bool] = {}
        self._period_rx = re.compile("|".join(re.escape(k) for k in sorted(self._period_keys, key=len, reverse=True)))

    def period_bound(self, name: str) -> bool:
        """Whether what ``name`` stands for depends on the date ("Mahdi Army gunmen" names one such alias)."""
        if not self.has_periods:
            return False
        known = self._period_memo.get(name)
        if known is None:
            if len(self._period_memo) > _MEMO_LIMIT:
                self._period_memo.clear()
            known = self._period_memo[name] = self._period_rx.search(alias_key(name)) is not None
        return known

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def alias_count(self) -> int:
        return sum(len(e.aliases) for e in self.entries)

    def rolled_up(self, match: ActorMatch | None) -> ActorMatch | None:
        """``match`` named as the army its faction belongs to ("Ahrar al-Sharqiya": the SNA), or None if it is not
        such a faction."""
        parent = self._rolled.get(match.canonical) if match is not None else None
        if parent is None or match is None:
            return None
        return replace(match, canonical=parent.canonical, kind=parent.kind, inter=parent.inter, country=parent.country)

    def get(self, name: str, country: str | None = None) -> ActorEntry | None:
        """The entry whose alias or canonical name is ``name`` (case-insensitive), or None.

        Filled placeholder names resolve too: "Civilians (Iraq)" gives the "Civilians ({country})" entry.
        """
        key = alias_key(name)
        entry = self._by_canonical.get(key)
        if entry is not None:
            return entry
        candidates = self._by_key.get(key)
        if candidates:
            return _choose(candidates, _country_key(country)).entry
        for rx, entry in self._placeholders:
            if rx.fullmatch(key):
                return entry
        return None

    def find(
        self, text: str, *, country: str | None = None, on: dt.date | None = None, lowered: str | None = None
    ) -> list[ActorMatch]:
        """Every actor mention in ``text``, left to right, non-overlapping, the longest alias at each place.

        ``country`` is the event's country: it fills ``{country}`` and selects country-bound aliases
        ("terrorists" are rebels in Syria and ISIS in Iraq). ``on`` drops aliases outside their
        validity dates ("Jabhat al-Nusra" is HTS from 2017); a name outside its dates is skipped whole,
        not read as a shorter alias inside it. ``lowered``: ``text.lower()``, where the caller has it already.
        """
        ckey = _country_key(country)
        if lowered is None or len(lowered) != len(text):  # (equal lengths: the same as ``_lower(text)``)
            lowered = _lower(text)
        # (``_scan`` finds an alias at ``start`` as the match of the character before it, at ``start`` in ``padded``)
        scan, padded, shift = (self._pattern, lowered, 0) if self._scan is None else (self._scan, " " + lowered, 1)
        # A spelling resolves the same way for the same country and date: resolve each one once, across calls
        # (find runs sentence by sentence, and the same few names recur in every sentence).
        if len(self._memo) > _MEMO_CONTEXTS:  # many event dates: start again rather than grow without bound
            self._memo.clear()
        memo = self._memo.setdefault((country, on), {})
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        found: list[ActorMatch] = []
        pos = 0
        while True:
            m = scan.search(padded, pos)
            if m is None:
                return _merge_appositions(text, found)
            start, end = m.start(), m.end() - shift
            if shift and padded[start] > "\u00ff" and _WORD_CHAR.match(padded, start):
                pos = start + 1  # (behind a letter from U+0100 on: no alias starts there)
                continue
            matched = text[start:end]
            if matched in memo:
                resolved = memo[matched]
            else:
                resolved = memo[matched] = self._resolve(matched, lowered[start:end], ckey, on, country)
            if resolved is None:  # only case-bound aliases here ("IS" for "is"): move on
                pos = start + 1
                continue
            length, actor = resolved
            pos = start + length
            if actor is not None:  # None: a known name, but not valid on this date or in this country
                found.append(ActorMatch(start, pos, text[start:pos], *actor))

    def _resolve(
        self, matched: str, lowered: str, ckey: str | None, on: dt.date | None, country: str | None
    ) -> _Resolved:
        """(length, actor fields) for the longest alias at the start of ``matched`` whose case agrees."""
        end = len(matched)
        while True:
            head = matched[:end]
            candidates = [c for c in self._by_key.get(alias_key(head), ()) if c.case_ok(head)]
            if candidates:
                usable = [
                    c
                    for c in candidates
                    if c.alias.valid_on(on) and (ckey is None or c.country_key in (None, ckey))
                ]
                if not usable:
                    return end, None
                entry = _choose(usable, ckey).entry
                return end, (entry.name_for(country), entry.kind, entry.inter, entry.country or country)
            # The longest alias failed on case: try the longest shorter one that ends on a word boundary.
            limit = end - 1
            while True:
                m = self._pattern.match(lowered, 0, limit) if limit > 0 else None
                if m is None:
                    return None
                end = m.end()
                if end >= len(matched) or not _WORD_CHAR.match(matched, end):
                    break
                limit = end - 1


# "PKK-affiliated", "Iran-backed", "US-led": a sponsor named as a prefix of the actor that acts
_SPONSOR_GAP = re.compile(
    r"-(?:affiliated|aligned|linked|allied|backed|sponsored|supported|funded|armed|trained|loyal|leaning|inspired)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}"
)


_BRANCH_OF = re.compile(r"['’]s?\s+(?:branch|affiliate|wing|arm|offshoot|franchise|province)\b", re.I)
_LED_BY_GAP = re.compile(r",?\s+(?:led|spearheaded|headed|dominated)\s+by\s+(?:the\s+)?")


def _merge_appositions(text: str, found: list[ActorMatch]) -> list[ActorMatch]:
    """One mention for "Sinjar Resistance Units (YBS)": a name and its bracketed alias for the same actor."""
    if len(found) < 2:
        return found
    merged = [found[0]]
    for b in found[1:]:
        a = merged[-1]
        if b.canonical != a.canonical and _SPONSOR_GAP.fullmatch(text, a.end, b.start):
            merged[-1] = b  # "the PKK-affiliated Sinjar Resistance Units", "US-backed SDF": the sponsor is no party
            continue
        branch = _BRANCH_OF.match(text, b.end) is not None and re.fullmatch(r",\s*", text[a.end : b.start])
        if b.canonical != a.canonical and branch:
            merged[-1] = b  # "the Khalid bin al-Walid Army, ISIS's branch in southern Syria": the group it belongs to
            continue
        if b.canonical != a.canonical and a.text[:1].islower() and _LED_BY_GAP.fullmatch(text, a.end, b.start):
            merged[-1] = b  # "the jihadist factions, led by Hayat Tahrir al-Sham": the group that leads them
            continue
        if b.canonical == a.canonical and _OPEN_BRACKET.fullmatch(text, a.end, b.start):
            close = _CLOSE_BRACKET.match(text, b.end)
            if close:
                end = close.end()
                merged[-1] = ActorMatch(
                    a.start, end, text[a.start : end], a.canonical, a.kind, a.inter, a.country
                )
                continue
        merged.append(b)
    return merged


def _lower(text: str) -> str:
    """``text`` in lower case, character for character, so offsets stay those of ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() never shortens a character, so equal length means 1:1
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _choose(candidates: Iterable[_Candidate], ckey: str | None) -> _Candidate:
    """Prefer an alias bound to the event's country, then an unbound one, in table order."""
    ordered = list(candidates)
    if ckey is not None:
        for c in ordered:
            if c.country_key == ckey:
                return c
    for c in ordered:
        if c.country_key is None:
            return c
    return ordered[0]


def _trie(keys: Iterable[str]) -> str:
    """One expression for all alias keys (lower case), as a character trie."""
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        if ch == " ":
            return _SEPARATOR_PATTERN
        if ch == "'":
            return _APOSTROPHE_PATTERN
        return re.escape(ch)

    def build(node: dict[str, Any], ranks: dict[str, int]) -> str:
        # The engine tries a node's alternatives in turn: the likelier letters first. An alternative that opens with
        # a letter or digit matches where no other one can, so its place changes no match; the others (a separator's
        # or an apostrophe's class, punctuation, which may overlap) keep their order, ahead of the letters.
        def order(ch: str) -> tuple[int, int, str]:
            return (1, ranks.get(ch, len(ranks)), ch) if ch.isalnum() else (0, 0, ch)

        branches = [piece(ch) + build(node[ch], _LETTER_RANK) for ch in sorted(node, key=order) if ch]
        if not branches:
            return ""
        if "" in node:
            # Try the longer aliases first, then the one ending here: an empty last alternative, the same as a greedy
            # "(?:...)?" but run as a plain branch, without a repeat's bookkeeping at every word the trie enters.
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(root, _INITIAL_RANK)


# Letters by how often they open an English word, and by how often they occur at all
_INITIAL_RANK = {ch: i for i, ch in enumerate("tasoiwcbphfmdrelngukvyjqxz")}
_LETTER_RANK = {ch: i for i, ch in enumerate("etaoinshrdlcumwfgypbvkjxqz")}


# --------------------------------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------------------------------


def _fail(path: str, where: str, message: str) -> DataFileError:
    return DataFileError(f"{path}: {where}: {message}")


def _date(value: Any, path: str, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, where, f"{value!r} is not a date (write YYYY-MM-DD)")


def _optional_str(value: Any, path: str, where: str, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, where, f"'{field}' must be a non-empty string or null, not {value!r}")
    return value.strip()


def _parse_alias(raw: Any, path: str, where: str) -> Alias:
    if isinstance(raw, str):
        if not raw.strip():
            raise _fail(path, where, "an alias is empty")
        return Alias(raw.strip())
    if not isinstance(raw, Mapping):
        raise _fail(path, where, f"an alias must be a string or a mapping with 'name', not {raw!r}")
    unknown = set(raw) - _ALIAS_KEYS
    if unknown:
        raise _fail(path, where, f"unknown alias keys {sorted(unknown)}; allowed: {sorted(_ALIAS_KEYS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, where, f"alias {dict(raw)!r} has no 'name'")
    where = f"{where}, alias {name!r}"
    valid_from = _date(raw.get("valid_from"), path, where)
    valid_to = _date(raw.get("valid_to"), path, where)
    if valid_from and valid_to and valid_from > valid_to:
        raise _fail(path, where, f"valid_from {valid_from} is after valid_to {valid_to}")
    case = raw.get("case_sensitive")
    if case is not None and not isinstance(case, bool):
        raise _fail(path, where, f"'case_sensitive' must be true or false, not {case!r}")
    country = _optional_str(raw.get("country"), path, where, "country")
    return Alias(name.strip(), valid_from, valid_to, country, case)


def _parse_entry(raw: Any, index: int, path: str) -> ActorEntry:
    where = f"entry {index + 1}"
    if not isinstance(raw, Mapping):
        raise _fail(path, where, f"an entry must be a mapping, not {type(raw).__name__}")
    canonical = raw.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise _fail(path, where, "'canonical' is missing or empty")
    canonical = canonical.strip()
    where = f"entry {index + 1} ({canonical!r})"
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
    kind = raw.get("kind")
    if kind not in ACTOR_KINDS:
        raise _fail(path, where, f"kind {kind!r} is not one of: {', '.join(ACTOR_KINDS)}")
    inter = raw.get("inter")
    if not isinstance(inter, int) or isinstance(inter, bool) or not 1 <= inter <= 8:
        raise _fail(path, where, f"inter {inter!r} must be an ACLED interaction code 1-8")
    if inter != ACTOR_KINDS[kind]:
        raise _fail(
            path, where, f"inter {inter} does not agree with kind {kind!r} (inter {ACTOR_KINDS[kind]})"
        )
    if "country" not in raw:
        raise _fail(path, where, "'country' is missing (write null for none)")
    country = _optional_str(raw.get("country"), path, where, "country")
    raw_aliases = raw.get("aliases")
    if not isinstance(raw_aliases, list) or not raw_aliases:
        raise _fail(path, where, "'aliases' must be a non-empty list")
    aliases = [_parse_alias(a, path, where) for a in raw_aliases]
    # The canonical name is itself a name in use ("Syrian Democratic Forces (SDF)"), unless it is a template.
    if COUNTRY_PLACEHOLDER not in canonical and alias_key(canonical) not in {
        alias_key(a.name) for a in aliases
    }:
        aliases.insert(0, Alias(canonical))
    parent = _optional_str(raw.get("parent"), path, where, "parent")
    note = raw.get("note")
    return ActorEntry(canonical, kind, inter, country, tuple(aliases), parent, str(note) if note else None)


# A state's name and the adjective its forces are named by ("Republic of Turkey": "Turkish army")
STATE_ADJECTIVE = {
    "turkey": "Turkish", "türkiye": "Turkish", "iraq": "Iraqi", "syria": "Syrian", "syrian arab republic": "Syrian",
    "russian federation": "Russian", "russia": "Russian", "iran": "Iranian", "islamic republic of iran": "Iranian",
    "israel": "Israeli", "jordan": "Jordanian", "united states": "US", "the united states": "US",
}  # fmt: skip


# What a state's forces are named by besides "army": "Israeli tanks shelled ...", "Russian warplanes struck ...".
_EQUIPMENT = (
    "tanks", "artillery", "howitzers", "warplanes", "fighter jets", "jets", "aircraft", "drones", "drone",
    "helicopters", "helicopter", "gunships", "gunboats", "warships", "troops", "soldiers", "patrol", "patrols",
    "air defences", "air defenses", "missiles", "rockets", "snipers", "officers", "advisers", "advisors",
    "military police", "special forces", "personnel", "bombers", "service members", "servicemen", "servicemembers",
    # ("attacked a Turkish position near Kani Masi": the post is the army's)
    "position", "positions", "outpost", "outposts",
    # ("the Syrian and Russian air forces struck Khan Shaykhun")
    "air force", "air forces",
)  # fmt: skip
_POSTS = frozenset({"position", "positions", "outpost", "outposts"})
_NATIONAL_ARMY = compile_gated(r"^(?P<adj>[A-Z][a-z]+|US) (?:army|military|forces)$")


def _with_equipment_aliases(entries: list[ActorEntry]) -> list[ActorEntry]:
    """A state's forces named by their weapons or troops, derived from its "<Adjective> army" aliases.

    Derived only for the national military entries and never over a name the table already gives another actor.
    """
    taken = {alias_key(a.name) for e in entries for a in e.aliases}
    out: list[ActorEntry] = []
    for entry in entries:
        derived: list[Alias] = []
        if entry.canonical.startswith("Military Forces of") and COUNTRY_PLACEHOLDER not in entry.canonical:
            for alias in entry.aliases:
                m = _NATIONAL_ARMY.match(alias.name)
                if not m:
                    continue
                for noun in _EQUIPMENT:
                    if noun in _POSTS and m.group("adj") == "Iranian":
                        continue  # "Iranian positions" in Syria are mostly held by the militias Iran backs
                    name = f"{m.group('adj')} {noun}"
                    if alias_key(name) not in taken:
                        taken.add(alias_key(name))
                        derived.append(replace(alias, name=name))
        out.append(replace(entry, aliases=entry.aliases + tuple(derived)) if derived else entry)
    return out


def parse_actor_table(data: Any, path: str = "<actors>") -> ActorTable:
    """Validate a parsed actors file (``version: 1``, ``actors: [...]``) and build the table."""
    if not isinstance(data, Mapping):
        raise _fail(path, "top level", "expected a mapping with 'version' and 'actors'")
    if data.get("version") != 1:
        raise _fail(
            path, "top level", f"unsupported version {data.get('version')!r}; this release reads version 1"
        )
    raw_entries = data.get("actors")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise _fail(path, "top level", "'actors' must be a non-empty list")
    entries = _with_equipment_aliases([_parse_entry(raw, i, path) for i, raw in enumerate(raw_entries)])
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        key = alias_key(entry.canonical)
        if key in seen:
            raise _fail(path, f"entry {i + 1} ({entry.canonical!r})", "canonical name listed twice")
        seen.add(key)
    for i, entry in enumerate(entries):
        if entry.parent is not None and alias_key(entry.parent) not in seen:
            raise _fail(
                path, f"entry {i + 1} ({entry.canonical!r})", f"parent {entry.parent!r} is not an entry"
            )
    return ActorTable(entries)


def read_actor_table(path: str | Path) -> ActorTable:
    """Read and validate an actors file from disk (a user's own table)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read the actor table: {exc.strerror or exc}") from exc
    return _parse_text(text, str(path))


def _parse_text(text: str, path: str) -> ActorTable:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
    return parse_actor_table(data, path)


@lru_cache(maxsize=1)
def load_actor_table() -> ActorTable:
    """The bundled actor table (``mesint/data/actors.yaml``), read and validated once."""
    resource = resources.files("mesint") / "data" / "actors.yaml"
    return _parse_text(resource.read_text(encoding="utf-8"), "mesint/data/actors.yaml")
