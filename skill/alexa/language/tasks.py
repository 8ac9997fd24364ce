"""The skill's custom tasks, as Amazon's task-definition format has them: one OpenAPI 3 document
per task in the package's tasks/ folder, named {TaskName}.{TaskVersion}.json, its one path the
task's name, its input the POST body. `StartRoutine` starts a routine by its id, with an
optional hold length; Alexa Routines list it as an action ("start post-run stretches"), and
the LaunchRequest it sends carries `task.name` (the skill id, a dot, then the task's name) and
`task.input`.

The definitions are generated from the catalogue (`hipcoach model` writes them beside the
models; tests check the committed files are current).
"""

from __future__ import annotations

import json
from pathlib import Path

from skill.alexa.language.interaction_model import LOCALES, MODEL_DIR
from skill.catalog import ROUTINES
from skill.coach.timeline import HOLD_CHOICES

TASKS_DIR = MODEL_DIR.parents[1] / "tasks"
START_ROUTINE = "StartRoutine"
TASK_VERSION = "1"
ROUTINE_INPUT, HOLD_INPUT = "routine", "holdSeconds"
# Shown in the Alexa app when a runner adds the task to an Alexa Routine.
DISPLAY = {"title": "Start a hip routine",
           "description": "Starts a Hip Coach routine: spoken, or hands-free on Echo devices "
                          "that play audio."}


def manifest_tasks() -> list[dict]:
    """The manifest's `apis.custom.tasks`."""
    return [{"name": START_ROUTINE, "version": TASK_VERSION}]


def task_path(name: str = START_ROUTINE) -> Path:
    return TASKS_DIR / f"{name}.{TASK_VERSION}.json"


def start_routine_definition() -> dict:
    by_locale = {locale: DISPLAY for locale in LOCALES}
    routine_names = {r.id: r.name for r in ROUTINES}
    return {
        "openapi": "3.0.0",
        "info": {"title": "Start a Hip Coach routine", "version": TASK_VERSION,
                 "x-amzn-alexa-access-scope": "public", "x-amzn-display-details": by_locale},
        "tags": [{"name": "start a hip mobility routine"}],
        "paths": {f"/{START_ROUTINE}": {
            "summary": "Start a routine",
            "description": "Starts the routine named by its id, at the hold length given (else "
                           "the runner's own).",
            "post": {
                "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Input"},
                    "examples": {"postRun": {
                        "summary": "Post-run stretches with 45 second holds",
                        "value": {ROUTINE_INPUT: "post_run", HOLD_INPUT: 45}}}}}},
                "responses": {
                    "200": {"description": "The routine started",
                            "content": {"application/json": {"schema": {
                                "$ref": "#/components/schemas/SuccessfulResponse"}}}},
                    "400": {"description": "No routine by that id, or a hold length outside "
                                           f"{HOLD_CHOICES.start}-{HOLD_CHOICES.stop - 1} s"}}}}},
        "components": {"schemas": {
            "Input": {
                "type": "object",
                "required": [ROUTINE_INPUT],
                "properties": {
                    ROUTINE_INPUT: {
                        "type": "string", "enum": list(routine_names),
                        "x-amzn-display-details": {locale: {
                            "name": "Routine", "values": routine_names} for locale in LOCALES}},
                    HOLD_INPUT: {
                        "type": "integer", "minimum": HOLD_CHOICES.start,
                        "maximum": HOLD_CHOICES.stop - 1,
                        "description": "Seconds each stretch is held; the runner's own if "
                                       "absent"}}},
            "SuccessfulResponse": {
                "type": "object",
                "properties": {"routine": {"type": "string"}}}}},
    }


def render_task() -> str:
    return json.dumps(start_routine_definition(), indent=2, ensure_ascii=False) + "\n"


def write_tasks(folder: Path = TASKS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / task_path().name
    path.write_text(render_task())
    return [path]


def stale_tasks() -> list[Path]:
    path = task_path()
    return [] if path.exists() and path.read_text() == render_task() else [path]
