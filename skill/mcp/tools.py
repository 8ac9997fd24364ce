"""What each MCP tool answers: the same catalogue, coach, words and store records the skill
uses, with no coaching rule of its own. Each answer is a structured result and the short
sentence an assistant may say (`Answer`); no answer ever carries what Strava gave the
profile (its runs stay in the store, for the skill's owner alone: Strava's terms forbid
passing them to AI applications).

A runner's record is their own (the token's subject's), or, once they link it with a code the
skill gave (`link_alexa`), the skill's record of them (skill.store.links), so a routine
finished on either face counts in one streak."""

from __future__ import annotations

import secrets
import time
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from skill.alexa.platform import audio_player
from skill.alexa.platform.time_zone import UTC_ZONE, known_zone
from skill.catalog import (
    ROUTINES,
    Equipment,
    Exercise,
    find_exercise,
    find_routine,
    kit_of,
    routine,
    versions_of,
)
from skill.coach.fitting import fitting
from skill.coach.progress import BY_LENGTH, Profile, finish_session, summarize
from skill.coach.runs import Run
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.coach.variants import SKIP, decode
from skill.store import DeletionUnrecorded, ProgressStore, StoreUnavailable, links
from skill.store.profiles import RecordDeleted, save_profile
from skill.voice import runner
from skill.voice.runs import run_offer
from skill.voice.script import script_for
from skill.voice.text import phrase

REST_DAY_HOURS = 48  # a rest day with no run described: the last run two days back
TERRAINS = {"road": ("Run", False), "trail": ("TrailRun", False), "treadmill": ("Run", True)}


class Answer(NamedTuple):
    data: dict
    summary: str  # what an assistant says: one or two sentences from the skill's locale table


class BadInput(ValueError):
    """An argument the catalogue does not know: said back to the assistant as a tool error."""


class Runner:
    """One runner's view for one call: their record in the store, their locale's words, the
    clock. `subject` names the runner (None: no record, a guest's defaults); their record is
    their own, or the skill's they linked to (skill.store.links.resolve)."""

    def __init__(self, store: ProgressStore | None, subject: str | None,
                 locale: str | None = None, clock=time.time):
        self.store, self.subject, self.locale = store, subject, locale
        self.script = script_for(locale)
        self.now = clock()
        self.record = links.resolve(store, subject, self.now) if store and subject else None
        self._base = Profile.from_dict(self.record.item) if self.record else Profile()
        self.profile = self._base

    def save(self) -> None:
        if self.store is not None and self.record is not None:
            # A call is one request: it began when it read the record, at `now`.
            try:
                self.profile = save_profile(self.store, self.record.key, self._base,
                                            self.profile, account=self.record.account,
                                            since=self.now)
            except RecordDeleted:  # forgotten on another face meanwhile: nothing written back
                self.profile = Profile()

    def today(self) -> date:
        """The runner's date in the zone their device last reported to the skill (an MCP
        client names none), else in UTC."""
        zone = self.profile.time_zone if known_zone(self.profile.time_zone) else UTC_ZONE
        return datetime.fromtimestamp(self.now, ZoneInfo(zone)).date()


def _routine(name: str):
    found = find_routine(name)
    if found is None:
        raise BadInput(f"no routine called {name!r}; routines: "
                       + ", ".join(r.id for r in ROUTINES))
    return found


def _exercise(name: str) -> Exercise:
    found = find_exercise(name)
    if found is None:
        raise BadInput(f"no exercise called {name!r}")
    return found


def _kit(names: list[str] | None) -> set[Equipment] | None:
    if names is None:
        return None
    by_name = {e.name.lower(): e for e in Equipment} | {e.value.lower(): e for e in Equipment}
    unknown = [n for n in names if n.lower() not in by_name]
    if unknown:
        raise BadInput(f"unknown kit {unknown}; kit: " + ", ".join(e.value for e in Equipment))
    return {by_name[n.lower()] for n in names}


