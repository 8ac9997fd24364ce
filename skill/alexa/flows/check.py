"""The mobility check-in: after each at-home test the skill asks what the runner noticed (which
side was tighter, and the test's own yes/no), keeps each answer against its question as it comes,
and at the end says what the runner confirmed and what to work on, offering the routine that
trains it.

Results describe the runner's body, so they are kept only with consent, asked once before the
first check's first question. With it, answers go into the profile as they come (a check can be
paused and resumed another day) and the result is stored; without it, answers live in the
session alone and only the check's date and suggested routine are stored.
"""

from __future__ import annotations

from skill.alexa.flows import dialog
from skill.alexa.flows.spoken import speak_from
from skill.alexa.turn import Turn
from skill.catalog import AREAS, Exercise, exercise, routine
from skill.coach import checkin, player
from skill.coach.digits import whole_number
from skill.coach.packing import Chunk, Cursor
from skill.coach.player import Playback
from skill.coach.progress import Position, finish_session
from skill.coach.timeline import Line, Timeline
from skill.voice import ssml
from skill.voice.text import phrase, spoken_date, spoken_list

_AREAS = {a.id: a for a in AREAS}
SIDE, LIMITED = "side", "limited"
_PREFIX = "check:"
_CONSENT = "check_consent:"  # asking to keep results, then going on from this cursor
SESSION_ANSWERS = "check_answers"  # answers kept in the session without consent
CONSENT_LATER = "check_consent_later"  # the runner went on without answering it: not again


def asking(awaiting: str | None) -> tuple[int, str] | None:
    """(step, which question) while a check question is open."""
    if not awaiting or not awaiting.startswith(_PREFIX):
        return None
    step, _, question = awaiting[len(_PREFIX):].partition(":")
    number = whole_number(step)
    return (number, question) if number is not None and question in (SIDE, LIMITED) else None


def play_test(turn: Turn, timeline: Timeline, cursor: Cursor, preface: str, played: float):
    """Plays the check from `cursor` to the end of its next test (a check plays spoken only:
    it asks after each test). Before the first question ever, asks to keep the results."""
    if turn.profile.check_consent is None and not turn.session.get(CONSENT_LATER):
        turn.awaiting = f"{_CONSENT}{cursor.index}"
        question = turn.text("check.consent")
        return turn.reply.ask(f"{preface} {question}".strip(), question)
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
        playback.played, timeline.variants))
    return turn.reply.ask(speech, turn.script.words(question))


def _first_question(turn: Turn, timeline: Timeline, step: int) -> Line:
    test = timeline.steps[step]
    if test.dose.per_side:
        turn.awaiting = f"{_PREFIX}{step}:{SIDE}"
        return Line.of("check.side")
    turn.awaiting = f"{_PREFIX}{step}:{LIMITED}"
    return Line.of(f"check.{test.id}.question")


def consent_cursor(awaiting: str | None) -> int | None:
    """While asking to keep results: where the check goes on from."""
    if not awaiting or not awaiting.startswith(_CONSENT):
        return None
    index = awaiting[len(_CONSENT):]
    return whole_number(index)


def consent_test(turn: Turn) -> Exercise | None:
    """While asking to keep results: the test the check goes on to, what "this test" means."""
    held = consent_place(turn)
    return _test(turn, held.step) if held is not None else None


def hurt_test(turn: Turn) -> Exercise | None:
    """After pain in a test, while asking to skip it or stop: that test ("what is this test
    for?")."""
    step = dialog.pain_test(turn.awaiting)
    return _test(turn, step) if step is not None else None


def _test(turn: Turn, step: int) -> Exercise:
    return turn.timeline("mobility_check", turn.profile.hold_preference).steps[step]


def consent_place(turn: Turn) -> Position | None:
    """While asking to keep results: the place the check goes on from, as if it were held
    there, so "which test is this?" or "how many more?" are answered about it."""
    index = consent_cursor(turn.awaiting)
    if index is None:
        return None
    timeline = turn.timeline("mobility_check", turn.profile.hold_preference)
    segment = timeline.segments[min(index, len(timeline.segments) - 1)]
    return Position("mobility_check", index, segment.step, segment.side,
                    timeline.hold_preference, turn.now)


