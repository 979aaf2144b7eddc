"""The shape of the code, checked from the source (AST, nothing imported): the data layer never
reaches into the app, no two modules import each other round a cycle, no module in lib/ grows
past what one reader can hold, no parse token is compared by identity."""

import ast
from pathlib import Path

from tests.paths import ROOT

PACKAGES = ("lib", "app")
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of lib/ and app/."""
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _imported(module: str, path: Path) -> list[tuple[str, int]]:
    """(dotted name, line) of every import in the file, at any depth (function-level too)."""
    is_package = path.name == "__init__.py"
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package upwards
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            out.append((base, node.lineno))
            out += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
    return out


def _graph() -> dict[str, set[str]]:
    """module -> the modules of lib/ and app/ it imports. `from lib.quotes import finder` is an
    edge to lib.quotes.finder; the package __init__ Python runs on the way is not counted."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        for name, _ in _imported(module, path):
            if name in modules and name != module:
                targets.add(name)
        # `from lib.quotes import finder` yields both lib.quotes and lib.quotes.finder: keep
        # the most specific one only.
        graph[module] = {t for t in targets if not any(o.startswith(t + ".") for o in targets)}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each as one cycle
    path through it, so a failure shows the loop to break."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_loop(graph, set(c)) for c in components]


def _loop(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One cycle through a strongly connected component: start -> ... -> start."""
    start = min(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & component):
                if w == start:
                    return paths[v] + [start]
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    nxt.append(w)
        frontier = nxt
    return sorted(component)


def test_lib_never_imports_streamlit_or_the_app():
    offenders = []
    for module, path in _modules().items():
        if not module.startswith("lib"):
            continue
        for name, line in _imported(module, path):
            top = name.split(".")[0]
            if top in ("streamlit", "app", "ui", "dashboard", "pages"):
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_no_import_cycle_between_modules():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_scan_sees_function_level_and_relative_imports(tmp_path):
    path = tmp_path / "__init__.py"
    path.write_text(
        "import os\n\ndef f():\n    from lib.quotes import finder\n    from . import marks\n",
        encoding="utf-8",
    )
    names = {name for name, _ in _imported("lib.quotes", path)}
    assert {"os", "lib.quotes.finder", "lib.quotes.marks"} <= names


def _long_modules() -> list[str]:
    out = []
    for module, path in _modules().items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if module.startswith("lib") and lines > MAX_LINES:
            out.append(f"{path.relative_to(ROOT)} ({lines} lines)")
    return out


def test_no_module_in_lib_is_over_500_lines():
    offenders = _long_modules()
    assert not offenders, "over 500 lines: " + ", ".join(offenders)


def _token_identities(tree: ast.AST) -> list[int]:
    """Lines comparing a token's `.head` with `is` / `is not`: spaCy makes a new Token object on
    every access, so `tok.head is tok` is never true, even at the sentence's root."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        by_identity = any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
        heads = any(isinstance(x, ast.Attribute) and x.attr == "head" for x in sides)
        nones = any(isinstance(x, ast.Constant) and x.value is None for x in sides)
        if by_identity and heads and not nones:
            lines.append(node.lineno)
    return lines


def test_no_token_head_is_compared_by_identity():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _modules().values()
        for line in _token_identities(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not offenders, "compare tokens by .i, not `is`: " + ", ".join(offenders)


def test_the_identity_scan_sees_is_and_is_not_but_not_none():
    tree = ast.parse(
        "a = t.head is t\nb = t.head is not u\nc = t.head is None\nd = t.head.i == t.i\n"
    )
    assert _token_identities(tree) == [1, 2]
