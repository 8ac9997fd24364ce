"""What the handlers share: playing a routine (spoken or hands-free), the check-in, where the runner
is, and what the skill last asked."""
