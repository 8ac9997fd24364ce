"""The StartRoutine custom task: its definition is valid OpenAPI 3 within the restrictions
Amazon's task-definition format adds, the package carries it, and a LaunchRequest carrying it
(as an Alexa Routine's action sends it) starts that routine through the Lambda entry, spoken or
hands-free as the device plays it."""

import json

import pytest
from openapi_spec_validator import validate

from skill.alexa.language.skill_package import load_manifest, write_package
from skill.alexa.language.tasks import (
    HOLD_INPUT,
    ROUTINE_INPUT,
    START_ROUTINE,
    TASK_VERSION,
    TASKS_DIR,
    stale_tasks,
    start_routine_definition,
)
from skill.alexa.platform import audio_player as hands_free
from skill.alexa.platform.response_check import check_response
from skill.catalog import ROUTINES, exercise, routine
from skill.simulator.envelopes import Caller
from tests.conftest import AUDIO_BASE, AUDIO_ROUTINES
from tests.test_skill_package import GOOD

DEFINITION = json.loads((TASKS_DIR / f"{START_ROUTINE}.{TASK_VERSION}.json").read_text())


def test_the_committed_task_definition_is_current():
    assert stale_tasks() == [], "run `python -m skill.cli model`"
    assert start_routine_definition() == DEFINITION


def test_the_task_definition_is_valid_openapi_3():
    validate(DEFINITION)  # openapi-spec-validator: raises on any violation of OpenAPI 3.0


def test_a_broken_definition_is_refused_by_the_validator():
    broken = json.loads(json.dumps(DEFINITION))
    del broken["paths"][f"/{START_ROUTINE}"]["post"]["responses"]
    with pytest.raises(Exception, match="responses"):
        validate(broken)


def test_the_task_definition_keeps_amazons_restrictions():
    """Implement Custom Tasks in Your Skill: the file is {TaskName}.{TaskVersion}.json with a
    positive integer version; one path, the task's name; POST only, JSON in and out; inline
    references only; the access scope public, as Alexa Routines require."""
    (path, item), = DEFINITION["paths"].items()
    assert path == f"/{START_ROUTINE}" and set(item) - {"summary", "description"} == {"post"}
    assert TASK_VERSION.isdigit() and int(TASK_VERSION) > 0
    assert DEFINITION["info"]["version"] == TASK_VERSION
    post = item["post"]
    assert set(post["requestBody"]["content"]) == {"application/json"}
    for response in post["responses"].values():
        assert set(response.get("content", {"application/json": {}})) == {"application/json"}
    refs = [v for v in json.dumps(DEFINITION).split('"$ref": ')[1:]]
    assert refs and all(ref.startswith('"#/') for ref in refs)
    assert DEFINITION["info"]["x-amzn-alexa-access-scope"] == "public"
    schema = DEFINITION["components"]["schemas"]["Input"]
    assert schema["properties"][ROUTINE_INPUT]["enum"] == [r.id for r in ROUTINES]
    assert schema["required"] == [ROUTINE_INPUT]


def test_the_manifest_declares_the_task_and_the_package_carries_it(tmp_path):
    assert load_manifest()["manifest"]["apis"]["custom"]["tasks"] == [
        {"name": START_ROUTINE, "version": TASK_VERSION}]
    out = write_package(tmp_path / "skill-package", GOOD)
    written = out / "tasks" / f"{START_ROUTINE}.{TASK_VERSION}.json"
    assert json.loads(written.read_text()) == DEFINITION


@pytest.fixture
def lambda_handler(lambda_entry):
    return lambda_entry[0]


def task_launch(caller: Caller, **given) -> dict:
    return caller.launch(caller.new_session(), task=caller.task(START_ROUTINE, **given))


def spoken(response: dict) -> str:
    return response["response"].get("outputSpeech", {}).get("ssml", "")


@pytest.mark.parametrize("routine_id", [r.id for r in ROUTINES])
def test_a_task_launch_starts_each_routine_spoken(lambda_handler, routine_id):
    response = lambda_handler(task_launch(Caller(), **{ROUTINE_INPUT: routine_id}), None)
    check_response(response)
    speech = spoken(response)
    assert "not medical advice" in speech  # a first session hears the safety line
    assert "Which routine" not in speech and response["response"]["shouldEndSession"] is False
    if routine(routine_id).check_in:  # the check asks first whether to keep its results
        assert "remember your check results" in speech
    else:
        assert response["sessionAttributes"]["playback"]["routine_id"] == routine_id
        assert exercise(routine(routine_id).items[0].exercise_id).name in speech


def test_a_task_hold_length_holds_for_that_start_only(lambda_handler):
    caller = Caller()
    response = lambda_handler(task_launch(caller, **{ROUTINE_INPUT: "post_run",
                                                     HOLD_INPUT: 45}), None)
    assert response["sessionAttributes"]["playback"]["hold"] == 45
    later = lambda_handler(caller.intent(caller.new_session(), "StartRoutineIntent",
                                         routine="post run"), None)
    assert later["sessionAttributes"]["playback"]["hold"] is None  # no preference was set


@pytest.mark.parametrize("given", [{ROUTINE_INPUT: "marathon"}, {}, {ROUTINE_INPUT: 7}])
def test_a_task_for_no_routine_of_ours_is_an_ordinary_launch(lambda_handler, given):
    response = lambda_handler(task_launch(Caller(), **given), None)
    check_response(response)
    assert "Which routine would you like" in spoken(response)


@pytest.mark.parametrize("hold", [5, 500, "long", True])
def test_a_hold_outside_the_choices_falls_back_to_the_runners_own(lambda_handler, hold):
    response = lambda_handler(task_launch(Caller(), **{ROUTINE_INPUT: "post_run",
                                                       HOLD_INPUT: hold}), None)
    assert response["sessionAttributes"]["playback"]["hold"] is None


@pytest.mark.parametrize("routine_id", AUDIO_ROUTINES)
def test_a_task_launch_starts_each_routine_hands_free(lambda_handler, audio_library, routine_id):
    response = lambda_handler(task_launch(Caller(audio=True), **{ROUTINE_INPUT: routine_id}),
                              None)
    check_response(response)
    play, = [d for d in response["response"]["directives"] if d["type"] == "AudioPlayer.Play"]
    stream = play["audioItem"]["stream"]
    token = hands_free.Token.parse(stream["token"])
    assert (token.routine_id, token.step, token.start_ms) == (routine_id, 0, 0)
    assert stream["url"] == AUDIO_BASE + token.file  # the first step's file
    assert response["response"]["shouldEndSession"] is True


def test_a_task_hold_length_plays_its_own_files_hands_free(lambda_handler, audio_library):
    response = lambda_handler(task_launch(Caller(audio=True), **{
        ROUTINE_INPUT: "quick_post_run", HOLD_INPUT: 45}), None)
    play, = [d for d in response["response"]["directives"] if d["type"] == "AudioPlayer.Play"]
    assert hands_free.Token.parse(play["audioItem"]["stream"]["token"]).hold == 45
