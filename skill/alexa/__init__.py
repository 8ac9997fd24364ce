"""The Alexa skill: the ASK SDK skill object, one request's view, its handlers and the flows they
share, the language model's sources, and the platform's edges."""
