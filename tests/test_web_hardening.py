"""Hostile and malformed requests against the webservice (`create_app()`) and the Lambda entry:
certificate URLs that read two ways, failing or slow certificate hosts, wildcard names, cache
growth, bodies that crash deserialisers, malformed Lambda events, and a real Amazon chain."""

from __future__ import annotations

import contextlib
import json
import logging
import ssl
import threading
import time
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
import waitress.server
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.alexa.skill import build_skill, handle_event
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.local_https import https_server
from skill.simulator.local_pki import make_chain
from skill.store import MemoryProgressStore
from skill.web import create_app
from skill.web import verify as verify_module
from skill.web.verify import (
    ChainDownloader,
    SignatureVerifier,
    VerificationException,
    alexa_verifiers,
    load_trust_roots,
)
from tests.services import free_port
from tests.signing import CERT_URL, sign, signed

ROOT = Path(__file__).resolve().parents[1]
AMAZON_CHAIN = ROOT / "node_modules" / "alexa-verifier" / "test" / "mocks" / "echo-api-cert-12.cer"
CHAIN = make_chain(dns=("echo-api.amazon.com",))
DEADLINE = 1.0


def launch_event() -> dict:
    caller = Caller()
    return caller.launch(caller.new_session(), datetime.now(UTC))


def client_with(fetch, chain=CHAIN, cache_dir=None, clock=time.time):
    verifiers = alexa_verifiers(SKILL_ID, [chain.root.cert], cache_dir, fetch, clock)
    return create_app(build_skill(MemoryProgressStore()), verifiers=verifiers).test_client()


def recording_fetch(chain=CHAIN):
    fetched: list[str] = []

    def fetch(url):
        fetched.append(url)
        return chain.leaf_chain_pem()

    return fetch, fetched


def post_signed(client, url=CERT_URL, key=CHAIN.leaf.key, event=None):
    body, headers = signed(event or launch_event(), key, url)
    return client.post("/", data=body, headers=headers)


# 1. One parsed URL: nothing is fetched but the normalised s3.amazonaws.com URL ---------------

@pytest.mark.parametrize("url", [
    "https://evil.example\\@s3.amazonaws.com/echo.api/cert",
    "https://evil.example@s3.amazonaws.com/echo.api/cert",
    "https://s3.amazonaws.com:443@evil.example/echo.api/cert",
    "https://user:pass@s3.amazonaws.com/echo.api/cert",
    "https://s3.amazonaws.com\t/echo.api/cert",
    "https://s3.amazonaws.com\x7f.evil.example/echo.api/cert",
    "https://s3.amazonaws.com /echo.api/cert",
    "https://[s3.amazonaws.com/echo.api/cert",
    "https://s3.amazonaws.com/echo.api/%2e%2e/evil-bucket/cert",
    "https://s3.amazonaws.com/echo.api/\u2025/cert",
    "https://s3.amazonaws.com//echo.api/cert",
    "https://s3.amazonaws.com/echo.api/",
    "https://s3.amazonaws.com:0443x/echo.api/cert",
    "https://s3.amazonaws.com:99999/echo.api/cert",
    "https://s3.amazonaws.com/echo.api/" + "a" * 600,
])
def test_certificate_urls_that_read_two_ways_are_refused_without_fetching(url):
    fetch, fetched = recording_fetch()
    response = post_signed(client_with(fetch), url)
    assert response.status_code == 400
    assert response.get_json() == {"error": "request verification failed"}
    assert fetched == []


def test_only_the_normalised_url_is_fetched_and_it_keys_the_cache():
    fetch, fetched = recording_fetch()
    client = client_with(fetch)
    for url in ("https://S3.AmazonAWS.com:443/echo.api/./cert-12.pem",
                "https://s3.amazonaws.com/echo.api/../echo.api/cert-12.pem?v=1",
                "https://s3.amazonaws.com/echo.api/cert-12.pem?v=2#x"):
        assert post_signed(client, url).status_code == 200
    assert fetched == ["https://s3.amazonaws.com/echo.api/cert-12.pem"]


