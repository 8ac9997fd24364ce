"""The customer-facing web pages, privacy policy and terms of use, rendered to HTML from one
document (skill.pages.legal): served by `hipcoach serve` at /privacy and /terms, and published
beside the hands-free audio (`hipcoach audio publish`), where the manifest's URLs point.

The operator and contact come from the environment (SKILL_OPERATOR, SKILL_CONTACT_EMAIL).
"""

from __future__ import annotations

import html
import os
import re

from skill.pages.legal import DOCUMENT, PRIVACY, RETENTION, TERMS, TITLES

PAGES = (PRIVACY, TERMS)
SETTINGS = {"operator": "SKILL_OPERATOR", "contact": "SKILL_CONTACT_EMAIL"}
CONTENT_TYPE = "text/html; charset=utf-8"
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
# Readable on a phone (390 px) and a desktop alike: nothing wider than the screen, long words
# (an email address) broken rather than scrolled.
STYLE = ("body{font:17px/1.5 system-ui,sans-serif;margin:0 auto;max-width:42rem;"
         "padding:1rem;color:#1d1d1f;overflow-wrap:anywhere}"
         "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem}a{color:#0b5cad}"
         "nav a{margin-right:1rem}")


def page_settings() -> dict[str, str]:
    return {name: os.environ.get(variable, "") for name, variable in SETTINGS.items()}


def settings_problems(settings: dict[str, str]) -> list[str]:
    """What a published page cannot do without: who runs the skill and how to reach them."""
    problems = []
    if not settings.get("operator"):
        problems.append(f"{SETTINGS['operator']} must name who operates the skill")
    if "@" not in settings.get("contact", ""):
        problems.append(f"{SETTINGS['contact']} must be an email address for privacy requests")
    return problems


def _inline(text: str, values: dict[str, str]) -> str:
    """One paragraph: placeholders filled, escaped, [text](href) made a link."""
    filled = text.format(**values)
    out, last = [], 0
    for link in _LINK.finditer(filled):
        out.append(html.escape(filled[last:link.start()]))
        out.append(f'<a href="{html.escape(link[2])}">{html.escape(link[1])}</a>')
        last = link.end()
    return "".join(out) + html.escape(filled[last:])


def render(name: str, settings: dict[str, str] | None = None) -> str:
    """The page `name` (PRIVACY or TERMS) as a whole HTML document."""
    values = {**RETENTION, **(settings or page_settings())}
    values = {k: v if v != "" else "(not configured)" for k, v in values.items()}
    body = [f"<h1>{html.escape(TITLES[name])}</h1>",
            '<nav><a href="privacy">Privacy policy</a><a href="terms">Terms of use</a></nav>']
    for section in (s for s in DOCUMENT if s.page == name):
        anchor = re.sub(r"[^a-z]+", "-", section.heading.lower()).strip("-")
        body.append(f'<h2 id="{anchor}">{html.escape(section.heading)}</h2>')
        body += [f"<p>{_inline(p, values)}</p>" for p in section.paragraphs]
        if section.items:
            body.append("<ul>" + "".join(f"<li>{_inline(i, values)}</li>"
                                         for i in section.items) + "</ul>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(TITLES[name])}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")


def rendered(settings: dict[str, str] | None = None) -> dict[str, bytes]:
    """Every page by its path (no extension: /privacy, /terms), as bytes to serve."""
    return {name: render(name, settings).encode() for name in PAGES}


__all__ = ["CONTENT_TYPE", "PAGES", "PRIVACY", "TERMS", "page_settings", "render", "rendered",
           "settings_problems"]
