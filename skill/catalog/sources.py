"""docs/catalogue.md: every catalogue item beside the source article, every mark of where a
claim comes from (the article, research, or ours), and where the skill says each of the article's
sections. Generated, so it cannot drift from the data."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from skill.catalog import area_routine
from skill.catalog.advice import (
    AREAS,
    AREAS_SOURCE,
    LINE_SOURCES,
    TEST_AREAS,
    TEST_AREAS_SOURCE,
    TOPICS,
)
from skill.catalog.exercises import BUILD_UP_START, BUILD_UP_STEP, EXERCISES
from skill.catalog.kit import ANY_ONE_OF, KIT, OPTIONAL, OPTIONAL_KIT, RECOMMENDED_KIT
from skill.catalog.model import STUDIES, Dose, Equipment, Source, ours
from skill.catalog.routines import ROUTINES
from skill.catalog.run_rules import RUN_RULES
from skill.catalog.versions import VERSIONS

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "catalogue.md"
# Each section of the source article, the intents that say it by voice, and what else does.
COVERAGE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("What muscles are important for hip mobility?", ("HipMusclesIntent", "StretchInfoIntent"),
     "the muscles each exercise targets"),
    ("(the same section) strong hips and running performance", ("StrongHipsIntent",), ""),
    ("Why does good hip mobility matter for runners?",
     ("WhyMobilityMattersIntent", "WhyTightHipsIntent", "RotationItBandIntent",
      "CompensationsIntent"),
     "tight hip flexors; restricted rotation, the IT band and knee or outer hip pain; torso "
     "twist, altered foot strike and overstriding"),
    ("What's the difference between flexibility and mobility?",
     ("FlexibilityMobilityIntent",), ""),
    ("What are the signs of poor hip mobility?", ("TightHipSignsIntent",), ""),
    ("What are some at-home hip mobility tests?", ("HomeTestsIntent", "HowToIntent"),
     "the mobility check routine plays all four and asks what the runner noticed"),
    ("What stretches and exercises improve hip mobility?",
     ("ImproveMobilityIntent", "WhenToStretchIntent", "HowToIntent", "DoseIntent",
      "EasierIntent", "HarderIntent"),
     "every routine; dynamic drills before a run, long holds after (\"static or dynamic\"), "
     "loaded moves in strength; each described exercise by its heading"),
    ("Can strength training improve hip mobility?", ("StrengthMobilityIntent",),
     "full range; partial-range lifts and machines; the strength routine"),
    ("Can hip mobility make a runner faster?", ("MobilitySpeedIntent",), ""),
    ("What mobility training tools are best?", ("EquipmentIntent",),
     "what each tool is for, stand-ins, each routine's kit, and yes or no for one item"),
)
OURS = (
    "the routines, their order and the doses marked *ours*",
    "the easier versions marked *ours*",
    "every area's stretches, and each test's area",
    "the build-up schedule for holds the article says to work up to",
    "the check-in's questions, and asking before keeping results",
    "the 15-120 s hold-length preference",
    "the safety line and the pain answer: stopping on sharp pain and \"not medical advice\" "
    "(the article says only to stay within your range of motion and not to force the psoas "
    "release)",
)
_BY_ID = {e.id: e for e in EXERCISES}
_ROUTINE_DOSE = ours("the routine's own figure")
_BUILD_UP = ours(f"start at {BUILD_UP_START} s, {BUILD_UP_STEP} s more a session")


class Mark(NamedTuple):
    subject: str  # what the claim is about ("pigeon pose", "kit: yoga block")
    claim: str  # which of its claims ("exercise", "dose", "easier version", ...)
    source: Source


def marks() -> list[Mark]:
    """Every sourced claim the coach makes, in the order docs/catalogue.md lists them."""
    found = []
    for entry in EXERCISES:
        found += [Mark(entry.name, "exercise", entry.source),
                  Mark(entry.name, "cues", entry.cues_source),
                  Mark(entry.name, "targets" if not entry.is_test else "what it reveals",
                       entry.targets_source),
                  Mark(entry.name, "dose", entry.dose.source)]
        if entry.dose.build_up:
            found.append(Mark(entry.name, "build-up schedule", _BUILD_UP))
    found += [Mark(f"{r.name} routine", f"dose of the {_BY_ID[i.exercise_id].name}",
                   _ROUTINE_DOSE) for r in ROUTINES for i in r.items if i.dose]
    for exercise_id, versions in VERSIONS.items():
        for claim, other, source in (("easier version", versions.easier, versions.easier_source),
                                     ("harder version", versions.harder,
                                      versions.harder_source)):
            if other:
                found.append(Mark(_BY_ID[exercise_id].name, f"{claim}: {_BY_ID[other].name}",
                                  source))
    for item, kit in KIT.items():
        found += [Mark(f"kit: {item.value}", "named", kit.source),
                  Mark(f"kit: {item.value}", "what it is for", kit.use)]
        if kit.stand_in:
            found.append(Mark(f"kit: {item.value}", "what stands in", kit.stand_in))
    found += [Mark(f"area: {a.name}", "its stretches", AREAS_SOURCE) for a in AREAS]
    found += [Mark(f"test: {_BY_ID[t].name}", "the area it points to", TEST_AREAS_SOURCE)
              for t in TEST_AREAS]
    for topic in TOPICS:
        found.append(Mark(f"answer: {topic.id}", "answer", topic.source))
        if topic.evidence:
            found.append(Mark(f"answer: {topic.id}", "what research adds", topic.evidence))
    found += [Mark(f"line: {key}", "line", source) for key, source in LINE_SOURCES.items()]
    found += [Mark(f"run rule: {r.id}", "rule", r.source) for r in RUN_RULES]
    return found


def normalized(text: str) -> str:
    """Text as quotes are compared with the article: whitespace and quote marks folded."""
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r"\s+", " ", text).strip()


def basis_text(source: Source) -> str:
    if source.kind == "article":
        return f"\"{source.basis}\""
    if source.kind == "research":
        return STUDIES[source.basis]
    return source.basis


def dose_text(dose: Dose) -> str:
    if dose.reps:
        unit = "per leg, alternating" if dose.alternating else (
            "per side" if dose.per_side else "in all")
        return f"{dose.reps} reps {unit} ({dose.seconds_per_rep} s a rep)"
    side = " per side" if dose.per_side else ""
    adjustable = ", follows the hold preference" if dose.adjustable else ""
    built = ", built up over sessions" if dose.build_up else ""
    return f"{dose.hold_seconds} s hold{side}{adjustable}{built}"




def render_sources() -> str:
    lines = [
        "# Catalogue and source article",
        "",
        "Generated from `skill/catalog` by `hipcoach model`; a test fails when it is stale.",
        "Every claim the coach makes about an exercise, version, dose, cue, target, kit item,",
        "advice line or run rule is marked: *article* (the source article says it; its words",
        "are quoted, and a test finds them in the article), *research* (a review listed under",
        "Studies) or *ours* (our coaching choice). The article describes six exercises step by",
        "step and names the other drills and the four at-home tests; the easier versions are",
        "mostly ours, and most doses are ours. A hold-length preference (15-120 s) replaces",
        "adjustable holds and makes them the runner's own.",
        "",
        "## Exercises",
        "",
        "| exercise | phase | targets | equipment | dose | dose source |",
        "|---|---|---|---|---|---|",
    ]
    for entry in EXERCISES:
        kit = ", ".join(e.value for e in entry.equipment if e is not Equipment.NONE) or "none"
        lines.append(f"| {entry.name} | {entry.phase.value} | "
                     f"{', '.join(m.value for m in entry.muscles)} | {kit} | "
                     f"{dose_text(entry.dose)} | {entry.dose.source.kind} |")
    lines += ["", "## Routines", "",
              "Doses a routine sets for itself are listed; the rest are the exercise's own.", "",
              "| routine | exercises, in order | doses the routine sets |", "|---|---|---|"]
    for routine in ROUTINES:
        names = ", ".join(_BY_ID[item.exercise_id].name for item in routine.items)
        own = "; ".join(f"{_BY_ID[item.exercise_id].name}: {dose_text(item.dose)} "
                        f"({item.dose.source.kind})" for item in routine.items if item.dose)
        lines.append(f"| {routine.name} | {names} | {own or 'none'} |")
    lines += _versions() + _build_up() + _run_rules()
    lines += ["", "## What to work on", "",
              "A tight area (from the mobility check, or asked about) and the stretches the "
              "skill recommends for it. The article names these drills and the at-home tests but "
              "never pairs them with an area: every pairing is *our coaching choice*. The routine "
              "offered is the one that has the most of the stretches, and it says which it has.",
              "", "| area | stretches | routine offered | it has | source |",
              "|---|---|---|---|---|"]
    area_names = {a.id: a.name for a in AREAS}
    for area in AREAS:
        names = " and ".join(_BY_ID[e].name for e in area.exercise_ids)
        offered, held = area_routine(area)
        lines.append(f"| {area.name} | {names} | {offered.name} | "
                     f"{' and '.join(_BY_ID[e].name for e in held)} | ours |")
    lines += ["", "The mobility check's tests each find one area (our coaching choice too: the "
              "article says what each test can reveal): "
              + "; ".join(f"{_BY_ID[t].name}: {area_names[a]}" for t, a in TEST_AREAS.items())
              + ".",
              "", "## Tool kit", "",
              "The article's recommended kit: "
              + ", ".join(e.value for e in RECOMMENDED_KIT) + ". Optional extras it describes: "
              + ", ".join(e.value for e in OPTIONAL_KIT)
              + " (a foam roller or lacrosse ball before active drills; resistance bands for "
                "resistance or joint distraction). Every kit answer and the exercise screens "
                "read the same table (skill/catalog/kit.py); each piece's source, use and "
                "stand-in are under Every mark.", "",
              "Any one of: " + "; ".join(
                  f"{_BY_ID[e].name}: {' or '.join(i.value for i in items)}"
                  for e, items in ANY_ONE_OF.items())
              + ". Can do without: " + "; ".join(
                  f"{_BY_ID[e].name}: {' or '.join(i.value for i in items)}"
                  for e, items in OPTIONAL.items()) + ".", ""]
    lines += _coverage() + _marks()
    return "\n".join(lines)


def _marks() -> list[str]:
    every = marks()
    counts = Counter(m.source.kind for m in every)
    lines = ["## Every mark", "",
             f"{len(every)} marks: {counts['article']} article, {counts['research']} research, "
             f"{counts['ours']} ours. An article mark quotes the article's own words.", "",
             "| subject | claim | source | basis |", "|---|---|---|---|"]
    lines += [f"| {m.subject} | {m.claim} | {m.source.kind} | {basis_text(m.source)} |"
              for m in every]
    lines += ["", "## Studies", "",
              "Where research adds to the article, the coach says it briefly when asked, and "
              "never promises more: no review shows that mobility work prevents running injuries "
              "or fixes running form.", ""]
    lines += [f"- `{key}`: {text}." for key, text in STUDIES.items()]
    return lines + [""]


def _coverage() -> list[str]:
    lines = ["## Coverage of the article", "",
             "Each section of the article and where the skill says it (intents are asked by "
             "voice; tests/test_catalog.py checks the sections against the article and the "
             "intents against the model).", "",
             "| article section | intents | also |", "|---|---|---|"]
    lines += [f"| {section} | {', '.join(intents)} | {also} |"
              for section, intents, also in COVERAGE]
    lines += ["", "Ours, not the article's: " + "; ".join(OURS) + ".", ""]
    return lines


def _versions() -> list[str]:
    lines = ["", "## Easier and harder versions", "",
             "\"Make it easier\" and \"something harder\" switch the exercise playing one step "
             "each way; after pain the easier version is offered. *article*: the article gives "
             "that version; *ours*: our coaching choice.", "",
             "| exercise | easier | source | harder | source |", "|---|---|---|---|---|"]
    for exercise_id, versions in VERSIONS.items():
        def named(other: str | None) -> str:
            return _BY_ID[other].name if other else "none"

        def source(other: str | None, mark: Source) -> str:
            return "" if other is None else mark.kind

        lines.append(f"| {_BY_ID[exercise_id].name} | {named(versions.easier)} | "
                     f"{source(versions.easier, versions.easier_source)} | "
                     f"{named(versions.harder)} | "
                     f"{source(versions.harder, versions.harder_source)} |")
    return lines


def _build_up() -> list[str]:
    built = [e.name for e in EXERCISES if e.dose.build_up]
    return ["", "## Holds built up over sessions", "",
            f"The article says to *work up to* the hold of the {' and the '.join(built)}. A "
            f"runner starts at {BUILD_UP_START} s and gains {BUILD_UP_STEP} s for each finished "
            "session that included the exercise, up to the routine's hold (the schedule is our "
            "coaching choice). A runner who set a hold length gets that length from the start. "
            "Hands-free mode plays the routines as written until step files can hold grown "
            "doses."]


def _run_rules() -> list[str]:
    names = {r.id: r.name for r in ROUTINES}
    lines = ["", "## The last run picks the routine", "",
             "With Strava linked, \"what should I do today\" answers from the runner's latest "
             "runs (rides and other sports ignored). The first rule that matches wins; a hold "
             "never shortens the runner's own hold length.", "",
             "| rule | when | routine | hold | focus | source |", "|---|---|---|---|---|---|"]
    for rule in RUN_RULES:
        hold = f"{rule.hold_seconds} s" if rule.hold_seconds else "the runner's own"
        lines.append(f"| {rule.id} | {rule.when} | {names[rule.routine_id]} | {hold} | "
                     f"{rule.focus} | {rule.source.kind}: {basis_text(rule.source)} |")
    return lines


def stale_sources() -> bool:
    return not DOC_PATH.exists() or DOC_PATH.read_text() != render_sources()


def write_sources() -> Path:
    DOC_PATH.write_text(render_sources())
    return DOC_PATH
