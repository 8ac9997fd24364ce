"""The MCP App that guides a routine (skill/mcp/guided_routine.html), loaded in headless
Chromium with get_routine's real result and a fake clock (Chromium's virtual time, which
Date.now and the timers follow): each hold's countdown reaches zero on time, the steps advance,
pause holds the countdown and next skips to the next exercise, the published step files are
played in order; a screenshot is kept in the test's folder. Its resource declares only the
audio origin in its CSP."""

from __future__ import annotations

import json
import subprocess

import anyio
import pytest
from mcp.client.client import Client

from skill.mcp import app
from skill.mcp.server import build_server
from skill.mcp.tools import Runner, get_routine
from tests.services import require_tools

AUDIO = "https://audio.example.test/hipcoach/"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--hide-scrollbars", "--window-size=480,560",
         # timers run on time even when the page counts as in the background
         "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows"]
# Test harness, appended to the App's page: stands in for the host (posts the tool result),
# records what the App shows every 100 ms of (virtual) time and each file it plays, and presses
# pause and next at set moments.
HARNESS = """
<pre id="log" hidden></pre>
<script>
const log = [], played = [];
window.Audio = function (url) { played.push(url);
  return { play: () => Promise.resolve(), pause: () => {} }; };
const t0 = Date.now();
window.postMessage({ jsonrpc: "2.0", method: "ui/notifications/tool-result",
                     params: { structuredContent: RESULT } }, "*");
setInterval(() => {
  const b = document.body.dataset;
  log.push([Date.now() - t0, +b.index, b.left === undefined ? null : +b.left,
            document.getElementById("count").textContent, b.done === "true"]);
  document.getElementById("log").textContent = JSON.stringify({ log, played });
}, 100);
ACTIONS
</script>
"""


def routine_result(**arguments) -> dict:
    answer = get_routine(Runner(None, None), "quick_post_run", hold_seconds=15, **arguments)
    steps = [{**step, "audio": f"{AUDIO}step-{i}.mp3"} for i, step in enumerate(
        answer.data["steps"])]
    return {**answer.data, "steps": steps}


def load(tmp_path, result: dict, budget_ms: int, actions: str = "",
         screenshot: str | None = None) -> dict:
    require_tools("chromium", hint="scripts/install-test-tools (Debian package chromium)")
    page = tmp_path / "guide.html"
    harness = HARNESS.replace("RESULT", json.dumps(result)).replace("ACTIONS", actions)
    page.write_text(app.html().replace("</body>", harness + "</body>"))
    profile = tmp_path / f"profile-{budget_ms}"
    output = ["--screenshot=" + str(tmp_path / screenshot)] if screenshot else ["--dump-dom"]
    done = subprocess.run(["chromium", *FLAGS, f"--user-data-dir={profile}",
                           f"--virtual-time-budget={budget_ms}", *output, page.as_uri()],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    if screenshot:
        return {}
    text = done.stdout.split('<pre id="log" hidden="">', 1)[1].split("</pre>", 1)[0]
    return json.loads(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                      .replace("&quot;", '"'))


def starts(segments: list[dict]) -> list[float]:
    found, clock = [], 0.0
    for segment in segments:
        found.append(clock)
        clock += segment["seconds"]
    return found


def test_each_hold_counts_down_to_zero_on_time_and_the_steps_advance(tmp_path):
    result = routine_result()
    segments = result["segments"]
    total = sum(s["seconds"] for s in segments)
    seen = load(tmp_path, result, int(total * 1000) + 2000)
    log = seen["log"]
    begin = starts(segments)
    holds = [i for i, s in enumerate(segments) if s["kind"] == "hold"]
    assert len(holds) == 4  # two exercises, both sides
    for index in holds:
        end = begin[index] + segments[index]["seconds"]
        during = [entry for entry in log if entry[1] == index]
        # the first whole second of the hold shows its full length, then it counts down ...
        assert during[0][2] == 15 and abs(during[0][0] / 1000 - begin[index]) <= 0.35
        one_left = [entry for entry in during if entry[2] == 1]
        assert abs(one_left[-1][0] / 1000 - end) <= 0.35
        # ... and the next segment shows as the hold's time is up
        after = next(entry for entry in log if entry[1] > index)
        assert abs(after[0] / 1000 - end) <= 0.35
    assert [entry[1] for entry in log] == sorted(entry[1] for entry in log)  # in order
    assert log[-1][4] is True  # the routine ran to its end
    assert seen["played"] == [f"{AUDIO}step-0.mp3", f"{AUDIO}step-1.mp3"]


def test_pause_holds_the_countdown_and_next_moves_to_the_next_exercise(tmp_path):
    result = routine_result()
    segments = result["segments"]
    first_hold = next(i for i, s in enumerate(segments) if s["kind"] == "hold")
    pause_at = int((starts(segments)[first_hold] + 5.5) * 1000)
    actions = f"""
    setTimeout(() => document.getElementById("pause").click(), {pause_at});
    setTimeout(() => document.getElementById("pause").click(), {pause_at + 10000});
    setTimeout(() => document.getElementById("next").click(), {pause_at + 12000});
    """
    log = load(tmp_path, result, pause_at + 13000, actions)["log"]
    paused = [entry for entry in log if pause_at + 200 <= entry[0] <= pause_at + 9800]
    assert {entry[1] for entry in paused} == {first_hold}
    assert {entry[2] for entry in paused} == {10}  # 15 s hold, paused 5.5 s in
    resumed = [entry[2] for entry in log if pause_at + 10000 <= entry[0] <= pause_at + 11900]
    assert resumed[-1] == 8 and set(resumed) <= {10, 9, 8}  # counting on from where it held
    second_step = next(i for i, s in enumerate(segments) if s["step"] == 1)
    assert log[-1][1] == second_step


def test_a_screenshot_of_the_guided_routine_is_kept(tmp_path):
    result = routine_result()
    first_hold = next(i for i, s in enumerate(result["segments"]) if s["kind"] == "hold")
    load(tmp_path, result, int((starts(result["segments"])[first_hold] + 4) * 1000),
         screenshot="guided-routine.png")
    shot = (tmp_path / "guided-routine.png").read_bytes()
    assert shot.startswith(b"\x89PNG") and len(shot) > 5000


@pytest.mark.parametrize("base, domains", [(AUDIO, ["https://audio.example.test"]),
                                           (None, [])])
def test_the_app_resource_names_only_the_audio_origin(base, domains):
    server = build_server(None, lambda: None, app.origin(base))

    async def read():
        async with Client(server, cache=None) as client:
            tools = {t.name: t for t in (await client.list_tools()).tools}
            uri = tools["get_routine"].meta["ui"]["resourceUri"]
            listed = (await client.list_resources()).resources
            return uri, listed

    uri, listed = anyio.run(read)
    assert uri == app.URI and [str(r.uri) for r in listed] == [app.URI]
    assert listed[0].mime_type == "text/html;profile=mcp-app"
    assert listed[0].meta["ui"]["csp"] == {"resourceDomains": domains, "connectDomains": []}
