"""The corpus of hostile and broken packs: each is refused with its own message and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handbook.core.packs.errors import PackError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.verify import verify_pack
from tests.conftest import FIXTURES
from tests.packfiles import BadPack, bad_pack_corpus
from tests.unit.core.packs.conftest import MakePack, snapshot


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[BadPack]:
    good = tmp_path_factory.mktemp("good") / "mini-pack"
    shutil.copytree(FIXTURES / "mini-pack", good)
    return bad_pack_corpus(good, tmp_path_factory.mktemp("bad"))


def test_the_corpus_covers_at_least_30_cases(corpus: list[BadPack]) -> None:
    assert len(corpus) >= 30
    assert len({bad.name for bad in corpus}) == len(corpus)


def test_every_bad_pack_is_refused_with_its_own_message_and_nothing_changes(
    corpus: list[BadPack], make_pack: MakePack, private_data_dir: Path, progress_file: Path
) -> None:
    library = PackLibrary(private_data_dir)
    # An older mini pack is installed, so a bad 1.2.3 would be an update that replaces it.
    library.install(make_pack("1.0.0"))
    library.install(make_pack("2.0.0", name="other", edit=_rename_pack))
    before = snapshot(private_data_dir)
    messages: dict[str, str] = {}
    for bad in corpus:
        with pytest.raises(PackError) as caught:
            library.install(bad.path)
        message = str(caught.value)
        assert bad.expected in message, f"{bad.name}: {message}"
        assert "Traceback" not in message
        messages[bad.name] = message.replace(str(bad.path), "<pack>")
        assert snapshot(private_data_dir) == before, f"{bad.name} changed the data dir"
        assert not list((private_data_dir / "packs").glob(".tmp-*")), bad.name
    # the same reasons, from verify alone
    for bad in corpus:
        with pytest.raises(PackError) as caught:
            verify_pack(bad.path)
        assert bad.expected in str(caught.value), bad.name
    assert progress_file.read_bytes() == before["profiles/default/progress.json"]
    # each refusal says which file, and no two cases share a message
    assert all("<pack>" in m for name, m in messages.items() if name != "needs-newer-app")
    assert len(set(messages.values())) == len(messages)


def _rename_pack(root: Path) -> None:
    path = root / "pack.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("id: mini-pack", "id: other-pack").replace("Mini pack", "Other pack"),
        encoding="utf-8",
    )
