"""IGNORECASE patterns run over lower-cased text: the same matches, groups read from the original text."""

from __future__ import annotations

import re

from mesint.extract.lowered import LoweredPattern, compile_lowered, fold_pattern


def test_a_folded_pattern_matches_where_the_ignorecase_pattern_does():
    folded = compile_lowered(r"\b(?P<v>killed|wounded)\s+(?P<n>\d+|two)\b", re.I)
    assert isinstance(folded, LoweredPattern)
    m = folded.search("Gunmen KILLED Two men near Tikrit")
    assert m is not None and m.span() == (7, 17)
    assert m.group("v") == "KILLED" and m["n"] == "Two"  # the original text's letters, not the lower-cased ones
    assert m.groups() == ("KILLED", "Two") and m.groupdict() == {"v": "KILLED", "n": "Two"}
    assert m.re is folded  # callers compare "m.re is _CUE"
    assert [x.group() for x in folded.finditer("killed 3 and Wounded two")] == ["killed 3", "Wounded two"]
    assert folded.match("x killed 3", 2).group() == "killed 3"
    assert folded.sub("#", "They killed 3.") == "They #."  # sub runs the original pattern


def test_a_text_that_lower_casing_lengthens_keeps_the_ignorecase_pattern():
    folded = compile_lowered(r"\bkilled\b", re.I)
    text = "İdlib: two KILLED"  # "İ".lower() is two characters: offsets would shift
    assert len(text.lower()) != len(text)
    m = folded.search(text)
    assert m is not None and m.span() == (11, 17) and m.group() == "KILLED"


def test_parts_that_tell_cases_apart_are_not_folded():
    assert fold_pattern(r"\b(?:will|(?-i:may))\b", re.I) is None  # "may" the verb, not "May" the month
    assert fold_pattern(r"(?-i:[A-Z])\w+ said", re.I) is None
    assert fold_pattern(r"(?=(?-i:[Kk]))killed", re.I) is not None  # a gate with both cases is kept
    assert fold_pattern(r"\bkilled\b", 0) is None  # a case-sensitive pattern has nothing to fold
    assert not isinstance(compile_lowered(r"(?-i:[A-Z])\w+", re.I), LoweredPattern)
