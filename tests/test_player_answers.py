"""Answers to the player's own requests carry only AudioPlayer directives, in every state: after
a stream failed, with no build to play, on a device with a screen (an APL document there would
be refused, and play would then do nothing)."""

from datetime import UTC, datetime

import pytest

from skill.alexa.platform.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import routine
from skill.coach.progress import Position, Profile
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.script import script_for

START = datetime(2026, 9, 1, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize("command", ["Play", "Next", "Previous", "Pause"])
@pytest.mark.parametrize("failed", [True, False], ids=["stream failed", "no build"])
def test_buttons_on_a_screen_device_get_only_audio_directives(command, failed, monkeypatch):
    monkeypatch.delenv("AUDIO_BASE_URL", raising=False)  # no build: the routine would be spoken
    caller = Caller(user_id="amzn1.ask.account.buttons", audio=True, screen=True)
    store = MemoryProgressStore()
    timeline = script_for(None).timeline(routine("post_run"))
    saved = Position("post_run", timeline.step_start(1), 1, None, None,
                     START.timestamp() - 60)
    store.items[caller.user_id] = {**Profile(
        heard_safety=True, position=saved,
        audio_failed_at=START.timestamp() - 10 if failed else 0.0).to_dict(), "version": 1}
    response = handle_event(build_skill(store), caller.button(command, START))
    kind = f"PlaybackController.{command}CommandIssued"
    check_response(response, kind)
    assert all(d["type"].startswith("AudioPlayer.")
               for d in response["response"].get("directives") or ())


def test_the_check_refuses_a_screen_in_an_answer_to_the_player():
    with pytest.raises(ValueError, match="only AudioPlayer directives"):
        check_response({"version": "1.0", "response": {"directives": [
            {"type": "Alexa.Presentation.APL.RenderDocument", "token": "t", "document": {}}]}},
            "PlaybackController.PlayCommandIssued")
