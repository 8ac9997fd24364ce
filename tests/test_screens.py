"""Screens (APL): the documents pass Amazon's own validator, the directives have the shape
ask_sdk_model defines, devices without a screen get none, a routine's countdowns start where the
rendered speech falls silent, and a touch on the routine list starts that routine."""

import copy
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

from skill import screens
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import ROUTINES, routine
from skill.coach.packing import SPEECH_MARGIN
from skill.coach.timeline import Kind
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.script import script_for
from tests.audio_measure import quiet_runs, render, require_audio_tools

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = ROOT / "tests" / "apl" / "validate.js"
REQUESTS = ROOT.parent / "shared" / "alexa-requests"
RENDER = "Alexa.Presentation.APL.RenderDocument"
START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
# Speech estimates are trusted to the packer's margin; espeak-ng runs 2 to 12 % behind them here
# (`pytest tests/test_screens.py -k countdowns -s` prints each hold's planned and heard start).
SPEECH_DRIFT = SPEECH_MARGIN - 1


def apl_findings(documents: dict[str, dict]) -> dict[str, list]:
    if not (ROOT / "node_modules" / "apl-suggester").is_dir() or not shutil.which("node"):
        pytest.fail("apl-suggester is not installed: run `make test` (npm ci) first")
    out = subprocess.run(["node", str(VALIDATOR)], input=json.dumps(documents),
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout)


def test_every_document_passes_apl_suggester_and_the_validator_can_fail():
    documents = {name: screens.document(name) for name in screens.SCREENS}
    broken = copy.deepcopy(documents["routine"])
    broken["mainTemplate"]["items"][0]["paddingLeft"] = "forty"
    broken["mainTemplate"]["items"][0]["bogus"] = 1
    findings = apl_findings({**documents, "broken": broken})
    assert {name: findings[name] for name in documents} == {name: [] for name in documents}
    assert len(findings["broken"]) >= 2, findings["broken"]


@pytest.mark.parametrize("name", screens.SCREENS)
def test_every_document_has_layouts_for_each_screen_shape(name):
    conditions = " ".join(r.get("when", "") for r in screens.document(name)["resources"])
    for shape in ("viewport.shape == 'round'", "viewport.height < 600",
                  "viewport.width >= 1200", "viewport.mode == 'tv'"):
        assert shape in conditions, f"{name} has no layout for {shape}"


def chat(screen: bool = True) -> Conversation:
    skill = build_skill(MemoryProgressStore())
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(screen=screen), START)


def rendered(reply) -> list[dict]:
    return [d for d in reply.raw["response"].get("directives", ()) if d["type"] == RENDER]


def screen_of(reply) -> dict:
    (directive,) = rendered(reply)
    return directive


def test_directives_deserialise_as_ask_sdk_model_render_document():
    talk = chat()
    for reply in (talk.say("open hip coach"), talk.say("start my post-run stretches"),
                  talk.say("what does the couch stretch target")):
        directive = screen_of(reply)
        model = DefaultSerializer().deserialize(json.dumps(directive), "ask_sdk_model.Directive")
        assert isinstance(model, RenderDocumentDirective)
        assert model.token == directive["token"] and model.document["type"] == "APL"
        assert model.document == screens.document(model.token.split(".")[1])


def test_a_device_without_a_screen_gets_no_apl():
    talk = chat(screen=False)
    replies = [talk.say(line) for line in (
        "open hip coach", "list routines", "start my post-run stretches",
        "what does the couch stretch target", "how do I do pigeon pose", "continue")]
    assert all(reply.speech for reply in replies)
    assert not any(reply.raw["response"].get("directives") for reply in replies)


def test_menu_lists_every_routine_and_a_touch_starts_the_one_touched():
    talk = chat()
    menu = screen_of(talk.say("open hip coach"))
    listed = menu["datasources"]["menuScreen"]["routines"]
    assert [item["id"] for item in listed] == [r.id for r in ROUTINES]
    press = json.dumps(menu["document"]).count('"arguments": ["start", "${data.id}"]')
    assert press == 1  # the list's touch sends exactly what the handler reads
    chosen = listed[3]["id"]
    reply = talk.touch("start", chosen)
    assert f"your {routine(chosen).name} routine" in reply.speech
    assert screen_of(reply)["datasources"]["routineScreen"]["routine"].lower() == routine(
        chosen).name.lower()
    other = talk.touch("answer", "2")  # not an event our screens send: an empty answer
    assert other.raw["version"] == "1.0"
    assert not other.raw["response"].get("outputSpeech")
    assert not other.raw["response"].get("directives")


def test_stretch_questions_show_targets_equipment_dose_and_steps():
    talk = chat()
    talk.say("open hip coach")
    reply = talk.say("how do I do the couch stretch")
    facts = {f["label"]: f["value"] for f in screen_of(reply)["datasources"][
        "exerciseScreen"]["facts"]}
    assert set(facts) == {"Targets", "Equipment", "Dose", "How to"}
    assert "hip flexors" in facts["Targets"] and "each side" in facts["Dose"]
    assert facts["How to"].startswith("Kneel with your back to a couch")


