"""Duplicates inside one document: a repeated item, or a wire story retelling its lead. Pure.

A digest that prints an item twice gets one event. In an article (no bullets), later paragraphs that
retell the lead incident (same type, overlapping dates, same place or none) merge into it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from mesint.extract.prefilter import compile_gated
from mesint.model import Count, Event
from mesint.vocab import DateBasis, GeoPrecision

_WORD = compile_gated(r"\w+")


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    # Each quote is compared with every event kept before it: tokenise it once.
    return frozenset(_WORD.findall(text.lower()))


def near_identical(a: Event, b: Event, threshold: float = 0.9) -> bool:
    if not 0.8 < len(a.quote) / max(1, len(b.quote)) < 1.25:
        return False  # token sets this different in size cannot reach the threshold
    ta, tb = _tokens(a.quote), _tokens(b.quote)
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= threshold


def _dates_overlap(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.start <= b.date.end and b.date.start <= a.date.end


_NAME = compile_gated(r"\b[A-Z][\w'’-]{2,}")


def _other_names(e: Event) -> frozenset[str]:
    """The proper names of an event's location phrase other than the place it resolved to ("Arbajiyah" in "the
    Arbajiyah area south-east of Mosul")."""
    if not e.location_text:
        return frozenset()
    resolved = set(_WORD.findall((e.place.name or "").lower())) if e.place is not None else set()
    return frozenset(n for n in (m.lower() for m in _NAME.findall(e.location_text)) if n not in resolved)


def _same_place(a: Event, b: Event) -> bool:
    na, nb = _other_names(a), _other_names(b)
    if na and nb and not na & nb:
        return False  # "the Karama neighbourhood" and "the Arbajiyah area", both of Mosul: two places in one city
    if a.place is None or b.place is None or a.place.lat is None or b.place.lat is None:
        return True
    if a.location_text is None or b.location_text is None:
        # a place lent by the dateline or a heading: the sentence itself named none; but a governorate alone, other than
        # the other's, is one the sentence named ("farmland near Kudna in Quneitra province")
        governorates = [
            e.place for e in (a, b) if e.place is not None and e.location_text is None and e.place.name is None
        ]
        return not (
            governorates
            and a.place.admin1
            and b.place.admin1
            and a.place.admin1 != b.place.admin1
            and _far_apart(a, b, km=50.0)
        )
    close = abs(a.place.lat - b.place.lat) < 0.1 and abs((a.place.lon or 0) - (b.place.lon or 0)) < 0.1
    if a.place.name and b.place.name and a.place.name != b.place.name:
        # two named places: the same only when one is the other's neighbourhood, at most a few km apart
        return abs(a.place.lat - b.place.lat) < 0.03 and abs((a.place.lon or 0) - (b.place.lon or 0)) < 0.03
    return a.place.name == b.place.name or close


def _retells(a: Event, b: Event, *, last: bool = False) -> bool:
    """A later paragraph of an article telling the lead incident again (no new date of its own)."""
    if _two_stamped_counts(a, b):
        return False
    own_date = b.date is not None and b.date.basis == DateBasis.STATED
    same_day = (
        a.date is not None and b.date is not None and (a.date.start, a.date.end) == (b.date.start, b.date.end)
    )
    named = a.place is not None and b.place is not None and a.place.name and a.place.name == b.place.name
    return (
        a.event_type == b.event_type
        and not apart_in_kind(a, b)
        and not _another_device_target_and_toll(a, b)
        and not _RESPONSE.match(b.quote)  # the attacked side's answer, in kind
        # a crowd that gathered peacefully is not the one fired on at the party building
        and (a.event_type != "Protests" or a.sub_event_type == b.sub_event_type)
        and (not own_date or (same_day and bool(named)))
        and (_dates_overlap(a, b) or (last and _undated_retelling(a, b)))
        and _same_place(a, b)
        and (
            a.actor1 is None
            or b.actor1 is None
            or a.actor1.canonical == b.actor1.canonical
            # "the warplanes" with no place of its own names no country: the same force, less fully
            or (b.location_text is None and a.actor1.canonical.startswith(b.actor1.canonical))
            # "The shells also caused material damage ...": no place and no doer of its own, more of the same
            or (b.location_text is None and _unidentified(b.actor1) and a.sub_event_type == b.sub_event_type)
            # "... said ... the strikes were carried out by Russian warplanes": the lead's unnamed doer, named later
            or (b.location_text is None and _unidentified(a.actor1) and a.sub_event_type == b.sub_event_type)
        )
    )


def _another_device_target_and_toll(a: Event, b: Event) -> bool:
    """"A car bomb ... near a market, killing nine people" and then "A suicide bomber drove his car into an army
    checkpoint ..., killing four soldiers and two civilians": another device, another target, another toll."""
    return (
        a.sub_event_type != b.sub_event_type
        and a.actor2 is not None
        and b.actor2 is not None
        and a.actor2.canonical != b.actor2.canonical
        and a.killed is not None
        and b.killed is not None
        and a.killed.best != b.killed.best
    )


