"""`hipcoach chat`: talk to the skill in text, as Alexa would relay it.

Each line is what the runner says. "open hip coach" starts a session with a LaunchRequest; "ask
hip coach to ..." starts one with that request; a bare utterance goes to the open session (and,
as on Alexa, nowhere without one). "exit" ends the session as Alexa does. Some lines are not
speech: "(wait N)" moves the clock N seconds on, "(silence)" lets the microphone time out, and
"(press play|pause|next|previous)" presses a button of the device's player.

Some lines are what a runner does outside the skill (`outside`): "(grant reminders)", "(link
strava)" and "(accept offer)", for a reviewer to try every flow; a response that hands the
session to Alexa (a skill connection) shows what Alexa asks and the line that answers it.

As a device plays it (`plays_responses`, how `hipcoach chat` runs), the clock moves on by each
response's spoken length, so the next line is said once the response has played; "(after N)"
speaks into the last response instead, N seconds after it began (a runner saying "Alexa,
pause" mid-hold); and a "(wait N)" longer than the microphone listens (8 s, the reprompt, 8 s
more) ends the session as the device does.

With AudioPlayer (`hipcoach chat --audio-dir`), a Play directive starts a simulated player:
it reports PlaybackStarted, runs with the clock, reports PlaybackStopped when stopped,
PlaybackNearlyFinished some seconds before an item's end (queueing what the skill answers) and
PlaybackFinished at its end, then starts the queued item; each request carries its token,
offset and activity, as a device's do. While one of ours is the last stream played,
"pause", "resume", "next" and the like reach the skill without its name, as on a device.

The simulated clock outlives a run: `ClockFile` keeps its lead over the real clock beside the
store, so a story told over several runs ("(wait 1 d)" in one, "how am I doing" in the next)
keeps its days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ask_sdk_model import Session, SessionEndedReason
from ask_sdk_model.interfaces.audioplayer import AudioPlayerState, PlayerActivity

from skill.alexa.platform.audio_player import Token
from skill.simulator.envelopes import Caller
from skill.simulator.nlu import Understanding, resolve_built_in
from skill.simulator.outside import LINE, Act, Outside
from skill.voice.ssml import break_seconds, parse, ssml_seconds, tag_name

EventHandler = Callable[[dict, object], dict]

_WAKE = re.compile(r"^\s*alexa[,\s]+", re.I)
_TOUCH = re.compile(r"^\(touch\s+(\S+)\)$", re.I)  # a touch on a routine in the screen's list
_OPEN = re.compile(r"^(open|launch|start|begin|talk to|load|play)\s+hip coach[\s,.!]*$", re.I)
_ONE_SHOT = re.compile(
    r"^(ask|tell)\s+hip coach[,.]?\s+(?:to\s+|for\s+|about\s+|if\s+|whether\s+)?(.+)$", re.I)
_WAIT = re.compile(
    r"^\(wait\s+(\d+(?:\.\d+)?)\s*(s|sec|seconds|m|min|minutes|h|hours|d|days)?\)$", re.I)
_PRESS = re.compile(r"^\(press\s+(play|pause|next|previous)\)$", re.I)
_AFTER = re.compile(r"^\(after\s+(\d+(?:\.\d+)?)\s*(?:s|sec|seconds)?\)$", re.I)
LISTEN_SECONDS = 8.0  # the microphone listens this long after a response, and after its reprompt
# Built-in intents Alexa sends to the skill that last played audio, without its name.
NAME_FREE = frozenset({"AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent",
                       "AMAZON.PreviousIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent",
                       "AMAZON.StopIntent", "AMAZON.CancelIntent"})
_UNITS = {"m": 60, "min": 60, "minutes": 60, "h": 3600, "hours": 3600, "d": 86400, "days": 86400}
SHOWN_PAUSE_SECONDS = 2.0  # shorter pauses are the rhythm of speech, not holds


@dataclass
class Reply:
    speech: str = ""
    reprompt: str = ""
    session_open: bool = False
    note: str = ""
    raw: dict = field(default_factory=dict)
    audio: list[str] = field(default_factory=list)  # what the player did: "[audio ...]"
    alexa: str = ""  # what Alexa asks next, the session handed over to it

    def render(self) -> str:
        lines = [f"({self.note})"] if self.note else []
        if self.speech:
            lines.append(self.speech)
        lines += self.audio
        if self.reprompt:
            lines.append(f"(reprompt) {self.reprompt}")
        lines += [f"[screen {d.get('token', '')}]" for d in (self.raw.get("response") or {})
                  .get("directives") or () if d.get("type") == "Alexa.Presentation.APL."
                  "RenderDocument"]
        if self.alexa:
            lines.append(f"({self.alexa})")
        elif not self.session_open and (self.speech or self.raw):
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


def _clock(ms: int) -> str:
    return f"{ms // 60000}:{ms // 1000 % 60:02d}"


@dataclass
class Player:
    """The device's player, holding one of the skill's step files."""

    token: str
    url: str
    offset_ms: int  # where it was at `since`
    since: datetime
    playing: bool
    length_ms: int | None  # None: unknown, so it never finishes by itself
    nearly_told: bool = False  # PlaybackNearlyFinished sent

    def at(self, now: datetime) -> int:
        if not self.playing:
            return self.offset_ms
        offset = self.offset_ms + round((now - self.since).total_seconds() * 1000)
        return min(offset, self.length_ms) if self.length_ms is not None else offset

    def when(self, offset_ms: int) -> datetime:
        """The moment a playing item reaches `offset_ms`."""
        return self.since + timedelta(milliseconds=offset_ms - self.offset_ms)

    @property
    def name(self) -> str:
        token = Token.parse(self.token)
        if token is None:  # not one of ours
            return self.token
        return f"{token.routine_id.replace('_', '-')} step {token.step + 1}"


# A device asks for the next item once the one playing is buffered: some seconds before its
# end. The next item then starts DEVICE_GAP_MS after the end (fetching its first bytes).
NEARLY_FINISHED_MS = 10_000
DEVICE_GAP_MS = 300


class DevicePlayer:
    """The device's AudioPlayer: carries out a response's Play (at once, or queued after the
    item playing) and Stop, runs with the clock, and reports what it did to the skill as a
    device does (its answers never speak; a queued Play in them is carried out)."""

    def __init__(self, handle: EventHandler, caller: Caller,
                 stream_length: Callable[[str], int | None]):
        self.handle = handle
        self.caller = caller
        self.stream_length = stream_length  # an audio URL's length in ms, if known
        self.player: Player | None = None
        self.queued: Player | None = None
        self.gaps_ms: list[int] = []  # between one item's end and the next one's start
        self.started: list[str] = []  # the token of every item started, in order

    def sync(self, now: datetime) -> None:
        """What the next request's context says of the player."""
        player = self.player
        self.caller.player = None if player is None else AudioPlayerState(
            offset_in_milliseconds=player.at(now), token=player.token,
            player_activity=PlayerActivity.PLAYING if player.playing else PlayerActivity.STOPPED)

    def report(self, kind: str, now: datetime) -> list[str]:
        self.sync(now)
        response = self.handle(self.caller.player_report(
            kind, self.player.token, self.player.at(now), now), None) or {}
        return self.carry_out(response.get("response") or {}, now)

    def play_on(self, now: datetime) -> list[str]:
        """Moves the player on to now, item after item: asks for the next one as the one
        playing nearly ends, and reports each end and start on the way."""
        shown: list[str] = []
        while (player := self.player) is not None and player.playing \
                and player.length_ms is not None:
            nearly = player.when(max(player.offset_ms, player.length_ms - NEARLY_FINISHED_MS))
            if not player.nearly_told and nearly <= now:
                player.nearly_told = True
                shown += self.report("PlaybackNearlyFinished", nearly)
                continue
            end = player.when(player.length_ms)
            if end > now:
                break
            self.report("PlaybackFinished", end)
            shown.append(f"[audio {player.name} finished]")
            self.player, following = None, self.queued
            self.queued = None
            if following is not None:
                start = end + timedelta(milliseconds=DEVICE_GAP_MS)
                self.gaps_ms.append(DEVICE_GAP_MS)
                shown += self._start(replace(following, since=start), start)
        return shown

    def carry_out(self, response: dict, now: datetime) -> list[str]:
        """Carries out the AudioPlayer directives of a response, as the device would."""
        shown = []
        for directive in response.get("directives") or ():
            kind = directive.get("type")
            stream = (directive.get("audioItem") or {}).get("stream") or {}
            if kind == "AudioPlayer.Play" and directive.get("playBehavior") == "ENQUEUE":
                if self.player is not None and \
                        stream.get("expectedPreviousToken") == self.player.token:
                    self.queued = self._item(stream, now)
                continue
            if kind in ("AudioPlayer.Play", "AudioPlayer.Stop") and self.player is not None \
                    and self.player.playing:
                offset = self.player.at(now)
                self.report("PlaybackStopped", now)
                self.player = replace(self.player, offset_ms=offset, since=now, playing=False)
                self.queued = None
                if kind == "AudioPlayer.Stop":
                    shown.append(f"[audio stopped at {_clock(offset)}]")
            if kind == "AudioPlayer.Play":
                shown += self._start(self._item(stream, now), now)
        return shown

    def _item(self, stream: dict, now: datetime) -> Player:
        return Player(stream["token"], stream["url"], stream.get("offsetInMilliseconds") or 0,
                      now, True, self.stream_length(stream["url"]))

    def _start(self, item: Player, now: datetime) -> list[str]:
        self.player = item
        self.started.append(item.token)
        shown = [f"[audio {item.name} from {_clock(item.offset_ms)}]"]
        return shown + self.report("PlaybackStarted", now)


