"""Attributions: who says so, and when."""

import datetime as dt

import pytest

from mesint.extract.dates import DateContext
from mesint.extract.sources import (
    find_attributions,
    find_bracket_citations,
    find_citations,
    find_dash_outlets,
    find_dateline,
    find_paren_outlets,
    find_source_lines,
)

CTX = DateContext(published=dt.date(2019, 2, 6))


def test_outlet_and_date() -> None:
    [c] = find_citations("ISIS fired mortar shells (Furat Post Twitter account, February 3, 2019).", ctx=CTX)
    assert (c.outlet, c.date, c.affiliation) == ("Furat Post Twitter account", dt.date(2019, 2, 3), None)
    assert c.label == "Furat Post Twitter account, February 3, 2019"


def test_description_between_outlet_and_date_is_the_affiliation() -> None:
    text = "(Ahval, a Turkish news website, February 1, 2019)"
    [c] = find_citations(text, ctx=CTX)
    assert c.outlet == "Ahval"
    assert c.affiliation == "a Turkish news website"
    assert text[c.span.start : c.span.end] == "Ahval, a Turkish news website, February 1, 2019"


def test_a_range_of_days_and_several_sources_in_one_parenthesis() -> None:
    found = find_citations(
        "(Al-Hashed.net website, February 2 and 3, 2019; Khotwa, February 2, 2019)", ctx=CTX
    )
    assert [c.outlet for c in found] == ["Al-Hashed.net website", "Khotwa"]
    assert found[0].date_text == "February 2 and 3, 2019"


def test_a_date_alone_is_a_citation_without_outlet() -> None:
    [c] = find_citations("sniper fire in west Aleppo (January 31, 2019)", ctx=CTX)
    assert c.outlet == "" and c.date == dt.date(2019, 1, 31)


def test_a_date_that_is_not_an_attribution() -> None:
    assert find_citations("the pocket (map updated to February 1, 2019).", ctx=CTX) == []
    assert find_citations("an ISIS commander (the emir of the sector)", ctx=CTX) == []


def test_wire_dateline() -> None:
    assert find_dateline("Title\n\nBAGHDAD (Reuters) – A roadside bomb") == ("Baghdad", "Reuters")


def test_an_afp_dateline_with_its_date_inside() -> None:
    assert find_dateline("BEIRUT, Sept. 3, 2019 (AFP) - Air strikes hit ...") == ("Beirut", "AFP")
    assert find_dateline("HASAKEH, Syria, Jan 21, 2022 (AFP) – Fighters ...") == ("Hasakeh, Syria", "AFP")


def test_outlets_that_name_give_or_confirm_figures() -> None:
    from mesint.extract.sources import find_attributions

    assert [a.name for a in find_attributions("Raqqa is Being Slaughtered Silently named nine dead.")] == [
        "Raqqa is Being Slaughtered Silently"
    ]
    assert [a.name for a in find_attributions("Syria Civil Defence (White Helmets) said five were hurt.")] == [
        "Syria Civil Defence"
    ]
    assert [a.name for a in find_attributions("according to al-Naba, which claimed three dead")] == ["al-Naba"]
    assert [a.name for a in find_attributions("The Kirkuk Now website confirmed the death.")] == ["Kirkuk Now"]


def test_a_records_closing_bracket_lists_its_sources() -> None:
    text = "On 3 August 2014, IS fighters stormed Sinjar town. Fatalities unknown. [Sources: Rudaw; Reuters]"
    cites = find_source_lines(text, ctx=DateContext())
    assert [c.outlet for c in cites] == ["Rudaw", "Reuters"]


def test_a_source_parenthesis_may_list_its_outlets_with_commas() -> None:
    text = "A roadside bomb killed two soldiers near Tarmiyah on Sunday. (Source: Shafaq News, Baghdad Today)"
    assert [c.outlet for c in find_source_lines(text, ctx=DateContext())] == ["Shafaq News", "Baghdad Today"]
    # a piece that is no name of its own keeps the part whole
    text = "Turkish jets struck Qandil on Sunday. (Source: Ministry of Defence statement, issued in Ankara)"
    assert [c.outlet for c in find_source_lines(text, ctx=DateContext())] == [
        "Ministry of Defence statement, issued in Ankara"
    ]


def test_an_outlet_with_its_other_name_in_an_appositive() -> None:
    text = "The Syria Civil Defence, known as the White Helmets, put the number of dead at 20."
    assert [a.name for a in find_attributions(text)] == ["Syria Civil Defence"]


def test_a_claim_through_its_news_agency_and_a_sentence_opening_with_according_to() -> None:
    names = [a.name for a in find_attributions("The group claimed the attack through its Amaq news agency.")]
    assert names == ["Amaq"]
    names = [a.name for a in find_attributions("According to the Syrian Observatory for Human Rights, 11 died.")]
    assert names == ["Syrian Observatory for Human Rights"]


