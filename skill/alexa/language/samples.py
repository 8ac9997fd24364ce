"""How runners say things: each intent's sample utterances and the slots they fill.

Samples are built from carrier phrases crossed with the ways people name a thing ("my", "the",
"some", plurals), so the model covers word orders nobody wrote out one by one. Intent and slot
names of the first wave are fixed (external tools drive the skill by them); later intents add
what runners ask that the first wave had no intent for. Every sample must route to its own
intent with every slot value (tests/test_interaction_model.py expands them all).
"""

from __future__ import annotations

from itertools import islice, product

from skill.alexa.language.said_in_other_words import SAID_IN_OTHER_WORDS
from skill.catalog.advice import TOPICS

ROUTINE, STRETCH, AREA = "RoutineName", "StretchName", "BodyArea"
MOMENT, CHANGE, SIDE = "RunMoment", "HoldChange", "SideAnswer"
AMOUNT, KIT, POSITION = "CheckAmount", "KitName", "ListPosition"
REPEAT = "ReminderRepeat"
UNIT, RACE, TERRAIN = "DistanceUnit", "RaceDistance", "RunTerrain"
EFFORT, SITUATION = "RunEffort", "RunningDay"
DATE, TIME = "AMAZON.DATE", "AMAZON.TIME"  # Alexa resolves them to ISO dates and HH:MM
DURATION = "AMAZON.DURATION"  # "a minute and a half": Alexa sends ISO 8601, PT1M30S
# Free words after a carrier phrase ("is it normal that {worry}"): Alexa sends them as heard.
PHRASE = "AMAZON.SearchQuery"


def _reminder_samples() -> list[str]:
    """Asking for a reminder to stretch: a day and a time, a repeat and a time, or either part
    alone (the skill asks for the rest)."""
    asks = ["remind me to stretch", "remind me to do my stretches", "remind me to do my hips",
            "set a stretch reminder", "set a reminder to stretch", "remind me",
            "remind me to stretch after my long run", "remind me to stretch after my run",
            "set a reminder", "can you remind me to stretch"]
    whens = ["on {day} at {time}", "{day} at {time}", "at {time} on {day}", "at {time}",
             "on {day}", "{repeat} at {time}", "{repeat}", "{time}", "{day} {time}",
             "{time} {repeat}"]
    # Said the other way round: the when first, then what it is for.
    wanting = ["remind me", "can you remind me", "i'd like a reminder", "i want a reminder",
               "set a reminder"]
    fors = ["to stretch", "to do my hips", "to do my stretches", "to get up and stretch",
            "to do the deep release"]
    return asks[:6] + cross(asks, whens) + [f"{ask} {when} {task}" for ask, when, task in
                                            product(wanting, whens, fors)]


def _run_told_samples() -> list[str]:
    """A run told by voice (distance and unit, a named race, a time, terrain, when, effort), or
    the runner's day (a rest day, heading out, a desk, no kit): a statement, never a request,
    unless a routine is named with it."""
    runs = ["{distance} {unit}", "{duration}", "a {race}", "a {terrain} {race}",
            "{distance} {unit} on the {terrain}", "{distance} {unit} with a lot of {terrain}",
            "on the {terrain}", "a {distance} {unit}", "my {race}",
            "{distance} {unit} on {terrain}", "{duration} on the {terrain}",
            "{distance} {unit} in {duration}", "a {race} in {duration}",
            "an {effort} {distance} {unit}", "a {effort} {race}", "a {terrain} run",
            # time on feet, as ultra runners count a long day
            "{duration} on feet", "{duration} time on feet", "{duration} on my feet"]
    carriers = ["i just ran", "i ran", "i did", "i just did", "my long run was", "my run was",
                "just did", "i've just been out", "i was out for", ""]
    whens = ["", "this {part}", "{day}", "on {day}", "{day} {part}"]
    # When it was, with the forms runners lead with; the rest said without a when.
    told = [" ".join(f"{carrier} {run} {when}".split()) for carrier in carriers
            for number, run in enumerate(runs) for when in (whens if number < 7 else [""])] + [
        f"i {{effort}} {run} {when}".strip() for run in ("a {distance} {unit}", "a {race}",
                                                         "the {race}") for when in whens]
    days = ["it's a {situation}", "it's my {situation}", "{situation}", "i'm {situation}",
            "today's a {situation}", "i have a {situation}", "i {situation}", "i'm {situation} in "
            "{duration}", "{situation} in {duration}", "i'm in a hotel with {situation}",
            "{situation} today", "i've got a {situation}", "i'm having a {situation}",
            "{situation} i'm in a hotel", "{situation} i'm traveling",
            "it's a {situation} today", "i'm taking a {situation}",
            "i'm {situation} in about {duration}", "{situation} in about {duration}",
            # what the day allows, asked ("what can i do in a hotel room")
            "what can i do {situation}", "what can i do i'm {situation}",
            "what i can do {situation}", "what can i do in a hotel room with {situation}",
            "what should i do i'm {situation}", "what can i do on a {situation}"]
    # A run told with the routine asked for by name, in one breath ("i ran twenty k this
    # morning, start the post run one"): whichever intent Alexa hears, the routine starts.
    ran = ["i ran {distance} {unit} this {part}", "i just did {distance} {unit}",
           "i did {duration} on the {terrain}", "just back from {distance} {unit}"]
    asked = ["start the {routine}", "do the {routine} one", "can we do the {routine}",
             "give me the {routine}"]
    told += [f"{run} {ask}" for run, ask in product(ran, asked)] + [
        f"{ask} {run}" for ask, run in product(asked[:2] + ["the {routine}"], ran[:2])]
    return told + days + ["about {duration}", "it was {duration}", "it was {distance} {unit}",
                          "about {distance} {unit}", "it was about {duration}",
                          "it was {terrain}", "it was pretty {terrain}", "mostly {terrain}",
                          "fairly {terrain}", "it was {distance} {unit} on the {terrain}",
                          # the fact an offer named ("if it was hilly, say so")
                          "{terrain}", "yes it was {terrain}", "yeah it was {terrain}",
                          "it was quite {terrain}", "yeah pretty {terrain}",
                          "it was a long one about {distance} {unit}"] + [
        # and how it left them, which is no request to stop ("... and i'm knackered")
        f"{run} {state}" for run, state in product(
            ("i've just done {distance} {unit}", "i just ran {distance} {unit}",
             "just did a {race}", "i did {duration} on the {terrain}",
             "i just finished a {distance} {unit} {effort}"),
            ("and i'm knackered", "and i'm wrecked", "and i'm shattered", "and i'm done in",
             "and i'm cooked", "legs are cooked", "my legs are cooked", "my legs are wrecked",
             "and my legs are heavy", "my legs are toast"))]


def _cancel_reminder_samples() -> list[str]:
    return cross(["cancel", "delete", "remove", "turn off", "clear"],
                 ["my reminders", "my reminder", "my stretch reminders", "my stretch reminder",
                  "the reminders", "the reminder", "my hip coach reminders",
                  "all my reminders"]) + ["stop reminding me", "stop reminding me to stretch",
                                          "no more reminders", "i don't want reminders"]


def cross(carriers: list[str], objects: list[str]) -> list[str]:
    return [f"{carrier} {thing}".strip() for carrier, thing in product(carriers, objects)]


def _routine_samples() -> list[str]:
    things = ["{routine}", "my {routine}", "the {routine}", "a {routine}", "my {routine} stretches",
              "the {routine} routine", "my {routine} routine", "some {routine} stretches",
              "a {routine} routine", "a {routine} session", "{routine} stretches"]
    carriers = ["start", "begin", "do", "play", "let's do", "let us do", "i want to do",
                "i'd like to do", "can we do", "could we do", "can you do", "please start",
                "take me through", "guide me through", "give me", "time for", "i need",
                "go through", "lead me through", "run me through", "put on", "can i do",
                "can we start", "i want", "ready for", "i'll do", "i'd like", "kick off",
                "fire up", "crack on with", "get going with", "have a go at", "i'll have"]
    # A bare name answers the skill's own "which routine?".
    answers = ["{routine}", "the {routine}", "the {routine} one", "{routine} please",
               "{routine} routine", "{routine} stretches", "my {routine}", "my {routine} routine",
               "the {routine} routine please", "let's go with {routine}",
               "i'll do {routine}", "i'll take the {routine} one",
               # "something short": the quick one, as its synonyms say
               "something {routine}", "give me something {routine}", "just something {routine}",
               "something {routine} please"]
    plain = ["start a routine", "start my stretches", "start a workout", "let's stretch",
             "i want to stretch", "stretch with me", "start stretching", "begin a routine",
             "let's get started", "let's get stretching", "give me a routine",
             "give me a stretch routine", "can you give me a routine",
             "can you give me a stretch routine", "i want a routine", "start a stretch routine",
             "play a routine", "play my routine", "play my stretches", "play a stretch routine"]
    return cross(carriers, things) + answers + plain + _routine_said_with_more()


def _routine_said_with_more() -> list[str]:
    """A routine asked for with what the runner has to hand or has just done ("do the deep
    release, i've got my block"; "just got back from a run, start my post run stretches"):
    the request is what they want, not an answer about kit or a run told."""
    asks = ["start the {routine}", "do the {routine}", "let's do the {routine}",
            "give me the {routine}", "start my {routine}", "do my {routine}",
            "let's do my {routine} stretches", "start the {routine} routine",
            "can we do the {routine}", "give me a {routine}", "i need a {routine}",
            "for the {routine}", "{routine} please"]
    kit = ["i've got my {kit}", "i've got a {kit}", "i have my {kit}", "i have a {kit}",
           "my {kit} is ready", "i've got my {kit} ready", "with my {kit}", "i've got the {kit}",
           "i'm on the floor with my {kit}"]
    done = ["i just got back from a run", "just finished my run", "i just did a long run",
            "back from my long run", "just got in from a trail run",
            "did a hilly half on saturday", "i ran twenty miles yesterday", "my legs are cooked"]
    going = ["i'm heading out soon", "i'm off for a run", "before i head out",
             "i've just finished", "i ran this morning", "i'm heading out in ten minutes",
             # and how little time there is
             "i've only got five minutes", "i've got like ten minutes", "on my lunch break",
             "between meetings", "i'm short on time"]
    return ([f"{ask} {has}" for ask, has in product(asks, kit)]
            + [f"{run} {ask}" for run, ask in product(done, asks)]
            + [f"{ask} {when}" for ask, when in product(asks, going)])


def _stretch_questions(templates: list[str], context: list[str]) -> list[str]:
    """Each template with "{stretch}" and "the {stretch}", plus questions about the stretch
    playing ("this one", "it")."""
    return [t.format(s=s) for t in templates for s in ("{stretch}", "the {stretch}")] + context


# Words of hurt, as runners say it: every form here is in PainIntent's samples and in none of
# the requests it must win over (tests/test_pain_words.py), so Alexa's NLU learns them as
# pain's. The sensation
# words and slang ("stings", "twang", "dodgy") are put in pain's sentences below, and said
# together with a request ("this hurts, make it easier", "ow, next"), so a line that carries
# hurt goes to pain whatever else it asks; "too much" is pain's, not easier's (the pain answer
# offers the gentler version first). The simulator's lenient matcher
# (skill.simulator.matching) lets these words win over easier, next and continue for that
# reason.
HURT_WORDS = frozenset({
    "hurt", "hurts", "hurting", "pain", "pains", "painful", "ache", "aches", "aching", "achy",
    "sore", "injured", "injury", "twinge", "twinged", "twinging", "agony", "sting", "stings",
    "stinging", "stung", "burns", "burning", "twang", "twanged", "twanging", "popped", "click",
    "clicked", "clicking", "pinch", "pinches", "pinched", "pinching", "tweaked", "cramp",
    "cramping", "numb", "numbness", "tingling", "tingly", "throbbing", "stabbing", "ow", "ouch",
    "dodgy",
    # and the words runners reach for when it is more than a stretch: spasms, heat, shocks,
    # tenderness, and the slang of several English-speaking places ("crook", "gammy")
    "throbs", "throb", "seizing", "seized", "spasm", "spasms", "spasming", "cramped", "cramps",
    "tender", "tenderness", "uncomfortable", "discomfort", "zinger", "zing", "zinging",
    "twangy", "twingey", "shooting", "radiating", "niggle", "niggling", "niggly", "crook",
    "gammy", "inflamed", "swollen", "aggravated", "sharp", "stabbed", "excruciating",
    "agonising", "agonizing", "owie", "yowch", "jolt", "zap", "zapped", "electric", "achey",
    "hurty", "bruised", "grinding", "pinging", "twingeing",
    # and how the feeling is painted: searing, gnawing, prickling, buzzing, zingy, wrenched
    "searing", "gnawing", "prickling", "prickly", "buzzing", "fizzing", "zingy", "wrenched",
    "jarred", "screaming", "sciatica",
    # and a body part that speaks up: complaining, grumbling, barking, cranky
    "complaining", "grumbling", "grumble", "protesting", "barking", "cranky", "grumpy",
    # and what gives: a pop, a tweak, a yank, a snap, a strain
    "pop", "pops", "clicks", "tweak", "tweaks", "yanking", "yanked", "snapped", "strained",
    "strain", "twisted", "torn",
    # and older or regional words for it: smarts, nipping, gyp, ouchie, and what tears or jams
    "smarts", "nipping", "nipped", "gyp", "jip", "ouchie", "tearing", "ripping",
    "overstretched", "hyperextended", "jammed", "pounding", "pulsing", "crampy", "spasmed",
    # and the noises and nursery words for it: a crunch, a clunk, grumbly, ouchy, stabby
    "crunching", "crunchy", "clunking", "clunky", "clunks", "grumbly", "ouchy", "stabby",
    # and more of each: a stab, a tear, a snap, a grab, a clunk, a nerve, and the slang for
    # a part that has given up (buggered, banjaxed, gubbed, cactus, sair)
    "stab", "stabs", "tear", "tore", "snap", "snapping", "grabbing", "grabbed", "clunk",
    "clunked", "grating", "nerve", "flaring",
    "buggered", "banjaxed", "gubbed", "cactus", "sair", "argh", "aargh", "unhappy", "spicy",
    "yowza", "twinges", "pulled", "raw", "wrecking", "sharply", "smarting", "paining",
    # and what jabs, knots, kinks or explodes; the aches of older runners; feeling faint
    "jab", "jabs", "jabbing", "pinchy", "knotting", "knotted", "crick", "kinked", "knife",
    "poker", "exploding", "exploded", "murdering", "tetchy", "flared", "lumbago",
    "rheumatism", "unpleasant", "dizzy", "lightheaded", "tweaking", "wrenches", "wrenching",
    "crying", "muttering", "crushed", "crushing", "neural", "zapping", "angry", "aggravating",
    "stitch",
    # and what a physio would write, and what is grim
    "impingement", "provoked", "sciatic", "grim",
    # and more of the common words, written from how people say it rather than from any line
    # heard: soreness, what bothers or irritates, a wince, what pops, sprains or buckles, a
    # shock (not "crack", which is also getting on with it, nor a named condition, which is
    # a medical question)
    "ached", "achin", "hurtin", "soreness", "sorer", "achiness", "bothering",
    "bothers", "irritated", "irritating", "irritation", "wince", "wincing", "winced",
    "popping", "sprain", "sprained", "buckled", "buckling", "numbing", "numbed", "zings",
    "shock", "shocks", "impinging", "jarring", "twingy", "stingy", "burny", "tweaky",
    "yikes",
    # and a German speaker's words for it ("my back does weh", a "hexenschuss"), what shoots
    # and what feels punched
    "weh", "hexenschuss", "shoots", "punched"})
# The body's parts, as runners name them in a line about how something feels.
BODY_WORDS = frozenset({
    "hip", "hips", "knee", "knees", "kneecap", "back", "groin", "hamstring", "hamstrings",
    "hammy", "glute", "glutes", "butt", "bum", "ankle", "ankles", "foot", "feet", "heel",
    "heels", "toes", "leg", "legs", "thigh", "thighs", "quad", "quads", "calf", "calves", "shin",
    "shins", "achilles", "adductor", "adductors", "piriformis", "spine", "wrist",
    "wrists", "neck", "shoulder", "shoulders"})
# A part that has gone ("my hammy's gone", "that's my groin gone"): given out, in most places
# where English is spoken.
_GONE = ("hip", "hips", "knee", "knees", "back", "groin", "hammy", "hamstring", "calf",
         "ankle", "glute", "quad", "achilles")
HURT_PHRASES = ("pins and needles", "not right", "too much", "killing me", "feels wrong",
                "on fire", "seizing up", "gave way", "giving way", "gave out", "not happy",
                "feels off", "feels weird", "feels funny", "playing up", "acting up",
                "flared up", "flaring up", "sore as", "giving me grief", "pulling weird",
                "pulling funny", "pulling odd", "pulling strange", "doesnt feel right",
                "dont feel right", "isnt feeling right", "isnt right", "aint right",
                "no dey feel right", "no feel right",  # Nigerian Pidgin and Englishes
                "not normal", "isnt normal",
                "locking up", "giving out", "gone savage", "pulling a lot", "pulling a fair bit",
                "should it feel like this", "a bit much", "bit much", "too far", "too strong",
                "not nice", "it caught", "a burn", "rolled my ankle", "gone dead",
                "doesnt feel great", "doesnt feel good", "dont feel great",
                "isnt feeling good", "isnt feeling great", "not feeling great",
                "not feeling good", "feels sketchy", "feels janky", "acting weird",
                "again this pulling",
                "something went", "gone twang", "pinched nerve", "nerve pain", "killing my",
                "not in a good way", "not loving", "isnt loving", "doesnt like", "out of place",
                "went over on", "heaps of grief", "doesnt agree", "murder on", "was killing",
                "is killing", "are killing", "keeps catching", "its catching", "somethings off",
                "agrees with this", "cant straighten", "lit up", "lighting up", "cant take",
                "hit a nerve", "not thrilled", "not ideal", "gone funny", "messed up my",
                "give way", "making me bad", "hip catches", "knee catches",
                "not great", "feels bad", "in bits", "fierce tug", "nasty tug", "tugging too",
                "kinds of messed up", "somethings up with",
                "dont like how my", "not sure my", "dont like the feeling", "feels unstable",
                "supposed to feel like that", "slipping out",
                "at me now", "thats at me", "ones at me", "at me a bit", "catching me",
                "thats catching", "catching at the", "catching in my", "funny catch",
                "a catch in",
                "bad burn", "reproduces it",
                # said round about, or in a region's own words
                "not having this", "funny feeling", "not the good kind", "not a fun feeling",
                "just said no", "sending me messages", "poking at", "more than a stretch",
                "not agreeing", "call that comfortable", "went funny", "go funny",
                "doesnt feel like stretching", "place i shouldnt", "mardy", "munted",
                "pulling something", "a kink in my", "knee is wrecked", "thats not good",
                "that is not good", "ah not good", "makes problems", "dead leg", "its locking",
                "sliding about", "pinged", "on a scale",
                # something felt, and hurt put on a scale ("a two out of ten, but it's there")
                "felt something", "out of ten",
                # a part that refuses, something done to it, and worse than before
                "says no", "a no from my", "done something to",
                *(f"{part}s about to go" for part in _GONE),
                *(f"{part} is about to go" for part in _GONE),
                "made it worse", "feels worse", "getting worse",
                # nasty, horrible or awful said of the feeling (a nasty climb is only a climb),
                # not sitting right, not happy, and a foot or leg gone to sleep
                "thats nasty", "thats horrible", "feels horrible", "thats awful", "feels awful",
                "sit right", "isnt happy", "arent happy", "falling asleep", "fallen asleep",
                "gone to sleep",
                *(f"{part}s gone" for part in _GONE), *(f"my {part} gone" for part in _GONE),
                *(f"{part}s stuffed" for part in _GONE), *(f"{part} is shot" for part in _GONE),
                *(f"{part}s shot" for part in _GONE), "glass in",
                # a part done in, not a run done ("i've just done my long run")
                *(f"done my {part}" for part in _GONE))
