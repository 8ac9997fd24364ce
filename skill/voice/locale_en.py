"""Every word the skill says in English (en-US, shared by en-GB, en-CA, en-AU and en-IN).

Keys name a meaning; `{placeholders}` are filled by name. A list holds interchangeable phrasings,
picked deterministically (see `skill.voice.text.phrase`). The safety lines never vary. An
exercise's `safety` is its full advice (said when asked how to do it); its `caution` is the
short form a routine says the first time the exercise comes up.
"""

EXERCISES = {
    # Straddle rocking with rotation
    "exercise.straddle_rocking.setup":
        "Come onto your hands and knees, then reach one leg straight out to the side.",
    "exercise.straddle_rocking.movement":
        "Rock your hips back toward the heel of your bent leg, then forward again. After a few "
        "rocks, rise up as you rock back and turn your chest toward the straight leg.",
    "exercise.straddle_rocking.feel":
        "The inner thigh of the straight leg opens up, and the turn reaches the deep rotators.",
    "exercise.straddle_rocking.safety":
        "Only rock as far as is comfortable. A stiff ankle may limit how far the leg goes out.",
    "exercise.straddle_rocking.caution": "Rock only as far as feels easy.",
    "exercise.straddle_rocking.benefit":
        "It opens the inner thigh and wakes up the hip rotators before you run.",
    # Crab hip rotations
    "exercise.crab_hip_rotations.setup":
        "Sit with your knees bent, feet on the floor, and lean back a little onto your hands.",
    "exercise.crab_hip_rotations.movement":
        "Let one knee drop in toward the middle, bring it back up, then do the other. Keep some "
        "of each foot touching the floor.",
    "exercise.crab_hip_rotations.feel":
        "A gentle turning deep in the hip as each knee falls inward.",
    "exercise.crab_hip_rotations.safety":
        "Move slowly and keep it smooth. Skip it if the knee complains.",
    "exercise.crab_hip_rotations.caution": "Keep it slow, and skip it if a knee complains.",
    "exercise.crab_hip_rotations.benefit":
        "It trains internal rotation, the direction runners most often lose.",
    # Kneeling hip flexor stretch
    "exercise.kneeling_hip_flexor.setup":
        "Kneel tall on one knee with the other foot flat in front of you.",
    "exercise.kneeling_hip_flexor.movement":
        "Shift your whole body forward as one piece, without leaning. Lift the arm on the side "
        "of the down knee up high, and push the other hand toward the floor.",
    "exercise.kneeling_hip_flexor.feel":
        "A long stretch across the front of the hip on the kneeling side.",
    "exercise.kneeling_hip_flexor.safety":
        "Pad the knee if the floor is hard. Keep your lower back quiet, not arched.",
    "exercise.kneeling_hip_flexor.caution": "Pad the knee, and keep your lower back quiet.",
    "exercise.kneeling_hip_flexor.benefit":
        "It gives back hip extension, which means a longer stride and stronger climbs.",
    # Advanced kneeling hip flexor stretch
    "exercise.kneeling_hip_flexor_advanced.setup":
        "Start in the kneeling hip flexor stretch, with a strap around the back foot if you "
        "have one.",
    "exercise.kneeling_hip_flexor_advanced.movement":
        "Reach back and take hold of the back foot or the strap, then turn your chest gently "
        "toward that side.",
    "exercise.kneeling_hip_flexor_advanced.feel":
        "A deeper stretch through the front of the hip and down the front of the thigh.",
    "exercise.kneeling_hip_flexor_advanced.safety":
        "Use the strap rather than forcing the grab. Back off if the knee feels pinched.",
    "exercise.kneeling_hip_flexor_advanced.caution": "Use the strap rather than forcing the grab.",
    "exercise.kneeling_hip_flexor_advanced.benefit":
        "It adds the thigh and a twist to the basic hip flexor stretch for tighter runners.",
    # Elevated hip flexor stretch with leg sweeps
    "exercise.elevated_hip_flexor.setup":
        "Lie on your back with a half cylinder or a rolled blanket under your hips, just below "
        "the waist.",
    "exercise.elevated_hip_flexor.movement":
        "Hug one knee to your chest and let the other leg stretch out long. Settle, then sweep "
        "the long leg slowly from side to side.",
    "exercise.elevated_hip_flexor.feel":
        "The front of the hip on the long leg opens as it hangs from the prop.",
    "exercise.elevated_hip_flexor.safety":
        "Keep the sweeps small and slow.",
    "exercise.elevated_hip_flexor.caution": "Keep the sweeps small and slow.",
    "exercise.elevated_hip_flexor.benefit":
        "It stretches the psoas at the hip while keeping the joint moving.",
    # Psoas release
    "exercise.psoas_release.setup":
        "Lie on your back with a yoga block, thick towel or cushion under your hips, just below "
        "the waist.",
    "exercise.psoas_release.movement":
        "Put your feet flat, under or a little ahead of your knees. Then do nothing: let your "
        "lower back sink toward the floor on its own.",
    "exercise.psoas_release.feel":
        "A slow letting go at the front of the hips. Your ribs settling down is a good sign.",
    "exercise.psoas_release.safety":
        "Never push the back down. Let gravity do the work.",
    "exercise.psoas_release.caution": "Never push your back down; let gravity do it.",
    "exercise.psoas_release.benefit":
        "A long, passive release for hip flexors that stay tight after big days.",
    # Banded clamshells with lift and extension
    "exercise.banded_clamshells.setup":
        "Loop a mini band around your lower legs and lie on your side, knees partly bent.",
    "exercise.banded_clamshells.movement":
        "Keep the feet together and open the top knee. At the top, lift the top foot away, "
        "straighten the leg out long, hold a moment, and bring it back.",
    "exercise.banded_clamshells.feel":
        "Work in the side of the hip and the seat.",
    "exercise.banded_clamshells.safety":
        "Keep the pelvis still. Don't roll back to make the movement bigger.",
    "exercise.banded_clamshells.caution": "Keep the pelvis still.",
    "exercise.banded_clamshells.benefit":
        "It strengthens the side of the hip and steadies the pelvis.",
    # 90 90 hip rotations
    "exercise.ninety_ninety.setup":
        "Sit with both knees bent to ninety degrees, one leg in front and one to the side.",
    "exercise.ninety_ninety.movement":
        "Lift both knees and rotate them over to the other side, then back. Sit tall and "
        "move slowly.",
    "exercise.ninety_ninety.feel":
        "Turning in one hip and turning out in the other, deep in the joint.",
    "exercise.ninety_ninety.safety":
        "Use your hands behind you for support if you need them.",
    "exercise.ninety_ninety.caution": "Use your hands behind you if you need them.",
    "exercise.ninety_ninety.benefit":
        "It works both rotation directions of the hip in one drill.",
    # Couch stretch
    "exercise.couch_stretch.setup":
        "Kneel with your back to a couch or wall, cushion under the knee, and slide one foot up "
        "behind you. Step the other foot forward.",
    "exercise.couch_stretch.movement":
        "Bring your chest upright and squeeze the glute on the kneeling side.",
    "exercise.couch_stretch.feel":
        "A strong stretch down the front of the thigh and into the front of the hip.",
    "exercise.couch_stretch.safety":
        "Start with the front knee low if it is intense. Ease off at any sharp pain in the knee.",
    "exercise.couch_stretch.caution": "Ease off at any sharp pain in the knee.",
    "exercise.couch_stretch.benefit":
        "It lengthens the hip flexors and quads that shorten over long runs.",
    # Hip CARs
    "exercise.hip_cars.setup":
        "Stand tall and hold something steady, or come onto hands and knees.",
    "exercise.hip_cars.movement":
        "Lift one knee, open it out to the side, sweep it behind you and bring it back, drawing "
        "the biggest slow circle you can control. Keep the rest of you still.",
    "exercise.hip_cars.feel":
        "The hip moving through its whole range, with effort at the edges.",
    "exercise.hip_cars.safety":
        "Slow beats big. Skip any part of the circle that pinches.",
    "exercise.hip_cars.caution": "Slow beats big; skip any part that pinches.",
    "exercise.hip_cars.benefit":
        "It teaches the hip to control its full range, ideal before a run.",
    # Front to back leg swings
    "exercise.leg_swings_front_back.setup":
        "Stand side on to a wall with one hand on it.",
    "exercise.leg_swings_front_back.movement":
        "Swing the outside leg forward and back like a pendulum, letting the range grow.",
    "exercise.leg_swings_front_back.feel":
        "The back of the thigh on the way up, the front of the hip on the way back.",
    "exercise.leg_swings_front_back.safety":
        "Keep the swing relaxed. Don't kick.",
    "exercise.leg_swings_front_back.caution": "Swing, don't kick.",
    "exercise.leg_swings_front_back.benefit":
        "It warms the hip through the running direction.",
    # Side to side leg swings
    "exercise.leg_swings_side.setup":
        "Face a wall with both hands on it.",
    "exercise.leg_swings_side.movement":
        "Swing one leg across your body and out to the side, keeping the hips square.",
    "exercise.leg_swings_side.feel":
        "The inner thigh opening and the outer hip working.",
    "exercise.leg_swings_side.safety":
        "Start small and let the swing grow.",
    "exercise.leg_swings_side.caution": "Start small and let the swing grow.",
    "exercise.leg_swings_side.benefit":
        "It loosens the inner and outer hip for side to side control on the trail.",
    # Pigeon pose
    "exercise.pigeon_pose.setup":
        "From hands and knees, bring one knee forward behind your wrist with the shin angled "
        "across, and slide the other leg straight back.",
    "exercise.pigeon_pose.movement":
        "Square your hips and lower onto your forearms or a cushion.",
    "exercise.pigeon_pose.feel":
        "A deep stretch in the seat of the front leg.",
    "exercise.pigeon_pose.safety":
        "Put a cushion under the hip if it floats. Stop if the front knee hurts.",
    "exercise.pigeon_pose.caution": "Stop if the front knee hurts.",
    "exercise.pigeon_pose.benefit":
        "It releases the glutes and deep rotators after a long run.",
    # Goblet squat
    "exercise.goblet_squat.setup":
        "Hold a kettlebell at your chest, feet a little wider than your hips.",
    "exercise.goblet_squat.movement":
        "Sit down between your heels as deep as you can with your chest tall, then stand up.",
    "exercise.goblet_squat.feel":
        "Work in the glutes and thighs, and an opening in the inner thigh at the bottom.",
    "exercise.goblet_squat.safety":
        "Knees follow the toes. Choose a weight you can control to full depth.",
    "exercise.goblet_squat.caution": "Knees follow the toes.",
    "exercise.goblet_squat.benefit":
        "It builds strength through the full depth of the hip.",
    # Deep squat
    "exercise.deep_squat.setup":
        "Stand with your feet about shoulder width apart, toes turned out a little.",
    "exercise.deep_squat.movement":
        "Squat down as low as you can with your heels down, pause, then stand.",
    "exercise.deep_squat.feel":
        "Your hips, knees and ankles all working through their range.",
    "exercise.deep_squat.safety":
        "Hold onto something steady if balance is hard.",
    "exercise.deep_squat.caution": "Hold onto something if balance is hard.",
    "exercise.deep_squat.benefit":
        "It keeps strength and range together at the bottom of the squat.",
    # Lunges
    "exercise.lunges.setup":
        "Stand tall with your feet under your hips.",
    "exercise.lunges.movement":
        "Step back into a long lunge, lower the back knee toward the floor, then drive up.",
    "exercise.lunges.feel":
        "Work in the front glute and a stretch at the front of the back hip.",
    "exercise.lunges.safety":
        "Keep the front knee over the foot. Shorten the step if it wobbles.",
    "exercise.lunges.caution": "Keep the front knee over the foot.",
    "exercise.lunges.benefit":
        "It strengthens single leg drive while stretching the back hip.",
    # Single leg Romanian deadlift
    "exercise.single_leg_rdl.setup":
        "Stand on one leg, with a kettlebell in the opposite hand if you have one.",
    "exercise.single_leg_rdl.movement":
        "Hinge at the hip, reaching the free leg back as your chest lowers, then stand tall.",
    "exercise.single_leg_rdl.feel":
        "The back of the standing thigh and the glute doing the work.",
    "exercise.single_leg_rdl.safety":
        "Keep the hips level. Touch a wall for balance if you need to.",
    "exercise.single_leg_rdl.caution": "Keep your hips level.",
    "exercise.single_leg_rdl.benefit":
        "It builds hamstring and glute strength with balance, like a running stride.",
    # Kneeling hip flexor test
    "exercise.kneeling_hip_flexor_test.setup":
        "Kneel on one knee, other foot in front, body upright.",
    "exercise.kneeling_hip_flexor_test.movement":
        "Tuck your tailbone under and shift forward gently without arching. Notice where "
        "it stops.",
    "exercise.kneeling_hip_flexor_test.feel":
        "Notice whether the front of the back hip pulls before your body moves forward much.",
    "exercise.kneeling_hip_flexor_test.safety":
        "This is a check, not a stretch. Don't push.",
    "exercise.kneeling_hip_flexor_test.caution": "Pad the knee. This is a check, not a stretch.",
    "exercise.kneeling_hip_flexor_test.benefit":
        "It shows how freely the front of each hip opens.",
    "exercise.kneeling_hip_flexor_test.limit":
        "If the front of the hip stopped you early, or one side was tighter, your hip flexors "
        "are restricted. Favour the kneeling hip flexor and couch stretches.",
    # Seated figure four
    "exercise.seated_figure_four.setup":
        "Sit on a chair or the floor and cross one ankle over the other knee.",
    "exercise.seated_figure_four.movement":
        "Sit tall and let the top knee lower toward the floor. Notice how far it goes.",
    "exercise.seated_figure_four.feel":
        "A stretch in the seat of the crossed leg.",
    "exercise.seated_figure_four.safety":
        "Don't press the knee down.",
    "exercise.seated_figure_four.caution": "This is a check: don't press the knee down.",
    "exercise.seated_figure_four.benefit":
        "It checks how far each hip rotates outward.",
    "exercise.seated_figure_four.limit":
        "If the knee stayed high, or one side differed, outward rotation is limited. Pigeon "
        "pose and ninety ninety rotations will help.",
    # Deep squat test
    "exercise.deep_squat_test.setup":
        "Stand with feet shoulder width apart and arms out in front.",
    "exercise.deep_squat_test.movement":
        "Sink into the deepest squat you can with heels down and chest up, and stay there.",
    "exercise.deep_squat_test.feel":
        "Notice whether your hips or your ankles stop you first.",
    "exercise.deep_squat_test.safety":
        "Stand up at any pain in the knees.",
    "exercise.deep_squat_test.caution": "This is a check: stand up at any knee pain.",
    "exercise.deep_squat_test.benefit":
        "It shows whether the hips and ankles move freely through a full squat.",
    "exercise.deep_squat_test.limit":
        "If your heels lifted, your ankles may be the limit. If your hips stopped you or your "
        "back rounded early, work on deep squats and goblet squats.",
    # Active straight leg raise
    "exercise.active_straight_leg_raise.setup":
        "Lie on your back with both legs straight.",
    "exercise.active_straight_leg_raise.movement":
        "Keep one knee locked and lift that leg as high as you can, then lower it with control.",
    "exercise.active_straight_leg_raise.feel":
        "Notice where the back of the thigh stops the leg.",
    "exercise.active_straight_leg_raise.safety":
        "Keep the other leg flat and your back relaxed.",
    "exercise.active_straight_leg_raise.caution": "This is a check, not a stretch.",
    "exercise.active_straight_leg_raise.benefit":
        "It shows whether the hamstrings are limiting your range.",
    "exercise.active_straight_leg_raise.limit":
        "If the leg stopped well short of upright, or one side was lower, your hamstrings are "
        "limiting the back of the hip. Leg swings and single leg deadlifts will help.",
}

