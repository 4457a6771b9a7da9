"""The CI descriptions stay true to the project: the workflow parses, covers the three systems and runs
files that exist; .ci/run still runs the README's test command, then the installed wheel and the bundle."""

from __future__ import annotations

import re
import shlex
from typing import Any

import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "bundle.yml"


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_workflow_builds_on_windows_macos_and_linux_and_uploads_the_archive() -> None:
    workflow = _workflow()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare 'on' as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    [job] = workflow["jobs"].values()
    systems = job["strategy"]["matrix"]["os"]
    assert {system.split("-")[0] for system in systems} == {"windows", "macos", "ubuntu"}
    assert job["runs-on"] == "${{ matrix.os }}"
    steps = job["steps"]
    runs = [step.get("run", "") for step in steps]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert {"actions/checkout", "actions/setup-python", "actions/upload-artifact"} <= set(uses)
    order = [next(i for i, run in enumerate(runs) if needle in run) for needle in ("-m pytest", "build_app.py")]
    upload = uses.index("actions/upload-artifact")
    assert order[0] < order[1] < upload  # tested, then built and smoke-tested, then uploaded
    paths = steps[upload]["with"]["path"]
    assert "dist/Handbook-*.zip" in paths and "dist/Handbook-*.tar.gz" in paths  # Windows and macOS; Linux
    assert steps[upload]["with"]["if-no-files-found"] == "error"


def test_the_workflow_runs_only_files_that_exist() -> None:
    for step in _workflow()["jobs"]["bundle"]["steps"]:
        for line in step.get("run", "").splitlines():
            for word in shlex.split(line.rstrip("\\")):
                if re.fullmatch(r"(\.ci/[\w-]+|[\w-]+\.py)", word):
                    assert (REPO / word).is_file(), word


def test_ci_runs_the_readme_test_command_then_the_real_install_then_the_bundle() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = 'python3 -m pip install -e ".[test]" && python3 -m pytest'
    assert f"```sh\n{command}\n```" in readme
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    positions = [
        script.index(part)
        for part in (
            command,
            "\npython3 -m ruff check .\n",
            "\npython3 -m mypy\n",
            "\n.ci/check-installed python3\n",
            "\npython3 build_app.py",
        )
    ]
    assert positions == sorted(positions)
