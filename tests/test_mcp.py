"""The MCP face as assistants reach it: the official MCP Python client over Streamable HTTP
against `hipcoach serve` on loopback (initialise, list tools and resources, call every tool,
bad inputs), the OAuth 2.1 resource server in front of it (metadata, 401s, expired and foreign
tokens) with a loopback issuer, `hipcoach mcp` over stdio, and the Lambda handler."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from contextlib import asynccontextmanager

import anyio
import httpx2
import pytest
import requests
from mcp.client.client import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from skill.coach.progress import Profile
from skill.coach.runs import Run
from skill.store.links import linked_key
from skill.store.sqlite import SqliteProgressStore
from tests.oauth_issuer import CLIENT_ID, Issuer
from tests.services import ROOT, free_port, local_server, require_node_tool

TOOLS = {"suggest_routine", "get_routine", "explain_exercise", "report_pain",
         "record_finished_routine", "get_progress", "link_alexa", "forget_me"}
# A profile's runs as Strava gave them: none of these may leave through a tool.
STRAVA_RUN = Run("TrailRun", 32187.4, 14523, 1873.6, 1_700_000_000.0, 3600)


@pytest.fixture(scope="module")
def issuer():
    found = Issuer()
    yield found
    found.close()


@pytest.fixture(scope="module")
def served(issuer, tmp_path_factory):
    """`hipcoach serve` with the MCP server at /mcp, tokens from the loopback issuer."""
    data = tmp_path_factory.mktemp("mcp")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PROGRESS_DB": str(data / "p.sqlite3"), "MCP_ISSUER": issuer.url,
           "MCP_AUDIENCE": CLIENT_ID, "MCP_RESOURCE_URL": f"{base}/mcp"}
    env.pop("PROGRESS_TABLE", None)
    with local_server([sys.executable, "-m", "skill.cli", "serve", "--no-verify", "--port",
                       "{port}"], env, port):
        yield base, data / "p.sqlite3"


@asynccontextmanager
async def connected(url: str, token: str | None, mode: str = "legacy"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx2.AsyncClient(headers=headers, timeout=10) as http, Client(
            streamable_http_client(url, http_client=http), mode=mode, cache=None) as client:
        yield client


def run(coroutine_function, *args):
    return anyio.run(coroutine_function, *args)


def test_the_metadata_names_the_issuer(served, issuer):
    base, _ = served
    metadata = requests.get(f"{base}/.well-known/oauth-protected-resource/mcp", timeout=5).json()
    assert metadata["resource"] == f"{base}/mcp"
    assert metadata["authorization_servers"] == [issuer.url]
    assert metadata["scopes_supported"] == ["hipcoach/coach"]


@pytest.mark.parametrize("token", [
    None, "not-a-jwt",
    "expired", "another-key", "another-client", "another-issuer", "no-scope"])
def test_without_a_valid_token_the_answer_is_401_naming_the_metadata(served, issuer, token):
    base, _ = served
    from cryptography.hazmat.primitives.asymmetric import rsa

    tokens = {"expired": lambda: issuer.token(lifetime=-120),
              "another-key": lambda: issuer.token(key=rsa.generate_private_key(65537, 2048)),
              "another-client": lambda: issuer.token(client_id="someone-else"),
              "another-issuer": lambda: issuer.token(issuer="http://127.0.0.1:1"),
              "no-scope": lambda: issuer.token(scope="openid")}
    bearer = tokens[token]() if token in tokens else token
    answer = requests.post(f"{base}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                           headers={"Accept": "application/json, text/event-stream",
                                    **({"Authorization": f"Bearer {bearer}"} if bearer else {})},
                           timeout=5)
    assert answer.status_code == (403 if token == "no-scope" else 401)
    challenge = answer.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    assert f'resource_metadata="{base}/.well-known/oauth-protected-resource/mcp"' in challenge


def test_the_official_client_initialises_lists_and_calls_every_tool(served, issuer):
    base, _ = served

    async def session():
        async with connected(f"{base}/mcp", issuer.token("runner-calls")) as client:
            listed = (await client.list_tools()).tools
            assert {t.name for t in listed} == TOOLS
            for tool in listed:
                assert len(tool.description) > 80 and tool.input_schema["type"] == "object"
            routine_tool = next(t for t in listed if t.name == "get_routine")
            uri = routine_tool.meta["ui"]["resourceUri"]
            resources = (await client.list_resources()).resources
            assert [(str(r.uri), r.mime_type) for r in resources] == [
                (uri, "text/html;profile=mcp-app")]
            page = (await client.read_resource(uri)).contents[0]
            assert "countdown" in page.text.lower() or 'id="count"' in page.text
            results = {}
            for name, arguments in [
                    ("suggest_routine", {"minutes": 10}),
                    ("suggest_routine", {"run": {"distance_km": 32, "climb_m": 1800,
                                                 "duration_minutes": 240, "terrain": "trail",
                                                 "hours_ago": 1}}),
                    ("suggest_routine", {"rest_day": True, "kit": ["strap"]}),
                    ("get_routine", {"routine": "quick post-run", "hold_seconds": 45}),
                    ("explain_exercise", {"exercise": "couch stretch"}),
                    ("report_pain", {"exercise": "pigeon pose"}),
                    ("get_routine", {"routine": "quick_post_run", "skip": ["pigeon pose"]}),
                    ("record_finished_routine", {"routine": "post_run"}),
                    ("get_progress", {})]:
                result = await client.call_tool(name, arguments)
                assert not result.is_error, (name, result.content)
                assert result.content[0].text == result.structured_content["spoken_summary"]
                results.setdefault(name, []).append(result.structured_content)
            return results

    results = run(session)
    minutes, after_run, rest = results["suggest_routine"]
    assert minutes["routine_id"] == "post_run" and minutes["fits"] is True
    assert (after_run["routine_id"], after_run["rule"], after_run["hold_seconds"]) == (
        "deep_release", "long_or_steep", 60)
    assert rest["rule"] in ("rest_day", "rest_day_check")
    assert "strap" not in rest["kit_missing"]
    held, skipped = results["get_routine"]
    assert {s["hold_seconds"] for s in held["steps"]} == {45}
    assert any(s["kind"] == "hold" and s["side"] == "left" and s["seconds"] >= 45
               for s in held["segments"])
    assert [s["skipped"] for s in skipped["steps"]] == [False, True]
    explained = results["explain_exercise"][0]
    assert explained["easier"] and "hip flexors" in explained["targets"]
    pain = results["report_pain"][0]
    assert pain["say_exactly"].startswith("Ease out of that position now")
    assert pain["leave_out"]["exercise_id"] == "pigeon_pose"
    assert results["get_progress"][0]["current_streak"] == 1


def test_bad_inputs_are_tool_errors_the_assistant_can_read(served, issuer):
    base, _ = served

    async def session():
        async with connected(f"{base}/mcp", issuer.token()) as client:
            found = []
            for name, arguments in [("get_routine", {"routine": "yoga marathon"}),
                                    ("get_routine", {"routine": "post_run", "hold_seconds": 5}),
                                    ("suggest_routine", {"minutes": 0}),
                                    ("suggest_routine", {"kit": ["treadmill"]}),
                                    ("explain_exercise", {}),
                                    ("explain_exercise", {"exercise": "the splits"})]:
                result = await client.call_tool(name, arguments)
                found.append((result.is_error, result.content[0].text))
            return found

    for is_error, text in run(session):
        assert is_error and text


def test_one_account_one_record_one_streak_and_never_a_strava_figure(served, issuer):
    """The token's subject names the record (skill.store.links): what one call records,
    the next reads, another account does not; and the runs Strava gave the record stay in it."""
    base, db = served
    fetched = time.time() - 3600  # within Strava's week
    SqliteProgressStore(db).save(linked_key("runner-strava"),
                                 Profile(runs=(STRAVA_RUN,), runs_checked=fetched).to_dict())

    async def session():
        texts = []
        async with connected(f"{base}/mcp", issuer.token("runner-strava"), mode="auto") as one:
            for name, arguments in [("suggest_routine", {}), ("suggest_routine", {"minutes": 20}),
                                    ("get_routine", {"routine": "deep_release"}),
                                    ("explain_exercise", {"exercise": "pigeon pose"}),
                                    ("report_pain", {}),
                                    ("record_finished_routine", {"routine": "quick_post_run"}),
                                    ("get_progress", {})]:
                result = await one.call_tool(name, arguments)
                texts.append(json.dumps(result.model_dump(mode="json", by_alias=True)))
        async with connected(f"{base}/mcp", issuer.token("someone-else")) as other:
            theirs = (await other.call_tool("get_progress", {})).structured_content
        return texts, theirs

    texts, theirs = run(session)
    assert json.loads(texts[-1])["structuredContent"]["total_sessions"] == 1
    assert theirs["total_sessions"] == 0
    stored = Profile.from_dict(SqliteProgressStore(db).load_profile(linked_key("runner-strava")))
    assert stored.total_sessions == 1 and stored.runs == (STRAVA_RUN,)
    figures = ["strava", "32187", "32.2", "14523", "1873", "1,870", "1700000000", "TrailRun"]
    for text in texts:
        assert not [f for f in figures if f.lower() in text.lower()], text


def test_hipcoach_mcp_answers_the_official_client_over_stdio(tmp_path):
    env = {**os.environ, "PROGRESS_DB": str(tmp_path / "p.sqlite3")}
    env.pop("PROGRESS_TABLE", None)
    for name in ("MCP_ISSUER", "MCP_RESOURCE_URL", "MCP_AUDIENCE"):
        env.pop(name, None)

    async def session():
        server = StdioServerParameters(command=sys.executable, args=["-m", "skill.cli", "mcp"],
                                       env=env)
        async with Client(server, cache=None) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            done = await client.call_tool("record_finished_routine", {"routine": "pre_run"})
            return names, done.structured_content

    names, done = run(session)
    assert names == TOOLS and done["total_sessions"] == 1


def test_the_lambda_handler_serves_the_same_server(issuer, tmp_path, monkeypatch):
    from skill.mcp.hosting import lambda_handler

    monkeypatch.setenv("MCP_ISSUER", issuer.url)
    monkeypatch.setenv("MCP_AUDIENCE", CLIENT_ID)
    monkeypatch.delenv("MCP_RESOURCE_URL", raising=False)
    handler = lambda_handler(SqliteProgressStore(tmp_path / "p.sqlite3"))

    def event(path, method="POST", body=None, token=None):
        headers = {"accept": "application/json, text/event-stream",
                   "content-type": "application/json", "host": "api.example.test"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        return {"version": "2.0", "rawPath": path, "rawQueryString": "", "headers": headers,
                "body": json.dumps(body) if body else None, "isBase64Encoded": False,
                "requestContext": {"domainName": "api.example.test",
                                   "http": {"method": method, "path": path}}}

    metadata = handler(event("/.well-known/oauth-protected-resource/mcp", "GET"), None)
    assert json.loads(metadata["body"])["resource"] == "https://api.example.test/mcp"
    refused = handler(event("/mcp", body={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}),
                      None)
    assert refused["statusCode"] == 401 and "resource_metadata" in refused["headers"][
        "www-authenticate"]
    initialise = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "lambda-test", "version": "1"}}}
    answer = handler(event("/mcp", body=initialise, token=issuer.token()), None)
    assert answer["statusCode"] == 200
    assert json.loads(answer["body"])["result"]["serverInfo"]["name"] == "hip-coach"


INSPECTOR = ROOT / "node_modules" / "@modelcontextprotocol" / "inspector" / "clients" / \
    "launcher" / "build" / "index.js"


def inspector(*arguments: str, home) -> subprocess.CompletedProcess:
    require_node_tool(INSPECTOR)
    env = {**os.environ, "MCP_CATALOG_PATH": str(home / "catalog.json"), "HOME": str(home)}
    return subprocess.run(["node", str(INSPECTOR), "--cli", *arguments], env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_mcp_inspector_lists_the_tools_of_hipcoach_serve(served, issuer, tmp_path):
    """The MCP Inspector's command-line mode, as a developer would point it at the server."""
    base, _ = served
    bearer = f"Authorization: Bearer {issuer.token()}"
    listed = inspector(f"{base}/mcp", "--transport", "http", "--header", bearer,
                       "--method", "tools/list", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    tools = {t["name"]: t for t in json.loads(listed.stdout)["tools"]}
    assert set(tools) == TOOLS
    assert tools["get_routine"]["_meta"]["ui"]["resourceUri"] == "ui://hip-coach/guided-routine.html"


def test_a_request_naming_another_host_or_origin_is_refused(served, issuer):
    """DNS rebinding: a page elsewhere that gets a runner's browser to post to the server."""
    base, _ = served
    call = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    headers = {"Accept": "application/json, text/event-stream",
               "Authorization": f"Bearer {issuer.token()}"}
    for extra in ({"Host": "rebound.example.test"}, {"Origin": "https://rebound.example.test"}):
        answer = requests.post(f"{base}/mcp", json=call, headers={**headers, **extra}, timeout=5)
        assert answer.status_code in (400, 403, 421), extra


def test_get_routine_plays_the_holds_the_runner_has_built_up_or_chosen():
    """The article's "work up to a 60 second hold": 30 s the first time, 10 s more after each
    session with it, as the skill plays it; a hold length asked for replaces it."""
    from skill.mcp.server import build_server
    from skill.store import MemoryProgressStore

    server = build_server(MemoryProgressStore(), lambda: "builder")

    async def holds():
        found = []
        async with Client(server, cache=None) as client:
            for step in ("first", "record", "record", "again", "chosen"):
                if step == "record":
                    await client.call_tool("record_finished_routine", {"routine": "post_run"})
                    continue
                arguments = {"routine": "post-run"} | (
                    {"hold_seconds": 45} if step == "chosen" else {})
                result = await client.call_tool("get_routine", arguments)
                found.append(result.structured_content["steps"][0])
        return found

    first, again, chosen = anyio.run(holds)
    assert first["exercise_id"] == "kneeling_hip_flexor"
    assert (first["hold_seconds"], again["hold_seconds"], chosen["hold_seconds"]) == (30, 50, 45)
