"""The voice: every word in locale tables, SSML, speech-time estimates, rendering and
hands-free streams."""
