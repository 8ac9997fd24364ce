"""The privacy policy and terms of use, as customers read them: one document, each section
marked for the page it belongs to. Plain data (headings, paragraphs, lists), so one renderer
makes both pages and a test can read what they promise.

Each retention stated here is the configured one: the store's expiry (INACTIVE_SECONDS), the
runs' (KEEP_SECONDS), the stack's point-in-time recovery window and log retention
(template.yaml); a test ties them.
Text may hold {operator}, {contact} and the retention placeholders; [text](href) is a link.
"""

from __future__ import annotations

from typing import NamedTuple

from skill.coach.runs import KEEP_SECONDS
from skill.store import INACTIVE_SECONDS

# What template.yaml configures (tests/test_pages.py reads it back).
BACKUP_DAYS = 35  # ProgressTable's PointInTimeRecoverySpecification.RecoveryPeriodInDays
LOG_DAYS = 30  # LogRetentionDays' default: the function's CloudWatch logs
ACCESS_LOG_DAYS = 30  # AccessLogRetentionDays' default: the audio distribution's access logs
INACTIVE_MONTHS = round(INACTIVE_SECONDS / 86400 / 30.44)
RUNS_DAYS = round(KEEP_SECONDS / 86400)
RETENTION = {"inactive_months": INACTIVE_MONTHS, "runs_days": RUNS_DAYS,
             "backup_days": BACKUP_DAYS, "log_days": LOG_DAYS, "access_log_days": ACCESS_LOG_DAYS}

PRIVACY, TERMS = "privacy", "terms"
TITLES = {PRIVACY: "Hip Coach privacy policy", TERMS: "Hip Coach terms of use"}


class Section(NamedTuple):
    page: str
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # a bulleted list after the paragraphs


DOCUMENT = (
    Section(PRIVACY, "Who we are", (
        "Hip Coach is an Alexa skill that guides hip stretches and mobility routines for "
        "runners. It is run by {operator}. Write to [{contact}](mailto:{contact}) with any "
        "question about your data or to ask us to delete it.",)),
    Section(PRIVACY, "What we keep, and why", (
        "We ask for no name, email address or postal address. For each Alexa account, and for "
        "each recognised voice profile on it, we keep one record:",), (
        "Your progress: the routines you finished and when, your streak, and where you paused, "
        "so you can resume and hear how you are doing.",
        "Your hold preference, if you set one (\"make my holds 45 seconds\").",
        "Mobility check results, only if you agree when the check asks: whether you reached "
        "each test's mark and which side felt tighter, so the skill can tell you what changed "
        "and what to work on. Without your agreement only the check's date and the routine it "
        "suggested are kept.",
        "If you link Strava: a short summary of your latest three runs (sport, distance, time, "
        "climbing, when), so the skill can suggest a routine after a run.",
        "Your device's time zone, so days and streaks follow your own clock.",
        "Reminders you ask for are kept by Alexa, not by us: we keep no copy of them, only ask "
        "Alexa to list or cancel them when you do.")),
    Section(PRIVACY, "Where, and for how long", (
        "Records are stored in a database of ours on Amazon Web Services. A record is deleted "
        "when you delete it, when you disable the skill, or {inactive_months} months after you "
        "last used the skill, whichever comes first. The summary of your runs from Strava is "
        "kept apart from it, and deleted {runs_days} days after it was read from Strava.",
        "The database keeps backups for recovering from failures: a deleted record can remain "
        "in them for up to {backup_days} days, and is then gone. Our service logs name you only "
        "by a one-way code and are deleted after {log_days} days; the logs of the audio service "
        "(which device address fetched which audio file) after {access_log_days} days.")),
    Section(PRIVACY, "Who else handles it", (), (
        "Amazon runs Alexa: it hears what you say, turns it into requests to the skill, and "
        "keeps your reminders. Amazon's own privacy notice covers that.",
        "Amazon Web Services hosts the skill and its database for us, and processes the data "
        "only on our behalf.",
        "Strava, if you link your account: the skill reads your recent activities from Strava. "
        "Strava's own privacy policy covers your Strava account. We never pass Strava data to "
        "anyone else.",
        "We sell nothing, show no ads, and share your data with no one else.")),
    Section(PRIVACY, "Seeing your data", (
        "Say \"Alexa, ask Hip Coach what do you know about me\": the skill reads a summary of "
        "what it keeps about you and sends the same summary as a card to the Alexa app. Write "
        "to us for a full copy.",)),
    Section(PRIVACY, "Deleting your data", (), (
        "Say \"Alexa, ask Hip Coach to forget me\", then yes: your account's record and every "
        "voice profile's record on it are deleted.",
        "Say \"forget my check results\" to delete only the mobility check results.",
        "Disable the skill in the Alexa app: your records are deleted, unless Alexa tells us "
        "you chose to keep them; the runs read from Strava are deleted either way.",
        "Write to [{contact}](mailto:{contact}) and we delete everything we hold for you.")),
    Section(PRIVACY, "Children", (
        "Hip Coach is made for adult runners and is not directed at children under 13. We do "
        "not knowingly keep data about children; if you believe we have, write to us and we "
        "delete it.",)),
    Section(PRIVACY, "Changes", (
        "If this policy changes, the new version is published here with its date; a change "
        "that keeps more about you, or keeps it longer, applies only after the skill tells you "
        "about it. The [terms of use](terms) apply alongside this policy.",)),
    Section(TERMS, "Using Hip Coach", (
        "Hip Coach is provided by {operator}. By using it you agree to these terms; the "
        "[privacy policy](privacy) says what it keeps about you.",)),
    Section(TERMS, "Coaching, not medical advice", (
        "Hip Coach gives general stretching and mobility guidance. It is not medical advice and "
        "does not diagnose or treat any condition. Stay in a pain-free range; stop at once if "
        "you feel sharp pain, and say \"that hurts\" at any time. See a health professional "
        "about pain or injury, and before starting if you have a medical condition.",)),
    Section(TERMS, "Strava", (
        "Linking Strava is optional. When you link it, your activities remain Strava's and "
        "yours under Strava's terms; Hip Coach uses them only to suggest a routine to you, and "
        "you can unlink at any time in the Alexa app or at strava.com.",)),
    Section(TERMS, "Availability and liability", (
        "Hip Coach is provided as it is, free of charge, and may change or stop. To the extent "
        "the law allows, we are not liable for injury or loss from using it; nothing in these "
        "terms limits rights the law gives you.",)),
    Section(TERMS, "Contact and changes", (
        "Write to [{contact}](mailto:{contact}). If these terms change, the new version is "
        "published here with its date.",)),
)
