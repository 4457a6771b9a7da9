"""The questions the Packs window asks: which file, update or go back, read it now, and its error messages.

One object, so tests answer them by replacing its methods and the window keeps to its list and actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from handbook.core.packs.build import PACK_SUFFIX
from handbook.core.packs.diff import SECTIONS, PackChanges, section_word
from handbook.core.packs.errors import OlderVersionError
from handbook.core.packs.library import PreparedInstall
from handbook.core.packs.policy import NewSignerError
from handbook.gui.shared.prompts import Prompts


class PackQuestions:
    """What the Packs window asks, in its own words, through the one ``Prompts`` over that window."""

    def __init__(self, parent: QWidget) -> None:
        self.prompts = Prompts(parent)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PackQuestions", text)

    def pack_file(self) -> Path | None:
        name = self.prompts.open_path(self.tr("Install a pack"), self.tr("Handbook packs (*.hbpack);;All files (*)"))
        return Path(name) if name else None

    def export_file(self, suggested: str) -> Path | None:
        name = self.prompts.save_path(self.tr("Export the pack"), suggested, self.tr("Handbook packs (*.hbpack)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == PACK_SUFFIX else path.with_name(path.name + PACK_SUFFIX)

    def _ask(self, title: str, text: str, detail: str = "", yes: str = "", *, default_yes: bool = False) -> bool:
        return self.prompts.confirm(title, text, yes or self.tr("OK"), detail, default_yes=default_yes)

    def update(self, prepared: PreparedInstall) -> bool:
        changes = prepared.changes
        assert changes is not None
        verb = self.tr("Go back") if prepared.is_downgrade else self.tr("Update")
        return self._ask(
            self.tr("Update the pack?"),
            self.tr(
                "{title}: {old} → {new}\n\n{summary}\n\nProgress is kept; what you did in removed lessons "
                "stays, shown as “no longer in this pack”. A backup of progress is made first."
            ).format(
                title=changes.title, old=changes.old_version, new=changes.new_version, summary=self.summary(changes)
            ),
            self.details(changes),
            verb,
        )

    def downgrade(self, error: OlderVersionError) -> bool:
        text = self.tr(
            "{title} {version} is older than the installed version, {installed}.\n\n"
            "Install the older version anyway? Progress is kept."
        ).format(title=error.title, version=error.version, installed=error.installed)
        return self._ask(self.tr("An older version"), text, yes=self.tr("Install older version"))

    def new_signer(self, error: NewSignerError) -> bool:
        new = self.tr("key {key_id}").format(key_id=error.new) if error.new else self.tr("nobody (it is not signed)")
        text = self.tr(
            "The installed {title} was signed by key {installed}, but this update is signed by {new}.\n\n"
            "Install it only if the trainer told you they changed their key. Otherwise the file may not "
            "come from them: do not install it."
        ).format(title=error.title, installed=error.installed, new=new)
        return self._ask(self.tr("A new signer"), text, yes=self.tr("Install with the new signer"))

    def signature_note(self, prepared: PreparedInstall) -> str:
        """A warning for the status line when the pack was not signed by a trusted key; "" when it was."""
        signature = prepared.signature
        if signature.trusted is not None:
            return ""
        if not signature.signed:
            return self.tr(
                "Warning: this pack is not signed, so Handbook cannot tell who made it or whether it was changed."
            )
        return self.tr(
            "Warning: this pack is signed by key {key_id}, which this computer does not trust, so the signature "
            "was not checked."
        ).format(key_id=signature.signer)

    def use_now(self, title: str) -> bool:
        question = self.tr("{title} is installed. Read it now?").format(title=title)
        return self._ask(self.tr("Pack installed"), question, yes=self.tr("Make active"), default_yes=True)

    def confirm(self, title: str, text: str, yes: str) -> bool:
        return self._ask(title, text, yes=yes)

    def error(self, message: str) -> None:
        self.prompts.warn(self.tr("Packs"), message)

    def summary(self, changes: PackChanges) -> str:
        labels = {
            "lesson": self.tr("Lessons"), "activity": self.tr("Activities"),
            "plan": self.tr("Session plans"), "form": self.tr("Forms"),
        }  # fmt: skip
        lines = []
        for section in SECTIONS:
            added, changed, removed = (changes.count(section, c) for c in ("added", "changed", "removed"))
            if added or changed or removed:
                lines.append(
                    self.tr("{what}: {added} added, {changed} changed, {removed} removed").format(
                        what=labels[section], added=added, changed=changed, removed=removed
                    )
                )
        return "\n".join(lines) or self.tr("No lessons, activities, plans or forms change.")

    def details(self, changes: PackChanges) -> str:
        marks = {"added": "+", "changed": "~", "removed": "−"}
        return "\n".join(f"{marks[i.change]} {i.title} ({section_word(i.section)} {i.id})" for i in changes.items)