@pytest.fixture
def stand_in_s3(tmp_path):
    """An HTTPS server on loopback with a certificate for s3.amazonaws.com, standing in for
    Amazon's bucket. Paths choose the behaviour; every request is recorded."""
    seen, open_now, most_open = [], [0], [0]
    lock = threading.Lock()

    def drip():
        with lock:
            open_now[0] += 1
            most_open[0] = max(most_open[0], open_now[0])
        try:
            for _ in range(40):  # a byte every 0.2 s: each read is quick, the whole is not
                yield b"-"
                time.sleep(0.2)
        finally:
            with lock:
                open_now[0] -= 1

    def respond(path, headers):
        seen.append((headers.get("Host"), path))
        if "missing" in path:
            return 404, b"<Error>NoSuchKey</Error>"
        if "forbidden" in path:
            return 403, b"<Error>AccessDenied</Error>"
        if "huge" in path:
            return 200, b"x" * (200 * 1024)
        if "slow" in path:
            return 200, drip()
        return 200, CHAIN.leaf_chain_pem()

    with https_server(tmp_path, respond, dns=("s3.amazonaws.com",)) as (url, ca_bundle):
        context = ssl.create_default_context(cafile=str(ca_bundle))
        port = int(url.rsplit(":", 1)[1])
        downloader = ChainDownloader(deadline=DEADLINE, address=("127.0.0.1", port),
                                     context=context)
        yield downloader, seen, most_open


def test_the_downloader_speaks_only_to_s3_with_the_normalised_path(stand_in_s3):
    downloader, seen, _ = stand_in_s3
    url = "https://s3.amazonaws.com/echo.api/cert-12.pem"
    assert downloader(url) == CHAIN.leaf_chain_pem()
    assert seen == [("s3.amazonaws.com", "/echo.api/cert-12.pem")]
    for other in ("https://evil.example/echo.api/cert-12.pem",
                  "https://s3.amazonaws.com:8443/echo.api/cert-12.pem",
                  "https://s3.amazonaws.com/echo.api/cert-12.pem?x=1"):
        with pytest.raises(VerificationException):
            downloader(other)
    assert len(seen) == 1


# 2. Failed downloads are 400s -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["missing", "forbidden", "huge", "slow"])
def test_failed_downloads_are_a_400(stand_in_s3, name):
    downloader, _, _ = stand_in_s3
    started = time.monotonic()
    response = post_signed(client_with(downloader),
                           f"https://s3.amazonaws.com/echo.api/{name}.pem")
    assert response.status_code == 400
    assert response.get_json() == {"error": "request verification failed"}
    assert time.monotonic() - started < DEADLINE + 1.0  # one overall deadline, not per read


def test_an_unreachable_certificate_host_is_a_400():
    closed = ChainDownloader(deadline=DEADLINE, address=("127.0.0.1", free_port()))
    response = post_signed(client_with(closed))
    assert response.status_code == 400


def test_a_real_download_then_a_signed_request_is_answered(stand_in_s3):
    downloader, seen, _ = stand_in_s3
    client = client_with(downloader)
    assert post_signed(client).status_code == 200
    assert post_signed(client).status_code == 200
    assert len(seen) == 1


# 3. Exact name ------------------------------------------------------------------------------

@pytest.mark.parametrize("names, status", [
    (("*.amazon.com",), 400),
    (("echo-api.amazon.com.evil.example",), 400),
    (("echo-api.amazon.com", "other.amazon.com"), 200),
])
def test_the_signing_certificate_must_name_echo_api_exactly(names, status):
    chain = make_chain(dns=names)
    fetch, _ = recording_fetch(chain)
    assert post_signed(client_with(fetch, chain), key=chain.leaf.key).status_code == status


# 4. Bounded, expiring cache ------------------------------------------------------------------

def test_a_soak_of_distinct_certificate_urls_leaves_memory_and_disk_bounded(tmp_path):
    fetch, fetched = recording_fetch()
    verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], tmp_path / "certs", fetch)
    signature_check = next(v for v in verifiers if isinstance(v, SignatureVerifier))
    client = create_app(build_skill(MemoryProgressStore()), verifiers=verifiers).test_client()
    for n in range(300):
        url = f"https://s3.amazonaws.com/echo.api/cert-{n}.pem?v={n}"
        assert post_signed(client, url).status_code == 200
    assert len(fetched) == 300  # each distinct path is fetched once...
    assert len(signature_check._cache.entries) == verify_module.MAX_CACHED_CHAINS
    assert len(list((tmp_path / "certs").iterdir())) == verify_module.MAX_CACHED_CHAINS
    print(f"\n300 distinct certificate URLs: {len(signature_check._cache.entries)} chains in "
          f"memory, {len(list((tmp_path / 'certs').iterdir()))} files on disk")


