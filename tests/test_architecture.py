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
    """Rendering gets a validated model; it cannot re-read files or re-run rules behind the validator's back
    (the stage order alone would let it import the stages before it)."""
    offenders = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: {module}"
        for name in MODULES
        if name == stage or name.startswith(stage + ".")
        for module, line in _imports(name)
        if module.startswith(("macros.validate", "macros.load", "macros.assemble", "macros.adapter", "macros.cli"))
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


# The stages in the order data flows through them (ARCHITECTURE.md): a module may import its own stage and the
# stages before it, never one after it. The first holds what every stage reads: the typed records, the table of
# kinds, the contract the widget shares, problems and paths. Every module of macros/ sits in exactly one.
# macros.i18n spans stages: what a translation may hold and the pseudo-locale are shared, reading the overlays is
# loading (macros.load.overlays), their rules validate (macros.validate.overlay_rules), applying them to the model
# is the model stage, and the scaffold is a contributor's entry point.
STAGES = [
    ("shared", {"macros", "macros.paths", "macros.problems", "macros.loc", "macros.model", "macros.model_topics"}
     | {"macros.kinds", "macros.contract", "macros.i18n", "macros.i18n.texts", "macros.i18n.source"}
     | {"macros.i18n.pseudo", "macros.i18n.status", "macros.i18n.messages", "macros.i18n.lookup"}),
    ("load", {"macros.load"}),
    ("validate", {"macros.validate"}),
    ("model", {"macros.assemble", "macros.i18n.localize", "macros.i18n.report"}),
    ("render", {"macros.render"}),
    ("self-check", {"macros.selfcheck"}),
    ("entry points", {"macros.adapter", "macros.cli", "macros.__main__", "macros.i18n.scaffold"}),
]  # fmt: skip


def _stage_of(name: str) -> int | None:
    """The index in STAGES of the stage a module belongs to: the one that names it, else the one that names its
    package (a package's modules belong to its stage; macros.i18n names each of its modules)."""
    for index, (_, members) in enumerate(STAGES):
        if name in members:
            return index
    for index, (_, members) in enumerate(STAGES):
        if any(name.startswith(m + ".") for m in members - {"macros", "macros.i18n"}):
            return index
    return None


def _backward_imports(imports_of) -> list[str]:
    """Every import of a later stage by an earlier one; ``imports_of(name)`` gives a module's (module, line)."""
    offenders = []
    for name in MODULES:
        own = _stage_of(name)
        for module, line in imports_of(name):
            target = _stage_of(module) if module.split(".")[0] == "macros" else None
            if target is not None and own is not None and target > own:
                where = f"{MODULES[name].relative_to(ROOT)}:{line}"
                offenders.append(f"{where}: the {STAGES[own][0]} stage imports {module} ({STAGES[target][0]})")
    return offenders


def test_each_stage_imports_only_the_stages_before_it():
    """load -> validate -> model -> render -> self-check -> adapter: no stage reaches forward."""
    assert _backward_imports(_imports) == []


def test_every_module_sits_in_one_stage():
    """A new module must say where it sits, or the order above would not see it."""
    assert [name for name in MODULES if _stage_of(name) is None] == []


def test_the_stage_guard_sees_the_real_stages_and_finds_a_backward_import():
    """Guards the guard: every stage has modules, the real forward edges are seen, and a backward one is caught."""
    for label, members in STAGES:
        assert any(_stage_of(name) == STAGES.index((label, members)) for name in MODULES), label
    forward = {(_stage_of(name), _stage_of(m)) for name in MODULES for m in _core_edges(name)}
    stage = {label: i for i, (label, _) in enumerate(STAGES)}
    # validate reads what load built, the model stage runs both, the self-check pages use the renderers' helpers
    for later, earlier in [("validate", "load"), ("model", "validate"), ("model", "load"), ("self-check", "render")]:
        assert (stage[later], stage[earlier]) in forward, f"{later} -> {earlier}"
    injected = {"macros.validate.rules": [("macros.assemble", 7)], "macros.load.files": [("macros.render.md", 3)]}
    assert sorted(_backward_imports(lambda name: injected.get(name, []))) == [
        "macros/load/files.py:3: the load stage imports macros.render.md (render)",
        "macros/validate/rules.py:7: the validate stage imports macros.assemble (model)",
    ]


def _classes(path: Path) -> set[str]:
    return {n.name for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.ClassDef)}


RECORD_CLASSES = _classes(PACKAGE / "model.py") | _classes(PACKAGE / "model_topics.py")


def test_the_validator_only_validates():
    """Records are built by loading (macros.load.records) and the model by macros.assemble: a rule only reads."""
    offenders = []
    for name in MODULES:
        if not name.startswith("macros.validate"):
            continue
        for module, line in _imports(name):
            if module.startswith(("macros.load.records", "macros.load.collect")):
                offenders.append(f"{MODULES[name].relative_to(ROOT)}:{line}: imports {module}")
        for node in ast.walk(ast.parse(MODULES[name].read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RECORD_CLASSES:
                offenders.append(f"{MODULES[name].relative_to(ROOT)}:{node.lineno}: builds a {node.func.id}")
    assert {"Model", "Practice", "Sign"} <= RECORD_CLASSES
    assert offenders == []
