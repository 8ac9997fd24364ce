"""Listening more like Alexa than a regular expression: an utterance resolves to the most likely
intent and slot values from the model's own samples and slot values, with filler ignored and
near-misses forgiven, and to AMAZON.FallbackIntent below a confidence threshold, as Alexa does.

How: hesitations and filler go first. Slot values are found by fuzzy matching the utterance's
word runs against every value and synonym of the model's slot types (skill.simulator.
value_finding); the runs found are replaced by a token naming their type, and the rest is
compared with every sample, whose slots are replaced the same way, by characters and by words
together. The best sample's intent wins if its score clears the threshold, unless one of
AMAZON.FallbackIntent's own samples (the skill's out-of-domain model) comes nearly as close:
"what's my pace" is refused, not matched to the nearest routine, as with Alexa's fallback
sensitivity set high. Failing a close sample, an utterance said in other words but in one
intent's vocabulary is that intent's ("my knee doesn't like this" is pain): the intent whose
samples' words carry most of what was said, by weight (words few intents use weigh most), with
one such telling word shared. A line nothing claims that says something hurts is pain. An
utterance that a sample matches exactly keeps the strict answer (skill.simulator.nlu), so
leniency only adds, unless its slot words are no value at all and a lenient reading fits. The
thresholds were chosen on the corpus's training part (scored also against the model without the
samples grown from it, as unseen) and the unseen pain phrasings.

This is for trying the skill in text (`hipcoach chat`); model coverage is judged by the strict
matcher and by virtual-alexa, so leniency cannot hide a gap in the model.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Collection, Iterator
from typing import NamedTuple

from rapidfuzz import fuzz, process

from skill.alexa.language.interaction_model import spoken_form
from skill.alexa.language.samples import (
    BODY_WORDS,
    HURT_WITH_REQUEST,
    WORRY_TOLD,
    denies_hurt,
    says_hurt,
)
from skill.simulator.nlu import BUILT_IN_SAMPLES, PHRASE, Understanding, Understood, said_form
from skill.simulator.value_finding import ValueFinder, type_token

FALLBACK = "AMAZON.FallbackIntent"
PAIN = "PainIntent"
START, ROUTINE = "StartRoutineIntent", "RoutineName"
# A line that says something hurts (skill.alexa.language.samples.HURT_WORDS, HURT_PHRASES) is
# pain when nothing else claims it ("how do i stop my shins hurting"), and pain wins over every
# request said with it that the model never says hurt with: those that would carry on or start
# a new stretch at once ("this hurts, make it easier", "ow, next"), and also stopping, pausing,
# advice or a routine ("my back's killing me, i'm done"), so the exercise is left out and the
# runner hears the safe answer first. That mirrors the model, not only the skill's wish: those
# intents' samples say none of the words of hurt (`outweighed_by_hurt`), and pain's samples say
# them together with such requests, so Alexa's NLU, trained on the samples, hears such lines as
# pain; a matcher that scores characters would otherwise let the longer request outweigh the
# hurt. Questions the model teaches with hurt in them ("can tight hips cause knee pain", a
# medicine "for the pain") keep their own answers.


def outweighed_by_hurt(model: dict) -> frozenset[str]:
    """Every intent but pain none of whose samples says hurt."""
    return frozenset(
        intent["name"] for intent in model["intents"] if intent["name"] != PAIN and not any(
            says_hurt(said_form(sample).split()) for sample in intent.get("samples", ())))


THRESHOLD = 72.0  # a sample must score this (0-100) or the utterance goes to the fallback
# A sample's score blends how alike the characters are (forgiving endings and mishearings) with
# how alike the word sequences are (a different word is a different meaning, however close its
# letters: "set a timer" is not "time for").
WORD_SHARE = 0.3
CANDIDATES = 30  # the samples closest in characters that are compared word by word
# A request nearly as like one of the fallback's out-of-domain samples as its best match is out
# of domain: Alexa's fallback sensitivity set high, so the skill is not started by mistake.
FALLBACK_MARGIN = 10.0
COVERED_SHARE = 0.70  # or an intent's sample words must carry this share of what was said,
TELLING_INTENTS = 5  # including a word that at most this many intents' samples use
# A reading by words alone scores below 100, the score of a line said word for word.
BY_WORDS_BEST = 99.0
# Filler before words, an answer alone ("um, okay").
ANSWERS_TOO = ("okay", "ok", "right", "alright", "all right", "sweet as", "sweet", "cool",
               "grand", "gut", "fair enough", "fair play", "va bene", "vale", "righto")
# Said around a request without changing it.
LEADING_FILLER = ("um", "uh", "er", "erm", "hmm", "okay so", "ok so", "so", "hey", "alexa",
                  "well", "actually", "like", "just", "please", "can you", "could you",
                  "would you", "could you maybe", "can you please", "i mean", "oh",
                  "excuse me", "coach", "hey coach", "yeah so", "quick question", "quick q",
                  "i was wondering", "i was wondering if", "and", "but", "also", "listen",
                  "look", "sorry", *ANSWERS_TOO,
                  # cries on the way in, from several Englishes ("ag man", "oya", "nossa")
                  "shoot", "well shoot", "dude", "jeez", "gosh", "blimey", "crikey", "och",
                  "eh", "chur", "ag", "ag man", "oya", "nossa", "aye well", "ah", "sho", "ope")
# "Stop so", "a rest day so it is": Irish English's "then", and its tag, are filler too.
TRAILING_FILLER = ("please", "thanks", "thank you", "for me", "now", "then", "right now",
                   "coach", "please coach", "real quick", "if you can", "if possible",
                   "or something", "so", "mate", "so it is", "at least", "tops",
                   "max", "though", "if you dont mind")
# Where a line was said in parts (typed with commas), each part is heard too, and the one that
# asks for something wins over a statement or a bare yes or no said with it ("yeah, can we do
# the quick one").
CLAUSE_BREAK = re.compile(r"\s*[,;.!?]+\s*")
# "Like" or "maybe" hedging an amount ("in like fifteen minutes", "from like a three hour
# run", "i've got maybe five minutes") says nothing: the amount is what is said.
HEDGED = re.compile(r"\b(in|from|for|about|at|was|did|took|ran|done|got|after|only|just) "
                    r"(?:like|maybe) (?=(?:a|an|half|quarter|\d+|\w+teen|\w+ty|one|two|three|four|"
                    r"five|six|seven|eight|nine|ten|eleven|twelve)\b)")
# A request taken back mid-line ("start the deep release, no wait, i mean the quick one"):
# what follows the last of these is what is asked.
CORRECTED = re.compile(r"\b(?:no wait,? i mean|no sorry,? i mean|sorry,? i mean|i mean|"
                       r"no wait|no sorry|or rather)\b,?\s*")
# Where a story told on the way ends and the request comes ("... but anyway, can we ...").
ASIDE_ENDED = re.compile(r"\b(?:but )?anyway\b,?\s*")
BARE_NO = re.compile(r"\bno\b")
ASK_NOTHING = frozenset({"RunToldIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"})
OPEN_ASKS = frozenset({"SuggestRoutineIntent"})
# Assent said first ("yes exactly", "yes ma'am", "si yes"), in several languages.
ASSENT = frozenset({"yes", "yeah", "yep", "yup", "aye", "si", "ja", "yah", "oui", "haan"})
NEGATIONS = frozenset({"not", "dont", "no", "never", "cant", "wont", "doesnt", "isnt", "didnt",
                       "without", "nothing"})
# "yeah nah", "yes but not today", "ja later"
TAKEN_BACK = NEGATIONS | {"nah", "but", "wait", "hang", "later"}
ANSWER_WORDS = frozenset({"yeah", "yes", "yep", "ok", "okay", "ah", "oh", "right", "mate", "aye",
                          "here", "fine", "grand", "sure", "alright", "cheers", "thanks",
                          "sweet", "cool", "nice", "great", "good", "lovely", "brilliant",
                          "perfect", "awesome", "done", "ta", "sound"})
RUN_TOLD, RUN_UNIT, RUN_DAY = "RunToldIntent", "DistanceUnit", "RunningDay"
RUN_SAYS = frozenset(map(type_token, ("RaceDistance", "RunTerrain")))  # a race, hills, trails
RUN_FACTS = RUN_SAYS | frozenset(map(type_token, (RUN_DAY, RUN_UNIT, "AMAZON.DURATION")))
RAN = frozenset({"ran", "run", "raced", "race", "did", "done", "finished", "just", "back",
                 "completed", "took"})
ASKING_WORDS = frozenset({"how", "what", "whats", "which", "why", "when", "where", "who", "can",
                          "could", "would", "will", "do", "does", "is", "are", "should", "make",
                          "give", "tell", "set", "plan"})
# The moves of a routine under way: said word for word, they are heard among any other words.
COMMANDS = frozenset({"AMAZON.PauseIntent", "AMAZON.NextIntent", "AMAZON.StopIntent",
                      "AMAZON.ResumeIntent", "AMAZON.RepeatIntent", "AMAZON.PreviousIntent"})
# In a line said in one breath, where a request starts, and where a clause said about the
# request before it starts ("the quick one while the kids are in the bath").
REQUEST_STARTS = frozenset({"can", "could", "will", "would", "make", "give", "start", "remind",
                            "lets", "put", "skip", "stop", "pause", "what", "whats", "how",
                            "which", "tell", "set", "take"})
# The words a clause about a request starts with, "i've" and "i'm" among them: a runner tells
# why after asking ("how do i do the couch stretch i've never tried it").
SAID_AROUND = frozenset({"while", "because", "cause", "cos", "since", "before", "as", "and",
                         "ive", "im"})
SAID_AROUND_UNCONTRACTED = (["i", "am"], ["i", "have"])  # as many Englishes say "i'm", "i've"
ASKED_TO_START = frozenset({"start", "do", "begin", "give", "lets", "put", "run", "please"})
# Words that pick what follows them ("just the post-run stretches", "want to do the deep
# release"), and the questions a routine named after them is only about.
PICKING = ASKED_TO_START | {"want", "need", "just", "but", "only"}
ABOUT_IT = frozenset({"how", "what", "whats", "which", "why", "when", "where", "who", "is",
                      "are", "does", "should"})
REFUSED = frozenset({"dont", "not", "never", "cant", "wont", "without"})
ACTS_ALONE = frozenset({"StartRoutineIntent", "SetHoldTimeIntent", "SetReminderIntent",
                        "EasierIntent", "HarderIntent"})
TIME_WORDS = frozenset({"time", "week", "weekend", "month", "year"})
CLOSING_WORDS = {"stop": "AMAZON.StopIntent", "bye": "AMAZON.StopIntent",
                 "goodbye": "AMAZON.StopIntent", "pause": "AMAZON.PauseIntent"}
BECAUSE = frozenset({"because", "cos", "cause", "coz", "since"})
PARTICLES = frozenset({"off", "up"})  # what makes a command's word another verb ("finish off")
# Hesitations carry nothing wherever they fall ("i have um ten minutes").
HESITATIONS = {"um", "umm", "uh", "uhh", "er", "erm", "hmm"}


Match = tuple[str, float, int]  # a sample as stored, its score, its index


class Heard(NamedTuple):
    understood: Understood
    score: float  # 0-100; 100 for an exact sample match
    sample: str  # the sample it matched, as the model has it ("" for none)


def _asks_most(reading: Heard) -> tuple[int, bool, float]:
    """How much a part of a line asks for: a command said word for word over anything ("hang
    on, the little one's up"); a request over a statement or a bare yes, but a run told over
    an open "what should i do" said with it (the run is what the question is about); then one
    with values over one without ("let's go, deep release"); then the closer match."""
    intent, slots = reading.understood.intent, reading.understood.slots
    if intent in COMMANDS and reading.score == 100.0:
        asks = 4
    elif intent in OPEN_ASKS and not slots:
        asks = 1
    elif intent == "RunToldIntent" and slots:
        asks = 2
    else:
        asks = 0 if intent in ASK_NOTHING else 3
    return asks, bool(slots), reading.score


def strip_filler(words: list[str]) -> list[str]:
    """The words less hesitations and filler at either end; nothing, if filler was all there
    was ("um")."""
    words = [word for word in words if word not in HESITATIONS]
    changed = True
    while changed and words:
        changed = False
        for filler in sorted(LEADING_FILLER, key=len, reverse=True):
            parts = filler.split()
            if words[:len(parts)] == parts and (len(words) > len(parts)
                                                or filler not in ANSWERS_TOO):
                words, changed = words[len(parts):], True
                break
        for filler in sorted(TRAILING_FILLER, key=len, reverse=True):
            parts = filler.split()
            if words[-len(parts):] == parts and len(words) > len(parts):
                words, changed = words[:-len(parts)], True
                break
    return words


def _stem(word: str) -> str:
    """A word without its commonest endings, so "hurting", "hurts" and "hurt" are one, and
    "muscles" and "muscle" ("es" is an ending only after a hiss: "stretches", "boxes"), and
    "stopping" and "stop"."""
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and (
                ending != "es" or word[:-2].endswith(("s", "x", "z", "ch", "sh"))):
            stem = word[:-len(ending)]
            # "stopping" and "stop", "sitting" and "sit"; "rolled" and "roll" as they are
            doubled = ending in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "lsfz"
            return stem[:-1] if doubled else stem
    return word


class _WordWeights:
    """How much each word says about the intent: words found in the samples of few intents
    ("hurts", "stretches") say a lot, words in many ("the", "my") little; a word no sample has
    says as much as the rarest (it is what the runner is talking about, and the model has never
    heard of it: "play some music" is not a routine)."""

    def __init__(self, templates: list[str], intents: list[str]):
        self.vocabulary: dict[str, set[str]] = {}
        for template, intent in zip(templates, intents, strict=True):
            self.vocabulary.setdefault(intent, set()).update(map(_stem, template.split()))
        counts: dict[str, int] = {}
        for words in self.vocabulary.values():
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        self.weight = {word: math.log((len(self.vocabulary) + 1) / n) for word, n in
                       counts.items()}
        self.unknown = max(self.weight.values())
        self.telling = math.log((len(self.vocabulary) + 1) / TELLING_INTENTS)

    def best_intent(self, words: list[str], leaving_out: Collection[str] = ()
                    ) -> tuple[str, float]:
        """The intent (not one `leaving_out`) whose samples' words carry the largest share of
        the utterance's weight, and that share; 0 unless a word it shares is one that few
        intents use."""
        stems = [_stem(word) for word in words]
        weights = [self.weight.get(stem, self.unknown) for stem in stems]
        total = sum(weights) or 1.0
        best = ("", 0.0)
        for intent, vocabulary in self.vocabulary.items():
            if intent in leaving_out:
                continue
            shared = [w for stem, w in zip(stems, weights, strict=True) if stem in vocabulary]
            share = sum(shared) / total if shared and max(shared) >= self.telling else 0.0
            if share > best[1]:
                best = (intent, share)
        return best


def _first_values(slot_names: dict[str, str], found: list[tuple[str, str]]) -> dict[str, str]:
    """Slot name -> the first value found of its type: what is said first is the answer, and
    what follows qualifies it ("kinda, maybe")."""
    slots: dict[str, str] = {}
    for token, value in found:
        if token in slot_names:
            slots.setdefault(slot_names[token], value)
    return slots


class Lenient:
    def __init__(self, model: dict, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.strict = Understanding(model)
        self.finder = ValueFinder(model)
        self.templates: list[str] = []  # each sample with its slots as type tokens
        self.meaning: list[tuple[str, dict[str, str], str]] = []  # (intent, token -> slot, sample)
        for intent in model["intents"]:
            slot_types = {s["name"]: s["type"] for s in intent.get("slots", ())}
            samples = [*intent.get("samples", ()), *BUILT_IN_SAMPLES.get(intent["name"], ())]
            for sample in dict.fromkeys(samples):
                if not re.sub(r"\{\w+\}", "", sample).strip():
                    continue  # a slot alone ("{duration}") is heard only as that value, exactly
                names = re.findall(r"\{(\w+)\}", sample)
                tokens = {type_token(slot_types[n]): n for n in names}
                template = re.sub(r"\{(\w+)\}", lambda m, types=slot_types: type_token(
                    types[m.group(1)]), sample)
                self.templates.append(spoken_form(template.replace("'", "")))
                self.meaning.append((intent["name"], tokens, sample))
        self.words = _WordWeights(self.templates, [m[0] for m in self.meaning])
        self.outweighed = outweighed_by_hurt(model) | {FALLBACK}
        with_request = set(HURT_WITH_REQUEST)
        self.hurt_with_request = {i for i, m in enumerate(self.meaning) if m[2] in with_request}
        self.in_domain = {stem for intent, stems in self.words.vocabulary.items()
                          if intent != FALLBACK for stem in stems} | {
            _stem(word) for forms in self.finder.forms.values() for form in forms
            for word in form.split()}
        self.template_stems = [[_stem(word) for word in t.split()] for t in self.templates]
        self.slot_types = {i["name"]: {s["name"]: s["type"] for s in i.get("slots", ())}
                           for i in model["intents"]}

    def understand(self, text: str) -> Heard:
        """The whole line's reading, or where it was said in parts ("just got back from
        fifteen miles, let's do my post run stretches"), the part that asks for most: a
        statistical NLU hears the request among the words around it. A worry told after a
        carrier as short as "my" is heard last of all."""
        # A word said twice over is said once: "pause pause", "ow ow ow".
        said = HEDGED.sub(r"\1 ", text).split()
        text = " ".join(word for i, word in enumerate(said) if not i or word != said[i - 1])
        text = _as_corrected(self, text)
        heard = _in_parts(self, text, self._reading(text))
        words = said_form(text).split()
        heard = _in_one_breath(self, text, words, heard)
        if heard.understood.intent == PAIN and denies_hurt(words):
            return Heard(Understood(FALLBACK), 0.0, "")  # "no sharp pain, just the stretch"
        return _hurt_first(self, _routine_asked(self, heard, words), words)  # however it was heard

    def _reading(self, text: str) -> Heard:
        words = strip_filler(said_form(text).split())
        unresolved = None  # a sample matched with words that are no value of its slot
        phrased = None  # a carrier phrase matched, its free words in a phrase slot
        for said in (text, " ".join(words)) if words else (text,):
            exact = self.strict.understand(said)
            if exact.intent != FALLBACK:
                heard = Heard(Understood(exact.intent, self._resolved(exact)), 100.0, "")
                if self._phrase(exact):
                    phrased = phrased or heard
                elif self._all_resolved(heard.understood):
                    return heard
                else:
                    unresolved = unresolved or heard
        if not words:
            return Heard(Understood(FALLBACK), 0.0, "")
        heard = self._closest_meaning(words)
        if (hurt := _hurt_first(self, heard, words)) is not heard:
            return hurt  # safety first
        if phrased is not None:
            heard = _phrase_or(self, phrased, heard, words)
        if heard.understood.intent != FALLBACK:
            return heard
        # Alexa fills a slot with words it cannot resolve only when nothing fits better, not
        # even a request said in the line ("... can you make them half a minute").
        return unresolved and (_unpunctuated(self, words) or unresolved) or heard

    def _closest_meaning(self, words: list[str]) -> Heard:
        # A word can look like a slot value and not be one ("how long is left", "is the trail
        # muddy today"): the words as said compete too, with the model's own values alone
        # found and with Alexa's built-in types as well, and the best match wins (the first on
        # a tie); it fills the slots its sample has with the values found.
        custom, built_in = (self.finder.delexicalise(words, with_built_ins)
                            for with_built_ins in (False, True))
        readings = [custom, *([built_in] if built_in != custom else []),
                    (" ".join(words), custom[1])]
        closest = [self._closest(query) for query, _ in readings]
        best = max(range(len(readings)), key=lambda i: closest[i][0][1] if closest[i][0] else 0.0)
        match, found = closest[best][0], readings[best][1]
        out_of_domain = max((refused for _, refused in closest if refused),
                            key=lambda m: m[1], default=None)
        if match is None or match[1] < self.threshold:
            intent, covered, found = max(
                (self.words.best_intent(query.split(), _not_by_words(words, query)) + (found,)
                 for query, found in readings), key=lambda best: best[1])
            if covered >= COVERED_SHARE:  # said in other words, but in this intent's words
                slots = self._slots_for(intent, found)
                # every word of "thank you that's all" is in some no's samples, but it is
                # no sample
                return Heard(Understood(intent, slots), min(100 * covered, BY_WORDS_BEST), "")
            return Heard(Understood(FALLBACK), match[1] if match else 0.0, "")
        _, score, index = match
        intent, tokens, sample = self.meaning[index]
        # Nearly as like a request the skill does not do: out of domain.
        if out_of_domain and out_of_domain[1] >= score - FALLBACK_MARGIN:
            return Heard(Understood(FALLBACK), out_of_domain[1],
                         self.meaning[out_of_domain[2]][2])
        # An NLU tags values by intent, not by sample: the intent's other slots take the values
        # found that its closest sample lacks ("twelve miles on trails, took me about two and a
        # half hours").
        slots = {**self._slots_for(intent, found), **_first_values(tokens, found)}
        return Heard(Understood(intent, slots), score, sample)

    def _phrase(self, understood: Understood) -> str:
        """The words a phrase slot took ("" if none did)."""
        types = self.slot_types.get(understood.intent, {})
        return next((words for name, words in understood.slots.items()
                     if types[name] == PHRASE), "")

    def _all_resolved(self, understood: Understood) -> bool:
        types = self.slot_types.get(understood.intent, {})
        return all(self.finder.is_value(types[name], value)
                   for name, value in understood.slots.items())

    def _resolved(self, exact: Understood) -> dict[str, str]:
        """A sample's slot words as Alexa's entity resolution would hear them: words that are
        not a value as said ("the after run") become the value they come closest to."""
        slots = dict(exact.slots)
        for name, value in exact.slots.items():
            slot_type = self.slot_types.get(exact.intent, {}).get(name, "")
            if not self.finder.is_value(slot_type, value):
                slots[name] = self.finder.resolve(slot_type, value) or value
        return slots

    def _slots_for(self, intent: str, found: list[tuple[str, str]]) -> dict[str, str]:
        """The values found whose type one of the intent's slots takes."""
        by_token = {type_token(t): name for name, t in self.slot_types.get(intent, {}).items()}
        return _first_values(by_token, found)

    def _closest(self, query: str) -> tuple[Match | None, Match | None]:
        """The closest sample (as it is stored, its score, its index), and the closest
        out-of-domain sample (None if none is near)."""
        stems = [_stem(word) for word in query.split()]
        # hurt said with a request is no match for the request said alone ("can we move on")
        unhurt = set() if says_hurt(query.split()) else self.hurt_with_request
        scored = [(template, (1 - WORD_SHARE) * score
                   + WORD_SHARE * fuzz.ratio(stems, self.template_stems[index]), index)
                  for template, score, index in process.extract(
                      query, self.templates, scorer=fuzz.ratio, limit=CANDIDATES)
                  if index not in unhurt]
        return max(scored, key=lambda match: match[1], default=None), max(
            (match for match in scored if self.meaning[match[2]][0] == FALLBACK),
            key=lambda match: match[1], default=None)


def _not_by_words(words: list[str], query: str) -> tuple[str, ...]:
    """The intents a line cannot be heard as by its words alone. Pain's samples say hurt
    together with requests ("ow, move on to the next one"), so its words cover most requests:
    a line is pain's by its words only if it says hurt. A question is no run told ("what trail
    shoes for muddy races") unless it tells the day ("what can i do in a hotel room")."""
    unhurt = () if says_hurt(words) else (PAIN,)
    tokens = query.split()
    asked = words[0] in ASKING_WORDS and type_token(RUN_DAY) not in tokens
    # nor is a line that names no run, ground, race or day, nor running ("yes yes start")
    untold = RAN.isdisjoint(words) and RUN_FACTS.isdisjoint(tokens)
    return (*unhurt, *((RUN_TOLD,) if asked or untold else ()))


def _routine_asked(matcher: Lenient, heard: Heard, words: list[str]) -> Heard:
    """A run told keeps a routine's name only where it is asked for ("i ran twenty k, start
    the post run one") or named first ("[ask hip coach for] the deep release, i ran twenty
    miles"): a statistical NLU fills the slot there, not from a word that sounds like a name
    ("my legs are shot", "before the sun came out")."""
    slots = heard.understood.slots
    if heard.understood.intent != RUN_TOLD or "routine" not in slots or not (
            ASKED_TO_START.isdisjoint(words)):
        return heard
    lead = matcher.finder.delexicalise(strip_filler(words)[:4], built_ins=False)[0].split()
    if lead[:2] == ["the", type_token(ROUTINE)]:
        return heard
    kept = {name: value for name, value in slots.items() if name != "routine"}
    return Heard(Understood(RUN_TOLD, kept), heard.score, heard.sample)


def _hurt_first(matcher: Lenient, heard: Heard, words: list[str]) -> Heard:
    """Pain, where the words say hurt and `heard` is a request the model never says hurt with;
    else `heard`."""
    if heard.understood.intent in matcher.outweighed and says_hurt(words):
        return Heard(Understood(PAIN), heard.score, heard.sample)
    return heard


def _phrase_or(matcher: Lenient, phrased: Heard, heard: Heard, words: list[str]) -> Heard:
    """A phrase slot takes whatever follows its carrier phrase ("is it normal that {worry}"),
    so Alexa fills it only when no sample of another intent is close (`heard`), nor are the
    free words on their own a request ("is it okay if i skip this one" is next). Pain's close
    samples are no reason, unless the line says hurt: the skill hears hurt in the phrase."""
    intent = heard.understood.intent
    if intent == PAIN and says_hurt(words) or heard.sample and intent not in (FALLBACK, PAIN):
        return heard
    if _told_carrier(matcher, phrased, words):
        return heard  # heard last of all (_worry_told), when nothing else claims the words
    asked = matcher._reading(matcher._phrase(phrased.understood))
    if asked.understood.intent not in (FALLBACK, PAIN, phrased.understood.intent) and (
            asked.sample or asked.score == 100.0):
        return asked
    return phrased


def _in_parts(matcher: Lenient, text: str, heard: Heard) -> Heard:
    """`heard` (the whole line's reading), or the part of the line that asks for most."""
    # A part that is only a word said on the way in ("right, i've just done a fell race")
    # asks nothing, nor does a value alone said with a question: it is what the question is
    # about ("before a run, is it better to do static or dynamic") or a "quick one" as in a
    # quick question.
    clauses = [clause for clause in CLAUSE_BREAK.split(text)
               if clause.strip() and clause.strip() not in LEADING_FILLER]
    asked = any(not ASKING_WORDS.isdisjoint(said_form(clause).split()[:1])
                for clause in clauses)
    clauses = [clause for clause in clauses
               if not (asked and _a_value(matcher, said_form(clause).split()))]
    if len(clauses) < 2 or heard.understood.intent == PAIN or heard.score == 100.0:
        return _said_around(matcher, text, heard)
    readings = [heard, *map(matcher._reading, clauses)]
    for clause, reading in zip(clauses, readings[1:], strict=True):
        if reading.understood.intent == PAIN and says_hurt(said_form(clause).split()):
            return reading  # a part that says it hurts: safety first
    understood = [r for r in readings if r.understood.intent != FALLBACK] or [
        r for r in (_said_around(matcher, clause, reading) for clause, reading
                    in zip(clauses, readings[1:], strict=True))
        if r.understood.intent != FALLBACK]  # else a part heard among other words
    return _said_around(matcher, text, max(understood, key=_asks_most, default=heard))


def _unpunctuated(matcher: Lenient, words: list[str], by_words: Heard | None = None
                  ) -> Heard | None:
    """A line nothing claims, said in one breath, heard as the request in it: what follows a
    word a request starts with ("och these holds are far too short can ye make them a minute
    and a half"), or what precedes a clause about it ("do the quick one while the kids are in
    the bath"); of those close to a sample, the one that asks most; None if none is. For a
    line heard `by_words` alone, only another request: said word for word, or said first
    ("let's just do the quick stretches and i'll be mindful")."""
    readings = []
    for cut in range(1, len(words)):
        # what a clause about the request follows; what a request starts
        first = words[cut] in SAID_AROUND or words[cut:cut + 2] in SAID_AROUND_UNCONTRACTED
        part = words[:cut] if first else words[cut:] if words[cut] in REQUEST_STARTS else []
        if (reading := _close_part(matcher, part)) is not None and (by_words is None or (
                first or reading.score == 100.0)
                and reading.understood.intent != by_words.understood.intent):
            readings.append(reading)
    return max(readings, key=_asks_most, default=None)


def _asked_after_run(matcher: Lenient, words: list[str], heard: Heard) -> Heard | None:
    """A request said after the run or the legs are told ("my legs are just toast today, can
    you make this one easier"); None if there is none, or it asks for a routine or what to do
    ("... what can i do"): the run told chooses that. Not pain by a sample's sound alone ("my
    calves are toast" is no "my calves are twangy"): hurt said is heard after."""
    asked = None if "routine" in heard.understood.slots else _unpunctuated(matcher, words)
    return asked if asked is not None and asked.understood.intent not in (
        START, PAIN, "SuggestRoutineIntent", "ListRoutinesIntent", "HowToIntent") else None


def _started_before_run(matcher: Lenient, words: list[str]) -> Heard | None:
    """A routine asked for in the same breath before the run it follows ("start my post run
    stretches i did eight k today"); None if there is none."""
    for cut in range(2, len(words)):
        if _run_told(matcher, words[cut:]) and not ASKED_TO_START.isdisjoint(words[:cut]):
            reading = _close_part(matcher, words[:cut])
            if reading is not None and reading.understood.intent == "StartRoutineIntent" \
                    and reading.understood.slots:
                return reading
    return None


def _routine_picked(matcher: Lenient, words: list[str]) -> Heard | None:
    """A line nothing claims that names one routine after a word that picks it ("want to do
    the deep release today, very tired from the marathon"; "fine, no music, just the post-run
    stretches"): that routine asked for, as a statistical NLU hears a name after a verb among
    words it has never seen. Not a question about it, nor one refused ("i don't want ...")."""
    query, found = matcher.finder.delexicalise(words, built_ins=False)
    tokens, named = query.split(), type_token(ROUTINE)
    if tokens.count(named) != 1 or tokens[0] in ABOUT_IT:
        return None
    before = tokens[:tokens.index(named)]
    if PICKING.isdisjoint(before) or not REFUSED.isdisjoint(before):
        return None
    slots = matcher._slots_for(START, found)
    return Heard(Understood(START, slots), matcher.threshold, "") if slots.get("routine") \
        else None


def _close_part(matcher: Lenient, part: list[str]) -> Heard | None:
    """The reading of part of a line, of two words or more and not negated, if it is near a
    sample or one word for word (not heard by its words alone), with every value resolved."""
    said = strip_filler(part)
    if len(said) < 2 or _negated(part):
        return None
    reading = matcher._reading(" ".join(part))
    intent = reading.understood.intent
    close = reading.sample or matcher.strict.understand(" ".join(said)).intent == intent
    if intent != FALLBACK and close and matcher._all_resolved(reading.understood):
        return reading
    return None


def _in_one_breath(matcher: Lenient, text: str, words: list[str], heard: Heard) -> Heard:
    """`heard`, or, for a line nothing claims, a worry told, something felt or the request in
    it; for a run told, a routine asked for before it; for a line heard by its words alone,
    a request said in it word for word; for any other, stop or pause said last."""
    if heard.understood.intent == FALLBACK and not denies_hurt(words):
        return (_worry_told(matcher, text) or _felt(matcher, text)
                or _closed_with(words, heard) or _unpunctuated(matcher, words)
                or _routine_picked(matcher, words) or _assented(words) or heard)
    if heard.understood.intent == RUN_TOLD and heard.score < 100.0:
        return (_started_before_run(matcher, words) or _closed_with(words, heard)
                or _asked_after_run(matcher, words, heard) or heard)
    if _by_words(heard) and heard.understood.intent != PAIN and (
            asked := _unpunctuated(matcher, words, heard)) is not None:
        return asked  # heard by its words alone, but a part is another request
    return _closed_with(words, heard) or _led_by_command(matcher, words, heard) or heard


def _as_corrected(matcher: Lenient, text: str) -> str:
    """The line with a value taken back mid-line said in its place ("every night at seven no
    wait eight"); else what follows a request taken back, or a story that ends ("anyway"),
    where that is heard alone as a request; else the whole line."""
    before, after = _split_at_last(CORRECTED, text)
    if before:
        return (_value_mended(matcher, before, after) or _request_after(matcher, before, after)
                or text)
    before, after = _split_at_last(ASIDE_ENDED, text)
    if before:
        return _request_after(matcher, before, after) or text
    # a bare "no" takes back only a value ("at quarter past seven no half seven")
    before, after = _split_at_last(BARE_NO, text)
    return before and _value_mended(matcher, before, after) or text


def _split_at_last(said: re.Pattern, text: str) -> tuple[str, str]:
    """The words before the last of `said` and those after it; ("", text) unless there are
    words on both sides."""
    *before, after = said.split(text)
    joined = " ".join(before)
    return (joined, after) if joined.strip() and after.strip() else ("", text)


def _request_after(matcher: Lenient, before: str, after: str) -> str | None:
    """What follows, where it is heard alone as a request ("... i'm wrecked" too) and what
    came before told no hurt, which is never dropped."""
    if says_hurt(said_form(before).split()):
        return None
    heard = _said_around(matcher, after, matcher._reading(after))
    return after if heard.understood.intent not in (FALLBACK, PAIN) else None


def _value_mended(matcher: Lenient, before: str, after: str) -> str | None:
    """The words before a correction with the value they end on replaced by the one value
    said after it ("forty five seconds no sorry a full minute"), or None."""
    def one_value(words: list[str]) -> bool:
        return len(matcher.finder.delexicalise(words)[0].split()) == 1

    said, instead = strip_filler(before.split()), strip_filler(after.split())
    if not instead or not one_value(instead):
        return None
    for start in range(len(said)):
        if one_value(said[start:]):
            return " ".join(said[:start] + instead) if start else None
    return None


def _assented(words: list[str]) -> Heard | None:
    """A yes: assent said first, and nothing after it the model hears by a sample ("yes
    exactly", "yes ma'am"), unless it is taken back ("yeah nah", "yes but not today")."""
    said = strip_filler(words)
    if len(said) < 2 or said[0] not in ASSENT or not TAKEN_BACK.isdisjoint(said[1:]):
        return None
    return Heard(Understood("AMAZON.YesIntent"), THRESHOLD, "")


def _led_by_command(matcher: Lenient, words: list[str], heard: Heard) -> Heard | None:
    """A command said word for word first, then why ("skip the rest of this one", "hold on i
    need to grab a towel", "ok just stop the whole thing"), where the line is no request word
    for word, nor pain. None if what follows is a question, a time ("next week ...", "next
    time remind me at seven"), or a request that acts on its own, unless that is surely asked
    for: then it is heard ("go on, i'll do the hip check")."""
    said = strip_filler(words)
    if heard.score == 100.0 or heard.understood.intent == PAIN:
        return None
    for cut in range(len(said) - 1, 0, -1):  # the longest command first
        lead = matcher.strict.understand(" ".join(said[:cut])).intent
        if lead not in COMMANDS or said[:cut] == ["back"] or said[cut] in PARTICLES:
            continue  # "back in a sec"; "finish off yesterday's": the command's words run on
        rest = said[cut:]
        if rest[0] in ASKING_WORDS or _of_its_own(matcher, rest):
            return None
        if (then := _acting_alone(matcher, rest)) is not None:
            return then if _asked_for(then, rest) else None
        return Heard(Understood(lead), 100.0, "")
    return None


def _of_its_own(matcher: Lenient, rest: list[str]) -> bool:
    """Whether what follows a command is said for itself, the command only on the way into it:
    a question heard ("wait so how come we're not holding these"), a time ("next week ..."),
    another command ("wait, go back one"), what the command's words run on into ("i'm out
    of it now"), or the other half of a choice ("now the other leg or the same")."""
    said = strip_filler(rest) or rest
    asked = said[0] in ASKING_WORDS and (
        matcher._reading(" ".join(said)).understood.intent != FALLBACK)
    return (asked or said[0] in TIME_WORDS or said[0] in ("of", "or")  # "... or the same"
            or matcher.strict.understand(" ".join(said)).intent in COMMANDS)


def _acting_alone(matcher: Lenient, rest: list[str]) -> Heard | None:
    """The request that acts on its own said after a command ("go on, i'll do the hip check
    while i'm sitting here"); None if there is none."""
    then = _close_part(matcher, rest) or _unpunctuated(matcher, rest)
    return then if then is not None and then.understood.intent in ACTS_ALONE else None


def _asked_for(then: Heard, rest: list[str]) -> bool:
    """Whether a request said after a command is surely asked for: word for word, or with a
    word requests start with ("... and remind me tomorrow at quarter past seven")."""
    return then.score == 100.0 or not REQUEST_STARTS.isdisjoint(rest)


def _closed_with(words: list[str], heard: Heard) -> Heard | None:
    """Stop or pause said last, after why ("okay meeting's starting stop", "i'll ask my
    midwife thanks bye", "i'm off out the door stop there"), where the line is no request word
    for word, nor pain, a question or a negation ("i don't want to stop"); None otherwise."""
    said = strip_filler(words)
    if said[-1:] in (["there"], ["here"]):  # "right i'm off out the door stop there"
        said = said[:-1]
    closing = CLOSING_WORDS.get(said[-1]) if len(said) > 1 else None
    if closing is None or heard.score == 100.0 or heard.understood.intent in (PAIN, closing) \
            or said[0] in ASKING_WORDS or _negated(said[:-1]):
        return None
    return Heard(Understood(closing), 100.0, "")


def _felt(matcher: Lenient, text: str) -> Heard | None:
    """A line nothing claims that tells of a part of the body in a word the model has never
    heard ("my groin's gone all wonky") is pain: what else is new about a knee mid-stretch is
    most often how it feels. Not a question ("which shoes for my feet", "ok shame, just tell
    me what the hip tests are")."""
    words = strip_filler(said_form(text).split())
    if (not words or words[0] in ASKING_WORDS or " tell me " in f" {' '.join(words)} "
            or not _names_the_body(words)
            or all(_stem(word) in matcher.in_domain or word in ANSWER_WORDS for word in words)):
        return None
    return Heard(Understood(PAIN), matcher.threshold, "")


def _names_the_body(words: list[str]) -> bool:
    """Whether a part of the body is named: "back" only as one ("my back", "lower back"), not
    as where something went ("she's gone back down")."""
    return any(word in BODY_WORDS and (word != "back" or before in ("my", "me", "lower",
                                                                     "upper", "the"))
               for before, word in zip(["", *words], words, strict=False))


def _told_carrier(matcher: Lenient, phrased: Heard, words: list[str]) -> bool:
    """Whether a phrase slot was filled after a carrier that only tells ("my ...")."""
    free = matcher._phrase(phrased.understood).split()
    return any(words[:len(carrier)] == carrier and words[len(carrier):][:1] == free[:1]
               for carrier in map(str.split, WORRY_TOLD)) if free else False


def _worry_told(matcher: Lenient, text: str) -> Heard | None:
    """A worry told after a carrier as short as "my" ("my heels keep lifting in the squat"):
    heard only when nothing else, whole or in part, claims the line; None otherwise."""
    words = strip_filler(said_form(text).split())
    exact = matcher.strict.understand(" ".join(words))
    heard = Heard(Understood(exact.intent, exact.slots), 100.0, "")
    return heard if exact.intent != FALLBACK and _told_carrier(matcher, heard, words) else None


def _said_around(matcher: Lenient, text: str, heard: Heard) -> Heard:
    """`heard`, or for a line that as a whole is no request and nothing like one the skill does
    not do, in words the model knows (a word it has never heard is what the line is about: "set
    an alarm", "which shoes"), the request said at its start or end with words around it
    ("yeah that's better how long left", "i did a really hilly half on saturday and my glutes
    are still tight"): the longest part, of two words or more and at least half the line, that
    is heard (answer words such as "yeah" or "grand" left off count for nothing), unless a
    word left off negates it ("i don't want to skip ahead"); a word alone counts after answer
    words only ("yeah stop")."""
    words = strip_filler(said_form(text).split())
    known = all(_stem(word) in matcher.in_domain or word in ANSWER_WORDS for word in words)
    # A reading by the words alone (no sample near) gives way to a command said word for word.
    by_words = heard.understood.intent != FALLBACK and _by_words(heard)
    if (heard.understood.intent != FALLBACK or heard.sample) and not by_words:
        return heard
    parts = [(part, left_off, [word for word in left_off if word not in ANSWER_WORDS])
             for part, left_off in sorted(
                 [(words[i:], words[:i]) for i in range(1, len(words))]
                 + [(words[:i], words[i:]) for i in range(1, len(words))],
                 key=lambda part: -len(part[0]))]
    parts = [(part, left_off, said_off) for part, left_off, said_off in parts
             if not (_negated(left_off) or len(part) < 2 and said_off)]
    # A command word leads what nothing else claims: "pause the kids are fighting".
    lead = matcher.strict.understand(words[0]).intent if len(words) > 1 else FALLBACK
    if lead in COMMANDS and not _of_its_own(matcher, words[1:]):
        rest = matcher._reading(" ".join(words[1:]))
        if rest.understood.intent == FALLBACK or _by_words(rest):
            return Heard(Understood(lead), 100.0, "")
    # A command the player knows, said word for word, is heard whatever is said around it
    # ("pause it, the kids are back early", "sorry say that again i wasn't listening"), before
    # any other part; alone, only after answer words ("yeah stop"). Not at the end of a run
    # told, though: "i've just done twenty miles and i'm knackered".
    inside = () if by_words or words[:1] and words[0] in ASKING_WORDS else _middles(words)
    for part, left_off, _ in itertools.chain(parts, inside):  # middles made only if needed
        said_exactly = matcher.strict.understand(" ".join(strip_filler(part))).intent
        after = left_off == words[len(part):]  # the part said first, the rest after it
        if not after and left_off[-1:] and left_off[-1] in BECAUSE:
            continue  # the reason for a question: "is that just cos i'm knackered"
        if said_exactly in COMMANDS and (after and left_off and _of_its_own(matcher, left_off)
                                         or not after and _a_value(matcher, part)):
            continue
        if said_exactly in COMMANDS and left_off == words[len(part):] and (
                then := _acting_alone(matcher, left_off)) and _asked_for(then, left_off):
            return then
        if said_exactly in COMMANDS and not after and (
                then := _acting_alone(matcher, left_off)) and then.understood.slots:
            return then  # what it names, said first: "just the quick one, i'm wrecked"
        if said_exactly in COMMANDS and not (
                left_off == words[:len(left_off)] and _run_told(matcher, words)
                or _part_of_the_day(matcher, words, part)):
            return Heard(Understood(said_exactly), 100.0, "")
    for part, _, said_off in parts:
        if by_words or not known or len(part) < len(said_off):
            continue
        reading = matcher._reading(" ".join(part))
        intent = reading.understood.intent
        # A statement is made first ("i did a hilly half ... and my glutes are tight"); one
        # at the end of a question is part of what it asks ("... gels ... in a fifty k"), but
        # not after answer words alone ("fine yeah start it").
        told_after = intent in ASK_NOTHING and part[0] != words[0] and bool(said_off)
        # "no twinges today"; "i'm not good at stretching" is no "oof, not good"
        denied = intent == PAIN and not says_hurt(words)
        if intent != FALLBACK and reading.score >= matcher.threshold and not (told_after
                                                                              or denied):
            return reading
    return heard if by_words else _run_told(matcher, words) or heard


def _a_value(matcher: Lenient, part: list[str]) -> bool:
    """Whether words (two or more, filler aside) are one value and nothing else: "one minute"
    said last in "make the holds longer please one minute", not the command it also is, or
    "before a run" said with a question about it."""
    return len(said := strip_filler(part)) > 1 and len(
        matcher.finder.delexicalise(said)[0].split()) == 1


def _by_words(heard: Heard) -> bool:
    """Whether a line was heard by its words alone, no sample near nor said word for word."""
    return not heard.sample and heard.score < 100.0


def _middles(words: list[str]) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """The parts of two words or more (filler aside) inside a line, with words left off either
    side, longest first, as _said_around's parts are; none after a negation ("i don't think
    we should go back"). Only where nothing else claims the line, and not in a question ("how
    deep should i go on these")."""
    spans = sorted(((i, j) for i in range(1, len(words)) for j in range(i + 2, len(words))),
                   key=lambda span: span[0] - span[1])
    return ((words[i:j], words[:i] + words[j:], words[:i] + words[j:]) for i, j in spans
            if not _negated(words[:i]) and len(strip_filler(words[i:j])) > 1)


def _part_of_the_day(matcher: Lenient, words: list[str], part: list[str]) -> bool:
    """Whether a command's words are part of the kind of day told ("i'm out" in "i'm out the
    door in five minutes"): heard as the day, they are no longer there as said."""
    query = f" {matcher.finder.delexicalise(words)[0]} "
    return type_token(RUN_DAY) in query and f" {' '.join(part)} " not in query


def _negated(words: list[str]) -> bool:
    """Whether words said with a request negate it ("i don't want to skip"; "never mind,
    carry on", "oh no, freeze it" and a "no" said first, "no wait, make it shorter", take
    nothing back)."""
    said = " ".join(words).replace("never mind", "").replace("oh no", "").split()
    return not NEGATIONS.isdisjoint(said[1:] if said[:1] == ["no"] else said)


def _run_told(matcher: Lenient, words: list[str]) -> Heard | None:
    """A line nothing else claims that tells of a run ("just done eighteen miles", "did a big
    descent this morning", "a twenty k trail run") or of the day ("been sat at my desk since
    eight") is a run told, whatever is said around it: a distance, a race or the ground, said
    with running or having done it, or the kind of day, is what a runner says of nothing else."""
    if not words or words[0] in ASKING_WORDS:
        return None  # a question or a request about a run ("how many calories on my ten k")
    query, found = matcher.finder.delexicalise(words)
    tokens = query.split()
    distance = f"{type_token('AMAZON.NUMBER')} {type_token(RUN_UNIT)}" in query
    ran = (distance or not RUN_SAYS.isdisjoint(tokens)) and not RAN.isdisjoint(words)
    if not (ran or type_token(RUN_DAY) in tokens):
        return None
    return Heard(Understood(RUN_TOLD, matcher._slots_for(RUN_TOLD, found)), matcher.threshold, "")


class Listening:
    """The lenient matcher as the chat engine asks it (`understand(text) -> Understood`),
    keeping what it last heard so `hipcoach chat --explain` can print it."""

    def __init__(self, model: dict):
        self.matcher = Lenient(model)
        self.last: Heard | None = None
        self.last_text = ""

    def understand(self, text: str) -> Understood:
        self.last, self.last_text = self.matcher.understand(text), text
        return self.last.understood

    def explain(self) -> str:
        heard = self.last
        how = "exact sample" if heard.score == 100.0 and not heard.sample else (
            f"closest sample {heard.sample!r}" if heard.sample else "below the threshold"
            if heard.understood.intent == FALLBACK else "no sample near: by its words or a rule")
        return (f"[heard {heard.understood.intent} {heard.understood.slots or ''} "
                f"score {heard.score:.0f}, {how}]")