def hurt_place(turn: Turn) -> Position | None:
    """After pain in a test, while asking to skip it or stop: that test's place ("what's the
    next test?" is asked from it)."""
    step = dialog.pain_test(turn.awaiting)
    if step is None:
        return None
    timeline = turn.timeline("mobility_check", turn.profile.hold_preference)
    return Position("mobility_check", timeline.step_start(step), step, None,
                    timeline.hold_preference, turn.now)


def consent_asked_again(turn: Turn, statement: str, awaiting: str, way_out: str = ""):
    """`statement`, an answer given while asking to keep results (`awaiting`), then the
    question again, shorter; the reprompt opens with `way_out` if there is one."""
    turn.awaiting = awaiting
    question = turn.text("check.consent_again")
    return turn.reply.ask(f"{statement} {question}", f"{way_out} {question}".lstrip())


def consented(turn: Turn, agreed: bool, index: int):
    """The runner's answer to keeping results; the check then goes on from `index`."""
    turn.profile = turn.profile._replace(check_consent=agreed)
    return _go_on(turn, index, "check.consent_yes" if agreed else "check.consent_no")


def consent_passed_over(turn: Turn):
    """"Next" or "continue" while asked to keep results: the check goes on, its answers kept in
    this session only (keeping them takes a yes), and the question waits for the next check.
    None when that question is not open."""
    index = consent_cursor(turn.awaiting)
    if index is None:
        return None
    turn.session.put(CONSENT_LATER, True)
    return _go_on(turn, index, "check.consent_later")


def _go_on(turn: Turn, index: int, said: str):
    turn.awaiting = None
    timeline = turn.timeline("mobility_check", turn.profile.hold_preference)
    cursor = Cursor(min(index, len(timeline.segments) - 1))
    return play_test(turn, timeline, cursor, turn.text(said), 0.0)


def pending(turn: Turn) -> tuple[checkin.Finding, ...]:
    """The answers of the check under way: the profile's with consent, else the session's."""
    if turn.profile.check_consent:
        return turn.profile.pending_check
    return checkin.findings_from(turn.session.get(SESSION_ANSWERS))


def _keep(turn: Turn, findings: tuple[checkin.Finding, ...]) -> None:
    if turn.profile.check_consent:
        turn.profile = turn.profile._replace(pending_check=findings)
    else:
        turn.session.put(SESSION_ANSWERS, [f._asdict() for f in findings] or None)


def answer(turn: Turn, side: str | None = None, outcome: str | None = None,
           unsure: bool = False):
    """Records an answer to the open question: a side, or the test's outcome (limited, partly
    or reached). "Hard to say" (`unsure`) keeps nothing and goes on to the next question;
    "skip" (nothing given) moves on to the next test. A question is open only while its check
    plays (CheckAnswerHandler asks for both)."""
    step, question = asking(turn.awaiting)
    playback = turn.playback
    timeline = turn.timeline(playback.routine_id, playback.hold, playback.variants)
    test = timeline.steps[step]
    turn.awaiting = None
    if question == SIDE and (side is not None or unsure):
        if side is not None:
            _keep(turn, checkin.answered(pending(turn), test.id, tighter=side))
        asked = Line.of(f"check.{test.id}.question")
        turn.awaiting = f"{_PREFIX}{step}:{LIMITED}"
        return turn.reply.ask(turn.script.words(Line.of("check.got_it", variant=step), asked),
                        turn.script.words(asked))
    if outcome is not None:
        _keep(turn, checkin.answered(pending(turn), test.id, outcome=outcome))
    return _after(turn, timeline, step, turn.text("check.got_it", step),
                  playback.played_by(turn.now))


def _after(turn: Turn, timeline: Timeline, step: int, preface: str, played: float):
    """The test after `step`, opened with `preface`; after the last, the check's end."""
    if step < timeline.last_step:
        return play_test(turn, timeline, player.step_start(timeline, step + 1), preface, played)
    return finish(turn, timeline, played)


