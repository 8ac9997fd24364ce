"""The test suite: the skill through its real entry points, with real servers on loopback."""
