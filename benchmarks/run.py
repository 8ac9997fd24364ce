"""Benchmarks: figures, each beside a baseline measured in the same run. Not a pass/fail test.

    .venv/bin/python -m benchmarks.run [--rounds N] [--write docs/performance.md]

1. Per-turn latency of a scripted 30-turn session against dynalite, beside a minimal ASK SDK
   skill doing one DynamoDB get and one put per turn on the same server.
2. DynamoDB reads and writes per turn over that session.
3. Cold start: importing the Lambda handler module in a fresh interpreter, beside a minimal
   ASK SDK + boto3 skill module.
4. Webservice requests per second through `hipcoach serve` (waitress) with full verification,
   beside verification off, from a load generator on loopback.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.store.dynamo import DynamoProgressStore, dynamodb_client
from tests.counting import CountingStore
from tests.local_pki import make_chain
from tests.services import FAKE_AWS, dynalite, free_port, wait_for_port
from tests.settings_api import settings_api
from tests.signing import CERT_URL, signed

ROOT = Path(__file__).resolve().parents[1]
SESSION_SCRIPT = [
    "open hip coach", "start my post-run stretches", "what does the couch stretch target",
    "how do I do it", "continue", "what muscles does pigeon work", "next", "previous",
    "repeat", "pause",
    "open hip coach", "yes", "what equipment do I need", "continue", "how am I doing",
    "what routines are there", "set my hold time to forty five seconds", "start over", "next",
    "pause",
    "ask hip coach to resume my routine", "continue", "what does ninety ninety target",
    "help", "next", "next", "what equipment do I need for deep release", "start my quick stretches",
    "continue", "how am I doing",
]
assert len(SESSION_SCRIPT) == 30


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# 1 and 2: per-turn latency and DynamoDB traffic ------------------------------------------------
def minimal_skill(table: str):
    """What any persistent skill does at the least: one get and one put per turn."""
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import CustomSkillBuilder

    client = dynamodb_client()

    class Everything(AbstractRequestHandler):
        def can_handle(self, handler_input):
            return True

        def handle(self, handler_input):
            user = handler_input.request_envelope.context.system.user.user_id
            item = client.get_item(TableName=table, Key={"id": {"S": user}},
                                   ConsistentRead=True).get("Item", {})
            count = int(item.get("turns", {}).get("N", "0")) + 1
            client.put_item(TableName=table, Item={"id": {"S": user},
                                                    "turns": {"N": str(count)}})
            return handler_input.response_builder.speak("OK.").ask("More?").response

    builder = CustomSkillBuilder()
    builder.add_request_handler(Everything())
    return builder.lambda_handler()  # the SDK's own Lambda entry


def session_latency(rounds: int, api_endpoint: str) -> dict:
    ours_ms, baseline_ms, reads, writes, turns = [], [], 0, 0, 0
    table = DynamoProgressStore(f"bench-{uuid.uuid4().hex[:8]}")
    table.create_table()
    baseline_table = DynamoProgressStore(f"bench-min-{uuid.uuid4().hex[:8]}")
    baseline_table.create_table()
    store = CountingStore(table)
    skill, baseline = build_skill(store), minimal_skill(baseline_table.table)
    start = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    for n in range(rounds):
        events: list[dict] = []

        def timed(event, context, events=events):
            began = time.perf_counter()
            response = handle_event(skill, event, context)
            ours_ms.append((time.perf_counter() - began) * 1000)
            events.append(event)
            return response

        # One runner, one session script a day, as the skill is meant to be used.
        caller = Caller(user_id="amzn1.ask.account.bench-runner", api_endpoint=api_endpoint,
                        device_id="amzn1.ask.device.bench")
        chat = Conversation(timed, caller, start=start + timedelta(days=n))
        before = (store.reads, store.writes)
        for line in SESSION_SCRIPT:
            chat.say(line)
        reads += store.reads - before[0]
        writes += store.writes - before[1]
        turns += len(events)
        for event in events:  # the same requests, through the minimal skill
            began = time.perf_counter()
            baseline(event, None)
            baseline_ms.append((time.perf_counter() - began) * 1000)
    return {"ours_p50": statistics.median(ours_ms), "ours_p99": percentile(ours_ms, 0.99),
            "base_p50": statistics.median(baseline_ms),
            "base_p99": percentile(baseline_ms, 0.99),
            "reads_per_session": reads / (rounds * 3),  # the script holds three sessions
            "writes_per_turn": writes / turns, "turns": turns}


# 3: cold start --------------------------------------------------------------------------------
MINIMAL_MODULE = """
import boto3
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import CustomSkillBuilder
client = boto3.client("dynamodb")
class Everything(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return True
    def handle(self, handler_input):
        return handler_input.response_builder.speak("OK.").response
builder = CustomSkillBuilder()
builder.add_request_handler(Everything())
handler = builder.lambda_handler()
"""


def import_seconds(module_dir: Path, module: str, env: dict) -> float:
    code = (f"import sys, time; sys.path[:0] = [{str(module_dir)!r}, {str(ROOT)!r}]; "
            f"t = time.perf_counter(); import {module}; print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def cold_start(rounds: int, endpoint: str) -> dict:
    env = {**os.environ, **FAKE_AWS, "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
           "PROGRESS_TABLE": "cold-start", "SKILL_ID": SKILL_ID}
    ours, baseline = [], []
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "minimal_skill.py").write_text(MINIMAL_MODULE)
        for _ in range(rounds):  # alternate, so machine noise hits both alike
            ours.append(import_seconds(ROOT / "lambda", "lambda_function", env))
            baseline.append(import_seconds(Path(folder), "minimal_skill", env))
    return {"ours": statistics.median(ours), "base": statistics.median(baseline)}


# 4: webservice throughput ---------------------------------------------------------------------
def serve(verify: bool, folder: Path, chain) -> tuple[subprocess.Popen, str]:
    cache = folder / "certs"
    cache.mkdir(exist_ok=True)
    (cache / (hashlib.sha256(CERT_URL.encode()).hexdigest() + ".pem")).write_bytes(
        chain.leaf_chain_pem())
    (folder / "roots.pem").write_bytes(chain.root.pem)
    port = free_port()
    args = [sys.executable, "-m", "skill.cli", "serve", "--port", str(port)]
    args += (["--trust-roots", str(folder / "roots.pem"), "--cert-cache", str(cache)] if verify
             else ["--no-verify"])
    env = {**os.environ, "SKILL_ID": SKILL_ID, "PROGRESS_DB": str(folder / f"{verify}.db")}
    env.pop("PROGRESS_TABLE", None)
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wait_for_port(port)
    return process, f"http://127.0.0.1:{port}/"


def requests_per_second(url: str, bodies: list[tuple[bytes, dict]], workers: int) -> float:
    local = threading.local()  # one keep-alive connection per worker

    def post(item):
        if not hasattr(local, "session"):
            local.session = requests.Session()
        status = local.session.post(url, data=item[0], headers=item[1], timeout=30).status_code
        if status != 200:
            raise RuntimeError(f"status {status}")

    began = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(post, bodies))
    return len(bodies) / (time.perf_counter() - began)


def webservice(requests_count: int, workers: int) -> dict:
    chain = make_chain(dns=("echo-api.amazon.com",))
    bodies = []
    for n in range(requests_count):
        caller = Caller(user_id=f"amzn1.ask.account.web-{n % 50}")
        event = (caller.launch(caller.new_session()) if n % 2 else
                 caller.intent(caller.new_session(), "StretchInfoIntent", stretch="pigeon"))
        bodies.append(signed(event, chain.leaf.key))
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for verify in (True, False, True, False):  # alternate; keep the better of each
            process, url = serve(verify, Path(folder), chain)
            try:
                requests_per_second(url, bodies[:50], workers)  # warm up
                rps = requests_per_second(url, bodies, workers)
            finally:
                process.terminate()
                process.wait(timeout=10)
            figures[verify] = max(figures.get(verify, 0.0), rps)
    return {"verified": figures[True], "unverified": figures[False]}


NOTES = """## What is measured

- **Per-turn latency**: a 30-turn script (launch, start post-run, questions, continue, next,
  previous, repeat, pause, resume, progress, hold time, equipment...) run once a simulated day by
  one runner, against dynalite on loopback, with the Alexa settings API answered on loopback.
  The baseline is a minimal ASK SDK skill that does one consistent get and one put per turn on
  the same server, fed the same request envelopes. Times are `handle_event`, envelope in to
  response out.
- **DynamoDB traffic** over the same script: reads per session (three sessions per script),
  writes per turn (only turns that change the profile write).
- **Cold start**: `import lambda_function` in a fresh interpreter (the skill and its DynamoDB
  client built at import, as on Lambda), beside a module that imports the ASK SDK and boto3 and
  builds a one-handler skill and a client. Median of alternating runs.
- **Webservice**: `hipcoach serve` (waitress, 8 threads) with full request verification (signing
  chain from its cache, signature, timestamp, skill id) beside `--no-verify`; 8 client threads
  on loopback post signed requests; best of two runs each.
"""


def report(latency: dict, cold: dict, web: dict) -> str:
    rows = [
        ("per-turn latency p50 (ms)", latency["ours_p50"], latency["base_p50"], "<= 1.3x"),
        ("per-turn latency p99 (ms)", latency["ours_p99"], latency["base_p99"], "<= 1.3x"),
        ("cold start import (s)", cold["ours"], cold["base"], "<= 1.15x"),
        ("webservice req/s (verified vs off)", web["verified"], web["unverified"], ">= 0.8x"),
    ]
    lines = ["| measure | ours | baseline | ratio | target |", "|---|---|---|---|---|"]
    for name, ours, base, target in rows:
        lines.append(f"| {name} | {ours:.3f} | {base:.3f} | {ours / base:.2f}x | {target} |")
    lines.append(f"| DynamoDB reads per session | {latency['reads_per_session']:.2f} | | | <= 1 |")
    lines.append(f"| DynamoDB writes per turn | {latency['writes_per_turn']:.2f} | | | "
                 "<= 1 per changing turn |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10, help="30-turn sessions to time")
    parser.add_argument("--cold-rounds", type=int, default=11)
    parser.add_argument("--web-requests", type=int, default=1500)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--write", metavar="MD", help="also record the table in this file")
    args = parser.parse_args()
    os.environ.update(FAKE_AWS)
    # The settings API (device time zone) answered on loopback, so the turns that ask it pay a
    # real HTTPS round trip rather than a failed name lookup.
    with dynalite() as endpoint, tempfile.TemporaryDirectory() as folder, settings_api(
            Path(folder), {"amzn1.ask.device.bench": "Europe/London"}) as (api, ca_bundle, _):
        os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
        os.environ["REQUESTS_CA_BUNDLE"] = str(ca_bundle)
        latency = session_latency(args.rounds, api)
        DynamoProgressStore("cold-start").create_table()
        cold = cold_start(args.cold_rounds, endpoint)
    web = webservice(args.web_requests, args.workers)
    table = report(latency, cold, web)
    print(table)
    if args.write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        Path(args.write).write_text(
            f"# Performance\n\nLast run: {stamp}, on this project's 2-core machine:\n"
            f"`.venv/bin/python -m benchmarks.run --rounds {args.rounds} --cold-rounds "
            f"{args.cold_rounds} --web-requests {args.web_requests} --write docs/performance.md`."
            f"\nRatios compare figures measured in the same run.\n\n{table}\n\n{NOTES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
