"""The news-outlet registry: who an attribution's outlet is, whom it speaks for, and how far to trust it.

The registry lives in ``mesint/data/outlets.yaml``; :func:`load_outlets` reads and validates it once.
:meth:`OutletTable.match` takes an outlet as a report prints it ("Al-Hashed.net Popular Mobilization
website", "IWN@A7_Mirza Twitter account of the IWN news website", "Ahval, a Turkish news website") and
finds the registry entry: exact name first, then without the medium words, then the first name the
text contains.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mesint.errors import DataFileError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

OUTLET_KINDS: frozenset[str] = frozenset(
    {
        "state media",
        "militant outlet",
        "monitor",
        "Kurdish media",
        "international wire",
        "international media",
        "government",
        "military",
        "think tank",
        "local media",
        "opposition media",
        "social media account",
        "international organization",
    }
)

RELIABILITY_GRADES: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
"""The Admiralty (NATO) source-reliability scale."""

_KEYS = frozenset({"name", "aliases", "kind", "country", "affiliation", "reliability", "independent_of"})
_REQUIRED = ("name", "kind", "country", "affiliation", "reliability")

# Words that name the medium, not the outlet: "SDF Press website", "Furat Post Twitter account".
_MEDIUM_SUFFIX = re.compile(
    r"(?:\s+(?:official|news|web|tv|telegram|twitter|x|facebook|youtube|instagram|whatsapp|media|"
    r"website|site|account|channel|page|feed|network|outlet|report|statement|broadcast|"
    r"on|its|the|of|in|a|an))+$"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|according to|a report by|a report in|a report on)\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc`\u00b4]")
_CONTAINED_MIN_LENGTH = 3  # "AP", "AA", "RT" match only as the whole outlet, never inside other words


@functools.lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    """``name`` with case, accents, apostrophes and punctuation folded: "Al-Hashed.net" -> "al hashed net"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return _NON_ALNUM.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Outlet:
    """One registry entry."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    affiliation: str | None
    reliability: str  # Admiralty grade A-F
    independent_of: tuple[str, ...] = ()

    @property
    def reliability_label(self) -> str:
        return RELIABILITY_GRADES[self.reliability]

    @property
    def affiliation_key(self) -> str | None:
        """The affiliation without qualifiers: "Iranian Revolutionary Guards (probable)" -> the same side."""
        if not self.affiliation:
            return None
        return outlet_key(re.sub(r"\([^)]*\)", "", self.affiliation)) or None


class OutletTable:
    """The validated registry and its tolerant name matcher. Build it with :func:`load_outlets`."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets: tuple[Outlet, ...] = tuple(outlets)
        index: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for name in (outlet.name, *outlet.aliases):
                index.setdefault(outlet_key(name), outlet)
        self._index = index
        contained = sorted((k for k in index if len(k) >= _CONTAINED_MIN_LENGTH), key=len, reverse=True)
        self._contained = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in contained) + r")\b")
        self._matched: dict[str, Outlet | None] = {}  # the same few attributions recur in every report and page

    def __len__(self) -> int:
        return len(self.outlets)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self.outlets)

    def get(self, name: str) -> Outlet | None:
        """The outlet whose name or alias is exactly ``name`` (case and punctuation folded)."""
        return self._index.get(outlet_key(name))

    def match(self, text: str) -> Outlet | None:
        """The outlet an attribution names, or None when it names none in the registry.

        Tried in order: the whole text; its first comma-separated part; that part without medium words
        ("website", "Twitter account", "channel"); the registry name that the text contains earliest
        (the longest of those starting there).
        """
        if text in self._matched:
            return self._matched[text]
        if len(self._matched) > 50_000:
            self._matched.clear()
        found = self._matched[text] = self._match(text)
        return found

    def _match(self, text: str) -> Outlet | None:
        key = outlet_key(text)
        if not key:
            return None
        head = outlet_key(re.split(r"[,(]", text, maxsplit=1)[0])
        for candidate in (key, head, _strip_medium(head), _strip_medium(key)):
            if candidate and candidate in self._index:
                return self._index[candidate]
        best: tuple[int, int, str] | None = None
        for m in self._contained.finditer(key):
            rank = (m.start(), -len(m.group()), m.group())
            if best is None or rank < best:
                best = rank
        return self._index[best[2]] if best else None

    def independent(self, a: Outlet | str, b: Outlet | str) -> bool:
        """Whether two outlets count as independent sources: different outlets, not of one affiliation.

        ``independent_of`` on either side overrides a shared affiliation.
        """
        oa = a if isinstance(a, Outlet) else self.match(a)
        ob = b if isinstance(b, Outlet) else self.match(b)
        if oa is None or ob is None:  # an unknown outlet: only the same name is known to be dependent
            return outlet_key(a.name if isinstance(a, Outlet) else a) != outlet_key(
                b.name if isinstance(b, Outlet) else b
            )
        if oa.name == ob.name:
            return False
        if ob.name in oa.independent_of or oa.name in ob.independent_of:
            return True
        return oa.affiliation_key is None or oa.affiliation_key != ob.affiliation_key