# A cry and a part of the body, and nothing else ("ahh, my hip, my hip", "gah... hammy"), or
# cries alone, more than one ("ooh no", "ah ah ah").
_CRIES = frozenset({"ah", "ahh", "ahhh", "aah", "ooh", "oooh", "gah", "agh", "ow", "oof", "ugh",
                    "eek", "cant", "oh", "no", "ai", "aiya", "eish", "yoh", "ouchie"})
# Cries that are also plain words: said alone together ("oh no", "no no") they are no cry of hurt.
_CRIES_TOO = frozenset({"oh", "no", "cant"})
# How much is said around a feeling ("feels a bit off", "a touch grumbly") says nothing of
# whether it hurts: these are left out before the phrases are looked for.
DEGREE_WORDS = tuple(sorted(
    ("a bit", "a little bit", "a little", "a touch", "kind of", "sort of", "kinda", "sorta",
     "slightly", "really", "quite", "pretty", "very", "super", "so", "some", "proper",
     "real"),
    key=len, reverse=True))  # longest first: "a little bit" before "a little"


# Words that take back a word of hurt said just after them ("no pain", "it doesn't hurt",
# "not in pain", "nothing sharp"), and the words that may stand between ("not in any pain").
_DENIALS = frozenset({"no", "not", "nothing", "doesnt", "dont", "isnt", "wasnt", "arent",
                      "didnt", "without", "zero", "never", "nae"})
_BETWEEN = frozenset({"in", "any", "a", "much", "real", "or"})


def says_hurt(words: list[str]) -> bool:
    """Whether the words say something hurts, in any of pain's own words (as said, not
    stemmed: "burning" is a hurt, "burn" calories are not), and not only to deny it ("no
    sharp pain, just the stretch"; "it doesn't hurt but my knee is tingling" says hurt)."""
    said_whole = _felt_as_feels(f" {' '.join(words)} ")
    said_whole = said_whole.replace(" right now ", " now ")  # "not right now" is a no
    said_whole = said_whole.replace(" aint ", " isnt ")  # "my knee ain't real happy"
    line = said_whole = said_whole.replace(" oh no ", " oh ")  # a cry: "oh no, pain again"
    for degree in DEGREE_WORDS:
        line = line.replace(f" {degree} ", " ")
    said = [word[:-1] if word.endswith("s") and word[:-1] in HURT_WORDS else word
            for word in line.split()]  # "my sciatica's come on"
    if not _CALORIES.isdisjoint(said):  # "how many calories am i burning"
        said = [word for word in said if not word.startswith("burn")]
    cried = not _CRIES.isdisjoint(said) and set(said) <= _CRIES | BODY_WORDS | {
        "my", "me", "the"} and (not BODY_WORDS.isdisjoint(said)
                                or len(said) > 1 and not _CRIES_TOO.issuperset(said))
    contracted = said_whole
    for whole, short in _CONTRACTED:  # "my knee does not like this"
        contracted = contracted.replace(whole, short)
    return cried or _hurt_not_denied(said) or any(
        phrase in line or phrase in said_whole or phrase in contracted
        for phrase in _PHRASED)  # "a bit much" too


_CALORIES = frozenset({"calories", "calorie", "kcal", "energy"})
_CONTRACTED = ((" does not ", " doesnt "), (" do not ", " dont "), (" is not ", " isnt "),
               (" did not ", " didnt "), (" cannot ", " cant "), (" can not ", " cant "))


def _felt_as_feels(line: str) -> str:
    return line.replace(" feeling ", " feels ").replace(" feel ", " feels ")


# The phrases, with "feel" read as a line's is ("is it supposed to feel like that" is found).
_PHRASED = tuple(_felt_as_feels(f" {phrase} ") for phrase in HURT_PHRASES)


def denies_hurt(words: list[str]) -> bool:
    """Whether words of hurt are said only to deny them ("nothing hurts, just tight")."""
    return not HURT_WORDS.isdisjoint(words) and not says_hurt(words)


def _hurt_not_denied(words: list[str]) -> bool:
    denied = False  # within a denial's reach: "no sharp pain" denies both words of hurt
    for word in words:
        if word in HURT_WORDS and not denied:
            return True
        denied = word in _DENIALS or denied and (word in HURT_WORDS or word in _BETWEEN)
    return False


_HURT_SAID = ["this hurts", "that hurts", "ow", "ouch", "it stings", "that burns",
              "that pinches", "i felt a twinge", "that's too much", "sharp pain in my hip",
              "my hip's got a weird ache", "i've got a niggle", "my knee's throbbing",
              "my back's killing me", "too sore", "my ankle's screaming"]
_ASKED_WITH_HURT = ["make it easier", "can you make it easier", "easier", "next", "next one",
                    "skip it", "continue", "keep going", "give me an easier one",
                    "move on to the next one", "can we still do the quick one",
                    "can we carry on", "let's do the next one", "what's next",
                    "what's after this", "how long is left", "how long's left", "which leg now",
                    "what's this one for", "how do i do this", "how long do i hold it",
                    "go back", "can we go back to the last one", "say that again", "pause",
                    "start over",
                    # and the requests that would stop, break off or start something else
                    "stop", "let's stop for today", "i'm done", "i need a break", "i'm back",
                    "what else can i do", "can we move on", "what should i do",
                    # and changing the holds, or asking whether to do this one at all
                    "can you make them shorter", "make the holds shorter",
                    "should i even be doing this one", "where was i",
                    "how long do i stay in this", "what can i do instead",
                    "can you give me an easier version", "can we skip to the next one",
                    "give me something easier", "how long have i got to stay in this"]

# And more ways to say it, each said with a few of the requests in turn, before and after them
# ("skip this one, my knee can't take it"): what teaches hurt first is the range of words.
_HURT_SAID_MORE = [
    "my knee can't take it", "my groin is tender", "my hamstring is twinging",
    "again this pulling",
    "my hip's pinchy", "that jabs my hip", "my knee's getting ouchy", "i felt something tear",
    "i tweaked something", "it's making my back angry", "my inner thigh keeps twanging",
    "my hip is grumbling", "it's lighting up my knee", "it's zapping down my leg",
    "my calf's knotting up", "that's a sharp one", "my it band's flaring up",
    "it's like a knife in my hip", "my groin's aching", "my knee is grinding",
    "my hip keeps catching", "my si joint's sore", "my ankle's throbbing", "that's nipping",
    "my back's seizing up", "my glute's cramping", "my quad's burning", "that's a nasty twinge",
    "my hip's not happy", "something's pinching", "my lower back crunches",
    "my knee's gone funny", "i felt a pop", "my foot's gone numb", "it's stabbing my knee",
    "my groin's tweaked", "my hip flexor's sore", "that's a bit ouchy",
    "my achilles is playing up", "my hip's gone crook", "i've got pins and needles",
    "this is grim on my knee", "it feels like impingement", "that move provoked it",
    "it's sciatic", "my hip's not great", "my knee feels bad", "my back's in bits",
    "my groin's all kinds of messed up", "something's up with my knee",
    "i don't like how my hip feels", "i'm not sure my knee likes that",
    "is it supposed to feel like that", "my hip's slipping out", "that's at me now",
    "that's catching me", "that's a bad burn", "that reproduces it", "my knee's stuffed",
    "this one's at me a bit", "my groin is not having this", "a funny feeling in my knee",
    "that's not the good kind of stretch", "that's not a fun feeling", "my hip just said no",
    "my groin is sending me messages", "that's poking at something", "that's more than a stretch",
    "this one's not agreeing with me", "i wouldn't call that comfortable",
    "my hip went funny", "it makes my leg go funny", "that doesn't feel like stretching",
    "i feel that in a place i shouldn't", "my back's mardy", "my back's munted",
    "that's pulling something", "that's giving me a kink in my back",
    "my knee is wrecked on this floor", "ah not good", "that's not good",
    "a pull that is not good", "my knee makes problems",
    "i've got a dead leg", "my knee feels like it's locking", "my kneecap is sliding about",
    "my groin pinged", "on a scale it's a seven",
    "ahh my hip", "ooh my hamstring", "ow my groin"]
# And hurt said after a question, a plan or the run, joined on ("is that each side, because my
# left side already really hurts"): the first part is what the line is about, the hurt is why.
_SAID_BEFORE_HURT = ["is that each side", "do i do this before or after my run",
                     "what can i use instead of the block", "is this the psoas",
                     "which leg is it now", "how long's left", "what's this one for",
                     "i'll try the harder version next", "can we do the next one",
                     "i ran twenty miles this morning", "my long run was fine",
                     "the descent was fine", "my coach told me to do these"]
_JOINED_TO_HURT = ["because", "but right now", "since", "and now"]
_HURT_JOINED = iter(["my back is spasming", "my left side really hurts", "my hip is stabbing",
                     "it's making my knee hurt", "one of them is hurting me",
                     "there's a shooting pain down my leg", "my groin is throbbing",
                     "my knee is aching a lot", "my hip flexor is screaming"] * 10)
_TURNS = iter(_ASKED_WITH_HURT * len(_HURT_SAID_MORE))
_ASKED_FIRST = iter(_ASKED_WITH_HURT * len(_HURT_SAID))
# Hurt said with a request, to teach that hurt wins: samples for a line that says hurt only
# (skill.simulator.matching hears no line as one of these unless it says hurt too). The
# request may come first ("easier version please, i've got a sharp pain"), as often as last.
HURT_WITH_REQUEST = tuple(
    [f"{hurt} {asked}" for hurt, asked in product(_HURT_SAID, _ASKED_WITH_HURT)]
    + [f"{asked} {hurt}" for hurt in _HURT_SAID for asked in islice(_ASKED_FIRST, 10)]
    + [said for hurt in _HURT_SAID_MORE for asked in islice(_TURNS, 8)
       for said in (f"{hurt} {asked}", f"{asked} {hurt}")]
    + [f"{said} {joined} {next(_HURT_JOINED)}" for said in _SAID_BEFORE_HURT
       for joined in _JOINED_TO_HURT])


