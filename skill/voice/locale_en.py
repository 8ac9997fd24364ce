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
        "They train the hips to turn inward, with control.",
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
        "It's a long, passive release for the front of the hip when it stays tight after big days.",
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
        "They strengthen the side of the hip and steady the pelvis.",
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
        "They work both rotation directions of the hip in one drill.",
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
        "It gives back the length that long runs and long days sitting take from the front of "
        "the hip and thigh.",
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
        "They teach the hip to control its full range, ideal before a run.",
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
        "They warm the hip through the running direction.",
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
        "They loosen the inner and outer hip for side to side control on the trail.",
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
        "It's a long release for the back of the hip after a long run.",
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
        "They strengthen single leg drive while stretching the back hip.",
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
        "It shows whether your hips, or your ankles, keep you from sinking into a full squat.",
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
        "If the leg stopped well short of upright, or one side was lower, they are what limits "
        "the back of the hip. Leg swings and single leg deadlifts will help.",
    # Easier versions.
    # Straddle rocking without rotation (article: the rocking before the turn is added)
    "exercise.straddle_rocking_easier.setup":
        "Get down on your hands and knees, then slide one leg out straight to the side.",
    "exercise.straddle_rocking_easier.movement":
        "Rock your hips back toward the heel of your bent leg, then forward again. Stay low, "
        "with no turn.",
    "exercise.straddle_rocking_easier.feel":
        "A stretch along the inner thigh of the straight leg.",
    "exercise.straddle_rocking_easier.safety":
        "Keep each rock small and easy. If the ankle of the straight leg is stiff, let that "
        "foot sit closer in.",
    "exercise.straddle_rocking_easier.caution": "Keep each rock small and easy.",
    "exercise.straddle_rocking_easier.benefit":
        "It opens the inner thigh gently before you run.",
    # Gentle crab hip rotations (ours: part way, leaning on the hands)
    "exercise.crab_hip_rotations_easier.setup":
        "Sit with your knees bent and feet flat, and rest back on your hands for support.",
    "exercise.crab_hip_rotations_easier.movement":
        "Let one knee tip in only part of the way, bring it back up, then do the other. Go "
        "slowly and keep your feet on the floor.",
    "exercise.crab_hip_rotations_easier.feel":
        "A light turning in the hip as each knee tips in.",
    "exercise.crab_hip_rotations_easier.safety":
        "Keep the range small and stop before anything pinches. Skip it if a knee complains.",
    "exercise.crab_hip_rotations_easier.caution": "Keep it small; skip it if a knee complains.",
    "exercise.crab_hip_rotations_easier.benefit":
        "They ease the hips into turning inward, ready for the full drill.",
    # Supported kneeling hip flexor stretch (ours: short shift, hand on a chair, no arm reach)
    "exercise.kneeling_hip_flexor_easier.setup":
        "Kneel on one knee on a cushion, the other foot flat in front, with a hand on a chair "
        "or wall.",
    "exercise.kneeling_hip_flexor_easier.movement":
        "Stay upright and shift your body forward just a little. Stop at the first gentle "
        "stretch. No arm reach.",
    "exercise.kneeling_hip_flexor_easier.feel":
        "A mild stretch at the front of the hip on the kneeling side.",
    "exercise.kneeling_hip_flexor_easier.safety":
        "Move only a short way forward, and keep your lower back relaxed, not arched.",
    "exercise.kneeling_hip_flexor_easier.caution":
        "Only a short way forward; keep your back relaxed.",
    "exercise.kneeling_hip_flexor_easier.benefit":
        "It starts opening the front of the hip while you build up to the full stretch.",
    # Low hip flexor stretch on a towel (ours: low prop, no sweeps)
    "exercise.elevated_hip_flexor_easier.setup":
        "Lie on your back with a folded towel under your hips, just below the waist.",
    "exercise.elevated_hip_flexor_easier.movement":
        "Hug one knee toward your chest and let the other leg rest long on the floor. Stay "
        "still, no sweeps.",
    "exercise.elevated_hip_flexor_easier.feel":
        "A gentle opening at the front of the hip on the long leg.",
    "exercise.elevated_hip_flexor_easier.safety":
        "Keep the towel low; a flat fold is enough. Take it away if your lower back feels "
        "strained.",
    "exercise.elevated_hip_flexor_easier.caution": "Keep the towel low.",
    "exercise.elevated_hip_flexor_easier.benefit":
        "It stretches the front of the hip gently, with no movement to control.",
    # Gentle psoas release (ours: flat towel, shorter rest)
    "exercise.psoas_release_easier.setup":
        "Lie on your back with a flat folded towel under your hips, just below the waist.",
    "exercise.psoas_release_easier.movement":
        "Set your feet flat, under or a little ahead of your knees, and rest. Let your lower "
        "back settle on its own.",
    "exercise.psoas_release_easier.feel":
        "A soft easing at the front of the hips as you breathe.",
    "exercise.psoas_release_easier.safety":
        "Never press your back down. If even the towel feels like too much, lie flat without it.",
    "exercise.psoas_release_easier.caution": "Let it settle; never press your back down.",
    "exercise.psoas_release_easier.benefit":
        "It's a milder way into the same long, quiet release.",
    # Plain clamshells (article: the clamshell before the lift and extension)
    "exercise.banded_clamshells_easier.setup":
        "Lie on your side, knees partly bent, with a mini band looped around your lower legs.",
    "exercise.banded_clamshells_easier.movement":
        "Keep your feet together, open the top knee, then lower it slowly. No lift and no "
        "straightening.",
    "exercise.banded_clamshells_easier.feel":
        "Effort in the outer hip of the top leg.",
    "exercise.banded_clamshells_easier.safety":
        "Keep your hips stacked and don't roll back. Take the band off if you can't stay still.",
    "exercise.banded_clamshells_easier.caution": "Keep your hips stacked.",
    "exercise.banded_clamshells_easier.benefit":
        "They build the side of the hip before you add the lift and the long leg.",
    # Supported 90 90 rotations (ours: hands behind, feet wide, part range)
    "exercise.ninety_ninety_easier.setup":
        "Sit with your hands on the floor behind you, knees bent, feet flat and a bit wider than "
        "your hips.",
    "exercise.ninety_ninety_easier.movement":
        "Tip both knees over to one side only as far as is easy, lift them back up, then tip "
        "them to the other side.",
    "exercise.ninety_ninety_easier.feel":
        "One hip turning in and the other turning out, gently.",
    "exercise.ninety_ninety_easier.safety":
        "Lean on your hands as much as you need, and stop short of any pinch.",
    "exercise.ninety_ninety_easier.caution": "Lean on your hands; stop short of any pinch.",
    "exercise.ninety_ninety_easier.benefit":
        "They get both hips rotating with support, building toward the full ninety ninety.",
    # Small hip circles (ours: small circles, holding a wall or on hands and knees)
    "exercise.hip_cars_easier.setup":
        "Stand tall with a hand on a wall, or come onto your hands and knees.",
    "exercise.hip_cars_easier.movement":
        "Lift one knee a little and trace a small, slow circle with it: out, back and around. "
        "Keep the rest of you still.",
    "exercise.hip_cars_easier.feel":
        "The hip moving easily through the middle of its range.",
    "exercise.hip_cars_easier.safety":
        "Keep the circle well inside what feels easy, and make it smaller if anything pinches.",
    "exercise.hip_cars_easier.caution": "Keep the circle small and easy.",
    "exercise.hip_cars_easier.benefit":
        "They get the hip moving with control before you run.",
    # Small front to back leg swings (ours: small relaxed swings)
    "exercise.leg_swings_front_back_easier.setup":
        "Stand side on to a wall with one hand on it for balance.",
    "exercise.leg_swings_front_back_easier.movement":
        "Swing the outside leg gently forward and back, keeping each swing small.",
    "exercise.leg_swings_front_back_easier.feel":
        "A light loosening at the back of the thigh and the front of the hip.",
    "exercise.leg_swings_front_back_easier.safety":
        "Keep the swings low and relaxed. Stand tall and let the leg hang loose.",
    "exercise.leg_swings_front_back_easier.caution": "Keep the swings low and relaxed.",
    "exercise.leg_swings_front_back_easier.benefit":
        "They ease the hip into the running motion.",
    # Small side to side leg swings (ours: small slow swings)
    "exercise.leg_swings_side_easier.setup":
        "Face a wall and rest both hands on it.",
    "exercise.leg_swings_side_easier.movement":
        "Swing one leg a short way across in front of you, then a short way out to the side, "
        "with your hips facing the wall.",
    "exercise.leg_swings_side_easier.feel":
        "Gentle loosening in the inner thigh and the outer hip.",
    "exercise.leg_swings_side_easier.safety":
        "Keep the swings small and slow, and stand tall on the other leg.",
    "exercise.leg_swings_side_easier.caution": "Small, slow swings.",
    "exercise.leg_swings_side_easier.benefit":
        "They loosen the inner and outer hip without asking for big range.",
    # Lying figure four stretch (ours: pigeon's seat stretch on your back)
    "exercise.pigeon_pose_easier.setup":
        "Lie on your back with both knees bent and feet flat, then cross one ankle over the "
        "other knee.",
    "exercise.pigeon_pose_easier.movement":
        "Stay there, or for more, lift the bottom foot and hold the back of that thigh, drawing "
        "it gently toward you.",
    "exercise.pigeon_pose_easier.feel":
        "A stretch through the seat of the crossed leg.",
    "exercise.pigeon_pose_easier.safety":
        "Keep your head and back resting on the floor. Ease off if the crossed knee hurts.",
    "exercise.pigeon_pose_easier.caution": "Ease off if the crossed knee hurts.",
    "exercise.pigeon_pose_easier.benefit":
        "It gives the pigeon pose's stretch with no weight on the knee.",
    # Chair squat (ours: squat to a seat, a door frame for balance)
    "exercise.deep_squat_easier.setup":
        "Stand in front of a sturdy chair, feet about shoulder width apart, toes turned out a "
        "little.",
    "exercise.deep_squat_easier.movement":
        "Sit back and down until you lightly touch the seat, then stand up tall.",
    "exercise.deep_squat_easier.feel":
        "Work in your glutes and the fronts of your thighs.",
    "exercise.deep_squat_easier.safety":
        "Let your knees follow your toes. Hold a door frame if balance is hard, and use a higher "
        "seat if the chair feels low.",
    "exercise.deep_squat_easier.caution": "Touch the seat lightly; knees follow the toes.",
    "exercise.deep_squat_easier.benefit":
        "It builds squat strength with a seat to guide your depth.",
    # Split squat (ours: a lunge without the step, holding a wall)
    "exercise.lunges_easier.setup":
        "Stand in a long stride, one foot forward and one back, with a hand on a wall or chair.",
    "exercise.lunges_easier.movement":
        "Keep your feet where they are. Bend both knees to lower the back knee toward the "
        "floor, then push back up.",
    "exercise.lunges_easier.feel":
        "Work in the front glute and thigh, and a stretch at the front of the back hip.",
    "exercise.lunges_easier.safety":
        "Lower only as far as you can control, with the front knee tracking over the toes.",
    "exercise.lunges_easier.caution": "Only go as low as you can control.",
    "exercise.lunges_easier.benefit":
        "It builds single leg strength like a lunge, without the step.",
    # Kickstand deadlift (ours: back toes lightly down, no weight)
    "exercise.single_leg_rdl_easier.setup":
        "Stand with one foot flat and the other a small step behind, resting on its toes. No "
        "weight.",
    "exercise.single_leg_rdl_easier.movement":
        "Hinge at the hip, pushing your hips back as your chest lowers, then stand tall. The "
        "back toes only help you balance.",
    "exercise.single_leg_rdl_easier.feel":
        "The back of the front thigh and the glute doing the work.",
    "exercise.single_leg_rdl_easier.safety":
        "Keep most of your weight on the front foot, and lower only as far as your back stays "
        "flat.",
    "exercise.single_leg_rdl_easier.caution": "Weight on the front foot; back stays flat.",
    "exercise.single_leg_rdl_easier.benefit":
        "It teaches the hinge of the single leg deadlift with help for your balance.",
    # Which leg does what on each side: {side} is the leg worked or stretched.
    # Routine exercises already in the catalogue.
    # The straight leg's inner thigh is the one stretched.
    "exercise.straddle_rocking.side": "{side} leg straight out to the side, {other} knee down.",
    # The kneeling leg's hip flexor is the one stretched.
    "exercise.kneeling_hip_flexor.side": "{side} knee down.",
    "exercise.kneeling_hip_flexor_advanced.side":
        "{side} knee down, {other} foot forward. Reach back for your {side} foot.",
    # The long leg's hip flexor is the one stretched; the hugged knee only anchors the pelvis.
    "exercise.elevated_hip_flexor.side": "{side} leg long.",
    # Side-lying: the top leg works, so you lie on the other side.
    "exercise.banded_clamshells.side":
        "Lie on your {other} side, {side} leg on top: the top leg works.",
    # The kneeling leg, foot up the couch, is the one stretched.
    "exercise.couch_stretch.side": "{side} knee down, foot up behind.",
    "exercise.hip_cars.side": "{side} knee draws the circle, {other} leg stays still.",
    # Side on to the wall: the outside leg swings, so the inside hand holds the wall.
    "exercise.leg_swings_front_back.side": "{side} leg swings, {other} hand on the wall.",
    "exercise.leg_swings_side.side": "{side} leg swings, standing on your {other} leg.",
    # The front leg's seat is the one stretched (our cue: the article names pigeon, not how).
    "exercise.pigeon_pose.side": "{side} shin forward.",
    # Reverse lunges: the planted front leg does the work; the other steps back.
    "exercise.lunges.side": "{side} foot stays planted, {other} foot steps back.",
    "exercise.single_leg_rdl.side": "Stand on your {side} leg, {other} leg reaches back.",

    # The new easier versions.
    "exercise.straddle_rocking_easier.side":
        "{side} leg straight out to the side, {other} knee down.",
    "exercise.kneeling_hip_flexor_easier.side": "{side} knee down, {other} foot forward.",
    "exercise.elevated_hip_flexor_easier.side": "{side} leg long, {other} knee hugged in.",
    "exercise.banded_clamshells_easier.side":
        "Lie on your {other} side, {side} leg on top: the top leg works.",
    "exercise.hip_cars_easier.side": "{side} knee draws the circles, {other} leg stays still.",
    "exercise.leg_swings_front_back_easier.side": "{side} leg swings, {other} hand on the wall.",
    "exercise.leg_swings_side_easier.side": "{side} leg swings, standing on your {other} leg.",
    # The crossed leg's seat is the one stretched.
    "exercise.pigeon_pose_easier.side": "{side} ankle crossed over your {other} knee.",
    "exercise.lunges_easier.side": "{side} foot forward and working, {other} foot back.",
    "exercise.single_leg_rdl_easier.side":
        "{side} foot flat and working, {other} toes resting just behind.",

    # At-home tests done per side (not routine exercises, but per side all the same; drop them
    # if the side line is only spoken in routines other than the mobility check).
    "exercise.kneeling_hip_flexor_test.side": "{side} knee down, {other} foot forward.",
    "exercise.seated_figure_four.side": "{side} ankle crossed over your {other} knee.",
    "exercise.active_straight_leg_raise.side": "{side} leg lifts, {other} leg stays flat.",
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
    "coach.halfway": ["Halfway.", "Halfway there.", "Half way. Keep breathing."],
    "coach.hold_progress": [
        "{duration} down. Stay right there and let it keep working.",
        "That's {duration}. Stay where you are, breathing easy.",
    ],
    "coach.switch_sides": ["Switch sides.", "Now the other side.", "Change sides."],
    "coach.other_side": ["Now the other side.", "Over to the other side."],
    "coach.skipped": "We're leaving out the {name} today.",
    "coach.release": ["And release.", "Release.", "Ease out of it."],
    "coach.reps_done": ["Done.", "Good.", "Nice work."],
    "coach.test_done": ["And relax.", "Relax.", "Come out of it."],
    "coach.keep_holding": ["Keep holding.", "Still holding.", "Stay with it."],
    "coach.continue_next": [
        "Next up: the {name}. Say continue when you're ready.",
        "Coming up: the {name}. Say continue to start.",
    ],
    # The leg, not "the right side": a runner lying on their right side works the left leg.
    "coach.continue_side": [
        "That's one side. Say continue for your {side} leg.",
        "One side done. When you're set, say continue for your {side} leg.",
    ],
    "coach.continue_hold": [
        "Stay in position. Say continue for the last {duration}.",
        "Don't move. Just say continue for the final {duration}.",
    ],
    "coach.finished": [
        "That's your {routine} routine done. Well earned.",
        "All done with your {routine} routine. Nice work today.",
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
    "safety.loaded":
        "With the kettlebell, pick a weight you can control through the whole range, and set it "
        "down if your form slips.",
}

