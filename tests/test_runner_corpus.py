"""The runner corpus (tests/runner_corpus): big enough, a fifth set aside; each tag's check tells
a right reply from a wrong one; the seen part's figures never drop below the floor recorded
here; and nothing prints a held-out line.

The held-out files are read here only by code, to count them and to check that no report names
them; no assertion message shows their words.
"""

import re

import pytest

from skill.simulator import evaluate, runner_corpus
from skill.simulator.chat import Reply
from skill.simulator.expectations import State, Turn, safe_miss
from skill.simulator.runner_corpus import CORPUS, Figures, load

# The seen part's figures when this floor was recorded (lines fully right, pain lines answered
# safely, pain misses still safe): raise it as the skill improves, never lower it to pass.
# Lines right, pain lines safe, pain misses still safe: a little under the seen part's figures
# with the ninth batch in (2096, 2069 and 771 right; pain 233, 233 and 46 of 233; strict pain
# misses safe 187 of 187), so a change that loses lines fails here.
FLOOR = {"lenient": (4125, 373, 0), "both": (4060, 372, 0), "strict": (1230, 66, 307)}


@pytest.fixture(scope="module")
def seen():
    return runner_corpus.evaluate("seen", tuple(FLOOR))


def test_the_corpus_is_big_enough_and_a_fifth_is_set_aside():
    parts = {part: load(part) for part in runner_corpus.PARTS}
    scenarios = sum(len(found) for found in parts.values())
    lines = sum(line.scored for found in parts.values() for s in found for line in s.lines)
    assert scenarios >= 100 and lines >= 300
    assert 0.15 <= len(parts["held_out"]) / scenarios <= 0.25
    problems = {part: sum(len(s.problems) for s in found) for part, found in parts.items()}
    assert problems == {"seen": 0, "held_out": 0}, "lines the harness cannot read (counts only)"
    assert not {s.name for s in parts["seen"]} & {s.name for s in parts["held_out"]}
    assert (CORPUS / "README.md").exists()


def test_the_seen_figures_stay_at_or_above_the_floor(seen):
    for listening, (right, pain_safe, safe_wording) in FLOOR.items():
        figures = Figures.of(seen[listening])
        assert figures.lines == Figures.of(seen["lenient"]).lines
        assert figures.right >= right, (listening, figures)
        assert figures.pain_safe >= pain_safe, (listening, figures)
        assert figures.safe_wording >= safe_wording, (listening, figures)


def test_checked_by_the_classifier_is_never_more_than_lenient_alone(seen):
    both = {(j.scenario, j.line.number) for j in seen["both"] if j.right}
    assert both <= {(j.scenario, j.line.number) for j in seen["lenient"] if j.right}


# A scenario of our own, in the corpus's format: right and wrong expectations side by side.
OWN = """# a runner starts post-run stretches, asks, hurts, and stops
> ask hip coach to start my post-run stretches
= start:post-run
< kneeling hip flexor
> (after 20)
> what does this stretch target
= answer
> that hurts
= pain
!< keep going
> stop
= end
"""
# A wrong expectation for the line said at each of these line numbers.
WRONG = {2: "= start:pre-run", 6: "= next", 8: "< keep going", 11: "= offer"}


@pytest.mark.parametrize("wrong_line", sorted(WRONG))
def test_a_check_fails_a_reply_that_does_not_do_what_its_tag_says(tmp_path, wrong_line):
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "001-right.txt").write_text(OWN)
    lines = OWN.splitlines()
    lines.insert(wrong_line, WRONG[wrong_line])  # just after the line it is about
    (folder / "002-wrong.txt").write_text("\n".join(lines) + "\n")
    judged = runner_corpus.evaluate("own", ("lenient",), folder=tmp_path)["lenient"]
    right = {(j.scenario, j.line.number): j.right for j in judged}
    assert all(r for (name, _), r in right.items() if name == "001-right")
    assert [n for (name, n), r in right.items() if name == "002-wrong" and not r] == [wrong_line]


@pytest.mark.parametrize("speech, reprompt, safe", [
    ("If something hurts, ease out and say that hurts. Otherwise say continue, or pause.",
     "If it hurts, say that hurts. Or say continue.", True),
    ("Sorry, I missed that. Say continue to keep going, or pause to stop here.", "", False),
    ("Say next, or if something hurts, say that hurts.", "", False),  # the way on came first
    ("If something hurts, say that hurts.", "Say continue to keep going.", False),
    ("", "", False),  # nothing said is no way out
])
def test_point_ones_safe_wording_gives_the_way_out_first(speech, reprompt, safe):
    state = State(True, None, None, None, None)
    turn = Turn(Reply(speech, reprompt, True, raw={"response": {}}), None, state, state, 0.0)
    assert safe_miss(turn) is safe


def test_misses_name_only_seen_lines_and_held_out_shows_totals_only(seen, capsys, monkeypatch):
    printed = "\n".join(evaluate.scenario_misses(seen["both"]))
    named = set(re.findall(r"^(\d{3}-[\w-]+):\d+  > ", printed, re.M))
    assert named and named <= {s.name for s in load("seen")}
    assert not named & {s.name for s in load("held_out")}, "a held-out line was printed"
    monkeypatch.setattr(runner_corpus, "evaluate", lambda part: seen)  # no held-out look here
    monkeypatch.setattr("sys.argv", ["evaluate", "--scenarios", "held-out", "--misses"])
    assert evaluate.main() == 0
    out = capsys.readouterr().out
    assert "| lenient" in out and "Misses are never shown" in out and "  > " not in out


LAST_EXERCISE = """# go back one in the quick routine's last exercise
> ask hip coach to start my quick post-run stretches
= start:quick
> (after 20)
> next
= next
> (after 10)
> go back
= {tag}
"""


@pytest.mark.parametrize("tag, right", [("previous", True), ("next", False)])
def test_a_step_move_in_a_routines_last_exercise_is_measured_from_it(tmp_path, tag, right):
    """The routine is counted as done when its last response begins (the session keeps it as
    the finale, not as playback): "go back" there is still a step back."""
    assert _last_line_right(tmp_path, LAST_EXERCISE.format(tag=tag)) is right


def _last_line_right(tmp_path, scenario: str) -> bool:
    """Whether a scenario of our own, played with the lenient matcher, gets its last line
    right."""
    folder = tmp_path / "own"
    folder.mkdir()
    (folder / "001-own.txt").write_text(scenario)
    judged = runner_corpus.evaluate("own", ("lenient",), folder=tmp_path)["lenient"]
    return judged[-1].right


PLAYED_ON_AFTER_PAIN = """# hurt in the quick routine's first exercise, then on into its last
> ask hip coach to start my quick post-run stretches
= start:quick
> (after 10)
> ow that hurts
= pain
> carry on
= {tag}
"""


@pytest.mark.parametrize("tag, right", [("resume", True), ("start", False)])
def test_playing_on_past_what_hurt_is_the_resume_into_the_last_exercise(tmp_path, tag, right):
    """After the pain answer, "carry on" leaves the exercise that hurt out and plays on; into
    the routine's last exercise nothing is left playing, and that is still the resume."""
    assert _last_line_right(tmp_path, PLAYED_ON_AFTER_PAIN.format(tag=tag)) is right