def _pain_samples() -> list[str]:
    """The ways runners say something hurts, pinches, is sharp or feels wrong, with and without
    a body part, and the questions that ask for a diagnosis."""
    parts = ["hip", "hips", "knee", "knees", "back", "lower back", "groin", "hamstring",
             "glute", "butt", "it band", "ankle", "foot", "leg", "thigh", "side of my hip",
             "front of my hip", "hip flexor", "quad", "calf", "hammy"]
    about_part = ["my {part} hurts", "my {part} is hurting", "pain in my {part}",
                        "i have pain in my {part}", "i feel pain in my {part}",
                        "sharp pain in my {part}", "my {part} is killing me",
                        "something pinched in my {part}", "my {part} feels wrong",
                        "my {part} twinged", "what's wrong with my {part}",
                        "why does my {part} hurt", "is something wrong with my {part}",
                        "did i hurt my {part}", "i think i hurt my {part}",
                        "i tweaked my {part}", "my {part} is sore", "ow my {part}",
                        "my {part} is aching", "my {part} aches", "my {part} is throbbing",
                        "my {part} is burning", "i strained my {part}", "i pulled my {part}",
                        "i felt something in my {part}", "i injured my {part}",
                        "my {part} is numb", "numbness in my {part}", "tingling in my {part}",
                        "burning in my {part}", "my {part} is clicking",
                        "my {part} popped", "my {part} gave way", "my {part} is swollen",
                        "shooting pain in my {part}", "a stabbing pain in my {part}",
                        "my {part} stings", "my {part} is stinging", "i felt a twang in my {part}",
                        "my {part} twanged", "my {part} feels dodgy", "my {part} is not right",
                        "my {part} cramped up", "my {part} is tingling",
                        "pins and needles in my {part}", "a twinge in my {part}",
                        "my {part} feels achy", "my {part} feels tingly",
                        "my {part} keeps twinging", "shooting pains in my {part}",
                        "should my {part} be clicking like that", "my {part}'s killing me",
                        "is it normal for my {part} to click", "my {part}'s giving out",
                        "my {part}'s gone all zingy", "it's pulling a lot in my {part}",
                        "a little bit of pain in my {part}", "a bit of pain in my {part}",
                        "my {part} is twanging a bit", "my {part} is hurting a little",
                        "my {part} feels a bit off"]
    # "me" for "my", as much of Ireland, Britain and Australia says it
    about_part += [template.replace("my {part}", "me {part}") for template in (
        "my {part} hurts", "pain in my {part}", "my {part}'s killing me", "ow my {part}",
        "my {part}'s gone savage", "my {part} is sore", "a twinge in my {part}",
        "my {part}'s giving out", "my {part}'s gone all zingy")]
    # Sensations said as runners say them, contracted or not ("my calf's seizing up"), each with
    # a few parts in turn: the words teach pain, whichever part they come with.
    felt = ["throbbing", "seizing up", "cramping", "tender", "on fire", "twangy", "niggling",
            "swollen", "inflamed", "playing up", "acting up", "not happy", "giving me grief",
            "locking up", "spasming", "really uncomfortable", "pinging", "grinding", "crook",
            "feeling weird", "feeling off", "sore as", "aggravated", "flaring up", "bruised",
            "pulling weird", "giving way", "achey", "zinging", "feeling funny", "complaining",
            "grumbling", "protesting", "barking", "cranky", "grumpy", "a bit much", "grumbly",
            "crunching", "crunchy", "clunking", "clunky", "ouchy", "stabby"]
    felt_as = ["my {part} is {s}", "my {part}'s {s}", "my {part}'s still {s}",
               "my {part} is really {s}"]
    shocks = ["an electric shock down my {part}", "a zinger in my {part}", "a jolt in my {part}",
              "a shooting pain down my {part}", "a spasm in my {part}", "a weird ache in my {part}",
              "discomfort in my {part}", "tenderness in my {part}", "a niggle in my {part}",
              "a sharp twinge in my {part}", "a cramp in my {part}", "a zap in my {part}"]
    shocks_as = ["i just got {x}", "i've got {x}", "getting {x}", "i'm getting {x}", "i felt {x}"]
    plain = ["that hurts", "it hurts", "this hurts", "ow", "ouch", "ow that hurts",
             "ouch that hurts", "that really hurts", "it's painful", "this is painful",
             "that's painful", "that was painful", "i'm in pain", "i feel pain", "i have pain",
             "sharp pain", "i felt a sharp pain", "i've got a sharp pain", "that's sharp",
             "it's a sharp pain", "something pinched", "it pinches", "that pinches",
             "i feel a pinch", "something's pinching", "it feels wrong", "something feels wrong",
             "something doesn't feel right", "that doesn't feel right", "this doesn't feel right",
             "that felt wrong", "i hurt myself", "i think i hurt myself", "i pulled something",
             "i think i pulled something", "i tweaked something", "something popped",
             "i felt something pop", "i have a cramp", "i'm cramping", "i've got a cramp",
             "my leg went numb", "my foot went numb", "i've got pins and needles",
             "i have tingling down my leg", "it stings", "it's stabbing", "it's throbbing",
             "i think i'm injured", "am i injured", "is this an injury", "did i hurt myself",
             "do i have an injury", "what's wrong with me", "i'm hurting", "that's agony",
             "it aches badly", "i can't it hurts", "it hurts too much", "it hurts when i do this",
             "that stings", "it stings a bit", "it's stinging", "that burns", "it burns",
             "it's burning", "i felt a twinge", "i felt a twang", "something twanged",
             "that felt dodgy", "this feels dodgy", "it feels dodgy", "that's not right",
             "that feels a bit dodgy", "that isn't right", "this ain't right", "that's not normal",
             "this pulling isn't normal", "this one no dey feel right", "e no feel right",
             "something's not right", "it's not right", "that's too much", "it's too much",
             "that's too much for me", "way too much", "my toes are numb", "i've gone numb",
             "i've got tingling", "it's tingling", "it clicked", "i felt a click",
             "i think i tweaked it", "cramp", "that's killing me",
             "that stung", "a sharp sting", "it's a dull ache", "it keeps twanging",
             "that's agonising", "it's agonizing", "i've got cramps", "it's excruciating",
             "my gammy knee", "it's hurty", "it's a bit niggly", "owie", "yowch", "it's radiating",
             "it seized", "i'm getting spasms", "it stabbed", "it throbs", "a throb",
             "it keeps twingeing", "it's twingey", "it zapped me", "a zing", "my leg gave out",
             "it feels off", "my hip feels weird", "that feels funny", "it's flared up",
             "this one's a bit sore", "this one's sore as well", "that one's sore too",
             "this one's a bit sore as well", "honestly it's a bit sore",
             "the pull is a bit much", "that's a bit much", "it's a bit much on my knee",
             "i felt a pop", "a pop in my hip", "was that a tweak", "i think that was a tweak",
             "it's yanking", "it yanked", "is that too far", "it pulls too strong",
             "that's a fierce tug", "a nasty tug in my hamstring", "it's tugging too hard",
             "my hammy's pinging", "it's pinging pretty hard", "my hamstring is pinging",
             "it's too strong", "that's not nice", "it caught", "it caught on the way down",
             "that's a burn i don't like", "a burn in my groin", "something snapped",
             "i strained something", "a strain in my calf", "i twisted my knee",
             "i rolled my ankle", "my leg's gone dead", "i think it's torn", "it clicks",
             "it pops every time", "it tweaks when i lean in",
             "the back of my thigh is screaming", "my hamstring is screaming",
             "that smarts", "it's nipping", "that nipped", "it's giving me gyp",
             "my knee's giving me jip", "ouchie", "it feels like it's tearing",
             "something's ripping", "i think i overstretched", "i hyperextended my knee",
             "my hip feels jammed", "it's pounding", "it's pulsing", "my calf's gone crampy",
             "my back spasmed", "i think i've done my hamstring", "something went in my hip",
             "my groin's gone twang", "i think it's a pinched nerve", "it's like nerve pain",
             "it's pulling a fair bit is that okay", "is it meant to pull this much",
             "should it feel like this", "it's searing", "a gnawing ache", "it's prickling",
             "my leg's buzzing", "it's fizzing down my leg", "my skin feels prickly",
             "i jarred it", "i wrenched it",
             "it's absolutely killing me", "honestly it's killing me", "it's screaming at me",
             "the floor is killing my knees", "it clunks when i move", "that's a bit ouchy",
             "ooh that's stabby", "something feels a bit off", "it's feeling a bit funny",
             "it feels a little electric", "i feel a bit electric down my leg",
             "something feels off on my left side", "my right side feels a bit off",
             "a stab in my hip", "it stabs when i lift my leg", "it feels like a tear",
             "i think i tore it", "my hip's snapping", "something snapped in my groin",
             "it's grabbing in my groin", "i felt a snap", "my hamstring grabbed",
             "my knee went clunk", "it clunked", "this is murder on my knee", "my hip locked",
             "it's catching", "my hip keeps catching", "my knee was killing",
             "my knees are killing", "it's pressing on a nerve", "it's flaring",
             "my back's buggered", "me hip's banjaxed", "my knee's gubbed", "me back's cactus",
             "my hip's sair",
             "argh", "aargh my knee", "my ankle's unhappy", "that's a bit spicy", "yowza",
             "my knee's in agony", "a grating feeling in my knee",
             "i felt that and not in a good way", "my hip's not loving this",
             "my hip isn't loving this", "my ankle doesn't like this one",
             "my hip feels out of place", "i went over on my ankle",
             "it's giving me heaps of grief", "my knee doesn't agree with this",
             "my back twinges when i bend", "a jab in my hip", "it's jabbing my knee",
             "my calf's knotted", "i've got a crick in my back", "my ankle feels kinked",
             "like a hot poker in my thigh", "my hip is exploding", "my groin just exploded",
             "this is murdering my quad", "my hamstring's a bit tetchy", "my knee flared",
             "my lumbago is playing up", "my rheumatism is bad in this", "that's unpleasant",
             "i feel dizzy", "i'm a bit lightheaded", "that lit up my knee",
             "it's lighting up my hip", "my knee can't take this", "it hit a nerve",
             "my knee's not thrilled", "that's not ideal for my knee", "i messed up my hip",
             "it's tweaking my knee", "it wrenches my knee", "a wrenching feeling in my hip",
             "my groin is crying", "my it band is muttering", "my kneecap feels crushed",
             "it's crushing my knee", "a neural feeling down my leg", "it's zapping my foot",
             "my back's angry", "it's aggravating my groin", "i've got a stitch",
             "my hip feels like it'll give way", "the knee is making me bad",
             "my hip catches when i turn", "my knee catches on the way up",
             "it catches sharply when i turn",
             "that's smarting now", "it is paining in my knee", "i think my hamstring's pulled",
             "a raw feeling in my hip", "it's wrecking my wrists", "something's off with my hip",
             "i don't think my knee agrees with this", "i can't straighten my knee",
             "i felt something pull", "i felt something go in my hip",
             "okay i'm back but it's throbbing now", "back now and it's throbbing",
             "my hip doesn't feel great", "my knee doesn't feel good",
             "i don't feel great on this one", "this isn't feeling good",
             "my hip isn't feeling great", "not feeling great on this one",
             "not feeling good on this one", "that feels sketchy", "it feels janky",
             "my hip is acting weird",
             "it's about a two out of ten", "about a three out of ten but it's there",
             "a four out of ten in my knee", "a grumble from my groin",
             "my knee pain is about a six out of ten", "the pain is like a five out of ten now",
             "it started at a one and now it's like a six", "the ache's up to a six now",
             "my knee feels like there's glass in it", "that's catching at the front of my hip",
             "it's catching in my groin", "a funny catch in my hip", "there's a catch in my knee",
             "my back feels like someone punched it",
             "it shoots me in the back", "my back does weh", "i have a hexenschuss",
             "my foot's tingling is that the stretch or should i worry",
             "my hip's aching is that the stretch or something else",
             *(f"my {part} is shot" for part in _GONE), *(f"my {part}'s shot" for part in _GONE),
             "a bit of a grumble in my hip",
             *(f"my {part}'s gone" for part in _GONE),
             *(f"that's my {part} gone" for part in _GONE),
             *(f"my {part}'s stuffed" for part in _GONE),
             *(f"i've done my {part}" for part in _GONE)]
    # hurt that has lasted since a run, which tells of the run only in passing
    lasting = iter(["knee", "hip", "hamstring", "back", "ankle", "groin", "calf"] * 10)
    plain += [f"my {next(lasting)}'s been {feeling} since {when}"
              for feeling in ("sore", "crook", "aching", "playing up", "dodgy", "hurting")
              for when in ("the race", "my long run", "the weekend", "sunday",
                           "the trail race on saturday", "my run yesterday")]
    conditions = ["bursitis", "tendinitis", "a torn labrum", "a labral tear",
                  "a stress fracture", "sciatica", "piriformis syndrome", "it band syndrome",
                  "runner's knee", "hip impingement", "arthritis", "a hernia", "a strain",
                  "a pulled muscle", "a torn hamstring", "a pulled groin", "a tear",
                  "an injury"]
    # and whether one part's hurt comes from another ("is my sore knee from tight hips")
    plain += [asked.format(sore=sore) for sore in ("sore knee", "knee pain", "aching back",
                                                   "sore groin")
              for asked in ("is my {sore} coming from my hips",
                            "is my {sore} because of tight hips",
                            "could my {sore} be from my hips")]
    feared = ["do i have {c}", "could this be {c}", "could it be {c}", "is this {c}",
              "is that {c}", "is it {c}",
              "i think i have {c}", "what if it's {c}", "does this mean i have {c}",
              "could i have {c}"]
    worse = ["is this supposed to hurt", "should it hurt", "should this hurt",
             "is it meant to hurt", "is pain normal", "is it normal to feel pain",
             "it's getting worse", "it hurts more now", "it still hurts",
             "it won't stop hurting", "it hurt on my run", "it hurts when i run",
             "it hurts when i walk", "it hurts to bend", "it hurts to sit",
             "that's not a good pain", "that's a bad pain", "i felt a click",
             "something clicked", "i think i tore something", "i heard a pop",
             "my leg gave way", "i'm limping", "i can't put weight on it"]
    more_parts = [*parts, "adductor", "glutes", "kneecap", "shin", "achilles", "hamstrings",
                  "calves", "sit bone", "groin", "quads"]
    turns = iter(more_parts * len(felt))
    sensed = [template.format(part=next(turns), s=feeling) for feeling in felt
              for template in felt_as]
    shocked = [template.format(x=shock.format(part=next(turns))) for shock in shocks
               for template in shocks_as]
    plural = iter(["glutes", "hamstrings", "calves", "quads", "hips", "adductors",
                   "hip flexors", "knees"] * len(felt))
    sensed += [f"my {next(plural)} are {feeling}" for feeling in felt for _ in range(2)]
    # A cry and the part it came from, and nothing else ("gah, my hammy", "strewth my back"):
    # each cry with a few parts in turn, said with "my", with "me", and bare.
    cries = ["ah", "ahh", "ooh", "gah", "argh", "ugh", "oof", "oh god", "jeez", "crikey",
             "strewth", "bloody hell", "christ", "agh", "ow ow", "ah jeez"]
    cried_parts = iter(["hip", "back", "knee", "groin", "hammy", "hamstring", "calf", "glute",
                        "ankle", "quad", "adductor"] * len(cries))
    plain += [said.format(part=next(cried_parts)) for cry in cries
              for said in (f"{cry} my {{part}}", f"{cry} me {{part}}", f"{cry} {{part}}")]
    # And as a physio would write it down: where, and on which exercise ("medial knee
    # discomfort under load in the goblet squat", "anterior hip pinch at end range").
    where = [("lateral", "knee"), ("medial", "knee"), ("anterior", "hip"), ("posterior", "hip"),
             ("lateral", "hip"), ("medial", "thigh")]
    felt_there = ["pain", "pinch", "discomfort", "ache", "clunk", "twinge"]
    on = ["on the clamshells", "in the goblet squat", "in the pigeon", "on the lunges",
          "at the bottom of the squat", "at end range"]
    plain += [f"{side} {part} {felt}" for (side, part), felt in zip(where, felt_there,
                                                                     strict=True)]
    plain += [f"{side} {part} {felt} {exercise}" for (side, part), felt, exercise in zip(
        where, felt_there[1:] + felt_there[:1], on, strict=True)]
    return plain + worse + list(HURT_WITH_REQUEST) + [
        template.format(part=part) for template in about_part for part in parts] + [
        f.format(c=c) for f in feared for c in conditions] + sensed + shocked


def _medical_samples() -> list[str]:
    """Questions only a doctor, pharmacist or physio should answer: medicines, running on an
    injury, a condition someone has named. Fears of a condition ("could this be bursitis") are
    pain's (PainIntent)."""
    medicines = ["ibuprofen", "paracetamol", "painkillers", "a painkiller", "anti inflammatories",
                 "an anti inflammatory", "aspirin", "advil", "tylenol", "naproxen",
                 "pain medication", "something for the pain", "muscle relaxants",
                 # as they are sold in the UK, Ireland, Australia and the US
                 "nurofen", "panadol", "voltaren", "aleve", "motrin", "codeine", "co codamol"]
    about_medicine = ["can i take {m}", "can i take my {m}",
                      "should i take {m}", "is it ok to take {m}",
                      "is it safe to take {m}", "can i stretch after taking {m}",
                      "should i take {m} before i run", "how much {m} should i take",
                      "will {m} help", "do i need {m}", "can i run on {m}", "what about {m}"]
    conditions = ["it band syndrome", "itb syndrome", "a labral tear", "a torn labrum",
                  "plantar fasciitis", "shin splints", "runner's knee", "bursitis", "tendinitis",
                  "a stress fracture", "hip impingement", "sciatica", "piriformis syndrome",
                  "arthritis", "a hamstring strain", "achilles tendinitis", "a hip flexor strain",
                  "a groin strain", "a stress reaction", "osteitis pubis"]
    named = ["my physio said i have {c}", "my physio says i have {c}",
             "my doctor said i have {c}", "my doctor says i have {c}",
             "i've been diagnosed with {c}", "i was diagnosed with {c}", "i have {c}",
             "i've got {c}", "i'm recovering from {c}", "i'm coming back from {c}",
             "can i stretch with {c}", "is it safe to stretch with {c}", "can i run with {c}",
             "how do i treat {c}", "how do i fix {c}", "what should i do about {c}"]
    running_on_it = ["should i run on it", "can i run on it", "is it ok to run on it",
                     "should i keep running", "can i still run", "should i run through it",
                     "should i stop running", "can i run with this", "can i run with an injury",
                     "should i rest it", "how long should i rest it",
                     "should i take time off running", "when can i run again",
                     "can i race on it", "should i ice it", "should i see a doctor",
                     "should i see a physio", "do i need an mri", "do i need a scan",
                     "should i get it checked", "is it safe to run on it",
                     "should i run tomorrow with it", "can i run through the pain",
                     "should i still go out on my run", "should i still go for my run",
                     "can i still go for a run today", "is it okay to run later",
                     "should i skip my run", "will i be able to run tomorrow"]
    return ([t.format(m=m) for t in about_medicine for m in medicines]
            + [t.format(c=c) for t in named for c in conditions] + running_on_it)


