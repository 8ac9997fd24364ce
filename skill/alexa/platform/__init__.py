"""Alexa's edges: the envelope's shape, the request log, the device's time zone, AudioPlayer, and
the whole-response check."""
