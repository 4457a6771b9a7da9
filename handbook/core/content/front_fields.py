"""Typed fields of a file's front matter (text, numbers, choices, lists), each held to the content caps."""

from __future__ import annotations

from handbook.core.content.frontmatter import SourceFile
from handbook.core.content.limits import CONTENT_LIMITS, control_character, excerpt
from handbook.core.errors import Problem
from handbook.core.i18n import format_number, translate


class FieldReader:
    """Reads typed fields from front matter, collecting a Problem for each bad one.

    Every value is held to CONTENT_LIMITS, and a message quotes at most a short excerpt of it.
    """

    def __init__(self, source: SourceFile, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        self.ok = True

    def problem(self, key: str, message: str) -> None:
        self.ok = False
        self.problems.append(Problem(self.source.path, self.source.line_of(key), message))

    def _fits(self, key: str, value: str, *, long: bool) -> bool:
        """Whether a text value is short enough and free of control characters; reports it if not."""
        limit = CONTENT_LIMITS.long_value_chars if long else CONTENT_LIMITS.short_value_chars
        if len(value) > limit:
            message = (
                translate(
                    "content",
                    "'{key}' is {count} characters long; the most allowed is {limit}. Shorten it or move the text into the page.",
                )
                if long
                else translate(
                    "content", "'{key}' is {count} characters long; the most allowed is {limit}. Shorten it."
                )
            )
            self.problem(key, message.format(key=key, count=format_number(len(value)), limit=format_number(limit)))
            return False
        # Line breaks are fine in a long text (a YAML '>' block); nothing else a terminal acts on.
        bad = control_character(value.replace("\n", " ").replace("\t", " ") if long else value)
        if bad:
            self.problem(
                key,
                translate("content", "'{key}' holds the control character {character}; remove it.").format(
                    key=key, character=bad
                ),
            )
            return False
        return True

    def text(self, key: str, *, required: bool = True, default: str = "", long: bool = False) -> str:
        """A text value; ``long`` for a summary or a description, short (a title, an id) otherwise."""
        value = self.source.meta.get(key)
        if value is None:
            if required:
                self.problem(
                    key,
                    translate("content", "'{key}' is missing; add a line '{key}: ...' to the front matter.").format(
                        key=key
                    ),
                )
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(
                key, translate("content", "'{key}' must be text, for example '{key}: Welcome'.").format(key=key)
            )
            return default
        if not self._fits(key, value.strip(), long=long):
            return default
        return value.strip()

    def whole_number(
        self, key: str, *, required: bool = True, default: int = 0, low: int = 0, high: int = 1_000_000
    ) -> int:
        value = self.source.meta.get(key)
        if value is None:
            if required:
                self.problem(
                    key,
                    translate("content", "'{key}' is missing; add a line '{key}: 10' (a whole number).").format(
                        key=key
                    ),
                )
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(
                key,
                translate("content", "'{key}' must be a whole number from {low} to {high}, not {value}.").format(
                    key=key, low=format_number(low), high=format_number(high), value=excerpt(value)
                ),
            )
            return default
        return value

    def choice(self, key: str, allowed: tuple[str, ...], *, default: str) -> str:
        value = self.source.meta.get(key)
        if value is None:
            self.problem(
                key,
                translate("content", "'{key}' is missing; use one of: {choices}.").format(
                    key=key, choices=", ".join(allowed)
                ),
            )
            return default
        if not isinstance(value, str) or value not in allowed:
            self.problem(
                key,
                translate("content", "'{key}' is {value}; use one of: {choices}.").format(
                    key=key, value=excerpt(value), choices=", ".join(allowed)
                ),
            )
            return default
        return value

    def text_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.source.meta.get(key)
        if value is None:
            if required:
                self.problem(
                    key, translate("content", "'{key}' is missing; add '{key}: []' or a list.").format(key=key)
                )
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(item, (str, int, float)) and not isinstance(item, bool) for item in value
        ):
            self.problem(
                key,
                translate("content", "'{key}' must be a list of text, for example '{key}: [pens, paper]'.").format(
                    key=key
                ),
            )
            return ()
        if len(value) > CONTENT_LIMITS.list_values:
            self.problem(
                key,
                translate("content", "'{key}' lists {count} items; the most allowed is {limit}.").format(
                    key=key, count=format_number(len(value)), limit=format_number(CONTENT_LIMITS.list_values)
                ),
            )
            return ()
        items = tuple(str(item).strip() for item in value)
        if not all(self._fits(key, item, long=True) for item in items):
            return ()
        return items

    def number_range(
        self, key: str, *, required: bool = True, low: int = 0, high: int = 1_000_000
    ) -> tuple[int, int] | None:
        """A whole number or a [min, max] pair."""
        value = self.source.meta.get(key)
        if value is None:
            if required:
                self.problem(
                    key,
                    translate("content", "'{key}' is missing; add '{key}: 10' or '{key}: [5, 15]'.").format(key=key),
                )
            return None

        def fits(number: object) -> bool:
            return isinstance(number, int) and not isinstance(number, bool) and low <= number <= high

        if fits(value):
            return (value, value)
        if isinstance(value, list) and len(value) == 2 and all(fits(v) for v in value) and value[0] <= value[1]:
            return (value[0], value[1])
        self.problem(
            key,
            translate(
                "content",
                "'{key}' must be a whole number or [min, max] with min <= max, from {low} to {high}, not {value}.",
            ).format(key=key, low=format_number(low), high=format_number(high), value=excerpt(value)),
        )
        return None

    def unknown_keys(self, known: tuple[str, ...]) -> None:
        for key in self.source.meta:
            if key not in known:
                self.problems.append(
                    Problem(
                        self.source.path,
                        self.source.line_of(str(key)),
                        translate(
                            "content", "unknown field {field} (known fields: {known}); check the spelling."
                        ).format(field=excerpt(key), known=", ".join(known)),
                        "warning",
                    )
                )
