"""Per-turn latency and DynamoDB traffic: the scripted session through the Lambda entry against
dynalite, beside a baseline doing the same I/O per turn, and the logic alone beside a minimal
skill. `python -m benchmarks.run` includes it; run alone, it measures only this and rewrites only
its rows of the table:

    .venv/bin/python -m benchmarks.latency [--rounds N] [--repeats N] [--write docs/performance.md]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from benchmarks.shared import SESSION_SCRIPT, TURNS, ratio_range, summary
from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import INACTIVE_SECONDS, MemoryProgressStore
from skill.store.dynamo import DynamoProgressStore, dynamodb_client
from tests.counting import CountingStore
from tests.services import FAKE_AWS, dynalite
from tests.settings_api import settings_api

# The table's rows this module measures, by how they start, and the line saying when it last did
ROWS = ("| per-turn latency, ", "| logic alone, ", "Turns timed per run")
STAMP = "Per-turn rows last measured alone: "


@contextlib.contextmanager
def loopback_services() -> Iterator[tuple[str, str, list]]:
    """dynalite, and the settings API (device time zone) answering on loopback so that the
    turns asking it pay a real HTTPS round trip; the environment points at both. Yields (the
    DynamoDB endpoint, the settings API endpoint, the paths the API was asked)."""
    os.environ.update(FAKE_AWS)
    with dynalite() as endpoint, tempfile.TemporaryDirectory() as folder, settings_api(
            Path(folder), {"amzn1.ask.device.bench": "Europe/London"}) as (api, ca_bundle,
                                                                           calls):
        os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
        os.environ["REQUESTS_CA_BUNDLE"] = str(ca_bundle)
        yield endpoint, api, calls


# 1 and 2: per-turn latency and DynamoDB traffic ------------------------------------------------
def minimal_skill(work):
    """The least a skill can be: one handler that does `work(user)` and answers."""
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import CustomSkillBuilder

    class Everything(AbstractRequestHandler):
        def can_handle(self, handler_input):
            return True

        def handle(self, handler_input):
            work(handler_input.request_envelope.context.system.user.user_id)
            return handler_input.response_builder.speak("OK.").ask("More?").response

    builder = CustomSkillBuilder()
    builder.add_request_handler(Everything())
    return builder.lambda_handler()  # the SDK's own Lambda entry


def io_so_far(counting: CountingStore | None) -> tuple[int, int]:
    """(reads, writes) the skill has made, the baseline then making as many: the profile's
    reads and the tombstone's before a record's first save (not the pending deletions' record,
    read once an hour a process, by the wall clock: no turn of its own)."""
    if counting is None:
        return 0, 0
    return counting.reads + counting.tombstone_reads, counting.writes


def session_turns(skill, rounds: int, api_endpoint: str, counting: CountingStore | None,
                  api_calls: list, paired=None):
    """Plays the script once a simulated day; returns per turn (ms, event, reads, writes,
    settings API calls, baseline ms) for every round but the first (the warm-up). `paired`
    runs the baseline for each turn beside the skill's, so a slow moment of the server
    (dynalite stalls for tens of ms now and then) falls on both alike. Which of the two goes
    first alternates turn by turn: whichever runs second finds the servers' threads awake and
    their caches warm, which is worth a fraction of a millisecond. A baseline that goes first
    does the I/O the skill did on the same line of the warm-up round, and the skill must then
    do exactly that again."""
    start = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    turns = []
    warm_up_io: list[tuple[int, int, int]] = []
    for n in range(rounds + 1):
        record: list = []

        def timed(event, context, record=record, n=n):
            line = len(record)
            baseline_first = paired and n and line % 2
            base = paired(event, *warm_up_io[line]) if baseline_first else 0.0
            before = io_so_far(counting)
            calls = len(api_calls)
            began = time.perf_counter()
            response = handle_event(skill, event, context)
            elapsed = (time.perf_counter() - began) * 1000
            after = io_so_far(counting)
            io = (after[0] - before[0], after[1] - before[1], len(api_calls) - calls)
            if not n:
                warm_up_io.append(io)
            elif io != warm_up_io[line]:
                raise RuntimeError(f"turn {line} did {io} I/O, not {warm_up_io[line]} as in "
                                   "the warm-up round")
            if paired and not baseline_first:
                base = paired(event, *io)
            record.append((elapsed, event, *io, base))
            return response

        caller = Caller(user_id=f"amzn1.ask.account.bench-{n}", api_endpoint=api_endpoint,
                        device_id="amzn1.ask.device.bench")
        chat = Conversation(timed, caller, start=start + timedelta(days=n))
        for line in SESSION_SCRIPT:
            chat.say(line)
        if len(record) != TURNS:
            raise RuntimeError(f"the script sent {len(record)} turns, not {TURNS}")
        if n:
            turns += record
    return turns


def session_latency(rounds: int, api_endpoint: str, api_calls: list) -> dict:
    table = DynamoProgressStore(f"bench-{uuid.uuid4().hex[:8]}")
    table.create_table()
    counting = CountingStore(table)
    # The same I/O, turn by turn: a consistent get per read, a put of an item as large as the
    # skill's (conditional on a version, as the skill's are) per write, and the settings API
    # call on the turns the skill made one.
    baseline_table = DynamoProgressStore(f"bench-io-{uuid.uuid4().hex[:8]}")
    baseline_table.create_table()
    client = dynamodb_client()
    plan = {"reads": 0, "writes": 0, "api": 0, "item": ""}
    versions: dict[str, int] = {}
    settings = requests.Session()  # keep-alive, as the skill's API client has

    def same_io(user):
        for _ in range(plan["api"]):
            settings.get(f"{api_endpoint}/v2/devices/amzn1.ask.device.bench/settings/"
                         "System.timeZone", headers={"Authorization": "Bearer bench"},
                         timeout=5)
        for _ in range(plan["reads"]):
            client.get_item(TableName=baseline_table.table, Key={"id": {"S": user}},
                            ConsistentRead=True)
        for _ in range(plan["writes"]):
            version = versions.get(user, 0)
            now = {":now": {"N": str(int(time.time()))}}
            condition = ({"ConditionExpression": "attribute_not_exists(#k) OR #e <= :now",
                          "ExpressionAttributeNames": {"#k": "id", "#e": "expires_at"},
                          "ExpressionAttributeValues": now} if not version else
                         {"ConditionExpression": "#v = :v AND (attribute_not_exists(#e) OR "
                                                 "#e > :now)",
                          "ExpressionAttributeNames": {"#v": "version", "#e": "expires_at"},
                          "ExpressionAttributeValues": {":v": {"N": str(version)}, **now}})
            # The item's shape as the store writes it: its account (kept in the table's
            # account index, which deleting an account needs) and its expiry.
            client.put_item(TableName=baseline_table.table, Item={
                "id": {"S": user}, "version": {"N": str(version + 1)},
                "profile": {"S": plan["item"]}, "account": {"S": user},
                "expires_at": {"N": str(int(time.time()) + INACTIVE_SECONDS)}}, **condition)
            versions[user] = version + 1

    baseline = minimal_skill(same_io)

    def paired(event, reads, writes, api):
        user = event["context"]["System"]["user"]["userId"]
        if writes:  # an item as large as the skill's stored one (read outside the timing)
            plan["item"] = json.dumps(table.load(user) or {})
        plan.update(reads=reads, writes=writes, api=api)
        began = time.perf_counter()
        baseline(event, None)
        return (time.perf_counter() - began) * 1000

    ours = session_turns(build_skill(counting), rounds, api_endpoint, counting, api_calls,
                         paired)
    # Logic alone: the skill on a memory store, beside a minimal skill doing nothing.
    nothing = minimal_skill(lambda user: None)

    def do_nothing(event, reads, writes, api):
        began = time.perf_counter()
        nothing(event, None)
        return (time.perf_counter() - began) * 1000

    logic = [t for t in session_turns(build_skill(MemoryProgressStore()), rounds, api_endpoint,
                                      None, api_calls, do_nothing)
             if not t[4]]  # turns without an API call: logic only
    return {"ours": summary([t[0] for t in ours]), "same_io": summary([t[5] for t in ours]),
            "logic": summary([t[0] for t in logic]), "nothing": summary([t[5] for t in logic]),
            # The profile's reads (not the tombstone's, which the baseline's count includes),
            # over every round, the warm-up's too: each does the same I/O.
            "reads_per_turn": counting.reads / ((rounds + 1) * TURNS),
            "writes_per_turn": sum(t[3] for t in ours) / len(ours),
            "reads_per_session": counting.reads / (rounds + 1), "turns_sent": len(ours)}


def turn_rows(latencies: list[dict]) -> list[str]:
    """The table's per-turn rows: the first run's figures, each ratio's median and range over
    the runs."""
    first = latencies[0]
    mean_ratios = [r["ours"]["mean"] / r["same_io"]["mean"] for r in latencies]
    p50_ratios = [r["ours"]["p50"] / r["same_io"]["p50"] for r in latencies]
    p95_ratios = [r["ours"]["p95"] / r["same_io"]["p95"] for r in latencies]
    logic_us = [1000 * (r["logic"]["mean"] - r["nothing"]["mean"]) for r in latencies]
    return [f"| per-turn latency, mean (ms) | {first['ours']['mean']:.2f} | "
            f"{first['same_io']['mean']:.2f} | {ratio_range(mean_ratios)} | <= 1.2x |",
            f"| per-turn latency, p50 (ms) | {first['ours']['p50']:.2f} | "
            f"{first['same_io']['p50']:.2f} | {ratio_range(p50_ratios)} | |",
            f"| per-turn latency, p95 (ms) | {first['ours']['p95']:.2f} | "
            f"{first['same_io']['p95']:.2f} | {ratio_range(p95_ratios)} | |",
            f"| per-turn latency, max (ms) | {first['ours']['max']:.2f} | "
            f"{first['same_io']['max']:.2f} | | |",
            f"| logic alone, mean per turn (ms) | {first['logic']['mean']:.3f} | "
            f"{first['nothing']['mean']:.3f} | overhead {statistics.median(logic_us):.0f} us "
            f"({min(logic_us):.0f}-{max(logic_us):.0f}) | |"]


def turns_line(latencies: list[dict]) -> str:
    turns = ", ".join(str(r["turns_sent"]) for r in latencies)
    return f"Turns timed per run (after the warm-up round): {turns}."


def rewrite_rows(document: str, rows: list[str], stamp: str) -> str:
    """`document` (docs/performance.md as benchmarks.run writes it) with this module's rows and
    its line of turns replaced, and `stamp` beside them; the other figures are left as they
    were measured."""
    fresh = iter(rows)
    lines = [next(fresh) if line.startswith(ROWS) else line
             for line in document.splitlines() if not line.startswith(STAMP)]
    turns = next(n for n, line in enumerate(lines) if line.startswith(ROWS[-1]))
    return "\n".join([*lines[:turns + 1], stamp, *lines[turns + 1:]]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="sessions timed per run")
    parser.add_argument("--repeats", type=int, default=3, help="runs of the benchmark")
    parser.add_argument("--write", metavar="MD", help="also replace these rows in this file")
    args = parser.parse_args()
    with loopback_services() as (_, api, calls):
        latencies = [session_latency(args.rounds, api, calls) for _ in range(args.repeats)]
    rows = [*turn_rows(latencies), turns_line(latencies)]
    print("\n".join(rows))
    if args.write:
        stamp = (f"{STAMP}{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `.venv/bin/python -m "
                 f"benchmarks.latency --rounds {args.rounds} --repeats {args.repeats} --write "
                 f"{args.write}` (the other rows are from the full run above).")
        path = Path(args.write)
        path.write_text(rewrite_rows(path.read_text(), rows, stamp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