def test_cached_chains_expire_after_a_day_even_when_valid_longer(tmp_path):
    fetch, fetched = recording_fetch()
    now = [time.time()]
    client = client_with(fetch, cache_dir=tmp_path, clock=lambda: now[0])
    assert post_signed(client).status_code == 200
    now[0] += verify_module.CACHE_SECONDS - 60
    event = Caller().launch(Caller().new_session(), datetime.fromtimestamp(now[0], UTC))
    assert post_signed(client, event=event).status_code == 200
    assert len(fetched) == 1
    now[0] += 120
    event = Caller().launch(Caller().new_session(), datetime.fromtimestamp(now[0], UTC))
    assert post_signed(client, event=event).status_code == 200
    assert len(fetched) == 2  # memory's entry and the file are a day old: fetched again


# Workers: hostile certificate hosts hold a bounded share ---------------------------------------

def test_slow_certificate_hosts_cannot_occupy_the_servers_workers(stand_in_s3):
    downloader, _, most_open = stand_in_s3
    verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], fetch=downloader)
    app = create_app(build_skill(MemoryProgressStore()), verifiers=verifiers)
    server = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=8)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}/"
    try:
        body, headers = signed(launch_event(), CHAIN.leaf.key)
        assert requests.post(base, data=body, headers=headers, timeout=10).status_code == 200

        def hostile(n):
            body, headers = signed(launch_event(), CHAIN.leaf.key,
                                   f"https://s3.amazonaws.com/echo.api/slow-{n}.pem")
            return requests.post(base, data=body, headers=headers, timeout=10).status_code

        def honest(_):
            time.sleep(0.2)
            started = time.monotonic()
            body, headers = signed(launch_event(), CHAIN.leaf.key)
            status = requests.post(base, data=body, headers=headers, timeout=10).status_code
            return status, time.monotonic() - started

        started = time.monotonic()
        with ThreadPoolExecutor(24) as pool:
            attacks = pool.map(hostile, range(16))
            answers = list(pool.map(honest, range(6)))
            attacks = list(attacks)
        elapsed = time.monotonic() - started
    finally:
        server.close()
    assert set(attacks) == {400}
    assert all(status == 200 for status, _ in answers)
    slowest = max(seconds for _, seconds in answers)
    assert most_open[0] <= verify_module.MAX_CONCURRENT_DOWNLOADS
    assert elapsed < 3 * DEADLINE + 3
    print(f"\n16 slow-host requests and 6 honest ones on 8 workers: at most {most_open[0]} "
          f"downloads open at once; slowest honest answer {slowest:.2f} s")


# Unsigned requests cannot starve the signature check ------------------------------------------

@pytest.fixture
def s3_of_404s(tmp_path):
    """S3's stand-in answering 404 after 150 ms to any name but the real chain's; yields a
    downloader for it and the paths asked for."""
    seen = []

    def respond(path, headers):
        seen.append(path)
        if path == "/echo.api/echo-api-cert-12.pem":
            return 200, CHAIN.leaf_chain_pem()
        time.sleep(0.15)
        return 404, b"<Error>NoSuchKey</Error>"

    (tmp_path / "s3").mkdir()
    with https_server(tmp_path / "s3", respond, dns=("s3.amazonaws.com",)) as (url, bundle):
        context = ssl.create_default_context(cafile=str(bundle))
        yield ChainDownloader(deadline=DEADLINE, address=("127.0.0.1", int(url.rsplit(":", 1)[1])),
                              context=context), seen


@contextlib.contextmanager
def serving(app):
    server = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=8)
    threading.Thread(target=server.run, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}/"
    finally:
        server.close()


