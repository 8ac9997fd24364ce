"""The catalogue: exercises and routines from the source article, looked up by id or spoken name."""

from __future__ import annotations

import re

from skill.catalog.exercises import EXERCISES
from skill.catalog.model import Dose, Equipment, Exercise, Muscle, Phase, Routine, RoutineItem
from skill.catalog.routines import OPTIONAL_KIT, RECOMMENDED_KIT, ROUTINES

__all__ = [
    "EXERCISES", "OPTIONAL_KIT", "RECOMMENDED_KIT", "ROUTINES", "Dose", "Equipment", "Exercise",
    "Muscle", "Phase", "Routine", "RoutineItem", "exercise", "routine", "find_exercise",
    "find_routine", "normalize",
]

_FILLER = re.compile(r"\b(the|my|a|an|stretches|stretch|routine|session)\b")


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
_EXERCISES_BY_NAME = _index(EXERCISES)
_ROUTINES_BY_NAME = _index(ROUTINES)


def exercise(exercise_id: str) -> Exercise:
    return _EXERCISES_BY_ID[exercise_id]


def routine(routine_id: str) -> Routine:
    return _ROUTINES_BY_ID[routine_id]


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