def play_routine(routine_id: str) -> list:
    talk = chat()
    talk.say("open hip coach")
    replies = [talk.touch("start", routine_id)]
    while not finished(replies[-1]) and len(replies) < 40:
        replies.append(talk.say("continue"))
    return replies


def finished(reply) -> bool:
    """The routine is over: its last response asks "anything else today?"."""
    return not reply.session_open or (reply.raw.get("sessionAttributes") or {}).get(
        "awaiting") == "finished"


@pytest.mark.parametrize("routine_id", [r.id for r in ROUTINES if not r.check_in])
def test_a_whole_routine_keeps_the_screen_on_until_its_last_response(routine_id):
    replies = play_routine(routine_id)
    assert finished(replies[-1]) and len(replies) < 40
    data = [screen_of(r)["datasources"]["routineScreen"] for r in replies]
    assert all(d["keepOnMs"] > d["frames"][-1]["end"] - screens._ms(
        screens.LAST_FRAME_SECONDS) for d in data[:-1])
    assert data[-1]["keepOnMs"] == 0
    for d in data:
        frames = d["frames"]
        assert frames[0]["start"] == 0
        assert all(a["end"] == b["start"] for a, b in zip(frames, frames[1:], strict=False))
        assert all(f["holdStart"] <= f["holdEnd"] for f in frames)


@pytest.mark.parametrize("routine_id", ["post_run", "deep_release"])
def test_countdowns_start_and_end_where_the_rendered_speech_is_silent(routine_id, tmp_path):
    """The first response of a routine (safety line, setup, both sides of the first stretch),
    spoken by espeak-ng at the pace the estimates assume: every countdown begins and ends
    within 1 s of a long quiet stretch in the audio, plus the drift the speech estimate is
    allowed (SPEECH_DRIFT of the time before it: a voice's pace is only known to that bound).
    With -s it prints each hold's planned and measured start."""
    require_audio_tools()
    reply = play_routine(routine_id)[0]
    data = screen_of(reply)["datasources"]["routineScreen"]
    holds = [(f["holdStart"] / 1000, f["holdEnd"] / 1000) for f in data["frames"]
             if f["holdEnd"]]
    assert len(holds) >= 2  # left and right, and more when a first-timer's holds are short
    ssml = reply.raw["response"]["outputSpeech"]["ssml"]
    quiet = quiet_runs(render(ssml, tmp_path, "first"), min_seconds=10)
    for start, end in holds:
        heard = min((q for q, _ in quiet), key=lambda q: abs(q - start))
        print(f"{routine_id}: hold planned at {start:.1f} s, silent from {heard:.1f} s "
              f"({100 * (heard - start) / start:+.1f} %)")
        assert abs(heard - start) <= 1.0 + SPEECH_DRIFT * start, (start, quiet)
        assert any(abs(q - end) <= 1.0 + SPEECH_DRIFT * end for _, q in quiet), (end, quiet)


def test_frames_follow_the_packers_plan():
    """Frame times are the packer's piece starts after the preface: checked against the
    timeline for every response of every routine played straight through."""
    script = script_for(None)
    for chosen in ROUTINES:
        timeline = script.timeline(chosen)
        for chunk in script.responses(timeline):
            data = screens.routine_screen(timeline, chunk, 7.5, None)["routineScreen"]
            hold_starts = [round((7.5 + p.start) * 1000) for p in chunk.pieces
                           if p.segment.kind is Kind.HOLD]
            for frame in data["frames"]:
                if frame["holdEnd"]:
                    assert frame["holdStart"] in hold_starts


def real(name: str) -> dict:
    path = REQUESTS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the captured Alexa envelopes live in ../shared")
    return json.loads(path.read_text())


def test_real_envelopes_get_a_screen_only_where_apl_is_declared():
    skill = build_skill(MemoryProgressStore())
    # An Echo Show whose skill did not declare APL: the device lists no APL interface, and a
    # RenderDocument would be an error there, so none is sent.
    show = handle_event(skill, real("launch_request_echo_show__ntopng.json"), None)
    assert show["response"]["outputSpeech"] and not show["response"].get("directives")
    # Another skill's touch event, from a device with APL: the correct empty answer.
    touch = handle_event(skill, real("apl_user_event_viewport__alexa-vox-craft.json"), None)
    assert touch["version"] == "1.0" and not touch["response"].get("outputSpeech")
    assert not touch["response"].get("directives")
    # The same device launching the skill gets the routine list.
    launch = copy.deepcopy(real("apl_user_event_viewport__alexa-vox-craft.json"))
    launch["request"] = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request.1",
                         "timestamp": launch["request"]["timestamp"], "locale": "en-US"}
    directives = handle_event(skill, launch, None)["response"]["directives"]
    assert [d["token"] for d in directives] == ["hipcoach.menu"]


def test_the_manifest_declares_apl():
    manifest = json.loads((ROOT / "interaction_model" / "skill.json").read_text())
    interfaces = manifest["manifest"]["apis"]["custom"].get("interfaces", [])
    assert {"type": "ALEXA_PRESENTATION_APL", "supportedViewports": interfaces[0][
        "supportedViewports"]} in interfaces
    shapes = {v["shape"] for v in interfaces[0]["supportedViewports"]}
    assert shapes == {"ROUND", "RECTANGLE"}
