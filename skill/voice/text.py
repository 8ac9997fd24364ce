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

    `side` and `other` placeholders are themselves translated (`side.left`), since they arrive
    as identifiers, and a `seconds` value also fills `{duration}` as a runner would say it
    ("five minutes"). A phrase that opens with one of them starts with a capital.
    """
    table = table_for(locale)
    entry = table[key]
    template = entry[variant % len(entry)] if isinstance(entry, list) else entry
    for name in ("side", "other"):
        if name in params:
            params[name] = table[f"side.{params[name]}"]
    if "seconds" in params:
        params["duration"] = duration(int(params["seconds"]), locale)
    text = template.format(**params)
    opens_with_value = template.startswith(("{duration}", "{side}", "{other}"))
    return text[0].upper() + text[1:] if opens_with_value else text


def phrasings(key: str, locale: str | None = None) -> int:
    """How many ways the table has of saying `key`."""
    entry = table_for(locale)[key]
    return len(entry) if isinstance(entry, list) else 1


def duration(seconds: int, locale: str | None = None) -> str:
    """Seconds under a minute, minutes from a minute up: "45 seconds", "one minute",
    "a minute and a half", "two and a half minutes", "one minute and 15 seconds"."""
    table = table_for(locale)
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return table["duration.seconds"].format(count=seconds)
    numbers = table["number.words"]
    count = numbers[minutes] if minutes < len(numbers) else str(minutes)
    if rest == 30:
        return (table["duration.minute_and_half"] if minutes == 1
                else table["duration.minutes_and_half"].format(minutes=count))
    whole = (table["duration.one_minute"] if minutes == 1
             else table["duration.minutes"].format(minutes=count))
    return whole if rest == 0 else table["duration.minutes_seconds"].format(
        minutes_phrase=whole, count=rest)


def spoken_list(items: list[str], locale: str | None = None, joiner_key: str = "list.and") -> str:
    """"a", "a and b", "a, b, and c"; a comma before the last item whenever an item has its own
    joining word ("hip flexors, and adductors and quads")."""
    if len(items) < 2:
        return "".join(items)
    joiner = phrase(joiner_key, locale)
    comma = "," if len(items) > 2 or any(joiner in item for item in items) else ""
    return ", ".join(items[:-1]) + comma + joiner + items[-1]


def spoken_choices(items: list[str], locale: str | None = None) -> str:
    """A choice, read with "or": "post-run, pre-run, or quick post-run"."""
    return spoken_list(items, locale, "list.or")


def with_article(item: str, locale: str | None = None) -> str:
    """"a mini band", "an ankle strap": how a single piece of kit is named in a list."""
    key = "article.an" if item[:1].lower() in "aeiou" else "article.a"
    return phrase(key, locale, item=item)


def spoken_date(iso_day: str, locale: str | None = None) -> str:
    """"2026-03-03" -> "March 3rd"."""
    from datetime import date

    table = table_for(locale)
    day = date.fromisoformat(iso_day)
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return table["date.format"].format(month=table["date.months"][day.month - 1], day=n,
                                       suffix=suffix)
