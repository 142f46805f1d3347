"""Date phrases as digests, wires and bulletins print them."""

import datetime as dt

import pytest

from mesint.extract.dates import DateContext, find_dates, find_publication_date
from mesint.vocab import DateBasis

PUB = DateContext(published=dt.date(2019, 2, 6), default_year=2019)


@pytest.mark.parametrize(
    ("text", "iso", "basis"),
    [
        ("On January 30, 2019, the firing", "2019-01-30", DateBasis.STATED),
        ("On the night of February 2-3, 2019, an ISIS squad", "2019-02-02/2019-02-03", DateBasis.STATED),
        ("on February 1 and 2, 2019, it fired rockets", "2019-02-01/2019-02-02", DateBasis.STATED),
        ("On 12 May 2021, IS militants attacked", "2021-05-12", DateBasis.STATED),
        ("On the night of 9–10 May 2021, protesters", "2021-05-09/2021-05-10", DateBasis.STATED),
        ("between January 30 and February 2, 2019", "2019-01-30/2019-02-02", DateBasis.STATED),
        # A month printed without its year falls before the publication date: September 2018 here.
        ("On Sept. 14, Coalition military forces", "2018-09-14", DateBasis.STATED),
        ("2021-03-09 attack", "2021-03-09", DateBasis.STATED),
        ("on Tuesday", "2019-02-05", DateBasis.RELATIVE),
        ("yesterday", "2019-02-05", DateBasis.RELATIVE),
        ("last week", "2019-01-28/2019-02-03", DateBasis.RELATIVE),
        ("last night", "2019-02-05", DateBasis.RELATIVE),
        ("a bomb went off near Tuz two days ago", "2019-02-04", DateBasis.RELATIVE),
        ("an exchange of fire this afternoon", "2019-02-06", DateBasis.RELATIVE),
        # A month without day or year: the latest such month not after the publication (2019-02-06 here).
        ("In November, a car bomb", "2018-11-01/2018-11-30", DateBasis.RELATIVE),
        ("in early February the army", "2019-02-01/2019-02-06", DateBasis.RELATIVE),
        ("last February", "2018-02-01/2018-02-28", DateBasis.RELATIVE),
        # a weekday before a printed date names it
        ("protested on Friday, February 1, in Suwayda", "2019-02-01", DateBasis.STATED),
    ],
)
def test_date_phrases(text: str, iso: str, basis: DateBasis) -> None:
    found = find_dates(text, ctx=PUB)
    assert found, text
    assert found[0].iso() == iso
    assert found[0].basis == basis


def test_month_without_year_takes_the_publication_year_or_the_one_before() -> None:
    early_january = DateContext(published=dt.date(2020, 1, 3))
    assert find_dates("on December 30", ctx=early_january)[0].iso() == "2019-12-30"
    assert find_dates("on January 2", ctx=early_january)[0].iso() == "2020-01-02"


def test_first_day_of_ramadan_is_resolved_against_the_publication_date() -> None:
    ctx = DateContext(published=dt.date(2021, 5, 1))
    # 1 Ramadan 1442 fell on 13 April 2021.
    assert find_dates("on the first day of Ramadan", ctx=ctx)[0].iso() == "2021-04-13"


def test_kilometre_markers_and_distances_are_not_dates() -> None:
    assert find_dates("near the 60th kilometer west of Ramadi", ctx=PUB) == []
    assert find_dates("about 30 km northeast of Hama", ctx=PUB) == []


def test_the_modal_may_is_not_a_month() -> None:
    assert find_dates("ISIS may exploit the crisis", ctx=PUB) == []


def test_publication_date_from_a_header_or_a_digest_period() -> None:
    assert find_publication_date("Roadside bomb\nPublished: March 11, 2021\n\nBAGHDAD") == dt.date(
        2021, 3, 11
    )
    assert find_publication_date("Spotlight on Global Jihad (January 31 – February 6, 2019)\n") == dt.date(
        2019, 2, 6
    )
    assert find_publication_date("No date here at all.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night across two days written with a slash
        ("Diyala – night of 15/16 Jun: IS militants attacked a checkpoint.", ("2022-06-15", "2022-06-16")),
        # the stated days say which night "Overnight" was, and narrow "earlier this month"
        ("Overnight on 27-28 March, police fought off an attack.", ("2022-03-27", "2022-03-28")),
        ("Earlier this month, on the night of 3 to 4 June, a crowd tried to storm the consulate.",
         ("2022-06-03", "2022-06-04")),
    ],
)
def test_nights_written_as_ranges(text: str, expected: tuple[str, str]) -> None:
    first = find_dates(text, ctx=DateContext(published=dt.date(2022, 6, 20), default_year=2022))[0]
    assert (first.start.isoformat(), first.end.isoformat()) == expected


