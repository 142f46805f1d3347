"""Date phrases → ``DateMention`` (start, end, basis). Pure.

Handles "February 1, 2019", "1 February 2019", "On January 30, 2019", "the night of February 2-3, 2019"
(a range), "February 2 and 3, 2019", ISO dates, a month without a year (year from the publication date),
weekdays, "yesterday", "today", "last night", "last week", and Islamic calendar days ("the first day of
Ramadan", "Eid al-Adha") resolved against the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import product

from mesint.extract.prefilter import LiteralIndex, compile_gated, match_at, required_literals
from mesint.model import DateMention, Span
from mesint.slotinit import slot_init
from mesint.vocab import DateBasis

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_E = r"(?P<e>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
# "9/10 April": a night across two days of the month named after it, not 9 October
_NO_MONTH_AFTER = (
    r"(?!\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep)\b)"
)
_RANGE_SEP = r"\s*(?:-|–|—|/|and|to|&)\s*"  # "15/16 Jun": a night across two days

# Order matters: longer forms first; one alternation so a span is read once.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy_range2", compile_gated(rf"\b{_D}\s+{_MON}{_RANGE_SEP}{_E}\s+{_MON2},?\s+{_Y}\b")),  # "31 May and 1 June 2021"
    ("mdy_range2", compile_gated(rf"\b{_MON}\s+{_D}{_RANGE_SEP}{_MON2}\s+{_E},?\s+{_Y}\b")),
    ("mdy_range", compile_gated(rf"\b{_MON}\s+{_D}{_RANGE_SEP}{_E},?\s+{_Y}\b")),
    ("mdy", compile_gated(rf"\b{_MON}\s+{_D},?\s+{_Y}\b")),
    ("dmy_range", compile_gated(rf"\b{_D}{_RANGE_SEP}{_E}\s+{_MON},?\s+{_Y}\b")),
    ("dmy", compile_gated(rf"\b{_D}\s+{_MON},?\s+{_Y}\b")),
    # ... and an ISO time stamp's day: "2023-01-02T06:14:00Z"
    ("iso", compile_gated(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\b|(?=T\d))")),
    # Day first, as Iraqi, Syrian and Kurdish outlets print it: "23/3/2022", "15/08/2022"
    # ... and "21-06-2022" (year last, so never the ISO order)
    ("dmy_num", compile_gated(r"\b(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b")),
    # ... and without the year, as security bulletins print their incidents: "16/03", "Night 20–21/03", "16/03 to
    # 19/03" (day first; the month with two digits, so "1/2" and "24/7" are not dates)
    (
        "dm_num_range",
        compile_gated(
            r"(?<![\d/.])(?P<d>[0-3]?\d)(?:/(?P<m>[01]\d))?\s*(?:-|–|—|to)\s*(?P<e>[0-3]?\d)/(?P<m2>[01]\d)\b(?![/.]\d)"
            + _NO_MONTH_AFTER
        ),
    ),
    ("dm_num", compile_gated(r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]\d)\b(?![/.]\d|\s+attacks?\b)" + _NO_MONTH_AFTER)),
    ("md_range2", compile_gated(rf"\b{_MON}\s+{_D}{_RANGE_SEP}{_MON2}\s+{_E}\b(?!\s*(?:km|kilomet|,?\s*(?:19|20)\d\d))")),
    ("md_range", compile_gated(rf"\b{_MON}\s+{_D}{_RANGE_SEP}{_E}\b(?!\s*(?:km|kilomet))")),
    ("md", compile_gated(rf"\b{_MON}\s+{_D}\b(?!\s*(?:km|kilomet|,?\s*(?:19|20)\d\d))")),
    # "the night of 31 Aug–1 Sep": a night across two months
    ("dm_range2", compile_gated(rf"\b{_D}\s+{_MON}{_RANGE_SEP}{_E}\s+{_MON2}\b(?!,?\s+(?:19|20)\d\d)")),
    ("dm_range", compile_gated(rf"\b{_D}{_RANGE_SEP}{_E}\s+{_MON}\b(?!,?\s+(?:19|20)\d\d)")),  # "8 to 9 September"
    ("dm", compile_gated(rf"\b{_D}\s+{_MON}\b(?!,?\s+(?:19|20)\d\d)")),
    (
        "weekday",
        compile_gated(
            r"\b(?:(?P<last>last|this past|past)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            # "on Wednesday and Thursday": two days running
            # ("the night of Wednesday-Thursday": a night across two days)
            # ("overnight on Sunday into Monday", "from Sunday night into Monday morning")
            r"(?:'s)?\b(?:(?:\s+(?:night|evening))?(?:\s+(?:and|to|through|into)\s+|\s*[-–/]\s*)(?P<wd2>Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "relday",
        compile_gated(
            r"\b(?P<rel>the day before yesterday|yesterday|today|this morning|this afternoon|this evening|tonight|last night|"
            r"earlier today|overnight|the previous day|the day before|"
            r"(?P<ago>two|three|four|five|six|2|3|4|5|6) days ago)\b(?!\s+(?:of|that|the|his|her|its|their)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Last year, a clash between two clans ... killed three people": the whole year before the report's
        "lastyear",
        compile_gated(r"^\s*(?P<rel>last year|the previous year|the year before),", re.IGNORECASE),
    ),
    (
        "relweek",
        compile_gated(
            r"\b(?P<rel>last week|this week|earlier this week|past week|last weekend|last month|earlier this month|"
            r"this month|past month)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "hijri",
        compile_gated(
            r"\b(?:the\s+(?P<ord>first|second|third|last)\s+day\s+of\s+(?:the\s+(?:holy\s+)?month\s+of\s+)?"
            # ("on the eve of Eid al-Adha": the day before the feast)
            r"(?P<month>Ramadan|Muharram|Shawwal)|(?P<eve>eve\s+of\s+)?(?P<feast>Eid al-Fitr|Eid al-Adha|Eid el-Fitr|Eid el-Adha|"
            r"Ashura|Arbaeen|Arbaʿeen|Arba'een))\b",
            re.IGNORECASE,
        ),
    ),
    ("my", compile_gated(rf"\b(?:in\s+|during\s+)?(?:(?P<part>early|late|mid)[\s-]+)?{_MON}\s+{_Y}\b")),
    # "in the summer of 2014": a season of a year
    (
        "season",
        compile_gated(
            r"\b(?:in\s+|during\s+|by\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?P<season>summer|spring|autumn|fall|winter)"
            r"\s+of\s+(?P<y>(?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    # "In July, a suicide bombing ...", "in early May", "last March": a month without day or year (the latest one
    # not after the publication); the month names are case-sensitive, so "may" the verb is never one.
    (
        "mon",
        compile_gated(
            r"(?:\b[Ii]n\s+(?:(?:early|late|mid)[- ])?|\b[Dd]uring\s+|\b(?:[Ee]arly|[Ll]ate)\s+|\b[Mm]id-|\b[Ll]ast\s+)"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
            r"(?![ \t]+\d)(?!,?\s+(?:19|20)\d\d)"
            r"(?:,?\s+(?P<rel_year>last|this|(?:the\s+)?previous)\s+year\b)?"  # "In August last year"
        ),
    ),
    # "an IED went off in Tarmiyah on the 5th": a day of the report's month
    (
        "nth",
        compile_gated(
            # ("The night of the 23rd, gunmen shot dead ...": the night of that day)
            r"(?:(?<=\b[Oo]n the )|(?<=\b[Ss]ince the )|(?<=\b[Bb]y the )|(?<=\b[Uu]ntil the )|(?<=\bnight of the )"
            r"|(?<=\b[Mm]orning of the )|(?<=\b[Ee]vening of the ))(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of|floor|anniversary|century|division|brigade|corps|army|regiment|battalion|day|round|time|"
            r"week|month|year|grade|fleet|district|street|infantry|armou?red|mechani[sz]ed|battle)\b)(?![-\w])"
        ),
    ),
]


@slot_init
@dataclass(frozen=True, slots=True)
class DateContext:
    """What relative dates are resolved against."""

    published: dt.date | None = None  # the report's publication date
    default_year: int | None = None  # year for "February 3" when nothing else says
    # The last day of the week a bulletin covers ("Coverage: Monday 15 – Sunday 21 January 2024", issued on the 22nd):
    # its "on Monday" is the Monday of that week, not the issue day
    period_end: dt.date | None = None
    # ``published`` is the incident's own day (a dataset record's date): its "overnight" is of that day
    incident_day: bool = False


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, ctx: DateContext) -> int | None:
    if ctx.published:
        year = ctx.published.year
        guess = _safe_date(year, month, day)
        # A digest published in early January talks about late December of the year before.
        if guess and guess > ctx.published + dt.timedelta(days=31):
            year -= 1
        return year
    return ctx.default_year


def _hijri_date(match: re.Match[str], ctx: DateContext) -> tuple[dt.date, dt.date] | None:
    if not ctx.published:
        return None
    from hijridate import Gregorian, Hijri  # imported lazily: only Islamic-calendar phrases need it

    h_year = Gregorian.fromdate(ctx.published).to_hijri().year
    feast = (match.group("feast") or "").lower().replace("el-", "al-").replace("ʿ", "").replace("'", "")
    if feast:
        month, day = {
            "eid al-fitr": (10, 1),
            "eid al-adha": (12, 10),
            "ashura": (1, 10),
            "arbaeen": (2, 20),
        }.get(feast, (0, 0))
    else:
        month = {"ramadan": 9, "muharram": 1, "shawwal": 10}[match.group("month").lower()]
        day = {"first": 1, "second": 2, "third": 3}.get(match.group("ord").lower(), 29)
    if not month:
        return None
    for year in (h_year, h_year - 1):
        try:
            g = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        date = dt.date(g.year, g.month, g.day) - dt.timedelta(days=1 if match.group("eve") else 0)
        if date <= ctx.published + dt.timedelta(days=1):
            return date, date
    return None


def _resolve(kind: str, m: re.Match[str], ctx: DateContext) -> tuple[dt.date, dt.date, DateBasis] | None:
    g = m.groupdict()
    if kind in {"mdy", "mdy_range", "mdy_range2", "dmy", "dmy_range", "dmy_range2"}:
        year, month = int(g["y"]), MONTHS[g["mon"].lower().rstrip(".")]
        month2 = MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else month
        # The year is printed once, after the second day: "30 December and 1 January 2021" starts in 2020.
        start = _safe_date(year - 1 if month2 < month else year, month, int(g["d"]))
        end = _safe_date(year, month2, int(g["e"])) if g.get("e") else start
        if start and end and end >= start:
            return start, end, DateBasis.STATED
        return None
    if kind in {"iso", "dmy_num"}:
        day, month = int(g["d"]), int(g["m"])
        if kind == "dmy_num" and month > 12 >= day:
            day, month = month, day  # "6/13/2023": a US page's month first, when no other reading is a date
        d = _safe_date(int(g["y"]), month, day)
        return (d, d, DateBasis.STATED) if d else None
    if kind in {"dm_num", "dm_num_range"}:
        month2 = int(g.get("m2") or g["m"])
        month = int(g["m"] or month2)
        if not (1 <= month <= 12 and 1 <= month2 <= 12) or ctx.published is None:
            return None  # a bulletin's day and month need its year: the publication's
        year = _year_for(month, int(g["d"]), ctx)
        start = _safe_date(year, month, int(g["d"])) if year else None
        end = _safe_date(year + (month2 < month), month2, int(g["e"])) if year and g.get("e") else start
        if start and end and end >= start and (ctx.published - start).days <= 400:
            return start, end, DateBasis.STATED
        return None
    if kind in {"md", "md_range", "md_range2", "dm", "dm_range", "dm_range2"}:
        month = MONTHS[g["mon"].lower().rstrip(".")]
        year = _year_for(month, int(g["d"]), ctx)
        if year is None:
            return None
        start = _safe_date(year, month, int(g["d"]))
        month2 = MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else month
        year2 = year + 1 if month2 < month else year  # "Dec. 31 and Jan. 1"
        end = _safe_date(year2, month2, int(g["e"])) if g.get("e") else start
        if start and end and end >= start:
            return start, end, DateBasis.STATED
        return None
    if kind == "season":
        year = int(g["y"])
        first, last = _SEASONS[g["season"].lower()]
        end_year = year + 1 if last < first else year
        end = dt.date(end_year + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, first, 1), end, DateBasis.STATED
    if kind == "my":
        year, month = int(g["y"]), MONTHS[g["mon"].lower().rstrip(".")]
        start = dt.date(year, month, 1)
        end = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        part = (g.get("part") or "").lower()
        if part:
            # "in early June 2015": the month's first ten days; "mid-June" the next ten; "late June" the rest
            start, end = {"early": (start, start.replace(day=10)), "mid": (start.replace(day=11), start.replace(day=20))}.get(
                part, (start.replace(day=21), end)
            )
        return start, end, DateBasis.STATED
    if ctx.published is None:
        return None
    pub = ctx.published
    if kind == "mon":
        month = MONTHS[g["mon"].lower()]
        last = m.group(0)[:4].lower() == "last"
        year = pub.year if month < pub.month or (month == pub.month and not last) else pub.year - 1
        if g.get("rel_year"):
            year = pub.year if g["rel_year"] == "this" else pub.year - 1
        start = dt.date(year, month, 1)
        end = min(dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1), pub)
        return start, end, DateBasis.RELATIVE
    if kind == "weekday":
        target = WEEKDAYS[g["wd"].lower()]
        if ctx.period_end is not None and not g.get("last"):
            pub = ctx.period_end
        if g.get("wd2"):
            last_day = WEEKDAYS[g["wd2"].lower()]
            end = pub - dt.timedelta(days=(pub.weekday() - last_day) % 7)
            return end - dt.timedelta(days=(last_day - target) % 7), end, DateBasis.RELATIVE
        back = (pub.weekday() - target) % 7
        if g.get("last") and back == 0:
            back = 7
        d = pub - dt.timedelta(days=back)
        return d, d, DateBasis.RELATIVE
    if kind == "relday":
        rel = g["rel"].lower()
        back = {
            "the day before yesterday": 2, "yesterday": 1, "last night": 1, "overnight": 0, "the previous day": 1,
            "the day before": 1,  # a bulletin's "the previous day": the day before its own
        }.get(rel, 0)
        if g.get("ago"):
            back = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(g["ago"].lower()) or int(g["ago"])
        if rel == "last night":
            return pub - dt.timedelta(days=1), pub - dt.timedelta(days=1), DateBasis.RELATIVE  # the night began the day before
        if rel == "overnight" and not ctx.incident_day:
            return pub - dt.timedelta(days=1), pub, DateBasis.RELATIVE  # the night before the day told: both its days
        d = pub - dt.timedelta(days=back)
        return d, d, DateBasis.RELATIVE
    if kind == "lastyear":
        return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), DateBasis.RELATIVE
    if kind == "relweek":
        rel = g["rel"].lower()
        monday = pub - dt.timedelta(days=pub.weekday())
        if rel in {"this week", "earlier this week"}:
            return monday, pub, DateBasis.RELATIVE
        if rel == "past week":
            return pub - dt.timedelta(days=7), pub, DateBasis.RELATIVE
        if rel == "last month":
            first = pub.replace(day=1)
            prev_end = first - dt.timedelta(days=1)
            return prev_end.replace(day=1), prev_end, DateBasis.RELATIVE
        if rel in {"this month", "earlier this month"}:
            return pub.replace(day=1), pub, DateBasis.RELATIVE
        if rel == "past month":
            return pub - dt.timedelta(days=30), pub, DateBasis.RELATIVE
        if rel == "last weekend":
            sat = monday - dt.timedelta(days=2)
            return sat, sat + dt.timedelta(days=1), DateBasis.RELATIVE
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), DateBasis.RELATIVE
    if kind == "nth":
        ref = ctx.period_end or pub
        day = int(g["d"])
        month_start = ref.replace(day=1) if day <= ref.day else (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        d = _safe_date(month_start.year, month_start.month, day)
        return (d, d, DateBasis.RELATIVE) if d else None
    if kind == "hijri":
        found = _hijri_date(m, ctx)
        return (found[0], found[1], DateBasis.RELATIVE) if found else None
    return None


_HAS_DIGIT = compile_gated(r"\d")
# The regex engine finds a character of a class by testing every character against it (about 50 instructions a
# character, 80 for "\d"); ``str.find`` and ``in`` look for a fixed string far faster (one character: memchr). The
# gates below ask their question that way where it gives the same answer.


def _has_digit(text: str) -> bool:
    """Whether ``_HAS_DIGIT`` finds a digit in ``text``: an ASCII digit, or (only a text with other characters than
    ASCII can hold one) a digit of another script."""
    for d in "0123456789":
        if d in text:
            return True
    return not text.isascii() and _HAS_DIGIT.search(text) is not None


def _digit_sep_digit(text: str) -> bool:
    r"""Whether ``_DIGIT_SEP_DIGIT`` matches in ``text``: found from each separator, with a digit (``\d``:
    ``str.isdecimal``) on either side."""
    last = len(text) - 1
    for sep in "-/.":
        i = text.find(sep, 1)
        while 0 < i < last:
            if text[i - 1].isdecimal() and text[i + 1].isdecimal():
                return True
            i = text.find(sep, i + 1)
    return False


_ORDINAL = compile_gated(r"\d(?:st|nd|rd|th)\b")
# ... and before it, what every lookbehind of the "nth" form ends with, then the day's first digit: a plain pattern
# with a literal prefix, which ``re`` finds with a fast string search (few texts with a digit hold it: 9 of 533 in the
# benchmark, against about 8,000 instructions for ``_ORDINAL``'s scan of every digit)
_THE_DIGIT = re.compile(r"the \d")
# The month names the "mon" form ("In July", "last March") prints, case-sensitive, and what it asks of the text after
# one (the same lookaheads): its words ("in", "during", "last") are in nearly every text, a month name with no day
# number or year after it in few ("On 25 May 2021" has none); a text without one skips the form's scan of every "in".
FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_AFTER_FULL_MONTH = r"\b(?![ \t]+\d)(?!,?\s+(?:19|20)\d\d)"
# (one search: its scan for the names' capitals costs about half the form's own scan, which stops at every "i", "d",
# "e", "l" and "m"; substring searches for the twelve names cost more than either)
_FREE_MONTH = compile_gated("(?:" + "|".join(FULL_MONTHS) + ")" + _AFTER_FULL_MONTH)


_MONTH_WORD = compile_gated(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
_NEEDS_MONTH = {
    "dmy_range2", "mdy_range2", "mdy_range", "mdy", "dmy_range", "dmy", "md_range2", "md_range", "md", "dm_range2",
    "dm_range", "dm", "my",
}  # fmt: skip
_NEEDS_DIGIT = {"iso", "dmy_num", "dm_num_range", "dm_num", "nth"}
# first and last month of each season (northern hemisphere; winter runs into the next year)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# Every month form but "my" ("in March 2021") begins at a day number with a month name after it ("3 February",
# "3-4 February") or at a month name with a number after it ("February 3"): those places, found in one scan, are
# the only ones the forms are tried at.
_MON_ANY = _MON.replace("?P<mon>", "?:")
# The same names grouped by their first letter, for a lookahead (which only asks whether one of them is there, so
# their order does not matter): at each capital the engine tries eight letters, not the twenty-four names
_MON_NAMES = _MON_ANY[len("(?:") : -len(r")\.?")].split("|")
_MON_BY_LETTER = (
    "(?:"
    + "|".join(
        f"{first}(?:{'|'.join(n[1:] for n in _MON_NAMES if n[0] == first)})" for first in dict.fromkeys(n[0] for n in _MON_NAMES)
    )
    + r")\.?"
)
_DAY_ANY = r"[0-3]?\d(?:st|nd|rd|th)?"
# The same for a lookahead that only asks whether a range separator follows, without going back into the day, the
# month name or the blanks (what they would give back can never begin a separator: the same answer, fewer steps).
# A month name before blanks only: before a separator "Sep" may be what is left of "Sept" ("5 Septo 6 October").
_DAY_ATOMIC = r"(?>[0-3]?\d)(?:st|nd|rd|th)?+"
_MON_ATOMIC = f"(?>{_MON_BY_LETTER})"
_SEP_AHEAD = r"\s*+(?:-|–|—|/|and|to|&)"
# (it takes the first character, not only looks at it: a pattern that can match empty gets no start set to scan for)
_DATE_START = compile_gated(
    rf"(?=[\dADFJMNOS])\b(?:(?={_DAY_ANY}(?:{_RANGE_SEP}{_DAY_ANY})?\s+{_MON_BY_LETTER})|(?={_MON_BY_LETTER}\s+\d))"
    # A start where a range form can begin takes two characters, not one: every range form opens with a day ("3-4
    # May"), a day and its month ("31 May and 1 June") or a month and its day ("May 3-4"), then a range separator.
    # Few starts have one (25 of 517 month-first ones in the benchmark), and the others are spared the four forms'
    # tries. (The second character is never a start itself: it is a word character after a word character, or no
    # word character at all. A capture group would make the engine save its marks at every branch it tries.)
    rf"(?:(?={_DAY_ATOMIC}(?:\s++{_MON_BY_LETTER})?{_SEP_AHEAD}|{_MON_ATOMIC}\s++{_DAY_ATOMIC}{_SEP_AHEAD})"
    r"[\dADFJMNOS][\s\S]"
    r"|[\dADFJMNOS])"
)
_AT_START = _NEEDS_MONTH - {"my"}
# Which of those begin at a day number ("3 February 2019") rather than at the month name ("February 3"):
# each is tried only at its own kind of start.
_DAY_FIRST = {"dmy_range2", "dmy_range", "dmy", "dm_range2", "dm_range", "dm"}
# ... and which print a range: each of those only where ``_DATE_START`` saw a range separator
_RANGE_FORMS = {"dmy_range2", "mdy_range2", "mdy_range", "dmy_range", "md_range2", "md_range", "dm_range2", "dm_range"}
# Forms that print a year; a text with no four-digit year from 1900-2099 skips them.
_NEEDS_YEAR = {"dmy_range2", "mdy_range2", "mdy_range", "mdy", "dmy_range", "dmy", "iso", "dmy_num", "my", "season"}
_YEAR = compile_gated(r"(?:19|20)\d\d")
# Cheap scans that a form's own pattern needs to match, each started only at the letters or digits it needs (the
# forms' patterns open with a lookahead, which makes the regex engine try them at every character):
# "2021-06-04" and "4.6.2021" need a digit, a separator and a digit ...
_SEPARATED = {"iso", "dmy_num"}
_DIGIT_SEP_DIGIT = compile_gated(r"\d[-/.]\d")
# ... and "March 2021" a month name printed with its capital, then the year
_MONTH_THEN_YEAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d")
# Each form with what it needs, looked up once: (kind, pattern, month, digit, year, tried at starts, which starts:
# 0 day first, 1 month first, 2 and 3 the same where a range separator follows)
_SPECS = [
    (
        kind, p, kind in _NEEDS_MONTH, kind in _NEEDS_DIGIT, kind in _NEEDS_YEAR, kind in _AT_START,
        (0 if kind in _DAY_FIRST else 1) + (2 if kind in _RANGE_FORMS else 0),
    )
    for kind, p in _PATTERNS
]  # fmt: skip
_SLASHED = {"dm_num_range", "dm_num"}
# The month and digit forms (those the literal index always lets through) that a text with a digit may hold, by what
# it holds: (a month name, a year, a slash, digits around a separator, a month name with its year, a day number
# before a month name, a month name before a number, and each of those two with a range separator after it); what each
# form needs is asked once here, not per text and form
_NUMBER_FORMS = {
    (month, year, slash, separated, month_year, *starts): [
        i
        for i, (kind, _, needs_month, _, needs_year, at_start, which) in enumerate(_SPECS)
        if kind in _NEEDS_MONTH | _NEEDS_DIGIT
        and (month or not needs_month)
        and (year or not needs_year)
        and (slash or kind not in _SLASHED)
        and (separated or kind not in _SEPARATED)
        and (month_year or kind != "my")
        and (not at_start or starts[which])
    ]
    for month, year, slash, separated, month_year, *starts in product((False, True), repeat=9)
}
# The forms with words of their own that print a year ("in the summer of 2014"): left out of a text without one
_WORDED_WITH_YEAR = frozenset(i for i, (kind, _) in enumerate(_PATTERNS) if kind in _NEEDS_YEAR - _NEEDS_MONTH - _NEEDS_DIGIT)
# Month and digit forms are gated by the two tests above; the other forms by their literal words.
DATE_LITERALS = LiteralIndex(
    [None if kind in _NEEDS_MONTH | _NEEDS_DIGIT else required_literals(p.pattern) for kind, p in _PATTERNS]
)

_YEARLESS = {"md_range2", "md_range", "md", "dm_range2", "dm_range", "dm", "dm_num_range", "dm_num"}
# The forms ``_resolve`` turns away without a publication date (the relative ones, a bulletin's "16/03"), and with
# no default year either (a day and month without their year): a context that lacks them skips their patterns,
# whose matches it would only drop (a dropped match takes no place from another form).
_NEEDS_PUBLISHED = {"dm_num_range", "dm_num", "weekday", "relday", "lastyear", "relweek", "hijri", "mon", "nth"}
_NEEDS_YEAR_KNOWN = _NEEDS_PUBLISHED | {"md_range2", "md_range", "md", "dm_range2", "dm_range", "dm"}
_UNRESOLVED = {
    no_year: frozenset(i for i, (kind, _) in enumerate(_PATTERNS) if kind in (_NEEDS_YEAR_KNOWN if no_year else _NEEDS_PUBLISHED))
    for no_year in (False, True)
}


def _in_the_year_printed_before(found: list[DateMention], yearless: set[int]) -> list[DateMention]:
    """"2011-06-04 | ... | Between 4 and 6 June, ...", "On 3 May 2016 ... On 5 May, ...": a day printed without its
    year is in the year of the full date printed before it in the same text, not the publication's."""
    out: list[DateMention] = []
    last_year: int | None = None
    since: tuple[int, int] = (1, 1)  # a month printed with its year: its year holds for days from that month on
    for d in found:
        if d.span is not None and d.span.start in yearless:
            if (
                last_year is not None
                and d.start.year != last_year
                and d.basis == DateBasis.STATED
                # ("since the July 2017 de-escalation deal: ... overnight 23-24 Jun": a month recalled, not the
                # year of a June before it)
                and (d.start.month, d.start.day) >= since
            ):
                shift = last_year - d.start.year
                start = _safe_date(d.start.year + shift, d.start.month, d.start.day)
                end = _safe_date(d.end.year + shift, d.end.month, d.end.day)
                if start and end:
                    d = DateMention(start, end, d.basis, d.span, d.text)
        elif d.basis == DateBasis.STATED:
            last_year = d.end.year
            since = (d.start.month, 1) if (d.end - d.start).days > 6 and d.start.year == d.end.year else (1, 1)
        out.append(d)
    return out


