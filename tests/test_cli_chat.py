"""`hipcoach chat` as a runner uses it: lines piped in, one reply block per line, and progress
that survives between runs through the embedded SQLite store."""

import os
import subprocess
import sys


def chat(lines: list[str], db, user="amzn1.ask.account.cli-runner", *options) -> list[str]:
    env = {**os.environ, "PROGRESS_DB": str(db)}
    env.pop("PROGRESS_TABLE", None)
    result = subprocess.run([sys.executable, "-m", "skill.cli", "chat", "--user", user,
                             *options],
                            input="\n".join(lines) + "\n", capture_output=True, text=True,
                            env=env, timeout=60, check=True)
    return result.stdout.strip().split("\n\n")


def test_one_block_per_line_and_resume_across_runs(tmp_path):
    db = tmp_path / "progress.sqlite3"
    first = chat(["ask hip coach to start my quick stretches", "(after 30)", "pause"], db)
    assert len(first) == 3
    assert "couch stretch" in first[0] and "[hold 30 s]" in first[0]
    assert first[1] == "(30 s into the last response)"
    assert "Paused at the couch stretch, left leg" in first[2]
    second = chat(["ask hip coach to resume"], db)
    assert "First, the couch stretch" in second[0]  # paused in its introduction: heard again
    other = chat(["ask hip coach to resume"], db, user="amzn1.ask.account.someone-else")
    assert "no routine waiting" in other[0]


def test_a_bare_utterance_without_a_session_reaches_no_skill(tmp_path):
    out = chat(["what does the couch stretch target", "open hip coach"], tmp_path / "p.db")
    assert "Alexa would not send this" in out[0]
    assert "Welcome to Hip Coach" in out[1]


def test_a_story_over_several_runs_keeps_its_simulated_days(tmp_path):
    db = tmp_path / "p.db"
    quick = ["ask hip coach to start my quick stretches", "continue"]  # each played through
    first = chat([*quick, "(wait 1 d)"], db, "amzn1.ask.account.cli-runner",
                 "--now", "2026-03-02T07:00:00+00:00")
    assert "quick post-run" in first[1] and first[1].endswith("Anything else for today?")
    second = chat([*quick, "ask hip coach how am I doing"], db)
    assert "done 2 sessions" in second[2] and "streak is 2 days" in second[2]
    third = chat([*quick, "ask hip coach how am I doing"], db, "amzn1.ask.account.cli-runner",
                 "--now", "2026-03-20T07:00:00+00:00")  # --now starts the clock afresh
    assert "streak is 1 day" in third[2]


def test_chat_plays_each_response_before_the_next_line_as_a_device_does(tmp_path):
    """A whole routine with "continue" at each prompt counts as finished; waiting past the
    reprompt ends the session, as the device's microphone closes."""
    db = tmp_path / "p.db"
    played = chat(["ask hip coach to start my post-run stretches", "continue", "continue",
                   "continue", "ask hip coach how am I doing"], db)
    assert "won't count" not in " ".join(played)
    assert "done 1 session" in played[-1]
    idle = chat(["ask hip coach to start my post-run stretches", "(wait 10)", "(wait 30)",
                 "continue"], db, "amzn1.ask.account.idle")
    assert idle[1] == "(10 s later)"
    assert idle[2].startswith("(30 s later; the microphone closed and the session ended)")
    assert "Alexa would not send this" in idle[3]