def under_attack(base, clock, *, skill_id=SKILL_ID, seconds=2.5):
    """Six clients loop on signed-looking launches, each naming a new random certificate URL
    (and `skill_id`), while an honest signed launch is sent every 0.1 s for `seconds`; returns
    the honest answers' (status, seconds) and how many attacks were made."""
    stop, attacks = threading.Event(), [0]
    attacking, honest = Caller(skill_id=skill_id), Caller()

    def attacker():
        while not stop.is_set():
            event = attacking.launch(attacking.new_session(),
                                     datetime.fromtimestamp(clock(), UTC))
            body, headers = signed(event, CHAIN.leaf.key,
                                   f"https://s3.amazonaws.com/echo.api/{uuid.uuid4().hex}.pem")
            requests.post(base, data=body, headers=headers, timeout=10)
            attacks[0] += 1

    answers = []
    with ThreadPoolExecutor(6) as pool:
        for _ in range(6):
            pool.submit(attacker)
        try:
            time.sleep(0.3)  # every download slot taken
            until = time.monotonic() + seconds
            while time.monotonic() < until:
                started = time.monotonic()
                event = honest.launch(honest.new_session(), datetime.fromtimestamp(clock(), UTC))
                body, headers = signed(event, CHAIN.leaf.key)
                status = requests.post(base, data=body, headers=headers, timeout=10).status_code
                answers.append((status, time.monotonic() - started))
                time.sleep(0.1)
        finally:
            stop.set()
    return answers, attacks[0]


def answered_throughout(answers) -> bool:
    return len(answers) >= 3 and all(status == 200 and seconds < 2
                                     for status, seconds in answers)


def test_random_certificate_urls_cannot_keep_out_an_expired_chain(s3_of_404s):
    """The chain Alexa signs with expires from the cache (every 24 h); six clients naming
    random certificate URLs once took every download slot, and no launch was answered."""
    downloader, seen = s3_of_404s
    now = [time.time()]
    verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], fetch=downloader,
                                clock=lambda: now[0])
    with serving(create_app(build_skill(MemoryProgressStore()), verifiers=verifiers)) as base:
        body, headers = signed(launch_event(), CHAIN.leaf.key)
        assert requests.post(base, data=body, headers=headers, timeout=10).status_code == 200
        now[0] += verify_module.CACHE_SECONDS + 1
        answers, attacks = under_attack(base, lambda: now[0])
    assert answered_throughout(answers), answers
    assert attacks > 20
    assert seen.count("/echo.api/echo-api-cert-12.pem") == 2  # once, then once a day
    print(f"\n{attacks} attacks with random certificate URLs: {len(answers)} honest launches "
          f"answered, slowest in {max(s for _, s in answers):.2f} s")


def test_random_certificate_urls_cannot_keep_out_a_chain_saved_on_disk(s3_of_404s, tmp_path):
    """After a restart the chain is in the cache folder: it is read without a download
    slot."""
    downloader, _ = s3_of_404s
    first = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], tmp_path / "certs", downloader)
    assert post_signed(create_app(build_skill(MemoryProgressStore()), verifiers=first)
                       .test_client()).status_code == 200
    restarted = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], tmp_path / "certs", downloader)
    with serving(create_app(build_skill(MemoryProgressStore()), verifiers=restarted)) as base:
        answers, _ = under_attack(base, time.time, seconds=1.5)
    assert answered_throughout(answers), answers


def test_urls_fetched_only_for_this_skill_and_failures_remembered(s3_of_404s):
    """A first download (a new process with no cache folder) under attack from clients who do
    not know the skill id: they start no download at all. A URL that failed is not fetched
    again."""
    downloader, seen = s3_of_404s
    verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], fetch=downloader)
    with serving(create_app(build_skill(MemoryProgressStore()), verifiers=verifiers)) as base:
        answers, attacks = under_attack(base, time.time, skill_id="amzn1.ask.skill.other",
                                        seconds=1.5)
        assert answered_throughout(answers), answers
        assert seen == ["/echo.api/echo-api-cert-12.pem"] and attacks > 20
        missing = "https://s3.amazonaws.com/echo.api/missing.pem"
        for _ in range(5):
            body, headers = signed(launch_event(), CHAIN.leaf.key, missing)
            assert requests.post(base, data=body, headers=headers, timeout=10).status_code \
                == 400
    assert seen.count("/echo.api/missing.pem") == 1