def find_dates(
    text: str, *, ctx: DateContext, doc_id: str = "", offset: int = 0, literals: int | None = None
) -> list[DateMention]:
    """Every date phrase in ``text``, in order, non-overlapping (longest form wins).

    ``literals``: what ``DATE_LITERALS`` finds in ``text.lower()``, where the caller's ``JointIndex`` pass found it."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    yearless: set[int] = set()  # where the forms that print no year begin
    digits = _has_digit(text)
    month = digits and bool(_MONTH_WORD.search(text))
    year = digits and bool(_YEAR.search(text))
    separated = year and _digit_sep_digit(text)
    month_year = month and year and _MONTH_THEN_YEAR.search(text) is not None
    # where the forms tried at starts may begin: day first, month first, and each of those before a range separator
    starts: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    if month:
        for m in _DATE_START.finditer(text):
            at = m.start()
            side = 0 if text[at].isdigit() else 1
            starts[side].append(at)
            if m.end() - at == 2:
                starts[side + 2].append(at)
    # Without a digit no month or digit form can match: only the forms with words of their own are tried; with one,
    # the month and digit forms that what the text holds leaves possible too, in the forms' order.
    order = DATE_LITERALS.present(text.lower()) if literals is None else DATE_LITERALS.present_in(literals)
    if not year and order:
        order = [i for i in order if i not in _WORDED_WITH_YEAR]
    if digits:
        key = (month, year, "/" in text, separated, month_year, *map(bool, starts))
        order = sorted(order + _NUMBER_FORMS[key])
    if ctx.published is None:
        unresolved = _UNRESOLVED[ctx.default_year is None]
        order = [i for i in order if i not in unresolved]
    for i in order:
        kind, pattern, _, _, _, at_start, which = _SPECS[i]
        if kind == "nth" and not (_THE_DIGIT.search(text) and _ORDINAL.search(text)):
            continue  # "on the 5th": only where an ordinal number is
        if kind == "mon" and not _FREE_MONTH.search(text):
            continue
        matches = match_at(pattern, text, starts[which]) if at_start else pattern.finditer(text)
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            resolved = _resolve(kind, m, ctx)
            if resolved is None:
                continue
            taken.append((s, e))
            start, end, basis = resolved
            found.append(DateMention(start, end, basis, Span(doc_id, offset + s, offset + e), m.group(0)))
            if kind in _YEARLESS:
                yearless.add(offset + s)
    found.sort(key=lambda d: d.span.start if d.span else 0)
    if yearless and year and len(found) > 1:
        found = _in_the_year_printed_before(found, yearless)
    # "on Friday, September 1": the weekday names the printed date, it is no second, relative one
    return [
        d
        for i, d in enumerate(found)
        # "overnight between Monday and Tuesday": the two days say which night
        if not (
            d.text.lower() in {"overnight", "tonight", "last night"}
            and i + 1 < len(found)
            and d.span is not None
            and found[i + 1].span is not None
            and 0 <= found[i + 1].span.start - d.span.end <= 10
            and (found[i + 1].end - found[i + 1].start).days == 1
        )
        and not (
            d.basis == DateBasis.RELATIVE
            and i + 1 < len(found)
            and found[i + 1].basis == DateBasis.STATED
            and d.span is not None
            and found[i + 1].span is not None
            and (
                (0 <= found[i + 1].span.start - d.span.end <= 2 and d.text.lower().rstrip("'s").split()[-1] in WEEKDAYS)
                # "Overnight on 27-28 March", "Tonight, 4 May": the stated day says which night
                or (
                    0 <= found[i + 1].span.start - d.span.end <= 5
                    and d.text.lower() in {"overnight", "tonight", "last night"}
                )
                # "Earlier this month, on the night of 3 to 4 November": the stated days narrow the month
                or (0 <= found[i + 1].span.start - d.span.end <= 20 and (d.end - d.start).days >= 6)
            )
        )
    ]


_WEEKDAY_BEFORE_DAY = compile_gated(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d)")


def find_period_end(text: str, published: dt.date | None) -> dt.date | None:
    """The last day of the week a bulletin's head says it covers ("Coverage: 15 – 21 January 2024"), when it ends
    before the issue date; None for a report of the issue day's own news."""
    if published is None:
        return None
    # "Monday 15 – Sunday 21 January 2024": the weekdays only name the days of the range
    head = _WEEKDAY_BEFORE_DAY.sub("", text[:600])
    for d in find_dates(head, ctx=DateContext()):
        if d.basis == DateBasis.STATED and 4 <= (d.end - d.start).days <= 7 and 0 < (published - d.end).days <= 7:
            return d.end
    return None


# compiled with its word list grouped by first letter (under IGNORECASE a bare list folds every word at each place)
_PUBLISHED_LINE = compile_gated(
    r"(?:published|posted|updated|date|issued|released|compiled)\s*(?:on)?\s*[:\-–]?\s*(?P<rest>[^\n]{0,60})", re.I
)


def find_publication_date(text: str) -> dt.date | None:
    """A date printed as the report's own: "Published: March 12, 2021", a dateline, a period heading."""
    head = text[:1500]
    m = _PUBLISHED_LINE.search(head)
    candidates = [m.group("rest")] if m else []
    candidates.append(head)
    for chunk in candidates:
        mentions = find_dates(chunk, ctx=DateContext())
        stated = [d for d in mentions if (d.basis == DateBasis.STATED and d.start == d.end) or d.text]
        if stated:
            if chunk is head:
                # A digest's period "(January 31 – February 6, 2019)": its last day is the issue date.
                return max(d.end for d in stated)
            return stated[0].end
    return None