CUSTOM_INTENTS: dict[str, dict] = {
    "StartRoutineIntent": {"slots": {"routine": ROUTINE, "kit": KIT},
                           "samples": _routine_samples()},
    "StretchInfoIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["what does {s} target", "what does {s} work", "what muscles does {s} work",
             "what muscles does {s} stretch", "what does {s} stretch", "what is {s} good for",
             "what's {s} good for", "why do {s}", "why should i do {s}", "tell me about {s}",
             "which muscles does {s} hit", "what does {s} help with", "what is {s} for",
             "what part of my hip does {s} work", "is {s} good for my hips",
             "what's the purpose of {s}", "what's the benefit of {s}",
             "what are the benefits of {s}", "what does {s} do", "what does {s} do for me",
             "why is {s} in the routine"],
            ["{stretch}", "the {stretch}", "about {stretch}", "about the {stretch}",
             "what does this target", "what does this stretch target", "what does this one work",
             "what does it work", "what does it target", "what muscles does this work",
             "what is this good for", "what's this stretch for", "what does the current one target",
             "what muscles am i stretching", "what am i stretching", "what is this stretch doing",
             "what does this one stretch", "why am i doing this", "what's this one for",
             "what's this for", "what does this do", "what is this one good for",
             "why this stretch", "what's the point of this stretch", "what's the benefit"]),
    },
    "HowToIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["how do i do {s}", "how do you do {s}", "how to do {s}", "explain {s}",
             "walk me through {s}", "describe {s}", "teach me {s}", "show me how to do {s}",
             "how should i do {s}", "what are the steps for {s}", "remind me how to do {s}",
             "give me the cues for {s}", "how do i get into {s}", "what's the form for {s}",
             "how do i set up for {s}", "talk me through {s}", "tell me how to do {s}",
             "how is {s} done", "what's the right form for {s}"],
            ["how do i do it", "how do i do this", "how do i do that", "how does it go",
             "how do i do this one", "how do i do this stretch", "remind me how",
             "how does this one go", "explain this one", "what position should i be in",
             "how do i get into position", "what are the steps", "how should i be positioned",
             "am i doing it right", "is this right", "is this correct", "is my form right",
             "am i in the right position", "is this the right position",
             "is this how it should feel", "what should i feel", "where should i feel this",
             "where should i feel it", "what should i be feeling", "how should it feel",
             "check my form"]),
    },
    "DoseIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["how long do i hold {s}", "how long should i hold {s}", "how long is {s}",
             "how many reps of {s}", "how many reps for {s}", "how many {s} should i do",
             "how long do i do {s} for", "how many times do i do {s}", "how long for {s}",
             "how many sets of {s}", "how long should i stay in {s}",
             "how many {s} on each side", "how long do i hold {s} on each side"],
            ["how long do i hold this", "how long do i hold it", "how many reps",
             "how long is this hold", "how many should i do", "how long do i hold this one",
             "how many reps is this", "how many per side", "how long each side",
             "how many seconds each side", "how long per side", "how many reps each side",
             "how many sets", "how long do i stay in this", "how many times on each side",
             "how many of these do i do", "how long should i hold it"]),
    },
    "ListRoutinesIntent": {
        "slots": {},
        "samples": ["what routines are there", "list the routines", "what routines do you have",
                    "which routines can i do", "what can i do", "list routines",
                    "what are my options", "what are the routines", "tell me the routines",
                    "what options are there", "what stretches do you have", "what do you have",
                    "what kinds of routines are there", "read me the routines",
                    "what are the choices", "give me the list", "what other routines are there",
                    "list them all", "what are all the routines", "which ones are there",
                    "what sessions do you have", "tell me my options", "what's on the menu",
                    "which routines do you have", "what else can i do", "name the routines",
                    "list all the routines", "what routines can i choose from",
                    "what are the options", "more routines",
                    "what routines have you got", "what have you got for me",
                    "what stretch routines are there", "what workouts are there", "what can we do",
                    "tell me what routines you have", "list the options", "list my options",
                    "which stretches do you have", "go through the options", "what are my choices",
                    # asked through Alexa, in reported word order: "ask hip coach what ..."
                    "what my options are", "what the routines are", "what routines there are",
                    "what options do i have", "what options have i got"],
    },
    "ResumeRoutineIntent": {
        "slots": {},
        "samples": ["resume my routine", "resume my stretches", "pick up where i left off",
                    "carry on with my routine", "continue my routine", "continue my stretches",
                    "go back to my routine", "continue where i left off", "resume my session",
                    "keep going", "let's keep going", "go", "let's go", "go ahead", "ready",
                    "i'm ready", "ready to go", "good to go", "i'm good to go", "i'm set",
                    "all set", "i'm in position",
                    "let's continue", "okay let's go", "i'm back", "back to my stretches",
                    "finish my routine", "finish my stretches", "get back to my routine",
                    "on we go", "let's carry on", "resume the routine", "continue the routine",
                    "take me back to where i was", "resume where i stopped",
                    "continue from where i stopped", "let's finish my routine", "finish the rest",
                    "do the rest of my stretches", "back to where i was",
                    "carry on where we left off", "resume from last time",
                    "let's pick up where we stopped"],
    },
    "ProgressIntent": {
        "slots": {},
        "samples": ["how am i doing", "how am i going", "how am i going with my stretching",
                    "how am i doing with my stretching", "how's my stretching going",
                    "show my progress", "what's my progress",
                    "how many sessions have i done", "how many sessions this week",
                    "how many times have i stretched", "how many routines have i done",
                    "give me my stats", "my stats", "my progress", "what have i done this week",
                    "how's my progress", "tell me my progress", "check my progress",
                    "how consistent have i been", "how many days have i stretched",
                    "how many stretching sessions have i done", "how is my progress",
                    "how have i been doing", "what's my history", "how many this week",
                    "did i stretch yesterday", "how many sessions have i done this week",
                    "how am i getting on", "how many times this week", "how am i progressing",
                    "am i improving", "have i improved", "how many times have i done this",
                    "how many sessions total", "show me my stats", "how consistent am i",
                    "did i stretch this week", "when did i last stretch",
                    "when was my last session"],
    },
    "SetHoldTimeIntent": {
        "slots": {"seconds": "AMAZON.NUMBER", "duration": DURATION},
        "samples": ["set my hold time to {seconds} seconds", "hold for {seconds} seconds",
                    "make holds {seconds} seconds", "change hold time to {seconds} seconds",
                    "set holds to {seconds}", "{seconds} second holds",
                    "use {seconds} second holds", "make these {seconds} seconds",
                    "make them {seconds} seconds", "hold these for {seconds} seconds",
                    "{seconds} seconds from now on", "{seconds}", "{seconds} seconds",
                    "make the holds {seconds} seconds",
                    "i want {seconds} second holds", "hold each stretch for {seconds} seconds",
                    "set the hold to {seconds} seconds", "change my holds to {seconds} seconds",
                    "let's do {seconds} second holds", "hold time {seconds} seconds",
                    "set hold length to {seconds} seconds", "make each hold {seconds} seconds",
                    "holds of {seconds} seconds", "set my holds to {seconds} seconds",
                    "{seconds} seconds each", "{seconds} seconds per side",
                    "{seconds} second hold", "hold for {seconds}", "hold {seconds} seconds",
                    "change it to {seconds} seconds", "can we do {seconds} seconds",
                    "make it {seconds} seconds",
                    "set it to {seconds} seconds", "i want to hold for {seconds} seconds"]
        # A hold said as a duration: "a minute", "a minute and a half", "half a minute".
        + cross(["make the holds", "make my holds", "set my holds to", "set the holds to",
                 "set my hold time to", "change my holds to", "hold for", "hold each stretch for",
                 "make each hold", "make them", "make it", "change it to", "set it to",
                 "i want to hold for", "can we do", "i want holds of", "holds of",
                 "let's do holds of", "hold them for"], ["{duration}"])
        + ["{duration} holds", "{duration} each", "{duration} per side",
           "{duration} from now on"],
    },
    "AdjustHoldIntent": {
        "slots": {"change": CHANGE},
        "samples": ["make the holds {change}", "make my holds {change}", "{change} holds",
                    "i want {change} holds", "can the holds be {change}", "hold {change}",
                    "make the stretches {change}", "i'd like {change} holds",
                    "can you make the holds {change}", "let's do {change} holds",
                    "make them {change}", "can we hold {change}", "i'd like to hold {change}",
                    "hold each one {change}", "make each stretch {change}", "let's hold {change}",
                    "could the holds be {change}", "{change} please",
                    "the holds should be {change}"],
    },
    "EquipmentIntent": {
        "slots": {"routine": ROUTINE, "kit": KIT, "stretch": STRETCH},
        "samples": cross(["what equipment do i need for", "what do i need for",
                          "what equipment does", "what gear do i need for",
                          "what should i get out for", "what kit do i need for",
                          "do i need any equipment for", "what equipment is needed for",
                          "is there any equipment for"],
                         ["{routine}", "the {routine} routine"])
        + ["what equipment do i need", "what gear do i need", "do i need any equipment",
           "what do i need", "do i need anything", "what kit do i need",
           "do i need a mat", "what should i have ready", "what props do i need",
           "do i need any gear", "what equipment do you recommend", "what tools do i need",
           "what do i need for this", "what do i need for this one", "what kit is this",
           "what mobility training tools are best", "what mobility tools are best",
           "what are the best mobility tools", "which mobility tools do you recommend",
           "what tools are best for mobility", "what's the best mobility equipment",
           "do i need mobility tools", "what are the best tools for hip mobility",
           "which mobility training tools should i get"]
        + ["do i need a {kit}", "do i need {kit}", "do i need my {kit}", "is a {kit} needed",
           "which routines use a {kit}", "which routines need a {kit}", "what do i use a {kit} for",
           "do any routines use a {kit}", "will i need a {kit}", "should i get my {kit}",
           "do i need a {kit} for this", "do i need a {kit} for {routine}",
           "does {routine} need a {kit}", "does the {routine} routine use a {kit}",
           "i don't own a {kit}", "what if i don't have a {kit}",
           "is there an alternative to a {kit}", "can i use something else instead of a {kit}",
           "do i really need a {kit}", "can i skip the {kit}", "what do i need to get",
           "what should i buy", "do i need to buy anything", "is any equipment required",
           "what do i need for the {routine} one", "what is a {kit} for", "what's a {kit} for",
           "what does a {kit} do", "what is the {kit} for", "how do i use a {kit}",
           "what can i use instead of a {kit}", "what can i use instead of {kit}",
           "what can replace a {kit}", "what else can i use for a {kit}"]
        # an exercise's own kit ("what do i need for the clamshells")
        + cross(["what do i need for", "what equipment do i need for", "what kit do i need for",
                 "do i need anything for", "do i need any equipment for",
                 "what gear do i need for"], ["the {stretch}", "{stretch}"]),
    },
    "ForgetMeIntent": {
        "slots": {},
        "samples": ["forget me", "delete my data", "erase my progress", "delete my progress",
                    "reset my progress", "forget my data", "delete everything you know about me",
                    "wipe my data", "clear my history",
                    "delete my account", "erase my data", "remove everything about me",
                    "reset everything", "delete all my data", "start fresh and delete my history",
                    "forget everything"],
    },
    "WhatDoYouKnowIntent": {
        "slots": {},
        "samples": ["what do you know about me", "what do you keep about me",
                    "what data do you have about me", "what do you store about me",
                    "what have you saved about me", "what information do you have about me",
                    "what data do you keep", "what do you remember about me",
                    "what's stored about me"],
    },
    "SuggestRoutineIntent": {
        "slots": {"minutes": "AMAZON.NUMBER", "moment": MOMENT},
        "samples": ["i only have {minutes} minutes", "i have {minutes} minutes",
                    "i've got {minutes} minutes", "something for {minutes} minutes",
                    "a {minutes} minute routine", "give me {minutes} minutes of stretching",
                    "i have about {minutes} minutes", "only {minutes} minutes",
                    "what can i do in {minutes} minutes", "i've only got {minutes} minutes",
                    "a quick {minutes} minute stretch", "i have {minutes} minutes to stretch",
                    "only got {minutes} minutes", "got {minutes} minutes",
                    "i've got about {minutes} minutes", "just {minutes} minutes"]
        + cross(["i {moment}", "i just {moment}", "i've {moment}", "i've just {moment}",
                 "i'm {moment}", "i'm just {moment}", "i am {moment}", "just {moment}"],
                ["a run", "my run", "a long run", "a trail run", "my long run", "a race",
                 "a marathon"])
        # and how soon ("i'm heading out for a trail run in about ten minutes")
        + cross(["i'm {moment} a run", "i'm {moment} a trail run", "{moment} a run"],
                ["in {minutes}", "in {minutes} minutes", "in about {minutes} minutes"])
        + cross(["i'm {moment}", "i {moment}", "i am {moment}"],
                ["in {minutes} minutes", "in {minutes} minutes what should i do",
                 "in {minutes} minutes what can i do before", "in like {minutes} minutes"])
        + ["what should i do", "what should i do today",
           "recommend a routine", "suggest a routine", "which routine should i do",
           "what do you recommend", "pick a routine for me", "choose for me",
           "what's good for today", "what should i stretch today",
           "which one should i do", "what do you suggest", "what would you suggest",
           "what's best for me today", "what should i do after my run",
           "what should i do before my run", "i don't know which one", "you choose",
           "pick one for me", "i'm short on time"],
    },
    "AdviceIntent": {
        "slots": {"area": AREA},
        "samples": ["what should i do for tight {area}", "what helps tight {area}",
                    "my {area} are tight", "my {area} is tight", "my {area} feel tight",
                    "my {area} feels tight", "stretches for {area}", "stretches for tight {area}",
                    "what's good for tight {area}", "how do i loosen my {area}",
                    "how can i loosen up my {area}", "help with tight {area}",
                    "i have tight {area}", "tight {area}", "what stretch is best for {area}",
                    "how do i stretch my {area}", "how do i open up my {area}",
                    "what should i do for my {area}", "my {area} are stiff",
                    "my {area} feel stiff", "what helps stiff {area}",
                    "what should i do for stiff {area}", "my {area} are so tight",
                    "i've got tight {area}", "anything for tight {area}", "{area}", "my {area}",
                    "the {area}", "my {area} are really tight", "my {area} are really stiff",
                    "tight {area} after running", "stiff {area} after running",
                    "what can i do for tight {area}", "what can i do for stiff {area}",
                    "my {area} feel really tight",
                    "my {area} are so stiff", "tips for {area}", "tips for tight {area}",
                    "how can i improve my {area}", "how do i fix tight {area}",
                    "how do i stretch out my {area}", "i need to loosen my {area}",
                    "i want to work on my {area}", "stretches for my {area}",
                    "exercises for {area}", "my {area} need work", "my {area} feel locked up"],
    },
    "WhereAmIIntent": {
        "slots": {},
        "samples": ["where was i", "where am i", "what stretch is this", "which stretch am i on",
                    "what am i doing", "what exercise is this", "what is this one",
                    "what's this stretch", "what stretch are we on", "which exercise is this",
                    "what are we doing", "what's this called", "what is this called",
                    "which one is this", "where did i stop", "where did i leave off",
                    "what was i doing", "what routine am i doing", "which routine is this",
                    "what's the current stretch", "what are we on",
                    "what stretch is this again", "what's this one again",
                    "what are we doing again", "remind me what this is",
                    "what's the name of this one", "what's the name of this stretch",
                    "what is this stretch called", "which exercise are we on"],
    },
    "WhatsLeftIntent": {
        "slots": {},
        "samples": ["what's left", "what is left", "how long is left", "how much longer",
                    "how many more", "how many stretches are left", "how much is left",
                    "how long to go", "how many to go", "are we nearly done",
                    "are we almost done", "how far along am i", "how much time is left",
                    "what's still to come", "how long until we're done",
                    "how many exercises are left", "am i almost done",
                    "am i nearly done", "is this the last one", "how many left",
                    "is this the last stretch", "is this the last exercise",
                    "is this the final one", "is that the last one", "are we done yet",
                    "how many more stretches", "how many more to go", "how many more do i have",
                    "how many are left", "how much longer on this one",
                    "how much longer is this", "how many seconds left", "how much time left",
                    "is there much more", "are we nearly there", "nearly done",
                    "how many more after this", "how many more are there",
                    "how many more are there after this", "how many after this one",
                    "how many more have i got", "how many more to do"],
    },
    "WhatsNextIntent": {
        "slots": {},
        "samples": ["what's next", "what is next", "what comes next", "what's after this",
                    "what's coming up", "what's after this one", "what comes after this",
                    "what comes after this one", "what's up next", "what's the next one",
                    "what's the next stretch", "which stretch is next", "what's the next exercise",
                    "what do we do next", "what's after the one i'm on", "which one comes next"],
    },
    "StreakIntent": {
        "slots": {},
        "samples": ["what's my streak", "what is my streak", "how is my streak",
                    "what's my best streak", "how many days in a row", "am i on a streak",
                    "what's my record", "how long is my streak", "how is my streak going",
                    "how's my streak", "how many days in a row have i stretched",
                    "how many days have i kept it up", "what's my longest streak",
                    "is my streak still going", "did i keep my streak"],
    },
    "HipsProgressIntent": {
        "slots": {},
        "samples": ["how are my hips", "how are my hips doing", "how is my mobility",
                    "how's my mobility", "how did my last check go", "what did my check find",
                    "have my hips improved", "are my hips getting better",
                    "how are my hips looking", "are my hips any better",
                    "how has my hip mobility changed", "how did my hips do in the check",
                    "what did the mobility check say", "are my hips improving"],
    },
}

