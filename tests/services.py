"""Real services the tests (and benchmarks) start on loopback: dynalite, a DynamoDB-compatible
server that enforces DynamoDB's validation rules, and s3rver, an S3-compatible one that checks
request signatures."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DYNALITE = ROOT / "node_modules" / "dynalite" / "cli.js"
S3RVER = ROOT / "node_modules" / "s3rver" / "bin" / "s3rver.js"
S3RVER_KEYS = {"AWS_ACCESS_KEY_ID": "S3RVER", "AWS_SECRET_ACCESS_KEY": "S3RVER",
               "AWS_DEFAULT_REGION": "us-east-1"}  # the one key pair s3rver accepts
# boto3 needs credentials and a region to sign requests, even for a local server.
FAKE_AWS = {"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local",
            "AWS_DEFAULT_REGION": "us-east-1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listened on port {port} within {seconds} s")


def require_tools(*tools: str, hint: str = "scripts/install-test-tools") -> None:
    """Skips unless every command is installed; in CI, which installs them, fails instead."""
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        message = f"{', '.join(missing)} not installed ({hint})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def hipcoach_serve(data: Path, *arguments: str, **env: str):
    """`hipcoach serve --no-verify` on a free loopback port, its progress in `data`; yields
    its base URL (no trailing slash)."""
    import sys

    environment = {**os.environ, "PROGRESS_DB": str(data / "p.sqlite3"), **env}
    environment.pop("PROGRESS_TABLE", None)
    return local_server([sys.executable, "-m", "skill.cli", "serve", "--no-verify",
                         "--port", "{port}", *arguments], environment)


@contextlib.contextmanager
def local_server(command: list[str], env: dict | None = None, port: int | None = None):
    """Runs a server on a loopback port (a free one unless given; `command` may use {port});
    yields its URL."""
    with local_process(command, env, port) as (url, _):
        yield url


@contextlib.contextmanager
def local_process(command: list[str], env: dict | None = None, port: int | None = None):
    """local_server, yielding its URL and its process (to pause it, say)."""
    port = port or free_port()
    process = subprocess.Popen([a.format(port=port) for a in command], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}", process
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def require_node_tool(script: Path = DYNALITE) -> None:
    if script.exists() and shutil.which("node"):
        return
    message = f"{script.parent.name} is not installed (run scripts/install-test-tools, or npm ci)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require_dynalite() -> None:
    require_node_tool(DYNALITE)


def node_service(script: Path, *arguments: str):
    """A Node.js server on a free loopback port (its arguments may use {port})."""
    return local_server(["node", str(script), *arguments])


DYNALITE_ARGUMENTS = ("--host", "127.0.0.1", "--port", "{port}", "--createTableMs", "0",
                      "--deleteTableMs", "0")


def dynalite():
    """dynalite in memory on a free loopback port."""
    return node_service(DYNALITE, *DYNALITE_ARGUMENTS)


def dynalite_process():
    """dynalite of its own, yielding its URL and its process: SIGSTOP makes a store that
    takes requests and never answers them (as a DynamoDB partition that stalls), until
    SIGCONT, when it handles every one it took meanwhile."""
    return local_process(["node", str(DYNALITE), *DYNALITE_ARGUMENTS])


def s3rver(folder: Path, bucket: str):
    """s3rver keeping its objects in `folder`, with `bucket` made at start."""
    return node_service(S3RVER, "--address", "127.0.0.1", "--port", "{port}", "--silent",
                        "--directory", str(folder), "--configure-bucket", bucket)


def run_in_threads(target, count: int) -> list[Exception]:
    """Runs target(0) ... target(count - 1) at once; returns what they raised."""
    import threading

    errors: list[Exception] = []

    def guarded(n: int):
        try:
            target(n)
        except Exception as error:  # a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def runtime_python(version: str = "3.12") -> str | None:
    """An interpreter of the Lambda runtime's Python version (on PATH, or installed by pyenv)."""
    import glob

    candidates = [shutil.which(f"python{version}"), *sorted(glob.glob(str(
        Path.home() / ".pyenv" / "versions" / f"{version}.*" / "bin" / f"python{version}")))]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version)"],
                               capture_output=True, text=True, check=False)
        if probe.returncode == 0 and probe.stdout.startswith(version + "."):
            return candidate
    return None
