"""Whole numbers written in digits, as slot values, session state and tokens carry them."""

from __future__ import annotations

MOST_DIGITS = 9  # no count, hold, step or offset here comes near a billion


def whole_number(text: object, most_digits: int = MOST_DIGITS) -> int | None:
    """`text` as an int when it is decimal digits only (at most `most_digits`), else None.

    str.isdigit() is not the test: "²" passes it and int() refuses it; str.isdecimal() is
    exactly what int() reads, and the length bound keeps clear of int()'s own limit on long
    strings."""
    if not isinstance(text, str) or not text.isdecimal() or len(text) > most_digits:
        return None
    return int(text)
