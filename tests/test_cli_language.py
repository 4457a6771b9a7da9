"""The commands speak the computer's language, as the app does: Spanish on a Spanish computer, English otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdftext import pdf_pages_text
from tests.test_spanish import english_words

REPO = Path(__file__).resolve().parent.parent
SPANISH = {"LANG": "es_ES.UTF-8", "LANGUAGE": "es", "LC_ALL": "es_ES.UTF-8"}
ENGLISH = {"LANG": "en_US.UTF-8", "LANGUAGE": "en", "LC_ALL": "en_US.UTF-8"}

QT_LOCALE_WARNING = (  # Qt's own English, on a machine without the es_ES locale installed
    'Detected locale "C" with character encoding "ANSI_X3.4-1968", which is not UTF-8.',
    'Qt depends on a UTF-8 locale, and has switched to "C.UTF-8" instead.',
    "If this causes problems, reconfigure your locale. See the locale(1) manual",
    "for more information.",
)


def handbook(tmp_path: Path, language: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(tmp_path / "data"), **language)
    return subprocess.run(
        [sys.executable, "-m", "handbook", *arguments], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


@pytest.mark.parametrize("language", [SPANISH, ENGLISH], ids=["es", "en"])
def test_validate_print_and_errors_speak_the_language(tmp_path: Path, language: dict[str, str]) -> None:
    spanish = language is SPANISH
    checked = handbook(tmp_path, language, "validate", "content-es")
    assert checked.returncode == 0, checked.stderr
    missing = handbook(tmp_path, language, "validate", str(tmp_path / "nowhere"))
    printed = handbook(tmp_path, language, "print", "plan", "--week", "1", "--page-size", "A4", "--pack", "es", "-o",
                       str(tmp_path / "plan.pdf"))  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "Para empezar" in pdf_pages_text(tmp_path / "plan.pdf")[0]  # --pack es: the bundled Spanish course
    said = "\n".join(run.stdout + run.stderr for run in (checked, missing, printed))
    said = "\n".join(line for line in said.splitlines() if line not in QT_LOCALE_WARNING)
    said = said.replace(str(tmp_path), "")  # the test's folder name is English
    assert str(tmp_path / "nowhere") in missing.stderr  # the error still names the folder
    if spanish:
        assert "páginas, 0 errores, 0 avisos" in checked.stdout
        assert missing.stderr.startswith("error: ") and "no existe esa carpeta" in missing.stderr
        assert (
            "nota: no hay datos del círculo" in printed.stderr
            and printed.stdout.startswith("se escribió ")
            and " páginas, A4)" in printed.stdout
        )
        assert (
            english_words(
                said.replace("handbook print plan --help", "").replace("--circle", "").replace("pack verify", "")
            )
            == []
        ), said
    else:
        assert "pages, 0 errors, 0 warnings" in checked.stdout
        assert "there is no such folder; give a pack's source folder" in missing.stderr
        assert (
            "note: no circle details" in printed.stderr
            and printed.stdout.startswith("wrote ")
            and " pages, A4)" in printed.stdout
        )
