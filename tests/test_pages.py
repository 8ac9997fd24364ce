"""The privacy policy and terms of use customers read: what they promise matches the
configuration, `hipcoach serve` serves them and a real browser shows them at phone width with
every link resolving, and the publish step puts them beside the audio, where the manifest's
URLs point by default."""

import json
import re
import shutil
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cfnlint.decode import cfn_yaml

from skill.alexa.language.skill_package import deploy_settings
from skill.cli import main
from skill.coach.runs import KEEP_SECONDS
from skill.pages import PAGES, render
from skill.pages.legal import ACCESS_LOG_DAYS, BACKUP_DAYS, INACTIVE_MONTHS, LOG_DAYS, RUNS_DAYS
from skill.store import INACTIVE_SECONDS
from tests.services import require_tools

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = cfn_yaml.loads((ROOT / "template.yaml").read_text())
OPERATOR = {"operator": "Trail Tools Ltd", "contact": "privacy@trail-tools.net"}
PHONE = (390, 844)


def text_of(page: str) -> str:
    return re.sub(r"<[^>]+>", " ", render(page, OPERATOR)).replace("&#x27;", "'")


def test_each_stated_retention_is_the_configured_one():
    assert INACTIVE_MONTHS == 18 and abs(INACTIVE_SECONDS / 86400 - 18 * 30.44) < 2
    assert RUNS_DAYS == 7 and KEEP_SECONDS == RUNS_DAYS * 86400  # Strava's cache limit
    table = TEMPLATE["Resources"]["ProgressTable"]["Properties"]
    recovery = table["PointInTimeRecoverySpecification"]
    assert recovery["PointInTimeRecoveryEnabled"] is True
    assert recovery["RecoveryPeriodInDays"] == BACKUP_DAYS
    parameters = TEMPLATE["Parameters"]
    assert parameters["LogRetentionDays"]["Default"] == LOG_DAYS
    assert parameters["AccessLogRetentionDays"]["Default"] == ACCESS_LOG_DAYS
    policy = text_of("privacy")
    developer = (ROOT / "docs" / "privacy.md").read_text()
    for stated in (f"{INACTIVE_MONTHS} months", f"{BACKUP_DAYS} days", f"{LOG_DAYS} days",
                   f"{ACCESS_LOG_DAYS} days"):
        assert stated in policy and stated in developer, stated
    runs = f"deleted {RUNS_DAYS} days after it was read from Strava"
    assert runs in policy and f"expires {RUNS_DAYS} days after" in developer


def test_the_policy_says_what_a_customer_needs_to_know():
    policy = text_of("privacy")
    for needed in ("Trail Tools Ltd", "privacy@trail-tools.net", "progress", "hold preference",
                   "Mobility check results, only if you agree", "Strava", "Reminders",
                   "Amazon Web Services", "Amazon runs Alexa", "what do you know about me",
                   "forget me", "Disable the skill", "Write to", "children", "Changes"):
        assert needed in policy, needed
    terms = text_of("terms")
    assert "not medical advice" in terms and "Trail Tools Ltd" in terms


def test_the_manifest_urls_default_to_the_pages_beside_the_audio(monkeypatch):
    monkeypatch.setenv("AUDIO_BASE_URL", "https://d1234abcd.cloudfront.net/")
    for variable in ("SKILL_PRIVACY_URL", "SKILL_TERMS_URL"):
        monkeypatch.delenv(variable, raising=False)
    settings = deploy_settings()
    assert settings["privacy_url"] == "https://d1234abcd.cloudfront.net/privacy"
    assert settings["terms_url"] == "https://d1234abcd.cloudfront.net/terms"
    assert deploy_settings({"privacy_url": "https://runner-tools.net/p"})["privacy_url"] == \
        "https://runner-tools.net/p"


