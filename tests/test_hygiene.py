"""House rules for the tests themselves, read from their source with ``ast``:
no blind sleeps (poll with ``tests.helpers.waiting.wait_until``), and code
shared between test modules lives in ``tests/helpers/`` only."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
#: The one module allowed to call ``sleep``: the polling helper and a fake server's latency.
WAITING = TESTS / "helpers" / "waiting.py"


def python_files(*folders: Path) -> list[Path]:
    return sorted(path for folder in folders for path in folder.rglob("*.py"))


def test_no_test_sleeps_blindly() -> None:
    found = []
    for path in python_files(TESTS):
        if path == WAITING:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == "sleep":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, ("sleep() in tests: wait for the condition with tests.helpers.waiting.wait_until "
                       f"(or waiting.latency for a fake server's slowness): {found}")


def test_shared_test_code_comes_from_tests_helpers_only() -> None:
    found = []
    for path in python_files(TESTS, ROOT / "benchmarks"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            modules = []
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            for module in modules:
                if module.startswith("tests.") and not module.startswith("tests.helpers"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {module}")
    assert not found, f"move what is shared into tests/helpers/: {found}"