def _routine_facts(who: Runner, timeline: Timeline, at_hand: set[Equipment] | None) -> dict:
    needs = kit_of(timeline.routine)
    return {"routine_id": timeline.routine.id, "name": timeline.routine.name,
            "minutes": timeline.minutes,
            # Each need is any one of its pieces ("a yoga block or a cushion"); optional ones
            # ("a strap, if you have one") are never missing.
            "kit_needed": [" or ".join(e.value for e in need.any_of) for need in needs],
            "kit_missing": [" or ".join(e.value for e in need.any_of) for need in needs
                            if at_hand is not None and not need.optional
                            and not at_hand & set(need.any_of)],
            "summary": phrase(timeline.routine.summary_key, who.locale)}


def suggest_routine(who: Runner, minutes: int | None = None, run: dict | None = None,
                    rest_day: bool = False, kit: list[str] | None = None) -> Answer:
    """A described run (or a rest day) through the catalogue's run rules, as the skill's
    suggestion; else the routine that fits the minutes; else the routines to choose from."""
    at_hand = _kit(kit)
    profile = who.profile
    if run is not None or rest_day:
        described = _described_run(run, who.now) if run is not None else Run(
            "Run", 0.0, 0, 0.0, who.now - REST_DAY_HOURS * 3600)
        offer = run_offer((described,), who.now,
                          lambda rid, hold: runner.today(who.script, routine(rid), profile,
                                                         hold=hold),
                          profile.hold_preference,
                          profile.checks[-1].at if profile.checks else None, who.locale)
        chosen = routine(offer.prescription.routine_id)
        timeline = runner.today(who.script, chosen, profile, hold=offer.hold)
        rule = offer.prescription.rule
        return Answer({**_routine_facts(who, timeline, at_hand), "hold_seconds": offer.hold,
                       "rule": rule.id, "focus": rule.focus}, offer.question)
    if minutes is not None:
        fit = fitting(minutes, lambda r: runner.today(who.script, r, profile).minutes)
        timeline = runner.today(who.script, fit.routine, profile)
        key = "suggest.minutes" if fit.fits else "suggest.too_short"
        return Answer({**_routine_facts(who, timeline, at_hand), "fits": fit.fits},
                      phrase(key, who.locale, routine=fit.routine.name,
                             length=timeline.minutes, minutes=minutes))
    listed = [_routine_facts(who, runner.today(who.script, r, profile), at_hand)
              for r in ROUTINES]
    items = " ".join(phrase("routine.list_item", who.locale, name=r.name,
                            summary=phrase(r.summary_key, who.locale)) for r in ROUTINES)
    return Answer({"routines": listed}, phrase("routine.list", who.locale, count=len(ROUTINES),
                                               items=items))


def _described_run(run: dict, now: float) -> Run:
    sport, indoor = TERRAINS[run.get("terrain") or "road"]
    moving = int(run.get("duration_minutes") or 0) * 60
    ended = now - float(run.get("hours_ago") or 0) * 3600
    return Run(sport, float(run.get("distance_km") or 0) * 1000, moving,
               float(run.get("climb_m") or 0), ended - moving, 0, indoor)


def get_routine(who: Runner, name: str, hold_seconds: int | None = None,
                skip: list[str] | None = None) -> Answer:
    """The routine as the runner plays it today (their hold, built-up holds, what hurt left
    out): its steps, and every segment with its words and timing, and the published step
    files where a build is published."""
    chosen = _routine(name)
    if hold_seconds is not None and hold_seconds not in HOLD_CHOICES:
        raise BadInput(f"hold_seconds must be {HOLD_CHOICES[0]} to {HOLD_CHOICES[-1]}")
    skipped = [_exercise(n).id for n in skip or ()]
    timeline = runner.today(who.script, chosen, who.profile, skipped, hold_seconds)
    files = _step_files(who, timeline)
    choices = decode(timeline.variants, len(chosen.items))
    steps = [{"exercise_id": played.id, "name": played.name,
              "skipped": choices[i].version == SKIP,
              "hold_seconds": dose.hold_seconds, "reps": dose.reps, "per_side": dose.per_side,
              "audio": files.get(i)}
             for i, (played, dose) in enumerate(zip(timeline.steps, timeline.doses,
                                                    strict=True))]
    segments = [{"kind": s.kind.value, "step": s.step, "side": s.side,
                 "seconds": round(s.seconds, 1), "silence": round(s.silence, 1),
                 "reps": s.reps, "say": " ".join(who.script.say(line) for line in s.lines)}
                for s in timeline.segments]
    opening = " ".join(who.script.say(line) for line in timeline.segments[0].lines)
    return Answer({"routine_id": chosen.id, "name": chosen.name, "minutes": timeline.minutes,
                   "hold_preference": timeline.hold_preference, "steps": steps,
                   "segments": segments}, opening)


