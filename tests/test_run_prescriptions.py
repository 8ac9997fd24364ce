"""The last run picks the routine: Strava's activities read as runs (only the fields used), the
catalogue's rule table as a table of runs and the prescriptions they get, and every
prescription a routine that exists, played at a dose it plays."""

import re
from datetime import timedelta
from pathlib import Path

import pytest

from skill.catalog import routine
from skill.catalog.run_rules import RUN_RULES
from skill.coach.runs import RUNS_KEPT, Run, latest_runs, prescribe, run_from_activity
from skill.coach.timeline import HOLD_CHOICES
from skill.simulator.strava_api import NOW, activity, road_runner, trail_runner
from skill.voice.runs import run_offer, run_reason
from skill.voice.script import script_for

T = NOW.timestamp()
ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "hip-mobility-article.txt"


def run(hours_ago: float, km: float, minutes: int, climb: float = 0.0, indoor=False) -> Run:
    return Run("Run", km * 1000, minutes * 60, climb, T - hours_ago * 3600, 3600, indoor)


def test_only_runs_are_kept_newest_first_with_only_the_fields_used():
    runs = latest_runs(trail_runner(NOW))
    assert [r.sport for r in runs] == ["TrailRun", "Run", "Run"]  # the ride is ignored
    assert runs[0] == Run("TrailRun", 32100.0, 290 * 60, 1804.0, T - 6 * 3600, 3600, False)
    assert runs[1].indoor  # the treadmill run (trainer: true)
    assert latest_runs(road_runner(NOW))[1].indoor  # a virtual run has no hills either
    many = [activity("Run", NOW - timedelta(days=d), 5, 30) for d in range(RUNS_KEPT + 4)]
    assert len(latest_runs(many)) == RUNS_KEPT


@pytest.mark.parametrize("damaged", [
    {}, {"sport_type": "Run"}, {"sport_type": "Run", "distance": "far", "moving_time": 10,
                                "start_date": "2026-11-28T10:00:00Z"},
    {"sport_type": "Run", "distance": 5000, "moving_time": 1500, "start_date": "yesterday"},
    "Run", None])
def test_an_activity_missing_what_the_coach_needs_is_no_run(damaged):
    assert run_from_activity(damaged) is None


# The table: runs, then the routine, hold and rule they call for (first rule that matches).
TABLE = [
    ("a 32 km trail run with 1,800 m of climbing this morning",
     [run(6, 32, 290, 1800)], "deep_release", 60, "long_or_steep"),
    ("a steep 12 km run yesterday", [run(26, 12, 90, 700)], "deep_release", 60,
     "long_or_steep"),
    ("a flat 2 h 40 min run", [run(5, 24, 160)], "deep_release", 60, "long_or_steep"),
    ("a short run that ended an hour ago", [run(1.75, 8, 45, 40)], "post_run", None,
     "just_finished"),
    ("a short run this morning", [run(6, 8, 45, 40)], "post_run", None, "recent_run"),
    ("a treadmill run on the incline setting is never steep", [run(3, 10, 60, 900, True)],
     "post_run", None, "recent_run"),
    ("the last run three days ago, no check yet", [run(72, 10, 50)], "mobility_check", None,
     "rest_day_check"),
]


@pytest.mark.parametrize("said, runs, routine_id, hold, rule", TABLE, ids=[t[0] for t in TABLE])
def test_runs_to_prescriptions(said, runs, routine_id, hold, rule):
    prescription = prescribe(tuple(runs), T)
    assert (prescription.routine_id, prescription.hold(None), prescription.rule.id) == (
        routine_id, hold, rule)


def test_a_rest_day_after_a_recent_check_is_for_strength():
    assert prescribe((run(72, 10, 50),), T, last_check_at=T - 86400).routine_id == "strength"


def test_without_runs_there_is_no_prescription():
    assert prescribe((), T) is None


