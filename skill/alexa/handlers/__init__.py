"""Thin ASK SDK request handlers, one file per family of intents or requests."""
