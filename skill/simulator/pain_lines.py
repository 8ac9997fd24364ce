"""How many pain lines in runners' own words (tests/phrasings/pain_lines, five writers) the
simulator hears as pain: the lenient matcher (`hipcoach chat`), the classifier stand-in, and
both together; and how many controls (lines that share words with pain talk but report none)
neither hears as pain. Totals only for the held-out parts, never a line.

    .venv/bin/python -m skill.simulator.pain_lines [--misses]

`--misses` lists the seen parts' lines heard wrongly."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import NamedTuple

from skill.alexa.language.interaction_model import load_model
from skill.simulator.classifier import classifier_for
from skill.simulator.matching import PAIN, Lenient

LINES = Path(__file__).resolve().parents[2] / "tests" / "phrasings" / "pain_lines"


class Heard(NamedTuple):
    line: str
    pain: bool  # whether the writer meant it as pain
    lenient: bool  # whether each stand-in heard pain
    classifier: bool


def heard(path: Path, model: dict | None = None) -> list[Heard]:
    model = model or load_model()
    lenient, classifier = Lenient(model), classifier_for(model)
    with path.open(newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    return [Heard(row["line"], row["kind"] == "pain",
                  lenient.understand(row["line"]).understood.intent == PAIN,
                  classifier.understand(row["line"]).intent == PAIN) for row in rows]


def _share(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} % ({right}/{total})" if total else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true")
    misses = parser.parse_args().misses
    model = load_model()
    print("| lines | pain heard: lenient | classifier | both | controls heard as no pain: both |")
    print("|---|---|---|---|---|")
    for path in sorted(LINES.glob("*.tsv")):
        lines = heard(path, model)
        pain = [h for h in lines if h.pain]
        controls = [h for h in lines if not h.pain]
        print(f"| {path.stem} | {_share(sum(h.lenient for h in pain), len(pain))} | "
              f"{_share(sum(h.classifier for h in pain), len(pain))} | "
              f"{_share(sum(h.lenient and h.classifier for h in pain), len(pain))} | "
              f"{_share(sum(not (h.lenient or h.classifier) for h in controls), len(controls))} |")
        if misses and "held_out" not in path.stem:
            for h in lines:
                if not (h.lenient and h.classifier) if h.pain else h.lenient or h.classifier:
                    print(f"    {'pain' if h.pain else 'control'}: {h.line}  (lenient "
                          f"{'pain' if h.lenient else '-'}, classifier "
                          f"{'pain' if h.classifier else '-'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