def test_a_longer_hold_never_shortens_the_runners_own():
    big = prescribe((run(6, 32, 290, 1800),), T)
    assert big.hold(45) == 60 and big.hold(90) == 90
    assert prescribe((run(1, 8, 30),), T).hold(45) == 45


@pytest.mark.parametrize("rule", RUN_RULES, ids=lambda r: r.id)
def test_every_prescription_is_a_routine_that_exists_at_a_dose_it_plays(rule):
    chosen = routine(rule.routine_id)
    assert rule.hold_seconds is None or rule.hold_seconds in HOLD_CHOICES
    timeline = script_for("en-US").timeline(chosen, rule.hold_seconds)
    for item, dose in zip(chosen.items, timeline.doses, strict=True):
        adjustable = (item.dose or dose).adjustable
        if rule.hold_seconds is not None and adjustable:
            assert dose.hold_seconds == rule.hold_seconds, item.exercise_id


@pytest.mark.parametrize("rule", RUN_RULES, ids=lambda r: r.id)
def test_every_rule_says_whether_it_is_the_articles_and_quotes_it_truly(rule):
    article = rule.source.kind == "article"
    quoted = [rule.source.basis] if article else re.findall(r'"([^"]+)"', rule.source.basis)
    assert rule.source.kind in ("article", "ours") and (quoted or not article)
    if ARTICLE.exists():
        text = ARTICLE.read_text().replace("\u2019", "'").lower()
        assert [q for q in quoted if q.lower() not in text] == []


def test_the_offer_is_one_sentence_naming_the_run_and_asking():
    """run_offer is what the launch can call: runs in, routine, hold and question out."""
    offer = run_offer(latest_runs(trail_runner(NOW)), T, plays, hold_preference=90)
    assert offer.question == (
        "32 kilometers with 1,800 meters of climbing this morning: the deep release routine, "
        "holding each stretch for a minute and a half, and the psoas release for five minutes. "
        "Shall I start it?")  # the psoas release's five minutes are fixed, as it plays
    unnamed = run_offer(latest_runs(trail_runner(NOW)), T, plays, name_run=False).question
    assert unnamed == "your last run calls for the deep release routine. Shall I start it?"
    assert (offer.prescription.routine_id, offer.hold) == ("deep_release", 90)
    assert run_offer((), T, plays) is None
    treadmill = prescribe((run(3, 10, 60, 900, True),), T)
    assert "10 kilometers on the treadmill" in run_reason(
        treadmill, plays(treadmill.routine_id, None), T)
    rest = prescribe((run(50, 10, 50),), T)
    assert run_reason(rest, plays(rest.routine_id, None), T).startswith(
        "Your last run was 2 days ago")


def plays(routine_id, hold):  # what the skill passes: the routine as it will play
    return script_for(None).timeline(routine(routine_id), hold)


def test_stored_runs_round_trip_and_damaged_ones_are_dropped():
    from skill.coach.progress import Profile

    runs = latest_runs(trail_runner(NOW))
    stored = Profile(runs=runs, runs_checked=T).to_dict()
    assert Profile.from_dict(stored).runs == runs
    stored["runs"] = [["Ride", 1, 2, 3, 4, 5, False], ["Run", "far", 2, 3, 4, 5, False],
                      ["Run", 1, 2], list(runs[0]), "run"]
    assert Profile.from_dict(stored).runs == runs[:1]


def test_runs_read_or_deleted_on_one_device_survive_anothers_save():
    from skill.coach.progress import Profile, rebase

    base = Profile(runs=latest_runs(road_runner(NOW)), runs_checked=T - 3600)
    theirs = base._replace(hold_preference=45, version=2)
    read = base._replace(runs=latest_runs(trail_runner(NOW)), runs_checked=T)
    assert rebase(base, read, theirs).runs == read.runs
    deleted = base._replace(runs=(), runs_checked=0.0)  # a 401 here
    assert rebase(base, deleted, theirs).runs == ()
    assert rebase(base, base, theirs).runs == base.runs
