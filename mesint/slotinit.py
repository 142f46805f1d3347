"""A quicker ``__init__`` for frozen, slotted dataclasses: the same instance, for about a third less work.

``@dataclass(frozen=True)`` writes an ``__init__`` that stores each field with ``object.__setattr__(self, name,
value)``; in CPython 3.11 that is a slot wrapper called through a generic path (an argument tuple, a lookup of the
name on the type) once per field. In a slotted class each field is a member descriptor, whose bound ``__set__``
stores the value directly. The extraction builds small records (spans, mentions, matches) by the hundred thousand,
so ``__init__`` is a few per cent of its time.
"""

from __future__ import annotations

import dataclasses
import types
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def slot_init(cls: T) -> T:
    """Give ``cls`` (a ``@dataclass(frozen=True, slots=True)``, decorated after it) an ``__init__`` with the same
    parameters and defaults that sets each slot through its member descriptor.

    Only plain fields are taken: a ``__post_init__``, a keyword-only, ``init=False`` or ``default_factory`` field is
    refused at import, not quietly handled otherwise."""
    params = dataclasses.fields(cls)
    if not cls.__dataclass_params__.frozen or hasattr(cls, "__post_init__"):
        raise TypeError(f"slot_init: {cls.__name__} is not a frozen dataclass without __post_init__")
    namespace: dict[str, Any] = {}
    signature: list[str] = []
    body: list[str] = []
    for f in params:
        setter = getattr(cls, f.name, None)
        if (
            not isinstance(setter, types.MemberDescriptorType)
            or not f.init
            or f.kw_only
            or f.default_factory is not dataclasses.MISSING
            or f.name == "self"
        ):
            raise TypeError(f"slot_init: {cls.__name__}.{f.name} is not a plain slot field")
        namespace[f"_set_{f.name}"] = setter.__set__
        if f.default is dataclasses.MISSING:
            signature.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default  # the very object dataclass's own __init__ defaults to
            signature.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(signature)}) -> None:\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