ROUTINES = {
    "routine.post_run.summary": "static holds for the hip flexors, glutes and quads",
    "routine.quick_post_run.summary": "two long holds for when time is short",
    "routine.pre_run.summary": "dynamic swings and rotations to get the hips moving",
    "routine.strength.summary": "loaded mobility to build strength through full range",
    "routine.deep_release.summary": "long holds, ending with a five minute psoas release",
    "routine.mobility_check.summary": "the four at-home hip tests, one at a time",
}

COACH = {
    "coach.start": [
        "Let's do your {routine} routine: {count} exercises, about {minutes} minutes.",
        "Here comes your {routine} routine. {count} exercises, roughly {minutes} minutes.",
    ],
    "coach.first": ["First, the {name}.", "We start with the {name}."],
    "coach.next": ["Next, the {name}.", "Now for the {name}.", "Moving on to the {name}."],
    "coach.count_in_hold": [
        "Hold for {duration}. Starting now.",
        "Hold it for {duration}. Breathe and settle.",
    ],
    "coach.count_in_reps": [
        "{reps} reps. Go.",
        "{reps} slow reps. Begin.",
    ],
    "coach.count_in_alternating": [
        "{reps} on each leg, one knee then the other. Go.",
        "{reps} each side, alternating. Begin.",
    ],
    "coach.count_in_side": ["Your {side} side.", "On your {side} side."],
    "coach.halfway": ["Halfway.", "Halfway there.", "Half way. Keep breathing."],
    "coach.hold_progress": [
        "{duration} down. Stay right there and let it keep working.",
        "That's {duration}. Stay where you are, breathing easy.",
    ],
    "coach.switch_sides": ["Switch sides.", "Now the other side.", "Change sides."],
    "coach.other_side": ["Now the other side.", "Over to the other side."],
    "coach.release": ["And release.", "Release.", "Ease out of it."],
    "coach.reps_done": ["Done.", "Good.", "Nice work."],
    "coach.test_done": ["And relax.", "Relax.", "Come out of it."],
    "coach.keep_holding": ["Keep holding.", "Still holding.", "Stay with it."],
    "coach.continue_next": [
        "Next up: the {name}. Say continue when you're ready.",
        "Coming up: the {name}. Say continue to start.",
    ],
    "coach.continue_side": [
        "That's one side. Say continue for your {side} side.",
        "One side done. When you're set, say continue for the {side} side.",
    ],
    "coach.continue_hold": [
        "Stay in position. Say continue for the last {duration}.",
        "Don't move. Just say continue for the final {duration}.",
    ],
    "coach.finished": [
        "That's your {routine} routine done. Well earned.",
        "All done with {routine}. Nice work today.",
    ],
    "side.left": "left",
    "side.right": "right",
}

