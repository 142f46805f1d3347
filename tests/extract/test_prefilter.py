"""The literal prefilter: a pattern is skipped only for texts it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import mesint.extract.assemble as assemble
import mesint.extract.casualties as casualties
from mesint.extract.dates import _PATTERNS as DATE_PATTERNS
from mesint.extract.event_types import load_cues
from mesint.extract.prefilter import (
    LiteralIndex,
    Prefiltered,
    compile_gated,
    first_char_gate,
    required_literal_sets,
    required_literals,
)
from mesint.extract.sentences import split_sentences

REPORTS = Path(__file__).resolve().parents[1] / "reports"


def test_the_most_selective_literal_is_chosen():
    # "an " and "the " occur in every sentence; "attack" does not.
    assert required_literals(r"\b(?:an |the |launched an? )attack\b") == ("attack",)
    assert required_literals(r"\bair raids?\b") == ("air raid",)


def test_an_optional_part_or_a_negative_lookaround_requires_nothing():
    assert required_literals(r"\b(?:heavy )?shelling\b") == ("shelling",)
    assert required_literals(r"(?<!withdrew )from\s+\w+") == ("from",)
    assert required_literals(r"\d+\s*km") is None  # "km" is shorter than a useful literal


def test_a_pattern_can_require_several_literals_at_once():
    sets = required_literal_sets(r"\b(?:sources?|officials?)\s+(?:said|told)\b")
    assert set(sets) == {("said", "told"), ("official", "source")}
    # A positive lookbehind is not part of the match, but the text must hold it.
    sets = required_literal_sets(r"(?<=province,)\s+(?:north|south)\s+of\b")
    assert ("province,",) in sets


def test_a_run_of_literals_reaches_through_an_alternation_of_plain_strings():
    # "us" alone is too short to test; with the space after it, each form is a literal of its own
    assert required_literals(r"\b(?:us|u\.s\.|american) (?:f|b|a)-\d+") == ("american ", "u.s. ", "us ")
    assert required_literals(r"\bthe (?:abc|de)x") == ("the abcx", "the dex")
    assert required_literals(r"\b(?:a|an)(?:b|)\d") is None  # ("a": too short to test)
    # a lookbehind's closing literals begin the run, "\b" does not end it, a group's strings continue it
    the_us = required_literals(r"\b(?<=\bThe )(?-i:United States|US|U\.S\.)\s")
    assert the_us == ("the u.s.", "the united states", "the us")
    assert required_literals(r"\bthe\b (?P<noun>front|units)") == ("the front", "the units")
    assert required_literals(r"(?<!the )us\b") is None  # (a negative lookbehind requires nothing)


def test_no_force_phrase_is_ruled_out_for_a_sentence_it_matches(sentences):
    """The generic force phrases' literals (read through alternations), over every sentence of the test reports."""
    for g in load_cues().generic_actors:
        for text in sentences:
            if g.pattern.search(text) is not None:
                lowered = text.lower()
                assert g.literals is None or any(lit in lowered for lit in g.literals), (g.canonical, text)
                second = g.second_literals
                assert second is None or any(lit in lowered for lit in second), (g.canonical, text)


def test_prefiltered_skips_only_texts_that_lack_a_required_literal():
    said = Prefiltered.compile(r"\b(?:sources?|officials?)\s+(?:said|told)\b", 0)
    assert said.search("Security sources said that ...")
    assert not said.possible("security sources reported that ...")  # no verb of the list
    assert not said.possible("the ministry said that ...")  # no noun of the list
    assert said.match("sources told AFP") is not None


