"""A loopback stand-in for the MCP server's authorisation server (Cognito in production): it
serves authorization-server metadata (RFC 8414) and a JWKS, and signs access tokens as the
user pool would (RS256, `iss`, `client_id`, `token_use`, `scope`, `exp`, `sub`)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

CLIENT_ID = "hip-coach-test-client"
SCOPE = "hipcoach/coach"


class Issuer:
    def __init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "test-key"
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def token(self, subject: str = "runner-1", scope: str = SCOPE, lifetime: float = 600,
              client_id: str = CLIENT_ID, key=None, issuer: str | None = None) -> str:
        now = int(time.time())
        claims = {"iss": issuer or self.url, "sub": subject, "client_id": client_id,
                  "token_use": "access", "scope": scope, "iat": now,
                  "exp": int(now + lifetime)}
        return jwt.encode(claims, key or self.key, algorithm="RS256",
                          headers={"kid": self.kid})

    def _documents(self) -> dict[str, dict]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {
            "/.well-known/jwks.json": {"keys": [{**public, "kid": self.kid, "use": "sig",
                                                 "alg": "RS256"}]},
            "/.well-known/oauth-authorization-server": {
                "issuer": self.url, "authorization_endpoint": f"{self.url}/oauth2/authorize",
                "token_endpoint": f"{self.url}/oauth2/token",
                "jwks_uri": f"{self.url}/.well-known/jwks.json",
                "response_types_supported": ["code"],
                "code_challenge_methods_supported": ["S256"],
                "scopes_supported": ["openid", SCOPE]}}

    def _handler(self):
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                document = issuer._documents().get(self.path)
                body = json.dumps(document).encode() if document else b"{}"
                self.send_response(200 if document else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler
