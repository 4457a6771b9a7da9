"""The reader's colour themes (light, dark, high contrast, or the system's) and WCAG contrast maths."""

from __future__ import annotations

import re
from string import Template

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_CONTRAST = 4.5  # WCAG 2.1 AA for body text
UI_CONTRAST = 3.0  # WCAG 2.1 AA for large text and the parts of controls and graphics one must see

# Text colours of the reader; each must read on every background below.
FOREGROUNDS = ("text", "heading", "link", "broken", "meta", "good", "bad", "warn")
# The page and the boxes drawn on it (tips, quizzes, table heads, code).
BACKGROUNDS = ("page", "box_info", "box_tip", "box_example", "box_warn", "box_good", "code", "th")
# Outlines of boxes and tables: they show where a box ends, so they count as graphics (3:1).
BORDERS = ("border", "border_good", "border_warn")

Colours = dict[str, str]

LIGHT: Colours = {
    "page": "#ffffff", "text": "#1f2328", "heading": "#12355b", "link": "#0b5cad", "broken": "#b42318",
    "meta": "#545d68", "good": "#1a6e31", "bad": "#b42318", "warn": "#9a3d06",
    "box_info": "#eef4fb", "box_tip": "#eef8ee", "box_example": "#f4f1fa", "box_warn": "#fff5e0",
    "box_good": "#e9f7ee", "code": "#f6f8fa", "th": "#e8eef5",
    "border": "#6e7781", "border_good": "#1a7f37", "border_warn": "#b54708",
}  # fmt: skip
DARK: Colours = {
    "page": "#1e1f22", "text": "#e6e8eb", "heading": "#a8ccf7", "link": "#8ab4f8", "broken": "#ff9b8f",
    "meta": "#b0b8c1", "good": "#7ee2a0", "bad": "#ff9b8f", "warn": "#f7bd6b",
    "box_info": "#1d2a38", "box_tip": "#1c3024", "box_example": "#2a2438", "box_warn": "#362a17",
    "box_good": "#1b3024", "code": "#2b2d31", "th": "#283442",
    "border": "#8b949e", "border_good": "#56c47c", "border_warn": "#d9913c",
}  # fmt: skip
HIGH_CONTRAST: Colours = {
    "page": "#000000", "text": "#ffffff", "heading": "#ffff00", "link": "#00ffff", "broken": "#ff9e9e",
    "meta": "#ffffff", "good": "#7dff7d", "bad": "#ff9e9e", "warn": "#ffd54a",
    "box_info": "#000000", "box_tip": "#000000", "box_example": "#000000", "box_warn": "#000000",
    "box_good": "#000000", "code": "#1a1a1a", "th": "#1a1a1a",
    "border": "#ffffff", "border_good": "#7dff7d", "border_warn": "#ffd54a",
}  # fmt: skip
FIXED = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def rgb(colour: str) -> tuple[int, int, int]:
    if not _HEX.fullmatch(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def hex_colour(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in (red, green, blue))


def luminance(colour: str) -> float:
    """Relative luminance as WCAG 2.1 defines it."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(colour: str) -> bool:
    # Where black text and white text would read equally well.
    return luminance(colour) < 0.179


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    a, b = rgb(colour), rgb(other)
    return hex_colour(*(x + (y - x) * amount for x, y in zip(a, b, strict=True)))


def readable(colour: str, backgrounds: list[str], minimum: float) -> str:
    """``colour``, or the nearest shade of it (towards black or white) that reaches ``minimum`` on every background."""
    pole = "#ffffff" if all(is_dark(bg) for bg in backgrounds) else "#000000"
    for step in range(21):
        candidate = mix(colour, pole, step / 20)
        if all(contrast(candidate, bg) >= minimum for bg in backgrounds):
            return candidate
    return pole


def reader_colours(theme: str, page: str | None = None, text: str | None = None, link: str | None = None) -> Colours:
    """The reader's colours for a theme; "system" starts from the page, text and link colours of the system palette.

    Whatever the system gives, every text colour is then made to read on every background.
    """
    if theme in FIXED:
        base = dict(FIXED[theme])
    else:
        page = page or "#ffffff"
        base = dict(DARK if is_dark(page) else LIGHT)
        base["page"] = page
        base["text"] = text or base["text"]
        base["link"] = link or base["link"]
    backgrounds = [base[name] for name in BACKGROUNDS]
    for name in FOREGROUNDS:
        base[name] = readable(base[name], backgrounds, TEXT_CONTRAST)
    for name in BORDERS:
        base[name] = readable(base[name], [base["page"]], UI_CONTRAST)
    return base


def fill_style_sheet(template: str, colours: Colours) -> str:
    """The reader's stylesheet with its ``$name`` colours filled in; a missing name is a bug, so it raises."""
    return Template(template).substitute(colours)
