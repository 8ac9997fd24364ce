"""How runners say things: each intent's sample utterances and the slots they fill.

Samples are built from carrier phrases crossed with the ways people name a thing ("my", "the",
"some", plurals), so the model covers word orders nobody wrote out one by one. Intent and slot
names of the first wave are fixed (external tools drive the skill by them); later intents add
what runners ask that the first wave had no intent for. Every sample must route to its own
intent with every slot value (tests/test_interaction_model.py expands them all).
"""

from __future__ import annotations

from itertools import product

ROUTINE, STRETCH, AREA = "RoutineName", "StretchName", "BodyArea"
MOMENT, CHANGE, SIDE = "RunMoment", "HoldChange", "SideAnswer"
AMOUNT, KIT, POSITION = "CheckAmount", "KitName", "ListPosition"
REPEAT = "ReminderRepeat"
DATE, TIME = "AMAZON.DATE", "AMAZON.TIME"  # Alexa resolves them to ISO dates and HH:MM


def _reminder_samples() -> list[str]:
    """Asking for a reminder to stretch: a day and a time, a repeat and a time, or either part
    alone (the skill asks for the rest)."""
    asks = ["remind me to stretch", "remind me to do my stretches", "remind me to do my hips",
            "set a stretch reminder", "set a reminder to stretch", "remind me",
            "remind me to stretch after my long run", "remind me to stretch after my run",
            "set a reminder", "can you remind me to stretch"]
    whens = ["on {day} at {time}", "{day} at {time}", "at {time} on {day}", "at {time}",
             "on {day}", "{repeat} at {time}", "{repeat}"]
    return asks[:6] + cross(asks, whens)


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
                "go through", "lead me through"]
    # A bare name answers the skill's own "which routine?".
    answers = ["{routine}", "the {routine}", "the {routine} one", "{routine} please",
               "{routine} routine", "{routine} stretches", "my {routine}", "my {routine} routine",
               "the {routine} routine please", "let's go with {routine}",
               "i'll do {routine}", "i'll take the {routine} one"]
    plain = ["start a routine", "start my stretches", "start a workout", "let's stretch",
             "i want to stretch", "stretch with me", "start stretching", "begin a routine",
             "let's get started", "let's get stretching", "give me a routine",
             "give me a stretch routine", "can you give me a routine",
             "can you give me a stretch routine", "i want a routine", "start a stretch routine"]
    return cross(carriers, things) + answers + plain


def _stretch_questions(templates: list[str], context: list[str]) -> list[str]:
    """Each template with "{stretch}" and "the {stretch}", plus questions about the stretch
    playing ("this one", "it")."""
    return [t.format(s=s) for t in templates for s in ("{stretch}", "the {stretch}")] + context


def _pain_samples() -> list[str]:
    """The ways runners say something hurts, pinches, is sharp or feels wrong, with and without
    a body part, and the questions that ask for a diagnosis."""
    parts = ["hip", "hips", "knee", "knees", "back", "lower back", "groin", "hamstring",
             "glute", "butt", "it band", "ankle", "foot", "leg", "thigh", "side of my hip",
             "front of my hip", "hip flexor", "quad", "calf"]
    about_part = ["my {part} hurts", "my {part} is hurting", "pain in my {part}",
                        "i have pain in my {part}", "i feel pain in my {part}",
                        "sharp pain in my {part}", "my {part} is killing me",
                        "something pinched in my {part}", "my {part} feels wrong",
                        "my {part} twinged", "what's wrong with my {part}",
                        "why does my {part} hurt", "is something wrong with my {part}",
                        "did i hurt my {part}", "i think i hurt my {part}",
                        "i tweaked my {part}", "my {part} is sore"]
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
             "it aches badly", "i can't it hurts", "it hurts too much", "it hurts when i do this"]
    return plain + [template.format(part=part) for template in about_part for part in parts]


