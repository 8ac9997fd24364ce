"""Verifying that a request really comes from Alexa, on the `cryptography` package.

Implements the checks Amazon requires of a skill hosted as a web service: the signing chain's
URL, the chain itself (to a trusted root, within its dates, for exactly echo-api.amazon.com), the
`Signature-256` over the raw body, the request's age, and the skill id. Each check is an
ask-sdk-webservice-support verifier, passed to its WebserviceSkillHandler.

The certificate URL comes from an unauthenticated header, so it is parsed once, checked, and
rebuilt from the checked parts; only that rebuilt URL is cached or fetched, and the fetch can
reach no host but s3.amazonaws.com, within one overall deadline and a size cap.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import posixpath
import re
import ssl
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from skill.alexa.platform import calls
from skill.web.compat import ensure_webservice_support_imports

ensure_webservice_support_imports()
from ask_sdk_webservice_support.verifier import (  # noqa: E402 - needs the step above
    AbstractVerifier,
    VerificationException,
)

log = logging.getLogger(__name__)

SIGNING_HOST = "echo-api.amazon.com"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH = re.compile(r"/echo\.api/[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
MAX_CERT_URL_CHARS = 512
MAX_CHAIN_BYTES = 64 * 1024
DOWNLOAD_DEADLINE_SECONDS = 3.0  # the whole download; Alexa gives the skill 8 s in all
MAX_CONCURRENT_DOWNLOADS = 2  # of waitress's 8 threads, at most this many wait on a download
# of a URL never validated before
FAILURE_SECONDS = 600.0  # a URL whose chain could not be had is not fetched again this long
KNOWN_FAILURE_SECONDS = 5.0  # ... or this long, when it once validated (S3 may have blipped)
MAX_REMEMBERED_FAILURES = 4096
MAX_CACHED_CHAINS = 8  # Amazon signs with one chain at a time; a few cover a rotation
CACHE_SECONDS = 24 * 3600  # re-fetched daily even if valid longer, so a replaced chain is seen
REQUEST_TOLERANCE_SECONDS = 150
SKILL_EVENT_TOLERANCE_SECONDS = 3600

Fetch = Callable[[str], bytes]


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, whatever its case (Flask's are case-insensitive, Lambda's are not)."""
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


def normalised_cert_url(url: str) -> str:
    """Amazon's rules for SignatureCertChainUrl: https, host s3.amazonaws.com, port 443 if any,
    path under /echo.api/ once normalised (so /echo.api/../ cannot escape it). Returns the URL
    rebuilt from the checked parts (no user info, port, query or fragment), the only form that
    is ever cached or fetched. Anything a URL parser could read two ways is refused: user info,
    backslashes, whitespace and control characters, percent-escapes."""
    if len(url) > MAX_CERT_URL_CHARS or not url.isprintable() or any(
            c.isspace() or c in "\\%" for c in url):
        raise VerificationException("certificate URL has characters Amazon never sends")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise VerificationException("certificate URL cannot be parsed") from None
    if parts.scheme.lower() != "https":
        raise VerificationException("certificate URL is not https")
    if "@" in parts.netloc:
        raise VerificationException("certificate URL has user info")
    if (parts.hostname or "").lower() != CERT_URL_HOST:
        raise VerificationException("certificate URL has the wrong host")
    if port not in (None, 443):
        raise VerificationException("certificate URL has the wrong port")
    path = posixpath.normpath(parts.path) if parts.path else ""
    if not CERT_URL_PATH.fullmatch(path):
        raise VerificationException("certificate URL has the wrong path")
    return f"https://{CERT_URL_HOST}{path}"