DURATIONS = {
    # {duration} is filled from a number of seconds: minutes from one minute up.
    "duration.seconds": "{count} seconds",
    "duration.one_minute": "one minute",
    "duration.minutes": "{minutes} minutes",
    "duration.minute_and_half": "a minute and a half",
    "duration.minutes_and_half": "{minutes} and a half minutes",
    "duration.minutes_seconds": "{minutes_phrase} and {count} seconds",
    "number.words": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                     "nine", "ten"],
}

SAFETY = {
    "safety.line":
        "Stay in a pain-free range, stop if you feel sharp pain, and remember this is coaching, "
        "not medical advice.",
    "safety.reminder": "Remember: pain-free range only.",
    "safety.loaded":
        "With the kettlebell, pick a weight you can control through the whole range, and set it "
        "down if your form slips.",
}

CONVERSATION = {
    "welcome.back": ["Welcome back to Hip Coach.", "Good to hear from you.", "Hi again."],
    # Menus name a few routines with "or" and say how many there are.
    "welcome.first_choose":
        "Welcome to Hip Coach, guided hip mobility for trail and ultra runners. {safety} Which "
        "routine would you like: {choices}? There are {count} in all; say list routines to hear "
        "them.",
    "welcome.choose": [
        "{greeting} Which routine would you like: {choices}? There are {count}; say list "
        "routines to hear them all.",
        "{greeting} There are {count} routines. Would you like {choices}, or another one?",
    ],
    "welcome.offer_resume":
        "In your {routine} routine, you stopped at the {exercise}{side_phrase}. "
        "Shall I pick up there?",
    "side_phrase.left": ", left side",
    "side_phrase.right": ", right side",
    "side_phrase.none": "",
    "resume.preface": ["Picking up at the {exercise}.", "Back to the {exercise}."],
    "routine.not_counted":
        "We skipped most of it, so I won't count this one toward your streak.",
    "resume.nothing":
        "There's no routine waiting to resume. Which would you like to start: {choices}? There "
        "are {count}; say list routines to hear them.",
    "routine.reprompt": "Say continue to keep going, or pause to stop here.",
    "routine.carry_on":
        "Say continue to pick up at the {exercise}{side_phrase}, or ask me something else.",
    "routine.which":
        "Which routine would you like: {choices}? There are {count} in all; say list routines "
        "to hear them.",
    "routine.unknown":
        "I don't have a routine called that. Would you like {choices}? There are {count}; say "
        "list routines to hear them all.",
    "routine.which_of": "Did you mean {choices}?",
    "routine.other":
        "Okay. Which would you like instead: {choices}? Or say list routines for all {count}.",
    "routine.list": "There are {count} routines. {items}",
    "routine.list_question": "Which one would you like?",
    "routine.list_item": "{name}: {summary}.",
    "routine.finished_reprompt": "Say start and a routine name to go again.",
    "pause.done":
        "Paused at the {exercise}{side_phrase}. When you're ready, say: Alexa, ask hip coach "
        "to resume.",
    "audio.start":
        "It plays straight through, hands-free. Say: Alexa, pause, whenever you need to, and "
        "Alexa, resume, to carry on.",
    "audio.subtitle": "Step {step} of {count}: {exercise}",
    "audio.not_here":
        "That doesn't apply to a routine, so I'll carry on. Say: Alexa, pause, to stop.",
    "pause.nothing":
        "Nothing is playing right now. Which routine would you like: {choices}? Or say list "
        "routines for all {count}.",
    "where.none":
        "You're not in a routine right now. Which would you like: {choices}? Or say list "
        "routines for all {count}.",
    "where.playing": "You're on the {exercise}{side_phrase}, step {step} of {count} in your "
                     "{routine} routine.",
    "left.next": "After the {exercise} comes the {next}, with about {duration} to go.",
    "left.last": "The {exercise} is the last one, with about {duration} to go.",
    "left.offer_resume": "Shall I pick up there?",
    "step.none":
        "You're not in a routine right now. Say start and a routine name, like post-run.",
    "stretch.which": "Which stretch would you like to know about: {choices}, or another one?",
    "stretch.unknown": "I don't know that one. Would you like to hear about {choices}?",
    "stretch.which_of": "Did you mean {choices}?",
    "stretch.dose": "For the {name}: {amount}",
    # Verbs agree with the name: one stretch works, plural drills work, a test checks.
    "stretch.targets": "The {name} works your {muscles}. {benefit}",
    "stretch.targets_plural": "The {name} work your {muscles}. {benefit}",
    "stretch.targets_test": "The {name} checks your {muscles}. {benefit}",
    "stretch.how": "Here's how to do the {name}. {cues}",
    "stretch.dose_hold": "Hold it for {duration}{per_side}.",
    "stretch.dose_reps": "Do {reps} reps{per_side}.",
    "stretch.dose_alternating": "Do {reps} on each leg, alternating.",
    "stretch.per_side": " on each side",
    "stretch.follow_up": "Anything else you'd like to know, or shall we start a routine?",
    "advice.which": "Which feels tight: {choices}?",
    "advice.area": "For {area}, the {first} and the {second} help most, and the {routine} "
                   "routine has them.",
    "advice.offer": "Shall I start the {routine} routine?",
    "area.hip_flexors": "tight hip flexors",
    "area.rotation": "stiff hip rotation",
    "area.hamstrings": "tight hamstrings",
    "area.squat": "a deeper squat",
    "area.glutes": "tight glutes",
    "area.adductors": "tight inner thighs",
    "area.quads": "tight quads",
    "area.hips": "tight hips",
    "suggest.after":
        "Nice run. The {routine} routine takes about {length} minutes. Shall I start it? Or say "
        "quick for a shorter one.",
    "suggest.before":
        "Good idea to warm up. The {routine} routine takes about {length} minutes. Shall I "
        "start it?",
    "suggest.minutes":
        "In {minutes} minutes you can do the {routine} routine, about {length} minutes. Shall I "
        "start it?",
    "suggest.too_short":
        "The shortest is the {routine} routine, about {length} minutes. Shall I start it anyway?",
    "suggest.general":
        "After a run, post-run; before one, pre-run; short on time, the quick one. Which would "
        "you like: {choices}? There are {count}; say list routines to hear them all.",
    "suggest.offer": "Shall I start the {routine} routine?",
    "equipment.routine": "For the {routine} routine you need {items}.",
    "equipment.routine_none": "The {routine} routine needs no equipment, just some floor space.",
    "equipment.overall":
        "Everything works with what you have at home. The kit I'd suggest is {items}. A foam "
        "roller or lacrosse ball helps loosen things up before active drills, and a resistance "
        "band adds resistance or gently opens up a joint. Towels and cushions can stand in for "
        "most of it.",
    "equipment.follow_up": "Which routine would you like to start?",
    "list.and": " and ",
    "list.or": " or ",
    "article.a": "a {item}",
    "article.an": "an {item}",
    "hold.set": "Done. Adjustable holds will now last {duration}.",
    "hold.set_next_routine": "Done. From your next routine, adjustable holds will last {duration}.",
    "hold.invalid":
        "Holds can be from {low} to {high}. How many seconds would you like?",
    "hold.reprompt": "Say a number of seconds, for example forty five.",
    "progress.none": "You haven't finished a routine yet.",
    "progress.summary":
        "This week you've done {week} {week_sessions}. Your current streak is {streak} "
        "{streak_days}, and your best is {best} {best_days}. Last time you did {last}.",
    "progress.session": "session",
    "progress.sessions": "sessions",
    "progress.day": "day",
    "progress.days": "days",
    "progress.save_failed": "I couldn't save your progress just now, but we'll keep going.",
    "forget.confirm":
        "This deletes your progress, streaks and settings. Are you sure?",
    "forget.done": "Done. I've deleted everything I had stored for you.",
    "forget.kept": "Okay, I've kept everything. What would you like to do?",
    "help.main":
        "Hip Coach talks you through hip stretches after a run, warm ups before one, strength "
        "work, a deep release, and a mobility check. Tell me you just finished a run, or how "
        "many minutes you have, and I'll pick one. During a routine, say continue, pause, next, "
        "or start over, and ask what this stretch targets, how to do it, or what's next. You "
        "can also say my hips are tight, or make the holds longer.",
    "help.reprompt": "What would you like to do?",
    "goodbye": ["Okay. Your place is saved.", "Bye for now. Your progress is saved."],
    "goodbye.plain": ["Okay, bye for now.", "See you next run."],
    "fallback":
        "Sorry, I didn't get that. You can say start my post-run stretches, or help.",
    "fallback.in_routine": "Sorry, I didn't get that. Say continue, pause, or next.",
    "yes_no.unexpected": "Sorry, I'm not sure what that's about. What would you like to do?",
    "error.general": "Sorry, something went wrong on my side. Could you say that again?",
}

