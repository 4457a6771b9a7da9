"""Every file Handbook makes in its data folder has a name Windows accepts and a path short enough for it."""

from __future__ import annotations

from pathlib import Path

from handbook.core.filenames import windows_name_problem
from handbook.core.packs.library import PackLibrary
from handbook.core.paths import DataDir
from handbook.core.progress.backup import backup_now
from handbook.core.progress.profiles import Profiles
from handbook.core.settings import Settings
from tests.unit.core.packs.conftest import MakePack

# Windows' classic limit is 260 characters; a data folder such as
# C:\Users\Facilitator\AppData\Roaming\Handbook\ takes about 45 of them.
WINDOWS_PATH_LIMIT = 259
DATA_DIR_ALLOWANCE = 60


def test_names_and_lengths_inside_the_data_folder(make_pack: MakePack, private_data_dir: Path) -> None:
    data = DataDir(private_data_dir)
    Settings(data.settings_file).set("last_profile", "x")
    profiles = Profiles(data)
    for name in ("Con", "Ana: María?", "A facilitator with a long name, sixty characters at the most"):
        _profile, store = profiles.create(name)
        store.set_note("mini-pack", "start/welcome", "a note")
        store.close()
    assert backup_now("pack-update", data.root)
    library = PackLibrary(data.root)
    library.install(make_pack("1.2.3"))
    library.install(make_pack("1.3.0"), confirm=lambda changes: True)

    made = [path.relative_to(data.root) for path in data.root.rglob("*")]
    assert len(made) > 20
    for relative in made:
        for part in relative.parts:
            assert windows_name_problem(part) is None, relative
        assert len(str(relative)) + DATA_DIR_ALLOWANCE <= WINDOWS_PATH_LIMIT, relative
    folders = {path.name for path in (data.profiles).iterdir()}
    assert "con" not in folders  # a device name on Windows