_CARRIED_IN = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
_FIRED_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def apart_in_kind(a: Event, b: Event) -> bool:
    """A bomb carried or planted and one fired or dropped from afar are two incidents, however close ("coalition
    aircraft conducted 18 airstrikes around Kobani ... a militant drove a vehicle packed with explosives")."""
    subs = {a.sub_event_type, b.sub_event_type}
    return bool(subs & _CARRIED_IN) and bool(subs & _FIRED_FROM_AFAR)


def _undated_retelling(a: Event, b: Event) -> bool:
    """``b`` names neither a day nor a place of its own and comes after ``a``: "SOHR had reported yesterday that 31
    civilians were killed when the warplanes fired on the market" (the report's date is no incident's)."""
    return (
        b.location_text is None
        and b.date is not None
        and b.date.basis in (DateBasis.REPORT_DATE, DateBasis.SOURCE_DATE)
        and a.date is not None
        and 0 <= (b.date.start - a.date.end).days <= 2  # told the next day, at most two
    )


def merge_accounts(keep: Event, dup: Event) -> Event:
    """One incident told twice: ``keep`` with the other account's sources, claims and figures beside its own."""
    return _merge(keep, dup)


def _merge(keep: Event, dup: Event) -> Event:
    labels = {c.label for c in keep.citations}
    citations = keep.citations + tuple(c for c in dup.citations if c.label not in labels)
    claims = keep.claims + tuple(c for c in dup.claims if c.citation and c.citation.label not in labels)
    killed = _max_count(keep.killed, dup.killed)
    wounded = _max_count(keep.wounded, dup.wounded)
    killed = killed if keep.killed is None or keep.killed.best is None else keep.killed
    wounded = wounded if keep.wounded is None or keep.wounded.best is None else keep.wounded
    if _LOWER_TOLL.search(dup.quote) or any(n.endswith("(a lower toll)") for n in dup.notes):
        # "The Security Media Cell gave a lower toll, saying three soldiers were killed": the conservative count
        killed, wounded = _conservative(killed, dup.killed), _conservative(wounded, dup.wounded)
    elif any(n.endswith("(a risen toll)") for n in dup.notes) or _RISEN_TOLL.search(dup.quote):
        # "One of the wounded later died ..., bringing the death toll to four": the count since
        killed = dup.killed if _higher(dup.killed, killed) else killed
        wounded = dup.wounded if _higher(dup.wounded, wounded) else wounded
    date = keep.date
    if (
        _said_day(keep)
        and _own_day(dup)
        and not _said_day(dup)
        and dup.date is not None
        and keep.date is not None
        and dup.date.end <= keep.date.start
    ):
        # "The SDF said on Saturday they had restored control over al-Busayrah" over "... entered al-Busayrah on
        # Friday": the day the retelling gives is the incident's, the lead's is the statement's
        date = dup.date
    return replace(
        keep,
        date=date,
        citations=citations,
        claims=claims,
        killed=killed,
        wounded=wounded,
        # the doer a retelling names, when the lead named none; not the police of a follow-up arrest
        actor1=(
            dup.actor1
            if _unidentified(keep.actor1)
            and not _unidentified(dup.actor1)
            and getattr(dup.actor1, "kind", None) not in {"Civilians", "Protesters"}  # victims never did it
            and (dup.event_type == keep.event_type or dup.event_type != "Strategic developments")
            else keep.actor1
        ),
        actor2=keep.actor2 or dup.actor2,
        provenance=(*keep.provenance, ("duplicate", dup.span)),
        notes=(*keep.notes, f"also told at characters {dup.span.start}-{dup.span.end}"),
    )


# "The death toll later rose to 13 after two of the wounded died": the count since
_RISEN_TOLL = compile_gated(
    # ("the death toll from the Hilla market bombing had risen to 14")
    r"\b(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,10}?(?:rose|has risen|had risen|climbed|increased|jumped)\s+to\b"
    # "In an updated statement on Tuesday it said four civilians were killed": the count since
    r"|\b(?:in\s+)?an?\s+(?:updated|later|revised|new)\s+(?:statement|toll|tally|count|figure)\b",
    re.I,
)
_LOWER_TOLL = compile_gated(
    r"\b(?:lower|smaller|more conservative)\s+(?:death\s+)?(?:toll|figure|count|number)\b", re.I
)


def _higher(new: Count | None, old: Count | None) -> bool:
    return new is not None and new.best is not None and (old is None or old.best is None or new.best > old.best)


def _conservative(kept: Count | None, other: Count | None) -> Count | None:
    if kept is None or kept.best is None or other is None or other.best is None or other.best >= kept.best:
        return kept
    return Count(other.best, other.best, max(kept.best, kept.high or kept.best))


def _unidentified(actor: object) -> bool:
    name = getattr(actor, "canonical", None)
    return name is None or name.startswith("Unidentified")


def _max_count(a: Count | None, b: Count | None) -> Count | None:
    if a is None or a.best is None:
        return b if b is not None else a
    return a


_SPEECH_LEAD = compile_gated(
    r"^(?:but\s+|however,?\s+|meanwhile,?\s+)?(?:the\s+)?[\w’'\s-]{0,70}?\b(?:said|says|told|reported|claimed|"
    r"denied|stated|added|gave|put|saying)\b",
    re.I,
)


_NTH_OF_SET = compile_gated(
    r"^\s*(?:[^,.;\n]{1,40},\s*){0,2}the\s+(?:second|third|fourth|last|other)\s+(?P<noun>[a-z]{3,})", re.I
)


