"""The languages a course's forms, plans and activity cards can be printed in: its own and its shipped translations.

Handbook ships translations of the printable part of its built-in course beside it (content-es/, see
``resources.bundled_translations``). A translation belongs to the course whose id its own id extends with
"-<language>" (content-es/ is "learning-circles-es"), so a trainer's own course is not offered Spanish forms
that were written for another course.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from handbook.core.content.loader import PACK_FILE
from handbook.core.content.model import PackInfo
from handbook.core.storage import read_limited

# Each language named in itself, as a librarian looks for it in a list; a code not here is shown as it is.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
MAX_PACK_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class PrintLanguage:
    """A language the printouts can be in; ``folder`` is None for the course in use itself."""

    code: str
    name: str
    folder: Path | None = None


def base_language(code: str) -> str:
    """'es' for 'es', 'es-MX' or 'es_MX'."""
    return code.replace("_", "-").split("-")[0].lower()


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(base_language(code), code)


def translation_id(course_id: str, language: str) -> str:
    """The id a translation of the course ``course_id`` into ``language`` has: "learning-circles-es"."""
    return f"{course_id}-{base_language(language)}"


def _pack_id(folder: Path) -> str:
    """The id in a folder's pack.yaml, or "" when it cannot be read (then the folder is not offered)."""
    try:
        fields = yaml.safe_load(read_limited(folder / PACK_FILE, MAX_PACK_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return ""
    value = fields.get("id") if isinstance(fields, dict) else None
    return value if isinstance(value, str) else ""


def print_languages(course: PackInfo, shipped: dict[str, Path]) -> list[PrintLanguage]:
    """The course's own language first, then each shipped translation of this course in another language."""
    own = base_language(course.language or "en")
    choices = [PrintLanguage(own, language_name(own))]
    for code, folder in sorted(shipped.items()):
        code = base_language(code)
        taken = {choice.code for choice in choices}
        if code not in taken and _pack_id(folder) == translation_id(course.id, code):
            choices.append(PrintLanguage(code, language_name(code), folder))
    return choices


def default_print_language(choices: list[PrintLanguage], saved: str, app_language: str) -> PrintLanguage:
    """The language chosen last time; else the app's when there are printouts in it; else the course's own.

    A saved language that is not offered (a data folder from a computer with other translations, or from a
    course that has none) is passed over without a word: the printouts are simply in the usual language.
    """
    by_code = {choice.code: choice for choice in choices}
    for wanted in (saved, app_language):
        if wanted and base_language(wanted) in by_code:
            return by_code[base_language(wanted)]
    return choices[0]