def _sentences() -> list[str]:
    out = []
    for path in sorted(REPORTS.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [line[s:e] for s, e in split_sentences(line)]
    return out


def _module_patterns() -> list[tuple[str, re.Pattern[str], Prefiltered | None]]:
    found: list[tuple[str, re.Pattern[str], Prefiltered | None]] = []
    for module in (assemble, casualties):
        for name, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found.append((f"{module.__name__}.{name}", value.pattern, value))
            elif isinstance(value, re.Pattern):
                pre = Prefiltered(value, required_literal_sets(value.pattern))
                found.append((f"{module.__name__}.{name}", value, pre))
    book = load_cues()
    found += [(f"cue {i}", c.pattern, None) for i, c in enumerate(book.cues)]
    found += [(f"date {kind}", p, None) for kind, p in DATE_PATTERNS]
    return found


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = _sentences()
    assert len(texts) > 1000  # the test reports, every style
    return texts


def test_no_pattern_is_ruled_out_for_a_sentence_it_matches(sentences):
    """Over every sentence of the test reports: where a pattern matches, its literals are present."""
    for name, pattern, pre in _module_patterns():
        lits = required_literals(pattern.pattern)
        for text in sentences:
            if pattern.search(text) is None:
                continue
            lowered = text.lower()
            assert lits is None or any(lit in lowered for lit in lits), (name, text)
            assert pre is None or pre.possible(lowered), (name, text)


def test_the_cue_index_offers_every_cue_that_matches(sentences):
    book = load_cues()
    index = LiteralIndex([c.literals for c in book.cues])
    for text in sentences:
        offered = set(index.candidates(text.lower()))
        matching = {i for i, c in enumerate(book.cues) if c.pattern.search(text)}
        assert matching <= offered, text


def test_the_first_character_gate_names_what_a_match_begins_with():
    # IGNORECASE: a case-sensitive class with both cases and the other characters that fold to a letter
    assert first_char_gate(r"\b(?:shelled|mortars?)\b", re.I) == "(?=(?-i:[MSms\u017f]))(?:\\b(?:shelled|mortars?)\\b)"
    assert first_char_gate(r"\bkilled\b|\b\d+ dead", re.I) == (
        "(?=(?-i:[\\dKk\u212a]))(?:\\bkilled\\b|\\b\\d+ dead)"  # the Kelvin sign folds to k
    )
    assert first_char_gate(r"\b(?:heavy )?shelling", 0) == r"(?=[hs])(?:\b(?:heavy )?shelling)"
    # a letter under IGNORECASE or an optional item gives the engine nothing to scan for either
    assert first_char_gate(r"shell\w+", re.I) == "(?=(?-i:[Ss\u017f]))(?:shell\\w+)"
    assert first_char_gate(r",?\s+and", 0) == "(?=[\\s,])(?:,?\\s+and)"
    # nothing to gain or nothing known: a pattern that opens with a character, an anchor, a word class, or may be empty
    for pattern in (r"shell\w+", r"^\s*Near", r"\b\w+ed\b", r"\b(?:a|b)?", r"(?i)\bshell", r"\b(?i:a)b"):
        assert first_char_gate(pattern, 0) == pattern


def test_a_compiled_gate_scans_for_what_a_match_begins_with_and_finds_the_same_matches():
    # compile_gated gives the engine the gate's characters to scan for (its search skips the rest) instead of a
    # lookahead tried at every position; the pattern keeps the lookahead's text, its groups and its matches.
    texts = [
        "Shelled and KILLED 12 dead, and mortars \u212ailled ſhelled; x abc 12 ,  and",
        "The town was shelled, killing 3 dead and mortars. \u0130n abc-12",
        "",
    ]
    for source, flags in [
        (r"\b(?:shelled|mortars?)\b", re.I),
        (r"\bkilled\b|\b\d+ dead", re.I),
        (r",?\s+and", 0),
        (r"(?<!\w)(?P<word>abc|\d+)(?!\w)", 0),
        (r"(?<![\w-])(?:shell|kill|mortar|dead|and)\w*", re.I),
        # alternations inside a repeat and a lookbehind, split by their opening letters too
        (r"\b(?<!\b(?:no|an) )(?:(?:in|at|and)\s+)*(?:kill|dead|shell)\w*", re.I),
    ]:
        fast = compile_gated(source, flags)
        slow = re.compile(fast.pattern, flags)
        assert fast.pattern == first_char_gate(source, flags) != source
        assert (fast.groups, fast.groupindex, fast.flags) == (slow.groups, slow.groupindex, slow.flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ], (source, text)
            for pos in range(len(text) + 1):
                a, b = fast.match(text, pos), slow.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (source, text, pos)


def test_a_pattern_without_a_start_set_is_still_compiled_with_literal_led_alternatives():
    # (a first word of any letter: no start set to give, re's own info block; the same matches and groups)
    texts = ["Some 12 STRIKES near Idlib, two strikes in x and ſtrikes at Ab", "\u0130n nine strikes \u0131N a", ""]
    for source, flags in [
        (r"\b(?:\w+|\d+)\s+(?P<s>strikes?)\s+(?:in|near|at)\b", re.I),
        (r"(?:\w+ )?(?:in|nine)", re.I),
    ]:
        fast = compile_gated(source, flags)
        slow = re.compile(source, flags)
        assert fast.pattern == source and fast != slow  # (the program differs: its alternatives are split)
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ], (source, text)


