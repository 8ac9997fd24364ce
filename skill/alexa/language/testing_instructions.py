"""The manifest's testing instructions, written from what the package to upload enables: a
reviewer reads how to try each feature that package has (account linking, reminders, the
Alexa Routine action and the routine offer, hands-free audio, screens), the mobility check's
consent, and exactly what "forget me" and disabling the skill delete.

Every phrase in single quotes is something a reviewer says to Alexa; a test checks each is a
sample utterance of the model, and that each section is there exactly when the package enables
its feature. The Strava test account's sign-in is read from the environment when the package
is written, never committed.
"""

from __future__ import annotations

# The deploy settings (skill_package.DEPLOY_SETTINGS) naming a Strava test account's sign-in;
# both are needed when linking is on.
STRAVA_TEST_ACCOUNT = ("strava_test_email", "strava_test_password")
# Amazon's limit on the field (SMAPI rejects a longer one).
MAX_CHARS = 4000
REMINDERS_PERMISSION = "alexa::alerts:reminders:skill:readwrite"

# What each SkillDisabled persistence status deletes, as skill.alexa.handlers.system does it.
DISABLED_DELETES = {
    "NOT_PERSISTED": "the account's record and every voice profile's record under it",
    "PERSISTED": "only the runs read from Strava (the rest stays for when the skill is enabled "
                 "again)",
}
FORGET_ME_DELETES = "the account's record and every voice profile's record under it"


def reviewer_instructions(manifest: dict, linking: dict | None, settings: dict[str, str]) -> str:
    """The instructions for the package holding `manifest` and `linking` (accountLinking.json,
    or None); the deploy `settings` name the Strava test account."""
    body = manifest["manifest"]
    custom = body["apis"]["custom"]
    interfaces = {i["type"] for i in custom.get("interfaces", ())}
    permissions = {p["name"] for p in body.get("permissions", ())}
    parts = ["No purchases. Say 'alexa, open hip coach', then 'start my quick post run "
             "stretches', 'pause my routine', and later 'alexa, ask hip coach to resume'. "
             "If anything hurts, say 'that hurts' at any moment."]
    if linking is not None:
        parts.append(
            "Account linking (Strava, optional): in the Alexa app, link with the Strava test "
            f"account {settings['strava_test_email']} (password "
            f"{settings['strava_test_password']}), which has recent runs. Then say 'what should "
            "i do today': the answer begins \"From Strava:\" and offers a routine for the last "
            "run (the run itself is named only to a recognised voice profile linked on its "
            "own). Revoking the app at strava.com deletes the runs at once. Skipping linking "
            "leaves every other feature working.")
    if REMINDERS_PERMISSION in permissions:
        parts.append(
            "Reminders: say 'remind me to stretch every evening at seven', then 'yes'. Without "
            "the permission the skill asks for it by voice (answer 'yes' to Alexa's question); "
            "on a device that cannot ask, it sends a permission card to the Alexa app (grant "
            "it there, then ask again). 'what reminders do i have' lists them; 'cancel my "
            "reminders' deletes them.")
    if custom.get("tasks"):
        parts.append(
            "Alexa Routine action: in the Alexa app, create a routine, add the action Skills > "
            "Hip Coach > \"Start a hip routine\", pick a routine, run it: that routine starts. "
            "The routine offer: finish the same routine on three different days (the routine "
            "is short: 'start my quick post run stretches', then 'next' to move on); at the "
            "third finish Alexa offers to set up a routine for it.")
    if "AUDIO_PLAYER" in interfaces:
        parts.append(
            "Hands-free (Echo devices that play audio): 'start my post run stretches' plays "
            "the routine as audio with timed silent holds; the first start in a session says "
            "how to stop if anything hurts. "
            "Say 'alexa, pause', 'alexa, resume', 'alexa, next', 'alexa, previous', or 'alexa, "
            "ask hip coach that hurts'; 'alexa, help' while it plays lists these controls.")
    if "ALEXA_PRESENTATION_APL" in interfaces:
        parts.append("Screens (Echo Show): each routine shows its current exercise and what "
                     "is next; 'list the routines' shows a list you can touch.")
    parts.append(
        "Mobility check: 'start the mobility check'. Before the first question the skill asks "
        "whether to keep the results, saying what it keeps, for how long and that others "
        "using the device may hear them; answer 'no' and nothing about the tests is stored. "
        "'how are my hips' reads back kept results (they are not volunteered at launch "
        "unless a voice profile is recognised); 'forget my check results' deletes them.")
    parts.append(
        "Your data: 'what do you know about me' reads a summary of what is stored and sends it "
        f"as a card. 'forget me', then 'yes', deletes {FORGET_ME_DELETES}. Disabling the skill "
        f"deletes {DISABLED_DELETES['NOT_PERSISTED']} when Alexa reports the data is not to be "
        f"kept (NOT_PERSISTED); when Alexa keeps it (PERSISTED), {DISABLED_DELETES['PERSISTED']}"
        " are deleted." + (" Both first revoke the skill's access at Strava." if linking
                           is not None else ""))
    return "\n\n".join(parts)


def reviewer_problems(settings: dict[str, str]) -> list[str]:
    """A package with Strava linking needs a Strava test account for the reviewers: the names
    of the settings missing."""
    if not settings.get("strava_client_id"):
        return []
    return [name for name in STRAVA_TEST_ACCOUNT if not settings.get(name)]
