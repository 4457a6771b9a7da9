"""``handbook pack ...``: build, verify, install, list, remove, roll back, export, activate and import packs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from handbook.commands import pack_keys as keys
from handbook.core.i18n import translate

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
        help=translate("pack", "build, check, install and manage content packs (.hbpack files)"),
        description=translate(
            "pack",
            "Build a .hbpack from a pack folder, check one, and manage the packs installed in the "
            "data folder. Put --data-dir before 'pack' to choose the data folder.",
        ),
    )
    commands = parser.add_subparsers(dest="pack_command", metavar=translate("cli", "ACTION"), required=True)

    build = commands.add_parser(
        "build",
        help=translate("pack", "make a .hbpack from a pack's source folder"),
        description=translate(
            "pack", "Validate the folder, then write a .hbpack: the same folder always gives the same bytes."
        ),
    )
    build.add_argument("dir", type=Path, help=translate("pack", "the pack's source folder (with pack.yaml)"))
    build.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help=translate("pack", "the .hbpack to write")
    )
    build.add_argument(
        "--sign", type=Path, metavar="NAME.key", help=translate("pack", "sign the pack with this secret key (minisign)")
    )
    keys.add_passphrase_option(build)
    build.set_defaults(func=run_build)

    verify = commands.add_parser(
        "verify",
        help=translate("pack", "check a .hbpack completely without installing it"),
        description=translate(
            "pack",
            "Check every name, size and checksum, the manifest and the content. "
            "Exits 0 when the pack is good, 2 with the reason when it is not.",
        ),
    )
    verify.add_argument("file", type=Path, help=translate("pack", "the .hbpack file"))
    verify.add_argument(
        "--key", type=Path, metavar="FILE.pub", help=translate("pack", "also check the signature with this public key")
    )
    verify.set_defaults(func=run_verify)

    install = commands.add_parser(
        "install",
        help=translate("pack", "install a .hbpack or update an installed pack"),
        description=translate(
            "pack",
            "Install a pack, or update one: an update first lists the lessons, "
            "activities and plans it adds, changes and removes, and asks.",
        ),
    )
    install.add_argument(
        "file", type=Path, help=translate("pack", "the .hbpack file, or 'es' for the Spanish forms and plans")
    )
    install.add_argument(
        "--downgrade", action="store_true", help=translate("pack", "allow installing an older version")
    )
    install.add_argument("--yes", "-y", action="store_true", help=translate("pack", "install an update without asking"))
    install.add_argument(
        "--allow-new-signer",
        action="store_true",
        help=translate("pack", "accept an update signed by another key than the installed one"),
    )
    install.set_defaults(func=locked(run_install, lambda: translate("pack", "install a pack")))

    remove = commands.add_parser("remove", help=translate("pack", "remove an installed pack (progress is kept)"))
    remove.add_argument("id", help=translate("pack", "the pack's id, as 'handbook pack list' shows it"))
    remove.set_defaults(func=locked(run_remove, lambda: translate("pack", "remove a pack")))

    rollback = commands.add_parser(
        "rollback", help=translate("pack", "go back to the version installed before the last update")
    )
    rollback.add_argument("id", help=translate("pack", "the pack's id"))
    rollback.set_defaults(func=locked(run_rollback, lambda: translate("pack", "roll back a pack")))

    export = commands.add_parser(
        "export", help=translate("pack", "write an installed pack to a .hbpack file (e.g. for a USB stick)")
    )
    export.add_argument(
        "id", help=translate("pack", "the pack's id, as 'handbook pack list' shows it (the built-in course's too)")
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help=translate("pack", "the .hbpack to write")
    )
    export.set_defaults(func=run_export)

    activate = commands.add_parser(
        "activate",
        help=translate("pack", "choose the pack the app shows"),
        description=translate(
            "pack", "Choose the pack the app shows, by the id 'handbook pack list' shows (the built-in course's too)."
        ),
    )
    activate.add_argument("id", help=translate("pack", "the pack's id"))
    activate.set_defaults(func=locked(run_activate, lambda: translate("pack", "choose the pack the app shows")))


def locked(run: Command, doing: Callable[[], str]) -> Command:
    """``run`` holding the data folder's lock, as the app does: refused (exit 2) while the app is open."""

    def run_locked(args: argparse.Namespace) -> int:
        from handbook.instance_lock import holding_lock

        with holding_lock(data_dir_of(args), doing()):  # said when it runs: in the language installed by then
            return run(args)

    return run_locked


