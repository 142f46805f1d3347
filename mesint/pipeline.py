"""Wires the per-document stages; the one place that knows their order.

read (items) → extract (events per incident item) → place (inside extract, through the geo stage) →
reconcile within the document (a repeated item is one event).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from mesint.extract.abroad import heading_abroad
from mesint.extract.assemble import (
    APPOSITIVE_GAP,
    DocContext,
    SectionContext,
    carry_from,
    extract_item,
    outlet_label,
    same_day_as,
)
from mesint.extract.casualties import DIED_OF_WOUNDS
from mesint.extract.dates import DateContext, find_dates, find_period_end, find_publication_date
from mesint.extract.event_types import CueBook, load_cues
from mesint.extract.numbers import parse_number
from mesint.extract.prefilter import compile_gated
from mesint.extract.sources import StoryDateline, dateline_start, find_dateline, story_dateline
from mesint.geo import Gazetteer, load_gazetteer
from mesint.knowledge.actors import STATE_ADJECTIVE, ActorMatch, ActorTable, load_actor_table
from mesint.model import (
    Actor,
    Citation,
    Count,
    DateMention,
    Document,
    Event,
    Item,
    NonEvent,
    Place,
    Problem,
    Report,
    Span,
)
from mesint.read.glossary import find_glossary, glossary_span
from mesint.read.structure import CLOCK_LINE
from mesint.read.tables import Cell, TableHeader, cell_count, cell_hurt
from mesint.reconcile.within import apart_in_kind, merge_accounts, merge_within_document
from mesint.vocab import EVENT_TYPES, SUB_EVENT_PARENT, DateBasis, GeoPrecision, ItemKind

if TYPE_CHECKING:
    from mesint.knowledge.outlets import OutletTable


@dataclass(frozen=True)
class Knowledge:
    """Everything extraction reads besides the report: built once, passed in (a test can build a small one)."""

    actors: ActorTable
    outlets: OutletTable
    gazetteer: Gazetteer
    cues: CueBook
    # Resolved places by (phrase, country, governorate, anchor): resolution is pure, phrases recur.
    place_cache: dict[tuple[str | None, ...], Place] = field(default_factory=dict, compare=False, repr=False)


def default_knowledge() -> Knowledge:
    from mesint.knowledge.outlets import load_outlets

    return Knowledge(load_actor_table(), load_outlets(), load_gazetteer(), load_cues())


def extract_document(document: Document, knowledge: Knowledge | None = None) -> Report:
    """Run read → extract → place → within-document reconcile on one document."""
    from mesint.read.structure import read_items

    k = knowledge or default_knowledge()
    text = document.text
    published = document.published or find_publication_date(text)
    dateline = find_dateline(text)
    ctx = DocContext(
        doc_id=document.id,
        text=text,
        dates=DateContext(
            published=published,
            default_year=published.year if published else None,
            period_end=find_period_end(text, published),
        ),
        published=published,
        actors=k.actors,
        outlets=k.outlets,
        gazetteer=k.gazetteer,
        cues=k.cues,
        place_cache=k.place_cache,
    )
    items = read_items(text, document.id)
    # "Enab Baladi – Afrin" among the first lines: a news story filed from a place, as under a dateline
    # (an outlet the registry knows: not a section's "COALITION – RAQQA GOVERNORATE")
    outlet_line = any(
        (m := _OUTLET_PLACE_LINE.fullmatch(i.text.strip())) is not None
        and k.outlets.match(m.group("outlet")) is not None
        for i in items[:6]
        if i.kind == ItemKind.HEADING
    )
    # A compilation of wire stories, each under its own dateline: every story has its own place, day and outlet.
    stories = {i.span.start: d for i in items if (d := story_dateline(i.text)) is not None}
    if len(stories) >= 2:
        dateline = None
        ctx.doc_outlets = ()
    ctx.glossary = find_glossary(text)
    ctx.publisher = _publisher(text, k)
    glossary_at = glossary_span(text) if ctx.glossary else None
    headlines = _story_headlines(items, stories) if len(stories) >= 2 else set()
    issuer: str | None = None  # the body whose release is being read ("2. Joint Operations Command (Iraq)")
    after_issuer = False  # nothing but headings read since the issuer's heading
    issuers = {i.span.start for i in items if i.kind == ItemKind.INCIDENT and _issuer_heading(i, k)}
    bulleted = sum(1 for i in items if i.depth > 0 and i.span.start not in headlines | issuers) >= 3
    if dateline and dateline[1]:
        ctx.doc_outlets = (outlet_label(dateline[1], k.outlets),)
    elif len(stories) >= 2:
        pass  # each story names its own outlet
    else:
        ctx.doc_outlets = _header_outlets(text, k) or tuple(
            n for n in (document.publisher or _own_name(items, document, k),) if n
        )
    events: list[Event] = []
    non_events: list[NonEvent] = []
    problems: list[Problem] = []
    region = SectionContext()
    topic = region
    if dateline:
        region = replace(_section_from_heading(dateline[0], region, k), abroad=None)  # "BEIRUT (AP) —" on Syria
        topic = region
    # A wire dateline places its story, headline included: headings above it start from it, not from nothing
    # (headings below it open other documents of a compilation).
    story, story_at = region, dateline_start(text) if dateline else None
    ctx.dateline_at = story_at
    lede: SectionContext | None = None  # a summary lede's date and doer, lent to the whole report
    title_day: DateMention | None = None  # "Daily death toll | Saturday, July 27, 2019: ...": the day a title reports
    summary_since = False  # an incident item that told no single incident came after the last event
    told_last = False  # the last incident item read told an incident (a response line below it is its account)
    quiet = 0  # items read since the last one that told an incident
    # Statements under date lines of their own ("Sunday, 14 March 2021"): a series, each dated by its line
    date_lines = sum(1 for i in items if i.kind == ItemKind.HEADING and _DATE_LINE.match(i.text)) >= 2
    table: TableHeader | None = None  # the incident table being read ("Date | Governorate | ... | Source")
    table_rows: list[tuple[int, int]] = []  # the spans of that table's rows: each row is its own incident
    record: tuple[int, SectionContext, SectionContext] | None = None  # a record header's block end, what it replaced
    bylines = _bylines(items)
    standfirst = _standfirst(items) if len(stories) < 2 else None
    not_coded = False  # under a coder's "Not coded:" line: the items a dataset left out, each said why
    for item in items:
        if item.kind == ItemKind.HEADING:
            not_coded = False
        elif len(item.text) < 40 and _NOT_CODED_LINE.match(item.text):
            not_coded = True
            non_events.append(NonEvent(ItemKind.HEADING, item.text, item.span))
            continue
        if not_coded or (
            item.text[:12].lower().lstrip(" *_[(").startswith(("coder", "analyst", "editor"))
            and _CODER_REMARK.match(item.text)
        ):
            # ("Coder remark: over the same fortnight SOHR recorded at least 70 people killed": the coder's aside)
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))
            continue
        if item.span.start == standfirst:
            # the standfirst between a story's headline and its byline or date sums up what the story tells
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))
            continue
        if record is not None and item.span.start > record[0]:
            # a record header dates and places only its own record: the block it heads, up to the blank line
            region, topic = record[1], record[2]
            record = None
        if item.kind == ItemKind.INCIDENT and _REPOST.match(item.text):
            # "🔁 Repost from yesterday: ...": a channel repeating its own earlier post, told once already
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))
            continue
        if item.span.start in headlines:
            non_events.append(NonEvent(ItemKind.HEADING, item.text, item.span))  # "3. Protesters storm ..."
            continue
        story_line = stories.get(item.span.start) if len(stories) >= 2 else None
        if story_line is not None:
            # a dateline without its day keeps the day its compilation gives the story ("[1] AP / Published: ...")
            region = topic = _story_context(story_line, topic.published or published, k, ctx.dates)
        if (
            item.kind in {ItemKind.HEADING, ItemKind.BACKGROUND, ItemKind.INCIDENT}
            and (
                item.text.count("|") >= 3
                or item.text.count(",") >= 3
                or item.text.count(";") >= 3
                or item.text.count("\t") >= 3
            )
            and (header := TableHeader.parse(item.text) or _header_under_title(item.text)) is not None
        ):
            table = header
            if region.country is None and ("(" in item.text or "\n" in item.text) and (
                country := _title_country(item.text)
            ):
                # "IRAQ | coded events 2016–2022 | notes extract (date | notes | source)": a title that also lists
                # the columns still names the report's country
                region = topic = replace(region, country=country)
            continue
        if item.kind == ItemKind.HEADING and item.span.start in bylines:
            continue  # "Rashid Haddad" over "Feb 26, 2021": the reporter, no region
        if item.kind == ItemKind.HEADING and not (
            table is not None and len(item.text) < 60 and _DAY_HEADING.search(item.text)
        ):
            # (a table cut into days keeps its header: "=== Tuesday 10 June 2014 ===" over the rows of that day)
            table = None
            if not item.section and title_day is None and _DAILY_TITLE.search(item.text):
                title_day = _heading_day(item.text, ctx.dates)
            if _record_header_day(item.text) is not None:
                end = text.find("\n\n", item.span.end)
                record = (end if end >= 0 else len(text), *(record[1:] if record else (region, topic)))
            if item.section and item.section[0] == item.text and len(item.section) == 1:
                above = story_at is not None and item.span.start < story_at
                # ("Daily report: civilian deaths on Monday, June 10, 2019" then "Published June 11, 2019": the day
                # reported stays the day of the items below)
                dated = (
                    region.lead_date
                    if _BARE_COUNTRY.fullmatch(item.text.strip()) or _PUBLISHED_LINE.match(item.text)
                    else None
                )
                region = _section_from_heading(
                    item.text, story if above else SectionContext(), k, ctx.dates, date_lines
                )
                if dated is not None and region.lead_date is None:
                    region = replace(region, lead_date=dated)  # "STRIKE SUMMARY, AUG. 14" then "SYRIA", "IRAQ"
                elif title_day is not None and region.lead_date is None:
                    # the title's day ("Daily death toll | Saturday, July 27, 2019") over the governorates below it
                    region = replace(region, lead_date=title_day)
                if issuer is not None and region.outlet is None:
                    region = replace(region, outlet=issuer)  # a release's number or title under its issuer's name
                topic = region
            elif (
                not item.section
                and _record_header_day(item.text) is not None
                and len(_RECORD_FIELD_SEP.split(item.text.strip())) >= 3
                and not _META_CELL.search(item.text)
            ):
                # "ID: SYR2001 | 29 January 2020 | Idlib" right under the title: the first record's header, not a
                # line of the title's
                region = topic = _section_from_heading(item.text, SectionContext(), k, ctx.dates, date_lines)
            elif (
                not item.section
                and region.country is None
                and not (item.text.count("|") >= 2 and _META_CELL.search(item.text))  # "... | Desk: Levant/Iraq"
                and (country := _title_country(item.text))
            ):
                region = topic = replace(region, country=country)  # "SYRIA WEEKLY UPDATE": the report's country
            elif item.section:
                topic = _section_from_heading(item.text, region, k, ctx.dates, date_lines)
                if date_lines and _DATE_LINE.match(item.text):
                    region = topic  # a release's date line dates its sub-headings too ("Strikes in Syria")
            if item.text.count("|") >= 2 and (named := _record_sources(item, k, ctx)):
                topic = replace(topic, sources=named)
            if lede is not None and (topic.lead_date is None or topic.lead_actor is None):
                topic = replace(
                    # the lede's own day ("On June 20, ...") over the release's date line it stands under
                    topic, lead_date=lede.lead_date or topic.lead_date, lead_actor=topic.lead_actor or lede.lead_actor
                )
            continue
        if glossary_at and glossary_at[0] <= item.span.start < glossary_at[1]:
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))  # the abbreviation list
            continue
        row = table.row(item.text) if table is not None and table.delimited(item.text) else None
        if table is not None and table.delimited(item.text) and row is None:
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))  # the rule under a header, totals
            continue
        if (
            row is None
            and table is None
            and item.kind == ItemKind.INCIDENT
            and (_DASHED.search(item.text[:60]) or "|" in item.text[:12])
        ):
            row = _inline_record(item.text, k)
        item_topic = topic
        if dateline is not None and topic.country is None and events and item.kind == ItemKind.INCIDENT:
            # "BEIRUT/AMMAN, Aug 16 (Reuters) - ... in Douma ...", then "insurgents fired mortar bombs into the
            # capital": a story filed from abroad is of the country its lead told (unless a paragraph names the other)
            item_topic = replace(topic, country=_story_country(events, item.text))
        in_table = row is not None and table is not None
        if row is not None:
            if table is not None:
                table_rows.append((item.span.start, item.span.end))
            item, item_topic = _table_row(item, row, topic, ctx, k)
        if item.span.start in issuers:
            # "3. Ministry of National Defence (Türkiye)": a reading file's release heading names who issued it
            non_events.append(NonEvent(ItemKind.HEADING, item.text, item.span))
            issuer = _ENUMERATED.sub("", item.text).strip().rstrip(":")
            region = topic = replace(
                _section_from_heading(issuer, SectionContext(), k, ctx.dates, date_lines), outlet=issuer, abroad=None
            )
            lede = None
            after_issuer = True
            continue
        if story_at is not None and item.depth > 0 and item.span.end <= story_at and item.kind == ItemKind.INCIDENT:
            # "* Gunmen kill five soldiers at checkpoint near Mosul" over a wire story's dateline: the story's points
            # in brief, each told below
            non_events.append(NonEvent(ItemKind.BACKGROUND, item.text, item.span))
            continue
        if item.kind != ItemKind.INCIDENT:
            first = (not events and not non_events) or after_issuer
            after_issuer = False
            non_events.append(NonEvent(item.kind, item.text, item.span))
            if (
                item.kind == ItemKind.BACKGROUND
                and not (item.section and _OVERVIEW_HEADING.match(item.section[-1]))
                # (nor "Daily total: 604–675 civilians killed; ISIS's takeover of Mosul ...": a day's sum below its
                # rows, no lead-in to what follows)
                and not _DAY_TOTAL.match(item.text)
            ):
                # (not the paragraph under "Summary": it sums the week up, it introduces no list of one side's acts)
                topic = _with_lead_in(item, topic, ctx, k)
                if (
                    first
                    and item.depth == 0
                    and topic.lead_date is not None
                    and any(c.cue.start for c in k.cues.find(item.text))
                ):
                    # "On Oct. 22 and 23, Coalition forces conducted 31 strikes ...", then sections of strikes one
                    # by one: the report's summary lede dates every list below it and says who acted.
                    lede = topic
            continue
        if item.depth == 0 and topic.lead_date is not None and bulleted:
            topic = replace(
                topic, lead_date=None, lead_actor=None
            )  # a loose incident paragraph ends the list
        # the first paragraph of the report, or of a release under its issuer's heading
        first = (not events and not non_events) or after_issuer
        after_issuer = False
        update = _updated_event(item, events, k) if events and _UPDATE_LEAD.search(item.text[:60]) else None
        if update is not None:
            # "Update – the number of terrorists killed in this morning's air strike in Wadi al-Shay has risen to
            # six": a later post counts an earlier incident again
            events[update] = _with_toll_update(events[update], item, ctx, k)
            non_events.append(NonEvent(ItemKind.STATEMENT, item.text, item.span))
            continue
        try:
            found, skipped = extract_item(item, ctx, item_topic)
        except Exception as exc:  # one bad item must not lose the report; the problem is kept and shown
            problems.append(Problem("extract", f"{type(exc).__name__}: {exc}", item.span))
            continue
        if row is not None:
            found = [_with_row_figures(e, row, item, ctx) for e in found]
            if len(found) > 1:
                found = [_one_row_incident(found, row, text)]
        across = False
        if (
            not found
            and (first or not events)
            and item.depth == 0
            and lede is None
            and (
                _STRIKE_LEDE.search(item.text)
                # "Iran's Revolutionary Guards fired ballistic missiles and flew drones at the headquarters of
                # opposition parties across the Kurdistan Region": a lede summing up strikes told place by place below
                or (across := _state_strikes_across(item.text, bulleted, k))
            )
        ):
            # "On Aug. 14 and 15, Coalition military forces conducted 47 strikes ... in Syria and Iraq": a strike
            # release's summary lede, telling no single strike, says who struck in the tables below it
            summary = _with_lead_in(item, topic, ctx, k, relative=True)
            if summary.lead_actor is not None and (not across or summary.lead_actor.kind == "External/Other forces"):
                # "On June 20, ... conducted 24 strikes": one day dates the rows below; two leave it to the tables
                day = summary.lead_date
                lede = replace(summary, lead_date=day if day is not None and day.start == day.end else None)
                if not bulleted:
                    topic = lede  # a release told in paragraphs: "The first strike ..." is of the lede's day
        if not found and item.depth == 0 and item.text.rstrip().endswith(":"):
            # "Facilities struck, by location:", "In the first wave on 20 November:": a line introducing the list
            # under it lends its date and doer, or the release's lede's, to each place the list names
            # (its own words first, then the lede's: not a background paragraph's "in response to the attack of
            # Jan. 28" between them)
            own = _with_lead_in(item, replace(topic, lead_date=None, lead_actor=None), ctx, k)
            fallback = lede if lede is not None else topic
            topic = replace(
                topic,
                lead_date=own.lead_date or fallback.lead_date or topic.lead_date,
                lead_actor=own.lead_actor or fallback.lead_actor or topic.lead_actor,
            )
        if (
            not found
            and not bulleted
            and events
            and not summary_since
            and item.depth == 0
            # ("In the course of 2016, UNAMI counted 6,878 civilians killed ... across the country": a year's tally)
            and _TALLY_PARAGRAPH.search(item.text) is None
            # a risen toll may come after a quote or two: "By Sunday the Observatory said the toll had risen to 41";
            # so may the claim ("IS claimed responsibility for the bombing" after the toll's paragraph)
            and (
                quiet <= 1
                or (quiet <= 3 and (_TOLL_ROSE.search(item.text) or _CLAIMED_IT.search(item.text)) is not None)
            )
        ):
            # "The monitor initially reported six dead, but the toll later rose to 11. More than 30 people were
            # wounded, it said.": an article's next paragraph (or the one after a quote) gives the figures the
            # incident before it lacked
            # the incident the toll is of: not an arrest told after it ("... and arrested six suspects")
            j = next(
                (i for i in (-1, -2) if len(events) >= -i and events[i].event_type != "Strategic developments"), -1
            )
            if row is not None and "place" in row:
                # "1730 | DHI QAR | Nasiriyah | UPDATE — The death toll ... has risen to 25": the row's location names
                # the incident, the last one told there
                # (one that had dead, when the toll has risen: not the arson told there since)
                cell = row["place"].text.strip().lower()
                there = [
                    i
                    for i in range(-1, -len(events) - 1, -1)
                    if cell in (events[i].location_text or "").lower()
                    or (events[i].place is not None and (events[i].place.name or "").lower() == cell)
                ]
                counted = [i for i in there if (c := events[i].killed) is not None and c.best]
                j = (counted if counted and _TOLL_ROSE.search(item.text) else there or [j])[0]
            named = (
                _TOLL_OF_THE.search(item.text) if "toll of the" in item.text or "toll from the" in item.text else None
            )
            if named is not None:
                # "bringing the toll of the outpost attack to five": the incident the paragraph names, told earlier
                words = [w.lower() for w in named.group("what", "town") if w]
                j = next(
                    (i for w in words for i in range(-1, -len(events) - 1, -1) if w in events[i].quote.lower()), j
                )
            nth = _NTH_DIED.search(item.text) if " died" in item.text or "succumbed" in item.text else None
            if nth is not None:
                # "a fourth soldier had died": the incident whose toll it carries on (its retelling has none)
                n = _ORDINAL_N[nth.group("nth").lower()]
                j = next(
                    (
                        i
                        for i in (-1, -2, -3)
                        if len(events) >= -i and (c := events[i].killed) is not None and c.best == n - 1
                    ),
                    j,
                )
            events[j] = _with_sources(
                _with_victims_side(_with_claim(_with_toll_update(events[j], item, ctx, k), item, k), item, k),
                item,
                ctx,
                k,
            )
        if not found and events and not bulleted and item.depth == 0 and quiet <= 3 and " by " in item.text:
            # "The Observatory said the raid was carried out by Syrian government warplanes", a paragraph or two on
            events[-1] = _with_doer(events[-1], item, k)
        quiet = 0 if found else quiet + 1
        if found and _not_counted_word(item.text) and _NOT_COUNTED.search(item.text):
            # "Nothing verified; we are not counting it.": the report itself sets the claim aside
            skipped = [*skipped, *(NonEvent(ItemKind.STATEMENT, e.quote, e.span) for e in found)]
            found = []
        if published is not None:
            wire = dateline is not None or len(stories) >= 2 or outlet_line
            history = [e for e in found if _history(e, topic.published or published, wire=wire, digest=bulleted)]
            found = [e for e in found if e not in history]
            skipped = [*skipped, *(NonEvent(ItemKind.BACKGROUND, e.quote, e.span) for e in history)]
        revised = "toll at" in item.text and _EARLIER_TOLL.search(item.text) is not None
        if found and events and ((told_last and ":" in item.text[:40] and _RESPONSE_LINE.match(item.text)) or revised):
            # ("The source had earlier put the death toll at three, but a fourth body was found": the toll revised)
            # "US response: A Pentagon spokesperson said two drones had targeted al-Asad ...": the other side's
            # account of the incident the line above claims, its figures and source beside the claim's
            events[-1] = merge_accounts(events[-1], found[0])
            found = found[1:]
        told_last = bool(found)
        for e in found:
            # "the strikes", "another missile": more of the last incident told, if nothing else was told since
            e = same_day_as(events, e)
            if (
                dateline is not None
                and events
                and row is None  # (a log's or an export's row is a record of its own, no paragraph of a story)
                and e.date is not None
                and (
                    e.date.basis == DateBasis.REPORT_DATE
                    or (e.date.basis == DateBasis.SOURCE_DATE and e.date.start == (topic.published or published))
                )
            ):
                e = _lead_day(events[0], e)
            if dateline is not None and events:
                e = _lead_doer(events[0], e)
            # (a table row tells its own incident: nothing is carried from the row above)
            events.append(carry_from(events[-1], e) if events and not summary_since and not in_table else e)
            summary_since = False
        summary_since = summary_since or (bulleted and not found)  # a digest's summary bullet
        non_events.extend(skipped)
    # a dataset export whose records carry header lines is a list of records: a record may tell its incident in
    # several sentences, but never retells another record's
    records = sum(1 for i in items if i.kind == ItemKind.HEADING and _record_header_day(i.text) is not None) >= 2
    if records and not bulleted:
        breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)]
        blocks: dict[int, list[Event]] = {}
        for e in events:
            blocks.setdefault(bisect.bisect(breaks, e.span.start), []).append(e)
        merged = [merge_within_document(block, article=True) for block in blocks.values()]
        # a dataset's record is one event: what its note tells in several sentences ("Remaining fighters withdrew
        # north towards ...") is folded into the first
        events = [_one_row_incident(block, {}, text) if len(block) > 1 else block[0] for block in merged if block]
    else:
        if len(stories) >= 2:
            # a wire's several stories: each names its own terrorists ("ISIS terrorists" in one, rebels in the next)
            starts = sorted(stories)
            cuts = [*starts[1:], len(text)]
            labels = {s0: _terror_label(text[s0:e0], k) for s0, e0 in zip(starts, cuts, strict=True)}
            events = [
                _relabel_terrorists(e, label)
                if (label := labels.get(starts[max(0, bisect.bisect(starts, e.span.start) - 1)])) is not None
                else e
                for e in events
            ]
        elif (label := _terror_label(text, k)) is not None:
            events = [_relabel_terrorists(e, label) for e in events]
        if (occupier := _occupier(text, k)) is not None:
            events = [_relabel_occupier(e, occupier, text) for e in events]
        top = (
            (story_at if story_at is not None else _header_end(items) or _standfirst_end(items))
            if not bulleted and len(stories) < 2
            else None
        )
        if top is not None:
            # a standfirst above the story's date line sums up the incident its lead tells in full
            heads = [e for e in events if e.span.end <= top]
            body = [e for e in events if e.span.start >= top]
            told = [h for h in heads if any(_tells_again(b, h) for b in body)]
            if told:
                for h in told:
                    # the body's paragraph keeps what only the standfirst named: its doer and its town
                    i = next(i for i, e in enumerate(events) if e in body and _tells_again(e, h))
                    events[i] = _standfirst_names(h, events[i])
                events = [e for e in events if e not in told]
                non_events.extend(NonEvent(ItemKind.BACKGROUND, e.quote, e.span) for e in told)
        posts = [i.span.start for i in items if i.kind == ItemKind.HEADING and _POST_STAMP.match(i.text)]
        if len(stories) >= 2 and not bulleted and len(posts) < 3 and len(table_rows) < 2:
            # a bulletin of wire stories, each under its own dateline ("Aleppo, SANA – ..."): a story retells only its
            # own incidents, never the story before it
            starts = sorted(stories)
            blocks = {}
            for e in events:
                blocks.setdefault(bisect.bisect(starts, e.span.start), []).append(e)
            events = [m for block in blocks.values() for m in merge_within_document(block, article=True)]
            events = merge_within_document(events, article=False)
        elif len(posts) >= 3 and not bulleted:
            # a channel's stamped posts ("[Tuesday 1 November 2016, 11:20]"): each post tells its own incident; a
            # later post counts an earlier one again only as an update (read above), never by retelling it
            blocks = {}
            for e in events:
                blocks.setdefault(bisect.bisect(posts, e.span.start), []).append(e)
            events = [m for block in blocks.values() for m in merge_within_document(block, article=True)]
            events = merge_within_document(events, article=False)
        elif len(table_rows) >= 2:
            # an incident table's rows are one incident each: "Baghdad: Kadhimiya ..." and "Baghdad: al-Jamia ..." on
            # the same day are two bombings, however alike; only what is told outside the rows is merged
            in_row = [e for e in events if any(s0 <= e.span.start < e0 for s0, e0 in table_rows)]
            rest = merge_within_document([e for e in events if e not in in_row], article=not bulleted)
            events = sorted(in_row + rest, key=lambda e: e.span.start)
        else:
            events = merge_within_document(events, article=not bulleted)
        if dateline is not None and any(
            a is not None and a.canonical.startswith("Unidentified") and _GENERIC_FIGHTERS.fullmatch(a.text or "")
            for e in events
            for a in (e.actor1, e.actor2)
        ):
            events = _named_fighters(events, text, k)
    return Report(
        document=replace(document, published=published),
        items=tuple(items),
        events=tuple(events),
        non_events=tuple(non_events),
        problems=tuple(problems),
    )


# A record's fields before its note, on one line: "21. 20–21/01/2022 – Diyala – Al-Azim: Islamic State militants ..."
_INLINE_RECORD = compile_gated(
    r"^\s*(?:\d{1,4}[.)]\s+)?(?P<date>\d{1,2}(?:\s*[–-]\s*\d{1,2})?[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
    r"\s+[–—]\s+(?P<admin1>[A-Z][\w'’ .-]{1,30}?)\s+[–—]\s+(?P<place>[^:\n]{2,60}?):\s+(?=\S)"
)
# A security firm's alert line: "0715 | DHI QAR | Nasiriyah | CIVIL UNREST / SAF — ISF opened fire ...": the time it
# was reported, the governorate, the location and the firm's category, then the note
_ALERT_ROW = compile_gated(
    r"^\s*[012]?\d[:.]?[0-5]\d\s*(?:LT|hrs?)?\s*\|\s*(?P<admin1>[^|\n]{2,30}?)\s*\|\s*(?P<place>[^|\n]{2,60}?)\s*\|"
    r"\s*[^|\n—–]{2,40}?\s*[—–]+\s+(?=\S)"
)
_DASHED = re.compile("[–—]")
_DAY_RANGE = re.compile(r"^(?P<d1>\d{1,2})\s*[–-]\s*(?P<d2>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d\d)$")


def _inline_record(text: str, k: Knowledge) -> dict[str, Cell] | None:
    """The fields of a record line "DATE – Governorate – Location: note", as a table row's cells; None for other lines
    (the governorate must be one)."""
    m = _INLINE_RECORD.match(text) or (_ALERT_ROW.match(text) if "|" in text[:12] else None)
    if m is None or k.gazetteer.canonical_admin1(m.group("admin1")) is None:
        return None
    cells = {role: Cell(m.start(role), m.end(role), m.group(role)) for role in m.re.groupindex}
    return {**cells, "text": Cell(m.end(), len(text.rstrip()), text[m.end() : len(text.rstrip())])}


def _table_row(
    item: Item, row: dict[str, Cell], topic: SectionContext, ctx: DocContext, k: Knowledge
) -> tuple[Item, SectionContext]:
    """A table row as an incident: its Incident cell is the text; the Date, Governorate and District cells set what a
    heading or a dateline would."""

    text = row["text"]
    row_start = item.span.start  # cell offsets are into the row's text, which starts where its span does
    admin1 = k.gazetteer.canonical_admin1(row["admin1"].text) if "admin1" in row and row["admin1"].text else None
    cell_item = Item(
        Span(item.span.doc_id, row_start + text.start, row_start + text.end),
        text.text,
        ItemKind.INCIDENT,
        item.section,
        0,
        admin1=admin1,  # the coder's governorate: the text's places are looked for there
    )
    lead_date = topic.lead_date
    if "date" in row and row["date"].text:
        cell = row["date"]
        stated = [d for d in find_dates(cell.text, ctx=ctx.dates) if d.basis == DateBasis.STATED]
        if (days := _DAY_RANGE.match(cell.text)) is not None:  # "20–21/01/2022": the two days of one incident
            y, mo = int(days.group("y")), int(days.group("m"))
            try:
                first, last = dt.date(y, mo, int(days.group("d1"))), dt.date(y, mo, int(days.group("d2")))
            except ValueError:
                first = last = None
            if first is not None and last is not None and first < last:
                stated = [DateMention(first, last, DateBasis.STATED, None, cell.text)]
        if stated:
            d = stated[0]
            span = Span(item.span.doc_id, row_start + cell.start, row_start + cell.end)
            lead_date = DateMention(d.start, d.end, d.basis, span, d.text)
    place = row["place"].text if "place" in row and row["place"].text not in {"", "-"} else None
    row_place = (place, row_start + row["place"].start) if place else None
    return cell_item, replace(
        topic,
        country=k.gazetteer.admin1_country(admin1) or topic.country,
        admin1=admin1 or topic.admin1,
        place_hint=place or admin1 or topic.place_hint,
        lead_date=lead_date,
        row_date=lead_date is not topic.lead_date,
        row_place=row_place,
    )


# "A second IED hit the reinforcements sent to the scene, wounding four more soldiers": more of the row's victims
_MORE_VICTIMS = compile_gated(r"\b(?:more|another|second|third|also|additional|further)\b", re.I)


def _one_row_incident(found: list[Event], row: dict[str, Cell], text: str) -> Event:
    """A table row is one incident (an export's row is one event): what its text tells in several sentences is
    folded into the first; victims told as more ("four more soldiers") are added, a count told again is not."""
    keep = found[0]
    for e in found[1:]:
        more = _MORE_VICTIMS.search(e.quote) is not None
        merged = merge_accounts(keep, e)
        counts = {}
        for kind in ("killed", "wounded"):
            a, b = getattr(keep, kind), getattr(e, kind)
            if kind in row or not more or a is None or b is None or a.best is None or b.best is None:
                counts[kind] = getattr(merged, kind) if kind not in row else a
            else:
                counts[kind] = Count(a.best + b.best, a.best + b.best, a.best + b.best)
        start, end = min(keep.span.start, e.span.start), max(keep.span.end, e.span.end)
        keep = replace(merged, span=Span(keep.span.doc_id, start, end), quote=text[start:end], **counts)
    return keep


def _with_row_figures(event: Event, row: dict[str, Cell], cell_item: Item, ctx: DocContext) -> Event:
    """The row's Killed, Wounded and Source columns: the log's own record of the incident told in its text."""
    row_start = cell_item.span.start - row["text"].start

    def count(role: str, found: Count | None) -> Count | None:
        figure = cell_count(row[role].text) if role in row else None
        if figure is None:
            return found
        low, high = figure
        return Count(low, low, high if high is not None else low)  # "2-3": the lower is coded (ACLED)

    wounded = count("wounded", event.wounded)
    if "wounded" not in row and "killed" in row and (hurt := cell_hurt(row["killed"].text)) is not None:
        # "3–4 (11 injured)": the deaths column's note of the hurt
        n, floor = hurt
        wounded = Count(n, n, None if floor else n)
    citations = list(event.citations)
    if "source" in row and row["source"].text not in {"", "-"}:
        cell = row["source"]
        named: list[Citation] = []
        pos = cell.start
        # ("SOHR|Al Mayadeen" in a semicolon-cut export: outlets kept apart by the other separator; a pipe table's
        # cell holds no pipe)
        for part in re.split(r"[;|]", cell.text):
            name = part.strip()
            at = row_start + pos + (len(part) - len(part.lstrip()))
            pos += len(part) + 1
            if name:
                named.append(Citation(name, None, Span(cell_item.span.doc_id, at, at + len(name))))
        # the Source column names the outlets; the report's own name is no source beside them
        citations = named + [c for c in citations if c.outlet not in ctx.doc_outlets and c.outlet not in
                             {n.outlet for n in named}]
    return _with_row_coding(
        replace(
            event,
            killed=count("killed", event.killed),
            wounded=wounded,
            citations=tuple(citations),
        ),
        row,
        row_start,
        ctx,
    )


_PERIOD_SUFFIX = re.compile(r"\s*\((?:\d{4}\s*-\s*(?:\d{4})?|[^()]{1,40})\)\s*$")


def _with_row_coding(event: Event, row: dict[str, Cell], row_start: int, ctx: DocContext) -> Event:
    """An export's Event type, Sub-event type and Actor columns: the coder's own coding of the row, kept where the
    taxonomy and the actor table know it ("Military Forces of Iraq (2014-2018)" is the table's army of Iraq)."""
    et = row["event_type"].text.strip() if "event_type" in row else ""
    sub = row["sub_event_type"].text.strip() if "sub_event_type" in row else ""
    coded = {}
    if et in EVENT_TYPES and (sub in EVENT_TYPES[et] or not sub):
        coded["event_type"] = et
        if sub:
            coded["sub_event_type"] = sub
    country = event.place.country if event.place else None
    for role in ("actor1", "actor2"):
        if role not in row:
            continue
        cell = row[role]
        name = _PERIOD_SUFFIX.sub("", cell.text.strip())
        if not name:
            if role == "actor2" and coded:
                coded[role] = None  # the coder named no one acted upon
            continue
        found = ctx.actors.find(name, country=country)
        whole = next((a for a in found if a.start == 0 and a.end >= len(name) - 1), None)
        if whole is not None:
            at = row_start + cell.start + (len(cell.text) - len(cell.text.lstrip()))
            coded[role] = Actor(whole.canonical, whole.kind, name, Span(event.span.doc_id, at, at + len(name)))
    return replace(event, **coded) if coded else event


_NOT_COUNTED = compile_gated(
    r"\b(?:(?:we\s+)?(?:are|were)\s+not\s+(?:counting|including|recording|coding)\s+(?:it|this|them)|"
    r"(?:have|has|had)\s+not\s+(?:been\s+)?(?:included|counted|recorded|coded)\s+(?:it|this|them)?|"
    r"not\s+included\s+(?:here|in\s+(?:this|our)\s+\w+)|claims\s+are\s+(?:going|doing)\s+(?:round|the rounds)|"
    r"nothing\s+(?:has\s+been\s+)?verified|unverified\s+(?:reports?|claims?|rumou?rs?)|"
    # ("OUT OF SCOPE: ... the Syria desk codes it": a record kept for audit, another desk's incident)
    # (not "Outside the scope of this log (not an international action): on 19 March, ...": an incident told)
    r"^\W*out\s+of\s+scope\b)",
    re.I,
)


def _not_counted_word(text: str) -> bool:
    """Whether ``text`` holds one of the words ``_NOT_COUNTED`` is looked for behind ("not ", "verified", "claims
    are"): substring tests, cheaper than a search whose start set stops at every "n", "c" and "v"."""
    return (
        "not " in text or "verified" in text or "claims are" in text or "Claims are" in text or "SCOPE" in text
        or "f scope" in text
    )


_ISSUER = compile_gated(
    r"\b(?:Command|Ministry|Centre|Center|Service|Cell|Task Force|Forces|Office|Directorate|Department|Agency|"
    r"Council)\b"
)


def _issuer_heading(item: Item, k: Knowledge) -> bool:
    """An enumerated line that names an issuing body ("2. Joint Operations Command (Iraq)"), not an incident."""
    text = item.text.strip()
    return (
        (item.depth > 0 or _ENUMERATED.match(text) is not None)
        and len(text.split()) <= 14
        and not text.endswith(".")
        and _ISSUER.search(text) is not None
        and not any(c.cue.start for c in k.cues.find(text))
    )


_BRACKET_SOURCE = compile_gated(r"^\s*\[(?P<name>[A-Z][^\],]{1,40}),\s*[^\]]{4,30}\]\s*$")
_ENUMERATED = compile_gated(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
_BYLINE = compile_gated(
    r"^\s*(?:(?:additional )?reporting |written |writing |editing )?by\s+[A-Z]"
    # "Dalia Haddad in Baghdad and agencies": a correspondent's name and where she files from
    r"|^\s*(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+and\s+(?:agencies|"
    r"(?-i:[A-Z])[\w'’ -]{2,40}))?\s*$",
    re.I,
)
# "Enab Baladi – Afrin" under a standfirst: the outlet and where it files from
_OUTLET_PLACE_LINE = re.compile(
    r"(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+[–—-]\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}"
)


def _sub_document(heading: str, parent: SectionContext, k: Knowledge) -> tuple[str | None, dt.date | None]:
    """A compilation's part heading: "[4] Reuters", "Published: February 1, 2019", "[3] Monitor – bulletin, Feb 4"."""

    outlet, published = parent.outlet, parent.published

    def stated() -> list[DateMention]:
        # read only for a heading of one of these shapes: most headings are none of them
        return [d for d in find_dates(heading, ctx=DateContext()) if d.basis == DateBasis.STATED]

    if _PUBLISHED_LINE.match(heading):
        dates = stated()
        return outlet, dates[0].end if dates else published
    bracket = _BRACKET_SOURCE.match(heading)
    if bracket and (dates := stated()):
        # "[Shafaq News, March 7, 2022]": the item's outlet and day
        known = k.outlets.match(bracket.group("name").strip())
        return (known.name if known else bracket.group("name").strip()), dates[0].end
    if _ENUMERATED.match(heading):
        dates = stated()
        name = re.split(r"\s[–—-]\s|,|\(", _ENUMERATED.sub("", heading))[0].strip()
        known = k.outlets.match(name)
        return (known.name if known else name), (dates[0].end if dates else None)
    return outlet, published


_REPOST = compile_gated(r"^\W{0,3}(?:repost(?:ed)?|re-?shared|forwarded(?: from)?|RT)\b", re.I)
_NOT_HEADLINE = compile_gated(r"\b(?:19|20)\d\d\b|:|^\s*By\s")


def _story_headlines(items: list[Item], stories: dict[int, StoryDateline]) -> set[int]:
    """The headline over each story of a compilation: a short line with no full stop just above its dateline."""
    out = set()
    for before, item in itertools.pairwise(items):
        if item.span.start in stories and before.span.start not in stories:
            words = before.text.split()
            # not a "Published: June 11, 2017" line or a byline, which the story's heading reads
            if len(words) <= 16 and not before.text.rstrip().endswith(".") and not _NOT_HEADLINE.search(before.text):
                out.add(before.span.start)
    return out


def _story_context(line: StoryDateline, published: dt.date | None, k: Knowledge, dates: DateContext) -> SectionContext:
    """A story's place, day and outlet, from its dateline."""

    day = next((d.start for d in find_dates(line.date_text, ctx=dates)), None) if line.date_text else None
    # "BEIRUT (AP) —" over a story on Syria: where the reporter files from, not a foreign country's items
    base = replace(_section_from_heading(line.place, SectionContext(), k), abroad=None)
    return replace(base, outlet=outlet_label(line.outlet, k.outlets), published=day or published)


# "Suwayda 24", "Kirkuk Now", "Halab Today": local outlets named after their towns
_OUTLET_AFTER_PLACE = compile_gated(
    r"\s+(?:24|Now|Today|News|Post|Media|TV)\b"
    # ("A source in the Basra Health Directorate told Shafaq News that three people were killed": an office named for
    # its province, where the count was made)
    r"|\s+(?:Health|Police|Operations|Security|Governorate|Provincial)\s+(?:Directorate|Department|Command|Council|"
    r"Office|Committee|Cell)\b"
)
# ("SOHR said 13 people were killed in Jaramana": the incident's own town, where its dead fell)
_IN_BEFORE = compile_gated(r"\bin\s+$")
_TOLL_OF_THE = compile_gated(
    # ("the death toll from the Baghdad mall attack had risen to 18": the mall attack, in Baghdad)
    r"\btoll\s+(?:of|from)\s+the\s+(?:(?P<town>(?-i:[A-Z])[\w'’-]+)\s+)?(?P<what>[a-z][\w-]{3,})\s+"
    r"(?:attack|bombing|blast|raid|ambush|strike|assault|explosion)\b",
    re.I,
)
_OVERALL_TOLL = compile_gated(
    r"\b(?:overall|combined|total|cumulative)\s+(?:death\s+)?toll\b"
    r"|\btoll\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:attacks|strikes|raids|bombings|clashes)\b",
    re.I,
)
_RECALLED = compile_gated(
    r"\b(?:among those|one of those|who (?:was|were|had been))\s+(?:\w+\s+)?(?:killed|wounded|injured)\s+(?:when|in)\b"
    # "The IRGC had shelled ... for several days last week": what had gone on before the news
    r"|\bhad\s+(?:\w+\s+)?(?:shelled|bombed|struck|attacked|pounded|targeted|hit)\b[^.;]{0,120}?\blast\s+week\b",
    re.I,
)


_UPDATE_POST = compile_gated(
    r"^\W*(?:\[[^\]]{1,30}\]\s*)?(?:[\w' ]{1,40}:\s*)?update\b[^.;]{0,120}?\b(?:risen|rose|climbed|increased)\s+to\b"
    # "Further to our earlier statement, ... found the bodies of six terrorists, raising the toll of the strike to six"
    r"|^\W*(?:further|following up)\s+(?:to|on)\s+(?:our|its|the|an?)\s+(?:earlier|previous|last)\s+"
    r"(?:statement|post|report|announcement|bulletin)\b[^.]{0,200}?\b(?:raising|bringing|raised|brought)\s+"
    r"(?:the|its)\s+(?:death\s+)?toll\b"
    # "The death toll of the Russian massacre in Maarat al-Numan has risen to 39": a post that only counts again
    r"|^\W*the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|wounded|injured))\s+"
    # ("The number of terrorists killed in yesterday's strike by army aviation near X has risen to 31")
    r"(?:of|from|in)\s+(?:the|this|yesterday['’]s|today['’]s|last\s+night['’]s|"
    r"this\s+morning['’]s)\b[^.;]{0,100}?\b(?:has|had)\s+(?:risen|climbed|increased)\s+to\b",
    re.I,
)


_UPDATE_LEAD = compile_gated(r"update|further|following up|toll|number of", re.I)  # a cheap test before _UPDATE_POST


def _updated_event(item: Item, events: list[Event], k: Knowledge) -> int | None:
    """The earlier event a channel's "Update – the toll of this morning's strike in X has risen to N" post counts
    again: the latest one at the place it names."""
    if not _UPDATE_POST.match(item.text):
        return None
    named = {h.text.lower() for h in k.gazetteer.find_names(item.text)}
    for i in range(len(events) - 1, -1, -1):
        e = events[i]
        where = {x.lower() for x in (e.location_text or "", e.place.name if e.place else "") if x}
        if any(n in w or w in n for n in named for w in where):
            return i
    return None


# "militants", "the jihadists": fighters a story names only by a common noun
_GENERIC_FIGHTERS = compile_gated(r"(?:the\s+)?(?:militants|jihadists|insurgents|extremists)", re.I)
_QUALIFIED_FIGHTERS = compile_gated(
    r"(?:-backed|-aligned|-affiliated|-allied|\bsuspected|\bpro-[\w-]+|\bloyalist|\bunidentified|\bunknown)\s+(?:[\w-]+\s+)?"
    r"(?:militants|jihadists|insurgents|extremists)\b",
    re.I,
)
# the jihadist groups English-language reports call "militants" or "jihadists" (the Islamic State and al-Qaeda family)
_JIHADISTS = frozenset(
    {"Islamic State (ISIS)", "Islamic State of Iraq (ISI)", "Jaysh Khalid ibn al-Walid", "Al-Qaeda",
     "Hayat Tahrir al-Sham (HTS)", "Jabhat al-Nusra", "Hurras al-Din", "Ansar al-Tawhid",
     "Turkistan Islamic Party (TIP)", "Jund al-Aqsa", "Jabhat Ansar al-Din", "Jaysh al-Muhajirin wal-Ansar",
     "Katibat Imam al-Bukhari"}
)


def _named_fighters(events: list[Event], text: str, k: Knowledge) -> list[Event]:
    """In a story that names one jihadist group and no other, its "militants" are that group's: "IS fighters stormed
    the Ghwayran prison ... militants holed up in the vocational institute"."""
    named = {a.canonical: a for a in k.actors.find(text) if a.canonical in _JIHADISTS}
    if len(named) != 1:
        return events
    (group,) = named.values()
    out = []
    for e in events:
        if _QUALIFIED_FIGHTERS.search(e.quote) or "claimed" in e.quote:
            # "Iran-backed militants", "suspected militants": someone else's, or not known; a claimant names its own
            out.append(e)
            continue
        if e.actor1 is not None and e.actor1.canonical.startswith("Unidentified") and _GENERIC_FIGHTERS.fullmatch(
            e.actor1.text or ""
        ):
            e = replace(e, actor1=Actor(group.canonical, group.kind, e.actor1.text, e.actor1.span),
                        notes=(*e.notes, f"actor1: the story's only named armed group, {group.canonical}"))
        if e.actor2 is not None and e.actor2.canonical.startswith("Unidentified") and _GENERIC_FIGHTERS.fullmatch(
            e.actor2.text or ""
        ):
            e = replace(e, actor2=Actor(group.canonical, group.kind, e.actor2.text, e.actor2.span))
        out.append(e)
    return out


def _lead_day(lead: Event, event: Event) -> Event:
    """A wire story's later paragraph that names no day of its own tells the lead's day ("The deadliest blast went
    off at a bus station ...", under a lede of Sunday's bombings), not the day the story was filed."""
    if event.date is None or lead.date is None or lead.date.basis not in {DateBasis.STATED, DateBasis.RELATIVE}:
        return event
    # the basis stays: the paragraph still names no day, which later steps read to merge retellings
    day = replace(event.date, start=lead.date.start, end=lead.date.end)
    return replace(event, date=day, notes=(*event.notes, "day of the story's lead"))


# An article's date line under its headline and standfirst: "ERBIL, Iraq — June 27, 2022", "Feb 13, 2024",
# "Tuesday, 15 July, 2025"
_HEADER_DATE = compile_gated(
    r"^[^.!?\n]{0,50}?\b(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December),?\s+(?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
    r"(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b[^.!?\n]{0,30}$"
)


_NAMED_TERRORISTS = compile_gated(r"\b(?P<name>[A-Z][\w/'’-]*(?:\s+[A-Z][\w/'’-]*){0,2})$")
_BARE_TERRORISTS = frozenset({"terrorists", "terrorist", "the terrorists", "terror group", "the terror group"})


def _terror_label(text: str, k: Knowledge) -> Actor | None:
    """The one group a report calls terrorists by name ("YPG/PKK terrorists"): its later bare "terrorists" are
    that group, not the generic reading of the word."""
    found: dict[str, Actor] = {}
    at = text.find(" terrorist")
    while at != -1:
        m = _NAMED_TERRORISTS.search(text, max(0, at - 60), at)
        at = text.find(" terrorist", at + 10)
        if m is None:
            continue
        hits = k.actors.find(m.group("name"))
        if len(hits) == 1 and hits[0].end - hits[0].start == len(m.group("name")) and hits[0].kind != "State forces":
            h = hits[0]
            found.setdefault(h.canonical, Actor(h.canonical, h.kind))
    return next(iter(found.values())) if len(found) == 1 else None


def _relabel_terrorists(event: Event, label: Actor) -> Event:
    def named(a: Actor | None) -> Actor | None:
        if a is None or a.text.lower() not in _BARE_TERRORISTS or a.canonical == label.canonical:
            return a
        return replace(label, text=a.text, span=a.span)

    a1, a2 = named(event.actor1), named(event.actor2)
    return event if (a1, a2) == (event.actor1, event.actor2) else replace(event, actor1=a1, actor2=a2)


_NAMED_OCCUPATION = compile_gated(
    r"\b(?P<name>(?:Turkish|Israeli|Russian|Iranian|American|US|U\.S\.) occupation(?: army| forces| troops)?)\b"
)
_BARE_OCCUPATION = compile_gated(r"\boccupation\s+$", re.I)


def _occupier(text: str, k: Knowledge) -> Actor | None:
    """The one state a report calls the occupation ("the Turkish occupation army"): its later bare "the occupation
    army" is that state's, not the country's own army."""
    if "ccupation" not in text:
        return None
    found: dict[str, Actor] = {}
    for m in _NAMED_OCCUPATION.finditer(text):
        hits = k.actors.find(m.group("name"))
        if len(hits) == 1 and hits[0].kind != "State forces":
            found.setdefault(hits[0].canonical, Actor(hits[0].canonical, hits[0].kind))
    return next(iter(found.values())) if len(found) == 1 else None


def _relabel_occupier(event: Event, occupier: Actor, text: str) -> Event:
    def named(a: Actor | None) -> Actor | None:
        if a is None or a.span is None or a.canonical == occupier.canonical or a.kind != "State forces":
            return a
        if not _BARE_OCCUPATION.search(text, max(0, a.span.start - 12), a.span.start):
            return a
        return replace(occupier, text=a.text, span=a.span)

    a1, a2 = named(event.actor1), named(event.actor2)
    return event if (a1, a2) == (event.actor1, event.actor2) else replace(event, actor1=a1, actor2=a2)


def _tells_again(body: Event, head: Event) -> bool:
    """A paragraph of the story tells the incident its standfirst sums up: the same kind of act, in the same
    governorate when the standfirst names a place."""
    if body.event_type != head.event_type or apart_in_kind(body, head):
        return False  # (a car bomb in the lead, an air raid on another town told below it: two incidents)
    a, b = head.place, body.place
    return (
        body.sub_event_type == head.sub_event_type
        or head.event_type == "Battles"
        or a is None
        or a.admin1 is None
        or (b is not None and a.admin1 == b.admin1)
    )


def _standfirst_names(head: Event, body: Event) -> Event:
    """ "At least seven people have been killed in a Russian air strike on a market in the town of Ariha" over "Jets
    struck the fruit market in the centre of the town ... on Monday morning": the doer and the town the standfirst
    names, where the paragraph that tells it in full names none."""
    doer, place = body.actor1, body.place
    named = head.actor1 is not None and not head.actor1.canonical.startswith("Unidentified")
    if (
        named
        and head.actor1 is not None
        and head.actor1.kind not in ("Civilians", "Protesters")
        # (not "armed men killed at least 30 men": a doer the paragraph names, unidentified as it is)
        and (
            doer is None
            or (doer.canonical.startswith("Unidentified") and body.event_type == "Explosions/Remote violence")
        )
    ):
        doer = head.actor1
    if (
        head.place is not None
        and head.place.lat is not None
        and (place is None or place.lat is None or place.precision == GeoPrecision.REGION)
        and (place is None or place.admin1 in (None, head.place.admin1))
    ):
        place = head.place
    if doer is body.actor1 and place is body.place:
        return body
    location = head.location_text if place is head.place else body.location_text
    span = head.location_span if place is head.place else body.location_span
    return replace(
        body, actor1=doer, place=place, location_text=location, location_span=span,
        notes=(*body.notes, "doer or town from the standfirst"),
    )


def _header_end(items: list[Item]) -> int | None:
    """Where an article's body starts: after the date line among its first lines, when one is there."""
    for item in items[:6]:
        if len(item.text) < 80 and _HEADER_DATE.match(item.text.strip()):
            return item.span.end
    return None


# a day or a time of day: what a story's lead carries and its standfirst does not
_A_DAY = compile_gated(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|last night|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday) (?:morning|afternoon|evening|night))\b"
)


def _standfirst_end(items: list[Item]) -> int | None:
    """Where an article's body starts under a one-sentence standfirst with no day ("Government forces are battling
    fighters loyal to Assad ..."), when the paragraph after it tells its news with a day."""
    if len(items) < 3 or items[0].kind != ItemKind.HEADING:
        return None
    i = 1
    while i < len(items) and items[i].kind == ItemKind.HEADING and i < 3:
        i += 1
    if i + 1 >= len(items):
        return None
    stand, lead = items[i], items[i + 1]
    body = stand.text.strip()
    if stand.kind != ItemKind.INCIDENT or len(body) > 260 or ". " in body.rstrip(".") or _A_DAY.search(body):
        return None
    return stand.span.end if lead.kind == ItemKind.INCIDENT and _A_DAY.search(lead.text) else None


_SEPARATELY = compile_gated(
    r"\W*(?:separately|elsewhere|in (?:a|another) separate (?:incident|attack|development))\b", re.I
)


def _lead_doer(lead: Event, event: Event) -> Event:
    """A wire story's later paragraph that tells a strike of the lead's day without its doer ("Missiles fired from
    the direction of the Golan hit a farmhouse ...", under "Israeli warplanes struck several sites ..."): the lead's
    doer struck, with the lead's weapons."""
    doer = lead.actor1
    if (
        doer is None
        or doer.kind not in ("State forces", "External/Other forces")
        or lead.event_type != "Explosions/Remote violence"
        or event.sub_event_type not in ("Air/drone strike", "Shelling/artillery/missile attack")
        or event.event_type != lead.event_type
        or (event.actor1 is not None and not event.actor1.canonical.startswith("Unidentified"))
        # "a drone targeted a base used by U.S. troops": the lead's striking side is this one's target
        or (event.actor2 is not None and event.actor2.canonical == doer.canonical)
        or event.date is None
        or lead.date is None
        or (event.date.start, event.date.end) != (lead.date.start, lead.date.end)
        # "Separately, police said a Katyusha rocket landed inside the Green Zone": another incident, not the lead's
        or _SEPARATELY.match(event.quote) is not None
    ):
        return event
    sub = event.sub_event_type
    if lead.sub_event_type == "Air/drone strike" and sub == "Shelling/artillery/missile attack":
        sub = lead.sub_event_type  # the warplanes' missiles
    return replace(event, actor1=replace(doer, span=None), sub_event_type=sub, notes=(*event.notes, "the lead's doer"))


_RECALL_DAYS = 21  # a wire story's news is of its last days; three weeks back is recalled


def _history(event: Event, published: dt.date, *, wire: bool, digest: bool = False) -> bool:
    """Background: an action dated to a day three weeks before a wire story, or only to a month or a year that ended
    two months before it (half a year before another report: "Iran struck the party's headquarters in September 2018,
    killing 16", "soldiers abducted by ISIS in 2014"), or, outside a digest, to an earlier month named without its
    year ("In July, a suicide bombing ... killed around 30 people")."""
    d = event.date
    if d is None:
        return False
    if (
        not digest
        and d.basis == DateBasis.RELATIVE
        and 6 <= (d.end - d.start).days < 27
        and d.end < published
        and _RECALLED.search(event.quote)
    ):
        # "the family of a man who was among those killed when a car bomb tore through a market last week": an
        # earlier incident recalled about its victims
        return True
    if (d.end - d.start).days < 27:
        # "An army raid on a protest camp near Hawija on April 23 set off clashes ..." in a story of May 20: a wire
        # story's news is of its last days; an incident dated weeks before it is recalled
        return wire and not digest and d.basis == DateBasis.STATED and (published - d.end).days > _RECALL_DAYS
    if (published - d.end).days > (60 if wire else 180):
        return True
    # a relative month ("In July", "Last month") wholly before the publication's month
    return not digest and d.basis == DateBasis.RELATIVE and d.end < published.replace(day=1)


_META_CELL = compile_gated(
    r"\b(?:Prepared|Compiled|Export(?:ed)?|Desk|Updated|Generated|Format|Version|Coverage|Analyst|Editor)\b"
)


_PERSON_NAME = re.compile(r"(?:By\s+)?[A-Z][a-z'’]+(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}")
_DATE_ONLY = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)(?:,?\s+\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)


