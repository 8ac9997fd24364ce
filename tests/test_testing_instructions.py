"""The testing instructions a reviewer reads are written from the package: each feature's
section is there exactly when the package enables it, each phrase to say is one the model
hears, and what they say deleting removes is what the skill removes."""

import copy
import json
import re

import pytest

from skill.alexa.language.interaction_model import load_model
from skill.alexa.language.skill_package import load_manifest, write_package
from skill.alexa.language.testing_instructions import (
    DISABLED_DELETES,
    FORGET_ME_DELETES,
    MAX_CHARS,
    reviewer_instructions,
)
from skill.alexa.skill import build_skill, handle_event
from skill.cli import main
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore, runs_key
from tests.test_skill_package import GOOD, sample_patterns

STRAVA = {**GOOD, "strava_client_id": "4242", "strava_client_secret": "0123456789abcdef01234567",
          "strava_test_email": "reviewer@runner-tools.net", "strava_test_password": "s3cret-run",
          "countries": "US,GB,CA,IN"}
# Amazon's built-in intents a reviewer answers with; their samples are Alexa's own.
BUILT_IN_WORDS = {"yes", "no", "pause", "resume", "next", "previous", "help"}
SECTIONS = {"Account linking": None, "Reminders:": "permissions",
            "Alexa Routine action": "tasks", "Hands-free": "AUDIO_PLAYER",
            "Screens": "ALEXA_PRESENTATION_APL"}


def written(tmp_path, settings) -> tuple[str, bool]:
    out = write_package(tmp_path / "pkg", settings)
    manifest = json.loads((out / "skill.json").read_text())
    return (manifest["manifest"]["publishingInformation"]["testingInstructions"],
            (out / "accountLinking.json").exists())


def without(feature: str) -> dict:
    """The committed manifest without one feature."""
    manifest = copy.deepcopy(load_manifest())
    body = manifest["manifest"]
    if feature == "permissions":
        body["permissions"] = [p for p in body["permissions"] if "reminders" not in p["name"]]
    elif feature == "tasks":
        body["apis"]["custom"].pop("tasks")
    else:
        body["apis"]["custom"]["interfaces"] = [
            i for i in body["apis"]["custom"]["interfaces"] if i["type"] != feature]
    return manifest


def test_linking_is_described_exactly_when_the_package_links_strava(tmp_path):
    plain, linked = written(tmp_path, GOOD)
    assert not linked and "Account linking" not in plain
    with_strava, linked = written(tmp_path, STRAVA)
    assert linked and "Account linking" in with_strava
    assert STRAVA["strava_test_email"] in with_strava and STRAVA["strava_test_password"] in \
        with_strava  # in the package written, never in the committed manifest
    assert STRAVA["strava_test_email"] not in json.dumps(load_manifest())


@pytest.mark.parametrize("section, feature", [(s, f) for s, f in SECTIONS.items() if f])
def test_each_features_section_is_there_exactly_when_the_package_enables_it(section, feature):
    assert section in reviewer_instructions(load_manifest(), None, GOOD)
    assert section not in reviewer_instructions(without(feature), None, GOOD)


def test_a_package_with_linking_but_no_test_account_is_refused(tmp_path, monkeypatch, capsys):
    for name, value in {"SKILL_ENDPOINT_ARN": GOOD["endpoint"],
                        "SKILL_PRIVACY_URL": GOOD["privacy_url"],
                        "SKILL_TERMS_URL": GOOD["terms_url"], "STRAVA_CLIENT_ID": "4242",
                        "STRAVA_CLIENT_SECRET": STRAVA["strava_client_secret"]}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("STRAVA_TEST_EMAIL", raising=False)
    monkeypatch.delenv("STRAVA_TEST_PASSWORD", raising=False)
    assert main(["package", "--out", str(tmp_path / "pkg")]) == 2
    assert "STRAVA_TEST_EMAIL" in capsys.readouterr().err


def test_every_phrase_to_say_is_one_the_model_hears():
    patterns = sample_patterns(load_model())
    text = reviewer_instructions(load_manifest(), {"linked": True}, STRAVA)
    phrases = re.findall(r"(?<!\w)'([^']+)'(?!\w)", text)
    assert len(phrases) > 15
    for phrase in phrases:
        said = re.sub(r"^alexa, (?:(?:ask|open) hip coach(?: to)?\s*)?", "", phrase.lower())
        assert said in BUILT_IN_WORDS or said == "" or any(p.fullmatch(said) for p in patterns), \
            phrase


def test_the_instructions_fit_amazons_field_and_the_committed_ones_are_current():
    assert len(reviewer_instructions(load_manifest(), {"linked": True}, STRAVA)) <= MAX_CHARS
    committed = load_manifest()["manifest"]["publishingInformation"]["testingInstructions"]
    assert committed == reviewer_instructions(load_manifest(), None, GOOD)


USER, PERSON = "amzn1.ask.account.reviewer", "amzn1.ask.person.reviewer"


def household(store) -> None:
    """The account's record with runs read from Strava, and a voice profile's record."""
    skill = build_skill(store)
    for person in (None, PERSON):
        Conversation(lambda event, context: handle_event(skill, event, context),
                     Caller(user_id=USER, person_id=person)).say(
            "ask hip coach to start my quick stretches")
    item = store.load(USER)
    store.save(USER, {**item, "runs": [["Run", 10000, 3000, 50, 0, 0, False]],
                      "runs_checked": 1.0})


@pytest.mark.parametrize("status", ["NOT_PERSISTED", "PERSISTED"])
def test_what_disabling_deletes_is_what_the_instructions_say(status):
    store = MemoryProgressStore()
    household(store)
    handle_event(build_skill(store), Caller(user_id=USER).skill_disabled(status))
    text = reviewer_instructions(load_manifest(), None, GOOD)
    assert DISABLED_DELETES[status] in text
    if DISABLED_DELETES[status] == FORGET_ME_DELETES:  # everything
        assert store.load(USER) is None and store.load(PERSON) is None
    else:  # only Strava's runs
        # Runs a record held before they had an item of their own go too.
        assert "runs" not in store.load(USER) and store.load(runs_key(USER)) is None
        assert store.load(USER)["position"] is not None
        assert store.load(PERSON) is not None


def test_what_forget_me_deletes_is_what_the_instructions_say():
    store = MemoryProgressStore()
    household(store)
    skill = build_skill(store)
    chat = Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id=USER))
    chat.say("ask hip coach to forget me")
    chat.say("yes")
    assert f"'forget me', then 'yes', deletes {FORGET_ME_DELETES}" in reviewer_instructions(
        load_manifest(), None, GOOD)
    assert store.load(USER) is None and store.load(PERSON) is None


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"])
def test_the_detail_card_describes_every_feature_and_what_is_stored(locale):
    description = load_manifest()["manifest"]["publishingInformation"]["locales"][locale][
        "description"]
    for feature in ("hands-free", "Strava", "remind you to stretch", "Alexa Routine",
                    "on screen", "mobility check results (only if you agree)", "progress",
                    "hold preference", "what do you know about me", "forget me"):
        assert feature in description, feature
