"""The Packs window and signed packs: who signed each pack, and a new signer only with the librarian's yes."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from handbook.core.packs.build import build_pack
from handbook.core.packs.policy import NewSignerError
from handbook.core.packs.signing import SecretKey, generate_key
from handbook.gui.packs.packs_window import PacksWindow
from tests.conftest import FIXTURES
from tests.unit.gui.test_packs_window import _rows, _wait_for_job, packs  # noqa: F401 - the fixture

SIGNER = 7  # the "Signed by" column


def _signed(tmp_path: Path, version: str, key: SecretKey | None) -> Path:
    source = tmp_path / f"src-{version}-{key.key_id_hex if key else 'plain'}"
    shutil.copytree(FIXTURES / "mini-pack", source)
    yaml = source / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("version: 1.2.3", f"version: {version}"), encoding="utf-8")
    out = source.with_suffix(".hbpack")
    build_pack(source, out, sign_with=key)
    return out


def test_the_list_shows_who_signed_each_pack(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    key = generate_key()
    assert packs.list.headerItem().text(SIGNER) == "Signed by"
    packs.install_file(_signed(tmp_path, "1.2.3", None))
    _wait_for_job(qtbot, packs)
    assert _rows(packs)[1][SIGNER] == "Not signed"
    assert "this pack is not signed" in packs.status_line.text()

    packs.library.trust.trust(key.public, "Ana")
    previous = packs.job
    packs.questions.update = lambda prepared: True  # type: ignore[method-assign]
    packs.install_file(_signed(tmp_path, "1.3.0", key))
    _wait_for_job(qtbot, packs, previous)
    assert _rows(packs)[1][SIGNER] == f"Ana ({key.key_id_hex})"
    assert "Warning" not in packs.status_line.text() and packs.errors == []


def test_a_new_signer_is_installed_only_when_the_librarian_says_so(
    packs: PacksWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    old, new = generate_key(), generate_key()
    packs.install_file(_signed(tmp_path, "1.2.3", old))
    _wait_for_job(qtbot, packs)
    assert _rows(packs)[1][SIGNER] == f"key {old.key_id_hex} (not trusted)"
    asked: list[NewSignerError] = []
    packs.questions.new_signer = lambda error: asked.append(error) or False  # type: ignore[method-assign]
    packs.questions.update = lambda prepared: True  # type: ignore[method-assign]
    update = _signed(tmp_path, "1.3.0", new)
    previous = packs.job
    packs.install_file(update)
    _wait_for_job(qtbot, packs, previous)
    [error] = asked
    assert (error.installed, error.new, error.title) == (old.key_id_hex, new.key_id_hex, "Mini pack")
    assert _rows(packs)[1][1] == "1.2.3" and packs.errors == []  # declined: nothing changed

    packs.questions.new_signer = lambda error: True  # type: ignore[method-assign]
    first_try = packs.job
    packs.install_file(update)
    qtbot.waitUntil(lambda: packs.job is not first_try and _rows(packs)[1][1] == "1.3.0", timeout=10_000)
    assert _rows(packs)[1][SIGNER] == f"key {new.key_id_hex} (not trusted)"


def test_the_new_signer_question_names_both_keys_and_defaults_to_no(
    packs: PacksWindow,  # noqa: F811
) -> None:
    seen: list[tuple[str, str, str, str, bool]] = []
    questions = type(packs.questions)(packs)
    questions.prompts.confirm = lambda title, text, yes, detail="", default_yes=False: (  # type: ignore[method-assign]
        seen.append((title, text, yes, detail, default_yes)) or False
    )
    error = NewSignerError("x", title="Mini pack", installed="0123456789ABCDEF", new="")
    assert questions.new_signer(error) is False
    [(title, text, yes, _detail, default_yes)] = seen
    assert title == "A new signer" and yes == "Install with the new signer" and not default_yes
    assert "0123456789ABCDEF" in text and "nobody (it is not signed)" in text and "do not install it" in text


def test_a_damaged_list_of_trusted_keys_is_said_not_raised(packs: PacksWindow) -> None:  # noqa: F811
    path = packs.library.trust.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    packs.refresh()
    assert "the trusted keys cannot be read" in packs.status_line.text()
    assert list(path.parent.glob("keys.json.damaged-*")) and not path.exists()
