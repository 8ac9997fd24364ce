"""The locks the builds and development machines install from (requirements/*.txt, `make
lock`): every package pinned to one version with the hashes of its files, and every dependency
pyproject.toml declares met by a pin, so a build on another day installs the same packages or
fails."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
DEPENDENCIES = [Requirement(text) for text in PROJECT["dependencies"]]
WEB = [Requirement(text) for text in PROJECT["optional-dependencies"]["web"]]
# Every extra's requirements but the dev extra's reference to the package's own extras.
EXTRAS = [Requirement(text) for extra in PROJECT["optional-dependencies"].values()
          for text in extra if not text.startswith(PROJECT["name"])]
MCP = [Requirement(text) for text in PROJECT["optional-dependencies"]["mcp"]]
BOTO3 = {"boto3", "botocore", "s3transfer", "jmespath"}
LOCKS = {"lambda.txt": [r for r in DEPENDENCIES if r.name != "boto3"],
         "lambda-boto3.txt": DEPENDENCIES,
         "lambda-mcp.txt": [r for r in DEPENDENCIES if r.name != "boto3"] + MCP,
         "web.txt": DEPENDENCIES + WEB,
         "web-mcp.txt": DEPENDENCIES + WEB + MCP,
         "dev.txt": DEPENDENCIES + EXTRAS}


def pins(lock: str) -> dict[str, tuple[str, int]]:
    """name -> (version, how many hashes), from a pip-compile lock."""
    text = (ROOT / "requirements" / lock).read_text().replace("\\\n", " ")
    found = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})+)\s*",
                             line)
        assert match, f"{lock}: not a pinned, hashed requirement: {line!r}"
        found[canonicalize_name(match[1])] = (match[2], match[3].count("--hash"))
    return found


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_dependency_is_pinned_within_what_pyproject_allows(lock):
    pinned = pins(lock)
    for requirement in LOCKS[lock]:
        version, hashes = pinned[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version, prereleases=True), (requirement, version)
        assert hashes >= 1


def test_the_lambda_lock_holds_no_webservice_package_and_no_boto3():
    pinned = set(pins("lambda.txt"))
    assert not pinned & ({canonicalize_name(r.name) for r in WEB} | BOTO3)
    assert set(pins("lambda-boto3.txt")) - pinned == BOTO3

