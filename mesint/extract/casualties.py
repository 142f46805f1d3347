"""Killed and wounded counts: digits, number words, "one … another", vague amounts. Pure.

A vague amount ("several", "many", "sustained casualties") gives no number and a note, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mesint.extract.numbers import NUMBER_PATTERN, NUMBER_WORDS, VAGUE_WORDS, parse_number
from mesint.extract.prefilter import (
    LiteralIndex,
    Prefiltered,
    compile_gated,
    folds_plainly,
    literal_strings,
    match_at,
    required_literal_sets,
)
from mesint.model import Count
from mesint.slotinit import slot_init


def _with_words(pattern: re.Pattern[str]) -> Prefiltered:
    """A pattern tried on every text with a casualty word, searched only where the words it needs are (for the
    patterns whose words are few and often absent: a long list of words costs more to test than the search)."""
    return Prefiltered(pattern, required_literal_sets(pattern.pattern))


class _AnyOf:
    """Whether one of some words occurs in a lower-cased text: one Aho-Corasick pass in C that stops at the first.
    (A regex alternation of the words tries a match at nearly every letter of a text that holds none of them.)"""

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for w in words:
            self._automaton.add_word(w, w)
        self._automaton.make_automaton()

    def __call__(self, lowered: str) -> bool:
        return next(self._automaton.iter(lowered), None) is not None


def _each(pattern: Prefiltered, text: str, maybe: set[int] | None) -> Iterator[re.Match[str]]:
    """``pattern``'s matches; ``maybe``: the ids of the patterns whose words the text holds (None: untested)."""
    return pattern.pattern.finditer(text) if maybe is None or id(pattern) in maybe else iter(())


