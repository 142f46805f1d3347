"""A report's own structure: headings, bullets, province prefixes, captions."""

from mesint.read.structure import read_items
from mesint.vocab import ItemKind

DIGEST = """WEEKLY DIGEST (March 1 – 7, 2020)

Main developments in Iraq
Attacks by ISIS
  • Following are the highlights:
    • Kirkuk Province: An IED exploded near a police patrol (Al-Sumaria News, March 2, 2020).
    • Salah al-Din Province: The killing of a shepherd near Tuz Khurmatu (Shabakat Shumukh, March 3, 2020).
A picture of the patrol vehicle (Al-Sumaria News, March 2, 2020)
A picture of the patrol vehicle (Al-Sumaria News, March 2, 2020)
"""


def test_headings_sections_and_province_prefixes() -> None:
    items = read_items(DIGEST, "d")
    kinds = [i.kind for i in items]
    assert kinds[0] == ItemKind.HEADING  # the title line
    bullets = [i for i in items if i.depth == 5]  # list items: 1 + their indentation
    assert [b.admin1 for b in bullets] == ["Kirkuk", "Salah al-Din"]
    assert bullets[0].section == ("Main developments in Iraq", "Attacks by ISIS")
    assert all(b.kind == ItemKind.INCIDENT for b in bullets)
    assert DIGEST[bullets[0].span.start : bullets[0].span.end] == bullets[0].text


def test_an_introductory_bullet_and_repeated_captions_are_not_incidents() -> None:
    items = read_items(DIGEST, "d")
    intro = next(i for i in items if i.text.startswith("Following"))
    assert intro.kind == ItemKind.BACKGROUND
    captions = [i for i in items if i.text.startswith("A picture")]
    assert len(captions) == 2 and all(c.kind == ItemKind.CAPTION for c in captions)


def test_paragraph_reports_make_one_item_per_paragraph() -> None:
    text = (
        "IRAQ MONITOR\n\nOn 9 May 2021, gunmen shot dead an activist in Karbala.\n\n"
        "On 10 May 2021, a rocket hit a base.\n"
    )
    items = [i for i in read_items(text) if i.kind == ItemKind.INCIDENT]
    assert [i.text[:9] for i in items] == ["On 9 May ", "On 10 May"]


def test_overview_section_is_background() -> None:
    text = (
        "TITLE\n\nMain events of the week\n  • ISIS attacked a village.\n  • The army shelled a town.\n\n"
        "Iraq\nDetails\n  • On May 2, 2020, ISIS attacked a village.\n"
    )
    items = read_items(text)
    summary = [i for i in items if i.text == "ISIS attacked a village."]
    assert summary and summary[0].kind == ItemKind.BACKGROUND


def test_a_bullet_that_says_the_main_events_follow_introduces_them_not_an_overview() -> None:
    text = (
        "WEEKLY DIGEST (March 1 – 7, 2020)\n\nMain developments in Iraq\n"
        "  • Following are the main events of the past week:\n"
        "    • Nineveh Province: ISIS operatives shot dead a mukhtar near Qayyarah (Shafaq News, March 3, 2020).\n"
        "  • Following is an overview of the situation in Syria:\n"
        "    • The SDF continued its advance on Hajin.\n"
    )
    kinds = {i.text[:20]: i.kind for i in read_items(text)}
    assert kinds["Nineveh Province: IS"] == ItemKind.INCIDENT
    assert kinds["The SDF continued it"] == ItemKind.BACKGROUND


def test_a_markdown_table_is_data_not_incidents() -> None:
    text = (
        "Weekly tally\n\n| date | place | incident |\n|---|---|---|\n"
        "| 3 May 2021 | Tarmiyah, Baghdad governorate | Gunmen attacked an army checkpoint near the town and "
        "killed two soldiers before fleeing into the orchards. |\n\n"
        "On 4 May 2021, an IED wounded two soldiers near Baiji.\n"
    )
    kinds = [(i.kind, i.text[:6]) for i in read_items(text)]
    assert (ItemKind.INCIDENT, "On 4 M") in kinds
    assert all(k is not ItemKind.INCIDENT for k, t in kinds if t.startswith("|"))


