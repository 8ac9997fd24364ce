"""A runner's lasting progress: where an unfinished routine stopped, finished sessions, streaks and
preferences. Plain data with pure rules; stored as one JSON-compatible dict per user."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

from skill.catalog import ROUTINE_IDS, routine
from skill.coach.checkin import (
    CHECK_HISTORY,
    CheckResult,
    Finding,
    findings_from,
    result_from,
)
from skill.coach.runs import Run, runs_from_stored
from skill.coach.timeline import HOLD_CHOICES
from skill.coach.variants import decode

STEP_FILE = re.compile(r"steps/[0-9a-f]{8,64}\.mp3")  # a hands-free build's step files
# A finishing place whose finish has not been stored this long after it was saved lost it:
# longer than any response plays (240 s) and the microphone listens after it.
FINISH_OVERDUE_SECONDS = 600
HISTORY_LIMIT = 100  # newest finished sessions kept; streak figures are kept separately
BY_LENGTH = 8  # characters of Finished.by: unique enough among one account's finishes
SCHEMA_VERSION = 1


class Position(NamedTuple):
    """Where an unfinished routine stopped: the place to resume and how to name it."""

    routine_id: str
    index: int  # a resume point in the routine's timeline
    step: int
    side: str | None
    hold: int | None
    stopped_at: float  # epoch seconds
    played: float = 0.0  # seconds of the routine the runner had been there for
    variants: str = ""  # each step's version and grown hold (skill.coach.variants)
    # The next response is the routine's last, and finishes it: if this place is still what is
    # stored later, that response was sent but its finish was never saved (see `settled`).
    finishing: bool = False
    # Hands-free: the step file the player stopped in and its offset there (ms), so a resume
    # the same day plays on from that moment in the very bytes it was taken in.
    stream_file: str = ""
    stream_ms: int = 0
    # Hands-free: the stamp of the stream that saved this place (when its Play was issued, in
    # epoch ms). A device's context still holds where that stream got to when the store missed
    # its reports, and the stamp tells it from any other stream. 0 if spoken.
    stream_stamp: int = 0


class Finished(NamedTuple):
    routine_id: str
    at: float  # epoch seconds
    day: str  # ISO date in the runner's time zone
    # What recorded it (a few characters of a hash): the request, or hands-free the stream
    # that played it (its end may be told twice: its report, and a catch-up at a launch).
    # Requests carry whole seconds, so several devices finishing in one second are told apart
    # by this alone when `rebase` replays one onto another's. "" for a finish recorded
    # before, or counted by `settled`.
    by: str = ""

    @property
    def identity(self) -> tuple:
        """What makes two records of a finish one: its recorder, if named; else its time."""
        return (self.routine_id, self.by) if self.by else (self.routine_id, self.at)


class Profile(NamedTuple):
    version: int = 0  # bumped by every successful save; stores write on it conditionally
    heard_safety: bool = False
    safety_due: bool = False  # a pain report: the next routine opens with the safety line
    hold_preference: int | None = None
    position: Position | None = None
    history: tuple[Finished, ...] = ()
    total_sessions: int = 0
    current_streak: int = 0
    best_streak: int = 0
    last_day: str | None = None
    # The device's time zone as the settings API last gave it, and when (epoch seconds):
    # asked again only when it is a week old, since every API call costs a request latency.
    time_zone: str | None = None
    time_zone_checked: float = 0.0
    # Mobility checks done (bounded), and the answers of one under way (kept across a pause).
    # Check answers describe the runner's body: they are kept only after the runner agreed
    # (True); None means not asked yet. Without it a check keeps only its date and suggestion,
    # and a check under way keeps its answers in the session alone.
    check_consent: bool | None = None
    checks: tuple[CheckResult, ...] = ()
    pending_check: tuple[Finding, ...] = ()
    # When a hands-free stream last failed on the runner's device (epoch seconds): routines
    # are spoken for a while after.
    audio_failed_at: float = 0.0
    # The latest few runs Strava gave for this record's person (skill.coach.runs: only the
    # fields used), and when Strava was last asked; both go on a 401 and on unlinking.
    runs: tuple[Run, ...] = ()
    runs_checked: float = 0.0
    # A keyed hash of the Strava athlete whose runs these are (skill.store.athletes): Strava's
    # deauthorization event names the athlete, and finds this record by it.
    strava_athlete: str = ""
    # The three above are stored in an item of their own, which expires a week after the runs
    # were fetched (skill.store.profiles): its version, 0 while there is none.
    runs_version: int = 0
    # The offer to set up an Alexa Routine (skill.coach.habits): "" until made, then what came
    # of it; made once, and never again after a no.
    routine_offer: str = ""
    schema: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        data = self._asdict()
        data["position"] = self.position._asdict() if self.position else None
        data["history"] = [f._asdict() for f in self.history]
        data["checks"] = [c.to_dict() for c in self.checks]
        data["pending_check"] = [f._asdict() for f in self.pending_check]
        data["runs"] = [list(r) for r in self.runs]
        return data

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """A profile from stored or session data. Each field is checked on its own: a damaged
        field falls back to its default and the rest is kept, so one bad value can neither
        lock a runner out nor cost them the rest of their progress."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        history, checks = data.get("history"), data.get("checks")
        consent = _field(data, "check_consent", lambda v: v in (None, True, False), None)
        return cls(
            version=_field(data, "version", _is_count, defaults.version),
            heard_safety=_field(data, "heard_safety", _is_bool, False),
            safety_due=_field(data, "safety_due", _is_bool, False),
            hold_preference=_field(data, "hold_preference", _is_hold, None),
            position=_position(data.get("position")),
            history=tuple(f for f in map(_finished, history if isinstance(history, list) else ())
                          if f is not None)[-HISTORY_LIMIT:],
            total_sessions=_field(data, "total_sessions", _is_count, 0),
            current_streak=_field(data, "current_streak", _is_count, 0),
            best_streak=_field(data, "best_streak", _is_count, 0),
            last_day=_field(data, "last_day", _is_day, None),
            time_zone=_field(data, "time_zone", lambda v: v is None or isinstance(v, str), None),
            time_zone_checked=float(_field(data, "time_zone_checked", _is_number, 0.0)),
            check_consent=consent,
            checks=tuple(c for c in (result_from(c, keep_findings=consent is True)
                                     for c in (checks if isinstance(checks, list) else ()))
                         if c is not None)[-CHECK_HISTORY:],
            pending_check=findings_from(data.get("pending_check")) if consent is True else (),
            audio_failed_at=float(_field(data, "audio_failed_at", _is_number, 0.0)),
            runs=runs_from_stored(data.get("runs")),
            runs_checked=float(_field(data, "runs_checked", _is_number, 0.0)),
            strava_athlete=_field(data, "strava_athlete", lambda v: isinstance(v, str), ""),
            runs_version=_field(data, "runs_version", _is_count, 0),
            routine_offer=_field(data, "routine_offer", _is_offer_state, ""),
        )

    def same_content(self, other: Profile) -> bool:
        """Equal but for the version: nothing to write."""
        return self._replace(version=other.version) == other