def _one_of_the_set(kept: Event, e: Event) -> bool:
    """``e`` tells one of the several things ``kept`` counted: "The second bomb" after "Twin car bombs", "the third
    rocket" after "Three rockets struck"."""
    m = _NTH_OF_SET.match(e.quote)
    if m is None:
        return False
    noun = re.escape(m.group("noun").lower().rstrip("s"))
    return re.search(
        rf"\b(?:twin|two|double|three|four|five|several|a\s+pair\s+of|a\s+series\s+of|\d+)\s+(?:[\w-]+\s+)?{noun}s\b",
        kept.quote,
        re.I,
    ) is not None


_ANOTHER_ONE = compile_gated(
    # ("Hours later, shortly after midnight, a second drone struck ...": after the time it happened)
    r"^\s*(?:[^,.;\n]{1,40},\s*){0,2}(?:(?:a|the)\s+(?:second|third|fourth|further|separate|new)\s+\w+|another\s+\w+|"
    r"(?:separately|elsewhere|in a separate (?:incident|attack)|at (?:about|around|roughly) the same time|"
    r"(?:in|during) (?:a|the) (?:second|third|fourth|separate|further|new|later) (?:wave|round|salvo)[^,;.]{0,30}|"
    # ("Hours after the drone strike, Turkish artillery shelled ...": after the incident told before it)
    r"simultaneously|(?:hours|minutes|shortly|soon|a\s+day|days)\s+after\s+(?:the|this|that)\s+[^,.;]{1,40}),)",
    re.I,
)


def _labelled(e: Event) -> bool:
    """The event's item printed its governorate as a label ("Nineveh Province:", "Aleppo:")."""
    return any(name == "admin1" for name, _ in e.provenance)


_CLOCK_STAMP = re.compile(r"\[?[012]?\d[:.][0-5]\d\b")
_ROSE = compile_gated(r"\b(?:rose|risen|rises|climbed|increased|updated?|now|raising|bringing)\b", re.I)


def _two_stamped_counts(a: Event, b: Event) -> bool:
    """Two lines of a live page, each with its own stamp and its own different toll ("13:05 – a Turkish airstrike
    ... killing 11" and "08:30 – warplanes struck SDF positions ... 3 of its fighters were killed"): two incidents,
    unless the later one says the toll rose."""
    return (
        _CLOCK_STAMP.match(a.quote) is not None
        and _CLOCK_STAMP.match(b.quote) is not None
        and a.killed is not None
        and b.killed is not None
        and a.killed.best is not None
        and b.killed.best is not None
        and a.killed.best != b.killed.best
        and not _ROSE.search(b.quote)
    )


def _claim_about_previous(a: Event, b: Event) -> bool:
    """A later paragraph of an article without a day or a place of its own tells more of the lead incident:
    "SANA said air defences intercepted most of the missiles", "The fighting erupted after ..."."""
    own_date = b.date is not None and b.date.basis in {DateBasis.STATED, DateBasis.RELATIVE} and not _said_day(b)
    if own_date:
        return False
    labelled = _labelled(a) and _labelled(b) and a.place is not None and b.place is not None
    if labelled and b.place.admin1 != a.place.admin1:  # type: ignore[union-attr]
        return False  # a bulletin's "Aleppo: ..." paragraphs: another governorate's label, another incident
    if (
        a.event_type == b.event_type
        and not _unidentified(a.actor1)
        and not _unidentified(b.actor1)
        and a.actor1.canonical != b.actor1.canonical  # type: ignore[union-attr]
    ):
        return False  # "... responded by shelling Turkish bases": the other side's action in kind
    if _ANOTHER_ONE.match(b.quote):
        return False  # "A second strike hit a depot near al-Qaim that officials said ...": another incident
    if (
        a.event_type != b.event_type
        and _CLOCK_STAMP.match(a.quote)
        and _CLOCK_STAMP.match(b.quote)
        and _far_apart(a, b, km=50.0)
    ):
        return False  # a feed's "10:20 Hundreds rally in Basra ..." under "06:40 Rockets hit ...": another line's news
    if _RESPONSE.match(b.quote):
        return False  # "Coalition forces responded with artillery fire against the launch site": the answer to it
    if (
        # (or another device in kind: "A suicide bomber drove his car into an army checkpoint ..., killing four
        # soldiers" after a car bomb that killed nine at a market)
        (a.event_type != b.event_type or a.sub_event_type != b.sub_event_type)
        and a.actor2 is not None
        and b.actor2 is not None
        and a.actor2.canonical != b.actor2.canonical
        and a.killed is not None
        and b.killed is not None
        and bool(b.killed.best)
        and a.killed.best != b.killed.best
        # (not "In its own statement, the Hashd put the number of dead at eight", "The ministry said its forces had
        # neutralised four": another teller's count of the lead's incident)
        and not _SPEECH_LEAD.match(b.quote)
        and not _TOLD_BY.search(b.quote[:100])
    ):
        # "..., killing three villagers. When a Peshmerga force arrived, the militants ambushed it, killing three
        # Peshmerga": another kind of act on other victims, with its own dead
        return False
    if (
        _OTHER_HOUR.match(b.quote)
        and not _unidentified(b.actor1)
        and (a.actor1 is None or a.actor1.canonical != b.actor1.canonical)  # type: ignore[union-attr]
    ):
        return False  # "In the evening, factions loyal to Ankara attacked ...": another hour, another doer
    if _OTHER_HOUR.match(b.quote) and a.sub_event_type != b.sub_event_type:
        return False  # "... fired rocket shells ... In the afternoon, a woman was injured by a sniper": another act
    new_place = (
        b.place is not None
        and b.place.precision is not None
        and b.place.precision < GeoPrecision.REGION
        and (a.place is None or b.place.name != a.place.name)
    )
    if new_place and _said_day(b) and _far_apart(a, b):
        # "The military said on Sunday its aircraft had struck hideouts near Daquq", far from the lead: another
        # incident (a ministry's word that "its forces neutralised" fighters in the lead's region names its doer)
        return False
    also = _ALSO.search(b.quote[:120]) is not None
    if _SPEECH_LEAD.match(b.quote):
        # "The Observatory also reported that Israeli jets hit a depot near al-Kiswah": another target, told as such
        return not (also and new_place)
    if also:
        return False  # "regime artillery also shelled ...": a second incident, told as such
    return not new_place


