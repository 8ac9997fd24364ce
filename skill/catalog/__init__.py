"""The catalogue: the article's exercises, our easier versions and routines, and the kit, looked
up by id or spoken name."""

from __future__ import annotations

import re

from skill.catalog.advice import AREAS, TEST_AREAS, TOPICS, Area, Topic
from skill.catalog.exercises import EXERCISES
from skill.catalog.kit import KIT, OPTIONAL_KIT, RECOMMENDED_KIT, Kit, Need, needs, serves
from skill.catalog.model import (
    Dose,
    Equipment,
    Exercise,
    Muscle,
    Phase,
    Routine,
    RoutineItem,
    Versions,
)
from skill.catalog.routines import ROUTINES
from skill.catalog.versions import VERSIONS

__all__ = [
    "AREAS", "TEST_AREAS", "TOPICS", "Area", "Topic", "EXERCISES", "KIT", "OPTIONAL_KIT",
    "RECOMMENDED_KIT", "ROUTINES", "ROUTINE_IDS", "Dose", "Equipment", "Exercise", "Kit",
    "Muscle", "Need",
    "Phase", "Routine", "RoutineItem", "VERSIONS", "Versions", "area_routine", "exercise",
    "kit_of", "needs", "serves", "routine",
    "routines_with", "versions_of", "closest", "find_exercise", "find_routine", "normalize",
]

# Words that name no entry: "that one" points at a stretch, it is not the one leg deadlift;
# "how long is left on this" asks of the one in hand, not of the hip flexor stretch on a towel.
_FILLER = re.compile(r"\b(the|my|a|an|one|this|that|it|on|in|of|to|for|with|your|stretches"
                     r"|stretch|routine|session)\b")


def normalize(name: str) -> str:
    """Folds how people say a name ("Post-Run", "post run stretches") into one comparable form."""
    text = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("-", " "))
    return " ".join(text.split())


def _loose(name: str) -> str:
    return " ".join(_FILLER.sub(" ", normalize(name)).split())


def _index(entries) -> dict[str, object]:
    index: dict[str, object] = {}
    for entry in entries:
        for name in (entry.id.replace("_", " "), *entry.spoken_names):
            for key in {normalize(name), _loose(name)}:
                if key and index.setdefault(key, entry) is not entry:
                    raise ValueError(f"spoken name {name!r} is ambiguous")
    return index


_EXERCISES_BY_ID = {e.id: e for e in EXERCISES}
_ROUTINES_BY_ID = {r.id: r for r in ROUTINES}
ROUTINE_IDS = frozenset(_ROUTINES_BY_ID)
_EXERCISES_BY_NAME = _index(EXERCISES)
_ROUTINES_BY_NAME = _index(ROUTINES)


def exercise(exercise_id: str) -> Exercise:
    return _EXERCISES_BY_ID[exercise_id]


def routine(routine_id: str) -> Routine:
    return _ROUTINES_BY_ID[routine_id]


def routines_with(exercise_id: str) -> list[Routine]:
    """The routines that play an exercise, in the catalogue's order."""
    return [r for r in ROUTINES if any(i.exercise_id == exercise_id for i in r.items)]


def kit_of(chosen: Routine) -> list[Need]:
    """What a routine needs, in the order its exercises first use it: a need already met by a
    piece another exercise must have is left out, and so is one it can do without when another
    exercise needs that piece anyway."""
    every = [need for item in chosen.items for need in needs(_EXERCISES_BY_ID[item.exercise_id])]
    required = {need.any_of[0] for need in every if len(need.any_of) == 1 and not need.optional}
    kit: list[Need] = []
    for need in every:
        covered = len(need.any_of) > 1 and required & set(need.any_of)
        if need not in kit and not covered and not (need.optional and need.any_of[0] in required):
            kit.append(need)
    return kit


def area_routine(area: Area) -> tuple[Routine, list[str]]:
    """The routine an area's advice offers, and which of the area's exercises it has: the one
    with the most of them, the area's preferred routine on a tie."""
    def held(r: Routine) -> list[str]:
        return [e for e in area.exercise_ids if any(i.exercise_id == e for i in r.items)]

    best = max(ROUTINES, key=lambda r: (len(held(r)), r.id == area.routine_id))
    return best, held(best)


def versions_of(exercise_id: str) -> Versions:
    """An exercise's easier and harder versions (none for the at-home tests)."""
    return VERSIONS.get(exercise_id, Versions())


def _find(name: str, by_id: dict, by_name: dict):
    if name in by_id:
        return by_id[name]
    return by_name.get(normalize(name)) or by_name.get(_loose(name))


def find_exercise(name: str) -> Exercise | None:
    """An exercise by id or by any spoken name, or None."""
    return _find(name, _EXERCISES_BY_ID, _EXERCISES_BY_NAME)


def find_routine(name: str) -> Routine | None:
    """A routine by id or by any spoken name, or None."""
    return _find(name, _ROUTINES_BY_ID, _ROUTINES_BY_NAME)


def closest(heard: str, entries) -> list:
    """The entries whose names share the most words with `heard` ("pre-run mobility" ->
    pre-run, "the pigeon" -> pigeon pose): all of them when several fit equally well, none
    when no word is shared. Fillers ("my", "the", "stretches") do not count."""
    words = set(_loose(heard).split())
    if not words:
        return []
    scores = {}
    for entry in entries:
        best = 0.0
        for name in (entry.id.replace("_", " "), *entry.spoken_names):
            name_words = set(_loose(name).split())
            shared = len(words & name_words)
            if shared:  # more shared words first; then names with fewer words left unsaid
                best = max(best, shared + shared / len(name_words) / 10)
        if best:
            scores[entry] = best
    top = max(scores.values(), default=0)
    return [entry for entry, score in scores.items() if score == top]
