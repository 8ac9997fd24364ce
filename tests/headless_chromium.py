"""Headless Chromium (Debian's package) driven over the DevTools protocol on a pipe: no port,
no browser download, nothing fetched but what the page names. Messages are JSON, each ended by
a NUL byte, on the browser's fd 3 (commands in) and fd 4 (answers and events out)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import tempfile
import time

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync",
         "--remote-debugging-pipe")


class Browser:
    def __init__(self, process: subprocess.Popen, to_browser: int, from_browser: int):
        self.process, self._out, self._in = process, to_browser, from_browser
        self._buffer = b""
        self._next_id = 0

    def send(self, method: str, session: str | None = None, timeout: float = 10.0,
             **params) -> dict:
        """One command; its result (events arriving meanwhile are dropped)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        answer = self.wait(lambda m: m.get("id") == self._next_id, timeout)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer["result"]

    def wait(self, wanted, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium exited")
            self._buffer += chunk

    def open(self, url: str, width: int, height: int) -> str:
        """A new tab at a phone's size, `url` loaded in it; returns its session."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Emulation.setDeviceMetricsOverride", session, width=width, height=height,
                  deviceScaleFactor=1, mobile=True)
        self.send("Page.enable", session)
        self.send("Page.navigate", session, url=url)
        self.wait(lambda m: m.get("method") == "Page.loadEventFired"
                  and m.get("sessionId") == session)
        return session

    def evaluate(self, session: str, expression: str):
        return self.send("Runtime.evaluate", session, expression=expression,
                         returnByValue=True)["result"]["value"]

    def screenshot(self, session: str) -> bytes:
        return base64.b64decode(self.send("Page.captureScreenshot", session, format="png",
                                          captureBeyondViewport=True)["data"])


@contextlib.contextmanager
def chromium(executable: str = "chromium"):
    commands_read, commands_write = os.pipe()
    answers_read, answers_write = os.pipe()

    def on_fds_3_and_4():
        os.dup2(commands_read, 3)
        os.dup2(answers_write, 4)

    with tempfile.TemporaryDirectory() as profile:
        process = subprocess.Popen([executable, *FLAGS, f"--user-data-dir={profile}"],
                                   preexec_fn=on_fds_3_and_4, close_fds=False,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(answers_write)
        browser = Browser(process, commands_write, answers_read)
        try:
            yield browser
        finally:
            with contextlib.suppress(OSError, RuntimeError, TimeoutError):
                browser.send("Browser.close", timeout=3)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            os.close(commands_write)
            os.close(answers_read)