_ALSO = compile_gated(r"\b(?:also|another|other|separately|elsewhere|meanwhile)\b", re.I)
_TOLD_BY = compile_gated(r"\b(?:said|says|statement|announced|claimed|put the)\b", re.I)
_SAID_BEFORE = compile_gated(
    r"\b(?:said|announced|stated|claimed|reported|added)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I
)


def _same_toll_same_town(lead: Event, e: Event) -> bool:
    """The same dead at the same town on the same days, in the lead and the paragraph after it, told as another kind
    of act (the same kind is merged by the retelling rules)."""
    return (
        lead.event_type != e.event_type
        and lead.killed is not None
        and e.killed is not None
        and bool(lead.killed.best)
        and lead.killed.best == e.killed.best
        and lead.place is not None
        and e.place is not None
        and bool(lead.place.name)
        and lead.place.name == e.place.name
        and lead.date is not None
        and e.date is not None
        and _dates_overlap(lead, e)
        and lead.actor1 is not None
        and e.actor1 is not None
        and lead.actor1.canonical == e.actor1.canonical
    )


_WITHDREW = compile_gated(r"\b(?:withdrew|pulled\s+(?:out|back)|retreated|abandoned|fled)\b", re.I)


def _retreat_from_ground_taken(kept: Event, e: Event) -> bool:
    return (
        kept.sub_event_type in {"Non-state actor overtakes territory", "Government regains territory"}
        and e.sub_event_type == "Non-violent transfer of territory"
        and _WITHDREW.search(e.quote) is not None
        and kept.date is not None
        and e.date is not None
        and _dates_overlap(kept, e)
        and (e.actor1 is None or kept.actor1 is None or e.actor1.canonical != kept.actor1.canonical)
        and not _far_apart(kept, e, km=40.0)
    )


def _same_toll_retold_unsited(lead: Event, e: Event) -> bool:
    """The same kind of act with the same dead on the same days, the paragraph's place no more than the lead's
    governorate."""
    return (
        lead.sub_event_type == e.sub_event_type
        and lead.killed is not None
        and e.killed is not None
        and bool(lead.killed.best)
        and lead.killed.best == e.killed.best
        and lead.date is not None
        and e.date is not None
        and _dates_overlap(lead, e)
        and lead.place is not None
        and lead.place.lat is not None
        and (e.place is None or e.place.lat is None or e.place.precision == GeoPrecision.REGION)
        and (e.place is None or e.place.admin1 in (None, lead.place.admin1))
        and not _ANOTHER_ONE.match(e.quote)
    )


def _lead_told_again(lead: Event, e: Event) -> bool:
    """The paragraph right after an article's lead tells the lead's incident again, from its teller ("ERBIL - Two
    Peshmerga fighters were killed when IS militants attacked ... According to a ministry statement, a group of
    militants opened fire on the outpost near Gawre"): the same doer and kind of act, the same day and governorate,
    no toll of its own."""
    return (
        lead.span.end <= e.span.start
        and lead.event_type == e.event_type
        and lead.sub_event_type == e.sub_event_type
        and lead.actor1 is not None
        and e.actor1 is not None
        and lead.actor1.canonical == e.actor1.canonical
        and not lead.actor1.canonical.startswith("Unidentified")
        and lead.date is not None
        and e.date is not None
        and abs((lead.date.start - e.date.start).days) <= 1
        and lead.place is not None
        and e.place is not None
        and lead.place.admin1 == e.place.admin1
        and not _far_apart(lead, e, km=35.0)
        # (two places named, the lead's no wider than the other's: two incidents, "... and at al-Kiswah")
        and (
            lead.place.name == e.place.name
            or lead.place.precision == GeoPrecision.REGION
            or "district" in (lead.place.name or "").lower()
        )
        and e.killed is None
        and e.wounded is None
        and not _ANOTHER_ONE.match(e.quote)
    )


