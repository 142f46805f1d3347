"""``slot_init`` gives a frozen, slotted dataclass an ``__init__`` building the same instance as dataclass's own."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from mesint.model import DateMention, Event, Span
from mesint.slotinit import slot_init


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()


@slot_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Quick:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()


def test_the_same_parameters_defaults_and_fields() -> None:
    assert inspect.signature(_Quick.__init__).parameters.keys() == inspect.signature(_Plain.__init__).parameters.keys()
    assert [p.default for p in inspect.signature(_Quick.__init__).parameters.values()][2:] == ["x", ()]
    q = _Quick(1, c=(2,))
    assert (q.a, q.b, q.c) == (1, "x", (2,))
    assert dataclasses.astuple(q) == dataclasses.astuple(_Plain(1, c=(2,)))
    assert dataclasses.replace(q, b="y") == _Quick(1, "y", (2,))


def test_still_frozen() -> None:
    span = Span("doc", 1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    assert span == Span("doc", 1, 2) and hash(span) == hash(Span("doc", 1, 2))


def test_model_records_take_it() -> None:
    assert Span.__init__.__qualname__ == "Span.__init__"
    assert DateMention.__init__.__module__ == "mesint.model"
    assert "item_kind" in inspect.signature(Event.__init__).parameters


def test_refuses_what_it_does_not_handle() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        slot_init(WithFactory)

    @dataclasses.dataclass(frozen=True, slots=True)
    class WithPostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        slot_init(WithPostInit)
