"""Closed vocabularies shared by every stage."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ItemKind(StrEnum):
    """What a piece of a report is: only incidents become events."""

    INCIDENT = "incident"
    ASSESSMENT = "assessment"
    STATEMENT = "statement"
    FORECAST = "forecast"
    DIPLOMACY = "diplomacy"
    BACKGROUND = "background"
    CAPTION = "caption"
    HEADING = "heading"
    ABROAD = "abroad"  # an incident outside Iraq and Syria ("Sinai Province: ...")


class DateBasis(StrEnum):
    """Where an event's date came from."""

    STATED = "stated"  # the item prints the date of the incident
    RELATIVE = "relative"  # "on Tuesday", "yesterday": resolved against the publication date
    SOURCE_DATE = "source_date"  # the item gives none; the cited source's date is used
    REPORT_DATE = "report_date"  # neither; the report's publication date is used


class GeoPrecision(IntEnum):
    """ACLED's geo-precision codes."""

    EXACT = 1  # the town or village itself
    NEAR = 2  # a nearby point, a part of a region, an offset from a town
    REGION = 3  # only a larger region (district, governorate) is known


EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's six event types and their sub-event types (ACLED codebook)."""

SUB_EVENT_PARENT: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}
