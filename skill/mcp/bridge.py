"""The MCP app (ASGI) answering requests that arrive synchronously: waitress's threads under
`hipcoach serve`, and Lambda's events. Its lifespan (the SDK's session manager) starts once on
an event loop of its own thread; each request is one exchange handed to that loop, which a
stateless JSON-answering server completes within the request."""

from __future__ import annotations

import asyncio
import threading
from typing import NamedTuple

REQUEST_SECONDS = 30.0


class Answer(NamedTuple):
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class Bridge:
    def __init__(self, app):
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.state: dict = {}
        threading.Thread(target=self.loop.run_forever, name="mcp-loop", daemon=True).start()
        self._shutdown = asyncio.Event()
        started = asyncio.run_coroutine_threadsafe(self._started(), self.loop)
        started.result(REQUEST_SECONDS)

    async def _started(self) -> None:
        ready = self.loop.create_future()
        self._lifespan = self.loop.create_task(self._run_lifespan(ready))
        await ready

    async def _run_lifespan(self, ready: asyncio.Future) -> None:
        messages = [{"type": "lifespan.startup"}]

        async def receive():
            if messages:
                return messages.pop()
            await self._shutdown.wait()
            return {"type": "lifespan.shutdown"}

        async def send(message):
            if message["type"] == "lifespan.startup.complete":
                ready.set_result(None)
            elif message["type"] == "lifespan.startup.failed":
                ready.set_exception(RuntimeError(message.get("message", "startup failed")))

        await self.app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": self.state},
                       receive, send)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self._shutdown.set)
        asyncio.run_coroutine_threadsafe(asyncio.wait_for(self._lifespan, 5), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)

    def handle(self, method: str, path: str, query: str, headers: list[tuple[str, str]],
               body: bytes, scheme: str = "http", server: tuple[str, int] = ("127.0.0.1", 80),
               client: tuple[str, int] | None = None) -> Answer:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": method, "scheme": scheme, "path": path, "raw_path": path.encode(),
                 "query_string": query.encode("latin-1"), "root_path": "",
                 "headers": [(k.lower().encode("latin-1"), v.encode("latin-1"))
                             for k, v in headers],
                 "server": server, "client": client, "state": dict(self.state)}
        return asyncio.run_coroutine_threadsafe(
            self._exchange(scope, body), self.loop).result(REQUEST_SECONDS)

    async def _exchange(self, scope: dict, body: bytes) -> Answer:
        answered = asyncio.Event()
        pending = [{"type": "http.request", "body": body, "more_body": False}]
        start: dict = {}
        chunks: list[bytes] = []

        async def receive():
            if pending:
                return pending.pop()
            await answered.wait()  # the client stays until the answer is whole
            return {"type": "http.disconnect"}

        async def send(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    answered.set()

        await self.app(scope, receive, send)
        answered.set()
        return Answer(start.get("status", 500),
                      [(k.decode("latin-1"), v.decode("latin-1"))
                       for k, v in start.get("headers", [])], b"".join(chunks))
