"""The rule table that turns the runner's last runs into a prescription: a routine, a hold length
and a focus, each rule saying whether it is the source article's advice or our coaching choice.

Rules are tried in order and the first that matches wins (skill.coach.runs reads the table);
docs/catalogue.md lists them beside the article, generated from this data.
"""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog.model import Source, article, ours

# What makes a run long or steep, and how recent is recent: all our coaching choices. The article
# names "low back pain after sitting or long runs" as a sign of poor hip mobility and says mobile
# hips help absorb impact on descents; it gives no figures, and says nothing of what a steep run
# leaves tight.
LONG_RUN_METRES = 25_000
LONG_RUN_SECONDS = 150 * 60
STEEP_METRES_PER_KM = 30  # climbing for every kilometre: 1,800 m over 32 km is 56
JUST_FINISHED_SECONDS = 2 * 3600
RECENT_SECONDS = 36 * 3600  # a run after this long ago leaves a rest day
CHECK_DUE_SECONDS = 28 * 86400  # a rest day brings the mobility check if none for 4 weeks
LONGER_HOLD_SECONDS = 60  # the article's "work up to a 60 second hold"
# A run told by voice with only its distance or only its time: the other at this pace (ours).
TOLD_PACE_SECONDS_PER_KM = 360
# Beyond these a told run was misheard (the longest ultras are about this far and long).
TOLD_MAX_METRES, TOLD_MAX_SECONDS = 330_000, 48 * 3600
# Below this a duration was no run ("half a minute" is a hold length said out of turn).
TOLD_MIN_SECONDS = 5 * 60
# Distances runners name rather than say (metres).
RACE_METRES = {"five_k": 5_000, "ten_k": 10_000, "half_marathon": 21_097, "marathon": 42_195,
               "fifty_k": 50_000, "ultra": 50_000}


class RunRule(NamedTuple):
    id: str  # also names the sentence that says why (locale key "run.offer.<id>")
    when: str  # the condition, as docs/catalogue.md states it
    routine_id: str
    hold_seconds: int | None  # None: the runner's own hold length
    focus: str  # what the routine is for after such a run
    source: Source


RUN_RULES: tuple[RunRule, ...] = (
    RunRule("long_or_steep",
            f"a run in the last {RECENT_SECONDS // 3600} h of {LONG_RUN_METRES // 1000} km or "
            f"more, {LONG_RUN_SECONDS // 60} min or more moving, or {STEEP_METRES_PER_KM} m "
            "or more of climbing a kilometre",
            "deep_release", LONGER_HOLD_SECONDS, "hip flexors and glutes after a big effort",
            ours("from the article's \"low back pain after sitting or long runs\" and "
                 "\"Longer static holds like the couch stretch or pigeon pose work well "
                 "afterward\"; the thresholds and the 60 s hold (the article's work-up figure) "
                 "are our choice")),
    RunRule("just_finished",
            f"a run that ended less than {JUST_FINISHED_SECONDS // 3600} h ago",
            "post_run", None, "post-run tightness",
            article("Afterward, static stretches restore tissue length and reduce post-run "
                    "tightness")),
    RunRule("recent_run", f"a run in the last {RECENT_SECONDS // 3600} h",
            "post_run", None, "the day after a run",
            ours("the same static holds the day after, while the run's tightness lasts")),
    RunRule("rest_day_check",
            f"no run in the last {RECENT_SECONDS // 3600} h and no mobility check for "
            f"{CHECK_DUE_SECONDS // 86400} days",
            "mobility_check", None, "seeing where the hips are",
            ours("a rest day is a fair day to re-test, away from a run's tightness")),
    RunRule("rest_day", f"no run in the last {RECENT_SECONDS // 3600} h",
            "strength", None, "strength through full range",
            ours("from the article's \"combine mobility and strength\": a rest day has room "
                 "for the strength routine")),
    # What a runner can tell by voice and Strava cannot.
    RunRule("about_to_run", "the runner says they are about to run", "pre_run", None,
            "getting the hips ready to run",
            article("Before runs, dynamic mobility prepares the joints for smooth, powerful "
                    "movement")),
    RunRule("sitting", "the runner says they sit at a desk all day", "deep_release", None,
            "hip flexors and low back after sitting",
            ours("from the article's \"low back pain after sitting or long runs\" and "
                 "\"Longer static holds like the couch stretch or pigeon pose\"")),
    RunRule("no_kit", "the runner says they have no kit to hand (a hotel room)",
            "quick_post_run", None, "what needs nothing but a towel or cushion",
            ours("from the article's \"using what you have around the house\": the quick "
                 "post-run routine needs at most a towel or cushion")),
)
