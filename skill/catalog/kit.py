"""The tool kit as data: where each piece comes from, what it is for, what can stand in for it,
and what each exercise needs (one piece, any one of several, or a piece it can do without).
Every kit answer and every screen reads it (`skill.voice.kit` says it)."""

from __future__ import annotations

from typing import NamedTuple

from skill.catalog.model import Equipment, Exercise, Source, article, ours

E = Equipment


class Kit(NamedTuple):
    """One piece of kit. Its words are in the locale table: `kit.<NAME>.use`, and
    `kit.<NAME>.stand_in` when something can stand in for it."""

    source: Source  # why the coach names it at all
    use: Source  # what it is for
    stand_in: Source | None = None
    kind_of: Equipment | None = None  # a mini band is a small resistance band


class Need(NamedTuple):
    """What an exercise needs: any one of these pieces; or one it can do without."""

    any_of: tuple[Equipment, ...]
    optional: bool = False


_KIT = article("My mobility tool kit, and what I recommend for most of my athletes, includes a "
               "half cylinder, a yoga block, a lacrosse ball (or similar ball) and mini bands.")
_RELIEF = article("Foam rollers and lacrosse balls can provide short-term relief and help unlock "
                  "tissues before you move into active drills.")
_PROP = article("Prop yourself below the waistline using a yoga block, thick towel, or cushion.")
_BANDS = article("Resistance bands are versatile and portable, offering ways to add resistance "
                 "or joint distraction")

KIT: dict[Equipment, Kit] = {
    E.HALF_CYLINDER: Kit(_KIT, article("Prop yourself below the waistline using a half cylinder"),
                         article("using a half cylinder or a thick rolled blanket")),
    E.YOGA_BLOCK: Kit(_KIT, _PROP),
    E.TOWEL_OR_CUSHION: Kit(_PROP, ours("it props the hips, and pads a knee or a hip")),
    E.MINI_BAND: Kit(_KIT, article("This not only works on strengthening the lateral hip"),
                     kind_of=E.RESISTANCE_BAND),
    E.STRAP: Kit(article("using a strap or belt around your ankle/foot"),
                 article("either grabbing your foot or using a strap or belt around your "
                         "ankle/foot"),
                 article("using a strap or belt")),
    E.LACROSSE_BALL: Kit(_KIT, _RELIEF, article("a lacrosse ball (or similar ball)")),
    E.FOAM_ROLLER: Kit(_RELIEF, _RELIEF,
                       ours("the article gives foam rollers and lacrosse balls the same use")),
    E.RESISTANCE_BAND: Kit(_BANDS, _BANDS),
    E.KETTLEBELL: Kit(ours("the article's goblet squats and single-leg Romanian deadlifts name "
                           "no weight"), ours("load for the squats and deadlifts"),
                      ours("any weight held close works the same")),
    E.WALL: Kit(ours("our cues for the leg swings and the couch stretch"),
                ours("balance for the swings; the couch stretch's foot rests on it"),
                ours("a couch or a sturdy chair does the same job")),
    E.CHAIR: Kit(ours("our easier version of the deep squat"), ours("a seat to squat down to"),
                 ours("a low bench or a box does the same job")),
}
# The article's recommended kit, and the extras it describes (what each is for is in KIT).
RECOMMENDED_KIT: tuple[Equipment, ...] = (E.HALF_CYLINDER, E.YOGA_BLOCK, E.LACROSSE_BALL,
                                          E.MINI_BAND)
OPTIONAL_KIT: tuple[Equipment, ...] = (E.FOAM_ROLLER, E.RESISTANCE_BAND)

# Pieces an exercise takes any one of: the psoas release's "a yoga block, thick towel, or
# cushion" (the article's).
ANY_ONE_OF: dict[str, tuple[Equipment, ...]] = {
    "psoas_release": (E.YOGA_BLOCK, E.TOWEL_OR_CUSHION),
}
# Pieces an exercise can do without: the article's "either grabbing your foot or using a strap",
# and our "with a kettlebell if you have one".
OPTIONAL: dict[str, tuple[Equipment, ...]] = {
    "kneeling_hip_flexor_advanced": (E.STRAP,),
    "single_leg_rdl": (E.KETTLEBELL,),
}


def needs(entry: Exercise) -> tuple[Need, ...]:
    """What an exercise needs, in the order its equipment lists it."""
    group = ANY_ONE_OF.get(entry.id, ())
    found: list[Need] = []
    for item in entry.equipment:
        if item is E.NONE:
            continue
        need = Need(group) if item in group else Need((item,), item in OPTIONAL.get(entry.id, ()))
        if need not in found:
            found.append(need)
    return tuple(found)


def serves(need: Need, item: Equipment) -> bool:
    """Whether a need is met by `item` (a resistance band covers a mini band's need too)."""
    return any(piece is item or KIT[piece].kind_of is item for piece in need.any_of)