def print_library_notice(library: PackLibrary) -> None:
    if library.registry.notice:
        print_warning(library.registry.notice)


def print_warning(message: str) -> None:
    print(translate("pack", "warning: {message}").format(message=message), file=sys.stderr)


def data_dir_of(args: argparse.Namespace) -> Path:
    from handbook.core.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None), portable=getattr(args, "portable", False))


def library_of(args: argparse.Namespace) -> PackLibrary:
    from handbook.core.packs.library import PackLibrary
    from handbook.core.progress.backup import backup_now

    data_dir = data_dir_of(args)
    # Progress is never touched by a pack update, but a copy is kept first all the same.
    return PackLibrary(data_dir, before_update=lambda pack_id: backup_now("pack-update", data_dir))


def shown_size(size: int) -> str:
    from handbook.core.packs.registry import human_size

    return human_size(size)


def print_progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{100 * done // total:3d}%", end="" if done < total else "\n", file=sys.stderr, flush=True)


def run_build(args: argparse.Namespace) -> int:
    from handbook.core.packs.build import build_pack

    signing_key = keys.load_signing_key(args)
    manifest = build_pack(args.dir, args.output, progress=print_progress, sign_with=signing_key)
    info = manifest.info
    built = (
        translate("pack", "{file}: {title} {version} ({id}), 1 file, {size}")
        if len(manifest.files) == 1
        else translate("pack", "{file}: {title} {version} ({id}), {count} files, {size}")
    )
    size = shown_size(args.output.stat().st_size)
    count = len(manifest.files)
    print(built.format(file=args.output, title=info.title, version=info.version, id=info.id, count=count, size=size))
    if signing_key is not None:
        print(translate("pack", "Signed by key {key_id}.").format(key_id=signing_key.key_id_hex))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from handbook.core.packs.verify import verify_pack

    verified = verify_pack(args.file, progress=print_progress)
    info = verified.manifest.info
    pages = sum(1 for _ in verified.report.pack.pages())
    warnings = len(verified.report.warnings)
    counts = (
        translate("pack", "1 file") if len(verified.manifest.files) == 1 else translate("pack", "{count} files"),
        translate("pack", "1 page") if pages == 1 else translate("pack", "{count} pages"),
        translate("pack", "1 warning") if warnings == 1 else translate("pack", "{count} warnings"),
    )
    files, pages_said, warnings_said = (
        text.format(count=count)
        for text, count in zip(counts, (len(verified.manifest.files), pages, warnings), strict=True)
    )
    print(
        translate("pack", "{file}: good. {title} {version} ({id}, {language}), {files}, {pages}, {warnings}").format(
            file=args.file, title=info.title, version=info.version, id=info.id, language=info.language,
            files=files, pages=pages_said, warnings=warnings_said,
        )
    )  # fmt: skip
    signature, _trusted = keys.describe_signature(args)
    print(translate("pack", "Signature: {signature}.").format(signature=signature))
    return 0


def confirm_changes(changes: PackChanges, args: argparse.Namespace) -> bool:
    from handbook.core.packs.errors import PackError

    print(changes.describe())
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise PackError(
            translate(
                "pack", "{file}: this is an update; nothing was changed. Run again with --yes to install it."
            ).format(file=args.file)
        )
    answer = input(translate("pack", "Install this update? [y/N] ")).strip().lower()
    # The English answers always count; the language adds its own (Spanish: "s", "sí", "si").
    return answer in ("y", "yes", *translate("pack", "y yes").split())


def run_install(args: argparse.Namespace) -> int:
    from handbook.core.resources import bundled_translations

    bundled = bundled_translations().get(str(args.file)) if not args.file.exists() else None
    if bundled is not None:  # "pack install es": the Spanish forms and plans that come with Handbook
        import tempfile

        from handbook.core.packs.build import build_pack

        with tempfile.TemporaryDirectory(prefix="handbook-bundled-") as folder:
            args.file = Path(folder) / f"{bundled.name}.hbpack"
            build_pack(bundled, args.file, check_content=False)  # checked when Handbook was built
            # It comes with Handbook itself: no stranger to warn about, and its source is named so.
            source = translate("pack", "{name} (comes with Handbook)").format(name=bundled.name)
            return _install(args, warn=False, source=source)
    return _install(args, warn=True)


def _install(args: argparse.Namespace, *, warn: bool, source: str = "") -> int:
    library = library_of(args)
    prepared = library.prepare_install(
        args.file, downgrade=args.downgrade, allow_new_signer=args.allow_new_signer, progress=print_progress
    )
    prepared.source = source or prepared.source
    if warn and prepared.signature.warning(str(args.file)):
        print_warning(prepared.signature.warning(str(args.file)))
    if prepared.changes is not None and not confirm_changes(prepared.changes, args):
        prepared.discard()
        print(translate("pack", "Nothing was changed."))
        return 1
    installed = prepared.commit()
    updates_built_in = not prepared.is_update and prepared.changes is not None  # the built-in course's id
    done = (
        translate("pack", "Updated {title} {version} ({id}) in {folder}")
        if prepared.is_update or updates_built_in
        else translate("pack", "Installed {title} {version} ({id}) in {folder}")
    )
    print(done.format(title=installed.title, version=installed.version, id=installed.id, folder=installed.folder))
    if updates_built_in:
        from handbook.core.paths import DataDir
        from handbook.core.settings import Settings

        settings = Settings(DataDir(data_dir_of(args)).settings_file)
        if not settings.get("active_pack"):  # the app showed the built-in course: it shows the new version now
            settings.set("active_pack", installed.id)
        print(
            translate(
                "pack",
                "It takes the place of the built-in course; 'handbook pack remove' goes back to the built-in one.",
            )
        )
    elif not prepared.is_update:
        print(translate("pack", "To show it in the app: handbook pack activate {id}").format(id=installed.id))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from handbook.core.packs.active import forget_if_active
    from handbook.core.packs.errors import PackError
    from handbook.core.paths import DataDir
    from handbook.core.settings import Settings

    built_in = _built_in_id()
    if args.id == BUNDLED or (args.id == built_in and library_of(args).get(built_in) is None):
        raise PackError(
            translate(
                "pack",
                "'{id}' is the course built into the app: it cannot be removed. To show another pack instead, use "
                "'handbook pack activate ID'.",
            ).format(id=args.id)
        )
    removed = library_of(args).remove(args.id)
    print(
        translate("pack", "Removed {title} ({id}). Progress in it is kept.").format(title=removed.title, id=removed.id)
    )
    if forget_if_active(Settings(DataDir(data_dir_of(args)).settings_file), args.id):
        print(translate("pack", "The app shows the built-in course again."))
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    restored = library_of(args).rollback(args.id)
    print(
        translate("pack", "{title} ({id}) is back at version {version}.").format(
            title=restored.title, id=restored.id, version=restored.version
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.id == BUNDLED or (args.id == _built_in_id() and library_of(args).get(args.id) is None):
        from handbook.core.packs.build import build_pack
        from handbook.core.resources import bundled_pack_dir

        manifest = build_pack(bundled_pack_dir(), args.output, check_content=False, progress=print_progress)
    else:
        manifest = library_of(args).export(args.id, args.output, progress=print_progress)
    written = (
        translate("pack", "{file}: {title} {version}, 1 file")
        if len(manifest.files) == 1
        else translate("pack", "{file}: {title} {version}, {count} files")
    )
    info = manifest.info
    print(written.format(file=args.output, title=info.title, version=info.version, count=len(manifest.files)))
    return 0


def run_activate(args: argparse.Namespace) -> int:
    from handbook.core.packs.errors import PackError
    from handbook.core.paths import DataDir
    from handbook.core.settings import Settings

    settings = Settings(DataDir(data_dir_of(args)).settings_file)
    pack = library_of(args).get(args.id)
    if args.id in (BUNDLED, "") or (args.id == _built_in_id() and pack is None):
        settings.set("active_pack", "")
        print(translate("pack", "The app shows the built-in course."))
        return 0
    if pack is None:
        raise PackError(
            translate(
                "pack", "no installed pack has the id '{id}'; 'handbook pack list' shows the installed ones."
            ).format(id=args.id)
        )
    settings.set("active_pack", pack.id)
    print(translate("pack", "The app shows {title} {version}.").format(title=pack.title, version=pack.version))
    return 0
