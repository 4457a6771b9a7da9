"""``handbook pack ...``: build, verify, install, list, remove, roll back, export, activate and import packs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.commands import pack_keys as keys
from handbook.core import words

if TYPE_CHECKING:
    from handbook.core.packs.diff import PackChanges
    from handbook.core.packs.library import PackLibrary

BUNDLED = "bundled"  # still taken for the built-in course, as earlier versions listed it; its own id is shown now


def _built_in_id() -> str:
    from handbook.core.content.loader import load_pack
    from handbook.core.resources import bundled_pack_dir

    return load_pack(bundled_pack_dir()).info.id


Command = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "pack",
        help="build, check, install and manage content packs (.hbpack files)",
        description="Build a .hbpack from a pack folder, check one, and manage the packs installed in the "
        "data folder. Put --data-dir before 'pack' to choose the data folder.",
    )
    commands = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    build = commands.add_parser(
        "build",
        help="make a .hbpack from a pack's source folder",
        description="Validate the folder, then write a .hbpack: the same folder always gives the same bytes.",
    )
    build.add_argument("dir", type=Path, help="the pack's source folder (with pack.yaml)")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the .hbpack to write")
    build.add_argument("--sign", type=Path, metavar="NAME.key", help="sign the pack with this secret key (minisign)")
    keys.add_passphrase_option(build)
    build.set_defaults(func=run_build)

    verify = commands.add_parser(
        "verify",
        help="check a .hbpack completely without installing it",
        description="Check every name, size and checksum, the manifest and the content. "
        "Exits 0 when the pack is good, 2 with the reason when it is not.",
    )
    verify.add_argument("file", type=Path, help="the .hbpack file")
    verify.add_argument("--key", type=Path, metavar="FILE.pub", help="also check the signature with this public key")
    verify.set_defaults(func=run_verify)

    install = commands.add_parser(
        "install",
        help="install a .hbpack or update an installed pack",
        description="Install a pack, or update one: an update first lists the lessons, "
        "activities and plans it adds, changes and removes, and asks.",
    )
    install.add_argument("file", type=Path, help="the .hbpack file")
    install.add_argument("--downgrade", action="store_true", help="allow installing an older version")
    install.add_argument("--yes", "-y", action="store_true", help="install an update without asking")
    install.add_argument(
        "--allow-new-signer", action="store_true", help="accept an update signed by another key than the installed one"
    )
    install.set_defaults(func=_locked(run_install, "install a pack"))

    listing = commands.add_parser(
        "list",
        help="list the installed packs",
        description="List the installed packs; '*' marks the one the app shows.",
    )
    listing.set_defaults(func=run_list)

    remove = commands.add_parser("remove", help="remove an installed pack (progress is kept)")
    remove.add_argument("id", help="the pack's id, as 'handbook pack list' shows it")
    remove.set_defaults(func=_locked(run_remove, "remove a pack"))

    rollback = commands.add_parser("rollback", help="go back to the version installed before the last update")
    rollback.add_argument("id", help="the pack's id")
    rollback.set_defaults(func=_locked(run_rollback, "roll back a pack"))

    export = commands.add_parser("export", help="write an installed pack to a .hbpack file (e.g. for a USB stick)")
    export.add_argument("id", help="the pack's id, as 'handbook pack list' shows it (the built-in course's too)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the .hbpack to write")
    export.set_defaults(func=run_export)

    activate = commands.add_parser(
        "activate",
        help="choose the pack the app shows",
        description="Choose the pack the app shows, by the id 'handbook pack list' shows (the built-in course's too).",
    )
    activate.add_argument("id", help="the pack's id")
    activate.set_defaults(func=_locked(run_activate, "choose the pack the app shows"))

    imports = commands.add_parser(
        "import",
        help="convert a Course in a Box or GitBook course into a pack folder",
        description="Convert a course from Course in a Box (Jekyll) or GitBook, a folder "
        "or a .zip download, into a pack folder. Lists what could not be converted.",
    )
    imports.add_argument("source", type=Path, metavar="DIR_OR_ZIP", help="the course folder or .zip")
    imports.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DEST_DIR",
        help="the new pack folder (must not exist yet, or be empty)",
    )
    imports.set_defaults(func=run_import)


def _locked(run: Command, doing: str) -> Command:
    """``run`` holding the data folder's lock, as the app does: refused (exit 2) while the app is open."""

    def locked(args: argparse.Namespace) -> int:
        from handbook.instance_lock import holding_lock

        with holding_lock(_data_dir(args), doing):
            return run(args)

    return locked


