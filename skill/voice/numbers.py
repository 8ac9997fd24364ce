"""Numbers as English words and back: how the model spells numbers in names ("90 90" is "ninety
ninety"), and how a number slot is read when a sender gives words ("forty five") instead of the
digits Alexa sends. Small on purpose: the skill reads number slots at run time, and should not
load the interaction model's sample lists to do it."""

from __future__ import annotations

from skill.coach.digits import whole_number

SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """0 to 999 as words ("one hundred twenty"); larger numbers stay digits."""
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    if hundreds:
        head = f"{SMALL_NUMBERS[hundreds]} hundred"
        return head if rest == 0 else f"{head} {number_words(rest)}"
    if n < 20:
        return SMALL_NUMBERS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else f" {SMALL_NUMBERS[ones]}")


_NUMBER_WORDS = {word: n for n, word in enumerate(SMALL_NUMBERS)}
_NUMBER_WORDS |= {word: 10 * n for n, word in enumerate(TENS) if word}
_NUMBER_WORDS["hundred"] = 100


def words_to_number(text: str) -> int | None:
    """'forty five' -> 45, '45' -> 45, 'one hundred twenty' -> 120; None if not a number."""
    text = text.strip()
    if text.isdecimal():
        return whole_number(text)
    total = 0
    for word in text.replace("-", " ").split():
        if word == "and":
            continue
        if word not in _NUMBER_WORDS:
            return None
        value = _NUMBER_WORDS[word]
        total = total * 100 if value == 100 else total + value
    return total if text else None
