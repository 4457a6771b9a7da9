"""A loaded pack as plain JSON data and back, every field's type checked on the way in.

The start-up cache keeps packs this way instead of pickling them: the cache sits in the data
folder, which travels on USB sticks between public computers, and unpickling a planted file runs
its code. Decoding is driven by the dataclasses' own type hints, so a field added to a content
class is cached without a change here; a value of the wrong type is a ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from handbook.core.content.model import Pack

Decoder = Callable[[Any], Any]
_decoders: dict[object, Decoder] = {}


def encode(value: Any) -> Any:
    """Plain JSON data for a pack (or any value in one): dataclasses become tables, tuples lists, paths text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode_pack(data: Any) -> Pack:
    """The pack ``encode`` made, checked field by field; ValueError if anything is not as the classes say."""
    pack: Pack = decoder_for(Pack)(data)
    return pack


def decoder_for(hint: object) -> Decoder:
    found = _decoders.get(hint)
    if found is None:
        found = _decoders[hint] = _make_decoder(hint)
    return found


def _wrong(expected: str, raw: Any) -> ValueError:
    return ValueError(f"expected {expected}, found {type(raw).__name__}")


def _scalar(kind: type) -> Decoder:
    def decode(raw: Any) -> Any:
        if type(raw) is not kind:
            raise _wrong(kind.__name__, raw)
        return raw

    return decode


def _path(raw: Any) -> Path:
    if type(raw) is not str:
        raise _wrong("a path", raw)
    return Path(raw)


def _none(raw: Any) -> None:
    if raw is not None:
        raise _wrong("nothing", raw)


def _make_decoder(hint: object) -> Decoder:
    if hint in (str, int, bool, float):
        assert isinstance(hint, type)
        return _scalar(hint)
    if hint is Path:
        return _path
    if hint is type(None):
        return _none
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _union([decoder_for(arg) for arg in args])
    if origin in (list, tuple):
        return _sequence(origin, args)
    if origin is dict:
        return _table(args[0], args[1])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass(hint)
    raise TypeError(f"no JSON form for {hint!r}")


def _union(options: list[Decoder]) -> Decoder:
    def decode(raw: Any) -> Any:
        for option in options:
            try:
                return option(raw)
            except ValueError:
                continue
        raise ValueError(f"a value of the wrong kind ({type(raw).__name__})")

    return decode


def _sequence(origin: object, args: tuple[Any, ...]) -> Decoder:
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        items = [decoder_for(arg) for arg in args]

        def fixed(raw: Any) -> tuple[Any, ...]:
            if type(raw) is not list or len(raw) != len(items):
                raise _wrong(f"a list of {len(items)}", raw)
            return tuple(item(value) for item, value in zip(items, raw, strict=True))

        return fixed
    make: Callable[[Any], Any] = tuple if origin is tuple else list
    if args[0] in (str, int):  # a pack's lists of words and numbers: their items checked in one C-level pass
        kinds = {args[0]}

        def plain(raw: Any) -> Any:
            if type(raw) is not list:
                raise _wrong("a list", raw)
            if raw and not set(map(type, raw)) <= kinds:
                raise ValueError(f"a list with an item that is not {args[0].__name__}")
            return make(raw)

        return plain
    item = decoder_for(args[0])

    def decode(raw: Any) -> Any:
        if type(raw) is not list:
            raise _wrong("a list", raw)
        return make(item(value) for value in raw)

    return decode


def _table(key_hint: object, value_hint: object) -> Decoder:
    if key_hint is str and value_hint is int:  # a page's key lines: every page has a few, checked without calls

        def plain(raw: Any) -> dict[Any, Any]:
            if type(raw) is not dict:
                raise _wrong("a table", raw)
            for key, value in raw.items():
                if type(key) is not str or type(value) is not int:
                    raise ValueError("a table of the wrong kind")
            return dict(raw)

        return plain
    key, value = decoder_for(key_hint), decoder_for(value_hint)

    def decode(raw: Any) -> dict[Any, Any]:
        if type(raw) is not dict:
            raise _wrong("a table", raw)
        return {key(k): value(v) for k, v in raw.items()}

    return decode


def _dataclass(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    init = [f.name for f in dataclasses.fields(cls) if f.init]
    names = set(init)
    # Text and whole numbers, most of a pack's fields, are checked here in the loop: a call each for
    # 2,000 lessons' fields is a good part of a big pack's start-up.
    plain = [(name, hints[name]) for name in init if hints[name] in (str, int)]
    other = [(name, decoder_for(hints[name])) for name in init if hints[name] not in (str, int)]

    def decode(raw: Any) -> Any:
        if type(raw) is not dict or raw.keys() != names:
            raise ValueError(f"not a {cls.__name__}")
        values = {}
        for name, kind in plain:
            value = raw[name]
            if type(value) is not kind:
                raise _wrong(kind.__name__, value)
            values[name] = value
        for name, field in other:
            values[name] = field(raw[name])
        return cls(**values)

    return decode