class ChainDownloader:
    """Fetches a normalised certificate URL from s3.amazonaws.com as a bounded call out
    (skill.alexa.platform.calls: one overall deadline, within the request's, cut by a watchdog
    so a slow sender cannot stretch it read by read, and a size cap). `address` and `context`
    exist for tests: a loopback server standing in for S3."""

    def __init__(self, deadline: float = DOWNLOAD_DEADLINE_SECONDS,
                 max_bytes: int = MAX_CHAIN_BYTES,
                 address: tuple[str, int] = (CERT_URL_HOST, 443),
                 context: ssl.SSLContext | None = None):
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.address = address
        self.context = context or ssl.create_default_context()

    def __call__(self, url: str) -> bytes:
        path = urlsplit(url).path
        if url != f"https://{CERT_URL_HOST}{path}":
            raise VerificationException("only normalised certificate URLs are fetched")
        try:
            answer = calls.call("GET", url, seconds=self.deadline, max_bytes=self.max_bytes,
                                headers={"Accept": "*/*"}, address=self.address,
                                context=self.context)
        except calls.CallFailed as failure:
            raise VerificationException(f"certificate chain download failed: {failure}") \
                from None
        if answer.status != 200:
            raise VerificationException(f"certificate chain download failed: {answer.status}")
        return answer.body


def load_trust_roots(path: Path | str | None = None) -> list[x509.Certificate]:
    """Trusted roots from a PEM bundle: `path`, else the bundle `requests` trusts (certifi).

    Roots are read one by one. Any that the installed `cryptography` refuses, or flags as
    breaking RFC 5280 (a serial number of zero: it warns that a future release will refuse
    them), are left out, so a `cryptography` upgrade cannot turn the bundle into an exception
    and stop all verification. Amazon's signing chain ends at Amazon Root CA 1, which is
    well-formed; tests verify a real Amazon chain against these roots."""
    if path is None:
        import certifi

        path = certifi.where()
    roots, skipped = [], 0
    for block in re.findall(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----",
                            Path(path).read_bytes(), re.S):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                roots.append(x509.load_pem_x509_certificate(block))
        except Exception:  # a parse error or the deprecation warning raised as one
            skipped += 1
    if skipped:
        log.info("left out %d trust roots this cryptography version refuses or warns about",
                 skipped)
    return roots


