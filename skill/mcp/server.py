"""The MCP server over the coach (official MCP Python SDK): the tools an assistant routes to,
each described for an LLM router with a JSON schema for its inputs, answering with structured
content and a short sentence to say (skill.mcp.tools); and the MCP App that guides a routine
on a screen (skill.mcp.app), linked from get_routine.

Over Streamable HTTP it is stateless (every POST stands alone: Lambda, several processes) and
an OAuth 2.1 resource server (skill.mcp.auth); over stdio, on the runner's own machine, it
needs no token and keeps one local record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

from mcp.server import MCPServer
from mcp.server.apps import Apps
from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, Field

from skill.catalog import Equipment
from skill.mcp import app, tools
from skill.store import ProgressStore

LOCAL_SUBJECT = "local"  # stdio: the one runner at this machine
KIT = Literal[tuple(e.value for e in Equipment)]  # the catalogue's kit, as a JSON enum
TERRAIN = Literal[tuple(tools.TERRAINS)]
READ_ONLY = ToolAnnotations(readOnlyHint=True, openWorldHint=False)

INSTRUCTIONS = (
    "Hip Coach guides hip mobility routines for trail and ultra runners: stretches, drills "
    "and at-home tests from one source article. Suggest a routine, read one out or show it, "
    "explain an exercise, and record finished routines. If the runner mentions pain, call "
    "report_pain first and say its answer exactly as given. Not medical advice.")


class DescribedRun(BaseModel):
    """A run the runner describes in their own words (never data from a fitness service)."""

    distance_km: Annotated[float, Field(ge=0, le=500, description="distance in kilometres")] = 0
    duration_minutes: Annotated[int, Field(ge=0, le=3000, description="moving time")] = 0
    climb_m: Annotated[float, Field(ge=0, le=20000, description="metres climbed")] = 0
    terrain: TERRAIN = "road"
    hours_ago: Annotated[float, Field(ge=0, le=24 * 30,
                                      description="how long ago the run ended, in hours")] = 0


def _result(answer: tools.Answer) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=answer.summary)],
                          structured_content={**answer.data, "spoken_summary": answer.summary})


def build_server(store: ProgressStore | None, subject_of: Callable[[], str | None],
                 audio_origin: str | None = None, auth=None, token_verifier=None) -> MCPServer:
    """The server, reading and writing the record of the runner `subject_of()` names for the
    call (None: no record; skill.store.links finds it). `audio_origin` is where published
    step files are fetched from (the App's CSP names it alone); `auth` and `token_verifier`
    make it a resource server (skill.mcp.auth)."""

    def call(tool, *args, **kwargs) -> CallToolResult:
        try:
            return _result(tool(tools.Runner(store, subject_of()), *args, **kwargs))
        except tools.BadInput as error:
            raise ToolError(str(error)) from None

    apps = Apps()
    apps.add_html_resource(app.URI, app.html(), name="guided routine", title="Guided routine",
                           description=app.DESCRIPTION, csp=app.csp(audio_origin))
    server = MCPServer("hip-coach", title="Hip Coach", instructions=INSTRUCTIONS,
                       extensions=[apps], auth=auth, token_verifier=token_verifier,
                       log_level="WARNING")

    @server.tool(annotations=READ_ONLY, description=(
        "Pick the hip mobility routine that suits the runner right now. Use when they ask what "
        "to stretch or do today, after or before a run, on a rest day, or say how many minutes "
        "they have. Describe a run they mention (distance, time, climb, terrain, how long ago) "
        "and the coach's run rules choose the routine and hold; or give only minutes. Returns "
        "the routine id for get_routine and a question offering it to say."))
    def suggest_routine(
            minutes: Annotated[int | None, Field(ge=1, le=180, description=(
                "minutes the runner has"))] = None,
            run: Annotated[DescribedRun | None, Field(description=(
                "the run just done or planned, as the runner described it"))] = None,
            rest_day: Annotated[bool, Field(description="no run today or yesterday")] = False,
            kit: Annotated[list[KIT] | None, Field(description=(
                "equipment at hand; the result names what the routine needs that is "
                "missing"))] = None) -> CallToolResult:
        return call(tools.suggest_routine, minutes, run.model_dump() if run else None,
                    rest_day, kit)

    @server.tool(annotations=READ_ONLY, meta={"ui": {"resourceUri": app.URI}}, description=(
        "Get a routine step by step as this runner plays it today: each exercise, side, cue "
        "and hold in seconds (their hold length and the holds they have built up), the words "
        "to say, and the recorded audio of each step where published. Use to guide a routine "
        "or say what it contains; hosts that show apps display it as a guided timer."))
    def get_routine(
            routine: Annotated[str, Field(description=(
                "routine id or name, e.g. 'post_run', 'quick post-run', 'deep release'"))],
            hold_seconds: Annotated[int | None, Field(ge=15, le=120, description=(
                "hold length for this time only; default: the runner's own"))] = None,
            skip: Annotated[list[str] | None, Field(description=(
                "exercises to leave out, e.g. one that hurt (report_pain's leave_out)"))] = None,
    ) -> CallToolResult:
        return call(tools.get_routine, routine, hold_seconds, skip)

    @server.tool(annotations=READ_ONLY, description=(
        "Explain one stretch, drill or at-home test: what it targets, how to do it at the "
        "runner's dose, its easier and harder versions, and the kit it needs. Use for 'how do "
        "I do the couch stretch', 'what is pigeon pose for', 'is there an easier version'."))
    def explain_exercise(
            exercise: Annotated[str, Field(description="exercise id or name")]) -> CallToolResult:
        return call(tools.explain_exercise, exercise)

    @server.tool(annotations=READ_ONLY, description=(
        "Call at once whenever the runner says something hurts, stings or feels wrong during "
        "or after an exercise. Say the returned say_exactly text exactly as it is, word for "
        "word, with nothing added before it and no diagnosis. Then offer to carry on without "
        "the exercise in leave_out (pass it to get_routine's skip) or to stop."))
    def report_pain(
            exercise: Annotated[str | None, Field(description=(
                "the exercise that hurt, if known"))] = None) -> CallToolResult:
        return call(tools.report_pain, exercise)

    @server.tool(annotations=ToolAnnotations(readOnlyHint=False, idempotentHint=False,
                                             openWorldHint=False), description=(
        "Record that the runner finished a routine today, for their history and day streak "
        "(the same streak as the Alexa skill's). Call once, only when they say they finished."))
    def record_finished_routine(
            routine: Annotated[str, Field(description="routine id or name")]) -> CallToolResult:
        return call(tools.record_finished_routine, routine)

    @server.tool(annotations=READ_ONLY, description=(
        "The runner's progress: sessions this week, current and best day streak, total, and "
        "the last routine. Use for 'how am I doing', 'what's my streak'."))
    def get_progress() -> CallToolResult:
        return call(tools.get_progress)

    @server.tool(annotations=ToolAnnotations(readOnlyHint=False, idempotentHint=True,
                                             openWorldHint=False), description=(
        "Connect this assistant to the runner's Hip Coach Alexa skill, so a routine finished "
        "with either counts in one history and one streak. Use when the runner reads out or "
        "types a 6-digit code from Alexa, or asks to link, connect or sync Alexa. If they have "
        "no code, tell them to say to Alexa: 'ask hip coach to connect my assistant'. A code "
        "works once, for ten minutes. Returns whether it linked, a sentence to say, and the "
        "shared progress."))
    def link_alexa(
            code: Annotated[str, Field(min_length=1, max_length=20, description=(
                "the code Alexa gave, digits only, e.g. '407119'"))]) -> CallToolResult:
        return call(tools.link_alexa, code)

    @server.tool(annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True,
                                             idempotentHint=True, openWorldHint=False),
                 description=(
        "Delete everything Hip Coach keeps about the runner: history, streaks, settings and, "
        "if this assistant is connected to the Alexa skill, what the skill keeps for that "
        "Alexa account too (every voice profile in it). Use only when the runner asks to be "
        "forgotten or to delete their data. First call it with confirmed false and ask the "
        "returned question; call again with confirmed true only after they say yes."))
    def forget_me(
            confirmed: Annotated[bool, Field(description=(
                "true only after the runner said yes to the question"))] = False,
    ) -> CallToolResult:
        return call(tools.forget_me, confirmed)

    return server


def token_subject() -> str | None:
    """The account a verified token names (its `sub`)."""
    token = get_access_token()
    return token.subject if token and token.subject else None


def http_app(server: MCPServer, allowed_hosts: list[str] | None = None):
    """The stateless Streamable HTTP app (ASGI) at /mcp, answering JSON. `allowed_hosts` (host
    or host:port) turns on the SDK's guard against DNS rebinding: a request naming another
    Host, or coming from a page of another origin, is refused."""
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=bool(allowed_hosts), allowed_hosts=allowed_hosts or [],
        allowed_origins=[f"{scheme}://{host}" for host in allowed_hosts or []
                         for scheme in ("http", "https")])
    return server.streamable_http_app(streamable_http_path="/mcp", json_response=True,
                                      stateless_http=True, transport_security=security)
