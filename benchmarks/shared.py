"""What every benchmark shares: the scripted session every line of which is a timed turn, and
the summary figures (mean, percentiles, ratios) the report prints."""

from __future__ import annotations

import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# One session, kept open from the launch to the last line: every line reaches the skill and is
# timed, and together they use every kind of turn the skill answers.
SESSION_SCRIPT = [
    "open hip coach", "start my post-run stretches", "what does this stretch target",
    "how do I do it", "(wait 200)", "continue", "what muscles does pigeon work", "what's next",
    "how long is left", "where was I", "how am I doing", "what routines are there",
    "set my hold time to forty five seconds", "make the holds longer",
    "what equipment do I need", "do I need a foam roller", "my hips are tight",
    "what stretch is this", "I only have five minutes", "no",
    "what's the difference between flexibility and mobility", "where was I", "help",
    "continue", "previous", "repeat", "next", "start over",
    "how do I do the couch stretch", "how long do I hold pigeon", "pause",
]
TURNS = len([line for line in SESSION_SCRIPT if not line.startswith("(")])
assert TURNS == 30


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict:
    return {"mean": statistics.fmean(values), "p50": percentile(values, 0.5),
            "p95": percentile(values, 0.95), "max": max(values), "n": len(values)}


def ratio_range(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"
