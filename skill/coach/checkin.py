"""The mobility check-in: what the runner noticed in each at-home test, the checks they have done,
what limits them now, and how that changed. Pure logic over plain records; the words are the
voice layer's and the test-to-area reading is the catalogue's (`TEST_AREAS`)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from skill.catalog import AREAS, TEST_AREAS

CHECK_HISTORY = 12  # checks kept; a few years at one a month, and the item stays small
RETEST_DAYS = 28  # suggest checking again after four weeks,
RETEST_SESSIONS = 12  # or after this many sessions since the last check
SIDES = ("left", "right", "same")
AREA_ORDER = [a.id for a in AREAS]  # the plan works on areas in the catalogue's order


class Finding(NamedTuple):
    """One test's answers: whether the runner hit the test's limit (None: not answered), and
    which side felt tighter (None: not asked or not answered)."""

    test_id: str
    limited: bool | None = None
    tighter: str | None = None


class CheckResult(NamedTuple):
    at: float  # epoch seconds
    day: str  # ISO date in the runner's time zone
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict:
        return {"at": self.at, "day": self.day, "findings": [f._asdict() for f in self.findings]}


def finding_from(data: object) -> Finding | None:
    if not isinstance(data, dict) or data.get("test_id") not in TEST_AREAS:
        return None
    limited, tighter = data.get("limited"), data.get("tighter")
    if limited not in (None, True, False) or tighter not in (None, *SIDES):
        return None
    return Finding(data["test_id"], limited, tighter)


def findings_from(data: object) -> tuple[Finding, ...]:
    """The valid findings in `data`, one per test (the last answer wins)."""
    found = {f.test_id: f for f in map(finding_from, data if isinstance(data, list) else ())
             if f is not None}
    return tuple(found.values())


def result_from(data: object) -> CheckResult | None:
    if not isinstance(data, dict):
        return None
    at, day = data.get("at"), data.get("day")
    if isinstance(at, bool) or not isinstance(at, int | float) or at < 0:
        return None
    try:
        if date.fromisoformat(day).isoformat() != day:
            return None
    except (TypeError, ValueError):
        return None
    return CheckResult(float(at), day, findings_from(data.get("findings")))


def answered(pending: tuple[Finding, ...], test_id: str, **answers: object) -> tuple[
        Finding, ...]:
    """The pending answers with one test's answers added or updated."""
    current = next((f for f in pending if f.test_id == test_id), Finding(test_id))
    updated = current._replace(**answers)
    return (*(f for f in pending if f.test_id != test_id), updated)


def finish_check(checks: tuple[CheckResult, ...], pending: tuple[Finding, ...], at: float,
                 today: date) -> tuple[CheckResult, ...]:
    """The check history with a finished check added (bounded, oldest dropped)."""
    return (*checks, CheckResult(at, today.isoformat(), pending))[-CHECK_HISTORY:]


class Limit(NamedTuple):
    area_id: str
    test_id: str
    side: str | None  # the tighter side, when one was


def limits(result: CheckResult) -> list[Limit]:
    """The areas a check found limited, in the catalogue's order: a test whose limit the runner
    hit, or whose sides differed (a side difference is a limit of its own)."""
    found = [Limit(TEST_AREAS[f.test_id], f.test_id,
                   f.tighter if f.tighter in ("left", "right") else None)
             for f in result.findings if f.limited or f.tighter in ("left", "right")]
    return sorted(found, key=lambda limit: AREA_ORDER.index(limit.area_id))


class Change(NamedTuple):
    test_id: str
    was_limited: bool
    now_limited: bool


def changes(previous: CheckResult, latest: CheckResult) -> list[Change]:
    """The tests whose answer changed between two checks (both answered)."""
    before = {f.test_id: f.limited for f in previous.findings if f.limited is not None}
    return [Change(f.test_id, before[f.test_id], f.limited) for f in latest.findings
            if f.limited is not None and f.test_id in before and before[f.test_id] != f.limited]


def retest_due(checks: tuple[CheckResult, ...], sessions_since: int, today: date) -> bool:
    """Whether to suggest checking again: four weeks, or many sessions, since the last check."""
    if not checks:
        return False
    days = (today - date.fromisoformat(checks[-1].day)).days
    return days >= RETEST_DAYS or sessions_since >= RETEST_SESSIONS
