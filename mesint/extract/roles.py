"""Who did what to whom: actor mentions of one incident → actor1, actor2 and associated actors. Pure.

actor1 is the side that acted and actor2 the side acted upon (ACLED). The rules, in order:
- "clashes between X and Y", "negotiations between X and Y": X is actor1, Y actor2;
- an action named without its doer ("The killing of ...", "Attack on ...", "was attacked"): actor1 is the
  agent after "by", else a fallback (the reporter speaking of itself, the section's actor, the claimant);
- otherwise the subject before the action verb is actor1 ("X and Y fired ..." adds Y as associated
  actor) and the first other actor after it is actor2;
- a killing of a captive or of someone at home (an execution) has civilians as actor2, with the victim's
  affiliation as associated actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mesint.extract.prefilter import compile_gated
from mesint.knowledge.actors import ActorMatch
from mesint.slotinit import slot_init

# "the Turkish army and its affiliated Syrian National Army factions": one side
_JOINER = compile_gated(
    r"^\s*(?:,\s*)?(?:and|together with|along with|as well as|,)\s+"
    r"(?:the\s+|(?:its|their)\s+(?:(?:affiliated|allied|loyal|proxy)\s+)?)?"
    # "the Turkish army and allied factions of the Syrian National Army"
    r"(?:(?:affiliated|allied|loyal|proxy)\s+(?:factions|forces|groups|militias|fighters)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_BY = compile_gated(
    # (not "targets used by PKK/YPG terrorists were destroyed": whose the targets were)
    r"(?<!\bused )(?<!\bheld )(?<!\bcontrolled )(?<!\boccupied )(?<!\bowned )(?<!\brun )\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$"
    # "killed by sniper fire from the SDF", "wounded by shells fired by regime forces"
    r"|\bby\s+(?:\w+\s+){0,2}?(?:fire|gunfire|shelling|shells|rockets?|bullets?|mortars?|strikes?|drones?)\s+"
    r"(?:fired\s+)?(?:from|of|by)\s+(?:the\s+)?$",
    re.I,
)
_BETWEEN = compile_gated(r"\bbetween\s+", re.I)
_ON_BEFORE = compile_gated(r"\b(?:on|against|targeting)\s+(?:the\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
PRONOUN_SUBJECT = compile_gated(
    r"\b(?:that|which|said|says|announced|stated|claimed|reported)\s+(?:[^,]{0,60},\s*|on\s+\w+\s+(?:that\s+)?)?(?:it|they|"
    r"(?:its|their) (?:operatives|fighters|forces|members|units|men|troops|soldiers|aircraft|helicopters|jets|"
    r"warplanes|drones|artillery))\b",
    re.I,
)
_PREP_BEFORE = compile_gated(
    # ("dozens of IS gunmen attacked": a quantity, not a preposition's object)
    r"\b(?:(?<!dozens )(?<!hundreds )(?<!thousands )(?<!scores )(?<!group )(?<!groups )(?<!number )(?<!band )"
    r"(?<!cell )of|in|at|on|upon|with|from|to|by|against|near|for|into|toward|towards|targeting|belonging to|"
    r"affiliated with|loyal to|held by|supporting)\s+(?:an?\s+|the\s+)?"
    # ("on Wednesday when terrorist groups fired": a clause's subject, after the preposition's object)
    r"(?:(?!(?:when|as|after|while|before|because|since|and|but|then|where)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
# The object of a verb that is not the cue: 'its forces had "neutralized" four PKK members in an air operation'.
_OBJECT_OF_VERB = compile_gated(
    r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:neutrali[sz]ed|eliminated|killed|captured|arrested|detained)"
    r"[\"”’']?\s+(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some)\s+)?"
    r"(?!(?:when|as|after|while|before|in|by|and)\b)(?:[\w'’-]+\s+)?$",
    re.I,
)
_VICTIM_AFTER = compile_gated(
    r"^[^.;]{0,60}?\b(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:killed|wounded|injured|attacked|"
    r"targeted|executed|kidnapped|abducted|arrested|captured|detained|shot|gunned down|murdered|assassinated|"
    r"beheaded|stabbed|martyred|neutrali[sz]ed|hit|struck|bombed|shelled|destroyed|damaged|engaged|ambushed|"
    r"raided|stormed|overrun|besieged|surrounded|assaulted)\b"
    # "a child died / lost his life when rockets fired by regime forces slammed into ..."
    r"|^[^.;]{0,60}?\b(?:died|perished|lost\s+(?:his|her|their)\s+li(?:fe|ves))\s+(?:when|as|after)\b"
    r"|^\s+(?:[\w-]+\s+){0,2}?(?:KIA|WIA)\b"  # "10 x ISIS fighters KIA during ..."
    r"|^[^.;]{0,40}?\bcame under (?:an? )?(?:heavy |intense |armed )?(?:attack|assault|fire)\b"  # the side attacked
    # "a former rebel commander survived an assassination attempt when gunmen ...": the one who survived was the target
    r"|^[^.;]{0,40}?\b(?:survived|escaped)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:assassination|attempt|attack|ambush)\b"
    # a headline's passive without its "was": "Two policemen killed by IS snipers", "Army officer wounded by sniper"
    r"|^\s+(?:[\w'’-]+\s+){0,2}?(?:killed|wounded|injured|shot dead|shot|gunned down|kidnapped|abducted|executed|assassinated|murdered)"
    r"\s+(?:[^.;,]{0,40}?\s)?by\b",
    re.I,
)
_CARRIED_OUT_BY = compile_gated(
    r"\s+(?:carried out|conducted|launched|executed|flown|performed|committed|perpetrated)\s+by\s+(?:the\s+|our\s+|its\s+)?", re.I
)
# "Government troops came under fire from Druze armed groups": the side that fired is actor1.
_UNDER_FIRE = compile_gated(
    r"\b(?:came|come|comes|coming|was|were|been|being|is|are)\s+under\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fire|attack|assault|shelling|bombardment)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_LED_BY_BEFORE = compile_gated(r"\b(?:led|headed|spearheaded|commanded)\s+by\s+(?:the\s+)?$", re.I)
# ("an Israeli aggression that targeted": state media's cue holds the doer too)
_NAMED_ATTACK = compile_gated(r"\s+(?:attacks?|(?:that|which)\s+(?:targeted|hit|struck))$", re.I)
_ATTACK_ON = compile_gated(r"\s+(?:attacks?|assault|offensive|raid|incursion|infiltration attempt)\s+(?:on|against)\s+(?:the\s+)?", re.I)
_REPELLED = compile_gated(r"\b(?:repelled|repulsed|foiled|thwarted|fought off|pushed back|beat back|beaten back)\b", re.I)
# "foiled a plan by an ISIS cell to carry out a bombing": a plot stopped, not an attack repelled
_A_PLOT = compile_gated(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:plans?|plots?|schemes?|attempts?\s+to\s+smuggle)\b", re.I)
_TALKS = compile_gated(r"negotiat|talks|agreement|truce|ceasefire|deal", re.I)
_RECIPROCAL = compile_gated(r"(?:clash|fought|exchanged fire|exchanges? of (?:[\w-]+ ){0,4}?(?:fire|gunfire)|fight|battl(?:e|ed|ing)|engagement|gunfire broke out|shooting broke out|gunfire erupted|shooting erupted)", re.I)
# "HTS and TIP fighters clashed with regime forces": the subjects fought side by side, against the object.
_WITH_AFTER = compile_gated(r"\s+(?:[\w'’-]+\s+){0,3}?(?:with|against)\s+", re.I)
# ("Iraqi F-16s, with coalition support, struck ...": the ally named before the help it gave)
_WITH_BEFORE = compile_gated(r"\bwith\s+(?:the\s+)?$", re.I)
_SUPPORT_AFTER = compile_gated(r"\s+(?:air\s+|aerial\s+|artillery\s+|drone\s+)?(?:support|backing|cover|assistance)\b", re.I)


def _is_ally(text: str, m: ActorMatch) -> bool:
    """An ally of the side that acts, named in a phrase of help given ("backed by X", "with X support")."""
    return bool(
        _ALLY_BEFORE.search(text[max(0, m.start - 40) : m.start])
        or (_SUPPORT_AFTER.match(text, m.end) and _WITH_BEFORE.search(text, max(0, m.start - 12), m.start))
    )


_ALLY_BEFORE = compile_gated(
    r"\b(?:accompanied|backed|supported|assisted|aided|escorted|joined) by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # ("joined by Yazidi volunteers and PKK-affiliated units": the second ally of a list)
    r"|\b(?:accompanied|backed|supported|assisted|aided|escorted|joined) by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}and\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,1}$"
    r"|\bwith the (?:support|backing|help|participation|assistance|aid) of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    r"|\bin (?:coordination|cooperation|conjunction|partnership) with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # "... has been taken under control together with the Syrian National Army"
    r"|\b(?:together|jointly) with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# "hit a roadside bomb", "struck a landmine", "stepped on a mine" (not "detonated": the bomber does that)
_HIT_DEVICE = compile_gated(
    r"\b(?:hit|struck|ran over|drove over|drove onto|stepped on|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_DEVICE = compile_gated(
    r"(?:roadside\s+|improvised\s+|explosive\s+)?(?:bomb|landmine|land mine|mine|IED|explosive device|explosive)s?\b"
    r"(?!\s+(?:factory|factories|workshop|cache|depot|storage|maker|making|facility|plant|site))",
    re.I,
)
_DOER_AFTER = compile_gated(
    r"\s+(?:then\s+|also\s+)?(?:stormed|attacked|raided|ambushed|assaulted|opened fire|fired on|fired at|shot)\b", re.I
)
_UNITS_OF = compile_gated(
    r"(?:^|[.;:,]\s*|\b(?:and|when|as|while|that)\s+)\W*(?:(?:the|a|an|two|three|several)\s+)?(?:[\w'’-]+\s+){0,2}?(?:detachments?|contingents?|units?|forces?|elements|members|fighters|forces|troops|heroes|soldiers|men|"
    r"personnel|patrols?|brigades?|battalions?|regiments?|divisions?|squads?|aircraft|warplanes|jets|planes|drones|"
    # ("a force from the Basra Police Command raided ...": a detachment from it)
    r"helicopters|artillery|gunboats|apparatus|services?|wings?|branch|directorate|department)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_ORGAN_OF = compile_gated(
    r"\s+(?:apparatus|service|wing|branch|directorate|department|office|police|forces)\s+of\s+(?:the\s+)?", re.I
)
_CLAUSE_OPENER = compile_gated(r"\b(?:after|when|as|while|before|because|once)\s+", re.I)
_CLAUSE_BREAK_IN = compile_gated(r"[.;]")
_LED_BY_AFTER = compile_gated(r",?\s+(?:led|commanded|headed|spearheaded)\s+by\s+(?:the\s+)?", re.I)
# "Jaish al-Fatah fighters led by Jabhat al-Nusra", "Jaish al-Fatah factions, with Jabhat al-Nusra at their head": a
# named coalition's men under the group that leads them
_NAMED_LED_BY_AFTER = compile_gated(
    r"\s+(?:fighters|factions|forces|units|brigades)\s*,?\s+"
    r"(?:(?:led|commanded|headed|spearheaded)\s+by|with(?=\s[^.;,]{3,50}?\s+at\s+(?:their|its)\s+head\b))\s+(?:the\s+)?",
    re.I,
)
_MEN_OF_AFTER = compile_gated(
    r"\s+(?:from|of|belonging\s+to|loyal\s+to|affiliated\s+(?:with|to))\s+(?:the\s+)?"
    # "gunmen from the Jaysh al-Sharqiya faction of the Syrian National Army": the larger body named
    r"(?:(?:[\w'’-]+\s+){1,4}?(?:faction|brigade|wing|battalion)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_ACT_BY_BEFORE = compile_gated(
    r"\b(?:strikes?|air\s*strikes?|attacks?|raids?|shelling|bombardment|ambush|assault|bombing|"
    # "artillery and rocket fire by Military Forces of Syria pounded ..."
    r"fire|gunfire|barrages?|shells|rockets|missiles)\s+(?:carried\s+out\s+|launched\s+)?"
    r"by\s+(?:the\s+)?$",
    re.I,
)
_FIRED_FROM = compile_gated(
    r"\b(?:fired|launched)\s+from\s+(?:the\s+|an?\s+|two\s+|three\s+|four\s+|several\s+)?$", re.I
)
# "a sniper from the Syrian army", "snipers of the SDF": whose sniper fired
SNIPER_OF = compile_gated(r"s?\s+(?:from|of|belonging\s+to|loyal\s+to|affiliated\s+with)\s+(?:the\s+)?", re.I)
_ARMED_STATE = {"State forces", "External/Other forces"}
_STATE = {"State forces"}
_CIVILIAN = {"Civilians"}
_GENERIC_SIDES = ("Rebel groups", "Unidentified", "Protesters", "Rioters")


@slot_init
@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMatch | None
    actor2: ActorMatch | None
    assoc1: ActorMatch | None = None
    assoc2: ActorMatch | None = None
    actor1_basis: str = "subject"


def is_state(m: ActorMatch | None) -> bool:
    return m is not None and m.kind in _STATE


def is_civilian(m: ActorMatch | None) -> bool:
    return m is not None and m.kind in _CIVILIAN


_THEIR_UNIT = compile_gated(
    r"\b(?:as|while|when)\s+(?:their|its|his)\s+(?:own\s+)?(?:unit|units|comrades|forces|fighters|men|brigade|battalion|"
    r"colleagues|company|platoon)\s+$",
    re.I,
)
# "a dispute between two groups of HTS members": one actor on both sides
_TWO_GROUPS_OF = compile_gated(r"\b(?:two|rival)\s+(?:groups|factions|wings|branches)\s+of\s+(?:the\s+)?$", re.I)
_SUBORDINATOR = compile_gated(
    r"\s*(?:after|when|while|as|before|once|since|although|though|because|whereas|even as)\s", re.I
)


def _in_leading_clause(text: str, m: ActorMatch, trigger_start: int) -> bool:
    """A mention inside a clause that opens with "after", "while", ... and closes with a comma before the verb."""
    if text.find(",", m.end, trigger_start) < 0:
        return False
    head = text[: m.start]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(". "), head.rfind(":"))
    return _SUBORDINATOR.match(head, cut + 1) is not None


_FINITE_VERB = compile_gated(r"(?<!,\s)(?<!\bby\s)\b(?:\w{3,}ed|left|took|fled|fell|hit|struck|fought|blew|shot|withdrew|broke|ran)\b")
_NEW_CLAUSE_BEFORE = compile_gated(r"(?:,\s+and|;|,\s+while|,\s+but|,\s+whereas)\s+(?:the\s+)?$", re.I)
_FIRE_FROM = compile_gated(
    r"\b(?:shelling|shells|fire|rockets?|mortars?|missiles?|artillery|strikes?)\s+(?:(?:launched|fired)\s+)?from\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)


def assign_roles(
    text: str,
    mentions: list[ActorMatch],
    *,
    trigger_start: int,
    trigger_end: int,
    passive: bool,
) -> Roles:
    """Roles from the mentions of the sentence that tells the action (offsets relative to ``text``)."""
    if not mentions:
        return Roles(None, None, actor1_basis="none")
    mutual = _RECIPROCAL.search(text[trigger_start:trigger_end]) or _TALKS.search(text[trigger_start:trigger_end])
    between = _BETWEEN.search(text, trigger_start) if mutual else None  # (read only with ``mutual``)
    # "Clashes broke out in the town of Armanaz, northwest of Idlib, between X and Y": the place may come first
    if between and mutual and between.start() - trigger_end < 160 and not re.search(r"[.;]", text[trigger_end : between.start()]):
        pair = [m for m in mentions if m.start >= between.end()]
        if pair:
            other = next((m for m in pair[1:] if m.canonical != pair[0].canonical), None)
            if other is None and (
                re.search(r"\b(?:two|rival|both)\b", pair[0].text, re.I)
                or _TWO_GROUPS_OF.search(text, 0, pair[0].start)
            ):
                other = pair[0]  # "clashes between two clans": the same kind of actor on both sides
            return Roles(pair[0], other, actor1_basis="between")
    if _REPELLED.search(text[trigger_start : trigger_end + 1]):
        # "ISIS attack on SDF positions near Hajin repelled": the attack's own words name both sides
        for m in mentions:
            on = _ATTACK_ON.match(text, m.end)
            target = next((t for t in mentions if on is not None and t.start == on.end()), None)
            if target is not None and target.canonical != m.canonical:
                return Roles(m, target, actor1_basis="by")
    named = next(
        (m for m in mentions if trigger_start < m.start and m.end <= trigger_end and _NAMED_ATTACK.match(text, m.end, trigger_end)),
        None,
    )
    if named is None and " from " in text[trigger_start : trigger_end + 40]:
        # "Cross-border shelling from Turkey hit the Al-Wusta neighbourhood": the state the fire came from fired it
        named = next(
            (
                m for m in mentions
                if trigger_start <= m.start <= trigger_end + 40 and m.kind == "External/Other forces"
                and _FIRE_FROM.search(text, max(0, m.start - 40), m.start)
            ),
            None,
        )
    if named is None and text[trigger_start:trigger_end].lower().startswith("sniper"):
        # "a sniper from the Syrian army shot dead a farmer": whose sniper fired
        of = SNIPER_OF.match(text, trigger_end)
        named = next((m for m in mentions if of is not None and m.start == of.end()), None)
    if named is not None:
        # "Two soldiers were killed in an ISIS attack": the name inside the attack's own words is its doer.
        others = [m for m in mentions if m.canonical != named.canonical]
        targets = [m for m in others if m.start >= trigger_end] or others
        return Roles(named, targets[0] if targets else None, actor1_basis="by")
    if not passive and _THEIR_UNIT.search(text, max(0, trigger_start - 40), trigger_start):
        # "Two members of the Counterterrorism Service were killed as their unit fought Islamic State militants": the
        # dead men's side fought
        own = [m for m in mentions if m.start < trigger_start and _VICTIM_AFTER.match(text[m.end : trigger_end + 1])]
        foe = next((m for m in mentions if m.start >= trigger_end and (not own or m.canonical != own[-1].canonical)), None)
        if own:
            return Roles(own[-1], foe, actor1_basis="subject")
    if passive:
        agent = next((m for m in mentions if m.start >= trigger_start and _BY.search(text, max(0, m.start - 60), m.start)), None)
        if agent is None:
            # "The attack on the post began when ... gunmen stormed it": the side that goes on to act did it
            agent = next((m for m in mentions if m.start >= trigger_start and _DOER_AFTER.match(text, m.end)), None)
        targets = [m for m in mentions if m.start >= trigger_start and m is not agent]
        # ("taken under control together with the Syrian National Army": an ally of the unnamed doer, no target)
        ally = next((m for m in targets if _is_ally(text, m)), None)
        targets = [m for m in targets if m is not ally and (ally is None or m.canonical != ally.canonical)]
        if agent is not None and len(targets) > 1:
            # "the attack carried out by PKK/YPG terrorists on our troops": the side the attack was on, before the
            # agent's own words
            on = [m for m in targets if m.start > agent.end and _ON_BEFORE.search(text, max(0, m.start - 30), m.start)]
            targets = on + [m for m in targets if m not in on]
        if not targets:
            # "Two members of the tribal Hashd were killed by ...": the victims come before the verb.
            targets = [m for m in mentions if m.start < trigger_start and m is not agent
                       and _VICTIM_AFTER.match(text[m.end : trigger_end + 1])]
        target = targets[0] if targets else None
        if agent and target and agent.canonical == target.canonical:
            target = next((t for t in targets if t.canonical != agent.canonical), None)
        return Roles(agent, target, ally, actor1_basis="by" if agent else "none")
    before = [
        m
        for m in mentions
        if m.start <= trigger_start and not _VICTIM_AFTER.match(text[m.end : max(trigger_start + 1, trigger_end)])
    ]
    subjects = [
        m
        for m in before
        if (not _PREP_BEFORE.search(text, max(0, m.start - 80), m.start)
            and not _OBJECT_OF_VERB.search(text, max(0, m.start - 60), m.start))
        # "Detachments of the Federal Police arrested ...": the force the detachments belong to acted
        or _UNITS_OF.search(text, max(0, m.start - 80), m.start)
    ]
    organ = _ORGAN_OF.match(text, subjects[0].end) if len(subjects) > 1 else None
    if organ is not None and organ.end() == subjects[1].start:
        # "The General Security apparatus of HTS detained ...": the organ is the group's, the group acted
        subjects = subjects[1:]
    if len(subjects) > 1 and subjects[0].kind in _CIVILIAN and subjects[-1].start > subjects[0].end:
        # "Medical workers described victims foaming at the mouth after government warplanes dropped munitions": the
        # subject of the clause the action is told in acted, not the main clause's speaker
        opener = max(_CLAUSE_OPENER.finditer(text, subjects[0].end, trigger_start), key=lambda o: o.start(), default=None)
        inside = [m for m in subjects if opener is not None and m.start >= opener.end()]
        if inside and opener is not None and not _CLAUSE_BREAK_IN.search(text, opener.end(), trigger_start):
            subjects = inside
    if subjects:
        # "Armed factions led by HTS entered ...", "Armed men from Saraya al-Salam traded fire ...": the group that
        # leads them, or whose men they are, acted
        link = _LED_BY_AFTER.match(text, subjects[0].end)
        if link is None and subjects[0].kind not in _CIVILIAN and not subjects[0].canonical.startswith(_GENERIC_SIDES):
            link = _NAMED_LED_BY_AFTER.match(text, subjects[0].end)
        if link is None and subjects[0].canonical.startswith("Unidentified"):
            link = _MEN_OF_AFTER.match(text, subjects[0].end)
        owner = next((m for m in before if link is not None and m.start == link.end()), None)
        if owner is not None and owner.kind not in _CIVILIAN:
            led = subjects[0]
            mentions = [m for m in mentions if m is not led]
            before = [m for m in before if m is not led]
            subjects = [owner, *(m for m in subjects[1:] if m is not owner)]
    leading: list[ActorMatch] = []
    if len(subjects) > 1 and _in_leading_clause(text, subjects[0], trigger_start):
        # "After the Third Legion pulled out, HTS columns entered the town": the main clause's subject acted
        main_subjects = [m for m in subjects if not _in_leading_clause(text, m, trigger_start)]
        if main_subjects:
            leading = [m for m in subjects if m not in main_subjects]
            subjects = main_subjects
    if (
        len(subjects) > 1
        and trigger_start - subjects[-1].end <= 40
        and not re.search(r"[,;.]", text[subjects[-1].end : trigger_start])
        and (
            opener := next(
                (m for m in subjects[1:] if _NEW_CLAUSE_BEFORE.search(text, max(0, m.start - 16), m.start)), None
            )
        )
        is not None
        and not re.search(r"[,;.]", text[opener.end : subjects[-1].start])
        # (a clause of its own before it, not a list: "Military Forces of Iraq, PMF fighters ..., and Peshmerga units
        # broke the siege", "the government, represented by the governor, and the rebels agreed")
        and _FINITE_VERB.search(text, subjects[0].end, opener.start) is not None
    ):
        # "620 rebel fighters left Moadamiyet al-Sham on government buses, and Military Forces of Syria entered the
        # town": the subject of the clause the action is told in (with those joined to it: "and Iraqi federal forces
        # together with PMF units took over ...")
        at = subjects.index(opener)
        leading, subjects = subjects[:at], subjects[at:]
    if not subjects:
        # "aircraft of the US-led alliance bombed": the force named inside the action's own words
        # ("A drone strike by Military Forces of Turkey hit a vehicle": the doer the cue's own words name)
        inside = [m for m in mentions if trigger_start < m.start < trigger_end
                  and (_UNITS_OF.search(text, max(0, m.start - 80), m.start)
                       or _ACT_BY_BEFORE.search(text, max(0, m.start - 50), m.start))]
        if inside:
            subjects, before = inside[:1], [*before, inside[0]]
    # ("a morning air strike, reportedly by Government of Syria aircraft, landed ...": the doer in an aside)
    # ("artillery and rocket fire by regime forces pounded ...": the cue's weapon, then its fire, then the doer)
    agent_after = re.match(
        r"(?:(?:\s+and\s+[\w-]+)?\s+(?:fire|gunfire|shelling|barrages?|strikes?|shells|rockets|missiles)(?=\s+by\s))?"
        r",?\s+(?:(?:reportedly|allegedly|apparently|possibly|probably|likely|believed to be)\s+)?"
        # ("shells fired by factions of the Armed Opposition fell on ...": the body the factions belong to)
        r"(?:carried out\s+|fired\s+|launched\s+|dropped\s+)?by\s+"
        r"(?:the\s+)?(?:(?:factions|units|members|fighters|elements)\s+of\s+(?:the\s+)?)?",
        text[trigger_end:],
    )
    explicit = _CARRIED_OUT_BY.match(text, trigger_end)
    if explicit:
        # "4 PKK terrorists ... were neutralized in an air strike carried out by our Turkish Armed Forces": the doer
        # the action's own words name, whoever stands before it
        doer = next((m for m in mentions if explicit.end() <= m.start <= explicit.end() + 12), None)
        if doer is not None:
            objects = [m for m in mentions if m is not doer and m.canonical != doer.canonical]
            return Roles(doer, objects[0] if objects else None, actor1_basis="by")
    if agent_after and not subjects:
        # "Airstrikes by the U.S.-led coalition killed ...": the doer follows the action. With a subject
        # before the verb, "by" names someone else: "regime forces deployed to positions vacated by the SDF".
        at = trigger_end + agent_after.end()
        doer = next((m for m in mentions if at <= m.start <= at + 12), None)
        if doer is not None:
            objects = [m for m in mentions if m is not doer and m.canonical != doer.canonical]
            return Roles(doer, objects[0] if objects else None, actor1_basis="by")
    # Objects start after the cue begins: "captured six ISIS fighters" holds its object inside the cue.
    after = [m for m in mentions if m.start > trigger_start]
    victims = [m for m in mentions if m.start <= trigger_start and m not in before]
    if (
        not subjects
        and before
        and trigger_start - before[-1].end < 30
        and not _OBJECT_OF_VERB.search(text, max(0, before[-1].start - 60), before[-1].start)
    ):
        # "the heroic falcons of the Iraqi Air Force carried out": the force named just before the verb; "fighters led
        # by Jaish al-Izza, backed by Jund al-Aqsa, seized": the group that led them, not the one backing them
        led = [m for m in before if _LED_BY_BEFORE.search(text, max(0, m.start - 24), m.start)]
        subjects = [led[0]] if led else [before[-1]]
    if not subjects:
        # "A drone strike by Military Forces of Turkey hit a vehicle": the doer inside the subject's own words
        by = next(
            (m for m in before if _ACT_BY_BEFORE.search(text, max(0, m.start - 50), m.start) and m.kind not in _CIVILIAN),
            None,
        )
        if by is not None:
            rest = [m for m in mentions if m is not by and m.canonical != by.canonical and m.start > by.end]
            return Roles(by, rest[0] if rest else None, actor1_basis="by")
    if not subjects:
        # No subject in the sentence: the actors after the verb are its objects, unless one of them goes on to act
        # ("a car bomb exploded at the gate and gunmen stormed the post": the gunmen are the attackers).
        objects = victims + [m for m in before if _OBJECT_OF_VERB.search(text, max(0, m.start - 60), m.start)] + after
        doer = (
            next((m for m in after if _DOER_AFTER.match(text, m.end)), None)
            # "the villages came under artillery fire from Turkish army positions": who fired
            or next((m for m in after if _UNDER_FIRE.search(text, max(0, m.start - 80), m.start)), None)
            # "missiles were fired from two US warships at the airbase": the platforms' side fired
            or next(
                (m for m in after if m.kind in _ARMED_STATE and _FIRED_FROM.search(text, max(0, m.start - 40), m.start)),
                None,
            )
        )
        if doer is not None:
            rest = [m for m in objects if m is not doer and m.canonical != doer.canonical]
            ally = next((m for m in rest if m.start >= doer.end and _JOINER.match(text[doer.end : m.start])), None)
            rest = [m for m in rest if m is not ally]  # "from Turkish army and SNA positions": both fired
            return Roles(doer, rest[0] if rest else None, ally, actor1_basis="subject")
        # ("taken under control together with the Syrian National Army": the doer's ally, not its target)
        allies = [m for m in objects if _is_ally(text, m)]
        objects = [m for m in objects if m not in allies]
        return Roles(None, objects[0] if objects else None, allies[0] if allies else None, actor1_basis="none")
    if _HIT_DEVICE.search(text, max(0, subjects[0].end), trigger_start) and _DEVICE.match(text, trigger_start):
        # "An Iraqi army convoy hit a roadside bomb": the subject is the bomb's victim, its doer is not named.
        return Roles(None, subjects[0], actor1_basis="none")
    # The subject group: the first subject and the mentions joined to it by "and" / ",".
    group = [subjects[0]]
    for m in before[before.index(subjects[0]) + 1 :]:
        if _JOINER.match(text[group[-1].end : m.start]):
            group.append(m)
        else:
            break
    actor1 = group[0]
    assoc1 = next((m for m in group[1:] if m.canonical != actor1.canonical), None)
    if (
        assoc1 is not None
        and _RECIPROCAL.match(text[trigger_start : trigger_end + 20])
        and not _facing_other(text, trigger_end, mentions, {actor1.canonical, assoc1.canonical})
    ):
        # "Turkish forces and PKK fighters clashed": the two sides, not allies.
        return Roles(actor1, assoc1, None, actor1_basis="reciprocal")
    if (
        assoc1 is None
        and _RECIPROCAL.match(text[trigger_start : trigger_end + 20])
        and (re.search(r"\b(?:two|rival|both)\b", actor1.text, re.I) or _TWO_GROUPS_OF.search(text, 0, actor1.start))
    ):
        return Roles(actor1, actor1, None, actor1_basis="reciprocal")
    # Objects of the verb first; then actors between subject and verb ("X, backed by Y, arrested Z").
    rest = victims + after + [m for m in mentions if group[-1].end <= m.start < trigger_start] + leading
    rest = [m for m in rest if m.canonical != actor1.canonical]
    # "Syrian army units, accompanied by Russian military police, entered Tafas": an ally of the subject.
    allies = [m for m in rest if _is_ally(text, m)]
    if allies:
        rest = [m for m in rest if m not in allies]
        assoc1 = assoc1 or allies[0]
    attacker = next(
        (m for m in rest if m.start > group[-1].end and _UNDER_FIRE.search(text, max(group[-1].end, m.start - 80), m.start)),
        None,
    )
    if attacker is not None:
        return Roles(attacker, actor1, None, actor1_basis="subject")
    if _REPELLED.search(text[trigger_start : trigger_end + 1]) and rest and not _A_PLOT.match(text, trigger_end):
        # "The PMF repelled an ISIS attack": the attacker is actor1 (ACLED), the defender actor2.
        return Roles(rest[0], actor1, None, actor1_basis="subject")
    if assoc1 is not None:
        rest = [m for m in rest if m.canonical != assoc1.canonical]
    return Roles(actor1, rest[0] if rest else None, assoc1)


def _facing_other(text: str, trigger_end: int, mentions: list[ActorMatch], sides: set[str]) -> bool:
    """A reciprocal verb followed by "with/against" a third actor: the subjects are allies."""
    m = _WITH_AFTER.match(text, trigger_end)
    if m is None:
        # "the army, the police and the PMF fought ISIS around the refinery": the one fought, the verb's object
        first = next((a for a in mentions if a.start >= trigger_end), None)
        return (
            first is not None
            and first.canonical not in sides
            and re.fullmatch(r"\s+(?:the\s+)?", text[trigger_end : first.start]) is not None
        )
    first = next((a for a in mentions if a.start >= m.end()), None)
    return first is not None and first.start - m.end() <= 20 and first.canonical not in sides
