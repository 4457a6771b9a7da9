"""handbook.core must never import Qt: it runs headless and is tested without a screen."""

import pkgutil
import subprocess
import sys

import handbook.core
from tests.conftest import REPO


def test_core_imports_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(handbook.core.__path__, "handbook.core.")]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == ""
