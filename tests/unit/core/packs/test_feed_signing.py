"""Feeds and signatures: the index names each pack's signer, and an update meets the library's signing rules."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from handbook.core.packs.build import build_pack
from handbook.core.packs.feed import checked_signer, write_feed
from handbook.core.packs.feed_fetch import downloads_folder, feed_source, read_feed
from handbook.core.packs.feed_update import find_updates, installed_packs, prepare_update
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.manifest import MANIFEST_NAME
from handbook.core.packs.policy import NewSignerError, UnsignedRefusedError
from handbook.core.packs.signing import SecretKey, generate_key
from handbook.core.packs.trust import TrustStore
from tests.conftest import FIXTURES
from tests.feed_server import serve
from tests.unit.core.packs.conftest import set_version


def signed(tmp_path: Path, version: str, folder: Path, key: SecretKey | None) -> Path:
    source = tmp_path / f"src-{version}"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(FIXTURES / "mini-pack", source)
    set_version(source, version)
    folder.mkdir(exist_ok=True)
    out = folder / f"mini-{version}.hbpack"
    build_pack(source, out, sign_with=key)
    return out


def test_the_index_names_the_signer_and_leaves_out_a_pack_whose_trusted_signature_fails(
    tmp_path: Path, private_data_dir: Path
) -> None:
    trainer, stranger = generate_key(), generate_key()
    feed = tmp_path / "feed"
    signed(tmp_path, "1.3.0", feed, trainer)
    other = signed(tmp_path, "1.4.0", tmp_path / "other", stranger)
    other.rename(feed / "mini-1.4.0.hbpack")
    tampered = signed(tmp_path, "1.5.0", tmp_path / "work", trainer)
    with zipfile.ZipFile(tampered) as source, zipfile.ZipFile(feed / "mini-1.5.0.hbpack", "w") as copy:
        for info in source.infolist():  # the manifest changed after signing (a description added)
            data = source.read(info)
            copy.writestr(info, data.replace(b'"description": "', b'"description": "Changed. ') if info.filename
                          == MANIFEST_NAME else data)  # fmt: skip
    TrustStore(private_data_dir).trust(trainer.public, "Trainer")

    written = write_feed(feed, signer_of=checked_signer(TrustStore(private_data_dir).load()))

    assert {(e.version, e.signer) for e in written.entries} == {
        ("1.3.0", trainer.public.key_id_hex),
        ("1.4.0", stranger.public.key_id_hex),  # not trusted here: listed, each library checks it
    }
    assert [name for name, _ in written.refused] == ["mini-1.5.0.hbpack"]
    assert "signature does not match" in written.refused[0][1]


def test_an_update_from_a_new_signer_needs_a_yes_and_is_not_downloaded_twice(
    tmp_path: Path, private_data_dir: Path
) -> None:
    trainer, stranger = generate_key(), generate_key()
    library = PackLibrary(private_data_dir)
    library.install(signed(tmp_path, "1.2.3", tmp_path / "own", trainer))
    feed = tmp_path / "feed"
    signed(tmp_path, "1.3.0", feed, stranger)
    write_feed(feed)
    with serve(feed) as server:
        source = feed_source(server.url)
        [update] = find_updates(source, read_feed(source), installed_packs(library))
        with pytest.raises(NewSignerError) as caught:
            prepare_update(library, update, private_data_dir)
        assert caught.value.message.startswith(server.url + "mini-1.3.0.hbpack: the installed Mini pack was signed")
        assert len(list(downloads_folder(private_data_dir).glob("*.hbpack"))) == 1  # kept for the yes
        server.behaviour.requests.clear()
        installed = prepare_update(library, update, private_data_dir, allow_new_signer=True).commit()
        assert server.behaviour.requests == []
    assert installed.current.signer == stranger.public.key_id_hex


def test_only_signed_packs_refuses_an_unsigned_update_and_drops_the_download(
    tmp_path: Path, private_data_dir: Path
) -> None:
    library = PackLibrary(private_data_dir)
    library.install(signed(tmp_path, "1.2.3", tmp_path / "own", None))
    TrustStore(private_data_dir).set_require(True)
    feed = tmp_path / "feed"
    signed(tmp_path, "1.3.0", feed, None)
    write_feed(feed)
    source = feed_source(str(feed))
    [update] = find_updates(source, read_feed(source), installed_packs(library))
    with pytest.raises(UnsignedRefusedError, match="installs only signed packs"):
        prepare_update(library, update, private_data_dir)
    assert list(downloads_folder(private_data_dir).iterdir()) == []
    assert library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]