def _standfirst(items: list[Item]) -> int | None:
    """Where a story's standfirst stands: the paragraph between its headline and its byline or date line ("Islamic
    State militants push into Kobane" / "Jihadists have raised their flag ..." / "7 October 2014")."""
    if len(items) < 4 or items[0].kind != ItemKind.HEADING or items[2].kind != ItemKind.HEADING:
        return None
    if items[1].kind not in {ItemKind.INCIDENT, ItemKind.BACKGROUND} or items[1].depth or items[1].section:
        return None
    line = items[2].text.strip()
    if (
        _BYLINE.match(line)
        or _OUTLET_PLACE_LINE.fullmatch(line)
        or _DATE_ONLY.fullmatch(line)
        or _PUBLISHED_LINE.match(line)
        or _STAFF_LINE.search(line)
    ):
        return items[1].span.start
    return None


def _bylines(items: list[Item]) -> set[int]:
    """Where a story's byline stands: a person's name heading right above its date line ("Rashid Haddad", "Feb 26,
    2021") in the story's head."""
    out: set[int] = set()
    for a, b in itertools.pairwise(items[:9]):
        if (
            a.kind == ItemKind.HEADING
            and b.kind == ItemKind.HEADING
            and _PERSON_NAME.fullmatch(a.text.strip())
            and _DATE_ONLY.fullmatch(b.text.strip())
        ):
            out.add(a.span.start)
    for a, b, c in zip(items[:9], items[1:9], items[2:9], strict=False):
        if (
            a.kind == b.kind == c.kind == ItemKind.HEADING
            and _PERSON_NAME.fullmatch(a.text.strip())
            and _CITY_LINE.fullmatch(b.text.strip())
            and _DATE_ONLY.fullmatch(c.text.strip())
        ):
            # "Sunniva Rose", "Beirut", "Oct 18, 2022": the reporter and where she files from, no region (a foreign
            # city there is no section of news from abroad)
            out.update((a.span.start, b.span.start))
    return out


