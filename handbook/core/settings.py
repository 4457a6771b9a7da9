"""App settings, declared once: name, type, default and description; everything else derives from that."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbook.core.i18n import translate
from handbook.core.log import get_logger
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

MAX_SETTINGS_BYTES = 256 * 1024
log = get_logger("settings")


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str


SCHEMA: tuple[Setting, ...] = (
    Setting("zoom", int, 0, "Reader text size steps above (+) or below (-) the normal size."),
    Setting("last_page", str, "", "The page open when the app was closed (pack path)."),
    Setting("active_pack", str, "", "The id of the pack in use; empty for the bundled pack."),
    Setting("last_profile", str, "", "The profile opened at the last start."),
    Setting("confirm_external_links", bool, True, "Ask before opening a web link in the browser."),
    Setting("theme", str, "system", "Colours: system (as the computer is set), light, dark or high-contrast."),
    Setting("page_size", str, "", "Paper size for printing: A4 or Letter; empty follows the locale."),
    Setting("print_language", str, "", "Language of the printed forms and plans (e.g. es); empty: the app's."),
    Setting("pack_feeds", list, [], "Pack feeds to check for updates: web addresses or folders (a list of text)."),
)
_BY_NAME = {setting.name: setting for setting in SCHEMA}


class Settings:
    """settings.json in the data dir. Unknown or mistyped values fall back to the default."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._values: dict[str, Any] = {}
        self.moved_aside: Path | None = None
        self.notice = ""  # a sentence for the person when the file could not be used
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = read_json_object(self.path, max_bytes=MAX_SETTINGS_BYTES)
        except (OSError, ValueError) as exc:
            self._set_aside(str(exc))
            return
        for name, value in data.items():
            setting = _BY_NAME.get(name)
            if setting is not None and isinstance(value, setting.type):
                self._values[name] = value

    def _set_aside(self, problem: str) -> None:
        try:
            self.moved_aside = move_aside(self.path)
        except OSError as exc:
            self.notice = translate(
                "settings", "{file}: cannot be used ({problem}) or moved aside ({reason}); default settings are used."
            ).format(file=self.path, problem=problem, reason=exc.strerror)
        else:
            self.notice = translate(
                "settings",
                "{file}: cannot be used ({problem}); it was kept as {name} and the default settings are used.",
            ).format(file=self.path, problem=problem, name=self.moved_aside.name)
        log.warning("%s", self.notice)

    def get(self, name: str) -> Any:
        return self._values.get(name, _BY_NAME[name].default)

    def set(self, name: str, value: Any) -> None:
        setting = _BY_NAME[name]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {name} must be {setting.type.__name__}")
        if self._values.get(name, setting.default) == value and name in self._values:
            return
        self._values[name] = value
        self.save()

    def save(self) -> None:
        atomic_write_json(self.path, self._values)
