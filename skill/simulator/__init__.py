"""An offline Alexa: envelopes built from ask_sdk_model, a small NLU over the model, and
`hipcoach chat`."""
