"""What one response carries: its speech and reprompt, the screen shown beside them, AudioPlayer
and skill connection directives, and the rule that answers to the player itself never speak."""

from __future__ import annotations

from collections.abc import Callable

from ask_sdk_model.ui import SsmlOutputSpeech

from skill.alexa.platform.response_check import SILENT_REQUESTS
from skill.screens import render_directive
from skill.voice import ssml


class Reply:
    def __init__(self, handler_input):
        self.handler_input = handler_input
        # The screen the response carries, as (name, datasource builder), built only then.
        self._screen: tuple[str, Callable[[], dict]] | None = None
        self._directives: list = []  # AudioPlayer directives
        # A card for the Alexa app: linking Strava again, or the reminders permission.
        self.card = None

    @property
    def has_screen(self) -> bool:
        """Whether the device renders APL (Echo Show, Spot, Fire TV...). The serializer gives
        every envelope a System; old envelopes have no device."""
        device = self.handler_input.request_envelope.context.system.device
        interfaces = device.supported_interfaces if device is not None else None
        return interfaces is not None and interfaces.alexa_presentation_apl is not None

    def show(self, screen: str, datasource: Callable[[], dict]) -> None:
        """Shows `screen` (skill.screens) with the response, on a device with a screen. The
        last screen shown in a turn wins, and only its datasource is built."""
        self._screen = (screen, datasource)

    @property
    def may_speak(self) -> bool:
        """Responses to the player's own events and to its buttons must not speak."""
        kind = self.handler_input.request_envelope.request.object_type or ""
        return not kind.startswith(SILENT_REQUESTS)

    def add_directive(self, directive) -> None:
        self._directives.append(directive)

    def link_account(self) -> None:
        """Sends the Alexa app's card that starts account linking (to link Strava again)."""
        from ask_sdk_model.ui import LinkAccountCard

        self.card = LinkAccountCard()

    def ask(self, speech: str, reprompt: str):
        builder = self._builder()
        if not self.may_speak:
            return builder.response
        return builder.speak(ssml.speak(speech)).ask(ssml.speak(reprompt)) \
            .set_should_end_session(False).response

    def tell(self, speech: str = ""):
        """Ends the session with `speech`; with no speech (or where speech is not allowed), a
        response that says nothing and carries only its directives."""
        builder = self._builder()
        if not self.may_speak:
            return builder.response
        if speech:
            builder.speak(ssml.speak(speech))
        return builder.set_should_end_session(True).response

    def hand_over(self, speech: str, directive):
        """Says `speech`, then hands the session to Alexa for a skill connection (`directive`,
        Connections.*): no reprompt and no end of session, since Alexa speaks next and sends
        the answer back (SessionResumedRequest or Connections.Response)."""
        builder = self._builder()
        return builder.speak(ssml.speak(speech)).add_directive(directive).response

    def _builder(self):
        builder = self.handler_input.response_builder
        for directive in self._directives:
            builder.add_directive(directive)
        if self._screen is not None and self.has_screen and self.may_speak:  # not to the player
            screen, datasource = self._screen
            builder.add_directive(render_directive(screen, datasource()))
        if self.card is not None and self.may_speak:
            builder.set_card(self.card)
        return builder


def open_with(response, line: str) -> None:
    """Puts `line` (raised after the handler, such as a failed save) at the start of the
    response's speech, if it has any."""
    speech = response.output_speech if response is not None else None
    if speech is not None and getattr(speech, "ssml", None):
        speech.ssml = speech.ssml.replace("<speak>", "<speak>" + line + " ", 1)


def close_with(response, line: str) -> None:
    """Puts `line` at the end of the response's speech (raised after the handler, it may undo
    what the handler said, such as a place saved), or makes it the speech if there is none."""
    speech = response.output_speech if response is not None else None
    if speech is not None and getattr(speech, "ssml", None):
        head, _, tail = speech.ssml.rpartition("</speak>")
        speech.ssml = f"{head} {line}</speak>{tail}"
    elif response is not None:
        response.output_speech = SsmlOutputSpeech(ssml=ssml.speak(line))