def test_a_run_made_possessive_finds_the_same_matches():
    # compile_gated makes "\\s+" or "[\\w-]+" possessive only where what follows can neither be empty nor begin
    # with a character of the run; never where giving a character back could still let the pattern match.
    texts = [
        "Two Iraqi combatants were wounded" + " " * 40 + ".",
        "killed   in Anbar, wounded\t \ntwo-three men  and   in it; abc--x ab-x a\u00a0in",
        "WOUNDED IN  \u212aILLED   by x",
        "",
    ]
    for source, flags in [
        (r"\b(?:killed|wounded)\s+(?=in|by)\b", re.I),
        (r"\b(?:two|three)\s+(?:[\w'-]+,?\s+){0,4}?(?:were\s+)?wounded\b", re.I),
        (r"\b(?:killed|wounded)\s+(?:its\s+)?(?P<n>two|\d+)", re.I),
        (r"\b[\w-]+-x", 0),  # (a run followed by one of its own characters: kept greedy)
        (r"\b\w+\s+\s*in\b", re.I),
        (r"\bin\s+$|\band\s+", re.I),
        (r"(?:[a-z]+\s+)+(?-i:in)", re.I),
    ]:
        fast = compile_gated(source, flags)
        slow = re.compile(fast.pattern, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ], (source, text)
            for pos in range(len(text) + 1):
                a, b = fast.match(text, pos), slow.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (source, text, pos)


def test_a_lazy_run_made_possessive_finds_the_same_matches(sentences):
    # A lazy run of one class ("[\\w' .-]{2,30}?,") is made possessive where what follows can neither be empty nor
    # begin with a character of the class; kept lazy where it can ("[\\w ]{1,30}?\\s", a run at the pattern's end).
    from re import _constants as sre_constants
    from re import _parser as sre_parse

    from mesint.extract.prefilter import _possessive

    def opcodes(items: object) -> list[object]:
        out: list[object] = []
        for op, av in items:  # type: ignore[attr-defined]
            out.append(op)
            if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
                out += opcodes(av[2])
            elif op is sre_constants.SUBPATTERN:
                out += opcodes(av[-1])
            elif op is sre_constants.BRANCH:
                out += [o for b in av[1] for o in opcodes(b)]
        return out

    made = sre_parse.parse(r"^\s*(?P<place>[A-Z][\w'’ .-]{2,30}?),\s*\d")
    assert sre_constants.POSSESSIVE_REPEAT in opcodes(_possessive(made.data, False, None))
    kept = sre_parse.parse(r"[\w ]{1,30}?\s|x\s*?")
    assert sre_constants.POSSESSIVE_REPEAT not in opcodes(_possessive(kept.data, False, None))
    texts = [
        *sentences[::25],
        "BAGHDAD, Nov. 8 (Reuters) - ab,  12  in  x   by y",
        "Al-Qaim , 2019: aaaa1 a1 \u212aILLED  in\t by",
        "",
    ]
    for source, flags in [
        (r"^\s*(?P<place>[A-Z][\w'’ .-]{2,30}?),\s*(?P<rest>\w+)", 0),
        (r"\b(?:killed|in|\w+)\s*?(?:in|by)\b", re.I),
        (r"[a-z]{2,5}?\d|\s{0,3}?,", re.I),
        (r"[\w ]{1,30}?\s|x\s*?", 0),  # (kept lazy)
        (r"(?:[A-Z][a-z]+?\s+?){1,3}?(?:in|by)", 0),
    ]:
        fast = compile_gated(source, flags)
        slow = re.compile(source, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ], (source, text)
            for pos in range(min(len(text), 80) + 1):
                a, b = fast.match(text, pos), slow.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source, text, pos)


def test_an_optional_group_written_as_an_alternation_finds_the_same_matches(sentences):
    # compile_gated writes "(?:st|nd|rd|th)?" as "(?:st|nd|rd|th|)" (no repeat context); a group inside, or a body
    # that can match empty, keeps the repeat.
    from re import _constants as sre_constants
    from re import _parser as sre_parse

    from mesint.extract.prefilter import _optional_as_branch

    optional = (sre_constants.MAX_REPEAT, 0, 1)

    def ops(items: object) -> list[object]:
        out: list[object] = []
        for op, av in items:  # type: ignore[attr-defined]
            out.append(op)
            if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                out += [(op, av[0], av[1]), *ops(av[2])]
            elif op is sre_constants.SUBPATTERN:
                out += ops(av[-1])
            elif op is sre_constants.BRANCH:
                out += [o for b in av[1] for o in ops(b)]
        return out

    made = sre_parse.parse(r"\d(?:st|nd|rd|th)?(?:\s+(?:and|to)\s+\d)?")
    assert optional in ops(made.data)
    assert optional not in ops(_optional_as_branch(made.data))
    for kept in (r"(?:(?P<n>\d+)\s+)?x", r"(?:\s*)?x", r"a?x"):  # (a group, an empty body, one character)
        assert optional in ops(_optional_as_branch(sre_parse.parse(kept).data))
    texts = [
        *sentences[::25],
        "On 3rd and 4th May, at least 2 or 3 were killed; 31 to 1 June, more than two dozen",
        "",
    ]
    for source, flags in [
        (r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|and|to)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?P<m>[A-Z][a-z]+)", 0),
        (r"\b(?:(?:at least|more than|about)\s+)?(?P<n>\d+|two|three)(?:\s+(?:or|to)\s+(?:\d+|two|three))?", re.I),
        (r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>summer|spring)(?:\s+of)?\b", re.I),
        (r"(?:(?P<a>\w)\s+)?were\b(?:,?\s*\w+)?", re.I),  # (a group inside: kept)
    ]:
        fast = compile_gated(source, flags)
        slow = re.compile(source, flags)
        for text in texts:
            assert [(m.span(), m.groups(), m.lastindex) for m in fast.finditer(text)] == [
                (m.span(), m.groups(), m.lastindex) for m in slow.finditer(text)
            ], (source, text)
            for pos in range(min(len(text), 80) + 1):
                a, b = fast.match(text, pos), slow.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source, text, pos)


