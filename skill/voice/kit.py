"""Kit in words, for every kit answer and the exercise screen alike: what an exercise or a
routine needs (one piece, any one of several, or one it can do without), what a piece is for,
who uses it, and what can stand in for it. The facts are the catalogue's (skill.catalog.kit)."""

from __future__ import annotations

from skill.catalog import (
    KIT,
    RECOMMENDED_KIT,
    ROUTINES,
    Equipment,
    Exercise,
    Need,
    Routine,
    exercise,
    kit_of,
    needs,
    serves,
)
from skill.voice.text import phrase, spoken_choices, spoken_list, with_article


def need_words(need: Need, locale: str | None) -> str:
    """"a half cylinder", "a yoga block or a thick towel or cushion", "a strap, if you have
    one"."""
    pieces = spoken_choices([with_article(e.value, locale) for e in need.any_of], locale)
    return phrase("kit.optional", locale, items=pieces) if need.optional else pieces


def exercise_kit(entry: Exercise, locale: str | None) -> str:
    """What an exercise needs, or "" for nothing."""
    return spoken_list([need_words(n, locale) for n in needs(entry)], locale)


def exercise_answer(entry: Exercise, locale: str | None) -> str:
    """What an exercise asked about needs, said whole."""
    items = exercise_kit(entry, locale)
    return phrase("equipment.exercise" if items else "equipment.exercise_none", locale,
                  exercise=entry.name, items=items)


def routine_kit(chosen: Routine, locale: str | None) -> str:
    """What a routine needs, what it can do without last."""
    kit = sorted(kit_of(chosen), key=lambda need: need.optional)
    key = "equipment.routine" if kit else "equipment.routine_none"
    return phrase(key, locale, routine=chosen.name, items=spoken_list(
        [need_words(n, locale) for n in kit], locale))


def overall(locale: str | None) -> str:
    return phrase("equipment.overall", locale, items=spoken_list(
        [with_article(e.value, locale) for e in RECOMMENDED_KIT], locale))


def _users(item: Equipment, routines: list[Routine]) -> list[tuple[Exercise, Need]]:
    """Each exercise of these routines whose kit `item` serves, with the need it serves."""
    found: list[tuple[Exercise, Need]] = []
    for chosen in routines:
        for entry in (exercise(i.exercise_id) for i in chosen.items):
            for need in needs(entry):
                if serves(need, item) and (entry, need) not in found:
                    found.append((entry, need))
    return found


def _part(entry: Exercise, need: Need, item: Equipment, locale: str | None) -> str:
    if len(need.any_of) > 1:
        return phrase("kit.part.any_of", locale, name=entry.name,
                      choices=need_words(need, locale))
    piece = with_article(need.any_of[0].value, locale)  # a mini band, asked about a band
    key = ("kit.part.optional" if need.optional else
           "kit.part.uses_plural" if entry.plural else "kit.part.uses")
    return phrase(key, locale, name=entry.name, item=piece)


def _in_routines(item: Equipment, routines: list[Routine], locale: str | None) -> str:
    users = _users(item, routines)
    parts = spoken_list([_part(e, n, item, locale) for e, n in users], locale)
    key = "equipment.in_routine" if len(routines) == 1 else "equipment.in_routines"
    return phrase(key, locale, routine=routines[0].name, parts=parts,
                  routines=spoken_list([r.name for r in routines], locale))


def routines_using(item: Equipment) -> list[Routine]:
    return [r for r in ROUTINES if _users(item, [r])]


def item_answer(item: Equipment, chosen: Routine | None, locale: str | None) -> str:
    """"Do I need a yoga block?", "what is a lacrosse ball for?", "what can I use instead of a
    foam roller?": for a routine (named, or the one playing) yes, not necessarily, or no, and
    which of its exercises use it; otherwise what it is for and which routines' exercises use
    it. Either way, what can stand in for it."""
    users = routines_using(item)
    named = with_article(item.value, locale)
    stand_in = (phrase("kit.stand_in_line", locale, stand_in=phrase(f"kit.{item.name}.stand_in",
                                                                      locale))
                if KIT[item].stand_in else "")
    if chosen is None:
        who = (_in_routines(item, users, locale) if users else
               phrase("equipment.item_unused", locale))
        lines = [phrase(f"kit.{item.name}.use", locale), who, stand_in]
    elif chosen in users:
        must = any(len(n.any_of) == 1 and not n.optional for _, n in _users(item, [chosen]))
        lines = [phrase("equipment.yes" if must else "equipment.not_necessarily", locale),
                 _in_routines(item, [chosen], locale), stand_in]
    else:
        elsewhere = (phrase("equipment.item_elsewhere", locale, routines=spoken_list(
            [r.name for r in users], locale)) if users else "")
        lines = [phrase("equipment.item_not_in_routine", locale, item=named,
                        routine=chosen.name), elsewhere]
    return " ".join(line for line in lines if line)