CUSTOM_INTENTS |= {
    # Reminders to stretch (skill.alexa.flows.reminders), through Alexa's reminders.
    "SetReminderIntent": {
        "slots": {"day": DATE, "time": TIME, "repeat": REPEAT},
        "samples": _reminder_samples(),
    },
    "ListRemindersIntent": {
        "slots": {},
        "samples": ["what reminders do i have", "list my reminders", "what are my reminders",
                    "which reminders have i set", "tell me my reminders",
                    "do i have any reminders", "read my reminders", "what reminders are set",
                    "when are my reminders", "what are my stretch reminders",
                    "list my stretch reminders", "which reminders do i have",
                    "when will you remind me", "do i have a stretch reminder"],
    },
    "CancelRemindersIntent": {"slots": {}, "samples": _cancel_reminder_samples()},
    # A run or the runner's day told by voice (skill.alexa.flows.runs.told).
    "RunToldIntent": {
        "slots": {"distance": "AMAZON.NUMBER", "unit": UNIT, "race": RACE,
                  "duration": DURATION, "terrain": TERRAIN, "effort": EFFORT, "day": DATE,
                  "part": TIME, "situation": SITUATION, "routine": ROUTINE},
        "samples": _run_told_samples(),
    },
    # The mobility check asks which side felt tighter.
    "CheckSideIntent": {
        "slots": {"side": SIDE},
        "samples": ["{side}", "my {side}", "the {side}", "{side} side", "my {side} side",
                    "the {side} side", "{side} was tighter", "my {side} was tighter",
                    "the {side} side was tighter", "it was my {side}", "definitely {side}",
                    "i think {side}", "probably {side}", "{side} felt tighter",
                    "my {side} felt tighter", "the {side} felt tighter"],
    },
    "WhichLegIntent": {
        "slots": {},
        "samples": ["which leg", "which leg now", "which leg is it", "which leg is working",
                    "which leg am i stretching", "which side", "which side now",
                    "which side am i on", "which side is it", "what side am i on", "what leg",
                    "which knee goes down", "which knee", "which foot goes forward",
                    "left or right", "is it my left or right", "is it the left leg",
                    "which leg goes back", "which leg should be working",
                    "which leg is in front", "which leg goes in front", "which leg first",
                    "which side first", "left leg or right leg", "which foot now",
                    "what side now", "which side is next", "is it the other side now",
                    "do i switch now", "which leg is next"],
    },
    # Pain, said any way at any moment, and questions that would need a diagnosis: all get the
    # same safe answer (skill.alexa.flows.pain).
    "PainIntent": {"slots": {}, "samples": _pain_samples()},
    # Outside a routine: not medical advice, and who to ask; inside one, the pain answer.
    "MedicalQuestionIntent": {"slots": {"weeks": "AMAZON.NUMBER"},
                              "samples": _medical_samples()},
    "EasierIntent": {
        "slots": {},
        "samples": ["make it easier", "make this easier", "something easier", "easier please",
                    "an easier version", "the easier version", "give me an easier one",
                    "is there an easier version", "can i do an easier version", "easier one",
                    "the gentler version", "a gentler version", "gentler please", "gentler",
                    "the gentler one", "something gentler", "i can't get into that",
                    "i can't get into this position", "i can't do this one", "that's too hard",
                    "this is too hard", "too hard",
                    "can you make it easier", "i need an easier version", "easier",
                    "i can't do that", "i can't do this", "this is too difficult",
                    "too difficult", "that's too difficult", "make it gentler", "can i modify this",
                    "an easier option", "i'm not flexible enough", "i can't get into position",
                    "i can't reach my foot", "is there a regression"],
    },
    "HarderIntent": {
        "slots": {},
        "samples": ["make it harder", "make this harder", "something harder", "harder please",
                    "a harder version", "the harder version", "give me a harder one",
                    "is there a harder version", "the advanced version", "more advanced",
                    "that's too easy", "this is too easy", "too easy", "i want more of a stretch",
                    "can you make it harder", "harder", "a tougher version", "make it tougher",
                    "i want it harder", "give me a progression", "a more advanced version",
                    "can i make it more challenging", "make it more intense", "i barely feel this",
                    "i don't feel much", "this is too gentle", "is there a harder one"],
    },
    # A routine picked by its place in the list the skill just read out.
    "PickFromListIntent": {
        "slots": {"position": POSITION},
        "samples": ["the {position} one", "{position} one", "the {position}",
                    "number {position}", "the {position} one please", "i'll take the {position}",
                    "i'll take the {position} one", "let's do the {position} one",
                    "go with the {position} one", "option {position}",
                    "the {position} option", "um the {position} one", "{position} please",
                    "the {position} please", "i want the {position} one",
                    "can i do the {position} one", "do the {position} one",
                    "start the {position} one", "give me the {position} one",
                    "how about the {position} one", "the {position} routine",
                    "the {position} one on the list", "let's go with the {position}",
                    "i'll go with the {position} one", "i'll do the {position} one",
                    "that {position} one you said", "the {position} one you said",
                    "the {position} one you mentioned"],
    },
    # A check question answered with a hedge: a little (a partial limit), or hard to say.
    "CheckAmountIntent": {
        "slots": {"amount": AMOUNT},
        "samples": ["{amount}", "yes {amount}", "yeah {amount}", "i think {amount}",
                    "um {amount}", "well {amount}", "it was {amount}",
                    "it did {amount}", "just {amount}", "only {amount}", "{amount} yeah",
                    "{amount} i think", "{amount} really", "{amount} to be honest",
                    "i'd say {amount}", "probably {amount}", "it felt {amount}",
                    "um {amount} i guess", "yeah {amount} i guess", "{amount} i guess"],
    },
    "ForgetChecksIntent": {
        "slots": {},
        "samples": ["forget my check results", "delete my check results",
                    "forget my mobility check", "delete my mobility check results",
                    "erase my check results", "forget my test results",
                    "delete my test results", "clear my check results",
                    "don't keep my check results", "stop keeping my check results"],
    },
    # Questions the article answers (catalogue TOPICS).
    "FlexibilityMobilityIntent": {
        "slots": {},
        "samples": ["what's the difference between flexibility and mobility",
                    "what is the difference between flexibility and mobility",
                    "flexibility versus mobility", "is mobility the same as flexibility",
                    "what's mobility", "what is mobility", "how is mobility different from "
                    "flexibility", "difference between mobility and flexibility",
                    "what does mobility mean", "mobility or flexibility",
                    "are mobility and flexibility the same thing",
                    "is flexibility the same as mobility", "explain mobility versus flexibility",
                    "do i need flexibility or mobility", "what do you mean by mobility",
                    "is being flexible the same as being mobile",
                    "what's the difference between stretching and mobility",
                    "flexibility or mobility"],
    },
    "TightHipSignsIntent": {
        "slots": {},
        "samples": ["how do i know if my hips are tight", "how can i tell if my hips are tight",
                    "how do i know if my hips are lacking mobility",
                    "how do i know if my hips lack mobility",
                    "what are the signs my hips lack mobility",
                    "what are the signs of tight hips", "signs of tight hips",
                    "are my hips tight", "how do i know if i have tight hips",
                    "what are signs of poor hip mobility", "do i have tight hips",
                    "how can i tell if i have poor hip mobility",
                    "what does tight hips feel like",
                    "how would i know if my hips are tight", "how do i tell if my hips are tight",
                    "what are the symptoms of tight hips", "how do i check if my hips are tight",
                    "what does it feel like to have tight hips", "are my hip flexors tight",
                    "signs of tight hip flexors", "how do i know if i need to stretch my hips"],
    },
    "WhyTightHipsIntent": {
        "slots": {},
        "samples": ["why do runners get tight hips", "why are my hips tight",
                    "why do my hips get tight", "why do runners have tight hips",
                    "what causes tight hips", "why do my hips get tight when i run",
                    "why does running make my hips tight", "what makes hips tight",
                    "why are runners' hips tight", "why do i get tight hips",
                    "what makes my hips so tight", "why are my hips always tight",
                    "why do my hips feel tight after running", "why do my hips get stiff",
                    "why are my hips so stiff", "does running make your hips tight",
                    "does sitting cause tight hips",
                    "what causes hip tightness", "why do runners get stiff hips"],
    },
    "WhenToStretchIntent": {
        "slots": {},
        "samples": ["should i stretch before or after a run", "should i stretch before running",
                    "should i stretch after running", "when should i stretch",
                    "static or dynamic stretching", "should i do static or dynamic stretches",
                    "should i be doing static stretches before a run",
                    "should i be doing static or dynamic stretches",
                    "static stretches or dynamic ones", "the static ones or the dynamic ones",
                    "is static or dynamic stretching better", "dynamic or static stretching",
                    "what's better static or dynamic stretching", "static or dynamic",
                    "should i hold stretches or keep moving",
                    "will stretching before a run slow me down",
                    "does static stretching before running hurt my performance",
                    "is static stretching before a run bad",
                    "is it better to stretch before or after a run",
                    "stretch before or after running", "when is the best time to stretch",
                    "should i stretch before my run", "do i stretch before or after",
                    "when should i do mobility work",
                    "when should i do these stretches", "is it better to stretch after running",
                    "should i stretch before or after", "should i do this before my run",
                    "should i stretch every day", "how often should i do this",
                    "can i stretch every day",
                    "is it bad to stretch before running", "should i stretch before a race"],
    },
    "HipMusclesIntent": {
        "slots": {},
        "samples": ["what muscles make up the hip", "which muscles are in the hip",
                    "what muscles are important for hip mobility", "what are the hip muscles",
                    "what muscles are in my hips", "which muscles move the hip",
                    "what are the hip flexors", "what are my glutes",
                    "what muscles control the hip", "tell me about the hip muscles",
                    "what are the main hip muscles", "name the hip muscles", "what is the psoas",
                    "what are the glutes", "what does the psoas do", "what's the glute medius",
                    "which muscles make up my hips", "what are the hip rotators",
                    "what are the adductors"],
    },
    "StrongHipsIntent": {
        "slots": {},
        "samples": ["why do strong hips matter", "do strong hips help running",
                    "will strengthening my hips fix my running form",
                    "will strong hips change how i run", "can hip exercises fix my form",
                    "why should runners have strong hips", "what do strong hips do for me",
                    "are strong hips important", "how do strong hips help",
                    "why strengthen my hips", "does hip strength matter for running",
                    "what are the benefits of strong hips", "do i need strong hips",
                    "why are strong hips important for runners", "does hip strength help running",
                    "are strong glutes important", "what are strong hips good for",
                    "how does hip strength help my running", "why should i strengthen my hips",
                    "will stronger hips help me", "why train hip strength"],
    },
    "MobilitySpeedIntent": {
        "slots": {},
        "samples": ["will mobility make me faster", "can hip mobility make me faster",
                    "does mobility make you faster", "will stretching make me faster",
                    "can better hips make me faster", "does hip mobility help performance",
                    "will this make me a faster runner", "can mobility help me run faster",
                    "does mobility help on climbs", "does mobility help on descents",
                    "will better mobility make me faster", "does mobility help running speed",
                    "can stretching make me faster", "will hip mobility improve my pace",
                    "does flexibility make you faster", "will mobility help my running",
                    "can mobility improve performance", "does mobility help my stride",
                    "will i run faster with better hips"],
    },
    "CompensationsIntent": {
        "slots": {},
        "samples": ["what happens if my hips are tight", "how do tight hips change my running",
                    "what do tight hips do to my stride", "can tight hips cause overstriding",
                    "do tight hips change my foot strike", "why does my torso twist when i run",
                    "what are compensations", "how does my body compensate for tight hips",
                    "can tight hips cause overuse injuries", "what goes wrong with tight hips",
                    "what do tight hips do to my running", "how do tight hips affect running",
                    "do tight hips affect my form", "can tight hips change my stride",
                    "do tight hips cause injuries", "what happens when your hips are tight",
                    "why does my form fall apart when i'm tired"],
    },
    "StretchVolumeIntent": {
        "slots": {},
        "samples": ["is longer stretching better", "how much stretching do i need",
                    "how many minutes should i stretch each muscle", "can i stretch too much",
                    "is it better to hold stretches longer", "how much stretching is enough",
                    "will holding stretches longer make me more flexible",
                    "should i stretch for longer", "does stretching longer help more",
                    "how many minutes of stretching per muscle", "is more stretching better",
                    "what's the most stretching worth doing", "how long should i stretch for",
                    "how much total stretching per session"],
    },
    "InjuryIntent": {
        "slots": {},
        "samples": ["will stretching stop me getting injured", "will stretching prevent injuries",
                    "does stretching prevent injury", "can mobility work prevent injuries",
                    "will this stop me getting injured", "does hip mobility reduce injury risk",
                    "will stretching keep me from getting injured", "can stretching stop injuries",
                    "do these routines prevent injuries", "will mobility work stop injuries",
                    "does stretching reduce injuries", "is stretching good for injury prevention",
                    "can i avoid injury by stretching", "will this keep me injury free",
                    "does mobility stop running injuries", "will stretching stop injuries"],
    },
    "WhyMobilityMattersIntent": {
        "slots": {},
        "samples": ["why does hip mobility matter for runners", "why does good hip mobility matter",
                    "why does hip mobility matter", "why is hip mobility important",
                    "why is hip mobility important for runners",
                    "why should runners care about hip mobility",
                    "why do runners need hip mobility", "does hip mobility matter",
                    "how does hip mobility affect running", "why bother with hip mobility",
                    "what's the point of hip mobility", "why work on my hip mobility",
                    "why does mobility matter for running", "is hip mobility important",
                    "why do mobile hips matter"],
    },
    "HomeTestsIntent": {
        "slots": {},
        "samples": ["what are some at home hip mobility tests", "what are the at home hip tests",
                    "how can i test my hip mobility at home", "how do i test my hip mobility",
                    "are there tests for hip mobility", "what hip mobility tests are there",
                    "how can i check my hip mobility", "what tests can i do at home",
                    "what are the hip mobility tests", "how do i test my hips at home",
                    "which tests show hip mobility", "what tests tell me if my hips are tight",
                    "tell me about the at home tests", "what does the mobility check test"],
    },
    "ImproveMobilityIntent": {
        "slots": {},
        "samples": ["what stretches and exercises improve hip mobility",
                    "what exercises improve hip mobility", "what stretches improve hip mobility",
                    "how do i improve my hip mobility", "how can i improve hip mobility",
                    "what are the best hip mobility exercises",
                    "what are the best stretches for hip mobility",
                    "which exercises help hip mobility", "how do i get more mobile hips",
                    "what should i do to improve my hip mobility",
                    "what drills improve hip mobility", "best exercises for hip mobility",
                    "how do i make my hips more mobile"],
    },
    "RotationItBandIntent": {
        "slots": {},
        "samples": ["how does hip rotation affect my it band", "can tight hips cause knee pain",
                    "can tight hips cause it band problems", "is my it band related to my hips",
                    "can poor hip rotation cause knee pain", "what does hip rotation have to do "
                    "with my knee", "why does hip rotation matter",
                    "can stiff hips cause outer hip pain", "does hip rotation affect the it band",
                    "can hip mobility help my it band",
                    "is my it band trouble from my hips", "does hip rotation affect my knees",
                    "can tight hips cause it band syndrome",
                    "how are my hips and it band connected",
                    "can hip mobility help my knees", "what's the link between hips and knees"],
    },
    "StrengthMobilityIntent": {
        "slots": {},
        "samples": ["can strength training improve hip mobility",
                    "does strength training help mobility", "does lifting help my hips",
                    "should i lift weights for mobility", "is strength work good for mobility",
                    "how does strength training affect mobility",
                    "do squats help hip mobility", "does weight training make me stiff",
                    "can lifting make me less mobile", "strength training and mobility",
                    "do machines make me stiff", "are partial reps bad for mobility",
                    "strength or mobility", "should i do strength or mobility",
                    "is strength training better than stretching",
                    "do i need both strength and mobility",
                    "strength training versus stretching", "can lifting improve mobility",
                    "should i lift or stretch"],
    },
}

# What a runner asks a voice assistant that this skill does not do. Alexa builds each skill an
# out-of-domain model and lets the skill extend it with samples of AMAZON.FallbackIntent, so these
# never start a stretch.
OUT_OF_DOMAIN: dict[str, list[str]] = {
    "the speaker and the house": ["play some music", "play my playlist", "play a song",
                                  "play the radio", "next song", "turn it up", "volume up",
                                  "play a podcast", "play an audiobook", "play something relaxing",
                                  "what song is this", "turn the volume down", "louder",
                                  "set the thermostat", "lock the front door", "turn on the lights",
                                  "turn off the tv", "put some music on", "put on my playlist",
                                  "stick some music on", "put some music on while i stretch",
                                  "play music while i do this", "can you play a bit of music",
                                  "play a bit of radio while i'm doing this"],
    "weather, time and the day": ["what's the weather", "what's the weather tomorrow",
                                  "will it rain today", "how hot is it outside", "set a timer",
                                  "set a timer for a minute", "set an alarm", "wake me up tomorrow",
                                  "what time is it", "what's the date today", "what day is it",
                                  "snooze", "what's on my calendar", "what's on my schedule",
                                  "what's the traffic like"],
    "the watch's run data": ["how far did i run", "how far did i run this week", "what was my pace",
                             "what was my mile time", "what's my heart rate",
                             "how many calories did i burn", "how many steps did i take",
                             "how did i sleep", "what's my weekly mileage",
                             "how many miles did i run", "track my run", "record a run",
                             "start my watch", "how long was my run", "what was my last run",
                             "how many kilometers did i run", "what were my splits", "log a run",
                             "save my run", "what's my training load", "what's my vo two max",
                             "what's my recovery time", "how much did i sleep"],
    "training, racing, food and gear": ["sign me up for a race", "find a race near me",
                                        "what's a good training plan",
                                        "how do i train for a marathon", "how fast should i run",
                                        "what should i eat before a run",
                                        "how much water should i drink", "find a running route",
                                        "how many calories should i eat",
                                        "what should i eat after a run",
                                        "how much protein do i need",
                                        "what should i eat after",
                                        "should i eat protein after", "what should i have after",
                                        "what's a good marathon pace",
                                        "how do i run faster", "how many miles should i run",
                                        "when is my next race", "what's a tempo run",
                                        "give me an interval workout", "how far is a half marathon",
                                        "which running shoes should i buy",
                                        "how many miles is a marathon",
                                        "how many miles is a half marathon",
                                        "how many miles is a fifty k",
                                        "how many kilometers is a marathon",
                                        "how long is a marathon",
                                        "what's the best running watch", "order new shoes",
                                        "buy running shoes", "order me a foam roller",
                                        "buy me a yoga block", "order a mini band",
                                        "add a lacrosse ball to my basket"],
    "race plans, fuelling and the apps": ["make me a pace plan", "plan my race pacing",
                                          "can you make me a pace plan for my fifty k",
                                          "make me a race plan for my marathon",
                                          "give me a taper plan", "how should i pace my race",
                                          "how many gels should i take",
                                          "what should i eat during an ultra",
                                          "how much should i drink per hour",
                                          "upload my run", "sync my watch", "share my run",
                                          "post my run online", "book a massage",
                                          "book me an appointment", "make an appointment"],
    "other workouts": ["stretch my shoulders", "neck stretches", "upper body stretches",
                       "arm stretches", "do some yoga", "start a yoga class",
                       "give me an ab workout", "core workout", "a hiit workout",
                       "breathing exercises", "guided meditation", "how do i improve my posture"],
    "shopping, messages and chat": ["add it to my shopping list", "order food",
                                    "add milk to the list", "where's my package", "call my coach",
                                    "text my friend", "send a message", "read my messages",
                                    "call mom", "read my email", "any new messages",
                                    "tell me a joke", "tell me the news", "what's the score",
                                    "who won the game", "how do you spell it",
                                    "what's two plus two", "who are you", "what's your name",
                                    "i love you", "good morning", "how are you", "testing",
                                    "testing testing", "testing one two", "mic check"],
}

# Built-in intents extended with how runners say them; Amazon's own samples still apply.
BUILT_IN_SAMPLES: dict[str, list[str]] = {
    "AMAZON.PauseIntent": ["wait", "hang on", "hold on", "hang on a sec", "i need a break",
                           "give me a minute",
                           "hold on a second", "one moment", "take a break", "pause my routine",
                           "pause please", "wait a minute", "stop for a moment",
                           # casual forms: a moment asked for, and why
                           "wait a second", "wait a sec", "just a second", "just a sec",
                           "one second", "give me a moment", "hang on a minute",
                           "hang on a second", "hold on a minute", "hold on one second",
                           "i need a minute", "i need a second", "back in a minute",
                           "just a minute", "bear with me", "wait for me", "time out",
                           "pause for a minute", "let me catch my breath",
                           "let me grab some water", "let me get my mat",
                           "let me grab my band", "someone's at the door",
                           "i need to get something", "hang tight"],
    "AMAZON.ResumeIntent": ["okay i'm back", "i'm back now", "back now", "right i'm back",
                            "back to it", "okay back to it", "let's get back to it",
                            "i'm back let's go", "continue please", "okay continue",
                            "go on then", "carry on then", "keep going please",
                            "i'm ready let's go"],
    "AMAZON.NextIntent": ["next please", "next one please", "on to the next", "skip this one",
                          "next exercise", "the next one", "skip it", "skip that",
                          "skip the question", "pass", "next test", "the next test",
                          "on to the next test", "skip this test", "skip that test",
                          "move on", "skip ahead", "skip to the next one", "let's do the next one",
                          "onto the next", "i'm done with this", "finished this one",
                          "go to the next one", "move to the next stretch", "next exercise please"],
    "AMAZON.YesIntent": ["yes it did", "it did", "a lot", "yeah it did", "definitely",
                         "mm hm", "mhm", "mm hm yes", "yes pick it up from there",
                         "yes from there",
                         "yeah definitely", "yes definitely", "it really did", "yeah a lot",
                         "quite a lot", "very much", "for sure", "totally",
                         "yeah sure", "okay sure", "sure why not", "let's do that", "that works",
                         "all right", "of course", "yup", "yes i did", "yes please do"],
    "AMAZON.NoIntent": ["not really", "no not really", "it didn't", "not at all",
                        "no it didn't", "i don't think so", "not much", "nope not really",
                        "no not at all", "not that i noticed", "no i don't think so",
                        "nah not really", "no it was fine", "it didn't really",
                        "no way", "no not today", "not right now", "maybe later", "i'll pass",
                        "not today", "no i'm fine", "no i didn't", "no it's fine"],
    "AMAZON.PreviousIntent": ["the previous one", "go back a step", "do the last one again",
                              "redo the last one", "back to the previous stretch",
                              "can we go back", "previous exercise", "rewind"],
    "AMAZON.RepeatIntent": ["pardon", "pardon me", "sorry", "sorry what", "what did you say",
                            "say again", "can you say that again", "repeat please",
                            "one more time", "i missed that", "i didn't hear you",
                            "what was that again", "repeat the last part", "huh"],
    "AMAZON.StartOverIntent": ["start from scratch", "go back to the start",
                               "from the beginning", "start it again", "let's start over",
                               "start the whole thing again", "take it from the top"],
    "AMAZON.StopIntent": ["bye", "bye bye", "end", "end the session", "stop now",
                          "i'm finished", "i'm done now", "that's all", "that's all for now",
                          "we're done", "stop stretching", "i want to stop", "let's stop",
                          "stop here", "stop for today", "i quit", "stop it", "that'll do",
                          "i'm knackered", "i'm wrecked", "i'm shattered",
                          "that'll do me", "that's plenty", "that's plenty for today"],
    "AMAZON.CancelIntent": ["cancel it", "no cancel", "forget about it", "actually never mind",
                            "never mind that"],
    "AMAZON.HelpIntent": ["help please", "what do i say", "what can i ask", "i need help",
                          "how does this skill work", "i don't know what to say",
                          "what are the commands", "what do you do", "how do i use you",
                          "i'm confused", "i don't understand"],
    "AMAZON.FallbackIntent": [sample for samples in OUT_OF_DOMAIN.values() for sample in samples],
}