_CITY_LINE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}")
# (behind a scan for their first letters, as module patterns are: ``re`` tries a pattern opening with "\b" at every
# character, each try a call of its matcher)
_STAFF_LINE = compile_gated(r"\bstaff\b|\bcorrespondents?\b|\bagencies\b", re.I)
_IRAQ_NAMED = compile_gated(r"\bIraq(?:i)?\b")
_SYRIA_NAMED = compile_gated(r"\bSyria(?:n)?\b")
_BY_WORD = compile_gated(r"\bby\s+")


_HEADING_VICTIM = re.compile(
    r"\s+(?:(?:fighters?|soldiers?|members?|troops)\s+)?(?:were\s+|are\s+)?(?:killed|wounded|injured|hurt|dead|die|died)\b",
    re.I,
)


def _section_from_heading(
    heading: str, parent: SectionContext, k: Knowledge, dates: DateContext | None = None, date_lines: bool = False
) -> SectionContext:
    """What a heading says about the items under it: country, governorate, a place, the acting side."""
    if _BYLINE.match(heading):
        return parent  # "By Kareem Raheem and Ahmed Rasheed": reporters' names, not places or actors
    outlet, published = _sub_document(heading, parent, k)
    if heading.count("|") >= 2 and _META_CELL.search(heading):
        # "Export: notes only | Prepared 14 October 2019 | Desk: Levant/Iraq": a file's particulars, no region
        return replace(parent, outlet=outlet or parent.outlet, published=published or parent.published)
    country = parent.country
    iraq, syria = _IRAQ_NAMED.search(heading), _SYRIA_NAMED.search(heading)
    if iraq and not syria:
        country = "Iraq"
    elif syria and not iraq:
        country = "Syria"
    admin1, place_hint = parent.admin1, parent.place_hint
    named = k.actors.find(heading, country=country)
    named_in = country
    actor_spans = [(a.start, a.end) for a in named]
    for hit in k.gazetteer.find_names(heading, country):
        if any(hit.start < e and s < hit.end for s, e in actor_spans):
            continue
        gov = k.gazetteer.canonical_admin1(hit.text)
        best = hit.candidates[0]
        if gov and best.kind in {"ADM1", "governorate"}:
            admin1, place_hint = gov, hit.text
        else:
            admin1, place_hint = best.admin1 or admin1, hit.text
        country = best.country or country
        break
    actor = parent.actor
    if k.cues.section_actor_cues.search(heading):
        found = named if country == named_in else k.actors.find(heading, country=country)  # (read once already)
        by = _BY_WORD.search(heading)
        target = _HEADING_TARGET.search(heading)
        if target is not None and not by:
            found = [a for a in found if a.end <= target.start()]  # "MILITIA ATTACKS ON US AND COALITION TARGETS"
        # ("Four Peshmerga killed as ISIS steps up attacks": the dead named first are not the side that acts)
        found = [a for a in found if not _HEADING_VICTIM.match(heading, a.end)]
        if found:
            after_by = [a for a in found if by and a.start >= by.end()]
            actor = (after_by or found)[0]
    day = _heading_day(heading, dates, date_lines) if dates is not None else None
    record_day = False
    if day is not None and _record_header_day(heading) is not None:
        # a dataset record's header line: the day of the record under it, whose note may name none of its own
        published, day, record_day = day.start, None, True
    elif day is not None and (
        (date_lines and _DATE_LINE.match(heading))
        or (heading.startswith("[") and _POST_STAMP.match(heading))
        # "Briefing of 28 January 2020": a day's release, its "yesterday" and "this morning" counted from that day
        or _RELEASE_OF_DAY.match(heading)
    ):
        published = day.start  # a statement's own date line: "tonight", "this morning" are of that day
    elif day is None and dates is not None and len(heading) < 80 and _DIGIT.search(heading):
        period = _heading_period(heading, dates)
        if period is not None:
            # "Week of 3-9 March 2024 — Syria": "3 March:", "on Tuesday" under it are of that week, not of the year
            # the report came out
            published = period.end
    issuer = _publisher(heading, k)
    if issuer is not None and outlet is None:
        # "Turkish Ministry of National Defence (@tcsavunma)" over its posts: who says what follows
        name = re.sub(r"\s*\([^()]*\)\s*$", "", heading).strip()
        outlet = name if k.outlets.match(name) is not None else None
    return SectionContext(country=country, admin1=admin1, place_hint=place_hint, actor=actor, outlet=outlet,
                          published=published, abroad=heading_abroad(heading) or parent.abroad,
                          # (a record's own day is no earlier heading's: "December 16, 2012 – Yarmouk camp, Damascus"
                          # after "Tuesday, December 11, 2012 – Aqrab" dates its record by its own day)
                          lead_date=day or (None if record_day else parent.lead_date), issuer=issuer or parent.issuer,
                          record_day=record_day)