def _strip_medium(key: str) -> str:
    key = _LEADING_ARTICLE.sub("", key)
    return _MEDIUM_SUFFIX.sub("", key).strip()


# --------------------------------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------------------------------


def _fail(path: str, where: str, message: str) -> DataFileError:
    return DataFileError(f"{path}: {where}: {message}")


def _optional_str(raw: Mapping[str, Any], key: str, path: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, where, f"'{key}' must be a non-empty string or null, not {value!r}")
    return value.strip()


def _str_list(raw: Mapping[str, Any], key: str, path: str, where: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, f"'{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse_outlet(raw: Any, index: int, path: str) -> Outlet:
    where = f"entry {index + 1}"
    if not isinstance(raw, Mapping):
        raise _fail(path, where, f"an entry must be a mapping, not {type(raw).__name__}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, where, "'name' is missing or empty")
    where = f"entry {index + 1} ({name.strip()!r})"
    unknown = set(raw) - _KEYS
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise _fail(path, where, f"missing keys {missing} (write null for none)")
    kind = raw["kind"]
    if kind not in OUTLET_KINDS:
        raise _fail(path, where, f"kind {kind!r} is not one of: {', '.join(sorted(OUTLET_KINDS))}")
    grade = raw["reliability"]
    if grade not in RELIABILITY_GRADES:
        raise _fail(path, where, f"reliability {grade!r} is not an Admiralty grade A-F")
    return Outlet(
        name=name.strip(),
        aliases=_str_list(raw, "aliases", path, where),
        kind=kind,
        country=_optional_str(raw, "country", path, where),
        affiliation=_optional_str(raw, "affiliation", path, where),
        reliability=grade,
        independent_of=_str_list(raw, "independent_of", path, where),
    )


def parse_outlets(data: Any, path: str = "<outlets>") -> OutletTable:
    """Validate a parsed outlets file (``version: 1``, ``outlets: [...]``) and build the table."""
    if not isinstance(data, Mapping):
        raise _fail(path, "top level", "expected a mapping with 'version' and 'outlets'")
    if data.get("version") != 1:
        raise _fail(
            path, "top level", f"unsupported version {data.get('version')!r}; this release reads version 1"
        )
    raw = data.get("outlets")
    if not isinstance(raw, list) or not raw:
        raise _fail(path, "top level", "'outlets' must be a non-empty list")
    outlets = [_parse_outlet(r, i, path) for i, r in enumerate(raw)]
    names: dict[str, int] = {}
    for i, outlet in enumerate(outlets):
        key = outlet_key(outlet.name)
        if key in names:
            raise _fail(
                path, f"entry {i + 1} ({outlet.name!r})", f"name already used by entry {names[key] + 1}"
            )
        names[key] = i
    for i, outlet in enumerate(outlets):
        for other in outlet.independent_of:
            if outlet_key(other) not in names:
                raise _fail(
                    path, f"entry {i + 1} ({outlet.name!r})", f"independent_of names unknown outlet {other!r}"
                )
    return OutletTable(outlets)


def read_outlets(path: str | Path) -> OutletTable:
    """Read and validate an outlets file from disk (a user's own registry)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read the outlet registry: {exc.strerror or exc}") from exc
    return _parse_text(text, str(path))


def _parse_text(text: str, path: str) -> OutletTable:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc
    return parse_outlets(data, path)


@lru_cache(maxsize=1)
def load_outlets() -> OutletTable:
    """The bundled outlet registry (``mesint/data/outlets.yaml``), read and validated once."""
    resource = resources.files("mesint") / "data" / "outlets.yaml"
    return _parse_text(resource.read_text(encoding="utf-8"), "mesint/data/outlets.yaml")