CHECK_IN = {
    "check.side": "Which side felt tighter: left, right, or about the same?",
    "check.got_it": ["Got it.", "Noted.", "Thanks."],
    "check.kneeling_hip_flexor_test.question":
        "Did the front of your hip stop you before you moved forward much?",
    "check.seated_figure_four.question": "Did your top knee stay high, well above the other?",
    "check.deep_squat_test.question":
        "Did your heels lift, or your back round, before you got deep?",
    "check.active_straight_leg_raise.question":
        "Did your raised leg stop well short of upright?",
    # What the runner confirmed, said as performance at the test's mark, not as a condition.
    "check.kneeling_hip_flexor_test.limited": "The front of your hip stopped you early",
    "check.kneeling_hip_flexor_test.partly": "The front of your hip stopped you a little early",
    "check.seated_figure_four.limited": "Your top knee stayed high",
    "check.seated_figure_four.partly": "Your top knee stayed a little high",
    "check.deep_squat_test.limited": "Your heels lifted or your back rounded in the squat",
    "check.deep_squat_test.partly":
        "Your heels lifted or your back rounded a little in the squat",
    "check.active_straight_leg_raise.limited": "Your raised leg stopped short of upright",
    "check.active_straight_leg_raise.partly":
        "Your raised leg stopped a little short of upright",
    "check.side_only": "Your {side} side felt tighter in the {test}.",
    "check.kneeling_hip_flexor_test.better":
        "your hip flexor test went from stopping early to moving freely",
    "check.kneeling_hip_flexor_test.worse":
        "your hip flexor test went from moving freely to stopping early",
    "check.seated_figure_four.better": "your figure four went from knee high to knee low",
    "check.seated_figure_four.worse": "your figure four went from knee low to knee high",
    "check.deep_squat_test.better": "your squat went from heels lifting to heels down",
    "check.deep_squat_test.worse": "your squat went from heels down to heels lifting",
    "check.active_straight_leg_raise.better":
        "your leg raise went from stopping short to reaching upright",
    "check.active_straight_leg_raise.worse":
        "your leg raise went from reaching upright to stopping short",
    "check.tighter_side": "{finding}, more on the {side}",
    "check.found": "Here's what your check found. {findings}",
    "check.sentence": "{finding}.",
    "check.work": "Work on {area} with the {first} and the {second}.",
    "check.area.hip_flexors": "your hip flexors",
    "check.area.rotation": "your hip rotation",
    "check.area.hamstrings": "your hamstrings",
    "check.area.squat": "your squat depth, or your ankles if it was your heels,",
    "check.no_limits": "No test stopped you short today.",
    "check.consent":
        "Before the first test: shall I remember your check results, so next time I can tell "
        "you what changed? They stay with your account, and you can say forget my check "
        "results at any time. Yes or no?",
    "check.consent_yes": "Thanks, I'll keep them.",
    "check.consent_no": "No problem: your answers stay in this session only.",
    "forget_checks.done":
        "Done: I've deleted your check results. I'll ask again before your next check.",
    "check.all_clear":
        "Nothing held you back today. Check again in about four weeks to see it stays that "
        "way.",
    "check.offer": "Shall I start the {routine} routine now?",
    "welcome.check_suggest":
        "In your last check: {finding}. Want the {routine} routine for it?",
    "welcome.check_routine":
        "Your last mobility check suggested the {routine} routine. Want to do it now?",
    "welcome.retest":
        "It's been a while since your last mobility check. Shall we re-test your hips?",
    "progress.check_found": "Your last check was on {day}. {findings}",
    "progress.check_unkept":
        "Your last check was on {day}, and it suggested the {routine} routine. I didn't keep "
        "its answers.",
    "progress.check_clear": "Your last check, on {day}, found nothing holding you back.",
    "progress.check_changes": "Since {day}, {changes}.",
    "progress.retest": "It's time to re-test: say start the mobility check.",
    "date.format": "{month} {day}{suffix}",
    "date.months": ["January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"],
}

