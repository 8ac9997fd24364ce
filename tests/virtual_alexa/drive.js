// Drives `hipcoach serve` with virtual-alexa, a third-party Alexa simulator: it loads the
// committed interaction model, turns each utterance into a request envelope as Alexa would, and
// posts it to the skill. Reads {"url", "model", "applicationId", "steps"} as JSON on stdin; each
// step is "launch", "timeout" (the microphone times out and the session ends) or an utterance.
// Prints one JSON line per step: the step, the request's intent and slots, and the response.
const { VirtualAlexa } = require("virtual-alexa");
const { SessionEndedReason } = require("virtual-alexa/lib/src/core/SkillRequest");

async function main() {
  const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const alexa = VirtualAlexa.Builder()
    .interactionModelFile(input.model)
    .skillURL(input.url)
    .applicationID(input.applicationId)
    .locale("en-US")
    .create();
  let sent = null;
  alexa.filter((request) => { sent = request; });
  for (const step of input.steps) {
    sent = null;
    let reply;
    try {
      if (step === "launch") reply = await alexa.launch();
      else if (step === "timeout") {
        reply = await alexa.endSession(SessionEndedReason.EXCEEDED_MAX_REPROMPTS);
      }
      else reply = await alexa.utter(step);
    } catch (error) {
      console.log(JSON.stringify({ step, error: String(error) }));
      continue;
    }
    const intent = sent && sent.request && sent.request.intent;
    console.log(JSON.stringify({
      step,
      intent: intent ? intent.name : (sent ? sent.request.type : null),
      slots: intent && intent.slots ? Object.fromEntries(
        Object.entries(intent.slots).map(([k, v]) => [k, v.value || null])) : {},
      response: reply ? reply.response || null : null,
    }));
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
