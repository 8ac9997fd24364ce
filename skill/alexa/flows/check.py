"""The mobility check-in: after each at-home test the skill asks what the runner noticed (which
side was tighter, and the test's own yes/no), keeps the answers in the profile as they come (so
the check can be paused and resumed), and at the end stores the result and says what to work on,
offering the routine that trains it."""

from __future__ import annotations

from skill.alexa.flows import dialog
from skill.alexa.flows.spoken import speak_from
from skill.alexa.turn import Turn
from skill.catalog import AREAS, exercise, routine
from skill.coach import checkin, player
from skill.coach.packing import Chunk, Cursor
from skill.coach.player import Playback
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Line, Timeline
from skill.voice.text import phrase, spoken_date, spoken_list

_AREAS = {a.id: a for a in AREAS}
SIDE, LIMITED = "side", "limited"
_PREFIX = "check:"


def asking(awaiting: str | None) -> tuple[int, str] | None:
    """(step, which question) while a check question is open."""
    if not awaiting or not awaiting.startswith(_PREFIX):
        return None
    step, _, question = awaiting[len(_PREFIX):].partition(":")
    return (int(step), question) if step.isdigit() and question in (SIDE, LIMITED) else None


def play_test(turn: Turn, timeline: Timeline, cursor: Cursor, preface: str, played: float):
    """Plays the check from `cursor` to the end of its next test (a check plays spoken only:
    it asks after each test)."""
    chunk, playback = speak_from(turn, timeline, cursor, preface, played)
    return ask_after_test(turn, timeline, chunk, playback, preface)


def ask_after_test(turn: Turn, timeline: Timeline, chunk: Chunk, playback: Playback,
                   preface: str):
    """The response that plays a test ends with the first question about it. Until it is
    answered, the saved place is that test, so a resume repeats it and asks again."""
    step = chunk.pieces[-1].segment.step
    question = _first_question(turn, timeline, step)
    speech = f"{preface} {turn.script.chunk_speech(chunk, timeline, question)}".strip()
    start = timeline.step_start(step) if step else 0
    turn.playback = playback._replace(next_cursor=Cursor(start))  # a stop now repeats it
    turn.profile = turn.profile._replace(position=Position(
        timeline.routine.id, start, step, None, timeline.hold_preference, turn.now,
        playback.played))
    return turn.reply.ask(speech, turn.script.words(question))


def _first_question(turn: Turn, timeline: Timeline, step: int) -> Line:
    test = timeline.steps[step]
    if test.dose.per_side:
        turn.awaiting = f"{_PREFIX}{step}:{SIDE}"
        return Line.of("check.side")
    turn.awaiting = f"{_PREFIX}{step}:{LIMITED}"
    return Line.of(f"check.{test.id}.question")


def answer(turn: Turn, side: str | None = None, limited: bool | None = None):
    """Records an answer to the open question; "skip" (neither) moves on to the next test.
    A question is open only while its check plays (CheckAnswerHandler asks for both)."""
    step, question = asking(turn.awaiting)
    playback = turn.playback
    timeline = turn.timeline(playback.routine_id, playback.hold)
    test = timeline.steps[step]
    turn.awaiting = None
    if question == SIDE and side is not None:
        turn.profile = turn.profile._replace(pending_check=checkin.answered(
            turn.profile.pending_check, test.id, tighter=side))
        asked = Line.of(f"check.{test.id}.question")
        turn.awaiting = f"{_PREFIX}{step}:{LIMITED}"
        return turn.reply.ask(turn.script.words(Line.of("check.got_it", variant=step), asked),
                        turn.script.words(asked))
    if limited is not None:
        turn.profile = turn.profile._replace(pending_check=checkin.answered(
            turn.profile.pending_check, test.id, limited=limited))
    if step < timeline.last_step:
        return play_test(turn, timeline, player.step_start(timeline, step + 1),
                         turn.text("check.got_it", step), playback.played_by(turn.now))
    return finish(turn, timeline, playback.played_by(turn.now))


