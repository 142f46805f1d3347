"""Knowledge kept as data: the actor alias table and the news-outlet registry, loaded once and cached."""

from mesint.knowledge.actors import ActorEntry, ActorMatch, ActorTable, load_actor_table
from mesint.knowledge.outlets import Outlet, OutletTable, load_outlets

__all__ = [
    "ActorEntry",
    "ActorMatch",
    "ActorTable",
    "Outlet",
    "OutletTable",
    "load_actor_table",
    "load_outlets",
]
