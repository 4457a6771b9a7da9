"""``handbook progress profiles|export|import|backup|restore|csv``: a facilitator's progress from the terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core.errors import HandbookError
from handbook.core.filenames import safe_file_name
from handbook.core.i18n import translate
from handbook.core.paths import DataDir, resolve_data_dir

if TYPE_CHECKING:
    from handbook.core.progress.profiles import Profile, Profiles, Recovery


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "progress",
        help=translate(
            "progress", "export, import, back up or restore a facilitator's progress; a CSV summary for trainers"
        ),
        description=translate(
            "progress",
            "Work with the progress kept for each profile (facilitator) in the data folder. "
            "Use the global --data-dir before 'progress' to choose another data folder.",
        ),
    )
    actions = parser.add_subparsers(dest="progress_command", metavar=translate("cli", "ACTION"), required=True)

    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=description)
        return sub

    def profile_option(sub: argparse.ArgumentParser, help_text: str = "") -> None:
        sub.add_argument(
            "--profile", "-p", metavar=translate("cli", "NAME"),
            help=help_text or translate("progress", "the profile's name (default: the one opened last, or the only one)"),
        )  # fmt: skip

    listing = add(
        "profiles",
        translate("progress", "list the profiles and how far each is"),
        translate("progress", "List every profile of the data folder."),
    )
    listing.set_defaults(func=run_profiles)

    export = add(
        "export", translate("progress", "write a profile's progress to one file"),
        translate("progress", "Write a profile's progress (lessons, answers, ticks, notes) to one JSON file, e.g. to "
                  "carry it to another computer and import it there."),
    )  # fmt: skip
    profile_option(export)
    export.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("progress", "where to write (default: handbook-progress-<profile>-<date>.json here)"),
    )
    export.set_defaults(func=run_export)

    importer = add(
        "import", translate("progress", "merge a progress file into a profile"),
        translate("progress", "Merge an exported progress file into a profile: for each lesson the newer record "
                  "wins. The profile is backed up first; a file that is not valid changes nothing."),
    )  # fmt: skip
    importer.add_argument("file", type=Path, metavar=translate("cli", "FILE"),
                          help=translate("progress", "the file made by 'handbook progress export'"))  # fmt: skip
    profile_option(
        importer,
        translate("progress", "the profile's name (default: the profile named in the file, made if missing)"),
    )
    importer.set_defaults(func=run_import)

    backup = add(
        "backup",
        translate("progress", "back up a profile's progress now"),
        translate("progress", "Copy a profile's progress file into its backups folder now."),
    )
    profile_option(backup)
    backup.add_argument("--all", action="store_true", help=translate("progress", "back up every profile"))
    backup.set_defaults(func=run_backup)

    restore = add(
        "restore", translate("progress", "list a profile's backups or restore one"),
        translate("progress", "Without BACKUP, list the backups of a profile, newest first. With BACKUP (a number "
                  "from the list, 'latest', or a file), put that backup in place; the current progress is backed up "
                  "first."),
    )  # fmt: skip
    restore.add_argument(
        "backup", nargs="?", metavar=translate("cli", "BACKUP"),
        help=translate("progress", "a number from the list, 'latest', or a backup file"),
    )  # fmt: skip
    profile_option(restore)
    restore.set_defaults(func=run_restore)

    summary = add(
        "csv", translate("progress", "a CSV summary of progress for a trainer"),
        translate("progress", "Write one row per profile and lesson: status, minutes spent, self-check score and "
                  "pass, whether there is a note. Opens in any spreadsheet."),
    )  # fmt: skip
    summary.add_argument(
        "--profile",
        "-p",
        metavar=translate("cli", "NAME"),
        help=translate("progress", "only this profile (default: every profile)"),
    )
    summary.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("progress", "where to write (default: print it)"),
    )
    summary.add_argument(
        "--pack",
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate("progress", "the course folder (default: the bundled course)"),
    )
    summary.set_defaults(func=run_csv)


def _data(args: argparse.Namespace) -> DataDir:
    return DataDir(resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False)))


def _last_profile(data: DataDir) -> str:
    from handbook.core.settings import Settings

    if not data.settings_file.exists():
        return ""
    settings = Settings(data.settings_file)
    if settings.notice:
        _warn(settings.notice)
    return str(settings.get("last_profile"))


def _choose(args: argparse.Namespace, data: DataDir) -> tuple[Profiles, Profile]:
    from handbook.core.progress.profiles import Profiles

    profiles = Profiles(data)
    return profiles, profiles.choose(getattr(args, "profile", None), _last_profile(data))


@contextmanager
def _locked(data: DataDir, doing: str) -> Iterator[None]:
    """Changing a profile's file while the app has it open would lose one side's changes."""
    from handbook.instance_lock import holding_lock

    with holding_lock(data.root, doing):
        yield


def _warn(message: str) -> None:
    print(translate("cli", "warning: {message}").format(message=message), file=sys.stderr)


def _print_recovery(recovery: Recovery | None) -> None:
    if recovery is not None:
        _warn(recovery.message())


def run_profiles(args: argparse.Namespace) -> int:
    from handbook.core.progress.profiles import Profiles
    from handbook.core.progress.record import DONE
    from handbook.core.progress.store import read_progress_file

    data = _data(args)
    profiles = Profiles(data).list()
    if not profiles:
        print(
            translate("progress", "No profiles in {folder} yet; open Handbook to make one.").format(
                folder=data.profiles
            )
        )
        return 0
    last = _last_profile(data)
    for profile in profiles:
        try:
            loaded = read_progress_file(profile.progress_file)
            records = list(loaded.records.values()) if loaded else []
            done = sum(1 for record in records if record.status == DONE)
            facts = (
                translate("progress", "1 item done, {with_progress} with progress")
                if done == 1
                else translate("progress", "{done} items done, {with_progress} with progress")
            ).format(done=done, with_progress=len(records))
        except HandbookError as exc:
            facts = translate("progress", "cannot be read: {message}").format(message=exc.message)
        line = (
            translate("progress", "{name} (opened last)\tfolder: {folder}\t{facts}")
            if profile.folder == last
            else translate("progress", "{name}\tfolder: {folder}\t{facts}")
        )
        print(line.format(name=profile.name, folder=profile.folder, facts=facts))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from handbook.core.progress.store import ProgressStore
    from handbook.core.progress.transfer import export_progress

    data = _data(args)
    _profiles, profile = _choose(args, data)
    store = ProgressStore.open(profile.progress_file, read_only=True)
    target: Path = args.output or Path(
        safe_file_name(f"handbook-progress-{profile.folder}-{date.today().isoformat()}", ".json")
    )
    count = export_progress(store, target)
    said = (
        translate("progress", "Exported 1 record of {name} to {file}")
        if count == 1
        else translate("progress", "Exported {count} records of {name} to {file}")
    )
    print(said.format(count=count, name=profile.name, file=target))
    if store.set_aside_problems:  # read only: the app (or the next command that may write) sets them aside
        problems = store.set_aside_problems
        said = (
            translate("progress", "{file}: some of it could not be read and was left out: {problems} (and {more} more)")
            if len(problems) > 3
            else translate("progress", "{file}: some of it could not be read and was left out: {problems}")
        )
        _warn(said.format(file=profile.progress_file, problems="; ".join(problems[:3]), more=len(problems) - 3))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.progress.transfer import describe_merge, import_progress, read_export
    from handbook.core.resources import bundled_pack_dir

    data = _data(args)
    export = read_export(args.file)  # checked before anything else happens
    with _locked(data, translate("progress", "import progress")):
        from handbook.core.progress.profiles import Profiles

        profiles = Profiles(data)
        created = False
        if args.profile:
            profile = profiles.choose(args.profile)
        elif export.profile_name and profiles.find(export.profile_name) is None:
            profile, store = profiles.create(export.profile_name)
            store.close()
            created = True
        elif export.profile_name:
            profile = profiles.choose(export.profile_name)
        else:
            profile = profiles.choose(None, _last_profile(data))
        store, recovery = profiles.open(profile)
        _print_recovery(recovery)
        report = import_progress(store, args.file)
        store.close()
    said = (
        translate("progress", "Imported {file} into {name} (a new profile).")
        if created
        else translate("progress", "Imported {file} into {name}.")
    )
    print(said.format(file=args.file, name=profile.name))
    for line in describe_merge(report, load_pack(bundled_pack_dir())):
        print(f"  {line}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    data = _data(args)
    with _locked(data, translate("progress", "back up progress")):
        return _backup(args, data)


def _backup(args: argparse.Namespace, data: DataDir) -> int:
    from handbook.core.progress.backup import backup_now, make_backup

    if args.all:
        made = backup_now("manual", data.root)
        for made_backup in made:
            print(translate("progress", "Backed up to {file}").format(file=made_backup.path))
        if not made:
            print(translate("progress", "There is no progress to back up yet."))
        return 0
    _profiles, profile = _choose(args, data)
    backup = make_backup(profile.progress_file, "manual", always=True)
    if backup is None:
        print(translate("progress", "{name} has no progress file to back up yet.").format(name=profile.name))
    else:
        print(translate("progress", "Backed up {name} to {file}").format(name=profile.name, file=backup.path))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from handbook.core.progress.backup import list_backups, restore_backup

    data = _data(args)
    _profiles, profile = _choose(args, data)
    backups = list_backups(profile.backups_dir)
    if not args.backup:
        if not backups:
            print(translate("progress", "{name} has no backups yet.").format(name=profile.name))
            return 0
        print(
            translate(
                "progress", "Backups of {name}, newest first (restore one with: handbook progress restore NUMBER):"
            ).format(name=profile.name)
        )
        for number, backup in enumerate(backups, start=1):
            print(f"{number:>4}  {backup.label}\t{backup.path.name}")
        return 0
    choice: str = args.backup
    if choice == "latest":
        if not backups:
            raise HandbookError(
                translate("progress", "{folder}: {name} has no backups to restore.").format(
                    folder=profile.backups_dir, name=profile.name
                )
            )
        source = backups[0].path
    elif choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(backups):
            said = (
                translate(
                    "progress",
                    "There is no backup number {number}; run 'handbook progress restore' to list the one backup "
                    "of {name}.",
                )
                if len(backups) == 1
                else translate(
                    "progress",
                    "There is no backup number {number}; run 'handbook progress restore' to list the {count} "
                    "backups of {name}.",
                )
            )
            raise HandbookError(said.format(number=number, count=len(backups), name=profile.name))
        source = backups[number - 1].path
    else:
        source = Path(choice)
        if not source.is_file():
            raise HandbookError(translate("progress", "{file}: there is no such backup file.").format(file=source))
    with _locked(data, translate("progress", "restore a backup")):
        safety = restore_backup(profile.progress_file, source)
    print(translate("progress", "Restored {name} from {file}").format(name=profile.name, file=source))
    if safety is not None:
        print(translate("progress", "The progress it replaced was backed up to {file}").format(file=safety.path))
    return 0


def run_csv(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.progress.profiles import Profiles
    from handbook.core.progress.store import ProgressStore
    from handbook.core.progress.transfer import progress_csv
    from handbook.core.resources import bundled_pack_dir
    from handbook.core.storage import atomic_write_bytes

    data = _data(args)
    profiles = Profiles(data)
    chosen = [profiles.choose(args.profile)] if args.profile else profiles.list()
    rows = []
    for profile in chosen:
        store = ProgressStore.open(profile.progress_file, read_only=True)
        rows.append((store.profile_name or profile.name, store.records()))
    pack = load_pack(args.pack or bundled_pack_dir())
    text = progress_csv(pack, rows)
    if args.output:
        atomic_write_bytes(args.output, text.encode("utf-8-sig"))  # the BOM tells spreadsheets it is UTF-8
        said = (
            translate("progress", "Wrote 1 profile to {file}")
            if len(rows) == 1
            else translate("progress", "Wrote {count} profiles to {file}")
        )
        print(said.format(count=len(rows), file=args.output))
    else:
        sys.stdout.write(text)
    return 0