# 5. Bodies that would crash the deserialiser --------------------------------------------------

def deep(levels: int) -> str:
    return '{"version":"1.0","request":{"type":"LaunchRequest","x":' + "[" * levels \
        + "]" * levels + "}}"


def with_request(**changes) -> str:
    event = launch_event()
    event["request"].update(changes)
    return json.dumps(event)


def with_session(session) -> str:
    event = launch_event()
    event["session"] = session
    return json.dumps(event)


CRASHING_BODIES = {
    "timestamp 1e300": with_request(timestamp=1e300),
    "timestamp -1e20": with_request(timestamp=-1e20),
    "timestamp NaN": with_request(timestamp=float("nan")),
    "timestamp Infinity": with_request(timestamp=float("inf")),
    "timestamp true": with_request(timestamp=True),
    "session 5": with_session(5),
    "session list": with_session([1]),
    "50,000-deep nesting": deep(50_000),
    "100-deep nesting": deep(100),
    "request null": '{"request": null}',
    "context without System": json.dumps({**launch_event(), "context": {}, "session": None}),
    "System a string": json.dumps({**launch_event(), "context": {"System": "x"}}),
    "not UTF-8": '{"request": "\udcff"}',
}


@pytest.mark.parametrize("name", sorted(CRASHING_BODIES))
@pytest.mark.parametrize("signed_body", [False, True], ids=["unsigned", "signed"])
def test_bodies_that_crash_deserialisers_are_a_400(name, signed_body):
    fetch, fetched = recording_fetch()
    body = CRASHING_BODIES[name].encode("utf-8", "surrogateescape")
    headers = {"Content-Type": "application/json"}
    if signed_body:
        headers.update({"SignatureCertChainUrl": CERT_URL,
                        "Signature-256": sign(body, CHAIN.leaf.key)})
    response = client_with(fetch).post("/", data=body, headers=headers)
    assert response.status_code == 400
    assert "error" in response.get_json()
    assert fetched == []  # refused on shape, before any certificate work


# 6. The Lambda entry on malformed events ------------------------------------------------------

def lambda_events():
    no_context = launch_event()
    del no_context["context"], no_context["session"]
    numeric_session = {**launch_event(), "session": 7}
    system_less = {**launch_event(), "context": {"Viewport": {}}, "session": None}
    return {"{}": {}, "[]": [], "None": None, "request null": {"request": None},
            "no context, no session": no_context, "context without System": system_less,
            "numeric session": numeric_session, "a string": "LaunchRequest",
            "timestamp NaN": json.loads(with_request(timestamp=float("nan"))),
            "timestamp 1e300": json.loads(with_request(timestamp=1e300)),
            "deep": json.loads(deep(500)),
            "another skill": Caller(skill_id="amzn1.ask.skill.other").launch(
                Caller().new_session())}


@pytest.mark.parametrize("name", sorted(lambda_events()))
def test_malformed_lambda_events_get_a_logged_refusal(name, caplog):
    skill = build_skill(MemoryProgressStore(), SKILL_ID)
    with caplog.at_level(logging.WARNING):
        response = handle_event(skill, lambda_events()[name], None)
    assert response == {"version": "1.0", "response": {}}
    assert "refused an event" in caplog.text


# Fuzzing: no 5xx, no unhandled exception --------------------------------------------------------

URL_PARTS = st.sampled_from(["https://", "http://", "s3.amazonaws.com", "evil.example", "@",
                             "\\", ":443", ":8443", "/echo.api/", "../", "%2e", "cert.pem",
                             "?v=1", "#", "[", "\t", " ", ""])
json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=10), inner, max_size=3), max_leaves=12)