CUSTOM_INTENTS: dict[str, dict] = {
    "StartRoutineIntent": {"slots": {"routine": ROUTINE}, "samples": _routine_samples()},
    "StretchInfoIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["what does {s} target", "what does {s} work", "what muscles does {s} work",
             "what muscles does {s} stretch", "what does {s} stretch", "what is {s} good for",
             "what's {s} good for", "why do {s}", "why should i do {s}", "tell me about {s}",
             "which muscles does {s} hit", "what does {s} help with", "what is {s} for",
             "what part of my hip does {s} work", "is {s} good for my hips"],
            ["{stretch}", "the {stretch}", "about {stretch}", "about the {stretch}",
             "what does this target", "what does this stretch target", "what does this one work",
             "what does it work", "what does it target", "what muscles does this work",
             "what is this good for", "what's this stretch for", "what does the current one target",
             "what muscles am i stretching", "what am i stretching", "what is this stretch doing",
             "what does this one stretch", "why am i doing this"]),
    },
    "HowToIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["how do i do {s}", "how do you do {s}", "how to do {s}", "explain {s}",
             "walk me through {s}", "describe {s}", "teach me {s}", "show me how to do {s}",
             "how should i do {s}", "what are the steps for {s}", "remind me how to do {s}",
             "give me the cues for {s}", "how do i get into {s}", "what's the form for {s}"],
            ["how do i do it", "how do i do this", "how do i do that", "how does it go",
             "how do i do this one", "how do i do this stretch", "remind me how",
             "how does this one go", "explain this one", "what position should i be in",
             "how do i get into position", "what are the steps", "how should i be positioned"]),
    },
    "DoseIntent": {
        "slots": {"stretch": STRETCH},
        "samples": _stretch_questions(
            ["how long do i hold {s}", "how long should i hold {s}", "how long is {s}",
             "how many reps of {s}", "how many reps for {s}", "how many {s} should i do",
             "how long do i do {s} for", "how many times do i do {s}", "how long for {s}"],
            ["how long do i hold this", "how long do i hold it", "how many reps",
             "how long is this hold", "how many should i do", "how long do i hold this one",
             "how many reps is this"]),
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
                    "what are the options", "more routines"],
    },
    "ResumeRoutineIntent": {
        "slots": {},
        "samples": ["resume my routine", "resume my stretches", "pick up where i left off",
                    "carry on with my routine", "continue my routine", "continue my stretches",
                    "go back to my routine", "continue where i left off", "resume my session",
                    "keep going", "let's keep going", "go", "let's go", "go ahead", "ready",
                    "i'm ready", "ready to go", "i'm set", "all set", "i'm in position",
                    "let's continue", "okay let's go", "i'm back", "back to my stretches",
                    "finish my routine", "finish my stretches", "get back to my routine",
                    "on we go", "let's carry on", "resume the routine", "continue the routine"],
    },
    "ProgressIntent": {
        "slots": {},
        "samples": ["how am i doing", "what's my streak", "what is my streak", "how is my streak",
                    "show my progress", "what's my progress", "how many sessions have i done",
                    "how many sessions this week", "how many times have i stretched",
                    "what's my best streak", "how many days in a row", "am i on a streak",
                    "how many routines have i done", "give me my stats", "my stats",
                    "my progress", "what have i done this week", "how's my progress",
                    "tell me my progress", "check my progress", "how consistent have i been",
                    "what's my record", "how many days have i stretched",
                    "how many stretching sessions have i done", "how is my progress",
                    "how have i been doing", "what's my history", "how many this week",
                    "did i stretch yesterday", "how long is my streak",
                    "how many sessions have i done this week", "how is my streak going",
                    "how am i getting on", "how many times this week", "how are my hips",
                    "how are my hips doing", "how is my mobility", "how's my mobility",
                    "how did my last check go", "what did my check find",
                    "have my hips improved", "are my hips getting better"],
    },
    "SetHoldTimeIntent": {
        "slots": {"seconds": "AMAZON.NUMBER"},
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
                    "holds of {seconds} seconds", "set my holds to {seconds} seconds"],
    },
    "AdjustHoldIntent": {
        "slots": {"change": CHANGE},
        "samples": ["make the holds {change}", "make my holds {change}", "{change} holds",
                    "i want {change} holds", "can the holds be {change}", "hold {change}",
                    "make the stretches {change}", "i'd like {change} holds",
                    "can you make the holds {change}", "let's do {change} holds"],
    },
    "EquipmentIntent": {
        "slots": {"routine": ROUTINE, "kit": KIT},
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
           "what do i need for this", "what do i need for this one", "what kit is this"]
        + ["do i need a {kit}", "do i need {kit}", "do i need my {kit}", "is a {kit} needed",
           "which routines use a {kit}", "which routines need a {kit}", "what do i use a {kit} for",
           "do any routines use a {kit}", "will i need a {kit}", "should i get my {kit}",
           "do i need a {kit} for this", "do i need a {kit} for {routine}",
           "does {routine} need a {kit}", "does the {routine} routine use a {kit}"],
    },
    "ForgetMeIntent": {
        "slots": {},
        "samples": ["forget me", "delete my data", "erase my progress", "delete my progress",
                    "reset my progress", "forget my data", "delete everything you know about me",
                    "wipe my data", "clear my history"],
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
        + ["give me something quick", "what should i do", "what should i do today",
           "recommend a routine", "suggest a routine", "which routine should i do",
           "what do you recommend", "pick a routine for me", "choose for me",
           "what's good for today", "what should i stretch today"],
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
                    "my {area} are sore after running", "my {area} feel really tight"],
    },
    "WhereAmIIntent": {
        "slots": {},
        "samples": ["where was i", "where am i", "what stretch is this", "which stretch am i on",
                    "what am i doing", "what exercise is this", "what is this one",
                    "what's this stretch", "what stretch are we on", "which exercise is this",
                    "what are we doing", "what's this called", "what is this called",
                    "which one is this", "where did i stop", "where did i leave off",
                    "what was i doing", "what routine am i doing", "which routine is this",
                    "what's the current stretch", "what are we on"],
    },
    "WhatsLeftIntent": {
        "slots": {},
        "samples": ["what's left", "what is left", "how long is left", "how much longer",
                    "how many more", "what's next", "what is next", "what comes next",
                    "what's after this", "how many stretches are left", "how much is left",
                    "how long to go", "how many to go", "are we nearly done",
                    "are we almost done", "how far along am i", "how much time is left",
                    "what's still to come", "what's coming up", "how long until we're done",
                    "how many exercises are left", "what's after this one",
                    "what comes after this", "what comes after this one", "am i almost done",
                    "am i nearly done", "is this the last one", "how many left"],
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
                    "which leg goes back", "which leg should be working"],
    },
    # Pain, said any way at any moment, and questions that would need a diagnosis: all get the
    # same safe answer (skill.alexa.flows.pain).
    "PainIntent": {"slots": {}, "samples": _pain_samples()},
    "EasierIntent": {
        "slots": {},
        "samples": ["make it easier", "make this easier", "something easier", "easier please",
                    "an easier version", "the easier version", "give me an easier one",
                    "is there an easier version", "can i do an easier version", "easier one",
                    "the gentler version", "a gentler version", "gentler please", "gentler",
                    "the gentler one", "something gentler", "i can't get into that",
                    "i can't get into this position", "i can't do this one", "that's too hard",
                    "this is too hard", "that's too much for me", "too hard",
                    "can you make it easier", "i need an easier version", "easier"],
    },
    "HarderIntent": {
        "slots": {},
        "samples": ["make it harder", "make this harder", "something harder", "harder please",
                    "a harder version", "the harder version", "give me a harder one",
                    "is there a harder version", "the advanced version", "more advanced",
                    "that's too easy", "this is too easy", "too easy", "i want more of a stretch",
                    "can you make it harder", "harder", "a tougher version", "make it tougher"],
    },
    # A routine picked by its place in the list the skill just read out.
    "PickFromListIntent": {
        "slots": {"position": POSITION},
        "samples": ["the {position} one", "{position} one", "the {position}",
                    "number {position}", "the {position} one please", "i'll take the {position}",
                    "i'll take the {position} one", "let's do the {position} one",
                    "go with the {position} one", "option {position}",
                    "the {position} option", "um the {position} one"],
    },
    # A check question answered with a hedge: a little (a partial limit), or hard to say.
    "CheckAmountIntent": {
        "slots": {"amount": AMOUNT},
        "samples": ["{amount}", "yes {amount}", "yeah {amount}", "i think {amount}",
                    "um {amount}", "well {amount}", "it was {amount}",
                    "it did {amount}", "just {amount}", "only {amount}"],
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
                    "what does mobility mean", "mobility or flexibility"],
    },
    "TightHipSignsIntent": {
        "slots": {},
        "samples": ["how do i know if my hips are tight", "how can i tell if my hips are tight",
                    "what are the signs of tight hips", "signs of tight hips",
                    "are my hips tight", "how do i know if i have tight hips",
                    "what are signs of poor hip mobility", "do i have tight hips",
                    "how can i tell if i have poor hip mobility",
                    "what does tight hips feel like"],
    },
    "WhyTightHipsIntent": {
        "slots": {},
        "samples": ["why do runners get tight hips", "why are my hips tight",
                    "why do my hips get tight", "why do runners have tight hips",
                    "what causes tight hips", "why do my hips get tight when i run",
                    "why does running make my hips tight", "what makes hips tight",
                    "why are runners' hips tight", "why do i get tight hips"],
    },
    "WhenToStretchIntent": {
        "slots": {},
        "samples": ["should i stretch before or after a run", "should i stretch before running",
                    "should i stretch after running", "when should i stretch",
                    "is it better to stretch before or after a run",
                    "stretch before or after running", "when is the best time to stretch",
                    "should i stretch before my run", "do i stretch before or after",
                    "when should i do mobility work"],
    },
    "HipMusclesIntent": {
        "slots": {},
        "samples": ["what muscles make up the hip", "which muscles are in the hip",
                    "what muscles are important for hip mobility", "what are the hip muscles",
                    "what muscles are in my hips", "which muscles move the hip",
                    "what are the hip flexors", "what are my glutes",
                    "what muscles control the hip", "tell me about the hip muscles"],
    },
    "StrongHipsIntent": {
        "slots": {},
        "samples": ["why do strong hips matter", "do strong hips help running",
                    "why should runners have strong hips", "what do strong hips do for me",
                    "are strong hips important", "how do strong hips help",
                    "why strengthen my hips", "does hip strength matter for running",
                    "what are the benefits of strong hips", "do i need strong hips"],
    },
    "MobilitySpeedIntent": {
        "slots": {},
        "samples": ["will mobility make me faster", "can hip mobility make me faster",
                    "does mobility make you faster", "will stretching make me faster",
                    "can better hips make me faster", "does hip mobility help performance",
                    "will this make me a faster runner", "can mobility help me run faster",
                    "does mobility help on climbs", "does mobility help on descents"],
    },
    "CompensationsIntent": {
        "slots": {},
        "samples": ["what happens if my hips are tight", "how do tight hips change my running",
                    "what do tight hips do to my stride", "can tight hips cause overstriding",
                    "do tight hips change my foot strike", "why does my torso twist when i run",
                    "what are compensations", "how does my body compensate for tight hips",
                    "can tight hips cause overuse injuries", "what goes wrong with tight hips"],
    },
    "RotationItBandIntent": {
        "slots": {},
        "samples": ["how does hip rotation affect my it band", "can tight hips cause knee pain",
                    "can tight hips cause it band problems", "is my it band related to my hips",
                    "can poor hip rotation cause knee pain", "what does hip rotation have to do "
                    "with my knee", "why does hip rotation matter",
                    "can stiff hips cause outer hip pain", "does hip rotation affect the it band",
                    "can hip mobility help my it band"],
    },
    "StrengthMobilityIntent": {
        "slots": {},
        "samples": ["can strength training improve hip mobility",
                    "does strength training help mobility", "does lifting help my hips",
                    "should i lift weights for mobility", "is strength work good for mobility",
                    "how does strength training affect mobility",
                    "do squats help hip mobility", "does weight training make me stiff",
                    "can lifting make me less mobile", "strength training and mobility",
                    "do machines make me stiff", "are partial reps bad for mobility"],
    },
}