CONVERSATION = {
    # A returning runner's launch: one offer, one yes/no question (the menu after a no), and
    # no welcome they have heard before (skill.coach.next_up chooses the offer).
    "welcome.next.retest":
        "It's been a while since your last mobility check. Shall we re-test your hips?",
    "welcome.next.check_routine":
        "Your last mobility check suggested the {routine} routine. Want to do it now?",
    "welcome.next.restart": [
        "Last time you stopped partway through your {routine} routine. Shall I start it again "
        "from the top?",
        "Want another go at your {routine} routine, from the start?"],
    "welcome.next.after_pre_run": [
        "You did your pre-run warm up earlier today. Time for your post-run stretches?",
        "Back from your run, shall I start your post-run stretches?"],
    "welcome.next.usual": ["Shall I start your {routine} routine?",
                           "Ready for your {routine} routine?"],
    "welcome.next.morning": ["Shall I start your pre-run warm up before you head out?",
                             "Before you head out, want your pre-run warm up?"],
    "welcome.next.afternoon": ["Shall I start your post-run stretches?",
                               "Ready for some post-run stretches?"],
    "welcome.next.evening": ["Shall I start your post-run stretches for this evening?",
                             "Shall I start some post-run stretches to wind down this evening?"],
    # Menus name a few routines with "or" and say how many there are.
    "welcome.first_choose":
        "Welcome to Hip Coach, guided hip mobility for trail and ultra runners. {safety} There "
        "are {count} routines; say list routines to hear them all. Which routine would you "
        "like: {choices}?",
    "welcome.offer_resume":
        "In your {routine} routine, you stopped at the {exercise}{side_phrase}. "
        "Shall I pick up there?",
    "welcome.offer_resume_past":
        "In your {routine} routine, you stopped at the {exercise}, which hurt, so we're leaving "
        "it out. Shall I pick up after it?",
    # Named by the leg worked: a runner lying on one side (the clamshells) works the other.
    "side_phrase.left": ", left leg",
    "side_phrase.right": ", right leg",
    "side_phrase.none": "",
    "resume.preface": ["Picking up at the {exercise}.", "Back to the {exercise}."],
    # Hands-free, resuming mid-step the same day: where the runner is, before the audio.
    "resume.here": "Back into the {exercise}{side_phrase}.",
    "resume.here_hold": "Back to the {exercise}{side_phrase}, about {seconds} seconds to go.",
    "routine.not_counted":
        "We skipped most of it, so I won't count this one toward your streak.",
    "resume.nothing": [
        "There's no routine waiting to resume. There are {count}; say list routines to hear "
        "them. Which would you like to start: {choices}?",
        "Nothing is paused, so there's nothing to pick up. Which routine would you like to "
        "start instead: {choices}?",
        "There's no saved place to go back to. Say list routines for all {count}, or which "
        "would you like to start fresh: {choices}?"],
    "routine.reprompt": ["Say continue for the next part, or pause to stop here. Ready to go on?",
                         "When you're ready, say continue, or say pause to stop here. Shall we "
                         "carry on?"],
    # Mid-routine, a line the skill did not understand may have been pain ("this stings"): every
    # fallback and reprompt there opens with the way out, before how to go on.
    "routine.way_out": ["If something hurts, ease out and say that hurts.",
                        "If anything hurts, ease off now and say that hurts.",
                        "Is something hurting? Ease out and say that hurts."],
    "routine.pause_offer": ["Otherwise, shall I pause here and keep your place?",
                            "Or would you like me to pause, with your place kept?"],
    "routine.pause_declined": "Okay, we won't pause.",
    # Yes carries on and no pauses, so the question asked last is whether to carry on.
    "routine.carry_on": [
        "Say continue to pick up at the {exercise}{side_phrase}, or ask me something else. "
        "Shall we carry on?",
        "When you're ready, say continue for the {exercise}{side_phrase}, or ask something "
        "else. Ready to go on?"],
    "routine.which":
        "There are {count} routines; say list routines to hear them all. Which routine would "
        "you like: {choices}?",
    "routine.unknown":
        "I don't have a routine called that. There are {count}; say list routines to hear them "
        "all. Would you like {choices}?",
    "routine.which_of": "Did you mean {choices}?",
    # A yes to "which routine": the question again, in other words.
    "routine.which_yes": "Great. Say list routines for all {count}, or which one: {choices}?",
    "routine.other":
        "Okay. Say list routines for all {count}, or which would you like instead: "
        "{choices}?",
    "routine.contents": "The {name} routine is {count} exercises, about {minutes} minutes: "
                        "{exercises}.",
    "routine.contents_again": "Yes, that's {minutes} minutes or so for all {count} of them.",
    "routine.list": "There are {count} routines. {items}",
    "routine.list_question": "Which one would you like?",
    "routine.list_item": "{name}: {summary}.",
    "routine.finished_reprompt": "Say start and a routine name to go again.",
    "routine.anything_else": "Anything else for today?",
    "routine.what_else": "You can start another routine, ask how your week is going, or set "
                         "a reminder to stretch. What would you like?",
    # A pause keeps listening a little, so a runner who pauses because something hurts can say
    # so without the skill's name; the reprompt (after the way out) says how to come back later.
    # A yes or no answers it: yes picks up, no stops with the place kept.
    "pause.done":
        "Paused at the {exercise}{side_phrase}. Your place is kept. If something hurts, say "
        "that hurts; if not, shall we carry on now?",
    "pause.done_past":
        "Paused. The {exercise} stays out since it hurt, so we'll pick up after it. Shall we "
        "carry on now?",
    # "Hold on" while a question waits, before anything plays: the question stays open.
    "pause.asked": "Sure, take your time. If something hurts, say that hurts.",
    "pause.reprompt":
        "Otherwise say continue, or later on: Alexa, ask hip coach to resume. Shall we carry on?",
    "audio.start":
        "It plays straight through, hands-free. Say: Alexa, pause, whenever you need to, and "
        "Alexa, resume, to carry on.",
    # Said once a session, at the first hands-free start: the way out comes first.
    "audio.stop_if_hurts": "If anything hurts, say: Alexa, stop.",
    # Help while a routine plays hands-free: the controls that work then, not the spoken ones.
    "help.hands_free":
        "It's playing hands-free. Say: Alexa, pause, to stop for a moment, and Alexa, resume, "
        "to carry on. Alexa, next, or Alexa, previous, moves between exercises. If anything "
        "hurts, say: Alexa, stop, then: Alexa, tell Hip Coach it hurts. Stay in a pain-free "
        "range; this is coaching, not medical advice.",
    "audio.subtitle": "Step {step} of {count}: {exercise}",
    "audio.not_here":
        "If something hurts, say: Alexa, tell hip coach that hurts. Otherwise the routine plays "
        "on; say Alexa, pause, to stop.",
    # Paused in the routine's last exercise: the routine was counted as done when it began.
    "pause.last": "Sure, take your time. The {name} was the last one, and today's routine "
                  "already counts as done. If something hurts, say that hurts.",
    "pause.nothing":
        "Nothing is playing right now. Say list routines for all {count}, or which routine "
        "would you like: {choices}?",
    "which_leg.both": "The {name} works both legs together, not one side at a time.",
    "which_leg.none":
        "Once a routine is playing I can tell you which leg is working. Say list routines for "
        "all {count}, or which routine would you like: {choices}?",
    "where.none":
        "You're not in a routine right now. Say list routines for all {count}, or which would "
        "you like: {choices}?",
    # Two phrasings each: asked twice running, the answer is not the same sentence again.
    "where.playing": [
        "You're on the {exercise}{side_phrase}, step {step} of {count} in your {routine} "
        "routine.",
        "This is the {exercise}{side_phrase}: step {step} of {count} of your {routine} "
        "routine."],
    # "How long is left" is about time and count; "what's next" names the next exercise.
    "left.next": ["About {duration} to go, with {remaining} more after the {exercise}.",
                  "Still {remaining} more to come after the {exercise}, about {duration} in "
                  "all."],
    "left.last": ["About {duration} to go: the {exercise} is the last one.",
                  "The {exercise} is the final one, with about {duration} left."],
    "next.after": ["After the {exercise} comes the {next}.",
                   "Next up after the {exercise}: the {next}."],
    "next.last": ["Nothing comes after the {exercise}: it's the last one.",
                  "The {exercise} is the last one, with nothing after it."],
    "progress.streak":
        "Your current streak is {streak} {streak_days}, and your best is {best} {best_days}.",
    "progress.no_check":
        "I can't say yet: you haven't done a mobility check. Say start the mobility check to "
        "see how your hips move.",
    "left.offer_resume": "Shall I pick up there?",
    "step.first": "That's the first one, so here it is again from the start.",
    "step.none":
        "You're not in a routine right now. Say start and a routine name, like post-run.",
    "stretch.which": "Which stretch would you like to know about: {choices}, or another one?",
    "stretch.unknown": "I don't know that one. Would you like to hear about {choices}?",
    "stretch.which_of": "Did you mean {choices}?",
    "stretch.dose": "For the {name}: {amount}",
    "stretch.dose_in": "For the {name}, in your {routine} routine: {amount}",
    # Verbs agree with the name: one stretch works, plural drills work, a test checks.
    "stretch.targets": "The {name} works your {muscles}. {benefit}",
    "stretch.targets_plural": "The {name} work your {muscles}. {benefit}",
    # A test reveals a limit rather than working muscles: say what it shows.
    "stretch.targets_test": "The {name} is a check, not a workout. {benefit} {limit}",
    "stretch.how": "Here's how to do the {name}. {cues}",
    "stretch.form": "I can't see you, so here's how the {name} should go. {cues} It should feel "
                    "strong but never sharp: if anything hurts, ease out and say that hurts.",
    "stretch.dose_hold": "Hold it for {duration}{per_side}.",
    # A hold the runner is building up (the article: work up to a minute).
    "stretch.dose_building": "Hold it for {duration}{per_side} today, building toward {goal}.",
    "stretch.dose_reps": "Do {reps} reps{per_side}.",
    "stretch.dose_alternating": "Do {reps} on each leg, alternating.",
    "stretch.per_side": " on each side",
    # The same dose asked again at once ("is that each side?"): confirmed, not repeated.
    "stretch.dose_again": "Yes, the {name} is on each side. {amount}",
    "stretch.dose_again_in_all": "No, the {name} is in all, not on each side. {amount}",
    "stretch.offer_routine": "It's in the {routine} routine: shall I start that?",
    "stretch.follow_up": ["Anything else you'd like to know, or shall we start a routine?",
                          "Any other questions, or would you like to start a routine?"],
    "advice.which": "Which feels tight: {choices}?",
    "advice.area": "For {area}, the {first} and the {second} help most. The {routine} routine "
                   "has {held}.",
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
        "Nice run. The {routine} routine takes about {length} minutes. Say quick for a shorter "
        "one, or shall I start it?",
    "suggest.before":
        "Good idea to warm up. The {routine} routine takes about {length} minutes. Shall I "
        "start it?",
    "suggest.minutes":
        "In {minutes} minutes you can do the {routine} routine, about {length} minutes. Shall I "
        "start it?",
    "suggest.too_short":
        "The shortest is the {routine} routine, about {length} minutes. Shall I start it anyway?",
    "suggest.general":
        "After a run, post-run; before one, pre-run; short on time, the quick one.",
    "suggest.offered": "For now, I'd go with the {routine} routine, about {length} minutes.",
    "suggest.offer": ["Shall I start the {routine} routine?",
                      "Would you like to start the {routine} routine now?"],
    "equipment.routine": "For the {routine} routine you need {items}.",
    "equipment.routine_none": "The {routine} routine needs no equipment, just some floor space.",
    "equipment.exercise": "For the {exercise} you need {items}.",
    "equipment.exercise_none": "The {exercise} needs no equipment, just some floor space.",
    # Kit (skill.voice.kit): what each piece is for, what stands in for it, who uses it.
    "kit.HALF_CYLINDER.use":
        "A half cylinder props your hips up just below the waist, so the front of the hip can "
        "open.",
    "kit.HALF_CYLINDER.stand_in": "a thick rolled blanket",
    "kit.YOGA_BLOCK.use":
        "A yoga block props your hips up just below the waist, for a long, passive release.",
    "kit.TOWEL_OR_CUSHION.use":
        "A thick towel or cushion props your hips up, or pads a knee or a hip on a hard floor.",
    "kit.MINI_BAND.use":
        "A mini band, a small loop of resistance band, makes the side of the hip work harder.",
    "kit.STRAP.use": "A strap lets you reach your back foot when your hand can't get there yet.",
    "kit.STRAP.stand_in": "a belt",
    "kit.LACROSSE_BALL.use":
        "A lacrosse ball can ease tightness for a while and loosen things up before active "
        "drills.",
    "kit.LACROSSE_BALL.stand_in": "any similar ball",
    "kit.FOAM_ROLLER.use":
        "A foam roller can ease tightness for a while and loosen things up before active "
        "drills.",
    "kit.FOAM_ROLLER.stand_in": "a lacrosse ball",
    "kit.RESISTANCE_BAND.use":
        "A resistance band adds resistance, or gently draws a joint open for deeper mobility "
        "work.",
    "kit.KETTLEBELL.use": "A kettlebell adds load to squats and deadlifts.",
    "kit.KETTLEBELL.stand_in": "a dumbbell, or any weight you can hold close",
    "kit.WALL.use":
        "A wall keeps you steady in the leg swings, and holds your back foot up in the couch "
        "stretch.",
    "kit.WALL.stand_in": "a couch or a sturdy chair",
    "kit.CHAIR.use": "A chair gives you a seat to squat down to in the easier squat.",
    "kit.CHAIR.stand_in": "a low bench or a box",
    "kit.optional": "{items} if you have one",
    "kit.part.uses": "the {name} uses {item}",
    "kit.part.uses_plural": "the {name} use {item}",
    "kit.part.any_of": "the {name} takes any one of {choices}",
    "kit.part.optional": "the {name} can use {item}",
    "kit.stand_in_line": "If you don't have one, {stand_in} will do.",
    "equipment.in_routine": "In the {routine} routine, {parts}.",
    "equipment.in_routines": "In the {routines} routines: {parts}.",
    "equipment.yes": "Yes.",
    "equipment.not_necessarily": "Not necessarily.",
    "equipment.item_unused": "None of my routines need one; it's an extra.",
    "equipment.overall":
        "You don't strictly need tools: most of this works with what you have around the house. "
        "The kit I'd suggest is {items}. A foam roller or lacrosse ball can ease tightness for "
        "a while and loosen things up before active drills, and a resistance band adds "
        "resistance or gently opens up a joint.",
    "equipment.item_not_in_routine": "No, the {routine} routine doesn't use {item}.",
    "equipment.item_elsewhere": "These routines do: {routines}.",
    "equipment.follow_up": "Which routine would you like to start?",
    "list.and": " and ",
    "list.or": " or ",
    "article.a": "a {item}",
    "article.an": "an {item}",
    "article.the": "the {item}",
    "hold.set": "Done. Adjustable holds will now last {duration}.",
    "hold.confirm": "Holds of {duration} from now on. Shall I set that?",
    "hold.kept": "Okay, the holds stay as they were.",
    "hold.too_short": "I heard {duration}, which is shorter than I can set.",
    "hold.too_long": "I heard {duration}, which is longer than I can set.",
    "hold.far_too_long": "That is far longer than I can set.",
    "hold.set_now": "Done: {duration} holds from here.",
    "hold.which_way":
        "You can say a number of seconds, like forty five. Would you like the holds longer or "
        "shorter?",
    "hold.invalid":
        "Holds can be from {low} to {high}. How many seconds would you like?",
    "hold.reprompt": "Say a number of seconds, for example forty five.",
    "progress.none": "You haven't finished a routine yet.",
    "progress.summary":
        "This week you've done {week} {week_sessions}. Your current streak is {streak} "
        "{streak_days}, and your best is {best} {best_days}. Your last session was the {last} "
        "routine.",
    "progress.session": "session",
    "progress.sessions": "sessions",
    "progress.day": "day",
    "progress.days": "days",
    "progress.save_failed": "I couldn't save your progress just now, but we'll keep going.",
    # The session ends with progress the store never took: said last, after any "saved".
    "progress.not_kept":
        "Sorry, I couldn't save what you did today, so it isn't kept: next time I'll only "
        "know what I saved before.",
    "kept.nothing": "I don't keep anything about you yet.",
    "kept.intro": "Here's what I keep about you:",
    "kept.sessions": "{count} finished {sessions}, with their dates, for your streak",
    "kept.paused": "where you paused a routine",
    "kept.hold": "your hold preference of {seconds} seconds",
    "kept.checks": "the dates of {count} mobility {checks}",
    "kept.check_results": "the test results of {count} of them, which you agreed to keep",
    "kept.runs": "a short summary of your last {count} {runs} from Strava",
    "kept.time_zone": "your device's time zone",
    "kept.how_to_delete":
        "Reminders are kept by Alexa, not by me. To delete everything, say forget me. I've "
        "sent this to the Alexa app too.",
    "kept.card_title": "What Hip Coach keeps about you",
    "kept.session": "routine",
    "kept.sessions_many": "routines",
    "kept.check": "check",
    "kept.checks_many": "checks",
    "kept.run": "run",
    "kept.runs_many": "runs",
    "forget.confirm":
        "This deletes the progress, streaks and settings kept for this Alexa account, everyone's "
        "voice profile included. Are you sure?",
    "forget.done": "Done. I've deleted everything I had stored for this account.",
    "forget.pending":
        "I couldn't finish deleting it just now. I'll finish as soon as my storage answers.",
    "forget.failed":
        "I couldn't delete anything just now: my storage isn't answering, so everything is "
        "still there. Please ask me again in a little while.",
    "forget.kept": "Okay, I've kept everything. What would you like to do?",
    "help.main":
        "Hip Coach talks you through hip stretches after a run, warm ups before one, strength "
        "work, a deep release, and a mobility check. Tell me you just finished a run, or how "
        "many minutes you have, and I'll pick one. During a routine, say continue, pause, next, "
        "or start over, and ask what this stretch targets, how to do it, or what's next. You "
        "can also say my hips are tight, or make the holds longer.",
    "help.reprompt": "What would you like to do?",
    # Said when a routine is stopped part-way, which may have been for pain: rest what hurt.
    "goodbye": ["Okay. Your place is saved. If something hurt, give it a rest.",
                "Bye for now. Your progress is saved. If anything hurts, rest it today."],
    "goodbye.plain": ["Okay, bye for now.", "See you next run."],
    # Outside a routine a miss is most often a request Hip Coach does not do ("what's the
    # weather"): say plainly what it does, with two things to say; never pretend to mishear.
    "fallback": [
        "Hip Coach guides hip stretches and mobility routines for runners. You can say start my "
        "post-run stretches, or what routines are there.",
        "That's not something Hip Coach does: it talks you through hip mobility routines. Try "
        "saying I just finished a run, or list routines."],
    # Said before the question the skill had asked, asked again; never twice in a row the same.
    "fallback.again": ["That's not one of the answers I know.", "I can't take that as an answer.",
                       "That's outside what I can answer here."],
    "fallback.twice": [
        "Hip Coach only does hip mobility: stretches, warm ups and a mobility check. You could "
        "say I just finished a run, or help.",
        "I can help with hip stretches for runners, and not much else. Say list routines, or I "
        "just finished a run."],
    # A miss outside a routine may still have been pain (a runner who says it hurts after the
    # routine ended): the way out comes first there too, in a few words.
    "fallback.way_out": ["If something hurts, say that hurts.",
                         "If anything hurts, just say that hurts."],
    "no.nothing_asked": "Otherwise, you can start a routine, ask about a stretch, or say "
                         "stop.",
    "error.general": "Sorry, something went wrong on my side. Could you say that again?",
}

