"""The coach for assistants that speak MCP (Alexa+ add-ons, Home Assistant): tools over the
same catalogue, coach, words and store as the skill, an MCP App for a guided routine on a
screen, and the OAuth 2.1 resource server around them. Needs the `mcp` extra."""