def _verb_led(pattern: re.Pattern[str], text: str, verbs: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches begin at a verb stem, tried only at ``verbs``."""
    return pattern.finditer(text) if verbs is None else match_at(pattern, text, verbs)


_VAGUE = "|".join(re.escape(w) for w in sorted(VAGUE_WORDS, key=len, reverse=True))
_MODIFIERS = (
    "at least", "more than", "over", "nearly", "about", "around", "some", "up to", "approximately", "approx",
    "upwards of", "in excess of",
)  # fmt: skip
_QUANT = (
    rf"(?:(?:at least|more than|over|nearly|about|around|some|up to|approximately|approx\.|an estimated|upwards of|"
    rf"in excess of|"
    rf"between\s+(?:{NUMBER_PATTERN})\s+and)\s+)?"
    # Vague amounts first: "a number of others" is no "a" (one); "the other" of a pair is one more.
    rf"(?P<n>{_VAGUE}|{NUMBER_PATTERN}|another|the other)"
)
_KILL = (
    r"killed|dead|died|slain|executed|beheaded|shot dead|assassinated|murdered|martyred|lost (?:their|his|her) lives"
    r"|beaten to death|stabbed to death|shot to death|gunned down"
)
_WOUND = r"wounded|injured|hurt|maimed"
_AUX = r"(?:were|was|have been|has been|had been|are|is|been|got)\s+(?:reportedly\s+|reported\s+|also\s+|later\s+|critically\s+|seriously\s+|severely\s+|lightly\s+|fatally\s+|all\s+)?"
# A count's words never run past a reporting verb: in "One officer told X that four policemen were killed" the
# count is four, not one.
# words between the count and its verb; a name may stand in quotes: 'a member of the "Hamza Division" was killed'
# ("an hour-long clash in which two PMF members were killed": a relative clause holds its own count)
# (a comma before a number ends the words: "In a separate incident, two soldiers were wounded" counts two, not "a")
# ("risen to 18, with 51 wounded, after several of those hurt died": a count the word "wounded" closes counts the
# wounded, never the subject of a verb further on)
_NOT_A_HURT_COUNT = r"(?!(?:wounded|injured|hurt)\s*[,;(])"
_GAP = (
    # ("An investigation found 105 civilians were killed": the count told after the finding is the figure)
    # ("40 members of Hurras al-Din and allied groups were killed": one count, of a group and its allies)
    r"(?:(?!and\b(?!\s+(?:allied|affiliated|associated|other|smaller|foreign)\s+(?:groups|factions|militias|"
    r"organi[sz]ations|formations|brigades)\b)|but\b|while\b|told\b|said\b|says\b|saying\b|that\b|which\b|whom\b|reported\b|toll\b|"
    r"\d[\d,]*\s(?!of\s+(?:them|whom)\b))"
    r"[\"“]?(?:[\w'’\-]+|(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+)[\"”]?"  # ("Four U.S. service members were wounded")
    r"(?:,(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s+of\s+(?:them|whom)\b)))?"  # ("11 people, four of them children, were killed" is eleven)
    r"\s+){0,10}?"
)

# "Nine Shiites visiting the province were killed", "six others were wounded", "another was wounded"
_PASSIVE = _with_words(compile_gated(rf"\b{_QUANT}\s+{_NOT_A_HURT_COUNT}{_GAP}{_AUX}(?P<v>{_KILL}|{_WOUND})\b", re.I))
# Headline style without an auxiliary: "three soldiers killed in blast"
_HEADLINE = _with_words(compile_gated(
    rf"\b{_QUANT}\s+{_NOT_A_HURT_COUNT}{_GAP}(?P<v>{_KILL}|{_WOUND})\s+(?=in|by|near|when|after|as|during|and|on|at|according)\b"
    # a log's clause: "; two members killed (local sources)."
    rf"|\b{_QUANT.replace('?P<n>', '?P<n2>')}\s+(?:(?!reported\b|said\b|says\b|put\b|toll\b)[\w'’-]+\s+){{0,3}}?"
    r"(?P<v2>killed|dead|wounded|injured)(?=\s*(?:\(|\)|[.;,]|[–—]|$))",
    re.I,
))
# "killing three Syrian soldiers", "wounding two", "killed 12 people", "left five dead"
# ("shot dead two members of a militia", "killing its three occupants")
_ACTIVE = compile_gated(
    rf"\b(?P<v>killing|kills|wounding|wounds|injuring|injures|killed|wounded|injured|shot dead|shot to death|gunned down|"
    rf"shot and killed|shooting dead|shooting to death|executed|"
    rf"executing|assassinated|beheaded|murdered|massacred|martyring|(?:claiming|claimed|taking|took) the lives of)\s+"
    # ('killing "four terrorists"': the victims as the statement named them)
    # (not 'killed "a significant number"': a vague amount, quoted)
    rf"(?:(?:its|their|his|her|all)\s+)?(?:[\"“'](?!an?\s))?{_QUANT}\b",
    re.I,
)
# "killing a woman and two of her children": a second group of victims joined by "and"
_AND_MORE = compile_gated(
    # ("killing a diplomat of the Turkish Consulate General and two Iraqi civilians")
    # (not past a dash: "killed 11 combatants -- five soldiers and six jihadists" breaks the eleven down)
    rf"^\s+(?:(?![\w'’-]+ing\b)(?!-)(?:[\w'’-]+|(?-i:[A-Z]\.){{2,}})\s+){{0,9}}?and\s+{_QUANT}\b(?!\s+(?:others?\s+)?(?:were|was|have|had)\b)", re.I
)
# "the death of seven members of the regime forces and five HTS fighters": a second group of the same dead
_AND_MORE_GROUP = compile_gated(
    rf"^\s+(?:(?!-)[\w'’-]+\s+){{0,7}}?and\s+{_QUANT}\s+(?!(?:others?\s+)?(?:were|was|have|had)\b)"
    rf"(?!(?:people\s+|others?\s+|more\s+)?(?:wounded|injured|hurt)\b)[\w'’/-]+", re.I
)
# "14 soldiers were killed in the assault, as well as nine rebel fighters"
_AS_WELL_AS = compile_gated(rf"^(?:\s+[\w'’-]+){{0,4}}?,?\s+as\s+well\s+as\s+{_QUANT}\s+(?:[\w'’-]+\s+)?(?:fighters|soldiers|militants|members|civilians|people|rebels|troops|gunmen|others)\b", re.I)
# "The toll first given was four dead; it rose to six": the dead counted since
_ROSE_TO = compile_gated(
    # ("the toll in Ashrafiyat Sahnaya had risen to 16")
    # ("the death toll of the Russian massacre in Maarat al-Numan has risen to 39")
    # ("the death toll of regime warplanes' strikes on Hamouriyah today rose to 17")
    rf"\b(?:it|the\s+(?:death\s+)?toll(?:\s+(?:of|from)\s+(?:(?:the|this|that|yesterday['’]s|today['’]s)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:massacres?|attacks?|strikes?|air\s*strikes?|bombings?|blasts?|explosions?|raids?|"
    rf"shelling|ambush))?"
    rf"(?:\s+(?:in|on)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?-i:al|el|as|ash|ad|ar|at|az)-)?(?-i:[A-Z])[\w'’-]+){{0,2}})?"
    rf"(?:\s+(?:today|yesterday|overnight))?|"
    rf"the\s+number\s+of\s+(?:dead|deaths|victims|fatalities|martyrs|those\s+killed))\s+"
    rf"(?:later\s+|then\s+|has\s+|had\s+|since\s+)?(?:rose|risen|climbed|increased|jumped)\s+to\s+{_QUANT}\b"
    # "The monitor later raised the toll to 31"
    rf"|\b(?:raised|raising|revised|updated|increased)\s+(?:(?:up|upward|upwards)\s+)?(?:the|its|their)\s+(?:death\s+)?"
    # ("raising the toll of the shooting to two")
    rf"toll\s+(?:(?:of|from)\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:attack|strike|shooting|bombing|blast|explosion|raid|"
    rf"shelling|ambush|massacre)\s+)?"
    # ("raised the toll on Monday morning to four")
    rf"(?:(?:on|by|late|early|later)\s+(?:[\w-]+\s+){{0,3}}?)?to\s+{_QUANT.replace('?P<n>', '?P<n2>')}\b"
    # ("The number of terrorists killed in yesterday's strike near X has risen to 31")
    rf"|\bthe\s+number\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:killed|dead)\s+in\s+[^.;]{{0,100}}?\s+(?:has|had)\s+"
    rf"(?:risen|climbed|increased|jumped)\s+to\s+{_QUANT.replace('?P<n>', '?P<n3>')}\b",
    re.I,
)
_TIME_SPAN = compile_gated(r"an?\s+(?:hour|minute|day|week|month|year|while|half)s?\b", re.I)
_PART_OF_THEM = compile_gated(r"(?:\d+|[a-z]+)\s+of\s+them\s+(?:were|was|had\s+been)\b", re.I)
_THEN_DIED = compile_gated(r"\s+(?:later\s+|had\s+|has\s+)*(?:died|succumbed)\b", re.I)
# "more than 700 ... have been killed since the offensive began": a campaign's running total, no incident's toll
_SINCE_CAMPAIGN = compile_gated(
    r"\s+(?:[\w-]+\s+){0,3}?since\s+the\s+(?:start|beginning|outbreak|(?:[\w-]+\s+)?(?:offensive|campaign|operation|battle|"
    r"war|uprising|conflict|fighting)\s+(?:began|started|was\s+launched|erupted))\b",
    re.I,
)
# "[cumulative, not coded]": a coder's note that the figure before it is no incident's toll
_NOT_CODED = compile_gated(r"[^.;\[\]()]{0,40}?[\[(][^\])]{0,40}?\bnot\s+coded\b", re.I)
# "fighter Kawa Derik was martyred", "shot him dead": one victim, named or told by a pronoun
_ONE_NAMED = compile_gated(
    r"\b(?:fighter|comrade|soldier|officer|member|commander|policeman|journalist|activist|martyr|sergeant|lieutenant|"
    r"captain|corporal|private|major|colonel|general)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:was|has been|had been)\s+(?:martyred|killed|shot dead|assassinated)\b"
    r"|\bshot\s+(?:him|her)\s+dead\b"
    # "a crowd ... beat him to death", "stabbed her to death"
    r"|\b(?:beat|stabbed|hacked|kicked|clubbed|bludgeoned)\s+(?:him|her)\s+to\s+death\b",
    re.I,
)
_ONE_NAMED_HINT = _AnyOf(
    [f"{aux} {v}" for aux in ("was", "been") for v in ("martyred", "killed", "shot dead", "assassinated")]
    + ["shot him dead", "shot her dead", "him to death", "her to death"]
)
# "left five dead", "leaving two people wounded"
_LEFT_DEAD = _with_words(
    compile_gated(rf"\b(?:left|leaving)\s+{_QUANT}\s+{_GAP}(?P<v>dead|killed|wounded|injured)\b", re.I)
)
# "a farmer and his son": one more victim
_KIN = compile_gated(
    # ("killing a commander of the Sinjar Resistance Units (YBS) and his driver": whom he served, then his escort)
    r"^\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}[\w'’-]+(?:\s*\([^()]{1,12}\))?)?"
    # ("shot dead the media activist Muhammad Abdul Latif (Abu Ghannoum) and his pregnant wife": a name, its alias)
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:\s*\([^()]{1,30}\))?"
    r"\s+and\s+(?:his|her|their)\s+(?:(?P<kin_n>two|three|four|five|six|\d+)\s+)?"
    # "his adult son", "his pregnant wife"
    r"(?:(?:\w+-(?:year|month)-old|young|little|adult|teenage|elderly|eldest|elder|older|younger|infant|baby|grown|pregnant|disabled)\s+)?"
    r"(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|child|children|nephews?|cousins?|"
    r"grandsons?|granddaughters?|grandchildren|drivers?|bodyguards?|guards?|companions?|aides?|escorts?)\b",
    re.I,
)
# "The killing of two members", "the execution of a Popular Mobilization operative"
_NOMINAL = _with_words(compile_gated(
    rf"\b(?P<v>killing|execution|assassination|murder|death|deaths|beheading|martyrdom|injury|injuring|wounding"
    # "The army admitted the loss of four soldiers" (not "the loss of two tanks")
    rf"|(?<=the )loss(?=\s+of\s+(?:\w+\s+){{1,2}}(?:soldiers|fighters|members|personnel|men|officers|troops|"
    rf"policemen|operatives|militants|civilians|people)\b|\s+of\s+\w+\s*[.,;]))\s+of\s+"
    rf"{_QUANT}\b",
    re.I,
))
# what a crowd protests or a standoff is about: an earlier death, not this incident's
_CAUSE_BEFORE = compile_gated(
    r"\b(?:over|protest(?:ing|ed|s)?(?:\s+(?:at|against|over))?|to\s+avenge|revenge\s+for|justice\s+for|"
    r"condemn(?:ing|ed|s)?|denounc(?:ing|ed|es)|angered\s+by|outrage\s+(?:at|over)|outraged\s+by)\s+the\s+$",
    re.I,
)
# "executed him", "killing him", "killing himself"
_PRONOUN = compile_gated(
    r"\b(?P<v>executed|killed|killing|shot dead|assassinated|murdered|beheaded|wounding|injuring|wounded|injured)\s+"
    r"(?:him|her|himself|herself)\b"
    # "killing him and one of his companions", "killing him and his son", "... and his two brothers"
    r"(?:\s+and\s+(?P<more>one|two|three|four|\d+)\s+of\s+(?:his|her|their)\s+[\w-]+"
    # "killing him and three others"
    r"|\s+and\s+(?P<more2>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+others?\b"
    r"|\s+and\s+(?:his|her)\s+(?P<kin_n>two|three|four|\d+\s+)?\s*(?P<kin>(?:[\w-]+\s+)?(?:sons?|daughters?|brothers?|"
    r"sisters?|wife|husband|father|mother|child|children|nephews?|cousins?|driver|bodyguards?|companions?))"
    # "killing him, his wife and at least three of their children": he, his spouse and that many more
    r"|,\s+(?:his|her)\s+(?:wife|husband)\s+and\s+(?:at\s+least\s+|some\s+)?(?P<more3>two|three|four|five|six|seven|\d+)"
    r"\s+of\s+(?:their|his|her)\s+(?:children|sons|daughters))?",
    re.I,
)
_ALONG_WITH_KIN = compile_gated(
    r"\s+(?:along\s+with|and|together\s+with)\s+(?:several\s+|some\s+|other\s+)?(?:members\s+of\s+(?:his|her)\s+(?:family|household)|"
    r"(?:his|her)\s+(?:family|relatives|household)|relatives)\b",
    re.I,
)
_NOUN_ALONG_WITH_KIN = compile_gated(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:along|together)\s+with\s+(?:several\s+|some\s+|other\s+)?(?:members\s+of\s+(?:his|her)\s+"
    r"(?:family|household)|(?:his|her)\s+(?:family|relatives|household)|relatives)\b",
    re.I,
)
# "shot dead protest activist Haidar al-Musawi", "killed the mukhtar of a village": one named or singular victim
_ROLE = (
    r"(?:activist|commander|leader|official|mukhtar|headman|sheikh|journalist|officer|member|cleric|imam|judge|"
    r"reporter|correspondent|presenter|organi[sz]er|poet|artist|singer|novelist|academic|professor|surgeon|dentist|"
    r"candidate|man|woman|boy|girl|child|doctor|engineer|teacher|farmer|shepherd|driver|soldier|policeman|"
    r"fighter|operative|emir|governor|mayor|lawyer|student|merchant|resident|civilian|employee|worker|guard|owner|"
    r"shopkeeper|pharmacist|barber|elder|trader|vendor|passer-?by|bystander|passenger|analyst|researcher|writer|"
    r"blogger|photographer|cameraman|minister|deputy|chief|head|director|spokes(?:man|woman)|businessman|"
    r"translator|interpreter|nurse|paramedic|volunteer|councillor|lawmaker|parliamentarian|rider|motorcyclist|cyclist|"
    r"occupant|pilot)"
)
# "beat a man to death", "stoned a woman to death"
_TO_DEATH = compile_gated(
    rf"\b(?:beat|beaten|stoned|hacked|kicked|tortured)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+to\s+death\b",
    re.I,
)
# "killing the defence minister, his deputy and two other officials": the victims listed, then a count of the rest
_AND_N_OTHER = compile_gated(
    r"(?:\s+of\s+[^,.;()]{2,60}?)?(?P<items>(?:\s*,\s*(?!and\b)[^,.;()]{2,60}?){0,4})\s*,?\s+and\s+"
    r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+other\s+[\w-]+",
    re.I,
)
_AND_KIN = compile_gated(
    r"\s+and\s+(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|cousin|grandson)\b", re.I
)
_KIN_AFTER_ROLE = compile_gated(
    # ("a commander of the Sinjar Resistance Units and his driver": who he commanded before his escort)
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:\([^()]{1,12}\)\s*)?(?=and\b))?"
    r"\s*\s+and\s+(?:his|her|their)\s+(?:(?:\w+-(?:year|month)-old|young|little|adult|teenage|elderly|eldest|elder|older|younger|infant|baby|grown|pregnant|disabled)\s+)?"
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|cousin|"
    r"driver|bodyguard|guard|companion|colleague|assistant)\b"
    r"|\s+and\s+one\s+of\s+(?:his|her|their)\s+[\w-]+"  # "the commander and one of his aides"
    # "a senior commander of the Kataib Hezbollah militia and two of his guards"
    r"|(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?)?\s*and\s+(?P<kin_n2>two|three|four|five|\d+)\s+of\s+(?:his|her|their)\s+"
    r"(?:guards|bodyguards|aides|companions|escorts|relatives|sons|children|brothers)\b"
    # "killing Kataib Hezbollah commander Abu Baqir al-Saadi and two companions"
    # ("killing the Druze cleric Sheikh Wahid al-Balous and at least 25 others")
    # ("killed Sheikh Wahid al-Balous, leader of the Druze Rijal al-Karama movement, and at least 25 others")
    r"|(?:\s+(?:[A-Z]|al-|el-)[\w'’-]*){0,5}(?:,\s+(?:the\s+)?(?:leader|head|commander|chief|founder|member|spokesman|"
    # ("killing Kataib Hezbollah commander Abu Baqir al-Saadi and his two guards")
    r"director|deputy|emir)\s+of\s+[^,;.]{1,80},)?\s+and\s+(?:his\s+|her\s+|their\s+)?(?:at\s+least\s+|some\s+|"
    r"more\s+than\s+|about\s+)?"
    r"(?P<kin_n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:companions|aides|bodyguards|guards|"
    r"associates|relatives|escorts|others|other\s+people|people|civilians|passers-?by|bystanders|passengers|"
    r"pedestrians)\b",
    re.I,
)
_ONE_VICTIM = compile_gated(
    rf"\b(?P<v>shot dead|shot and killed|killed|killing(?!\s+of\b)|assassinated|executed|murdered|gunned down|beheaded|stabbed to death|"
    rf"beat to death|beaten to death)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ROLE}\b(?!s)",
    re.I,
)
# "killing a PKK member and the civilian driver": a second victim named by role
_AND_ONE_MORE = compile_gated(
    rf"^\s+(?:[\w'’-]+\s+){{0,3}}?(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,5}}?(?:\([^()]{{1,12}}\)\s*)?)?"
    rf"and\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b(?!s)"
    r"|one\s+of\s+(?:his|her|their)\s+[\w-]+)",  # "shot dead the commander and one of his aides"
    re.I,
)
# "One soldier sustained light injuries", "two policemen suffered wounds"
_SUSTAINED = compile_gated(
    rf"\b{_QUANT}\s+(?:(?!(?:and|were|was)\b)[\w'’.-]+\s+){{0,3}}?(?:sustained|suffered|received|"
    # ("two U.S. service members were evaluated for minor injuries", "were treated for wounds")
    r"(?:were|was)\s+(?:being\s+)?(?:evaluated|treated)\s+for)\s+"
    r"(?:(?:light|minor|slight|serious|severe|critical|moderate|various)\s+)?(?:injuries|wounds)\b",
    re.I,
)
# "Regime media spoke of three 'martyrs'"
# (and a bulletin's verbless "One martyr and several wounded as regime forces shelled ...")
_MARTYRS = compile_gated(rf"\b{_QUANT}\s+(?:[\w-]+\s+)?[\"“']?martyr(?P<plural>s)?\b", re.I)
# "killed Abu Khadija", "assassinated Hisham al-Hashimi": a victim named, no count
_NAMED_VICTIM = compile_gated(
    r"\b(?:killed|killing|kills|assassinated|assassinating|executed|shot dead)\s+"
    # ("killing First Lieutenant Hemin Qadir": a rank before the name; "shot dead protest organiser Ihab al-Wazni": a role)
    r"(?:(?-i:(?!(?:of|the|a|an|and|in|at|on|to|by|with|from|members|fighters|dozens|several|many|some)\b)[a-z][\w-]*[^\Ws])\s+)"
    r"{0,2}?"
    r"(?-i:(?:(?:First|Second|Staff|Master|Specialist|Chief|Lance|Brigadier|Major|Lieutenant)\s+)?"
    r"(?:Lieutenant|Captain|Colonel|Major|Sergeant|Corporal|Private|General|Commander)\s+)?"
    # (a people or a force is no name: "killed Syrian Kurds", "killing Iraqi Army soldiers")
    r"(?!(?:Iraqi|Syrian|Kurdish|Turkish|Iranian|Russian|American|US|U\.S\.|Israeli|Arab|Yazidi|Christian|Sunni|"
    r"Shiite|Shia|Druze|Alawite|Turkmen|Islamic|Daesh|ISIS|Hashd|Coalition|Government|Regime|Army)\b)"
    r"(?-i:(?:Abu|Sheikh|Dr\.?|[A-Z][a-z]+)\s+(?:(?:al-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’-]+)(?:\s+(?:al-)?[A-Z][\w'’-]+)?)"
    r"(?=\s*(?:,|\.|;|\s+(?:and|in|on|near|outside|at|after|with|while|when|as)\b|$))"
)
_APPOSITION = compile_gated(r"(?:[A-Z][\w'’-]+|al-|bin|ibn)(?:\s+(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|ibn))*")
_AND_ANOTHER = compile_gated(r"[^.;]{0,80}?\band\s+(?:another|a\s+second)\s+[\w-]+\b", re.I)
# "two SDF members and the civilian driver were killed": a count and one more named by role
_PASSIVE_AND_ONE = compile_gated(
    rf"\b{_QUANT}\s+(?:(?!(?:were|was|had|have|killed|wounded|injured|dead)\b)[\w'’-]+\s+){{0,3}}?and\s+"
    rf"(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}"
    # ("Two PKK members and the owner of the house, a civilian, lost their lives")
    rf"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?(?:,\s+(?:a|an)\s+[\w'’-]+,)?\s+"
    rf"(?:(?:were|was)\s+(?:\w+\s+)?(?P<v>{_KILL}|{_WOUND})|(?P<vd>died|lost\s+(?:their|his|her)\s+lives))\b",
    re.I,
)
_AND_ROLE = compile_gated(r" and (?:the|a|an|his|her|their) [^.;]{0,60}\b(?:was|were|died|lost) ")
_WHETHER_ANY = compile_gated(
    r"\b(?:whether|if)\s+(?:anyone|anybody|any\s+[\w-]+)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|hurt|injured|harmed)\b",
    re.I,
)
# "no one was hurt", "nobody was killed": a count of none, which also keeps "one was hurt" from matching
_NO_ONE = compile_gated(
    # ("none of the four staff on board was hurt")
    r"\b(?:no\s+one|nobody|none\s+of\s+(?:them|the\s+(?:[\w-]+\s+){0,3}?[\w-]+))\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?P<v>killed|hurt|injured|wounded)\b"
    r"|\b(?:and|but)\s+none\s+(?P<v2>killed|dead|hurt|injured|wounded)\b",  # "two were wounded and none killed"
    re.I,
)
# "three were killed and five wounded", "leaving 23 killed and 51 wounded": the second verb's auxiliary left out
_ELLIPTIC = compile_gated(
    rf"(?:(?<=\bkilled and )|(?<=\bdead and )|(?<=\bkilled, and )|(?<=\bkilled, )|(?<=\bdead, ))\s*{_QUANT}\s+"
    rf"(?:others?\s+|more\s+|people\s+)?"
    rf"(?P<v>wounded|injured)\b",
    re.I,
)
# "killing both", "both were killed"
_BOTH = compile_gated(
    r"\b(?P<v>killing|wounding|injuring|killed|wounded|injured)\s+(?:them\s+)?both\b"
    r"|\bboth\s+(?:of\s+them\s+|men\s+|women\s+)?(?:were|was)\s+(?:(?:later|also)\s+)?(?P<v2>killed|wounded|injured)\b",
    re.I,
)
# "SOHR reported nine fighters killed": a count reported without an auxiliary
_REPORTED = compile_gated(
    # ("documented the names of at least 103 people killed there")
    rf"\b(?:reported|said|counted|documented|confirmed|recorded|estimated)\s+(?:the\s+names\s+of\s+)?{_QUANT}\s+"
    r"(?!of\s+(?:the|them|those)\b)"  # "said one of the dead was a commander": one of those already counted
    rf"(?:(?!and\b|were\b|was\b|killed\b|wounded\b|injured\b|dead\b|in\b|on\b)[\w'’\-]+\s+){{0,4}}?"
    rf"(?P<v>killed|dead|wounded|injured)\b",
    re.I,
)
# "the team documented the names of 31 victims": a rights group's count of the dead, verified by name
_NAMES_OF_VICTIMS = compile_gated(
    rf"\b(?:document(?:ed|s)?|record(?:ed|s)?|verif(?:y|ied|ies)|confirm(?:ed|s)?|publish(?:ed|es)?|list(?:ed|s)?)\s+"
    rf"the\s+names\s+of\s+{_QUANT}\s+(?:(?:civilian|[\w-]+)\s+)?victims\b",
    re.I,
)
# "SOHR reported 17 IS militants and 6 SDF fighters killed": both sides' counts
_REPORT_VERB = _AnyOf(["reported", "said", "counted", "documented", "confirmed", "recorded", "estimated"])
_REPORTED_PAIR = compile_gated(
    rf"\b(?:reported|said|counted|documented|confirmed|recorded)\s+{_QUANT}\s+{{gap}}and\s+(?P<n2>{NUMBER_PATTERN})\s+"
    rf"{{gap}}(?P<v>killed|dead|wounded|injured)\b".replace("{gap}", r"(?:(?!and\b|were\b|was\b|killed\b|wounded\b|injured\b|dead\b)[\w'’\-]+\s+){0,5}?"),
    re.I,
)
# "put the dead among soldiers and policemen at 27", "put the toll at 11 dead"
_PUT_AT = compile_gated(
    # ("US officials estimated the attackers' losses at about 100")
    rf"\b(?:put|estimated|estimating|putting)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?"
    rf"(?P<noun>(?:death\s+)?toll|losses|number\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?:dead|killed|wounded|injured)|dead|"
    rf"wounded|injured)\b(?:\s+[\w'’-]+){{0,5}}?\s+at\s+{_QUANT}(?:\s+(?P<v>dead|killed|wounded|injured)\b)?"
    # ("the SDF gave a toll of 11")
    rf"|\b(?:gave|reported|cited)\s+(?:a|the|its|their)\s+(?:lower\s+|higher\s+)?(?P<noun2>(?:death\s+)?toll)\s+of\s+"
    rf"{_QUANT.replace('?P<n>', '?P<n2>')}\b",
    re.I,
)
# "killing a family of seven", "a family of five was killed"
_FAMILY_OF = compile_gated(
    rf"\b(?:killing|killed|kills|wiping out|wiped out)\s+(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?family\s+of\s+"
    rf"(?P<n>{NUMBER_PATTERN})\b"
    rf"|\b(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?family\s+of\s+(?P<n2>{NUMBER_PATTERN})(?:,[^,.;]{{3,60}},)?\s+(?:was|were)\s+"
    rf"(?:killed|wiped out)\b",
    re.I,
)
# "causing 12 cases of suffocation", "some 600 residents were treated for burns": the injured of a gas attack
_SUFFOCATION = compile_gated(
    rf"\b{_QUANT}\s+(?:(?:cases|people|persons|residents|civilians|fighters|soldiers|children)\s+)?(?:of|with)\s+"
    rf"(?:suffocation|asphyxiation|breathing difficulties|respiratory (?:problems|symptoms))\b",
    re.I,
)
_TREATED = compile_gated(
    rf"\b{_QUANT}\s+{_GAP}(?:were|was)\s+(?:\w+\s+)?(?:treated|hospitali[sz]ed)\s+(?:for|with)\b"
    # "with 62 people still being treated for their wounds"
    rf"|\bwith\s+{_QUANT.replace('?P<n>', '?P<n2>')}\s+(?:people|others|persons|civilians|victims)\s+(?:still\s+)?"
    rf"(?:being\s+)?(?:treated|hospitali[sz]ed)\s+(?:for|in)\b",
    re.I,
)
_UNKNOWN_NUMBER = compile_gated(r"\s+(?:unknown|undetermined|unspecified)\s+number\b", re.I)
_GASSED = _AnyOf(["suffocation", "asphyxia", "breathing", "respiratory"])
# "killing and wounding 20 of them": the dead and the wounded together, neither known
_KILLED_AND_WOUNDED = compile_gated(
    rf"\b(?:killing|killed) and (?:wounding|injuring|wounded|injured)\s+{_QUANT}\b"
    # "claiming more than 20 killed and wounded"
    rf"|\b{_QUANT.replace('?P<n>', '?:')}\s+(?:[\w-]+\s+)?(?:killed|dead) and (?:wounded|injured)\b",
    re.I,
)
# "a three-year-old girl died": one victim of a verb without an auxiliary
_ONE_DIED = compile_gated(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+(?:later\s+)?(?:died|succumbed)\b", re.I)
# "38 ISIS operatives and three SDF fighters were killed"
_NOUN_GAP = (
    r"(?:(?!and\b|were\b|was\b|killed\b|wounded\b|injured\b|dead\b|died\b|perished\b|said\b|says\b|told\b|that\b|"
    r"which\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"(?:[\w'’\-]+|(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+),?\s+){0,6}?"
)
_PASSIVE_PAIR = compile_gated(
    # "11 soldiers and militiamen and four of the attackers were killed", "four soldiers and 11 attackers died"
    rf"\b{_QUANT}\s+{_NOUN_GAP}(?:and\s+(?!(?:{NUMBER_PATTERN})\b)[\w'’-]+\s+(?:[\w'’-]+\s+)?)?and\s+"
    rf"(?:(?:at least|more than|over|about|around|some|nearly|an estimated)\s+)?(?P<n2>{NUMBER_PATTERN}|another)\s+{_NOUN_GAP}"
    rf"(?:{_AUX}(?P<v>{_KILL}|{_WOUND})|(?:also\s+|later\s+)?(?P<vd>died|perished|lost\s+(?:their|his|her)\s+lives)"
    # "An officer and two soldiers sustained minor injuries"
    rf"|(?P<vs>sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b",
    re.I,
)
# "three soldiers, two policemen and a civilian worker were killed": three groups or more, one verb
_PASSIVE_LIST = compile_gated(
    # (the first group counted, not "a local news website, two SDF fighters and a passer-by were killed")
    rf"\b{_QUANT}(?<!\ba)(?<!\ban)\s+{_NOUN_GAP}(?P<mid>(?:(?<=,\s)(?:{NUMBER_PATTERN})\s+{_NOUN_GAP})+?)and\s+"
    rf"(?P<n2>{NUMBER_PATTERN})\s+"
    rf"{_NOUN_GAP}{_AUX}(?P<v>{_KILL}|{_WOUND})\b",
    re.I,
)
_LIST_NUMBER = compile_gated(rf"(?<=,\s)(?P<n>{NUMBER_PATTERN})\s", re.I)
# "leaving two regime soldiers and a rebel fighter dead"
_LEFT_DEAD_PAIR = compile_gated(
    rf"\b(?:left|leaving)\s+{_QUANT}\s+{_NOUN_GAP}and\s+"
    rf"(?:(?:at least|more than|over|about|around|some|nearly|an estimated)\s+)?(?P<n2>{NUMBER_PATTERN})\s+{_NOUN_GAP}"
    rf"(?P<v>dead|wounded|injured)\b",
    re.I,
)
# "two of its soldiers also died", "three others died of their wounds": a count with "died" and no auxiliary
# ("Two PKK members lost their lives")
_DIED = compile_gated(
    rf"\b{_QUANT}\s+{_NOT_A_HURT_COUNT}{_GAP}(?:also\s+|later\s+|reportedly\s+)?(?P<v>died|perished|lost\s+(?:their|his|her)\s+lives)\b"
    r"(?!\s+down)"
    # "a contractor died of a cardiac episode": no one the event killed
    r"(?!\s+(?:of|from)\s+(?:an?\s+)?(?:heart|cardiac|natural|illness|disease|covid|cancer|old age|stroke))",
    re.I,
)
# "14 soldiers and allied gunmen were killed": one count for two kinds of victims joined by "and"
_VICTIMS = (
    r"(?:soldiers|troops|fighters|militiamen|militants|gunmen|policemen|police|officers|guards|members|personnel|"
    r"civilians|people|residents|men|women|children|jihadists|insurgents|recruits|conscripts)"
)
_PASSIVE_CONJ = compile_gated(
    rf"\b{_QUANT}\s+(?:[\w-]+\s+)?{_VICTIMS}\s+and\s+(?:[\w-]+\s+){{0,2}}?{_VICTIMS}"
    # "14 soldiers and members of the pro-government National Defence Forces were killed"
    rf"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)?\s+{_AUX}(?P<v>{_KILL}|{_WOUND})\b",
    re.I,
)
_ALONG_WITH = compile_gated(rf",?\s+(?:along with|as well as)\s+{_QUANT}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+(?=\s*[.;]|\s*$)", re.I)
_VERB_AFTER = compile_gated(r"\s+(?:were|was|who|which)\b", re.I)
# "SOHR reported six people killed; the ministry said three.": a bare figure, of the kind counted just before
_BARE_FIGURE = compile_gated(
    rf"\b(?:said|says|reported|counted|put\s+(?:it|the\s+(?:figure|number|toll))\s+at)\s+(?:only\s+|just\s+)?{_QUANT}"
    r"(?=\s*(?:[.;,)]|$))",
    re.I,
)
# "wounding the civilian driver": one wounded, named by role
_LOST_LIMB = compile_gated(
    rf"\b(?:(?P<one>an?|one|the)\s+(?:[\w-]+\s+)?{_ROLE}|(?P<n>two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:children|men|women|boys|girls|farmers|shepherds|people|civilians|soldiers|fighters|workers))\s+lost\s+"
    r"(?:an?|one|both|his|her|their)\s+(?:[\w-]+\s+)?(?:legs?|arms?|hands?|eyes?|feet|foot|limbs?|fingers?)\b",
    re.I,
)
_ONE_WOUNDED = _with_words(compile_gated(
    rf"\b(?P<v>wounding|injuring|wounded|injured)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_ROLE}\b(?!s)"
    # "killing him and wounding his son"
    # ("killing a woman and two of her children and injuring the father": the family's father)
    r"|\b(?P<v2>wounding|injuring)\s+(?:his|her|their|the)\s+(?:son|daughter|brother|sister|wife|husband|father|mother|"
    r"nephew|cousin|grandson|child)\b",
    re.I,
))
# "a Syrian woman was shot and seriously wounded": one victim, shot
_SHOT_AND = compile_gated(
    rf"\b(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+(?:was\s+)shot\s+and\s+(?:\w+\s+)?(?P<v>killed|wounded|injured)\b",
    re.I,
)
# A log's verbless clause about one victim: "Driver killed, one passer-by injured."
# (every match begins at the start of the text or where _AFTER_STOP ends)
_AFTER_STOP = re.compile(r"[.;:]\s")
_ROLE_CLAUSE = compile_gated(
    rf"(?:^|(?<=[.;:]\s))(?:The\s+|A\s+|An\s+)?(?:[\w-]+\s+)?{_ROLE}\s+(?:was\s+)?(?P<v>killed|dead|wounded|injured)(?=\s*[,.;]|$)",
    re.I,
)
# "a farmer was killed and his son wounded": a relative named after the first victim, the verb's auxiliary left out
_KIN_VICTIM = _with_words(compile_gated(
    r"(?:\b(?P<lead>an?|one)\s+[\w-]+\s+)?\band\s+(?:his|her|their)\s+(?:(?P<n>two|three|four|five|\d+)\s+)?"
    r"(?:(?:\w+-(?:year|month)-old|young|little|adult|teenage|elderly|eldest|elder|older|younger|infant|baby|grown|pregnant|disabled)\s+)?(?:sons?|daughters?|wife|husband|brothers?|"
    r"sisters?|father|mother|child|children|nephews?|cousins?|grandsons?|granddaughters?|grandchildren)\s+"
    r"(?:(?:was|were)\s+)?(?:also\s+)?(?P<v>wounded|injured|killed|died|shot dead|gunned down|executed|murdered)\b",
    re.I,
))
# "The commander and one of his bodyguards were killed": the subject and one of his escort, two
_ROLE_AND_AIDE = _with_words(compile_gated(
    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\s+and\s+(?:one\s+of\s+)?(?:his|her|their)\s+"
    r"(?:bodyguards?|guards?|aides?|drivers?|companions?|escorts?|assistants?|deput(?:y|ies))\s+"
    r"(?:were|was)\s+(?:also\s+|both\s+)?(?P<v>killed|wounded|injured)\b",
    re.I,
))
# "A man, his wife and their three daughters ... were killed": a family told as a list
_KIN_LIST = compile_gated(
    r"\b(?:an?|one)\s+[\w-]+,\s+(?:his|her)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|child)\s+"
    r"and\s+(?:their|his|her)\s+(?:(?P<n>two|three|four|five|six|seven|\d+)\s+)?"
    r"(?:sons?|daughters?|children|child|brothers?|sisters?|grandchildren)\b[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?"
    r"(?P<v>killed|wounded|injured)\b",
    re.I,
)
# "the strike killed a man, his wife and their four children"
_KIN_LIST_ACTIVE = compile_gated(
    r"\b(?P<v>killed|killing|kills|wounded|wounding)\s+(?:an?|one)\s+[\w-]+,\s+(?:his|her)\s+"
    r"(?:wife|husband|son|daughter|brother|sister|mother|father|child)\s+and\s+(?:their|his|her)\s+"
    r"(?:(?P<n>two|three|four|five|six|seven|\d+)\s+)?(?:sons?|daughters?|children|child|brothers?|sisters?|grandchildren)\b",
    re.I,
)
# "killing a woman and her seven-year-old son", "killed YBS commander Said Hassan and his driver": one and a companion
_ONE_AND_KIN = compile_gated(
    r"\b(?P<v>killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|"
    r"boy|girl|child|farmer|shepherd|doctor|teacher|civilian|commander|leader|official|officer|fighter|member|journalist|"
    r"activist|policeman|soldier)|(?:[\w-]+\s+){0,3}?(?:commander|leader|official|officer|mukhtar|sheikh|judge)\s+"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:al-)?(?-i:[A-Z])[\w'’-]+){0,3})\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:son|daughter|"
    r"wife|husband|brother|sister|father|mother|driver|bodyguard|companion|child|guard|aide|nephew)\b(?!s)",
    re.I,
)
_PERSON = (
    r"(?:owner|customer|driver|passenger|guard|soldier|policeman|officer|civilian|child|woman|man|boy|girl|shepherd|"
    r"farmer|worker|employee|student|teacher|doctor|nurse|fighter|commander|official|resident|passer-by|bystander|"
    r"pedestrian|shopkeeper|vendor|conscript|journalist|activist)"
)
# "wounding the owner and a customer", "killing a soldier and a shepherd": two people, one by one
_TWO_SINGLES = compile_gated(
    rf"\b(?P<v>killed|killing|wounded|wounding|injured|injuring)\s+(?:the|a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}\s+and\s+"
    rf"(?:the|a|an|one)\s+(?:[\w-]+\s+)?{_PERSON}\b(?!s)",
    re.I,
)
# "4 PKK terrorists detected in the Metina region were neutralized", "neutralized five militants": a ministry's
# word for its enemies killed (ACLED counts them), said only of people, never of a device
# ("a total of 78 terrorists": the count is the number, not the article)
_NEUTRALIZED_PEOPLE = r"(?:(?!\d|total\b|number\b)[\w/'’-]+\s+){0,3}?(?:terrorists?|militants?|members?|fighters?|insurgents?|gunmen|operatives?|elements?|rebels?|mercenaries)\b"
_NEUTRALIZED = compile_gated(
    rf"\b{_QUANT}\s+{_NEUTRALIZED_PEOPLE}[^.;]{{0,130}}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"neutrali[sz]ed\b"
    rf"|\bneutrali[sz](?:ed|ing)\s+{_QUANT.replace('?P<n>', '?P<n2>')}\s+{_NEUTRALIZED_PEOPLE}",
    re.I,
)
# "Seventeen militants were destroyed", "eliminated 30 terrorists": a defence ministry's words for enemies killed
# (people only: not "destroyed two vehicles carrying militants")
_DESTROYED_PEOPLE = (
    r"(?:(?!\d|total\b|number\b|vehicles?\b|cars?\b|trucks?\b|pickups?\b|tanks?\b|boats?\b|carrying\b|with\b|of\b)"
    r"[\w/'’-]+\s+){0,2}?(?:terrorists?|militants?|fighters?|insurgents?|gunmen|rebels?|mercenaries)\b"
)
_DESTROYED = compile_gated(
    rf"\b{_QUANT}\s+{_DESTROYED_PEOPLE}\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"(?:destroyed|eliminated|liquidated)\b"
    rf"|\b(?:destroyed|eliminated|liquidated)\s+{_QUANT.replace('?P<n>', '?P<n2>')}\s+{_DESTROYED_PEOPLE}",
    re.I,
)
# "a local network counted 16 bodies"
_BODIES = compile_gated(
    rf"\b(?:counted|recovered|retrieved|found)\s+{_QUANT}\s+bodies\b"
    # "rescuers pulled the bodies of two brothers from the ruins"
    rf"|\b(?:pulled|recovered|retrieved|found|discovered|dug out|removed)\s+(?:the\s+)?bodies\s+of\s+"
    rf"{_QUANT.replace('?P<n>', '?P<n2>')}"
    # "the bodies of two shepherds were found", "Three bodies were recovered from the river"
    rf"|\bbodies\s+of\s+{_QUANT.replace('?P<n>', '?P<n3>')}\s+(?:[\w-]+\s+){{0,3}}?(?:were|had\s+been|have\s+been)\s+"
    rf"(?:\w+\s+)?(?:found|discovered|recovered|retrieved|pulled|dumped)\b"
    rf"|{_QUANT.replace('?P<n>', '?P<n4>')}\s+(?:[\w-]+\s+)?bodies\s+(?:\w+\s+)?(?:were|had\s+been|have\s+been)\s+"
    rf"(?:\w+\s+)?(?:found|discovered|recovered|retrieved|pulled|dumped)\b",
    re.I,
)
# "a body was found dumped", "the body of a shepherd was found": one dead
_BODY = compile_gated(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?body\s+(?:of\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}?)?(?:was|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:found|discovered|recovered|retrieved|dumped)\b",
    re.I,
)
# Security reports' shorthand: "45 x KIA and 157 x WIA", "4 x ISF KIA", "2 x IP WIA" (killed/wounded in action)
_IN_ACTION = compile_gated(
    rf"\b{_QUANT}\s+(?:x\s+)?(?:[\w-]+\s+){{0,3}}?(?P<v>KIA|WIA|killed in action|wounded in action)\b"
)
# "the driver was killed": a singular victim without a number
_SINGULAR = _with_words(compile_gated(
    rf"\b(?:the|a|an|his|her|their|its)\s+{_GAP}was\s+(?:reportedly\s+|also\s+)?"
    rf"(?:(?:seriously|critically|severely|badly|lightly|slightly|moderately|fatally)\s+)?(?P<v>{_KILL}|{_WOUND})\b"
    # "He was killed instantly": the one person the sentence before named
    rf"|\b(?:[Hh]e|[Ss]he)\s+was\s+(?:reportedly\s+|later\s+)?"
    rf"(?:(?:seriously|critically|severely|badly|lightly|slightly|moderately)\s+)?(?P<v2>killed|shot dead|wounded|injured)\b"
    # "She died of her wounds"
    rf"|\b(?:[Hh]e|[Ss]he)\s+(?:later\s+)?(?P<v3>died|succumbed)\b(?=\s+(?:of|from|to)\s+(?:his|her)\s+(?:wounds|injuries))",
    re.I,
))
# A log's telegraphic line, its subject a bare singular: "Mar 12 Federal Police officer killed in IS attack in Rashad"
_LOG_SINGULAR = compile_gated(
    # (the day's digits are blanked by then: "Mar ## Federal Police officer")
    r"^(?:(?:Night of\s+)?(?:[A-Z][a-z]{2,8}\.?[\s\d#–-]+|[\s\d#–-]+[A-Z][a-z]{2,8}\.?)[\s:–-]+)?"
    rf"(?!(?:The|A|An|This|That|His|Her|Their|Its|One|Another)\b)"
    rf"(?P<who>(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{_ROLE}))\s+(?P<v>killed|shot dead|wounded|injured)\b"
)


def _has_log_verb(text: str) -> bool:
    """Whether ``text`` holds one of ``_LOG_SINGULAR``'s verbs (case-exact there), without which it cannot match."""
    return "killed" in text or "wounded" in text or "injured" in text or "shot dead" in text


# A rescuers' log: "Our teams pulled 5 injured civilians from under the rubble", "were unable to save a man and his
# elderly mother"
_RESCUED_HURT = compile_gated(
    rf"\b(?:pulled|rescued|retrieved|evacuated|extracted)\s+{_QUANT}\s+(?P<v>injured|wounded)\b", re.I
)
_NOT_SAVED = compile_gated(
    rf"\b(?:unable|failed)\s+to\s+save\s+(?:(?P<pair>(?:a|an|the)\s+(?:[\w-]+\s+)?{_ROLE}\s+and\s+(?:his|her|their)\s+"
    rf"(?:[\w-]+\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|child))\b|{_QUANT})",
    re.I,
)
# A record's own count: "Fatalities: 2."; a body found: "the body of a farmer ... was found"; "leaving him seriously
# wounded"
# ("Fatalities: 0 (no confirmed report)": a field the coder could not fill, no count of none)
_FATALITIES_FIELD = compile_gated(r"\bfatalities\s*:\s*(?P<n>\d+)\b(?!\s*\(\s*(?:no|not|un)\w*\b)", re.I)
# A dataset note's own fatality line: "Fatalities reported as between 292 and 324; coded as 292", "SOHR reported
# fatalities as 'dozens'; coded as 12", "Fatalities reported as 98, including 74 attackers": the coder's figure for the
# whole event, which no other count in the note adds to
_CODED_FATALITIES = compile_gated(
    r"\b(?:fatalities\s+(?:were\s+)?reported\s+as|reported\s+(?:the\s+)?fatalities\s+as)\s+"
    r"(?P<what>[^.;]{0,100}?)(?:;\s*coded\s+as\s+(?P<coded>\d[\d,]*))?(?=[.;]|$)",
    re.I,
)
_FIELD_HINT = re.compile(r"(?:killed|dead|deaths|injured|wounded|injuries)[ \t]*:")
# A record's labelled count: "Civilians reported killed: 4–6", "Civilians reported injured: 20+", "Wounded: 3"
_COUNT_FIELD = compile_gated(
    r"^[ \t]*(?:[A-Za-z]+[ \t]+){0,3}?(?P<v>killed|dead|deaths|injured|wounded|injuries)[ \t]*:[ \t]*"
    r"(?P<n>\d+)(?:[ \t]*[–-][ \t]*(?P<hi>\d+))?\+?",
    re.I | re.M,
)
_BODY_FOUND = compile_gated(
    r"\b(?:the )?(?P<n>body|bodies) of\b[^.;]{0,120}?\b(?:was|were) (?:found|discovered|recovered|dumped)\b"
    r"|\b(?:found|discovered|recovered|retrieved) the (?:[\w-]+ )?(?P<n2>body|bodies) of\b",
    re.I,
)
# "a child lost his life when rockets slammed into ..."
_LOST_LIFE = compile_gated(rf"\b(?:the|a|an)\s+{_GAP}lost\s+(?:his|her)\s+life\b", re.I)
# "said it killed 14 attackers and lost three soldiers": a side's own dead
_LOST_MEN = compile_gated(
    rf"\b(?:lost|losing)\s+{_QUANT}\s+(?:of\s+(?:its|their)\s+own\b(?!\s+\w)|(?:of\s+(?:its|their)\s+(?:own\s+)?)?"
    r"(?:[\w-]+\s+)?(?:soldiers|fighters|men|members|troops|personnel|policemen|officers|militiamen)\b)",
    re.I,
)
_LEFT_HIM = compile_gated(r"\b(?:left|leaving)\s+(?:him|her)\s+(?:\w+\s+)?(?P<v>dead|wounded|injured)\b", re.I)
# "death toll rose to 12", "12 fatalities", "12 people died"
_TOLL = _with_words(compile_gated(
    rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|of|at|reached)\s+{_QUANT}\b"
    # "the Ministry of Interior gave a lower toll of 35"
    rf"|\b(?:a|the|its|their)\s+(?:lower|higher|different|revised|final|official)\s+(?:death\s+)?toll\s+of\s+"
    rf"{_QUANT.replace('?P<n>', '?P<n2>')}\b"
    # "the toll from Saturday's raids had risen to 41"
    rf"|\btoll\s+(?:from\s+(?:[\w'’-]+\s+){{1,8}}?)?(?:had|has|have)\s+(?:now\s+|since\s+|further\s+)?"
    rf"(?:risen|climbed|jumped|increased|gone up)\s+to\s+{_QUANT.replace('?P<n>', '?P<n3>')}\b"
    # "bringing the day's toll in the village to six", "raising the toll from the attack to 12"
    rf"|\b(?:bringing|raising|brought|raised|pushing|pushed|taking|took)\s+(?:the|its|their)\s+"
    rf"(?:(?:day|attack|strike|blast|bombing|raid|shelling|massacre|incident)['’]s\s+)?(?:death\s+)?toll\s+"
    rf"(?:(?:in|from|of|on|at)\s+(?:[\w'’-]+\s+){{1,3}}?)?to\s+{_QUANT.replace('?P<n>', '?P<n5>')}\b"
    # "bringing the number killed to three", "raising the number of wounded to 40"
    rf"|\b(?:bringing|raising|brought|raised|pushing|pushed|taking|took)\s+(?:the|its|their)\s+number\s+"
    rf"(?:of\s+(?:(?:people|civilians|persons|those|victims|fighters|soldiers|the)\s+)?)?(?P<v2>killed|dead|wounded|injured)"
    rf"\s+(?:(?:in|from)\s+[^.;]{{0,40}}?\s+)?to\s+{_QUANT.replace('?P<n>', '?P<n6>')}\b"
    # "The number of people killed has risen to 39", "The number of wounded stands at no fewer than 60"
    rf"|\bnumber\s+of\s+(?:(?:people|civilians|persons|those|victims|fighters|soldiers|terrorists|militants|the)\s+)?"
    # ("the number of terrorists killed in this morning's air strike in Wadi al-Shay has risen to six")
    rf"(?P<v>killed|dead|wounded|injured)\s+(?:(?:in|from|during|by)\s+[^.;]{{0,60}}?\s+)?(?:has\s+|had\s+)?"
    rf"(?:now\s+|since\s+|further\s+)?"
    rf"(?:risen|climbed|increased|jumped|gone up|reached|stands|stood|is|was)\s+(?:to\s+|at\s+)?"
    rf"(?:no\s+(?:fewer|less)\s+than\s+)?{_QUANT.replace('?P<n>', '?P<n4>')}\b",
    re.I,
))
_FATALITIES = _with_words(compile_gated(
    rf"\b{_QUANT}\s+(?:fatalities|fatality|deaths|dead|people died|casualties)\b"
    rf"|\b{_QUANT.replace('?P<n>', '?P<n2>')}\s+(?:civilian|child|military|combatant|violent)\s+(?:deaths|fatalities)\b",
    re.I,
))
_VAGUE_LOSS = _with_words(compile_gated(
    r"\b(?:sustained|suffered|inflicted|caused|causing|resulted in|with)\s+(?:heavy\s+|many\s+|several\s+|some\s+|human\s+|numerous\s+)?"
    r"(?:casualties|losses)\b|\b(?:heavy|many|several|dozens of|numerous)\s+casualties\b",
    re.I,
))


