"""Cold start: the built Lambda artifact imported and answering one launch in a fresh interpreter,
beside a minimal ask-sdk-core artifact built the same way; zipped sizes beside each other."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from benchmarks.shared import ROOT
from skill.simulator.envelopes import Caller
from skill.store.dynamo import DynamoProgressStore
from tests.services import FAKE_AWS

MINIMAL_HANDLER = """
import os
import boto3
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import CustomSkillBuilder
client = boto3.client("dynamodb")
TABLE = os.environ["PROGRESS_TABLE"]
class Everything(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return True
    def handle(self, handler_input):
        user = handler_input.request_envelope.context.system.user.user_id
        client.get_item(TableName=TABLE, Key={"id": {"S": user}}, ConsistentRead=True)
        client.put_item(TableName=TABLE, Item={"id": {"S": user}, "turns": {"N": "1"}})
        return handler_input.response_builder.speak("OK.").response
builder = CustomSkillBuilder()
builder.add_request_handler(Everything())
handler = builder.lambda_handler()
"""
# INIT: a fresh isolated interpreter imports the handler and answers one launch, as Lambda's
# first invocation does (module import and the first request together).
INIT_CODE = """
import json, sys, time
began, cpu = time.perf_counter(), time.process_time()
sys.path[:0] = sys.argv[1:3]
import lambda_function
lambda_function.handler(json.loads(sys.stdin.read()), None)
print(time.perf_counter() - began, time.process_time() - cpu)
"""
X86 = "manylinux2014_x86_64"  # built for this machine, so it can run here
# Lambda gives a function CPU in proportion to its memory: a full vCPU at 1,769 MB, so about
# 0.29 of one at the template's 512 MB; INIT is CPU-bound, so it stretches by that factor.
LAMBDA_VCPU = 512 / 1769


def build_artifacts(folder: Path, python: str) -> dict[str, Path]:
    ours, minimal, boto = folder / "ours", folder / "minimal", folder / "boto3"
    subprocess.run(["make", "--no-print-directory", "build-SkillFunction",
                    f"ARTIFACTS_DIR={ours}", f"LAMBDA_PLATFORM={X86}", f"PYTHON={sys.executable}"],
                   cwd=ROOT, check=True, capture_output=True)
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-compile", "--platform", X86,
           "--implementation", "cp", "--python-version", "3.12", "--only-binary=:all:"]
    subprocess.run([*pip, "--target", str(minimal), "ask-sdk-core"], check=True,
                   capture_output=True)
    (minimal / "lambda_function.py").write_text(MINIMAL_HANDLER)
    shutil.rmtree(minimal / "bin", ignore_errors=True)
    subprocess.run([*pip, "--target", str(boto), "boto3"], check=True, capture_output=True)
    for folder_ in (minimal, boto):
        subprocess.run([str(ROOT / "scripts" / "compile-for-lambda"), str(folder_), "3.12"],
                       check=True)
    return {"ours": ours, "minimal": minimal, "boto3": boto}


def zipped_bytes(folder: Path) -> int:
    with tempfile.TemporaryFile() as out:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder))
        return out.tell()


def cold_start(rounds: int, endpoint: str) -> dict:
    from tests.services import runtime_python

    python = runtime_python()
    if python is None:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        built = build_artifacts(Path(folder), python)
        runs: dict[str, list[tuple[float, float]]] = {"ours": [], "minimal": []}
        for n in range(rounds + 1):  # alternate, so machine noise hits both alike
            for name in runs:
                table = f"cold-{name}-{n}"
                DynamoProgressStore(table).create_table()
                env = {**FAKE_AWS, "AWS_ENDPOINT_URL_DYNAMODB": endpoint, "PATH":
                       os.environ["PATH"], "PROGRESS_TABLE": table}
                caller = Caller(user_id=f"amzn1.ask.account.cold-{n}")
                event = json.dumps(caller.launch(caller.new_session()), default=str)
                out = subprocess.run([python, "-I", "-c", INIT_CODE, str(built[name]),
                                      str(built["boto3"])], input=event, env=env,
                                     capture_output=True, text=True, check=True)
                if n:  # the first round warms the disk cache
                    wall, cpu = out.stdout.strip().splitlines()[-1].split()
                    runs[name].append((float(wall), float(cpu)))
        # A cold start is a few hundred milliseconds, where one scheduler hiccup on a 2-core
        # machine moves a single run by 30 %: the ratio is taken within each adjacent pair and
        # its median reported with the quartiles, beside the CPU seconds that noise barely moves.
        paired = [ours[0] / minimal[0]
                  for ours, minimal in zip(runs["ours"], runs["minimal"], strict=True)]
        quartiles = statistics.quantiles(paired, n=4)
        return {**{name: statistics.median(wall for wall, _ in values)
                   for name, values in runs.items()},
                **{f"{name}_cpu": statistics.median(cpu for _, cpu in values)
                   for name, values in runs.items()},
                "ratio": statistics.median(paired), "ratio_quartiles": (quartiles[0],
                                                                        quartiles[2]),
                "ours_zip": zipped_bytes(built["ours"]),
                "minimal_zip": zipped_bytes(built["minimal"]),
                "boto3_zip": zipped_bytes(built["boto3"])}


# 4: webservice throughput ---------------------------------------------------------------------
