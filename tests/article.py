"""The source article, read for the tests that check the skill against it. It is not in the
repository (it is someone else's text): HIPCOACH_ARTICLE names it, else the shared seed copy."""

import os
from pathlib import Path

import pytest

from skill.catalog.sources import normalized

PATH = Path(os.environ.get("HIPCOACH_ARTICLE") or Path(__file__).resolve().parents[2] / "shared"
            / "seed" / "hip-mobility-article.txt")


def article_text() -> str:
    """The article, whitespace and quote marks folded; the test is skipped without it."""
    if not PATH.exists():
        pytest.skip(f"the source article is not at {PATH} (set HIPCOACH_ARTICLE)")
    return normalized(PATH.read_text())