# Questions the article answers, in our words: short, and each ends by offering something.
LEARN = {
    "learn.flexibility_mobility":
        "Flexibility is how far a joint can be moved, like pulling your knee to your chest with "
        "your hands. Mobility is using that range yourself, with control, like driving the knee "
        "up when you run. Runners need both.",
    "learn.flexibility_mobility.offer": "Want the pre-run routine, which trains mobility?",
    "learn.tight_hip_signs":
        "Tight hips often show as lasting tightness in the hips or glutes, a sore lower back "
        "after sitting or long runs, trouble lifting your knees or sitting cross-legged, or an "
        "uneven stride.",
    "learn.tight_hip_signs.offer": "Want to run the mobility check to see where yours stand?",
    "learn.why_tight_hips":
        "Running repeats a small range of hip motion for hours, and the hip flexors in "
        "particular can stop extending freely. The stride shortens, climbs get harder, and the "
        "lower back takes more load.",
    "learn.why_tight_hips.offer": "Want the post-run routine to open them up?",
    "learn.when_to_stretch":
        "Both, in different ways: dynamic moves like swings and hip circles before a run, to "
        "get the joints moving, and longer held stretches like the couch stretch or pigeon "
        "after it.",
    "learn.when_to_stretch.offer": "Want the post-run routine now?",
    "learn.strength_mobility":
        "Strength work helps mobility when it goes through full range, like deep squats, lunges "
        "and single leg deadlifts. Prime the hips with mobility drills first, and stretch "
        "afterwards.",
    "learn.strength_mobility.offer": "Want the strength routine, which does just that?",
}

# What screens show (skill.screens): short labels, read at a glance from a mat.
SCREENS = {
    "screen.step": "Step {step} of {count}",
    "screen.side": "{side} side",
    "screen.hold": "Hold {duration}",
    "screen.reps": "{reps} reps",
    "screen.per_side": "{amount} each side",
    "screen.next": "Next up: {name}",
    "screen.next_last": "Last one: then you're done",
    "screen.menu_title": "Choose a routine",
    "screen.menu_hint": "Touch one, or say its name",
    "screen.routine_detail": "{minutes} minutes: {summary}",
    "screen.targets": "Targets",
    "screen.equipment": "Equipment",
    "screen.no_equipment": "None needed",
    "screen.dose": "Dose",
    "screen.how": "How to",
}

TEXT: dict[str, str | list[str]] = {**EXERCISES, **ROUTINES, **COACH, **DURATIONS, **SAFETY,
                                    **CONVERSATION, **CHECK_IN, **LEARN, **SCREENS}
