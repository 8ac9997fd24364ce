"""Verifying that a request really comes from Alexa, on the `cryptography` package.

Implements the checks Amazon requires of a skill hosted as a web service: the signing chain's
URL, the chain itself (to a trusted root, within its dates, for echo-api.amazon.com), the
`Signature-256` over the raw body, the request's age, and the skill id. Each check is an
ask-sdk-webservice-support verifier, passed to its WebserviceSkillHandler.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from skill.web.compat import ensure_webservice_support_imports

ensure_webservice_support_imports()
from ask_sdk_webservice_support.verifier import (  # noqa: E402 - needs the step above
    AbstractVerifier,
    VerificationException,
)

SIGNING_HOST = "echo-api.amazon.com"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH = "/echo.api/"
MAX_CHAIN_BYTES = 64 * 1024
DOWNLOAD_TIMEOUT_SECONDS = (1.0, 2.0)  # connect, read
REQUEST_TOLERANCE_SECONDS = 150
SKILL_EVENT_TOLERANCE_SECONDS = 3600

Fetch = Callable[[str], bytes]


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, whatever its case (Flask's are case-insensitive, Lambda's are not)."""
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


def check_cert_url(url: str) -> None:
    """Amazon's rules for SignatureCertChainUrl: https, host s3.amazonaws.com, port 443 if any,
    path under /echo.api/ once normalised (so /echo.api/../ cannot escape it)."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise VerificationException("certificate URL is not https")
    if (parts.hostname or "").lower() != CERT_URL_HOST:
        raise VerificationException("certificate URL has the wrong host")
    try:
        port = parts.port
    except ValueError:
        raise VerificationException("certificate URL has an invalid port") from None
    if port not in (None, 443):
        raise VerificationException("certificate URL has the wrong port")
    if not posixpath.normpath(parts.path).startswith(CERT_URL_PATH.rstrip("/") + "/"):
        raise VerificationException("certificate URL has the wrong path")


def download_chain(url: str) -> bytes:
    """The PEM chain at `url`, with a short timeout and a size cap."""
    with requests.get(url, timeout=DOWNLOAD_TIMEOUT_SECONDS, stream=True) as response:
        response.raise_for_status()
        data = b""
        for block in response.iter_content(8192):
            data += block
            if len(data) > MAX_CHAIN_BYTES:
                raise VerificationException("certificate chain is too large")
    return data


def load_trust_roots(path: Path | str | None = None) -> list[x509.Certificate]:
    """Trusted roots from a PEM bundle: `path`, else the bundle `requests` trusts (certifi)."""
    if path is None:
        import certifi

        path = certifi.where()
    return x509.load_pem_x509_certificates(Path(path).read_bytes())


class SignatureVerifier(AbstractVerifier):
    """The chain behind SignatureCertChainUrl is valid for echo-api.amazon.com, and its key
    signed the raw body (Signature-256: RSA PKCS#1 v1.5 over SHA-256). Chains are cached, in
    memory and optionally on disk, until the first certificate in them expires; a chain is
    validated when it enters the memory cache, since nothing about it can change before then
    (the validity window is the cache's lifetime)."""

    def __init__(self, trust_roots: list[x509.Certificate], fetch: Fetch = download_chain,
                 cache_dir: Path | str | None = None, clock: Callable[[], float] = time.time):
        self.store = Store(trust_roots)
        self.fetch = fetch
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.clock = clock
        self._cache: dict[str, tuple[list[x509.Certificate], float]] = {}
        self._lock = threading.Lock()

    def verify(self, headers, serialized_request_env, deserialized_request_env):
        url = header(headers, "SignatureCertChainUrl")
        signature = header(headers, "Signature-256")
        if not url or not signature:
            raise VerificationException("signature headers are missing")
        check_cert_url(url)
        leaf = self._valid_leaf(url)
        body = serialized_request_env.encode() if isinstance(serialized_request_env, str) \
            else serialized_request_env
        key = leaf.public_key()
        if not isinstance(key, RSAPublicKey):
            raise VerificationException("signing key is not RSA")
        try:
            key.verify(base64.b64decode(signature, validate=True), body, PKCS1v15(), SHA256())
        except (InvalidSignature, ValueError):
            raise VerificationException("signature does not match the body") from None

    def _valid_leaf(self, url: str) -> x509.Certificate:
        """The signing certificate behind `url`, validated when it entered the cache."""
        now = self.clock()
        with self._lock:
            cached = self._cache.get(url)
        if cached and cached[1] > now:
            return cached[0][0]
        data = self._from_disk(url) or self.fetch(url)
        try:
            chain = x509.load_pem_x509_certificates(data)
        except ValueError:
            raise VerificationException("certificate chain cannot be read") from None
        verifier = PolicyBuilder().store(self.store).time(
            datetime.fromtimestamp(now, UTC)).build_server_verifier(x509.DNSName(SIGNING_HOST))
        try:
            verifier.verify(chain[0], chain[1:])
        except VerificationError:
            raise VerificationException("certificate chain is not valid") from None
        expires = min(c.not_valid_after_utc for c in chain).timestamp()
        with self._lock:
            self._cache[url] = (chain, expires)
        self._to_disk(url, data)
        return chain[0]

    def _disk_path(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / (hashlib.sha256(url.encode()).hexdigest() + ".pem")

    def _from_disk(self, url: str) -> bytes | None:
        path = self._disk_path(url)
        return path.read_bytes() if path is not None and path.exists() else None

    def _to_disk(self, url: str, data: bytes) -> None:
        path = self._disk_path(url)
        if path is not None and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


class RecentRequestVerifier(AbstractVerifier):
    """The request was made within 150 s of now, either way (skill events: within an hour)."""

    def __init__(self, clock: Callable[[], float] = time.time):
        self.clock = clock

    def verify(self, headers, serialized_request_env, deserialized_request_env):
        request = deserialized_request_env.request
        stamp = getattr(request, "timestamp", None)
        if not isinstance(stamp, datetime):
            raise VerificationException("request has no timestamp")
        tolerance = (SKILL_EVENT_TOLERANCE_SECONDS
                     if (request.object_type or "").startswith("AlexaSkillEvent.")
                     else REQUEST_TOLERANCE_SECONDS)
        if abs(self.clock() - stamp.timestamp()) > tolerance:
            raise VerificationException("request timestamp is out of range")


class SkillIdVerifier(AbstractVerifier):
    """The request is for this skill."""

    def __init__(self, skill_id: str):
        self.skill_id = skill_id

    def verify(self, headers, serialized_request_env, deserialized_request_env):
        context = deserialized_request_env.context
        application = context.system.application if context and context.system else None
        if application is None or application.application_id != self.skill_id:
            raise VerificationException("request is for another skill")


def alexa_verifiers(skill_id: str | None, trust_roots: list[x509.Certificate] | None = None,
                    cache_dir: Path | str | None = None, fetch: Fetch = download_chain,
                    clock: Callable[[], float] = time.time) -> list[AbstractVerifier]:
    verifiers: list[AbstractVerifier] = [
        SignatureVerifier(trust_roots if trust_roots is not None else load_trust_roots(),
                          fetch, cache_dir, clock),
        RecentRequestVerifier(clock)]
    if skill_id:
        verifiers.append(SkillIdVerifier(skill_id))
    return verifiers
