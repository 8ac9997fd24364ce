"""The webservice: Alexa request verification on `cryptography`, clear HTTP errors, and the same
skill as Lambda behind ask-sdk-webservice-support's WebserviceSkillHandler."""

import json
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest

from skill.alexa.skill import build_skill
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.local_pki import issue, make_chain
from skill.store import MemoryProgressStore
from skill.web.app import create_app
from skill.web.verify import VerificationException, alexa_verifiers, normalised_cert_url
from tests.signing import CERT_URL, signed

CHAIN = make_chain(dns=("echo-api.amazon.com",))


def app_for(chain=CHAIN, roots=None, skill_id=SKILL_ID, fetched=None, clock=time.time):
    def fetch(url):
        if fetched is not None:
            fetched.append(url)
        return chain.leaf_chain_pem()

    verifiers = alexa_verifiers(skill_id, roots or [CHAIN.root.cert], fetch=fetch, clock=clock)
    return create_app(build_skill(MemoryProgressStore()), verifiers=verifiers).test_client()


def launch(at=None, skill_id=SKILL_ID) -> dict:
    caller = Caller(skill_id=skill_id)
    return caller.launch(caller.new_session(), at or datetime.now(UTC))


def post(client, body: bytes, headers: dict):
    return client.post("/", data=body, headers=headers)


def test_a_signed_request_is_answered():
    body, headers = signed(launch(), CHAIN.leaf.key)
    response = post(app_for(), body, headers)
    assert response.status_code == 200
    assert "Welcome to Hip Coach" in response.get_json()["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "HTTPS://s3.AmazonAWS.com/echo.api/../echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem?v=2#top",
])
def test_certificate_urls_amazon_allows_are_normalised(url):
    assert normalised_cert_url(url) == "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem",
])
def test_certificate_urls_amazon_forbids(url):
    with pytest.raises(VerificationException):
        normalised_cert_url(url)
    body, headers = signed(launch(), CHAIN.leaf.key, url)
    assert post(app_for(), body, headers).status_code == 400


def expired_chain():
    now = datetime.now(UTC)
    return make_chain(dns=("echo-api.amazon.com",), not_before=now - timedelta(days=60),
                      not_after=now - timedelta(days=1))


@pytest.mark.parametrize("case", ["expired leaf", "wrong SAN", "untrusted root",
                                  "tampered body", "garbage signature", "other key",
                                  "missing signature", "missing URL"])
def test_signature_and_chain_rejections(case):
    chain, roots = CHAIN, None
    if case == "expired leaf":
        chain = expired_chain()
        roots = [chain.root.cert]
    elif case == "wrong SAN":
        chain = make_chain(dns=("echo-api.example.com",))
        roots = [chain.root.cert]
    elif case == "untrusted root":
        chain = make_chain(dns=("echo-api.amazon.com",))  # a different root, not trusted
    body, headers = signed(launch(), chain.leaf.key)
    if case == "tampered body":
        body = body.replace(b"LaunchRequest", b"IntentRequest")
    elif case == "garbage signature":
        headers["Signature-256"] = "not base64!"
    elif case == "other key":
        headers = signed(launch(), issue("someone else").key)[1]
    elif case == "missing signature":
        del headers["Signature-256"]
    elif case == "missing URL":
        del headers["SignatureCertChainUrl"]
    response = post(app_for(chain, roots), body, headers)
    assert response.status_code == 400
    assert response.get_json() == {"error": "request verification failed"}  # no detail


@pytest.mark.parametrize("offset, ok", [(-140, True), (-160, False), (160, False), (140, True)])
def test_timestamps_must_be_within_150_seconds(offset, ok):
    body, headers = signed(launch(datetime.now(UTC) + timedelta(seconds=offset)),
                           CHAIN.leaf.key)
    assert post(app_for(), body, headers).status_code == (200 if ok else 400)


def test_skill_events_may_be_an_hour_old():
    caller = Caller()
    event = caller.skill_disabled("NOT_PERSISTED")
    event["request"]["timestamp"] = (datetime.now(UTC) - timedelta(minutes=50)).isoformat()
    body, headers = signed(event, CHAIN.leaf.key)
    assert post(app_for(), body, headers).status_code == 200
    event["request"]["timestamp"] = (datetime.now(UTC) - timedelta(minutes=70)).isoformat()
    body, headers = signed(event, CHAIN.leaf.key)
    assert post(app_for(), body, headers).status_code == 400


def test_a_request_for_another_skill_is_rejected():
    body, headers = signed(launch(skill_id="amzn1.ask.skill.someone-else"), CHAIN.leaf.key)
    assert post(app_for(), body, headers).status_code == 400


def test_the_chain_is_downloaded_once_and_again_after_it_expires():
    fetched, now = [], [time.time()]
    client = app_for(fetched=fetched, clock=lambda: now[0])
    for _ in range(3):
        body, headers = signed(launch(datetime.fromtimestamp(now[0], UTC)), CHAIN.leaf.key)
        assert post(client, body, headers).status_code == 200
    assert fetched == [CERT_URL]
    now[0] += 31 * 86400  # past the leaf's expiry: fetched again, and now invalid
    body, headers = signed(launch(datetime.fromtimestamp(now[0], UTC)), CHAIN.leaf.key)
    assert post(client, body, headers).status_code == 400
    assert fetched == [CERT_URL, CERT_URL]


@pytest.mark.parametrize("body, content_type, status", [
    (b"{not json", "application/json", 400),
    (b'["a list"]', "application/json", 400),
    (b'{"version": "1.0"}', "application/json", 400),
    (b'{"request": {"type": "LaunchRequest"}}', "text/plain", 415),
    (b'{"pad": "' + b"x" * (1024 * 1024) + b'"}', "application/json", 413),
])
def test_bad_bodies_get_clear_errors(body, content_type, status):
    response = app_for().post("/", data=body, headers={"Content-Type": content_type})
    assert response.status_code == status
    assert "error" in response.get_json()


def test_an_envelope_the_sdk_cannot_read_is_a_400():
    event = launch()
    event["request"]["timestamp"] = "not a time"
    body, headers = signed(event, CHAIN.leaf.key)
    assert post(app_for(), body, headers).status_code == 400


def test_health_and_unknown_routes():
    client = app_for()
    assert client.get("/health").get_json() == {"status": "ok"}
    assert client.get("/").status_code == 405
    assert client.get("/nope").status_code == 404


def test_verification_off_needs_asking_and_says_so(caplog):
    with caplog.at_level(logging.WARNING):
        client = create_app(build_skill(MemoryProgressStore()), verify=False).test_client()
    assert "verification is OFF" in caplog.text
    response = client.post("/", data=json.dumps(launch()),
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 200


def test_one_json_log_line_per_request_with_hashed_ids(caplog):
    body, headers = signed(launch(), CHAIN.leaf.key)
    with caplog.at_level(logging.INFO, logger="hipcoach.requests"):
        post(app_for(), body, headers)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "hipcoach.requests"]
    assert len(lines) == 1
    line = lines[0]
    assert line["type"] == "LaunchRequest" and line["outcome"] == "ok"
    assert line["latency_ms"] >= 0 and line["request_id"].startswith("amzn1.echo-api.request")
    assert Caller().user_id not in caplog.text and len(line["user"]) == 16