@slot_init
@dataclass(frozen=True, slots=True)
class CasualtyMention:
    kind: str  # "killed" | "wounded"
    count: Count
    start: int
    end: int
    text: str


_WOUND_VERB = re.compile(rf"(?:{_WOUND}|wounding|injuring)$")
_MORE_THAN = compile_gated(r"(?:more than|over|at least|upwards of|in excess of)", re.I)


def _kind(verb: str) -> str:
    v = verb.lower()
    if _WOUND_VERB.match(v):
        return "wounded"
    return "killed"


_ABOUT_A_DOZEN = compile_gated(
    r"\b(?:about|around|nearly|some|roughly|approximately|almost|more than|over|at least|upwards of)\s+a\s+dozen\b", re.I
)


def _count(word: str, matched: str) -> Count:
    w = word.lower()
    if w in {"another", "the other"}:
        return Count.exact(1)
    if w == "a dozen" and _ABOUT_A_DOZEN.search(matched):
        return Count.vague(matched.strip())  # "around a dozen", "more than a dozen": a round guess, not twelve
    n = parse_number(w)
    between = (
        re.search(rf"\bbetween\s+({NUMBER_PATTERN})\s+and\s+{re.escape(word)}\b", matched, re.I)
        if "between" in matched.lower()  # no letter of it has another case fold: the test is exact
        else None
    )
    if n is not None and between:
        lo = parse_number(between.group(1).lower())
        if lo is not None and lo <= n:
            return Count(lo, lo, n)  # "between 10 and 12": the lower figure is the best estimate (ACLED)
    if n is not None:
        low = None if _MORE_THAN.match(matched) else n
        return Count(low if low is not None else n, n, None if low is None else n)
    return Count.vague(matched.strip())