_COUNTRY_WORD = compile_gated(r"\b(?:Iraq|Iraqi|Syria|Syrian)s?\b")


def _story_country(events: list[Event], text: str) -> str | None:
    """The one country the story's events so far lie in, when the paragraph names no country itself."""
    countries = {e.place.country for e in events if e.place is not None and e.place.country}
    if len(countries) != 1 or _COUNTRY_WORD.search(text):
        return None
    return countries.pop()


# "Not coded:", "Excluded items:": a coder's list of what the dataset leaves out, below the coded notes
_NOT_CODED_LINE = re.compile(
    r"\W*(?:not\s+coded|(?:items\s+)?excluded(?:\s+items)?|items\s+not\s+coded)\s*:?\s*$", re.I
)
_CODER_REMARK = re.compile(r"\W*(?:coder|analyst|editor)(?:'s|’s|s')?\s+(?:remarks?|notes?|comments?)\s*:", re.I)
_RELEASE_OF_DAY = re.compile(r"\W*(?:daily\s+)?(?:briefing|statement|bulletin)\s+of\b", re.I)
_DAY_TOTAL = compile_gated(
    r"^\W*(?:(?:day|daily|weekly|monthly|week(?:'s)?|month(?:'s)?)\s+)?(?:totals?|summary)\b", re.I
)
_TOLL_ROSE = compile_gated(
    r"\b(?:rose|risen|climbed|jumped|reached|increased|went up|"
    r"(?:raising|raised|revised|updated|bringing|brought)\s+(?:(?:up|upward|upwards)\s+)?(?:the\s+|its\s+|their\s+)?"
    # "bringing the day's toll in the village to six"
    r"(?:(?:day|attack|strike|blast|bombing|raid|shelling|massacre|incident|village|town|city)['’]s\s+)?"
    # ("bringing the number killed to three")
    r"(?:(?:death\s+|casualty\s+)?(?:toll|count|tally)|number\s+(?:of\s+(?:[\w-]+\s+)?)?(?:killed|dead|wounded|injured)))\b",
    re.I,
)
# "two of the wounded had died overnight", "one of the injured, a woman in her sixties, passed away": dead moved
# from the wounded
_DIED_OF_HIS_WOUNDS = compile_gated(
    r"\b(?:died|passed away)\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b|\bsuccumbed\s+to\b", re.I
)
_NONE_HURT = compile_gated(
    r"\bno (?:casualties|injuries|fatalities|one was (?:hurt|injured|killed))|\bwithout (?:causing )?(?:any )?"
    r"(?:casualties|injuries)|\bnobody was (?:hurt|injured|killed)|\bmaterial damage only\b",
    re.I,
)
# "a conflict that has killed more than 40,000 people": a running tally of a war, no incident's dead
_TALLY = compile_gated(
    r"\b(?:has|have|had) (?:so far )?(?:killed|claimed the lives of|left)\b|\bsince (?:it|the)\b"
    # "the PKK has been responsible for the deaths of 40,000 people": a war's toll, no incident's
    r"|\bresponsible for the deaths? of\b"
    # "its forces had neutralised 12 PKK militants in northern Iraq over the weekend": days of operations counted
    r"|\b(?:over|during|in)\s+the\s+(?:weekend|past\s+(?:week|few\s+days|\d+\s+days)|last\s+(?:week|few\s+days))\b"
    # "SOHR documented the deaths of 78 people across Syrian territory on Thursday": the day's dead, all incidents
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?:Syrian|Iraqi)\s+territor(?:y|ies)\b|\b(?:across|throughout)\s+(?:Syria|Iraq|"
    r"the\s+country)\b|\bnationwide\b",
    re.I,
)
_BY_THEN = compile_gated(r"\b[Bb]y\s+$")
# ("up from a count of 15 dead given late on Monday": when the earlier count was given)
_SAID_ON = compile_gated(
    r"\b(?:statement|said|announced|told \w+|reported|given|issued|released|published)\s+(?:on\s+|late\s+|early\s+)*$",
    re.I,
)
_LOWER_TOLL = compile_gated(
    r"\b(?:lower|smaller|more conservative)\s+(?:death\s+)?(?:toll|figure|count|number)\b", re.I
)
_HIGHER_TOLL = compile_gated(r"\b(?:higher|larger)\s+(?:death\s+)?(?:toll|figure|count|number)\b", re.I)
_PART_OF_TOLL = compile_gated(r"\b(?:of the wounded|of them|among (?:them|the dead)|later died|succumbed)\b", re.I)
_OTHER_DEAD = compile_gated(
    # ("Further to our earlier statement, ...": the post it follows up, not other dead)
    r"\b(?:another|separate|separately|elsewhere|earlier|previous|since|last)\b"
    r"(?!\s+(?:statement|post|report|announcement|bulletin)\b)",
    re.I,
)


