"""`hipcoach chat`: talk to the skill in text, as Alexa would relay it.

Each line is what the runner says. "open hip coach" starts a session with a LaunchRequest; "ask
hip coach to ..." starts one with that request; a bare utterance goes to the open session (and,
as on Alexa, nowhere without one). "exit" ends the session as Alexa does. Two lines are not
speech: "(wait N)" moves the clock N seconds on, and "(silence)" lets the microphone time out.

The simulated clock outlives a run: `ClockFile` keeps its lead over the real clock beside the
store, so a story told over several runs ("(wait 1 d)" in one, "how am I doing" in the next)
keeps its days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ask_sdk_model import Session, SessionEndedReason

from skill.simulator.envelopes import Caller
from skill.simulator.nlu import Understanding
from skill.voice.ssml import break_seconds, parse, tag_name

EventHandler = Callable[[dict, object], dict]

_WAKE = re.compile(r"^\s*alexa[,\s]+", re.I)
_TOUCH = re.compile(r"^\(touch\s+(\S+)\)$", re.I)  # a touch on a routine in the screen's list
_OPEN = re.compile(r"^(open|launch|start|begin|talk to|load|play)\s+hip coach\s*$", re.I)
_ONE_SHOT = re.compile(
    r"^(ask|tell)\s+hip coach\s+(?:to\s+|for\s+|about\s+|if\s+|whether\s+)?(.+)$", re.I)
_WAIT = re.compile(
    r"^\(wait\s+(\d+(?:\.\d+)?)\s*(s|sec|seconds|m|min|minutes|h|hours|d|days)?\)$", re.I)
_UNITS = {"m": 60, "min": 60, "minutes": 60, "h": 3600, "hours": 3600, "d": 86400, "days": 86400}
SHOWN_PAUSE_SECONDS = 2.0  # shorter pauses are the rhythm of speech, not holds


@dataclass
class Reply:
    speech: str = ""
    reprompt: str = ""
    session_open: bool = False
    note: str = ""
    raw: dict = field(default_factory=dict)

    def render(self) -> str:
        lines = [f"({self.note})"] if self.note else []
        if self.speech:
            lines.append(self.speech)
        if self.reprompt:
            lines.append(f"(reprompt) {self.reprompt}")
        lines += [f"[screen {d.get('token', '')}]" for d in (self.raw.get("response") or {})
                  .get("directives") or () if d.get("type") == "Alexa.Presentation.APL."
                  "RenderDocument"]
        if not self.session_open and (self.speech or self.raw):
            lines.append("(session ended)")
        return "\n".join(lines)


def speech_text(ssml: str) -> str:
    """SSML as readable text, with each run of silence shown as [hold N s]."""
    if not ssml:
        return ""
    root = parse(ssml)
    out: list[str] = []
    pause = 0.0

    def flush():
        nonlocal pause
        if pause >= SHOWN_PAUSE_SECONDS:
            out.append(f"[hold {pause:g} s]")
        pause = 0.0

    def walk(element):
        nonlocal pause
        if tag_name(element) == "break":
            pause += break_seconds(element)
        elif element.text and element.text.strip():
            flush()
            out.append(element.text.strip())
        for child in element:
            walk(child)
            if child.tail and child.tail.strip():
                flush()
                out.append(child.tail.strip())

    walk(root)
    flush()
    return " ".join(out)


class ClockFile:
    """How far a store's simulated clock runs ahead of (or behind) the real one, kept in a file
    beside the store: each run starts where the last one left off, plus the real time since."""

    def __init__(self, path: Path):
        self.path = path

    def start(self, real_now: datetime) -> datetime:
        try:
            return real_now + timedelta(seconds=float(self.path.read_text()))
        except (OSError, ValueError):
            return real_now

    def reached(self, simulated: datetime, real_now: datetime) -> None:
        self.path.write_text(f"{(simulated - real_now).total_seconds():.3f}")


class Conversation:
    def __init__(self, handle: EventHandler, caller: Caller | None = None,
                 start: datetime | None = None):
        self.handle = handle
        self.caller = caller or Caller()
        self.understanding = Understanding(self.caller.model)
        self.session: Session | None = None
        self._start = start
        self._waited = timedelta()

    @property
    def now(self) -> datetime:
        """Simulated time: the real clock (or a fixed start) plus every (wait N)."""
        return (self._start or datetime.now(UTC)) + self._waited

    def say(self, line: str) -> Reply:
        text = _WAKE.sub("", line).strip().rstrip(".!?")
        if not text:
            return Reply(session_open=self.session is not None)
        if wait := _WAIT.match(text):
            self._waited += timedelta(seconds=float(wait.group(1)) * _UNITS.get(
                (wait.group(2) or "s").lower(), 1))
            return Reply(note=f"{wait.group(1)} {wait.group(2) or 's'} later",
                         session_open=self.session is not None)
        if touched := _TOUCH.match(text):
            return self.touch("start", touched.group(1))
        if text.lower() == "(silence)":
            return self._end_session(SessionEndedReason.EXCEEDED_MAX_REPROMPTS,
                                     "no answer: the microphone closed")
        if _OPEN.match(text):
            self.session = self.caller.new_session()
            return self._send(self.caller.launch(self.session, self.now))
        if one_shot := _ONE_SHOT.match(text):
            self.session = self.caller.new_session()
            return self._intent(one_shot.group(2))
        if self.session is None:
            return Reply(note="Alexa would not send this to the skill without an open session; "
                              "say 'open hip coach' or 'ask hip coach to ...'")
        if text.lower() in ("exit", "quit"):
            return self._end_session(SessionEndedReason.USER_INITIATED, "the runner left")
        return self._intent(text)

    def touch(self, *arguments: str) -> Reply:
        """A touch on the screen (an APL UserEvent), in the open session or a new one."""
        if self.session is None:
            self.session = self.caller.new_session()
        return self._send(self.caller.touch(self.session, *arguments))

    def _intent(self, text: str) -> Reply:
        understood = self.understanding.understand(text)
        return self._send(self.caller.intent(self.session, understood.intent, self.now,
                                             **understood.slots))

    def _end_session(self, reason: SessionEndedReason, note: str) -> Reply:
        if self.session is None:
            return Reply(note="no session is open")
        event = self.caller.session_ended(self.session, reason, self.now)
        self.session = None
        reply = self._send(event, keep_session=False)
        reply.note = note
        return reply

    def _send(self, event: dict, keep_session: bool = True) -> Reply:
        raw = self.handle(event, None)
        response = raw.get("response") or {}
        speech = speech_text((response.get("outputSpeech") or {}).get("ssml", ""))
        reprompt = speech_text(((response.get("reprompt") or {}).get("outputSpeech") or {})
                               .get("ssml", ""))
        open_after = keep_session and response.get("shouldEndSession") is False
        if open_after:
            self.session = Session(
                new=False, session_id=self.session.session_id,
                application=self.session.application, user=self.session.user,
                attributes=raw.get("sessionAttributes") or {})
        else:
            self.session = None
        return Reply(speech, reprompt, open_after, raw=raw)