_ANY_CASUALTY = _AnyOf(
    [
        "kia", "wia", "kill", "dead", "die", "wound", "injur", "hurt", "casualt", "execut", "behead", "assassin",
        "murder", "slain", "lost", "death", "fatalit", "maim", "toll", "loss", "shot", "martyr", "gunned", "losing",
        "lives of", "to save", "body of", "bodies of", "body was", "body had", "body has", "bodies", "suffocat",
        "treated", "hospitali", "neutrali", "massacred", "destroyed", "eliminated", "liquidated", "names of",
    ]
)  # fmt: skip


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE_NUMBER = compile_gated(
    rf"\b\d{{1,2}}(?:[–-]\d{{1,2}})?\s+{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
)


_ACCUSED_OF = compile_gated(r"\b(?:accused|suspected|charged|convicted)\s+(?:\w+\s+)?(?:of|with)\s+$", re.I)
_BETWEEN_BEFORE = compile_gated(r"\bbetween\s+$", re.I)
# Where a count can begin: the patterns that open with a count (passive, headline, pair, fatalities) are tried
# only there, instead of each scanning every word of the sentence.
# The letters a count can begin with (from the same word lists): a cheap test before the long alternation.
_QUANT_FIRST = "".join(
    sorted({w[0].lower() for w in (*_MODIFIERS, "between", "another", "the other", *VAGUE_WORDS, *NUMBER_WORDS)})
)
# (the first character taken, not only looked at: a pattern that matches only empty gets no start set to scan
# for; only where each match begins is read)
_QUANT_AT = compile_gated(rf"\b(?={_QUANT})[0-9{_QUANT_FIRST}]", re.I)
# The words of which each pattern tried at those starts holds one after its count (its verb, "fatalities", "KIA")
_CASUALTY_WORD_SOURCE = rf"{_KILL}|{_WOUND}|perished|sustained|suffered|kia|wia|fatalit|deaths|casualties"
_CASUALTY_WORD = compile_gated(_CASUALTY_WORD_SOURCE, re.I)
# The stems of the verbs that the verb-led patterns below (_ACTIVE, _ONE_VICTIM, _PRONOUN, _NAMED_VICTIM,
# _ONE_WOUNDED) open with: each match of one begins where one of these does ("killing three", "shot dead the
# commander"), so those patterns are tried only there instead of at every word.
_VERB_STEMS = (
    "kill", "wound", "injur", "shot", "gunned", "execut", "assassinat", "behead", "murder", "massacr", "martyr",
    "claim", "taking", "took", "stabbed", "beat", "shooting",
)  # fmt: skip