# Catalogue names as runners say them loosely (plurals, shortened and run-together forms) and as
# speech recognition is likely to mishear them: more synonyms of the catalogue entry with this id.
SAID_LOOSELY: dict[str, list[str]] = {
    "post_run": ["postrun", "post fun", "most run", "post ran", "cool downs",
                 # and the everyday names for it
                 "cooling down", "after run stretches", "the usual", "the normal one",
                 "the regular one", "full post run", "post run stretches"],
    "quick_post_run": ["quickie", "quick post fun", "quick cool down", "express",
                       "short one", "quick one", "the short one", "the quick one", "mini",
                       "short stretch", "quick stretches", "short routine", "quick routine",
                       "brief one", "fast one"],
    "pre_run": ["prerun", "pre ran", "warm ups", "warming up", "dynamic warm up",
                "pre race", "race warm up", "before the race", "activation",
                "dynamic stretches", "pre run warm up"],
    "strength": ["strengthening", "strength training", "strengths", "hip strength session",
                 "strength work", "strength stuff", "the strength one", "glute strength",
                 "strength and mobility", "the gym one"],
    "deep_release": ["deep relief", "deep releases", "deep stretches", "rest day stretches",
                     "rest day routine", "rest day session",
                     "long stretches", "the long one", "long holds", "the deep one",
                     "big stretch", "slow stretch", "desk stretches"],
    "mobility_check": ["mobility checks", "mobility tests", "hip check up", "mobility check up",
                       "hip assessment", "check up", "checkup", "the check", "mobility screen",
                       "retest", "re test", "baseline test"],
    "hip_flexors": ["flexors", "hip flexers", "hip flexor muscles"],
    "hamstrings": ["hams", "hamstring muscles"],
    "glutes": ["gluteus", "glute muscles", "bottom"],
    "adductors": ["groin muscles", "inner legs"],
    "quads": ["quadricep", "quad muscles", "front of my legs"],
    "hips": ["hip joints", "hip joint"],
    "squat": ["squatting", "squat position"],
    "rotation": ["rotating", "hip rotator"],
    "pigeon_pose": ["pidgin pose", "pidgin", "pigeon poses", "half pigeon pose"],
    "couch_stretch": ["couch stretches", "coach stretch", "sofa stretch"],
    "ninety_ninety": ["ninety nineties", "nine ninety", "ninety ninety stretch"],
    "hip_cars": ["hip car", "hip cards", "hip circle"],
    "banded_clamshells": ["clamshell", "clam shell", "clams", "banded clamshell"],
    "leg_swings_front_back": ["leg swing", "forward and back leg swings",
                              "front and back leg swings"],
    "leg_swings_side": ["side swings", "side to side swings", "lateral swings"],
    "psoas_release": ["so as release", "soas release", "psoas releases"],
    "kneeling_hip_flexor": ["kneeling hip flexor stretches", "kneeling stretch",
                            "kneeling hip stretch"],
    "kneeling_hip_flexor_advanced": ["advanced kneeling hip flexor", "advanced hip flexor stretch",
                                     "advanced hip flexor"],
    "elevated_hip_flexor": ["elevated hip flexor stretches", "leg sweep"],
    "straddle_rocking": ["straddle rock", "straddle", "saddle rocking"],
    "crab_hip_rotations": ["crab", "crabs", "crab rotation"],
    "goblet_squat": ["goblet", "goblin squat", "gobble squat"],
    "lunges": ["lunging"],
    "single_leg_rdl": ["single leg rdls", "rdls", "single leg dead lift", "one legged deadlift",
                       "single leg deadlifts", "romanian deadlift"],
    "seated_figure_four": ["figure four test", "figure fours"],
    "active_straight_leg_raise": ["leg raise", "straight leg raise test", "leg raises"],
}