def test_publishing_puts_the_pages_beside_the_audio(tmp_path, monkeypatch, capsys):
    from tests.services import S3RVER, S3RVER_KEYS, require_node_tool, s3rver

    require_node_tool(S3RVER)
    build = tmp_path / "build"
    build.mkdir()
    (build / "index.json").write_text("{}")
    for name in ("SKILL_OPERATOR", "SKILL_CONTACT_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    flags = ["audio", "publish", "--out", str(build), "--bucket", "hipcoach-audio"]
    assert main(flags) == 2 and "SKILL_CONTACT_EMAIL" in capsys.readouterr().err
    monkeypatch.setenv("SKILL_OPERATOR", OPERATOR["operator"])
    monkeypatch.setenv("SKILL_CONTACT_EMAIL", OPERATOR["contact"])
    with s3rver(tmp_path / "s3", "hipcoach-audio") as endpoint:
        monkeypatch.setenv("AWS_ENDPOINT_URL_S3", endpoint)
        for name, value in S3RVER_KEYS.items():
            monkeypatch.setenv(name, value)
        assert main(flags) == 0
        import boto3

        s3 = boto3.session.Session().client("s3")
        for page in PAGES:
            stored = s3.get_object(Bucket="hipcoach-audio", Key=page)
            assert stored["ContentType"] == "text/html; charset=utf-8"
            assert OPERATOR["contact"].encode() in stored["Body"].read()


@pytest.fixture
def serving(request, monkeypatch):
    monkeypatch.setenv("SKILL_OPERATOR", OPERATOR["operator"])
    monkeypatch.setenv("SKILL_CONTACT_EMAIL", OPERATOR["contact"])
    base, _ = request.getfixturevalue("served")
    return base


def test_a_browser_shows_both_pages_at_phone_width_with_every_link_resolving(serving):
    """Headless Chromium loads /privacy and /terms from `hipcoach serve` on a 390 px phone:
    nothing scrolls sideways, each link leads to a page that answers 200 (or an anchor on
    the page, or a mail address), and a screenshot of each is kept."""
    require_tools("chromium", hint="scripts/install-test-tools installs Debian's chromium")
    from tests.headless_chromium import chromium

    shots = ROOT / "build" / "page-screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with chromium(shutil.which("chromium")) as browser:
        for page in PAGES:
            tab = browser.open(f"{serving}/{page}", *PHONE)
            seen = json.loads(browser.evaluate(tab, """JSON.stringify({
                width: document.documentElement.scrollWidth,
                title: document.title,
                links: [...document.links].map(a => a.href),
                ids: [...document.querySelectorAll('[id]')].map(e => e.id),
                text: document.body.innerText})"""))
            assert seen["width"] <= PHONE[0], f"/{page} scrolls sideways: {seen['width']} px"
            assert OPERATOR["contact"] in seen["text"]
            assert len(seen["links"]) >= 2
            for link in seen["links"]:
                parts = urlsplit(link)
                if parts.scheme == "mailto":
                    assert re.fullmatch(r"[^@\s]+@[\w.-]+\.\w+", parts.path), link
                    continue
                assert link.startswith(serving), f"{link} leaves the site"
                assert not parts.fragment or parts.fragment in seen["ids"], link
                with urllib.request.urlopen(link.split("#")[0], timeout=5) as answer:
                    assert answer.status == 200 and "html" in answer.headers["Content-Type"]
            shot = shots / f"{page}-390px.png"
            shot.write_bytes(browser.screenshot(tab))
            print(f"screenshot: {shot}")
    assert time.monotonic() - started < 15


def test_what_do_you_know_about_me_counts_what_is_kept_and_sends_it_as_a_card(store,
                                                                                conversation):
    from skill.coach.checkin import CheckResult, Finding
    from skill.coach.progress import Profile
    from skill.coach.runs import Run

    assert "don't keep anything" in conversation.say(
        "ask hip coach what do you know about me").speech
    profile = Profile(hold_preference=45, check_consent=True, checks=(
        CheckResult(1.0, "2026-11-01", (Finding("kneeling_hip_flexor_test", "limited", "left"),)),
        CheckResult(2.0, "2026-11-20", ())),
        runs=(Run("Run", 10000.0, 3000, 50.0, 1.0),), runs_checked=time.time() - 60,
        time_zone="Europe/Paris")  # runs read from Strava a minute ago (kept for a week)
    store.save(conversation.caller.user_id, profile.to_dict())
    reply = conversation.say("ask hip coach what do you know about me")
    for said in ("hold preference of 45 seconds", "2 mobility checks", "test results of 1",
                 "1 run from Strava", "time zone", "forget me"):
        assert said in reply.speech, said
    assert "left" not in reply.speech  # counted, never read out
    card = reply.raw["response"]["card"]
    assert card["type"] == "Simple" and "2 mobility checks" in card["content"]