def test_every_module_pattern_finds_what_its_text_compiled_plainly_finds(sentences):
    """compile_gated's patterns against their own ``.pattern`` compiled by ``re``, over a sample of the sentences."""
    sample = sentences[::40]
    for name, pattern, _ in _module_patterns():
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in sample:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


def test_a_gated_pattern_finds_the_same_matches(sentences):
    """Over every sentence of the test reports, with each module pattern, cue and date form."""
    for name, pattern, _ in _module_patterns():
        source = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", pattern.pattern, flags=re.S)
        plain = re.compile(source, pattern.flags)
        gated = re.compile(first_char_gate(source, pattern.flags), pattern.flags)
        for text in sentences:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in gated.finditer(text)], (name, text)


def test_an_alternation_kept_as_its_parts_finds_the_leftmost_match() -> None:
    from mesint.extract.prefilter import PrefilteredAny, split_alternatives

    assert split_alternatives(r"a|b(c|d)|[|x]|e\|f") == ["a", "b(c|d)", "[|x]", r"e\|f"]
    any_of = PrefilteredAny.compile(r"\bsince 2014\b|\bin recent months\b|\bstring of attacks\b")
    m = any_of.search("A string of attacks in recent months, since 2014.")
    assert m is not None and m.group(0) == "string of attacks"
    assert any_of.search("Two soldiers were killed.") is None


def test_lowering_a_case_blind_pattern_keeps_its_program() -> None:
    from mesint.extract.prefilter import lower_blind_letters

    assert lower_blind_letters(r"\b(?:drones?|UAVs?)\b", re.I) == r"\b(?:drones?|uavs?)\b"
    # the parser joins "coalition|Coalition" into one word once lowered: the same matches, compared so
    assert lower_blind_letters(r"\b(?:coalition|Coalition)\b", re.I) == r"\b(?:coalition|coalition)\b"
    # case-sensitive parts, escapes and group names are left as they are
    assert lower_blind_letters(r"(?P<Who>IS)\S+(?-i:MiG)[A-Z]", re.I) == r"(?P<Who>is)\S+(?-i:MiG)[a-z]"
    assert lower_blind_letters(r"\bUAVs?\b", 0) is None  # nothing case-blind
    assert lower_blind_letters(r"\bdrones?\b", re.I) is None  # nothing to lower
    assert lower_blind_letters(r"(?i)UAV", 0) is None  # (a global flag: not read)


def test_every_copy_for_the_lowered_text_finds_the_same_matches(sentences):
    """Each cue, cue part and force phrase searched case-sensitively in the lower-cased text, against the pattern in the
    text, over a sample of the sentences of the test reports (with the letters that fold oddly)."""
    from mesint.extract.prefilter import compile_on_lowered, folds_plainly

    book = load_cues()
    patterns = [c.pattern for c in book.cues if c.alternatives is None]
    patterns += [p.pattern for c in book.cues if c.alternatives is not None for p in c.alternatives.parts]
    patterns += [g.pattern for g in book.generic_actors] + [book.hedges, book.civilian_nouns]
    texts = [t for t in sentences[::7] if folds_plainly(t)]
    texts += ["A \u212ailled UAV, the Coalition's MiG-29 jets and DRONES struck; \u212aatyusha rockets hit."]
    copies = 0
    for pattern in patterns:
        lowered = compile_on_lowered(pattern)
        if lowered is None:
            continue
        copies += 1
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in lowered.finditer(text.lower())] == spans, (pattern.pattern, text)
    assert copies > 250