class Conversation:
    def __init__(self, handle: EventHandler, caller: Caller | None = None,
                 start: datetime | None = None,
                 stream_length: Callable[[str], int | None] = lambda url: None,
                 understanding=None, plays_responses: bool = False,
                 link_strava: Callable[[datetime], str] | None = None):
        self.handle = handle
        self.caller = caller or Caller()
        # Anything with understand(text) -> Understood: exact samples unless told otherwise.
        self.understanding = understanding or Understanding(self.caller.model)
        self.session: Session | None = None
        self._start = start
        self._waited = timedelta()
        self.device = DevicePlayer(handle, self.caller, stream_length)
        self.plays_responses = plays_responses
        self._played: tuple[timedelta, float, float] | None = None  # last response: when it
        # began (as _waited), its spoken seconds, and its reprompt's
        self.outside = Outside(self.caller, link_strava)

    @property
    def now(self) -> datetime:
        """Simulated time: the real clock (or a fixed start) plus every (wait N)."""
        return (self._start or datetime.now(UTC)) + self._waited

    def say(self, line: str) -> Reply:
        self.device.sync(self.now)
        text = _WAKE.sub("", line).strip().rstrip(".!?")
        if not text:
            return Reply(session_open=self.session is not None)
        handed = self.outside.take()  # what Alexa asked has this line for an answer
        if outside := LINE.match(text):
            return self._act(self.outside.act(outside.group(1).lower(), handed, self.now))
        if wait := _WAIT.match(text):
            seconds = float(wait.group(1)) * _UNITS.get((wait.group(2) or "s").lower(), 1)
            note = f"{wait.group(1)} {wait.group(2) or 's'} later"
            listened = self._listening_seconds()
            if listened is not None and seconds > listened:  # the microphone closes first
                self._waited += timedelta(seconds=listened)
                self._end_session(SessionEndedReason.EXCEEDED_MAX_REPROMPTS, "")
                self._waited += timedelta(seconds=seconds - listened)
                note += "; the microphone closed and the session ended"
            else:
                self._waited += timedelta(seconds=seconds)
            return Reply(note=note, session_open=self.session is not None,
                         audio=self.device.play_on(self.now))
        if after := _AFTER.match(text):
            return self._speak_into_last(float(after.group(1)))
        if press := _PRESS.match(text):
            return self._send(self.caller.button(press.group(1).capitalize(), self.now),
                              keep_session=False)
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
        if self.session is None and (task := self.outside.routine_task(text)):
            self.session = self.caller.new_session()  # an Alexa Routine's action
            return self._send(self.caller.launch(self.session, self.now, task))
        if self.session is None and self.device.player is not None \
                and self.understanding.understand(text).intent in NAME_FREE:
            self.session = self.caller.new_session()  # ours was the last stream played
            return self._intent(text)
        if self.session is None:
            return Reply(note="Alexa would not send this to the skill without an open session; "
                              "say 'open hip coach' or 'ask hip coach to ...'")
        if text.lower() in ("exit", "quit"):
            return self._end_session(SessionEndedReason.USER_INITIATED, "the runner left")
        return self._intent(text)

    def _act(self, act: Act) -> Reply:
        if act.session is not None:
            self.session = act.session
            return self._send(act.event)
        if act.event is not None:
            self.handle(act.event, None)  # a skill event, outside any session
        return Reply(note=act.note, session_open=self.session is not None)

    def _listening_seconds(self) -> float | None:
        """How long the microphone stays open after the response just played, when this
        conversation plays responses and a session is open."""
        if not self.plays_responses or self.session is None or self._played is None:
            return None
        return LISTEN_SECONDS + self._played[2] + LISTEN_SECONDS

    def _speak_into_last(self, seconds: float) -> Reply:
        """Moves the clock back to `seconds` into the last response, to speak over it."""
        if not self.plays_responses or self._played is None:
            return Reply(note="(after N) speaks into a response `hipcoach chat` played",
                         session_open=self.session is not None)
        began, length, _ = self._played
        self._waited = began + timedelta(seconds=min(seconds, length))
        return Reply(note=f"{min(seconds, length):g} s into the last response",
                     session_open=self.session is not None)

    def touch(self, *arguments: str) -> Reply:
        """A touch on the screen (an APL UserEvent), in the open session or a new one."""
        self.device.sync(self.now)
        if self.session is None:
            self.session = self.caller.new_session()
        return self._send(self.caller.touch(self.session, *arguments))

    def _intent(self, text: str) -> Reply:
        understood = self.understanding.understand(text)
        slots = resolve_built_in(understood.slots, self.caller.slot_types_of(understood.intent),
                                 self.now.date())
        return self._send(self.caller.intent(self.session, understood.intent, self.now,
                                             **slots))

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
        # A skill connection: the session stays Alexa's until the answer comes back in it.
        connection = next((d for d in response.get("directives") or ()
                           if d.get("type", "").startswith("Connections.")), None)
        handed = keep_session and connection is not None and "shouldEndSession" not in response
        carried_on = self.session and Session(
            new=False, session_id=self.session.session_id, application=self.session.application,
            user=self.caller.user(), attributes=raw.get("sessionAttributes") or {})  # as it is now
        alexa = self.outside.hand_over(carried_on, connection) if handed else ""
        self.session = carried_on if open_after else None
        reply = Reply(speech, reprompt, open_after, raw=raw,
                      audio=self.device.carry_out(response, self.now), alexa=alexa)
        if self.plays_responses:  # the device speaks it before anything else can be said
            said = (response.get("outputSpeech") or {}).get("ssml", "")
            prompt = ((response.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", "")
            length = ssml_seconds(said) if said else 0.0
            self._played = (self._waited, length, ssml_seconds(prompt) if prompt else 0.0)
            self._waited += timedelta(seconds=length)
        return reply