def test_paragraphs_with_bold_lead_ins_in_a_report_with_some_bullets_are_items() -> None:
    text = (
        "# Situation report: 4 - 10 May 2015\n\n## Key points\n\n"
        "- Fighting continued around Baiji refinery throughout the week, with no change in control.\n"
        "- Government forces held their positions in Ramadi despite repeated attacks.\n"
        "- We assess that IS will keep pressing on Ramadi in the coming weeks.\n\n"
        "## Iraq\n\n### Anbar\n\n"
        "**Ramadi.** Two suicide car bombs struck army positions north of Ramadi on Thursday, killing nine "
        "soldiers.\n\n"
        "**Outlook.** The tribes again asked Baghdad for weapons.\n\n"
        "- Police and tribal fighters fought off an IS push on Husaybah on 8 May 2015.\n\n"
        "### Hasakah\n\n"
        "**Hasakah.** IS militants attacked Kurdish positions south of Al-Hasakah city on 7 May.\n\n"
        "**Air strikes.** A day later, regime warplanes hit Busra al-Sham, killing five civilians.\n\n"
        "- Tribal elders met the governor.\n"
    )
    kinds = {i.text.split(".")[0]: i.kind for i in read_items(text, "d")}
    assert kinds["**Ramadi"] is ItemKind.INCIDENT  # a weekday of the report's week dates it
    assert kinds["**Outlook"] is ItemKind.BACKGROUND  # no day: a section's summary
    # a day of the week's own ("on 7 May", "A day later"), even over a list
    assert kinds["**Hasakah"] is ItemKind.INCIDENT and kinds["**Air strikes"] is ItemKind.INCIDENT


def test_bullets_under_key_judgements_are_the_writers_assessment() -> None:
    text = (
        "WEEKLY SECURITY REPORT\n\n"
        "Incidents\n\n"
        "- Anbar – 3 May: An IED struck an army patrol near Rutba.\n\n"
        "Key Judgements\n\n"
        "- IS cells will keep attacking army patrols in the western desert.\n"
    )
    kinds = {i.text.split(":")[0].split(" ")[0]: i.kind for i in read_items(text, "d")}
    assert kinds["Anbar"] is ItemKind.INCIDENT
    assert kinds["IS"] is ItemKind.ASSESSMENT


def test_a_numbered_section_title_ends_the_summary_above_it() -> None:
    text = (
        "WEEKLY UPDATE\n\nOverview\nA week of shelling in the north and arrests in the south.\n\n"
        "1. The north (Idlib, Aleppo)\n\n"
        "Government artillery shelled Sarmin on 4 May, wounding two civilians.\n\n"
        "2. The south\n\nGunmen shot dead a former rebel commander in Tafas on 5 May.\n"
    )
    items = read_items(text)
    kinds = {i.text: i.kind for i in items}
    assert kinds["A week of shelling in the north and arrests in the south."] is ItemKind.BACKGROUND
    assert kinds["The north (Idlib, Aleppo)"] is ItemKind.HEADING
    shelled = next(i for i in items if i.text.startswith("Government artillery"))
    assert shelled.kind is ItemKind.INCIDENT
    assert shelled.section[-1] == "The north (Idlib, Aleppo)"
    assert next(i for i in items if i.text.startswith("Gunmen")).section[-1] == "The south"


def test_a_numbered_list_of_incidents_is_not_a_list_of_headings() -> None:
    text = (
        "Incidents\n\n1. On 4 May, government artillery shelled Sarmin, wounding two civilians.\n"
        "2. On 5 May, gunmen shot dead a former rebel commander in Tafas.\n"
    )
    items = read_items(text)
    assert [i.kind for i in items if i.text.startswith("On ")] == [ItemKind.INCIDENT, ItemKind.INCIDENT]


