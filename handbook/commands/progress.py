"""``handbook progress profiles|export|import|backup|restore|csv``: a facilitator's progress from the terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.core import words
from handbook.core.errors import HandbookError
from handbook.core.filenames import safe_file_name
from handbook.core.paths import DataDir, resolve_data_dir

if TYPE_CHECKING:
    from handbook.core.progress.profiles import Profile, Profiles, Recovery


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "progress",
        help="export, import, back up or restore a facilitator's progress; a CSV summary for trainers",
        description="Work with the progress kept for each profile (facilitator) in the data folder. "
        "Use the global --data-dir before 'progress' to choose another data folder.",
    )
    actions = parser.add_subparsers(dest="progress_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=description)
        return sub

    def profile_option(sub: argparse.ArgumentParser, extra: str = "") -> None:
        sub.add_argument(
            "--profile", "-p", metavar="NAME",
            help="the profile's name (default: the one opened last, or the only one)" + extra,
        )  # fmt: skip

    listing = add("profiles", "list the profiles and how far each is", "List every profile of the data folder.")
    listing.set_defaults(func=run_profiles)

    export = add(
        "export", "write a profile's progress to one file",
        "Write a profile's progress (lessons, answers, ticks, notes) to one JSON file, e.g. to carry it "
        "to another computer and import it there.",
    )  # fmt: skip
    profile_option(export)
    export.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="where to write (default: handbook-progress-<profile>-<date>.json here)",
    )
    export.set_defaults(func=run_export)

    importer = add(
        "import", "merge a progress file into a profile",
        "Merge an exported progress file into a profile: for each lesson the newer record wins. "
        "The profile is backed up first; a file that is not valid changes nothing.",
    )  # fmt: skip
    importer.add_argument("file", type=Path, help="the file made by 'handbook progress export'")
    profile_option(importer, "; if not given, the profile named in the file, made if missing")
    importer.set_defaults(func=run_import)

    backup = add(
        "backup", "back up a profile's progress now", "Copy a profile's progress file into its backups folder now."
    )
    profile_option(backup)
    backup.add_argument("--all", action="store_true", help="back up every profile")
    backup.set_defaults(func=run_backup)

    restore = add(
        "restore", "list a profile's backups or restore one",
        "Without BACKUP, list the backups of a profile, newest first. With BACKUP (a number from the "
        "list, 'latest', or a file), put that backup in place; the current progress is backed up first.",
    )  # fmt: skip
    restore.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a number from the list, 'latest', or a backup file"
    )
    profile_option(restore)
    restore.set_defaults(func=run_restore)

    summary = add(
        "csv", "a CSV summary of progress for a trainer",
        "Write one row per profile and lesson: status, minutes spent, self-check score and pass, whether "
        "there is a note. Opens in any spreadsheet.",
    )  # fmt: skip
    summary.add_argument("--profile", "-p", metavar="NAME", help="only this profile (default: every profile)")
    summary.add_argument("--output", "-o", type=Path, metavar="FILE", help="where to write (default: print it)")
    summary.add_argument("--pack", type=Path, metavar="DIR", help="the course folder (default: the bundled course)")
    summary.set_defaults(func=run_csv)


def _data(args: argparse.Namespace) -> DataDir:
    return DataDir(resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False)))


def _last_profile(data: DataDir) -> str:
    from handbook.core.settings import Settings

    if not data.settings_file.exists():
        return ""
    settings = Settings(data.settings_file)
    if settings.notice:
        print(f"warning: {settings.notice}", file=sys.stderr)
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


def _print_recovery(recovery: Recovery | None) -> None:
    if recovery is not None:
        print(f"warning: {recovery.message()}", file=sys.stderr)


def run_profiles(args: argparse.Namespace) -> int:
    from handbook.core.progress.profiles import Profiles
    from handbook.core.progress.record import DONE
    from handbook.core.progress.store import read_progress_file

    data = _data(args)
    profiles = Profiles(data).list()
    if not profiles:
        print(f"No profiles in {data.profiles} yet; open Handbook to make one.")
        return 0
    last = _last_profile(data)
    for profile in profiles:
        try:
            loaded = read_progress_file(profile.progress_file)
            records = list(loaded.records.values()) if loaded else []
            done = sum(1 for record in records if record.status == DONE)
            facts = f"{words.count(done, 'item')} done, {len(records)} with progress"
        except HandbookError as exc:
            facts = f"cannot be read: {exc.message}"
        marker = " (opened last)" if profile.folder == last else ""
        print(f"{profile.name}{marker}\tfolder: {profile.folder}\t{facts}")
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
    from handbook.core.i18n import translate

    said = (
        translate("progress", "Exported 1 record of {name} to {file}")
        if count == 1
        else translate("progress", "Exported {count} records of {name} to {file}")
    )
    print(said.format(count=count, name=profile.name, file=target))
    if store.set_aside_problems:  # read only: the app (or the next command that may write) sets them aside
        problems = store.set_aside_problems
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        print(
            f"warning: {profile.progress_file}: some of it could not be read and was left out: "
            f"{'; '.join(problems[:3])}{more}",
            file=sys.stderr,
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.progress.transfer import describe_merge, import_progress, read_export
    from handbook.core.resources import bundled_pack_dir

    data = _data(args)
    export = read_export(args.file)  # checked before anything else happens
    with _locked(data, "import progress"):
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
    made = " (a new profile)" if created else ""
    print(f"Imported {args.file} into {profile.name}{made}.")
    for line in describe_merge(report, load_pack(bundled_pack_dir())):
        print(f"  {line}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    data = _data(args)
    with _locked(data, "back up progress"):
        return _backup(args, data)


def _backup(args: argparse.Namespace, data: DataDir) -> int:
    from handbook.core.progress.backup import backup_now, make_backup

    if args.all:
        made = backup_now("manual", data.root)
        for made_backup in made:
            print(f"Backed up to {made_backup.path}")
        if not made:
            print("There is no progress to back up yet.")
        return 0
    _profiles, profile = _choose(args, data)
    backup = make_backup(profile.progress_file, "manual", always=True)
    if backup is None:
        print(f"{profile.name} has no progress file to back up yet.")
    else:
        print(f"Backed up {profile.name} to {backup.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from handbook.core.progress.backup import list_backups, restore_backup

    data = _data(args)
    _profiles, profile = _choose(args, data)
    backups = list_backups(profile.backups_dir)
    if not args.backup:
        if not backups:
            print(f"{profile.name} has no backups yet.")
            return 0
        print(f"Backups of {profile.name}, newest first (restore one with: handbook progress restore NUMBER):")
        for number, backup in enumerate(backups, start=1):
            print(f"{number:>4}  {backup.label}\t{backup.path.name}")
        return 0
    choice: str = args.backup
    if choice == "latest":
        if not backups:
            raise HandbookError(f"{profile.backups_dir}: {profile.name} has no backups to restore.")
        source = backups[0].path
    elif choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(backups):
            raise HandbookError(
                f"There is no backup number {number}; run 'handbook progress restore' to list the "
                f"{words.count(len(backups), 'backup')} of {profile.name}."
            )
        source = backups[number - 1].path
    else:
        source = Path(choice)
        if not source.is_file():
            raise HandbookError(f"{source}: there is no such backup file.")
    with _locked(data, "restore a backup"):
        safety = restore_backup(profile.progress_file, source)
    print(f"Restored {profile.name} from {source}")
    if safety is not None:
        print(f"The progress it replaced was backed up to {safety.path}")
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
        print(f"Wrote {words.count(len(rows), 'profile')} to {args.output}")
    else:
        sys.stdout.write(text)
    return 0
