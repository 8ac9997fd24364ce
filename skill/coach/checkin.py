"""The mobility check-in: what the runner said after each at-home test, the checks they have done,
what limits them now, and how that changed. Pure logic over plain records; the words are the
voice layer's and the test-to-area reading is the catalogue's (`TEST_AREAS`).

Each answer is kept against the question it answered. A limit is reported only where the runner
confirmed it (yes, or a hedged "a little"); which side felt tighter never implies a limit on its
own, and is reported as a side difference. Results are performance ("reached", "limited"), not
conditions, and are kept only with the runner's consent (`Profile.check_consent`)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from skill.catalog import AREAS, ROUTINE_IDS, TEST_AREAS, area_routine

CHECK_HISTORY = 12  # checks kept; a few years at one a month, and the item stays small
RETEST_DAYS = 28  # suggest checking again after four weeks,
RETEST_SESSIONS = 12  # or after this many sessions since the last check
SIDES = ("left", "right", "same")
# What the runner said of a test's mark, strongest limit first: stopped short, stopped a
# little short (a hedged yes), reached it. None: not answered (skipped, or "hard to say").
LIMITED, PARTLY, REACHED = "limited", "partly", "reached"
OUTCOMES = (LIMITED, PARTLY, REACHED)
AREA_ORDER = [a.id for a in AREAS]  # ties in the plan go in the catalogue's order
DEFAULT_ROUTINE = "post_run"  # offered when a check finds nothing to work on


class Finding(NamedTuple):
    """One test's answers: how the runner did at its mark, and which side felt tighter (None:
    not asked or not answered)."""

    test_id: str
    outcome: str | None = None
    tighter: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.outcome in (LIMITED, PARTLY)

    @property
    def side(self) -> str | None:
        """The side that felt tighter, if the runner named one."""
        return self.tighter if self.tighter in ("left", "right") else None


class CheckResult(NamedTuple):
    at: float  # epoch seconds
    day: str  # ISO date in the runner's time zone
    findings: tuple[Finding, ...]  # empty unless the runner agreed to keep results
    suggested: str = DEFAULT_ROUTINE  # the routine the check's plan offered

    def to_dict(self) -> dict:
        return {"at": self.at, "day": self.day, "suggested": self.suggested,
                "findings": [f._asdict() for f in self.findings]}


def finding_from(data: object) -> Finding | None:
    if not isinstance(data, dict) or data.get("test_id") not in TEST_AREAS:
        return None
    outcome, tighter = data.get("outcome"), data.get("tighter")
    if outcome not in (None, *OUTCOMES) or tighter not in (None, *SIDES):
        return None
    return Finding(data["test_id"], outcome, tighter)


def findings_from(data: object) -> tuple[Finding, ...]:
    """The valid findings in `data`, one per test (the last answer wins)."""
    found = {f.test_id: f for f in map(finding_from, data if isinstance(data, list) else ())
             if f is not None}
    return tuple(found.values())


def result_from(data: object, keep_findings: bool = True) -> CheckResult | None:
    """A stored check; without consent to keep results, only its date and suggestion."""
    if not isinstance(data, dict):
        return None
    at, day, suggested = data.get("at"), data.get("day"), data.get("suggested")
    if isinstance(at, bool) or not isinstance(at, int | float) or at < 0:
        return None
    try:
        if date.fromisoformat(day).isoformat() != day:
            return None
    except (TypeError, ValueError):
        return None
    findings = findings_from(data.get("findings")) if keep_findings else ()
    return CheckResult(float(at), day, findings,
                       suggested if suggested in ROUTINE_IDS else DEFAULT_ROUTINE)


def answered(pending: tuple[Finding, ...], test_id: str, **answers: object) -> tuple[
        Finding, ...]:
    """The pending answers with one test's answers added or updated."""
    current = next((f for f in pending if f.test_id == test_id), Finding(test_id))
    updated = current._replace(**answers)
    return (*(f for f in pending if f.test_id != test_id), updated)


def finish_check(checks: tuple[CheckResult, ...], result: CheckResult,
                 keep_findings: bool) -> tuple[CheckResult, ...]:
    """The check history with a finished check added (bounded, oldest dropped); without
    consent it keeps only the date and the suggested routine."""
    kept = result if keep_findings else result._replace(findings=())
    return (*checks, kept)[-CHECK_HISTORY:]


class Limit(NamedTuple):
    area_id: str
    test_id: str
    outcome: str  # LIMITED or PARTLY
    side: str | None  # the tighter side, when the runner named one


def limits(result: CheckResult) -> list[Limit]:
    """The limits the runner confirmed, strongest first: a full limit before a partial one,
    then one that was tighter on a side, then the catalogue's order of areas."""
    found = [Limit(TEST_AREAS[f.test_id], f.test_id, f.outcome, f.side)
             for f in result.findings if f.confirmed]
    return sorted(found, key=lambda limit: (OUTCOMES.index(limit.outcome), limit.side is None,
                                            AREA_ORDER.index(limit.area_id)))


def side_differences(result: CheckResult) -> list[Finding]:
    """Tests where one side felt tighter but no limit was confirmed."""
    return [f for f in result.findings if f.side and not f.confirmed]


def offered_routine(result: CheckResult) -> str:
    """The routine that trains the strongest confirmed limit, else the default."""
    found = limits(result)
    if not found:
        return DEFAULT_ROUTINE
    return area_routine(next(a for a in AREAS if a.id == found[0].area_id))[0].id


class Change(NamedTuple):
    test_id: str
    was_limited: bool
    now_limited: bool


def changes(previous: CheckResult, latest: CheckResult) -> list[Change]:
    """The tests that went from a confirmed limit to reaching the mark, or back (both
    answered)."""
    def answered_tests(result: CheckResult) -> dict[str, bool]:
        return {f.test_id: f.confirmed for f in result.findings if f.outcome is not None}

    before, now = answered_tests(previous), answered_tests(latest)
    return [Change(test, before[test], limited) for test, limited in now.items()
            if test in before and before[test] != limited]


def retest_due(checks: tuple[CheckResult, ...], sessions_since: int, today: date) -> bool:
    """Whether to suggest checking again: four weeks, or many sessions, since the last check."""
    if not checks:
        return False
    days = (today - date.fromisoformat(checks[-1].day)).days
    return days >= RETEST_DAYS or sessions_since >= RETEST_SESSIONS
