"""What a scrapyd host installs: the project's dependencies, never the project."""

from __future__ import annotations

import re
import tomllib

from tests.helpers.loopback import ROOT


def requirement_names(lines: list[str]) -> dict[str, str]:
    """``{normalised name: requirement}`` of requirement lines."""
    names = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            name = re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0]
            names[re.sub(r"[-_.]+", "-", name).lower()] = line
    return names


def test_scrapyd_requirements_are_the_projects_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    needed = requirement_names(project["dependencies"] + project["optional-dependencies"]["redis"])
    shipped = requirement_names((ROOT / "requirements-scrapyd.txt").read_text("utf-8").splitlines())
    assert "newsspider" not in shipped
    assert {name: shipped.get(name) for name in needed} == needed
    assert "scrapyd" in shipped
