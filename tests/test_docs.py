"""The docs point somewhere: every file path named in the README, docs/ and the code's comments
and docstrings exists, every relative link resolves, and the interface the README promises
imports."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOP_LEVEL = ("skill", "tests", "docs", "interaction_model", "lambda", "scripts", "benchmarks",
             ".ci")
# A path-looking token: a top-level folder of this repo, then more path, or a known file.
FOLDERS = "|".join(re.escape(t) for t in TOP_LEVEL)
PATH = re.compile(rf"(?<![\w./-])((?:{FOLDERS})/[\w./-]*[\w/]"
                  rf"|[\w-]+\.(?:md|yaml|toml|json))(?![\w/])")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
EXTERNAL = ("http://", "https://", "mailto:")


def documents() -> list[Path]:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for folder in ("skill", "lambda", "tests", "benchmarks"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return [f for f in files if f != Path(__file__)]  # this file names missing paths on purpose


def named_paths(text: str, code: bool = False) -> set[str]:
    """Paths named in prose; in code, only those under a top-level folder (`x.json` in code is
    usually an attribute, not a file)."""
    names = {m.group(1).rstrip("/.") for m in PATH.finditer(text)}
    return {n for n in names if "/" in n} if code else names


def exists(name: str, relative_to: Path) -> bool:
    if any(c in name for c in "*<{"):
        return True  # a pattern, not a path
    candidates = [ROOT / name, relative_to.parent / name]
    if "/" not in name:  # a bare file name: somewhere in the repo
        return any(ROOT.rglob(name)) or name in {"package.json", "package-lock.json"}
    return any(c.exists() for c in candidates)


@pytest.mark.parametrize("path", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_document_names_exists(path):
    text = path.read_text()
    code = path.suffix == ".py"
    missing = sorted(name for name in named_paths(text, code) if not exists(name, path))
    links = [] if code else [link for link in LINK.findall(text)
                             if not link.startswith(EXTERNAL)]
    missing += [link for link in links if not (path.parent / link).exists()]
    assert not missing, f"{path.relative_to(ROOT)} names paths that do not exist: {missing}"


def test_the_checker_finds_a_missing_path(tmp_path):
    doc = tmp_path / "x.md"
    doc.write_text("See `docs/nowhere.md` and DESIGN.md and [x](missing.md).")
    assert {"docs/nowhere.md", "DESIGN.md"} <= named_paths(doc.read_text())
    assert not exists("docs/nowhere.md", doc) and not exists("DESIGN.md", doc)


def test_the_webservice_factory_is_where_flask_users_look():
    from skill.web import create_app
    from skill.web.app import create_app as defined

    assert create_app is defined


def test_the_privacy_page_names_every_stored_field_and_agrees_with_the_manifest():
    """docs/privacy.md lists every field a runner's record can hold; add a field and the page
    must say what it is and why. Its manifest answer is the manifest's."""
    import json

    from skill.coach.progress import Profile

    page = (ROOT / "docs" / "privacy.md").read_text()
    table_fields = set(re.findall(r"`(\w+)`", page))
    assert set(Profile._fields) <= table_fields, set(Profile._fields) - table_fields
    manifest = json.loads((ROOT / "interaction_model" / "skill.json").read_text())["manifest"]
    uses = manifest["privacyAndCompliance"]["usesPersonalInfo"]
    assert f"`usesPersonalInfo: {str(uses).lower()}`" in page
    assert "forget my check results" in manifest["publishingInformation"]["testingInstructions"]
    readme = (ROOT / "README.md").read_text()
    assert "docs/privacy.md" in readme and "forget my check results" in readme