def _word_automaton() -> object:
    import ahocorasick

    words = literal_strings(_CASUALTY_WORD_SOURCE)
    assert words is not None
    # (no word begins another: at each place at most one of them matches, whatever the alternation's order)
    assert not any(a != b and b.startswith(a) for a in words for b in words)
    automaton = ahocorasick.Automaton()
    for w in {*words, *_VERB_STEMS}:
        automaton.add_word(w, (len(w), w in words, w in _VERB_STEMS))
    automaton.make_automaton()
    return automaton


_WORDS = _word_automaton()


def _words_and_verbs(low: str) -> tuple[int, list[int]]:
    """For a lower-cased text whose letters fold plainly (so its offsets are the text's): where the last match of
    ``_CASUALTY_WORD.finditer`` ends (0: none), and where a verb stem begins, ascending; from one pass in C.

    The casualty words are literals, none the start of another, so ``finditer`` takes the leftmost occurrence, then
    the next one that begins at or after its end: the same walk over every occurrence, sorted by where it begins."""
    words: list[tuple[int, int]] = []
    verbs: list[int] = []
    for last, (n, word, verb) in _WORDS.iter(low):  # type: ignore[attr-defined]
        if word:
            words.append((last + 1 - n, last + 1))
        if verb:
            verbs.append(last + 1 - n)
    end = 0
    for s, e in sorted(words) if len(words) > 1 else words:
        if s >= end:
            end = e
    return end, sorted(set(verbs)) if len(verbs) > 1 else verbs


# "two of the wounded had died overnight", "one of the injured, a woman in her sixties, passed away": dead moved
# from the wounded
DIED_OF_WOUNDS = compile_gated(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|those)\s+(?:wounded|injured)\b"
    r"[^.;]{0,60}?\b(?:had\s+|has\s+|have\s+|later\s+|since\s+|subsequently\s+)*(?:died|passed away|succumbed)\b",
    re.I,
)
_DASH_ASIDE = compile_gated(r"(?<![0-9])\s[–—]\s[^–—.;]{1,60}?\s[–—]\s")  # (not the dash after a feed line's clock)


_KINDS = r"(?:civilians|soldiers|fighters|children|women|men|policemen|militants|troops|combatants|militiamen)"
# "Eighteen civilians, most of them women and children, were killed": an aside about the same dead
_COMMA_ASIDE = compile_gated(
    r",\s+(?:(?:most|many|some|all|several|half|among|mostly|mainly|including)\b[^,.;()]{1,60}|among\s+them\b[^,.;()]{1,90}"
    # ("around 500 people, civilians and soldiers, had been killed": who they were, no count of their own)
    rf"|{_KINDS}\s+(?:and|or)\s+{_KINDS}),"
    r"(?=\s+(?:were|was|had been|have been)\b"
    # ("Four ISIS members, among them a senior leader, and two local fighters were killed": six)
    r"|\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|one)\s"
    # ("rose to 17 civilians, among them four children and three women, after ...": the 17 told part by part)
    r"|(?<=,)\s+(?:after|as|when|while|following)\b)",
    re.I,
)


def _without_date_numbers(text: str) -> str:
    """Days and years are not casualty counts: "On 8 March 2021, two soldiers were killed"; an aside between dashes
    is blanked ("Four personnel – two officers and two airmen – were wounded": four, not four plus two plus two)."""
    text = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), text) if "–" in text or "—" in text else text
    text = _COMMA_ASIDE.sub(lambda m: " " * len(m.group(0)), text) if ", " in text else text
    if "age" in text:
        # "a boy aged 12 was killed": an age counts no one
        text = _AGED.sub(lambda m: m.group(0)[: m.start("n") - m.start()] + re.sub(r"\w", "x", m.group("n")), text)
    if "km" in text or "kilomet" in text or "mile" in text or "metre" in text or "meter" in text:
        # "about 20 km east of As Sukhnah, shooting sixteen of them dead": a distance counts no one
        text = _DISTANCE.sub(lambda m: "x" * len(m.group("n")) + m.group(0)[len(m.group("n")) :], text)
    if any(w in text for w in _DURATION_WORDS) and _DURATION_UNIT.search(text):
        # "killed over three days", "Five days later two farmers were killed": a duration counts no one
        text = _DURATION.sub(lambda m: "x" * len(m.group("n")) + m.group(0)[len(m.group("n")) :], text)
    # (each date form holds a digit: a text without one is left as it is, unscanned)
    return _DATE_NUMBER.sub(lambda m: re.sub(r"\d", "#", m.group(0)), text) if _ANY_DIGIT.search(text) else text


_FATALITIES_AND_HURT = compile_gated(
    rf"\b{_QUANT}\s+(?P<w>fatalities|fatality)\s+and\s+{_QUANT.replace('?P<n>', '?P<n2>')}\s+(?:people\s+)?"
    r"(?:injured|wounded|injuries)\b",
    re.I,
)
# "..., bringing the toll to three dead and four wounded", "raising the toll to three martyrs and four injured": the
# running total of both, which the figures told before it add up to
TOLL_PAIR = compile_gated(
    rf"\b(?:bringing|raising|taking|pushing|lifting|brought|raised|took)\s+the\s+(?:overall\s+|total\s+|death\s+)?"
    rf"(?:toll|number\s+of\s+casualties|casualty\s+toll)\s+to\s+{_QUANT}\s+(?:people\s+)?(?:dead|killed|martyrs|deaths|"
    rf"fatalities)\s+and\s+{_QUANT.replace('?P<n>', '?P<n2>')}\s+(?:people\s+)?(?:wounded|injured|injuries)\b",
    re.I,
)
# "pushed them back, killing four of the attackers and losing one soldier", "fought IS near Rutba, losing two men":
# the side's own dead
_LOSING = compile_gated(
    # ("while the attackers lost at least 14 of their members": the other side's dead)
    rf"\b(?:losing|(?<=attackers )lost|(?<=assailants )lost|(?<=militants )lost|(?<=enemy )lost)\s+{_QUANT}\s+"
    r"(?:of\s+(?:its|their|his)\s+(?:own\s+)?)?(?:[\w-]+\s+)?(?:m[ae]n|soldiers?|fighters?|"
    r"members?|troops|personnel|policem[ae]n|officers?|guards?|militiam[ae]n)\b",
    re.I,
)
_AGE = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty)"
)
# "a boy aged 12", "two brothers aged nine and 13", "aged between 8 and 15": ages, not counts
_AGED = compile_gated(
    rf"\baged?\s+(?:about\s+|around\s+|between\s+)?(?P<n>{_AGE}(?:(?:\s*,\s*|\s+and\s+|\s*(?:-|–|to)\s*){_AGE})*)\b",
    re.I,
)
_DISTANCE = compile_gated(
    r"\b(?P<n>\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s*-?\s*(?:km|kms|kilomet(?:er|re)s?|"
    r"miles?|met(?:er|re)s?)\b",
    re.I,
)
_DURATION_UNIT = re.compile(r" (?:days|hours|weeks|months|years|nights|minutes)\b")
_DURATION_WORDS = (" days", " hours", " weeks", " months", " years", " nights", " minutes")  # (its words, for `in`)
_ANY_DIGIT = compile_gated(r"\d")
_DURATION = compile_gated(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days|hours|weeks|months|years|"
    r"nights|minutes)\b",
    re.I,
)


_FEW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
# "shot him and his brother dead": two
_SHOT_THEM_BOTH = _with_words(compile_gated(
    r"\b(?:shot|gunned)\s+(?:him|her)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:brother|son|daughter|wife|husband|father|"
    r"mother|cousin|nephew|sister|driver|bodyguard|companion|guard)\s+(?:dead|down)\b"
    # "shot her dead together with her driver"
    r"|\b(?:shot|gunned)\s+(?:him|her)\s+(?:dead|down)\s+(?:together|along)\s+with\s+(?:his|her)\s+(?:[\w-]+\s+)?"
    r"(?:brother|son|daughter|wife|husband|father|mother|cousin|nephew|sister|driver|bodyguard|companion|guard)\b",
    re.I,
))
# "killed Abu Musab al-Zarqawi and five others", "killed Sheikh Abu Risha, together with two of his bodyguards"
_NAMED_AND_OTHERS = compile_gated(
    r"\b(?P<v>killed|killing|assassinated|wounded|wounding)\s+(?-i:(?:[A-Z][\w'’-]*|al-|bin|ibn|abu|Abu)\s*){1,6},?\s+"
    # ("killing Abu Musab al-Zarqawi, the leader of Al Qaeda in Iraq, together with five other people": who he was)
    r"(?:(?:the|a|an)\s+[^,;.]{1,80},\s+)?"
    rf"(?:together\s+with|along\s+with|and)\s+(?:(?P<n>{_FEW})\s+(?:others\b|of\s+(?:his|her)\s+[\w-]+"
    # ("killed General X and six other Iranian officers")
    r"|other\s+(?:[\w-]+\s+)?(?:people|persons|men|civilians|passengers|officers|soldiers|fighters|members|officials|"
    r"guards|commanders|militiamen|troops|policemen|personnel|advisers|advisors|experts)\b)"
    # "..., and his two companions"
    rf"|(?:his|her)\s+(?P<n2>{_FEW})\s+(?:companions|bodyguards|guards|aides|escorts|assistants|sons|brothers)\b)",
    re.I,
)
# "killing ISIS leader Abu Yusif, also known as Mahmud, and one other ISIS operative": the named man and the others
_TITLED_AND_OTHER = compile_gated(
    r"\b(?P<v>killed|killing|assassinated)\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:senior\s+|top\s+|local\s+)?(?:leader|commander|"
    r"official|emir|chief|spokesman|operative|member|financier|facilitator)\s+(?-i:(?:[A-Z][\w'’-]*|al-|bin|ibn|abu)\s*){1,6}"
    r"(?:,\s+(?:also\s+known\s+as|known\s+as|alias|a|an|the)\s+[^,.;]{1,60},)?\s+(?:together\s+with|along\s+with|and)\s+"
    rf"(?P<n>{_FEW}|another)\s+(?:other\s+)?(?:[\w-]+\s+){{0,2}}?(?:operatives?|fighters?|members?|militants?|leaders?|"
    r"commanders?|officials?|men|associates?|aides?|companions?|others)\b",
    re.I,
)
# "killed Soleimani, al-Muhandis and eight others", "killing him, his infant daughter and two others": those named,
# one by one, and the others counted
_LISTED = (
    # ("Quds Force commander Qasem Soleimani, PMF deputy chairman Abu Mahdi al-Muhandis": a title before the name)
    r"(?:him|her|(?:(?:[\w'’-]+\s+){0,3}?(?:deputy\s+)?(?:commander|chairman|leader|chief|head|official|spokesman|general|colonel|emir|mayor)\s+)?"
    r"(?:al-)?[A-Z][\w'’-]*(?:[ -](?:al-)?[A-Z][\w'’-]*){0,3}|"
    r"(?:his|her)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|driver|bodyguard|"
    r"companion|child|nephew|cousin))"
)
_LISTED_AND_OTHERS = compile_gated(
    rf"\b(?P<v>killed|killing)\s+(?P<list>(?:{_LISTED},\s+){{1,4}}{_LISTED}),?\s+and\s+(?P<n>{_FEW})\s+"
    r"(?:others|other\s+(?:people|persons|civilians|men|passengers|members))\b"
)
# "a strike that killed Abu-'Abd-al-Rahman al-Makki, a senior leader of Hurras al-Din": one man, named
_NAMED_ONE = compile_gated(
    r"\b(?P<v>killed|killing|assassinated|assassinating)\s+"
    # ("killed on Monday evening, 13 May, Ahmad al-Zoubi, a former commander": the day told before the name)
    r"(?:(?:late\s+|early\s+)?on\s+[^,.;]{3,30}?,\s+(?:[#\w]+\s+[#\w]+,\s+)?)?"
    r"(?-i:(?:[A-Z][\w'’-]*|al-|bin|ibn|abu)[\s-]*){2,6}(?=,\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:leader|commander|official|emir|member|activist|journalist|judge|cleric|officer|"
    r"doctor|spokesman|figure|financier|facilitator)\b"
    r"(?![^.;]{0,40}?,?\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|his|her|another)\b))",
    re.I,
)
# "killing the two men inside": a count after "the"
_THE_N_INSIDE = compile_gated(
    rf"\b(?P<v>killing|killed|wounding|wounded|injuring|injured)\s+(?:all\s+)?the\s+(?P<n>{_FEW})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:men|people|occupants|passengers|soldiers|fighters|members|civilians|women|children|"
    r"brothers|policemen|guards|riders|militants|operatives)\b",
    re.I,
)
# "abducted two shepherds near Abu Saida and executed them": the captives counted, then killed
_TOOK_AND_KILLED_THEM = compile_gated(
    rf"\b(?:abducted|kidnapped|seized|captured|detained|took)\s+{_QUANT}\s+(?:[\w'’-]+\s+){{0,10}}?"
    r"(?:and|before|then)\s+(?:later\s+|then\s+|subsequently\s+)?(?P<v>executed|killed|shot|beheaded|murdered|"
    r"shot\s+dead)\s+them\b",
    re.I,
)
# "killing three soldiers, two police officers and a civilian worker": victims counted group by group
_COMMA_GROUPS = compile_gated(
    r"\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?(?!and\b|or\b)[\w'’-]+"
    # ("killing four people, two of them children, and ...": a part of the four, not more of them)
    rf"(?P<groups>(?:,\s+(?:{NUMBER_PATTERN})\s+(?!of\s+(?:them|whom)\b)(?:(?!and\b)[\w'’-]+\s+){{0,3}}?"
    r"(?!and\b)[\w'’-]+)+),?\s+and\s+"
    rf"(?P<last>{NUMBER_PATTERN})\s+"
    r"(?![\w'’-]+\s+(?:were|was|have|had)\b)",
    re.I,
)
_AND_N_OTHERS = compile_gated(
    rf"(?:\s+[\w'’-]+){{0,3}}?,?\s+and\s+(?P<q>(?:at least|some|more than|about|nearly)\s+)?(?P<n>{NUMBER_PATTERN})\s+"
    r"(?:others|other\s+people)\b",
    re.I,
)
_GENERIC_VICTIMS = compile_gated(
    r"\b(?:people|persons|civilians|members|relatives|victims|individuals|residents|family|citizens)\b", re.I
)
_TELLERS_NEXT = compile_gated(r"\s*(?:[\w'’-]+\s+){0,3}?(?:said|say|says|told|reported|added|confirmed)\b", re.I)
_GROUP_COUNT = compile_gated(rf",\s+(?P<n>{NUMBER_PATTERN})\s+", re.I)
# "He died on the way to hospital": the one victim told before
_HE_DIED = compile_gated(
    r"(?:^|[.;]\s+|,\s+and\s+)(?:he|she)\s+(?:later\s+)?(?:died|succumbed\s+to\s+(?:his|her)\s+(?:wounds|injuries))\b",
    re.I,
)


