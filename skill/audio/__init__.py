"""Hands-free audio, offline tools: render routines to a streamable build and publish it.
Not part of the Lambda artifact: the skill itself needs only skill.voice.stream and the build's
index."""