def test_an_iso_time_stamp_prints_the_publication_day() -> None:
    assert find_publication_date("Israeli strike on Damascus airport\n\n2023-01-02T06:14:00Z\n\nBy Reuters") == (
        dt.date(2023, 1, 2)
    )


def test_the_previous_day_is_the_day_before_the_report() -> None:
    ctx = DateContext(published=dt.date(2023, 12, 5))
    (d,) = find_dates("Gunmen shot dead a farmer near Jalawla the previous day, a local source said.", ctx=ctx)
    assert (d.start, d.basis) == (dt.date(2023, 12, 4), DateBasis.RELATIVE)
    # "the day before the attack" names another day, not the report's eve
    assert find_dates("He had been threatened the day before the attack.", ctx=ctx) == []


def test_a_us_page_stamp_month_first_when_only_that_reading_is_a_date() -> None:
    ctx = DateContext()
    (d,) = find_dates("6/13/2023 3:41 PM", ctx=ctx)
    assert d.start == dt.date(2023, 6, 13)
    (d,) = find_dates("06/05/2023", ctx=ctx)
    assert d.start == dt.date(2023, 5, 6)  # both readings are dates: the day first, as the region writes it


def test_an_ordinal_day_alone_is_a_day_of_the_reports_month() -> None:
    ctx = DateContext(published=dt.date(2016, 3, 9))
    [d] = find_dates("a bomb went off near a patrol in Baqubah on the 7th, wounding two", ctx=ctx)
    assert d.iso() == "2016-03-07"
    # a day after the report's own falls in the month before
    [d] = find_dates("gunmen killed a shepherd on the 28th", ctx=ctx)
    assert d.iso() == "2016-02-28"
    # units and anniversaries are no days
    assert find_dates("fighters of the 9th Division entered the town", ctx=ctx) == []
    assert find_dates("on the 5th anniversary of the battle", ctx=ctx) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("3) 05/11, approx. 2200 – Kirkuk, Domiz quarter.", "2020-11-05", "2020-11-05"),
        ("7) Night 08–09/11 – Hawija.", "2020-11-08", "2020-11-09"),
        ("9) 02/11 to 04/11 – Tuz Khurmatu.", "2020-11-02", "2020-11-04"),
        ("1) 29/12 – Baiji.", "2019-12-29", "2019-12-29"),
        ("Overnight 9/10 November | Kirkuk", "2020-11-09", "2020-11-10"),
    ],
)
def test_a_bulletins_day_and_month_without_the_year_take_the_publications_year(text: str, start: str, end: str) -> None:
    (found,) = find_dates(text, ctx=DateContext(published=dt.date(2020, 11, 12)))
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_fractions_round_the_clock_and_9_11_are_not_dates() -> None:
    ctx = DateContext(published=dt.date(2020, 11, 12))
    assert find_dates("Clinics open 24/7; about 1/3 of them since the 9/11 attacks.", ctx=ctx) == []


def test_a_day_printed_without_its_year_is_in_the_year_printed_before_it() -> None:
    ctx = DateContext(published=dt.date(2015, 1, 20))
    found = find_dates("On 3 May 2012, gunmen attacked a checkpoint. On 5 May, the army shelled the village.", ctx=ctx)
    assert [d.start.isoformat() for d in found] == ["2012-05-03", "2012-05-05"]


def test_the_night_of_two_weekdays_is_a_range() -> None:
    ctx = DateContext(published=dt.date(2021, 8, 19))
    (found,) = find_dates("On the night of Monday-Tuesday, drones struck Ain Issa.", ctx=ctx)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2021-08-16", "2021-08-17")


def test_a_night_from_one_weekday_into_the_next_is_a_range() -> None:
    ctx = DateContext(published=dt.date(2019, 7, 23))
    (found,) = find_dates("Jets bombed the town from Saturday night into Sunday, residents said.", ctx=ctx)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2019-07-20", "2019-07-21")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("On an unspecified date in early June 2015, the group detained an activist.", "2015-06-01", "2015-06-10"),
        ("In mid-March 2016 the militia shelled the town.", "2016-03-11", "2016-03-20"),
        ("In late February 2014, gunmen abducted a priest.", "2014-02-21", "2014-02-28"),
    ],
)
def test_early_mid_and_late_in_a_month(text: str, start: str, end: str) -> None:
    [d] = find_dates(text, ctx=DateContext(published=dt.date(2017, 1, 1)))
    assert (d.start.isoformat(), d.end.isoformat()) == (start, end)