_TALLY_PARAGRAPH = compile_gated(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:country|Iraq|Syria|region)\b|\b(?:in\s+the\s+course\s+of|during|throughout)\s+"
    r"(?:19|20)\d\d\b|^\s*In\s+(?:19|20)\d\d,"
    # "More than 150,000 people have been killed in Syria's conflict, now in its fourth year": the war's toll
    r"|\b(?:killed|died|dead)\s+(?:in|during|since)\s+(?:Syria['’]s|Iraq['’]s|the|this|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|uprising|insurgency|crisis)\b|\bnow\s+in\s+its\s+\w+\s+year\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|uprising|crisis|revolution)\b"
)
# "Islamic State claimed responsibility for the blast in a statement": the paragraph after an unclaimed incident
_CLAIMED_IT = compile_gated(
    r"\b(?:has\s+|have\s+|later\s+|swiftly\s+|quickly\s+)?claimed\s+(?:responsibility|credit)\s+for\s+"
    r"(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:\w+\s+){0,2}?(?:attack|blast|bombing|explosion|assault|ambush|killing|killings|shooting|strike|raid)s?\b"
    # "claimed responsibility late Thursday in a statement ..., saying two of its members had carried out the attack"
    r"|\bclaimed\s+(?:responsibility|credit)\b(?=[^.;]{0,120}?\b(?:carried\s+out|conducted|staged|launched)\s+the\s+"
    r"(?:\w+\s+){0,2}?(?:attack|blast|bombing|bombings|assault|ambush|strike|raid)s?\b)"
    # "IS claimed the ambush on its Telegram channels on Friday": the attack told before, claimed
    r"|\bclaimed\s+(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:attack|blast|bombing|bombings|assault|ambush|strike|raid|"
    r"killing)s?\b"
    # "claimed responsibility in a message on Telegram, saying the attack was a response to ...": no new attack named
    r"|\bclaimed\s+(?:responsibility|credit)\b(?!\s+for\b)[^.;]{0,120}?,\s+saying\b",
    re.I,
)
_NO_CLAIM = compile_gated(r"\b(?:no|none|nobody|not|yet to)\b[^.;]{0,30}$", re.I)