def test_a_closing_parenthesis_of_known_outlets_without_a_date() -> None:
    known = {"Hawar News Agency", "North Press Agency"}.__contains__
    text = "A drone struck a car near Amuda, killing two fighters (Hawar News Agency; North Press Agency)."
    assert [c.outlet for c in find_paren_outlets(text, known)] == ["Hawar News Agency", "North Press Agency"]
    # a parenthesis that names a place or an unknown body is no source
    assert find_paren_outlets("A drone struck a car near Amuda (Al-Hasakah province).", known) == []
    # nor does a name's abbreviation
    known = {"RBSS"}.__contains__
    assert find_paren_outlets("The strike was reported by Raqqa is Being Slaughtered Silently (RBSS).", known) == []


def test_an_outlet_name_with_an_article_prefixed_word() -> None:
    names = [a.name for a in find_attributions("Two fighters were killed, SOHR said; Deir ez-Zor 24 reported five.")]
    assert names == ["SOHR", "Deir ez-Zor 24"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("killing 11 people, according to the activist-run Hama Media Center.", "Hama Media Center"),
        ("The Horan Free League, a local news network, said the man was killed.", "Horan Free League"),
        ("according to the Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ],
)
def test_attributions_with_a_description_of_the_outlet(text: str, name: str) -> None:
    assert [a.name for a in find_attributions(text)] == [name]


def test_a_records_closing_sources_after_its_tag_and_a_coders_type_tag_that_names_no_outlet() -> None:
    note = "Gunmen shot dead a pharmacist in Tafas. Motive unknown. [size=no report] Sources: Horan Free League; SOHR"
    assert [c.outlet for c in find_source_lines(note, ctx=DateContext())] == ["Horan Free League", "SOHR"]
    assert find_bracket_citations("Rockets hit Kafr Nabl, killing two. [Explosions/Remote violence | Shelling]") == []


def test_a_dateline_without_its_outlet_opens_the_first_paragraph() -> None:
    text = "Gunmen strike Daraa again\n\nSyria Desk\nMarch 3, 2023\n\nAMMAN — Gunmen shot dead two men in Tafas ..."
    assert find_dateline(text) == ("Amman", "")
    text = "Title\n\nMOSUL // A car bomb went off near the university on Sunday, killing three students, police said."
    assert find_dateline(text) == ("Mosul", "")
    # a heading in capitals over a report is not one: the first paragraph must open with it
    assert find_dateline("IRAQ\n\nA roadside bomb hit a patrol near Tarmiyah on Monday, police said.") is None


def test_a_feed_lines_closing_dash_credits_its_outlet() -> None:
    line = "16:05 — Drone hits a car near Darbasiyah, 2 killed – North Press"
    [c] = find_dash_outlets(line, lambda name: name == "North Press")
    assert c.outlet == "North Press"
    assert find_dash_outlets("Clashes near Manbij – details to follow", lambda name: False) == []


def test_a_long_description_before_the_closing_date_keeps_its_citation() -> None:
    text = (
        "ISIS claimed the attack (Telegram channel of the Islamic State's so-called Wilayat al-Iraq, probably run from "
        "the Hamrin mountains, March 4, 2021)."
    )
    (citation,) = find_citations(text, ctx=DateContext(published=dt.date(2021, 3, 10)))
    assert (citation.outlet, citation.date) == ("Telegram channel of the Islamic State's so-called Wilayat al-Iraq",
                                                dt.date(2021, 3, 4))


def test_a_monitor_with_a_which_clause_and_a_rescue_group_that_puts_the_toll_are_tellers() -> None:
    from mesint.extract.sources import find_attributions

    found = find_attributions(
        "The UK-based Observatory, which tracks the war through activists, said six people died. The White Helmets "
        "rescue group put the toll at nine."
    )
    assert [a.name for a in found] == ["Observatory", "White Helmets"]


def test_an_outlet_named_today_is_no_outlet_and_its_day() -> None:
    text = "A sticky bomb went off in Husseiniya on May 6, wounding its owner (Baghdad Today)."
    assert [c.outlet for c in find_citations(text, ctx=CTX)] == []
    assert [c.outlet for c in find_citations("The army said so (SANA, Yesterday).", ctx=CTX)] == ["SANA"]


def test_every_lead_word_and_verb_of_an_attribution_holds_a_word_of_its_gate():
    """find_attributions searches only a text that holds one of _ATTRIBUTION_WORDS: each word that opens or closes an
    attribution must hold one."""
    import re

    from mesint.extract import sources

    pattern = sources._ATTRIBUTION.pattern
    lead = re.search(r"\(\?:(\[Aa\]ccording to\|[^)]*)\)", pattern)
    assert lead is not None
    # (the verbs that close the second and the third branch)
    verbs = [g for g in re.findall(r"\(\?:((?:[a-z]+\|){5,}[a-z]+)\)\\b", pattern) if "said" in g.split("|")]
    assert len(verbs) == 2
    words = [re.sub(r"\[(\w)\w\]", r"\1", w).lower() for w in lead.group(1).split("|")]
    words += [v for group in verbs for v in group.split("|")]
    assert "according to" in words and "per" in words and "documents" in words
    for word in words:
        assert any(g in word for g in sources._ATTRIBUTION_WORDS), word
