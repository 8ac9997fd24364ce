"""Looking up the words for a meaning in the locale table."""

from __future__ import annotations

from skill.voice.locale_en import TEXT as ENGLISH

# Alexa's English marketplaces share one table; other languages are not offered (the interaction
# model declares English locales only), so anything else falls back to it too.
TABLES = {"en": ENGLISH}
DEFAULT_LOCALE = "en-US"


def table_for(locale: str | None) -> dict[str, str | list[str]]:
    language = (locale or DEFAULT_LOCALE).split("-")[0].lower()
    return TABLES.get(language, ENGLISH)


def phrase(key: str, locale: str | None = None, variant: int = 0, **params: object) -> str:
    """The text for `key`; a list of phrasings is picked by `variant` so tests stay reproducible.

    A `side` placeholder is itself translated (`side.left`), since it arrives as an identifier.
    """
    table = table_for(locale)
    entry = table[key]
    template = entry[variant % len(entry)] if isinstance(entry, list) else entry
    if "side" in params:
        params["side"] = table[f"side.{params['side']}"]
    return template.format(**params)


def spoken_list(items: list[str], locale: str | None = None) -> str:
    """"a", "a and b", "a, b, and c"; a comma before the last item whenever an item has its own
    "and" ("iliacus and psoas, and quadriceps")."""
    if len(items) < 2:
        return "".join(items)
    joiner = phrase("list.and", locale)
    comma = "," if len(items) > 2 or any(joiner in item for item in items) else ""
    return ", ".join(items[:-1]) + comma + joiner + items[-1]