def _warn(library: PackLibrary) -> None:
    if library.registry.notice:
        print(f"warning: {library.registry.notice}", file=sys.stderr)


def _data_dir(args: argparse.Namespace) -> Path:
    from handbook.core.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False))


def _library(args: argparse.Namespace) -> PackLibrary:
    from handbook.core.packs.library import PackLibrary
    from handbook.core.progress.backup import backup_now

    data_dir = _data_dir(args)
    # Progress is never touched by a pack update, but a copy is kept first all the same.
    return PackLibrary(data_dir, before_update=lambda pack_id: backup_now("pack-update", data_dir))


def _size(size: int) -> str:
    from handbook.core.packs.registry import human_size

    return human_size(size)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{100 * done // total:3d}%", end="" if done < total else "\n", file=sys.stderr, flush=True)


def run_build(args: argparse.Namespace) -> int:
    from handbook.core.packs.build import build_pack

    signing_key = keys.load_signing_key(args)
    manifest = build_pack(args.dir, args.output, progress=_progress, sign_with=signing_key)
    info = manifest.info
    print(
        f"{args.output}: {info.title} {info.version} ({info.id}), {len(manifest.files)} files, "
        f"{_size(args.output.stat().st_size)}"
    )
    if signing_key is not None:
        print(f"Signed by key {signing_key.key_id_hex}.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from handbook.core.packs.verify import verify_pack

    verified = verify_pack(args.file, progress=_progress)
    info = verified.manifest.info
    pages = sum(1 for _ in verified.report.pack.pages())
    warnings = len(verified.report.warnings)
    print(
        f"{args.file}: good. {info.title} {info.version} ({info.id}, {info.language}), "
        f"{len(verified.manifest.files)} files, {pages} pages, {words.count(warnings, 'warning')}"
    )
    signature, _trusted = keys.describe_signature(args)
    print(f"Signature: {signature}.")
    return 0


def _ask(changes: PackChanges, args: argparse.Namespace) -> bool:
    from handbook.core.packs.errors import PackError

    print(changes.describe())
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise PackError(f"{args.file}: this is an update; nothing was changed. Run again with --yes to install it.")
    return input("Install this update? [y/N] ").strip().lower() in ("y", "yes")


def run_install(args: argparse.Namespace) -> int:
    library = _library(args)
    prepared = library.prepare_install(
        args.file, downgrade=args.downgrade, allow_new_signer=args.allow_new_signer, progress=_progress
    )
    if prepared.signature.warning(str(args.file)):
        print(f"warning: {prepared.signature.warning(str(args.file))}", file=sys.stderr)
    if prepared.changes is not None and not _ask(prepared.changes, args):
        prepared.discard()
        print("Nothing was changed.")
        return 1
    installed = prepared.commit()
    updates_built_in = not prepared.is_update and prepared.changes is not None  # the built-in course's id
    verb = "Updated" if prepared.is_update or updates_built_in else "Installed"
    print(f"{verb} {installed.title} {installed.version} ({installed.id}) in {installed.folder}")
    if updates_built_in:
        from handbook.core.paths import DataDir
        from handbook.core.settings import Settings

        settings = Settings(DataDir(_data_dir(args)).settings_file)
        if not settings.get("active_pack"):  # the app showed the built-in course: it shows the new version now
            settings.set("active_pack", installed.id)
        print("It takes the place of the built-in course; 'handbook pack remove' goes back to the built-in one.")
    elif not prepared.is_update:
        print(f"To show it in the app: handbook pack activate {installed.id}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from handbook.core.content.loader import load_pack
    from handbook.core.paths import DataDir
    from handbook.core.resources import bundled_pack_dir
    from handbook.core.settings import Settings

    data = _data_dir(args)
    settings = Settings(DataDir(data).settings_file)
    if settings.notice:
        print(f"warning: {settings.notice}", file=sys.stderr)
    active = str(settings.get("active_pack"))
    bundled = load_pack(bundled_pack_dir()).info
    library = _library(args)
    installed = library.installed()
    _warn(library)
    rows = []
    if bundled.id not in {pack.id for pack in installed}:  # else an installed newer version stands for it
        rows.append(
            (
                "*" if not active else " ",
                bundled.id,
                bundled.version,
                bundled.language,
                "-",
                bundled.title,
                "built in",
                "",
            )
        )
    for pack in installed:
        current = pack.current
        note = f"(can roll back to {pack.previous.version})" if pack.previous else ""
        if pack.id == bundled.id and not pack.previous:
            note = f"(remove it to go back to the built-in {bundled.version})"
        rows.append(
            (
                "*" if pack.id == active else " ",
                pack.id,
                current.version,
                current.language,
                _size(current.size),
                current.title,
                current.source,
                f"{current.installed_at} {note}".strip(),
            )
        )
    header = (" ", "ID", "VERSION", "LANGUAGE", "ON DISK", "TITLE", "", "")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(5)]
    print(
        "  ".join(cell.ljust(width) for cell, width in zip(header[:5], widths, strict=True))
        + "  TITLE  [FROM, INSTALLED]"
    )
    for row in rows:
        fixed = "  ".join(cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True))
        print(f"{fixed}  {row[5]}  [{row[6]}{', ' + row[7] if row[7] else ''}]")
    print("* = the pack the app shows")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from handbook.core.packs.active import forget_if_active
    from handbook.core.packs.errors import PackError
    from handbook.core.paths import DataDir
    from handbook.core.settings import Settings

    built_in = _built_in_id()
    if args.id == BUNDLED or (args.id == built_in and _library(args).get(built_in) is None):
        raise PackError(
            f"'{args.id}' is the course built into the app: it cannot be removed. To show another "
            "pack instead, use 'handbook pack activate ID'."
        )
    removed = _library(args).remove(args.id)
    print(f"Removed {removed.title} ({removed.id}). Progress in it is kept.")
    if forget_if_active(Settings(DataDir(_data_dir(args)).settings_file), args.id):
        print("The app shows the built-in course again.")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    restored = _library(args).rollback(args.id)
    print(f"{restored.title} ({restored.id}) is back at version {restored.version}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.id == BUNDLED or (args.id == _built_in_id() and _library(args).get(args.id) is None):
        from handbook.core.packs.build import build_pack
        from handbook.core.resources import bundled_pack_dir

        manifest = build_pack(bundled_pack_dir(), args.output, check_content=False, progress=_progress)
    else:
        manifest = _library(args).export(args.id, args.output, progress=_progress)
    print(f"{args.output}: {manifest.info.title} {manifest.info.version}, {len(manifest.files)} files")
    return 0


def run_activate(args: argparse.Namespace) -> int:
    from handbook.core.packs.errors import PackError
    from handbook.core.paths import DataDir
    from handbook.core.settings import Settings

    settings = Settings(DataDir(_data_dir(args)).settings_file)
    pack = _library(args).get(args.id)
    if args.id in (BUNDLED, "") or (args.id == _built_in_id() and pack is None):
        settings.set("active_pack", "")
        print("The app shows the built-in course.")
        return 0
    if pack is None:
        raise PackError(f"no installed pack has the id '{args.id}'; 'handbook pack list' shows the installed ones.")
    settings.set("active_pack", pack.id)
    print(f"The app shows {pack.title} {pack.version}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from handbook.core.packs.importers import import_course

    result = import_course(args.source, args.output)
    for note in result.notes:
        print(note.format(result.source_root))
    errors = result.validation.errors
    for problem in result.validation.problems:
        print(problem.format(args.output))
    pages = sum(1 for _ in result.validation.pack.pages())
    summary = (
        f"{args.output}: imported from {result.format_name}: {pages} pages, "
        f"{words.count(len(result.notes), 'thing')} not converted, {words.count(len(errors), 'validation error')}"
    )
    print(summary, file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0