class _ChainCache:
    """Validated chains by normalised URL: at most MAX_CACHED_CHAINS, least recently used out
    first, each kept until its first certificate expires or CACHE_SECONDS, whichever is sooner;
    optionally mirrored on disk, bounded the same way."""

    def __init__(self, cache_dir: Path | str | None):
        self.entries: OrderedDict[str, tuple[x509.Certificate, float]] = OrderedDict()
        self.cache_dir = Path(cache_dir) if cache_dir else None

    def get(self, url: str, now: float) -> x509.Certificate | None:
        entry = self.entries.get(url)
        if entry is None or entry[1] <= now:
            self.entries.pop(url, None)
            return None
        self.entries.move_to_end(url)
        return entry[0]

    def put(self, url: str, leaf: x509.Certificate, until: float) -> None:
        self.entries[url] = (leaf, until)
        self.entries.move_to_end(url)
        while len(self.entries) > MAX_CACHED_CHAINS:
            self.entries.popitem(last=False)

    def _file(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / (hashlib.sha256(url.encode()).hexdigest() + ".pem")

    def read_file(self, url: str, now: float) -> bytes | None:
        """A chain saved by an earlier process, if fresh; it is validated again before use. A
        folder that cannot be read is logged and treated as empty."""
        path = self._file(url)
        if path is None:
            return None
        try:
            if not path.exists():
                return None
            if path.stat().st_mtime + CACHE_SECONDS <= now:
                path.unlink(missing_ok=True)
                return None
            return path.read_bytes()
        except OSError as error:
            log.warning("certificate cache not read, the chain is downloaded instead: %s", error)
            return None

    def write_file(self, url: str, data: bytes) -> None:
        """Saves a validated chain for later processes. A folder that cannot be written is
        logged and done without: the chain stays cached in memory all the same."""
        path = self._file(url)
        if path is None:
            return
        try:
            self._write(path, data)
        except OSError as error:
            log.warning("certificate cache not written, carrying on without it: %s", error)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            temporary.write_bytes(data)
            temporary.replace(path)
        saved = sorted(path.parent.glob("*.pem"), key=lambda p: p.stat().st_mtime)
        for old in saved[:-MAX_CACHED_CHAINS]:
            old.unlink(missing_ok=True)


class _Failures:
    """Certificate URLs whose chain could not be had, each remembered for a while (a URL that
    once validated only briefly: a failed download of Amazon's own chain may be S3's passing
    fault), at most MAX_REMEMBERED_FAILURES, oldest out first."""

    def __init__(self):
        self.until: OrderedDict[str, float] = OrderedDict()

    def recent(self, url: str, now: float) -> bool:
        until = self.until.get(url)
        if until is not None and until <= now:
            del self.until[url]
            return False
        return until is not None

    def add(self, url: str, now: float, seconds: float) -> None:
        self.until[url] = now + seconds
        self.until.move_to_end(url)
        while len(self.until) > MAX_REMEMBERED_FAILURES:
            self.until.popitem(last=False)


class SignatureVerifier(AbstractVerifier):
    """The chain behind SignatureCertChainUrl is valid for exactly echo-api.amazon.com, and its
    key signed the raw body (Signature-256: RSA PKCS#1 v1.5 over SHA-256). It reads only the
    headers and the raw body, so it runs before the body is deserialised (`reads_envelope`).

    A chain is validated when it enters the cache. The URL comes from an unauthenticated
    header, so a download is something anyone can ask for; what they cannot do is stand in the
    way of Amazon's chain:
    - a chain in memory or in the cache folder is used without a download slot;
    - concurrent requests for one URL share one download (single flight);
    - a URL that validated before (in this process, up to MAX_CACHED_CHAINS of them) is
      fetched again outside the slots that unknown URLs compete for, so when its chain expires
      or the process restarts with a cache folder, random URLs cannot keep it out;
    - an unknown URL is fetched only for a body that claims this skill's id (when one is set),
      and at most MAX_CONCURRENT_DOWNLOADS of them at once; beyond that, refused at once;
    - a URL whose chain could not be had is refused without a download for a while."""

    reads_envelope = False

    def __init__(self, trust_roots: list[x509.Certificate], fetch: Fetch | None = None,
                 cache_dir: Path | str | None = None, clock: Callable[[], float] = time.time,
                 skill_id: str | None = None):
        self.store = Store(trust_roots)
        self.fetch = fetch or ChainDownloader()
        self.clock = clock
        self.skill_id = skill_id
        self._cache = _ChainCache(cache_dir)
        self._known: OrderedDict[str, None] = OrderedDict()  # URLs that validated, newest last
        self._failures = _Failures()
        self._downloads: dict[str, Future] = {}
        self._unknown_downloads = 0
        self._lock = threading.Lock()

    def verify(self, headers, serialized_request_env, deserialized_request_env):
        url = header(headers, "SignatureCertChainUrl")
        signature = header(headers, "Signature-256")
        if not url or not signature:
            raise VerificationException("signature headers are missing")
        body = serialized_request_env.encode() if isinstance(serialized_request_env, str) \
            else serialized_request_env
        leaf = self._valid_leaf(normalised_cert_url(url), body)
        key = leaf.public_key()
        if not isinstance(key, RSAPublicKey):
            raise VerificationException("signing key is not RSA")
        try:
            key.verify(base64.b64decode(signature, validate=True), body, PKCS1v15(), SHA256())
        except (InvalidSignature, ValueError):
            raise VerificationException("signature does not match the body") from None

    def _valid_leaf(self, url: str, body: bytes = b"") -> x509.Certificate:
        """The signing certificate behind the normalised `url`, validated on entering the
        cache; concurrent requests for one URL share one download."""
        with self._lock:
            leaf = self._cache.get(url, self.clock())
        if leaf is not None:
            return leaf
        saved = self._cache.read_file(url, self.clock())  # no slot needed for a file
        with self._lock:
            if self._failures.recent(url, self.clock()):
                raise VerificationException("certificate chain failed recently")
            pending = self._downloads.get(url)
            if pending is None:
                unknown = saved is None and url not in self._known
                if unknown:
                    self._admit_unknown(body)
                    self._unknown_downloads += 1
                mine = self._downloads[url] = Future()
        if pending is not None:
            try:
                return pending.result(timeout=DOWNLOAD_DEADLINE_SECONDS + 1)
            except TimeoutError:
                raise VerificationException("certificate chain download is taking too long") \
                    from None
        try:
            leaf = self._load(url, saved)
        except BaseException as error:
            with self._lock:
                self._failures.add(url, self.clock(), FAILURE_SECONDS if unknown
                                   else KNOWN_FAILURE_SECONDS)
            mine.set_exception(error)
            raise
        else:
            mine.set_result(leaf)
            return leaf
        finally:
            with self._lock:
                del self._downloads[url]
                self._unknown_downloads -= unknown

    def _admit_unknown(self, body: bytes) -> None:
        """Raises unless a download of a URL never validated may start now (under the lock)."""
        if self._unknown_downloads >= MAX_CONCURRENT_DOWNLOADS:
            raise VerificationException("too many certificate downloads at once")
        if self.skill_id is not None and claimed_skill_id(body) != self.skill_id:
            raise VerificationException("request is for another skill; nothing fetched")

    def _load(self, url: str, saved: bytes | None) -> x509.Certificate:
        now = self.clock()
        data = saved or self.fetch(url)
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
        if SIGNING_HOST not in exact_dns_names(chain[0]):
            raise VerificationException("signing certificate does not name echo-api.amazon.com")
        until = min([c.not_valid_after_utc.timestamp() for c in chain] + [now + CACHE_SECONDS])
        with self._lock:
            self._cache.put(url, chain[0], until)
            self._known[url] = None
            self._known.move_to_end(url)
            while len(self._known) > MAX_CACHED_CHAINS:
                self._known.popitem(last=False)
            self._cache.write_file(url, data)
        return chain[0]


def claimed_skill_id(body: bytes) -> str | None:
    """The skill id an unverified body names (where SkillIdVerifier reads it), or None: a
    check that costs a parse, made before a download is started on the body's behalf."""
    try:
        node = json.loads(body)
    except (ValueError, RecursionError):
        return None
    for key in ("context", "System", "application", "applicationId"):
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, str) else None


def exact_dns_names(certificate: x509.Certificate) -> set[str]:
    """The DNS names in a certificate's SAN, lower-cased. Amazon's rule is that the signing
    certificate names echo-api.amazon.com itself; a wildcard such as *.amazon.com, which X.509
    path validation would accept, does not count."""
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return set()
    return {name.lower() for name in names.value.get_values_for_type(x509.DNSName)}


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
                    cache_dir: Path | str | None = None, fetch: Fetch | None = None,
                    clock: Callable[[], float] = time.time, *,
                    any_skill: bool = False) -> list[AbstractVerifier]:
    """Full verification. A skill id is required unless `any_skill` says, explicitly, that
    requests for any skill are to be answered (development against several skill ids)."""
    if not skill_id and not any_skill:
        raise ValueError("set SKILL_ID (or ask for any skill explicitly) to verify requests")
    verifiers: list[AbstractVerifier] = [
        SignatureVerifier(trust_roots if trust_roots is not None else load_trust_roots(),
                          fetch, cache_dir, clock, skill_id),
        RecentRequestVerifier(clock)]
    if skill_id:
        verifiers.append(SkillIdVerifier(skill_id))
    return verifiers