# "Ministry of National Defence of the Republic of Türkiye – statements", "SDF Media Centre": a party's own release
_ISSUER_TITLE = compile_gated(
    r"^\W*(?:[\w'’.&–—|/()-]+\s+){0,10}?(?:Ministry|Media\s+Cent(?:er|re)|Media\s+Cell|Command|Press\s+(?:Office|Cent(?:er|re))|Directorate|"
    r"Spokes(?:man|person)|Information\s+Office|Security\s+Council|Cent(?:re|er)\s+for\s+(?:the\s+)?Reconciliation|"
    r"Task\s+Force)\b"
)


_ISSUER_WORD = compile_gated(r"Ministry|Media|Command|Press|Directorate|Spokes|Information|Security|Cent(?:re|er)|Task")


def _publisher(text: str, k: Knowledge) -> ActorMatch | None:
    """The armed party that issues the report, when its title names one: its "our forces" are that party."""
    title = text.lstrip()[:160].split("\n", 1)[0]
    if title.isupper():
        # "REPUBLIC OF TÜRKİYE – MINISTRY OF NATIONAL DEFENCE": a letterhead in capitals ("İ" has no plain lower case)
        title = _title_case(title)
    if not _ISSUER_WORD.search(title) or not _ISSUER_TITLE.match(title):
        return None
    named = next((a for a in k.actors.find(title) if a.kind not in {"Civilians", "Protesters", "Rioters"}), None)
    if named is None and (state := _STATE_IN_TITLE.search(title)) is not None:
        # "Republic of Turkey – Ministry of National Defence", "Ministry of Defence of the Russian Federation": a
        # state's ministry or command speaks for its forces
        adjective = STATE_ADJECTIVE[state.group(1).lower()]
        named = next((a for a in k.actors.find(f"{adjective} army") if a.kind == "State forces" or
                      a.canonical.startswith("Military Forces of")), None)
    return named


_STATE_IN_TITLE = re.compile(
    r"\b(Syrian Arab Republic|Russian Federation|Islamic Republic of Iran|Turkey|Türkiye|Iraq|Syria|Russia|Iran|Israel|"
    r"Jordan)\b"
)


# "The crude bombs ... slammed into ..., according to the Syrian Observatory": a paragraph that goes on telling the
# incident before it
_TELLS_ON = compile_gated(
    r"^\W*(?:The|This|That|Both|Its)\s+(?:[\w'’-]+\s+){0,3}?(?:bombs?|attacks?|strikes?|airstrikes?|raids?|blasts?|"
    r"explosions?|shelling|bombing|clashes|fighting|assault|ambush|shells?|rockets?|missiles?|drones?|killings?|"
    r"incident|operation|offensive|victims?|dead|toll)\b"
)
_NOT_SOURCES = frozenset({"government", "military", "social media account", "militant outlet"})


def _with_sources(event: Event, item: Item, ctx: DocContext, k: Knowledge) -> Event:
    """``event`` with the monitors and outlets a following paragraph about it cites ("..., according to SOHR")."""
    from mesint.extract.sources import find_attributions

    text = item.text
    # "Islamic State claimed the attack in a statement published by its Amaq news agency": the claim's outlet too
    claim = "claimed" in text and _CLAIMED_IT.search(text) is not None
    if not (_TELLS_ON.match(text) or "toll" in text or claim) or _OTHER_DEAD.search(text):
        return event
    if any(d.basis == DateBasis.STATED for d in find_dates(text, ctx=ctx.dates)):
        return event  # a dated paragraph: another day's news
    named = {c.outlet for c in event.citations}
    cited = list(event.citations)
    for a in find_attributions(text):
        outlet = k.outlets.match(a.name)
        if outlet is None or outlet.name in named or a.name in named:
            continue
        if outlet.kind in _NOT_SOURCES and not (claim and outlet.kind == "militant outlet"):
            continue
        start = item.span.start + a.span.start
        cited.append(Citation(a.name, ctx.published, Span(ctx.doc_id, start, start + len(a.name))))
        named.add(a.name)
    if len(cited) == len(event.citations):
        return event
    return replace(event, citations=tuple(cited))


def _with_claim(event: Event, item: Item, k: Knowledge) -> Event:
    """``event`` with the doer a following paragraph names by claiming it, when the incident named none."""
    if event.actor1 is not None and not event.actor1.canonical.startswith("Unidentified"):
        return event
    claim = _CLAIMED_IT.search(item.text) if "claimed" in item.text else None
    if claim is None or _NO_CLAIM.search(item.text, 0, claim.start()):
        return event
    country = event.place.country if event.place else None
    before = item.text[: claim.start()]
    found = k.actors.find(before, country=country)
    # "The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed the attack": the name
    # before the aside
    named = [a for a in found if APPOSITIVE_GAP.match(before, a.end)][:1] or [
        a for a in found if claim.start() - a.end <= 30
    ]
    if not named:
        return event
    a = named[-1]
    # ("... allowing dozens of IS fighters to storm the facility. IS claimed the attack": the side the claim names did
    # it; read as the side struck, it was misread)
    actor2 = None if event.actor2 is not None and a.canonical == event.actor2.canonical else event.actor2
    span = Span(item.span.doc_id, item.span.start + a.start, item.span.start + a.end)
    return replace(
        event,
        actor1=Actor(a.canonical, a.kind, a.text, span),
        actor2=actor2,
        provenance=(*event.provenance, ("actor1", span)),
        notes=(*event.notes, f"actor1 from the claim at characters {item.span.start}-{item.span.end}"),
    )


_VICTIMS_WERE = compile_gated(
    r"\b(?:the\s+)?(?:two|three|four|five|six|both|all|the)\s+(?:(?:dead|killed|victims|men|people)\s+)?(?:were|was)\s+"
    r"(?:all\s+|both\s+)?(?:members|fighters|militants|operatives|commanders|cadres|officers|soldiers)\s+(?:of|from)\s+"
    r"(?:the\s+)?",
    re.I,
)


def _with_victims_side(event: Event, item: Item, k: Knowledge) -> Event:
    """``event`` whose dead were told as people, with the side a following paragraph says they belonged to ("The CTD
    said the two dead were members of the PKK")."""
    if event.actor2 is None or event.actor2.kind != "Civilians" or "were" not in item.text:
        return event
    said = _VICTIMS_WERE.search(item.text)
    if said is None:
        return event
    country = event.place.country if event.place else None
    side = next((a for a in k.actors.find(item.text[said.end() :], country=country) if a.start == 0), None)
    if side is None or side.kind == "Civilians":
        return event
    if event.actor1 is not None and side.canonical == event.actor1.canonical:
        return event
    start = item.span.start + said.end()
    span = Span(item.span.doc_id, start, start + side.end)
    return replace(
        event,
        actor2=Actor(side.canonical, side.kind, side.text, span),
        provenance=(*event.provenance, ("actor2", span)),
        notes=(*event.notes, f"actor2 from the paragraph at characters {item.span.start}-{item.span.end}"),
    )


_DONE_BY = compile_gated(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air ?strikes?|airstrikes?|attacks?|bombings?|bombardment|"
    r"shelling|ambush)\s+(?:was|were|had been|has been)\s+(?:(?:reportedly|likely|probably|apparently)\s+)?"
    r"(?:carried out|conducted|launched|staged)\s+by\s+(?:the\s+)?",
    re.I,
)


def _with_doer(event: Event, item: Item, k: Knowledge) -> Event:
    """``event`` told with no known doer, with the one a following paragraph names ("Activists said the raid was
    carried out by Syrian government warplanes")."""
    if event.actor1 is not None and not event.actor1.canonical.startswith("Unidentified"):
        return event
    said = _DONE_BY.search(item.text) if " by " in item.text else None
    if said is None:
        return event
    country = event.place.country if event.place else None
    side = next((a for a in k.actors.find(item.text[said.end() :], country=country) if a.start == 0), None)
    if side is None or side.kind in {"Civilians", "Protesters", "Rioters"}:
        return event
    if event.actor2 is not None and side.canonical == event.actor2.canonical:
        return event
    start = item.span.start + said.end()
    span = Span(item.span.doc_id, start, start + side.end)
    return replace(
        event,
        actor1=Actor(side.canonical, side.kind, side.text, span),
        provenance=(*event.provenance, ("actor1", span)),
        notes=(*event.notes, f"actor1 from the paragraph at characters {item.span.start}-{item.span.end}"),
    )


_IN_THE_FIGHTING = compile_gated(
    r"\b(?:killed|dead|died|wounded)\s+in\s+(?:the\s+|[\w'’]+\s+)?(?:fighting|clashes|battles?|firefights?|gunfights?)\b",
    re.I,
)
_HOSPITAL_AFTER = re.compile(
    r"\s+(?:(?:General|Teaching|Republican|Emergency|Surgical)\s+)?(?:hospital|morgue)\b", re.I
)


_ORDINAL_N = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
              "tenth": 10}
_NTH_DIED = compile_gated(
    r"\b(?:a|the)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:had\s+|has\s+|later\s+|also\s+)*(?:died|succumbed)\b",
    re.I,
)


