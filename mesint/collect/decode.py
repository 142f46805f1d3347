"""Bytes to text: refuse binary, sniff the encoding, normalise. Pure."""

from __future__ import annotations

import unicodedata

from mesint.errors import InputError

# Control characters other than tab/newline/carriage return/form feed betray a binary file.
_ALLOWED_CONTROLS = {9, 10, 12, 13}
_FALLBACK_ENCODINGS = ("cp1252", "cp1256")  # Western and Arabic Windows code pages, common in old reports


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not a report."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _ALLOWED_CONTROLS)
    return bool(head) and controls / len(head) > 0.01


def decode_text(raw: bytes, *, name: str = "input") -> str:
    """Decode report bytes to NFC text with ``\\n`` line ends, or raise ``InputError``."""
    if looks_binary(raw):
        raise InputError(f"{name}: looks like a binary file, not a text, HTML or Markdown report")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(raw, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode_legacy(raw: bytes, name: str) -> str:
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # A sensible decode is mostly letters, digits, punctuation and spaces.
        odd = sum(1 for ch in text if unicodedata.category(ch) in {"Cc", "Co", "Cn"} and ch not in "\t\n\r\f")
        if not text or odd / len(text) < 0.001:
            return text
    raise InputError(f"{name}: not UTF-8 and cannot be decoded sensibly; re-save the file as UTF-8")
