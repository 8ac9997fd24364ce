"""The tool kit as data: where each piece comes from. Every kit answer and screen reads it."""

from __future__ import annotations

from skill.catalog.model import Equipment, Source, article, ours

E = Equipment
_KIT = article("My mobility tool kit, and what I recommend for most of my athletes, includes a "
               "half cylinder, a yoga block, a lacrosse ball (or similar ball) and mini bands.")
_RELIEF = article("Foam rollers and lacrosse balls can provide short-term relief and help unlock "
                  "tissues before you move into active drills.")

KIT_SOURCES: dict[Equipment, Source] = {
    E.HALF_CYLINDER: _KIT,
    E.YOGA_BLOCK: _KIT,
    E.TOWEL_OR_CUSHION: article("Prop yourself below the waistline using a yoga block, thick "
                                "towel, or cushion."),
    E.MINI_BAND: _KIT,
    E.STRAP: article("using a strap or belt around your ankle/foot"),
    E.LACROSSE_BALL: _RELIEF,
    E.FOAM_ROLLER: _RELIEF,
    E.RESISTANCE_BAND: article("Resistance bands are versatile and portable, offering ways to "
                               "add resistance or joint distraction"),
    E.KETTLEBELL: ours("the article's goblet squats and single-leg Romanian deadlifts name no "
                       "weight"),
}