@st.composite
def mangled_envelope(draw):
    """A real-shaped envelope with a few parts replaced by anything JSON can hold."""
    event = launch_event()
    for _ in range(draw(st.integers(1, 4))):
        parent = event
        for key in draw(st.sampled_from([(), ("request",), ("context",), ("context", "System"),
                                         ("session",), ("session", "application")])):
            parent = parent.get(key) if isinstance(parent, dict) else None
        if isinstance(parent, dict) and parent:
            parent[draw(st.sampled_from(sorted(parent)))] = draw(json_value)
    return event


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(mangled_envelope().map(json.dumps), json_value.map(json.dumps),
                      st.binary(max_size=200)),
       url=st.just(CERT_URL) | st.lists(URL_PARTS, max_size=6).map("".join),
       signature=st.sampled_from(["a valid one", "", "not base64!", "AAAA", None]))
def test_fuzzed_headers_and_bodies_never_give_a_5xx(body, url, signature):
    fetch, _ = recording_fetch()
    body = body.encode() if isinstance(body, str) else body
    headers = {"Content-Type": "application/json", "SignatureCertChainUrl": url}
    if signature is not None:
        headers["Signature-256"] = sign(body, CHAIN.leaf.key) if signature == "a valid one" \
            else signature
    response = client_with(fetch).post("/", data=body, headers=headers)
    assert response.status_code in (200, 400, 413, 415)
    assert response.is_json


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event=st.one_of(mangled_envelope(), json_value))
def test_fuzzed_lambda_events_never_raise(event):
    response = handle_event(build_skill(MemoryProgressStore(), SKILL_ID), event, None)
    assert response["version"] == "1.0"
    json.dumps(response)


# 7. A skill id is required in production ------------------------------------------------------

def test_serve_refuses_to_start_without_a_skill_id(monkeypatch, capsys, tmp_path):
    from skill import cli

    monkeypatch.delenv("SKILL_ID", raising=False)
    monkeypatch.delenv("PROGRESS_TABLE", raising=False)
    monkeypatch.setenv("PROGRESS_DB", str(tmp_path / "p.sqlite3"))
    started = []
    monkeypatch.setattr("waitress.serve", lambda app, **kw: started.append(app))
    assert cli.main(["serve"]) == 2
    assert "SKILL_ID" in capsys.readouterr().err and not started
    assert cli.main(["serve", "--any-skill"]) == 0
    assert cli.main(["serve", "--no-verify"]) == 0
    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    assert cli.main(["serve"]) == 0
    assert len(started) == 3


def test_create_app_refuses_full_verification_without_a_skill_id(monkeypatch):
    monkeypatch.delenv("SKILL_ID", raising=False)
    with pytest.raises(ValueError, match="SKILL_ID"):
        create_app(build_skill(MemoryProgressStore()))


# 8. Trust roots: a real Amazon chain against the default roots ---------------------------------

def test_a_real_amazon_signing_chain_verifies_against_the_default_roots(monkeypatch):
    if not AMAZON_CHAIN.exists():
        pytest.skip("alexa-verifier's test data is installed by `make test` (npm)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # loading the roots raises no deprecation warning
        roots = load_trust_roots()
    in_its_lifetime = datetime(2023, 6, 1, tzinfo=UTC).timestamp()
    signature_check = SignatureVerifier(roots, lambda url: AMAZON_CHAIN.read_bytes(),
                                        clock=lambda: in_its_lifetime)
    leaf = signature_check._valid_leaf("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")
    assert leaf.subject.rfc4514_string() == "CN=echo-api.amazon.com"
    after_it = SignatureVerifier(roots, lambda url: AMAZON_CHAIN.read_bytes(),
                                 clock=lambda: datetime(2024, 6, 1, tzinfo=UTC).timestamp())
    with pytest.raises(VerificationException, match="not valid"):
        after_it._valid_leaf("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")


def test_roots_this_cryptography_warns_about_are_left_out(tmp_path):
    import certifi

    bundle = Path(certifi.where()).read_bytes()
    (tmp_path / "roots.pem").write_bytes(bundle + b"\n-----BEGIN CERTIFICATE-----\nnot a "
                                         b"certificate\n-----END CERTIFICATE-----\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        roots = load_trust_roots(tmp_path / "roots.pem")
    assert all(root.serial_number > 0 for root in roots)
    assert 100 < len(roots) < bundle.count(b"BEGIN CERTIFICATE")
    assert any("Amazon Root CA 1" in root.subject.rfc4514_string() for root in roots)
