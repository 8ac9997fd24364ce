"""The MCP server's answer time, tool by tool: `hipcoach serve` with the MCP server at /mcp on
loopback (SQLite store, tokens from a loopback issuer checked against its JWKS, as in
production), called by the official MCP Python client over Streamable HTTP, one session, each
call timed from the client's request to its parsed result. `tools/list` beside them is the
floor: the HTTP, token and protocol work with no coaching in it. The runner's record is
linked to a skill's (skill.store.links) from the first round on, so after the warm-up every
record the tools read is found through the pointer; `link_alexa` moves the link between two
such records each round, with a code the skill would have given (issued into the store,
untimed). Not a pass/fail test.

    .venv/bin/python -m benchmarks.mcp [--calls N] [--write docs/performance.md]

`python -m benchmarks.run` includes this section too; `--write` here replaces only it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import anyio
import httpx2
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client

from benchmarks.shared import summary
from skill.store.links import issue_code
from skill.store.sqlite import SqliteProgressStore
from tests.oauth_issuer import CLIENT_ID, Issuer
from tests.services import free_port, local_server

HEADING = "## MCP tools"
TARGET_MS = 50.0  # a voice assistant's answer waits on the tool
CALLS = {
    "suggest_routine (run)": ("suggest_routine", {"run": {
        "distance_km": 32, "climb_m": 1800, "duration_minutes": 240, "terrain": "trail",
        "hours_ago": 2}}),
    "suggest_routine (minutes)": ("suggest_routine", {"minutes": 10}),
    "get_routine": ("get_routine", {"routine": "deep_release"}),
    "explain_exercise": ("explain_exercise", {"exercise": "couch stretch"}),
    "report_pain": ("report_pain", {"exercise": "pigeon pose"}),
    "record_finished_routine": ("record_finished_routine", {"routine": "post_run"}),
    "get_progress": ("get_progress", {}),
    "link_alexa": ("link_alexa", {}),
}
SKILL_RECORDS = ("amzn1.ask.account.bench-a", "amzn1.ask.account.bench-b")


async def _timed(url: str, token: str, calls: int, store) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in ["tools/list", *CALLS]}
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx2.AsyncClient(headers=headers, timeout=30) as http, Client(
            streamable_http_client(url, http_client=http), mode="legacy", cache=None) as client:
        for round_ in range(calls + 5):  # the first five warm up
            for name in times:
                tool, arguments = CALLS.get(name, (name, {}))
                if tool == "link_alexa":  # a new code each time, as the skill gives it
                    record = SKILL_RECORDS[round_ % 2]
                    arguments = {"code": issue_code(store, record, record)}
                began = time.perf_counter()
                if name == "tools/list":
                    await client.list_tools()
                else:
                    result = await client.call_tool(tool, arguments)
                    if result.is_error:
                        raise RuntimeError(f"{name}: {result.content}")
                if round_ >= 5:
                    times[name].append((time.perf_counter() - began) * 1000)
    return times


def measure(calls: int) -> dict[str, dict]:
    issuer = Issuer()
    try:
        with tempfile.TemporaryDirectory() as folder:
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            env = {**os.environ, "PROGRESS_DB": str(Path(folder) / "p.sqlite3"),
                   "MCP_ISSUER": issuer.url, "MCP_AUDIENCE": CLIENT_ID,
                   "MCP_RESOURCE_URL": f"{base}/mcp"}
            env.pop("PROGRESS_TABLE", None)
            with local_server([sys.executable, "-m", "skill.cli", "serve", "--no-verify",
                               "--port", "{port}"], env, port):
                store = SqliteProgressStore(Path(folder) / "p.sqlite3")
                times = anyio.run(_timed, f"{base}/mcp", issuer.token("bench"), calls, store)
    finally:
        issuer.close()
    return {name: summary(values) for name, values in times.items()}


def section(calls: int) -> str:
    figures = measure(calls)
    load = os.getloadavg()[0]  # the machine is shared: a busy one stretches the tail
    lines = [HEADING, "",
             f"`.venv/bin/python -m benchmarks.mcp --calls {calls}`: each tool called {calls} "
             "times (after five warm-up rounds) by the official MCP Python client over "
             "Streamable HTTP to `hipcoach serve` on loopback, token checked on every call. "
             f"Target: p95 under {TARGET_MS:.0f} ms a tool. Load average at the end of the "
             f"run: {load:.1f} on {os.cpu_count()} cores.", "",
             "| call | p50 (ms) | p95 (ms) | max (ms) | p95 under target |",
             "|---|---|---|---|---|"]
    for name, found in figures.items():
        lines.append(f"| {name} | {found['p50']:.1f} | {found['p95']:.1f} | {found['max']:.1f} | "
                     f"{'yes' if found['p95'] < TARGET_MS else 'NO'} |")
    return "\n".join(lines)


def replace_section(path: Path, text: str) -> None:
    """`path` with its MCP section replaced by `text` (appended if it has none)."""
    old = path.read_text()
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text + "\n\n", old, count=1) if pattern.search(old) else (
        old.rstrip("\n") + "\n\n" + text + "\n")
    path.write_text(new.rstrip("\n") + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200, help="timed calls per tool")
    parser.add_argument("--write", metavar="MD", help="also replace the section in this file")
    args = parser.parse_args()
    text = section(args.calls)
    print(text)
    if args.write:
        replace_section(Path(args.write), text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