def test_the_bullets_under_a_key_takeaways_line_sum_up_what_is_told_below() -> None:
    text = (
        "Syria Update, 3 May 2024\n\nKey Takeaways:\n- Israel struck air defence sites near Damascus.\n"
        "- ISIS cells attacked SDF checkpoints in Deir ez-Zor.\n\nIsraeli jets struck air defence sites near "
        "al-Kiswah on 1 May, killing two soldiers.\n"
    )
    kinds = [(i.kind, i.text[:12]) for i in read_items(text)]
    assert kinds[-3:] == [
        (ItemKind.BACKGROUND, "Israel struc"),
        (ItemKind.BACKGROUND, "ISIS cells a"),
        (ItemKind.INCIDENT, "Israeli jets"),
    ]


def test_a_record_of_labelled_fields_is_one_item() -> None:
    text = (
        "INCIDENT LOG\n\nIncident code: A12\nDate: 4 May 2017\nLocation: Tabqa\nCivilians reported killed: 2\n"
        "Summary: An air strike hit a bakery in Tabqa.\nSources: SOHR\n\nIncident code: A13\nDate: 5 May 2017\n"
        "Location: Raqqa\nSummary: Shelling hit a school in Raqqa.\n"
    )
    records = [i for i in read_items(text) if i.kind == ItemKind.INCIDENT]
    assert [r.text.split("\n")[0] for r in records] == ["Incident code: A12", "Incident code: A13"]


def test_a_live_feeds_clock_stamped_lines_are_items_of_their_own() -> None:
    text = (
        "Iraq live updates – 4 March 2024\n\n"
        "07:10 — Roadside bomb hits a police patrol near Tuz Khurmatu, 2 wounded\n"
        "08:45 — Gunmen kill a shepherd in the Hamrin foothills\n"
        "09:30 – Photos: the damaged patrol car\n"
    )
    items = [i for i in read_items(text) if i.kind is not ItemKind.HEADING]
    assert [i.text[:5] for i in items] == ["07:10", "08:45", "09:30"]
    assert all(i.kind is ItemKind.INCIDENT for i in items)


def test_a_summary_line_with_its_issuer_in_brackets_is_background() -> None:
    text = (
        "Statement 4\nTwo soldiers were wounded by a mine near Rutba.\n\n"
        "Monthly tally (Operations Command): 12 killed.\n"
    )
    items = read_items(text)
    assert items[-1].kind is ItemKind.BACKGROUND


def test_key_points_over_an_incident_log_sum_it_up_but_alone_they_are_the_report() -> None:
    points = (
        "KEY POINTS\n"
        "- Clashes between the SDF and tribal fighters spread to three more villages near Dhiban.\n"
        "- Two IED attacks were recorded on the Deir ez-Zor to Hasakah road.\n\n"
    )
    log = (
        "INCIDENT LOG\n"
        "- 3 September: an IED hit an SDF patrol on the Deir ez-Zor to Hasakah road near Al-Sour. Two were wounded.\n"
    )
    with_log = read_items("EASTERN SYRIA WEEKLY\n\n" + points + log)
    assert [i.kind for i in with_log if "Clashes" in i.text or "IED attacks" in i.text] == [ItemKind.BACKGROUND] * 2
    alone = read_items("EASTERN SYRIA WEEKLY\n\n" + points)
    assert {i.kind for i in alone if "Clashes" in i.text or "IED attacks" in i.text} == {ItemKind.INCIDENT}


def test_a_map_caption_in_brackets_describes_a_picture() -> None:
    items = read_items(
        "IRAQ UPDATE\n\n[Map caption] The situation map depicts incidents between June 1 and June 7. Red dots show "
        "ISIS attacks; blue dots show ISF operations.\n\n- On June 3, ISIS attacked a checkpoint near Baiji.\n"
    )
    assert [i.kind for i in items if i.text.startswith("[Map")] == [ItemKind.CAPTION]


def test_a_daily_summary_is_the_report_not_a_summary_over_it() -> None:
    items = read_items(
        "MONITOR\nTuesday, June 4, 2024 – daily summary\n\nDeir ez-Zor:\n"
        "– Gunmen shot dead a man in the town of Al-Busayrah.\n– A landmine killed two shepherds near Al-Mayadin.\n"
    )
    assert [i.kind for i in items if i.text.startswith(("Gunmen", "A landmine"))] == [ItemKind.INCIDENT] * 2


