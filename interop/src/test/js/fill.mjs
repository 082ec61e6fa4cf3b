// Fills the declaration form the way Firefox's viewer does: pdf.js annotationStorage + saveDocument.
// usage: node fill.mjs job.json
//   job.json = {"blank": "/path/blank.pdf",
//               "jobs": [{"out": "/path/out.pdf", "texts": {name: value}, "checkboxes": {name: bool},
//                         "radios": {name: exportValue}}]}
// Prints one JSON line per job: {"out": ..., "ok": true} or {"out": ..., "ok": false, "error": ...}.
import { readFile, writeFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const job = JSON.parse(await readFile(process.argv[2], "utf8"));
const blank = new Uint8Array(await readFile(job.blank));

function widgets(fields, name) {
  const list = fields[name];
  if (!list) {
    throw new Error(`no field named ${name}`);
  }
  // getFieldObjects also lists the non-terminal parent (no id/type); widgets have an id
  return list.filter((w) => w.id && w.type);
}

for (const j of job.jobs) {
  try {
    const doc = await getDocument({ data: blank.slice(), verbosity: 0, isEvalSupported: false }).promise;
    const fields = await doc.getFieldObjects();
    const storage = doc.annotationStorage;
    for (const [name, value] of Object.entries(j.texts ?? {})) {
      for (const w of widgets(fields, name)) {
        storage.setValue(w.id, { value });
      }
    }
    for (const [name, checked] of Object.entries(j.checkboxes ?? {})) {
      for (const w of widgets(fields, name)) {
        storage.setValue(w.id, { value: checked });
      }
    }
    for (const [name, exportValue] of Object.entries(j.radios ?? {})) {
      const ws = widgets(fields, name);
      if (!ws.some((w) => w.exportValues === exportValue)) {
        throw new Error(`radio ${name} has no button ${exportValue}`);
      }
      for (const w of ws) {
        storage.setValue(w.id, { value: w.exportValues === exportValue });
      }
    }
    const bytes = await doc.saveDocument();
    await writeFile(j.out, bytes);
    await doc.destroy();
    console.log(JSON.stringify({ out: j.out, ok: true }));
  } catch (e) {
    console.log(JSON.stringify({ out: j.out, ok: false, error: String(e && e.stack || e) }));
  }
}
