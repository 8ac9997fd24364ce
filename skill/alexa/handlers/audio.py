"""Requests from the player itself in hands-free mode: its reports on the stream (AudioPlayer.*)
and its buttons (PlaybackController.*). None of their responses speaks (Turn sees to that)."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler

from skill.alexa.flows import routine as flow
from skill.alexa.flows import stream
from skill.alexa.platform import audio_player
from skill.alexa.platform.request_log import redact
from skill.alexa.turn import Turn

log = logging.getLogger(__name__)


def _request_type(handler_input) -> str:
    return handler_input.request_envelope.request.object_type or ""


class PlaybackReportHandler(AbstractRequestHandler):
    """Started and Stopped save the place the player reports (a new Play stops the old stream
    first, so the last report is the new one's start); NearlyFinished queues the next step;
    Finished moves the place on, or records the session after the last step; Failed turns
    hands-free mode off for the runner for a while."""

    def can_handle(self, handler_input):
        return _request_type(handler_input).startswith("AudioPlayer.")

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        heard = audio_player.heard(handler_input, active_only=False)
        kind = _request_type(handler_input).removeprefix("AudioPlayer.")
        if heard is None:  # not one of our streams
            return turn.reply.tell()
        if kind == "PlaybackNearlyFinished":
            return stream.queue_next(turn, heard)
        if kind in ("PlaybackStarted", "PlaybackStopped"):
            stream.stream_stop(turn, heard)
        elif kind == "PlaybackFinished":
            stream.stream_finished(turn, heard)
        elif kind == "PlaybackFailed":
            error = getattr(handler_input.request_envelope.request, "error", None)
            log.error("the device could not play %s: %s %s", redact(heard.token),
                      getattr(getattr(error, "object_type", None), "value", None),
                      redact(getattr(error, "message", None)))
            turn.profile = turn.profile._replace(audio_failed_at=turn.now)
        return turn.reply.tell()


class PlaybackButtonHandler(AbstractRequestHandler):
    """The device's buttons act as "Alexa, resume", "pause", "next" and "previous" do."""

    def can_handle(self, handler_input):
        return _request_type(handler_input).startswith("PlaybackController.")

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        command = _request_type(handler_input).removeprefix("PlaybackController.")
        if command == "PlayCommandIssued":
            return flow.carry_on(turn)
        if command == "PauseCommandIssued":
            return flow.pause(turn)
        if command in ("NextCommandIssued", "PreviousCommandIssued"):
            return flow.go_to_step(turn, "AMAZON.NextIntent" if command.startswith("Next")
                                   else "AMAZON.PreviousIntent")
        return turn.reply.tell()