def finish(turn: Turn, timeline: Timeline, played: float):
    """Stores the check, counts the session if the runner was there for it, and says the
    plan: what limited them, what to work on, and the routine to start now."""
    profile = turn.profile
    checks = checkin.finish_check(profile.checks, profile.pending_check, turn.now, turn.today())
    profile = profile._replace(checks=checks, pending_check=(), position=None)
    if player.counts_as_finished(timeline, played):
        profile = finish_session(profile, timeline.routine.id, turn.now, turn.today())
    turn.profile = profile
    turn.playback = None
    statement, routine_id = plan(turn, checks[-1])
    turn.awaiting = dialog.offer(routine_id)
    offer = turn.text("check.offer", routine=routine(routine_id).name)
    return turn.reply.ask(f"{statement} {offer}", offer)


def plan(turn: Turn, result: checkin.CheckResult) -> tuple[str, str]:
    """What the check found, what to work on (at most two areas), and the routine to offer."""
    limits = checkin.limits(result)
    if not limits:
        return turn.text("check.all_clear"), "post_run"
    found = _sentences(turn, limits)
    areas = list(dict.fromkeys(limit.area_id for limit in limits))[:2]
    work = " ".join(_work(turn, _AREAS[area_id]) for area_id in areas)
    return f"{turn.text('check.found', findings=found)} {work}", _AREAS[areas[0]].routine_id


def _sentences(turn: Turn, limits: list[checkin.Limit]) -> str:
    return " ".join(phrase("check.sentence", turn.locale, finding=finding_words(turn, limit))
                    for limit in limits)


def finding_words(turn: Turn, limit: checkin.Limit) -> str:
    words = phrase(f"check.{limit.test_id}.found", turn.locale)
    if limit.side:
        words = phrase("check.tighter_side", turn.locale, finding=words, side=limit.side)
    return words


def _work(turn: Turn, area) -> str:
    first, second = (exercise(e).name for e in area.exercise_ids)
    return turn.text("check.work", area=phrase(f"check.area.{area.id}", turn.locale),
                     first=first, second=second)


def suggestion(turn: Turn) -> tuple[str, str] | None:
    """What a launch suggests from the stored checks: a re-test when one is due, else the
    routine for what the last check found. (words, routine id) or None."""
    profile = turn.profile
    if not profile.checks:
        return None
    today = turn.today()
    since = sum(1 for f in profile.history if f.at > profile.checks[-1].at)
    if checkin.retest_due(profile.checks, since, today):
        return turn.text("welcome.retest"), "mobility_check"
    limits = checkin.limits(profile.checks[-1])
    if not limits:
        return None
    area = _AREAS[limits[0].area_id]
    return turn.text("welcome.check_suggest", finding=finding_words(turn, limits[0]),
                     routine=routine(area.routine_id).name), area.routine_id


def trend(turn: Turn) -> str:
    """How the hips are doing, from the last two checks, for "how am I doing"."""
    checks = turn.profile.checks
    if not checks:
        return ""
    latest = checks[-1]
    day = spoken_date(latest.day, turn.locale)
    limits = checkin.limits(latest)
    words = [turn.text("progress.check_found", day=day, findings=_sentences(turn, limits))
             if limits else turn.text("progress.check_clear", day=day)]
    if len(checks) > 1:
        changes = checkin.changes(checks[-2], latest)
        if changes:
            words.append(turn.text("progress.check_changes", day=spoken_date(
                checks[-2].day, turn.locale), changes=spoken_list([phrase(
                    f"check.{c.test_id}.{'worse' if c.now_limited else 'better'}", turn.locale)
                    for c in changes], turn.locale)))
    since = sum(1 for f in turn.profile.history if f.at > latest.at)
    if checkin.retest_due(checks, since, turn.today()):
        words.append(turn.text("progress.retest"))
    return " ".join(words)

