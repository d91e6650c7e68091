"""The generator's shape: one stage a package, imports that only flow forward, and none with side effects.

These read the source with ``ast`` instead of importing it, so a broken rule shows as a failing test, not as
an import error somewhere else.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support import ROOT

PACKAGE = ROOT / "macros"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _imports(name: str) -> list[tuple[str, int]]:
    """Every module ``name`` imports, absolute, with the line; ``from . import x`` names module ``x``."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    base = name if _is_package(name) else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.split(".")[: len(base.split(".")) - node.level + 1]
                module = ".".join(anchor + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((module, node.lineno))
            found += [(f"{module}.{a.name}", node.lineno) for a in node.names if f"{module}.{a.name}" in MODULES]
    return found


def _core_edges(name: str) -> set[str]:
    """The project modules that importing ``name`` runs: each one named, and the packages around it."""
    out = set()
    for module, _ in _imports(name):
        parts = module.split(".")
        for i in range(1, len(parts) + 1):
            target = ".".join(parts[:i])
            # a module's own enclosing packages are already being imported: no edge back to them
            if target in MODULES and not name.startswith(target + ".") and target != name:
                out.add(target)
    return out


def test_only_the_adapter_imports_mkdocs():
    """A move to another generator (ProperDocs, Zensical) rewrites macros/adapter/ and nothing else."""
    offenders = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: {module}"
        for name in MODULES
        if not name.startswith("macros.adapter")
        for module, line in _imports(name)
        if module.split(".")[0] in ("mkdocs", "material", "mkdocs_macros")
    ]
    assert offenders == []


@pytest.mark.parametrize("stage", ["macros.render", "macros.selfcheck"])
def test_renderers_never_reach_back_into_validation_or_loading(stage):
    """Rendering gets a validated model; it cannot re-read files or re-run rules behind the validator's back."""
    offenders = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: {module}"
        for name in MODULES
        if name == stage or name.startswith(stage + ".")
        for module, line in _imports(name)
        if module.startswith(("macros.validate", "macros.load", "macros.adapter"))
    ]
    assert offenders == []


def test_the_package_has_no_import_cycle():
    graph = {name: _core_edges(name) for name in MODULES}
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(
                    " -> ".join(trail[trail.index(nxt) :] + [node, nxt]) if nxt in trail else f"{node} -> {nxt}"
                )
            elif nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert cycles == []


def test_importing_a_module_changes_no_other_module():
    """The self-check used to register itself by patching other modules on import; wiring is now explicit."""
    offenders = []
    for path in MODULES.values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = set()
        for node in tree.body:
            if isinstance(node, ast.Import):
                imported |= {(a.asname or a.name).split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                imported |= {a.asname or a.name for a in node.names}
        for node in tree.body:
            targets = []
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                targets = [node.value.func]
            elif isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                root = target
                while isinstance(root, (ast.Attribute, ast.Subscript)):
                    root = root.value
                if root is not target and isinstance(root, ast.Name) and root.id in imported:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(target)}")
    assert offenders == []


def test_the_architecture_checks_see_the_real_stages():
    """Guards the guards: if the layout moved, the tests above would pass on nothing."""
    assert {"macros.load", "macros.validate", "macros.render", "macros.selfcheck", "macros.adapter"} <= set(MODULES)
    assert "macros.validate" in _core_edges("macros.adapter.cache") or "macros.adapter.reload" in _core_edges(
        "macros.adapter.cache"
    )
    assert "macros.load.files" in _core_edges("macros.validate")
