"""ARCHITECTURE.md's import rules hold, and ``newsspider/`` has no import cycle.

The rules are the table under ``<!-- import-rules -->`` in ARCHITECTURE.md,
read here, so the page and the check cannot drift apart. Imports are read
from the source (``tests/helpers/imports.py``), inside functions too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tests.helpers import imports

DOC = imports.ROOT / "ARCHITECTURE.md"
MARKER = "<!-- import-rules"
#: What ``libraries`` stands for in a "may import" cell (with every package without a row).
LIBRARIES = ("dates", "wire", "urls", "netpolicy", "hugetags")
#: Third-party packages a "Scrapy: no" package may not import.
SCRAPY = ("scrapy", "twisted", "scrapy_redis")
#: Cycles through type-only imports (``if TYPE_CHECKING:``) known today, to be
#: removed. The test fails when one of them is gone, so that this list stays true.
KNOWN_TYPE_ONLY_CYCLES: list[list[str]] = []


@dataclass(frozen=True, slots=True)
class Row:
    package: str
    may_import: frozenset[str]
    scrapy: bool


def read_rules() -> dict[str, Row]:
    text = DOC.read_text(encoding="utf-8")
    assert MARKER in text, f"{DOC.name} lost its import-rules table (the {MARKER} ...--> line before it)"
    rows: dict[str, Row] = {}
    for line in text.split(MARKER, 1)[1].splitlines()[1:]:
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] in ("package", "---"):
            continue
        assert len(cells) == 4, f"{DOC.name}: an import-rules row needs 4 cells: {line}"
        package = cells[0].strip("`")
        names = frozenset(re.findall(r"`([\w.]+)`", cells[2]))
        assert cells[3] in ("yes", "no"), f"{DOC.name}: Scrapy column is yes or no: {line}"
        rows[package] = Row(package, names, cells[3] == "yes")
    assert rows, f"no rows found in {DOC.name}'s import-rules table"
    return rows


RULES = read_rules()


def unit(module: str) -> str:
    """The row a module belongs to: the longest row name it starts with, else its top-level name."""
    name = module.removeprefix("newsspider.")
    for package in sorted(RULES, key=len, reverse=True):
        if name == package or name.startswith(package + "."):
            return package
    return name.split(".")[0]


def row_of(package: str) -> Row:
    return RULES.get(package) or Row(package, frozenset({"libraries"}), scrapy=False)


def allows(row: Row, target: str) -> bool:
    if target in row.may_import:
        return True
    return "libraries" in row.may_import and (target in LIBRARIES or target not in RULES)


def test_the_rules_name_only_real_packages() -> None:
    packages = {unit(name) for name in imports.modules() if name != "newsspider"}
    for row in RULES.values():
        assert row.package in packages, f"{DOC.name} has a row for `{row.package}`, which is not in newsspider/"
        unknown = row.may_import - set(RULES) - {"libraries"}
        assert not unknown, f"{DOC.name}: row `{row.package}` names unknown packages {sorted(unknown)}"


def test_every_import_follows_the_rules() -> None:
    broken = []
    for imp in imports.all_imports():
        if imp.source == "newsspider":
            continue
        source = unit(imp.source)
        row = row_of(source)
        how = f"{imp.source} (line {imp.line}) imports {imp.target}"
        if imp.target.startswith("newsspider."):
            target = unit(imp.target)
            if target != source and not allows(row, target):
                if source in RULES:
                    fix = f"add `{target}` to the 'may import' cell of the `{source}` row"
                else:
                    fix = (f"`{source}` has no row, so it is a library that may import only libraries: "
                           f"add a row | `{source}` | <its job> | `{target}`, `libraries` | no |")
                broken.append(f"{how}, which ARCHITECTURE.md does not allow: if the dependency is right, {fix}")
        elif imp.target.split(".")[0] in SCRAPY and not row.scrapy:
            fix = (f"set the Scrapy cell of the `{source}` row to yes" if source in RULES
                   else f"add a row for `{source}` with Scrapy yes")
            broken.append(f"{how}: `{source}` may not use Scrapy or Twisted per ARCHITECTURE.md; "
                          f"keep it out, or {fix}")
    assert not broken, "\n".join(broken)


def test_no_import_cycle_between_modules() -> None:
    found = imports.cycles(imports.project_graph(runtime_only=True))
    assert not found, "import cycles (imports in functions count): " + "; ".join(
        " <-> ".join(component) for component in found)


def test_no_new_import_cycle_through_type_only_imports() -> None:
    found = imports.cycles(imports.project_graph(runtime_only=False))
    new = [component for component in found if component not in KNOWN_TYPE_ONLY_CYCLES]
    assert not new, "import cycles (counting `if TYPE_CHECKING:` imports): " + "; ".join(
        " <-> ".join(component) for component in new)
    gone = [component for component in KNOWN_TYPE_ONLY_CYCLES if component not in found]
    assert not gone, f"no longer a cycle, remove it from KNOWN_TYPE_ONLY_CYCLES: {gone}"


def test_no_import_cycle_between_packages() -> None:
    graph = {package: set(targets) for package, targets in imports.package_graph().items()}
    found = imports.cycles(graph)
    assert not found, "packages importing each other: " + "; ".join(" <-> ".join(c) for c in found)


@pytest.mark.parametrize("source,target,allowed", [
    ("extract", "dates", True),
    ("extract", "stats", False),
    ("state", "redis", False),
    ("redis", "state", True),
    ("lang", "dates", True),  # a package without a row is a library
    ("lang", "stats", False),
    ("extract", "lang", True),
])
def test_how_the_rules_read(source: str, target: str, allowed: bool) -> None:
    assert allows(row_of(source), target) is allowed