# Built-in intents extended with how runners say them; Amazon's own samples still apply.
BUILT_IN_SAMPLES: dict[str, list[str]] = {
    "AMAZON.PauseIntent": ["wait", "hang on", "i need a break", "give me a minute",
                           "hold on a second", "one moment", "take a break", "pause my routine",
                           "pause please", "wait a minute", "stop for a moment"],
    "AMAZON.NextIntent": ["next please", "next one please", "on to the next", "skip this one",
                          "next exercise", "the next one", "skip it", "skip that",
                          "skip the question", "pass"],
    "AMAZON.YesIntent": ["yes it did", "it did", "a lot", "yeah it did", "definitely"],
    "AMAZON.NoIntent": ["not really", "no not really", "it didn't", "not at all",
                        "no it didn't", "i don't think so", "not much"],
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
                        "done with", "back from"]),
             ("before", ["about to go for", "heading out for", "going for", "getting ready for",
                         "about to head out for", "warming up for", "off for"])],
    CHANGE: [("longer", ["longer", "a bit longer", "a little longer", "much longer",
                         "more time"]),
             ("shorter", ["shorter", "a bit shorter", "a little shorter", "quicker",
                          "less time"])],
    # Kit, by the catalogue's Equipment names (the ids).
    KIT: [("HALF_CYLINDER", ["half cylinder", "half foam roller", "half roller"]),
          ("YOGA_BLOCK", ["yoga block", "block", "yoga brick", "foam block"]),
          ("TOWEL_OR_CUSHION", ["towel", "cushion", "thick towel", "pillow", "blanket"]),
          ("MINI_BAND", ["mini band", "band", "loop band", "mini bands", "booty band"]),
          ("STRAP", ["strap", "yoga strap", "belt"]),
          ("LACROSSE_BALL", ["lacrosse ball", "massage ball", "tennis ball", "ball"]),
          ("FOAM_ROLLER", ["foam roller", "roller"]),
          ("RESISTANCE_BAND", ["resistance band", "long band", "exercise band", "theraband"]),
          ("KETTLEBELL", ["kettlebell", "kettle bell", "weight", "dumbbell", "weights"])],
    POSITION: [("1", ["first", "one", "1st"]), ("2", ["second", "two", "2nd"]),
               ("3", ["third", "three", "3rd"]), ("4", ["fourth", "four", "4th"]),
               ("5", ["fifth", "five", "5th"]), ("6", ["sixth", "six", "6th"]),
               ("last", ["last", "final", "last one"])],
    AMOUNT: [("partly", ["a bit", "a little", "a little bit", "kind of", "sort of", "slightly",
                         "somewhat", "a tiny bit", "a touch", "partly", "partially", "kinda"]),
             ("unsure", ["hard to say", "not sure", "i'm not sure", "i don't know",
                         "i can't tell", "can't tell", "no idea", "i couldn't tell",
                         "difficult to say", "unsure", "don't know", "can't really tell"])],
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
        "start the {routine} session", "i fancy the {routine} today"],
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
        "how long on each side"],
    "ListRoutinesIntent": [
        "read me the menu", "what stretching sessions have you got", "what sessions are there",
        "what have you got", "give me the options", "what's on the menu",
        "what kind of routines are there"],
    "ResumeRoutineIntent": [
        "finish the routine i started", "go back to where i was yesterday",
        "continue my last session", "let's finish what i started",
        "let's finish what i started earlier", "pick up my routine", "carry on from last time",
        "finish my stretches from yesterday", "where i left off"],
    "ProgressIntent": [
        "how's my mobility compared to last time", "how have i been doing",
        "how many sessions have i done", "am i getting better", "how am i getting on"],
    "AdjustHoldIntent": [
        "that's too long can you make the holds {change}", "can you make them {change}",
        "i want {change} holds", "the holds are dragging make them {change}",
        "give me {change} on each stretch", "{change} on each stretch",
        "can i hold them a bit {change}", "hold them {change}", "make it {change} please"],
    "EquipmentIntent": [
        "i don't have a {kit}", "what can i use instead of a {kit}",
        "i don't have a {kit} what do i use", "can i do it without a {kit}",
        "can i do this without a {kit}", "do i need a {kit} for the {routine} one",
        "what gear do i need for the {routine}", "what do i need for the {routine} one"],
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
                            "can you repeat the instructions", "huh say it again",
                            "what was that", "say that one more time"],
    "AMAZON.StartOverIntent": ["start from the beginning", "begin again", "restart the routine",
                               "let's start from the top", "from the very start"],
    "AMAZON.YesIntent": ["sounds good", "uh huh", "absolutely", "yes let's do it",
                         "go for it", "sure thing", "why not"],
    "AMAZON.NoIntent": ["nah", "no i'm good", "not now", "no thanks not today", "nope not now"],
    "AMAZON.HelpIntent": ["how does this work", "what can i say", "how do i use this",
                          "what are my options here", "i'm lost"],
    "AMAZON.StopIntent": ["i'm done", "that's enough", "quit", "exit", "stop the routine",
                          "enough for today", "i'm finished for today", "that's it for today"],
    "AMAZON.CancelIntent": ["cancel that", "scratch that", "nevermind cancel", "forget that"],
}
for _intent, _samples in SAID_MORE.items():
    _target = CUSTOM_INTENTS.get(_intent)
    _before = _target["samples"] if _target else BUILT_IN_SAMPLES.get(_intent, [])
    _grown = list(dict.fromkeys([*_before, *_samples]))
    if _target:
        _target["samples"] = _grown
    else:
        BUILT_IN_SAMPLES[_intent] = _grown
