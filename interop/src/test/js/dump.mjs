// Prints what pdf.js sees in each form: {"file": {fieldName: [{type, value, exportValues}]}}
// usage: node dump.mjs a.pdf b.pdf ...
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const out = {};
for (const file of process.argv.slice(2)) {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0, isEvalSupported: false })
    .promise;
  const fields = (await doc.getFieldObjects()) ?? {};
  const simple = {};
  for (const [name, list] of Object.entries(fields)) {
    simple[name] = list.filter((w) => w.id && w.type)
      .map((w) => ({ type: w.type, value: w.value, exportValues: w.exportValues ?? null }));
  }
  out[file] = simple;
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
