"""What the welcome, Profiles and Backups dialogs ask for, done: make, switch, rename, delete; back up, restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from handbook.core.errors import HandbookError
from handbook.core.paths import GUEST_PROFILE
from handbook.core.progress.backup import Backup, list_backups, make_backup, restore_backup
from handbook.gui.progress.backups_dialog import BackupsDialog
from handbook.gui.progress.profiles_dialog import ProfilesDialog
from handbook.gui.progress.welcome_dialog import WelcomeDialog

if TYPE_CHECKING:
    from handbook.gui.progress.progress_session import ProgressSession


def welcome(c: ProgressSession) -> None:
    """The first-run welcome: a new name or an existing profile; "Continue as guest" opens the shared guest profile."""
    existing = [(p.folder, p.name) for p in c.profiles.list() if p.folder != GUEST_PROFILE]
    dialog = WelcomeDialog(existing, c.window)
    while c.messages.ask.run(dialog):
        try:
            if dialog.chosen_folder:
                profile = c.profiles.get(dialog.chosen_folder)
                if profile is not None:
                    c.switch_to(profile)
                    return
            profile, store = c.profiles.create(dialog.new_name)
        except HandbookError as exc:
            dialog.show_error(exc.message)
            continue
        c.switch_to(profile, store)
        return
    try:
        c.switch_to(c.profiles.guest())
    except HandbookError as exc:
        c.messages.ask.warn(QCoreApplication.translate("profile_actions", "Profile not opened"), exc.message)
        return
    if c.store is not None:
        c.messages.info(
            QCoreApplication.translate(
                "profile_actions",
                "Shared Guest profile: anyone here can carry on with it. Your own: Tools > Profiles.",
            ),
            20000,
        )


class ProfileActions(QObject):
    def __init__(self, controller: ProgressSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.dialog = ProfilesDialog(controller.window)
        self.dialog.openRequested.connect(self.open_profile)
        self.dialog.createRequested.connect(self.create_profile)
        self.dialog.renameRequested.connect(self.rename_profile)
        self.dialog.deleteRequested.connect(self.delete_profile)

    def show(self) -> None:
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def refresh(self) -> None:
        current = self.c.profile.folder if self.c.profile else ""
        self.dialog.set_profiles([(p.folder, p.name) for p in self.c.profiles.list()], current)

    def open_profile(self, folder: str) -> None:
        profile = self.c.profiles.get(folder)
        if profile is not None:
            self.c.switch_to(profile)
            self.refresh()
            self.dialog.accept()

    def create_profile(self) -> None:
        name = self.c.messages.ask.text(self.tr("New profile"), self.tr("The name of the person who will use it:"))
        if name is None:
            return
        try:
            profile, store = self.c.profiles.create(name)
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Profile not made"), exc.message)
            return
        if self.c.messages.ask.confirm(
            self.tr("New profile"),
            self.tr("The profile '{name}' is ready. Open it now?").format(name=profile.name),
            self.tr("&Open it"),
        ):
            self.c.switch_to(profile, store)
        else:
            store.close()
        self.refresh()
        self.dialog.select(profile.folder)

    def rename_profile(self, folder: str) -> None:
        profile = self.c.profiles.get(folder)
        if profile is None:
            return
        name = self.c.messages.ask.text(
            self.tr("Rename profile"), self.tr("New name for '{name}':").format(name=profile.name), profile.name
        )
        if name is None:
            return
        is_open = self.c.profile is not None and self.c.profile.folder == folder
        try:
            renamed = self.c.profiles.rename(profile, name, self.c.store if is_open else None)
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Profile not renamed"), exc.message)
            return
        if is_open:
            self.c.profile = renamed
            self.c.changed()
        self.refresh()

    def delete_profile(self, folder: str) -> None:
        profile = self.c.profiles.get(folder)
        if profile is None or (self.c.profile is not None and self.c.profile.folder == folder):
            return
        backups = self.c.profiles.backup_count(profile)
        text = self.tr(
            "Delete the profile '{name}'?\n\nThis deletes for good everything kept for {name}: the progress "
            "on every lesson, the self-check answers, the journal notes and {backups}, in the folder\n"
            "{folder}\n\nIt cannot be undone. To keep a copy, open the profile and use File > Progress > "
            "Export progress first."
        ).format(
            name=profile.name,
            backups=self.tr("1 backup") if backups == 1 else self.tr("{n} backups").format(n=backups),
            folder=profile.root,
        )
        if not self.c.messages.ask.confirm(
            self.tr("Delete profile"), text, self.tr("&Delete {name}").format(name=profile.name)
        ):
            return
        try:
            self.c.profiles.delete(profile)
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Profile not deleted"), exc.message)
        self.refresh()


class BackupActions(QObject):
    def __init__(self, controller: ProgressSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.c = controller
        self.dialog = BackupsDialog(controller.window)
        self.dialog.backupRequested.connect(self.back_up_now)
        self.dialog.restoreRequested.connect(self.restore)

    def show(self) -> None:
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def refresh(self) -> None:
        profile = self.c.profile
        if profile is not None:
            self.dialog.set_backups(profile.name, profile.backups_dir, list_backups(profile.backups_dir))

    def back_up_now(self) -> None:
        store = self.c.store
        if store is None:
            return
        try:
            made = make_backup(store.path, "manual", always=True)
        except HandbookError as exc:
            self.c.messages.ask.warn(self.tr("Backup not made"), exc.message)
            return
        if made is not None:
            self.c.messages.info(self.tr("Backed up to {path}").format(path=made.path), 8000)
        self.refresh()

    def restore(self, backup: Backup) -> None:
        profile = self.c.profile
        if profile is None:
            return
        if not self.c.messages.ask.confirm(
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup of {time} in place of the progress of {name}?\n\n"
                "The progress you have now is backed up first, so you can go back to it."
            ).format(time=backup.local_time, name=profile.name),
            self.tr("&Restore"),
        ):
            return
        self.c.flush_reading()
        store = self.c.store
        if store is not None:
            store.close()
        try:
            restore_backup(profile.progress_file, backup)
        except HandbookError as exc:
            restored = False
            self.c.messages.ask.warn(self.tr("Backup not restored"), exc.message)
        else:
            restored = True
        self.c.store = None  # the file on disk is the truth now: open it again
        self.c.switch_to(profile)
        self.refresh()
        if restored:
            message = self.tr("Restored the backup of {time}.").format(time=backup.local_time)
            self.c.messages.info(message, 10000)
