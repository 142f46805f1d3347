"""An incident item's sentences → Events with their Claims. Pure given the knowledge passed in.

An item (a bullet, a paragraph) is cut into units (sentences, or the ``;`` chunks of a list of actions).
A unit with an action cue opens an event; the units after it that add place, casualties, sources or a
response ("In response, ...", "Subsequently, clashes ...") belong to the same event, until a unit opens a
new one (a new date, "In addition, ...", or a new action after a closed citation).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from mesint.extract.abroad import heading_abroad, place_abroad
from mesint.extract.casualties import (
    CODED_FIGURE,
    DIED_OF_WOUNDS,
    FIGURE_OWNED,
    TOLL_PAIR,
    CasualtyMention,
    find_casualties,
    total,
)
from mesint.extract.dates import DATE_LITERALS, DateContext, find_dates
from mesint.extract.event_types import MOB_ON_PEOPLE, SOME_GOT_THROUGH, CueBook, CueMatch, GenericActor, decide_type
from mesint.extract.locations import LocationPhrase, find_location
from mesint.extract.numbers import parse_number
from mesint.extract.prefilter import (
    JointIndex,
    LiteralIndex,
    Prefiltered,
    PrefilteredAlternation,
    PrefilteredAny,
    compile_gated,
    compile_on_lowered,
    folds_plainly,
    required_literal_sets,
)
from mesint.extract.roles import PRONOUN_SUBJECT, SNIPER_OF, assign_roles, is_civilian, is_state
from mesint.extract.sentences import split_list_chunks, split_sentences
from mesint.extract.sources import (
    Attribution,
    find_attributions,
    find_bracket_citations,
    find_citations,
    find_dash_outlets,
    find_label_outlets,
    find_link_citations,
    find_paren_outlets,
    find_source_lines,
)
from mesint.geo import Gazetteer, resolve_location
from mesint.geo.gazetteer import NameHit, km_between
from mesint.knowledge.actors import COUNTRY_PLACEHOLDER, STATE_ADJECTIVE, ActorMatch, ActorTable, fill_country
from mesint.model import Actor, Citation, Claim, Count, DateMention, Event, Item, NonEvent, Place, Span
from mesint.read.kinds import classify_sentence
from mesint.vocab import DateBasis, GeoPrecision, ItemKind

if TYPE_CHECKING:
    from mesint.knowledge.outlets import Outlet, OutletTable

_CONTINUE = compile_gated(
    r"^\s*(?:(?:the\s+)?[\w'’ -]{0,40}?\b(?:responded|retaliated|returned fire)\b|"
    # "SANA reported that the army repelled the attack": the other side's telling of the same attack
    r"[\w'’ -]{0,60}?\b(?:repelled|repulsed|foiled|thwarted)\s+(?:the|this|that|their|its)\s+"
    r"(?:attack|assault|offensive|incursion|infiltration|advance)\b|"
    r"(?:the\s+)?[\w'’ -]{0,60}?\b(?:claimed|said|reported|stated|announced|denied)\s+(?:that\s+)?(?:the|its|their)\s+"
    # ("The SDF said the car bomb exploded before reaching its target": the other side's telling of the same blast)
    r"(?:strike|strikes|attack|raid|operation|shelling|bombing|blast|explosion|ambush|car\s+bomb|suicide\s+bomber|"
    r"(?:explosive\s+)?device)\b|in response|in retaliation|subsequently|as a result|afterwards|after that|following that|"
    r"then|later|during (?:the|these|those) (?:clashes|fighting|attack|battles?|operation)|the (?:firing|attack|"
    r"clashes|fighting|explosion|blast|bombing|strike|shelling|incident|ambush|assault)\b|both sides|"
    r"the (?:attackers|assailants|perpetrators)\b|"
    # "Exchanges of fire continued through the night and into Tuesday afternoon": the same fight going on
    r"(?:(?:sporadic|heavy|intermittent)\s+)?(?:exchanges\s+of\s+fire|clashes|gunfire|shelling|battles?)\s+"
    r"(?:continued|went\s+on|persisted|raged\s+on|carried\s+on)\b|"
    r"according to (?:the same|the)\s+(?:report|announcement|statement|website|source)|the (?:two|three) sides)",
    re.I,
)
# "SDF-affiliated forces responded by shelling Turkish bases": a response by a strike of its own is its own event
_RESPONSE_IN_KIND = compile_gated(
    r"\b(?:responded|retaliated)\s+(?:\w+\s+){0,2}?(?:by|with)\s+(?:shelling|striking|bombing|firing (?:rockets|shells|"
    r"missiles|artillery)|launching|an? (?:air ?strike|drone strike|artillery|rocket|missile))"
    # ("Turkish forces responded within the hour, shelling villages north of Tal Refaat")
    r"|\b(?:responded|retaliated)(?:\s+[\w-]+){0,4}?,\s*(?:shelling|striking|bombing|pounding|targeting|hitting)\b",
    re.I,
)
_DECLARED_TAKEN = compile_gated(
    r"^[^.;]{0,60}?\bdeclared\s+(?:that\s+)?[^.;]{0,50}?\b(?:liberated|retaken|recaptured|free|cleared|secured|under\s+"
    r"(?:full\s+|complete\s+)?control)\b",
    re.I,
)
_IN_RETALIATION = compile_gated(r"^\s*in\s+(?:retaliation|response|reprisal)\s*,", re.I)
_NEW = compile_gated(
    r"^\s*(?:in addition|additionally|also|separately|meanwhile|elsewhere|in another|on another|in a separate|"
    r"in other|moreover|furthermore|(?:on )?the same day|(?:on )?the (?:next|following) day|(?:a|one|two|three) days? later)\b"
    r"|^\s*(?:(?:minutes|hours) later,? )?(?:another|a second|a third|a fourth|a further) (?:\w+ )?"
    r"(?:bombs?|blasts?|explosions?|attacks?|car bombs?|IEDs?|strikes?|suicide bombers?|drones?|rockets?|missiles?|"
    # ("Another parked car exploded on a busy street in ...": the next car bomb)
    r"shells?|air\s*strikes?|raids?|ambush(?:es)?|cars?|vehicles?|motorcycles?|trucks?|tankers?)\b",
    re.I,
)
_ATTRIB_CLAUSE = compile_gated(
    r"^\s*(?:according to|citing|as reported by)\b[^,]{0,160},"
    # "North Press correspondent in Deir ez-Zor said SDF units entered al-Busayrah": where the teller sits
    r"|^\s*(?:an?\s+|the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:correspondent|reporter|stringer)s?\s+in\s+[^,;.]{1,40}?\s+"
    r"(?:said|reported|says|reports)\s+(?:that\s+)?",
    re.I,
)
_ATTRIB_WORDS = ("according to", "citing", "as reported by", "correspondent", "reporter", "stringer")  # (lower case)
# "Residents who fled Hammam al-Alil said that ...": witnesses who tell the incident are not its parties.
_SPEAKER_LEAD = Prefiltered.compile(
    # ("In Baniyas, 50 km further south, residents described gunmen ...": the place first, then the speakers)
    r"^\s*(?:In\s+[A-Z][^,;.]{1,40},\s+(?:[^,;.]{1,40},\s+)?)?"
    r"(?:(?:local|some|several|two|three|the|other)\s+)?(?:residents|witnesses|eyewitnesses|locals|villagers|"
    r"relatives|survivors|activists|medics|doctors|sources|displaced people|families)\b[^.;]{0,80}?\b"
    r"(?:said|say|says|told [\w ]{1,30}?|reported|recounted|described(?: how)?)\s+(?:that\s+)?",
    re.I,
)
_PAST_VERB = (
    r"(?:\w+ed|shot|hit|struck|took|blew|threw|fought|began|broke|set|ran|fled|caught|held|left|sent|stole|beat|"
    r"overran|won|lost|came|went|drove|laid|stormed)"
)
# Attribution clauses name who speaks, not who acts: "..., security sources said", "according to a police source".
_SAID_BODY = (
    r"(?:(?:a|an|the|two|three|several|local|Iraqi|Syrian)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:sources?|officials?|spokes(?:man|woman|person)|statement|witness(?:es)?|medics?|doctors?|officers?|"
    r"commanders?|agency|Cell|ministry|Ministry|monitor|Observatory|media|command|Command|directorate|Directorate|"
    r"police)"  # "..., police said." (an army that speaks is often the side attacked: kept a party)
    r"(?:\s+(?:in|from|of|with|at)\s+[\w'’ -]{1,40}?)?\s+(?:(?:said|says|told|reported|added|"
    r"confirmed|stated)\b|(?:in a statement)\b)(?:(?:(?!\bthat\b)(?!\b" + _PAST_VERB + r"\b)[^.;,]){0,60}(?=[.;,]|$))?"
)
_SAID_CLAUSE = Prefiltered.compile(r"(?:^|,\s*|\s+)" + _SAID_BODY, 0)
# the speaker, the speech verb and a tail without a verb ("..., officials said on Tuesday."), not the clause it
# reports ("sources said police arrested ...")
# Past the text's first character "^" cannot match: there the clause opens with a comma or a space, and a pattern
# that says so gets a start set to scan for (with "^" first the engine tries it at every character).
_SAID_CLAUSE_INSIDE = compile_gated(r"(?:,\s*|\s+)" + _SAID_BODY)


def _said_clauses(masked: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of ``_SAID_CLAUSE.finditer(masked)`` (``lowered``: ``masked.lower()``)."""
    if not _SAID_CLAUSE.possible(lowered):
        return []
    first = _SAID_CLAUSE.pattern.match(masked)  # (never empty: the next search begins at its end, as finditer's)
    spans = [first.span()] if first is not None else []
    spans += [m.span() for m in _SAID_CLAUSE_INSIDE.finditer(masked, first.end() if first is not None else 0)]
    return spans

_AIRCRAFT_WERE = compile_gated(
    r"\b(?:the\s+)?(?:jets|warplanes|aircraft|planes|helicopters|drones)\s+(?:were|was)\s+(?:believed\s+to\s+(?:be|have\s+been)\s+|"
    r"probably\s+|likely\s+)?(?P<nation>Russian|Syrian|Turkish|Israeli|American|Iranian|Iraqi)\b"
    r"|\battributed\s+the\s+(?:\w+\s+)?(?:raids?|strikes?|air\s*strikes?|bombing)\s+to\s+(?P<nation2>Russian|Syrian|Turkish|"
    r"Israeli|American|Iranian|Iraqi)\s+(?:aircraft|jets|warplanes|planes|drones|helicopters)\b",
    re.I,
)
_HANDED_TO = compile_gated(r"\bhanded\s+over\b[^.;]{0,100}?\bto\s+(?:the\s+)?", re.I)
_SAID_IT_WAS_BY = compile_gated(
    r"\b(?:said|says|added|stated|claimed|alleged|insisted)\s+(?:that\s+)?the\s+(?:\w+\s+)?(?:attack|strike|bombing|explosion|"
    r"blast|raid|assault)\s+(?:was|had\s+been)\s+(?:carried\s+out|launched|conducted|staged|executed|committed)\s+by\b"
    r"[^.;]{0,60}",
    re.I,
)
_PARTY_SAID = compile_gated(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:which|who)\b[^,.;]{0,80},)?\s+(?:said|says|reported|stated|announced)\s+"
    r"(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?=the\s+(?:\w+\s+)?(?:strikes?|air\s*strikes?|attacks?|shelling|"
    r"bombardment|raids?|explosions?|blasts?|bombings?)\b"
    # "The Kurdistan Region Security Council said in a statement that four civilians were killed ... when missiles struck"
    r"|(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|injured)\b)",
    re.I,
)
_SPEECH_WORD = compile_gated(r"\b(?:said|says|told|reported|added|confirmed|stated|statement|according|citing)\b")
# strings one of which every match of ``_SPEECH_WORD`` holds: most units lack them all, and plain substring tests
# rule the regular expression out for less than its scan of the whole unit costs
_SPEECH_STEMS = ("said", "says", "told", "reported", "added", "confirmed", "state", "according", "citing")


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text`` (a plain loop: cheaper than a generator for a few words)."""
    for w in words:  # noqa: SIM110 (a generator costs more than the tests it drives)
        if w in text:
            return True
    return False

def _may_hold(text: str, *word_sets: tuple[str, ...]) -> bool:
    """Whether ``text`` may match a case-blind pattern every match of which holds a word of each of ``word_sets``
    (lower case): substring tests on the lower-cased text, much cheaper than the pattern's scan, where they are exact
    (``folds_plainly``); elsewhere always True."""
    if not folds_plainly(text):
        return True
    low = text.lower()
    for words in word_sets:  # noqa: SIM110 (no generator: see ``_any_in``)
        if not _any_in(low, words):
            return False
    return True


_ACCORDING = compile_gated(r"\b(?:according to|citing|as reported by)\b[^,.;]{0,120}", re.I)
_SAID_THAT = compile_gated(r"^[^.;,]{3,80}?\b(?:said|says|stated|announced|claimed|confirmed)\s+(?:that\s+)?(?=the\s)")
_HAD_BEEN_AFTER = compile_gated(r"\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?\w+ed\b")
_CLAUSE_END = compile_gated(r"[.;]|,\s+(?:but|while|whereas)\b")
_ANAPHORIC = compile_gated(
    # ("The first strike hit a depot near X, the second ...": one of a series, told for the first time)
    r"^\s*(?:the|this|that|these|those)\s+(?:(?!(?:first|second|third|fourth|fifth)\b)\w+\s+)?(?:attack|attacks|blast|"
    r"bombing|explosion|strike|strikes|clashes|incident|ambush|assault|shelling|raid|killing|protest|demonstration)s?\b"
    r"(?!\s+(?:of|on|against|targeting|at|in which)\b)",
    re.I,
)
# "Syria: In Syria, the strikes hit ...", "Another missile fell near ...": the action of the item before, told again
_TOLD_BEFORE = compile_gated(
    r"^\s*(?:[A-Z][\w'’ -]{1,30}:\s*|[A-Z][A-Z'’ -]{1,30}\s+[–—-]\s+)?(?:In\s+[A-Z][\w'’ -]{1,30},\s*)?"
    # ("Minutes later, a second strike flattened ...")
    r"(?:(?:minutes|moments|hours|shortly)\s+(?:later|after(?:wards)?),?\s+)?"
    # ("Less than a day later, on Tuesday morning, a second drone hit ...")
    r"(?:(?:less\s+than\s+|more\s+than\s+|about\s+|some\s+)?(?:a|an|one|two|three|a\s+few)\s+(?:hours?|days?)\s+later,\s+"
    r"(?:on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?,\s+)?)?"
    # ("The drone hit a car travelling on the road between Qamishli and Amuda": the strike of the lede, told on)
    r"(?:(?:the|these)\s+(?:\w+\s+)?(?:attacks|strikes|air ?strikes|raids|bombardment|shelling)|the\s+(?:drone|missile|"
    r"car\s+bomb|bomb|blast|explosion)\s+(?:hit|struck|targeted|exploded|went\s+off)|(?:another|a\s+second|"
    r"a\s+third|a\s+further)\s+(?:\w+\s+)?(?:missile|rocket|drone|strike|shell|car bomb|bomb|IED|explosion|blast)"
    # "HOMS – In the same wave of strikes, ...": a brief's label, then more of the strikes before
    r"|(?:in|during|as part of)\s+the\s+same\s+(?:wave|series|round|night|raid)\s+of\s+(?:air\s+)?(?:strikes|raids|bombing)"
    # a sentence's second strike, its doer told with the first: "..., and hit Damascus airport minutes later", "...,
    # and artillery shelled Tell Abiad"
    r"|(?-i:(?:(?:artillery|aircraft|jets|warplanes|drones|helicopters|gunboats)\s+)?(?:hit|struck|shelled|bombed|pounded)))\b",
    re.I,
)


_SAME_DAY_AS_BEFORE = compile_gated(
    r"^\s*(?:\*\*[^*\n]{1,80}\*\*\s*)?(?:(?:hours|minutes|moments|shortly|(?:a\s+)?(?:short|little)\s+(?:time\s+|while\s+)?)"
    # ("Hours earlier, Turkish warplanes bombarded ...": before the incident just told, the same day)
    r"\s*(?:later|after(?:wards)?|earlier)|soon\s+after(?:wards)?|(?:later|earlier) (?:that|the same) (?:day|night|evening|"
    r"morning|afternoon)|"
    r"earlier in the day|"
    # ("Within hours, Turkish artillery and drones struck ...": after the incident just told)
    r"within\s+(?:(?:a\s+few|two|three|several)\s+)?(?:hours|minutes|the\s+hour)\b(?!\s+of\b)|"
    # (a log's "same day IS kidnapped 3 farmers" drops the article)
    r"(?:on )?(?:the )?same (?:day|night|evening)|that (?:night|evening|afternoon)"
    # "As reinforcements from the PMF rushed towards the valley, an IED went off ...": help sent to the incident before
    r"|as\s+(?:[\w-]+\s+){0,2}?(?:reinforcements|rescuers|rescue\s+teams|ambulances)\b[^.;]{0,60}?\b(?:rushed|headed|"
    r"raced|moved|arrived|were\s+(?:rushing|heading|moving))\b"
    # "Another drone struck a house in Tal Shamiran": a second strike told with the first, on its day
    r"|(?:another|a\s+second)\s+(?:(?:wave|round|salvo)\s+of\s+|[\w-]+\s+)?(?:drone|drones|strikes?|air\s*strikes?|shells?|"
    r"rockets?|missiles?)\s+"
    r"(?:struck|hit|targeted|landed|fell|exploded))\b",
    re.I,
)


# "U.S. forces responded with AH-64 Apache attack helicopters ...": the answer to the attack told before, that day
_ANSWERED = compile_gated(r"^\s*(?:(?!has\b|have\b|had\b)[\w.'’-]+\s+){1,5}?(?:responded|retaliated)\s+(?:with|by)\b", re.I)
_HOURS_AFTER = compile_gated(r"^\s*(?:\*\*[^*\n]{1,80}\*\*\s*)?(?:hours|minutes|moments|shortly)\s", re.I)
_SAME_DAY_INSIDE = compile_gated(
    r"^[^;]{0,160}?\b(?:later (?:that|the same) (?:day|night|evening)|the same (?:day|night|evening|morning|afternoon)|"
    r"(?<!on )(?<!of )that day|"
    # ("Coalition aircraft later targeted ISIS positions in the area": after the attack told before, that day)
    r"(?<=^)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+later\s+(?:targeted|struck|bombed|shelled|hit|attacked|raided|"
    r"pounded|carried\s+out|conducted|launched)|"
    r"(?:an|one|two|three|a few|several|\d) (?:hours?|minutes) later|(?:hours|minutes|moments) later)\b",
    re.I,
)
# "The following day, protesters ...": the day after the incident before
_NEXT_DAY = compile_gated(
    r"^\s*(?:\*\*[^*\n]{1,80}\*\*\s*)?(?:[A-Z][A-Z'’ -]{1,30}\s+[–—-]\s+)?"
    # ("In Nasiriyah, the next day, riot police ...": the place the sentence opens on, then its day)
    r"(?:(?:In|At|Near|Outside)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+)?"
    r"(?:(?:on\s+)?(?:the\s+)?(?:following|next)\s+(?:day|morning)\b|"
    r"(?P<n>a|one|two|three|four|five|\d)\s+days?\s+later\b|"
    # "Two days earlier, air defences shot down a drone": before the incident just told
    r"(?P<back>(?P<b>a|one|two|three|four|five|\d)\s+days?\s+(?:earlier|before)|(?:on\s+)?the\s+(?:previous|preceding)\s+day|"
    r"the\s+day\s+before),)",
    re.I,
)
# (one of these is in every match of ``_SAME_DAY_AS_BEFORE``: "afternoon" holds "after", "another" "nother")
_NO_DAY_OF_ITS_OWN = frozenset({DateBasis.REPORT_DATE, DateBasis.SOURCE_DATE})
_LATER_IN_THE_DAY = compile_gated(r"^\W*(?:later\s+)?in\s+the\s+(?:afternoon|evening)\b(?!\s+of\b)", re.I)
_SAME_DAY_WORDS = (
    "after", "earlier", "later", "same ", "night", "evening", "reinforcements", "rescue", "ambulances", "nother", "second",
    "within",
)
_NEXT_DAY_WORDS = ("following", "next", "later", "earlier", "before", "previous", "preceding")  # (one in every match)
_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NEXT_DAY_INSIDE = compile_gated(
    r"^[^;.]{0,80}?\b(?:spread|moved|shifted|extended|resumed|continued|flared|erupted|broke out)\s+(?:again\s+)?"
    r"(?:on\s+)?the\s+(?P<n>)(?:next|following)\s+day\b",
    re.I,
)


def same_day_as(earlier: list[Event], event: Event) -> Event:
    """An event told as "hours after" the one before, with no day of its own, took place on that one's day ("the
    following day": the day after)."""
    own_day = event.date is not None and event.date.basis in {DateBasis.STATED, DateBasis.RELATIVE}
    # (``_may_hold`` of both openings' words, from one lower-cased copy of the quote)
    low = event.quote.lower() if folds_plainly(event.quote) else None
    later = _NEXT_DAY.match(event.quote) if low is None or _any_in(low, _NEXT_DAY_WORDS) else None
    if later is None and not own_day and "day" in event.quote[:100]:
        later = _NEXT_DAY_INSIDE.match(event.quote)  # "The fighting spread the next day to the town of Jindires"
    next_day = later is not None
    # An opening "On the same day, ..." decides over a day named later ("..., the network said on Monday").
    same_day_opening = (
        _SAME_DAY_AS_BEFORE.match(event.quote) if low is None or _any_in(low, _SAME_DAY_WORDS) else None
    )
    if (
        same_day_opening is None
        and event.date is not None
        and event.date.basis in _NO_DAY_OF_ITS_OWN
        and earlier
        and earlier[-1].date is not None
        and earlier[-1].date.basis not in _NO_DAY_OF_ITS_OWN
    ):
        # "In the afternoon, Israeli aircraft struck ...": a paragraph with no day but its hour, later on the day just
        # told (not a day's heading or a row's own day, which it gets when it has one; nor when the incident just
        # told named no day either)
        same_day_opening = _LATER_IN_THE_DAY.match(event.quote) if "the " in event.quote[:20] else None
    # ... but "Hours after the ambush, ... on Monday morning" may have crossed midnight: the day it names stands
    opens = next_day or (same_day_opening is not None and not (own_day and _HOURS_AFTER.match(event.quote)))
    inside = ("same" in event.quote[:120] or " later" in event.quote[:170]) and _SAME_DAY_INSIDE.match(
        event.quote
    ) is not None
    # "U.S. forces responded with ...": the answer to the attack before, on its day unless the sentence names one (a
    # release's date line above it names the day it was issued)
    answer = (
        "respon" in event.quote[:80]
        and _ANSWERED.match(event.quote) is not None
        and not (
            own_day
            and event.date is not None
            and event.date.span is not None
            and event.span.start <= event.date.span.start < event.span.end
        )
    )
    if answer:
        own_day, inside = False, True
    if (own_day and not opens) or not (opens or inside):
        return event
    dated = next(
        (e.date for e in reversed(earlier) if e.date is not None and e.date.basis in {DateBasis.STATED, DateBasis.RELATIVE}),
        None,
    )
    if dated is None:
        return event
    if later is not None:
        n = later.group("n") or later.groupdict().get("b")
        days = 1 if not n else int(n) if n.isdigit() else _DAYS[n.lower()]
        if later.groupdict().get("back"):
            if own_day and event.date is not None and not re.search(r"before|earlier|previous", event.date.text or "", re.I):
                return event  # "Two days earlier, on Sunday evening, a drone struck ...": the day it names
            day = dated.start - dt.timedelta(days=days)  # "Two days earlier": counted back from the incident before
            moved = DateMention(day, day, DateBasis.RELATIVE, dated.span, dated.text)
            return replace(event, date=moved, notes=(*event.notes, "days before the incident before"))
        day = dated.end + dt.timedelta(days=days)  # "Two days later": counted from the incident before
        moved = DateMention(day, day, DateBasis.RELATIVE, dated.span, dated.text)
        return replace(event, date=moved, notes=(*event.notes, "the day after the incident before"))
    return replace(event, date=dated, notes=(*event.notes, "day carried from the incident before"))


_FOLLOWED_ANOTHER = compile_gated(
    r"^\W*(?:the|these|this|those)\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air\s*strikes?|attacks?|bombings?)\s+"
    r"(?:(?:came|come)\s+(?:[\w-]+\s+)?after|followed|were\s+in\s+response\s+to|(?:were|was)\s+(?:an?\s+)?(?:response|"
    r"retaliation|reprisal))\b",
    re.I,
)


def carry_from(previous: Event, event: Event) -> Event:
    """An event told as more of the one before ("the strikes", "another missile") that names no doer and no day of
    its own takes them from it."""
    if previous.event_type != event.event_type or not _TOLD_BEFORE.match(event.quote):
        return event
    if _FOLLOWED_ANOTHER.match(event.quote):
        return event  # "The raids followed a rocket attack on March 1 in which ...": the attack is another's
    if _unclaimed(event.quote):
        return event  # "..., a second car bomb exploded ... No group has claimed either bombing": no doer known
    if previous.actor1 is None or previous.actor1.canonical.startswith("Unidentified"):
        return event
    if event.actor1 is not None and not event.actor1.canonical.startswith("Unidentified"):
        return event
    own_day = event.date is not None and event.date.basis in {DateBasis.STATED, DateBasis.RELATIVE}
    return replace(
        event,
        actor1=previous.actor1,
        date=event.date if own_day else previous.date,
        notes=(*event.notes, "doer and day carried from the item before"),
    )


# "The strikes in Iraq hit positions of ...": the incident referred back to, told where it struck
# "The rocket attack on Ain al-Asad was the first since ...", "The bombing in Karrada is the deadliest this year": an
# incident the report told before, ranked among others
_RANKED_SUBJECT = compile_gated(
    r"^\s*the\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|blast|explosion|shelling|raid|ambush|assault)s?\b"
    r"[^.;]{0,80}?\b(?:was|is|were|are|marked)\s+(?:also\s+)?the\s+(?:first|second|third|fourth|latest|deadliest|"
    r"largest|biggest|worst|heaviest|most\s+\w+)\b",
    re.I,
)
_TO_BEGIN_AFTER = compile_gated(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:to|that\s+(?:will|would))\s+(?:begin|start|commence)\s+"
    r"(?:next|tomorrow|in\s+the\s+coming|within|on\s+\w+day|soon|shortly)\b",
    re.I,
)
# "the first since the Erbil airport attack", "the deadliest since the 2016 Karrada bombing": the incident compared with
_SINCE_THE_BEFORE = compile_gated(
    r"\b(?:first|deadliest|largest|biggest|worst|heaviest|latest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?since\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_ANAPHORIC_ACTS = compile_gated(
    r"^\s*(?:the|this|these)\s+(?:\w+\s+)?(?:attacks?|strikes|air ?strikes|raids|bombardment|shelling)\s+"
    r"(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:also\s+)?(?:hit|struck|targeted|destroyed|killed)\b",
)
_PERPETRATOR = Prefiltered.compile(
    r"\b(?:blamed on|attributed to|attributed (?:the |this |these )?(?:[\w-]+\s+){0,2}?to|claimed by|carried out by|perpetrated by|responsibility (?:was )?claimed by|"
    r"planted by|laid by|left by|launched by|fired by|operated by|flown by|detonated by|driven by|rigged by|placed by|thrown by|"
    r"executed by|murdered by|abducted by|kidnapped by|"  # "bodies of two shepherds who had been executed by ISIS"
    r"set off by|believed to be from|believed to belong to|"
    # "Gunmen believed to be ISIS members killed two farmers"
    r"(?:gunmen|attackers|assailants|militants|men)\s+(?:believed|thought)\s+to\s+be|"
    r"suspected of belonging to|blamed)\s+"
    r"(?:the\s+)?",
    re.I,
)
_FIRST_TIME = compile_gated(r"\bfirst\s+time\b[^.;]{0,80}$", re.I)
_SETTING_OPENS = compile_gated(r"^\W*(?:in|across|throughout|inside)\s+(?:the\s+)?$", re.I)
_BLAMED_BEFORE = compile_gated(
    r"\b(?:attributed|blamed)\b(?:[^.;]{0,40}?\b(?:to|on)\s+)?(?:the\s+)?$|\baccused\s+(?:the\s+)?$", re.I
)
_BLAMES_AFTER = compile_gated(r"\s+(?:has\s+|had\s+|also\s+)?(?:attributed|blamed|accused|held)\b", re.I)
_AIRCRAFT_OF = compile_gated(
    r"\b(?:drones?|aircraft|warplanes?|jets?|planes?|helicopters?|UAVs?)\b,?\s+(?:which\s+(?:is|was|were)\s+)?"
    r"(?:believed|thought|suspected|said|reported)\s+to\s+(?:be\s+|have\s+been\s+)?(?:operated|flown|owned|launched|sent)\s+"
    r"by\s+(?:the\s+)?$",
    re.I,
)
_SUSPICION = compile_gated(
    r"(?:blamed|believed to)\b", re.I
)
_UNCLAIMED = compile_gated(
    r"\bno (?:group|one|party|side|faction|organi[sz]ation|body|entity|militia)\b[^.;]{0,20}?\bclaimed\b|\bno (?:immediate )?claim of responsibility\b"
    r"|\bnobody (?:has )?(?:yet )?claimed\b|\bnot been claimed\b|\bunclaimed\b"
    # "there was no claim", "no claim was issued", "but no claim appeared", "No group had claimed"
    r"|\bno (?:immediate |public |official )?claim\b|\bwithout (?:a |any )?claim\b|\bnone (?:of them )?claimed\b",
    re.I,
)
def _unclaimed(masked: str) -> bool:
    return "laim" in masked and _UNCLAIMED.search(masked) is not None


_CLAIMED = Prefiltered.compile(
    # ("ISIS later claimed the fires", "claimed the twin bombings")
    r"\bclaimed (?:responsibility|credit|it\b|the (?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|killings?|"
    r"assassinations?|ambush(?:es)?|operations?|shootings?|strikes?|fires?|arson|abductions?|kidnappings?|raids?|assaults?))\b"
    # ("The Islamic State said on social media that one of its fighters had carried out the attack")
    r"|\b(?:said|announced|stated)\b(?=[^.;]{0,80}?\b(?:its|it)\b[^.;]{0,60}?\bcarried\s+out\s+the\s+"
    r"(?:attack|bombing|operation|assault|strike|ambush)s?\b)",
    re.I,
)
_HELD_PROTESTERS = compile_gated(r"\b(?:protesters|demonstrators)\b", re.I)
_CO_ACTOR_JOINT = compile_gated(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|&)\s+(?:the\s+)?", re.I)
_CO_ACTOR_BY = compile_gated(r"\b(?:by|from)\s+(?:the\s+)?$", re.I)
_THE_GROUP_SUBJECT = compile_gated(
    r"\b(?:the|this)\s+(?:jihadist\s+|militant\s+|extremist\s+)?(?:group|organi[sz]ation|militia)\s+(?:later\s+|also\s+|"
    r"quickly\s+|swiftly\s+)?$",
    re.I,
)
_ARMED_GROUP_KINDS = frozenset({"Rebel group", "Political militia", "Identity militia"})
APPOSITIVE_GAP = re.compile(
    r",\s+(?:an?|the|one\s+of|part\s+of)\s+[^,;.()]{3,80},\s+(?:(?:also|later|then|quickly)\s+)?$"
)
# "...; Amaq claimed the killing": the claim's subject is a militant outlet, the claimant its group
_OUTLET_SUBJECT = compile_gated(r"\b(?:(?:the\s+)?(?:Amaq|A'maq|Aamaq|al-Naba|an-Naba|Naba)(?:\s+(?:news\s+)?agency)?)\s+(?:also\s+)?$", re.I)
# "BAGHDAD (Reuters) – ": where the story was filed, not where the incident happened.
_DATELINE_LEAD = compile_gated(
    r"^\s*[A-Z][A-Z' ./-]{2,30}(?:,\s*[A-Z][A-Za-z' .-]{1,30}(?<!\.)(?!\s*\d))?"
    # "QAMISHLI, Syria, Aug. 18, 2022 (North Press) –", "BAGHDAD, Dec. 20 (Xinhua) --"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?"
    r"|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)?"  # ("QAMISHLI, 3 August 2023 –": the day first)
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—])\s+"
    # "KIRKUK, Iraq: Militants ...": a capitalised place and its country, then a colon
    r"|^\s*[A-Z][A-Z' .-]{2,30},\s*(?:Iraq|Syria|Kurdistan Region|Turkey|Lebanon|Jordan)\s*:\s+"
    # "Idlib, Syria (AFP) —", "Damascus, Syria —": a place in title case with its country
    r"|^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?,\s*(?:Iraq|Syria|Kurdistan Region|Turkey|Lebanon|Jordan)"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])\s+"
    # "Baqubah, 9 March 2014 (NINA) –": an agency item's place and day, then its outlet
    # (not "Friday, 25 February 2011 — Baghdad.": a note's weekday and day, then its place)
    r"|^\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?,\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+"
    r"(?:19|20)\d\d\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—])\s+"
    # "Damascus Countryside, SANA, 13 March 2018 –": a state agency's dateline with its day, the day it was filed
    r"|^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?,\s*(?:SANA|ANHA|NINA|INA|IRNA|Anadolu|Xinhua|KUNA)\s*,\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\s*(?:--|[-–—])\s+"
    # "Daraa, Aug. 22, SANA – ...": the day first, then the agency
    r"|^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,\s*(?:19|20)\d\d)?,\s*(?:SANA|ANHA|NINA|INA|IRNA|Anadolu|Xinhua|KUNA)\s*(?:--|[-–—])\s+"
    # "Kirkuk / INA – ...", "Basra, NINA – ...": an agency's place, then its name
    r"|^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?\s*[,/]\s*(?:SANA|ANHA|NINA|INA|IRNA|Anadolu|Xinhua|KUNA)\s*(?:--|[-–—])\s+"
)
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ' ./-")


def _dateline_lead(text: str) -> re.Match[str] | None:
    """``_DATELINE_LEAD.match``, tried only where one of its forms can begin: a place in capitals ("BAGHDAD", its
    second character a capital too), or a place of at most four words and a comma ("Idlib, Syria", "Baqubah, 9
    March 2014"); most sentences open with neither."""
    lead = text.lstrip()
    if lead[1:2] not in _DATELINE_SECOND:
        comma = lead.find(",")
        if comma <= 0 or lead.count(" ", 0, comma) > 3:
            slash = lead.find(" / ", 0, 40)  # ("Kirkuk / INA – ...")
            if slash <= 0 or lead.count(" ", 0, slash) > 2:
                return None
    return _DATELINE_LEAD.match(text)


_AGENCY_DAY = compile_gated(
    r"^\s*(?P<place>[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?),\s*(?:SANA|ANHA|NINA|INA|IRNA|Anadolu|Xinhua|KUNA)\s*,\s*"
    r"(?P<day>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+(?:19|20)\d\d)\s*(?:--|[-–—])\s+"
    # ("Daraa, Aug. 22, SANA – ...")
    r"|^\s*(?P<place2>[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?),\s*(?P<day2>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+"
    r"\d{1,2})(?:,\s*(?:19|20)\d\d)?),\s*(?:SANA|ANHA|NINA|INA|IRNA|Anadolu|Xinhua|KUNA)\s*(?:--|[-–—])\s+"
)
# "QAMISHLI, 3 August 2023 – ...": a dateline in capitals with the day it was filed
_CAPS_DAY = compile_gated(
    r"^\s*(?P<place>[A-Z][A-Z'’ .-]{2,30}),\s*(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\s*(?:--|[-–—])\s+"
)
_ITEM_DATELINE = compile_gated(
    r"^\s*[A-Z][A-Za-z' .-]{1,30}(?:,\s*[A-Z][A-Za-z ]{1,20})?"
    # ("Baqubah, 9 March 2014 (NINA) –": the day the item was filed)
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)?"
    r"\s*\((?P<outlet>[^)]{1,40})\)\s*[-–—]\s+"
)
# A dataset record's own fields before its notes: "[2016-08-21] Kirkuk – Hurmuz: ..." or a CSV row
# "2019-10-20,Al-Hasakah,Ras al-Ain,\"notes ...\",North Press Agency". The date stays in the text (it dates the
# record); the governorate and the location are fields, not places the notes name.
_GOVERNORATE_FIELD = compile_gated(r"(?m)^(?:Governorate|Province|Admin ?1|Region|Muhafazah)\s*:\s*([^\n]{2,40}?)\s*$", re.I)
_RECORD_HEAD = compile_gated(
    r"^\s*(?:\[(?P<date>[^\]\n]{4,30})\]\s*(?P<admin1>[A-Z][\w'’ -]{1,30}?)\s+[–—-]\s+(?P<loc>[A-Z][^:\n]{1,50}?)\s*:\s+"
    r"|(?P<csv_date>(?:19|20)\d\d-\d\d-\d\d),(?P<csv_admin1>[^,\n\"]{2,40}),(?P<csv_loc>[^,\n\"]{2,60}),\""
    # a record of labelled fields: "Date: June 5, 2017 / Location: ... / Suspected belligerent: ... / Summary: " (the
    # fields say when and where; the summary tells the act, and only its words name who did it to whom)
    r"|(?P<fields>(?:[A-Z][A-Za-z ()/'-]{1,40}:[^\n]*\n){2,}(?:Summary|Description|Notes?|Narrative|Details|"
    r"Incident(?: description)?|Event(?: description)?)\s*:\s+)"
    # "date=2019-10-01; gov=Baghdad; loc=Tahrir Square; text=...": an export's key=value fields, then the note
    r"|(?P<kv>(?:[a-z_]{2,12}\s*=\s*[^;=\n]{1,60};\s*){2,}(?:text|summary|notes?|description|narrative)\s*=\s*))"
)


def _item_dateline(text: str) -> re.Match[str] | None:
    # (its outlet is in parentheses: a text with no "(" has none, and most have none)
    return _ITEM_DATELINE.match(text) if "(" in text else None


def _record_head(text: str) -> re.Match[str] | None:
    """``_RECORD_HEAD.match``, tried only where one of its forms can begin: a "[date]" or a CSV row's year first, a
    block of labelled lines, or key=value fields."""
    lead = text.lstrip()[:2]
    if lead[:1] == "[" or lead in ("19", "20") or "\n" in text or "=" in text:
        return _RECORD_HEAD.match(text)
    return None


_KV_GOVERNORATE = compile_gated(r"\b(?:gov|governorate|admin1|province)\s*=\s*([^;\n]{2,40}?)\s*;")
_CSV_SOURCE = compile_gated(r"\",(?P<src>[^\"\n]*)\s*$")
_WHICH_HOLDS = compile_gated(
    r",\s+which\s+(?:controls|holds|runs|dominates|governs|rules)\s+(?:most|much|parts|large\s+parts|all)\s+of\s+"
    r"[^,;.()]{2,60},"
)
# ("4 March 2019 – Diyala: ...", "5 Oct. 2017 — Kirkuk. ...": the day written out)
_DATED_ADMIN1_LABEL = compile_gated(
    r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)(?:19|20)\d\d"
    r"\s+[–—-]\s+(?P<name>[A-Z][\w'’-]*(?:[ -][A-Za-z][\w'’-]*){0,2})\s*[:.]\s+"
)
_ADMIN1_LABEL = compile_gated(r"^\s*(?P<name>[A-Z][\w'’-]*(?:[ -][A-Za-z][\w'’-]*){0,2})\s*:\s+(?=\S)")
# "Anbar – Two apostates ...": a claim's lead naming the province
# (and a digest's "Diyala – 14 Jun: ...", "Diyala – night of 15/16 Jun: ...": the governorate before the day)
# A note's label: "Dhi Qar, 26 Feb 2021: ", "Erbil (Sidakan), 11 Aug 2020: ", "Idlib — 28 May 2019: ",
# "Izraa (Daraa), 22/04/2023 – "
_NOTE_LABEL = compile_gated(
    r"^\s*(?P<name>[A-Z][\w'’ -]{1,30}?)(?:\s*\((?P<sub>[^()]{1,30})\))?(?:,|\s+[–—-])\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
    r"\s*[:.–—-]\s+"
)
_DIGIT_NEAR_START = compile_gated(r"\d")


def _note_label(text: str) -> re.Match[str] | None:
    # the label holds a date: a text with no digit near its start has none (one cheap scan before the long pattern)
    # (and every date form of a label has a year's first two digits)
    if _DIGIT_NEAR_START.search(text, 0, 60) and ("19" in text or "20" in text):
        return _NOTE_LABEL.match(text)
    return None


# An export's short cells before its note: "2021-05-12 | Baghdad | ", "Nineveh | 2017-07-09 | "
_PIPE_LABELS = compile_gated(r"^\s*(?:[^|\n.;]{1,40}\|\s*){1,4}(?=\S)")
_FEED_STAMP = compile_gated(r"^\s*\[?[012]?\d[:.][0-5]\d\]?\s*[·•|—–-]\s*")
# a feed line's area label: "08:12 · Afrin: ...", "Deir ez-Zor: ..."
_FEED_LABEL = compile_gated(r"^\s*(?:\[?[012]?\d[:.][0-5]\d\]?\s*[·•|—–-]\s*)?[A-Z][\w'’ -]{1,30}?:\s")
_PLACE_LEAD = compile_gated(r"^\s*(?P<name>[A-Z][\w'’ -]{1,25}?)\s+[–—-]\s+(?=[A-Z]|(?:night of\s+)?\d{1,2}\b)")


def _place_lead(text: str) -> re.Match[str] | None:
    # (a text with no dash has no label before one)
    return _PLACE_LEAD.match(text) if "-" in text or "–" in text or "—" in text else None
# A summary over time or places, not one incident: "since the start of the war", "in dozens of towns".
_STATE_SINCE = compile_gated(
    r"\b(?:imposed|held|controlled|control|besieged|siege|occupied|closed|in place|displaced|blockaded|kept|maintained|"
    r"camped)\b"
    r"(?:\s+[\w-]+){0,4}\s*$"
)
_PLANNED_BEFORE = compile_gated(
    r"\b(?:plann(?:ed|ing)|plott(?:ed|ing)|prepar(?:ed|ing)|intend(?:ed|ing))\s+(?:to\s+(?:carry\s+out|launch|stage|"
    r"conduct|mount)\s+)?$",
    re.I,
)
_LEAFLETS_AFTER = compile_gated(r"[^.;]{0,40}?\bleaflets\b", re.I)
_RELYING_ON = compile_gated(
    r"\brel(?:y|ies|ying)\s+(?:\w+\s+)?on\s+(?:(?!said\b|says\b|reported\b|told\b|that\b|who\b|which\b)[\w-]+,?\s+){0,8}$",
    re.I,
)
_AFTER_DAYS_OF = compile_gated(
    r"\bafter\s+(?:a|an|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_PERIODS_DEAD = compile_gated(
    r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:week|month|\d+\s+days)\b|\b(?:were|was|are|is)\s+(?:entirely\s+|"
    r"completely\s+|totally\s+)?(?:false|baseless|untrue|fabricated)\b",
    re.I,
)
_EARLIER_FIGURE = compile_gated(
    r"\b(?:had|has)\s+earlier\s+(?:put|given|reported|announced|said)\b|\bearlier\s+(?:toll|figure|count)\s+of\b", re.I
)
_AGENTLESS = compile_gated(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:carried\s+out|conducted|launched|destroyed|neutrali[sz]ed)\b(?!\s+by\b)"
    r"|\b(?:operations?|strikes?)\s+(?:conducted|carried\s+out)\s+(?:late\s+)?(?:last|this|yesterday|on)\b",
    re.I,
)
_AND_THEN_VERB = compile_gated(r"\b(?:and|then)\s+$")
_RESPONDED_TO_THE = compile_gated(r"\b(?:responded|reacted|reacting|responding)\s+to\s+the\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_SAID_BY = compile_gated(r"\b(?:said|says|stated|declared|argued|noted)\s+(?:that\s+)?by\s+$", re.I)
_ONE_OF_THE_WORST = compile_gated(
    # (a digest's telegraphic "deadliest single attack in capital since 2003" drops the article)
    r"(?:\bthe\s+|,\s+)(?:deadliest|worst|bloodiest|largest|biggest)\s+(?:single\s+)?(?:attack|bombing|blast|explosion|strike|"
    r"air\s?strike|raid|ambush|massacre|incident|car bombing|suicide bombing|day)\b[^.;]{0,50}$",
    re.I,
)
_IN_A_PAST_YEAR = compile_gated(r"\s*(?:In|During|Throughout|Back in|Earlier in)\s+(?P<y>(?:19|20)\d\d),")
_TELLER_VERB = compile_gated(r"\b(?:said|says|reported|stated|announced|claimed|added|according to)\b", re.I)
_AGGREGATE = PrefilteredAny.compile(
    # "a rise in the number of assassinations", "the usual small-scale shootings and roadside bombs": a trend, a sum
    r"\b(?:rise|increase|surge|spike|upsurge|uptick|decline|drop|fall)\s+in\s+(?:the\s+)?(?:number|rate|frequency)\s+of\b"
    r"|\bthe\s+usual\s+(?:[\w-]+\s+){0,3}?(?:shootings|bombings|attacks|incidents|IEDs|bombs|killings|assassinations)\b"
    # ("23 incidents recorded (prev. week 19): 7 IDF/shelling, 4 IED, ...": a week's statistics)
    r"|\b\d+\s+(?:security\s+)?incidents\s+(?:were\s+)?(?:recorded|reported|documented|logged)\b"
    # ("This extract lists incidents from the second half of March 2017 in which ...": the log's own note)
    r"|\b(?:this|the)\s+(?:extract|log|list|table|dataset|report|bulletin)\s+(?:lists|records|covers|includes|contains|"
    r"documents)\s+(?:\w+\s+)?(?:incidents|events|attacks|strikes)\b|"
    # (not "In the most horrific massacre since the beginning of the revolution, regime forces fired ...": this one,
    # measured against all before it)
    r"(?<!massacre )(?<!attack )(?<!bombing )(?<!strike )(?<!incident )(?<!atrocity )(?<!day )"
    r"\bsince (?:the (?:start|beginning|outbreak)|the (?:\w+ )?(?:offensive|campaign|operation|battle|assault|fighting) "
    r"(?:began|started|was launched|erupted)|(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?:19|20)\d\d)\b|\b(?:in|across) (?:dozens|scores|hundreds|numerous|"
    r"many) of (?:towns|villages|cities|areas|places|locations|provinces|governorates)\b"
    # "Fighting ... spread to several towns and villages ... this week": a week's fighting summed up
    r"|\b(?:spread|spreading) (?:to|across|through) (?:several|many|numerous|a number of|dozens of) (?:towns|villages|areas)\b"
    # one incident is in one country; both: a summary ("in northern Syria and northern Iraq")
    # "the operation, dubbed Claw-Sword, targeted the headquarters of ...": a campaign named, no incident of its own
    r"|\bthe\s+(?:\w+\s+)?(?:operation|offensive|campaign),?\s+(?:dubbed|named|called|code-?named)\b"
    # "Two days after the earthquake, rescue teams were still digging ...": a disaster's dead, no violence
    r"|^\s*(?:[\w-]+\s+){0,3}?(?:after|since|during)\s+the\s+(?:\w+\s+)?(?:earthquake|quake|floods?|flooding|landslide)\b"
    r"|\bthe\s+(?:\w+\s+)?(?:earthquake|quake)\s+that\s+killed\b"
    # "Baghdad was last hit by a wave of attacks on August 10": the one before, recalled; "demonstrators have gathered
    # every Friday", "Since then, protesters have ...": a habit, not an incident
    r"|\b(?:was|were|had\s+been)\s+last\s+(?:hit|struck|targeted|attacked|bombed|shelled)\b"
    r"|\bevery\s+(?:Friday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|day|night|week|weekend)\b"
    r"|^\s*since\s+then\b[^.;]{0,60}?\b(?:have|has)\b"
    # "In 2019 and 2020, protests broke out in Thiban ...": years of incidents recalled together
    r"|^\s*(?:in|between|during|throughout)\s+(?:19|20)\d\d\s*(?:and|-|–|to)\s*(?:19|20)\d\d\b"
    # "Turkey's latest offensive ... entered its fifth day on Friday": a campaign's days summed up
    # (not "killed 19 civilians ..., as the offensive ... entered its third month": the incident, dated by the campaign)
    r"|^(?![^.;]*\b(?:as|while)\s+the\s+)[^.;]*?\bentered\s+its\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:day|week|month)\b"
    # "carried out dozens of raids on towns in the southern countryside of Idlib": a day's strikes over many places
    r"|\b(?:dozens|scores|hundreds)\s+of\s+(?:[\w-]+\s+)?(?:raids|strikes|air\s*strikes|airstrikes|sorties)\s+(?:on|against|"
    r"targeting)\s+(?:[\w-]+\s+)?(?:towns|villages|cities|areas|neighbou?rhoods)\b"
    # "reported a total of 19 airstrikes in Iraq over the three days": many strikes counted together
    r"|\ba\s+total\s+of\s+\d+\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|strikes|attacks|raids|operations|bombings)\b"
    # "pounded Idlib city, Sarmin, Ariha and dozens of towns along the frontlines", "with ACLED recording over 40
    # strikes": a wave over many places, counted
    r"|(?:,\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+)?){2,}\s+and\s+(?:dozens|scores|hundreds)\s+of\s+(?:other\s+)?(?:towns|villages|areas|"
    r"locations)\b"
    r"|\b(?:recording|recorded|documenting|documented|counting|counted)\s+(?:over|more\s+than|at\s+least|some|about)?\s*"
    r"\d+\s+(?:[\w-]+\s+)?(?:air\s*strikes|airstrikes|strikes|attacks|raids|incidents|events|explosions)\b"
    # "During the past week the security forces carried out 31 operations", "This week our teams responded to 211
    # attacks": a week's tally
    r"|^\s*(?:(?:during|over|in)\s+the\s+(?:past|last|previous)|this|last)\s+(?:week|month|fortnight|two\s+weeks|"
    r"\d+\s+days)\b[^.;]{0,80}?\b\d{2,}\s+(?:[\w-]+\s+)?(?:operations|attacks|strikes|air\s*strikes|raids|incidents|"
    r"missions|sorties)\b"
    # "the jets destroyed 89 targets": a campaign's tally
    r"|\b(?:the|its|their)\s+(?:jets|warplanes|aircraft|planes|drones|forces)\s+(?:had\s+)?(?:destroyed|hit|struck)\s+"
    r"(?:more\s+than\s+|over\s+|some\s+|about\s+)?\d{2,}\s+(?:targets|sites|positions)\b"
    r"|\bin (?:(?:northern|southern|eastern|western|north-?eastern|north-?western)\s+)?(?:Syria and|Iraq and)\s+"
    r"(?:(?:northern|southern|eastern|western|north-?eastern|north-?western)\s+)?(?:Iraq|Syria)\b"
    # "conducted strikes on two facilities in eastern Syria": a release's lede over the strikes told one by one
    r"|\bstrikes?\s+(?:on|against|targeting)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:facilities|sites|targets|locations)\s+in\s+(?:(?:eastern|western|northern|southern|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|central)\s+)?(?:Syria|Iraq)\b"
    # "struck oil installations, a power station and a car across northeast Syria": many targets over a region
    r"|\bacross\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west)(?:ern)?\s+)?(?:Syria|Iraq|the Kurdistan Region|Iraqi Kurdistan|the country|the region)\b"
    # "The death toll from three days of fighting in Sweida has risen to 99": days of incidents summed up
    r"|\b(?:death\s+)?toll\s+from\s+(?:\w+\s+){0,2}(?:days|weeks|months)\s+of\b"
    # "its forces had killed 14 PKK militants in northern Iraq over the weekend": a region's days of operations
    r"|\bin\s+(?:northern|north(?:-|\s)?(?:east|west)(?:ern)?|eastern|western|southern)\s+(?:Iraq|Syria)\s+"
    r"(?:over|during|in)\s+the\s+(?:weekend|past\s+(?:week|few\s+days|\d+\s+days)|last\s+(?:week|few\s+days))\b"
    # "the death toll of the clashes since they broke out on Sunday has risen to 40": the days' running toll
    r"|\b(?:death\s+)?toll\s+(?:of|from)\s+the\s+(?:clashes|fighting|violence|attacks|escalation|battles|unrest)\s+"
    r"since\b"
    # "... had been the scene of battles since Turkey launched its offensive on Jan. 20": a campaign's start, recalled
    r"|\bsince\s+(?:[\w'’-]+\s+){1,3}(?:launched|began|started)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+)?(?:offensive|"
    r"operation|campaign|assault)\b"
    # "declared in a televised address that Iraqi forces had fully liberated the country": a war's end declared
    r"|\b(?:liberated|freed|retaken|recaptured|liberation\s+of)\s+(?:the\s+(?:whole\s+|entire\s+)?country|all\s+(?:of\s+)?"
    r"(?:Iraq|Syria|Iraqi\s+territory|Syrian\s+territory))\b"
    # "The weekly tally of violence in Baghdad ...: ISW recorded 11 IED and VBIED detonations": a week counted
    r"|\b(?:weekly|monthly|daily)\s+(?:tally|count|toll|total)\b"
    r"|\b(?:recorded|counted|logged|documented)\s+(?:\d+|[a-z]+-?[a-z]*)\s+(?:[\w-]+\s+){0,3}?(?:detonations|explosions|"
    r"attacks|incidents|strikes|assassinations)\s+(?:between|during|over|in\s+the\s+(?:past|last))\b"
    # "The security environment in Idlib governorate deteriorated sharply during the second week": a trend
    r"|\bsecurity\s+(?:environment|situation)\b[^.;]{0,60}?\b(?:deteriorated|worsened|improved|escalated|remained)\b"
    # "Among the dead were a businessman and his daughter": who the dead of the incident told were
    r"|^\W*among\s+the\s+(?:dead|killed|victims|wounded|injured|casualties)\s+(?:were|was|are|is)\b"
    # "hundreds of mourners had gathered at a cemetery on the edge of Khalis": a burial, no protest
    r"|\bmourners\b[^.;]{0,60}?\b(?:gathered|assembled|converged)\b[^.;]{0,40}?\b(?:cemetery|graveyard|burial|"
    r"funeral)\b"
    # "the fighting between the SDF and tribesmen has spread to new areas": a trend of days
    r"|\b(?:fighting|clashes|violence|unrest)\b[^.;]{0,140}?\b(?:has|have)\s+(?:now\s+)?spread\s+to\s+(?:new|other|more|"
    r"several)\b"
    # "were heavily shelled by regime and Russian forces during the 2019-2020 offensive": a campaign of years ago
    r"|\bduring\s+the\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s+(?:[\w-]+\s+)?(?:offensive|campaign|battle|war|"
    r"siege|fighting|assault|operation)\b"
    # "Unexploded munitions left by years of bombardment continue to claim young lives": a trend over years
    r"|\bcontinu(?:e|es|ed|ing)\s+to\s+(?:claim|take|cost|kill|maim)\s+(?:(?:young|civilian|more|many|innocent)\s+)?"
    r"(?:lives|victims|people|civilians|children)\b"
    # "The escalation comes amid tension in the region since ...": the setting of the news, no incident
    r"|^\W*(?:the|this|that)\s+(?:escalation|tension|violence|fighting|unrest|development|flare-up)\s+(?:comes?|came)\s+"
    r"(?:amid|against|after)\b"
    # "According to SOHR's running count, the violence on the coast ... killed 1,557 people": a monitor's tally
    r"|\b(?:according\s+to|in|by)\s+(?:[\w'’-]+\s+){0,3}?(?:running|cumulative|rolling)\s+(?:death\s+)?(?:count|toll|"
    r"tally)\b"
    # "... caused more than half of the injuries": a share of many incidents' victims
    r"|\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|most|the majority|\d+\s*(?:%|per ?cent))\s+of\s+"
    r"(?:the\s+|all\s+)?(?:civilian\s+)?(?:injuries|casualties|deaths|fatalities|incidents|victims)\b"
    # "Attacks on bases hosting foreign troops have now reached 24", "the number of strikes has risen to 40": a count
    # of many
    r"|\b(?:attacks|strikes|air\s*strikes|airstrikes|incidents|bombings|assassinations|raids|explosions)\b[^.;]{0,80}?"
    r"\bhave\s+(?:now\s+)?(?:reached|risen\s+to|climbed\s+to|exceeded|topped|totall?ed|numbered)\s+(?:at\s+least\s+|"
    r"more\s+than\s+|over\s+|some\s+)?\d+\b"
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|air\s*strikes|airstrikes|incidents|bombings|"
    r"assassinations|raids)\b[^.;]{0,80}?\b(?:has|had)\s+(?:now\s+)?(?:reached|risen|climbed|exceeded|topped)\b"
    # "Since Oct. 17, U.S. forces have been attacked at least 46 times": a tally since a day
    r"|\bsince (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s+(?:19|20)\d\d\b)"
    r"|\b(?:at least|more than|over|nearly|almost|some|about)\s+\d+\s+times\b|\b\d{2,}\s+times\b"
    # notes about the report itself: "The list above contains all strikes ...", "This paragraph replaces the entry
    # coded for 9 November", "local officials revised the death toll from the previous day's bombing upward to 48"
    r"|\b(?:the|this)\s+(?:list|table|summary|release|report|paragraph|entry|record)\s+(?:above|below)\b"
    r"|\b(?:this|the)\s+(?:paragraph|entry|record|item|note)\s+(?:replaces|corrects|supersedes|updates|amends)\b"
    r"|\b(?:has|have|had)\s+been\s+(?:withdrawn|retracted|removed)\b"
    r"|\b(?:revised|raised|updated|lowered|increased|corrected)\s+(?:the|its|their)\s+(?:death\s+)?toll\s+(?:from|of|for)\b"
    # "killed since the protests erupted on Oct. 1": a toll counted from a campaign's outbreak
    r"|\bsince (?:the|its|their) (?:[\w-]+\s+){0,3}?(?:protests|demonstrations|unrest|uprising|war|conflict|revolution|"
    r"crisis|offensive|campaign|operation|fighting|clashes|battle|escalation|launch)\s+(?:(?:first\s+)?(?:erupted|began|"
    r"started|broke out|flared|erupt|begin|start)|(?:was|were) (?:launched|started))\b"
    # "A wave of car bombs tore through Baghdad": a wire lede summing up incidents told one by one below it
    # ("..., the latest in a string of attacks to hit the capital": this one, one of many)
    r"|(?<!latest in )(?<!latest of )(?<!one in )(?<!one of )(?<!part of )(?<!amid )"
    r"\b(?:a|another|the latest|a new) (?:new )?(?:wave|spate|string) of (?:coordinated |deadly )?"
    r"(?:car |suicide |roadside )?(?:bombs|bombings|attacks|explosions|blasts|assassinations)\b"
    # "Assassinations continued in the Daraa region.": a trend, the incidents are told one by one
    # "... has spread in Daraa in recent months", "air strikes and ambushes have become so routine": a trend
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:spread|increased|grown|risen|become|multiplied|surged)\b[^.;]{0,100}?"
    r"\bin recent (?:months|weeks|years)\b"
    r"|\b(?:have|has) become (?:so |more |increasingly |almost |nearly |all but )?(?:routine|common|frequent|daily|rare|rarer|uncommon|less common|less frequent|infrequent|commonplace)\b"
    r"|\b(?:assassinations|attacks|killings|kidnappings|abductions|strikes|bombings) (?:have|has) (?:continued|"
    r"persisted|increased|escalated|intensified|spread)\b(?!\s+(?:since|for|today|into|until|overnight)\b)"
    r"|^\s*(?:the\s+)?(?:assassinations|attacks|killings|clashes|air ?strikes|strikes|bombings|abductions|kidnappings|"
    r"arrests|raids|incidents)\s+(?:\w+\s+)?(?:have\s+|has\s+)?(?:continued|persisted|increased|escalated|intensified|"
    r"continue|persist|increase|escalate|intensify)\b"
    # "Israel has carried out hundreds of strikes", "struck the group's leadership several times in 2019 and 2020":
    # many actions summed up
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:carried out|conducted|launched|staged|mounted)\s+(?:hundreds|dozens|scores|"
    r"thousands)\s+of\b"
    r"|\b(?:several|many|multiple|numerous|dozens of|hundreds of)\s+times\b"
    # "have carried out more than 30 drone and rocket attacks", "documented at least 193 cases of arbitrary arrest",
    # "struck two facilities used by the militia": many acts counted together
    r"|\b(?:have|has)\s+(?:\w+\s+)?(?:carried out|conducted|launched|staged|mounted)\s+(?:more than\s+|at least\s+|over\s+|"
    r"some\s+|nearly\s+|about\s+|almost\s+)?\d{2,}\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|raids|operations)\b"
    # ("said the Turkish state had carried out more than 60 drone and air strikes since 5 October")
    r"|\bhad\s+(?:\w+\s+)?(?:carried out|conducted|launched|staged|mounted)\s+(?:more than\s+|at least\s+|over\s+|"
    r"some\s+|nearly\s+|about\s+|almost\s+)?\d{2,}\s+(?:[\w-]+\s+){0,4}?(?:attacks|strikes|raids|operations)\s+since\b"
    r"|\b(?:documented|recorded|registered|counted|verified)\s+(?:at least\s+|more than\s+|some\s+|over\s+)?\d+\s+"
    r"(?:cases|incidents|instances|violations)\s+of\b"
    # "near-daily exchanges of fire", "Since the 2018 settlement, Daraa has witnessed ...", "conducted two strikes in
    # Syria in recent weeks": a pattern or a period summed up
    # "... after two days of anti-government protests in which security forces fired live rounds": days summed up
    r"|\b(?:two|three|four|five|six|several|\d+)\s+(?:straight\s+|consecutive\s+)?days\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:protests|demonstrations|clashes|fighting|unrest|rioting)\s+in\s+which\b"
    # "the fighting had so far killed 154 people, up from a toll of 89": a days-long battle's running count
    r"|\b(?:has|had|have)\s+so\s+far\s+(?:killed|left)\b"
    r"|\b(?:near-daily|almost daily|nearly daily|near-constant)\s+(?:exchanges of fire|"
    r"clashes|attacks|strikes|shelling|skirmishes|raids)\b"
    r"|^\s*since\s+the\s+(?:19|20)\d\d\b"
    r"|\b(?:conducted|carried out|launched|mounted)\s+(?:two|three|four|five|several|multiple|a series of|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes|raids|attacks|operations)\b[^.;]{0,60}?\bin\s+recent\s+(?:weeks|months|days)\b"
    # "The assault on Homs began on Friday night": when a campaign started, its incidents told apart
    r"|^\s*the\s+(?:[\w-]+\s+)?(?:assault|offensive|bombardment|campaign|siege|onslaught)\s+(?:on|against|in)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:began|started|was launched|had begun)\b"
    # "an escalation ... that started on Nov. 20 with airstrikes on Kobani, Derik and Tal Rifaat": a campaign's start
    # "killed ... across Idleb governorate during the reporting period", "four people were killed in two strikes this
    # week", "conducted 46 airstrikes in the Fallujah area between May 24 and May 30": a period summed up
    r"|\b(?:during|over|in)\s+the\s+(?:reporting|review|reported)\s+period\b"
    # "hit command centers ... at seven locations, four in Syria and three in Iraq": many targets summed up
    r"|\bat\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|dozens\s+of)\s+(?:locations|sites|"
    r"targets|facilities)\b"
    # "Clashes ... spread across the eastern countryside over the past week": a week's fighting summed up
    r"|\b(?:spread|spreading|raged|continued|escalated)\b[^.;]{0,100}?\bover\s+the\s+(?:past|last)\s+(?:week|few\s+days|"
    r"several\s+days|(?:two|three|four|five|\d+)\s+days|two\s+weeks|month)\b"
    r"|\bin\s+(?:two|three|four|five|six|several|\d+)\s+(?:separate\s+)?(?:strikes|attacks|incidents|raids)\s+"
    r"(?:this|last|over\s+the)\s+(?:week|month)\b"
    r"|\b\d{2,}\s+(?:(?:U\.S\.|US|American|Russian|Turkish|Israeli|[Cc]oalition)\s+)?(?:air\s*|drone\s+)?strikes\b[^.;]{0,60}?"
    r"\bbetween\b"
    r"|\bbetween\s+(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\s+[A-Z][a-z]+)?\s+and\s+(?:[A-Z][a-z]+\s+)?\d{1,2}\b[^.;]{0,80}?"
    r"\b\d{3,}\s+(?:air\s*|drone\s+)?strikes\b"
    # "ISIS activity stayed concentrated in the rural belt ...", "Shelling ... rose for the third week in a row",
    # "Turkey continued the air and artillery campaign it launched on 20 November": a week's trend
    r"|\b(?:activity|attacks|violence|incidents)\s+(?:stayed|remained)\s+(?:concentrated|focused|centred|centered)\b"
    # "Baghdad was comparatively quiet apart from one rocket incident", "continued, with three incidents recorded"
    r"|\b(?:was|were|remained|stayed)\s+(?:comparatively|relatively|largely|mostly)\s+(?:quiet|calm)\b"
    r"|\bwith\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:incidents|attacks)\s+"
    r"(?:recorded|reported|logged|documented)\b"
    r"|\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|\w+th)\s+(?:straight\s+|consecutive\s+)?(?:week|month)"
    r"(?:\s+in\s+a\s+row)?\b"
    r"|\bcontinued\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:campaign|offensive|operation|bombardment|escalation)\b"
    # "ISIS cells have claimed similar assassinations in the area in recent months": others like it
    r"|\b(?:similar|such)\s+(?:[\w-]+\s+)?(?:attacks|assassinations|killings|bombings|strikes|incidents|abductions)\b"
    # "Over the past 24 hours, nine shelling attacks were recorded", "In the last week, a total of 21 terrorists have
    # been neutralized", "Outcome of operations for the week of 8-14 March: 17 terrorists killed": a day's or a week's
    # count
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:(?:24|twenty-four|48|forty-eight)\s+hours|day|week)\b"
    r"[^.;]{0,80}?"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?(?:attacks|violations|"
    r"incidents|strikes|cases)\b"
    r"|\ba\s+total\s+of\s+\d+\s+(?:[\w/-]+\s+){0,3}?(?:have|has|had)\s+been\b"
    # ("In the past week, a total of 254 terrorists were neutralized": the week's total, however told)
    r"|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|month|\d+\s+days)\b[^.;]{0,40}?\ba\s+total\s+of\b"
    r"|\b(?:outcome|results?|tally|summary|balance)\s+of\s+(?:the\s+)?(?:\w+\s+)?operations\s+(?:for|during|over|in)\b"
    # "The Turkish occupation army continues its attacks on the regions of ...", "have been firing shells on Damascus
    # almost daily": a trend told, its incidents told elsewhere
    r"|\bcontinu(?:es|ed|ing)\s+(?:on\s+[A-Z]\w+\s+|today\s+|yesterday\s+)?(?:its|their)\s+"
    # ("Syrian and Russian aircraft continued their heavy bombing of the rebel-held neighborhoods")
    r"(?:(?:heavy|intense|fierce|daily|relentless|intensive)\s+)?(?:attacks|shelling|"
    r"bombardment|bombing|strikes|air\s*strikes|raids|assaults|violations|aggression)\b"
    # "announced the arrest of 23 wanted persons ... over the past week", "arrested 37 suspects ... during the past
    # week of the curfew": a week's arrests counted together
    r"|\b(?:arrest(?:ed|s)?|detain(?:ed)?|detention)\s+(?:of\s+)?(?:more\s+than\s+|at\s+least\s+|some\s+)?\d{2,}\b"
    r"[^.;]{0,120}?\b(?:(?:over|during|in)\s+(?:the\s+)?(?:past|last|previous)\s+(?:week|month|fortnight|\d+\s+days|"
    r"(?:two|three|four|five|six|seven|ten)\s+days)|during\s+a\s+week\s+of)\b"
    # "Since Saturday, Iranian strikes ... have killed at least 14 people, according to a Rudaw tally": days counted
    r"|^\W*since\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:weekend|start|beginning))\b|"
    r"(?:last|early|late)\s+\w+\b)[^.;]{0,100}?\b(?:has|have)\s+(?:killed|left|claimed)\b"
    # "In the days preceding the takeover, Coalition aircraft intensively attacked ISIS targets": days summed up
    r"|^\W*(?:in|during|over)\s+the\s+(?:days|weeks|months)\s+(?:preceding|before|leading\s+up\s+to)\b"
    # "Below is a summary of the day compiled from ANHA correspondents": the round-up's lede over its items
    r"|\bbelow\s+is\s+a\s+(?:summary|round-?up|list)\b"
    r"|\b(?:almost|nearly)\s+daily\b|\bon\s+a\s+daily\s+basis\b"
    r"|\b(?:escalation|campaign|offensive|operation|wave)\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:started|began|"
    r"kicked off|was launched)\s+(?:on|in)\b[^;]{0,30}?\bwith\b"
    # "... has left dozens dead since the weekend", "rockets and drones have repeatedly struck ...", "the deadliest
    # ... since April": days of fighting summed up, many strikes, a comparison with earlier rounds
    r"|\b(?:has|have)\s+(?:left|killed|claimed)\b[^.;]{0,80}?\bsince\s+(?:the\s+weekend|last\s+week|(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    r"|\b(?:has|have)\s+(?:\w+\s+)?repeatedly\s+(?:been\s+)?(?:struck|hit|targeted|attacked|shelled|bombed)\b"
    # "Assad has recaptured most of the big urban centres", "Al-Bab has witnessed dozens of bombings": years summed up
    r"|\b(?:has|have)\s+(?:since\s+)?(?:recaptured|retaken|regained|reconquered)\s+(?:most|much|many|all|large\s+parts)\s+of\b"
    # ("... has seen repeated protests against the SDF since 2019": the same, a region's recent years)
    r"|\b(?:has|have)\s+(?:also\s+)?(?:witnessed|seen)\s+(?:dozens|scores|hundreds|a\s+series|a\s+string|several|many|"
    r"numerous|repeated|frequent|regular|recurr(?:ent|ing)|sporadic|periodic)\b"
    # ("Zabadani ... has seen heavy fighting since early July": weeks of fighting summed up)
    r"|\b(?:has|have)\s+(?:also\s+)?(?:witnessed|seen)\s+(?:heavy|fierce|intense|daily|constant|continuous|"
    r"bitter|some\s+of\s+the\s+(?:heaviest|fiercest))\s+(?:fighting|clashes|battles|shelling|bombardment)\s+since\b"
    # ("It frequently fires rockets and mortar bombs into government-held parts of Damascus": a habit, no incident)
    r"|\b(?:frequently|regularly|routinely|often|repeatedly|occasionally|sometimes|usually)\s+(?:fires|shells|strikes|"
    r"targets|attacks|launches|bombs|hits|raids|carries\s+out|conducts)\b"
    # ("Sunni militants ... frequently set off car bombs in Shiite areas of the capital": the same, told in the past)
    r"|\b(?:frequently|regularly|routinely|often)\s+(?:set\s+off|detonated|fired|shelled|struck|targeted|attacked|"
    r"launched|bombed|carried\s+out|conducted)\b"
    # ("in the deadliest attack on the capital since 2003": one incident, measured against the past)
    # (nor "struck Suwayda city ..., in the deadliest day for the province since 2011": the day the sentence tells)
    r"|\bthe\s+deadliest\b(?!\s+(?:single\s+)?(?:attack|bombing|blast|explosion|strike|air\s?strike|raid|ambush|massacre|"
    r"incident|car bombing|suicide bombing|day)\b)[^.;]{0,60}?\bsince\b"
    # "Since the killing, hundreds of people have demonstrated in al-Bab, Azaz and other towns": days of protests
    r"|^\W*since\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:killing|death|assassination|arrest|abduction|"
    r"attack|bombing|strike|massacre)\b[^.;]{0,80}?\b(?:have|has)\s+(?:\w+\s+)?(?:demonstrated|protested|rallied|"
    r"marched|gathered|held\s+(?:protests|demonstrations|rallies|sit-ins))\b"
    # "Monday marked the second anniversary of the US drone strike ...": an old incident remembered
    r"|^\s*(?:[\w'’-]+\s+){0,2}marked\s+the\s+(?:[\w-]+\s+)?anniversary\s+of\b"
    # "For months, government forces have been trying to drive rebels out of ...": a campaign's months told
    r"|^\W*(?:for|over\s+the\s+(?:past|last))\s+(?:several\s+|many\s+)?(?:months|weeks|years)\b"
    # "Fighting between X and Y entered its fourth day on Thursday": days of fighting, told as one
    # (not "killed 19 civilians ..., as the offensive ... entered its third month": a strike, dated by the campaign)
    r"|^\W*(?:the\s+)?(?:(?:military\s+)?operations?|fighting|clashes|battles?|offensive|assault|unrest|violence)\b[^.;]{0,150}?"
    # ("Military operations along the border continued for a sixth consecutive day, with heavy fighting in ...")
    r"\b(?:entered|went\s+into|reached|continued\s+for)\s+(?:its|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?:day|week|month)\b"
    # "The terrorists suffered heavy losses in the clashes, the sources added": the lead's fighting, counted vaguely
    r"|^\W*(?:the\s+)?[\w/-]+(?:\s+[\w/-]+){0,3}\s+suffered\s+(?:heavy\s+|big\s+|great\s+|significant\s+|huge\s+)?"
    r"(?:losses|casualties)\s+in\s+the\s+(?:clashes|fighting|battles?|attack|assault|operation)\b"
    # "According to the CTD statement, the rockets were launched from the outskirts of X": where the told attack came
    # from
    r"|^\W*(?:according\s+to\s+[^,]{1,60},\s*)?the\s+(?:rockets|missiles|shells|mortar\s+(?:rounds|shells)|drones?|"
    r"projectiles)\s+(?:were|was|had\s+been)\s+(?:launched|fired)\s+from\b"
    # "We recorded 74 security incidents nationwide during the month ... Twenty-two of these were IED detonations":
    # a month's statistics
    r"|\b(?:recorded|counted|logged|documented)\s+(?:\d+|[a-z]+-?[a-z]*)\s+(?:security\s+)?incidents\b"
    r"|\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+these\s+were\b"
    r"|\bkilled\s+in\s+(?:attacks|incidents|violence)\s+(?:this|last|during\s+the)\s+(?:week|month|year)\b"
    # "... denied that government forces were involved, blaming 'armed terrorist groups' which he said had attacked ...":
    # a denial and the blame it puts elsewhere
    r"|\b(?:denied|denies|rejected|rejects)\s+(?:that\s+)?[^.;]{0,60}?\b(?:were|was)\s+(?:in\s+any\s+way\s+)?involved\b"
    # "The attacks were mostly shootings, IEDs and sniper fire.": a week's attacks described together
    r"|\b(?:the|these|most|all)\s+(?:attacks|incidents|operations|strikes|killings)\s+(?:were|was)\s+(?:mostly|mainly|"
    r"largely|primarily|predominantly|generally|all)\b"
    # "The Media Cell denies the fabricated news ... claiming that the terrorists have regained control of ...": a
    # rumour denied, no incident
    r"|\b(?:denies|denied|refuted|refutes|dismissed|dismisses)\s+(?:the\s+|these\s+|such\s+)?(?:fabricated|false|fake|"
    r"baseless|unfounded|untrue)\s+(?:news|reports?|claims?|rumou?rs|allegations)\b"
    # "denies the news circulated on some social media pages about rockets falling on the Green Zone"
    r"|\b(?:denies|denied|refuted|refutes|dismissed|dismisses)\s+(?:the\s+|these\s+|such\s+)?(?:news|reports|rumou?rs)\s+"
    r"(?:circulated|circulating|published|spread|posted|shared|carried|about|regarding)\b"
    # "Since January, more than 90 rockets ... have hit ...": months of strikes counted from their start
    r"|^\W*since\s+(?:the\s+(?:start|beginning|launch)\s+of\b|(?:early\s+|late\s+|mid-)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b(?!\s+\d))[^.;]{0,120}?\b(?:have|has)\s+"
    # "... have been targeted at least seven times since April": strikes counted over months
    r"|\b(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+|several|"
    r"dozens\s+of|many)\s+times\s+(?:since|this\s+year|in\s+the\s+past|over\s+the\s+past)\b"
    # "Saturday's attack came less than a month after an Israeli raid ... killed ...": an earlier one, recalled
    r"|\bcame\s+(?:less\s+than\s+|more\s+than\s+|just\s+|only\s+|barely\s+|about\s+)?(?:an?|one|two|three|four|"
    r"five|six|\d+)\s+(?:days?|weeks?|months?)\s+after\b"
    # "Some 2,900 people have left the camps since the attack of 6 November": an incident told before, as a time
    r"|\bsince\s+the\s+(?:[\w-]+\s+)?(?:attack|strike|shelling|bombing|bombardment|clashes|massacre)\s+(?:of|on)\s+\d"
    # "Unknown gunmen carried out at least four attacks across Daraa province last week": a week's attacks counted
    r"|\b(?:carried out|conducted|launched|staged|mounted)\s+(?:at least\s+|more than\s+|some\s+|over\s+)?(?:two|three|"
    r"four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|assassinations|bombings|"
    r"sorties)\b"
    r"(?=[^.;]{0,60}?\b(?:across|last week|this week|over the (?:past|last|week)|during the week|in the (?:past|last))\b)",
    re.I,
)
# (", in a wave of strikes across north-east Syria": the wave this strike was one of)
_ON_A_DAY_OF = compile_gated(
    r",\s+(?:on\s+a\s+day\s+(?:of|when)|(?:in|as\s+part\s+of)\s+an?\s+(?:(?:new|fresh|wider|broader)\s+)?(?:wave|series|"
    r"round|string|barrage)\s+of)\b[^.;]*$",
    re.I,
)
_CAUSE_CLAUSE = compile_gated(r"\bin\s+(?:response|retaliation|reprisal)\s+(?:to|for)\b[^.;]*$", re.I)
_RUNNING_TOTAL = compile_gated(
    r",?\s*\b(?:bringing|raising|pushing|taking|lifting)\s+the\s+(?:\w+\s+){0,2}?(?:toll|number|tally|count|total)\b", re.I
)
_RUNNING_TOTAL_VERBS = ("bringing", "raising", "pushing", "taking", "lifting")  # (one is in every match, lower-cased)
_RECIPROCAL_FIGHT = Prefiltered.compile(
    r"\b(?:clash(?:ed|es)?|firefights?|gun ?battles?|exchanges? of fire|exchanged fire|fighting|fought|"
    r"gunfire broke out|gunfire erupted|(?:street|running|fierce|heavy|pitched) battles)\b",
    re.I,
)
_TARGETED_KILLING = Prefiltered.compile(r"\b(?:shot dead|gunned down|shot and killed|assassinat\w*)\b", re.I)
_TARGETED_VICTIM = compile_gated(
    r"\bformer\s+(?:[\w-]+\s+){0,2}?(?:fighters?|commanders?|members?|officers?|soldiers?)\b|"
    r"\b(?:outside|in front of|near|at|in) (?:his|her|their) (?:home|house|farm|shop|car|tent)\b|\b(?:members?|official|"
    r"activist|mukhtar|council|commander|leader|notable|sheikh|judge|candidate|journalist)\b",
    re.I,
)
_SERVING = compile_gated(r"\b(?:members?|commanders?|leaders?)\b", re.I)
_FORMER = compile_gated(r"\b(?:former|ex-|retired|defected|settled|reconciled)\s*(?:[\w'’-]+\s+){0,3}$", re.I)
_FORMER_WORDS = ("former", "ex-", "retired", "defected", "settled", "reconciled")  # one is in every match of _FORMER


def _targeted_civilian(main: Unit, texts: str) -> bool:
    """A targeted killing's victim is a civilian: a council member, a notable, a man shot at home, a former fighter;
    not a serving member of an armed force ("an SDF commander", "a member of the regime's Military Security")."""
    for m in _TARGETED_VICTIM.finditer(texts):
        if not _SERVING.fullmatch(m.group(0)):
            return True
        if _may_hold(texts[max(0, m.start() - 40) : m.start()], _FORMER_WORDS) and _FORMER.search(
            texts, max(0, m.start() - 40), m.start()
        ):
            return True
        armed = any(
            a.kind not in {"Civilians", "Protesters", "Rioters"}
            and not a.canonical.startswith("Unidentified")
            and (0 <= m.start() - a.end <= 2 or 0 <= a.start - m.end() <= 12)
            for a in main.actors
        ) if texts.startswith(main.masked) else False
        if not armed:
            return True
    return False


_DISAPPEARED = compile_gated(
    r"\bunknown (?:location|destination|place|fate)\b|\bwhereabouts (?:are |remain |is )?(?:still )?unknown\b"
    r"|\bno (?:news|word|information) (?:of|about|on)\b|\bfate (?:is |remains |was )?(?:still )?unknown\b"
    r"|\b(?:do|does|did) not know where (?:he|she|they) (?:is|are|was|were) (?:being )?(?:held|detained|kept|taken)\b",
    re.I,
)
_NO_FIGHT = compile_gated(
    r"\bwithout (?:offering |putting up |meeting |facing )?(?:any |further |more |serious |much )?(?:fighting|a fight|"
    r"resistance|clashes|a shot being fired|bloodshed)\b|\bpeacefully\b"
    r"|\bunder (?:a|the) (?:\w+[- ])?(?:settlement|reconciliation|handover) (?:agreement|deal)\b"
    # "entered Sadr City under the truce of 11 May ... They met no resistance"
    r"|\bunder (?:the|a) (?:\w+[- ])?(?:truce|ceasefire|cease-fire)\b|\b(?:met|encountered|faced) no (?:resistance|opposition)\b"
    # "... agreed to hand them over under a Russian-brokered deal ...; no clashes took place"
    r"|\bno (?:clashes|fighting|resistance|shots?) (?:took place|occurred|were reported|was reported|(?:was|were) fired)\b"
    # "There was no fighting in the capital"
    r"|\bthere (?:was|were) no (?:fighting|clashes|resistance)\b",
    re.I,
)
# A weapon that makes "fired on" a shelling rather than shooting.
_FIRED_WITH = compile_gated(
    r"\b(?:rockets?|mortars?|shell(?:s|ed|ing)?|artillery|missiles?|projectiles?|tanks?|grenades?|bombard\w*|"
    r"Katyushas?|Grads?|cannon|indirect fire|howitzers?|RPGs?|launchers?|drones?|ordnance|rounds|bombs?|"
    r"retaliatory fire|fire support vehicles)\b",
    re.I,
)
_PROJECTILE = compile_gated(r"\b(?:rockets?|mortars?|shells?|shelling|artillery|missiles?|projectiles?|tank|grenades?)\b", re.I)
_FACILITY_OF = compile_gated(
    r"\b(?:camps?|offices?|headquarters|HQ|bases?|positions?|posts?|checkpoints?|compound|premises|convoys?|"
    r"vehicles?|patrols?)\s+of\s+(?:the\s+)?$",
    re.I,
)
# a state's own military sites, named as such ("military positions", "the General Staff headquarters", "an army
# depot"), not a militia's ("militia positions") or a plain "the airport"
_HOST_MILITARY_SITE = compile_gated(
    r"\b(?:military|army)\s+(?:positions?|sites?|targets?|posts?|bases?|air\s?(?:base|port|field)s?|airports?|"
    r"facilit(?:y|ies)|headquarters|barracks|academy|installations?|depots?|warehouses?|units?)\b"
    r"|\bGeneral\s+Staff\s+(?:headquarters|building|command)\b"
    r"|\b(?:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry)(?:'s)?\s+(?:headquarters|building|compound)\b",
    re.I,
)
_FACILITY_AFTER = compile_gated(
    r"[’']?s?\s+(?:military\s+)?(?:positions|posts|bases|checkpoints|headquarters|HQ|barracks|outposts)\b", re.I
)
_GAVE_UP = compile_gated(
    r"(?:completed\s+(?:its|their)\s+)?(?:withdrew|withdrawn|withdrawal|pulled out|left|evacuated|retreated|abandoned)\b",
    re.I,
)
_GENERIC_MEMBERS = frozenset(
    {"terrorists", "terrorist", "militants", "gunmen", "fighters", "insurgents", "jihadists", "elements", "members",
     "mercenaries"}
)
# "rebels of the Jaysh al-Izza organization": the rebels, the faction they belong to only their name (no second side)
# "the U.S.-led coalition said it had carried out strikes in the area": the side says it did it
_SAID_IT_DID = compile_gated(
    r"\s+(?:said|says|acknowledged|admitted|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried\s+out|"
    r"conducted|launched|struck|hit|bombed)\b"
)
_GENERIC_REBELS = frozenset({"rebels", "rebel fighters", "opposition fighters", "factions", "opposition factions"})
# "Al-Qaeda's Syrian affiliate Al-Nusra Front": the group named after its parent's is the one meant
_AFFILIATE_OF = compile_gated(
    r"['’]s?\s+(?:(?:Syrian|Iraqi|local|regional|former|one-time)\s+)?(?:affiliate|branch|offshoot|wing|franchise|arm)"
    r"(?:,\s+|\s+)(?:the\s+)?"
)
# ("terrorists of the so-called “Faylaq al-Rahman”": state media's scare quotes)
_OF_THE = compile_gated(r"\s+(?:of|affiliated\s+with|belonging\s+to)\s+(?:the\s+)?(?:so-called\s+)?[\"“']?")
_STARTED_BY = compile_gated(
    r"\b(?:after|when)\s+(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:had\s+)?(?:attacked|ambushed|stormed|raided|shelled|fired on)\b",
    re.I,
)
_WEAPON_OF = compile_gated(
    r"\b(?:drones?|UAVs?|aircraft|warplanes?|jets?|helicopters?|artillery|shells?|rockets?|missiles?|gunboats?|tanks?)\s+"
    r"(?:(?:(?:believed|thought|said|reported|likely)\s+to\s+)?belong(?:ing)?\s+to|of|operated\s+by|fired\s+by|"
    r"launched\s+by)\s+(?:the\s+)?$",
    re.I,
)
_WRECKED = compile_gated(
    r"\b(?:smashed|ransacked|vandali[sz]ed|wrecked|looted|torched|set fire to|set ablaze|burned|destroyed)\b", re.I
)
_SMALL_ARMS = compile_gated(
    r"\b(?:small arms|machine ?guns?|gunfire|rifles|light weapons|medium weapons|opened fire|exchanged fire|clash(?:ed|es))\b",
    re.I,
)
_THEM = compile_gated(r"\s(?:them|him)$")
_FOREIGN_PARTY = compile_gated(
    r"\b(?:Egyptian|Libyan|Afghan|Nigerian|Somali|Yemeni|Pakistani|Filipino|Malian|Mozambican|Congolese|Nigerien|"
    r"Burkinabe|Cameroonian|Chadian)\b|\b(?:Sinai|Khorasan|West\s+Africa|Central\s+Africa|Sahel|Somalia|Libya|Yemen|"
    r"East\s+Asia)\s+Province\b"
)
_AIR_POWERS = {"Military Forces of Israel", "Military Forces of the United States", "Global Coalition against Daesh"}
# States whose violence in Iraq and Syria is struck from the air unless ground fighting is told
_STRIKE_FROM_AIR = {"Military Forces of Israel", "Military Forces of Russia"}
_BARE_STRIKES = compile_gated(r"(?:the\s+)?strikes?", re.I)
_THE_STRIKES = compile_gated(r"\b(?:the|these|those)\s+(?:air\s*)?strikes\b", re.I)
_STRIKE_VERB = compile_gated(r"\b(?:struck|strikes?|hit|bomb(?:ed|ing|s)|targeted|targeting|pounded)\b", re.I)
_GROUND_FIGHT = compile_gated(
    r"\b(?:clash(?:ed|es)?|fighting|gunfire|gunmen|opened fire|shot|raid(?:ed|s)?|incursion|advanced|troops|"
    r"soldiers|tanks?|bulldoz\w+|IEDs?|explosive devices?|landmines?|mines?|shells?|shelling|artillery|mortars?|rockets?)\b",
    re.I,
)
_TYPE_LABEL = compile_gated(r"\s*(?:(?:19|20)\d\d-\d\d-\d\d\s+)?[A-Z][a-z]+(?:[ /-][a-z]+){0,2}:\s+")
_APPOSITIVE_CLOSE = re.compile(r"[^,;.()]{1,40},\s+(?:were|was|had been|have been|died|are|is)\b")
_MASSACRE = compile_gated(r"massacred?", re.I)
_AIR_DEFENCE_AFTER = compile_gated(r"['’]s\s+air\s+defen[cs]es?\b|\s+air\s+defen[cs]es?\s+(?:had\s+)?(?:intercepted|shot|downed)\b", re.I)
_UNTIL_NEXT_DAY = compile_gated(
    r"\b(?:went\s+on|continued|lasted|raged|carried\s+on)\s+(?:[\w-]+\s+){0,3}?until\s+the\s+(?:following|next)\s+"
    r"(?:day|morning|evening|afternoon)\b",
    re.I,
)
_CODED_TO = compile_gated(r"\b[Cc]oded\s+(?:to|as)\s+(?:the\s+)?(?P<who>[^.;,()]{2,60})")
_HELICOPTER = compile_gated(r"\bhelicopters?\b", re.I)
_DEFENCES = compile_gated(r"\bdefen[cs]es\b|\bC-RAM\b", re.I)
_DOWNED_BY = compile_gated(
    r"\b(?:shot down|intercepted|downed|brought down)\s+by\s+(?:the\s+)?$"
    # ("it had been brought down by the air defences of the international coalition")
    r"|\bair\s+defen[cs]es?\s+(?:systems?\s+|units?\s+)?of\s+(?:the\s+)?$",
    re.I,
)
_RAID = compile_gated(r"\b(?:raids?|raided|operation|clash(?:ed|es)?|firefight|exchange of fire|opened fire|resisted)\b", re.I)
_MASSACRE_BY_AIR = compile_gated(
    r"\b(?:warplanes?|jets?|aircraft|air ?strikes?|airstrikes?|air raids?|helicopters?|barrel bombs?|drones?)\b", re.I
)
_MASSACRE_BY_SHELLS = compile_gated(r"\b(?:shelling|shells?|artillery|mortars?|rockets?|missiles?)\b", re.I)
_HARDWARE = compile_gated(
    r"(?:an?\s+|the\s+)?military\s+(?:vehicle|patrol|convoy|post|position|base|checkpoint)s?|army\s+(?:patrol|post|"
    r"position|base|checkpoint)s?",
    re.I,
)
_OWN_DEAD_WORDS = ("killed", "wounded", "injured")  # (one ends every match of ``_ITS_OWN_DEAD``)
_ITS_OWN_DEAD = compile_gated(
    r"(?:\s+[A-Z][\w-]*){0,3}(?:\s+in\s+a\s+statement)?,?"  # "the Popular Mobilization Authority said"
    r"\s+(?:said|says|announced|reported|confirmed|stated|admitted)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:\w+\s+)?"
    r"(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|members|soldiers|troops|personnel|men|officers|policemen|guards)"
    r"\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b",
    re.I,
)
_RUN_IN_LABEL = re.compile(
    r"^\s*[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}\.\s*$"
    # "**Islamic State bombings struck Baghdad.** A suicide bomber ...": a bold lead-in sums up the item below it
    r"|^\s*\*\*[^*]{3,160}\*\*\s*$"
)
_INCLUDED_CLOSE = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:were|was|had been|have been|died)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)?\b")
_INCLUDING = Prefiltered.compile(r",?\s+(?:including|such as|among them)\s+", re.I)
_PROVINCE_IN_TEXT = Prefiltered.compile(
    r"\b(?:in|of)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[ -](?:al-|as-|ad-|ar-)?[A-Z][\w'’-]*){0,2})\s+"
    r"(?:governorate|province|Governorate|Province)\b"
    # "in the northern rural area of Hama", "the countryside of Idlib"
    r"|\b(?:rural areas?|countryside|outskirts|rural)\s+of\s+(?P<name2>[A-Z][\w'’-]*(?:[ -](?:al-|as-|ad-|ar-)?[A-Z][\w'’-]*){0,2})"
    r"(?=[\s,.;)]|$)"
)
# (written to open with the space or comma it needs, a class the engine scans for, then the word before it
# looked behind for: the same matches as "(?<=[\w'’])(?:\s+\(...|,\s+)", without a try at every character)
_ADMIN1_TAG = compile_gated(
    r"[\s,](?<=[\w'’][\s,])(?:(?<=\s)\s*\(\s*(?:[^()]{0,40}?,\s*)?|(?<=,)\s+)"
    r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?:governorate|province|Governorate|Province))?\s*(?:\)|(?=[.;]))"
)
# "near Qara Tapa, in northern Diyala": a part of a governorate named by its direction
_PART_OF_PROVINCE = Prefiltered.compile(
    r"\b(?:in|of|across)\s+(?:the\s+)?(?:far\s+)?(?:northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+(?P<name>[A-Z][\w'’-]*(?:[ -](?:al-|as-|ad-|ar-|ez-)?[A-Z][\w'’-]*){0,2})"
    r"(?!\s+(?:city|town|village|countryside|district|desert)\b)(?=[\s,.;)]|$)",
    0,
)
_UNKNOWN_PLACE = Prefiltered.compile(
    r"\b(?:in|near|at|into|outside|from|to|towards|around|on)\s+(?:the\s+)?(?:outskirts of\s+(?:the\s+)?)?"
    r"(?:village|town|city|area|camp)"
    r"\s+of\s+(?P<name>[A-Z][\w'’-]*(?:[ -](?:\[[^\]]+\]|[A-Z][\w'’-]*)){0,3})"
)
# "at the base", "inside the prison": the site named before, when that was a base or a prison
_THE_SITE = compile_gated(
    r"\b(?:at|on|near|inside|outside|around|into|over|in)\s+the\s+(?P<noun>base|camp|prison|airport|dam|refinery)\b", re.I
)
# "al-Hol camp", "the Ain al-Asad air base": a site named by its own name
_NAMED_SITE = compile_gated(
    r"\b(?P<name>(?:[Aa]l-)?[A-Z][\w'’-]*(?:[ -](?:al-)?[A-Z][\w'’-]*){0,2})\s+(?:[Aa]ir\s+)?"
    r"(?P<noun>[Cc]amp|[Bb]ase|[Pp]rison|[Aa]irport|[Dd]am|[Rr]efinery)\b"
)
# "the town's main market", "in the town centre": the town told just before (not "the town of X")
_SETTLEMENTS = frozenset({"capital", "city", "town", "village", "hamlet"})
_THE_TOWN = compile_gated(
    r"\b(?:in|on|at|near|into|outside)\s+the\s+(?:town|city|village)(?:['’]s\s+(?:[\w-]+\s+)?(?:market|centre|center|square|"
    r"hospital|mosque|streets?|outskirts|entrance|edge|outskirts|neighbou?rhoods?|quarters?)\b|\s+(?:centre|center|market)\b)"
    r"|\b(?:in|to|into|near)\s+the\s+(?:same\s+)?area\b(?!\s+of\b)"
    r"|\b(?:in|at|into|near|outside|reached|entered)\s+the\s+(?:town|village)\b(?!\s+of\b|['’])"
    # "Turkish forces clashed with PKK fighters there on Wednesday": the place the sentence before named
    r"|(?<=\w\s)there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|seems?|appears?)\b)",
    re.I,
)
# "days after militias fired at ...", "in the hours after the Samarra bombing": an earlier event as the time of this one
_TIME_MODIFIER = compile_gated(
    r"\W*(?:in\s+the\s+)?(?:(?:hours?|days?|weeks?|months?|an?\s+(?:day|week|hour))\s+)?(?:after|following)\b", re.I
)
_ANSWERED_FOR = compile_gated(r"\W*in\s+(?:response|retaliation|reprisal)\s+(?:to|for)\b", re.I)
_UNKNOWN_QUARTER = Prefiltered.compile(
    r"\b(?:in|near|at|into|on|from)\s+the\s+(?P<name>(?:[Aa]l-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"\s+(?:neighbou?rhood|quarter)s?\b"
)
# "SANA reported that ...", "according to Al Mayadeen": an outlet or speaker, even when a place bears its name
# at the head of a clause ("Witnesses who fled Qayyarah said", "sources in Tikrit said" keep the place).
_REPORTING_NAME = Prefiltered.compile(
    r"(?:^|(?<=[.;:,(] )|(?<=\bthat )|(?<=\band ))[A-Z][\w'’]*(?:[ -](?:al-)?[A-Z][\w'’]*){0,3}"
    r"(?=,?\s+(?:reported|said|quoted|cited|claimed|announced|stated|added|published|aired|broadcast)\b"
    # "Enab Baladi's correspondent in Daraa reported": the outlet, not a place
    r"|['’]s\s+(?:local\s+)?(?:correspondents?|reporters?|stringers?|cameraman|sources)\b)"
    r"|(?<=according to )[A-Z][\w'’]*(?:[ -](?:al-)?[A-Z][\w'’]*){0,3}"
    # (wherever it stands: "..., chanting slogans,” Enab Baladi’s correspondent in Idlib reported")
    r"|\b[A-Z]\w*(?:[ -](?:al-)?[A-Z]\w*){0,3}(?=['’]s\s+(?:local\s+)?(?:correspondents?|reporters?|stringers?|cameraman)\b)"
    # "Local sources told Enab Baladi that ...", "..., a medical source told Enab Baladi.": who was told
    r"|(?<=\btold )[A-Z][\w'’]*(?:[ -](?:al-)?[A-Z][\w'’]*){0,3}(?=,?\s+(?:that|on|in|by)\b|\s*[.;,)]|\s*$)",
    0,
)
_RIVER = compile_gated(
    r"\b(?:the\s+)?(?:(?:Lesser|Greater|Little|Upper|Lower)\s+)?[A-Z][\w'’-]+\s+[Rr]iver\b|\b(?:the\s+)?[Rr]iver\s+[A-Z][\w'’-]+"
)
# "fighters led by Sheikh Ibrahim al-Hafl": a person, even when a village shares the name
_LED_BY = Prefiltered.compile(
    r"\b(?:(?:led|headed|commanded|founded|accompanied) by|(?:gave|giving|gives)\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as)"
    r"\s+[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][\w'’-]*){0,3}"
    # "Prime Minister Haider al-Abadi", "Lt Gen Abdulwahab al-Saadi": a titled person's name, not a place
    r"|\b(?:Prime\s+Minister|President|Minister|Governor|Mayor|(?:Lt\.?|Lieutenant|Maj\.?|Major|Brig\.?|Brigadier)\s+"
    r"(?:Gen\.?|General)|Gen\.|General|Colonel|Col\.)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][\w'’-]*){0,3}"
    # "the activist Razan Zaitouneh", "journalist Shifa Gardi": a person named by calling, not a place
    r"|\b(?:activists?|lawyers?|journalists?|bloggers?|photographers?|reporters?|doctors?|clerics?|poets?|writers?|"
    r"businessm[ae]n|preachers?|singers?|novelists?)\s+[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?[A-Z][\w'’-]*){1,3}",
    0,
)
# "Kirkuk Police Command", "the Anbar Operations Command": an institution named after a place is not the place.
_PLACE_NAMED_BODY = Prefiltered.compile(
    r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Police|Operations|Security|Health|Military|Intelligence|Governorate|"
    r"Provincial|Civil|Local|City|Municipal|Tribal|Axis|Sector|Border)\s+(?:Command|Directorate|Department|Council|Office|"
    r"Headquarters|Cell)\b"
    # "the Diyala Axis Command", "Anbar Operations Command": a body named for its area, not the place of the act
    r"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Axis|Sector|Front|Operations)\s+(?:Command|Commander)\b",
    0,
)
# "In Anbar province, west of Baghdad, ...": where the province lies, not where the incident was.
_PROVINCE_APPOSITIVE = Prefiltered.compile(
    r"(?:(?<=province,)|(?<=governorate,)|(?<=Province,)|(?<=Governorate,))\s+(?:(?:just|far|some \d+ km|about \d+ km|\d+ km)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=,)",
    0,
)
# "the city of Ras al-Ain, northwestern al-Hasakah": the town's governorate, told after it
_REGION_APPOSITIVE = compile_gated(
    r"(?<=[\w’'),]),\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern|central)\s+(?:rural\s+)?"
    r"(?P<name>(?:[Aa][lsdrtnz]-)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=\s*[,.;)]|\s+(?:on|in|at|during|after|before|late|early)\b)"
)
_POCKET = Prefiltered.compile(r"\b(?:pocket|enclave)\b", re.I)
_REPORTER = compile_gated(r"^[^.;,]{0,60}?\b(?:reported|announced|claimed|said|published|stated)\b", re.I)
_REPORTER_VERBS = ("reported", "announced", "claimed", "said", "published", "stated")
_ASSESSED = Prefiltered.compile(
    # ("ISW assesses that the PMF role in Anbar will increase": an analyst's judgement)
    r"\b(?:assessment|believes?|we assess|assess(?:es)? that|in (?:our|the \w+['’]s) view|it seems|estimates? that|according to "
    r"(?:the )?(?:analysts?|experts?))\b",
    re.I,
)


@dataclass
class DocContext:
    """What every item of one document is read against."""

    doc_id: str
    text: str
    dates: DateContext
    published: dt.date | None
    actors: ActorTable
    outlets: OutletTable
    gazetteer: Gazetteer
    cues: CueBook
    doc_outlets: tuple[str, ...] = ()  # the publisher(s), for reports that cite nobody else
    publisher: ActorMatch | None = None  # the armed party whose own release this is: its "our forces"
    memory: dict[str, Place] = field(default_factory=dict)  # "pocket" → the place it was last tied to
    # (phrase, country, admin1, anchor) → Place, shared by every document read with the same knowledge
    place_cache: dict[tuple[str | None, ...], Place] = field(default_factory=dict)
    glossary: dict[str, str] = field(default_factory=dict)  # the report's own abbreviations ("IDF" → indirect fire)
    dateline_at: int | None = None  # where the story's dateline ("BAGHDAD: ...") begins: a place filed from, no label
    _glossary_memo: dict[tuple[str, str | None], ActorMatch | None] = field(default_factory=dict)
    _glossary_rx: re.Pattern[str] | None = None
    _glossary_cues: dict[str, list[CueMatch]] | None = None

    def glossary_matches(self, text: str) -> list[re.Match[str]]:
        """The report's own abbreviations where ``text`` uses them."""
        if not self.glossary:
            return []
        if self._glossary_rx is None:
            keys = sorted(self.glossary, key=len, reverse=True)
            # (gated: a pattern opening with "\b" is tried at every position; this one scans for the keys' first letters)
            self._glossary_rx = compile_gated(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
        return list(self._glossary_rx.finditer(text))

    def glossary_actor(self, abbr: str, country: str | None) -> ActorMatch | None:
        """The actor an abbreviation stands for ("IA" – Iraqi Army), or None when it names no actor."""
        key = (abbr, country)
        if key not in self._glossary_memo:
            expansion = self.glossary[abbr]
            found = self.actors.find(expansion, country=country)
            best = max(found, key=lambda a: a.end - a.start, default=None)
            if best is not None and (best.end - best.start) < 0.6 * len(expansion):
                best = None  # "anti-government element": a word of it is no actor's name
            self._glossary_memo[key] = best
        return self._glossary_memo[key]

    def glossary_cues(self, abbr: str) -> list[CueMatch]:
        """Cues that an abbreviation's expansion holds ("IDF" – indirect fire: shelling), when the letters alone hold none."""
        if self._glossary_cues is None:
            self._glossary_cues = {
                a: ([] if self.cues.find(a) else self.cues.find(expansion)) for a, expansion in self.glossary.items()
            }
        return self._glossary_cues.get(abbr, [])


@dataclass
class SectionContext:
    country: str | None = None
    admin1: str | None = None
    place_hint: str | None = None
    actor: ActorMatch | None = None
    # From a lead-in paragraph ("On Sept. 14, Coalition forces conducted 8 strikes ...:") over bullets.
    lead_date: DateMention | None = None
    lead_actor: ActorMatch | None = None
    # A compilation's sub-document ("[4] Reuters / Published: February 1, 2019"): its outlet and date.
    outlet: str | None = None
    published: dt.date | None = None
    abroad: str | None = None  # a heading that names a foreign country ("Turkey", "Nigeria"): its items happen there
    # A record's header line "4 May 2019 | Idlib | Explosions/Remote violence | SOHR; SMART": the sources it names
    sources: tuple[Citation, ...] = ()
    # A table row's Date cell: the coder's day, before any weekday the row's text names ("after Friday prayers")
    row_date: bool = False
    # A table row's Location cell ("Al-Mansoura, about 25 km west of Raqqa") and where it is in the document
    row_place: tuple[str, int] | None = None
    # A heading that names the body whose statements follow ("Turkish Ministry of National Defence"): its "our forces"
    issuer: ActorMatch | None = None
    # ``published`` is a record's own day (its header line's date): the incident's day, not the day it was told
    record_day: bool = False


@dataclass
class Unit:
    start: int  # offsets into the item text
    end: int
    text: str
    masked: str  # parentheses blanked: cues and actors are read here, not in citations or asides
    cues: list[CueMatch]
    openers: list[CueMatch]
    dates: list[DateMention]
    # what the citations are read with (the date context and the outlet table); they are read on first use, as
    # many units never need them
    cite_with: tuple[DateContext, OutletTable]
    actors: list[ActorMatch]
    attribution_end: int = 0  # "According to X," ends here; actors before it are sources, not parties
    place_from: int = 0  # where the place may be named (after "According to X,", before a witness's words)
    speakers: list[ActorMatch] = field(default_factory=list)  # "The Turkish defence ministry said that its forces"
    chunk: bool = False  # one of the ";"-separated actions of a list: each is its own incident
    origins: list[ActorMatch] = field(default_factory=list)  # "shelling from regime-held areas": who fired
    holders: list[ActorMatch] = field(default_factory=list)  # "a neighbourhood held by the army": who holds it
    summary: bool = False  # "... attacked seven sites in Syria and Iraq": a summary of incidents, none itself
    names: dict[str | None, list[tuple[int, int, str]]] = field(default_factory=dict)  # place names by country
    modifiers: list[tuple[int, int]] = field(default_factory=list)  # "days after militias fired at X": another event
    # what the unit's Aho-Corasick pass found of ``_UNIT_WORDS`` (bits ``_W_...``; -1: not read, all may be there)
    words: int = field(default=-1, compare=False, repr=False)

    _casualties: list[CasualtyMention] | None = None
    _citations: list[Citation] | None = field(default=None, compare=False, repr=False)

    @property
    def citations(self) -> list[Citation]:
        if self._citations is None:
            self._citations = _unit_citations(self.text, *self.cite_with)
        return self._citations

    @property
    def casualties(self) -> list[CasualtyMention]:
        if self._casualties is None:
            found = find_casualties(self.masked)
            if found and self.modifiers:
                # "killing eight people, a day after another strike killed one of the group's commanders": the
                # earlier strike's dead are not this one's
                # ("in retaliation for the drone attack that killed three US soldiers in Jordan": the act answered)
                earlier = [
                    (s, e)
                    for s, e in self.modifiers
                    if _TIME_MODIFIER.match(self.masked, s) or _ANSWERED_FOR.match(self.masked, s)
                ]
                # ("arrested six people suspected of taking part in a clash ... that left one man dead": the clash's
                # dead, not "a man they accused of stealing and beat to death")
                held = [(s, e) for s, e in self.modifiers if _HELD_FOR.match(self.masked, s)]
                found = [
                    c for c in found
                    if not any(s <= c.start < e for s, e in earlier)
                    and not any(s <= c.start < e and _RELATIVE.search(self.masked, s, c.start) for s, e in held)
                ]
            if found and " not " in self.masked and (unconfirmed := _NOT_CONFIRMED.search(self.masked)) is not None:
                # "Activists said a third protester died ..., but the health directorate had not confirmed this": a
                # figure left unconfirmed by the one who would count it
                found = [c for c in found if c.end > unconfirmed.start()]
            self._casualties = found
        return self._casualties

    def place_names(self, gaz: Gazetteer, country: str | None) -> list[tuple[int, int, str]]:
        """Gazetteer names in the unit (found once: preamble units are read again for every event)."""
        if country not in self.names:
            self.names[country] = [(h.start, h.end, h.text) for h in gaz.find_names(self.text, country)]
        return self.names[country]

    @property
    def closed(self) -> bool:
        return (
            (bool(re.search(r"\)\s*[.;]?\s*$", self.text))
            and any(c.outlet for c in self.citations))
            or bool(re.search(r"\(\s*(?:\w+\s+)?\d{1,2},\s*(?:19|20)\d\d\)\s*[.;]?\s*$", self.text))
        )


_HABITUAL_PASSIVE = compile_gated(r"(?:targeted|attacked|struck|bombed|shelled|hit)\b", re.I)
_AS_A_RULE_BEFORE = compile_gated(
    r"\b(?:are|is)\s+(?:(?:only|always|never|routinely|regularly|usually|generally|deliberately)\s+)?$", re.I
)
_REFUTED_WORD = compile_gated(
    r"\b(?:inaccurate|false|fake|baseless|untrue|unfounded|lies|lie|fabricated|fabrications?|incorrect|not\s+true|"
    r"groundless|foundation)\b",
    re.I,
)
# (a word every match of the pattern above holds, for substring tests: its start set stops at most letters)
_REFUTED_WORDS = (
    "true", "false", "fake", "lie", "fabricat", "inaccurate", "incorrect", "baseless", "unfounded", "groundless", "foundation",
)  # fmt: skip
_LATEST_IN_SERIES = compile_gated(
    r",\s+(?:the|in\s+the)\s+latest\s+(?:in|of)\s+an?\s+(?:[\w-]+\s+)?(?:string|series|wave|spate|spree|number|run)\s+of\s+"
    r"(?:[^.;]|\.(?=\w)|(?<=\.[A-Z])\.){3,120}"  # ("... bases hosting U.S. troops": an abbreviation's stops)
)
_REFUTED = compile_gated(
    # ("the reports of the use of chemical weapons in Ghouta were "completely baseless"")
    r"\b(?:reports?|claims?|statements?|allegations?|news|rumou?rs|accounts?|assertions?)\b(?:[^.;:]{0,80}?\bthat|\s+of)\s+"
    r"(?P<told>[^.;:]{5,200}?)\s+(?:is|are|was|were)\s+[\"“]?(?:(?:completely|totally|entirely|absolutely|utterly|simply|"
    r"all)\s+)?(?:inaccurate|false|fake|a\s+fake|baseless|untrue|unfounded|lies|a\s+lie|fabricated|fabrications?|"
    r"incorrect|not\s+true|groundless|without\s+(?:any\s+)?foundation)\b",
    re.I,
)
_MOURNED_BEFORE = compile_gated(
    r"\b(?:vigil|funeral|prayers?|memorial|march|rally)\s+(?P<dead>(?:[\w-]+\s+){0,2}?(?:for|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:killed|dead|slain|victims|martyrs)\b)"
    r"|\b(?:mourn(?:ed|ing)?|commemorat\w+|honou?ring|remembering)\s+(?P<dead2>(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:killed|dead|slain|victims|martyrs)\b)",
    re.I,
)
_IN_ACTION = compile_gated(r"\b\d+\s+(?:x\s+)?(?:[\w-]+\s+){0,2}?(?:KIA|WIA)\b")
_PAREN_PART = re.compile(r"\(([^()]*)\)")
_AND_OPENS = compile_gated(r"\s*and\s")


def _mask_parens(text: str) -> str:
    """Blank parenthesised asides, keeping "(and the jihadi organizations)" which names a party.
    Inner parentheses first, then the ones around them: "(SOHR, ...; Syria Civil Defense (the White Helmets), ...)"."""
    if "(" not in text:
        return text
    out = text
    for _ in range(2):
        # the text rebuilt from slices and blanks (the matches of one pass do not overlap)
        pieces: list[str] = []
        last = 0
        for m in _PAREN_PART.finditer(out):
            inner = m.group(1)
            if (
                _AND_OPENS.match(inner)
                or ("IA" in inner and _IN_ACTION.search(inner))
                or _TALLY_BRACKET.fullmatch(m.group(0))
            ):
                continue  # "(and the jihadi organizations)" names a party; "(2 ISF KIA, 3 WIA)", "(2 killed)": the toll
            pieces += (out[last : m.start()], " " * (m.end() - m.start()))
            last = m.end()
        if not pieces:
            break  # nothing blanked: another pass would find the same parentheses and keep them again
        pieces.append(out[last:])
        out = "".join(pieces)
        if "(" not in out:
            break  # (no parentheses left for a second pass)
    return out


_PRIOR_LEAD_WORD = compile_gated(r"\s*(?:[Ff]ollowing|[Aa]fter|[Ii]n\s+the\s+(?:wake|aftermath)\s+of)\s")
_PRIOR_INCIDENT_LEAD = compile_gated(
    r"\s*(?:[Ff]ollowing|[Aa]fter|[Ii]n\s+the\s+(?:wake|aftermath)\s+of)\s+(?:the|an?|last\s+\w+['’]s|\w+['’]s)\s+"
    r"(?:[^,;.]{0,60}?\s)?(?:attacks?|bombings?|explosions?|blasts?|assault|massacre|riots?)\b[^,;.]{0,80}?,\s+"
)
_CHARGE_WORD = compile_gated(r"charge|accus|suspicion|convicted|blamed", re.I)
_CHARGE_WORDS = ("charge", "accus", "suspicion", "convicted", "blamed")  # the same words, on a lower-cased text
_CHARGED_WITH = compile_gated(
    r"\b(?:charges?\s+of|charged\s+with|accused\s+of|suspicion\s+of|suspected\s+of|convicted\s+of)\s+"
    r"[\"“']?(?:[\w-]+\s+){0,3}?[\"“']?$",
    re.I,
)
# "Turkey accused the YPG of carrying out the attack": the attack told before, a party blamed for it
_ACCUSED_OF = compile_gated(
    r"\b(?:accused|blamed)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?\s+(?:of|for)\s+(?:(?:carrying|having\s+carried)\s+"
    r"out\s+|being\s+behind\s+|staging\s+|perpetrating\s+)?(?:(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?)?$",
    re.I,
)
# "No clashes were reported", "entered the town without fighting": the action named is the one that did not happen
_NEGATED = compile_gated(r"\b(?:no|without)\s+(?:\w+\s+)?$", re.I)
_NEGATION_WORD = compile_gated(r"\b(?:no|without)\s", re.I)  # what every match of the pattern above holds
_NO_WORD = compile_gated(r"\bno\s")  # its "no" form, for a lower-cased text that ``folds_plainly``
_NOT_DONE = compile_gated(
    r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|since\s+)?(?:attempted|tried|carried\s+out|launched|mounted|staged|"
    r"attempt|try|carry\s+out|launch|mount|stage)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# a strike release's own strikes, told by their count or their aircraft ("two airstrikes struck", "a Su-24M bomber
# destroyed"), not by drones, which a state's own statements tell as attacks on it
_OWN_STRIKE = compile_gated(
    r"\b(?:air\s*strikes?|strikes?|sorties|Su-\d+\w*|MiG-?\d*\w*|F-\d+\w*|B-\d+\w*|bombers?|warplanes?|attack\s+aircraft)\b",
    re.I,
)
_STRIKING_KINDS = frozenset({"State forces", "External/Other forces"})
_DENIED_IN_CUE = compile_gated(r"\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:carr|launch|conduct|mount|stage|strike|bomb)", re.I)
# ("spotted infiltrators trying to cross near Al-Qaim and engaged them": a second verb in the past starts its own clause)
_CLAUSE_BREAK = compile_gated(r"[.;]|,\s+(?:and|but|while)\b|\s+and\s+(?=[a-z]+ed\s)")
# The same breaks' ends over a whole text, its last alternative found from the "a" of "and" rather than from every
# space: a run of spaces before "and" is always whole there (no break ends inside one), so each match ends where the
# one above does. (Not for a search from a given position: its lookbehind sees a space before that position.)
_CLAUSE_BREAK_ENDS = compile_gated(r"[.;]|,\s+(?:and|but|while)\b|(?<=\s)and\s+(?=[a-z]+ed\s)")
_MAY = compile_gated(r"\bmay\b")  # a modal only in lower case: "On 9 May 2021" is a date
# ("to mark one year since the October 2019 protests": the start of a count, named by its month)
_SINCE = compile_gated(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
# "Erbil, 16 January – ": a press digest item's place and the day it was filed, no year
_FILED_DAY = compile_gated(
    r"^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}?,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:--|[-–—])\s+"
)
# "attacks on Erbil are likely to remain sporadic": what the cue names is foreseen or summed up ("a base that is expected to ...":
# a relative clause foresees something else)
_LIKELY_AFTER = compile_gated(
    r"[^.;,:()]{0,60}?(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s(?:is|are|remain|remains|was|were)\s+(?:(?:highly|very|most|more|less|"
    r"also|still|quite)\s+)?(?:likely|unlikely|expected|set\s+to|poised|bound\s+to|anticipated|probable|possible)\b"
    # "Coalition air strikes have mainly targeted hideouts": a summary of many
    r"|[^.;,:()]{0,60}?\s(?:have|has)\s+(?:largely|mostly|mainly|primarily|predominantly|generally|repeatedly|"
    r"frequently|regularly|routinely)\b",
    re.I,
)
_FORESEE_WORD = compile_gated(
    r"\b(?:likely|unlikely|expected|set|poised|bound|anticipated|probable|possible|largely|mostly|mainly|primarily|"
    r"predominantly|generally|repeatedly|frequently|regularly|routinely)\b",
    re.I,
)
# (one of these occurs in the lower-cased text of every match of ``_FORESEE_WORD``)
_FORESEE_STEMS = (
    "likely", "expected", "set", "poised", "bound", "anticipated", "probable", "possible", "largely", "mostly",
    "mainly", "primarily", "predominantly", "generally", "repeatedly", "frequently", "regularly", "routinely",
)
_PROTESTED_CAUSE = compile_gated(
    r"\b(?:protest(?:ing|ed|s)?|demonstrat(?:ing|ed|e))\s+(?:against|over|at|about)\b[^.;]*$", re.I
)
_ANY_WHO = compile_gated(r"\b(?:any|anyone|anybody|whoever)\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+$|\bwhoever\s+$", re.I)
_CALLED_IT = compile_gated(
    r"\b(?:called|describ(?:ed|ing)|term(?:ed|ing)|brand(?:ed|ing)|label(?:l)?(?:ed|ing)|denounc(?:ed|ing))\s+"
    r"(?:the|this|that|it|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:as\s+)?[\"“]$",
    re.I,
)


def _called_it(masked: str, at: int) -> bool:
    """The cue at ``at`` is inside the quoted words a speaker gave an act: 'called the strike "a blatant ..."'."""
    q = max(masked.rfind('"', max(0, at - 60), at), masked.rfind("“", max(0, at - 60), at))
    return q >= 0 and _CALLED_IT.search(masked, max(0, q - 60), q + 1) is not None


_UNVERIFIED_CLAIMS = compile_gated(
    r"\b(?:could\s+not|cannot|can\s*not|was\s+unable\s+to|were\s+unable\s+to)\s+(?:independently\s+)?"
    r"(?:verify|confirm)\s+(?:the\s+)?(?:claims?|reports?|allegations?|accounts?)\b",
    re.I,
)
_ROUNDS_FIRED = compile_gated(
    r"\b(?:fired|launched|lobbed|dropped)\s+(?:\w+\s+)?(?:hundreds|dozens|thousands|scores) of (?:\w+ )?$", re.I
)
_COUNT_BEFORE = compile_gated(
    # (not "dozens of gunmen attacked the security centre": the size of the force that acted, once)
    r"\b(?:hundreds|dozens|thousands|scores) of (?!(?:gunmen|fighters|militants|attackers|assailants|soldiers|troops|"
    r"men|members|operatives|insurgents|jihadists|tribesmen|policemen|elements|mercenaries)\b)(?:\w+ )?$",
    re.I,
)


# the patterns already read by ``_on_lowered``, by identity: an lru_cache would hash the pattern, and a compiled
# pattern's hash reads its whole program (the hedge list's: about 10 µs, paid by every unit)
_ON_LOWERED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _on_lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind ``pattern`` compiled case-sensitively, to search the lower-cased text of a text that
    ``folds_plainly`` (same length, same offsets) for the same matches; None where that cannot be shown from its
    parse tree. A long alternation of words pays for its case folding at every word it tries; the hedge list is one."""
    known = _ON_LOWERED.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_ON_LOWERED) >= 8:
        _ON_LOWERED.clear()
    found = _ON_LOWERED[id(pattern)] = (pattern, _read_on_lowered(pattern))
    return found[1]


def _read_on_lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return compile_on_lowered(pattern)  # (its gate's lookahead dropped, one letter's cases as the letter)


_CROWD_COUNT_WORDS = ("hundreds", "dozens", "thousands", "scores")  # ("hundreds of": a crowd's count)


class _Hedges:
    """Hedges ("will", "expected to", "in preparation for") in the clause before a cue; clause breaks found once."""

    def __init__(self, masked: str, book: CueBook, lowered: str | None, words: int = -1) -> None:
        self.masked = masked
        self.book = book
        self.lowered = lowered  # ``masked`` lower-cased where substring tests on it are exact for case-blind patterns
        self._breaks: list[int] | None = None
        self._foresees: bool | None = None
        # (the hedge list searched case-sensitively in ``lowered``, where that finds the same hedges)
        self._hedges = _on_lowered(book.hedges) if lowered is not None else None
        self._may = "may" in masked  # (``_MAY`` is case-sensitive)
        # ("hundreds of", "dozens of": one of the words before a crowd's count)
        # (``words``: what the unit's literal pass found, bits of ``_UNIT_WORDS``)
        self._counts = lowered is None or bool(words & _W_CROWD_COUNT)
        self._may_foresee = lowered is None or bool(words & _W_FORESEE)

    @property
    def breaks(self) -> list[int]:
        # Found on the first cue asked about: most units have none, or none past their attribution.
        if self._breaks is None:
            self._breaks = [m.end() for m in _CLAUSE_BREAK_ENDS.finditer(self.masked)]
        return self._breaks

    def before(self, cue: CueMatch) -> bool:
        """A hedge in the same clause, at most 70 characters before the cue."""
        breaks = self.breaks
        i = bisect_right(breaks, cue.start)  # (the breaks are in order: the last one before the cue)
        start = max(0, cue.start - 70, breaks[i - 1] if i else 0)
        # Only that window can hold it: search there, not the whole sentence (the hedge list is long).
        hedges, text = (self._hedges, self.lowered) if self._hedges is not None else (self.book.hedges, self.masked)
        hedge = hedges.search(text, start, cue.start)  # type: ignore[arg-type]
        if hedge is not None and cue.cue.event_type == "Battles" and _ATTEMPT.match(hedge.group(0)):
            # "ISIS fighters tried to storm the dam; the army repelled them": an attack tried is a fight all the same
            hedge = hedges.search(text, hedge.end(), cue.start)  # type: ignore[arg-type]
        if hedge is not None or (self._may and _MAY.search(self.masked, start, cue.start)):
            return True
        if cue.cue.event_type in {"Protests", "Riots"}:
            return False  # "hundreds of graduates held a sit-in": a crowd's size, not a count of incidents
        window = self.masked[max(0, cue.start - 50) : cue.start]
        # ("fired dozens of artillery shells at Tal Rifaat": one barrage's rounds, not a count of incidents)
        return self._counts and bool(_COUNT_BEFORE.search(window[-40:])) and not _ROUNDS_FIRED.search(window)

    def after(self, cue: CueMatch) -> bool:
        """The cue is the subject of a forecast: "Further Turkish strikes in Dohuk are highly likely"."""
        if self._foresees is None:  # one scan for the words; most units have none of them
            self._foresees = self._may_foresee and _FORESEE_WORD.search(self.masked) is not None
        return self._foresees and _LIKELY_AFTER.match(self.masked, cue.end) is not None


# "the camps targeted on Sunday", "the village shelled yesterday": a place named by an attack already told
_RECALLED_TARGET = compile_gated(
    r"\bthe\s+(?:[\w-]+\s+)?(?:camps?|villages?|towns?|areas?|sites?|positions?|neighbou?rhoods?|buildings?|homes?|"
    r"houses?|hospitals?|schools?|markets?)\s+$",
    re.I,
)
_WHEN_AFTER = compile_gated(
    # ("the camps targeted on 6 November": a day printed)
    r"\s+(?:on\s+(?:\w+day|the\s+\w+\s+(?:day|night|morning|evening)|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)|"
    r"earlier|yesterday|last\s+\w+|the\s+day\s+before)\b",
    re.I,
)
_TALLY_AFTER = compile_gated(
    r"\s+(?:on\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|several)\s+(?:separate\s+)?(?:days|times|occasions)\b"
    # (not "stormed four days ago", "retook it two days later": when, not how often)
    r"(?!\s+(?:ago|earlier|later|before|after|since|into|of\s+(?:fighting|clashes|battles?)))",
    re.I,
)
_COUNTED_BEFORE = compile_gated(
    r"\b(?:counting|counted|counts?|recording|recorded|records?|tallying|tallied)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|"
    r"about\s+|over\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_DESPITE_BEFORE = compile_gated(
    r"\bdespite\s+(?:the\s+)?(?:continued\s+|continuing\s+|ongoing\s+|daily\s+|repeated\s+|constant\s+|"
    r"heavy\s+|intense\s+)?$",
    re.I,
)
_LAST_TIME = compile_gated(
    r"\b(?:the\s+)?last\s+time\b|\bthe\s+previous\s+time\b"
    # "The last deadly rocket attack was on September 28, when ..."
    r"|\bthe\s+(?:last|previous)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|raid|incident|ambush|clash)\s+"
    r"(?:(?:in|on|at|near|against)\s+[^,.;]{1,30}?\s+)?(?:was|came|took\s+place|occurred)\b",
    re.I,
)
_PROVIDED = compile_gated(r"\bprovid(?:ed|ing|es?)\s+(?:[\w-]+\s+){0,3}?(?:support|cover|backing)\b", re.I)
_BELIEVED_WHO = compile_gated(
    r"\b(?:whom|who)\s+(?:[\w'’-]+\s+){0,3}?(?:believed?|suspected?|thought|said|says|say)\s+to\s+"
    r"(?:be|belong|have\s+been)\b[^,.;]{0,60}",
    re.I,
)
_WHO_HAD_SIGNED = compile_gated(
    r"\bwho\s+had\s+(?:\w+\s+)?(?:(?:signed|joined|accepted|entered)\s+(?:[\w-]+\s+){0,3})?$", re.I
)
_WHO_HAD = compile_gated(r",\s+who\s+had\s+(?:previously\s+|earlier\s+|once\s+|long\s+)?$", re.I)
_DURATION_BEFORE = compile_gated(r"\b(?:hours?|days?|weeks?|months?|years?|an?\s+(?:day|week|month|year))\s+$", re.I)
_BEHIND_THE = compile_gated(r"\bbehind\s+the\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+\d{1,2}\s+)?(?:[\w'’-]+\s+){0,2}$")
# (a noun, then the clause: not "announced that it had", "said they had")
_PRONOUN_HAD = compile_gated(
    r"\b(?!(?:that|said|says|announced|claimed|reported|stated|added|confirmed|believed?|thinks?|thought|denied|"
    r"admitted|insisted|explained|noted|warned|acknowledged|indicated|revealed|alleged|argued|when|after|before|because|"
    r"since|as|where|until|once|if|and|but|while|what|how|why)\b)[a-z]+\s+(?:they|it)\s+had\s+(?:\w+\s+)?$"
)
_ATTEMPT = compile_gated(r"tried to|trying to|attempt(?:s|ed|ing)? to", re.I)
_NOT_FORCES = frozenset({"Civilians", "Protesters", "Rioters"})


def _has_armed_party(actors: list[ActorMatch]) -> bool:
    return any(a.kind in {"Rebel group", "Political militia", "Identity militia"} for a in actors)


def _sited(text: str, ctx: DocContext, country: str | None) -> bool:
    """The text names a place or a date of its own."""
    return bool(ctx.gazetteer.find_names(text, country)) or bool(find_dates(text, ctx=ctx.dates))


# ", and hit Damascus International Airport minutes later", ", and artillery shelled Tell Abiad": a second act, its own
# verb and place, joined to the first by ", and"
_AND_ANOTHER_ACT = compile_gated(
    r",\s+and\s+(?=(?:(?:[\w'’-]+\s+){0,3}?)(?:hit|struck|shelled|bombed|targeted|pounded|raided|attacked)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z]))",
    re.I,
)


def _two_strikes(item_text: str, s: int, e: int, ctx: DocContext, country: str | None) -> list[tuple[int, int]] | None:
    """"Israeli aircraft struck Aleppo airport, wounding two workers, and hit Damascus airport minutes later": two
    strikes told in one sentence, each with its own verb and place, are two incidents."""
    text = item_text[s:e]
    m = _AND_ANOTHER_ACT.search(text)
    if m is None:
        return None
    first, second = text[: m.start()], text[m.end() :]
    if not any(q.cue.start for q in ctx.cues.find(first)) or not any(q.cue.start for q in ctx.cues.find(second)):
        return None
    gaz = ctx.gazetteer
    here = {h.text.lower() for h in gaz.find_names(first, country)}
    there = {h.text.lower() for h in gaz.find_names(second, country)}
    if not here or not there or there <= here:
        return None
    return [(0, m.start()), (m.end(), len(text.rstrip(" .")))]


def _make_units(item_text: str, body_start: int, ctx: DocContext, country: str | None) -> list[Unit]:
    spans: list[tuple[int, int, bool]] = []
    for s, e in split_sentences(item_text[body_start:]):
        s, e = s + body_start, e + body_start
        chunks = split_list_chunks(item_text[s:e])
        if len(chunks) > 1:
            with_cues = [
                c for c in chunks if any(q.cue.start for q in ctx.cues.find(item_text[s + c[0] : s + c[1]]))
            ]
            # Each listed action names its own place or date: "X shelled A; Y raided B". "...; the guards fired
            # into the air" is the same incident going on.
            if len(with_cues) >= 2 and sum(1 for c in with_cues if _sited(item_text[s + c[0] : s + c[1]], ctx, country)) >= 2:
                spans.extend((s + cs, s + ce, True) for cs, ce in chunks)
                continue
        if ", and " in item_text[s:e] and (pair := _two_strikes(item_text, s, e, ctx, country)) is not None:
            spans.extend((s + cs, s + ce, True) for cs, ce in pair)
            continue
        spans.append((s, e, False))
    units: list[Unit] = []
    for s, e, is_chunk in spans:
        text = item_text[s:e]
        if len(spans) > 1 and (s, e, is_chunk) == spans[0] and _RUN_IN_LABEL.match(text):
            # "Artillery. Turkish howitzers shelled ...", "Convoy IEDs. A roadside bomb ...": a bold run-in label
            # names the topic; the sentence after it tells the action and who did it
            units.append(_unit(item_text, s, e, ctx, country, openers=False))
            continue
        inc = _INCLUDING.search(text)
        if (
            inc
            and len(text[: inc.start()].split()) >= 5  # "Three civilians, among them a child, were killed": one clause
            and not _APPOSITIVE_CLOSE.match(text, inc.end())  # "...: Eleven civilians, including three children, were"
            and not _INCLUDED_CLOSE.match(text, inc.end())  # "three people including a child were killed"
            # "struck its leaders several times in 2019 and 2020, including a strike near Idlib": one of many
            and not _AGGREGATE.search(text[: inc.start()])
            and any(q.cue.start for q in ctx.cues.find(text[inc.end() :]))
            and not any(q.cue.start for q in ctx.cues.find(text[: inc.start()]))
            # "Two civilians ... were killed, and 11 others were injured, among them four children, after a car bomb
            # exploded": the victims' count, then the incident they fell in
            and not find_casualties(text[: inc.start()])
        ):
            # "... reported a series of activities, including sniper fire at ...": the action starts here.
            units.append(_unit(item_text, s, s + inc.start(), ctx, country, openers=False))
            s = s + inc.end()
            text = item_text[s:e]
        unit = _unit(item_text, s, e, ctx, country)
        unit.chunk = is_chunk
        units.append(unit)
    if len(units) > 1:
        _in_the_items_year(units)
    _short_references(units)
    return units


# "the Front", "the Units", "the Movement": a named party told again by the last word of its name
_SHORT_REFERENCE = compile_gated(
    r"\b[Tt]he\s+(?P<noun>Front|Units|Movement|Division|Brigade|Brigades|Corps|Legion|Council)\b(?!\s+(?:of|for)\b)"
)
# (one of which every match of the pattern above holds: most units have none, and the pattern stops at every "t")
_SHORT_REFERENCE_NOUNS = ("Front", "Units", "Movement", "Division", "Brigade", "Corps", "Legion", "Council")


def _short_references(units: list[Unit]) -> None:
    """"Clashes between HTS and the Syria Liberation Front went on ...; the Front took control of Darat Izza": a
    later sentence of the item names a party told in full before it by its name's last word."""
    told: list[ActorMatch] = []
    for u in units:
        if (told or u.actors) and "he " in u.masked and any(n in u.masked for n in _SHORT_REFERENCE_NOUNS):
            for m in _SHORT_REFERENCE.finditer(u.masked):
                if any(a.start < m.end() and m.start() < a.end for a in u.actors):
                    continue
                noun = m.group("noun").lower()
                before = [*told, *(a for a in u.actors if a.end <= m.start())]
                named = {a.canonical: a for a in before if a.text.lower().endswith(" " + noun)}
                if len(named) == 1:  # (two Fronts told before: which one is meant is not clear)
                    a = next(iter(named.values()))
                    u.actors.append(ActorMatch(m.start(), m.end(), m.group(0), a.canonical, a.kind, a.inter, a.country))
                    u.actors.sort(key=lambda x: x.start)
        told.extend(u.actors)


_PRINTED_YEAR = compile_gated(r"\b(?:19|20)\d\d\b")


def _in_the_items_year(units: list[Unit]) -> None:
    """"Around 17 June 2018, militants abducted eight men ...; the bodies were found on 27 June": a day printed
    without its year, in a later sentence of the item, follows the full date before it, not the publication's year
    (``find_dates`` does the same within one sentence)."""
    # (only from the item's first date, a day or a night printed with its year: not "despite the March 2020
    # ceasefire" recalled on the way)
    first = next((d for u in units for d in u.dates if d.basis == DateBasis.STATED), None)
    if first is None or not _PRINTED_YEAR.search(first.text) or (first.end - first.start).days > 2:
        return
    last = first.end
    for u in units:
        for i, d in enumerate(u.dates):
            if d.basis != DateBasis.STATED or _PRINTED_YEAR.search(d.text):
                continue
            if d.start.year == last.year or d.start.year != d.end.year:
                continue
            year = last.year if (d.start.month, d.start.day) >= (last.month, last.day) else last.year + 1
            start, end = _safe_iso_day(year, d.start), _safe_iso_day(year, d.end)
            if start is not None and end is not None and start != d.start:
                u.dates[i] = DateMention(start, end, d.basis, d.span, d.text)


def _safe_iso_day(year: int, day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _unit(item_text: str, s: int, e: int, ctx: DocContext, country: str | None, openers: bool = True) -> Unit:
    text = item_text[s:e]
    masked = _mask_parens(text)
    if "vigil" in masked or "mourn" in masked or "funeral" in masked or "memorial" in masked:
        # "a candlelit vigil for protesters killed in Baghdad": the dead mourned are not this crowd's
        for m in list(_MOURNED_BEFORE.finditer(masked)):
            g = "dead" if m.group("dead") else "dead2"
            masked = masked[: m.start(g)] + " " * (m.end(g) - m.start(g)) + masked[m.end(g) :]
    if "latest" in masked and (series := _LATEST_IN_SERIES.search(masked)) is not None:
        # "..., the latest in a string of abductions of protesters": the series this one belongs to, whose victims
        # and acts are not told here
        masked = masked[: series.start()] + " " * (series.end() - series.start()) + masked[series.end() :]
    if (" that " in masked or " of " in masked) and _may_hold(masked, _REFUTED_WORDS) and _REFUTED_WORD.search(masked):
        # "The reports ... that five fighters were martyred in the attack are inaccurate": what the teller says did
        # not happen, no act, toll or place of its own
        for m in list(_REFUTED.finditer(masked)):
            masked = masked[: m.start("told")] + " " * (m.end("told") - m.start("told")) + masked[m.end("told") :]
    book = ctx.cues
    lowered = masked.lower()
    plain = folds_plainly(masked)  # substring tests on ``lowered`` are exact for case-blind words
    # the unit's gates, cues, aggregates and date forms from one literal pass
    gates_found, cues_found, aggregate_found, dates_found, unit_words = _unit_literals(book).found(lowered)
    gated = _UNIT_GATES.candidates_in(gates_found)  # those of ``_UNIT_GATED`` that the unit's literals let through
    attrib = (
        ((not plain or unit_words & _W_ATTRIB) and _ATTRIB_CLAUSE.match(masked))
        or _dateline_lead(masked)
        or _item_dateline(masked)
        or _record_head(masked)
    )
    place_from = attrib.end() if attrib else 0  # a speaker lead may name the place: "Residents who fled X said"
    attrib = attrib or (_SPEAKER_LEAD.pattern.match(masked) if _SPEAKER_AT in gated else None)
    attribution_end = attrib.end() if attrib else 0
    # "Following the ISIS attack on the city of Kirkuk on October 21, the Kirkuk police arrested ...": the incident
    # the lead recalls is an earlier one; its doer, kind and day are not this one's
    prior = _PRIOR_INCIDENT_LEAD.match(masked) if _PRIOR_LEAD_WORD.match(masked) else None
    if prior is not None:
        attribution_end = max(attribution_end, prior.end())
    # once per unit (a stem in ``masked`` is in ``lowered`` too; the case-sensitive pattern decides)
    speech = bool(unit_words & _W_SPEECH) and _SPEECH_WORD.search(masked) is not None
    speakers = _said_clauses(masked, lowered) + [m.span() for m in _ACCORDING.finditer(masked)] if speech else []
    modifiers: list[tuple[int, int]] = []
    for i in gated:
        if i >= _SPEAKER_AT:
            break
        if plain and i < len(_SPLIT_MODIFIERS):
            # (the alternatives its literals let through, from the same pass: the whole pattern's matches)
            first, n = _SPLIT_PARTS[i]
            parts = [j - first for j in gated if first <= j < first + n]
            modifiers += [m.span() for m in _SPLIT_MODIFIERS[i].split.finditer(masked, lowered, parts)]
        else:
            modifiers += [m.span() for m in _UNIT_GATED[i].pattern.finditer(masked)]
    hedges = _Hedges(masked, book, lowered if plain else None, unit_words)
    assessed = _ASSESSED.pattern.search(masked) if _ASSESSED_AT in gated else None
    who = _BELIEVED_WHO.search(masked, max(0, assessed.start() - 40)) if assessed is not None else None
    if assessed is not None and who is not None and who.start() < assessed.start() < who.end():
        # "Gunmen whom residents believe to belong to ISIS cells shot dead ...": a belief about who they were, not
        # about whether it happened
        assessed = _ASSESSED.pattern.search(masked, who.end())
    assessed_at = assessed.start() if assessed else len(masked) + 1
    # once per unit, not per cue
    charged = bool(unit_words & _W_CHARGE) if plain else _CHARGE_WORD.search(masked) is not None
    unverified = _UNVERIFIED_CLAIMS.search(masked) if "verif" in masked or "confirm" in masked else None
    quoted = '"' in masked or "“" in masked
    # (whether "no"/"without" is anywhere: most units have neither, and each cue would search for them)
    # (on ``lowered`` where that is exact: "no" there is a literal prefix the search finds in a tight loop, where the
    # case-blind pattern stops at every "n" and "w"; "without" by a substring test first)
    if plain and "without" not in lowered:
        negatable = _NO_WORD.search(lowered) is not None
    else:
        negatable = _NEGATION_WORD.search(masked) is not None
    # (the same lower-casing find would do; the force phrases' candidates for ``_find_actors`` from the same pass)
    found_cues, generic = book.find_with_generic(masked, lowered, cues_found)
    for g in ctx.glossary_matches(masked):
        found_cues += [CueMatch(c.cue, g.start(), g.end(), g.group(0)) for c in ctx.glossary_cues(g.group(0))]
    shown = (
        [(m.start(), m.end()) for m in _SPOILS_SHOWN.finditer(masked)] if unit_words & _W_SHOWN else []
    )
    # the words the tests below look for, each looked up once per unit, not once per cue (none without a cue)
    some = bool(found_cues)
    said_not = some and " not " in masked
    behind = some and " behind the " in masked
    had = some and " had " in masked
    is_are = some and (" are " in masked or " is " in masked)
    who_word = some and " who" in masked
    cues = [
        _demoted(c) if any(s0 <= c.start < e0 for s0, e0 in modifiers) else c
        for c in found_cues
        if c.start >= attribution_end
        and not any(s0 <= c.start < e0 for s0, e0 in shown)
        and not hedges.before(c)
        and not hedges.after(c)
        and assessed_at >= c.start
        and not (negatable and _NEGATED.search(masked, max(0, c.start - 16), c.start))
        # "ISIS has not attempted a major attack on the refinery since ...": what has not happened
        and not (said_not and _NOT_DONE.search(masked, max(0, c.start - 50), c.start))
        # "our aircraft did not carry out any strikes on Talbiseh": the cue's own words deny the act
        and not (said_not and _DENIED_IN_CUE.search(c.text))
        # "a commander of the YPJ, who had fought against ISIS in Raqqa": a life told, no incident of this report
        and not (c.cue.event_type == "Battles" and _WHO_HAD.search(masked, max(0, c.start - 24), c.start))
        # "shot dead a mukhtar who had signed a reconciliation agreement": what the victim had once done
        and not (
            c.cue.event_type == "Strategic developments"
            and " who had " in masked
            and _WHO_HAD_SIGNED.search(masked, max(0, c.start - 40), c.start)
        )
        # "the two attackers behind the 1 October suicide bombing in Ankara had come from Syria": a bombing known
        and not (behind and _BEHIND_THE.search(masked, max(0, c.start - 40), c.start))
        # "continued their sit-in inside parliament they had stormed 30 July": the storming recalled
        and not (c.start > 20 and had and _PRONOUN_HAD.search(masked, max(0, c.start - 20), c.start))
        # "arrested 27 young men on charges of 'rioting'": the accusation names no incident of its own
        and not (
            charged
            and (
                _CHARGED_WITH.search(masked, max(0, c.start - 30), c.start)
                or _ACCUSED_OF.search(masked, max(0, c.start - 60), c.start)
            )
        )
        and not _long_ago(masked, c, ctx.published)
        # "SOHR could not independently verify claims ... that the regime had used chlorine": what is claimed, unproven
        and not (unverified is not None and unverified.end() <= c.start)
        # 'called the strike "a blatant assassination in the heart of Baghdad"': a speaker's word for an act told
        and not (quoted and _called_it(masked, c.start))
        # "in Operation Peace Spring only terrorists and their shelters are targeted": what is done as a rule
        and not (c.start > 4 and is_are and _HABITUAL_PASSIVE.match(masked, c.start)
                 and _AS_A_RULE_BEFORE.search(masked, max(0, c.start - 20), c.start))
        # "any member who attacked Iraqi forces would be expelled": whoever might, no one who did
        and not (who_word and _ANY_WHO.search(masked, max(0, c.start - 40), c.start))
    ]
    if modifiers and len(cues) > 1:
        # "Hours after the raid, insurgents fired a volley of mortar bombs ...": the act the time is told from is
        # another incident; where the sentence names an act of its own, that act's kind alone counts
        outside = [c for c in cues if not any(s0 <= c.start < e0 for s0, e0 in modifiers)]
        if any(c.cue.priority > 0 and c.cue.sub[:1] != "@" for c in outside) and any(
            _TIME_MODIFIER.match(masked, s0) for s0, _ in modifiers
        ):
            cues = [
                c for c in cues
                if c in outside or not any(s0 <= c.start < e0 and _TIME_MODIFIER.match(masked, s0) for s0, e0 in modifiers)
            ]
    if len(cues) > 1:
        # "gunmen opened fire on a checkpoint and withdrew": the attackers left, no ground changed hands
        fired = min((c.start for c in cues if c.cue.event_type in _VIOLENT_TYPES and c.cue.priority >= 40), default=None)
        if fired is not None:
            cues = [
                c
                for c in cues
                if not (
                    c.cue.sub == "Non-violent transfer of territory"
                    and c.start > fired
                    and _LEFT.match(c.text)
                    and masked[max(0, c.start - 4) : c.start].lower() == "and "
                )
            ]
    all_actors = _find_actors(masked, ctx, country, lowered, generic)
    if cues and speech:
        # "The U.S.-backed SDF, which is led by Kurdish fighters, said the strikes on villages ... killed 11
        # civilians": the party that speaks before the action it tells is its teller (its own "its forces" aside)
        for a in all_actors:
            said = _PARTY_SAID.match(masked, a.end)
            if said is not None and any(c.start >= said.end() for c in cues):
                speakers.append((a.start, said.end()))
                break
    origins = [a for a in all_actors if _is_origin(masked, a)]
    holders = _holders(masked, [a for a in all_actors if a not in origins])
    actors = [
        a
        for a in all_actors
        if a.start >= attribution_end
        and not any(s0 <= a.start < e0 for s0, e0 in speakers)
        and a not in origins
        and a not in holders
    ]
    spoke = [a for a in all_actors if a not in actors and a.start >= attribution_end]
    open_cues = []
    # "..., bringing the toll since the protests began to 300": the running total follows the incident
    running = (
        _RUNNING_TOTAL.search(masked)
        if "ing the" in masked and (not plain or unit_words & _W_RUNNING_TOTAL)
        else None
    )
    agg = (
        None
        if not (openers and cues)
        else _AGGREGATE.search(masked[: running.start()])
        if running
        else _AGGREGATE.search(masked, lowered, _AGGREGATE.index.candidates_in(aggregate_found))
    )
    if agg is not None and _STATE_SINCE.search(masked, max(0, agg.start() - 40), agg.start()):
        agg = None  # "breaking a siege imposed by IS since 2015": how long a state of affairs lasted, no count
    elif agg is not None and agg.group(0)[:5].lower() == "since" and _FIRST_TIME.search(
        masked, max(0, agg.start() - 100), agg.start()
    ):
        # "entered Daraa al-Balad for the first time since 2018", "..., the first time government troops had fought
        # inside the city since 2014": this incident, measured against the past
        agg = None
    elif agg is not None and agg.group(0)[:5].lower() == "since" and _ONE_OF_THE_WORST.search(masked, 0, agg.start()):
        agg = None  # "in the deadliest attack on the capital since 2003": this incident, measured against the past
    elif (
        agg is not None
        and any(c.cue.event_type == "Protests" and c.start < agg.start() for c in cues)
        and _PROTESTED_CAUSE.search(masked, max(0, agg.start() - 120), agg.start())
    ):
        agg = None  # "gathered to protest against the killing and the almost daily bombardment": the crowd's cause
    elif agg is not None and _ON_A_DAY_OF.search(masked, max(0, agg.start() - 100), agg.start()):
        agg = None  # "..., killing 37 people, on a day of about 40 coordinated attacks across Iraq": its day, told
    elif (
        agg is not None
        and " in re" in masked
        and (cause := _CAUSE_CLAUSE.search(masked, max(0, agg.start() - 120), agg.start())) is not None
        and any(c.cue.start and c.end <= cause.start() for c in cues)
    ):
        agg = None  # "struck a depot near Albu Kamal, in response to attacks on US bases in Iraq and Syria": its cause
    elif (
        agg is not None
        and (semi := masked.rfind("; ", 0, agg.start())) > 0
        and any(c.cue.start and c.end <= semi for c in cues)
        and _TELLER_VERB.search(masked, semi, agg.start())
    ):
        agg = None  # "jets struck PKK positions near X; the ministry said 81 targets were hit across northern Iraq"
    summary = agg is not None
    told_before = None
    if attribution_end and (back := _ANAPHORIC.match(masked[attribution_end:])) is not None:
        told_before = attribution_end + back.end() + 12
    said = (
        _SAID_THAT.match(masked)
        if not attribution_end and (" said " in masked or " says " in masked or " stated " in masked
                                    or " announced " in masked or " claimed " in masked or " confirmed " in masked)
        else None
    )
    at = attribution_end or (said.end() if said is not None else 0)
    if at and (back := _ANAPHORIC.match(masked[at:])) is not None and _HAD_BEEN_AFTER.match(masked, at + back.end()):
        # "The ministry said the strikes had been coordinated with Turkey and had targeted a depot": all the clause
        # tells is of the strikes told before
        clause_end = _CLAUSE_END.search(masked, at + back.end())
        told_before = clause_end.start() if clause_end is not None else len(masked)
    led_to: list[CueMatch] = []
    told_subject = False  # the sentence opens on an incident told before ("The strikes destroyed ...")
    if openers and not summary:
        # the words the tests below look for, looked up once per unit at the first cue that gets to them
        words: tuple[bool, ...] | None = None
        for c in cues:
            if not c.cue.start:
                continue
            if c.cue.needs_armed_party and not _has_armed_party(actors):
                continue
            if c.cue.needs_force and not any(a.start < c.start and a.kind not in _NOT_FORCES for a in actors):
                continue
            if words is None:
                words = (
                    "esponsib" in masked, "claimed" in masked, " to " in masked, "den" in masked, "blame" in masked,
                    " the " in masked, "still" in masked, "the " in masked,
                    " days" in masked or " times" in masked or " occasions" in masked,
                    "count" in masked or "record" in masked, "despite" in masked, "p" in masked, "leaflet" in masked,
                    "rel" in masked, "after" in masked, "to the " in masked, " by " in masked,
                    "ast " in masked or "previous" in masked, "provid" in masked,
                )  # fmt: skip
            (responsib, claimed, to, den, blamed, attackers, still, the, tally, counted, despite, p, leaflet, rel, after,
             to_the, by, last, provid) = words
            if responsib and (
                _RESPONSIBILITY_FOR.search(masked, max(0, c.start - 40), c.start)
                or _CLAIM_SAYING.search(masked, max(0, c.start - 160), c.start)
            ):
                # "No organization has claimed responsibility for the rocket fire", "claimed responsibility ...,
                # saying two of its members had carried out the attack": the attack told before
                continue
            if claimed and _CLAIMED_TOLD.search(masked, max(0, c.start - 300), c.start):
                continue
            if to and _TO_CLEAR.search(masked, max(0, c.start - 50), c.start):
                continue  # "units were combing the villages to remove mines and explosive devices": clearing, no blast
            if den and _DENIED.search(masked, max(0, c.start - 170), c.start):
                continue  # "Sana denied that residential areas were being targeted": what a party says did not happen
            if blamed and _BLAMED_FOR.search(masked, max(0, c.start - 140), c.start):
                continue  # "Turkey blames the PKK and the YPG for the Nov. 13 bombing": whose, not a new incident
            if (
                c.start < 12
                and _ANAPHORIC.match(masked[c.start - 12 if c.start >= 12 else 0 :])
                and _ANAPHORIC.match(masked)
                and not _ANAPHORIC_ACTS.match(masked)
            ):
                told_subject = True
                continue  # "The attack came days after ...": refers back to an incident already told
            if c.start < 60 and " the " in masked and _RANKED_SUBJECT.match(masked) and c.end <= _RANKED_SUBJECT.match(
                masked
            ).end():
                told_subject = True
                continue  # "The rocket attack on Ain al-Asad was the first since ...": an incident told before, ranked
            if (" begin" in masked or " start" in masked or " commence" in masked) and _TO_BEGIN_AFTER.match(masked, c.end):
                continue  # "announced a clearing operation around al-Rashad to begin next week": not yet under way
            if " since " in masked and _SINCE_THE_BEFORE.search(masked, max(0, c.start - 60), c.start):
                continue  # "the first since the Erbil airport attack on February 15": an earlier incident recalled
            if told_subject and c.cue.sub == "@attack" and _AND_THEN_VERB.search(masked, max(0, c.start - 8), c.start):
                continue  # "The strikes destroyed a cave ... and killed nine Daesh members": more of what they did
            if modifiers and any(
                s0 <= c.start < e0 and _DURATION_BEFORE.search(masked, max(0, s0 - 30), s0) for s0, e0 in modifiers
            ):
                continue  # "more than a month after the SDF's arrest of its commander": an earlier act, dated from
            if told_before is not None and c.start < told_before:
                continue  # "According to the Kurdish forces, the strikes killed seven civilians": the strikes told before
            if (
                attackers
                and (not plain or unit_words & _W_ATTACKERS)
                and _THE_ATTACKERS.search(masked, max(0, c.start - 60), c.start)
            ):
                continue  # "Police said several of the assailants had blown themselves up": the attack told before
            if still and _STILL_HELD.match(masked, c.end):
                continue  # "The 18 Turkish workers abducted in Baghdad on September 2 are still being held": told before
            if (
                the
                and _RECALLED_TARGET.search(masked, max(0, c.start - 40), c.start)
                and _WHEN_AFTER.match(masked, c.end)
            ):
                continue  # "Hundreds of families fled the camps targeted on Sunday": the attack told before
            if tally and _TALLY_AFTER.match(masked, c.end):
                continue  # "the villages were shelled on at least 19 days of the month": a month's tally
            if counted and _COUNTED_BEFORE.search(masked, max(0, c.start - 60), c.start):
                continue  # "with RIC counting 610 shells in total", "ACLED records 23 Turkish air strikes": a tally
            if c.start >= 6 and masked[c.start - 6 : c.start].lower() == "those " and c.cue.sub == "@attack":
                continue  # "carrying pictures of those killed the year before": victims named, no act told
            if despite and _DESPITE_BEFORE.search(masked, max(0, c.start - 40), c.start):
                continue  # "residents were determined to stay despite the shelling": the attacks told, as a state
            if p and _PLANNED_BEFORE.search(masked, max(0, c.start - 40), c.start):
                continue  # "confessed that he had been planning an attack on a shopping centre": none took place
            if leaflet and _LEAFLETS_AFTER.match(masked, c.end):
                continue  # "aircraft dropped tens of thousands of leaflets over Hawija": paper, no strike
            if rel and _RELYING_ON.search(masked, max(0, c.start - 100), c.start):
                continue  # "entrenched among civilians, relying on snipers, suicide bombers ...": how they fight
            if after and _AFTER_DAYS_OF.search(masked, max(0, c.start - 80), c.start):
                # "seized four districts after a week of heavy Russian and regime airstrikes": what led to it, no
                # incident, nor the kind of the one told
                led_to.append(c)
                continue
            if to_the and _RESPONDED_TO_THE.search(masked, max(0, c.start - 50), c.start):
                continue  # "al-Kadhimi responded to the Baghdad attack by replacing ...": the attack told before
            if by and _SAID_BY.search(masked, max(0, c.start - 40), c.start):
                continue  # "al-Abadi said that by blowing up the mosque ISIS had ...": the act told, judged
            if last and (last_time := _LAST_TIME.search(masked)) and last_time.start() <= c.start:
                continue  # "The last time IS mounted a serious attack there was on September 22": a past one recalled
            if provid and (given := _PROVIDED.search(masked, max(0, c.start - 40))) and given.start() < c.start < given.end():
                continue  # "The Turkish army provided artillery and air support": help given to a fight told, no strike
            open_cues.append(c)
    if led_to and not open_cues:
        # ("announced a 'tactical withdrawal' from Baba Amr after 26 days of bombardment": the only act named)
        open_cues, led_to = led_to, []
    label = _TYPE_LABEL.match(masked) if ":" in masked[:40] else None
    if label is not None and any(c.start >= label.end() for c in open_cues):
        # "Arrests: HTS detained 4 activists": a coder's label over the note, whose own verb tells who did what
        open_cues = [c for c in open_cues if c.start >= label.end()]
    # A cue inside a modifier ("hours after the blast, ...", "backed by air strikes") opens only when nothing else does
    open_cues.sort(key=lambda c: any(s0 <= c.start < e0 for s0, e0 in modifiers))
    if (
        len(open_cues) > 1
        and open_cues[0].text.endswith(" in")
        and 0 <= open_cues[1].start - open_cues[0].end <= 2
        and open_cues[1].cue.priority > open_cues[0].cue.priority
    ):
        # "Two soldiers were martyred in an Israeli aggression that targeted ...": the act they died in leads
        open_cues.append(open_cues.pop(0))
    if len(open_cues) > 1 and "In the " in masked and (frame := _SUPERLATIVE_FRAME.search(masked)) is not None:
        # "In the most horrific massacre since the beginning of the revolution, regime forces fired rockets ...": the
        # verb after the frame tells what was done and by whom; the frame only judges it
        open_cues.sort(key=lambda c: frame.start() <= c.start < frame.end())
    if open_cues and (
        _CAME_AFTER.match(masked)
        # "The Baghdad bombing was a sign that the insurgents still ...": the bombing told before, judged
        or (
            (" sign" in masked or " indicat" in masked or " remind" in masked or " message" in masked)
            and _WAS_A_SIGN.match(masked) is not None
        )
        or (_any_in(masked, _VERDICT_WORDS) and _VERDICT.search(masked) is not None)
        or all(c.start < _since_end(masked) for c in open_cues)
    ):
        # "The Saraqib attack came a week after an airstrike on ... killed 11": an earlier incident recalled;
        # "Since government forces retook Albukamal in 2017, ...": the clause dates a state of affairs
        open_cues = []
    support = [(m.start(), m.end()) for m in _SUPPORT.finditer(masked)] if open_cues and _any_in(masked, _SUPPORT_WORDS) else []
    if support and all(any(s0 <= c.start < e0 for s0, e0 in support) for c in open_cues) and _ADVANCE.search(masked):
        # "The Kurdish forces, with air support from the coalition, advanced ...": an advance told with how it was
        # supported, no strike of its own ("The destruction of two hideouts, with air support ..." still is one)
        open_cues = []
    # "... since June 2019" starts a count, it does not date an incident; a dateline's date is the story's
    dateline_end = attrib.end() if attrib is not None and attrib.re in (_DATELINE_LEAD, _ITEM_DATELINE) else 0
    if prior is not None:
        dateline_end = max(dateline_end, prior.end())
    date_ctx = ctx.dates
    filed = _FILED_DAY.match(masked) if attribution_end == 0 and "," in masked[:40] else None
    if filed is not None:
        # "Erbil, 16 January – Late on Monday night ...": the day the item was filed, before the incident's own day;
        # its weekdays and "yesterday" count back from the filing day
        day = next((d for d in find_dates(masked[: filed.end()], ctx=date_ctx) if d.basis == DateBasis.STATED), None)
        if day is not None and find_dates(masked[filed.end() :], ctx=date_ctx):
            date_ctx, dateline_end = replace(date_ctx, published=day.start, period_end=None), filed.end()
    dates = [
        d
        for d in find_dates(masked, ctx=date_ctx, literals=dates_found)
        if not (d.span is not None and _SINCE.search(masked, max(0, d.span.start - 30), d.span.start))
        and not (d.span is not None and d.span.end <= dateline_end)
        # "The death toll from a suicide bombing ... rose to 30 on Tuesday": the day the toll rose, not the bombing's
        and not (
            d.span is not None
            and " to " in masked
            and _TOLL_ROSE_ON.search(masked, max(0, d.span.start - 40), d.span.start) is not None
        )
        # "By Sunday the death toll from the market bombing had risen to 14": the day of the count
        and not (
            d.span is not None
            and "toll" in masked
            and masked[max(0, d.span.start - 3) : d.span.start].lower() == "by "
            and _TOLL_AFTER.match(masked, d.span.end) is not None
        )
        # "the ministry said on Friday that ... were killed in the clash": the day of the statement about an
        # incident told before (one with a place of its own is dated by it: "said on Sunday its aircraft had struck
        # hideouts near Daquq")
        and not (
            d.basis == DateBasis.RELATIVE
            and d.span is not None
            and _STATEMENT_DAY.search(masked, max(0, d.span.start - 30), d.span.start)
            and not ctx.gazetteer.find_names(masked, country)
        )
    ]
    if (
        len(dates) > 1
        and modifiers
        and any(not any(s0 <= c.start < e0 for s0, e0 in modifiers) for c in cues)
    ):
        # "a town that government forces retook last week, snipers opened fire ... Monday": the aside's day is another's
        # (not "appeared to be in its final hours on Tuesday after troops overran the district on Monday": the only act
        # told is the aside's)
        outside = [d for d in dates if d.span is None or not any(s0 <= d.span.start < e0 for s0, e0 in modifiers)]
        dates = outside or dates
    if not dates and open_cues and (year := _IN_A_PAST_YEAR.match(masked)) is not None:
        published = ctx.dates.published
        y = int(year.group("y"))
        if published is not None and y < published.year:
            # "In 2023, clashes between two clans killed four people": an incident dated only by its year
            dates = [
                DateMention(dt.date(y, 1, 1), dt.date(y, 12, 31), DateBasis.STATED,
                            Span("", year.start("y"), year.end("y")), year.group("y"))
            ]
    if open_cues and ("should" in masked or "must" in masked or "ought" in masked):
        modal = _RECOMMENDATION.search(masked)
        if modal is not None and all(
            c.start < modal.start() and not _CLAUSE_BREAK.search(masked, c.end, modal.start()) for c in open_cues
        ):
            open_cues = []  # "All persons detained for ... should be released": a recommendation about them
    if open_cues and "displaced" in masked and (moved := _DISPLACED_AFTER.search(masked)) is not None and all(
        c.start >= moved.end() for c in open_cues
    ):
        open_cues = []  # "1,300 people were displaced ... after the shelling of 10 Mar": the shelling is told elsewhere
    if open_cues and " by" in masked and (blame := _SAID_IT_WAS_BY.search(masked)) is not None and all(
        blame.start() <= c.start < blame.end() for c in open_cues
    ):
        open_cues = []  # "the PMF said the attack was carried out by two Israeli drones": who did the one told before
    if open_cues and "at the time" in masked and _AT_THE_TIME.search(masked):
        open_cues = []  # "Both IS and the SDF were shelling the area at the time.": what was going on, no incident
    if (
        open_cues
        and not any(a.kind != "Civilians" for a in actors)
        and (_QUOTE_OPEN.match(masked) or _inside_quote(item_text, s))
    ):
        # "“An attack like this is designed to provoke ...”", "“Our farmers lose their land to this shelling,” he said":
        # a speaker's words that name no party
        open_cues = []
    if led_to and open_cues:
        cues = [c for c in cues if c not in led_to]
    return Unit(
        s, e, text, masked, cues, open_cues, dates, (ctx.dates, ctx.outlets), actors, attribution_end, place_from, spoke,
        origins=origins, holders=holders, summary=summary, modifiers=modifiers, words=unit_words,
    )


def _unit_citations(text: str, dates: DateContext, outlets: OutletTable) -> list[Citation]:
    citations = (
        find_citations(text, ctx=dates) + find_link_citations(text) + find_source_lines(text, ctx=dates)
        + find_bracket_citations(text)
    )
    if not citations and ")" in text:
        citations = find_paren_outlets(text, lambda name: outlets.match(name) is not None)
    if not citations and (" – " in text or " — " in text or " - " in text):
        citations = find_dash_outlets(text, lambda name: outlets.match(name) is not None)
    if not citations and ": " in text[:60]:
        citations = find_label_outlets(text, lambda name: outlets.match(name) is not None)
    return citations


# Support named as the way an action was done: never an action of its own.
_SUPPORT_WORDS = ("support", "cover", "backed", "backing")  # (case-sensitive, as the words of ``_SUPPORT`` are)
_SUPPORT = compile_gated(
    r"\bwith (?:the )?(?:\w+\s+)?(?:air|aerial|artillery|drone|fire) (?:support|cover|backing)\b[^,.;]{0,60}"
    r"|\b(?:backed|supported|covered) by (?:\w+\s+){0,3}?(?:air ?strikes|air support|aircraft|warplanes|drones)\b",
    re.I,
)
_ADVANCE = compile_gated(r"\b(?:advanced|advancing|continued (?:its|their) advance|pushed (?:on|forward|deeper)|progressed)\b", re.I)
_STATEMENT_DAY = compile_gated(
    r"\b(?:said|says|told\s+[A-Z][\w ]{0,20}?|announced|stated|added|claimed|confirmed|reported)\s+(?:on\s+)?$"
    # "In an updated statement on Tuesday afternoon it said four were killed": the day of the statement
    r"|\bstatement\s+(?:issued\s+|released\s+|published\s+)?(?:late\s+|early\s+)?(?:on\s+)?$"
)
_CAME_AFTER = compile_gated(
    r"^\s*(?:the|this|that|these)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|raids?|killings?|incidents?|"
    r"shelling|blasts?|explosions?|ambush|assault|clash(?:es)?|fighting|violence|protests?)\s+"
    # "The strike was the deadliest against coalition forces in years and came two months after ..."
    r"(?:(?:was|is)\s+[^.;]{0,80}?\s+and\s+)?(?:came|comes|follows|followed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:after|before|since|amid)\b"
    # ("The deadliest attack came shortly after noon, when a suicide bomber ...": its hour, the incident told)
    r"(?!\s+(?:noon|midday|midnight|dawn|sunrise|sunset|dusk|nightfall|daybreak|\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b|o'clock)"
    r"|\d{1,2}:\d\d))",
    re.I,
)
_WAS_A_SIGN = compile_gated(
    r"^\s*(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|raids?|killings?|"
    r"incidents?|blasts?|explosions?|ambush|assault|massacre)\s+(?:was|is|were|are)\s+(?:(?:a|an|another|the|further|"
    r"clear|stark|grim|latest)\s+){0,2}(?:sign|signs|indication|evidence|proof|reminder|message|warning|signal)\b",
    re.I,
)
# "the criminal court sentenced a man to death for his role in a 2016 car bombing": a verdict, not the bombing
_VERDICT = compile_gated(
    r"\b(?:court|judge|tribunal)\b[^.;]{0,80}?\b(?:sentenced|convicted|acquitted|ruled|upheld)\b"
    r"|\bsentenced\b[^.;]{0,60}?\bto (?:death|life|\w+ years)\b",
    re.I,
)
_VERDICT_WORDS = ("sentenc", "court", "Court", "convict", "tribunal")  # (case-sensitive)
# ("Since the October 2017 events, when Iraqi forces took control of Kirkuk, the Peshmerga have been absent": the
# events the "when" clause tells are the ones the count starts from)
_SINCE_CLAUSE = compile_gated(r"^\s*Since\b[^,;.]{0,200},(?:\s+when\b[^;.]{0,250}?,)?")


def _since_end(masked: str) -> int:
    m = _SINCE_CLAUSE.match(masked)
    return m.end() if m else 0


_LOCATIVE = compile_gated(
    r"(?:in|near|at|outside|around|on|inside|into|from|(?:about\s+)?\d[\d.]*\s*(?:km|kilomet\w+|miles)|"
    r"(?:north|south|east|west)\w*)\b",
    re.I,
)
# "claimed responsibility for the rocket fire" looks back; "for a suicide car bomb that struck ..." tells a new one
_CLAIM_SAYING = compile_gated(
    r"\bclaimed\s+responsibility\b[^.;]{0,120}?,\s+saying\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+|have\s+)?"
    r"(?:carried\s+out|conducted|staged|launched)\s+(?:the\s+|this\s+)?$",
    re.I,
)
# "IS claimed the ambush on Telegram, saying its fighters had 'destroyed' the bus with rocket-propelled grenades",
# "claimed responsibility in a statement, saying its fighters had targeted 'a gathering'": a claim that names no new
# attack is of the one told before; the attack it names and what it says was done are that one
_CLAIMED_TOLD = compile_gated(
    # (not "claimed that Russian airstrikes killed 300 ...": what the claim says was done)
    r"\bclaimed\s+(?:(?:the|this)\s+(?:[\w-]+\s+){0,2}?|that\s+)$"
    r"|\bclaimed\s+(?:(?:responsibility|credit)\b(?!\s+for\b)|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|"
    r"bombing|blast|assault|raid|strike|killing|operation)s?\b)[^.;]{0,120}?,\s+saying\b[^.;]{0,150}$",
    re.I,
)
_RESPONSIBILITY_FOR = compile_gated(
    r"\bresponsibility\s+for\s+(?!(?:an?|two|three|four|five|several|twin|multiple)\s)"
    # ("for detonating an IED against an army vehicle": a new one, told by the claim)
    r"(?!\w+ing\s+(?:an?|two|three|four|five|several)\s)(?:the\s+|this\s+|that\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_TO_CLEAR = compile_gated(r"\bto\s+(?:remove|clear|defuse|dismantle|sweep|neutrali[sz]e)\s+(?:[\w-]+\s+){0,4}$", re.I)
_DENIED = compile_gated(
    r"\b(?:denied|denies|deny|denying)\s+(?:that|(?:the\s+|these\s+|such\s+)?(?:reports?|claims?|accusations?|allegations?)|"
    r"\w+ing)\b[^.;]{0,160}$",
    re.I,
)
_BLAMED_FOR = compile_gated(
    r"\bblam(?:es|ed|e|ing)\b[^.;]{0,100}?\bfor\s+(?:the|a|an|this|that|last\s+\w+['’]s|\w+['’]s)\s+(?:[\w.]+\s+){0,3}$", re.I
)
_RECOMMENDATION = compile_gated(r"\b(?:should|must|ought to)\s+(?:not\s+)?(?:immediately\s+)?be\b")
_AT_THE_TIME = compile_gated(r"\b(?:was|were)\s+(?:\w+\s+)?\w+ing\b[^.;]{0,60}?\bat the time\b")
_QUOTE_OPEN = compile_gated(r"^\s*[“\"«]")


def _inside_quote(item_text: str, s: int) -> bool:
    """Whether a sentence at ``s`` goes on a quotation the paragraph opened ("“They fire from the hills. We pulled a
    family out of the rubble,” an activist said")."""
    if not _QUOTE_OPEN.match(item_text):
        return False
    before = item_text[:s]
    if "“" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1
# "shelling from Government of Syria-controlled areas", "rockets fired from areas held by the SDF": where the fire
# came from names who fired; the side that holds the place it fell on is not named this way.
_FIRE_WORD = compile_gated(
    r"\b(?:fire|fired|firing|shell\w*|rockets?|missiles?|mortars?|launched|drones?|artillery|projectiles?|sniper)\b",
    re.I,
)
_FROM_BEFORE_HELD = compile_gated(r"\bfrom\s+(?:the\s+)?$", re.I)
_FROM_AREAS_HELD_BY = compile_gated(
    r"\bfrom\s+(?:the\s+)?(?:areas?|territory|territories|positions|villages|towns|regions?)\s+(?:held|controlled)\s+"
    r"by\s+(?:the\s+)?$",
    re.I,
)
_HELD_BY_BEFORE = compile_gated(r",?\s+(?:held|controlled|run|manned) by\s+(?:the\s+)?$", re.I)
_HOSTS_BEFORE = compile_gated(
    r",?\s+(?:which|that)\s+(?:hosts|houses|hosted|housed)\s+(?:the\s+)?(?:[\w.’'-]+\s+(?:and\s+)?){0,3}$", re.I
)
_HELD_AFTER = compile_gated(
    r"[-‐](?:held|controlled)\b|\s(?:held|controlled)\s+(?:areas?|territor|villages?|towns?|cit(?:y|ies)|neighbo|district)",
    re.I,
)
_POSITIONS_AFTER = compile_gated(r"\s+(?:military\s+)?(?:positions|posts|outposts)\b", re.I)
_JOINED = compile_gated(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?")


def _holders(masked: str, mentions: list[ActorMatch]) -> list[ActorMatch]:
    """Who holds a place named in the unit: "the Al-Joura neighborhood, held by the Syrian army and Shiite
    militias", "the regime-held al-Joura neighbourhood". Not a party to the action, unless nobody else is."""
    out: list[ActorMatch] = []
    for a in mentions:
        joined = bool(out) and _JOINED.fullmatch(masked, out[-1].end, a.start) is not None
        # "held by" needs a "by" before the name (b and y fold to no other character: the test is exact)
        before = masked[max(0, a.start - 40) : a.start].lower()
        if (
            joined
            # ("held" or "controlled" just after the name: their letters fold to no other character)
            or (masked[a.end + 1 : a.end + 11].lower().startswith(("held", "controlled")) and _HELD_AFTER.match(masked, a.end))
            or ("by" in before and _HELD_BY_BEFORE.search(masked, max(0, a.start - 40), a.start))
            # "Ain al-Asad, which hosts US and coalition troops": who is based at the place attacked
            or (("host" in before or "hous" in before) and _HOSTS_BEFORE.search(masked, max(0, a.start - 40), a.start))
        ):
            out.append(a)
    return out


def _is_origin(masked: str, a: ActorMatch) -> bool:
    before = masked[max(0, a.start - 60) : a.start]
    if "from" not in before.lower():
        return False  # both patterns need the word (whose letters fold to no other character)
    if _FROM_AREAS_HELD_BY.search(before):
        return True
    if not _FROM_BEFORE_HELD.search(before):
        return False
    # "a missile launched from government positions": the name is the place the fire came from
    return (
        bool(_HELD_AFTER.match(masked, a.end) or _POSITIONS_AFTER.match(masked, a.end))
        or masked[a.start : a.end].lower().endswith(("positions", "posts"))
    )


def outlet_label(printed: str, outlets: OutletTable) -> str:
    """An outlet as printed ("Kurdistan 24"), or the registry's full name for an acronym ("AFP")."""
    printed = printed.strip()
    known = outlets.match(printed)
    return known.name if known is not None and len(printed) < 5 else printed


@dataclass(frozen=True, slots=True)
class _Modifier:
    """A modifier pattern whole, as its literals gate it and as a text a literal test cannot be trusted on is searched
    with it, and kept as its alternatives (``split``): each searched only where its own literals are, the whole
    pattern's matches (a unit's text with the words of one alternative would otherwise be tried for them all)."""

    whole: Prefiltered
    split: PrefilteredAlternation

    @classmethod
    def compile(cls, pattern: str, flags: int = re.IGNORECASE) -> _Modifier:
        split = PrefilteredAlternation.compile(pattern, flags, least=1)
        assert split is not None  # (no alternative matches the empty string)
        return cls(Prefiltered(split.pattern, required_literal_sets(pattern)), split)


# "backed by Russian air strikes", "with artillery cover": how an action was supported, not the action.
_MODIFIER = _Modifier.compile(
    # the supporter's noun phrase, not the verb after it: "backed by Russian air strikes recaptured ..."
    r"\b(?:backed|supported|covered|assisted|aided) by(?:\s+(?!\w+ed\b)[\w'’-]+){1,6}|\bunder (?:the )?cover of\b[^,.;]{0,40}"
    r"|\bwith the (?:support|backing|assistance) of\b[^,.;]{0,40}"

    # "a candlelit vigil for protesters killed in Baghdad": whom the crowd mourned, not this crowd's dead
    r"|\bfor\s+(?:the\s+)?(?:protesters|demonstrators|victims|those|people|martyrs|activists)\s+(?:who\s+(?:were|had\s+been)\s+)?"
    r"killed\b[^,.;]{0,60}"
    # "an activist who had helped organize the sit-in": who the victim was, not the incident
    r"|\bwho (?:had |has )?(?:helped (?:to )?)?(?:organi[sz]ed?|led|joined|taken part in|took part in|participated in)\b"
    r"(?:(?!\b(?:was|were)\b)[^,.;]){0,60}"
    # "Hours after the blast, Turkish artillery shelled ...", "clashes broke out ... after the arrest of ...",
    # "took over the neighbourhood after heavy fighting": an earlier event named as the time of this one
    r"|\b(?:after|following)\s+(?:the|a|an|heavy|fierce|intense|violent|(?:\w+\s+)?(?:days|hours|weeks|months) of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:blast|explosion|bombing|attack|arrest|clashes|fighting|battles?|shelling|strikes?|raid|killing|assassination|"
    r"abduction|kidnapping|ambush|assault|incursion)(?:s|es)?\b"
    # "clashed ... after HTS detained a Hurras al-Din commander", "retook Palmyra despite Russian air strikes"
    # (not "took control of two villages after battles that killed 11 of their fighters": the fighting that won them)
    r"|\bafter\s+(?!(?:heavy\s+|fierce\s+|intense\s+)?(?:battles|fighting|clashes|combat)\s+(?:that|which)\b)"
    r"(?:[\w'’-]+\s+){1,3}?(?:detained|arrested|abducted|kidnapped|killed|attacked|shelled)\b"
    # "shot dead 25 demonstrators ..., hours after protesters set fire to Iran's consulate": the night before
    # ("... on Sunday, two days after a rocket barrage on an Iraqi base near Kirkuk killed an American contractor")
    r"|\b(?:hours|days|a day|weeks)\s+after\s+(?:[\w'’-]+\s+){1,9}?(?:set fire|torched|burned|stormed|attacked|fired|launched|"
    r"killed|struck|hit)\b"
    r"[^.;]{0,80}"
    r"|\bdespite\s+[^,.;]{0,40}",
    re.I,
)


# "Lebanese soldiers abducted in 2014": an act dated by a year alone, an earlier one than the report's
# Modifiers that are rarer, gated by their own words (kept apart so the common ones keep their cheap gate)
_MODIFIER_RARE = _Modifier.compile(
    # "arrested four men suspected of throwing a hand grenade ...": what they are held for, told before
    r"\b(?:suspected|accused) of\s+[^,.;]{0,100}"
    # "captured an ISIS cell leader responsible for assassinations and extortion": what he had done, not this incident
    r"|\b(?:responsible|wanted|sought) for\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"(?=\s+(?:in|during|near|at|on|with|by|and|after|before|when)\b|\s*[,.;]|\s*$)"
    r"|,\s+an?\s+(?:attack|bombing|explosion|blast|strike)\s+(?:that|which)\s+had\b[^,.;]{0,80}"  # what it was
    # "... on the Baiji refinery since the ISF and PMF recaptured it in October": the place's past, as a time
    r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:recaptured|retook|captured|seized|liberated|took\s+over)\b[^,.;]{0,60}"
    # "positions on the edge of Sinjar town, which the Peshmerga recaptured in mid-November": the place's past
    r"|,\s+which\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+)?(?:recaptured|retook|captured|seized|liberated|overran|took\s+over)\b"
    r"[^,.;]{0,60}"
    # "looted homes ... two days after the factions had captured the town": an earlier event, as the time of this one
    r"|\b(?:hours?|days?|weeks?|months?)\s+after\s+[^,.;]{0,80}?\bhad\s+(?:been\s+)?\w+ed\b[^,.;]{0,40}"
    # "detained 27 suspects ..., days after the bodies of two girls were found inside": what led to it
    r"|\b(?:hours?|days?|weeks?|a\s+day|a\s+week)\s+after\s+(?:the|a|an|two|three|\d+)\s+[^,.;]{0,60}?\b(?:was|were)\s+"
    r"(?:found|killed|shot|abducted|kidnapped|attacked)\b[^,.;]{0,40}"
    # "after government forces had entered As-Suwayda city, members of those forces killed ...": what came before
    r"|\bafter\s+(?:[\w'’-]+\s+){1,5}?had\s+(?:already\s+)?(?:entered|taken|captured|seized|reached|arrived)\b[^,.;]{0,40}"
    # "On 19 November 2005, after a roadside bomb hit their convoy ..., Marines shot dead ...": what led to it
    r"|(?<=, )after\s+(?:a|an|the|two|three)\s+[^,.;]{3,140}?,(?=\s+(?!\w+ing\b)\w)",
    re.I,
)
# Asides kept apart, each searched only where its own words are (a longer alternation slows every unit's search):
_MODIFIER_ASIDE = PrefilteredAny.compile(
    # "publicly shot dead seven men, accusing them of throwing grenades": what they were accused of
    r"\baccusing\s+(?:them|him|her|the\s+\w+)\s+of\s+[^.;]{0,100}|"
    # "In a separate attack on the night of ..., Israeli jets struck ...": the attack is the one the sentence tells
    r"\bin\s+(?:a|another)\s+(?:separate|second|further|similar|new)\s+(?:\w+\s+)?(?:attack|incident|strike|raid|bombing|"
    r"assault)s?\b|"
    # "drove the militants out of several streets, as warplanes kept up their bombardment": what went on meanwhile
    r",?\s+as\s+(?:[\w'’.-]+\s+){0,4}?(?:kept\s+up|continued|pressed\s+on\s+with|stepped\s+up|carried\s+on)\b[^.;]{0,120}"
    # "detained a journalist after he filmed the aftermath of an air strike", "the airbase from which the sarin attack had
    # been flown": an earlier incident named to say who or where
    r"|\baftermath\s+of\s+[^,.;]{0,60}|\bfrom\s+which\s+[^,.;]{0,100}"
    # "carried out a missile attack on an airbase in response to a suspected chemical attack": what it answered
    r"|\bin\s+(?:response|retaliation|reprisal)\s+(?:to|for)\s+[^,.;]{0,100}"
    # "In al-Alam, a town north of Tikrit that government forces retook last week, snipers opened fire ...": the town's
    # past, not this incident
    r"|,\s+(?:an?\s+)?(?:town|city|village|district|area|neighbou?rhood)\s+[^,;.]{0,40}?\b(?:that|which)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:retook|recaptured|captured|seized|took|liberated|overran|had\s+(?:retaken|recaptured|"
    r"captured|seized|taken|liberated|overrun))\b[^,;.]{0,40}"
    # "found the launch pad used in this morning's attack": the attack already told
    r"|\bused\s+in\s+(?:the|this|that|[\w]+['’]s)\s+(?:[\w-]+\s+)?(?:attack|strike|bombing|shelling|assault)s?\b",
    re.I,
)
# "ISIS later published photos of weapons and ammunition its operatives had seized in the town": the spoils shown,
# no capture told
_SPOILS_SHOWN = compile_gated(
    r"\b(?:photos?|pictures?|images?|videos?|footage|clips?)\s+(?:of|showing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:weapons|arms|"
    r"ammunition|spoils|booty|equipment|vehicles|materiel)\b[^.;]{0,100}",
    re.I,
)
_SHOWN_WORDS = ("photo", "picture", "image", "video", "footage", "clip")
# "took Raqqa ..., with coalition air support": how it was supported, not a strike told
_MODIFIER_SUPPORT = _Modifier.compile(
    r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:air|aerial|artillery|drone)\s+(?:support|cover|backing)\b"
    # "Iraqi troops backed by U.S.-led coalition airstrikes pushed ...": how the troops were supported
    r"|\b(?:backed|supported|aided|covered)\s+by\s+(?:[\w.'’-]+\s+){0,3}?(?:air\s*strikes|airstrikes|air\s+power|warplanes|"
    r"drones|artillery|helicopters)\b",
    re.I,
)
# The patterns every unit is searched with: the modifiers, in the order their matches are listed, then the speaker
# lead and the assessment; which of them a unit's literals let through (``Prefiltered.possible`` of each) is read
# from one Aho-Corasick pass instead of a loop of ``in`` tests per pattern
_SPLIT_MODIFIERS = (_MODIFIER, _MODIFIER_RARE, _MODIFIER_SUPPORT)
_UNIT_GATED: tuple[Prefiltered, ...] = (
    *(m.whole for m in _SPLIT_MODIFIERS), *_MODIFIER_ASIDE.parts, _SPEAKER_LEAD, _ASSESSED
)
_SPEAKER_AT = len(_UNIT_GATED) - 2  # (the modifiers' indices are those below it)
_ASSESSED_AT = len(_UNIT_GATED) - 1
# ... and after them the alternatives of the split modifiers, whose own literals say which of them to search:
# (the first index of each split modifier's alternatives, how many there are)
_SPLIT_PARTS: list[tuple[int, int]] = []
for _m in _SPLIT_MODIFIERS:
    _SPLIT_PARTS.append((len(_UNIT_GATED) + sum(n for _, n in _SPLIT_PARTS), len(_m.split.parts)))
_UNIT_GATES = LiteralIndex(
    [p.literals for p in _UNIT_GATED] + [p.literals for m in _SPLIT_MODIFIERS for p in m.split.parts],
    [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in _UNIT_GATED]
    + [p.literal_sets[1] if len(p.literal_sets) > 1 else None for m in _SPLIT_MODIFIERS for p in m.split.parts],
)
# each cue book's ``_unit_literals``, with the book (whose id keys it)
_UNIT_LITERALS: dict[int, tuple[CueBook, JointIndex]] = {}


def _unit_literals(book: CueBook) -> JointIndex:
    """The literals of every index a unit's text is read with, in one automaton (built once per cue book)."""
    got = _UNIT_LITERALS.get(id(book))
    if got is None:
        if len(_UNIT_LITERALS) >= 8:
            _UNIT_LITERALS.clear()  # (tests build many knowledge bases; a run has one)
        joint = JointIndex([_UNIT_GATES, book.unit_index, _AGGREGATE.index, DATE_LITERALS, _UNIT_WORDS])
        got = _UNIT_LITERALS[id(book)] = (book, joint)
    return got[1]


_IN_YEAR = compile_gated(r"\s+(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b(?![-/]\d)")
_IN_YEAR_BEFORE = compile_gated(r"\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d)\s+$")
# "an armed group formed among Yezidis in 2014 during the Islamic State assault on Sinjar": the year's own assault
_IN_YEAR_DURING = compile_gated(
    r"\bin\s+(?P<year>(?:19|20)\d\d)\s+(?:during|amid|in)\s+the\s+(?:[\w'’.-]+\s+){0,3}$"
)
# "A Turkish drone strike on a vehicle in Sinjar in 2022 killed ...": the year after the strike's target and place
_IN_YEAR_AFTER = compile_gated(
    r"[^.;,]{1,40}?\s+(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b(?![-/]\d)(?=\s+(?:killed|"
    r"wounded|injured|left|claimed|destroyed|hit|targeted)\b)"
)


_YEAR_OPENING = compile_gated(r"\s*(?:[Ii]n|[Bb]ack in|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d),\s")


_YEAR_NAMES_IT = compile_gated(
    r"\b(?:a|an|the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:attack|raid|strike|airstrike|bombing|"
    r"massacre|assault|ambush|shelling|explosion|blast|clash(?:es)?|offensive)s?\b"
)


_STILL_HELD = compile_gated(
    r"[^.;]{0,80}?\b(?:are|is|remain|remains)\s+still\s+(?:being\s+)?(?:held|missing|detained|in\s+captivity|unaccounted)",
    re.I,
)
_THE_ATTACKERS = compile_gated(
    r"\b(?:(?:several|some|two|three|four|most|one|many|all)\s+of\s+)?the\s+(?:assailants|attackers|raiders|"
    r"infiltrators)\s+(?:had\s+|have\s+|then\s+)?(?:\w+\s+){0,1}$",
    re.I,
)
_ATTACKER_NOUNS = ("assailants", "attackers", "raiders", "infiltrators")  # (one is in every match of the above)
_SAID_BETWEEN = compile_gated(r"\b(?:said|told|reported|say|says)\b(?:\s+that)?\s+(?:an?|the)\b", re.I)
_PLUPERFECT = compile_gated(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ne|wn|ught|pt|lt|ft)\b[^.;]*$", re.I)
_DATED_WHEN = compile_gated(
    r"(?:\b(?:since|in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?P<year>(?:19|20)\d\d)"
    # "since December, when U.S. strikes killed 25 Kataib Hezbollah fighters": a month gone by, the year not needed
    r"|\bsince\s+(?:early\s+|late\s+|mid-)?(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
    # "the cradle of the 2011 uprising, when security forces fired on protesters"
    r"|\bthe\s+(?P<year2>(?:19|20)\d\d)\s+(?:uprising|revolution|war|protests|offensive|campaign|invasion|siege))"
    r",?\s+when\s+(?:[^.;]|(?<=\b[A-Z])\.){0,120}$",  # ("when U.S. strikes killed ...": initials, no full stop)
    re.I,
)


_LAUNCHED_ON = compile_gated(
    r"\blaunched\s+(?:[\w'’-]+\s+){0,4}?(?:operation|offensive|campaign)\b(?:\s+[\w'’-]+){0,3}?\s+(?:on|in)\s+", re.I
)


def _long_ago(masked: str, c: CueMatch, published: dt.date | None) -> bool:
    if published is None:
        return False
    if masked[c.end : c.end + 4] == " of " and any(ch.isdigit() for ch in masked[c.end + 4 : c.end + 24]):
        # "samples connected with the suspected chemical attack of April 7, 2018": an incident named by its day,
        # weeks before the report, is recalled, not told
        day = find_dates(masked[c.end + 4 : c.end + 30], ctx=DateContext(published=published, default_year=published.year))
        if day and day[0].span is not None and day[0].span.start == 0 and (published - day[0].end).days > 7:
            return True
    if "launched" in masked and (launch := _LAUNCHED_ON.search(masked, max(0, c.start - 80))) is not None:
        # "Turkey launched Operation Claw-Lock on April 17 against PKK hideouts" in a June story: the campaign's
        # start, recalled
        day = find_dates(masked[launch.end() : launch.end() + 30], ctx=DateContext(published=published, default_year=published.year))
        if day and day[0].span is not None and day[0].span.start == 0 and (published - day[0].end).days > 21:
            return True
    # every year pattern below needs a year's first two digits
    year = "19" in masked or "20" in masked
    opening = _YEAR_OPENING.match(masked) if year else None  # "In 2022, clashes between two clans ... killed six people"
    if opening is not None and c.start >= opening.end() and int(opening.group("year")) < published.year:
        return True
    # "The same market was hit in a 2016 air raid that killed 44": a year that names the action
    named = _YEAR_NAMES_IT.search(masked, max(0, c.start - 60), c.end) if c.start >= 6 and year else None
    if named is not None and int(named.group("year")) < published.year:
        return True
    if " in " not in masked and " since " not in masked and " during " not in masked:
        return False
    if " when " in masked and c.start >= 12:
        # "under Kurdish control since June 2014, when federal troops withdrew": the year the clause is of
        dated = _DATED_WHEN.search(masked, max(0, c.start - 140), c.start)
        if dated is not None and (
            dated.group("month") is not None or int(dated.group("year") or dated.group("year2")) < published.year
        ):
            return True
    if not year:
        return False
    m = (
        _IN_YEAR.match(masked, c.end)
        or _IN_YEAR_AFTER.match(masked, c.end)
        or _IN_YEAR.search(masked, c.start, c.end)  # "drone strike on a vehicle in Sinjar in 2022 killed"
        or _IN_YEAR_BEFORE.search(masked, max(0, c.start - 14), c.start)  # "... in 2022 killed"
        or (
            _IN_YEAR_DURING.search(masked, max(0, c.start - 60), c.start)
            if " in 20" in masked or " in 19" in masked
            else None
        )
    )
    return m is not None and int(m.group("year")) < published.year


def _demoted(c: CueMatch) -> CueMatch:
    from dataclasses import replace as _replace

    return CueMatch(_replace(c.cue, priority=c.cue.priority - 50), c.start, c.end, c.text)


_WHEN_CLAUSE = compile_gated(r"\bwhen\s+(?:[\w'’-]+\s+){0,6}$", re.I)
# "US, British and French warships": the nationalities before the one that names the force share its noun
_NATION_LIST_BEFORE = compile_gated(r"((?:\b(?:US|U\.S\.|UK|[A-Z][a-z]+)\s*,\s*)*\b(?:US|U\.S\.|UK|[A-Z][a-z]+)\s*,?\s+and\s+)$")
_NATION = compile_gated(r"\b(?:US|U\.S\.|UK|[A-Z][a-z]+)\b")
_SAID_TO_BE = compile_gated(
    r"\b(?:[Ww]arplanes?|[Jj]ets?|[Aa]ircraft|[Pp]lanes?|[Dd]rones?|[Hh]elicopters?),?\s+(?:(?:that|which)\s+[^,.;]{0,80}?\b)?(?:said|believed|believe|"
    r"thought|described as|identified)\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?)?(?:were|was|to be|to have been|as)\s+"
    r"(?P<nat>Israeli|Russian|Turkish|American|US|Iranian|Syrian|Iraqi|Jordanian|British|French)\b"
    # "Our observers identified the aircraft as Russian"
    r"|\bidentified\s+(?:the\s+)?(?:warplanes|jets|aircraft|planes|drones|helicopters)\s+as\s+(?:being\s+)?"
    r"(?P<nat2>Israeli|Russian|Turkish|American|US|Iranian|Syrian|Iraqi|Jordanian|British|French)\b"
)
# peoples, sects and adjectives that precede "tribe"/"tribal fighters" without naming a tribe
_NOT_A_TRIBE = (
    r"(?!(?:Arab|Arabs|Kurdish|Kurds|Sunni|Shi'?ite|Shiite|Shia|Bedouin|Local|Syrian|Iraqi|Turkmen|Yazidi|Christian|"
    r"Druze|Armed|Rival|Several|Two|Some|The|Other|Allied|Pro|Loyalist)\b)"
)
_NAMED_TRIBE = compile_gated(
    r"\b(?:(?:fighters|members|gunmen|militiamen|men|sons|tribesmen)\s+(?:of|from)\s+the\s+"
    r"(?P<tribe>(?:Al-|al-|Al |Albu |Bani |Beni )?" + _NOT_A_TRIBE + r"[A-Z][\w'’-]+)\s+(?:tribe|clan)\b"
    r"|\b(?P<tribe2>(?:Al-|al-|Albu |Bani )?" + _NOT_A_TRIBE + r"[A-Z][\w'’-]+)\s+"
    r"(?:tribal\s+(?:fighters|gunmen|militiamen|forces)|tribesmen)\b)"
)


_CALLING_ITSELF = compile_gated(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:little-known|previously\s+unknown|new|obscure|shadowy|hitherto\s+unknown)\s+)?"
    r"(?:armed\s+)?(?:group|faction|militia|outfit|organi[sz]ation)\s+(?:calling\s+itself|known\s+as)\s+"
    r"(?P<name>[\"“]?[A-Z][\w'’-]*(?:\s+(?:al-|of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,4}[\"”]?)"
)
_OUR_FORCE = compile_gated(
    r"\b[Oo]ur\s+(?:(?:heroic|brave|own|security|military|armed|special|air|defen[cs]e|border|fire-support|combat)\s+)*"
    r"(?:forces|units|troops|commandos|fighters|soldiers|comrades?|martyrs?|base(?:\s+area)?|bases|positions?|posts?|"
    r"personnel|heroes|army|aircraft|drones?|vehicles|artillery|warplanes|jets|helicopters|teams?|UAVs?|howitzers|"
    r"(?:multiple\s+)?rocket\s+launchers|MLRS|tanks|F-16s|"
    r"Air\s+Force|comrades-in-arms|commando\s+units|fire\s+support\s+vehicles|(?:retaliatory|return)\s+fire)\b"
)


def _find_actors(
    masked: str, ctx: DocContext, country: str | None, lowered: str, generic: list[GenericActor]
) -> list[ActorMatch]:
    """Actors from the alias table, plus common phrases for forces ("Iraqi F-16 jets") the table lacks.

    ``lowered``: ``masked`` lower-cased; ``generic``: the phrases that may occur there (``CueBook.generic_candidates``).
    """
    found = ctx.actors.find(masked, country=country, lowered=lowered)
    extra = []
    for g in ctx.glossary_matches(masked):
        # The report's own definition wins: its "IDF" (indirect fire) is no army, its "IA" is the Iraqi Army.
        found = [a for a in found if not (a.start < g.end() and g.start() < a.end and a.text == g.group(0))]
        meant = ctx.glossary_actor(g.group(0), country)
        if meant is not None and not any(a.start < g.end() and g.start() < a.end for a in found):
            found.append(ActorMatch(g.start(), g.end(), g.group(0), meant.canonical, meant.kind, meant.inter,
                                    meant.country))
    found.sort(key=lambda a: a.start)
    if len(found) >= 2 and " of " in masked and any(a.text.lower() in _GENERIC_MEMBERS for a in found):
        # "Terrorists of the Turkistan Islamic Party", "militants of Jabhat al-Nusra": the group named after the noun
        found = [
            a for a, b in zip(found, [*found[1:], None], strict=True)
            if not (
                b is not None
                and a.text.lower() in _GENERIC_MEMBERS
                and _OF_THE.fullmatch(masked, a.end, b.start)
            )
        ]
    if len(found) >= 2 and " of " in masked and any(a.text.lower() in _GENERIC_REBELS for a in found):
        found = [
            b for a, b in zip([None, *found[:-1]], found, strict=True)
            if not (
                a is not None
                and a.text.lower() in _GENERIC_REBELS
                and b.kind == a.kind
                and _OF_THE.fullmatch(masked, a.end, b.start)
            )
        ]
    if len(found) >= 2 and ("affiliate" in lowered or "branch" in lowered or "offshoot" in lowered or " wing" in lowered
                            or "franchise" in lowered or " arm" in lowered):
        found = [
            a for a, b in zip(found, [*found[1:], None], strict=True)
            if not (b is not None and _AFFILIATE_OF.fullmatch(masked, a.end, b.start))
        ]
    if ctx.publisher is not None and "our " in lowered:
        # "fired on our base area", "neutralized by our commandos": the issuing party's own
        p = ctx.publisher
        for m in _OUR_FORCE.finditer(masked):
            found = [a for a in found if not (a.start < m.end() and m.start() < a.end)]
            found.append(ActorMatch(m.start(), m.end(), m.group(0), p.canonical, p.kind, p.inter, p.country))
        found.sort(key=lambda a: a.start)
    if ctx.publisher is not None and ctx.publisher.canonical == "Military Forces of Turkey" and "terrorist" in lowered:
        # Turkey's own statements call the PKK and the YPG "terrorists", not the Islamic State
        meant = ctx.actors.get("Kurdistan Workers' Party (PKK)" if country != "Syria" else "People's Protection Units (YPG)")
        if meant is not None:
            found = [
                ActorMatch(a.start, a.end, a.text, meant.canonical, meant.kind, meant.inter, meant.country)
                if a.text.lower() in {"terrorist", "terrorists"} else a
                for a in found
            ]
    # (where lower-casing keeps every offset, a phrase's case-sensitive copy finds its matches in ``lowered``)
    plain = bool(generic) and folds_plainly(masked)
    for g in generic:
        on_lowered = g.on_lowered if plain else None
        for m in g.pattern.finditer(masked) if on_lowered is None else on_lowered.finditer(lowered):
            inside = [a for a in found if m.start() <= a.start and a.end <= m.end()]
            if (
                inside
                and "{country}" not in g.canonical
                and all(a.canonical.startswith(("Military Forces of", "Police Forces of")) for a in inside)
            ) or (
                inside
                and g.kind == "Identity militia"
                and all(a.canonical.startswith("Unidentified Armed Group") for a in inside)
            ):
                # "Turkish soldier": the nationality names the force the table's bare "soldier" cannot;
                # "gunmen from two clans": the clans name who the gunmen are
                found = [a for a in found if a not in inside]
            if any(m.start() < a.end and a.start < m.end() for a in found + extra):
                continue
            extra.append(
                ActorMatch(
                    m.start(),
                    m.end(),
                    masked[m.start() : m.end()],
                    fill_country(g.canonical, country),
                    g.kind,
                    0,
                    country,
                )
            )
    for m in _SAID_TO_BE.finditer(masked) if " said w" in lowered or " to be " in lowered or "believe" in lowered or "identified" in lowered else ():
        # "warplanes that the Observatory said were Israeli": the nationality a source gives the aircraft
        named = ctx.actors.find(f"{m.group('nat') or m.group('nat2')} army", country=country)
        if named:
            found = [a for a in found if not (m.start() <= a.start < m.end())]
            extra = [a for a in extra if not (m.start() <= a.start < m.end())]
            n = named[0]
            extra.append(ActorMatch(m.start(), m.end(), m.group(0), n.canonical, n.kind, n.inter, n.country))
    for a in [a for a in found + extra if a.canonical.startswith("Military Forces of")] if " and " in masked else ():
        lst = _NATION_LIST_BEFORE.search(masked, max(0, a.start - 80), a.start)
        for n in _NATION.finditer(masked, lst.start(), lst.end()) if lst else ():
            if any(b.start < n.end() and n.start() < b.end for b in found + extra):
                continue
            # ("Syrian and Russian aircraft": the noun the list shares, or "forces")
            head = a.text.split(" ", 1)[1] if " " in a.text else "forces"
            named = ctx.actors.find(f"{n.group(0)} {head}", country=country) or ctx.actors.find(
                f"{n.group(0)} forces", country=country
            )
            if len(named) == 1 and named[0].end - named[0].start > len(n.group(0)) and named[0].canonical.startswith(
                "Military Forces of"
            ):
                x = named[0]
                extra.append(ActorMatch(n.start(), n.end(), n.group(0), x.canonical, x.kind, x.inter, x.country))
    for m in _NAMED_TRIBE.finditer(masked) if country and ("trib" in lowered or "clan" in lowered) else ():
        # "fighters of the Al-Uqaydat tribe": a tribal militia ACLED names after its tribe
        tribe = m.group("tribe") or m.group("tribe2")
        taken = [a for a in found + extra if m.start() < a.end and a.start < m.end()]
        if any(not a.canonical.startswith("Unidentified") for a in taken):
            continue
        found = [a for a in found if a not in taken]
        extra = [a for a in extra if a not in taken]
        extra.append(
            ActorMatch(m.start(), m.end(), m.group(0), f"{tribe} Tribal Militia ({country})", "Identity militia", 4,
                       country)
        )
    for m in _CALLING_ITSELF.finditer(masked) if "calling itself" in lowered or "known as" in lowered else ():
        # "A little-known group calling itself Ashab al-Kahf claimed the attack": a name no table holds, as written
        name = m.group("name").strip("\"“”'’ ")
        found = [a for a in found if not (m.start() < a.end and a.start < m.end())]
        extra = [a for a in extra if not (m.start() < a.end and a.start < m.end())]
        extra.append(ActorMatch(m.start(), m.end(), m.group(0), name, "Political militia", 3, country))
    if "host" in lowered or "hous" in lowered:
        # "Camp Taji, a military base ... that hosts U.S.-led coalition troops": the forces it hosts, not the
        # host country's army, are who the base stands for
        hosted = [a for a in found + extra if _HOSTED_BY.search(masked, max(0, a.start - 80), a.start)]
        if hosted:
            found = [a for a in found if not (_BASE_NOUN.fullmatch(a.text) and a.end <= hosted[0].start)]
            extra = [a for a in extra if not (_BASE_NOUN.fullmatch(a.text) and a.end <= hosted[0].start)]
    merged: list[ActorMatch] = []
    for a in sorted(found + extra, key=lambda a: a.start):
        if a.kind == "Civilians" and country and not a.canonical.endswith(f"({country})"):
            a = ActorMatch(a.start, a.end, a.text, f"Civilians ({country})", a.kind, a.inter, country)
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.canonical != a.canonical
            and _OWNER_GAP.fullmatch(masked, prev.end, a.start)
            and (
                (a.kind in ("State forces", "External/Other forces") and _PLATFORM.fullmatch(prev.text))
                # "The General Security Service of Hayat Tahrir al-Sham": a group's own security apparatus
                or _SECURITY_ARM.fullmatch(prev.text)
            )
        ):
            # "Warplanes of the Russian Air Force": the force named after "of" owns the aircraft the table would
            # give to the country's own air force
            merged[-1] = ActorMatch(prev.start, a.end, masked[prev.start : a.end], a.canonical, a.kind, a.inter,
                                    a.country)
            continue
        if (
            prev is not None
            and prev.kind == "External/Other forces"
            and a.kind == "State forces"
            and not masked[prev.end : a.start].strip()
            and _BARE_FORCE.fullmatch(a.text)
        ):
            # "U.S.-led coalition troops": the bare noun is the named force's, not the host country's army
            merged[-1] = ActorMatch(prev.start, a.end, masked[prev.start : a.end], prev.canonical, prev.kind,
                                    prev.inter, prev.country)
            continue
        if (
            prev is not None
            and prev.canonical.startswith("Unidentified Armed Group")
            and not a.canonical.startswith("Unidentified")
            and a.kind not in _NOT_FORCES
            and _OWNER_GAP.fullmatch(masked, prev.end, a.start)
            and _MEMBERS.fullmatch(prev.text)
        ):
            # "operatives of the Headquarters for the Liberation of Al-Sham": the group's own men
            merged[-1] = ActorMatch(prev.start, a.end, masked[prev.start : a.end], a.canonical, a.kind, a.inter,
                                    a.country)
            continue
        if prev is not None and not masked[prev.end : a.start].strip() and a.canonical.startswith("Unidentified"):
            # "ISIS gunmen", "IS militants": the generic noun belongs to the name before it.
            merged[-1] = ActorMatch(prev.start, a.end, masked[prev.start : a.end], prev.canonical, prev.kind,
                                    prev.inter, prev.country)
            continue
        merged.append(a)
    return merged


_HOSTED_BY = compile_gated(r"\b(?:that|which)\s+(?:hosts|houses|hosted|housed)\s+(?:[\w.-]+\s+){0,2}?$|\b(?:hosting|housing)\s+$", re.I)
_BASE_NOUN = compile_gated(r"(?:(?:an?|the)\s+)?(?:military\s+|army\s+|air\s+)?(?:base|camp|airbase|garrison)", re.I)
_BARE_FORCE = compile_gated(r"(?:troops|soldiers?|forces|personnel|servicemen|service members|units?)", re.I)
_SECURITY_ARM = compile_gated(r"(?:the\s+)?(?:General|Public|Internal)\s+Security(?:\s+(?:Service|forces|Apparatus))?", re.I)
_AFTER_FIGHTING = compile_gated(
    r"\bafter\s+(?:\w+\s+){0,3}?(?:days?|hours?|weeks?|months?)\s+of\s+(?:heavy\s+|fierce\s+)?(?:fighting|clashes|battles?|combat)\b"
    r"|\bafter\s+(?:heavy|fierce|intense|brief|short|limited|some|sporadic)\s+(?:fighting|clashes|battles)\b",
    re.I,
)
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_LATER = compile_gated(r"\b(?:later|subsequently|then|afterwards|after that|in the aftermath)\b[^.;]{0,30}$", re.I)
_AFTER_THE_VIOLENCE = compile_gated(
    r"^[^.;]{0,40}?\b(?:after|following)\s+the\s+(?:fighting|clash(?:es)?|attack|incident|dispute|shooting|killing)",
    re.I,
)


def _arrests_follow(group: list[Unit]) -> bool:
    """Every arrest cue of the group tells what came after (or led to) its violence, not the event itself."""
    seen_violence = False
    for u in group:
        # (not a cue inside a modifier: "arrested men suspected of throwing a grenade" holds no grenade attack)
        violent = [c for c in u.openers if c.cue.event_type in _VIOLENT_TYPES and c.cue.priority >= 40]
        for c in u.cues:
            if c.cue.sub != "Arrests":
                continue
            before = [v for v in violent if v.start < c.start]
            after = [v for v in violent if v.start > c.end]
            follows = seen_violence or (
                bool(before)
                and (_LATER.search(u.masked, max(0, c.start - 40), c.start) is not None
                     or _AFTER_THE_VIOLENCE.match(u.masked[c.end :]) is not None)
            )
            leads_to = any(v.cue.sub in {"@attack", "Attack"} for v in after)  # "rounded up ... shot them dead"
            if not (follows or leads_to):
                return False
        seen_violence = seen_violence or bool(violent)
    return True


_MEMBERS = compile_gated(
    r"(?:(?:armed|masked|unknown|unidentified)\s+)?(?:operatives|fighters|militants|members|gunmen|elements|men|cells?)", re.I
)
# ("armed men belonging to an SNA faction", "gunmen affiliated with the Hamza Division")
_OWNER_GAP = compile_gated(r"\s+(?:of|from|belonging to|affiliated with|loyal to)\s+(?:the\s+|an?\s+)?")
_PLATFORM = compile_gated(
    r"(?:warplanes?|war ?planes?|jets?|aircraft|planes?|helicopters?|gunships?|drones?|bombers?|fighter jets?|units?|"
    r"troops|soldiers?|forces|artillery|batteries)",
    re.I,
)


_RESPONDED = compile_gated(
    r"\s+(?:(?:later|then|also|quickly|immediately|subsequently)\s+)?(?:found|discovered|located|seized|arrested|"
    r"detained|cordoned off|sealed off|defused|dismantled|opened an investigation|launched an investigation|"
    r"began an investigation|rushed|arrived|responded|evacuated|transported|deployed|recovered|retrieved)\b",
    re.I,
)
_CLAN_FEUD = compile_gated(
    r"\b(?:dispute|feud|quarrel|fight|fighting|clash(?:es)?|gunfight|exchange of fire)\s+between\s+(?:members\s+of\s+)?"
    r"(?:two\s+|rival\s+)(?:[\w-]+\s+)?(?:clans|tribes|families)\b|\b(?:clan|tribal)\s+(?:dispute|feud|fight|fighting)\b",
    re.I,
)
_REPELLED_WORD = compile_gated(r"\b(?:repelled|repulsed|foiled|thwarted|fought off|pushed back|beat back|beaten back)\b", re.I)
_BEAT_BACK_WORD = compile_gated(r"repelled|repulsed|fought off|pushed back|beat back|stopped|halted|blunted", re.I)
_BEAT_BACK_WORDS = ("repelled", "repulsed", "fought off", "pushed back", "beat back", "stopped", "halted", "blunted")
_BEAT_BACK = compile_gated(
    r"\b(?:repelled|repulsed|fought off|pushed back|beat back|stopped|halted|blunted)\s+(?:them|it|the\s+(?:attack|assault|"
    r"attackers|raid|offensive|advance|push|incursion))\b",
    re.I,
)
_FOUND_AFTER = compile_gated(
    r"\s*,?\s*(?:\w+\s+){0,2}?(?:pulled|found|recovered|retrieved|discovered|dug out|unearthed)\s+(?:the\s+)?"
    r"(?:bodies|body|remains|corpses?)\b",
    re.I,
)
_OTHER_LATER = compile_gated(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+later\s+(?!said|told|reported)\w+ed\b", re.I)
_ALSO_DID = compile_gated(r"^\s*(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+also\s+(?:\w+ed|struck|hit|shot|blew|threw)\b")
_SOON_AFTER = compile_gated(
    r"^\s*(?:(?:minutes|moments|hours|shortly|soon)\s+(?:later|after(?:wards?)?)|later\s+(?:in\s+the|that|the\s+same)\s+day)\b",
    re.I,
)


# Word sets a unit's lower-cased text is tested for, and patterns its masked text is read with later, for its events:
# which of them may be there is read from the unit's one Aho-Corasick pass (``_unit_literals``), not from loops of
# ``in`` tests (a pattern's first two literal sets, as ``Prefiltered.possible`` tests them; the pattern decides)
_UNIT_WORD_SETS: tuple[tuple[str, ...], ...] = (
    _ATTRIB_WORDS, _SPEECH_STEMS, _CHARGE_WORDS, _SHOWN_WORDS, _RUNNING_TOTAL_VERBS, _ATTACKER_NOUNS, _FORESEE_STEMS,
    _CROWD_COUNT_WORDS, _BEAT_BACK_WORDS,
)
_UNIT_READ_LATER = (_PERPETRATOR, _CLAIMED, _PROVINCE_IN_TEXT, _PART_OF_PROVINCE, _UNKNOWN_PLACE, _RECIPROCAL_FIGHT)
assert all(p.literal_sets for p in _UNIT_READ_LATER)  # (a pattern without literals would never be found)
_UNIT_WORDS = LiteralIndex(
    [*_UNIT_WORD_SETS, *(p.literals for p in _UNIT_READ_LATER)],
    [None] * len(_UNIT_WORD_SETS) + [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in _UNIT_READ_LATER],
)
# each word set's and pattern's bit in the mask ``Unit.words`` holds
(
    _W_ATTRIB, _W_SPEECH, _W_CHARGE, _W_SHOWN, _W_RUNNING_TOTAL, _W_ATTACKERS, _W_FORESEE, _W_CROWD_COUNT, _W_BEAT_BACK,
    _W_PERPETRATOR, _W_CLAIMED, _W_PROVINCE_IN_TEXT, _W_PART_OF_PROVINCE, _W_UNKNOWN_PLACE, _W_RECIPROCAL_FIGHT,
) = (1 << i for i in range(15))


def _another_place_and_toll(u: Unit, current: list[Unit], gaz: Gazetteer, country: str | None) -> bool:
    """A sentence that tells an action at a place of its own with its own toll is another incident:
    "... near a bus station in Shula, killing six. A car bomb exploded in Dora, killing five"."""
    if not u.casualties or not any(g.casualties for g in current):
        return False
    return _another_place(u, current, gaz, country)


_OFFSET_OF = compile_gated(
    r"\b(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)


def _another_place(u: Unit, current: list[Unit], gaz: Gazetteer, country: str | None) -> bool:
    # ("Taftanaz, about 5 km east of Binnish": the town an offset is measured from is not where it happened)
    names = {h[2] for h in u.place_names(gaz, country) if not _OFFSET_OF.search(u.text, max(0, h[0] - 40), h[0])}
    before = {h[2] for g in current for h in g.place_names(gaz, country)}
    return bool(names) and bool(before) and names.isdisjoint(before)


def _groups(
    units: list[Unit], gaz: Gazetteer, country: str | None
) -> tuple[list[Unit], list[list[Unit]]]:
    """Split units into a preamble and event groups."""
    preamble: list[Unit] = []
    groups: list[list[Unit]] = []
    in_summary = False
    last: Unit | None = None
    for u in units:
        # a chunk of the summary's own sentence ("..., while a drone targeted a vehicle near Qamishlo") is more of it
        same_sentence = u.chunk and last is not None and not last.text.rstrip().endswith((".", ".”", '."', "!", "?"))
        last = u
        if u.summary:
            in_summary = True
        elif in_summary and not same_sentence and (u.dates or _names_place(u, gaz, country)):
            in_summary = False
        elif in_summary and u.openers:
            # "... attacked seven sites in Syria and Iraq. According to CENTCOM, 85 targets were hit": the summary
            # goes on, with no day or place of an incident of its own
            u = replace(u, openers=[])
        if not u.openers:
            if groups:
                groups[-1].append(u)
            else:
                preamble.append(u)
            continue
        if not groups:
            groups.append([u])
            continue
        current = groups[-1]
        if (
            _RESPONSE_IN_KIND.search(u.text)
            or (_IN_RETALIATION.match(u.text) and (u.dates or _another_place(u, current, gaz, country)))
        ) and _subject_of(u) not in {None, _subject_of(current[0])}:
            # "In retaliation, U.S. airstrikes night of 12-13 March hit five Kataib Hizballah depots at Jurf al-Sakhar":
            # the other side's answer, on its own day or elsewhere (not "In response, the army fired back": one clash)
            groups.append([u])
            continue
        if (
            "ater" in u.text[:60]
            and _OTHER_LATER.match(u.text)
            and _top_family_changed(u, current)
            and _top_family([u]) != "Strategic developments"  # ("Police later arrested four suspects": its aftermath)
            and (subject := _subject_of(u)) is not None
            and subject != _subject_of(current[0])
        ):
            # "ISIS attacked Peshmerga positions ... Coalition aircraft later targeted ISIS positions in the area":
            # another side's act of another kind, after it
            groups.append([u])
            continue
        if _SOON_AFTER.match(u.text) and u.casualties and _top_sub_changed(u, current):
            # "... attacked a Peshmerga post near Gwer. Later in the day, an IED struck a Peshmerga vehicle heading
            # to the area, injuring three": another kind of attack with its own toll (not "later" going on)
            groups.append([u])
            continue
        if (
            len(current) == 1
            and not current[0].text.rstrip().endswith((".", ".”", '."', "!", "?"))  # (split at ";")
            and any(c.cue.sub == "@territory" for c in u.openers)
            and all(c.cue.sub == "Armed clash" for c in current[0].openers)
            and (subject := _subject_of(u)) is not None
            and subject in {a.canonical for a in current[0].actors}
            and len({a.canonical for a in current[0].actors}) >= 2
        ):
            # "Clashes between HTS and the Syria Liberation Front went on for the fourth day ...; the Front took control
            # of Darat Izza": the fighting that won the ground, told in the same sentence by one of its sides; the
            # take-over leads (its place, its doer), the clash behind it gives the other side
            groups[-1] = [u, current[0]]
            continue
        if (
            _CONTINUE.match(u.text)
            or _INTERCEPTED_THEM.search(u.masked)
            # "seized the crossing ...; the building was looted overnight": what befell the place just taken
            or (_THEN_LOOTED.match(u.masked) and any(c.cue.sub == "@territory" for c in current[0].openers))
            # "... raised the flag over the citadel of Tal Afar. Al-Abadi declared the whole district liberated on 31
            # August": the capture just told, declared
            or (
                "declared" in u.masked
                and _DECLARED_TAKEN.match(u.masked) is not None
                and any(c.cue.sub == "@territory" for c in current[0].openers)
            )
            # "ISIS overran the army's last positions in Mosul. Army units abandoned their vehicles and withdrew":
            # the losing side's retreat from the ground just taken ("... withdrew from the town, and an agreement was
            # reached on the evacuation of those who refuse to reconcile": the terms it left on go with it)
            or (
                not u.dates
                and u.openers[0].cue.sub == "Non-violent transfer of territory"
                and all(c.cue.event_type == "Strategic developments" for c in u.openers)
                and any(c.cue.sub == "@territory" for c in current[0].openers)
            )
            # "... protested against a new levy. Gunmen fired into the air to break up the crowd": how the crowd was met
            or (
                _MET_THE_CROWD.search(u.masked)
                and any(_FAMILY.get(c.cue.event_type, c.cue.event_type) == "Protests" for c in current[0].openers)
            )
            # "ISIS claimed that one of its operatives blew himself up .... According to a local news website, two
            # fighters were killed in the explosion": the same blast, counted by another teller
            or (_KILLED_IN_THE.search(u.masked) and not _NEW.match(u.text) and not _names_place(u, gaz, country))
            # "ISIS executed thirteen young men in Hammam al-Alil ... According to another report, fifteen men were
            # executed": the same act, another teller's account of it
            or (
                _ANOTHER_TELLS.match(u.masked) is not None
                and not u.dates
                and not _names_place(u, gaz, country)
                and not _top_family_changed(u, current)
            )
        ):
            # "... said its air defences intercepted most of the missiles": the same attack, told from the other side
            current.append(u)
            continue
        # (not "the fighting lasted until around 7 a.m. on Friday": how long the incident told ran)
        own_dates = [
            ud for ud in u.dates
            if ud.span is None or not _UNTIL_BEFORE.search(u.masked, max(0, ud.span.start - 40), ud.span.start)
        ]
        new_date = bool(own_dates) and not any(
            d.start == ud.start and d.end == ud.end for g in current for d in g.dates for ud in own_dates
        )
        # a riot and the force used on it are one crowd's story: Protests and Riots are one family here
        family_changed = {_FAMILY.get(c.cue.event_type, c.cue.event_type) for c in u.openers}.isdisjoint(
            {_FAMILY.get(c.cue.event_type, c.cue.event_type) for g in current for c in g.openers}
        )
        new_subject = (
            family_changed and _subject_of(u) is not None and _subject_of(u) != _subject_of(current[0])
        )
        # "Militias fired rockets at Ain al-Asad. Unidentified militants fired ten rockets at ... on March 3.":
        # a short undated headline sentence announces the incident the next sentence tells in full.
        told_in_full = not family_changed and _headline(current, units)
        if not told_in_full and _bare_lead(current, gaz, country) and (u.dates or _names_place(u, gaz, country)):
            # "The power lines were also targeted again. Daesh fighters blew up two towers near Rashad on March 11":
            # a bare sentence with no day, place or toll leads into the incident the next one tells
            groups.pop()
            (groups[-1] if groups else preamble).append(current[0])
            groups.append([u])
            continue
        if (
            _NEW.match(u.text)
            or (new_date and not told_in_full)
            or current[-1].closed
            or new_subject
            or u.chunk
            or (not told_in_full and _another_place_and_toll(u, current, gaz, country))
            # "Minutes later, U.S. aircraft struck a safe house near Mayadin": the next strike, elsewhere
            or (_SOON_AFTER.match(u.text) is not None and _another_place(u, current, gaz, country))
            # "Unidentified warplanes also struck the outskirts of Maarat al-Numan the same day": another act of the
            # kind, told as such, elsewhere
            or (" also " in u.text[:80] and _ALSO_DID.match(u.text) is not None and _another_place(u, current, gaz, country))
            # "ISIS detonated a VBIED at a checkpoint, killing two. Hours later mortar rounds landed on the market and
            # wounded six": another kind of attack with its own toll
            or (_SOON_AFTER.match(u.text) is not None and u.casualties and _top_sub_changed(u, current))
            # "... escalated into a gunfight in Qurna. In Nasiriyah some 200 graduates demonstrated ...": another kind
            # of act at another place
            # "... gathered peacefully in Tahrir Square in Baghdad. In Nasiriyah, the next day, riot police fired tear gas
            # ..., wounding 15": a sentence that opens on another place and counts its own hurt
            or (
                _PLACE_OPENER.match(u.text) is not None
                and not told_in_full
                and bool(u.casualties)
                and any(c.cue.priority >= 60 and c.cue.event_type != "Strategic developments" for c in u.openers)
                and _another_place(u, current, gaz, country)
            )
            or (
                (family_changed or (_PLACE_OPENER.match(u.text) is not None and _top_family_changed(u, current)))
                and not told_in_full
                and any(c.cue.priority >= 60 and c.cue.event_type != "Strategic developments" for c in u.openers)
                and _another_place(u, current, gaz, country)
            )
        ):
            groups.append([u])
        else:
            current.append(u)
    return preamble, groups


_SUPERLATIVE_FRAME = compile_gated(
    r"(?:^|:\s+)In the (?:most\s+\w+|\w+est|worst|biggest|largest)\s+(?:[\w-]+\s+)?(?:massacre|attack|bombing|atrocity|"
    r"incident|strike|crime)\b[^,.;]{0,80},"
)
_LANDED_ABROAD = compile_gated(
    r"\b(?:fell|landed)\s+(?:on|in)\s+the\s+(?:Turkish|Jordanian|Lebanese|Israeli|Iranian)\s+(?:border\s+)?"
    r"(?:town|city|village|province|territory)\b"
)
_LEFT_THE_GROUND = compile_gated(r"(?:withdrew|withdrawn|left|pulled out|evacuated|retreated)\b", re.I)
_ENTERED_AFTER = compile_gated(
    r"(?:\s+\([^()]{1,30}\))?(?:\s+(?:units|forces|fighters|troops|members|soldiers|police))?"
    r"(?:\s+(?:and|together\s+with|along\s+with|alongside)\s+[^.;,]{1,60}?)?"
    r"\s+(?:then\s+|later\s+)?(?:entered|took\s+over|moved\s+into|deployed\s+(?:in|into|to))\b",
    re.I,
)
_FAMILY = {"Riots": "Protests"}
_TAKE_OVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# "Belligerent: US-led Coalition |", "Suspected belligerent: Coalition" (a harm log names the side it blames; not
# one "(alleged)")
_BELLIGERENT_FIELD = compile_gated(
    r"\b[Bb]elligerents?\s*:\s*(?P<name>[^.;\n()|]{2,60}?)\s*(?:\((?!alleged)[^)\n]{0,30}\))?\s*(?:[.;\n|]|$)"
)
_COUNTRY_NAME = compile_gated(r"Russia|Turkey|T[üu]rkiye|Israel|Iran|Iraq|Syria|Jordan|the United States|United States")
_UNTIL_BEFORE = compile_gated(
    r"\b(?:until|till|lasted\s+into|went\s+on\s+into|continued\s+into)\s+(?:around\s+|about\s+|nearly\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs)?\s+|dawn\s+|midnight\s+|noon\s+|the\s+(?:early\s+)?(?:morning|evening|"
    r"afternoon|hours)\s+)?(?:on|of)?\s*$",
    re.I,
)
_BODY_FOUND = compile_gated(
    r"\b(?:found|discovered|recovered)\s+(?:(?P<one>his|her)\s+(?:body|corpse)|(?:their|the)\s+(?:bodies|corpses))\b"
    r"|\b(?P<one2>his|her)\s+body\s+(?:was|had been)\s+(?:found|discovered|recovered)\b",
    re.I,
)
_FIRED_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# the weapon already told ("the drone", "them"), stopped: no new one
_SAME_WEAPON_DOWN = compile_gated(
    r"\b(?:shot|brought)\s+(?:it|them|(?:the|both|all)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|UAVs?))"
    r"\s+down\b|\b(?:shot\s+down|intercepted|downed)\s+(?:it|them|(?:the|both|all)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|"
    r"rockets?|projectiles?|UAVs?)\b)|(?<!\bof\s)\b(?:the|both|all)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|projectiles?|UAVs?)\s+"
    r"(?:was|were|had\s+been)\s+(?:shot\s+down|intercepted|downed)\b",
    re.I,
)
_MOST_INTERCEPTED = compile_gated(
    r"\b(?:most|some|several|many|part|all\s+but\s+\w+)\s+(?:of\s+(?:which|them|the\s+\w+)\s+)?(?:were|was)\s+"
    r"(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b",
    re.I,
)
_SEARCHED_HOMES = compile_gated(r"\bsearch(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:homes|houses|buildings|shops)\b", re.I)
_RAID_OR_FOIL = compile_gated(r"(?:raid|foil|thwart)", re.I)
_DEATH_WORD = compile_gated(r"\b(?:killed|killing|dead|died|wounded|injured|martyred|exchanged fire|clashed)\b", re.I)


# "In Jobar, on the city's eastern edge, troops ...": a sentence that opens on its own place
_PLACE_OPENER = compile_gated(r"^\s*(?:In|At|Near|Outside|Around)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,")


def _top_family(units: list[Unit]) -> str | None:
    top = max((c for g in units for c in g.openers), key=lambda c: c.cue.priority, default=None)
    return None if top is None else _FAMILY.get(top.cue.event_type, top.cue.event_type)


def _top_sub(units: list[Unit]) -> str | None:
    top = max((c for g in units for c in g.openers), key=lambda c: c.cue.priority, default=None)
    return None if top is None else top.cue.sub


def _top_sub_changed(u: Unit, current: list[Unit]) -> bool:
    mine, theirs = _top_sub([u]), _top_sub(current)
    return mine is not None and theirs is not None and mine != theirs


def _top_family_changed(u: Unit, current: list[Unit]) -> bool:
    """ "Artillery pounded Moadamiyeh, killing 12. In Jobar, troops fought street battles ...": the leading kind of
    act changes (the first sentence's "killing" is no battle of its own)."""
    mine, theirs = _top_family([u]), _top_family(current)
    return mine is not None and theirs is not None and mine != theirs
_AIR_ARM = compile_gated(
    r"\b(?:air\s*force|aircraft|warplanes?|war\s+planes?|jets?|helicopters?|drones?|UAVs?|F-16s?|aviation)\b", re.I
)
_THEN_LOOTED = compile_gated(
    r"^\s*(?:and\s+)?the\s+(?:[\w-]+\s+)?(?:building|town|base|crossing|offices?|headquarters|houses|homes|shops|market|"
    r"village|compound|depots?|warehouses?)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:looted|ransacked|burned|torched|"
    r"plundered|pillaged)\b",
    re.I,
)
_LEFT = compile_gated(r"(?:withdrew|withdrawn|pulled out|retreated)\b", re.I)


def _owners_first(actors: list[ActorMatch], units: list[Unit]) -> list[ActorMatch]:
    """"Military police of the Turkish-backed National Army": the force the unit belongs to comes first."""
    out: list[ActorMatch] = []
    for u in units:
        for a in u.actors:
            if a not in actors:
                continue
            m = _OF_THE.match(u.masked, a.end)
            owner = next((b for b in u.actors if m is not None and b.start == m.end()), None)
            out.append(owner if owner is not None else a)
    return out + [a for a in actors if a not in out]
_MET_THE_CROWD = compile_gated(
    r"\b(?:to|and)\s+(?:break\s+up|disperse[ds]?|scatter(?:ed)?|broke\s+up)\s+(?:the\s+|them|it\b)"
    r"(?:crowds?|protesters|demonstrators|protest|gathering|demonstration|sit-in|rally|march|them|it)?"
    # ("Riot police used water cannon and tear gas to keep them from crossing the bridge": the same crowd held back)
    r"|\bto\s+(?:keep|stop|prevent|block|push)\s+(?:them|the\s+(?:crowds?|protesters|demonstrators|marchers))\b",
    re.I,
)
_KILLED_IN_THE = compile_gated(
    r"\b(?:were|was)\s+(?:killed|wounded|injured)\s+in\s+the\s+(?:explosion|blast|attack|bombing)\b"
    r"(?![^.;]{0,20}\b(?:on|at|near|in)\s+(?-i:[A-Z]))",
    re.I,
)
_INTERCEPTED_THEM = compile_gated(
    r"\b(?:intercepted|shot down|downed)\s+(?:(?:most|some|all|several|many|part|one|two|three|four|five|six|\d+)\s+"
    r"of\s+)?(?:the|these|those|its|their)\s+(?:\w+\s+)?(?:missiles|rockets|drones|projectiles|shells)\b",
    re.I,
)


def _names_place(u: Unit, gaz: Gazetteer, country: str | None) -> bool:
    return bool(gaz.find_names(u.masked, country))


def _headline(current: list[Unit], units: list[Unit]) -> bool:
    """The group so far is the item's first sentence, short, with no date and no toll of its own."""
    first = current[0]
    return (
        len(current) == 1
        and first is units[0]
        and not first.dates
        and not first.casualties
        and len(first.text.split()) <= 14
        and first.text.rstrip().endswith(".")
    )


def _bare_lead(current: list[Unit], gaz: Gazetteer, country: str | None) -> bool:
    first = current[0]
    return (
        len(current) == 1
        and not first.dates
        and not first.casualties
        # "The terror group also targeted civilians in the region.": a party named in a sentence that links the
        # story on, with the incident told next
        and (not first.actors or " also " in first.text)
        and len(first.text.split()) <= 12
        and first.text.rstrip().endswith(".")
        # ("Baiji: Clashes continued around the Baiji refinery. On May 16, ...": the state of the front, then the day's
        # incident)
        and (not _names_place(first, gaz, country) or _GOES_ON.match(first.masked) is not None)
    )


_GOES_ON = compile_gated(
    r"^\W*(?:[\w'’-]+:\s+)?(?:(?:heavy|sporadic|fierce)\s+)?(?:clashes|fighting|battles|shelling)\s+"
    r"(?:continued|went\s+on|persisted|raged\s+on)\s+(?:around|in|near|on|at|along)\b[^.;,]{0,60}\.?\s*$",
    re.I,
)


def _subject_of(u: Unit) -> str | None:
    """Who acts in a unit that opens an action (victims of a passive verb are not subjects)."""
    first = u.openers[0]
    roles = assign_roles(u.masked, u.actors, trigger_start=first.start, trigger_end=first.end,
                         passive=first.cue.passive)
    if roles.actor1 is None or roles.actor1_basis != "subject" or _SPEAKS.match(u.masked, roles.actor1.end):
        return None  # ("Police said 36 bodies were recovered": who counted the dead, not who acted)
    return roles.actor1.canonical


_SPEAKS = compile_gated(r"\s+(?:said|says|told|reported|stated|added|counted|put)\b(?!\s+(?:that\s+)?(?:it|its|they|their)\b)", re.I)


def _event_id(doc_id: str, span: Span, ordinal: int) -> str:
    return hashlib.sha256(f"{doc_id}:{span.start}:{span.end}:{ordinal}".encode()).hexdigest()[:16]


def _actor(m: ActorMatch | None, offset: int, doc_id: str) -> Actor | None:
    if m is None:
        return None
    span = Span(doc_id, offset + m.start, offset + m.end) if m.end > m.start else None
    return Actor(m.canonical, m.kind, m.text, span)


_DECLARED_FREED = compile_gated(r"(?:declared|announced)\b", re.I)
_DECLARED_BEFORE = compile_gated(r"\b(?:declared|announced)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?$", re.I)
_OFFICIAL_SUBJECT = compile_gated(
    r"\b(?:prime\s+minister|premier|president|government|ministry|minister|command|commander|spokes(?:man|woman|person)|"
    r"army|military|authorities)\b",
    re.I,
)
_HELD_BY = compile_gated(r"\b(?P<who>[\w'’]+(?:\s+[\w'’]+)?)[-‑](?:held|controlled)\b")


def _synthetic(canonical: str, kind: str) -> ActorMatch:
    return ActorMatch(0, 0, "", canonical, kind, 0, None)


_POST_STAMP = compile_gated(r"^\s*\[(?P<date>(?:19|20)\d\d-\d\d-\d\d)(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?\]\s*")
_HASHTAG_LABEL = compile_gated(r"#(?P<tag>[A-Za-z][A-Za-z_-]{2,30})\s*[|:–—-]\s*")
_CAMEL_GAP = compile_gated(r"(?<=[a-z])(?=[A-Z])|_")


_DISPLACED_AFTER = compile_gated(
    r"\b(?:were|was|have been|had been|had to be)\s+(?:\w+\s+)?displaced\b[^.;]{0,120}?\b(?:after|following|because of|"
    r"due to|fleeing)\b",
    re.I,
)
_ACCIDENT = compile_gated(
    r"\b(?:was|were|is|appears to have been|was ruled)\s+(?:an?\s+)?accident(?:al)?\b(?![^.;]{0,20}\bnot\b)"
    # (not "a grenade ... after a dispute over a traffic accident": what the quarrel was about)
    r"|\bnot\s+a\s+security\s+incident\b|(?<!\bover )(?<!\babout )(?<!\bfollowing )(?<!\bafter )"
    r"\b(?:a|an|the)\s+(?:traffic|road|work|industrial)\s+accident\b",
    re.I,
)


def _safe_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def extract_item(item: Item, ctx: DocContext, section: SectionContext) -> tuple[list[Event], list[NonEvent]]:
    """Events and non-events of one incident item."""
    gaz = ctx.gazetteer
    item_text = item.text
    base = item.span.start
    stamp = _POST_STAMP.match(item_text)
    if stamp:
        # "[2024-01-18 07:15]" over a channel's post: the day its "this evening" and "tonight" are of
        section = replace(section, published=_safe_iso(stamp.group("date")) or section.published)
    filed = (_AGENCY_DAY.match(item_text) or _CAPS_DAY.match(item_text)) if "," in item_text[:40] else None
    if filed:
        # "Damascus, SANA, 13 March 2018 – ... yesterday evening": the day the agency filed the story
        g = "" if filed.group("day") else "2" if filed.re is _AGENCY_DAY else ""
        day = next((d.start for d in find_dates(filed.group("day" + g), ctx=ctx.dates)), None)
        # (and the town it was filed from holds the neighbourhoods no gazetteer knows)
        section = replace(
            section, published=day or section.published, place_hint=section.place_hint or filed.group("place" + g)
        )
    if section.issuer is not None:
        ctx = replace(ctx, publisher=section.issuer)
    if section.published is not None or section.outlet is not None:
        published = section.published or ctx.published
        ctx = replace(ctx, published=published, doc_outlets=(section.outlet,) if section.outlet else ctx.doc_outlets,
                      dates=DateContext(published=published, default_year=published.year if published else None,
                                        incident_day=section.record_day and section.published is not None))
    wire = _item_dateline(item_text)
    if wire:
        ctx = replace(ctx, doc_outlets=(outlet_label(wire.group("outlet"), ctx.outlets),))
    if item.admin1 and not gaz.canonical_admin1(item.admin1) and heading_abroad(item.admin1):
        # "Sinai Province: ...": the Islamic State's province abroad, not a governorate of Iraq or Syria
        return [], [NonEvent(ItemKind.ABROAD, item_text, item.span)]
    foreign = _ADMIN1_LABEL.match(item_text) if ":" in item_text[:40] else None
    if foreign is not None and not gaz.canonical_admin1(foreign.group("name")) and heading_abroad(foreign.group("name")):
        return [], [NonEvent(ItemKind.ABROAD, item_text, item.span)]  # "Nigeria: ISIS's West Africa Province ..."
    if ":" in item_text[:50] and (label := _CONTEXT_LABEL.match(item_text)) is not None:
        # "Context, 9 December 2017: ...", "Monthly summary, March 2022: ...": a coder's note beside the records
        kind = ItemKind.ASSESSMENT if label.group(1).lower() in {"analysis", "assessment", "comment"} else ItemKind.BACKGROUND
        return [], [NonEvent(kind, item_text, item.span)]
    if "ccident" in item_text and _ACCIDENT.search(item_text):
        # "A fire caused by an exploding oxygen cylinder ... This was an accident, not a security incident": no one's act
        return [], [NonEvent(ItemKind.BACKGROUND, item_text, item.span)]
    lead = _place_lead(item_text)
    item_admin1 = item.admin1 or (lead.group("name") if lead and gaz.canonical_admin1(lead.group("name")) else None)
    admin1 = gaz.canonical_admin1(item_admin1) if item_admin1 else None
    body_start = 0
    if item.admin1_span is not None:
        m = re.match(r"[^:]*:\s*", item_text)
        body_start = m.end() if m else 0
    head = _record_head(item_text)
    if head and item_admin1 is None:
        gov_field = _GOVERNORATE_FIELD.search(head.group("fields")) if head.group("fields") else None
        # ("Governorate: Karbala" among a record's labelled fields)
        kv_gov = _KV_GOVERNORATE.search(head.group("kv")) if head.group("kv") else None
        name = (
            head.group("admin1")
            or head.group("csv_admin1")
            or (gov_field.group(1) if gov_field else "")
            or (kv_gov.group(1) if kv_gov else "")
        )
        if name and gaz.canonical_admin1(name.strip()):
            item_admin1 = name.strip()
            admin1 = gaz.canonical_admin1(item_admin1)
    dated = _note_label(item_text) if head is None and item_admin1 is None else None
    if dated is not None:
        # "Dhi Qar, 26 Feb 2021: ...", "Tel Afar (Nineveh), 3 Sept 2019: ...": the governorate a note's label names
        for name in (dated.group("name"), dated.group("sub")):
            if name and gaz.canonical_admin1(name.strip()):
                item_admin1 = name.strip()
                admin1 = gaz.canonical_admin1(item_admin1)
                break
    cells = _PIPE_LABELS.match(item_text) if head is None and "|" in item_text[:100] else None
    if cells is not None and item_admin1 is None:
        # "2021-05-12 | Baghdad | On 12 May 2021, ...": an export's governorate cell before the note
        for cell in cells.group(0).split("|"):
            if gaz.canonical_admin1(cell.strip()):
                item_admin1 = cell.strip()
                admin1 = gaz.canonical_admin1(item_admin1)
                break
    post_start = stamp.end() if stamp else 0
    body_start = max(body_start, post_start)
    if "#" in item_text[:post_start + 2]:
        tag = _HASHTAG_LABEL.match(item_text, post_start)
        if tag and item_admin1 is None:
            # "#DeirEzZor | ... in Dhiban": the channel's governorate tag, not the place
            name = _CAMEL_GAP.sub(" ", tag.group("tag"))
            if gaz.canonical_admin1(name):
                item_admin1, admin1, body_start = name, gaz.canonical_admin1(name), tag.end()
    if item.admin1_span is None and item_admin1 is None and head is None:
        # "Aleppo: Turkish forces shelled villages near Tal Rifaat ...": a bulletin's governorate label, not the place
        label = _ADMIN1_LABEL.match(item_text)
        if label and ctx.dateline_at is not None and item.span.start + label.start("name") == ctx.dateline_at:
            # "BAGHDAD: US strikes ... in the Al-Qaim area": where the story was filed, not a label or the place
            body_start, label = max(body_start, label.end()), None
        if label and gaz.canonical_admin1(label.group("name")):
            item_admin1, body_start = label.group("name"), label.end()
            admin1 = gaz.canonical_admin1(item_admin1)
            item = replace(
                item,
                admin1=item_admin1,
                admin1_span=Span(ctx.doc_id, base + label.start("name"), base + label.end("name")),
            )
    country = gaz.admin1_country(admin1) if admin1 else section.country
    if country is None:
        country = _country_from_names(item_text, gaz)
    elif admin1 is None:
        # "US strikes militia sites in eastern Syria after Erbil rocket attack": a story's Syria does not hold
        # "a barrage ... at Erbil International Airport", whose places are all the other country's
        # (a governorate's or its capital's name must say so: "Al-Rasheed Street", "the Al-Qadisiyah neighbourhood"
        # name no country)
        # (a word naming the other country's governorate first: the gazetteer scan is costly, most items name none)
        other_gov = bool(gaz.countries_named(item_text) - {country})
        # "ERBIL, Kurdistan Region – Turkish artillery shelled Serekaniye ... in northeast Syria": the story's dateline
        # is in one country, every place it tells of in the other, which it names
        filed = _dateline_lead(item_text) if country in ("Iraq", "Syria") else None
        other = _SYRIA_NAMED if country == "Iraq" else _IRAQ_NAMED
        # (a later paragraph of that story: the other country named somewhere in it, its places all there)
        other_named = country in ("Iraq", "Syria") and (
            (filed is not None and other.search(item_text)) or (ctx.dateline_at is not None and other.search(ctx.text))
        )
        hits = (
            [
                h
                for h in gaz.find_names(item_text)
                if not _city_part_named(item_text, h) and (filed is None or h.start >= filed.end())
            ]
            if other_gov or other_named
            else []
        )
        if (
            hits
            and all(
                h.candidates and h.candidates[0].country not in (None, country)
                and all(c.country != country for c in h.candidates)
                for h in hits
            )
            and (
                other_named
                or any(
                    (gov := gaz.canonical_admin1(h.text.split()[0])) is not None and gaz.admin1_country(gov) != country
                    for h in hits
                )
            )
        ):
            country = hits[0].candidates[0].country
    units = _make_units(item_text, body_start, ctx, country)
    preamble, groups = _groups(units, gaz, country)
    non_events = [
        NonEvent(classify_sentence(u.text), u.text, Span(ctx.doc_id, base + u.start, base + u.end))
        for u in preamble
        if u.text.strip()
    ]
    reporter = _reporter(units, item_text)
    events = []
    for ordinal, group in enumerate(groups):
        event = _build_event(group, preamble, item, ctx, section, admin1, country, reporter, ordinal, units)
        if event is None and (section.abroad or place_abroad(group[0].text)):
            # "Two more rockets landed in the Turkish border town of Kilis": an incident outside Iraq and Syria,
            # listed as such rather than dropped unseen
            start, end = group[0].start, group[-1].end
            non_events.append(NonEvent(ItemKind.ABROAD, item_text[start:end], Span(ctx.doc_id, base + start, base + end)))
        if event is not None:
            if (
                events
                and events[-1].date is not None
                and not group[0].dates
                and (
                    _LATER_THAT_DAY.match(group[0].masked)
                    # ("Turkish forces responded within the hour, shelling villages ...": the other side's answer,
                    # the same day)
                    or (
                        "within" in group[0].masked
                        and _WITHIN_HOURS.search(group[0].masked) is not None
                        and _RESPONSE_IN_KIND.search(group[0].masked) is not None
                    )
                )
            ):
                # "Hours later, an IED planted in a commercial street ... exploded": the day of the incident before
                event = replace(event, date=events[-1].date)
            elif (
                events
                and events[-1].date is not None
                and not group[0].dates
                and (later := _DAYS_LATER.search(group[0].masked)) is not None
            ):
                # "A second convoy was hit near Samawah two days later": counted from the incident before
                n = parse_number(later.group("n").lower()) or 0
                prev = events[-1].date
                day = prev.end + dt.timedelta(days=n)
                event = replace(event, date=DateMention(day, day, DateBasis.RELATIVE, prev.span, later.group(0)))
            events.append(event)
    return events, non_events


_CONTEXT_LABEL = compile_gated(
    r"^\s*(?:\*\*)?(Context|Background|Note|Editor'?s note|(?:Monthly|Weekly|Daily|Quarterly)\s+summary|Summary|Overview|"
    r"Analysis|Assessment|Comment|Distribution|Breakdown|Totals?|Tally|Statistics)\b[^:\n]{0,40}:\s",
    re.I,
)
_WITHIN_HOURS = compile_gated(r"\bwithin\s+(?:the|an|the\s+same|half\s+an)\s+hour\b|\bwithin\s+(?:hours|minutes)\b", re.I)
_DAYS_LATER = compile_gated(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+later\b", re.I)
_LATER_THAT_DAY = compile_gated(
    r"^\W*(?:(?:a\s+few|several|two|three|four|five|six)\s+)?(?:hours|minutes)\s+later\b|^\W*later\s+(?:that|the\s+same)\s+"
    r"(?:day|evening|night|morning)\b|^\W*(?:the\s+same\s+day|shortly\s+(?:after(?:wards)?|afterwards))\b",
    re.I,
)


# "\bIraq(?:i|is)?\b", "\bSyria(?:n|ns)?\b", written name first (the lookbehind is the leading \b) so the engine
# scans for the name instead of trying every position of a whole item
_BORDER_OF = compile_gated(
    r"\b(?:Iraqi|Syrian|Iraq|Syria)(?:[-–](?:Iraqi|Syrian|Turkish|Jordanian))?\s+border\b|\bborder\s+with\s+(?:Iraq|Syria)\b"
)
# (not "the Islamic Resistance in Iraq": a name of the militias, which strike in Syria too)
_IRAQ_NAMED = re.compile(r"Iraq(?<!\wIraq)(?<!Resistance in Iraq)(?:i|is)?\b")
_SYRIA_NAMED = re.compile(r"Syria(?<!\wSyria)(?:n|ns)?\b")
_NAME_GOES_ON = re.compile(r" (?:al-|el-|Al-)?[A-Z][a-z]")  # a capitalised word after a place name: the name goes on


_CITY_PART_AFTER = compile_gated(
    r"[’']?s?\s+(?:neighbou?rhoods?|distric?ts?|quarters?|streets?|squares?|bridges?|roads?|markets?|camps?)\b", re.I
)


def _city_part_named(text: str, hit: NameHit) -> bool:
    """ "Al-Rasheed Street": a name before a part of a city, which any town may have, unless the gazetteer's place
    is that very part ("the Qara Qozak bridge")."""
    part = _CITY_PART_AFTER.match(text, hit.end)
    if part is None:
        return False
    kind = part.group(0).split()[-1].lower().rstrip("s")
    return not (hit.candidates and kind in hit.candidates[0].name.lower())


def _country_from_names(text: str, gaz: Gazetteer) -> str | None:
    if "border" in text:
        # "in Albukamal, close to the Iraqi border": the border names the neighbour, not where it happened
        text = _BORDER_OF.sub(" ", text)
    iraq, syria = _IRAQ_NAMED.search(text) is not None, _SYRIA_NAMED.search(text) is not None
    if iraq and not syria:
        return "Iraq"
    if syria and not iraq:
        return "Syria"
    for m in _LED_BY.finditer(text):
        # ("Prime Minister Haider al-Abadi declared Ramadi liberated": a person's name casts no vote)
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    hits = gaz.find_names(text)
    countries = {c.country for h in hits for c in h.candidates[:1]}
    if len(countries) > 1:
        # "Aleppo, SANA – ... in Aleppo city ... al-Suleimaniyeh neighborhood": most of the places named
        votes = Counter(h.candidates[0].country for h in hits if h.candidates)
        (first, n1), (_, n2) = votes.most_common(2)
        if n1 == n2:
            # "a patrol near Qara Salem, in Makhmour": a name the gazetteer knows only in part ("Qara" of an
            # unknown "Qara Salem") casts a weaker vote than a whole one
            starts = {h.start for h in hits}
            votes = Counter(
                h.candidates[0].country
                for h in hits
                if h.candidates and not (_NAME_GOES_ON.match(text, h.end) and h.end + 1 not in starts)
            )
            if len(votes) > 1:
                (first, n1), (_, n2) = votes.most_common(2)
            elif votes:
                first, n1, n2 = *next(iter(votes.items())), 0
        return first if n1 > n2 else None
    return next(iter(countries)) if len(countries) == 1 else None


def _pronoun_force(a: ActorMatch, masked: str) -> bool:
    """The force "its warplanes" names, whose side is the speaker's, not the country the event is in."""
    m = PRONOUN_SUBJECT.search(masked)
    return m is not None and m.start() <= a.start < m.end()


def _reporter(units: list[Unit], item_text: str) -> ActorMatch | None:
    """An armed actor that reports its own action: "ISIS reported that it had detonated ..."."""
    if not units:
        return None
    first = units[0]
    for a in first.actors:
        if first.openers and a.start > first.openers[0].start:
            break  # "..., killing four policemen, a police officer said": a source after the action, not its doer
        after = first.masked[a.end :]
        # (the verb ends within 70 characters of the actor: only they are tested for its words)
        if (
            _may_hold(after[:70], _REPORTER_VERBS)
            and _REPORTER.match(after)
            and not (_may_hold(after, _OWN_DEAD_WORDS) and _ITS_OWN_DEAD.match(first.masked, a.end))
        ):
            return a  # (not "X said two of its fighters were killed": it reports its losses, not its action)
    return None


_ACTION_OF = compile_gated(
    r"^\s*(?:the\s+)?(?:\w+ion|killing|downing|arrest|attack|shooting|bombing|capture|seizure|ambush|"
    r"raid|shelling|targeting|storming|burning|looting|destruction|kidnapping|abduction)s?\s+"
    r"(?:of|on|against|targeting)\b",
    re.I,
)
_MISSILE = compile_gated(r"\bmissiles?\b", re.I)
_SURFACE_MISSILE = compile_gated(
    r"\b(?:ballistic|cruise|surface-to-surface|ground-to-ground|Tomahawk|Fateh|Zolfaghar|Kheibar)\s+(?:\w+\s+)?missiles?\b"
    r"|\b(?:destroyers?|warships?|frigates?|submarines?)\b",
    re.I,
)
_SURFACE_MISSILE_WORDS = ("missile", "destroyer", "warship", "frigate", "submarine")
_AIRCRAFT = compile_gated(r"\b(?:jets?|warplanes?|aircraft|planes?|helicopters?|bombers?|F-1[56]s?)\b", re.I)
_AIRCRAFT_HIT = compile_gated(r"\s+(?:were|was)\s+(?:also\s+)?(?:hit|destroyed|damaged|struck)\b", re.I)
_DRONE = compile_gated(r"\bdrones?\b|\bUAVs?\b", re.I)
# (a rebel group that governs, the SDF or HTS, policing a crowd uses excessive force: ACLED codes a protest)
_NON_STATE_ARMED = {"Political militia", "Identity militia"}
_DEPOT = compile_gated(
    r"\b(?:weapons?|ammunition|arms|munitions?|explosives?|rocket)\s+(?:depot|store|storage|warehouse|dump|cache)s?\b", re.I
)
_CAUSE_UNKNOWN = compile_gated(
    r"\b(?:cause|origin|source)\s+of\s+the\s+(?:blast|explosion|explosions|fire|blasts)\s+(?:is|was|remains|remained)\s+"
    r"(?:still\s+)?(?:unknown|unclear|not\s+(?:yet\s+)?known|under\s+investigation)\b"
    r"|\b(?:of\s+)?unknown\s+(?:cause|origin)\b",
    re.I,
)
# A log's or headline's passive without its "was": "Two policemen killed by IS snipers", "Mukhtar shot dead outside his
# home by two gunmen"
_PARTICIPLE = compile_gated(r"(?:ed|shot|dead|down|hit|struck|taken)$", re.I)
_BY_AFTER_TRIGGER = compile_gated(
    # no verb of its own in between: "struck facilities used by the militias" is a relative clause on the object
    r"\s+(?:(?!(?:and|was|were|is|are|after|when|while|who|which|as|held|run|built|known|owned|led)\b|\w+ed\b)"
    r"[\w'’-]+\s+){0,6}?by\s+(?:the\s+)?"
    r"(?:(?:two|three|four|several|unknown|unidentified|masked|suspected)\s+)?",
    re.I,
)


_PASSIVE_BY_BEFORE = compile_gated(
    r"\b(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:hit|struck|targeted|neutrali[sz]ed|killed|destroyed|"
    r"attacked|shelled|bombed|engaged|wounded|injured)\s+by\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _reduced_passive(unit: Unit, trigger: CueMatch) -> bool:
    if trigger.text.count(" ") > 1 or not _PARTICIPLE.search(trigger.text) or " by " not in unit.masked:
        return False  # "deployed to positions vacated by the SDF": a longer cue ends on the object's participle
    m = _BY_AFTER_TRIGGER.match(unit.masked, trigger.end)
    return m is not None and any(a.start == m.end() for a in unit.actors)


_FORMER_LEAD = compile_gated(
    r"^[\w\s]{0,12}?\b(?:(?:a|an|the|two|three)\s+)?(?:former|ex-|retired|off-duty|defected)\b"
    # "opened fire on Ahmad Khalil al-Zoubi, a former commander in an opposition faction": a man named, then what he was
    r"|^\s*(?:on|at|upon)?\s*(?-i:(?:al-|bin\s+|[A-Z][\w'’-]*\s*)){1,6},\s+(?:a|an|the)\s+(?:former|ex-|retired|off-duty|defected)\b",
    re.I,
)
# One of these is in every match of ``_FORMER_LEAD`` (a cheap test before the pattern)
_FORMER_LEAD_WORDS = ("former", "ex-", "retired", "off-duty", "defected")


_OPERATION_LEAD = compile_gated(
    r"\b(?:carried out|conducted|launched|began|started|mounted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sweep|operation|raid|search|campaign|clearing|combing)s?\b"
    # "Syrian army aircraft continued to bomb ISIS operatives entrenched in Tulul al-Safa. On October 13, aircraft
    # struck ...": the campaign the dated strike belongs to, and whose it is
    r"|\bcontinu(?:ed|es|ing)\s+(?:to\s+(?:bomb|shell|strike|pound|target|attack|raid)|(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:bombing|shelling|strikes|air\s*strikes|raids|bombardment|attacks))\b",
    re.I,
)


def _build_event(
    group: list[Unit],
    preamble: list[Unit],
    item: Item,
    ctx: DocContext,
    section: SectionContext,
    admin1: str | None,
    country: str | None,
    reporter: ActorMatch | None,
    ordinal: int,
    units: list[Unit] | None = None,
) -> Event | None:
    base = item.span.start
    doc_id = ctx.doc_id
    main = group[0]
    trigger = main.openers[0]
    texts = " ".join(u.masked for u in group)
    cues = [c for u in group for c in u.cues]

    # --- actors
    passive = (
        trigger.cue.passive
        or bool(_ACTION_OF.match(main.masked))
        or _reduced_passive(main, trigger)
        # "4 PKK terrorists ... were neutralized by air strikes": the cue is the agent of a passive verb
        or bool(" by " in main.masked and _PASSIVE_BY_BEFORE.search(main.masked, max(0, trigger.start - 40), trigger.start))
    )
    start = 0 if passive and not trigger.cue.passive else trigger.start
    roles = assign_roles(
        main.masked, main.actors, trigger_start=start, trigger_end=trigger.end, passive=passive
    )
    actor1, actor2, assoc1, assoc2 = roles.actor1, roles.actor2, roles.assoc1, None
    if actor2 is None and actor1 is not None and len(group) > 1 and group[1].start < main.start:
        # a take-over led by the clash told before it in its sentence (``_groups``): the clash's other side lost
        actor2 = next((a for a in group[1].actors if a.canonical != actor1.canonical), None)
    if (actor2 is None or actor2.text.lower().startswith("our ")) and actor1 is not None and _THEM.search(trigger.text):
        # "spotted a group of Daesh infiltrators ... and engaged them": "them" are the side named before
        actor2 = next(
            (a for a in reversed(main.actors) if 0 <= a.end <= trigger.start and a.canonical != actor1.canonical),
            None,
        )
    if (
        actor1 is not None
        and actor1.end > actor1.start
        and _may_hold(main.masked[actor1.end :], _OWN_DEAD_WORDS)
        and _ITS_OWN_DEAD.match(main.masked, actor1.end)
    ):
        # "the Popular Mobilization Authority said two of its fighters were killed": the speaker lost them
        actor1, actor2 = None, actor1
    pub = ctx.publisher
    if (
        pub is not None
        # ("an air operation was carried out in northern Iraq ...", "In the air operation conducted late last night":
        # the release's own operation, told without its doer)
        # ("Near Al Hasakah, two airstrikes struck two ISIL tactical units", "a Su-24M bomber destroyed ...": a strike
        # release's own strikes, told by their munitions or aircraft)
        and (
            passive
            or (
                pub.kind in _STRIKING_KINDS
                and any(c.cue.sub == "Air/drone strike" and _OWN_STRIKE.search(c.text) for c in main.openers)
            )
            or _AGENTLESS.search(main.masked) is not None
        )
        and (actor1 is None or actor1.canonical.startswith("Unidentified"))
        and (
            (actor2 is not None and actor2.canonical != pub.canonical and not is_civilian(actor2))
            # "The centre of Afrin has been taken under control": the release's own side took it
            or (actor2 is None and trigger.cue.passive and trigger.cue.sub == "@territory")
        )
    ):
        # the party's own release: "4 PKK terrorists ... were neutralized by air strikes" were its strikes
        actor1 = _synthetic(pub.canonical, pub.kind)
    if (
        (actor1 is None or actor1.canonical.startswith("Unidentified"))
        and country
        and (_DECLARED_FREED.match(trigger.text) or _DECLARED_BEFORE.search(main.masked, max(0, trigger.start - 60), trigger.start))
        and _OFFICIAL_SUBJECT.search(main.masked, max(0, trigger.start - 80), trigger.start)
    ):
        # "Prime Minister Haider al-Abadi declared Tikrit liberated after Iraqi forces ... pushed into the last
        # ISIS-held districts": the state declares the ground its forces took from the side that held it
        forces = next((a for a in main.actors if is_state(a) and a.start >= trigger.start), None)
        actor1 = forces or _synthetic(f"Military Forces of {country}", "State forces")
        holders = [
            a
            for m in _HELD_BY.finditer(main.masked, trigger.end)
            for a in ctx.actors.find(m.group("who"), country=country)[-1:]
        ] if "held" in main.masked or "controlled" in main.masked else []
        held = holders[0] if holders else next(
            (a for a in main.actors if a.start >= trigger.end and main.masked[max(0, a.start - 5) : a.start] == "from "),
            None,
        )
        if held is not None and not is_state(held):
            actor2 = held
    own = next(
        (a for a in main.actors if a.kind == "Identity militia" and trigger.start <= a.start < trigger.end), None
    )
    if actor1 is None and own is not None:
        actor1 = own  # "killed in an armed tribal dispute": the clans the cue names fought it
        if actor2 is own:
            actor2 = None
    if actor1 is None and not passive:
        # "The fighting broke out on Thursday night near X, when PKK fighters attacked a Turkish outpost": the
        # clause with a doer tells who did what
        for c in main.cues:
            if c.start <= trigger.start or not c.cue.start or c.cue.passive:
                continue
            when = _WHEN_CLAUSE.search(main.masked, max(0, c.start - 60), c.start)
            if when is None:
                continue
            later = assign_roles(main.masked, main.actors, trigger_start=c.start, trigger_end=c.end, passive=False)
            if later.actor1 is not None and later.actor1_basis == "subject" and later.actor1.start > when.start():
                actor1, actor2, assoc1 = later.actor1, later.actor2, later.assoc1
                break
    if (
        actor1 is None
        and not passive
        and len(group) > 1
        and not any(a.start < trigger.start for a in main.actors)
        and all(a.canonical.startswith("Unidentified Armed Group") for a in main.actors)
        and _RECIPROCAL_FIGHT.search(trigger.text)
    ):
        # "Clashes resumed in the Jumhuriya neighbourhood. Police commandos stormed the building and killed three of
        # them.": a fight told without its sides; the next sentence's doer is one of them
        for u in group[1:2]:
            c = next((c for c in u.cues if c.cue.start and not c.cue.passive), None)
            if c is None or not u.actors:
                continue
            later = assign_roles(u.masked, u.actors, trigger_start=c.start, trigger_end=c.end, passive=False)
            if later.actor1 is not None and later.actor1_basis == "subject":
                actor1, actor2 = later.actor1, later.actor2 or actor2
    if reporter is not None and (
        actor1 is None or actor1 is reporter or actor1.canonical == reporter.canonical
    ):
        said = PRONOUN_SUBJECT.search(main.masked) or main is not group[0] or not main.actors
        if actor1 is None or said:
            actor1 = reporter
            if actor2 is not None and actor2.canonical == reporter.canonical:
                actor2 = None
    if actor1 is None and reporter is not None and not _subject_present(main, trigger):
        actor1 = reporter
    if actor1 is None and preamble and main is group[0]:
        # "Iraqi army forces and the PMF carried out a sweep of Wadi al-Shay. Five ISIS operatives were killed in the
        # exchanges of fire": the side whose operation the sentence before told fought
        lead = preamble[-1]
        op = _OPERATION_LEAD.search(lead.masked) if lead.end <= main.start else None
        actor1 = next(
            (
                a
                for a in lead.actors
                if op is not None
                and a.end <= op.start()
                and a.kind not in _NOT_FORCES
                and (actor2 is None or a.canonical != actor2.canonical)
            ),
            None,
        )
    if main.speakers and (actor1 is None or _pronoun_force(actor1, main.masked)) and PRONOUN_SUBJECT.search(main.masked):
        actor1 = main.speakers[0]  # "... defence ministry said that its forces had killed ...": its own action
        if actor2 is not None and _REPELLED_WORD.search(trigger.text) and actor2.canonical != actor1.canonical:
            # "... said its fighters foiled an attack by an ISIS group": the attacker is actor1 (ACLED)
            actor1, actor2 = actor2, actor1
    back = (
        _BEAT_BACK.search(main.masked)
        if actor1 is not None
        and (
            bool(main.words & _W_BEAT_BACK)
            if folds_plainly(main.masked)
            else _BEAT_BACK_WORD.search(main.masked) is not None
        )
        else None
    )
    if actor1 is not None and back is not None:
        # "ISIS fighters tried to approach the dam. The army repelled them.", "Troops renewed their attempt to break
        # into the town. IS snipers stopped the advance.": the side that moved first, told before, attacked
        earlier = next(
            (a for u in [*preamble, *group[: group.index(main)]] for a in u.actors
             if a.canonical != actor1.canonical and a.kind not in _NOT_FORCES and u.start < main.start),
            None,
        )
        if earlier is not None and back.start() >= trigger.start:
            actor1, actor2 = earlier, actor1
    perpetrator = _perpetrator(group, ctx.actors, preamble)
    if perpetrator is not None and (
        actor1 is None or (actor1.kind == "Political militia" and actor1.canonical.startswith("Unidentified"))
    ):
        actor1 = perpetrator
        if actor2 is not None and actor2.canonical == perpetrator.canonical:
            # "a truck bomb driven by an IS suicide bomber exploded at an army checkpoint": the side after the doer
            actor2 = next(
                (a for u in group for a in u.actors if a.start >= perpetrator.end and a.canonical != perpetrator.canonical
                 and _holds(u, perpetrator)),
                None,
            )
    if actor1 is None and actor2 is None:
        # "... when the missile hit. A Turkish drone struck the vehicle on the road ...": the next sentence tells the
        # same action with its doer
        nxt = next((u for u in group if u.start > main.start and u.cues), None)
        if nxt is not None:
            c = nxt.cues[0]
            told = assign_roles(nxt.masked, nxt.actors, trigger_start=c.start, trigger_end=c.end, passive=c.cue.passive)
            # (its subject right before its verb: not "Our forces found the launch pad ... one rocket")
            if (
                told.actor1 is not None
                and told.actor1.start < c.start
                and c.start - told.actor1.end <= 20
                and told.actor1.kind not in _NOT_FORCES
            ):
                actor1, actor2 = told.actor1, told.actor2
    unclaimed = any(_unclaimed(u.masked) for u in group)  # "No organization claimed responsibility"
    if (
        actor1 is None
        and section.lead_actor is not None
        and not unclaimed
        # "a drone struck near the quarters of U.S. forces": the list's striking side is this one's target
        and (actor2 is None or actor2.canonical != section.lead_actor.canonical)
        # ("an improvised explosive device struck a vehicle carrying Iraqi Security Forces" in a strike release: armed
        # forces plant no roadside bombs)
        and not (
            trigger.cue.sub in {"Remote explosive/landmine/IED", "Suicide bomb"}
            and section.lead_actor.kind in {"State forces", "External/Other forces"}
        )
    ):
        actor1 = section.lead_actor
    if (
        (actor1 is None or actor1.canonical.startswith("Unidentified") or is_civilian(actor1))
        and "elligerent" in item.text
        and (field := _BELLIGERENT_FIELD.search(item.text)) is not None
    ):
        # "Grading: Fair. Belligerent: Coalition.": a harm log's own field names the side it holds responsible
        named = ctx.actors.find(field.group("name"), country=country)
        if not named and _COUNTRY_NAME.fullmatch(field.group("name")):
            # "Belligerent: Russia": a state named for the side is its armed forces
            named = [a for a in ctx.actors.find("Military Forces of " + field.group("name"))]
            named = [a for a in named if field.group("name").lower() in a.canonical.lower()]
        if named and not is_civilian(named[0]):
            if is_civilian(actor1) and actor2 is None:
                actor2 = actor1  # ("Civilians reported killed: 12": the field line the record opened with)
            actor1 = named[0]
    if actor1 is None and section.actor is not None and not unclaimed and not is_civilian(section.actor):
        actor1 = section.actor
    others = [
        a
        for u in group
        for a in u.actors
        if (actor1 is None or a.canonical != actor1.canonical) and (assoc1 is None or a.canonical != assoc1.canonical)
    ]
    if actor2 is None:
        # "struck IS-held houses": the side holding what the action hit, before anyone a later sentence names (not
        # "In the regime-held countryside of Hama, two brothers were wounded": where, opening the sentence)
        actor2 = next(
            (
                o
                for o in main.holders
                if (actor1 is None or o.canonical != actor1.canonical)
                and not (o.start < trigger.start and _SETTING_OPENS.match(main.masked[: o.start]))
            ),
            None,
        )
    if actor2 is None:
        later = [
            a
            for u in group
            for a in u.actors
            if a in others
            and a.start >= 0
            and a not in main.actors
            # "The security forces found the launch pad used in the attack": they came after it, no side of it
            and not (u is not main and _RESPONDED.match(u.masked, a.end))
            # "The Turkish defence ministry attributed the attack to the YPG": who blames, no side of it
            and not (u is not main and _BLAMES_AFTER.match(u.masked, a.end))
            # ... and whom it blames, a suspect, not the side the attack struck
            and not (u is not main and _BLAMED_BEFORE.search(u.masked, max(0, a.start - 60), a.start))
        ]
        if later:
            actor2 = later[0]
    if actor2 is None:
        # "air defences shot down a drone launched from rebel-held areas": the side it came from is the target;
        # failing that, the side that holds the place attacked ("infiltrated Albukamal, held by the Syrian army")
        actor2 = next(
            (
                o
                for u in group
                for o in u.origins + u.holders
                if (actor1 is None or o.canonical != actor1.canonical)
                and not (o in u.holders and _SETTING_OPENS.match(u.masked[: o.start]))
            ),
            None,
        )

    if (
        actor1 is not None
        and actor2 is not None
        and _RECIPROCAL_FIGHT.search(trigger.text)
        and (started := _STARTED_BY.search(main.masked, trigger.end)) is not None
        and any(
            (a.canonical == actor2.canonical or (a.kind == actor2.kind and a.canonical != actor1.canonical))
            and started.start("who") <= a.start < started.end("who")
            for a in main.actors
        )
    ):
        # "Clashes erupted between the SDF and gunmen of the Akidat tribe ..., after tribal gunmen attacked SDF
        # positions": the side that attacked first is actor1
        actor1, actor2 = actor2, actor1
    if (
        actor2 is not None
        and actor2.start >= 0
        and (weapon := _WEAPON_OF.search(main.masked, max(0, actor2.start - 50), actor2.start)) is not None
        and (
            actor1 is None
            or actor1.canonical.startswith("Unidentified")
            or actor1.canonical == actor2.canonical
            # ("fixed-wing warplanes believed to belong to the US-led coalition": the weapon itself read as a force)
            or actor1.start <= weapon.start() < actor1.end
        )
    ):
        # "a drone belonging to the Turkish army bombed a fuel station": the weapon's owner struck
        owner = actor2
        actor1 = owner
        actor2 = next((a for a in main.actors if a.start > owner.end and a.canonical != owner.canonical), None)
    if (
        actor1 is not None
        and actor2 is not None
        and actor1.canonical == actor2.canonical
        and not _fights(main)
    ):
        # "a drone belonging to the Turkish occupation army targeted a military vehicle, killing two of our fighters":
        # the side named twice acted; the target is another side, if one is named after the action
        actor2 = next(
            (a for a in main.actors if a.start >= trigger.start and a.canonical != actor1.canonical), None
        )

    # --- casualties and claims
    claims, victims_civilian = _claims(group, item, ctx)
    killed, wounded = _best_counts(claims, actor1, ctx)
    if wounded is not None and wounded.best and "of the" in texts and (moved := DIED_OF_WOUNDS.search(texts)):
        # "... three were killed and 14 wounded. One of the wounded died later": counted with the dead, so no
        # longer with the wounded
        n = parse_number(moved.group("n").lower())
        if n is not None and n <= wounded.best and killed is not None and (killed.best or 0) >= n:
            wounded = Count.exact(wounded.best - n)
    if " toll to " in texts and (pair := TOLL_PAIR.search(texts)) is not None:
        # the running total of dead and wounded stands for the figures told before it
        dead, hurt = parse_number(pair.group("n").lower()), parse_number(pair.group("n2").lower())
        if dead is not None and hurt is not None:
            killed, wounded = Count.exact(dead), Count.exact(hurt)
    if (
        actor2 is not None
        and actor2 in main.actors
        and "former" in main.masked
        and _FORMER_MEMBER.search(main.masked, max(0, actor2.start - 50), actor2.start)
    ):
        # "a former commander in the opposition factions was shot dead": a former fighter is a civilian (ACLED)
        actor2, victims_civilian = None, True
    host_army = False
    if (
        (actor2 is None or is_civilian(actor2))
        and actor1 is not None
        and actor1.kind == "External/Other forces"
        and trigger.cue.event_type == "Explosions/Remote violence"  # (not "Russian air defences at Hmeimim shot down")
        and country
        and ("ilitary" in main.masked or "efen" in main.masked or "rmy" in main.masked or "Staff" in main.masked)
        and (site := _HOST_MILITARY_SITE.search(main.masked, trigger.end)) is not None
        and (actor2 is None or actor2 not in main.actors or site.start() < actor2.start)
    ):
        # "Israeli warplanes fired missiles at military positions near Kisweh ..., saying two civilians were
        # wounded": a foreign state's strike on the country's military sites has that military as its target,
        # whoever died there
        army = ctx.actors.get("government forces", country)
        if army is not None:
            actor2, host_army = _synthetic(army.name_for(country), army.kind), True
    target_civilian = victims_civilian or is_civilian(actor2) or _civilian_target(main, trigger, ctx.cues)
    # In a clash the dead are fighters; a party's headquarters or camp that was hit names the target.
    keep_target = (
        actor2 is not None
        and not is_civilian(actor2)
        and (
            host_army
            or _fights(main) is not None
            # "captured Sinjar and the Yazidi villages around it after Peshmerga units pulled out": ground taken
            # from a force, whoever lived there
            or (main.openers and main.openers[0].cue.sub in ("@territory", "Non-violent transfer of territory"))
            or (
                actor2 in main.actors
                and (
                    _FACILITY_OF.search(main.masked, max(0, actor2.start - 40), actor2.start) is not None
                    # "Turkish jets struck YPG positions ...; ten people, seven of them civilians, were killed"
                    or _FACILITY_AFTER.match(main.masked, actor2.end) is not None
                )
            )
        )
    )
    if target_civilian and not is_civilian(actor2) and country and not keep_target:
        civ = ctx.actors.get("civilians", country)
        if civ is not None:
            prior = actor2
            actor2 = _synthetic(civ.name_for(country), civ.kind)
            if (prior is not None and not is_state(actor1)) or prior is not None:
                assoc2 = prior

    members = _victims_named_members(group, actor1)
    if members is not None and (
        actor2 is None
        or is_civilian(actor2)
        # "struck a military vehicle ..., killing two fighters of the SDF": whose vehicle, the dead say
        or (members.canonical != actor2.canonical and _HARDWARE.fullmatch(actor2.text) is not None)
    ):
        # "killing 14 people, seven of them IRGC members": the victims a party can be named for are its members
        actor2, target_civilian = members, False

    main_cues = main.cues
    if any(c.cue.priority >= 50 for c in main_cues):
        # The sentence that tells the action decides; later sentences (a denial, an interception claim,
        # a consequence) only refine it within the same event type.
        main_types = {c.cue.event_type for c in main_cues}
        cues = main_cues + [c for u in group[1:] for c in u.cues if c.cue.event_type in main_types]
        if main.openers[0].cue.sub in _FIRED_SUBS:
            # "... claimed a drone attack on the US base at al-Shaddadi. The Observatory said the base's defences
            # shot the drone down": the weapon told was stopped, the attack is disrupted weapons use (ACLED)
            cues += [
                c
                for u in group[1:]
                for c in u.cues
                if c.cue.sub == "Disrupted weapons use"
                and _SAME_WEAPON_DOWN.search(u.masked)
                and not SOME_GOT_THROUGH.search(u.masked)
            ]
    raid = [c for c in main_cues if c.cue.sub == "Armed clash" and _RAID_OR_FOIL.match(c.text)]
    raid_ended_in_arrests = False
    if raid and not any(c.cue.sub == "Arrests" for c in main_cues):
        arrests = [c for u in group[1:] for c in u.cues if c.cue.sub == "Arrests"]
        if arrests and not _RECIPROCAL_FIGHT.search(texts) and not _DEATH_WORD.search(texts):
            # "Our units raided a hideout of an ISIS cell ... Three members of the cell were arrested": a raid that
            # ends in arrests, with no fight told, is an arrest (ACLED)
            cues = arrests + [c for c in cues if c not in raid]
            raid_ended_in_arrests = True
    if (
        not raid_ended_in_arrests
        and any(c.cue.sub == "Arrests" for c in main_cues)
        and "search" in main.masked
        and _SEARCHED_HOMES.search(main.masked)
        and not _DEATH_WORD.search(texts)
        and not _RECIPROCAL_FIGHT.search(texts)
    ):
        # "Israeli troops entered the village of Jubata al-Khashab, searched several homes and detained two young
        # men": an incursion to search and arrest, no ground taken
        cues = [c for c in cues if c.cue.sub == "Arrests" or c.cue.event_type != "Battles"]
        raid_ended_in_arrests = True
    if (
        any(c.cue.sub == "Disrupted weapons use" for c in cues)
        and any(c.cue.sub in _FIRED_SUBS for c in cues)
        and "intercept" in texts
        and _MOST_INTERCEPTED.search(texts)
    ):
        # "ballistic missiles and rockets were fired at Ain al-Asad air base; most were intercepted": the rest hit,
        # an attack (all of them stopped would be disrupted weapons use)
        cues = [c for c in cues if c.cue.sub != "Disrupted weapons use"]
    # (a protest named in a modifier, "an activist who had helped organize the sit-in", tells no protest)
    crowd = [c for c in main_cues if c.cue.event_type in {"Protests", "Riots"} and c.cue.priority >= 50]
    if crowd and not any(
        c.cue.priority >= 70 and c.start < crowd[0].start and c.cue.event_type not in {"Protests", "Riots"}
        for c in main_cues
    ):
        # The main predicate is a protest: other cues (arrests, shooting) only tell how it was handled ("a suicide
        # car bomb struck a crowd of civilians gathered outside ..." is the bombing, the crowd its target).
        cues = [c for c in cues if c.cue.event_type in {"Protests", "Riots"}]
    main_text = main.masked
    if _fights(main):
        target_civilian = False  # in a clash the dead are fighters, whatever the report calls them
    elif _TARGETED_KILLING.search(main_text) and _targeted_civilian(main, texts):
        target_civilian = True  # a member shot at home or at his farm: a targeted killing, not a battle
    if not raid_ended_in_arrests and any(c.cue.sub == "Arrests" for c in cues) and _arrests_follow(group):
        # "clans fought ...; police arrested 11 people after the fighting", "rounded up the men ... and shot them
        # dead": the arrests come after (or lead to) the violence the event is about
        cues = [c for c in cues if c.cue.sub != "Arrests"]
    decided = decide_type(
        cues, texts, target_is_civilian=target_civilian, actor1_is_state=is_state(actor1), book=ctx.cues
    )
    if decided is None:
        return None
    event_type, sub_type = decided
    if (
        sub_type in {"Armed clash", "Attack"}
        and actor1 is not None
        and actor1.text
        and _AIR_ARM.search(actor1.text)
        and re.match(r"(?:attacked|targeted|struck|hit|bombed|raided|pounded|(?:was|were)\s+neutrali[sz]ed|neutrali[sz]ed)\b", trigger.text, re.I)
        and not _fights(main)
    ):
        # "The Iraqi air force attacked an ISIS hideout": an attack from the air is an air strike
        event_type, sub_type = "Explosions/Remote violence", "Air/drone strike"
    if (
        sub_type == "Shelling/artillery/missile attack"
        and not _FIRED_WITH.search(texts)
        and (target_civilian or not is_state(actor1))
    ):
        # "gunmen fired on a police patrol": "fired at" with no shell or rocket named is gunfire, unless an army
        # fires at an area ("the Syrian army fired at the southern Aleppo region")
        event_type, sub_type = (
            ("Violence against civilians", "Attack") if target_civilian else ("Battles", "Armed clash")
        )
    if (
        sub_type == "Armed clash"
        and actor2 is None
        and (killed is None or not killed.best)
        and (wounded is None or not wounded.best)
        and _WRECKED.search(texts)
    ):
        # "masked gunmen stormed the offices of two television channels and smashed studio equipment": no fight
        event_type, sub_type = "Strategic developments", "Looting/property destruction"
    if (
        sub_type == "Grenade"
        and actor2 is not None
        and not is_civilian(actor2)
        and not target_civilian
        and _SMALL_ARMS.search(texts)
    ):
        # "attacked an army checkpoint with small arms and a hand grenade": a fight, the grenade one of its weapons
        event_type, sub_type = "Battles", "Armed clash"
    if sub_type == "Air/drone strike" and (flag := _AIRCRAFT_WERE.search(texts)) is not None:
        # "warplanes struck a hospital in Arbin ... Activists said the jets were Russian", "SOHR attributed the raids to
        # Russian aircraft": whose aircraft, told after the strike
        named = ctx.actors.find((flag.group("nation") or flag.group("nation2")) + " warplanes", country=country)
        if named and (actor1 is None or actor1.canonical != named[0].canonical) and (
            actor1 is None or actor1.canonical.startswith(("Unidentified", "Military Forces of"))
        ):
            if actor2 is not None and actor2.canonical == named[0].canonical:
                actor2 = None
            actor1 = _synthetic(named[0].canonical, named[0].kind)
    if (
        sub_type == "Non-violent transfer of territory"
        and actor1 is not None
        and _LEFT_THE_GROUND.match(trigger.text)
        and ("entered" in texts or "took over" in texts or "moved into" in texts or "deployed" in texts)
    ):
        # "Peshmerga forces withdrew overnight from Sinjar town ..., and Iraqi army units and PMF fighters entered the
        # town without fighting": the side that comes in takes the ground and is actor1 (ACLED), the one that left it
        # actor2
        taker = next(
            (
                a
                for u in group
                for a in u.actors
                if a.canonical != actor1.canonical
                and (u is not main or a.start > trigger.end)
                and _ENTERED_AFTER.match(u.masked, a.end)
            ),
            None,
        )
        if taker is not None:
            actor1, actor2 = taker, actor1
    if sub_type == "Non-violent transfer of territory" and "handed" in main.masked:
        to = _HANDED_TO.search(main.masked)
        taker = next((a for a in main.actors if to is not None and a.start == to.end()), None)
        if taker is not None and (actor1 is None or taker.canonical != actor1.canonical):
            # "Peshmerga forces handed over Dibis to the Iraqi army": the side that takes the ground is actor1 (ACLED)
            actor1, actor2 = taker, actor1
    if (
        sub_type in _TAKE_OVERS
        and trigger.cue.sub == "Armed clash"
        and roles.actor1_basis == "between"
        and actor1 is not None
        and (won := next((c for c in main.openers if c.cue.sub == "@territory" and c.start > trigger.end), None))
    ):
        # "Fighting between the YPG and the Turkish forces and the factions ... went on near Bulbul, where the
        # factions took control of two villages": the side that took the ground acted, the first side named (or the
        # second, when the first won) lost it
        clause = max(main.masked.rfind(";", 0, won.start), main.masked.rfind(", where", 0, won.start))
        taken = assign_roles(
            main.masked, [a for a in main.actors if a.start > clause], trigger_start=won.start, trigger_end=won.end,
            passive=won.cue.passive,
        )
        winner = taken.actor1
        sides = [a for a in main.actors if actor1.start <= a.start < won.start]
        if (
            winner is not None
            and taken.actor1_basis == "subject"
            and winner.canonical in {a.canonical for a in sides}
            and winner.canonical != actor1.canonical
        ):
            actor1, actor2 = winner, actor1
    surface = (
        sub_type in {"Shelling/artillery/missile attack", "Air/drone strike"}
        and _may_hold(texts, _SURFACE_MISSILE_WORDS)
        and _SURFACE_MISSILE.search(texts) is not None
        # ("Hangars, fuel depots and about 20 aircraft were hit": aircraft struck on the ground flew no strike)
        and not any(not _AIRCRAFT_HIT.match(texts, a.end()) for a in _AIRCRAFT.finditer(texts))
    )
    if (
        sub_type == "Shelling/artillery/missile attack"
        and actor1 is not None
        and actor1.canonical in _AIR_POWERS
        and _MISSILE.search(texts)
        and not surface
    ):
        sub_type = "Air/drone strike"  # ACLED codes these states' missile strikes as air strikes
    if (
        sub_type in {"Armed clash", "Remote explosive/landmine/IED", "Attack"}
        and actor1 is not None
        and actor1.canonical in _STRIKE_FROM_AIR
        and _STRIKE_VERB.search(main.masked)
        and not _GROUND_FIGHT.search(texts)
    ):
        # "Israel struck militia positions near Albukamal, killing six fighters": no ground fighting is told
        event_type, sub_type = "Explosions/Remote violence", "Air/drone strike"
    elif (
        sub_type in {"Armed clash", "Attack"}
        and actor1 is not None
        and section.lead_actor is not None
        and actor1.canonical == section.lead_actor.canonical
        and (_BARE_STRIKES.fullmatch(trigger.text) or _THE_STRIKES.search(main.masked))
        and not _GROUND_FIGHT.search(texts)
    ):
        # "Turkish warplanes carried out airstrikes in northern Syria and Iraq ... The SDF said the strikes on villages
        # in the Derik area killed 11 civilians": the strikes the lede told, from the air
        event_type, sub_type = "Explosions/Remote violence", "Air/drone strike"
    if sub_type == "Air/drone strike" and surface and not _DRONE.search(texts):
        # "destroyers fired 59 Tomahawk cruise missiles", "the IRGC fired ballistic missiles": launched from the
        # ground or the sea, no aircraft told
        sub_type = "Shelling/artillery/missile attack"
    if (
        event_type in {"Battles", "Violence against civilians"}
        or (sub_type == "Shelling/artillery/missile attack" and not _PROJECTILE.search(texts))
    ) and any(a is not None and a.kind == "Protesters" for a in (actor2, assoc2)) and not (
        "bod" in main.masked and _FOUND_BODY.search(main.masked)  # ("police found the body of a protester")
    ):
        # "riot police opened fire on protesters": force used on a demonstration is a protest event (ACLED)
        event_type, sub_type = "Protests", "Excessive force against protesters"
    if sub_type == "Abduction/forced disappearance" and "found" in texts and (body := _BODY_FOUND.search(texts)):
        # "abducted a preacher from his house ...; police found his body, with gunshot wounds, the next morning": a
        # killing (ACLED codes the abduction that ends in death as the attack, with its dead)
        sub_type = "Attack"
        if killed is None or not killed.best:
            killed = Count.exact(1) if body.group("one") or body.group("one2") else killed
    if (
        event_type == "Violence against civilians"
        and sub_type == "Attack"
        and not is_civilian(actor2)
        and country
    ):
        civ = ctx.actors.get("civilians", country)
        if civ is not None:
            assoc2 = actor2
            actor2 = _synthetic(civ.name_for(country), civ.kind)
    if event_type == "Violence against civilians" and actor2 is None and country:
        # "a boy was abducted by gunmen": violence against civilians always has civilians as its target (ACLED)
        civ = ctx.actors.get("civilians", country)
        if civ is not None:
            actor2 = _synthetic(civ.name_for(country), civ.kind)
    if (
        sub_type == "Non-violent transfer of territory"
        and actor1 is not None
        and not is_civilian(actor1)
        and _AFTER_FIGHTING.search(texts)
        and not _NO_FIGHT.search(texts)
    ):
        # "HTS entered Hama city after several days of fighting; regime forces withdrew": ground won by fighting
        event_type = "Battles"
        sub_type = "Government regains territory" if is_state(actor1) else "Non-state actor overtakes territory"
    if sub_type in {"Government regains territory", "Non-state actor overtakes territory"} and _NO_FIGHT.search(texts):
        # "The entry took place without fighting, after the rebels handed over their weapons"
        event_type, sub_type = "Strategic developments", "Non-violent transfer of territory"
    if (
        sub_type == "Non-violent transfer of territory"
        and actor1 is not None
        and actor2 is not None
        and _GAVE_UP.match(trigger.text)
        and trigger in main.cues
        and not is_civilian(actor2)
        and (before := [a for a in main.actors + main.origins + main.holders if 0 <= a.end <= trigger.start])
        and max(before, key=lambda a: a.end).canonical == actor1.canonical  # the side that withdrew is the subject
    ):
        # "coalition forces withdrew from the al-Qaim base and handed it over to the Iraqi army": the side that took
        # the ground over is actor1, the one that left it actor2 (ACLED)
        actor1, actor2 = actor2, actor1
    if (
        event_type in {"Battles", "Violence against civilians", "Explosions/Remote violence"}
        and actor1 is not None
        and actor1.kind in {"Protesters", "Rioters"}
    ):
        # "Protesters attacked the governorate building": a crowd's violence is a riot (ACLED)
        event_type, sub_type = "Riots", "Mob violence" if MOB_ON_PEOPLE.search(texts) else "Violent demonstration"
    if sub_type == "Arrests" and actor1 is not None and not is_state(actor1) and _DISAPPEARED.search(texts):
        # "HTS security members detained a media activist ... took him to an unknown location": no state holds him
        event_type, sub_type = "Violence against civilians", "Abduction/forced disappearance"
    if sub_type == "Agreement" and actor2 is not None and _BROKER.search(texts, max(0, _start_in(group, actor2) - 30),
                                                                   max(0, _start_in(group, actor2))):
        # "an agreement brokered by Turkish officers": the mediator is no party; the next side named may be
        broker = actor2
        actor2 = next(
            (a for u in group for a in u.actors if a.start > 0 and a.canonical not in {broker.canonical,
             actor1.canonical if actor1 else ""} and (u is not main or a.start > broker.start)),
            None,
        )
    if (
        sub_type != "Agreement"
        and actor1 is not None
        and actor2 is not None
        and assoc1 is None
        and _holds(main, actor1)
        and _holds(main, actor2)
        and actor1.end <= actor2.start
        and _CO_ACTOR_JOINT.fullmatch(main.masked, actor1.end, actor2.start) is not None
        and _CO_ACTOR_BY.search(main.masked, max(0, actor1.start - 12), actor1.start) is not None
    ):
        # "airstrikes by Government of Syria (GoS) and Russian forces hit ten schools": the two struck together
        assoc1, actor2 = actor2, None
        victims = next((a for u in group for a in u.actors if a.kind == "Civilians"), None)
        actor2 = victims
    if sub_type == "Agreement" and actor2 is None and assoc1 is not None:
        actor2, assoc1 = assoc1, None  # "HTS and the Third Legion signed an agreement": the two parties
    if (
        sub_type == "Remote explosive/landmine/IED"
        and (actor1 is None or actor1.canonical.startswith("Unidentified"))
        and _DEPOT.search(texts)
        and _CAUSE_UNKNOWN.search(texts)
    ):
        # "A powerful explosion rocked a weapons depot of the PMF ... The cause of the blast is still unknown.": no
        # attack told, an explosion at a depot (ACLED: strategic development, its owner the actor)
        event_type, sub_type, actor1 = "Strategic developments", "Other", None
    if sub_type == "Agreement" and actor1 is None and actor2 is not None and actor2.kind == "Identity militia":
        actor1 = actor2  # "a reconciliation was concluded between the X and Y clans": the parties named together
    if sub_type == "Disrupted weapons use" and killed is not None and (killed.best or 0) > 0:
        # "a landing operation ... killing two terrorists and seizing two rifles": a raid that kills is a clash
        event_type, sub_type = "Battles", "Armed clash"
    if (
        sub_type == "Attack"
        and not (killed is not None and killed.best)
        and not (wounded is not None and wounded.best)
        and _DISAPPEARED.search(texts)
    ):
        # "raided the house of a media activist and took him to an unknown destination": no one hurt, one taken
        sub_type = "Abduction/forced disappearance"
    if sub_type == "Abduction/forced disappearance" and killed is not None and (killed.best or 0) > 0:
        # "seized two shepherds ...; their bodies were recovered": ACLED records an abduction with fatalities as an
        # attack
        sub_type = "Attack"
    if sub_type == "Agreement":
        # An agreement kills no one: "ending a feud that had killed four people" counts the feud's dead.
        killed = wounded = None
        claims = []  # nor does any source's figure for it
        if actor1 is not None and actor1.kind == "Identity militia" and (actor2 is None or is_civilian(actor2)):
            actor2 = actor1  # "elders of two clans signed an agreement": a tribe on both sides
    if (
        event_type in {"Battles", "Violence against civilians"}
        and not (actor1 is not None and actor1.kind == "Identity militia")
        and (actor1 is None or actor1.canonical.startswith("Unidentified"))
        and _CLAN_FEUD.search(main.masked)
    ):
        # "One person died ... in a dispute between two clans": the clans fought it, whoever the dead were (ACLED)
        tribal = ctx.actors.get("tribal militia", country)
        if tribal is not None:
            actor1 = actor2 = _synthetic(tribal.name_for(country), tribal.kind)
            event_type, sub_type = "Battles", "Armed clash"
    if sub_type == "Headquarters or base established":
        actor2 = assoc2 = None  # ACLED: the side that sets up the base, nobody acted upon
    elif event_type == "Strategic developments" and sub_type == "Other" and actor1 is None and actor2 is not None:
        # "explosions of unknown origin hit a PMF weapons depot": the depot's owner is the event's actor
        actor1, actor2 = actor2, None
    if event_type == "Battles" and actor2 is None:
        pre = [a for u in preamble for a in u.actors if actor1 is None or a.canonical != actor1.canonical]
        if pre:
            actor2 = pre[0]
    if (
        event_type == "Protests"
        and actor1 is not None
        and (actor1.kind in _NON_STATE_ARMED or actor1.canonical.startswith("Unidentified Armed Group"))
        and ((killed is not None and killed.best) or (wounded is not None and wounded.best))
    ):
        # "unidentified armed men fired on protesters ..., killing four": violence by a non-state group against a
        # crowd is an attack on civilians, the protesters its target (ACLED)
        entry = ctx.actors.get("protesters", country)
        event_type, sub_type = "Violence against civilians", "Attack"
        if entry is not None:
            actor2 = _synthetic(entry.name_for(country), entry.kind)
    if event_type in {"Protests", "Riots"}:
        # ACLED: the protesters/rioters are actor1 in every protest and riot; a force that intervenes, or uses
        # excessive force on them, is actor2.
        kind_name = "protesters" if event_type == "Protests" else "rioters"
        entry = ctx.actors.get(kind_name, country)
        if entry is not None:
            crowd = _synthetic(entry.name_for(country), entry.kind)
            force = next(
                (
                    a
                    for a in [actor1, actor2, *_owners_first(others, group)]
                    if a is not None and a.kind not in {"Protesters", "Rioters", "Civilians"}
                ),
                None,
            )
            if sub_type == "Peaceful protest":
                actor1, actor2 = crowd, None
            else:
                actor1, actor2 = (
                    crowd,
                    force
                    if sub_type != "Mob violence"
                    else (actor2 if actor2 is not None and actor2.kind == "Civilians" else None),
                )
    if (
        actor1 is not None
        and actor1.canonical.endswith(f"Tribal Militia ({country})")
        and event_type in {"Battles", "Violence against civilians"}
        and _FEUD.search(texts)
        and (actor2 is None or is_civilian(actor2) or actor2.canonical == actor1.canonical)
    ):
        # "an armed dispute between two clans ... killing one person": the dead are clansmen, both sides a tribe
        event_type, sub_type, actor2, assoc2 = "Battles", "Armed clash", actor1, None
    if actor1 is not None and (is_civilian(actor1) or is_state(actor1)) and _FOUND_BODY.search(main.masked):
        actor1 = None  # "residents found the body of a young man", "Police found the body": finders, not killers
    if actor1 is None and event_type in {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    }:
        actor1 = _claimant(group, ctx, country)
        coded = next((m for u in group for m in _CODED_TO.finditer(u.masked)), None) if actor1 is None else None
        if coded is not None:
            # "Turkey blamed the Syrian government; Russia denied it. Coded to the Syrian air force.": the coder's
            # own attribution of an unclaimed act
            who = coded.group("who").strip()
            adjective = STATE_ADJECTIVE.get(who.lower())  # ("Coded to Turkey.": the state's forces)
            actor1 = next(iter(ctx.actors.find(f"{adjective} army" if adjective else who, country=country)), None)
        if actor1 is None and (
            (country in ("Syria", None) and "barrel bomb" in texts.lower())
            # "helicopters dropped two barrels releasing a yellowish gas", "a gas cylinder dropped from a helicopter"
            or (country == "Syria" and event_type == "Explosions/Remote violence" and _HELICOPTER.search(texts))
        ):
            # only the Syrian government's helicopters dropped barrel bombs: ACLED codes them to its forces
            regime = ctx.actors.get("government forces", "Syria")
            if regime is not None:
                actor1 = _synthetic(regime.name_for("Syria"), regime.kind)
        if (
            actor1 is None
            and actor2 is not None
            and actor2.kind == "Identity militia"
            and event_type == "Battles"
            and _fights(main) is not None
        ):
            actor1 = actor2  # "killed by a stray bullet during an exchange of fire between two tribes": both sides
        if actor1 is None:
            # "... an air strike flattened a house, killing seven members of one family ... A spokesman for the
            # U.S.-led coalition said it had carried out strikes in the area that night": the side that says it did
            # the same kind of act
            actor1 = next(
                (
                    a
                    for u in group
                    if u is not main and any(c.cue.sub == sub_type for c in u.cues)
                    for a in u.actors
                    if not is_civilian(a) and a.kind not in _NOT_FORCES and _SAID_IT_DID.match(u.masked, a.end)
                ),
                None,
            )
        unknown = ctx.actors.get("unidentified armed group", country)
        if actor1 is None and unknown is not None and country:
            # ACLED's convention for an attack nobody is named for.
            actor1 = _synthetic(unknown.name_for(country), unknown.kind)
    if (
        assoc2 is None
        and actor2 is not None
        and not is_civilian(actor2)
        and country
        and any(_SOME_CIVILIANS.match(u.masked, c.end) for u in group for c in u.casualties)
    ):
        civ = ctx.actors.get("civilians", country)
        if civ is not None:
            assoc2 = _synthetic(civ.name_for(country), civ.kind)  # the civilians among the target's dead
    if assoc2 is not None and actor2 is not None and assoc2.canonical == actor2.canonical:
        assoc2 = None

    if event_type == "Protests" and sub_type == "Peaceful protest":
        # "... protested in Azaz. Military police fired into the air to disperse them.": how the same crowd was met,
        # told in the item's next sentence
        rest = item.text[max(u.end for u in group) :]
        if ctx.cues.protest_excessive.search(rest):
            sub_type = "Excessive force against protesters"
        elif ctx.cues.protest_intervention.search(rest):
            sub_type = "Protest with intervention"
        if sub_type != "Peaceful protest" and actor2 is None:
            # the force that met the crowd is named in that next sentence
            end = max(u.end for u in group)
            later = [u for u in (units or []) if u.start >= end]
            actor2 = next(
                (
                    a
                    for a in _owners_first([a for u in later for a in u.actors], later)
                    if a.kind not in {"Protesters", "Rioters", "Civilians"}
                ),
                None,
            )
    if (
        sub_type == "Protest with intervention"
        and killed is not None
        and (killed.best or 0) > 0
        and actor2 is not None
        and is_state(actor2)
    ):
        # "security forces fired tear gas canisters directly at protesters' heads. At least eight protesters died":
        # force that killed is excessive force (ACLED)
        sub_type = "Excessive force against protesters"

    if sub_type == "Disrupted weapons use" and trigger.cue.sub in _FIRED_SUBS:
        # "the Islamic Resistance claimed a drone attack on the Harir air base ...; US air defences shot the drone
        # down": the side that stopped the weapon acted, the side that launched it is acted upon (ACLED); "the
        # base's defences" are those of the side attacked
        stopper = next(
            (
                a
                for u in group
                for a in u.actors
                if _AIR_DEFENCE_AFTER.match(u.masked, a.end) or _DOWNED_BY.search(u.masked, max(0, a.start - 30), a.start)
            ),
            actor2 if actor2 is not None and not is_civilian(actor2) and _DEFENCES.search(texts) else None,
        )
        if stopper is not None and (actor1 is None or stopper.canonical != actor1.canonical):
            actor1, actor2 = stopper, actor1
    elif sub_type == "Disrupted weapons use" and trigger.cue.sub == "Disrupted weapons use":
        # "a drone was shot down as it approached Harir air base ..., brought down by the air defences of the
        # international coalition": the stopper named after the act
        stopper = next(
            (a for u in group for a in u.actors if _DOWNED_BY.search(u.masked, max(0, a.start - 40), a.start)), None
        )
        if stopper is not None and (actor1 is None or stopper.canonical != actor1.canonical):
            # (not "..., the region's counter-terrorism service said": who told it launched nothing)
            carried = actor1 if actor1 is not None else actor2
            told_it = carried is not None and any(_holds(u, carried) and _SPEAKS.match(u.masked, carried.end) for u in group)
            actor1, actor2 = stopper, None if told_it else carried
    if (
        sub_type == "Disrupted weapons use"
        and trigger.text[:3].lower() == "air"
        and actor1 is not None
        and not is_state(actor1)
        and (actor2 is None or not is_state(actor2))
    ):
        # "the air defence systems of the Hmeimim airbase destroyed two drones launched by militants": the defences
        # acted (the release's own side, if no other is named), the militants' weapons were stopped
        actor1, actor2 = (_synthetic(ctx.publisher.canonical, ctx.publisher.kind) if ctx.publisher else None), actor1
    if sub_type == "Disrupted weapons use" and actor1 is None:
        # "The coalition's air defences had intercepted the aircraft", "shot down by Iraqi forces": who stopped it
        stopper = next(
            (
                a
                for u in group
                for a in u.actors
                if _AIR_DEFENCE_AFTER.match(u.masked, a.end) or _DOWNED_BY.search(u.masked, max(0, a.start - 30), a.start)
            ),
            None,
        )
        if stopper is not None:
            actor1 = stopper
            actor2 = None if actor2 is not None and actor2.canonical == stopper.canonical else actor2
    if (
        sub_type == "Disrupted weapons use"
        and actor2 is None
        and perpetrator is not None
        and (actor1 is None or perpetrator.canonical != actor1.canonical)
    ):
        # "a drone was intercepted by the coalition's air defences ... The Islamic Resistance again claimed
        # responsibility": the side whose attack was stopped
        actor2 = perpetrator
    if (
        sub_type == "Arrests"
        and killed is not None
        and (killed.best or 0) > 0
        and actor2 is not None
        and not is_civilian(actor2)
        and _RAID.search(texts)
    ):
        # "a helicopter-borne raid; one ISIS member was killed and two others detained": a fight, the arrests after it
        event_type, sub_type = "Battles", "Armed clash"
    if (
        sub_type == "Arrests"
        and is_civilian(actor2)
        and (held := _HELD_PROTESTERS.search(main.masked, trigger.end, trigger.end + 80)) is not None
    ):
        # "arrested at least 12 activists and demonstrators": the crowd's people held (ACLED: protesters)
        found = ctx.actors.find(held.group(0), country=country)
        if found and found[0].kind == "Protesters":
            actor2 = replace(found[0], start=actor2.start if actor2 is not None else -1, end=actor2.end if actor2 else -1)
    if event_type == "Violence against civilians" and sub_type == "Attack" and _MASSACRE.fullmatch(trigger.text):
        # "the massacre committed by regime warplanes": a massacre is what the weapon did; the weapon is the type
        weapon = _MASSACRE_BY_AIR.search(main.masked) or _MASSACRE_BY_SHELLS.search(main.masked)
        if weapon is not None:
            event_type = "Explosions/Remote violence"
            sub_type = "Air/drone strike" if weapon.re is _MASSACRE_BY_AIR else "Shelling/artillery/missile attack"
    if (
        event_type == "Explosions/Remote violence"
        and actor2 is not None
        and (killed is None or not killed.best)
        and (wounded is None or not wounded.best)
        and _NO_HARM.search(texts)
        and not _PERSONS_PROPERTY.search(main.masked)  # "the house of a local journalist": a person was the target
        and (is_civilian(actor2) or _CARGO_FOR.search(main.masked, max(0, actor2.start - 40), actor2.start))
    ):
        # "shelled the orchards ... No casualties were reported", "a convoy carrying supplies for the coalition ...
        # the drivers were unhurt": property hit, nobody the attack was on
        actor2 = None
    if sub_type == "Other" and "grave" in trigger.text.lower():
        # A mass grave found: ACLED records no fatalities for it (the dead cannot be dated to the day it is found);
        # the dead are its victims, whoever the text says killed them.
        killed, wounded = Count.exact(0), None
        if is_civilian(actor1) and actor2 is None:
            actor1, actor2 = None, actor1
        killer = next(
            (
                a
                for a in main.actors
                if not is_civilian(a) and _BY_BEFORE.search(main.masked, max(0, a.start - 14), a.start)
            ),
            None,
        )
        if killer is not None:  # "the remains of Yazidis killed by IS": the killers, not who found them
            actor1 = killer
            actor2 = actor2 if is_civilian(actor2) else next((a for a in main.actors if is_civilian(a)), actor2)

    if (
        actor1 is not None
        and is_civilian(actor1)
        and event_type in {"Explosions/Remote violence", "Violence against civilians"}
        and (actor2 is None or is_civilian(actor2) or actor2.kind not in _NOT_FORCES)
    ):
        # "Three civilians were martyred ... as terrorists of Jabhat al-Nusra ... targeted the neighbourhoods", "a
        # farmer lost a leg when a landmine exploded": civilians shell and mine nobody; they were the ones hit
        actor1, actor2 = (None, actor1) if actor2 is not None and is_civilian(actor2) else (actor2, actor1)
        if actor1 is None and sub_type == "Remote explosive/landmine/IED" and country:
            actor1 = _synthetic(f"Unidentified Armed Group ({country})", "Political militia")
    if (
        actor1 is not None
        and actor2 is not None
        and actor1.canonical == actor2.canonical
        and actor1.kind in ("State forces", "External/Other forces")
        and event_type in {"Explosions/Remote violence", "Violence against civilians"}
    ):
        # "barrel bombs dropped by government helicopters hit a hospital ..., as the Syrian army pressed its offensive":
        # a force does not bomb itself; the other side named, else the civilians the text names, else nobody
        actor2 = next((a for a in main.actors if a.canonical != actor1.canonical and not a.canonical.startswith(
            "Unidentified")), None)
        civ = ctx.actors.get("civilians", country) if country else None
        if actor2 is None and civ is not None and ctx.cues.civilian_nouns.search(texts):
            actor2 = _synthetic(civ.name_for(country), civ.kind)

    # --- span and quote
    last = max((u for u in group), key=lambda u: u.end)
    span = Span(doc_id, base + main.start, base + last.end)
    quote = ctx.text[span.start : span.end]

    # --- citations
    citations = _citations(group, preamble, item, ctx, reporter, base, units or group, section.sources)

    # --- date
    date = (
        section.lead_date
        if section.row_date and section.lead_date is not None and not any(
            # ("Coalition airstrike on houses ...; ... and in May 2017 admitted 105 civilian deaths": a month, or a
            # day after the row's, tells what followed, not the incident's day)
            d.basis == DateBasis.STATED and (d.end - d.start).days < 27 and d.start <= section.lead_date.end
            for u in group for d in u.dates
        )
        else _date(group, preamble, citations, ctx, base, section.lead_date)
    )
    if (
        date is not None
        and date.start == date.end
        and " until the " in texts
        and _UNTIL_NEXT_DAY.search(texts) is not None
        and _VIOLENT_TYPES & {c.cue.event_type for c in main.cues}
    ):
        # "street fighting ... went on until the following day": the fight spans both days
        date = replace(date, end=date.start + dt.timedelta(days=1))

    # --- place
    place, loc_text, loc_span = _place(
        group,
        preamble,
        item,
        ctx,
        section,
        admin1,
        country,
        base,
        actors=[a for u in group for a in u.actors],
    )
    local = place is not None and place.precision is not None and place.precision < GeoPrecision.REGION
    origin_only = re.match(r"\s*from\b", loc_text or "", re.I) is not None
    if (
        (not local and loc_text is None)
        or origin_only
        # ("Rockets fired from areas controlled by the SDF in northern Aleppo fell on the Turkish border town of
        # Karkamis": the region they came from, the town abroad where they fell)
        or (("fell" in texts or "landed" in texts) and _LANDED_ABROAD.search(texts) is not None)
    ) and place_abroad(" ".join(u.masked for u in group)):
        # it happened abroad: no place in Iraq or Syria named, a foreign one instead ("Rockets fired from the
        # Afrin area landed in the Turkish border town of Kilis": fired from here, landed there)
        return None
    if section.abroad is not None and (
        not (local and _LOCATIVE.match(loc_text or ""))
        # "an Egyptian army patrol near Rafah": a namesake village in Syria does not bring it home
        or _FOREIGN_PARTY.search(" ".join(u.masked for u in group))
    ):
        return None  # under a foreign country's heading, only an action placed in Iraq or Syria is ours
    if place is not None and admin1 and place.admin1 != admin1:
        place = _with_admin1(place, admin1, ctx.gazetteer)
    where = place.country if place is not None and place.country else None
    if where and (
        where != country or any(a is not None and a.canonical[-7:] == " Forces" for a in (actor1, actor2, assoc1, assoc2))
    ):
        # The item named no country, the place does: "Civilians" become "Civilians (Iraq)".
        actor1, actor2, assoc1, assoc2 = (_in_country(a, where, ctx.actors) for a in (actor1, actor2, assoc1, assoc2))
        if (
            actor1 is not None
            and actor2 is not None
            and actor1.canonical == actor2.canonical
            and actor1.kind == "State forces"
        ):
            # "Government artillery and Fourth Division mortars hit residential blocks": the army named twice before
            # the country was known is one side; the side acted upon is the next other one after the action
            actor2 = next(
                (
                    b
                    for a in main.actors
                    if a.start >= trigger.end
                    and (b := _in_country(a, where, ctx.actors)) is not None
                    and b.canonical != actor1.canonical
                ),
                None,
            )

    if date is not None and ctx.actors.has_periods:
        # "Mahdi Army" in 2004 is the Mahdi Army, in 2016 Saraya al-Salam: the name as it was on the event's day
        actor1, actor2, assoc1, assoc2 = (_in_its_time(a, date.start, ctx, country) for a in (actor1, actor2, assoc1, assoc2))

    # "Ahrar al-Sharqiya fighters", a faction of the SNA: coded as the army it belongs to, the faction associated
    rolled1, rolled2 = ctx.actors.rolled_up(actor1), ctx.actors.rolled_up(actor2)
    if rolled1 is not None:
        actor1, assoc1 = rolled1, assoc1 if assoc1 is not None else actor1
    if rolled2 is not None:
        actor2, assoc2 = rolled2, assoc2 if assoc2 is not None else actor2
    if (
        event_type == "Explosions/Remote violence"
        and actor2 is None
        and country
        and ((killed is not None and killed.best) or (wounded is not None and wounded.best))
        and not _FORCE_OR_POST.search(texts)
        # ("a drone ... struck a motorbike near Sarmada, killing its rider": a targeted strike, whoever the rider was)
        and not (sub_type == "Air/drone strike" and _STRUCK_VEHICLE.search(texts))
    ):
        # "Government artillery hit Kafr Batna, 5 killed", "a car bomb went off near a bakery, killing eight": the
        # dead of a strike on no named side, and no fighters or post told, are civilians (ACLED)
        civ = ctx.actors.get("civilians", country)
        if civ is not None:
            actor2 = _synthetic(civ.name_for(country), civ.kind)

    provenance: list[tuple[str, Span]] = [
        ("event_type", Span(doc_id, base + main.start + trigger.start, base + main.start + trigger.end))
    ]
    if item.admin1_span is not None:
        provenance.append(("admin1", item.admin1_span))
    if loc_span is not None:
        provenance.append(("location", loc_span))
    if date is not None and date.span is not None:
        provenance.append(("date", date.span))
    for name, a in (("actor1", actor1), ("actor2", actor2)):
        if a is not None and a.end > a.start:
            owner = next((u for u in group if _holds(u, a)), None)
            if owner is not None:
                provenance.append(
                    (name, Span(doc_id, base + owner.start + a.start, base + owner.start + a.end))
                )
    notes = []
    if roles.actor1_basis == "none" and actor1 is not None and actor1 is section.actor:
        notes.append("actor1 from the section heading")
    return Event(
        id=_event_id(doc_id, span, ordinal),
        doc_id=doc_id,
        date=date,
        event_type=event_type,
        sub_event_type=sub_type,
        actor1=_actor(actor1, base + _owner_start(group, actor1), doc_id),
        actor2=_actor(actor2, base + _owner_start(group, actor2), doc_id),
        assoc_actor_1=_actor(assoc1, base + _owner_start(group, assoc1), doc_id),
        assoc_actor_2=_actor(assoc2, base + _owner_start(group, assoc2), doc_id),
        location_text=loc_text,
        location_span=loc_span,
        place=place,
        killed=killed,
        wounded=wounded,
        citations=tuple(citations),
        claims=tuple(claims),
        span=span,
        quote=quote,
        item_kind=ItemKind.INCIDENT,
        section=item.section,
        notes=tuple(notes),
        provenance=tuple(provenance),
    )


def _in_country(m: ActorMatch | None, country: str, table: ActorTable) -> ActorMatch | None:
    """A generic actor named without its country ("Civilians", "Protesters"), named for ``country``."""
    if m is None or "(" in m.canonical:
        return m
    entry = table.get(m.canonical)
    if entry is None and m.canonical.endswith("Forces"):
        entry = table.get(f"{m.canonical} of {COUNTRY_PLACEHOLDER}")  # "Military Forces": a generic read without a country
    if entry is None or COUNTRY_PLACEHOLDER not in entry.canonical:
        return m
    return replace(m, canonical=entry.name_for(country), country=country)


def _fights(u: Unit) -> re.Match[str] | None:
    """``_RECIPROCAL_FIGHT.search(u.masked)``, where the unit's literal pass lets it through."""
    return _RECIPROCAL_FIGHT.pattern.search(u.masked) if u.words & _W_RECIPROCAL_FIGHT else None


def _perpetrator(
    group: list[Unit], actors: ActorTable | None = None, preamble: list[Unit] | None = None
) -> ActorMatch | None:
    """ "... blamed on Islamic State militants", "ISIS claimed responsibility", "shelling from regime-held areas":
    who the report says did it. When the report says nobody claimed it ("No group claimed the attack; Turkey
    blamed the YPG"), the blamed side is a suspect, not the perpetrator: the attack stays unidentified."""
    # "shelling from regime-held areas": the side fire came from; "crossed the river from the regime-controlled
    # bank" is where the attackers came from, not who they were
    origin = next(
        (o for u in group for o in u.origins if _FIRE_WORD.search(u.masked, max(0, o.start - 80), o.start)), None
    )
    unclaimed = any(_unclaimed(u.masked) for u in group)
    for u in group:
        # "Our observers identified the aircraft as Russian": the nationality a later sentence gives the aircraft
        spotted = next((a for a in u.actors if a.text[:11].lower() == "identified "), None)
        if spotted is not None:
            return spotted
        for m in _PERPETRATOR.pattern.finditer(u.masked) if u.words & _W_PERPETRATOR else ():
            if _AIRCRAFT_OF.search(u.masked, max(0, m.start() - 80), m.end()):
                # "A drone, believed to be operated by the US-led coalition, struck a car": aircraft are told by
                # whose they are thought to be (only states and the coalition fly them), not left unidentified
                named = next((a for a in u.actors if m.end() <= a.start <= m.end() + 12), None)
                if named is not None:
                    return named
            if (unclaimed and m.group(0).lower().startswith(("blamed", "attributed"))) or _SUSPICION.match(m.group(0)):
                # ("Officials blamed ISIS remnants", "attributed the killing to IS cells", "gunmen believed to belong
                # to ISIS"): a suspect named, not the perpetrator; ACLED codes the attack as unidentified
                continue
            named = next((a for a in u.actors if m.end() <= a.start <= m.end() + 12), None)
            if named is not None:
                return named
        claim = _CLAIMED.pattern.search(u.masked) if u.words & _W_CLAIMED else None
        if claim and not re.search(
            r"\b(?:no|none|nobody|not)\b[^.;]{0,30}$", u.masked[: claim.start()], re.I
        ):
            named = [a for a in u.actors if a.end <= claim.start()]
            # the subject of "claimed" ("..., and IS claimed it"), else the last side named before the claim
            # "The Islamic Resistance in Iraq, an umbrella label for Iran-backed factions, claimed the attack": the
            # name before the aside, not a name inside it
            subject = next((a for a in named if APPOSITIVE_GAP.match(u.masked, a.end, claim.start())), None) or next(
                (a for a in reversed(named) if claim.start() - a.end <= 12), None
            )
            if subject is None and actors is not None and _OUTLET_SUBJECT.search(u.masked, 0, claim.start()):
                group_of = actors.find("Islamic State")
                return group_of[0] if group_of else None
            if subject is None and _THE_GROUP_SUBJECT.search(u.masked, 0, claim.start()):
                # "The Islamic State hit back further south. In a statement, the group claimed ...": named just before
                before = [x for x in [*(preamble or []), *group[: group.index(u)]] if x.start < u.start]
                told = [a for x in before for a in x.actors if a.kind in _ARMED_GROUP_KINDS]
                if told:
                    return told[-1]
            if subject is not None or named:
                return subject or named[-1]
    return origin


def _in_its_time(a: ActorMatch | None, day: dt.date, ctx: DocContext, country: str | None) -> ActorMatch | None:
    if a is None or not a.text or a.canonical not in ctx.actors.period_canonicals or not ctx.actors.period_bound(a.text):
        return a
    found = ctx.actors.find(a.text, country=country, on=day)
    # ("Militants of Jabhat al-Nusra" in 2022: the dated name no longer holds, and "Militants" is not the one meant)
    if found and found[0].start == 0 and found[0].canonical != a.canonical and ctx.actors.period_bound(found[0].text):
        return replace(a, canonical=found[0].canonical, kind=found[0].kind, inter=found[0].inter)
    return a


def _holds(u: Unit, m: ActorMatch) -> bool:
    """The unit holds this mention (by place, so a mention renamed for its country is still found)."""
    return any(a.start == m.start and a.end == m.end and a.text == m.text for a in u.actors)


def _owner_start(group: list[Unit], m: ActorMatch | None) -> int:
    if m is None:
        return 0
    for u in group:
        if _holds(u, m):
            return u.start
    return 0


def _subject_present(main: Unit, trigger: CueMatch) -> bool:
    return any(a.end <= trigger.start for a in main.actors)


_MEMBER_NOUN = compile_gated(
    r"\s+(?:members?|officers?|fighters?|commanders?|personnel|operatives?|advis[eo]rs?|cadres?|militiamen|"
    r"soldiers|guards)\b",
    re.I,
)
_AMONG_VICTIMS = compile_gated(
    r"\b(?:including|among them|of them(?:\s+were)?|of whom(?:\s+were)?)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:killing|wounding|injuring)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+$"
    # "killing two men whom local officials described as PKK members": who the dead were
    r"|\b(?:whom|who)\s+(?:[\w-]+\s+){0,4}?(?:described|identified|named)\s+as\s+$"
    r"|\b(?:described|identified)\s+as\s+$",
    re.I,
)
_FORMER_MEMBER = compile_gated(
    r"\bformer\s+(?:[\w-]+\s+)?(?:commander|member|fighter|leader|officer|official|head|emir)s?\s+(?:in|of|with|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_DEAD_WERE = compile_gated(
    r"(?<!of )(?<!of the )\b(?:the\s+)?(?:dead|victims|those\s+killed|two\s+men|men|both)\s+were\s+(?:all\s+)?(?:members|fighters|commanders|"
    r"militants|officers|cadres)\s+of\s+(?:the\s+)?",
    re.I,
)
_CARRYING = compile_gated(
    r"\b(?:carrying|transporting|with)\s+(?:(?:two|three|four|five|six|\d+|several)\s+)?(?:senior\s+|local\s+)?$", re.I
)
_MEMBERS_OF = compile_gated(r"\b(?:members?|fighters?|commanders?|officers?|operatives?)\s+of\s+(?:the\s+)?$", re.I)


def _victims_named_members(group: list[Unit], actor1: ActorMatch | None) -> ActorMatch | None:
    """A party the dead are said to belong to: "..., including seven IRGC officers", "two men whom the monitor
    described as members of Hezbollah"."""
    for u in group:
        dead_were = _DEAD_WERE.search(u.masked) if " were " in u.masked else None
        if dead_were is not None:
            # "The district mayor said the dead were members of the PKK": who the dead were, told after them
            named = next((a for a in u.actors if dead_were.end() <= a.start <= dead_were.end() + 4), None)
            if named is not None and (actor1 is None or named.canonical != actor1.canonical):
                return named
        if not u.casualties:
            continue
        first = u.casualties[0].start
        for a in u.actors:
            if actor1 is not None and a.canonical == actor1.canonical:
                continue
            if (
                a.start < first
                and _CARRYING.search(u.masked, max(0, a.start - 30), a.start)
                and _MEMBER_NOUN.match(u.masked, a.end)
            ):
                return a  # "struck a car carrying PKK members ...; one person was killed": whom the car carried
            if a.start < first:
                continue
            before = u.masked[max(0, a.start - 40) : a.start]
            named_member = _MEMBER_NOUN.match(u.masked, a.end) or _MEMBER_NOUN.search(" " + a.text.split()[-1])
            if (named_member and _AMONG_VICTIMS.search(before)) or _MEMBERS_OF.search(before):
                return a
    return None


_FOUND_BODY = compile_gated(r"\b(?:found|discovered|recovered|retrieved)\s+the\s+(?:[\w-]+\s+)?bod(?:y|ies)\b", re.I)
_SOME_CIVILIANS = compile_gated(
    r"[^.;]{0,40}?,\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|most|several)\s+of\s+them|"
    r"(?:including|among them)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several))\s+"
    r"(?:were\s+)?(?:civilians|women|children)\b",
    re.I,
)
_SUSPECTED_OF = compile_gated(
    # ("detained eight women in the Al-Hol camp on suspicion of belonging to ...": where they were held, then why)
    r"(?:\s+(?:in|at|from|near)\s+[^,.;]{1,40}?)??"
    r"\s+(?:who\s+(?:were|are|was|is)\s+)?(?:wanted|suspected|accused|charged|believed|alleged|on\s+(?:the\s+)?suspicion)\b"
    r"[^.;]{0,60}?"
    r"\b(?:belong|member|membership|support|supporting|links?|linked|affiliat|tied|ties|loyal|work(?:ing|ed)?\s+(?:for|with))",
    re.I,
)
_CLAIM_CLAUSE_END = compile_gated(r"[;.]|,\s+(?:according|said|who|which|the\s+\w+\s+said)\b|\baccording to\b", re.I)


_WAS_HURT_WHEN = compile_gated(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|killed|hurt|shot)\s+(?:[^.;,]{0,30}?\s)?(?:when|as|after)\b", re.I
)
# "a member of the reconciliation committee survived an assassination attempt when a bomb ... went off"
_SURVIVED_WHEN = compile_gated(
    r"\b(?:survived|escaped)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:assassination|attempt|attack)\b[^.;]{0,40}?\b(?:when|as)\b",
    re.I,
)


def _civilian_target(main: Unit, trigger: CueMatch, book: CueBook) -> bool:
    """The first thing acted upon is a civilian noun ("The killing of a collaborator with the Iraqi army"),
    or a former fighter ("a former rebel commander who had joined the settlement")."""
    after = main.masked[trigger.end :]
    if _may_hold(after, _FORMER_LEAD_WORDS) and _FORMER_LEAD.match(after):
        return True
    # "a young man was wounded when two gunmen shot at him": the man the sentence opened with
    hurt = _WAS_HURT_WHEN.search(main.masked, 0, trigger.start) if trigger.text[-4:].lower() in {" him", " her"} else None
    if hurt is None and ("surviv" in main.masked[: trigger.start] or "escaped" in main.masked[: trigger.start]):
        # (or the one who survived the attempt on his life the device was set off in)
        hurt = _SURVIVED_WHEN.search(main.masked, 0, trigger.start)
    if hurt is None and trigger.cue.passive and trigger.start < 80 and not any(a.start < trigger.start for a in main.actors):
        # an incident list's telegraphic "body of a man, hands tied, shot in head", "inmates ... shot by ISIS gunmen":
        # the people named before the act were its victims
        civ = book.civilian_nouns.search(main.masked, 0, trigger.start)
        if civ is not None:
            return True
    if hurt is not None:
        civ = book.civilian_nouns.search(main.masked, 0, hurt.start())
        if civ is not None and not any(a.start <= civ.start() < a.end for a in main.actors):
            return True
    # Only the clause of the action: "..., according to the district mayor" names a speaker, not a target.
    clause = _CLAIM_CLAUSE_END.search(after)
    civ = book.civilian_nouns.search(after, 0, clause.start() if clause else len(after))
    if civ is None:
        return False
    if _SUSPECTED_OF.match(after, civ.end()) and any(a.start >= trigger.end + civ.end() for a in main.actors):
        return False  # "four men suspected of belonging to ISIS": the party they are held for is the target
    first_actor = next((a for a in main.actors if a.start >= trigger.end), None)
    if first_actor is not None and trigger.text[:6].lower() == "sniper":
        # "snipers of the SDF killed a boy": the snipers' own side, not the first thing acted upon
        of = SNIPER_OF.match(main.masked, trigger.end)
        if of is not None and of.end() == first_actor.start:
            first_actor = next((a for a in main.actors if a.start > first_actor.start), None)
    return first_actor is None or trigger.end + civ.start() < first_actor.start


def _claims(group: list[Unit], item: Item, ctx: DocContext) -> tuple[list[Claim], bool]:
    """One claim per source that gives figures; casualty phrases go to the citation that closes them."""
    claims: list[Claim] = []
    civilian = False
    pending: list[CasualtyMention] = []
    pending_start: int | None = None
    base = item.span.start
    previous: Unit | None = None
    for u in group:
        # "The killing came days after the murder of another activist": the dead of an earlier incident
        found = [] if "came" in u.masked and _CAME_AFTER.match(u.masked) else u.casualties
        if found and u.modifiers:
            # "... struck five facilities on Sunday, two days after a rocket barrage on a base near Kirkuk killed an
            # American contractor": the dead of the incident the time is told from
            found = [
                c for c in found
                if not any(s0 <= c.start < e0 and _TIME_MODIFIER.match(u.masked, s0) for s0, e0 in u.modifiers)
            ]
        if (
            found
            and u is not group[0]
            and not u.openers
            and "ince " in u.masked
            and (tally := _AGGREGATE.search(u.masked)) is not None
            and tally.group(0)[:5].lower() == "since"
            and all(c.start > tally.start() for c in found)
        ):
            found = []  # "Since the offensive began, SOHR has documented the deaths of 255 people": a running tally
        if found and u is not group[0] and not u.openers and _PERIODS_DEAD.search(u.masked):
            # "In the last week, a total of 78 terrorists had been neutralized ...": a period's count, not this
            # incident's; "the claims ... that more than twenty soldiers had been killed were entirely false": a
            # figure denied
            found = []
        if found and u is not group[0] and "earlier" in u.masked and _EARLIER_FIGURE.search(u.masked):
            # "... had earlier put the number of martyrs at eight, before the bodies of three more soldiers were
            # recovered": how the figure just given came about, no more dead
            found = []
        if "(" in u.text and (tallied := {c.kind for c in found if _in_tally(c, u.text)}):
            # "killing one fighter ... and the civilian driver (2 killed, 1 WIA)": the bracket counts them all
            found = [c for c in found if c.kind not in tallied or _in_tally(c, u.text)]
        split = next(
            (
                i
                for i, c in enumerate(found)
                if i
                and c.kind in {d.kind for d in found[:i]}
                and (
                    _restates(c, found[:i])
                    # "15 soldiers were killed; HTS claimed it had killed thirty": the same dead, the other side's count
                    or _CLAIM_BETWEEN.search(u.masked, found[i - 1].end, c.start)
                    # "four were killed, while police sources said five died": the same dead, another count
                    or (
                        # (up to the count's own first word: "...; Nineveh Media Center reported 44 civilians")
                        _SOURCE_BETWEEN.search(u.masked, found[i - 1].end, min(c.end, c.start + 12)) is not None
                        and (
                            _same_victims(found[i - 1].text, c.text)
                            # "... said 16 people were killed; the PMF later announced the names of 17 of its members
                            # killed": everyone counted, then one side's own dead by another teller
                            # (or "rescuers had recovered ten bodies ...; Nineveh Media Center reported 44 civilians
                            # killed": the bodies found, then another teller's dead)
                            or (
                                _victim_noun(next(d for d in reversed(found[:i]) if d.kind == c.kind).text)
                                in {"people", "person", "bodie", "corpse"}  # (nouns without their final "s")
                                and not _MORE_DEAD.search(c.text)
                            )
                            # "The Ministry of Health put the toll at 292; Reuters ... reported more than 320 dead": a
                            # toll, then another teller's figure
                            or _A_TOLL.search(found[i - 1].text) is not None
                            # "ISIS claimed it had killed four PMF fighters, whereas the PMF said one fighter had
                            # been killed": a claim and the other side's count of the same dead
                            or _CLAIM_BETWEEN.search(u.masked, max(0, found[i - 1].start - 80), found[i - 1].start)
                            is not None
                        )
                    )
                )
            ),
            None,
        )
        if split is not None:
            # "killing at least 13 people ...; SOHR later put the toll at 16": the same dead, another figure
            head = pending + list(found[:split])
            start = pending_start if pending_start is not None else u.start
            claims.append(
                Claim(
                    citation=None,
                    killed=total(head, "killed"),
                    wounded=total(head, "wounded"),
                    span=Span(ctx.doc_id, base + start, base + u.start + found[split - 1].end),
                    victims="; ".join(c.text for c in head),
                )
            )
            pending, pending_start, found = [], u.start + found[split].start, found[split:]
        restated = all(
            _TOLL_RESTATED.search(c.text)
            # "The Kirkuk Now website confirmed the death of a policeman": the same dead, confirmed
            or _CONFIRMED_BEFORE.search(u.masked, max(0, c.start - 30), c.start)
            for c in found
        ) or (
            # "... nine soldiers were killed. ISIS claimed that 12 soldiers had been killed": the same dead, counted
            # by another side
            _may_hold(u.masked, ("claimed", "alleged"))
            and _CLAIMED_FIGURE.match(u.masked) is not None
            and {c.kind for c in found} <= {c.kind for c in pending}
        ) or (
            # "HPG claimed it had killed three soldiers. The ministry said one soldier had been killed": the other
            # side's count of the same dead
            previous is not None
            and (
                _CLAIM_VERB.search(previous.masked) is not None
                # "HTS reported that 17 soldiers had been killed. The Syrian army admitted the loss of four": the
                # victims' side admits its own dead; "Regime media, for its part, spoke of three": its own count
                or _ADMITTED.match(u.masked) is not None
                or _FOR_ITS_PART.search(u.masked) is not None
            )
            and bool(previous.casualties)  # "IS claimed the bombing. Police said 115 ...": no figure claimed
            # ("According to SOHR, six soldiers were killed": the teller first)
            and (_SAID_FIGURE.match(u.masked) is not None or _ACCORDING_FIGURE.match(u.masked) is not None)
            # (the other side may add a figure of its own: "... said two soldiers were killed and four wounded")
            and bool({c.kind for c in found} & {c.kind for c in pending})
        ) or (
            # "..., killing two soldiers, the Syrian army said. The Syrian Observatory said four people died": two
            # speakers, one sentence each, counting the same dead
            previous is not None
            and any(c.kind == "killed" for c in found)
            and any(c.kind == "killed" for c in pending)
            and _SAID_FIGURE.match(u.masked) is not None
            and _SPEAKER_AT_END.search(previous.masked) is not None
            # "also" about the dead, not about a wounded neighbour after them
            and not _MORE_DEAD.search(u.masked, 0, max(c.end for c in found if c.kind == "killed"))
            and all(_same_victims(pending[-1].text, c.text, lenient=True) for c in found if c.kind == "killed")
        ) or (
            # "..., killing seven and wounding more than 60. Tribal leaders later said nine had died."; "...; a local
            # source told al-Sumaria that five men had been killed": a teller's count of the same dead, no act of its own
            previous is not None
            and not u.openers
            and any(c.kind == "killed" for c in found)
            and any(c.kind == "killed" for c in pending)
            and (
                (_SAID_FIGURE.match(u.masked) is not None and _LATER_SAID.search(u.masked) is not None)
                or _TOLD_FIGURE.search(u.masked) is not None
                # "The PKK said there were three dead": a count, no act told
                or _SAID_THERE_WERE.match(u.masked) is not None
            )
            and not _MORE_DEAD.search(u.masked, 0, max(c.end for c in found if c.kind == "killed"))
            and all(_same_victims(pending[-1].text, c.text, lenient=True) for c in found if c.kind == "killed")
        ) or (
            # "... said at least 25 people were killed. The Syrian Network for Human Rights documented 31 deaths in the
            # village.": a monitor's own count of the same dead
            previous is not None
            and _may_hold(u.masked, _DOCUMENTED_VERBS)
            and _DOCUMENTED_FIGURE.match(u.masked) is not None
            and bool({c.kind for c in found} & {c.kind for c in pending})
        ) or (
            previous is not None
            and any(c.kind == "killed" for c in pending)
            and _may_hold(u.masked, ("neutrali", "killed", "eliminated"))
            and _SIDE_COUNTS_ITS_KILLS.match(u.masked) is not None
            and {c.kind for c in found} <= {"killed"}
        ) or (
            # "Five soldiers were killed. Another source reported seven killed.": another teller's count of the same dead
            previous is not None
            and _ANOTHER_SOURCE.match(u.masked) is not None
            and bool({c.kind for c in found} & {c.kind for c in pending})
        ) or (
            # "Police gave that figure; Shafaq News reported four dead": the figure told before has its teller, this
            # one is another's
            previous is not None
            and bool({c.kind for c in found} & {c.kind for c in pending})
            and (owned := FIGURE_OWNED.search(u.masked)) is not None
            and all(owned.end() <= c.start for c in found)
        ) or (
            # "RBSS named nine dead. SOHR reported seven civilians killed.": two outlets, one sentence each, counting
            # the same dead
            # ("Syrian TV reported four soldiers killed and nine wounded": its wounded are a figure of its own)
            previous is not None
            and bool({c.kind for c in found} & {c.kind for c in pending})
            and not _MORE_DEAD.search(u.masked)
            and _outlet_speaks(u, ctx)
            and _outlet_speaks(previous, ctx)
            and all(
                _same_victims(pending[-1].text, c.text, lenient=True)
                for c in found
                if c.kind in {p.kind for p in pending}
            )
        )
        if found and pending and previous is not None and restated:
            # "killing at least eight, according to US officials. The Observatory put the death toll at 11.":
            # another source's figure for the same dead, a claim of its own, not more dead
            start = pending_start if pending_start is not None else previous.start
            claims.append(
                Claim(
                    citation=None,
                    killed=total(pending, "killed"),
                    wounded=total(pending, "wounded"),
                    span=Span(ctx.doc_id, base + start, base + previous.end),
                    victims="; ".join(c.text for c in pending),
                )
            )
            pending, pending_start = [], None
        previous = u
        if found:
            pending.extend(found)
            pending_start = u.start if pending_start is None else pending_start
            # "Two SDF fighters were killed and a civilian passer-by was injured": the fighters were the target
            if not any(
                _ARMED_VICTIMS.search(u.masked, c.start, c.end + 30)
                or _GROUP_MEMBER.search(u.masked, c.start, c.end + 30)
                # "nine people died, four of them civilians": the others were not
                or _SOME_CIVILIANS.match(u.masked, c.end)
                for c in u.casualties  # the whole sentence's figures, a competing one split off above included
            ):
                civilian = civilian or any(
                    # ("... losing two men": the side's own dead, not civilians)
                    (ctx.cues.civilian_nouns.search(c.text) and not c.text.lower().startswith("losing"))
                    # "a pick-up carrying truffle hunters ..., killing three of them": the victims named before
                    or (
                        u.masked.startswith(" of them", c.end)
                        # ("among Sons of Iraq fighters ..., killing 21 of them": a name's word is no civilian noun)
                        and any(
                            not any(a.start <= n.start() < a.end and a.kind != "Civilians" for a in u.actors)
                            # (a group: not "a military source told SANA's reporter that ... killed 14 of them")
                            and n.group(0).lower().endswith(("s", "people", "children", "men", "women", "folk"))
                            for n in ctx.cues.civilian_nouns.finditer(u.masked, max(0, c.start - 120), c.start)
                        )
                    )
                    for c in u.casualties
                )
        cited = [c for c in u.citations if c.outlet]
        if pending and (cited or u is group[-1]):
            citation = cited[-1] if cited else None
            if citation is not None:
                citation = _absolute(citation, base)
            start = pending_start if pending_start is not None else u.start
            claims.append(
                Claim(
                    citation=citation,
                    killed=total(pending, "killed"),
                    wounded=total(pending, "wounded"),
                    span=Span(ctx.doc_id, base + start, base + u.end),
                    victims="; ".join(c.text for c in pending),
                )
            )
            pending, pending_start = [], None
    return claims, civilian


_DOCUMENTED_FIGURE = compile_gated(
    r"^\s*(?:the\s+)?(?-i:[A-Z])[\w'’ ()-]{1,80}?\s+(?:documented|recorded|counted|registered|confirmed|verified|"
    r"reported|said)\s+(?:that\s+)?(?:at\s+least\s+|the\s+deaths?\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+(?:deaths|dead|killed|people|persons|civilians|victims|names)\b",
    re.I,
)
_DOCUMENTED_VERBS = ("documented", "recorded", "counted", "registered", "confirmed", "verified", "reported", "said")
_ARMED_VICTIMS = compile_gated(
    r"\b(?:fighters?|soldiers?|troops|militants?|militiamen|operatives?|personnel|policem[ae]n|police officers?|"
    r"guards?|servicem[ae]n|recruits?|conscripts?|gunmen|insurgents?|jihadists?)\b",
    re.I,
)
_GENERIC_FORCE = compile_gated(r"(?:the\s+)?(?:\w+\s+)?security\s+(?:forces|services|personnel|troops)", re.I)
# "killing a PKK member and the civilian driver": a named group's member was the target
_GROUP_MEMBER = compile_gated(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s+(?:members?|commanders?|cadres?|leaders?|operatives?)\b")
_BROKER = compile_gated(
    r"\b(?:(?:brokered|mediated|sponsored|guaranteed|overseen|witnessed)\s+by|in\s+the\s+presence\s+of)\s+(?:the\s+)?$", re.I
)


def _start_in(group: list[Unit], m: ActorMatch) -> int:
    """Where an actor mention begins in the group's joined masked text ("texts")."""
    pos = 0
    for u in group:
        if _holds(u, m):
            return pos + m.start
        pos += len(u.masked) + 1
    return -1


_FEUD = compile_gated(r"\b(?:clash(?:ed|es)?|dispute|feud|fighting|fought|gunfight|exchange of fire)\b", re.I)
_CLAIM_BETWEEN = compile_gated(r"\b(?:claimed|claims|alleged|boasted|said it had|put (?:the|its)\b)", re.I)
# Another speaker's count after a first one: "..., while a second source said", "...; the ministry said"
_A_TOLL = compile_gated(r"\b(?:toll|number\s+of\s+(?:the\s+)?dead)\b", re.I)
_SOURCE_BETWEEN = compile_gated(
    # (and "while local activists of the \"Raqqa is Being Slaughtered Silently\" campaign spoke of": a long name)
    r"\b(?:while|whereas|but)\s+[^.;]{0,90}?\b(?:said|says|put|reported|told|counted|spoke of|gave|cited)\b"
    r"|;\s*(?:the\s+|a\s+|an\s+)?[\w'’ -]{1,60}?\b(?:said|says|reported|put|gave|counted|spoke of|recorded|documented|told|"
    r"announced)\b"
    r"|;\s*[A-Z][\w'’ -]{1,40},\s+(?:citing|quoting)\s+[^,;.]{1,40},\s+(?:said|says|reported|put|gave|counted)\b"
    r"|(?:;|,\s*(?:while|whereas|but))\s*according to\b",  # "...; according to the SDF, four of its fighters"
    re.I,
)
_COUNT_WORDS = compile_gated(
    r"\b(?:at least|more than|over|nearly|about|around|some|up to|only|just|other|others|another|of|them|its|their|own|"
    r"were|was|had|have|has|been|also|later|reportedly|killed|dead|died|wounded|injured|hurt|in|the|a|an|"
    r"[\w-]*\d[\w-]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b",
    re.I,
)


def _victim_noun(text: str) -> str | None:
    words = _COUNT_WORDS.sub(" ", text).split()
    if words and words[-1].lower() in _ACTIVE_VERBS:
        return None  # "killing eleven": the victims are named after the count, not in it
    return words[-1].lower().rstrip("s") if words else None


_ACTIVE_VERBS = frozenset({"killing", "killed", "wounding", "wounded", "injuring", "injured", "leaving", "left"})


def _same_victims(first: str, second: str, lenient: bool = False) -> bool:
    """Two counts of the same dead: the second names no victims of its own ("five died", "three"), only "people",
    or the same ones ("four soldiers killed" / "two soldiers died"); "three others", "two civilians" are more dead.
    ``lenient``: a first count that names no victims ("nine dead") may be of any."""
    if re.search(r"\bothers?\b", second, re.I):
        return False
    a, b = _victim_noun(first), _victim_noun(second)
    # ("four civilians" ... "five men had been killed": men, women are no other kind of victim)
    generic = {"people", "person", "bodie", "body", "dead", "death", "fatalitie", "fatality", "men", "women"}
    if b is None or b in generic or b == a or (lenient and a is None):
        return True
    # ("23 SDF fighters and prison guards were killed"; "... 28 SDF fighters were killed": some of the same named)
    return " and " in first and re.search(rf"\b{re.escape(b)}s?\b", first, re.I) is not None


_MORE_DEAD = compile_gated(
    r"\b(?:also|another|other|others|more|separate|further|additional|a (?:second|third|fourth|fifth))\b", re.I
)  # ("a third protester died of his wounds": one more)


def _outlet_speaks(u: Unit, ctx: DocContext) -> bool:
    """The sentence reports an outlet's figures: a known outlet cited in it, or named as a speaker."""
    if any(c.outlet for c in u.citations):
        return True
    return any(ctx.outlets.match(a.name) is not None for a in find_attributions(u.text))


# "..., killing two soldiers, the Syrian army said.": the sentence's figures are its closing speaker's
_SPEAKER_AT_END = compile_gated(
    r",\s+(?:the\s+|a\s+|an\s+)?[\w'’ -]{2,60}?\b(?:said|says|reported|announced|stated)\s*\.?\s*$"
    r"|,\s+according to\s+[^,.;]{2,60}\.?\s*$",
    re.I,
)
# "Fatalities: 1.", "[58 fatalities]": the record's count of the dead the note has told
_TOLL_RESTATED = compile_gated(
    r"\b(?:death\s+)?toll\b|\bfatalities\s*:|^put\b|\d\s+fatalit|\b(?:rose|risen|climbed|increased|jumped)\s+to\b"
    r"|^(?:killed|dead|deaths|injured|wounded|injuries)\s*:",
    re.I,
)
_SHORTHAND = compile_gated(r"\b[KW]IA\b")
# A closing bracket of counts only: "(2 killed, 1 WIA)", "(3 dead)", "(0 KIA, 2 WIA)"
_TALLY_ITEM = r"\d+\s+(?:x\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:killed|dead|wounded|injured|KIA|WIA)"
_TALLY_BRACKET = compile_gated(rf"\(\s*{_TALLY_ITEM}(?:\s*[,;]\s*{_TALLY_ITEM})*\s*\)")


def _in_tally(c: CasualtyMention, text: str) -> bool:
    if not text or c.end > len(text) or text[c.start : c.end] != c.text:
        return False
    open_at = text.rfind("(", 0, c.start + 1)
    close_at = text.find(")", c.end - 1)
    return open_at >= 0 and close_at >= 0 and _TALLY_BRACKET.fullmatch(text, open_at, close_at + 1) is not None


def _restates(c: CasualtyMention, before: list[CasualtyMention]) -> bool:
    """The count tells again dead already counted: "killing one civilian (1 KIA)" (but "(2 ISF KIA; 1 IS KIA)" is
    two sides' dead), "... [58 fatalities]", "the death toll rose to"."""
    if _SHORTHAND.search(c.text):
        return any(d.kind == c.kind and not _SHORTHAND.search(d.text) for d in before)
    return _TOLL_RESTATED.search(c.text) is not None
_CONFIRMED_BEFORE = compile_gated(r"\b(?:confirmed|acknowledged|verified)\s+(?:that\s+)?(?:the\s+)?$", re.I)
_FOR_ITS_PART = compile_gated(r"\bfor\s+(?:its|their|his|her)\s+part\b", re.I)
_ADMITTED = compile_gated(r"^\s*(?:the\s+)?[\w'’ -]{1,60}?\b(?:admitted|acknowledged|conceded)\b", re.I)
_CLAIM_VERB = compile_gated(r"\b(?:claimed|claims|alleged|boasted)\b", re.I)
_ANOTHER_TELLS = compile_gated(
    r"^\W*(?:according\s+to\s+)?(?:another|a\s+second|a\s+different|other)\s+(?:[\w-]+\s+)?(?:source|report|account)s?\b",
    re.I,
)
_ANOTHER_SOURCE = compile_gated(
    r"^\W*(?:another|a second|a third|a different|other|one other)\s+(?:[\w-]+\s+)?(?:source|report|account|monitor|"
    r"official|outlet)s?\b",
    re.I,
)
_SAID_FIGURE = compile_gated(
    r"^\s*(?:the\s+)?[\w'’ ,-]{1,60}?\b(?:said|says|put|reported|acknowledged|admitted|confirmed|cited|counted|"
    r"documented|recorded|gave|spoke of)\s+(?:that\s+)?(?:the\s+(?:loss|losses|deaths?|killing)\s+of\s+)?"
    r"(?:only\s+)?(?:one|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
_ACCORDING_FIGURE = compile_gated(
    r"^\W*according\s+to\s+[^,.;]{1,70},\s+(?:(?:at least|more than|only)\s+)?"
    r"(?:one|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
_LATER_SAID = compile_gated(r"\blater\s+(?:said|put|reported|gave|counted|confirmed)\b", re.I)
_SAID_THERE_WERE = compile_gated(
    r"^\s*(?:the\s+)?[\w'’ ,-]{1,60}?\b(?:said|says|reported|added)\s+(?:that\s+)?there\s+(?:were|had\s+been|are)\s+"
    r"(?:at\s+least\s+|more\s+than\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:dead|killed|deaths|fatalities)\b",
    re.I,
)
# "...; a local source told al-Sumaria that five men had been killed": a figure another teller gave an outlet
_TOLD_FIGURE = compile_gated(
    r"(?:^|;)\s*(?:an?\s+|the\s+)?[\w'’ -]{1,40}?\bsources?\s+told\s+[\w'’ -]{1,40}?\s+that\s+(?:at\s+least\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
# "ISIS claimed that ...", "ISIS, for its part, claimed that ..."
_CLAIMED_FIGURE = compile_gated(r"^\s*(?:the\s+)?[\w'’, -]{1,60}?\b(?:claimed|alleged)\s+(?:that\s+)?", re.I)
# "SDF said in a statement that it had "neutralised 25 mercenaries"": a side's own count of the enemies it killed, told
# after another teller's count of the dead
_SIDE_COUNTS_ITS_KILLS = compile_gated(
    r"^\s*(?:the\s+)?[\w'’ -]{1,60}?\b(?:said|announced|stated|claimed)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:it|its\s+(?:forces|fighters)|they)\s+had\s+[\"“'‘]?(?:killed|neutrali[sz]ed|eliminated)\b",
    re.I,
)


def _absolute(c: Citation, base: int) -> Citation:
    return Citation(
        c.outlet,
        c.date,
        Span(c.span.doc_id, c.span.start + base, c.span.end + base),
        c.affiliation,
        c.date_text,
    )


def _partisan(claim: Claim, actor1: ActorMatch | None, ctx: DocContext) -> bool:
    """The claim comes from an outlet of the perpetrator (a militant claim of its own attack)."""
    if claim.citation is None or actor1 is None:
        return False
    outlet = ctx.outlets.match(claim.citation.outlet)
    if outlet is None or not outlet.affiliation:
        return False
    aff = ctx.actors.find(outlet.affiliation)
    return any(a.canonical == actor1.canonical for a in aff)


_FIRST_TOLL_WORDS = ("initially", "first", "earlier", "originally", "previously")
_ROSE_TO_WORDS = ("rose", "risen", "climbed", "increased", "jumped", "bringing", "later")  # (one in every match)
_ROSE_TO = compile_gated(
    r"\b(?:rose|risen|climbed|increased|jumped)\s+to\b|\bbringing\s+(?:the\s+)?(?:death\s+)?toll\s+to\b"
    # "killing at least 10 policemen, the major said. He later put the death toll at 12": the same teller's update
    r"|\b(?:he|she|it|they)\s+later\s+(?:put|raised|revised|updated|gave)\b",
    re.I,
)


_FIRST_TOLL = compile_gated(
    r"\b(?:initially|first|earlier|originally|previously)\s+(?:put|gave|reported|set|said|counted)\b", re.I
)


def _best_counts(
    claims: list[Claim], actor1: ActorMatch | None, ctx: DocContext
) -> tuple[Count | None, Count | None]:
    """Most conservative credible figure: specific figures from non-perpetrator sources first (ACLED)."""
    if not claims:
        return None, None
    neutral = [c for c in claims if not _partisan(c, actor1, ctx)]
    pool = neutral if any(_has_number(c) for c in neutral) else claims

    # the same for both kinds: found once
    later = [
        c
        for c in pool
        if not (
            _may_hold(ctx.text[c.span.start : c.span.end], _FIRST_TOLL_WORDS)
            and _FIRST_TOLL.search(ctx.text, c.span.start, c.span.end)
        )
    ]
    rose: dict[int, bool] = {}

    def has_risen(c: Claim) -> bool:
        if id(c) not in rose:
            told = ctx.text[c.span.start : c.span.end]
            rose[id(c)] = bool(
                (_may_hold(told, _ROSE_TO_WORDS) and _ROSE_TO.search(ctx.text, c.span.start, c.span.end))
                # "later raising the toll to 17 after a wounded fighter died": the update stands too
                or (_may_hold(told, _RUNNING_TOTAL_VERBS) and _RUNNING_TOTAL.search(ctx.text, c.span.start, c.span.end))
            )
        return rose[id(c)]

    def pick(kind: str) -> Count | None:
        # ("had initially put the toll at two dead before raising it": the figure given before, superseded)
        coded = [getattr(c, kind) for c in claims if getattr(c, kind) is not None and getattr(c, kind).note == CODED_FIGURE]
        if coded:
            return coded[-1]  # "Fatalities reported as 98; coded as 98": the dataset's own figure for the event
        counts = [getattr(c, kind) for c in (later or pool) if getattr(c, kind) is not None]
        numbered = [c for c in counts if c.best is not None]
        risen = [
            getattr(c, kind)
            for c in pool
            if getattr(c, kind) is not None
            and getattr(c, kind).best is not None
            and has_risen(c)
        ]
        if risen and len(numbered) > len(risen):
            return risen[-1]  # "The toll first given was four dead; it rose to six the next day": the update stands
        if numbered:
            best = min(c.best or 0 for c in numbered)
            high = max(c.best or 0 for c in numbered)
            return Count(best, best, high)
        return counts[0] if counts else None

    return pick("killed"), pick("wounded")


def _has_number(claim: Claim) -> bool:
    return any(c is not None and c.best is not None for c in (claim.killed, claim.wounded))


def _claimant(group: list[Unit], ctx: DocContext, country: str | None) -> ActorMatch | None:
    """A militant outlet's claim names its own group as the perpetrator."""
    for u in group:
        for c in u.citations:
            outlet = ctx.outlets.match(c.outlet) if c.outlet else None
            if outlet is not None and outlet.kind == "militant outlet" and outlet.affiliation:
                found = ctx.actors.find(outlet.affiliation, country=country)
                if found:
                    return found[0]
    return None


def _citations(
    group: list[Unit],
    preamble: list[Unit],
    item: Item,
    ctx: DocContext,
    reporter: ActorMatch | None,
    base: int,
    units: list[Unit],
    record_sources: tuple[Citation, ...] = (),
) -> list[Citation]:
    out: list[Citation] = list(record_sources)
    seen: set[str] = {c.label for c in record_sources}
    named = {c.outlet.lower() for c in record_sources}
    # The event's own citations; else the item's, after it ("...; it also shelled X (SANA, May 3, 2021).": a
    # parenthesis that closes a bullet is the source of every incident the bullet tells).
    own = any(g.citations for g in group)
    later = [] if own else [x for x in units if x.start >= group[-1].end and x not in group]
    for u in group + later:
        for c in u.citations:
            c = _absolute(c, base + u.start)
            if not c.outlet:
                name = _speaker(preamble + group, item.text)
                if not name:
                    continue
                c = Citation(name, c.date, c.span, None, c.date_text)
            if c.label not in seen and c.outlet.lower() not in named:
                seen.add(c.label)
                out.append(c)
    if out and not record_sources:
        # "According to Al-Sumaria, 17 people were killed ... (Amaq, November 6, 2016)": a registry outlet the
        # item names in its text reports too, beside the parenthesis
        for u in group:
            for a in find_attributions(u.text) if "ccording to" in u.text else ():
                if a.name[:9].lower() != "according" and ctx.outlets.match(a.name) is not None:
                    span = Span(ctx.doc_id, base + u.start + a.span.start, base + u.start + a.span.end)
                    c = Citation(a.name, None, span, None, None)
                    if c.label not in seen and a.name.lower() not in named:
                        seen.add(c.label)
                        out.append(c)
        return out
    head = _record_head(item.text)
    csv_source = _CSV_SOURCE.search(item.text) if head is not None and head.group("csv_date") else None
    if csv_source is not None:
        # a CSV record's source column: "...",North Press Agency; ANHA
        pos = csv_source.start("src")
        for part in csv_source.group("src").split(";"):
            name = part.strip()
            if name:
                start = base + pos + part.index(name)
                out.append(Citation(name, None, Span(ctx.doc_id, start, start + len(name)), None, None))
            pos += len(part) + 1
        if out:
            return out
    for name in ctx.doc_outlets if not record_sources else ():
        out.append(Citation(name, ctx.published, item.span, None, None))
        seen.add(out[-1].label)
    # the report's own outlet, named again in its text ("SOHR activists have reported ..." in SOHR's report)
    own = {
        o.name
        for n in ctx.doc_outlets
        if (o := ctx.outlets.match(n)) is not None and (n == o.name or n in o.aliases)
    }
    for u in group + preamble:
        bare = [
            Attribution(m.group("o"), Span("", m.start("o"), m.end("o")))
            for m in _BARE_OUTLET.finditer(u.text)
            if ctx.outlets.match(m.group("o")) is not None
        ]
        refs = (
            [Attribution(m.group("o"), Span("", m.start("o"), m.end("o"))) for m in _MONITOR_REF.finditer(u.text)]
            if "onitor" in u.text or "bservatory" in u.text
            else []
        )
        for a in find_attributions(u.text) + bare + refs:
            outlet = ctx.outlets.match(a.name)
            if outlet is None and _MONITOR_HEAD.fullmatch(a.name):
                # "the Observatory said", "the monitor added": the monitor the article named before
                outlet = _earlier_monitor(ctx, base + u.start + a.span.start, a.name)
                if outlet is not None:
                    a = Attribution(outlet.name, a.span)
            if outlet is not None and outlet.name in own:
                continue
            # the outlet as the report prints it ("SOHR", "the Observatory"): the registry only says it is one
            name = a.name if outlet is not None else (a.name if _ORGANISATION.search(a.name) else None)
            if outlet is None and name is not None and any(
                m.start == 0 and m.end >= len(name) for m in ctx.actors.find(name)
            ):
                name = None  # "IS claimed responsibility": a party's claim, not a source that reports
            if name is not None:
                # a registry outlet, or an organisation the registry lacks ("according to the Christian
                # Peacemaker Teams (CPT)"), never a person or "a security official"
                span = Span(ctx.doc_id, base + u.start + a.span.start, base + u.start + a.span.end)
                c = Citation(name, ctx.published, span, None, None)
                if c.label not in seen and name.lower() not in named:
                    seen.add(c.label)
                    out.append(c)
    return out


# "..., the monitor added", "the war monitor said": a monitor named before, referred to by its kind
_MONITOR_REF = compile_gated(
    r"\b(?:the|a)\s+(?P<o>(?:war\s+|Britain-based\s+|UK-based\s+)?(?:monitor|[Oo]bservatory))\s+(?:also\s+|later\s+)?"
    r"(?:said|says|added|reported|stated|put|gave|counted|documented)\b"
)
_OBSERVATORY_NAME = compile_gated(r"\b(?:SOHR|[A-Z][\w-]+ Observatory(?: for [A-Z][\w ]{3,30})?)\b")
_MONITOR_HEAD = compile_gated(r"(?:the\s+)?(?:war\s+|Britain-based\s+|UK-based\s+)?(?:monitor|[Oo]bservatory)", re.I)


def _earlier_monitor(ctx: DocContext, before: int, head: str) -> Outlet | None:
    """The last monitor (a registry outlet of kind "monitor") the document named before ``before``; for "the
    Observatory", the last one of that name."""
    observatory = "bservatory" in head
    found = None
    names = [a.name for a in find_attributions(ctx.text[:before])]
    names += [m.group("o") for m in _BARE_OUTLET.finditer(ctx.text[:before])]
    names += [m.group(0) for m in _OBSERVATORY_NAME.finditer(ctx.text[:before])] if observatory else []
    for name in names:
        o = ctx.outlets.match(name)
        if o is not None and o.kind == "monitor" and (not observatory or "Observatory" in o.name):
            found = o
    return found


# "killing 4 and wounding 12 (SOHR).": a known outlet alone in a closing parenthesis
_BARE_OUTLET = compile_gated(r"\((?P<o>[A-Z][\w .&'’-]{1,40})\)(?=\s*(?:[.;,]|$))")
_ORGANISATION = compile_gated(
    r"^(?:[A-Z][\w'’&.-]*\s+){0,5}?(?:Network|Observatory|Teams?|Committee|Council|Agency|Cent(?:er|re)|"
    r"Organi[sz]ation|Ministry|Command|Cell|Office|Commission|Monitor|Group|Watch|Union|Foundation|Institute|"
    r"Association|Directorate|Department|Rights|News|Media|TV|Radio|Press|Post|Times|Mission|Coalition|Syndicate|"
    r"Society|Crescent|Cross|Project|Initiative|Service|Defen[cs]e|Net|Now|Online|Voice|Eye|Gathering|League|International|"
    r"\d+)(?:\s+(?:for|of|on)\s+[A-Z][\w' -]{2,40})?$"
    r"|^[A-Z]{2,6}$"
)


def _speaker(units: list[Unit], item_text: str) -> str | None:
    """Who reported the item when a parenthesis holds only a date: "The 'X' operations room reported ..."."""
    for u in units:
        m = re.match(
            r"^\s*(?:The\s+)?(?P<name>[^,()]{3,80}?)\s*(?:\([^)]*\)\s*)?(?:reported|announced|claimed|said)\b",
            u.text,
        )
        if m:
            return re.sub(r"[“”\"]", "", m.group("name")).strip()
    return None


# "the ministry raised the toll on Monday morning to four": the day of the count, not of the attack
_LATER_FATE = compile_gated(
    r"\b(?:died(?:\s+of\s+(?:his|her|their\s+)?(?:wounds|injuries))?|succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|"
    r"injuries)|released|freed|set\s+free)\s+(?:later\s+)?(?:on\s+)?$",
    re.I,
)
_TOLL_DAY = compile_gated(
    r"\b(?:raised|revised|updated|corrected|lowered)\s+(?:the|its|their)\s+(?:death\s+)?toll\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
_PUBLISHED_DAY = compile_gated(
    r"\b(?:published|released|issued|posted|dated|made public|broadcast|aired|said|announced|stated|reported|"
    r"told\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


# "Beginning on the evening of 20 January and continuing through the next day", "Late on 28 April ... until the
# morning of 29 April": an incident that ran into a later day
_RAN_ON = compile_gated(
    r"\b(?:continu(?:ed|ing)|lasted|lasting|went on|raged|dragged on)\s+(?:through|into|until|till)\s+(?:the\s+)?"
    r"(?:next|following)\s+(?:day|morning)\b"
    r"|\b(?:until|till|through)\s+(?:the\s+)?(?:(?:early\s+)?(?:morning|evening|night|afternoon|early hours)\s+of\s+)?"
    r"(?P<day>\d{1,2})\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
    # "from late Wednesday until dawn on Thursday", "clashes raged through the night into Monday"
    r"|\b(?:until|till|into)\s+(?:(?:the\s+)?(?:dawn|daybreak|morning|early\s+(?:hours|morning))\s+(?:on|of)\s+)?"
    r"(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# "shelled villages ... through the night into Sunday": the night before that day, and the day
_NUMERIC_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_NIGHT_INTO = compile_gated(r"\bthrough\s+the\s+night\s+into\s+$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")  # fmt: skip


def _ran_until(d: DateMention, text: str) -> dt.date:
    """The last day of an incident dated by its first day, when the sentence says it ran on."""
    if d.span is None or ("until" not in text and "through" not in text and "into" not in text and "till" not in text):
        return d.end
    m = _RAN_ON.search(text, d.span.end, d.span.end + 160)
    if m is None:
        return d.end
    if m.group("wday") is not None:
        ahead = (_WEEKDAYS.index(m.group("wday").lower()) - d.start.weekday()) % 7
        return d.start + dt.timedelta(days=ahead) if 0 < ahead <= 2 else d.end
    if m.group("day") is None:
        return d.start + dt.timedelta(days=1)
    try:
        end = dt.date(d.start.year, _MONTHS.index(m.group("month").lower()) + 1, int(m.group("day")))
    except ValueError:
        return d.end
    return end if 0 < (end - d.start).days <= 7 else d.end


# "Fighting ... ended on Monday after four days": the day it ended, and how many days it ran up to it
_ENDED_BEFORE = compile_gated(
    r"\b(?:ended|ending|came\s+to\s+an\s+end|subsided|wound\s+down|died\s+down|stopped|halted|calmed)\b[^.;]{0,40}$",
    re.I,
)
_AFTER_DAYS = compile_gated(
    r",?\s+after\s+(?P<n>two|three|four|five|six|seven|[2-7])\s+(?:(?:straight|consecutive|full)\s+)?days\b", re.I
)


def _ran_from(d: DateMention, text: str) -> dt.date:
    """The first day of an incident dated by the day it ended: "ended on Monday after four days" began on Friday."""
    if d.span is None or "after" not in text:
        return d.start
    m = _AFTER_DAYS.match(text, d.span.end)
    if m is None or not _ENDED_BEFORE.search(text, max(0, d.span.start - 60), d.span.start):
        return d.start
    return d.start - dt.timedelta(days=(parse_number(m.group("n")) or 1) - 1)


def _date(
    group: list[Unit],
    preamble: list[Unit],
    citations: list[Citation],
    ctx: DocContext,
    base: int,
    lead: DateMention | None = None,
) -> DateMention | None:
    for u in group:
        dates = u.dates
        if len(dates) > 1:
            # "In a statement published on Tuesday, the HPG claimed ... clashes on Saturday": the day it spoke is not
            # the day it speaks of
            dates = [
                d
                for d in dates
                if d.span is None
                or not (
                    _PUBLISHED_DAY.search(u.masked, max(0, d.span.start - 60), d.span.start)
                    # "rescuers on Tuesday pulled the bodies ... of a house hit by air strikes on Sunday"
                    or _FOUND_AFTER.match(u.masked, d.span.end)
                )
            ] or dates
        if "toll" in u.masked:
            dates = [d for d in dates if d.span is None or not _TOLL_DAY.search(u.masked, max(0, d.span.start - 40), d.span.start)]
        if dates and ("died" in u.masked or "eleased" in u.masked or "freed" in u.masked or "succumbed" in u.masked):
            # "1 x local civ died of wounds on 16/02", "Released 19/02": what became of a victim later, not the
            # incident's day (a row's own day, or the day told before, stands)
            dates = [
                d for d in dates
                if d.span is None or not _LATER_FATE.search(u.masked, max(0, d.span.start - 40), d.span.start)
            ]
        if u is not group[0] and "had " in u.masked:
            # "Residents said the fighters had slipped into the city overnight": what had gone before, not its day
            dates = [
                d
                for d in dates
                if d.basis != DateBasis.RELATIVE
                or d.span is None
                or not _PLUPERFECT.search(u.masked, max(0, d.span.start - 80), d.span.start)
            ]
        if len(dates) > 1 and dates[0].span is not None and dates[1].span is not None and _SAID_BETWEEN.search(
            u.masked, dates[0].span.end, dates[1].span.start
        ):
            # "Residents who escaped on Monday morning said an airstrike had brought down a house on Saturday": the
            # day they spoke is not the day it happened
            dates = dates[1:]
        if (
            len(dates) > 1
            and dates[0].span is not None
            and dates[1].span is not None
            and dates[0].span.start <= 4
            and dates[1].basis == DateBasis.STATED
            and dates[1].span.start - dates[0].span.end <= 40
            and _NUMERIC_STAMP.fullmatch(dates[0].text)
            and dt.timedelta(0) < dates[0].start - dates[1].start <= dt.timedelta(days=7)
        ):
            # "10.09.2017 — On 9 September 2017, ...": a note's coding stamp, then the day its own words give
            dates = dates[1:]
        if len(dates) > 1 and dates[0].start == dates[0].end and dates[0].basis == DateBasis.STATED:
            # "2011-06-04 | ... | Between 4 and 6 June, ...": the note's own words say how long from that day it ran
            longer = next(
                (d for d in dates[1:] if d.start == dates[0].start and d.end > d.start and d.basis == DateBasis.STATED),
                None,
            )
            if longer is not None:
                dates = [longer]
        for d in dates:
            if d.span is not None:
                if d.start == d.end and "night into" in u.masked and _NIGHT_INTO.search(u.masked, 0, d.span.start):
                    d = replace(d, start=d.start - dt.timedelta(days=1))
                return DateMention(
                    _ran_from(d, u.masked) if d.start == d.end else d.start,
                    _ran_until(d, u.masked) if d.start == d.end else d.end,
                    d.basis,
                    Span(ctx.doc_id, base + u.start + d.span.start, base + u.start + d.span.end),
                    d.text,
                )
        dated_only = [c for c in u.citations if c.date and not c.outlet]
        if dated_only:
            c = _absolute(dated_only[0], base + u.start)
            return DateMention(c.date, c.date, DateBasis.STATED, c.span, c.date_text or "")  # type: ignore[arg-type]
    for u in preamble:
        for d in u.dates:
            if d.span is not None:
                return DateMention(
                    d.start,
                    d.end,
                    d.basis,
                    Span(ctx.doc_id, base + u.start + d.span.start, base + u.start + d.span.end),
                    d.text,
                )
    if lead is not None and lead.basis in {DateBasis.STATED, DateBasis.RELATIVE}:
        return lead
    dated = [c for c in citations if c.date]
    if dated:
        first = dated[0]
        return DateMention(first.date, first.date, DateBasis.SOURCE_DATE, first.span, first.date_text or "")  # type: ignore[arg-type]
    if ctx.published:
        return DateMention(ctx.published, ctx.published, DateBasis.REPORT_DATE, None, "")
    return None


# "the al-Badu neighborhood", "the Jawra quarter": the name before is a part of a city, which may follow
_QUARTER_AFTER = compile_gated(r"\s+(?:neighbou?rhoods?|quarters?)\b", re.I)
_QUARTER_SETTING = compile_gated(
    r"\s+(?:neighbou?rhoods?|quarters?),?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:cent(?:re|er)|heart|(?:north|south)?-?(?:east|west)?(?:ern)?(?:\s+part)?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?"
    r"(?:(?P<city>(?:[Aa]l-)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|city\b|capital\b|town\b)"
)
MAX_QUARTER_FROM_CITY_KM = 40.0
_NEARBY = compile_gated(r"\bthe nearby\b|\bthe same (?:area|region)\b", re.I)
# "In the capital, four protesters were killed", "in the Syrian capital": the country's capital city. A regional or
# provincial capital is left alone (its name is usually given).
_CAPITAL = compile_gated(
    # ("into the Old City and the Abbasiyin area of the capital": a part of it)
    r"\b(?:in|near|at|into|outside|around|across|inside|(?:areas?|districts?|neighbou?rhoods?|quarters?|outskirts|"
    r"suburbs?|parts?|cent(?:re|er)|heart|streets?|edge)\s+of)\s+(?:the\s+)?(?:(?P<adj>Iraqi|Syrian)\s+|"
    r"(?P<poss>Iraq|Syria)['’]s\s+)?capital\b(?!\s+(?:city\s+)?(?:of\b|(?-i:[A-Z])))",
    re.I,
)
_CAPITALS = {"Iraq": "Baghdad", "Syria": "Damascus"}
_NO_HARM = compile_gated(
    r"\bno (?:casualties|injuries|fatalities|human losses|one was (?:hurt|injured|killed))\b|\bwithout (?:causing )?"
    r"(?:any )?(?:casualties|injuries|human losses)\b|\bnobody was (?:hurt|injured|killed)\b|\bmaterial damage\b|"
    r"\b(?:were|was|escaped) (?:unhurt|unharmed|uninjured)\b",
    re.I,
)
# Who or what a strike on no named side hit, when it was not people at large: fighters, a post, a force's site.
_FORCE_OR_POST = compile_gated(
    r"\b(?:soldiers?|troops|fighters?|militants?|militiam[ae]n|members|personnel|officers?|servicem[ae]n|"
    r"service\s?members?|guards?|policem[ae]n|gunmen|insurgents?|jihadists?|terrorists?|operatives?|commanders?|"
    r"recruits?|conscripts?|Peshmerga|contractors?|patrols?|convoys?|checkpoints?|positions?|bases?|barracks|"
    r"headquarters|ministry|military\s+(?:sites?|facilit\w+|airports?|vehicles?|airbase)|air\s?base|airport|"
    r"residence|depots?|warehouses?|arms|weapons|cadres|elements|mercenaries)\b",
    re.I,
)
_STRUCK_VEHICLE = compile_gated(r"\b(?:cars?|motorbikes?|motorcycles?|vehicles?|pick-?ups?|trucks?)\b", re.I)
_PERSONS_PROPERTY = compile_gated(r"\b(?:house|home|residence|car|vehicle|shop|office)\s+of\s+(?:an?|the)\s+", re.I)
_CARGO_FOR = compile_gated(
    r"\b(?:supplies|equipment|logistics|materials?|cargo|goods|fuel)\s+(?:for|to|of|belonging to)\s+(?:the\s+)?$", re.I
)
_BY_BEFORE = compile_gated(r"\bby\s+(?:the\s+)?$")


def _headline_unit(u: Unit, group: list[Unit]) -> bool:
    """An item's short undated first sentence over the dated sentences that tell its incident."""
    return (
        u is group[0]
        and len(group) >= 2
        and not u.dates
        and len(u.text.split()) <= 14
        and any(g.dates for g in group[1:])
    )


_NOT_CONFIRMED = compile_gated(
    r",?\s+but\s+(?:[\w'’-]+\s+){1,6}?(?:had|has|have)\s+not\s+(?:yet\s+)?confirmed\s+(?:this|it|the\s+(?:death|report|claim))\b"
)
_HELD_FOR = compile_gated(r"(?:suspected|accused) of\b", re.I)  # what the detained are held for: another incident
_RELATIVE = compile_gated(r"\b(?:that|which|in which)\b")
_FORCE_OF_PLACE = compile_gated(r"\s+police\s+(?:said|say|says|announced|reported|stated|added|told|command|chief)\b")


def _place(
    group: list[Unit],
    preamble: list[Unit],
    item: Item,
    ctx: DocContext,
    section: SectionContext,
    admin1: str | None,
    country: str | None,
    base: int,
    actors: list[ActorMatch],
) -> tuple[Place | None, str | None, Span | None]:
    gaz = ctx.gazetteer
    explicit_admin1 = admin1
    for u in group:
        if explicit_admin1:
            break  # the governorate is known: nothing below changes it
        for m in (
            _PROVINCE_IN_TEXT.pattern.search(u.masked) if u.words & _W_PROVINCE_IN_TEXT else None,
            _PART_OF_PROVINCE.pattern.search(u.masked) if u.words & _W_PART_OF_PROVINCE else None,
        ):
            named = (m.group("name") or m.groupdict().get("name2")) if m else None
            if named and gaz.canonical_admin1(named) and not explicit_admin1:
                explicit_admin1 = gaz.canonical_admin1(named)
        for m in _REGION_APPOSITIVE.finditer(u.text) if not explicit_admin1 and "ern " in u.text else ():
            if gaz.canonical_admin1(m.group("name")):
                explicit_admin1 = gaz.canonical_admin1(m.group("name"))
                break
        for m in _ADMIN1_TAG.finditer(u.text) if not explicit_admin1 else ():
            # a dataset note's "Qandil (Rawanduz, Erbil)", "in Al-Karma, Anbar.": the governorate the coder gave
            if gaz.canonical_admin1(m.group("name")):
                explicit_admin1 = gaz.canonical_admin1(m.group("name"))
                break
    if explicit_admin1:
        # "an Iraqi woman ... in the Al-Hol camp in Al-Hasakah governorate": the governorate decides the country.
        country = gaz.admin1_country(explicit_admin1) or country
    cell_place = _cell_place(section, country, explicit_admin1, ctx)
    found: tuple[Unit, LocationPhrase] | None = None
    told = next((u.dates for u in group if u.dates), None)
    for u in group + preamble:
        if told and u is not group[0] and u.dates and _another_time(u.dates, told):
            # "... aircraft struck ISIS caves in the area. ... ISIS still holds women abducted from Al-Suwayda on July
            # 25": a sentence about another day tells another incident's place
            continue
        blocked = _blocker(u, gaz)
        hits = u.place_names(gaz, country)
        if hits and ("Square" in u.text or "Street" in u.text or "Roundabout" in u.text or "Bridge" in u.text):
            # "gathered in al-Karama Square in the city centre": a square, street or bridge named after a place is
            # not that place
            hits = [h for h in hits if not _FEATURE_AFTER.match(u.text, h[1])]
        if len(hits) > 1 and " police" in u.text:
            # "Kirkuk police said they had arrested ... in al-Hawija district": the force is named for its province;
            # the sentence's other place is where it acted
            hits = [h for h in hits if not _FORCE_OF_PLACE.match(u.text, h[1])] or hits
        if explicit_admin1:
            hits = [
                h
                for h in hits
                if gaz.canonical_admin1(h[2]) != explicit_admin1
                or not re.match(r"\s+(?:province|governorate)", u.text[h[1] :], re.I)
            ]
        phrase = None
        # (and "arrested a former officer accused of killings at Saydnaya prison, during a raid in Homs": what the
        # detained are held for happened elsewhere)
        mods = (
            [(ms, me) for ms, me in u.modifiers if _TIME_MODIFIER.match(u.masked, ms) or _HELD_FOR.match(u.masked, ms)]
            if u.modifiers
            else []
        )
        if mods and any(ms <= h[0] < me for h in hits for ms, me in mods):
            # "struck three facilities in Iraq ..., days after militias fired at the Ain al-Asad base": the earlier
            # event's place is this one's only when the sentence names no other
            phrase = find_location(
                u.text,
                hits,
                blocked=lambda s, e, mods=mods, blocked=blocked: blocked(s, e) or any(s < me and ms < e for ms, me in mods),
                anchor_hint=section.place_hint,
            )
        if phrase is None and len(hits) > 1 and ":" in u.text[:40] and (lab := _FEED_LABEL.match(u.text)) is not None:
            # "08:12 · Afrin: ... jets struck the town of Jindires": the line's label is its area, the town the line
            # names the place
            later = [h for h in hits if h[0] >= lab.end()]
            phrase = find_location(u.text, later, blocked=blocked, anchor_hint=section.place_hint) if later else None
            if phrase is not None and not _within_label(phrase.text, u.text[: lab.end()].rstrip(": "), country, ctx):
                # (not "Inkhil: ... abducted a young man while he was travelling to Damascus", nor a quarter's name
                # that is a village in another governorate: the place must lie in the label's area)
                phrase = None
        if phrase is None:
            phrase = find_location(u.text, hits, blocked=blocked, anchor_hint=section.place_hint)
        if (
            phrase is not None
            and len(hits) > 1
            and _PROVINCE_WORD.search(phrase.text)
            and any(h[0] >= phrase.end for h in hits)
        ):
            # "in the western province of Anbar, IS militants attacked an army outpost near the town of Rutba": the
            # town in the province is the place
            inside = find_location(
                u.text, [h for h in hits if h[0] >= phrase.end], blocked=blocked, anchor_hint=section.place_hint
            )
            province = next(
                (gaz.canonical_admin1(h[2]) for h in hits if phrase.start <= h[0] < phrase.end and gaz.canonical_admin1(h[2])),
                None,
            )
            named = [h[2] for h in hits if inside is not None and inside.start <= h[0] < inside.end]
            if (
                inside is not None
                and province is not None
                and not _PROVINCE_WORD.search(inside.text)
                # (not "in Latakia Province shot down six drones launched from southern Idlib": the place it lies in)
                and any(c.admin1 == province for n in named[:1] for c in gaz.lookup(n, country))
            ):
                phrase = inside
        unknown = _UNKNOWN_PLACE.pattern.search(u.masked) if u.words & _W_UNKNOWN_PLACE else None
        if unknown and blocked(unknown.start(), unknown.end()):
            unknown = None
        if phrase is None and unknown:
            phrase = LocationPhrase(unknown.start(), unknown.end(), u.text[unknown.start() : unknown.end()])
        elif phrase is None and "capital" in u.text and (cap := _capital(u.text, country, blocked)) is not None:
            phrase = cap
        elif phrase is None and (quarter := _UNKNOWN_QUARTER.search(u.text)) and not blocked(*quarter.span("name")):
            # "a market in the al-Badu neighbourhood": a quarter the gazetteer lacks; its city is worked out below
            phrase = LocationPhrase(quarter.start("name"), quarter.end("name"), quarter.group("name"))
        elif (
            phrase is not None
            and unknown
            and unknown.start() < phrase.start <= unknown.end() + 40
            and not any(unknown.start("name") <= h[0] < unknown.end() for h in hits)
        ):
            # "in the town of Al-Yadudah, west of Daraa city": keep the unknown name for the resolver's note.
            phrase = LocationPhrase(
                unknown.start(), phrase.end, u.text[unknown.start() : phrase.end], phrase.anchor_hint
            )
        if phrase is not None:
            if found is None and _headline_unit(u, group):
                # "Gunmen kill a commander in Daraa. Unidentified gunmen shot dead ... in Tafas on May 15.": the
                # item's headline names the region, the sentence that tells it with its day names the place
                found = (u, phrase)
                continue
            found = (u, phrase)
            break
    label = _place_lead(group[0].text)
    if found is None and label:
        found = (group[0], LocationPhrase(label.start("name"), label.end("name"), label.group("name")))
    note_label = _note_label(group[0].text) if found is None else None
    if found is None and note_label:
        # the note names no place but its label: the town in it ("Izraa (Daraa)", "Erbil (Sidakan)"), else the label
        key = next(
            (k for k in ("sub", "name") if note_label.group(k) and not gaz.canonical_admin1(note_label.group(k).strip())),
            "name",
        )
        found = (group[0], LocationPhrase(note_label.start(key), note_label.end(key), note_label.group(key)))
    if found is None:
        texts = " ".join(u.text for u in group + preamble)
        if _POCKET.search(texts) and "pocket" in ctx.memory:
            remembered = ctx.memory["pocket"]
            return (
                Place(
                    remembered.name,
                    remembered.admin1,
                    remembered.country,
                    remembered.lat,
                    remembered.lon,
                    GeoPrecision.REGION,
                    max(remembered.uncertainty_km or 0, 15.0),
                    remembered.gazetteer_ids,
                    note="the pocket/enclave named earlier in the report",
                ),
                None,
                None,
            )
        if cell_place is not None:
            return cell_place
        site = _THE_SITE.search(texts) if " the " in texts else None
        noun = site.group("noun").lower() if site else ""
        named = next(
            (p for words, p in reversed(ctx.memory.get("sites", [])) if noun and (noun in words or noun in (p.name or "").lower())),
            None,
        )
        if site and named is None:
            named = _site_named_earlier(noun, ctx.text[: base + group[0].start], country, ctx)
        if site and named is not None and named.admin1 == (explicit_admin1 or named.admin1):
            # "air defenses at the base shot down a drone" after an attack on the Ain al-Asad Air Base: that base
            return replace(named, note=f"'{site.group(0)}': the {noun} named before"), None, None
        town = _THE_TOWN.search(texts) if "the " in texts else None
        last = ctx.memory.get("last")
        if (
            town is not None
            and last is not None
            and (last.precision or 9) <= GeoPrecision.NEAR
            and last.country == (country or last.country)
            and last.admin1 == (explicit_admin1 or last.admin1)
            and any(c.kind in _SETTLEMENTS for c in gaz.lookup(last.name or "", last.country))
        ):
            # "Hours later mortar rounds landed on the town's main market": the town of the incident before
            return replace(last, note=f"'{town.group(0)}': the town named before"), None, None
        place = _resolved(None, country, explicit_admin1 or section.admin1, section.place_hint, ctx)
        if explicit_admin1 and place is not None and place.admin1 != explicit_admin1:
            # "farmland near Kudna in Quneitra province" under a "DAMASCUS (Reuters) -" dateline: the governorate named
            place = _resolved(None, country, explicit_admin1, None, ctx)
        return place, None, None
    u, phrase = found
    if explicit_admin1 is None and _may_hold(u.text, ("nearby", "same ")) and _NEARBY.search(u.text):
        last = ctx.memory.get("last")
        explicit_admin1 = last.admin1 if last is not None else None  # "the nearby village": near the last place
    if phrase.text.lower().endswith("capital") and phrase.anchor_hint in _CAPITALS.values():
        place = _resolved(phrase.anchor_hint, None, None, None, ctx)
    else:
        place = _resolved(phrase.text, country, explicit_admin1 or None, phrase.anchor_hint or section.place_hint, ctx)
        if place is not None and place.lat is not None and " of " in u.text[phrase.end : phrase.end + 60]:
            place = _near_its_anchor(place, u.text[phrase.end : phrase.end + 80], country, ctx)
    if (place is None or place.lat is None) and section.place_hint:
        # "in the Domiz neighbourhood" under a "KIRKUK (AFP) -" dateline: a part of the story's town no gazetteer knows
        within = _resolved(None, country, explicit_admin1 or section.admin1, section.place_hint, ctx)
        # (not "Kudna in Quneitra province" under a "DAMASCUS (Reuters) -" dateline: the governorate named wins)
        if within is not None and within.lat is not None and (explicit_admin1 is None or within.admin1 == explicit_admin1):
            place = within
    if _QUARTER_AFTER.match(u.text, phrase.end):
        place = _quarter_of_city(place, phrase.text, u.text[phrase.end :], country, ctx)
    if place is not None and place.admin1 is None and (explicit_admin1 or section.admin1):
        place = _with_admin1(place, explicit_admin1 or section.admin1, gaz)
    elif place is not None and explicit_admin1 and place.admin1 and place.admin1 != explicit_admin1 and place.lat:
        # "Qandil (Rawanduz, Erbil)": a range or area that reaches into the governorate the text names is there
        outside = gaz.km_outside_admin1(place.lat, place.lon or 0.0, explicit_admin1)
        if outside is not None and outside <= max(place.uncertainty_km or 0.0, 5.0):
            place = _with_admin1(place, explicit_admin1, gaz)
    texts = " ".join(x.text for x in group + preamble)
    if place is not None and place.resolved and _POCKET.search(texts) and "pocket" not in ctx.memory:
        ctx.memory["pocket"] = place
    if place is not None and place.resolved and place.admin1:
        ctx.memory["last"] = place
        # the sites told lately, with the words that named them ("at the Harir air base"), for a later "the base"
        ctx.memory["sites"] = [*ctx.memory.get("sites", [])[-4:], (phrase.text.lower(), place)]
    if cell_place is not None and cell_place[0].lat is not None and (
        place is None
        or place.lat is None
        or km_between(place.lat, place.lon or 0.0, cell_place[0].lat, cell_place[0].lon or 0.0) > 25
    ):
        # "displaced families from Aleppo and Homs" in a row whose Location cell says Al-Mansoura: the cell's place
        return cell_place
    span = Span(ctx.doc_id, base + u.start + phrase.start, base + u.start + phrase.end)
    return place, phrase.text, span


_TOLL_AFTER = compile_gated(r",?\s+(?:the\s+)?(?:death\s+|casualty\s+)?toll\b", re.I)
_TOLL_ROSE_ON = compile_gated(
    r"\b(?:rose|risen|climbed|increased|jumped|reached)\s+to\s+(?:at\s+least\s+)?[\d,]+\s+(?:[a-z]+\s+)?(?:on|by|late|early)?\s*$",
    re.I,
)
# a nom de guerre with its nisba, "Abu Hamza al-Iraqi", "Abu Bakr al-Baghdadi" (not the towns Abu Kamal, Abu Ghraib)
_KUNYA = compile_gated(r"\bAbu\s+[A-Z][\w'’-]+\s+(?:al-|el-)[A-Z][\w'’-]*i\b")


# The patterns ``_blocked_ranges`` reads on a unit's text: which of them its literals let through (``possible``) is
# read from one Aho-Corasick pass, not from loops of ``in`` tests over some sixty literals
_BLOCKING = (_PROVINCE_APPOSITIVE, _PLACE_NAMED_BODY, _LED_BY, _REPORTING_NAME)
_BLOCKING_INDEX = LiteralIndex(
    [p.literals for p in _BLOCKING], [p.literal_sets[1] if len(p.literal_sets) > 1 else None for p in _BLOCKING]
)
assert all(p.literal_sets for p in _BLOCKING)  # (``present`` leaves out a pattern without literals)


def _blocked_ranges(u: Unit, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Where in the unit no place is named: its actors, citations, the lead before ``place_from``, labels, bodies and
    people named after places."""
    blocked_ranges = [(a.start, a.end) for a in u.actors]
    blocked_ranges += [(c.span.start, c.span.end) for c in u.citations]
    blocked_ranges.append((0, u.place_from))
    for i in _BLOCKING_INDEX.present(u.text.lower()):
        blocked_ranges += [m.span() for m in _BLOCKING[i].pattern.finditer(u.text)]
    blocked_ranges += [
        m.span() for m in (_REGION_APPOSITIVE.finditer(u.text) if "ern " in u.text else ())
        if gaz.canonical_admin1(m.group("name"))
    ]
    if "River" in u.text or "river" in u.text:
        blocked_ranges += [m.span() for m in _RIVER.finditer(u.text)]  # "the Lesser Zab River": no town
    if "Abu " in u.text:
        # "whom it named as Abu Hamza al-Iraqi": a man's name, whatever place it borrows
        blocked_ranges += [m.span() for m in _KUNYA.finditer(u.text)]
    label = _place_lead(u.text)
    if label:
        blocked_ranges.append((0, label.end()))  # "Anbar – ... near Haditha": the label is not the place
    cells = _PIPE_LABELS.match(u.text) if "|" in u.text[:100] else None
    if cells:
        blocked_ranges.append((0, cells.end()))  # "2021-05-12 | Baghdad | ... in Taji": a cell, not the place
    note_label = _note_label(u.text)
    if note_label:
        blocked_ranges.append((0, note_label.end()))  # "Dhi Qar, 26 Feb 2021: ... in Nasiriyah"
    if "which " in u.text:
        # "HTS, which controls most of Idlib, has taken control of Afrin": what the group holds, not where it acted
        blocked_ranges += [m.span() for m in _WHICH_HOLDS.finditer(u.text)]
    dated = _DATED_ADMIN1_LABEL.match(u.text) if u.text[:1].isalnum() else None
    if dated and gaz.canonical_admin1(dated.group("name")) and gaz.find_names(u.text[dated.end() :]):
        # "25/07/2018 – As-Suwayda: ... al-Shabki, about 20 km north-east of Suwayda city": the governorate label
        # is no place when the note names one
        blocked_ranges.append((0, dated.end()))
    return blocked_ranges


def _blocker(u: Unit, gaz: Gazetteer) -> Callable[[int, int], bool]:
    """Whether a span overlaps where no place is named; the ranges are found on the first question (a unit with no
    place name is often never asked)."""
    ranges: list[tuple[int, int]] | None = None

    def blocked(s: int, e: int) -> bool:
        nonlocal ranges
        if ranges is None:
            ranges = _blocked_ranges(u, gaz)
        return any(s < re_ and rs < e for rs, re_ in ranges)

    return blocked


def _quarter_of_city(
    place: Place | None, written: str, after: str, country: str | None, ctx: DocContext
) -> Place | None:
    """ "the al-Badu neighborhood in the center of Al-Raqqah", "in the al-Badu neighborhood" of a report about Raqqa:
    a city quarter, not a namesake village far away. When the name is unknown or its point lies far from the city
    the sentence names after the quarter (else the city the report last placed an event in), that city stands in."""
    gaz = ctx.gazetteer
    known = place is not None and place.lat is not None
    if known and any(c.kind in ("capital", "city") for c in gaz.lookup(place.name or "", place.country)):
        return place  # "a Karbala neighbourhood": the city itself
    setting = _QUARTER_SETTING.match(after)
    if setting and setting.group("city"):
        land = place.country if known and place is not None else country
        cities = [c for c in gaz.lookup(setting.group("city"), land) if c.kind in ("capital", "city", "town")]
        if not cities:
            return place
        city = cities[0]
        name, lat, lon, radius, admin1 = city.name, city.lat, city.lon, city.radius_km, city.admin1
        ids: tuple[str, ...] = (city.id,)
    elif setting and setting.group(0).rstrip().endswith("capital"):
        return place  # "in the east of the capital": the resolver's context decides
    else:  # no setting, or "in the west of the city": the city of the report's last event
        last = ctx.memory.get("last")
        if last is None or last.lat is None or (last.precision or 0) > GeoPrecision.NEAR:
            return place
        if country is not None and last.country != country:
            return place
        if not any(c.kind in ("capital", "city") for c in gaz.lookup(last.name or "", last.country)):
            return place  # the last event was in a town or a village: no city to hold the quarter
        name, lat, lon, radius, admin1 = last.name, last.lat, last.lon or 0.0, last.uncertainty_km or 0.0, last.admin1
        ids = last.gazetteer_ids
    if known and place is not None:
        far = km_between(place.lat or 0.0, place.lon or 0.0, lat, lon)
        if far <= MAX_QUARTER_FROM_CITY_KM:
            return place
        why = f"the namesake {place.name} ({place.admin1}) is {far:.0f} km from it"
    else:
        why = f"the gazetteer has no {written.strip()}"
    return Place(
        name,
        admin1,
        gaz.admin1_country(admin1) or country if admin1 else country,
        lat,
        lon,
        GeoPrecision.NEAR,
        radius + 5.0,
        ids,
        resolved=False,
        note=f"a quarter of {name}; {why}",
    )


def _cell_place(
    section: SectionContext, country: str | None, explicit_admin1: str | None, ctx: DocContext
) -> tuple[Place, str, Span] | None:
    """The place a log row's Location cell names ("Euphrates crossing near Al-Asharah"), resolved."""
    if section.row_place is None:
        return None
    cell, at = section.row_place
    hits = [(h.start, h.end, h.text) for h in ctx.gazetteer.find_names(cell, country)]
    phrase = find_location(cell, hits, blocked=lambda s, e: False, anchor_hint=section.place_hint) if hits else None
    if phrase is None:
        return None
    place = _resolved(phrase.text, country, explicit_admin1 or section.admin1, phrase.anchor_hint, ctx)
    if place is None or place.lat is None:
        return None
    if place.admin1 is None and (explicit_admin1 or section.admin1):
        place = _with_admin1(place, explicit_admin1 or section.admin1, ctx.gazetteer)
    return place, phrase.text, Span(ctx.doc_id, at + phrase.start, at + phrase.end)


def _another_time(dates: list[DateMention], told: list[DateMention]) -> bool:
    """Every day ``dates`` states lies more than a week from every day ``told`` states."""
    stated = [d for d in dates if d.basis == DateBasis.STATED]
    ref = [d for d in told if d.basis == DateBasis.STATED]
    return bool(stated and ref) and all(
        (d.start - r.end).days > 7 or (r.start - d.end).days > 7 for d in stated for r in ref
    )


def _capital(text: str, country: str | None, blocked: Callable[[int, int], bool]) -> LocationPhrase | None:
    """ "the capital" as a place phrase whose anchor hint is the capital's name, when the country is known."""
    m = _CAPITAL.search(text)
    if m is None or blocked(m.start(), m.end()):
        return None
    named = m.group("adj") or m.group("poss")
    land = {"Iraqi": "Iraq", "Syrian": "Syria"}.get(named or "", named) or country
    city = _CAPITALS.get(land or "")
    if city is None:
        return None
    start = m.start("adj") if m.group("adj") else m.start("poss") if m.group("poss") else m.end() - len("capital")
    if text[max(0, start - 4) : start] == "the ":
        start -= 4
    return LocationPhrase(start, m.end(), text[start : m.end()], city)


_PLACE_CACHE_SIZE = 20_000


_PROVINCE_WORD = compile_gated(r"\b(?:province|governorate)\b", re.I)
_FEATURE_AFTER = compile_gated(r"\s+(?:Square|Street|Roundabout|Bridge)\b")
# "the Mallah farms north of Aleppo city": the direction and the town the place lies from
_BEARING_AFTER = compile_gated(
    r"^\s+(?:(?!in\b|the\b)[a-z][\w-]*\s+)?(?:about\s+|some\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s?)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:edge\s+)?of\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?P<anchor>(?:al-)?[A-Z][\w'’-]+(?:[ -](?:al-)?[A-Z][\w'’-]+)?(?:\s+city)?)"
)


def _near_its_anchor(place: Place, after: str, country: str | None, ctx: DocContext) -> Place:
    """A name said to lie a direction from a town is not a namesake far from it: "seized the Mallah farms north of
    Aleppo city" is not the Malah of As-Suwayda; then the direction from the town is where it is."""
    m = _BEARING_AFTER.match(after)
    if m is None:
        return place
    anchor = _resolved(m.group("anchor"), country, None, None, ctx)
    if anchor is None or anchor.lat is None or anchor.lon is None or anchor.precision != GeoPrecision.EXACT:
        return place  # (a governorate or a region is no town to measure from)
    if km_between(place.lat or 0.0, place.lon or 0.0, anchor.lat, anchor.lon) <= 60.0:
        return place
    offset = _resolved(after[m.start() : m.end()].strip(), country, None, None, ctx)
    return offset if offset is not None and offset.lat is not None else place


_PART_OF_GOVERNORATE = compile_gated(
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+(?P<name>[A-Z][\w'’ -]+?)\s*$", re.I
)


def _within_label(name: str, label: str, country: str | None, ctx: DocContext) -> bool:
    """A place a feed line names lies in the area its label names (same governorate, within 80 km or the area's own
    reach: "Badia: ... about 30 km north-east of As-Sukhnah")."""
    label = _FEED_STAMP.sub("", label)
    part = _PART_OF_GOVERNORATE.match(label)
    governorate = ctx.gazetteer.canonical_admin1(part.group("name")) if part else None
    area = _resolved(label, country, None, None, ctx)
    place = _resolved(name, country, None, None, ctx)
    if governorate is not None:
        # "Western Anbar: ... near Rutba", "Eastern Homs: ... near al-Sukhnah": a part of a governorate reaches as far
        # as the governorate does
        return place is not None and place.lat is not None and place.admin1 == governorate
    if area is None or place is None or area.lat is None or place.lat is None or area.admin1 != place.admin1:
        return False
    return km_between(area.lat, area.lon or 0.0, place.lat, place.lon or 0.0) <= max(80.0, area.uncertainty_km or 0.0)


def _site_named_earlier(noun: str, before: str, country: str | None, ctx: DocContext) -> Place | None:
    """The last "<Name> camp" (base, prison ...) the report named before, when no event was placed there: a headline's
    or lead's "inside al-Hol camp" for a later "in the camp's fifth sector"."""
    last = None
    for m in _NAMED_SITE.finditer(before) if noun in before.lower() else ():
        if m.group("noun").lower() == noun:
            last = m
    if last is None:
        return None
    place = _resolved(f"{last.group('name')} {last.group('noun')}", country, None, None, ctx)
    if place is None or place.lat is None or (place.precision or 9) > GeoPrecision.NEAR:
        return None
    return place


def _resolved(
    text: str | None, country: str | None, admin1: str | None, anchor_hint: str | None, ctx: DocContext
) -> Place:
    """``resolve_location`` is pure: the same phrase in the same context recurs across reports, resolve it once
    (the cache lives with the knowledge the pipeline was built with)."""
    key = (text, country, admin1, anchor_hint)
    place = ctx.place_cache.get(key)
    if place is None:
        place = resolve_location(
            text, country=country, admin1=admin1, anchor_hint=anchor_hint, gazetteer=ctx.gazetteer
        ).place
        if len(ctx.place_cache) >= _PLACE_CACHE_SIZE:
            ctx.place_cache.clear()
        ctx.place_cache[key] = place
    return place


def _with_admin1(place: Place, admin1: str | None, gaz: Gazetteer) -> Place:
    from dataclasses import replace

    country = gaz.admin1_country(admin1) or place.country
    note = place.note
    if place.admin1 and admin1 and place.admin1 != admin1:
        extra = f"the text names {admin1}; the point lies in {place.admin1}"
        note = f"{note}; {extra}" if note else extra
    return replace(place, admin1=admin1, country=country, note=note)