# Slot types that are not catalogue entries: (id, spoken forms) pairs.
CONVERSATION_TYPES: dict[str, list[tuple[str, list[str]]]] = {
    # How often a reminder comes back: every day (at a part of it), weekdays, or one weekday.
    REPEAT: [("DAILY", ["every day", "daily", "each day", "every single day"]),
             ("MORNING", ["every morning", "each morning", "in the mornings"]),
             ("EVENING", ["every evening", "each evening", "every night", "each night",
                          "in the evenings"]),
             ("WEEKDAYS", ["every weekday", "on weekdays", "weekdays"])]
    + [(day[:2].upper(), [f"every {day}", f"on {day}s", f"{day}s", f"each {day}"])
       for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday")],
    MOMENT: [("after", ["finished", "done", "completed", "got back from", "come back from",
                        "done with", "back from", "just back from", "home from", "got in from",
                        "finished up", "wrapped up"]),
             ("before", ["about to go for", "heading out for", "going for", "getting ready for",
                         "about to head out for", "warming up for", "off for", "going out for",
                         "heading out on", "about to go on", "leaving for", "heading off for",
                         "getting ready to go for",
                         # with the run in it, said before how soon ("i go out to run in ten")
                         "going to run", "go out to run", "going out to run", "going running",
                         "go running"])],
    CHANGE: [("longer", ["longer", "a bit longer", "a little longer", "much longer",
                         "more time", "a lot longer", "way longer", "bit longer", "extra time",
                         "lengthen", "lengthened", "longer than that", "too short",
                         "increase", "extend", "bump up", "not long enough"]),
             ("shorter", ["shorter", "a bit shorter", "a little shorter", "quicker",
                          "less time", "a lot shorter", "way shorter", "bit shorter",
                          "not as long", "shorten", "shortened", "shorter than that",
                          "too long", "down", "trim", "cut down", "decrease", "reduce"])],
    # A run told by voice: units, named distances (catalog.run_rules.RACE_METRES), terrain
    # (skill.coach.runs.TERRAINS), effort, and the runner's day (rule ids of the run rules).
    UNIT: [("km", ["k", "km", "kilometers", "kilometres", "kilometer", "ks"]),
           ("mi", ["miles", "mile"])],
    RACE: [("half_marathon", ["half marathon", "half"]), ("marathon", ["marathon"]),
           ("five_k", ["parkrun", "park run", "five k"]), ("ten_k", ["ten k"]),
           ("fifty_k", ["fifty k"]), ("ultra", ["ultra", "ultramarathon", "ultra marathon"])],
    TERRAIN: [("trail", ["trails", "trail", "off road", "cross country", "muddy", "mud",
                         "singletrack", "technical singletrack", "technical trail"]),
              # hills off road: fell running and mountain running are both
              ("hilly_trail", ["fells", "fell", "mountain", "mountains", "the mountains",
                               "hilly trails", "mountain trails", "fell race"]),
              ("hilly", ["hills", "hilly", "climbing", "hill", "climb", "vert", "elevation",
                         "uphill", "metres of up", "feet of up", "metres of climb",
                         "feet of climb", "feet of vert", "metres of climbing",
                         "feet of climbing", "meters of climbing"]),
              ("descent", ["descent", "descending", "downhill", "downhills", "descents",
                           "metres down", "feet down", "metres of descent"]),
              ("flat", ["flat", "road", "roads", "track"]), ("treadmill", ["treadmill"])],
    EFFORT: [("race", ["race", "raced"]), ("hard", ["hard", "tempo", "interval"]),
             ("easy", ["easy", "recovery"])],
    SITUATION: [("rest_day", ["rest day", "day off", "recovery day", "off day",
                              "day off running"]),
                ("about_to_run", ["heading out", "going out", "about to head out",
                                  "about to run", "off out", "off out for a run",
                                  "out the door", "heading out the door"]),
                ("sitting", ["sit at a desk all day", "desk job", "sitting all day",
                             "work at a desk", "sat at a desk all day", "sit all day",
                             "at a desk all day", "sat at a desk", "sat at my desk",
                             "sitting at my desk", "at my desk all day", "sitting all day long",
                             "a long flight", "on a plane all day", "in the car all day",
                             "driving all day", "just got off a flight",
                             "just got off a long flight", "off a long flight",
                             "been on a plane all day", "stuck in an airport",
                             "stuck at my desk", "stuck at a desk all day", "sit at a desk",
                             "stuck at the airport", "stuck at an airport", "at the airport",
                             "sit at my desk"]),
                ("no_kit", ["no kit", "no equipment", "no gear",
                            "no kit in a hotel", "in a hotel", "traveling",
                            "stuck in a hotel", "didn't bring any gear", "didn't bring any kit",
                            "haven't got any kit", "not any equipment", "no gear with me"])],
    # Kit, by the catalogue's Equipment names (the ids).
    KIT: [("HALF_CYLINDER", ["half cylinder", "half foam roller", "half roller"]),
          ("YOGA_BLOCK", ["yoga block", "block", "yoga brick", "foam block"]),
          ("TOWEL_OR_CUSHION", ["towel", "cushion", "thick towel", "pillow", "blanket"]),
          ("MINI_BAND", ["mini band", "band", "loop band", "mini bands", "booty band"]),
          ("STRAP", ["strap", "yoga strap", "belt"]),
          ("LACROSSE_BALL", ["lacrosse ball", "massage ball", "tennis ball", "ball"]),
          ("FOAM_ROLLER", ["foam roller", "roller"]),
          ("RESISTANCE_BAND", ["resistance band", "long band", "exercise band", "theraband"]),
          ("KETTLEBELL", ["kettlebell", "kettle bell", "weight", "dumbbell", "weights"]),
          # a sofa stands in for the wall, as its answer says; a bench or a box for the chair
          ("WALL", ["wall", "a wall", "sofa", "settee"]),
          ("CHAIR", ["chair", "a chair", "sturdy chair", "bench", "box"])],
    POSITION: [("1", ["first", "one", "1st"]), ("2", ["second", "two", "2nd"]),
               ("3", ["third", "three", "3rd"]), ("4", ["fourth", "four", "4th"]),
               ("5", ["fifth", "five", "5th"]), ("6", ["sixth", "six", "6th"]),
               ("last", ["last", "final", "last one"])],
    AMOUNT: [("partly", ["a bit", "a little", "a little bit", "kind of", "sort of", "slightly",
                         "somewhat", "a tiny bit", "a touch", "partly", "partially", "kinda",
                         "sorta", "just a bit", "a tad", "mildly", "a little yeah",
                         "kind of yeah", "sort of yeah", "a bit yeah", "more or less", "halfway",
                         "some", "a fair bit"]),
             ("unsure", ["hard to say", "not sure", "i'm not sure", "i don't know",
                         "i can't tell", "can't tell", "no idea", "i couldn't tell",
                         "difficult to say", "unsure", "don't know", "can't really tell",
                         "hard to tell", "not sure really", "i'm not really sure", "dunno",
                         "maybe", "who knows", "no clue",
                         "i don't really know", "difficult to tell", "it's hard to say",
                         "i'm unsure", "not certain", "beats me"])],
    SIDE: [("left", ["left", "left one", "the left one"]),
           ("right", ["right", "right one", "the right one"]),
           ("same", ["same", "the same", "both", "about the same", "even", "neither",
                     "no difference", "both sides", "they were the same", "equal",
                     "both the same"])],
}

# More of how runners say things, grown from the training part of the phrasing corpus
# (tests/phrasings/runner_phrasings.tsv; its held-out fifth is never used to write samples).
SAID_MORE: dict[str, list[str]] = {
    "StartRoutineIntent": [
        "let's do the {routine} one", "i only want the {routine} one today",
        "just the {routine} one", "the {routine} one please", "i want to do {routine} today",
        "let's do the {routine} stretches", "i want to {routine}", "let me {routine}",
        "run the {routine}", "it's my rest day let's do the {routine}",
        "start the {routine} session", "i fancy the {routine} today",
        "just the {routine} version", "the {routine} version of the post run",
        "{routine} tonight please", "{routine} today please"],
    "StretchInfoIntent": [
        "what's the point of {stretch}", "what's the point of the {stretch}",
        "why am i doing {stretch}", "what's {stretch} for", "what's the point of this one",
        "why are we doing this one", "what this stretch targets", "what this one targets",
        "what this stretch works"],
    "HowToIntent": [
        "how am i supposed to do this", "how am i supposed to do {stretch}",
        "what's the technique for {stretch}", "show me how to do {stretch}",
        "walk me through {stretch}", "where should my knee be", "what's the form for this",
        "am i doing this right", "how should this feel"],
    "DoseIntent": [
        "how many of these", "how many of these do i do", "how many seconds per side",
        "how many times do i do {stretch}", "how many reps of {stretch}",
        "how many {stretch} should i do", "how long is this hold", "how many reps is it",
        "how long on each side",
        # Follow-ups to the last answer: its exercise is the session's topic.
        "is that each side", "is that on each side", "is that per side", "is that each leg",
        "is that for each side", "is that for both sides", "each side or in total",
        "is this one each side", "is it each side or just once", "is this on both sides",
        "do i do both sides", "is it once or on each side"],
    "ListRoutinesIntent": [
        "read me the menu", "what stretching sessions have you got", "what sessions are there",
        "what have you got", "give me the options", "what's on the menu",
        "which sessions have you got", "what sessions has it got",
        "what kind of routines are there"],
    "ResumeRoutineIntent": [
        "finish the routine i started", "go back to where i was yesterday",
        "continue my last session", "let's finish what i started",
        "let's finish what i started earlier", "pick up my routine", "carry on from last time",
        "finish my stretches from yesterday", "where i left off",
        "let's finish it", "yeah let's finish it", "let's finish it off"],
    "HipsProgressIntent": ["how's my mobility compared to last time"],
    "ProgressIntent": [
        "how have i been doing",
        "how many sessions have i done", "am i getting better", "how am i getting on"],
    "AdjustHoldIntent": [
        "that's too long can you make the holds {change}", "can you make them {change}",
        "i want {change} holds", "the holds are dragging make them {change}",
        "give me {change} on each stretch", "{change} on each stretch",
        "give us {change} on each hold", "{change} on each hold",
        "can the holds be {change}", "can the holds be a bit {change}",
        "can i hold them a bit {change}", "hold them {change}", "make it {change} please"],
    "EquipmentIntent": [
        "i don't have a {kit}", "what can i use instead of a {kit}",
        "i don't have a {kit} what do i use", "can i do it without a {kit}",
        "can i do this without a {kit}", "do i need a {kit} for the {routine} one",
        "what gear do i need for the {routine}", "what do i need for the {routine} one",
        "do i need any {kit}", "for the {routine} do i need any {kit}",
        "do i need any {kit} for the {routine}", "for the {routine} do i need anything"],
    # A repeat alone changes the reminder just read back ("make it every day").
    "SetReminderIntent": ["make it {repeat}", "make that {repeat}", "can you make it {repeat}",
                          "actually make it {repeat}", "{repeat} instead",
                          # a new time for the reminder just read back
                          "no make it {time}", "i meant {time}", "no i meant {time}",
                          "make it at {time}", "make it {time}", "actually make it {time}",
                          "make that {time}", "make it {time} instead"],
    "ForgetMeIntent": [
        "wipe my profile", "i want you to forget everything about me", "delete my profile",
        "erase everything", "remove my data"],
    "ForgetChecksIntent": [
        "clear my mobility check scores", "wipe just the test results",
        "delete my hip test results", "forget my hip test", "clear my test scores"],
    "SuggestRoutineIntent": [
        "just {moment} a long run what should i do", "{moment} a run in a bit",
        "i'm {moment} a run", "i have like {minutes} minutes after my run",
        "pick something for me", "you pick", "surprise me", "what do you recommend",
        "what should i do today", "what should i do now"],
    "AdviceIntent": [
        "i can't {area} very deep", "i can't get low in a {area}", "my hips don't rotate well",
        "what helps with tight {area}", "my {area} are tight from the downhill",
        "my {area} are really stiff", "any tips for tight {area}",
        "what should i do for stiff {area}", "my {area} feel tight", "my {area} is tight",
        "tight {area} what do i do", "help with my {area}"],
    "WhereAmIIntent": ["where are we", "where are we at", "which one is this",
                       "what are we doing now", "what's this one"],
    "WhichLegIntent": ["do i switch legs now", "do i switch sides now", "is it time to switch",
                       "have we switched sides", "which side are we on"],
    "PainIntent": [
        "there's a painful click in my hip", "it hurts when i lunge", "it hurts when i squat",
        "shooting pain down my leg", "i felt a pop", "is this supposed to hurt",
        "is it normal for it to hurt like this", "the pain is getting worse",
        "i get hip pain after running", "do i have bursitis", "could this be a stress fracture",
        "do i have a torn labrum", "pinching in my groin when i squat", "numbness in my foot",
        "burning on the outside of my hip", "is my piriformis causing my sciatica",
        "why does my hip hurt when i run downhill", "my kneecap hurts in the couch stretch",
        "do i have tendinitis", "could it be my labrum", "is it a tear",
        "pain in the front of my hip", "sharp pain when i bend", "it hurts in this position",
        "my knee clicks and hurts", "the pain won't go away"],
    "EasierIntent": [
        "i can't reach", "give me a modification", "too intense", "this is too intense",
        "i can't get my knee down that far", "can you regress it", "is there a modification",
        "can i do a simpler version", "a simpler one", "i can't get down there"],
    "HarderIntent": ["give me something more challenging", "can i progress this",
                     "make it more challenging", "i want a challenge", "progress it"],
    "CheckAmountIntent": ["i honestly {amount}", "{amount} maybe", "i guess {amount}",
                          "honestly {amount}"],
    "FlexibilityMobilityIntent": ["mobility vs flexibility what's the deal",
                                  "mobility versus flexibility",
                                  "is flexibility different from mobility"],
    "TightHipSignsIntent": ["how can i tell if i have tight hip flexors",
                            "how do i know if my hip flexors are tight",
                            "what are the signs of tight hip flexors"],
    "WhyTightHipsIntent": ["is sitting all day why my hips are tight",
                           "why do hip flexors get tight", "does sitting make my hips tight",
                           "why do my hip flexors get tight"],
    "WhenToStretchIntent": ["should i stretch on rest days", "is it ok to stretch every day",
                            "how often should i stretch", "when's the best time to do this"],
    "HipMusclesIntent": ["what's the difference between glute med and glute max",
                         "what is the glute medius", "what's the psoas",
                         "what does the glute med do"],
    "StrongHipsIntent": ["why is hip strength important", "what do strong glutes do for running",
                         "does hip strength prevent injury", "why do i need strong glutes"],
    "MobilitySpeedIntent": ["does hip mobility improve speed", "will this help my race times",
                            "will this make me quicker", "can stretching improve my times"],
    "CompensationsIntent": ["do tight hips make you twist your torso",
                            "do tight hips cause bad form", "can tight hips mess up my stride"],
    "RotationItBandIntent": ["is hip rotation related to it band problems",
                             "does hip mobility help with it band issues",
                             "why do tight hips lead to it band trouble",
                             "can hip rotation cause it band pain"],
    "StrengthMobilityIntent": ["do i need strength work as well as stretching",
                               "strength versus mobility which matters more",
                               "how do strength and mobility work together",
                               "is stretching enough or do i need to strengthen",
                               "why combine strength and mobility"],
    "AMAZON.PauseIntent": ["give me a second", "give me a sec", "one sec", "brb", "be right back",
                           "wait up", "hold up", "hold up let me grab my band",
                           "hang on a sec", "pause for a sec", "just a moment", "one minute",
                           "hold that thought", "gimme a second"],
    "AMAZON.ResumeIntent": ["okay back", "back again", "alright let's keep going",
                            "i'm ready now"],
    "AMAZON.NextIntent": ["i'm done with this one", "next stretch please",
                          "let's move on", "on to the next one"],
    "AMAZON.PreviousIntent": ["back one", "go back to the last stretch", "previous stretch",
                              "can we redo the one before", "the one before",
                              "go back one"],
    "AMAZON.RepeatIntent": ["come again", "sorry i didn't catch that",
                            "run that by me again", "i wasn't listening say it again",
                            "can you repeat the instructions", "huh say it again",
                            "what was that", "say that one more time"],
    "AMAZON.StartOverIntent": ["start from the beginning", "begin again", "restart the routine",
                               "let's start from the top", "from the very start"],
    "AMAZON.YesIntent": ["sounds good", "uh huh", "absolutely", "yes let's do it",
                         "go for it", "sure thing", "why not", "that sounds good",
                         "okay let's do that", "yeah let's do that", "let's do it then"],
    "AMAZON.NoIntent": ["nah", "no i'm good", "not now", "no thanks not today", "nope not now"],
    "AMAZON.HelpIntent": ["how does this work", "what can i say", "how do i use this",
                          "what are my options here", "i'm lost", "what can you help with"],
    "AMAZON.StopIntent": ["i'm done", "that's enough", "quit", "exit", "stop the routine",
                          "enough for today", "i'm finished for today", "that's it for today",
                          "i'm done for now", "that's enough for now", "i've had enough",
                          "that'll do for today", "i'm done for today"],
    "AMAZON.CancelIntent": ["cancel that", "scratch that", "nevermind cancel", "forget that"],
}
# And grown from the seen part of the runner corpus (tests/runner_corpus/seen): shapes of what
# runners say, written from its misses by someone who never read its held-out part. Each is a
# kind of line, not a copy of one: a stop with a reason, a yes with praise, a medical question
# about the runner's own situation, a reminder with what it is for.
SAID_BY_RUNNERS: dict[str, list[str]] = {
    "AMAZON.StopIntent": [
        "that's me for tonight", "that's me for tonight i'll finish tomorrow",
        "i'll do the rest tomorrow", "i'll finish the rest tomorrow", "leave the rest for now",
        "leave the rest", "leave the rest for another day", "that's enough for tonight",
        "stop and save my place", "i will stop save where i am", "stop here and save my place",
        "i'll stop save my place",
        "i'm cooked that's me",
        "yeah just stop", "just stop", "stop i'll be late", "just stop i have to go",
        "stop i gotta go",
        "nah just stop for today", "no just stop", "nah stop for today", "no stop for today",
        "i'll stop there", "i'll stop here", "i'm going to stop there", "let's leave it there",
        "let's call it a day", "let's call it there", "call it there", "that'll do",
        "i've got to go", "i have to go", "i need to go", "gotta go", "that's me done",
        "let's wrap it up", "let's finish there", "no more today", "stop stop stop",
        "stop i've got to go", "leave it there for today", "i'm out",
        "right i'm off", "done i'm off", "that'll do i'm off",
        "that's me off", "stop so", "i'll leave it there", "finish", "finish now",
        "gotta bail", "i gotta bail", "my ride's here", "gotta bail my ride's here",
        "ta ra", "cheers ta ra", "ta ra then", "thanks that's all", "that's all thanks",
        "okay finish", "thank you finish", "i'm stopping there", "i'm stopping now"],
    "AMAZON.YesIntent": [
        "ja", "ja okay", "ja ja", "jawohl", "opo", "sige", "sige go", "sige na", "vale",
        "vale vale", "sim", "sim sim", "pode ser", "do the needful", "okay do the needful",
        "haan", "haan ji", "claro", "oui", "oui oui", "tak", "hai",
        "yep righto", "righto", "chur", "chur bro",
        "tidy", "lush", "that's lush", "you betcha", "yes b'y",
        "bonza", "bonzer",
        "let us start", "let us go", "let us do it",
        "start what you suggested", "kindly start what you suggested",
        "do what you suggested", "let's do what you said",
        "it feels good", "that feels good", "feels great", "that feels great", "feels nice",
        "that feels nice",
        "yes na", "stick it on", "yeah fair stick it on", "yeah fair", "let us do them",
        "let us do them now", "let's do them now",
        "let's give her a go", "let's give it a go", "yeah boss", "yeah tidy", "she'll be right",
        "start that one", "okay start that one", "start that one then",
        "let's have it", "alright then let's have it", "let's have it then", "go on let's have it",
        "alright then", "okay then", "yeah okay", "that's grand", "yeah that's grand", "grand",
        "sounds grand",
        "fine", "aye that's fine", "okay fine",
        "do that one", "actually do that one", "let's do that one", "start it anyway",
        "okay start it anyway", "do it anyway",
        "yeah righto", "aye go on", "aye", "yep sweet as", "sweet as",
        "yep perfect", "perfect", "yes perfect", "that's perfect", "spot on", "lovely",
        "brilliant", "great", "yeah go on", "sounds great", "yes go ahead",
        "yeah do it", "do it", "please do", "yeah whatever you reckon",
        "whatever you think", "righto", "yep sounds good", "cool",
        "start it", "okay start it", "start it then", "let's get on with it", "let's get going",
        "let's have a go", "let's give it a go", "give it a go", "let's give it a try", "sweet as",
        "go on then let's do it", "that's right", "that is right", "correct", "that's correct",
        "yes that's correct", "yeah alright",
        "sounds like a plan", "yeah sounds like a plan", "righto sounds like a plan",
        "we do this now", "okay we do this now", "we do it now", "yes we do it",
        "do them with me", "good do them with me", "let's do them together"],
    "AMAZON.HelpIntent": [
        "fine what can you do", "okay what can you do then",
        "what are you for", "so what are you for then", "what are you actually for",
        "what can you actually do", "so what can you do then",
        "what am i supposed to say", "what do i say to this thing", "what can i say to you",
        "how do i talk to you", "what do i say if i want to skip one",
        "what do i say if i want to stop", "what do i say to go back",
        "i've never used this before how does it work", "how do i work this",
        "what am i meant to say", "what do i say if i want a break",
        "what am i allowed to say", "what can i say to you while this is going on",
        "what can i say while it's going", "what can i say during a stretch",
        "what can i say in the middle of one"],
    "AMAZON.NextIntent": [
        "now the other leg", "other leg now", "the other leg now",
        "can we not do this one", "take me to the one after", "on to the one after",
        "leave this one out", "leave that one out", "rather leave that one out",
        "can i do the rest without this one", "do the rest without that one",
        "carry on without that one",
        "cool next", "that's me done with this one", "move on to the next one", "next one then",
        "that one's good move on", "that's good move on",
        "let's keep moving", "right next one", "onwards", "okay next one", "skip this one too",
        "and skip this one too", "skip this one i hate it",
        "just skip that one", "just skip this one", "can we skip this one", "can we skip that one",
        "let's skip this one", "let's skip it", "can i skip this one",
        "we can skip this one", "moving on", "okay moving on", "let's move along",
        "miss this one out", "miss that one out", "can we miss that one out",
        "just miss this one out", "i want the next", "i want the next one",
        "can we carry on with the next one", "carry on with the next one"],
    "AMAZON.PauseIntent": [
        "save my place", "save where i am", "save my spot", "save it here",
        "can we pause a little", "pause a little", "i want a break", "i need a break",
        "pause pause", "oh shoot pause", "pause pause pause", "quick pause", "oh pause",
        "freeze", "freeze it", "freeze that", "freeze a sec",
        "hang fire", "hold fire", "give us a sec", "two secs", "back in a sec",
        "hang on the dog needs me", "my phone's ringing hang on", "pause a sec",
        "hang about", "hang about a sec", "i need a breather", "pause it again",
        "hold up a sec", "hold up a minute"],
    "AMAZON.ResumeIntent": [
        "get going again", "let's get going again",
        "all good continue", "all good keep it going",
        "false alarm", "false alarm let's go", "false alarm we're good", "false alarm carry on",
        "never mind carry on", "never mind let's carry on", "actually never mind carry on",
        "fine carry on then", "right okay carry on", "okay carry on then",
        "sorry let's keep going", "right sorry let's keep going",
        "can we keep going from where we were", "keep going from where we were",
        "it's eased off can we pick up again", "can we pick up again", "pick up again",
        "please go on with the stretch", "go on with the stretch",
        "it's gone can we keep going", "okay it's gone now", "okay sorry carry on", "okay go",
        "right go", "okay i'm back", "carry on then",
                            "can we carry on", "okay keep going"],
    "MedicalQuestionIntent": [
        "i had a baby a few months ago is it okay for me to do these",
        "i had a baby recently can i do these", "i've just had a baby is it safe to do these",
        "should i pull out of the race", "should i pull out of my race",
        "should i drop out of the race", "should i pull out of sunday's race",
        "should i skip my race", "should i not start the race",
        "can i still run my race on it next week", "can i still run the race next week",
        "it's been three days now and it's getting worse",
        "it's been a few days and it's not getting better", "it's worse going downhill",
        "can i still do my training tomorrow with it", "can i still train with it like that",
        "can i still do my race with it like that",
        "what kind of specialist should i see", "what specialist should i see",
        "should i be running on it", "should i keep running on it",
        "should i be running on it this weekend",
        "who should i ask", "who should i be asking then", "who would i ask then",
        "who do i see about it", "who should i see about it", "who can i ask about that",
        "should i ask my midwife", "should i ask my doctor", "should i ask my physio",
        "who would i ask then my midwife", "so who do i talk to about it", "who should i talk to",
        "is it safe to still do the session", "should i still do the session",
        "is it safe to still train", "is it safe to train today",
        "would icing it help", "should i ice it or heat it", "will ice help",
        "my dad had a hip replacement can he do these", "is this okay with a hip replacement",
        "can i do these with a hip replacement", "should i still do my stretches",
        "should i still stretch", "is it okay to stretch on it",
        "i'm pregnant", "i'm pregnant is it safe", "i'm {weeks} weeks pregnant",
        "can i stretch while pregnant", "is it safe to stretch when pregnant",
        "is this safe for me", "is it safe for me", "i have a hip replacement",
        "can i stretch with a hip replacement", "i had hip surgery",
        "i had surgery on my hip", "i'm on blood thinners", "can i stretch on blood thinners",
        "i had a cortisone injection", "when can i start stretching again",
        "i got a cortisone shot", "i had a cortisone shot in my hip",
        "am i alright to stretch yet", "am i okay to stretch yet",
        "when can i stretch again", "should i keep running till i get it checked",
        "should i get that looked at", "should i get it looked at",
        "should i be worried about that", "should i be worried",
        "do i need to get it looked at", "should i get this checked", "is that a nerve thing",
        "is it a nerve", "what's that likely to be", "what could that be", "what is it",
        "can i still race", "can i still race in {weeks} weeks",
        "should i still do my long run", "will stretching make it worse",
        "is stretching going to make it worse", "is it bad that i can't sit cross legged",
        "what's causing it", "is it serious"],
    "MobilitySpeedIntent": [
        "will this hip stuff make me any faster", "will all this stuff make me faster",
        "why do my hips matter on the downhills", "why do hips matter on descents",
        "what would help my hips on the climbs", "how do my hips help on the climbs",
        "do my hips matter for downhill running", "why do my hips even matter when i run",
        "does stretching help you get faster", "will stretching really help me get faster",
        "does stretching make you faster"],
    "HipMusclesIntent": [
        "what exactly are these hip flexors", "what exactly are the hip flexors",
        "how many glutes are there", "the glutes there's three of them right",
        "the hip flexors which muscle is that", "which muscle is the hip flexor exactly",
        "there's three glutes right", "how many glute muscles are there",
        "which muscles are we talking about", "what muscles are we talking about",
        "what is meaning of hip flexors", "what does hip flexors mean",
        "what are hip flexors exactly", "what are the hip flexors exactly",
        "what muscles actually make up the hip", "what's the hip made of",
                         "which muscles make up my hips"],
    "EquipmentIntent": [
        "and instead of a {kit}", "instead of a {kit}", "what instead of a {kit}",
        "can i use my {kit} for it", "can i use the {kit} for this one",
        "should i put a {kit} under my knee", "do i need a {kit} under my knee",
        "i only have a {kit} will that work", "i only have a water bottle at home will that work",
        "will that work instead", "can i use a bedsheet",
        "do i need to buy a {kit}", "do i have to buy a {kit}", "do i have to have a {kit}",
        "do i gotta have a {kit}", "is it necessary to buy something", "what do i need to buy",
        "can i use something from around the house", "i don't have a {kit} what can i use",
        "what material do i need",
        "is the {kit} obligatory", "is a {kit} necessary", "is one {kit} enough",
        "what kit do you recommend", "what's the basic kit", "what basic kit do i need",
        "what would i even use them for", "what do i use them for",
        "what do you recommend for kit",
        "what would i normally need", "what would i need normally", "what would i usually need",
        "is a {kit} worth it",
        "what would you get if you were only buying a couple of things", "what should i buy first",
        "if i only get one thing what should it be", "can a {kit} do a similar job",
        "can i put a {kit} under it", "can i use a {kit} instead", "does a {kit} work",
        "what weight should i use", "what weight should i be using", "how heavy should i go",
        "what's the point of a {kit}", "what's the point of the {kit}",
        "i've only got a {kit} does that work", "will a {kit} do"],
    "TightHipSignsIntent": ["how do i know if my hips are actually tight",
                            "are my hips actually tight", "how can i tell if it's my hips"],
    "SuggestRoutineIntent": [
        "which stretch will sort this out for me", "which stretch will help with that",
        "what's the gentlest thing you've got", "what's the gentlest routine",
        "what's a good one to start with", "which one should i start with",
        "what's the easiest routine", "what do you reckon i should do",
        "what's good before i head out", "what's good before a run", "what's good after a run",
        "what can i squeeze in", "what can i fit in", "what's good for {minutes} minutes",
        "i have only {minutes} minutes", "i have only got {minutes} minutes"],
    "StretchInfoIntent": [
        "what does it mean if i can't", "what does it mean if my knee can't touch the floor",
        "what does it mean if i can't get my leg up", "what does it mean if i tip backwards",
        "what does it mean if my hip won't open",
        "what does it mean if i can't squat all the way down",
        "what does that say about me",
        "what does that say about my hips", "what does this test show",
        "what is this test showing", "what does it mean if my knee stays high",
        "is this the one for the inner thigh", "is this the one for my glutes",
        "is this the one for the hip flexors", "is this the one for my hamstrings",
        "is this one for my glutes", "is this one for my hamstrings",
        "is this one for my hip flexors", "is this one for the quads", "is this one for my groin",
        "is this one for my hips",
        "is this one meant to be in my quads or my hips",
        "and the {stretch} thing what does that stretch", "what does the {stretch} thing stretch",
        "the {stretch} thing what does it stretch",
        "which stretch is this and what's it doing for me",
        "what stretch have we got here and what does it do",
        "what's it doing for me", "what is it doing for me", "and what's it doing for me",
        "what's this one meant to be stretching", "what is this meant to stretch",
        "what's this meant to be stretching", "what's this one supposed to stretch",
        "what's this test telling me", "what's this one checking", "what's this test for",
        "what is this test checking",
        "should i feel this in my {stretch}", "is this meant to be in my glute or my hamstring",
        "where am i meant to feel this", "is this one hitting those"],
    "HowToIntent": [
        "what's the right way to do this one", "what's the proper way to do this",
        "what's the correct way to do this one", "what's the right way to do it",
        "what am i meant to be feeling in this one", "what am i meant to be feeling",
        "what am i supposed to be feeling in this one",
        "where am i supposed to be feeling this",
        "how big should the movement be", "how big should the movement be on this",
        "how far should i go on this one",
        "do i keep my feet together on this", "should my back be touching the floor",
        "should my back be flat", "do i come out of it slowly", "how do i come out of it",
        "is it meant to be this hard to relax into", "how far should i go",
        "where do my hands go", "should my knee be on the floor", "am i doing this right",
        "faster or slower", "should i go faster or slower", "how fast should i go",
        "how fast do i do these",
        "how does it go again", "how does this one go again",
        "which arm do i reach up with", "which arm goes up", "does my foot stay on the ground",
        "does my foot stay down", "do my feet stay on the floor",
        "what do i do with my leg", "what do i do with the other leg",
        "what must i do with the leg", "what do i do with my arms",
        "do i swing the leg forward and back", "do i swing my leg across me"],
    "SetHoldTimeIntent": [
        "actually longer like {duration}", "longer like {duration}", "like {duration}",
        "actually {duration}",
        "yeah nah make it {duration}", "nah make it {duration}",
        "set my holds to that", "can you set my holds to that", "set the holds to that",
        "make my holds that long",
        "can the holds be {duration} instead", "can the holds be {duration}",
        "can my holds be {duration}", "can the holds be {seconds} seconds instead",
        "i want {duration} holds", "{duration} holds from now on",
        "i want {duration} holds from now on", "give me {duration} holds",
        "set them to {duration}", "can you make them {duration}", "make them {duration}",
        "can we do {duration}", "hold them for {duration}", "make that {duration}",
        "no make that {duration}", "actually make it {duration}", "i meant {duration}",
        "no i meant {duration}"],
    "ProgressIntent": [
        "how am i doing this week", "how's my week looking", "how's my week been",
        "how's this week looking", "how am i tracking", "how am i tracking this week",
        "how am i getting on this week", "how i'm getting on this week",
        "how am i going this week"],
    "StreakIntent": [
        "what's my longest streak been", "what's my streak been", "how long has my streak been",
        "how's my streak looking", "what's my streak at", "how am i tracking with my streak",
        "how's the streak going"],
    "EasierIntent": [
        "something simpler", "a simpler one",
        "something less intense",
        "give me the gentler version", "give me the easier version", "give me the easy version",
        "give me the easy one", "give me the gentle version", "give me the gentler one",
        "go back to the easy version", "back to the easier version", "go gentler",
        "a softer version", "the softer version", "a less strong version",
        "less intense please", "is there an easier way to do this",
        "is there an easier way of doing this", "is there something else i can do",
        "something gentler", "a gentler version please",
        "can we do something gentler", "can we do something easier", "can i do something gentler",
        "more easy version please", "an easy version please", "this is difficult for me",
        "is there another way", "is there another way to do this",
        "this position is difficult for me", "it's difficult for me",
        "carry on but gentler", "can we carry on but a bit gentler", "keep going but easier",
        "i can't kneel on this", "i can't get my knee to the floor",
        "i can't get down that low", "can't do that version go back to the easier one",
        "a lighter version", "give me a lighter version", "lighter please"],
    "HarderIntent": [
        "something more intense", "something more difficult", "something more hard",
        "a more difficult one", "a more intense one", "more intense", "more hard",
        "give me something more hard", "this is too easy for me give me something more hard",
        "i feel almost nothing can it be harder", "i barely feel anything can it be harder",
        "i feel nothing make it harder",
        "give me something tougher", "this isn't doing anything for me",
        "bump it up a notch", "crank it up a notch", "kick it up a notch", "this is too cruisy",
        "give me more difficult", "it is too simple for me", "this is too simple",
        "i can do more hard",
        "give me the harder version", "give me the harder one",
        "give me the hard version", "the hard version", "the hard one", "the hard one please",
        "the tough version",
        "this is way too easy",
        "too easy give me the hard one",
        "can i go deeper", "can i go a bit deeper", "how do i go deeper", "can i push it further",
        "how do i make it harder", "can i make it harder"],
    # Why stretches are held after a run and not before, asked of the routine under way, and
    # the same asked again of the other side of the run.
    "WhenToStretchIntent": [
        "and after running", "i see and after running", "and after running what do i do",
        "and before running",
        "and for after the run", "and what about after the run",
        "why do we hold these after a run", "why do we hold stretches after a run",
        "why do we hold them after running", "what about after a run", "and after a run",
        "what about before a run", "and before a run",
        "is this good before the run or better after", "is this better before or after a run",
        "how come we're not holding anything", "why aren't we holding these",
        "how come we're not holding these",
        "and after the run", "what about after the run", "and before the run",
        "what about before the run"],
    # Where it is sore, said as a place on the leg or hip.
    "PainIntent": [
        "my hip is about to go", "feels like my hip's about to go", "my hips is about to go",
        "feels like my hips's about to go", "my knee is about to go",
        "feels like my knee's about to go", "my knees is about to go",
        "feels like my knees's about to go", "my back is about to go",
        "feels like my back's about to go", "my groin is about to go",
        "feels like my groin's about to go", "my hammy is about to go",
        "feels like my hammy's about to go", "my hamstring is about to go",
        "feels like my hamstring's about to go", "my calf is about to go",
        "feels like my calf's about to go", "my ankle is about to go",
        "feels like my ankle's about to go", "my glute is about to go",
        "feels like my glute's about to go", "my quad is about to go",
        "feels like my quad's about to go", "my achilles is about to go",
        "feels like my achilles's about to go",
        "that's nasty", "that's horrible", "that's awful",
        "that feels horrible", "that is awful",
        "that is horrible", "this feels awful on my knee", "that does not sit right with my hip",
        "my groin is not happy", "my groin isn't happy", "my knees aren't happy",
        "my foot is falling asleep", "my leg has fallen asleep", "my foot has gone to sleep",
        "yikes", "that is nasty", "my hip says no", "that is a no from my hamstring",
        "oof not good", "i have done something to my calf",
        "feels like my hamstring is about to go", "this made it worse", "my knee feels worse",
        "my hammy is cooked", "my hamstring is cooked", "my knee is cooked", "my groin is cooked",
        "my hip is cooked",
        "my knee ached", "my hip is achin", "my knee is hurtin", "soreness in my hip",
        "it is getting sorer", "achiness in my knee", "it bothers my knee",
        "it is irritating my hip", "irritation in my knee", "i winced", "feels like a sprain",
        "my knee is buckling", "it is numbing my foot", "my foot numbed", "it zings down my leg",
        "it shocks down my leg", "feels like it is impinging", "it is a bit stingy",
        "my hip is burny", "my knee feels tweaky",
        "is this meant to pinch", "is this meant to hurt", "is it meant to pinch like that",
        "is this where i am meant to feel the pain", "is this meant to sting",
        "should it pinch like this", "is this meant to pinch the front of my hip",
        "i have come over all dizzy", "feeling dizzy lying here", "i have gone a bit dizzy",
        "that made me wince", "i am wincing", "my knee is bothering me", "my hip is bothering me",
        "something is popping", "i think i sprained it", "my knee buckled",
        "felt a shock down my leg", "my hip is irritated", "the soreness is getting worse",
        "it is jarring my knee", "my back is twingy",
        "this one hurts", "this one stings", "this one is a bit sharp", "this one is sore",
        "this one pinches my hip", "ow this one", "this one is killing my knee",
        "bit spicy this one", "this one is spicy on my knee", "this one is a bit much on my groin",
        "pain hamstring stop", "pain hip stop", "pain groin stop", "pain knee stop",
        "pain back stop", "pain glute stop", "hamstring pain stop", "hip pain stop",
        "groin pain stop", "knee pain stop", "back pain stop", "glute pain stop", "pain stop",
        "ow hamstring stop", "ow hip stop", "ow groin stop", "ow knee stop", "ow back stop",
        "ow glute stop", "pain in my hamstring stop", "pain in my hip stop",
        "pain in my groin stop", "pain in my knee stop", "pain in my back stop",
        "pain in my glute stop", "stop hamstring pain", "stop hip pain", "stop groin pain",
        "stop knee pain", "stop back pain", "stop glute pain", "pain pain stop",
        "it's sore at the back of my leg", "sore at the back of my knee",
        "really sore at the front of my hip", "sore on the outside of my hip",
        "that's sore at the back of my thigh", "sore down the side of my leg",
        "my knee does not like this position", "nope my knee does not like this at all",
        "i don't like the feeling in my knee", "my hip feels unstable", "yeah nah that's hurting",
        "yeah nah that hurts",
        "my hip feels tight and a bit numb", "it's tight and a little bit numb",
        "my leg is tight and tingling", "there's a tingling going down my leg",
        "there's a tingling down the back of my leg", "my hammy's pulling a bit funny",
        "that doesn't feel right in my back", "my hip is pulling funny",
        "my knee is pulling odd", "my groin is pulling strange", "my knees don't feel right",
        "my back isn't feeling right",
        "my hip really does not like this", "my knee does not like this one bit"],
    # Fragments: how long, said alone mid-hold, is how long is left.
    "WhatsLeftIntent": [
        "how much of the whole thing is left", "how much of the routine is left",
        "how much more of this is there", "how much more is there altogether",
        "how much of it is left", "how long", "how long now", "how long's left on this",
        "how long do i have to stay like this", "how long have i got to stay here",
        "how much longer do i stay down here", "how many tests remain",
        "how many are remaining", "how many tests are left"],
    "DoseIntent": [
        "how long do i hang here", "how long do i hang in this", "how long i hang here",
        "how long should i hang here",
        "do i hold it for long", "do i hold that for long", "do i hold this for long",
        "is it a long hold",
        "how many repetitions do i have to do", "how many reps do i have to do for this one",
        "how long again", "how long do i hold it again", "how long is this one again",
        "that one's fine how long do i hold it", "this one's better how long do i hold it",
        "okay that's fine how long is the hold", "how long must i hold this",
        "how long do i hold this one",
        "both sides or just the one", "is it both sides or just the one",
        "is this one both sides or just one",
                   "how long should i hold this one"],
    "CancelRemindersIntent": ["cancel them all", "delete them all",
                              "yes cancel them all", "get rid of them all"],
    "WhereAmIIntent": [
        "is this the kneeling one", "is this the psoas one", "is this the sitting one",
        "is this the kneeling one or the sitting one", "is this the pigeon one",
        "is this the couch one", "is this the squat one", "is this the right stretch",
        "is this the lying one", "sorry where was i", "where were we", "okay where was i",
        "what were we up to", "where were we up to", "sorry what were we up to",
        # asking its name
        "what's it called", "what's this one called", "what's the name of this one",
        "what do you call this one", "what's this stretch called", "what was that one called"],
    "ListRoutinesIntent": ["what else is there", "nah what else is there",
                           "what else have you got", "what other ones are there",
                           # after pain: what else there is, away from what hurt
                           "what could i do that wouldn't bother it",
                           "what else could i do that doesn't go near it",
                           "what can i do that spares it",
                           "is there something that doesn't use that leg",
                           "what kinda routines you got", "what routines have you got",
                           "what kind of routines you got",
                           "what can i do in its place", "what should i do in its place",
                           "what should i do instead",
                           "is there something else i could do in place of this one"],
    "SetReminderIntent": [
        "and {day} at {time} as well", "and {time} as well", "{day} at {time} as well",
        "also {day} at {time}", "and also {day} at {time}",
        "yeah nah make it {repeat}", "make it {repeat} not just the once",
        "{repeat} not just once",
        "yeah nah make it {time}", "nah make it {time}",
                          "nah make it {time} instead", "around {time}", "at around {time}",
                          "at about {time}", "say around {time}"],
    "AMAZON.NoIntent": [
        "nah not right now",
        "something different", "i want something different", "not right now",
                        "no not right now",
                        "something different today", "a different one today",
                        "i fancy something different", "yeah nah", "yeah nah not now",
                        "yeah nah i'm good"],
    "AdjustHoldIntent": [
        "change my holds", "change the holds", "adjust the holds", "adjust my holds",
        "holds {change}", "the holds are {change}", "holds are {change}", "cut them {change}",
        "can you cut them {change}", "cut the holds {change}",
        "can you cut the holds {change} a bit", "{change} the holds",
        "hold is {change} for me", "the hold is {change} for me", "this hold is {change}"],
    "WhichLegIntent": [
        "the other leg or the same", "is it the other leg or the same one",
        "now the other leg or the same one",
        "when do i swap over", "when do i swap sides", "when do i switch sides",
                       "when do i change legs", "when do i do the other side",
                       "when do i switch over"],
    "StartRoutineIntent": [
        "start me the {routine}", "now start me the {routine}", "chuck on the {routine} for us",
        "want to do the {routine} today",
        "book me in for the {routine} now", "book me in for the {routine}",
                           "put me down for the {routine}"],
    "HipsProgressIntent": [
        "what did the hip tests say last time", "what did my tests say last time",
        "how my hips are looking", "how are my hips looking these days", "how are my hips then",
        "how are my hips now", "how are my hips doing these days",
        "tell me how my hips are looking", "did the tests get better", "have my tests got better",
                           "have my test results improved", "did my hips improve",
                           "did my check results get better"],
    "ResumeRoutineIntent": [
        "continue where i stopped", "continue where i stop", "carry on from where i stopped",
        "finish off yesterday's stretches", "finish yesterday's routine",
                            "can we finish off yesterday's"],
    "InjuryIntent": [
        "is it a myth that stretching prevents injuries",
        "does stretching really prevent injury or is that a myth",
        "does stretching keep injuries away", "does all this stretching keep injuries away"],
    "HomeTestsIntent": [
        "which tests show if my hips move well at home",
        "what are the tests to see if my hips move well"],
    "WhyTightHipsIntent": [
        "why are mine so tight", "why are my hips so tight when i sit all day"],
    "WhyMobilityMattersIntent": [
        "why is that a big deal for running", "why does that matter for running"],
    "AMAZON.PreviousIntent": [
        "go back i missed that one", "wait go back i missed that", "go back i missed it",
        "hang on go back", "hold on go back one", "wait go back one"],
    "RunToldIntent": [
        "i'm after {distance} {unit}", "i'm after {distance} {unit} this {part}",
        "i'm after a {race}", "i'm after {duration} on the {terrain}"],
    "ListRemindersIntent": [
        "what reminders have i got", "which reminders have i got",
        "what reminders have i got set", "have i got any reminders", "what reminders are on"],
}
# A request opened with a word of assent ("okay yeah stop", "righto, do the quick one then",
# "yeah that's alright now, what's next"): the assent says nothing of which request it is, so
# each request here is taught after the openers in turn, and an opener alone stays a yes.
_ASSENT = ["okay", "yeah", "alright", "righto", "right", "yeah okay", "okay then", "fine",
           "yeah righto", "cool"]
_AFTER_ASSENT = {
    "AMAZON.StopIntent": ["stop", "stop there", "that's enough", "i'm done"],
    "AMAZON.NextIntent": ["next", "next one", "next test", "skip this one"],
    "AMAZON.PauseIntent": ["pause", "hang on a sec"],
    "AMAZON.RepeatIntent": ["say that again", "repeat that"],
    "AMAZON.PreviousIntent": ["go back one", "back to the last one"],
    "AMAZON.StartOverIntent": ["start over"],
    "WhatsNextIntent": ["what's next", "what's after this"],
    "StartRoutineIntent": ["do the {routine} then", "let's do the {routine}",
                           "start the {routine}", "the {routine} it is"],
    "EasierIntent": ["make it easier", "the gentler one then"],
    "HarderIntent": ["make it harder"],
    "WhereAmIIntent": ["where am i"],
    "DoseIntent": ["how long do i hold this"],
}
_OPENERS = iter(_ASSENT * 10)
SAID_AFTER_ASSENT = {intent: [f"{next(_OPENERS)} {request}" for request in requests
                              for _ in range(2)]
                     for intent, requests in _AFTER_ASSENT.items()}
for _intent, _samples in [*SAID_MORE.items(), *SAID_BY_RUNNERS.items(),
                          *SAID_AFTER_ASSENT.items(), *SAID_IN_OTHER_WORDS.items()]:
    _target = CUSTOM_INTENTS.get(_intent)
    _before = _target["samples"] if _target else BUILT_IN_SAMPLES.get(_intent, [])
    _grown = list(dict.fromkeys([*_before, *_samples]))
    if _target:
        _target["samples"] = _grown
    else:
        BUILT_IN_SAMPLES[_intent] = _grown

# A worry about the exercise being held, in the runner's own words after a carrier phrase ("is
# it normal that my leg is shaking", "my heels lift, is that okay"): no list of values could
# hold them, so the words come as a phrase slot, and the skill answers with how the exercise
# should look and feel, or with the pain answer where the words say hurt (PainHandler).
_WORRY_BEFORE = ["is it normal {worry}", "is it normal that {worry}", "is it normal for {worry}",
                 "is it normal to {worry}", "is it okay that {worry}", "is it okay if {worry}",
                 "is it alright if {worry}", "is it fine if {worry}", "is it bad that {worry}",
                 "is it bad if {worry}", "is it a problem if {worry}", "does it matter if {worry}",
                 "does it matter that {worry}", "what if {worry}", "what happens if {worry}",
                 "what do i do if {worry}", "what should i do if {worry}",
                 "what do i do with my {worry}", "where do i put my {worry}",
                 "is it meant to {worry}", "is it supposed to {worry}", "is this meant to {worry}",
                 "is this supposed to {worry}", "am i meant to {worry}",
                 "am i supposed to {worry}", "should it {worry}", "should i be {worry}",
                 "why does my {worry}", "why is my {worry}", "how do i stop my {worry}",
                 "how do i keep my {worry}", "is it wrong that {worry}", "is it wrong if {worry}",
                 "is my {worry}", "should my {worry}", "is it okay my {worry}"]
# A worry told, not asked ("my heels keep lifting", "i can only get halfway down"): carriers so
# short that they start many other lines too, so they take the words only where nothing else
# fits (skill.simulator.matching).
WORRY_TOLD = ("my", "i think my", "i can only", "have i got")
_WORRY_AFTER = ["{worry} is that normal", "{worry} is that okay", "{worry} is that alright",
                "{worry} is that right", "{worry} is that bad", "{worry} is that bad form",
                "{worry} is that a problem", "{worry} does that matter", "{worry} is this normal",
                "{worry} is that wrong", "{worry} should i worry", "{worry} am i doing it wrong",
                "{worry} what am i doing wrong", "{worry} is that how it should be",
                # and asked as a tag, as many Englishes do ("pulling in my thigh, normal, yes?")
                "{worry} is it fine", "{worry} is that fine", "{worry} is it okay",
                "{worry} is it normal", "{worry} that is normal no",
                "{worry} that is fine no", "{worry} thats fine right", "{worry} thats normal right",
                "{worry} i think this is how it should be"]
CUSTOM_INTENTS["FormQuestionIntent"] = {"slots": {"worry": PHRASE},
                                        "samples": _WORRY_BEFORE + _WORRY_AFTER
                                        + [f"{carrier} {{worry}}" for carrier in WORRY_TOLD]}

# What a routine holds and how long it takes, named or the one just offered or playing.
CUSTOM_INTENTS["RoutineContentsIntent"] = {
    "slots": {"routine": ROUTINE},
    "samples": cross(["what's in", "what is in", "what exercises are in", "what stretches are in",
                      "how long is", "tell me what's in",
                      "what do i do in", "what's inside", "what is inside"],
                     ["{routine}", "the {routine}", "the {routine} routine"])
    + ["tell me about the {routine} one", "tell me about the {routine} routine"]
    + ["what does {routine} involve", "what does the {routine} routine involve",
       "how long does the {routine} routine take", "how long does {routine} take",
       "what would that involve", "what does that involve", "how long's that gonna be",
       "how long is that gonna take", "what's in it", "what's in that",
       "what's in that one", "what's in this routine", "what's in this one",
       "how long does it take", "how long does that take", "how long would that take",
       "is that going to take long", "is it long", "how long is that routine",
       "what exercises are in it", "what stretches are in it", "which stretches are in it",
       "what does it involve", "what's in the routine", "tell me what's in it",
       "can you tell me what's in it", "how long will that take", "how long will it take",
       "what is inside that routine", "what's inside it",
       # whether the one offered is the one named
       "is that the {routine} one", "is that the {routine}", "is that the {routine} routine"],
}

# "Connect my assistant": a one-time code for the assistant's link_alexa tool (skill.store.links).
CUSTOM_INTENTS["ConnectAssistantIntent"] = {
    "slots": {},
    "samples": ["connect my assistant", "link my assistant", "connect my ai assistant",
                "link my ai assistant", "give me a code for my assistant",
                "give me a link code", "connect home assistant", "link home assistant",
                "share my streak with my assistant",
                "i want to use hip coach in my assistant", "get a code for my assistant",
                "pair my assistant", "connect another app"],
}

# A question that carries on the talk ("and how long do i hold it", "so what's this one for",
# "okay but why does that matter"): the opener says nothing of which question it is, so every
# question is taught after the openers in turn (its first samples, as written above), and no
# opener leans towards one question.
_CARRY_ON = ["and", "so", "okay so", "right so", "but", "um", "oh and", "okay and", "hmm so",
             "okay but", "wait", "and so"]
_QUESTIONS = ["StretchInfoIntent", "HowToIntent", "DoseIntent", "FormQuestionIntent",
              "AdviceIntent", "EquipmentIntent", "RoutineContentsIntent", "WhereAmIIntent",
              "WhichLegIntent", "WhatsNextIntent", "WhatsLeftIntent",
              "HipMusclesIntent", "MedicalQuestionIntent", "ProgressIntent", "HipsProgressIntent",
              "StreakIntent", "SuggestRoutineIntent", "ListRoutinesIntent",
              *(topic.intent for topic in TOPICS)]
_SAID_ANYWHERE = {sample for spec in CUSTOM_INTENTS.values() for sample in spec["samples"]}
_OPENED = iter(_CARRY_ON * len(_QUESTIONS) * 4)
for _intent in dict.fromkeys(_QUESTIONS):
    _spec = CUSTOM_INTENTS[_intent]
    _opened = [f"{next(_OPENED)} {sample}" for sample in _spec["samples"][:4]]
    _spec["samples"] = [*_spec["samples"],
                        *(said for said in _opened if said not in _SAID_ANYWHERE)]
