"""Transliteration-tolerant place-name keys. Pure functions, no data files.

Two keys per name:

* ``strict_key``: accents and ʿ/ʾ/’ folded, lower-cased, Arabic article tokens dropped
  (al-, el-, as-, ash-, ad-, ar-, at-, an-, az-, ez- ...), "Abu"/"Al Bu"/"Albu" unified to
  "bu", spaces and hyphens removed, doubled letters collapsed. "Al-Bukamal", "Albukamal",
  "Al Bu Kamal" and "Abu Kamal" all give ``bukamal``.
* ``loose_key``: the strict key with common transliteration variants merged: ou/oo -> u,
  ee -> i, ei/ey/ai/ay -> ai, aw -> u, e -> a, o -> u, q -> k, dh/th/zh -> z, -iya(h) -> ia,
  final -ah/-eh -> a. "Bayji" = "Baiji", "Deir ez-Zor" = "Dayr az Zawr", "Raqqah" = "Raqqa".

The loose key is deliberately coarse; callers rank loose-only matches below strict ones and
never accept them across countries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "as",
        "es",
        "ash",
        "esh",
        "ad",
        "ed",
        "adh",
        "ar",
        "er",
        "at",
        "et",
        "ath",
        "an",
        "en",
        "az",
        "ez",
        "aj",
        "ul",
    }
)
"""Arabic definite-article spellings, dropped wherever they stand as a separate token."""

_ABU = frozenset({"abu", "abou", "abo", "bu", "albu", "abi"})

_APOSTROPHES = str.maketrans({c: "" for c in "'’‘ʿʾʼʻ`´\"“”"})
_SPLIT = re.compile(r"[\s\-_./,()]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_DOUBLE = re.compile(r"(.)\1+")
# ``_DOUBLE``'s replacement, its first group: a function that ``sub`` calls in C, where the template r"\1" has ``re``
# parse it and expand it in Python at every call
_FIRST = itemgetter(1)
_EE = re.compile(r"ee", re.IGNORECASE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")

# Order matters: digraphs before single letters. Each rule with a string that every match of its pattern holds: a key
# without it is left as it is, without the cost of a ``sub``.
_LOOSE_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), r, needed)
    for p, r, needed in (
        (r"ou|oo|ow(?![aeiou])", "u", "o"),
        (r"(?:ei|ey|ay|ai)", "ai", ""),
        (r"aw(?![aeiou])", "u", "aw"),
        (r"iyy?a", "ia", "iy"),
        (r"(?:dh|th|zh)", "z", "h"),
        (r"q", "k", "q"),
        (r"e", "a", "e"),
        (r"o", "u", "o"),
        (r"(?<=[aiu])h$", "", "h"),
    )
)


def fold(text: str) -> str:
    """Accents and ʿ/ʾ/’ removed, lower-cased; non-Latin letters are kept."""
    if text.isascii():  # the common case: no decomposition needed
        # (the ASCII ones of the apostrophes, dropped by ``replace``: ``translate`` looks each character up in a dict)
        return text.replace("'", "").replace("`", "").replace('"', "").lower()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(fold(name)) if t]


def _arabic_key(name: str) -> str:
    """Key for Arabic-script names: diacritics and the article ال dropped, letter forms unified."""
    s = _ARABIC_DIACRITICS.sub("", name)
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"}))
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split()]
    return "".join(words)


@lru_cache(maxsize=65536)
def strict_key(name: str) -> str:
    """The exact-ish key: articles dropped, Abu/Albu unified, separators and doubled letters removed."""
    if _ARABIC.search(name):
        return _arabic_key(name)
    out: list[str] = []
    toks = _tokens(name)
    for i, tok in enumerate(toks):
        if tok in ARTICLES and i + 1 < len(toks):
            continue
        if tok in _ABU:
            out.append("bu")
            continue
        if tok.startswith("albu") and len(tok) > 5:
            tok = tok[2:]
        # (a folded ASCII word of letters and digits has nothing else to drop)
        out.append(tok if tok.isascii() and tok.isalnum() else _NON_ALNUM.sub("", tok))
    return _DOUBLE.sub(_FIRST, "".join(out))


_WORD_FINAL_H = re.compile(r"(?<=[aiuAIU])[hH](?= )")


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """The strict key with common transliteration variants merged (see module docstring)."""
    if "ee" in name.lower():
        # before strict_key collapses doubled letters: "Heet" is Hit, not "het"
        name = _EE.sub("i", name)
    if "h " in name or "H " in name:
        # a word's final h after a vowel, as the key's own last one below: "Kunah Masi" is Kuna Masi
        name = _WORD_FINAL_H.sub("", name)
    key = strict_key(name)
    if not key or not key.isascii():
        return key
    for pattern, repl, needed in _LOOSE_RULES:
        if needed in key:
            key = pattern.sub(repl, key)
    return _DOUBLE.sub(_FIRST, key)


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (after folding accents)."""
    return fold(name).isascii()


def plausible_latin_name(name: str) -> bool:
    """Filter GeoNames alternates that are codes or consonant-only transliterations ("TQD", "hsybt")."""
    f = fold(name)
    if not f.isascii() or len(f) < 3:
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return bool(re.search(r"[aeiou]", f))