def _field(data: dict, name: str, valid, default):
    value = data.get(name, default)
    return value if valid(value) else default


def _is_routine(value) -> bool:
    return isinstance(value, str) and value in ROUTINE_IDS


def _is_bool(value) -> bool:
    return isinstance(value, bool)


def _is_count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _is_offer_state(value) -> bool:
    return isinstance(value, str) and len(value) <= 40


def _is_hold(value) -> bool:
    return value is None or (_is_count(value) and value in HOLD_CHOICES)


def _is_day(value) -> bool:
    try:
        return value is None or date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def _position(data) -> Position | None:
    if not isinstance(data, dict) or not _is_routine(data.get("routine_id")):
        return None
    checks = {"index": _is_count, "step": _is_count, "hold": _is_hold,
              "stopped_at": _is_number, "side": lambda v: v in (None, "left", "right")}
    if not all(check(data.get(name)) for name, check in checks.items()):
        return None
    return Position(data["routine_id"], data["index"], data["step"], data["side"], data["hold"],
                    float(data["stopped_at"]), float(_field(data, "played", _is_number, 0.0)),
                    _variants(data["routine_id"], data.get("variants", "")),
                    data.get("finishing") is True, *_stream_place(data),
                    _field(data, "stream_stamp", _is_count, 0))