# Pain is heard anywhere; these lines never vary, and never diagnose.
PAIN = {
    # A second phrasing of each, for a runner who says it hurts again while choosing.
    "pain.answer": [
        "Ease out of that position now, slowly. Pain is your signal to stop, so don't push "
        "through it. I'm a coach, not a doctor, and this isn't medical advice: if the pain "
        "stays with you, have a physio or a doctor look at it.",
        "Stay out of that position, and don't push through pain. I can't tell you what it is: "
        "this isn't medical advice, so if it keeps hurting, a physio or a doctor should look "
        "at it."],
    "pain.choice": [
        "We'll leave the {name} out for now. Would you like a gentler version of it, to skip "
        "on to the next one, or to stop for today?",
        "The {name} stays out. You can have a gentler version of it, skip on to the next one, "
        "or stop for today. Which would you like?"],
    "pain.choice_no_easier": [
        "We'll leave the {name} out for now. Would you like to skip on to the next one, or to "
        "stop for today?",
        "The {name} stays out. You can skip on to the next one, or stop for today. Which would "
        "you like?"],
    "pain.choice_test": "Would you like to skip this test, or to stop for today?",
    "pain.choice_test_again": "Shall we skip on to the next test, or stop for today?",
    "pain.choice_again": ["Say gentler version, skip, or stop.",
                          "Would you like the gentler version, to skip it, or to stop for today?"],
    # Medication, running on an injury, a named condition, asked outside a routine.
    "medical.answer": [
        "That's one for a professional: I'm a coach, not a doctor, and this isn't medical "
        "advice. A pharmacist or your doctor can tell you about medicines, and a physio or "
        "doctor can look at an injury and say when to run on it.",
        "I can't advise on that: this isn't medical advice, and I'm not a doctor. Ask a "
        "pharmacist or doctor about medicines, and have a physio or doctor check an injury "
        "before you run on it."],
    # A medical question often comes from a body that hurts now: the way out first.
    "medical.follow_up": [
        "If anything hurts right now, stop and say that hurts. What would you like to do now?",
        "Should something hurt now, ease off and tell me it hurts. Is there something else I "
        "can help with?"],
    "pain.outside": "When you're ready, say help to hear what I can do, or say stop.",
    "pain.stopped":
        "Okay, we'll stop here for today. Go easy, and if the pain stays, get it checked.",
    "pain.skipping": "Skipping it.",
    "pain.resume_past": "Leaving out the {name}, since it hurt.",
    "pain.back_ask":
        "The {name} hurt earlier, so I left it out. Do you want to go back to it anyway? Say "
        "yes to try it again, gently, or no to carry on without it.",
    "pain.back": "Back to the {name}. Go gently, and stop if it hurts again.",
    "pain.not_harder": "Not harder, not straight after that hurt.",
    # The step's own opening names the version next, so these do not.
    "version.easier": "Let's make it easier.",
    "version.harder": "Let's make it harder.",
    "version.outside":
        "Easier and harder versions come in during a routine: say make it easier while a "
        "stretch plays. What would you like to do?",
    "version.no_easier":
        "That's already the easiest version of the {name}. Say next to move on, or continue to "
        "carry on with it.",
    "version.no_harder":
        "There's no harder version of the {name} in my catalogue. Say continue to carry on "
        "with it, or next to move on.",
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
    # What is kept, for how long (the store's expiry: tests/test_health_privacy.py), and who
    # may hear it.
    "check.consent":
        "Before the first test: shall I remember your check results, so next time I can tell "
        "you what changed? I'd keep only whether you reached each test's mark and which side "
        "felt tighter, for 18 months after you last use Hip Coach, or until you say forget my "
        "check results. Others using this device may hear them if they ask how your hips "
        "are. Yes or no?",
    "check.consent_again": "Before that test: shall I keep your check results? Yes or no?",
    "check.consent_yes": "Thanks, I'll keep them.",
    "check.consent_no": "No problem: your answers stay in this session only.",
    "check.consent_later":
        "I won't keep them for now: your answers stay in this session only, and I'll ask "
        "again next time.",
    "forget_checks.done":
        "Done: I've deleted your check results. I'll ask again before your next check.",
    "check.all_clear":
        "Nothing held you back today. Check again in about four weeks to see it stays that "
        "way.",
    "check.offer": "Shall I start the {routine} routine now?",
    "welcome.check_suggest":
        "In your last check: {finding}. Want the {routine} routine for it?",
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

# Questions the coach answers (the article's, and what research adds), in our words: short,
# and each ends by offering something.
LEARN = {
    "learn.flexibility_mobility":
        "Flexibility is how far a joint can be moved, like hugging a knee in to your chest. "
        "Mobility is using that range yourself, with control, like driving the knee "
        "up when you run. Runners need both.",
    "learn.flexibility_mobility.offer": "Want the pre-run routine, which trains mobility?",
    "learn.tight_hip_signs":
        "Tight hips often show as lasting tightness in the hips or glutes, a sore lower back "
        "after sitting or long runs, trouble lifting your knees or sitting cross-legged, or an "
        "uneven stride.",
    "learn.tight_hip_signs.offer": "Want to run the mobility check to see where yours stand?",
    "learn.why_tight_hips":
        "Tight hips can have many causes, and I can't tell which is yours. What I can tell you "
        "is what they cost a runner: when the hip flexors can't lengthen freely, your stride "
        "gets shorter, climbs feel harder, and your lower back takes more of the load.",
    "learn.why_tight_hips.offer": "Want to run the mobility check to see where yours stand?",
    "learn.when_to_stretch":
        "Both, in different ways: dynamic moves like swings and hip circles before a run, to "
        "get the joints moving, and static stretches held longer, like the couch stretch or "
        "pigeon, after it.",
    "learn.when_to_stretch.evidence":
        "And if you like a short held stretch before a run, research finds it doesn't "
        "measurably change your running economy.",
    "learn.when_to_stretch.offer": "Want the post-run routine now?",
    "learn.strength_mobility":
        "Strength work helps mobility when it goes through full range, such as lunges, deep "
        "squats and single leg deadlifts. Lifts that only go part way, or machines, can leave "
        "muscles used to a short position and joints stiff. So prime the hips with mobility drills "
        "first, use the full range, and stretch afterwards.",
    "learn.strength_mobility.offer": "Want the strength routine, which does just that?",
    "learn.hip_muscles":
        "Your hip is a team: the three glutes, maximus, medius and minimus; the hip flexors, "
        "mostly the iliacus and psoas; the adductors along the inner thigh; the hamstrings "
        "behind; and a group of deep rotators. They have to work together for a strong, steady "
        "stride.",
    "learn.hip_muscles.offer": "Want the post-run routine, which stretches several of them?",
    "learn.strong_hips":
        "Strong hips tend to go with better running form: a steadier pelvis, more drive from "
        "the hip, and less trouble of certain kinds, such as pain around the kneecap or along "
        "the IT band.",
    "learn.strong_hips.evidence":
        "That's a link, though: strengthening the hips on its own hasn't been shown to change "
        "how you run.",
    "learn.strong_hips.offer": "Want the strength routine?",
    "learn.mobility_speed":
        "It can. Moving the hips before a run gets the joints ready to move smoothly, and "
        "stretching after eases the tightness. On climbs, more hip extension means more power "
        "from the glutes; on descents, mobile hips soak up the impact; and over long efforts "
        "less energy goes to waste. None of it needs more aerobic fitness.",
    "learn.mobility_speed.offer": "Want the pre-run routine before your next run?",
    "learn.compensations":
        "When the hips are tight, the rest of the body makes up for it. Small changes creep "
        "in: more twist through the torso, a different foot strike, or reaching too far "
        "forward with each step. Over many miles, each of those can raise the chance of an "
        "overuse injury.",
    "learn.compensations.offer": "Want to run the mobility check to see how your hips move?",
    "learn.rotation_it_band":
        "Limited hip rotation can add load to the IT band, and that can show up as pain at "
        "the knee or the outside of the hip. If you have pain there, have a physio look at "
        "it: these routines keep rotation moving, they don't treat pain.",
    "learn.rotation_it_band.offer": "Want the pre-run routine, which works on rotation?",
    "learn.stretch_volume":
        "More isn't always better. Research finds the flexibility you gain from held stretches "
        "levels off at a few minutes per muscle in one session, so holding much longer than "
        "that adds little.",
    "learn.stretch_volume.offer": "Want the post-run routine now?",
    "learn.injury":
        "Nobody can promise that. Tight hips may raise your injury risk, and mobility work "
        "keeps them moving, but that's a may, not a guarantee.",
    "learn.injury.evidence":
        "In studies of runners, exercise programmes on their own haven't been shown to cut "
        "running injuries overall, though ones done with a coach or physio watching did "
        "better.",
    "learn.injury.offer": "Want to run the mobility check to see how your hips move?",
    "learn.why_mobility_matters":
        "Mobile, strong hips are the base of efficient running. When they're tight, the rest "
        "of your body has to make up for it, which wastes energy and can lead to trouble, and "
        "over the long hours of trail and ultra running, small restrictions add up.",
    "learn.why_mobility_matters.offer": "Want to run the mobility check to see how yours move?",
    "learn.home_tests":
        "There are four quick checks you can do at home: the kneeling hip flexor test, for "
        "restrictions at the front of the hip; the seated figure four, for limits in turning "
        "the hip outward; the deep squat test, for whether your hips, or your ankles, keep you "
        "from a full squat; and the active straight leg raise, for whether your hamstrings "
        "limit the back of the hip.",
    "learn.home_tests.offer": "Want me to take you through them now, in the mobility check?",
    "learn.improve_mobility":
        "Nothing complicated, but it takes consistency. Drills like ninety ninety hip "
        "rotations, couch stretches, hip circles and leg swings go a long way. The moving ones "
        "suit the time before a run, long holds such as pigeon or the couch stretch suit "
        "after it, and loaded moves like goblet squats belong in a strength session. My "
        "routines are built that way.",
    "learn.improve_mobility.offer": "Want the pre-run routine to start with?",
}

# What screens show (skill.screens): short labels, read at a glance from a mat.
SCREENS = {
    "screen.step": "Step {step} of {count}",
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

# The last run, from Strava (skill.voice.runs, skill.alexa.flows.runs): one sentence that names
# the run and offers what it calls for, and the one short line when Strava cannot say.
RUNS = {
    "run.words.climb": "{distance} kilometers with {climb} meters of climbing",
    "run.words.flat": "{distance} kilometers",
    "run.words.indoor": "{distance} kilometers on the treadmill",
    "run.when.morning": "this morning",
    "run.when.afternoon": "this afternoon",
    "run.when.evening": "this evening",
    "run.when.yesterday": "yesterday",
    "run.when.days": "{days} days ago",
    "run.offer.long_or_steep":
        "{run} {when}: the {routine} routine, {holds}. Shall I start it?",
    # {holds}: the holds the offered routine plays, from its steps.
    "run.hold_each": "holding each stretch for {duration}",
    "run.hold_one": "the {name} for {duration}",
    "run.offer.just_finished":
        "{run} {when}: the {routine} routine, while you're warm. Shall I start it?",
    "run.offer.recent_run":
        "{run} {when}: the {routine} routine, for what the run left tight. Shall I start it?",
    "run.offer.rest_day_check":
        "Your last run was {when}, so it's a rest day: a good day for the {routine}. Shall I "
        "start it?",
    "run.offer.rest_day":
        "Your last run was {when}, so it's a rest day: time for the {routine} routine. Shall I "
        "start it?",
    # A run or a day told by voice (skill.voice.runs.told_offer).
    "run.when.night": "last night",
    "run.told.just_now": "just now",
    "run.told.yesterday": "yesterday",
    "run.told.yesterday.morning": "yesterday morning",
    "run.told.yesterday.afternoon": "yesterday afternoon",
    "run.told.yesterday.evening": "yesterday evening",
    "run.told.yesterday.night": "last night",
    "run.told.on_day": "on {weekday}",
    "run.told.part.morning": "morning", "run.told.part.afternoon": "afternoon",
    "run.told.part.evening": "evening", "run.told.part.night": "night",
    "run.told.distance.km": "{distance} kilometers",
    "run.told.distance.mi": "{distance} miles",
    "run.told.race_of.km": "a {distance} kilometer race",
    "run.told.race_of.mi": "a {distance} mile race",
    "run.told.race.five_k": "a 5K", "run.told.race.ten_k": "a 10K",
    "run.told.race.half_marathon": "a half marathon", "run.told.race.marathon": "a marathon",
    "run.told.race.fifty_k": "a 50K", "run.told.race.ultra": "an ultra",
    "run.told.in_time": "{run} in {time}",
    "run.told.a_run": "a run",
    "run.told.minutes": "{minutes} minutes",
    "run.told.hour": "one hour",
    "run.told.hours": "{hours} hours",
    "run.told.hour_and_half": "an hour and a half",
    "run.told.hours_and_half": "{hours} and a half hours",
    "run.told.hours_minutes": "{hours} and {minutes} minutes",
    "run.told.terrain.trail": "on trails",
    "run.told.terrain.hilly": "with hills",
    "run.told.terrain.descent": "with a lot of descent",
    "run.told.terrain.flat": "on the flat",
    "run.told.terrain.treadmill": "on the treadmill",
    "run.told.terrain.hilly_trail": "on hilly trails",
    # A fact a told run lacked that would change the routine, named in the offer before its
    # question (run.offer.question, replaced by run.offer.question_named).
    "run.told.unless.length": "If it was a long one, tell me how far, and I'll offer the "
                              "{routine} routine instead.",
    "run.told.unless.climb": "If it was hilly, say so, and I'll offer the {routine} routine "
                             "instead.",
    "run.offer.question": "Shall I start it?",
    "run.offer.question_named": "Shall I start the {routine} routine?",
    "run.told.misheard":
        "That can't be one run, so I may have misheard. How far or how long was it?",
    # The fact a told run lacks, asked again after an aside or a miss.
    "run.told.ask.length": "How far or how long was your run?",
    "run.told.ask.climb": "Was your run hilly?",
    "run.told.rest_day":
        "A rest day: no stretching needed. If you'd like something, the {routine} routine "
        "builds strength through full range. Shall I start it?",
    "run.told.rest_day_check":
        "A rest day: a good day for the {routine}, to see where your hips are, rather than "
        "stretching. Shall I start it?",
    "run.told.about_to_run":
        "Heading out soon: the {routine} routine, dynamic moves to get your hips ready. Shall "
        "I start it?",
    "run.told.sitting":
        "A day at a desk: the {routine} routine, long holds for what sitting tightens. Shall I "
        "start it?",
    "run.told.no_kit":
        "No kit needed: the {routine} routine needs nothing more than a towel or a cushion. "
        "Shall I start it?",
    # Strava's terms: every use of its data says where it comes from.
    "run.from_strava": "From Strava: {said}",
    # An account's link with no voice recognised: whoever is speaking may not be its athlete,
    # so the run itself goes unsaid and only what it calls for is offered.
    "run.offer.unnamed": "your last run calls for the {routine} routine. Shall I start it?",
    "run.relink": "Strava needs linking again; I've sent a card to your Alexa app.",
    "run.unavailable": "I couldn't hear from Strava just now, so this is without your last run.",
}

# Reaching the skill without its name: the Alexa Routine offered for a habit.
REACH = {
    # The phrases offered as the routine's trigger, in order of preference (Alexa takes the
    # first one the runner has not used; each must read as a sample utterance).
    "automation.utterances.post_run": ["I'm back from my run", "I finished my run",
                                       "post run stretches"],
    "automation.utterances.quick_post_run": ["quick stretch after my run",
                                             "I'm back from a short run"],
    "automation.utterances.pre_run": ["I'm going for a run", "warm up my hips"],
    "automation.utterances.strength": ["time for hip strength", "hip strength workout"],
    "automation.utterances.deep_release": ["time for my deep release",
                                           "deep hip release"],
    "automation.utterances.mobility_check": ["check my hips", "hip mobility check"],
    "automation.description": "start your {routine} routine in Hip Coach",
    "automation.lead":
        "You've done your {routine} routine on {days} different days now. Alexa can start it "
        "for you without my name.",
    "automation.accepted":
        "Your routine is set up. You'll find it in the Alexa app under Routines. See you "
        "next time.",
    "automation.declined": "No problem, I won't ask again. See you next time.",
    "automation.already": "You already have that routine set up. See you next time.",
    # Reminders to stretch (skill.alexa.flows.reminders).
    "reminder.confirm": "I'll remind you to stretch {when}. Shall I set that?",
    "reminder.when_once": "on {weekday}, {date} at {clock}",
    "reminder.when.DAILY": "every day at {clock}",
    "reminder.when.MORNING": "every morning at {clock}",
    "reminder.when.EVENING": "every evening at {clock}",
    "reminder.when.WEEKDAYS": "every weekday at {clock}",
    "reminder.when.MO": "every Monday at {clock}",
    "reminder.when.TU": "every Tuesday at {clock}",
    "reminder.when.WE": "every Wednesday at {clock}",
    "reminder.when.TH": "every Thursday at {clock}",
    "reminder.when.FR": "every Friday at {clock}",
    "reminder.when.SA": "every Saturday at {clock}",
    "reminder.when.SU": "every Sunday at {clock}",
    "reminder.clock": "{hour} {half}",
    "reminder.clock_minute": "{hour}:{minute} {half}",
    "reminder.am": "AM",
    "reminder.pm": "PM",
    "weekday.0": "Monday", "weekday.1": "Tuesday", "weekday.2": "Wednesday",
    "weekday.3": "Thursday", "weekday.4": "Friday", "weekday.5": "Saturday",
    "weekday.6": "Sunday",
    "reminder.time":
        "When should I remind you? Say, for example, remind me on Saturday at ten, or every "
        "evening at seven.",
    "reminder.past":
        "That time has already gone by. When should I remind you? Say, for example, remind "
        "me tomorrow at seven.",
    "reminder.example":
        "Say, for example, remind me to stretch every evening at seven.",
    "reminder.not_set": "Okay, no reminder. What would you like to do?",
    "reminder.permission_lead": "To set reminders, Hip Coach needs your permission.",
    "reminder.permission_denied":
        "Okay, I won't set any reminders. If you change your mind, you can allow reminders "
        "for Hip Coach in the Alexa app.",
    "reminder.permission_card":
        "To set reminders, allow Hip Coach to use reminders: I've sent a card to your Alexa "
        "app. Then ask me again.",
    "reminder.permission_to_list":
        "Hip Coach doesn't have permission to your reminders yet. I've sent a card to your "
        "Alexa app to allow it.",
    "reminder.alert": "Time to stretch your hips. Say: Alexa, open hip coach.",
    "reminder.set": "Done. I'll remind you to stretch {when}.",
    "reminder.none": "You have no stretch reminders. What would you like to do?",
    "reminder.list.one": "You have one stretch reminder: {reminders}.",
    "reminder.list.many": "You have {count} stretch reminders: {reminders}.",
    "reminder.list.more":
        "You have {count} stretch reminders. The first {shown}: {reminders}; and {more} more "
        "in the Alexa app.",
    "reminder.cancel_confirm": "Cancel all your stretch reminders?",
    "reminder.none_to_cancel": "You have no stretch reminders to cancel.",
    "reminder.cancelled.one": "Done: I've cancelled your stretch reminder.",
    "reminder.cancelled.many": "Done: I've cancelled your {count} stretch reminders.",
    "reminder.cancelled.some":
        "I've cancelled {cancelled} of your {count} stretch reminders; {left} are still set. "
        "To cancel those too, say: Alexa, ask hip coach to cancel my reminders.",
    "reminder.kept": "Okay, I'll keep your reminders. What would you like to do?",
    "reminder.error.401":
        "Alexa didn't let me reach your reminders. I've sent a card to your Alexa app to "
        "allow Hip Coach to use them; then ask me again.",
    "reminder.error.429":
        "Alexa's reminders are busy right now. Please ask me again in a minute.",
    "reminder.error.400":
        "Alexa couldn't take that reminder. Try another time, for example every evening at "
        "seven.",
    "reminder.error.down":
        "I couldn't reach Alexa's reminders just now, so nothing changed. Please try again "
        "later.",
    "automation.failed":
        "I couldn't set that routine up just now. You can make one yourself in the Alexa app: "
        "Routines, then add the action Hip Coach, Start a hip routine.",
}

TEXT: dict[str, str | list[str]] = {**EXERCISES, **ROUTINES, **COACH, **DURATIONS, **SAFETY,
                                    **CONVERSATION, **PAIN, **CHECK_IN, **LEARN, **SCREENS,
                                    **RUNS, **REACH}

# Joining the skill and an assistant over MCP into one record (skill.store.links): the skill
# gives a one-time code, the assistant's link_alexa tool takes it.
TEXT |= {
    "assistant.code":
        "To connect your assistant, give it this code within ten minutes: {digits}. Again: "
        "{digits}. It works once, and it's on a card in your Alexa app too. After that, a "
        "routine you finish with either of us counts in one streak.",
    "assistant.code_card_title": "Connect your assistant",
    "assistant.code_card":
        "Your code: {code}. Give it to your assistant within ten minutes; it works once.",
    "assistant.code_failed":
        "I couldn't make a code just now: my storage isn't answering. Please ask me again in "
        "a little while.",
    "assistant.linked":
        "Connected: Hip Coach on Alexa and your assistant now keep one history and one streak.",
    "assistant.already": "Already connected: Hip Coach on Alexa and your assistant share one "
                         "history and one streak.",
    "assistant.wrong":
        "That code didn't work: it may be mistyped, used already, or older than ten minutes. "
        "Say to Alexa: ask hip coach to connect my assistant, for a new one.",
    "assistant.too_many":
        "Too many wrong codes just now. Wait ten minutes, then ask Alexa for a new code.",
    "assistant.forget_confirm":
        "This deletes your progress, streaks and settings, including what Hip Coach on Alexa "
        "keeps if you connected it, everyone's voice profile on that account included. Are you "
        "sure?",
}