def _far_apart(a: Event, b: Event, km: float = 50.0) -> bool:
    from mesint.geo.gazetteer import km_between

    if a.place is None or b.place is None or None in (a.place.lat, a.place.lon, b.place.lat, b.place.lon):
        return False
    return km_between(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > km  # type: ignore[arg-type]


def _said_day(e: Event) -> bool:
    """The event's day is the day something was said about it: "the ministry said on Wednesday that its forces had
    neutralised four PKK terrorists"."""
    if e.date is None or e.date.span is None or e.span is None:
        return False
    at = e.date.span.start - e.span.start
    return 0 < at <= len(e.quote) and _SAID_BEFORE.search(e.quote, max(0, at - 20), at) is not None


# "Coalition forces responded with artillery fire ...": the attacked side's answer (not "The SDF has responded with
# raids and mass arrests", months of answers)
_RESPONSE = compile_gated(
    r"^\s*(?:(?!has\b|have\b|had\b)[\w.'’-]+\s+){1,5}?(?:responded|retaliated)\s+(?:with|by)\b", re.I
)
# A paragraph opening on its own hour of the day: "In the evening, ...", "At dawn, ...", "Overnight, ..."
_OTHER_HOUR = compile_gated(
    r"^\s*(?:(?:later|earlier|early|late)\s+)?(?:(?:in|during|on|by|throughout)\s+the\s+(?:morning|afternoon|evening|night)"
    r"|at\s+(?:dawn|dusk|noon|midday|midnight|night(?:fall)?|(?:about|around)\s+\d)|overnight|last\s+night|"
    r"this\s+(?:morning|afternoon|evening)|(?:that|the\s+same)\s+(?:morning|afternoon|evening|night)"
    # ("Later in the day, army helicopters fired rockets at ...", "Hours later, ...")
    r"|(?:later|earlier)\s+(?:in|that|on)\s+(?:the\s+)?day|(?:hours|minutes)\s+(?:later|earlier))\b",
    re.I,
)


# "Islamic State claimed the attack in a statement ...", "The group claimed responsibility for Saturday's bombing"
_CLAIMS_IT = compile_gated(
    r"^\s*(?:(?:the\s+)?[\w'’()., -]{1,60}?\s)?(?:later\s+|has\s+|have\s+|had\s+)?claimed\s+"
    r"(?:responsibility\s+for\s+)?"
    r"(?:the|this|that|these|those|both|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+"
    r"(?:\w+\s+)?(?:attacks?|bombings?|assault|ambush|killing|killings|blasts?|explosions?|strikes?|operation|raid|"
    r"shooting|incident)\b",
    re.I,
)
# "The attack happened late Tuesday in al-Hawasha, ...": a paragraph that tells when and where the lead's incident
# took place, not another one.
_TELLS_MORE = compile_gated(
    r"^\s*(?:the|this)\s+(?:\w+\s+)?(?:attack|assault|bombing|blast|explosion|strike|raid|ambush|shooting|killing|"
    r"massacre|incident)s?\s+"
    # "The assault on the checkpoint near the town of al-Rashad, south-west of Kirkuk city, began with mortar fire"
    r"(?:(?:on|against|at|in|near)\s+[^.;]{1,160}?[\s,]\s*)?"
    r"(?:\w+\s+)?(?:happened|took place|occurred|unfolded|began|started|was carried out|"
    r"was launched)\b",
    re.I,
)
# "The source told Shafaq News Agency that the clash broke out on Friday evening": more of an incident of its kind
# (after a drone strike, "The fighting broke out on Thursday night" is the fighting the lead recalled, not it)
# ("In a statement, the Cell said the device went off as a patrol ... was returning": the bomb told, told again)
_TELLS_MORE_OF_KIND = compile_gated(
    r"^\s*(?:in\s+(?:a|its|his|the)\s+(?:\w+\s+)?statement,\s+)?"
    r"(?:(?:the|a)\s+[\w'’ -]{0,40}?\b(?:said|told\s+[\w'’ ]{1,40}?)\s+(?:that\s+)?)?"
    r"(?:the|this)\s+(?:\w+\s+)?(?:attack|assault|bombing|blast|explosion|strike|raid|ambush|shooting|killing|"
    r"massacre|incident|clash|fighting|dispute|feud)(?:s|es)?(?:,[^,.;]{1,100},)?\s+(?:\w+\s+)?"
    r"(?:happened|took place|occurred|unfolded|"
    r"began|started|was carried out|was launched|broke out|erupted|flared)\b"
    r"|^\s*(?:in\s+(?:a|its|his|the)\s+(?:\w+\s+)?statement,\s+)?(?:(?:the|a)\s+[\w'’ -]{0,40}?\b(?:said|told\s+"
    r"[\w'’ ]{1,40}?)\s+(?:that\s+)?)?the\s+(?:device|bomb|IED|explosive(?:\s+device)?|car\s+bomb|roadside\s+bomb|"
    r"mine|landmine)\s+(?:had\s+)?(?:went\s+off|gone\s+off|exploded|detonated|was\s+detonated|was\s+planted)\b",
    re.I,
)


# "The militants first set off a roadside bomb ..., then opened fire": the lead's doers, how they did it
_THE_DOERS = compile_gated(
    r"^\s*the\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:militants|attackers|gunmen|assailants|insurgents|jihadists|bombers?|"
    r"raiders|kidnappers)\b,?\s+"
    r"(?!also\b|later\b|again\b)",
    re.I,
)


_THE_N_DEAD = compile_gated(r"^\W*the\s+(?P<n>[\w-]+)\s+(?:were|had\s+been|was)\s+killed\b", re.I)


def _number(m: re.Match[str] | None) -> int | None:
    from mesint.extract.numbers import parse_number

    return parse_number(m.group("n").lower()) if m is not None else None


_LEAD_OF_TWO = compile_gated(r"\b(?:killing|wounding)\s+[^.;]{1,60}?\s+and\s+(?:later|then)\s+\w+ing\b", re.I)
_TWO_ACTIONS = compile_gated(r"\b(?:while|whereas|as well as)\b|;", re.I)


def _unsited(e: Event) -> bool:
    # no day of its own (the report's or its source's) and no place
    undated = e.date is None or e.date.basis in {DateBasis.REPORT_DATE, DateBasis.SOURCE_DATE}
    return undated and e.location_text is None


def _standfirst(e: Event) -> bool:
    """A headline or standfirst: no day of its own, short, and no sentence's closing stop."""
    return (
        (e.date is None or e.date.basis == DateBasis.REPORT_DATE)
        and len(e.quote) < 220
        and "\n" not in e.quote.strip()  # one line: not a record with its "Source:" line under it
        and not e.quote.rstrip().endswith((".", "!", "?", '"', "”", "’"))
    )


def _own_day(e: Event) -> bool:
    return e.date is not None and e.date.basis in {DateBasis.STATED, DateBasis.RELATIVE}


_ANEW = compile_gated(r"\b(?:again|anew|renewed|resumed|fresh)\b", re.I)


def _elaborate(keep: Event, dup: Event) -> Event:
    """Merge a paragraph that tells more of the lead's incident: its day and place are the more precise ones."""
    merged = _merge(keep, dup)
    date = dup.date if dup.date is not None and (keep.date is None or dup.date.start <= keep.date.start) else keep.date
    if keep.date is not None and _ANEW.search(keep.quote):
        date = keep.date  # "Clashes erupted again on Friday ... The fighting broke out on Monday": this round's day
    finer = (
        dup.place is not None
        and dup.place.precision is not None
        and (keep.place is None or keep.place.precision is None or dup.place.precision < keep.place.precision)
    )
    taken = ({"date"} if date is dup.date and date is not keep.date else set()) | ({"location"} if finer else set())
    if finer:
        merged = replace(
            merged, place=dup.place, location_text=dup.location_text, location_span=dup.location_span
        )
    # each field keeps pointing at the text it was read from
    provenance = tuple(p for p in merged.provenance if p[0] not in taken) + tuple(
        p for p in dup.provenance if p[0] in taken
    )
    return replace(merged, date=date, provenance=provenance)


def _same_report_of_the_day(a: Event, b: Event) -> bool:
    """Told twice in other words: same sub-type, day, place and source (ACLED codes one event per
    location, day and type)."""
    return (
        a.sub_event_type == b.sub_event_type
        and a.date is not None
        and b.date is not None
        and (a.date.start, a.date.end) == (b.date.start, b.date.end)
        and a.place is not None
        and b.place is not None
        and bool(a.place.name)
        and a.place.name == b.place.name
        and bool(a.citations)
        and {c.label for c in a.citations} == {c.label for c in b.citations}
        and (a.actor1 is None or b.actor1 is None or a.actor1.canonical == b.actor1.canonical)
    )


# a live feed's clock stamp: "09:22 · Al-Mayadin: ...", "14:32 — Drone strike on ..."
_STAMPED = compile_gated(r"^\s*\[?[012]?\d[:.][0-5]\d\]?\s*[·•|—–-]\s")


def _feed_retelling(a: Event, b: Event) -> bool:
    """Two stamped entries of a live feed, from different outlets, telling one incident: same sub-type, day and town,
    and no two doers ("09:22 · Al-Mayadin: 8 civilians killed as Russian jets struck the town" and "10:37 · SOHR: at
    least 11 civilians killed in airstrikes on Mayadin this morning")."""
    return (
        a.sub_event_type == b.sub_event_type
        and _STAMPED.match(a.quote) is not None
        and _STAMPED.match(b.quote) is not None
        and a.date is not None
        and b.date is not None
        and a.date.start == a.date.end == b.date.start == b.date.end
        and a.place is not None
        and b.place is not None
        and bool(a.place.name)
        and a.place.name == b.place.name
        and (a.place.precision or 9) <= GeoPrecision.NEAR
        and (_unidentified(a.actor1) or _unidentified(b.actor1) or a.actor1.canonical == b.actor1.canonical)  # type: ignore[union-attr]
    )


_PLACE_WORDS = compile_gated(r"^(?:(?:in|near|at|outside|inside|around|the|holy|city|town|of)\s+)+", re.I)


def _sums_up(lead: Event, later: list[Event]) -> bool:
    """A wire lede over several incidents ("shot at demonstrators in Baghdad and in the southern city of Nasiriyah,
    killing at least seven"), each told in its own paragraph below: the lede is their summary, not one of them."""
    places: dict[str, tuple[float, float, int]] = {}
    for e in later:
        p = e.place
        if p is None or not p.name or p.lat is None or p.lon is None:
            continue
        # the gazetteer's spelling ("Basrah") or the paragraph's own ("In Basra")
        written = _PLACE_WORDS.sub("", e.location_text or "").strip()
        names = [p.name] + ([written] if written and len(written.split()) <= 3 else [])
        at = next((found for n in names if (found := _word_at(n, lead.quote)) is not None), None)
        if at is not None:
            places.setdefault(p.name, (p.lat, p.lon, at))
    coords = sorted(places.values(), key=lambda c: c[2])
    # two towns named side by side ("in Baghdad and in the southern city of Nasiriyah"), not a town and its quarter,
    # nor a town and the district it lies in ("near the town of Sinune in northern Shingal")
    return any(
        abs(a[0] - b[0]) + abs(a[1] - b[1]) > 0.2
        and b[2] - a[2] <= 80  # named side by side, not a town in a background clause
        and _JOINED.search(lead.quote, a[2], b[2]) is not None
        for i, a in enumerate(coords)
        for b in coords[i + 1 :]
    )


def _word_at(name: str, text: str) -> int | None:
    """Where ``name`` first stands as a whole word in ``text`` (None: nowhere)."""
    # ``re`` tries "\bName\b" at every character: searched from the name's first occurrence, if any (a match can
    # begin nowhere before it; "\b" still reads the character before)
    first = text.find(name)
    if first < 0:
        return None
    m = re.compile(rf"\b{re.escape(name)}\b").search(text, first)
    return None if m is None else m.start()


_JOINED = compile_gated(r"\band\b|,\s+(?:in|near|at|the)\b|,\s+(?-i:[A-Z])")
# "Car bombs exploded in two mainly Shi'ite districts of Baghdad ... and a suicide bomber struck ...": a lede that
# tells several incidents at once
_MANY_ACTIONS = compile_gated(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|coordinated|simultaneous)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:car\s+bombs|bombs|bombings|blasts|explosions|attacks|districts|neighbou?rhoods|towns|"
    r"cities|markets|sites|targets)\b"
    r"|\b(?:car\s+bombs|bombs|blasts|explosions)\s+(?:exploded|struck|hit|ripped|tore|went\s+off)\b",
    re.I,
)