def _stream_place(data: dict) -> tuple[str, int]:
    """A saved stream place, if it names a step file and an offset; else none."""
    file, offset = data.get("stream_file"), data.get("stream_ms")
    if isinstance(file, str) and STEP_FILE.fullmatch(file) and _is_count(offset):
        return file, int(offset)
    return "", 0


def _variants(routine_id: str, text: object) -> str:
    """Saved variants, if they fit the routine; else the routine as written."""
    try:
        decode(text, len(routine(routine_id).items))
    except ValueError:
        return ""
    return text


def _finished(data) -> Finished | None:
    if (isinstance(data, dict) and _is_routine(data.get("routine_id"))
            and _is_number(data.get("at")) and data.get("day") and _is_day(data.get("day"))):
        by = data.get("by", "")
        return Finished(data["routine_id"], float(data["at"]), data["day"],
                        by if isinstance(by, str) and len(by) <= BY_LENGTH else "")
    return None


def finish_session(profile: Profile, routine_id: str, at: float, today: date,
                   by: str = "") -> Profile:
    """Records a finished routine, recorded by request `by` (Finished.by): history (bounded),
    totals and the day streak."""
    day = today.isoformat()
    streak = profile.current_streak
    # A session recorded late (another device's, replayed by `rebase`) never resets a streak.
    if profile.last_day is None or day > profile.last_day:
        yesterday = (today - timedelta(days=1)).isoformat()
        streak = streak + 1 if profile.last_day == yesterday else 1
    history = (*profile.history, Finished(routine_id, at, day, by))[-HISTORY_LIMIT:]
    return profile._replace(position=None, history=history,
                   total_sessions=profile.total_sessions + 1, current_streak=streak,
                   best_streak=max(profile.best_streak, streak),
                   last_day=max(day, profile.last_day or day))


def settled(profile: Profile, now: float) -> Profile:
    """The profile as read from the store, with a routine whose last response was sent but
    whose finish never reached the store (the store failed on the turn that ended the
    session) counted, on the day of the place saved before it. Only once the finish is
    overdue: until then the device playing it may still record it (another device reading
    now must not count it twice). Such a place is never offered for resuming."""
    saved = profile.position
    if saved is None or not saved.finishing or now - saved.stopped_at < FINISH_OVERDUE_SECONDS:
        return profile
    from zoneinfo import ZoneInfo  # rare: off the cold start

    try:
        zone = ZoneInfo(profile.time_zone or "UTC")
    except Exception:  # an unknown or damaged zone name: the day in UTC
        zone = ZoneInfo("UTC")
    day = datetime.fromtimestamp(saved.stopped_at, zone).date()
    return finish_session(profile, saved.routine_id, saved.stopped_at, day)


class ProgressSummary(NamedTuple):
    sessions_this_week: int
    current_streak: int
    best_streak: int
    last_routine_id: str | None
    total_sessions: int


def summarize(profile: Profile, today: date) -> ProgressSummary:
    """The figures "how am I doing" reports. A streak lapses once a whole day passes without a
    session; the week starts on Monday."""
    week_start = (today - timedelta(days=today.weekday())).isoformat()
    this_week = sum(1 for f in profile.history if week_start <= f.day <= today.isoformat())
    yesterday = (today - timedelta(days=1)).isoformat()
    alive = profile.last_day is not None and profile.last_day >= yesterday
    return ProgressSummary(
        sessions_this_week=this_week,
        current_streak=profile.current_streak if alive else 0,
        best_streak=profile.best_streak,
        last_routine_id=profile.history[-1].routine_id if profile.history else None,
        total_sessions=profile.total_sessions,
    )


