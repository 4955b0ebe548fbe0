"""What imports what inside ``newsspider/``, read from the source with ``ast``.

Used by ``tests/test_architecture.py`` (the import rules of ARCHITECTURE.md and
the no-cycle rule) and, from the command line, to print the package graph and
the module sizes for a change's closing note::

    python -m tests.helpers.imports [CHECKOUT]

Every ``import`` counts, at module level or inside a function (a lazy import
is still a dependency); an import under ``if TYPE_CHECKING:`` is recorded as
type-only (it never runs, so it cannot close an import cycle, but it still
follows the rules). ``from package import name`` is an edge to
``package.name`` when that is a module, else to ``package``.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "newsspider"


@dataclass(frozen=True, slots=True)
class Import:
    #: The importing module (``newsspider.extract.page``).
    source: str
    #: The imported module, project or third-party (``newsspider.extract.sites``, ``lxml.html``).
    target: str
    line: int
    #: Under ``if TYPE_CHECKING:``: never executed.
    type_only: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of ``newsspider/`` by dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _resolve(source: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = source.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path, known: set[str]) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    is_package = path.name == "__init__.py"

    def visit(node: ast.AST, type_only: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_only)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(name, alias.name, node.lineno, type_only) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(name, is_package, node)
            if base == "__future__":
                return
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append(Import(name, sub if sub in known else base, node.lineno, type_only))
        for child in ast.iter_child_nodes(node):
            visit(child, type_only)

    visit(tree, False)
    return found


def all_imports() -> list[Import]:
    found = modules()
    known = set(found)
    return [imp for name, path in found.items() for imp in imports_of(name, path, known)]


def project_graph(*, runtime_only: bool) -> dict[str, set[str]]:
    """Module → the project modules it imports (type-only imports left out with ``runtime_only``)."""
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for imp in all_imports():
        if imp.target.startswith("newsspider.") and imp.target in graph and imp.target != imp.source:
            if not (runtime_only and imp.type_only):
                graph[imp.source].add(imp.target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def top_level(module: str) -> str:
    """``newsspider.extract.sites.ndtv`` → ``extract``; ``newsspider.dates`` → ``dates``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def package_graph() -> dict[str, set[str]]:
    """Top-level package or module → the others it imports (type-only imports included)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for imp in all_imports():
        source, target = top_level(imp.source), top_level(imp.target)
        if imp.target.startswith("newsspider.") and source and target and source != target:
            graph[source].add(target)
        graph[source]  # every package listed, importing nothing or not
    return dict(graph)


def sizes() -> list[tuple[int, str]]:
    """(lines, path) of every module, largest first."""
    return sorted(((len(path.read_text(encoding="utf-8").splitlines()), str(path.relative_to(ROOT)))
                   for path in modules().values()), reverse=True)


def main() -> None:
    """``python -m tests.helpers.imports [CHECKOUT]``: another checkout's figures (``git worktree``)."""
    global ROOT, PACKAGE
    if len(sys.argv) > 1:
        ROOT = Path(sys.argv[1]).resolve()
        PACKAGE = ROOT / "newsspider"
    print("Module sizes (lines), top 20:")
    for lines, path in sizes()[:20]:
        print(f"  {lines:5d}  {path}")
    print("\nImport graph (package -> packages it imports, type-only imports included):")
    for package, targets in sorted(package_graph().items()):
        print(f"  {package or '(root)'} -> {', '.join(sorted(targets)) or '-'}")
    print("\nImport cycles (runtime imports, at module level or in functions):")
    for component in cycles(project_graph(runtime_only=True)) or [["none"]]:
        print("  " + " <-> ".join(component))
    print("\nImport cycles counting type-only imports too:")
    for component in cycles(project_graph(runtime_only=False)) or [["none"]]:
        print("  " + " <-> ".join(component))


if __name__ == "__main__":
    main()
