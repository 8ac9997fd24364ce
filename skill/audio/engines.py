"""Speech engines a build can speak its clips with: espeak-ng (offline, the default here) and
Amazon Polly (a neural voice; what a real deployment uses). Each turns one SSML document into
audio bytes in a format ffmpeg reads."""

from __future__ import annotations

import subprocess
from typing import Protocol

from skill.voice.audio import espeak_binary
from skill.voice.speech import ESPEAK_CALIBRATION_RATE

POLLY_SAMPLE_RATE = "24000"  # the neural voices' native rate for MP3


class Engine(Protocol):
    name: str
    voice: str

    def speak(self, ssml_document: str) -> bytes: ...


class Espeak:
    name = "espeak"

    def __init__(self, voice: str | None = None):
        self.voice = voice or "en-us"

    def speak(self, ssml_document: str) -> bytes:
        """WAV bytes, at the pace the speech estimates assume."""
        return subprocess.run(
            [espeak_binary(), "-m", "-s", str(ESPEAK_CALIBRATION_RATE), "-v", self.voice,
             "--stdout", ssml_document], check=True, capture_output=True, timeout=120).stdout


class Polly:
    name = "polly"

    def __init__(self, voice: str | None = None, client=None):
        self.voice = voice or "Joanna"
        if client is None:
            import boto3  # only a Polly build needs it

            client = boto3.client("polly")
        self.client = client

    def speak(self, ssml_document: str) -> bytes:
        """MP3 bytes from Polly's neural engine (SSML input)."""
        answer = self.client.synthesize_speech(
            Engine="neural", OutputFormat="mp3", SampleRate=POLLY_SAMPLE_RATE,
            Text=ssml_document, TextType="ssml", VoiceId=self.voice)
        with answer["AudioStream"] as stream:
            return stream.read()


ENGINES = {"espeak": Espeak, "polly": Polly}
