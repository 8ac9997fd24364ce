"""`hipcoach render` prints every response of a routine, and can speak it to a WAV."""

import re

import pytest

from skill.cli import main
from tests.audio_measure import require_audio_tools, seconds


def test_render_prints_each_valid_response(capsys):
    assert main(["render", "after run"]) == 0
    out = capsys.readouterr().out
    documents = re.findall(r"^<speak>.*</speak>$", out, flags=re.M)
    headings = re.findall(r"^## response \d+", out, flags=re.M)
    assert len(documents) == len(headings) >= 2
    assert out.startswith("# post-run:")
    assert "kneeling hip flexor stretch" in out


@pytest.mark.parametrize("routine", ["pre-run", "strength", "post-run"])
def test_render_counts_all_quiet_time_including_between_reps(capsys, routine):
    assert main(["render", routine]) == 0
    quiet, in_holds = map(int, re.search(r"(\d+)% quiet \((\d+)% in holds\)",
                                         capsys.readouterr().out).groups())
    assert quiet > 40 and quiet >= in_holds
    if routine == "pre-run":
        assert in_holds == 0  # rep-based: the quiet is all between counts


def test_unknown_routine_names_the_choices(capsys):
    assert main(["render", "marathon taper"]) == 2
    err = capsys.readouterr().err
    assert "mobility check" in err and "post-run" in err


def test_bad_hold_preference_is_a_clear_error(capsys):
    assert main(["render", "quick", "--hold", "900"]) == 2
    assert "hold" in capsys.readouterr().err


def test_wav_without_espeak_says_how_to_install(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["render", "quick", "--wav", str(tmp_path / "q.wav")]) == 3
    assert "apt-get install espeak-ng" in capsys.readouterr().err


def test_wav_holds_every_response(capsys, tmp_path):
    require_audio_tools()
    out = tmp_path / "quick.wav"
    assert main(["render", "quick", "--wav", str(out)]) == 0
    parts = re.search(r"# wrote .*: (.*)$", capsys.readouterr().out, flags=re.M).group(1)
    lengths = [float(x.split()[0]) for x in parts.split(", ")]
    assert len(lengths) == 2
    assert seconds(out) == pytest.approx(sum(lengths), abs=0.1)
