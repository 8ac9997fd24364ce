"""Slot values found in what a runner said, as Alexa's entity resolution finds them: runs of words
compared with every value and synonym of the model's slot types (rapidfuzz), numbers as they are
said, and the words that look like a value without being one left alone."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from skill.alexa.language.interaction_model import spoken_form
from skill.simulator.envelopes import slot_values
from skill.simulator.nlu import BUILT_IN_WORDS
from skill.voice.numbers import number_words, words_to_number

VALUE_THRESHOLD = 86.0  # a word run must score this against a slot value to be taken as one
# Words one of Alexa's built-in types resolves ("a minute and a half", "quarter past seven",
# "saturday") score just under an exact custom value: the same words as one of the model's
# values are that value.
BUILT_IN_SCORE = 99.0
AT_TIME_SCORE = 100.5  # above a number's 100
NOT_BUILT_IN_EDGES = {"and", "at", "the", "to", "of"}
TIME = "AMAZON.TIME"
MAX_VALUE_WORDS = 7  # "twenty five past six in the evening"
EDGE_WORD_THRESHOLD = 60.0  # a value's first and last words as heard: "pidgin" for "pigeon"
EDGE_TRIES = 5  # the closest values of each type whose edges are checked
NUMBER = "AMAZON.NUMBER"
# Words around a name that are not the name ("the after run stretches").
ARTICLES = {"the", "my", "a", "one", "routine", "stretches", "stretch", "session", "version"}
# Words that look like a slot value and are not one: "one" is a pronoun in speech ("the quick
# one", "the post run ones") unless it counts something or names a place in a list; "second"
# after a count is a unit ("thirty second holds", "wait a second"); and a name does not start
# with an article unless the catalogue's name does.
UNITS = {"second", "seconds", "sec", "minute", "minutes", "moment"}
LIST_WORDS = {"number", "option"}
COUNTS = {"a", "one", "per", "each"}
LEADING_ARTICLES = {"the", "my", "a", "an", "this", "some"}


def type_token(slot_type: str) -> str:
    """A word standing for any value of a slot type (letters only: the scorers strip the rest)."""
    return "slot" + re.sub(r"[^a-z]", "", slot_type.lower())


def _same_edges(run: list[str], form: list[str]) -> bool:
    return all(fuzz.ratio(a, b) >= EDGE_WORD_THRESHOLD for a, b in ((run[0], form[0]),
                                                                 (run[-1], form[-1])))


def _said_number(run: str) -> int | None:
    """The number these words say, if they are how it is said ("forty five"), not just number
    words ("ninety ninety" is a stretch)."""
    number = words_to_number(run)
    if number is None or number_words(number) != " ".join(w for w in run.split() if w != "and"):
        return None
    return number


class ValueFinder:
    """The model's slot values, and where they are in what was said."""

    def __init__(self, model: dict):
        self.values = slot_values(model)  # type -> spoken form -> (id, canonical)
        self.forms = {slot_type: list(forms) for slot_type, forms in self.values.items()}
        self.built_ins = {slot["type"] for intent in model["intents"]
                          for slot in intent.get("slots", ())} & set(BUILT_IN_WORDS)

    def is_value(self, slot_type: str, said: str) -> bool:
        """Whether words fill a slot of this type as said (any words fill a built-in type)."""
        return slot_type not in self.values or spoken_form(said) in self.values[slot_type]

    def resolve(self, slot_type: str, said: str) -> str | None:
        """The canonical value that words which are no value as said come closest to ("the
        after run" is "post run"), if any is close; else the first value of the type among
        them, the rest said after the slot ("longer these are over before i feel anything")."""
        words = [w for w in spoken_form(said).split() if w not in ARTICLES]
        match = process.extractOne(" ".join(words), self.forms[slot_type], scorer=fuzz.ratio,
                                   score_cutoff=VALUE_THRESHOLD)
        if match:
            return self.values[slot_type][match[0]][1]
        token = type_token(slot_type)
        return next((value for found, value in self.delexicalise(spoken_form(said).split())[1]
                     if found == token), None)

    def delexicalise(self, words: list[str], built_ins: bool = True
                     ) -> tuple[str, list[tuple[str, str]]]:
        """The words with each slot value found replaced by its type's token, and the values
        found as (token, what to send: the canonical spoken value, a number, or a built-in
        type's words). Without `built_ins`, only the model's own values and numbers."""
        # Every run of words that could be a value, the longest first ("ninety ninety", not
        # "ninety"), then the closest, then a number over a name that is also one ("two").
        candidates = []
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + MAX_VALUE_WORDS) + 1):
                run = " ".join(words[start:end])
                built_in = self._built_in(words, start, end) if built_ins else []
                if self._not_a_value(words, start, end):
                    candidates += [(end - start, best[2], False, start, best) for best in built_in
                                   if words[start] in COUNTS and end - start > 1]
                    # "a minute and a half", but "this one" alone is no time
                    continue
                number = _said_number(run)
                for best in ((NUMBER, str(number), 100.0) if number is not None else None,
                             self._best_value(run), *built_in):
                    if best is not None:
                        candidates.append((end - start, best[2], best[0] == NUMBER, start, best))
        taken = [False] * len(words)
        found: list[tuple[int, int, str, str]] = []
        for length, _, _, start, (slot_type, value, _) in sorted(candidates, reverse=True):
            if not any(taken[start:start + length]):
                found.append((start, start + length, type_token(slot_type), value))
                taken[start:start + length] = [True] * length
        found.sort()
        out, position = [], 0
        for start, end, token, _ in found:
            out += words[position:start] + [token]
            position = end
        out += words[position:]
        return " ".join(out), [pair for start, end, token, value in found
                               for pair in [(token, value), *self._also(words[start:end], token)]]

    def _also(self, run: list[str], token: str) -> list[tuple[str, str]]:
        """The same words, or most of them, as a value of the other types that have them
        ("heading out for" a run is its moment, and "heading out" a situation of the day): an
        intent whose slot takes one of those types is filled with it, whichever type the words
        stand for in the query."""
        # a word alone only if it ends the run, as a name's head does: the "k" of "ten k" is
        # its unit, but the "mini" of a "mini band" is no routine
        runs = [" ".join(run[i:j]) for i in range(len(run)) for j in range(len(run), i, -1)
                if j - i >= len(run) - 1 and (j - i > 1 or j == len(run))]
        # a number is also the time it names ("no, make it twelve instead")
        said_run = " ".join(run)
        as_time = [(type_token(TIME), said_run)] if token == type_token(NUMBER) and (
            TIME in self.built_ins and BUILT_IN_WORDS[TIME](said_run)) else []
        return [(type_token(slot_type), self.values[slot_type][said][1])
                for said in runs for slot_type in self.values
                if type_token(slot_type) != token and said in self.values[slot_type]] + as_time

    def _built_in(self, words: list[str], start: int, end: int) -> list[tuple[str, str, float]]:
        """The built-in types words[start:end] are a value of, with the words as said (Alexa's
        value for them is worked out from the words when the slot is sent). A number said
        after "at" is a time ("at eleven", "at about eleven"), ahead of the count the same
        word is."""
        if words[start] in NOT_BUILT_IN_EDGES or words[end - 1] in NOT_BUILT_IN_EDGES:
            return []
        run = " ".join(words[start:end])
        at_time = words[start - 1:start] == ["at"] or words[max(start - 2, 0):start] in (
            ["at", "about"], ["at", "around"])
        return [(slot_type, run, AT_TIME_SCORE if at_time and slot_type == TIME
                 else BUILT_IN_SCORE)
                for slot_type, resolves in BUILT_IN_WORDS.items()
                if slot_type in self.built_ins and resolves(run)]

    def _not_a_value(self, words: list[str], start: int, end: int) -> bool:
        run, before, after = words[start:end], words[start - 1:start], words[end:end + 1]
        if run in (["one"], ["ones"]):
            return len(words) > 1 and not (set(before) & LIST_WORDS or set(after) & UNITS)
        if len(run) == 1 and run[0] in UNITS:  # "seconds" is never a place in a list
            return run[0] != "second" or bool(before) and (
                before[0] in COUNTS or words_to_number(before[0]) is not None)
        return run[0] in LEADING_ARTICLES and not any(" ".join(run) in forms
                                                      for forms in self.values.values())

    def _best_value(self, run: str) -> tuple[str, str, float] | None:
        """The slot value closest to these words, if the words begin and end as the value does
        (a value's words may be misheard or have a word slipped in, as "check my hip mobility";
        a run with a word before or after the value, as "many single leg deadlifts", is not it)."""
        if len(run) < 3:  # a short word is a value only as said ("k" after a number)
            slot_type = next((t for t, forms in self.values.items() if run in forms), None)
            return (slot_type, self.values[slot_type][run][1], 100.0) if slot_type else None
        best = None
        for slot_type, forms in self.forms.items():
            for form, score, _ in process.extract(run, forms, scorer=fuzz.ratio, limit=EDGE_TRIES,
                                                  score_cutoff=VALUE_THRESHOLD):
                if _same_edges(run.split(), form.split()) and (best is None or score > best[2]):
                    best = (slot_type, self.values[slot_type][form][1], score)
                    break
        return best