_KNOWN_AS = compile_gated(r",\s+(?:also\s+)?known\s+as\s+[^,;]{1,60}(?:,\s+or\s+[^,;]{1,20})?,", re.I)


_BEATEN_OF_THEM = compile_gated(
    rf"\b(?:beating|beat|stabbing|stabbed|shooting|shot|hacking|hacked|lynching)\s+(?P<n>{NUMBER_PATTERN})\s+of\s+them\s+"
    r"to\s+death\b",
    re.I,
)
# "shot dead a shepherd and wounded his son": one more victim, told by kinship alone
_HIS_KIN = compile_gated(
    r"\b(?P<v>killed|killing|wounded|wounding|injured|injuring)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|"
    r"husband|brother|sister|father|mother|cousin|nephew|niece|uncle|driver|bodyguard|companion|child)\b(?!\s+and\b)",
    re.I,
)
_THE_OTHER_HURT = compile_gated(
    r"\bthe\s+(?:second|other)\s+(?:one\s+|man\s+|woman\s+|victim\s+)?(?:was|were)\b[^.;]{0,50}?\b(?:injured|wounded|hurt)\b",
    re.I,
)


_NTH_BEFORE = compile_gated(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+$", re.I
)
_SCARE_QUOTED = compile_gated(r"(?<=\s)[\"“](?P<w>[a-z]+(?:ed|ised|ized))[\"”](?=\s)")


# The patterns searched only where their words are, those words tested in one Aho-Corasick pass over the text
# instead of a loop of substring tests per pattern (each pattern's one or two literal sets, as ``possible`` tests)
_WORDED: tuple[Prefiltered, ...] = (
    _SHOT_THEM_BOTH, _NOMINAL, _LEFT_DEAD, _KIN_VICTIM, _ROLE_AND_AIDE, _SINGULAR, _VAGUE_LOSS, _PASSIVE, _HEADLINE,
    _TOLL, _FATALITIES,
)  # fmt: skip
_WORDED_INDEX = LiteralIndex(
    [p.literal_sets[0] if p.literal_sets else None for p in _WORDED],
    [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in _WORDED],
)


_EACH_SIDE = compile_gated(r"\s*(?:on|from)\s+(?:each|either)\s+side\b", re.I)