def _with_toll_update(event: Event, item: Item, ctx: DocContext, k: Knowledge) -> Event:
    """``event`` with the killed or wounded figure it lacks from a paragraph that only counts its victims."""
    from mesint.extract.casualties import ANOTHER_SOURCE, find_casualties, total
    from mesint.extract.sources import find_attributions

    text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), item.text)
    if _DAY_TOTAL.match(text):
        return event  # "Day total (9 April): 12 incidents, 5 killed, 6 wounded": the day's sum, not this incident's
    if _NONE_HURT.search(event.quote) or _TALLY.search(text):
        return event  # "caused material damage but no casualties"; "a conflict that has killed 40,000": not its dead
    if "toll" in text and _OVERALL_TOLL.search(text):
        return event  # "the overall death toll from the Iranian attacks had risen to 14": several incidents' dead
    lower = _LOWER_TOLL.search(text) is not None and not _PART_OF_TOLL.search(text)
    rising = _TOLL_ROSE.search(text) is not None
    if event.killed is not None and event.wounded is not None and not lower and not rising:
        return event
    nth = _NTH_DIED.search(text) if " died" in text or "succumbed" in text else None
    if nth is not None and event.killed is not None and event.killed.best is not None:
        n = _ORDINAL_N[nth.group("nth").lower()]
        if n == event.killed.best + 1:
            # "a fourth soldier had died of his wounds overnight": one more dead, the toll now that ordinal
            return replace(
                event,
                killed=Count(n, n, n),
                provenance=(*event.provenance, ("killed", item.span)),
                notes=(*event.notes, f"toll raised to {n} from the paragraph at characters "
                       f"{item.span.start}-{item.span.end}"),
            )
    mentions = find_casualties(text)
    moved = DIED_OF_WOUNDS.search(text) if not rising and event.wounded is not None else None
    if moved is not None and event.wounded.best is not None:
        n = parse_number(moved.group("n"))
        if n is not None and n <= event.wounded.best and not _OTHER_DEAD.search(text):
            dead = (event.killed.best or 0) if event.killed is not None else 0
            return replace(
                event,
                killed=Count(dead + n, dead + n, dead + n),
                wounded=Count(event.wounded.best - n, event.wounded.best - n, event.wounded.best - n),
                provenance=(*event.provenance, ("killed", item.span), ("wounded", item.span)),
                notes=(*event.notes, f"{n} of the wounded died, from the paragraph at characters "
                       f"{item.span.start}-{item.span.end}"),
            )
    if not mentions:
        return event  # most paragraphs count nobody: the cheapest test first
    days = [
        d for d in find_dates(text, ctx=ctx.dates)
        # "in a statement on Monday": the day it was said, not another incident's
        if d.span is None
        or not (
            _SAID_ON.search(text, max(0, d.span.start - 30), d.span.start)
            # "By the evening, the toll had risen to 16": when the count was made
            or (rising and _BY_THEN.search(text, max(0, d.span.start - 6), d.span.start))
        )
    ]
    died_later = _DIED_OF_HIS_WOUNDS.search(text) if "wounds" in text or "injuries" in text else None
    if died_later is not None:
        # "a fifth man had died of his wounds overnight": when one of the wounded died, not another incident's day
        days = [d for d in days if d.span is None or d.span.start < died_later.start()]
    if rising and event.date is not None:
        # "On Wednesday, a hospital official said ... raising the death toll to three": the day the count was made
        days = [d for d in days if d.start < event.date.start]
    elif event.date is not None:
        # "... were killed in Wednesday's fighting": the incident's own day names no other
        days = [d for d in days if not (event.date.start <= d.start and d.end <= event.date.end)]
    if _OTHER_DEAD.search(text) or days:
        return event  # more dead, or dead of another day: not this incident's count
    if event.event_type != "Battles" and _IN_THE_FIGHTING.search(text):
        return event  # "... were killed in the fighting inside the Old City": the battle's dead, not the air strike's
    own = (event.location_text or "").lower()
    if not rising and any(
        # ("a medic at Kadhimiya hospital said ...": a hospital's name, where the count was made; "In Koya alone,
        # 11 people were killed": the incident's own town)
        not _HOSPITAL_AFTER.match(text, h.end)
        and not (
            (
                (h.start <= 12 and _IN_PLACE_ALONE.match(text))
                or _IN_BEFORE.search(text, max(0, h.start - 4), h.start)
            )
            and (h.text.lower() in own or (event.place is not None and h.text == event.place.name))
        )
        and text[h.end : h.end + 2] not in ("'s", "’s")  # "the Kurdistan Region's health ministry": whose, not where
        and not _OFFICE_OF.search(text, max(0, h.start - 30), h.start)  # "the mayor of Amedi said": whose office
        and not _OUTLET_AFTER_PLACE.match(text, h.end)  # "Suwayda 24 gave a higher toll": an outlet's name
        for h in k.gazetteer.find_names(text, event.place.country if event.place else None)
    ):
        return event  # a place of its own: another incident's count (a risen toll names the hospital's town)
    updates: dict[str, Count] = {}
    rise = _TOLL_ROSE.search(text) if rising else None
    if rise is not None:
        # "..., raising their count to 14 killed and 29 wounded": both figures are the new count, up or down
        fresh = [m for m in mentions if rise.start() < m.end and m.start <= rise.end() + 40]
        for kind in ("killed", "wounded"):
            of_kind = [m for m in fresh if m.kind == kind and m.count.best is not None]
            # ("... had risen to 19, with 43 wounded. The ministry gave a lower figure of 16 dead": read below)
            if of_kind and len(fresh) >= 2 and not (lower and kind == "killed"):
                updates[kind] = of_kind[0].count
        for kind in ("wounded",) if fresh else ():
            # "the toll had risen to 35 dead, ..., with 62 people still being treated": the same count's other figure
            same = [
                m
                for m in mentions
                if m.kind == kind
                and m.count.best is not None
                and m.start >= rise.end()
                and "." not in text[rise.end() : m.start]
            ]
            if kind not in updates and len(same) == 1:
                updates[kind] = same[0].count
    for kind in ("killed", "wounded"):
        if kind in updates:
            continue
        of_kind = [m for m in mentions if m.kind == kind]
        if len(of_kind) > 1 and "had" in text:
            # "11 people were killed ... The ministry had put the death toll at nine by early afternoon": a count
            # given before, superseded
            of_kind = [
                m
                for m in of_kind
                if not (_PUT_BEFORE.search(text, max(0, m.start - 30), m.start) and _PUT_TOLL.match(m.text))
            ] or of_kind
        had = getattr(event, kind)
        if had is not None:
            new = of_kind[0].count.best if lower and len(of_kind) == 1 else None
            if new is not None and had.best is not None and new < had.best:
                # "The Security Media Cell gave a lower toll, saying three soldiers were killed": another
                # source's count of the same dead; the conservative one is the best estimate (ACLED)
                updates[kind] = Count(new, new, max(had.best, had.high or had.best))
            risen = [m for m in of_kind if _TOLL_ROSE.search(text, max(0, m.start - 60), m.end)]
            top = max(risen, key=lambda m: m.count.best or 0) if risen else None
            up = top.count.best if top is not None else None
            if top is not None and up is not None and (had.best is None or up > had.best):
                # "..., bringing the death toll to four": the dead counted since ("wounding scores", then "184
                # wounded": the number for the vague amount; "risen to 16, after four wounded died": the sixteen)
                updates[kind] = top.count
                lowered = [
                    m.count.best
                    for m in of_kind
                    if m is not top and m.count.best is not None and m.count.best < up
                    and _LOWER_TOLL.search(text, max(0, m.start - 40), m.end)
                ]
                if lowered:
                    # "... had risen to 19. The Health Ministry gave a lower figure of 16 dead": the conservative one
                    updates[kind] = Count(min(lowered), min(lowered), up)
            continue
        rose = [m for m in of_kind if _TOLL_ROSE.search(text, max(0, m.start - 60), m.end)]
        chosen = rose[-1] if rose else (of_kind[0] if len(of_kind) == 1 else None)
        higher = (
            _HIGHER_TOLL.search(text, of_kind[0].end) or _DIED_OF_HIS_WOUNDS.search(text, of_kind[0].end)
            if chosen is None and len(of_kind) > 1 and of_kind[0].count.best is not None
            else None
        )
        if higher is not None and all(m.start >= higher.start() - 40 for m in of_kind[1:]):
            # "three people were killed ... A police source gave a higher toll of four dead, while a relative said a
            # fifth man had died of his wounds": the first count, the higher ones its range (ACLED codes the lower)
            first = of_kind[0].count.best or 0
            top = max((m.count.best or 0 for m in of_kind[1:]), default=first)
            updates[kind] = Count(first, first, max(first, top))
        elif chosen is not None:
            updates[kind] = chosen.count
        elif of_kind and all(m.count.note == ANOTHER_SOURCE for m in of_kind[1:]):
            # "put the toll at 14 dead and 37 wounded, while a medic said ... more than 40 wounded": tellers' figures
            # of the same wounded, the first the best estimate
            both = total(of_kind, kind)
            if both is not None and both.best is not None:
                updates[kind] = both
    if not updates:
        return event
    died = updates.get("killed")
    if (
        "wounded" not in updates
        and died is not None
        and died.best is not None
        and event.killed is not None
        and event.killed.best is not None
        and event.wounded is not None
        and event.wounded.best is not None
        and (_DIED_OF_HIS_WOUNDS.search(text) or DIED_OF_WOUNDS.search(text))
    ):
        # "the driver had died of his wounds, raising the death toll to three": one wounded fewer
        left = max(0, event.wounded.best - (died.best - event.killed.best))
        updates["wounded"] = Count(left, left, left)
    span = item.span
    # "The Security Media Cell gave a lower toll ...": who gives the figure is one of the event's sources
    named = [c.outlet for c in event.citations]
    cited = list(event.citations)
    for a in find_attributions(text):
        outlet = k.outlets.match(a.name)
        if outlet is not None and outlet.name not in named and a.name not in named:
            start = span.start + a.span.start
            cited.append(Citation(a.name, ctx.published, Span(ctx.doc_id, start, start + len(a.name))))
            named.append(a.name)
    return replace(
        event,
        **updates,
        citations=tuple(cited),
        provenance=(*event.provenance, *((kind, span) for kind in updates)),
        notes=(
            *event.notes,
            f"{' and '.join(updates)} from the paragraph at characters {span.start}-{span.end}"
            + (" (a lower toll)" if lower else " (a risen toll)" if rising else ""),
        ),
    )


def _record_sources(item: Item, k: Knowledge, ctx: DocContext) -> tuple[Citation, ...]:
    """The sources a dataset record's header line ends with: "4 May 2019 | Idlib | Explosions/Remote violence |
    SOHR; SMART News Agency" (the fields before them: the day, the governorate, the event type)."""

    fields = item.text.split("|")
    if len(fields) < 3 or not any(d.basis == DateBasis.STATED for d in find_dates(fields[0], ctx=DateContext())):
        return ()
    last = fields[-1]
    name_text = last.strip()
    if (
        not name_text[:1].isupper()
        or k.gazetteer.canonical_admin1(name_text)
        or name_text in EVENT_TYPES
        or name_text in SUB_EVENT_PARENT
        or name_text.split()[0] in EVENT_TYPES  # "Protests – with intervention": the coder's tag
        # "2019-08-04 | Salah al-Din | Tuz Khurmatu": the record's place, not its source
        or (k.outlets.match(name_text) is None and k.gazetteer.find_names(name_text))
    ):
        return ()
    out = []
    pos = item.span.start + len(item.text) - len(last)
    for part in last.split(";"):
        name = part.strip(" .")
        if name[:1].isupper() and len(name) <= 60:
            start = pos + part.index(name)
            out.append(Citation(name, None, Span(ctx.doc_id, start, start + len(name))))
        pos += len(part) + 1
    return tuple(out)


# "conducted 47 strikes", "yesterday conducted precision self-defense strikes on two facilities"
_OVERVIEW_HEADING = compile_gated(r"^\s*(?:summary|overview|executive summary|key points|highlights|in brief)\b", re.I)
_STRIKE_LEDE = compile_gated(
    r"\b(?:conducted|carried out|launched)\s+(?:\d+|two|three|four|five|six|several|multiple|a series of|a wave of)?\s*"
    r"(?:(?:precision|retaliatory|self-defen[cs]e|air|coordinated|unilateral|defensive)\s+){0,3}(?:air)?strikes\b"
    # "The U.S. military struck more than 85 targets in Iraq and Syria"
    r"|\b(?:struck|hit|bombed)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d+|dozens\s+of|scores\s+of|several|"
    r"multiple|a\s+number\s+of)\s+(?:[\w-]+\s+)?targets\b",
    re.I,
)
_BARE_COUNTRY = compile_gated(r"(?i:iraq|syria)")
def _state_strikes_across(text: str, bulleted: bool, k: Knowledge) -> bool:
    """A story's lede summing up a state's strikes over a region ("Iran's Revolutionary Guards fired ballistic missiles
    and flew drones at the headquarters of opposition parties across the Kurdistan Region"), told place by place
    below."""
    return (
        not bulleted
        and _ACROSS_REGION.search(text) is not None
        and any(c.cue.event_type == "Explosions/Remote violence" and c.cue.start for c in k.cues.find(text))
    )


_ACROSS_REGION = compile_gated(
    r"\bacross\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)(?:ern)?\s+)?(?:Syria|Iraq|Kurdistan\s+Region|Iraqi\s+Kurdistan|the\s+country|the\s+region|"
    r"[A-Z][\w'’-]+\s+(?:province|governorate))\b"
)
_CAPS_MONTH = compile_gated(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b")
_PUBLISHED_LINE = compile_gated(r"^\s*(?:Published|Posted|Updated|Issued|Released)\b", re.I)
_LIST_OF_THE_DAY = compile_gated(
    r"\b(?:strikes?|summary|operations|incidents|attacks|deaths|killings|casualties|daily report|(?:death\s+)?toll|"
    # "Briefing of 28 January 2020", "Statement of 11 March 2019": a day's release, its "yesterday" the day before
    r"(?:briefing|statement|bulletin)\s+of)\b",
    re.I,
)


_DAILY_TITLE = compile_gated(r"\b(?:daily|death\s+toll)\b", re.I)  # a day's report: "Daily death toll | Saturday, ..."
_DIGIT = compile_gated(r"\d")
_IRAQ_WORD = compile_gated(r"\bIraq(?:i)?\b", re.I)
_SYRIA_WORD = compile_gated(r"\bSyria(?:n)?\b", re.I)


_DAY_HEADING = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


def _header_under_title(text: str) -> TableHeader | None:
    """"# Export: Syria – selected events ...\nevent_id_cnty<TAB>admin1<TAB>notes<TAB>source": a table's header on the
    line under the file's title, read with it as one block."""
    if "\n" not in text:
        return None
    # ("Each line gives: incident id | day | ... | sources.\nDeaths are civilian deaths unless ...": a note's lines)
    return next((h for line in text.strip().split("\n")[1:] + text.split("\n", 1)[:1]
                 if (h := TableHeader.parse(line)) is not None), None)


def _title_country(title: str) -> str | None:
    """The one country a report's title names ("Iraq Situation Report", "SYRIA: weekly update")."""
    iraq, syria = _IRAQ_WORD.search(title) is not None, _SYRIA_WORD.search(title) is not None
    return "Iraq" if iraq and not syria else "Syria" if syria and not iraq else None


def _heading_period(heading: str, dates: DateContext) -> DateMention | None:
    """The days a heading names as its period ("Week of 3-9 March 2024", "1–7 July 2024"), printed with a year."""

    found = [d for d in find_dates(heading, ctx=dates) if d.basis == DateBasis.STATED]
    if len(found) != 1 or not 0 < (found[0].end - found[0].start).days <= 31 or not _YEAR.search(found[0].text):
        return None
    return found[0]


_YEAR = compile_gated(r"\b(?:19|20)\d\d\b")


# "Attacks on coalition targets", "strikes against the PKK": whom the heading's acts were aimed at, not who did them
_HEADING_TARGET = compile_gated(
    r"\b(?:attacks?|strikes?|operations?|raids?|assaults?)\s+(?:on|against|targeting)\b", re.I
)


_TITLE_DAY = compile_gated(r"\(\s*([^()]{6,24}?)\s*\)$")


def _heading_day(heading: str, dates: DateContext, date_lines: bool = False) -> DateMention | None:
    """A heading that dates the list under it to one day: "STRIKE SUMMARY, AUG. 14"; with ``date_lines`` (the report
    is a series of dated statements), a bare date line too."""

    titled = _TITLE_DAY.search(heading) if heading.endswith(")") else None
    if titled is not None and date_lines:
        heading = titled.group(1)  # "Bulletin of the ... Centre (February 8, 2021)": the day in its closing brackets
    if len(heading) > 80 and ": " in heading and _LIST_OF_THE_DAY.search(heading.split(": ", 1)[0]):
        # "Daily death toll | Saturday, July 27, 2019: 49 people killed across Syrian territory": the title before
        # its summary
        heading = heading.split(": ", 1)[0]
    if len(heading) > 100:
        return None
    record_day = _record_header_day(heading)
    if record_day is not None:
        heading = record_day
    elif len(heading) > 80 or not (
        _LIST_OF_THE_DAY.search(heading)
        or ((date_lines or _LABELLED_DATE.match(heading)) and _DATE_LINE.match(heading))  # "Date: 3 June 2023"
        or (heading.startswith("[") and _POST_STAMP.match(heading))  # "[Sunday 4 April 2021 – 21:05]"
    ):
        return None
    # "AUG. 14" in a capitalised heading: the month as the date forms spell it
    text = _CAPS_MONTH.sub(lambda m: m.group(0).capitalize(), heading)
    found = [d for d in find_dates(text, ctx=dates) if d.basis == DateBasis.STATED]
    return found[0] if len(found) == 1 and found[0].start == found[0].end else None


# A channel post's stamp on its own line: "[Tuesday 1 November 2016, 11:20]", "[2024-01-18 07:15]"
# ("[16/07/2021 08:40] Security Media Cell:": the stamp and the channel's name over its post)
_POST_STAMP = compile_gated(
    r"^\s*\[[^\]\n]{0,60}?(?:\d{1,2}[:.]\d\d|(?:19|20)\d\d)[^\]\n]{0,30}\]\s*(?:[A-Z][\w'’ ().-]{0,60}:)?\s*$"
)


# A dataset record's header line, its fields set apart: "2019-08-04 | Salah al-Din | Tuz Khurmatu",
# "IRQ12044 · 9 July 2017 · Nineveh / Mosul", "Damascus — Al-Qazzaz — 10 May 2012"
_RECORD_FIELD_SEP = re.compile(r"\s+[|·•—–]\s+")
_FIELD_DATE = compile_gated(
    r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d"
)


@functools.lru_cache(maxsize=4096)
def _record_header_day(heading: str) -> str | None:
    """The one date field of a record's header line, or None when the line is not one."""
    fields = _RECORD_FIELD_SEP.split(heading.strip())
    if not 2 <= len(fields) <= 5 or (len(fields) == 2 and fields[0].rstrip().endswith(")")):
        return None  # "ERBIL (Kurdistan24) – September 28, 2022": a story's dateline
    days = [f for f in fields if _FIELD_DATE.fullmatch(f.strip())]
    return days[0].strip() if len(days) == 1 else None


_LABELLED_DATE = compile_gated(r"^\s*(?:Event |Incident )?[Dd]ate\s*:")
# "Sunday, 14 March 2021" alone on its line over a statement: the day of what follows
_DATE_LINE = compile_gated(
    # a log's day heading with no year, the year the report's own: "Saturday, 19 December", "Sunday 20 December"
    r"^\s*(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|"
    r"[A-Z][a-z]{2,8}\s+\d{1,2})\s*$|"
    # a channel's post stamp: "[2024-01-18 07:15]"
    r"^\s*\[(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?\]\s*$|"
    # "[17.10.2023 23:40]", "[18.10.2023 10:40] (repost with video)": a channel's day-first stamp
    r"^\s*\[\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:[ T]\d{1,2}:\d\d)?\](?:\s*\([^()\n]{1,40}\))?\s*$|"
    # "Bulletin of the Reconciliation Centre ... (February 8, 2021)": a series' title closed by its day
    r"^[^\n()]{3,160}?\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)\s*\)\s*$|"
    # "09.01.2023 · 17:40", "[15 Sep 2020, 08:12]": a post's stamp, day first
    r"^\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s*(?:[·|,–—-]\s*)?(?:\d{1,2}[:.]\d\d)?\s*$|"
    r"^\s*\[\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}:\d\d)?\s*\]\s*$|"
    # "16 Jan, 18:05": a live page's update stamp, the year the page's own
    r"^\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+(?:at\s+)?\d{1,2}[:.]\d\d"
    r"(?:\s*(?:GMT|UTC|local(?:\s+time)?|[AaPp]\.?[Mm]\.?))?\s*$|"
    # "Ankara, 7 June 2022", "Baghdad, Friday 17 November 2017": the place a release was issued from may lead
    # ("— Statement, 13 October 2019 —": the label between dashes)
    r"^\s*(?:[—–]\s*|-{1,3}\s+)?(?:(?:Event |Incident )?[Dd]ate\s*:\s*)?"  # "Date: 3 June 2023"
    # "Statement of 28 September 2022", "Update, 4 May 2021": a series' label before its day
    # ("Release No. 3 – Saturday 22 January 2022": a numbered release and its day)
    r"(?:(?:Statement|Update|Post|Press release|Release|Bulletin|Communiqu[ée])(?:\s+No\.?\s*\d+)?"
    r"(?:\s+of|\s+issued on|\s+on|,|\s+[–—-])\s+)?"
    # ("Security Media Cell | 5 June 2024": the issuer's name, then the day of its post)
    # ("Security Media Cell – Wednesday, 3 March 2021": or a dash between them)
    r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?,\s+|(?P<piped>[A-Z][^|\n]{1,60}?\s+\|\s+)|[A-Z][^|\n–—]{1,60}?\s+[–—]\s+)?"
    r"(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    # ("TUESDAY 9 APRIL 2019": a log's day heading in capitals)
    r"(?:\d{1,2}\s+[A-Z][A-Za-z]+\.?,?\s+\d{4}|[A-Z][A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    # "14 August 2022, 10:42": a post's time of day after its date
    r"(?:\s*[,–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|hrs|GMT|UTC))?)?\s*(?:[:.]|\s[—–]|\s-{1,3})?"
    r"(?:\s*\([a-z][^()\n]{0,30}\))?"  # "... 26 January 2022 (weekly outcome)"
    # "24 November 2022, 14:00 – Weekly press briefing (excerpt)", "Feb. 7, 2024 | TAMPA, Fla.": a label or the place
    # the release came from after its day
    # (not "CI-0541 | 17 March 2017 | Iraq, Nineveh – Mosul": a record's cells on both sides of its day)
    # ("Thursday, 6 December 2012 – al-Tal, Damascus Suburbs": a place's name may open with its article)
    r"(?:\s+[–—]\s+(?:[A-Z]|[a-z]{1,3}-[A-Z])[^\n|]{0,60}|(?(piped)(?!)|\s+\|\s+[A-Z][^\n|]{0,40}))?\s*$"
)


