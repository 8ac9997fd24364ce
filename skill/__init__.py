"""Hip Mobility Coach: a voice-guided Alexa skill of hip mobility routines for runners."""
