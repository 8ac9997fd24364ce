"""docs/catalogue.md: every catalogue item beside the source article, saying which doses are the
article's and which are our coaching defaults. Generated, so it cannot drift from the data."""

from __future__ import annotations

from pathlib import Path

from skill.catalog.advice import AREAS, TEST_AREAS
from skill.catalog.exercises import EXERCISES
from skill.catalog.model import Dose, Equipment
from skill.catalog.routines import OPTIONAL_KIT, RECOMMENDED_KIT, ROUTINES

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "catalogue.md"
_BY_ID = {e.id: e for e in EXERCISES}


def dose_text(dose: Dose) -> str:
    if dose.reps:
        unit = "per leg, alternating" if dose.alternating else (
            "per side" if dose.per_side else "in all")
        return f"{dose.reps} reps {unit} ({dose.seconds_per_rep} s a rep)"
    side = " per side" if dose.per_side else ""
    adjustable = ", follows the hold preference" if dose.adjustable else ""
    return f"{dose.hold_seconds} s hold{side}{adjustable}"


def source_text(dose: Dose) -> str:
    return "article" if dose.from_article else "our default"


def render_sources() -> str:
    lines = [
        "# Catalogue and source article",
        "",
        "Generated from `skill/catalog` by `hipcoach model`; a test fails when it is stale.",
        "Every exercise, drill and test comes from the source article. A dose marked *article*",
        "is the article's figure; *our default* is a coaching default where the article names",
        "the drill without a dose (or a routine sets its own). A hold-length preference",
        "(15-120 s) replaces adjustable holds and makes them the runner's own.",
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
                     f"{dose_text(entry.dose)} | {source_text(entry.dose)} |")
    lines += ["", "## Routines", "",
              "Doses a routine sets for itself are listed; the rest are the exercise's own.", "",
              "| routine | exercises, in order | doses the routine sets |", "|---|---|---|"]
    for routine in ROUTINES:
        names = ", ".join(_BY_ID[item.exercise_id].name for item in routine.items)
        own = "; ".join(f"{_BY_ID[item.exercise_id].name}: {dose_text(item.dose)} "
                        f"({source_text(item.dose)})" for item in routine.items if item.dose)
        lines.append(f"| {routine.name} | {names} | {own or 'none'} |")
    lines += ["", "## What to work on", "",
              "A tight area (from the mobility check, or asked about) and the stretches and "
              "routine the skill recommends for it.", "",
              "| area | stretches | routine | source |", "|---|---|---|---|"]
    routines = {r.id: r for r in ROUTINES}
    area_names = {a.id: a.name for a in AREAS}
    for area in AREAS:
        names = " and ".join(_BY_ID[e].name for e in area.exercise_ids)
        lines.append(f"| {area.name} | {names} | {routines[area.routine_id].name} | "
                     f"{'article' if area.from_article else 'our default'} |")
    lines += ["", "The mobility check's tests each find one area: "
              + "; ".join(f"{_BY_ID[t].name}: {area_names[a]}" for t, a in TEST_AREAS.items())
              + ".",
              "", "## Tool kit", "",
              "The article's recommended kit: "
              + ", ".join(e.value for e in RECOMMENDED_KIT) + ". Optional extras it describes: "
              + ", ".join(e.value for e in OPTIONAL_KIT)
              + " (a foam roller or lacrosse ball before active drills; resistance bands for "
                "resistance or joint distraction).", ""]
    return "\n".join(lines)


def stale_sources() -> bool:
    return not DOC_PATH.exists() or DOC_PATH.read_text() != render_sources()


def write_sources() -> Path:
    DOC_PATH.write_text(render_sources())
    return DOC_PATH