def _step_files(who: Runner, timeline: Timeline) -> dict[int, str]:
    """Step index -> the published step file's URL, where a build is published."""
    library = audio_player.library()
    plans = library.steps(who.script, timeline) if library else None
    found = {}
    for plan in plans or ():
        path = library.file(plan)
        if path:
            found[plan.step] = library.url(path)
    return found


def explain_exercise(who: Runner, name: str) -> Answer:
    """What it targets, how to do it at the runner's dose, its easier and harder versions."""
    entry = _exercise(name)
    dose = runner.dose_today(who.script, entry, who.profile)
    versions = versions_of(entry.id)

    def named(exercise_id: str | None):
        found = find_exercise(exercise_id) if exercise_id else None
        return {"exercise_id": found.id, "name": found.name} if found else None

    targets = runner.targets(entry, who.locale)
    return Answer({"exercise_id": entry.id, "name": entry.name, "targets": targets,
                   "muscles": [m.value for m in entry.muscles],
                   "how_to": runner.how_to(entry, dose.dose, who.locale),
                   "how_long": runner.how_long(entry, dose, who.locale),
                   "easier": named(versions.easier), "harder": named(versions.harder),
                   "kit": [e.value for e in entry.equipment]}, targets)


def report_pain(who: Runner, exercise_name: str | None = None) -> Answer:
    """The skill's fixed safe answer, and the exercise to leave out of the routine."""
    statement = phrase("pain.answer", who.locale)
    left_out = _exercise(exercise_name) if exercise_name else None
    return Answer({"say_exactly": statement,
                   "leave_out": {"exercise_id": left_out.id, "name": left_out.name}
                   if left_out else None}, statement)


def record_finished_routine(who: Runner, name: str) -> Answer:
    chosen = _routine(name)
    # A call of its own: another finish in the same second is another finish (Finished.by).
    who.profile = finish_session(who.profile, chosen.id, who.now, who.today(),
                                 secrets.token_hex(BY_LENGTH // 2))
    who.save()
    return get_progress(who)


def get_progress(who: Runner) -> Answer:
    summary = summarize(who.profile, who.today())
    data = {"sessions_this_week": summary.sessions_this_week,
            "current_streak": summary.current_streak, "best_streak": summary.best_streak,
            "total_sessions": summary.total_sessions,
            "last_routine_id": summary.last_routine_id,
            "linked_to_alexa": bool(who.record and who.record.linked)}
    if summary.total_sessions == 0:
        return Answer(data, phrase("progress.none", who.locale))
    return Answer(data, runner.progress_words(summary, routine(summary.last_routine_id).name,
                                              who.locale))


def link_alexa(who: Runner, code: str) -> Answer:
    """Joins the runner's record to the skill's with the skill's one-time code; then their
    progress, as both faces now read it."""
    if who.store is None or who.subject is None:
        raise BadInput("no runner to link: sign in first")
    status = links.link(who.store, who.subject, code, who.now)
    joined = status in (links.LINKED, links.ALREADY)
    progress = get_progress(Runner(who.store, who.subject, who.locale, lambda: who.now))
    return Answer({"linked": joined, "status": status, **(progress.data if joined else {})},
                  phrase(f"assistant.{status}", who.locale))


def forget_me(who: Runner, confirmed: bool) -> Answer:
    """Deletes everything kept for the runner's account (the skill's linked account with
    every voice profile in it, and the link), as the skill's "forget me" does; unconfirmed,
    only the question to ask."""
    if not confirmed:
        return Answer({"deleted": False}, phrase("assistant.forget_confirm", who.locale))
    if who.store is None or who.record is None:
        return Answer({"deleted": True}, phrase("forget.done", who.locale))
    try:
        who.store.forget_account(who.record.account, who.now)
    except StoreUnavailable as error:
        recorded = not isinstance(error, DeletionUnrecorded)
        return Answer({"deleted": False, "pending": recorded},
                      phrase("forget.pending" if recorded else "forget.failed", who.locale))
    return Answer({"deleted": True}, phrase("forget.done", who.locale))