def combined(kept: Profile, joining: Profile) -> Profile:
    """Two records of one runner made one (the skill's `kept`, an assistant's `joining`):
    every finished session of both, and the day streak of both together, so that a day with a
    routine on either counts. Settings are `kept`'s where it has them. Combining a record
    already combined changes nothing (sessions are matched by routine and time), so a join
    cut short may be done again."""
    known = {(f.routine_id, f.at) for f in kept.history}
    new = [f for f in joining.history if (f.routine_id, f.at) not in known]
    history = tuple(sorted((*kept.history, *new), key=lambda f: f.at))[-HISTORY_LIMIT:]
    again = len(joining.history) - len(new)  # sessions `kept` already holds
    spans = _streak_spans(kept, joining)
    last_day = max((d for d in (kept.last_day, joining.last_day) if d), default=None)
    current = (spans[-1][1] - spans[-1][0]).days + 1 if spans else 0
    return kept._replace(
        heard_safety=kept.heard_safety or joining.heard_safety,
        safety_due=kept.safety_due or joining.safety_due,
        hold_preference=kept.hold_preference or joining.hold_preference,
        history=history, total_sessions=kept.total_sessions + joining.total_sessions - again,
        current_streak=current, last_day=last_day,
        best_streak=max(kept.best_streak, joining.best_streak,
                        *((end - start).days + 1 for start, end in spans)))


def _streak_spans(*profiles: Profile) -> list[tuple[date, date]]:
    """The runs of consecutive days with a session, from each profile's streak (which may reach
    further back than its bounded history) and its history's days, joined where they touch."""
    found = [(date.fromisoformat(f.day),) * 2 for p in profiles for f in p.history]
    for p in profiles:
        if p.last_day and p.current_streak:
            last = date.fromisoformat(p.last_day)
            back = min(p.current_streak - 1, (last - date.min).days)
            found.append((last - timedelta(days=back), last))
    spans: list[tuple[date, date]] = []
    for start, end in sorted(found):
        if spans and start <= spans[-1][1] + timedelta(days=1):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def rebase(base: Profile, ours: Profile, theirs: Profile) -> Profile:
    """Our changes since `base`, replayed on top of `theirs` (what another device saved
    meanwhile), so neither device's finished sessions, place or settings are lost."""
    merged = theirs._replace(heard_safety=theirs.heard_safety or ours.heard_safety)
    if ours.hold_preference != base.hold_preference:
        merged = merged._replace(hold_preference=ours.hold_preference)
    if ours.safety_due != base.safety_due:
        merged = merged._replace(safety_due=ours.safety_due)
    if ours.time_zone_checked > merged.time_zone_checked:
        merged = merged._replace(time_zone=ours.time_zone,
                         time_zone_checked=ours.time_zone_checked)
    # A finish already stored is ours written by a save that seemed to fail (the store took
    # it after all), one that `settled` counted on another device too, or a stream's end
    # told by its report and caught up with at a launch: never twice.
    known = {f.identity for f in (*base.history, *theirs.history)}
    for finished in ours.history:
        if finished.identity not in known:
            position = merged.position
            merged = finish_session(merged, finished.routine_id, finished.at,
                                    date.fromisoformat(finished.day), finished.by)
            merged = merged._replace(position=position)
    if ours.position != base.position:
        merged = merged._replace(position=ours.position)
    merged = merged._replace(audio_failed_at=max(ours.audio_failed_at, theirs.audio_failed_at))
    if (ours.runs, ours.runs_checked, ours.strava_athlete) != (
            base.runs, base.runs_checked, base.strava_athlete):  # read, or deleted
        merged = merged._replace(runs=ours.runs, runs_checked=ours.runs_checked,
                                 strava_athlete=ours.strava_athlete)
    if ours.routine_offer != base.routine_offer:
        merged = merged._replace(routine_offer=ours.routine_offer)
    if ours.pending_check != base.pending_check:
        merged = merged._replace(pending_check=ours.pending_check)
    if ours.check_consent != base.check_consent:  # agreed, declined, or forgot the results
        merged = merged._replace(check_consent=ours.check_consent)
    checks = {c.at: c for c in (*theirs.checks, *ours.checks)}
    if base.checks and not ours.checks:  # "forget my check results" wins over a union
        checks = {}
    merged = merged._replace(checks=tuple(sorted(checks.values(), key=lambda c: c.at))[
        -CHECK_HISTORY:])
    if merged.check_consent is not True:
        merged = merged._replace(pending_check=(), checks=tuple(
            c._replace(findings=()) for c in merged.checks))
    return merged._replace(history=tuple(sorted(merged.history, key=lambda f: f.at)))