def skip_test(turn: Turn, step: int):
    """On to the next test with nothing kept for test `step` (it hurt). Hurt before the test
    played (while asked to keep results) leaves that question for the next check."""
    if turn.playback is None:
        turn.session.put(CONSENT_LATER, True)
        timeline = turn.timeline("mobility_check", turn.profile.hold_preference)
        return _after(turn, timeline, step, turn.text("pain.skipping"), 0.0)
    turn.awaiting = f"{_PREFIX}{step}:{LIMITED}"
    return answer(turn)


def test_in_hand(turn: Turn) -> int | None:
    """The step of the test the runner is doing (its question open while the check plays), is
    in position for (asked to keep results before it), or is choosing about after it hurt;
    None outside the check."""
    asked = asking(turn.awaiting)
    if asked is not None and turn.playback is not None:
        return asked[0]
    before = consent_place(turn)
    return before.step if before is not None else dialog.pain_test(turn.awaiting)


def finish(turn: Turn, timeline: Timeline, played: float):
    """Stores the check (its results only with consent), counts the session if the runner was
    there for it, and says the plan: what they confirmed, what to work on, and the routine to
    start now."""
    profile = turn.profile
    result = checkin.CheckResult(turn.now, turn.today().isoformat(), pending(turn))
    result = result._replace(suggested=checkin.offered_routine(result))
    checks = checkin.finish_check(profile.checks, result, bool(profile.check_consent))
    profile = profile._replace(checks=checks, pending_check=(), position=None)
    if player.counts_as_finished(timeline, played):
        profile = finish_session(profile, timeline.routine.id, turn.now, turn.today(),
                                 turn.request_mark)
    turn.profile = profile
    _keep(turn, ())
    turn.playback = None
    turn.awaiting = dialog.offer(result.suggested)
    offer = turn.text("check.offer", routine=routine(result.suggested).name)
    return turn.reply.ask(f"{plan_words(turn.locale, result)} {offer}", offer)


def plan_words(locale: str, result: checkin.CheckResult) -> str:
    """What the runner confirmed, strongest first, with what to work on for every area it
    found; a side that felt tighter without a limit, said as only that; or the all clear.
    SSML-ready text."""
    limits = checkin.limits(result)
    differences = [phrase("check.side_only", locale, side=f.side, test=exercise(f.test_id).name)
                   for f in checkin.side_differences(result)]
    if not limits:
        opening = phrase("check.no_limits" if differences else "check.all_clear", locale)
        return ssml.text(" ".join([opening, *differences]))
    areas = list(dict.fromkeys(limit.area_id for limit in limits))
    work = [phrase("check.work", locale, area=phrase(f"check.area.{area_id}", locale),
                   first=exercise(_AREAS[area_id].exercise_ids[0]).name,
                   second=exercise(_AREAS[area_id].exercise_ids[1]).name) for area_id in areas]
    found = phrase("check.found", locale, findings=sentences(locale, limits))
    return ssml.text(" ".join([found, *differences, *work]))


def sentences(locale: str, limits: list[checkin.Limit]) -> str:
    return " ".join(phrase("check.sentence", locale, finding=finding_words(locale, limit))
                    for limit in limits)


def finding_words(locale: str, limit: checkin.Limit) -> str:
    words = phrase(f"check.{limit.test_id}.{limit.outcome}", locale)
    if limit.side:
        words = phrase("check.tighter_side", locale, finding=words, side=limit.side)
    return words


def trend(turn: Turn) -> str:
    """How the hips are doing, from the last two checks, for "how am I doing"."""
    checks = turn.profile.checks
    if not checks:
        return ""
    latest = checks[-1]
    day = spoken_date(latest.day, turn.locale)
    if not turn.profile.check_consent:
        words = [turn.text("progress.check_unkept", day=day,
                           routine=routine(latest.suggested).name)]
    elif checkin.limits(latest):
        words = [turn.text("progress.check_found", day=day,
                           findings=sentences(turn.locale, checkin.limits(latest)))]
    else:
        words = [turn.text("progress.check_clear", day=day)]
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