def _counts_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``match_at`` for a count-then-verb pattern, less the matches whose count is an article before a plural verb
    ("residents held in a building in the village were killed", "According to another report, fifteen men were
    executed": a word of a place or a report, no count); the starts inside such a match are still tried."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is None:
            continue
        n = next((m.group(k) for k in ("n", "n2", "n3") if k in pattern.groupindex and m.group(k) is not None), "")
        if (
            n.lower() in ("a", "an", "another")
            and " were " in m.group(0)
            and not text[max(0, m.start() - 5) : m.start()].lower().endswith(("and ", "or "))
        ):
            continue
        yield m
        end = max(m.end(), pos + 1)


def find_casualties(text: str) -> list[CasualtyMention]:
    """Every killed/wounded mention in ``text``, non-overlapping, in order."""
    if not _ANY_CASUALTY(text.lower()):
        return []
    text = _without_date_numbers(text)
    if '"' in text or "“" in text:
        # 'gunmen "executed" two guards': a word quoted is still the verb (not a ministry's "neutralized", whose
        # quotes set its term apart: killed, captured or surrendered)
        text = _SCARE_QUOTED.sub(lambda m: m.group(0) if m.group("w").startswith("neutral") else f" {m.group('w')} ", text)
    if "known as" in text:
        # "five members of the main Kurdish militia, known as the People's Protection Units, or Y.P.G., were
        # killed": the aside names the victims' group; blanked, the count reaches its verb
        text = _KNOWN_AS.sub(lambda m: " " * len(m.group(0)), text)
    found: list[CasualtyMention] = []
    taken: list[tuple[int, int]] = []
    since = "since the" in text
    not_coded = "not coded" in text
    rises: list[int] = []  # where "raising the toll to 17" ends: "after a wounded fighter died" is why it rose

    def add(kind: str, count: Count, s: int, e: int) -> None:
        if any(s < te and ts < e for ts, te in taken) or _TIME_SPAN.match(text, s):
            return  # ("Clashes lasted for about half an hour and a soldier was killed": the "an" is of the hour)
        if s >= 7 and _NTH_BEFORE.search(text, max(0, s - 20), s):
            return  # "It was the fourth killing of a committee member since January": this one, counted in a series
        if since and _SINCE_CAMPAIGN.match(text, e):
            return
        if not_coded and _NOT_CODED.match(text, e):
            return  # "more than 100 soldiers had died since 13 May [cumulative, not coded]": the coder left it out
        if " of them" in text and _PART_OF_THEM.match(text, s) and any(f.kind == kind for f in found):
            return  # "executed 26 civilians. Ten of them were beheaded": some of those counted, not more
        if kind == "wounded" and (" died" in text or "succumbed" in text) and _THEN_DIED.match(text, e):
            return  # "after a wounded fighter died in hospital": one of the dead, no longer wounded
        if any(re_ <= s <= re_ + 12 for re_ in rises) and text[rises[-1] : s].lstrip(" ,").lower().startswith("after"):
            return  # "raising the toll to 17 after a wounded fighter died": why the toll rose, counted in it
        taken.append((s, e))
        found.append(CasualtyMention(kind, count, s, e, text[s:e]))

    low = text.lower()
    plain = folds_plainly(text)  # the word tests before the patterns below are exact
    # the patterns of ``_WORDED`` whose words the text holds, from one pass over it (None: a text the test is not
    # exact for)
    maybe = {id(_WORDED[i]) for i in _WORDED_INDEX.candidates(low)} if plain else None
    # where the verb-led patterns are tried (None: everywhere, for a text a literal test cannot be trusted on), and
    # where the last casualty word ends
    verbs: list[int] | None
    words_end, verbs = _words_and_verbs(low) if plain else (0, None)
    reports = _REPORT_VERB(low)  # three patterns below need a reporting verb
    for m in _WHETHER_ANY.finditer(text) if "whether" in low or " if any" in low else ():
        taken.append((m.start(), m.end()))  # "did not say whether anyone was killed": no count told
    for m in _NO_ONE.finditer(text) if "no one" in low or "nobody" in low or "none" in low else ():
        add(_kind(m.group("v") or m.group("v2")), Count.exact(0), m.start(), m.end())
    # "The toll later rose to eight when two of the wounded died": the new toll, before "eight ... died" reads as more dead
    for m in _ROSE_TO.finditer(text) if ("toll" in low or "number of" in low) and " to " in low else ():
        g = "n" if m.group("n") is not None else "n2" if m.group("n2") is not None else "n3"
        add("killed", _count(m.group(g), m.group(0)[m.start(g) - m.start() :]), m.start(), m.end())
        rises.append(m.end())
    for m in _FATALITIES_AND_HURT.finditer(text) if "fatalit" in low and " and " in low else ():
        # "resulting in 2 fatalities and 9 injured": a coder's pair, the dead first
        add("killed", _count(m.group("n"), m.group(0)), m.start(), m.end("w"))
        add("wounded", _count(m.group("n2"), m.group(0)[m.start("n2") - m.start() :]), m.start("n2"), m.end())
    for m in _each(_SHOT_THEM_BOTH, text, maybe) if " and " in low or " with " in low else ():
        add("killed", Count.exact(2), m.start(), m.end())
    for m in _NAMED_AND_OTHERS.finditer(text) if "with" in low or "other" in low or " his " in low or " her " in low else ():
        n = parse_number((m.group("n") or m.group("n2")).lower())
        if n:
            add(_kind(m.group("v")), Count.exact(n + 1), m.start(), m.end())
    kill_word = "kill" in low or "assassinat" in low
    for m in _TITLED_AND_OTHER.finditer(text) if kill_word and (" and " in low or " with " in low) else ():
        n = 1 if m.group("n").lower() == "another" else parse_number(m.group("n").lower())
        if n:
            add(_kind(m.group("v")), Count.exact(n + 1), m.start(), m.end())
    for m in _LISTED_AND_OTHERS.finditer(text) if kill_word and (" others" in low or " other " in low) else ():
        n = parse_number(m.group("n").lower())
        if n:
            add("killed", Count.exact(m.group("list").count(",") + 1 + n), m.start(), m.end())
    for m in _NAMED_ONE.finditer(text) if kill_word and (", a" in low or ", the" in low) else ():
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    for m in _THE_N_INSIDE.finditer(text) if "the " in low else ():
        n = parse_number(m.group("n").lower())
        if n:
            add(_kind(m.group("v")), Count.exact(n), m.start(), m.end())
    for m in _TOOK_AND_KILLED_THEM.finditer(text) if " them" in low else ():
        count = _count(m.group("n"), m.group(0))
        if count.best is not None:
            add("killed", count, m.start(), m.end())
    for m in _HE_DIED.finditer(text) if " died" in low or "succumbed" in low else ():
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _KIN_LIST_ACTIVE.finditer(text) if " and their " in low or " and his " in low or " and her " in low else ():
        n = (parse_number(m.group("n").lower()) or 1) if m.group("n") else 1
        add(_kind(m.group("v")), Count.exact(2 + n), m.start(), m.end())
    for m in _TWO_SINGLES.finditer(text) if " and " in low else ():
        add(_kind(m.group("v")), Count.exact(2), m.start(), m.end())
    for m in _ONE_AND_KIN.finditer(text) if " and his " in low or " and her " in low else ():
        add(_kind(m.group("v")), Count.exact(2), m.start(), m.end())
    for m in _FAMILY_OF.finditer(text) if "family of" in low else ():
        n = parse_number((m.group("n") or m.group("n2")).lower())
        if n:
            add("killed", Count.exact(n), m.start(), m.end())
    for m in _PUT_AT.finditer(text) if "put" in low or "toll of" in low or "estimat" in low else ():
        if m.group("noun2") is not None:
            add("killed", _count(m.group("n2"), m.group(0)[m.start("n2") - m.start() :]), m.start(), m.end())
            continue
        noun, verb = m.group("noun").lower(), m.group("v")
        kind = _kind(verb) if verb else ("wounded" if noun.endswith(("wounded", "injured")) else "killed")
        count = _count(m.group("n"), m.group(0)[m.start("n") - m.start() :])
        more = _AND_MORE_GROUP.match(text[m.end() :]) if count.best is not None and " and " in low else None
        extra = _count(more.group("n"), more.group(0)) if more else None
        if more and extra is not None and extra.best is not None and count.best is not None:
            # "put the number of dead at 21 ISIS operatives and four SDF fighters": both sides' dead
            add(kind, Count.exact(count.best + extra.best), m.start(), m.end() + more.end())
            continue
        add(kind, count, m.start(), m.end())
    for m in _BEATEN_OF_THEM.finditer(text) if " of them " in low else ():
        # "set upon two men, beating one of them to death; the second was handed to the police badly injured"
        add("killed", _count(m.group("n"), m.group(0)), m.start(), m.end())
        other = _THE_OTHER_HURT.search(text, m.end(), m.end() + 120)
        if other is not None:
            add("wounded", Count.exact(1), other.start(), other.end())
    for m in _HIS_KIN.finditer(text) if " his " in low or " her " in low else ():
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    for m in _KILLED_AND_WOUNDED.finditer(text) if "killed and" in low or "killing and" in low or "dead and" in low else ():
        add("killed", Count.vague(m.group(0)), m.start(), m.end())
    for m in _each(_NOMINAL, text, maybe):
        if _CAUSE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "a standoff over the killing of a soldier", "protesting the murder of an activist": a cause
        kind = "wounded" if m.group("v").lower() in {"injury", "injuring", "wounding"} else "killed"
        count = _count(m.group("n"), m.group(0))
        more = _AND_MORE_GROUP.match(text[m.end() :]) if count.best is not None and " and " in low else None
        extra = _count(more.group("n"), more.group(0)) if more else None
        if more and extra is not None and extra.best is not None and count.best is not None:
            add(kind, Count.exact(count.best + extra.best), m.start(), m.end() + more.end())
            continue
        add(kind, count, m.start(), m.end())
    for m in _verb_led(_ACTIVE, text, verbs):
        if _ACCUSED_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a man accused of killing a child": an accusation, not this event's dead
        count = _count(m.group("n"), m.group(0))
        kin = _KIN.match(text[m.end() :])
        if kin and count.best is not None:
            # "a farmer and his son": one more; "a woman and her two children": two more
            count = Count.exact(count.best + (parse_number(kin.group("kin_n").lower()) or 1 if kin.group("kin_n") else 1))
            add(_kind(m.group("v")), count, m.start(), m.end() + kin.end())
            continue
        if count.best == 1 and " with " in low and _NOUN_ALONG_WITH_KIN.match(text[m.end() :]):
            # "killing a local official along with members of his family": he and an untold number more
            add(_kind(m.group("v")), Count(2, None, None, "one and members of his family"), m.start(), m.end())
            continue
        groups = _COMMA_GROUPS.match(text, m.end()) if count.best is not None and "," in text[m.end() :] else None
        if groups is not None and count.best is not None:
            # "killing three soldiers, two police officers and a civilian worker": each group's count
            extra_n = [parse_number(g.group("n").lower()) for g in _GROUP_COUNT.finditer(groups.group("groups"))]
            last = parse_number(groups.group("last").lower())
            parts = sum(x for x in extra_n if x is not None) + (last or 0)
            # ("killing five members of one family, two women and three children", "wounding two civilians, a woman
            # and a child": people told, then the same people part by part)
            told_parts = parts == count.best and _GENERIC_VICTIMS.search(text, m.end(), groups.start("groups"))
            # ("wounding three more, an army officer and a doctor said": the tellers, no victims)
            tellers = _TELLERS_NEXT.match(text, groups.end("last"))
            if last is not None and extra_n and all(x is not None for x in extra_n) and not told_parts and not tellers:
                total_n = count.best + parts
                others = _AND_N_OTHERS.match(text, groups.end("last")) if " other" in low else None
                extra = _count(others.group("n"), (others.group("q") or "") + others.group("n")) if others is not None else None
                if others is not None and extra is not None and extra.best is not None:
                    # "killing two US soldiers, a civilian employee and a contractor, and at least 15 others": the
                    # groups, then the rest counted together
                    total_n += extra.best
                    hi = total_n if extra.high is not None else None
                    add(_kind(m.group("v")), Count(total_n, total_n, hi, None), m.start(), others.end())
                    continue
                add(_kind(m.group("v")), Count.exact(total_n), m.start(), groups.end("last"))
                continue
        more = _AND_MORE.match(text[m.end() :])
        if more and count.best is not None:
            extra = _count(more.group("n"), more.group(0))
            if extra.best is not None:
                add(
                    _kind(m.group("v")), Count.exact(count.best + extra.best), m.start(), m.end() + more.end()
                )
                continue
        one_more = _AND_ONE_MORE.match(text[m.end() :]) if count.best is not None else None
        if one_more and count.best is not None:
            # "killing two members of the YBS and a civilian passer-by": one more
            add(_kind(m.group("v")), Count.exact(count.best + 1), m.start(), m.end() + one_more.end())
            continue
        add(_kind(m.group("v")), count, m.start(), m.end())
    for m in _LEFT_DEAD_PAIR.finditer(text) if " and " in low and ("left" in low or "leaving" in low) else ():
        a, b = _count(m.group("n"), m.group(0)), parse_number(m.group("n2").lower())
        if a.best is not None and b is not None:
            add(_kind(m.group("v")), Count.exact(a.best + b), m.start(), m.end())
    for m in _REPORTED_PAIR.finditer(text) if " and " in low and reports else ():
        a, b = _count(m.group("n"), m.group(0)[m.start("n") - m.start() :]), parse_number(m.group("n2").lower())
        if a.best is not None and b is not None:
            add(_kind(m.group("v")), Count.exact(a.best + b), m.start(), m.end())
    for m in _each(_LEFT_DEAD, text, maybe):
        add(_kind(m.group("v")), _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _KIN_LIST.finditer(text) if " and their " in low or " and his " in low or " and her " in low else ():
        n = parse_number(m.group("n").lower()) if m.group("n") else 1
        add(_kind(m.group("v")), Count.exact(2 + (n or 1)), m.start(), m.end())
    for m in _BODIES.finditer(text) if "bodies" in low else ():
        g = next(k for k in ("n", "n2", "n3", "n4") if m.group(k) is not None)
        add("killed", _count(m.group(g), m.group(0)[m.start(g) - m.start() :]), m.start(g), m.end())
    for m in _NEUTRALIZED.finditer(text) if "neutrali" in low else ():
        g = "n" if m.group("n") is not None else "n2"
        n = _count(m.group(g), m.group(0)[m.start(g) - m.start() :]).best
        if n is not None:
            # the ministry's word covers the captured and the surrendered too: all of them at best, none at least
            add("killed", Count(0, n, n, "neutralized: killed, captured or surrendered"), m.start(g), m.end())
    for m in _DESTROYED.finditer(text) if "destroyed" in low or "eliminated" in low or "liquidated" in low else ():
        g = "n" if m.group("n") is not None else "n2"
        add("killed", _count(m.group(g), m.group(0)[m.start(g) - m.start() :]), m.start(g), m.end())
    for m in _BODY.finditer(text) if "body" in low else ():
        add("killed", Count.exact(1), m.start(), m.end())
    # before the counts that open a phrase: "A woman and her two children were killed" is three, not two
    for m in _each(_KIN_VICTIM, text, maybe) if " and " in low else ():
        n = (parse_number(m.group("n").lower()) if m.group("n") else 1) or 1
        add(_kind(m.group("v")), Count.exact(n + (1 if m.group("lead") else 0)), m.start(), m.end())  # "A woman and her son"
    for m in _each(_ROLE_AND_AIDE, text, maybe) if " and " in low else ():
        add(_kind(m.group("v")), Count.exact(2), m.start(), m.end())
    # Each pattern tried at these count starts needs a casualty word after its count: a count past the end of the
    # last such word begins no match, and is not tried.
    for m in _CASUALTY_WORD.finditer(text) if not plain else ():
        words_end = m.end()
    starts = []
    for m in _QUANT_AT.finditer(text) if words_end else ():
        if m.start() >= words_end:
            break
        starts.append(m.start())
    for m in match_at(_PASSIVE_LIST, text, starts) if ", " in text else ():
        first = _count(m.group("n"), m.group(0)).best
        rest = [parse_number(x.group("n").lower()) for x in _LIST_NUMBER.finditer(text, m.start("mid"), m.end("mid"))]
        last = parse_number(m.group("n2").lower())
        if first is not None and last is not None and rest and None not in rest:
            add(_kind(m.group("v")), Count.exact(first + sum(n for n in rest if n) + last), m.start(), m.end())
    for m in match_at(_PASSIVE_PAIR, text, starts):
        if _BETWEEN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "between three and five soldiers were killed" is a range, not two groups
        a, b = _count(m.group("n"), m.group(0)), 1 if m.group("n2").lower() == "another" else parse_number(m.group("n2"))
        kind = "wounded" if m.group("vs") else _kind(m.group("v") or m.group("vd"))
        if _UNKNOWN_NUMBER.match(text, m.end("n2")):
            # "four soldiers and an unknown number of militants were killed": the four are known
            add(kind, a, m.start(), m.end())
        elif a.best is not None and b is not None:
            add(kind, Count.exact(a.best + b), m.start(), m.end())
    for m in match_at(_PASSIVE_AND_ONE, text, starts) if _AND_ROLE.search(low) else ():
        n = _count(m.group("n"), m.group(0))
        if n.best is not None:
            add(_kind(m.group("v") or m.group("vd")), Count.exact(n.best + 1), m.start(), m.end())
    for m in match_at(_PASSIVE_CONJ, text, starts) if " and " in low else ():
        count = _count(m.group("n"), m.group(0))
        also = _AS_WELL_AS.match(text[m.end() :]) if "as well as" in low else None
        extra = _count(also.group("n"), also.group(0)) if also else None
        if also and extra is not None and extra.best is not None and count.best is not None:
            add(_kind(m.group("v")), Count.exact(count.best + extra.best), m.start(), m.end() + also.end())
            continue
        add(_kind(m.group("v")), count, m.start(), m.end())
    for m in match_at(_DIED, text, starts) if "died" in low or "perished" in low or " lives" in low else ():
        add("killed", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in match_at(_IN_ACTION, text, starts) if "IA" in text or "in action" in text else ():
        add("wounded" if m.group("v")[0] in "Ww" else "killed", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for prefiltered in (_PASSIVE, _HEADLINE, _TOLL, _FATALITIES):
        if maybe is not None and id(prefiltered) not in maybe:
            continue  # none of the words one of its matches needs
        pattern = prefiltered.pattern
        for m in (
            pattern.finditer(text)
            if prefiltered is _TOLL
            else _counts_at(pattern, text, starts)
            if prefiltered in (_PASSIVE, _HEADLINE)
            else match_at(pattern, text, starts)
        ):
            g = m.groupdict()
            verb = g.get("v") or g.get("v2") or "killed"
            n = next(g[k] for k in ("n", "n2", "n3", "n4", "n5", "n6") if g.get(k) is not None)
            count = _count(n, m.group(0))
            if count.best is not None and " side" in low and _EACH_SIDE.match(text, m.end()):
                count = Count.exact(count.best * 2)  # "Two fighters were killed on each side": four dead
            also = _AS_WELL_AS.match(text[m.end() :]) if prefiltered is _PASSIVE and "as well as" in low else None
            extra = _count(also.group("n"), also.group(0)) if also else None
            if also and extra is not None and extra.best is not None and count.best is not None:
                add(_kind(verb), Count.exact(count.best + extra.best), m.start(), m.end() + also.end())
                continue
            add(_kind("killed" if verb.lower() == "dead" else verb), count, m.start(), m.end())
    for m in _ELLIPTIC.finditer(text) if "killed and" in low or "dead and" in low or "killed, " in low or "dead, " in low else ():
        add(_kind(m.group("v")), _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _LOSING.finditer(text) if "losing" in low or " lost " in low else ():
        add("killed", _count(m.group("n"), m.group(0)[m.start("n") - m.start() :]), m.start(), m.end())
    for m in _REPORTED.finditer(text) if reports else ():
        add(_kind(m.group("v")), _count(m.group("n"), m.group(0)[m.start("n") - m.start() :]), m.start(), m.end())
    for m in _NAMES_OF_VICTIMS.finditer(text) if "names of" in low and "victims" in low else ():
        add("killed", _count(m.group("n"), m.group(0)[m.start("n") - m.start() :]), m.start(), m.end())
    for m in _BOTH.finditer(text) if "both" in low else ():
        add(_kind(m.group("v") or m.group("v2")), Count.exact(2), m.start(), m.end())
    for m in _verb_led(_PRONOUN, text, verbs):
        more = parse_number(m.group("more").lower()) or 0 if m.group("more") else 0
        if m.group("more2"):
            more = parse_number(m.group("more2").lower()) or 0
        if m.group("more3"):
            more = 1 + (parse_number(m.group("more3").lower()) or 0)
        if m.group("kin"):
            more = (parse_number(m.group("kin_n").strip().lower()) or 1) if m.group("kin_n") else 1
        if not more and _ALONG_WITH_KIN.match(text, m.end()):
            # "killing him along with members of his family": he and an untold number more
            add(_kind(m.group("v")), Count(2, None, None, "him and members of his family"), m.start(), m.end())
            continue
        add(_kind(m.group("v")), Count.exact(1 + more), m.start(), m.end())
    for m in _verb_led(_ONE_VICTIM, text, verbs):
        if _ACCUSED_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a man accused of killing a child"
        kin = _KIN_AFTER_ROLE.match(text, m.end())  # "killing the owner and his brother"
        n_kin = (kin.group("kin_n") or kin.group("kin_n2")) if kin else None
        more = (parse_number(n_kin.lower()) or 1) if n_kin else 1
        listed = _AND_N_OTHER.match(text, m.end()) if kin is None and " other " in low else None
        if listed is not None and (n := parse_number(listed.group("n"))) is not None:
            # each listed victim but a name that only names the one before it ("the commander, Qasem Soleimani,")
            items = [i.strip() for i in listed.group("items").split(",") if i.strip()]
            count = 1 + sum(1 for i in items if not _APPOSITION.fullmatch(i)) + n
            add("killed", Count.exact(count), m.start(), listed.end())
            continue
        if kin is None and _ALONG_WITH_KIN.match(text, m.end()):
            # "killing a local official along with members of his family": he and an untold number more
            add("killed", Count(2, None, None, "one and members of his family"), m.start(), m.end())
            continue
        if kin is None and " and " in text[m.end() : m.end() + 60] and (also := _AND_ONE_MORE.match(text[m.end() :])):
            # "killing the American reporter Marie Colvin and the French photographer Remi Ochlik": two, each by role
            add("killed", Count.exact(2), m.start(), m.end() + also.end())
            continue
        add("killed", Count.exact(1 + more if kin else 1), m.start(), kin.end() if kin else m.end())
    for m in _TO_DEATH.finditer(text) if "to death" in low else ():
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _SHOT_AND.finditer(text) if "shot and" in low else ():
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    # (tried only where a match can begin: at the start, or after a stop and a blank, not at every character)
    for m in (
        match_at(_ROLE_CLAUSE, text, [0, *(c.end() for c in _AFTER_STOP.finditer(text))])
        if "killed" in low or "dead" in low or "wounded" in low or "injured" in low
        else ()
    ):
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    for m in _LOST_LIMB.finditer(text) if " lost " in low else ():
        # "a farmer lost a leg when a landmine exploded": maimed, so wounded
        n = 1 if m.group("one") else parse_number(m.group("n") or "")
        if n:
            add("wounded", Count.exact(n), m.start(), m.end())
    for m in _verb_led(_ONE_WOUNDED.pattern, text, verbs):
        kin = _KIN_AFTER_ROLE.match(text, m.end())  # "injuring the official and his driver"
        if kin is None and m.group("v2"):
            kin = _AND_KIN.match(text, m.end())  # "wounding his father and sister": the possessive serves both
        # ("wounding the driver and two passers-by": one named by role and those counted after)
        n_kin = (kin.groupdict().get("kin_n") or kin.groupdict().get("kin_n2")) if kin else None
        more = (parse_number(n_kin.strip().lower()) or 1) if n_kin else 1 if kin else 0
        add("wounded", Count.exact(1 + more), m.start(), kin.end() if kin else m.end())
    for m in _RESCUED_HURT.finditer(text) if "injured" in low or "wounded" in low else ():
        add("wounded", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _NOT_SAVED.finditer(text) if "to save" in low else ():
        add("killed", Count.exact(2) if m.group("pair") else _count(m.group("n"), m.group(0)), m.start(), m.end())
    if _has_log_verb(text) and (m := _LOG_SINGULAR.match(text)) is not None:
        add(_kind(m.group("v")), Count.exact(1), m.start("who"), m.end())
    for m in _each(_SINGULAR, text, maybe):
        add(_kind(m.group("v") or m.group("v2") or m.group("v3")), Count.exact(1), m.start(), m.end())
    for m in _LOST_LIFE.finditer(text) if " life" in low else ():
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _LOST_MEN.finditer(text) if "lost " in low or "losing " in low else ():
        count = _count(m.group("n"), m.group(0))
        if count.best is not None:
            add("killed", count, m.start(), m.end())
    for m in _SUSTAINED.finditer(text) if "sustain" in low or "suffered" in low or "received" in low or "ed for" in low else ():
        add("wounded", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _MARTYRS.finditer(text) if "martyr" in low else ():
        if m.group("plural") or m.group("n").lower() == "one":
            add("killed", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _verb_led(_NAMED_VICTIM, text, verbs):
        # "an air strike killed Abu Khadija, described as ISIS's deputy, and another militant": one named, one more
        other = _KIN_AFTER_ROLE.match(text, m.end()) or _AND_ANOTHER.match(text, m.end())  # "... and her driver"
        add("killed", Count.exact(2 if other else 1), m.start(), other.end() if other else m.end())
    # the rarer patterns below run only where their words are
    for m in _FATALITIES_FIELD.finditer(text) if "fatalities" in low else ():
        add("killed", Count.exact(int(m.group("n"))), m.start(), m.end())
    for m in _CODED_FATALITIES.finditer(text) if "fatalities" in low and "reported" in low else ():
        coded = _coded_count(m.group("what"), m.group("coded"))
        if coded is not None:
            add("killed", coded, m.start(), m.end())
    fields: list[CasualtyMention] = []
    for m in _COUNT_FIELD.finditer(text) if ":" in text and _FIELD_HINT.search(low) else ():
        n = int(m.group("n"))
        kind = "wounded" if m.group("v").lower().startswith(("inj", "wou")) else "killed"
        fields.append(CasualtyMention(kind, Count(n, n, int(m.group("hi")) if m.group("hi") else n, RECORD_FIELD),
                                      m.start("v"), m.end(), text[m.start("v") : m.end()]))
    for m in _BODY_FOUND.finditer(text) if "body" in low else ():
        if (m.group("n") or m.group("n2")).lower() == "body":
            add("killed", Count.exact(1), m.start(), m.end())
    for pattern, word in ((_SUFFOCATION, ""), (_TREATED, "treated"), (_TREATED, "hospitali")):
        for m in pattern.finditer(text) if word in low and (word or _GASSED(low)) else ():
            g = "n2" if m.groupdict().get("n2") else "n"
            add("wounded", _count(m.group(g), m.group(0)[m.start(g) - m.start() :]), m.start(), m.end())
    for m in _ONE_DIED.finditer(text) if "died" in low or "succumbed" in low else ():
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _ONE_NAMED.finditer(text) if _ONE_NAMED_HINT(low) else ():
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _LEFT_HIM.finditer(text) if "left" in low or "leaving" in low else ():
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    for m in _each(_VAGUE_LOSS, text, maybe):
        add("killed", Count.vague(m.group(0)), m.start(), m.end())
    found.sort(key=lambda c: c.start)
    for m in _ALONG_WITH.finditer(text) if "along with" in low or "as well as" in low else ():
        # "14 soldiers were killed in the battle, along with about 70 ISIS operatives": more dead of the same verb
        before = [c for c in found if c.end <= m.start() and m.start() - c.end <= 80]
        count = _count(m.group("n"), m.group(0)[m.start("n") - m.start() :])
        if before and before[-1].count.best is not None and count.best is not None and not _VERB_AFTER.match(text, m.end()):
            add(before[-1].kind, count, m.start("n"), m.end())
    found.sort(key=lambda c: c.start)
    for m in _BARE_FIGURE.finditer(text) if found and reports else ():
        before = [c for c in found if c.end <= m.start()]
        count = _count(m.group("n"), m.group(0)[m.start("n") - m.start() :])
        if before and count.best is not None:
            # ("six fighters were killed and several wounded; SOHR said eight": the kind last given a number)
            numbered = [c for c in before if c.count.best is not None]
            add((numbered or before)[-1].kind, count, m.start("n"), m.end())  # the verb stays between the two figures
    found += [f for f in fields if not any(f.start < c.end and c.start < f.end for c in found)]
    found.sort(key=lambda c: c.start)
    if len(found) > 1:
        # "said four people were killed ... an official said that all four dead were Kurds": the same dead, told again
        found = [
            c for i, c in enumerate(found)
            if not (
                _THE_SAME_N.search(text, max(0, c.start - 8), c.start)
                and any(p.kind == c.kind and p.count.best == c.count.best for p in found[:i])
            )
        ]
    if "whether" in low:
        # "it was not clear whether a wounded person had died overnight": a death in doubt is no death counted
        found = [c for c in found if not _WHETHER.search(text, max(0, c.start - 30), c.start)]
    return _other_sources(text, found)


def _coded_count(reported: str, coded: str | None) -> Count | None:
    """The figure a dataset coded: the one it says it coded, else the figure it reports (its lower bound)."""
    told = re.match(_QUANT, reported.strip(" '‘’\"“”"), re.I)
    count = _count(told.group("n"), told.group(0)) if told else None
    if coded is not None:
        n = int(coded.replace(",", ""))
        high = count.high if count is not None and count.high is not None and count.high > n else None
        return Count(n, n, high, CODED_FIGURE)
    if count is None or count.best is None:
        return None
    return Count(count.low, count.best, count.high, CODED_FIGURE)


_THE_SAME_N = compile_gated(r"\b(?:all|the|these|those)\s+$", re.I)
_WHETHER = compile_gated(r"\bwhether\s+(?:[\w'’-]+\s+){0,3}$", re.I)


ANOTHER_SOURCE = "another source's figure"
RECORD_FIELD = "the record's count field"
CODED_FIGURE = "the dataset's coded figure"
# "SOHR said 39 civilians were killed; the Syria Civil Defence counted 31 dead": each figure has its own teller
_TOLD_BY = compile_gated(
    # ("while SANA spoke of five 'martyrs'", "The PKK said there were three dead")
    r"\b(?:said|says|reported|counted|documented|recorded|gave|put|confirmed|registered|acknowledged|admitted|"
    r"estimated|spoke\s+of|speaks\s+of)\s+(?:that\s+)?(?:there\s+(?:were|was|had\s+been)\s+)?"
    r"(?:(?:at least|more than|about|around|some|nearly)\s+)?$"
    # ("AFP's own count, from medics, was 32 dead")
    r"|\b(?:count|toll|tally|figure)\b[^.;]{0,30}?\b(?:was|stood\s+at|is)\s+(?:(?:at least|more than|about|around|some|"
    r"nearly)\s+)?$",
    re.I,
)
_OTHER_TELLER = compile_gated(r";|,\s+(?:while|whereas|but)\b|\bwhile\b", re.I)
# "killing eleven soldiers, according to SOHR. ISIS's Amaq said 20 soldiers were killed": the next sentence's teller
# ("The YPG said it had killed 17 attackers": the killer's own count)
_SAID_IT_KILLED = compile_gated(r"\b(?:said|says|claimed)\s+(?:that\s+)?(?:it|they|its\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?$")
_SPEECH_AFTER = compile_gated(r"\b(?:said|says|told|reported|counted|recorded)\b", re.I)
_PAIR_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")
# the teller of the figure just told, named after it
FIGURE_OWNED = compile_gated(
    r"\b(?:gave|confirmed|reported|cited|issued|put\s+out)\s+(?:that|this|the\s+same)\s+(?:figure|toll|number|count)\b", re.I
)
_NEXT_SENTENCE = compile_gated(r"^[^.;]*[.]\s+[^.;]*$")
_VICTIM_WORDS = compile_gated(rf"\b(?:{NUMBER_PATTERN})\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[\w-]+))?", re.I)


_TELLER_FIRST = compile_gated(
    r"(?:said|reported|counted|documented|recorded|gave|put|confirmed|registered|estimated|acknowledged|admitted)\b"
)
# ("killing eleven soldiers, according to SOHR": the victims' noun between)
_TELLER_AFTER = compile_gated(r"(?:\s+[\w-]+){0,3}?,?\s+(?:according\s+to|said|reported)\b", re.I)


# ("According to the Syrian Observatory for Human Rights, seven SDF fighters were killed": the teller first)
_ACCORDING_BEFORE = compile_gated(r"\baccording\s+to\s+[^,.;]{1,70},\s+(?:(?:at least|more than|about|some)\s+)?$", re.I)


def _told(text: str, m: CasualtyMention) -> bool:
    """A teller gives the figure: "SOHR said 39 ...", "put the dead at 43", "three died, according to the ..."."""
    return bool(
        _TOLD_BY.search(text, max(0, m.start - 30), m.start)
        or ("ccording" in text and _ACCORDING_BEFORE.search(text, max(0, m.start - 100), m.start))
        or (m.text[:6].lower() == "killed" and _SAID_IT_KILLED.search(text, max(0, m.start - 45), m.start))
        or _TELLER_FIRST.match(m.text)
        or _TELLER_AFTER.match(text, m.end)
    )


def _same_victims(text: str, a: CasualtyMention, b: CasualtyMention) -> bool:
    """Both figures count the same victims by the same noun ("eleven soldiers", "20 soldiers")."""
    na, nb = _VICTIM_WORDS.search(text, a.start, a.end + 25), _VICTIM_WORDS.search(text, b.start, b.end + 25)
    if na is None or nb is None:
        return False
    wa = {w.lower() for w in na.group("w1", "w2") if w and len(w) > 3}
    return bool(wa & {w.lower() for w in nb.group("w1", "w2") if w and len(w) > 3} - _NOT_VICTIMS)


_NOT_VICTIMS = frozenset({"were", "have", "been", "killed", "dead", "died", "wounded", "injured", "others", "more"})


def _other_sources(text: str, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """A figure another teller gives for the same dead, after a ";" or a "while", is no more dead: marked so that
    ``total`` keeps the lower as the best estimate and the higher as the high one."""
    out = list(found)
    for i in range(1, len(out)):
        # ("25 people were killed and more than 200 wounded; AFP's own count was 32 dead": the figure before of its
        # kind, past the other kind's)
        j = next((j for j in range(i - 1, -1, -1) if out[j].kind == out[i].kind), i - 1)
        a, b = out[j], out[i]
        if (
            a.kind == b.kind
            and a.count.best is not None
            and b.count.best is not None
            and a.count.note is None
            and (
                _OTHER_TELLER.search(text, a.end, b.start)
                or (_NEXT_SENTENCE.match(text[a.end : b.start]) and _same_victims(text, a, b))
                # ("... said 13 people were killed. The local network gave a higher toll of 16": the same dead)
                or (_NEXT_SENTENCE.match(text[a.end : b.start]) and _A_TOTAL.search(b.text) is not None)
                # ("SOHR said 39 civilians were killed, the Syria Civil Defence counted 43": a bare figure, its own
                # teller's, after a comma)
                or (
                    ", " in text[a.end : b.start]
                    and _TOLD_BY.search(text, max(0, b.start - 30), b.start) is not None
                    and _BARE_FIGURE.search(text, max(0, b.start - 40), b.end + 1) is not None
                )
            )
            # ("... shot dead three truffle hunters. Police gave that figure; Shafaq News reported four dead")
            and (
                _told(text, a)
                or FIGURE_OWNED.search(text, a.end, b.start) is not None
                # ("put the toll at 14 dead and 37 wounded": one teller for the pair)
                or (i >= 2 and _PAIR_GAP.fullmatch(text, out[i - 2].end, a.start) is not None and _told(text, out[i - 2]))
            )
            and (
                _told(text, b)
                # ("..., while a medic said the bodies of 17 people had been brought in, along with 40 wounded")
                or ((sep := _OTHER_TELLER.search(text, a.end, b.start)) is not None
                    and _SPEECH_AFTER.search(text, sep.end(), b.start) is not None)
            )
        ):
            out[i] = CasualtyMention(b.kind, Count(b.count.low, b.count.best, b.count.high, ANOTHER_SOURCE),
                                     b.start, b.end, b.text)
    return out


# ("Iraqi officials later put the number of dead at nine")
_A_TOTAL = compile_gated(r"\btoll\b|^(?:(?:put|gave|set)\s+the\s+)?number\s+of\b", re.I)
_RISEN = compile_gated(r"\b(?:risen|rose|climbed|increased|jumped|gone up|raised|raising|bringing|brought|pushing|pushed|revised up(?:ward)?)\b", re.I)


def total(mentions: list[CasualtyMention], kind: str) -> Count | None:
    """Sum the numbered mentions of one kind; only vague mentions give a vague Count; none gives None."""
    of_kind = [m for m in mentions if m.kind == kind]
    if not of_kind:
        return None
    if any(m.count.note == RECORD_FIELD for m in of_kind) and any(
        m.count.note != RECORD_FIELD and m.count.best is not None for m in of_kind
    ):
        # "Civilians reported killed: 4–6 ... Summary: ... four to six were killed": the narrative counts them itself
        of_kind = [m for m in of_kind if m.count.note != RECORD_FIELD]
    coded = [m.count for m in of_kind if m.count.note == CODED_FIGURE]
    if coded:
        return coded[-1]  # the dataset's own figure for the event: the note's other counts are in it
    numbered = [m.count for m in of_kind if m.count.best is not None]
    if not numbered:
        return Count.vague("; ".join(m.text for m in of_kind))
    totals = [
        m for m in of_kind if m.count.best is not None and (_A_TOTAL.search(m.text) or m.count.note == ANOTHER_SOURCE)
    ]
    if totals and len(numbered) > len(totals):
        # "115 people were killed; according to another report, the number of dead reached 130": a toll is all the
        # dead, not more of them. A risen toll is the latest count; another source's is the higher estimate.
        last = totals[-1].count
        if _RISEN.search(totals[-1].text):
            return last
        rest = sum(m.count.best or 0 for m in of_kind if m.count.best is not None and m not in totals)
        return Count(min(rest, last.best or 0), min(rest, last.best or 0), max(rest, last.best or 0))
    best = sum(c.best or 0 for c in numbered)
    low = sum(c.low or 0 for c in numbered)
    return Count(low, best, best if all(c.high is not None for c in numbered) else None)