_OFFICE_OF = compile_gated(
    r"\b(?:mayor|governor|deputy\s+governor|police\s+chief|head|director|council|councillor|health\s+director)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_IN_PLACE_ALONE = compile_gated(r"^\W*(?:In|At)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:alone|itself)\b")
_PUT_BEFORE = compile_gated(r"\bhad\s+(?:earlier\s+|initially\s+|first\s+|previously\s+)?$", re.I)
_PUT_TOLL = compile_gated(r"(?:put|given|gave|set)\s+the\s+(?:death\s+)?(?:toll|number\s+of\s+dead)\b", re.I)
_EARLIER_TOLL = compile_gated(
    r"\b(?:had\s+)?(?:earlier|initially|first|previously)\s+(?:put|given|gave|set)\s+the\s+(?:death\s+)?toll\s+at\b",
    re.I,
)
# "US response: ...", "Pentagon confirmation: ...": another party's account of the incident told just above
_RESPONSE_LINE = compile_gated(
    r"^\s*(?:(?:US|U\.S\.|American|Pentagon|CENTCOM|Coalition|Israeli|Russian|Turkish|Iraqi|Syrian|Iranian|Official|"
    r"Government|Army|Ministry)\s+)?(?:response|confirmation|reaction|version|account)\s*:",
    re.I,
)
_DATELINE_PLACE = compile_gated(r"^\s*[A-Z][A-Z .'’/-]{2,40},\s+")
_BY_ACTOR = compile_gated(
    r"(?<!used )(?<!held )(?<!controlled )(?<!operated )(?<!run )(?<!occupied )(?<!owned )(?<!manned )\bby\s+"
)


def _with_lead_in(
    item: Item, topic: SectionContext, ctx: DocContext, k: Knowledge, *, relative: bool = False
) -> SectionContext:
    """A paragraph or "...:" bullet that introduces a list lends its date and acting side to the list (a release's
    lede its "yesterday" too, with ``relative``)."""
    from mesint.model import DateMention, Span
    from mesint.vocab import DateBasis

    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), item.text)
    # "On June 20" under a release's own date line is of that line's year
    dates = DateContext(published=topic.published, default_year=topic.published.year) if topic.published else ctx.dates
    kinds = {DateBasis.STATED, DateBasis.RELATIVE} if relative else {DateBasis.STATED}
    stated = [d for d in find_dates(masked, ctx=dates) if d.basis in kinds and d.span]
    place_line = _DATELINE_PLACE.match(masked)
    if (
        len(stated) > 1
        and place_line
        and stated[0].span
        and stated[0].span.start == place_line.end()
        and re.match(r"\s*[—–-]", masked[stated[0].span.end :])
    ):
        stated = stated[1:]  # "SOUTHWEST ASIA, Nov. 8, 2017 — On Nov. 7, ...": the release's day, then the strikes'
    lead_date = None
    if stated:
        d = stated[0]
        assert d.span is not None
        lead_date = DateMention(
            d.start,
            d.end,
            d.basis,
            Span(ctx.doc_id, item.span.start + d.span.start, item.span.start + d.span.end),
            d.text,
        )
    # "incidents affecting civilians": the victims a list is about, never the side that acts in it
    found = [a for a in k.actors.find(masked, country=topic.country) if a.kind != "Civilians"]
    lowered = masked.lower()
    for g in k.cues.generic_candidates(lowered):
        if g.kind != "External/Other forces":
            continue  # "soldiers", "returned to regime control": whose they are is the list's business, not the lede's
        # "The United States struck more than 85 targets ... linked to Iran's Revolutionary Guards": the state
        # named as the one that struck acts in the list, not the force it struck
        for m in g.pattern.finditer(masked):
            if not any(m.start() < a.end and a.start < m.end() for a in found):
                found.append(ActorMatch(m.start(), m.end(), m.group(0), g.canonical, g.kind, 0, topic.country))
    found.sort(key=lambda a: a.start)
    # "strikes by the Coalition:", not "facilities used by the IRGC"
    by = _BY_ACTOR.search(masked) if found and "by" in masked else None  # (only asked about the actors found)
    after_by = [a for a in found if by and a.start >= by.end()]
    actor = (after_by or found or [None])[0]
    if actor is None and lead_date is None:
        return topic
    # A lead-in without a date of its own ("In Syria, Coalition forces conducted 24 strikes:") keeps the one before.
    return replace(topic, lead_date=lead_date or topic.lead_date, lead_actor=actor or topic.lead_actor)


_KICKER = compile_gated(
    r"(?:analysis|opinion|feature|features|news|exclusive|explainer|interview|comment|commentary|breaking(?: news)?|"
    r"in depth|insight|special report|report|update|live)",
    re.I,
)
# "SYRIAN ARAB REPUBLIC", "Northwest Syria", "Kurdistan Region of Iraq": a UN-style title names the country covered
_PLACE_TITLE = compile_gated(
    r"(?:the\s+)?(?:(?:(?:Syrian\s+Arab\s+)?Republic(?:\s+of\s+(?:Iraq|Syria))?)|"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:Syria|Iraq)|"
    r"Kurdistan(?:\s+Region)?(?:\s+of\s+Iraq)?|Iraq\s+and\s+Syria|Syria\s+and\s+Iraq)",
    re.I,
)
_SPEECH_VERB = compile_gated(r"\b(?:reported|reports|said|says|told|announced|stated|claimed|added|according)\b", re.I)
_HEADER_SPLIT = compile_gated(r"\s*(?:\||/|\s[–—-]\s|·|,|:\s)\s*")


_SOURCE_LINE_START = compile_gated(r"^sources?\s*:", re.I)


def _header_outlets(text: str, k: Knowledge) -> tuple[str, ...]:
    """Outlets named in a report's header lines: "Kurdistan 24 | Published 15/08/2022", "By X staff"."""
    found: list[str] = []
    seen_body = False
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:8]:
        if len(line) > 160:
            break
        if line.endswith(".") and len(line.split()) > 8:
            seen_body = True
            continue  # a body sentence ("..., per Rudaw."), not a header line
        if seen_body and _SOURCE_LINE_START.match(line):
            break  # "Sources: Furat FM; SOHR" under the first record: that record's sources, not the report's
        if line[:1].isdigit() and CLOCK_LINE.match(line):
            break  # "13:55 — IED hit a patrol ... – Shafaq News": a feed's first item, not a header
        line = re.sub(r"^(?:by|from|source)\s*:?\s+", "", line, flags=re.I)
        for part in _HEADER_SPLIT.split(line):
            # ("The New Arab Staff & Agencies": the outlet, with the wires it drew on)
            part = re.sub(
                r"\s+(?:(?:staff|correspondents?|newsroom|desk)(?:\s*(?:&|and)\s*agencies)?|(?:&|and)\s+agencies)$",
                "",
                part.strip(" .:"),
                flags=re.I,
            )
            paren = re.search(r"\(([A-Z][\w .&-]{1,40})\)\s*$", part)
            if paren and k.outlets.match(paren.group(1)) is not None:
                part = paren.group(1)  # "Afrin (Syria) (AFP)": the dateline's place, then the outlet
            if _SPEECH_VERB.search(part):
                continue  # "..., Airwars reported.": a body sentence's attribution, not a header
            if 2 < len(part) <= 80 and k.outlets.match(part) is not None and part not in found:
                found.append(part)
    return tuple(outlet_label(p, k.outlets) for p in found)


def _own_name(items: list[Item], document: Document, k: Knowledge) -> str | None:
    """A report that cites nobody is its own source: its title line ("IRAQ SECURITY MONITOR")."""
    if document.title:
        return document.title
    first = next((i for i in items if i.kind == ItemKind.HEADING), None)
    if first is None or len(first.text) > 60:
        return None
    name = re.split(r"\s[–—|/-]\s|:", first.text)[0].strip().lstrip("#").strip()  # ("# Syria Weekly": Markdown)
    if _KICKER.fullmatch(name) or _PLACE_TITLE.fullmatch(name):
        return None  # "ANALYSIS", "OPINION", "SYRIAN ARAB REPUBLIC": a label above the headline, nobody's name
    rest = name
    for h in sorted(k.gazetteer.find_names(name), key=lambda h: -h.start):
        rest = rest[: h.start] + rest[h.end :]
    if not _PLACE_WORDS.sub("", rest):
        return None  # "Baiji and Salah al-Din", "Afrin district": a section of places, no one's name
    plain = [
        w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].islower() and w not in _NAME_WORDS and w[:3] != "al-"
    ]
    if len(plain) >= 2:
        return None  # "Barrel bombs hit rebel-held Aleppo": a headline says what happened, it names nobody
    return _title_case(name) if name.isupper() else name


def _title_case(name: str) -> str:
    """A name printed in capitals as it is written ("TÜRKİYE" is "Türkiye", not "Türki̇ye")."""
    return name.replace("İ", "I").title()


_PLACE_WORDS = re.compile(r"\b(?:and|province|governorate|district|countryside|region|city|the|of)\b|[\s,&/–-]", re.I)
_NAME_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "al", "el", "und"})


def items_of(document: Document) -> list[Item]:
    from mesint.read.structure import read_items

    return read_items(document.text, document.id)
