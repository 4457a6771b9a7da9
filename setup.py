"""Build step: the wheel carries content/ and resources/ inside the package, as handbook/_bundled/.

The checkout keeps them at its top level (DESIGN.md, "Layout"), where the editable install and
PyInstaller (handbook.spec) read them; handbook/core/resources.py finds either. The rest of the
project's metadata is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED_FOLDERS = ("content", "resources", "content-es")  # as in handbook/core/resources.py (TRANSLATED_PACKS)
PACKAGE_DATA = Path("handbook") / "_bundled"
SKIPPED = ("__pycache__", ".DS_Store")


class BuildPyWithCourse(build_py):
    """Copies the bundled course and the app's resources into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        package_data = Path(self.build_lib) / PACKAGE_DATA
        shutil.rmtree(package_data, ignore_errors=True)  # build/ outlives a build: no file deleted since may linger
        for name in BUNDLED_FOLDERS:
            source = HERE / name
            if not source.is_dir():
                raise SystemExit(f"error: {source} is missing; a wheel without the course would not work.")
            for path in sorted(source.rglob("*")):
                if path.is_file() and not any(part in SKIPPED for part in path.relative_to(source).parts):
                    target = package_data / path.relative_to(HERE)
                    self.mkpath(str(target.parent))
                    self.copy_file(str(path), str(target), preserve_mode=False)


setup(cmdclass={"build_py": BuildPyWithCourse})
