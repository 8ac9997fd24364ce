// Validates APL documents with Amazon's apl-suggester; prints {"<name>": [findings...]} as JSON.
// Input on stdin: {"<name>": <APL document>, ...}. Exits non-zero only if validation itself fails.
const path = require("path");
const { StaticAplTemplateValidator } = require(
  path.join(__dirname, "..", "..", "node_modules", "apl-suggester"));

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const documents = JSON.parse(input);
  const validator = new StaticAplTemplateValidator();
  const findings = {};
  for (const [name, document] of Object.entries(documents)) {
    findings[name] = await validator.validate(document);
  }
  process.stdout.write(JSON.stringify(findings));
});
