"""What a runner does outside the skill in `hipcoach chat`, as Alexa carries it out, so that a
reviewer can try every flow offline: "(grant reminders)" allows the skill reminders (answering
Alexa's permission question through Connections.Response when the skill has just asked; from
then on every request carries the permission and its consent token), "(link strava)" links a
Strava account (the stand-in's, `stand_ins`: every request then carries its token, and Alexa
sends SkillAccountLinked), and "(accept offer)" says yes to the Alexa Routine the skill has just
offered (SessionResumedRequest), after which the routine's phrase, said with no session open,
starts it through the skill's custom task, as an Alexa Routine's action does."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple
from urllib.parse import urlsplit

from ask_sdk_model import Session, Task

from skill.alexa.flows.automation import OFFER_URI
from skill.alexa.flows.reminders import ACCEPTED, ASK_FOR, SCOPE
from skill.simulator.envelopes import Caller

LINE = re.compile(r"^\((grant reminders|link strava|accept offer)\)$", re.I)


class Act(NamedTuple):
    """What a line outside the skill does: an event for the skill, sent in `session` (or
    outside any session when that is None); else only a note."""

    note: str = ""
    event: dict | None = None
    session: Session | None = None


def phrase(text: str) -> str:
    """Words as an Alexa Routine's phrase is matched: case and punctuation aside."""
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def offered_routine(directive: dict) -> dict[str, tuple[str, dict]]:
    """The Alexa Routine an AMAZON.OfferAutomation connection offers: each phrase that will
    start it, to the custom task its action sends (the task's name, its input)."""
    automation = (directive.get("input") or {}).get("automation") or {}
    utterances = automation["trigger"]["payload"]["utterances"]
    request = automation["operations"]["serial"][0]["operation"]["payload"]["connectionRequest"]
    task = urlsplit(request["uri"]).netloc.rpartition(".")[2]  # connection://<skill>.<task>/1
    return {phrase(said): (task, request.get("input") or {}) for said in utterances}


def asks_permission(directive: dict) -> bool:
    return directive.get("type") == "Connections.SendRequest" and directive.get("name") == ASK_FOR


def alexa_asks(directive: dict) -> str:
    """What Alexa does with a session handed over to it, and the line that answers it."""
    if asks_permission(directive):
        return 'Alexa asks whether Hip Coach may set reminders: "(grant reminders)" allows it'
    if directive.get("uri") == OFFER_URI:
        said = next(iter(offered_routine(directive)))
        shown = directive["input"].get("renderingData", {}).get("operations", {}).values()
        what = next((o.get("descriptionPrompt") for o in shown), "start a routine")
        return (f'Alexa offers an Alexa Routine: when you say "{said}", {what}; '
                '"(accept offer)" accepts it')
    return f"Alexa takes over: {directive.get('uri') or directive.get('name')}"


class Outside:
    """The runner's account as Alexa keeps it: the session the skill last handed to Alexa
    (a skill connection), until the next line answers it, and the Alexa Routines made."""

    def __init__(self, caller: Caller, link_strava: Callable[[datetime], str] | None = None):
        self.caller = caller
        self.link_strava = link_strava  # links the stand-in's account at a time; its token
        self.handed_over: tuple[Session, dict] | None = None
        self.routines: dict[str, tuple[str, dict]] = {}  # phrase -> (task, input)

    def hand_over(self, session: Session, directive: dict) -> str:
        """The skill handed `session` to Alexa with `directive`; what Alexa asks."""
        self.handed_over = session, directive
        return alexa_asks(directive)

    def take(self) -> tuple[Session, dict] | None:
        """What Alexa asked, answered (or left) by the line now said."""
        handed, self.handed_over = self.handed_over, None
        return handed

    def routine_task(self, text: str) -> Task | None:
        """The task an Alexa Routine made here sends when `text` is its phrase."""
        found = self.routines.get(phrase(text))
        return self.caller.task(found[0], **found[1]) if found else None

    def act(self, action: str, handed: tuple[Session, dict] | None, now: datetime) -> Act:
        session, directive = handed or (None, {})
        if action == "link strava":
            if self.link_strava is None:
                return Act("no Strava stand-in in this chat (`hipcoach chat` runs one)")
            self.caller.access_token = self.link_strava(now)
            return Act("Strava linked in the Alexa app: the skill's requests carry its token "
                       "from now on", self.caller.account_linked(now))
        if action == "grant reminders":
            asked = asks_permission(directive)
            scope = (directive.get("payload") or {}).get("permissionScope") if asked else SCOPE
            if scope not in self.caller.granted:
                self.caller.granted += (scope,)
            if not asked:
                return Act("reminders allowed in the Alexa app: the skill's requests carry the "
                           "permission from now on")
            session = self._granted(session)
            return Act(event=self.caller.connections_response(
                session, ASK_FOR, "200", {"permissionScope": scope, "status": ACCEPTED},
                directive.get("token", ""), now), session=session)
        if directive.get("uri") != OFFER_URI:
            return Act("no Alexa Routine offer is waiting: Hip Coach offers one as a routine "
                       "done on three separate days finishes")
        self.routines.update(offered_routine(directive))
        return Act(event=self.caller.session_resumed(session, directive.get("token", ""), "200",
                                                     at=now), session=session)

    def _granted(self, session: Session) -> Session:
        """The session resumed, its user now with the permission."""
        return Session(new=False, session_id=session.session_id,
                       application=session.application, user=self.caller.user(),
                       attributes=session.attributes)
