"""A report's own abbreviation list, in the one-line and the block form."""

from mesint.read.glossary import find_glossary, glossary_span


def test_one_line_list() -> None:
    text = "WEEKLY\n\nAbbreviations: IA – Iraqi Army; IDF – indirect fire; KIA/WIA – killed/wounded in action.\n\nBody."
    assert find_glossary(text) == {"IA": "Iraqi Army", "IDF": "indirect fire", "KIA/WIA": "killed/wounded in action"}
    span = glossary_span(text)
    assert span is not None and text[span[0] : span[1]].startswith("Abbreviations:")


def test_block_under_a_heading_ends_at_the_first_line_that_defines_nothing() -> None:
    text = "Glossary\nSAF = small arms fire\nVBIED - vehicle-borne IED\n\nOn 3 May, SAF was reported in Hit."
    assert find_glossary(text) == {"SAF": "small arms fire", "VBIED": "vehicle-borne IED"}


def test_a_report_without_a_list_defines_nothing() -> None:
    assert find_glossary("ISIS – the group – attacked Hit. IED – a bomb – went off.") == {}


def test_the_lead_word_is_found_in_any_case_and_with_letters_that_fold_to_its_own() -> None:
    # (the lower-cased text's substring test rules a report out only where it is exact: "ſ" folds to "s" in the
    # search, not in ``str.lower``)
    for lead in ("ABBREVIATIONS:", "Key to abbreviations:", "Acronyms -", "Abbreviationſ:"):
        text = f"WEEKLY\n\n{lead} IA – Iraqi Army; IDF – indirect fire.\n\nBody."
        span = glossary_span(text)
        assert span is not None and text[span[0] : span[1]].startswith(lead), lead
        assert find_glossary(text) == {"IA": "Iraqi Army", "IDF": "indirect fire"}, lead