def test_the_cheap_scans_find_what_their_forms_need():
    """Wherever "2021-06-04", "4.6.2021" or "March 2021" is read in a line of the test reports, the scan that lets
    its form be tried finds something too."""
    from pathlib import Path

    from mesint.extract import dates

    reports = Path(__file__).resolve().parents[1] / "reports"
    lines = [line for p in sorted(reports.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    forms = dict(dates._PATTERNS)
    scans = {"iso": dates._DIGIT_SEP_DIGIT, "dmy_num": dates._DIGIT_SEP_DIGIT, "my": dates._MONTH_THEN_YEAR}
    for kind, scan in scans.items():
        matched = [line for line in lines if forms[kind].search(line)]
        assert matched, kind
        assert all(scan.search(line) for line in matched), kind


def test_a_night_across_two_months_named_without_the_year_is_both_days() -> None:
    ctx = DateContext(published=dt.date(2023, 9, 4), default_year=2023)
    (d,) = find_dates("Night of 31 Aug–1 Sep, Al-Busayra: artillery shells hit the town.", ctx=ctx)
    assert (d.start, d.end) == (dt.date(2023, 8, 31), dt.date(2023, 9, 1))


def test_the_month_form_is_skipped_only_in_texts_without_a_free_month_name() -> None:
    """The "mon" form's month names are ``FULL_MONTHS``, case-sensitive, with ``_AFTER_FULL_MONTH`` after them: a text
    without such a name (``_FREE_MONTH``) holds no match of it."""
    from mesint.extract.dates import _AFTER_FULL_MONTH, _FREE_MONTH, _PATTERNS, FULL_MONTHS

    mon = dict(_PATTERNS)["mon"]
    assert "(?P<mon>" + "|".join(FULL_MONTHS) + ")" + _AFTER_FULL_MONTH in mon.pattern
    assert not mon.flags & 2  # (re.IGNORECASE)
    texts = (
        "In July, a bombing", "in july", "last March's toll", "In 2021", "during Ramadan", "mid-May", "In May 2021",
        "In May 5", "In May\t 5", "In Mayor", "In May, 2021", "On 3 May, and in June last year", "Late August ,",
    )  # fmt: skip
    for text in texts:
        assert _FREE_MONTH.search(text) or mon.search(text) is None, text


def test_a_month_recalled_with_its_year_does_not_date_an_earlier_month_after_it() -> None:
    ctx = DateContext(published=dt.date(2019, 4, 2))
    text = "The worst shelling since the October 2018 truce: rockets fell on the town on 30-31 Mar."
    found = find_dates(text, ctx=ctx)
    assert [(d.start.isoformat(), d.end.isoformat()) for d in found][-1] == ("2019-03-30", "2019-03-31")
    # (a month's year still holds for days from that month on)
    found = find_dates("In March 2016 the siege tightened; on 5 April, aid trucks were turned back.", ctx=ctx)
    assert found[-1].start.isoformat() == "2016-04-05"

def test_the_range_forms_are_tried_only_at_starts_before_a_range_separator() -> None:
    """In every line of the test reports, and in lines made to hold ranges, ``_DATE_START`` finds the starts the plain
    scan finds; each range form finds the same matches tried only at the starts it marks as before a range separator
    as at every start of its side (day or month first); and the "nth" form matches only where ``_THE_DIGIT`` finds."""
    import re
    from pathlib import Path

    from mesint.extract import dates
    from mesint.extract.prefilter import match_at

    reports = Path(__file__).resolve().parents[1] / "reports"
    lines = [line for p in sorted(reports.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    lines += [
        "5 Septo 6 Oct 2021", "Sept 5to 6, 2020", "3rd-4th May", "May 3 & 4", "1st and 2nd June 2020", "12 / 13 Jan",
        "May 31st–June 1st, 2021", "the night of 31 Aug—1 Sep", "Dec. 31 to Jan. 1", "3 and\n4 March 2019", "Sep 3-4",
        "June 30 and July 1", "30 June to 1 July", "Aug 12 -13", "22nd to 23rd of March", "1 Jan 2020 - 5 Jan 2020",
    ]  # fmt: skip
    plain = re.compile(
        rf"\b(?=[0-3]?\d(?:st|nd|rd|th)?(?:{dates._RANGE_SEP}[0-3]?\d(?:st|nd|rd|th)?)?\s+{dates._MON_ANY}"
        rf"|{dates._MON_ANY}\s+\d)[\dADFJMNOS]"
    )
    forms = [(p, dates._SPECS[i][6]) for i, (kind, p) in enumerate(dates._PATTERNS) if kind in dates._RANGE_FORMS]
    nth = dict(dates._PATTERNS)["nth"]
    tried = 0
    for line in lines:
        starts: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
        for m in dates._DATE_START.finditer(line):
            side = 0 if line[m.start()].isdigit() else 1
            starts[side].append(m.start())
            if m.end() - m.start() == 2:
                starts[side + 2].append(m.start())
        assert sorted(starts[0] + starts[1]) == [m.start() for m in plain.finditer(line)], line
        for pattern, which in forms:
            every = [(m.span(), m.groups()) for m in match_at(pattern, line, starts[which - 2])]
            assert every == [(m.span(), m.groups()) for m in match_at(pattern, line, starts[which])], line
            tried += len(every)
        assert nth.search(line) is None or dates._THE_DIGIT.search(line), line
    assert tried > 20
