"""The language model's sources: how runners say things (samples), the interaction model generated
from them and the catalogue, and the deployable skill package."""
