"""The coach: pure logic over the catalogue (timeline, packing into responses, playing,
progress, the check-in)."""
