"""Webservice throughput: `hipcoach serve`'s verified app beside the SDK's own webservice app and a
plain Flask echo, each posted signed requests by client threads on loopback."""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from benchmarks.shared import ROOT
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.local_pki import make_chain
from tests.services import free_port, wait_for_port
from tests.signing import CERT_URL, signed

SDK_APP = """
import sys, waitress
from flask import Flask, request
from skill.web.compat import ensure_webservice_support_imports
ensure_webservice_support_imports()
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler
from skill.alexa.skill import skill_from_env
handler = WebserviceSkillHandler(skill_from_env(), verify_signature=False,
                                 verify_timestamp=False)
app = Flask("sdk")
@app.post("/")
def alexa():
    return handler.verify_request_and_dispatch(dict(request.headers), request.get_data(True))
waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8)
"""
ECHO_APP = """
import sys, waitress
from flask import Flask
app = Flask("echo")
@app.post("/")
def alexa():
    return {"version": "1.0", "response": {}}
waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8)
"""


def serve(kind: str, folder: Path, chain) -> tuple[subprocess.Popen, str]:
    cache = folder / "certs"
    cache.mkdir(exist_ok=True)
    (cache / (hashlib.sha256(CERT_URL.encode()).hexdigest() + ".pem")).write_bytes(
        chain.leaf_chain_pem())
    (folder / "roots.pem").write_bytes(chain.root.pem)
    port = free_port()
    if kind == "ours":
        args = [sys.executable, "-m", "skill.cli", "serve", "--port", str(port), "--trust-roots",
                str(folder / "roots.pem"), "--cert-cache", str(cache)]
    else:
        args = [sys.executable, "-c", SDK_APP if kind == "sdk" else ECHO_APP, str(port)]
    env = {**os.environ, "SKILL_ID": SKILL_ID, "PROGRESS_DB": str(folder / f"{kind}.db"),
           "PYTHONPATH": str(ROOT)}
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
    figures: dict[str, list[float]] = {"ours": [], "sdk": [], "echo": []}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(2):  # alternate; each twice
            for kind in figures:
                process, url = serve(kind, Path(folder), chain)
                try:
                    requests_per_second(url, bodies[:50], workers)  # warm up
                    figures[kind].append(requests_per_second(url, bodies, workers))
                finally:
                    process.terminate()
                    process.wait(timeout=10)
    return {kind: statistics.median(values) for kind, values in figures.items()}
