"""The package's layers, read from its imports: no circle anywhere in `skill/`, and no module
importing from a layer above its own (docs/architecture.md draws the same picture)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Bottom first. A package may import its own modules and any package in a lower layer; two
# packages in one layer may not import each other.
LAYERS = (
    ("skill.catalog",),
    ("skill.coach",),
    ("skill.voice", "skill.store"),
    ("skill.screens", "skill.audio", "skill.pages"),
    ("skill.alexa",),
    ("skill.web", "skill.simulator", "skill.mcp"),
    ("skill.cli", "lambda"),
)
# The rooms of skill.alexa, bottom first, by the same rule.
ALEXA_ROOMS = (
    ("skill.alexa.platform", "skill.alexa.language"),
    ("skill.alexa.session", "skill.alexa.reply", "skill.alexa.slots"),
    ("skill.alexa.turn",),
    ("skill.alexa.flows",),
    ("skill.alexa.handlers",),
    ("skill.alexa.skill",),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if parts[0] == "lambda":
        return "lambda"
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of ours and the modules of ours it imports, at the top or inside a
    function alike (a deferred import is still a dependency)."""
    files = {module_name(path): path
             for path in [*ROOT.glob("skill/**/*.py"), *ROOT.glob("lambda/*.py")]}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.add(node.module)
                # `from skill.alexa import dialog` imports the module skill.alexa.dialog
                targets.update(f"{node.module}.{alias.name}" for alias in node.names
                               if f"{node.module}.{alias.name}" in files)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def unit(name: str, units: tuple[tuple[str, ...], ...]) -> tuple[int, str] | None:
    """(layer, the package or room of that layer) that `name` belongs to, if any."""
    for rank, layer in enumerate(units):
        for prefix in layer:
            if name == prefix or name.startswith(prefix + "."):
                return rank, prefix
    return None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for importer, targets in graph.items():
        for target in targets:
            for units in (LAYERS, ALEXA_ROOMS):
                mine, theirs = unit(importer, units), unit(target, units)
                if mine and theirs and mine[1] != theirs[1] and theirs[0] >= mine[0]:
                    found.append(f"{importer} imports {target}")
    return sorted(found)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import circle once, as the path that closes it (depth-first search)."""
    found, done, path = [], set(), []

    def visit(name: str) -> None:
        if name in path:
            found.append(path[path.index(name):] + [name])
            return
        if name in done:
            return
        path.append(name)
        for target in sorted(graph.get(name, ())):
            visit(target)
        path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
    return found


def test_no_module_imports_from_a_layer_above_its_own():
    assert upward_imports(import_graph()) == []


def test_no_import_circle_anywhere_in_the_package():
    assert circles(import_graph()) == []


def test_every_module_belongs_to_a_layer():
    graph = import_graph()
    assert [name for name in graph if unit(name, LAYERS) is None and name != "skill"] == []
    assert [name for name in graph if name.startswith("skill.alexa.")
            and unit(name, ALEXA_ROOMS) is None] == []


@pytest.mark.parametrize("graph, upward, circle", [
    ({"skill.catalog.model": {"skill.coach.timeline"}, "skill.coach.timeline": set()},
     ["skill.catalog.model imports skill.coach.timeline"], []),
    ({"skill.voice.text": {"skill.store"}, "skill.store": set()},
     ["skill.voice.text imports skill.store"], []),
    ({"skill.alexa.flows.check": {"skill.alexa.handlers.routine"},
      "skill.alexa.handlers.routine": {"skill.alexa.flows.check"}},
     ["skill.alexa.flows.check imports skill.alexa.handlers.routine"],
     [["skill.alexa.flows.check", "skill.alexa.handlers.routine", "skill.alexa.flows.check"]]),
    ({"skill.coach.a": {"skill.coach.b"}, "skill.coach.b": {"skill.coach.a"}},
     [], [["skill.coach.a", "skill.coach.b", "skill.coach.a"]]),
])
def test_the_checks_find_what_they_look_for(graph, upward, circle):
    assert upward_imports(graph) == upward
    assert circles(graph) == circle


def opening_line(path: Path) -> str:
    """What a file says first about itself: a Python module's docstring, else the comment
    after a script's first line (#!) or at the top of a JavaScript file."""
    text = path.read_text()
    if path.suffix == ".py" or text.startswith("#!/usr/bin/env python"):
        doc = ast.get_docstring(ast.parse(text)) or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""
    lines = [line for line in text.splitlines() if not line.startswith("#!")]
    first = lines[0] if lines else ""
    return first.lstrip("#/* ").strip() if first.startswith(("#", "//", "/*")) else ""


def test_every_file_opens_with_a_line_saying_what_it_is_for():
    files = [*ROOT.glob("skill/**/*.py"), *ROOT.glob("lambda/*.py"), *ROOT.glob("benchmarks/*.py"),
             *ROOT.glob("tests/**/*.py"), *ROOT.glob("tests/**/*.js"), *ROOT.glob("scripts/*")]
    assert len(files) > 100
    assert sorted(str(path.relative_to(ROOT)) for path in files if not opening_line(path)) == []


def test_no_class_is_longer_than_a_reader_takes_in():
    """Split a class before it grows past this (issue 21: one job each)."""
    long_classes = []
    for path in ROOT.glob("skill/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno >= 150:
                long_classes.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert long_classes == []
