"""A trainer's pack commands speak the computer's language: Spanish on a Spanish computer, English otherwise."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from handbook.cli import main
from handbook.core import i18n
from handbook.core.content.loader import load_pack
from handbook.core.resources import bundled_pack_dir
from tests.conftest import FIXTURES, REPO
from tests.packfiles import bad_pack_corpus
from tests.test_spanish import english_words
from tests.unit.core.packs.test_pack_messages_spanish import PACK_WORDS


@pytest.fixture
def computer_in_spanish() -> Iterator[None]:
    """The command reads the computer's language as it starts (QLocale's default); English again afterwards."""
    saved = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        yield
    finally:
        QLocale.setDefault(saved)
        i18n.install()


def english_left(text: str, *names: Path) -> list[str]:
    """English words in what a command said, once the names it was given (files, folders, ids) are out."""
    for name in sorted(map(str, names), key=len, reverse=True):  # a file before the folder that holds it
        text = text.replace(name, "")
    text = re.sub(r"'[^']*'", "", text)  # quoted names and commands: 'handbook pack build'
    text = re.sub(r"\S*/\S*", "", text)  # the course's paths and web addresses
    text = re.sub(r"\([a-z0-9-]+(, [a-z]{2})?\)", "", text)  # a pack's id (and language) after its title
    built_in = load_pack(bundled_pack_dir()).info  # the course itself may stay English for now
    for kept in (
        built_in.title,
        built_in.id,
        "Mini pack",
        "mini-pack",
        "handbook pack activate",
        "handbook pack build",
    ):
        text = text.replace(kept, "")
    for kept in ("manifest.json", "pack.yaml", "_data/course.yml", "modules/", "SUMMARY.md", "Course in a Box"):
        text = text.replace(kept, "")
    words = re.findall(r"[^\W\d_]+", text)
    return sorted(set(english_words(text)) | {w for w in words if w.casefold() in PACK_WORDS})


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def _broken_source(tmp_path: Path) -> Path:
    source = tmp_path / "broken"
    shutil.copytree(FIXTURES / "mini-pack", source)
    (source / "course" / "01-start" / "03-broken.md").write_text("---\ntitle: [unclosed\n---\nText\n", encoding="utf-8")
    return source


def _not_a_course(tmp_path: Path) -> Path:
    folder = tmp_path / "not-a-course"
    folder.mkdir()
    (folder / "notes.txt").write_text("notes\n", encoding="utf-8")
    return folder


@pytest.mark.usefixtures("computer_in_spanish")
def test_pack_commands_in_spanish_name_the_file_and_say_the_rest_in_spanish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, private_data_dir: Path
) -> None:
    bad = {b.name: b.path for b in bad_pack_corpus(FIXTURES / "mini-pack", tmp_path / "bad")}
    source, course = _broken_source(tmp_path), _not_a_course(tmp_path)
    good = tmp_path / "good.hbpack"
    built = run(capsys, "pack", "build", str(FIXTURES / "mini-pack"), "-o", str(good))
    assert built[0] == 0 and "11 archivos" in built[1], built
    said = {
        "build": run(capsys, "pack", "build", str(source), "-o", str(tmp_path / "x.hbpack")),
        "install-bad": run(capsys, "pack", "install", str(bad["parent-path"])),
        "install-truncated": run(capsys, "pack", "install", str(bad["truncated"])),
        "verify-bad": run(capsys, "pack", "verify", str(bad["checksum-mismatch"])),
        "verify": run(capsys, "pack", "verify", str(good)),
        "import-missing": run(capsys, "pack", "import", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")),
        "import-bad": run(capsys, "pack", "import", str(course), "-o", str(tmp_path / "out")),
        "import": run(capsys, "pack", "import", str(FIXTURES / "course-in-a-box"), "-o", str(tmp_path / "imported")),
        "install": run(capsys, "pack", "install", str(good)),
        "list": run(capsys, "pack", "list"),
    }
    assert "importado de Course in a Box: 9 páginas, 10 cosas sin convertir, 0 errores de revisión" in said["import"][1]
    # each note starts with the course's file and line (and core's 'warning:', worded with 'handbook validate')
    said["import"] = (0, re.sub(r"^\S+?(:\d+)?: warning: ", "", said["import"][1], flags=re.MULTILINE))
    assert [name for name, (code, _) in said.items() if code != 0] == [
        "build", "install-bad", "install-truncated", "verify-bad", "import-missing", "import-bad",
    ]  # fmt: skip
    assert f"{source}: el contenido tiene 1 error; corrígelo primero" in said["build"][1]
    assert (
        f"{bad['parent-path']}: '../evil.md' sube una carpeta con '..'; se rechaza el paquete."
        in said["install-bad"][1]
    )
    assert "está incompleto o dañado" in said["install-truncated"][1]
    assert "no coincide con su suma de control" in said["verify-bad"][1]
    assert f"{good}: correcto. Mini pack 1.2.3 (mini-pack, en), 11 archivos, 9 páginas" in said["verify"][1]
    assert "no existe esa carpeta ni ese archivo" in said["import-missing"][1]
    assert f"{course}: no es un curso que Handbook pueda importar" in said["import-bad"][1]
    assert "Se instaló Mini pack 1.2.3 (mini-pack)" in said["install"][1]
    assert said["list"][1].split()[:4] == ["ID", "VERSIÓN", "IDIOMA", "EN"] and "incluido" in said["list"][1]
    assert "* = el paquete que muestra la aplicación" in said["list"][1]
    for name, (_, text) in said.items():
        text = text.split(":\n", 1)[0]  # a build's list of content problems is 'handbook validate''s
        left = english_left(text, tmp_path, private_data_dir, FIXTURES, source, course, good, *bad.values())
        assert left == [], f"{name}: {left}\n{text}"


@pytest.mark.usefixtures("private_data_dir")
def test_pack_commands_in_english_read_as_before(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = {b.name: b.path for b in bad_pack_corpus(FIXTURES / "mini-pack", tmp_path / "bad")}
    source, course = _broken_source(tmp_path), _not_a_course(tmp_path)
    code, text = run(capsys, "pack", "build", str(source), "-o", str(tmp_path / "x.hbpack"))
    assert code == 2 and f"error: {source}: the content has 1 error; fix it first (run 'handbook validate" in text
    code, text = run(capsys, "pack", "install", str(bad["parent-path"]))
    assert code == 2 and f"{bad['parent-path']}: '../evil.md' goes up a folder with '..'; the pack is refused." in text
    code, text = run(capsys, "pack", "import", str(course), "-o", str(tmp_path / "out"))
    assert code == 2 and "is not a course Handbook can import (Course in a Box or GitBook)" in text
    code, text = run(capsys, "pack", "list")
    assert text.split()[:4] == ["ID", "VERSION", "LANGUAGE", "ON"] and "built in" in text


def test_a_spanish_computer_hears_a_refused_pack_in_spanish(tmp_path: Path) -> None:
    """The whole way, as a librarian types it: the language comes from the computer's settings."""
    bad = {b.name: b.path for b in bad_pack_corpus(FIXTURES / "mini-pack", tmp_path / "bad")}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(tmp_path / "data"))
    env.update(LANG="es_ES.UTF-8", LANGUAGE="es", LC_ALL="es_ES.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "handbook", "pack", "install", str(bad["symlink"])],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert (
        f"{bad['symlink']}: " in done.stderr
        and "es un enlace simbólico; los paquetes no pueden tener enlaces" in done.stderr
    )