def _rolls_up(lead: Event, later: list[Event]) -> bool:
    """A lede over several incidents of its day, each told below at its own place ("Car bombs exploded in two
    districts of Baghdad ... killing at least 19"; the paragraphs below name Sadr City and Kadhimiya)."""
    if not _MANY_ACTIONS.search(lead.quote) or not _own_day(lead) or lead.killed is None:
        return False
    same_day = [
        e for e in later
        if e.date is not None and e.date.start == lead.date.start and e.place is not None and e.place.name
        and e.event_type == lead.event_type
    ]
    if len({e.place.name for e in same_day if e.place is not None}) < 2:
        return False
    most = max((e.killed.best or 0 for e in same_day if e.killed is not None), default=0)
    return lead.killed.best is None or lead.killed.best >= most


def _same_site(a: Event, b: Event) -> bool:
    """Both placed at one point, or the second not placed at all."""
    if b.place is None or b.place.lat is None:
        return True
    return a.place is not None and a.place.lat == b.place.lat and a.place.lon == b.place.lon


def _same_day(a: Event, b: Event) -> bool:
    """The second's days lie within the first's (or it has none)."""
    if b.date is None or a.date is None:
        return True
    return a.date.start <= b.date.start and b.date.end <= a.date.end


def merge_within_document(events: list[Event], *, article: bool) -> list[Event]:
    """Merge repeated items; in articles, also retellings of the same incident."""
    if article and len(events) >= 3 and (_sums_up(events[0], events[1:]) or _rolls_up(events[0], events[1:])):
        events = events[1:]
    if article and len(events) >= 2 and _standfirst(events[0]) and any(_own_day(e) for e in events[1:]):
        head, lead = events[0], events[1]
        if not (lead.event_type == head.event_type and _unsited(head) and not _TWO_ACTIONS.search(head.quote)):
            # "Fighting along the Euphrates and a fresh attack on the Conoco field raise fears ...": a standfirst that
            # is not the lead's incident sums up the story below it, which tells each incident with its day
            events = events[1:]
    if (
        article
        and len(events) >= 3
        and _LEAD_OF_TWO.search(events[0].quote)
        and events[1].span.start > events[0].span.end
        and (events[1].event_type, events[1].sub_event_type) != (events[2].event_type, events[2].sub_event_type)
    ):
        # "Militants attacked a village ..., killing civilians and later ambushing a Peshmerga unit": a lead that sums
        # up two incidents, each told in full below it
        events = events[1:]
    out: list[Event] = []
    for e in events:
        same_dead = _THE_N_DEAD.match(e.quote) if article and e.quote[:4].lower() == "the " else None
        told = (
            next((i for i, k in enumerate(out) if k.killed is not None and k.killed.best == _number(same_dead)), None)
            if same_dead is not None
            else None
        )
        if told is not None:
            # "Israeli air strikes killed nine people near Nawa ..." and later "The nine were killed in strikes that
            # followed the clash": the same dead, told again
            out[told] = _merge(out[told], replace(e, killed=None))
            continue
        for i, kept in enumerate(out):
            same_text = kept.event_type == e.event_type and near_identical(kept, e)
            same_text = same_text or (_same_report_of_the_day(kept, e) and not _ANOTHER_ONE.match(e.quote))
            same_text = same_text or _feed_retelling(kept, e)
            retold = (
                article
                and kept.span.end <= e.span.start
                and (
                    _retells(kept, e, last=i == len(out) - 1)
                    or (i == len(out) - 1 and _claim_about_previous(kept, e))
                )
                # "Another bomb went off near a mosque ...": a new incident (not "The second bomb exploded as
                # residents rushed to help" after "Twin car bombs tore through ...": one of the pair told)
                and (not _ANOTHER_ONE.match(e.quote) or _one_of_the_set(kept, e))
            )
            if (
                article
                and i == len(out) - 1
                and kept.span.end <= e.span.start
                and (
                    (
                        _TELLS_MORE.match(e.quote)
                        # ("Fighters were still holed up on Monday ... The assault began late Thursday when a suicide
                        # bomber drove ...": how the days-long fight began, an incident of its own kind and day)
                        and not (
                            _own_day(e) and _own_day(kept) and kept.event_type != e.event_type
                            and kept.date is not None and e.date is not None
                            and abs((kept.date.start - e.date.end).days) > 1
                        )
                    )
                    or (_THE_DOERS.match(e.quote) and not _own_day(e))
                    or (kept.event_type == e.event_type and _TELLS_MORE_OF_KIND.match(e.quote))
                    # a standfirst with no day or place of its own over the lead that tells it in full
                    or (
                        i == 0
                        and kept.event_type == e.event_type
                        and _unsited(kept)
                        and _own_day(e)
                        and not _TWO_ACTIONS.search(kept.quote)  # "Clashes ... drew in troops, while Israel struck"
                    )
                )
            ):
                out[i] = _elaborate(kept, e)
                break
            if (
                article
                and i == len(out) - 1
                and kept.span.end <= e.span.start
                and _CLAIMS_IT.match(e.quote)
                and kept.event_type != "Strategic developments"
            ):
                # "Islamic State claimed the attack in a statement on Sunday, saying it had killed 20": the lead's
                # incident, claimed (the claim's day and figure are not the incident's)
                out[i] = _merge(kept, replace(e, killed=None, wounded=None))
                break
            if (
                not article
                and i == len(out) - 1
                and kept.span.end <= e.span.start
                and kept.event_type == e.event_type
                and _CLAIMS_IT.match(e.quote)
                and _same_site(kept, e)
                and _same_day(kept, e)
            ):
                # a digest's sub-bullet "ISIS claimed responsibility for the attack (Amaq, ...)" under the bullet that
                # tells it: the same incident, claimed (the claim's figures are the claimant's)
                out[i] = _merge(kept, replace(e, killed=None, wounded=None))
                break
            if (
                article
                and i == len(out) - 1
                and kept.span.end <= e.span.start
                and kept.event_type == e.event_type
                and _RISEN_TOLL.search(e.quote)
                and _THE_SAME_ONE.search(e.quote)
            ):
                # "In a second statement, the Security Media Cell said the toll had risen to five, adding that the
                # rocket was one of two launched from ...": the lead's incident, counted again
                out[i] = _merge(kept, e)
                break
            if (
                article
                and i == 0
                and len(out) == 1
                and kept.span.end <= e.span.start
                and _same_toll_same_town(kept, e)
            ):
                # "Israeli forces ... carried out strikes that killed nine people near the town of Nawa" over
                # "Israeli troops advanced ... on the edge of Nawa ... The governorate said nine people were killed":
                # the lead and the paragraph that tells it in full, whatever kind of act each names first (the
                # paragraph, with its own words for the act, is the event's quote)
                out[i] = _merge(e, kept)
                break
            if (
                article
                and i == len(out) - 1
                and kept.span.end <= e.span.start
                and _retreat_from_ground_taken(kept, e)
            ):
                # "Islamic State militants seized ... Ramadi on Sunday" over "Police and army units withdrew from the
                # Anbar Operations Command on the city's western edge": the losing side leaving the ground just taken
                out[i] = replace(_merge(kept, e), actor2=kept.actor2 or e.actor1)
                break
            if (
                article
                and i == 0
                and len(out) == 1
                and kept.span.end <= e.span.start
                and _same_toll_retold_unsited(kept, e)
            ):
                # "At least nine people have been killed in a Russian air raid on a market in Jisr al-Shughur" over
                # "Warplanes struck the wholesale market on the western edge of the town ... It put the toll at nine":
                # the lead, told in full by a paragraph that names neither the town nor the air force again
                out[i] = _merge(kept, e)
                break
            if same_text or retold or (article and i == 0 and len(out) == 1 and _lead_told_again(kept, e)):
                out[i] = _merge(kept, e)
                break
        else:
            out.append(e)
    return out


_THE_SAME_ONE = compile_gated(
    r"\b(?:the|this)\s+(?:\w+\s+)?(?:rocket|missile|attack|assault|bombing|blast|explosion|strike|raid|ambush|shooting|"
    r"shell|drone|bomb|car bomb|bomber)s?\b",
    re.I,
)
