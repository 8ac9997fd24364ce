"""The MCP server as an OAuth 2.1 resource server: bearer JWTs checked against the issuer's
JWKS (signature, issuer, audience, expiry, scope) with PyJWT, behind the SDK's own bearer
middleware, which answers 401 with `WWW-Authenticate` naming the protected-resource metadata
(RFC 9728) it also serves. Production's issuer is the stack's Cognito user pool."""

from __future__ import annotations

import os
from typing import NamedTuple

import anyio
import jwt
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings

ALGORITHMS = ["RS256", "ES256"]
LEEWAY_SECONDS = 30  # clock skew between the issuer and us


class AuthConfig(NamedTuple):
    issuer: str  # the authorisation server (its tokens' `iss`)
    resource: str  # this server's public URL, ending /mcp
    audience: str  # `aud`, or Cognito's `client_id` (its access tokens carry no `aud`)
    scope: str  # the scope every call needs
    jwks_url: str

    @classmethod
    def from_env(cls, environ=os.environ, resource: str | None = None) -> AuthConfig | None:
        """MCP_ISSUER, MCP_RESOURCE_URL (or `resource`) and MCP_AUDIENCE set: the server is
        served over HTTP; MCP_SCOPE (default hipcoach/coach) and MCP_JWKS_URL (default the
        issuer's /.well-known/jwks.json, as Cognito publishes it) may be set too."""
        issuer = environ.get("MCP_ISSUER")
        resource = environ.get("MCP_RESOURCE_URL") or resource
        audience = environ.get("MCP_AUDIENCE")
        if not (issuer and resource and audience):
            return None
        issuer = issuer.rstrip("/")
        return cls(issuer, resource, audience, environ.get("MCP_SCOPE", "hipcoach/coach"),
                   environ.get("MCP_JWKS_URL") or f"{issuer}/.well-known/jwks.json")

    def settings(self) -> AuthSettings:
        # The verifier checks the audience itself (Cognito's access tokens name the client,
        # not the resource), so the SDK's resource check is off.
        return AuthSettings(issuer_url=self.issuer, resource_server_url=self.resource,
                            required_scopes=[self.scope], validate_token_resource=False)


class JwtVerifier:
    """The SDK's TokenVerifier for JWTs a JWKS signs. Keys are cached by PyJWT's client and
    fetched again for a key id it has not seen (the issuer rotated)."""

    def __init__(self, config: AuthConfig):
        self.config = config
        self.keys = jwt.PyJWKClient(config.jwks_url, cache_keys=True, lifespan=3600, timeout=5)

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") not in ALGORITHMS:
                return None
            key = await anyio.to_thread.run_sync(self.keys.get_signing_key_from_jwt, token)
            claims = jwt.decode(token, key.key, algorithms=ALGORITHMS,
                                issuer=self.config.issuer, leeway=LEEWAY_SECONDS,
                                options={"require": ["exp", "iss", "sub"], "verify_aud": False})
        except (jwt.PyJWTError, ValueError):
            return None
        if self.config.audience not in _audiences(claims):
            return None
        scopes = str(claims.get("scope", "")).split()
        return AccessToken(token=token, client_id=str(claims.get("client_id", "")),
                           scopes=scopes, expires_at=int(claims["exp"]),
                           subject=str(claims["sub"]), claims={"iss": claims["iss"]})


def _audiences(claims: dict) -> list[str]:
    audience = claims.get("aud", [])
    found = [audience] if isinstance(audience, str) else list(audience)
    if claims.get("token_use") == "access" and claims.get("client_id"):
        found.append(claims["client_id"])  # Cognito's access token
    return found
