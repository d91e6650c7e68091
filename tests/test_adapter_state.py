"""The adapter's state lives in one object (``macros.adapter.state.Build``), and the macros module works under
any tool: it imports neither MkDocs nor the hooks, and reads the page path as MkDocs and Zensical give it."""

from __future__ import annotations

import ast
import subprocess
import sys

from macros.adapter.state import Build
from tests.support import ROOT

ADAPTER = ROOT / "macros" / "adapter"


def _module_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name for a in node.names}
    return names


def test_no_adapter_module_keeps_state_in_globals_or_writes_another_modules():
    offenders = []
    for path in sorted(ADAPTER.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _module_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Global):
                offenders.append(f"{path.name}:{node.lineno}: global {', '.join(node.names)}")
            if isinstance(node, ast.FunctionDef):
                for inner in ast.walk(node):
                    targets = inner.targets if isinstance(inner, ast.Assign) else []
                    targets += [inner.target] if isinstance(inner, ast.AugAssign) else []
                    for t in targets:
                        if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in imported:
                            if t.value.id != "BUILD":  # the one shared state object
                                offenders.append(f"{path.name}:{inner.lineno}: {ast.unparse(t)}")
    assert offenders == []


def test_each_build_keeps_its_own_state_and_its_model_once():
    first, second = Build(), Build()
    first.problems.append("a problem")
    first.known_pages.add("index.html")
    assert second.problems == [] and second.known_pages == set()
    assert first.model() is first.model()  # loaded once while data/ and the code stay as they are
    assert first.model() is not second.model()


# A stand-in for each tool's macros environment: MkDocs' page has file.src_uri, Zensical's only path. MkDocs is
# made unimportable first, so the module and everything it imports must do without it.
SCRIPT = """
import sys
from types import SimpleNamespace as NS
for name in ("mkdocs", "material", "mkdocs_macros"):
    sys.modules[name] = None
import importlib.util
spec = importlib.util.spec_from_file_location("main", "macros/adapter/macros_plugin.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)

class Env:
    def __init__(self, page):
        self.page, self.conf, self.macros = page, {"site_url": None}, {}
    def macro(self, fn, name):
        self.macros[name] = fn

pages = {"zensical": NS(path="lifecycle.md", url="lifecycle/"),
         "mkdocs": NS(file=NS(src_uri="lifecycle.md"), url="lifecycle/")}
out = {}
for tool, page in pages.items():
    env = Env(page)
    module.define_env(env)
    out[tool] = (sorted(env.macros), env.macros["lifecycle_stages"](), env.macros["self_check"]())
assert out["zensical"] == out["mkdocs"], "the tools' pages gave different output"
assert not [m for m in sys.modules if m.startswith("macros.adapter.hooks")]
print(len(out["mkdocs"][0]), "../practices/" in out["mkdocs"][1] or "practices/" in out["mkdocs"][1])
"""


def test_the_macros_module_runs_without_mkdocs_and_reads_either_tools_page():
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    count, links = done.stdout.split()
    assert int(count) > 0 and links == "True"
