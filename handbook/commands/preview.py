"""``handbook preview DIR``: open the app on a pack's source folder and reload it as files change."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from handbook.core.errors import HandbookError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from handbook.core.i18n import translate

    parser = subparsers.add_parser(
        "preview",
        help=translate("preview", "open the app on a pack folder and reload it whenever a file changes"),
        description=translate(
            "preview",
            "Open the app on a pack's source folder. Whenever a file is saved the pack is read "
            "again; problems are listed with file and line, and choosing one opens its page.",
        ),
    )
    parser.add_argument(
        "dir",
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate("preview", "the pack's source folder (with pack.yaml)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    root: Path = args.dir.resolve()
    if not root.is_dir():
        from handbook.core.i18n import translate

        said = translate(
            "preview", "{folder}: is not a folder; give the pack's source folder (the one with pack.yaml)."
        )
        raise HandbookError(said.format(folder=args.dir))
    from handbook.app import application, build_session
    from handbook.gui.reader.preview import PreviewController

    app = application()
    # A scratch data dir: previewing never changes the user's settings, progress or last page.
    with tempfile.TemporaryDirectory(prefix="handbook-preview-") as scratch:
        session = build_session(Path(scratch), root)
        window = session.window
        preview = PreviewController(window, root)
        window.show()
        preview.reload()
        if getattr(args, "exit_after_start", False):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, app.quit)
        result = app.exec()
        window.close()
        return result
