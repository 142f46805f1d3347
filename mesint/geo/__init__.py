"""Geocoding for Iraq and Syria: the bundled gazetteer and location-phrase resolution.

>>> from mesint.geo import load_gazetteer, resolve_location
>>> load_gazetteer().canonical_admin1("Salahuddin")
'Salah al-Din'
"""

from mesint.geo.gazetteer import Candidate, Gazetteer, NameHit, load_gazetteer
from mesint.geo.resolve import Resolution, resolve_location

__all__ = ["Candidate", "Gazetteer", "NameHit", "Resolution", "load_gazetteer", "resolve_location"]