def test_province_lines_indented_under_a_bullet_without_their_marker_are_its_sub_items() -> None:
    digest = (
        "WEEKLY DIGEST (June 3 – 9, 2021)\n\nIraq\n"
        "  • The following are the main attacks this week, by province:\n"
        "    Anbar Province: ISIS operatives attacked an army post near Rutba on June 5. One soldier was killed "
        "(Alsumaria, June 5, 2021).\n"
        "    Diyala Province: An IED went off near a police patrol north of Baqubah (Shafaq News, June 6, 2021).\n"
        "  • Al-Sham Province – Al-Khayr area: ISIS operatives shot dead an SDF member near Hajin "
        "(Amaq, June 7, 2021).\n"
    )
    items = read_items(digest, "d")
    listed = [i for i in items if i.admin1 is not None]
    assert [(i.admin1, i.kind, i.depth) for i in listed] == [
        ("Anbar", ItemKind.INCIDENT, 5),
        ("Diyala", ItemKind.INCIDENT, 5),
        ("Al-Sham", ItemKind.INCIDENT, 3),
    ]


def test_a_line_is_normalised_as_its_non_word_runs_read_as_blanks() -> None:
    # ``_norm`` (a table for an ASCII line, a split at white space for any other) gives what "\W+" read as a blank,
    # the ends stripped, gives: over every line of the test reports, and over short strings of awkward characters.
    import random
    import re
    from pathlib import Path

    from mesint.read.structure import _norm

    def plain(text: str) -> str:
        return re.sub(r"\W+", " ", text.lower()).strip()

    reports = Path(__file__).resolve().parents[1] / "reports"
    lines = [ln for p in sorted(reports.rglob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    assert lines
    for line in lines:
        assert _norm(line) == plain(line), line
    rnd = random.Random(7)
    alphabet = "aB_ 1\t\n-’“é—\u00a0\u2009\u0130\u0131\u017f\u212a\u00df\u0663\u00b2\u00bd,.\x1c\x1f\u3000xZ"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _norm(text) == plain(text), repr(text)


def test_a_word_run_is_the_normalised_line_without_its_blanks() -> None:
    # ``_word_run`` (the key ``_caption_keys`` compares first) is ``_norm`` without its blanks, so that two lines with
    # one ``_norm`` always share it: over every line of the test reports, and over short strings of awkward characters;
    # and the repeated lines found through it, and the texts ``holds`` says are among them, are those that the
    # ``_norm`` of every line finds.
    import random
    from pathlib import Path

    from mesint.read.structure import _POST_STAMP_LINE, _caption_keys, _Line, _lines, _norm, _word_run

    def plain(text: str) -> bytes:
        return _norm(text).replace(" ", "").encode("utf-8")

    def plain_keys(lines: list[_Line | None]) -> set[str]:
        seen: dict[str, int] = {}
        for line in lines:
            if line is not None and not line.bullet and len(line.text) >= 25:
                if line.text.lstrip()[:1] == "[" and _POST_STAMP_LINE.fullmatch(line.text.strip()):
                    continue
                seen[_norm(line.text)] = seen.get(_norm(line.text), 0) + 1
        return {k for k, n in seen.items() if n > 1}

    reports = Path(__file__).resolve().parents[1] / "reports"
    texts = [p.read_text(encoding="utf-8") for p in sorted(reports.rglob("*.txt"))]
    assert texts
    repeats = 0
    for text in texts:
        for line in text.splitlines():
            assert _word_run(line) == plain(line), line
        lines = _lines(text)
        keys = _caption_keys(lines)
        assert set(keys) == plain_keys(lines)
        repeats += len(keys)
        for line in lines:
            if line is not None:
                assert keys.holds(line.text) == (_norm(line.text) in keys), line.text
    assert repeats > 0
    rnd = random.Random(11)
    alphabet = "aB_ 1\t\n-’“é—\u00a0\u2009\u0130\u0131\u017f\u212a\u00df\u0663\u00b2\u00bd…‘,.\x1c\x1f\u3000xZ"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _word_run(text) == plain(text), repr(text)
