"""The command line in the computer's language, from --help and argparse's own words to every error a librarian meets."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from handbook.core.paths import DataDir
from handbook.core.progress.profiles import Profiles
from tests.test_cli_language import ENGLISH, QT_LOCALE_WARNING, REPO, SPANISH
from tests.test_spanish import english_words
from tests.test_translations import spanish  # noqa: F401  (the fixture)

# One process runs every command through main(), as a terminal would one after another (a process each would cost
# a second each).
RUN_ALL = """
import contextlib, io, json, sys
from handbook.cli import main

said = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:  # --help and argparse's errors end this way
            code = stop.code
    said.append({"code": code, "out": out.getvalue(), "err": err.getvalue()})
print(json.dumps(said))
"""


def run_commands(tmp_path: Path, language: dict[str, str], commands: dict[str, list[str]]) -> dict[str, Any]:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data), PYTHONPATH=str(REPO), **language)
    result = subprocess.run(
        [sys.executable, "-c", RUN_ALL, json.dumps(list(commands.values()))],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return dict(zip(commands, json.loads(result.stdout), strict=True))


def commands(tmp_path: Path) -> dict[str, list[str]]:
    """What a librarian types, right and wrong; the files they need, and a profile to work on, are made here."""
    Profiles(DataDir(tmp_path / "data")).create("Ana")[1].close()
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "handbook-progress", "format_version": 1, "records": [{"pack": "x"}]}')
    circle_log = tmp_path / "data" / "profiles" / "ana" / "circle-log.json"
    circle_log.write_text("{ this is not JSON")
    bad_circle = tmp_path / "circle.yaml"
    bad_circle.write_text("first_meeting: 2027-03-06\nmeetings: 30\n", encoding="utf-8")
    return {
        "help": ["--help"],
        "print help": ["print", "--help"],
        "progress help": ["progress", "import", "--help"],
        "circle help": ["circle", "log", "--help"],
        "search help": ["search", "--help"],
        "validate help": ["validate", "--help"],
        "preview help": ["preview", "--help"],
        "pack help": ["pack", "--help"],
        "not a limit": ["search", "--limit", "0", "talk"],
        "profiles": ["progress", "profiles"],
        "export": ["progress", "export", "-o", str(tmp_path / "ana.json")],
        "backup": ["progress", "backup"],
        "backups": ["progress", "restore"],
        "no backup": ["progress", "restore", "7"],
        "damaged import": ["progress", "import", str(damaged)],
        "missing import": ["progress", "import", str(tmp_path / "nothing.json")],
        "no such profile": ["progress", "export", "--profile", "Bea"],
        "circle show": ["circle", "show"],
        "bad circle": ["print", "plan", "--week", "1", "--circle", str(bad_circle), "-o", str(tmp_path / "p.pdf")],
        "no such week": ["print", "plan", "--week", "99", "-o", str(tmp_path / "p.pdf")],
        "no such pack": ["print", "plan", "--week", "1", "--pack", str(tmp_path / "nowhere")],
        "no such form": ["print", "form", "nope"],
        "week left out": ["print", "plan"],
        "week not a number": ["print", "plan", "--week", "x"],
        "unknown option": ["--frob"],
        "unknown action": ["progress", "frob"],
        "folder left out": ["--data-dir"],  # a mistake in the app's own options, which open no command
    }


def words_said(run: dict[str, Any], tmp_path: Path) -> str:
    """The sentences of a run, without what is not a sentence: paths, option names, commands quoted to type."""
    text = "\n".join(line for line in (run["out"] + run["err"]).splitlines() if line not in QT_LOCALE_WARNING)
    text = re.sub(r"\S*\.(json|yaml|pdf)\b", "", text.replace(str(tmp_path), ""))  # file names
    text = re.sub(
        r"\{[a-z,]+\}|Course in a Box", "", text
    )  # the values an option takes ({lesson,module,...}) are typed as they are; a product's name
    text = re.sub(r"Sus formularios son: .*", "", text)  # the pack's form ids are names, not English
    text = re.sub(r"'handbook [^']*'|handbook progress restore", "", text)
    text = re.sub(r"\bhandbook(?: [a-z]+)*|^ {4}[a-z]+(?= )", "", text, flags=re.MULTILINE)  # command names
    return re.sub(r"(?<![\w])--?[\w-]+", "", text)


def test_every_command_line_word_is_spanish_on_a_spanish_computer(tmp_path: Path) -> None:
    said = run_commands(tmp_path, SPANISH, commands(tmp_path))
    for name, run in said.items():
        assert english_words(words_said(run, tmp_path)) == [], (name, run)
    main_help = said["help"]["out"]
    assert main_help.startswith("uso: handbook") and "\nopciones:\n" in main_help
    assert "muestra esta ayuda y termina" in main_help and "Códigos de salida: 0 hecho;" in main_help
    assert "imprime en PDF un plan de sesión" in main_help  # a command's one-line help
    assert said["progress help"]["out"].startswith("uso: handbook progress import [-h] [--profile NOMBRE] ARCHIVO\n")
    assert "el archivo hecho con 'handbook progress export'" in said["progress help"]["out"]
    assert "cómo fue la sesión, de 1 (mal) a 5 (muy bien)" in said["circle help"]["out"]
    assert said["profiles"]["out"].startswith("Ana\tcarpeta: ana\t0 elementos hechos")
    assert said["export"]["out"].startswith("Se exportaron 0 registros de Ana a ")
    assert said["backup"]["out"].startswith("Copia de seguridad de Ana hecha en ")
    assert "(hecha a mano)" in said["backups"]["out"]
    assert said["no backup"]["err"].startswith("error: No hay una copia número 7;")
    damaged = said["damaged import"]
    assert damaged["code"] == 2 and damaged["err"].startswith(f"error: {tmp_path / 'damaged.json'}: registro 1: 'item'")
    assert "No se importó nada" in damaged["err"]
    assert "no existe ese archivo" in said["missing import"]["err"]
    assert said["no such profile"]["err"].startswith("error: No hay un perfil 'Bea'. Perfiles: Ana.")
    circle = said["circle show"]
    assert circle["code"] == 0 and circle["err"].startswith("aviso: ") and "se guardó como" in circle["err"]
    assert "'meetings' es 30" in said["bad circle"]["err"]  # the file and its line, in Spanish
    assert "la semana 99 no es una sesión de este círculo" in said["no such week"]["err"]
    assert "no existe esa carpeta" in said["no such pack"]["err"]
    assert "no tiene un formulario llamado 'nope'" in said["no such form"]["err"]
    assert said["week left out"]["err"].endswith("error: faltan estos argumentos: --week\n")
    assert "argumento --week: valor no válido: 'x'" in said["week not a number"]["err"]
    assert said["unknown option"]["err"].endswith("handbook: error: argumentos desconocidos: --frob\n")
    assert "opción no válida: 'frob' (elige entre 'profiles'," in said["unknown action"]["err"]
    assert "'0' no es un número entero de 1 o más" in said["not a limit"]["err"]
    assert "PALABRAS [PALABRAS ...]" in said["search help"]["out"] and "[--pack CARPETA]" in said["search help"]["out"]
    assert said["folder left out"]["err"].endswith("handbook: error: argumento --data-dir: falta su valor\n")
    refused = [name for name, run in said.items() if "error: " in run["err"]]
    assert len(refused) == 14 and all(said[name]["code"] == 2 for name in refused), refused


def test_the_same_commands_read_as_before_in_english(tmp_path: Path) -> None:
    said = run_commands(tmp_path, ENGLISH, commands(tmp_path))
    main_help = said["help"]["out"]
    assert main_help.startswith("usage: handbook") and "\noptions:\n" in main_help
    assert said["progress help"]["out"].startswith("usage: handbook progress import [-h] [--profile NAME] FILE\n")
    assert "show this help message and exit" in main_help and "Exit codes: 0 done;" in main_help
    assert said["profiles"]["out"].startswith("Ana\tfolder: ana\t0 items done, 0 with progress")
    assert said["export"]["out"].startswith("Exported 0 records of Ana to ")
    assert said["backup"]["out"].startswith("Backed up Ana to ")
    assert "(made by hand)" in said["backups"]["out"]
    assert said["damaged import"]["err"].startswith(
        f"error: {tmp_path / 'damaged.json'}: record 1: 'item' must be text."
    )
    assert said["no such profile"]["err"].startswith("error: There is no profile 'Bea'. Profiles: Ana.")
    assert said["circle show"]["err"].startswith("warning: ")
    assert said["week left out"]["err"].endswith("error: the following arguments are required: --week\n")
    assert "argument --week: invalid int value: 'x'" in said["week not a number"]["err"]
    assert said["unknown option"]["err"].endswith("handbook: error: unrecognized arguments: --frob\n")
    assert said["folder left out"]["err"].endswith("handbook: error: argument --data-dir: expected one argument\n")


@pytest.mark.usefixtures("spanish")
def test_a_command_waiting_for_the_open_app_says_so_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from handbook.cli import main
    from handbook.instance_lock import acquire_lock

    data = tmp_path / "data"
    Profiles(DataDir(data)).create("Ana")[1].close()
    lock = acquire_lock(data)  # as the app holds it while it is open
    try:
        assert main(["--data-dir", str(data), "progress", "backup"]) == 2
    finally:
        lock.unlock()
    said = capsys.readouterr().err
    assert said.startswith("error: No se puede hacer una copia del progreso: Handbook ya está abierto con esta carpeta")
    assert english_words(said) == []


def test_an_average_rating_is_written_with_the_languages_decimal_mark(qapp: Any) -> None:
    from handbook.core.circle.summary import shown_rating
    from handbook.translation import install_translation, remove_translation

    assert (shown_rating(4.5), shown_rating(None)) == ("4.5", "-")
    assert install_translation(qapp, QLocale("es_MX"))
    try:
        assert shown_rating(4.5) == "4,5"  # 'circle show', the end-of-circle report and the organiser's summary
    finally:
        remove_translation(qapp)
