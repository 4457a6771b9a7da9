"""Profiles: several facilitators on one computer, each with a progress file in a folder of their own.

A profile's name is typed by a person; its folder gets a safe name made from it, and the name
itself is kept in the progress file. Opening a profile checks its file: one that does not load
keeps its good records and sets the bad ones aside in a file beside it; one that cannot be read
at all is moved aside (never deleted) and the backup holding the most work takes its place.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.paths import BACKUPS_FOLDER, GUEST_PROFILE, OLD_PLANNER_PROFILE, PROGRESS_FILE, DataDir
from handbook.core.progress.store import ProgressFileError, ProgressStore
from handbook.core.storage import atomic_write_bytes, move_aside

if TYPE_CHECKING:
    from handbook.core.progress.backup import Backup

MAX_NAME_LENGTH = 60

_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}


class ProfileError(HandbookError):
    """A profile that cannot be made, found, renamed or deleted as asked."""


@dataclass(frozen=True)
class Profile:
    folder: str  # the folder's name under <data dir>/profiles
    name: str  # as the person typed it
    root: Path

    @property
    def progress_file(self) -> Path:
        return self.root / PROGRESS_FILE

    @property
    def backups_dir(self) -> Path:
        return self.root / BACKUPS_FOLDER


@dataclass(frozen=True)
class Recovery:
    """What happened when a profile's progress file could not be read completely at start.

    Either some records were set aside (``set_aside``: the file that keeps them) and the rest
    loaded, or the whole file could not be used (``damaged``: where it was moved) and a backup
    took its place.
    """

    profile_name: str
    problem: str
    damaged: Path | None  # where the damaged file was moved
    restored_from: Backup | None
    set_aside: Path | None = None

    def message(self) -> str:
        if self.damaged is None:
            said = (
                translate(
                    "profiles",
                    "Some of the progress of {name} could not be read ({problem}).\n\n"
                    "Everything else was loaded. What could not be read was kept in {file}; nothing was deleted.",
                )
                if self.set_aside
                else translate(
                    "profiles",
                    "Some of the progress of {name} could not be read ({problem}).\n\n"
                    "Everything else was loaded. What could not be read was kept; nothing was deleted.",
                )
            )
            return said.format(name=self.profile_name, problem=self.problem, file=self.set_aside)
        lines = [
            translate("profiles", "The progress of {name} could not be read: {problem}.").format(
                name=self.profile_name, problem=self.problem
            ),
            translate("profiles", "The damaged file was kept as {file}.").format(file=self.damaged),
        ]
        if self.restored_from is not None:
            lines.append(
                translate(
                    "profiles",
                    "Your progress was restored from the backup of {time}, the one holding the most work. "
                    "Anything you did after that is only in the damaged file.",
                ).format(time=self.restored_from.local_time)
            )
        else:
            lines.append(
                translate(
                    "profiles",
                    "No usable backup was found, so this profile starts again with no progress. "
                    "Keep the damaged file: someone who knows JSON may be able to rescue it.",
                )
            )
        return "\n".join(lines)


def check_profile_name(name: str) -> str:
    """The name as it will be kept, or ProfileError saying what to change."""
    name = " ".join(name.split())
    if not name:
        raise ProfileError(translate("profiles", "Type a name for the profile, e.g. your first name."))
    if len(name) > MAX_NAME_LENGTH:
        raise ProfileError(
            translate("profiles", "That name is too long; use at most {count} characters.").format(
                count=MAX_NAME_LENGTH
            )
        )
    if any(unicodedata.category(char).startswith("C") for char in name):
        raise ProfileError(translate("profiles", "A profile name may not contain control characters."))
    return name


def folder_name_for(name: str, taken: set[str]) -> str:
    """A folder name that is safe on every system: lowercase ASCII letters, digits and '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "profile"
    if base in _RESERVED:
        base = f"{base}-profile"
    taken_folded = {folder.lower() for folder in taken}
    candidate, number = base, 2
    while candidate in taken_folded:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def peek_profile_name(progress_file: Path) -> str:
    """The name kept in a progress file, without checking the records; '' if unreadable."""
    try:
        data = json.loads(progress_file.read_bytes().decode("utf-8"))
        name = data["_meta"]["1"]["profile"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return ""
    return name if isinstance(name, str) else ""


class Profiles:
    """The profiles of one data dir."""

    def __init__(self, data: DataDir) -> None:
        self.data = data

    @property
    def root(self) -> Path:
        return self.data.profiles

    def _folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(path for path in self.root.iterdir() if path.is_dir() and not path.name.startswith("."))

    def get(self, folder: str, *, read_name: bool = True) -> Profile | None:
        """The profile in ``folder``, or None. Without ``read_name`` its name is the folder's until opened."""
        if not folder or "/" in folder or "\\" in folder or folder.startswith("."):
            return None
        root = self.root / folder
        if not root.is_dir():
            return None
        name = peek_profile_name(root / PROGRESS_FILE) if read_name else ""
        return Profile(folder, name or folder, root)

    def list(self) -> list[Profile]:
        """Every profile, by name. Reads each file's name, so call it when a list is shown."""
        found = [
            Profile(path.name, peek_profile_name(path / PROGRESS_FILE) or path.name, path) for path in self._folders()
        ]
        return sorted(found, key=lambda profile: (profile.name.casefold(), profile.folder))

    def find(self, text: str) -> Profile | None:
        """A profile by its name (any case) or its folder name."""
        wanted = " ".join(text.split()).casefold()
        by_folder = self.get(text.strip())
        if by_folder is not None:
            return by_folder
        for profile in self.list():
            if profile.name.casefold() == wanted:
                return profile
        return None

    def create(self, name: str) -> tuple[Profile, ProgressStore]:
        name = check_profile_name(name)
        existing = self.list()
        if any(profile.name.casefold() == name.casefold() for profile in existing):
            raise ProfileError(
                translate(
                    "profiles", "There is already a profile called '{name}'. Choose it, or use another name."
                ).format(name=name)
            )
        folder = folder_name_for(name, {path.name for path in self._folders()})
        root = self.root / folder
        try:
            root.mkdir(parents=True)
        except OSError as exc:
            raise ProfileError(
                translate("profiles", "{folder}: cannot make the profile's folder ({reason}).").format(
                    folder=root, reason=exc.strerror
                )
            ) from None
        profile = Profile(folder, name, root)
        store = ProgressStore.open(profile.progress_file, profile_name=name)
        return profile, store

    def guest(self) -> Profile:
        """The shared guest profile (its folder made on first use; open it as any other), for someone who wants
        no profile of their own yet.

        A planner kept without a profile by earlier versions (in 'default') becomes the guest's.
        """

        root, old = self.root / GUEST_PROFILE, self.root / OLD_PLANNER_PROFILE
        try:
            if not root.exists() and old.is_dir() and not (old / PROGRESS_FILE).exists():
                old.rename(root)
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProfileError(
                translate("profiles", "{folder}: cannot make the guest profile's folder ({reason}).").format(
                    folder=root, reason=exc.strerror
                )
            ) from None
        return Profile(GUEST_PROFILE, peek_profile_name(root / PROGRESS_FILE) or translate("profiles", "Guest"), root)

    def rename(self, profile: Profile, new_name: str, store: ProgressStore | None = None) -> Profile:
        """Give a profile another name; its folder stays. Pass the open store if it is the open profile."""
        new_name = check_profile_name(new_name)
        for other in self.list():
            if other.folder != profile.folder and other.name.casefold() == new_name.casefold():
                raise ProfileError(
                    translate("profiles", "There is already a profile called '{name}'; choose another name.").format(
                        name=new_name
                    )
                )
        if store is None:
            owned = ProgressStore.open(profile.progress_file, profile_name=new_name)
            owned.set_profile_name(new_name)
            owned.close()
        else:
            store.set_profile_name(new_name)
        return Profile(profile.folder, new_name, profile.root)

    def delete(self, profile: Profile) -> None:
        """Delete a profile's folder: its progress, notes and backups. Ask the person first."""
        root = self.root / profile.folder
        if not root.is_dir() or root.parent != self.root:
            raise ProfileError(
                translate("profiles", "There is no profile '{name}' to delete.").format(name=profile.name)
            )
        try:
            shutil.rmtree(root)
        except OSError as exc:
            raise ProfileError(
                translate("profiles", "{folder}: could not be deleted completely ({reason}).").format(
                    folder=root, reason=exc.strerror
                )
            ) from None

    def backup_count(self, profile: Profile) -> int:
        from handbook.core.progress.backup import list_backups  # not needed to open a profile at start

        return len(list_backups(profile.backups_dir))

    def open(self, profile: Profile) -> tuple[ProgressStore, Recovery | None]:
        """Open a profile's store; a damaged file is moved aside and the newest good backup restored."""
        try:
            store = ProgressStore.open(profile.progress_file, profile_name=profile.name)
        except ProgressFileError as exc:
            problem = exc.problem
        else:
            if not store.set_aside_problems:
                return store, None
            problems = store.set_aside_problems
            more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
            summary = "; ".join(problems[:3]) + more
            name = store.profile_name or profile.name
            return store, Recovery(name, summary, None, None, store.set_aside_path)
        try:
            damaged = move_aside(profile.progress_file, "damaged")
        except OSError as exc:
            raise ProfileError(
                translate(
                    "profiles",
                    "{file}: cannot be read ({problem}) and cannot be moved aside ({reason}). "
                    "Move it somewhere safe yourself, then start Handbook again.",
                ).format(file=profile.progress_file, problem=problem, reason=exc.strerror)
            ) from None
        from handbook.core.progress.backup import best_backup  # only for a damaged file

        backup = best_backup(profile.backups_dir)
        if backup is not None:
            atomic_write_bytes(profile.progress_file, backup.path.read_bytes())
        store = ProgressStore.open(profile.progress_file, profile_name=profile.name)
        return store, Recovery(store.profile_name or profile.name, problem, damaged, backup)

    def choose(self, wanted: str | None, last: str = "") -> Profile:
        """The profile a command should use: ``wanted`` if given, else the last one, else the only one."""
        if wanted:
            found = self.find(wanted)
            if found is None:
                raise ProfileError(
                    translate("profiles", "There is no profile '{name}'. {hint}").format(
                        name=wanted, hint=self._names_hint()
                    )
                )
            return found
        last_profile = self.get(last) if last else None
        if last_profile is not None:
            return last_profile
        profiles = self.list()
        if len(profiles) == 1:
            return profiles[0]
        if not profiles:
            raise ProfileError(
                translate("profiles", "There are no profiles in {folder} yet; open Handbook once to make one.").format(
                    folder=self.root
                )
            )
        raise ProfileError(
            translate("profiles", "Say which profile with --profile NAME. {hint}").format(hint=self._names_hint())
        )

    def _names_hint(self) -> str:
        names = [profile.name for profile in self.list()]
        if not names:
            return translate("profiles", "There are no profiles yet.")
        return translate("profiles", "Profiles: {names}.").format(names=", ".join(names))
