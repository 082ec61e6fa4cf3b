// Fills the declaration form with MuPDF's own form code, as a mupdf-based viewer would.
// usage: mutool run fill.js job.json
//   job.json = {"blank": "/path/blank.pdf", "saveOptions": "" or "incremental",
//               "jobs": [{"out": "/path/out.pdf", "texts": {name: value}, "checkboxes": {name: bool},
//                         "radios": {name: exportValue}}]}
// Prints one JSON line per job: {"out": ..., "ok": true} or {"out": ..., "ok": false, "error": ...}.
// Written against the mutool 1.21 API (PDFWidget has no getFieldName there, so names come from the
// widget dictionaries in the page's /Annots, which list widgets in the order getWidgets returns them).

function missing(x) {
  return x === undefined || x === null || x.isNull();
}

function fieldName(obj) {
  var parts = [];
  while (!missing(obj)) {
    var t = obj.get("T");
    if (!missing(t)) {
      parts.unshift(t.asString());
    }
    obj = obj.get("Parent");
  }
  return parts.join(".");
}

function onState(obj) {
  var names = [];
  var ap = obj.get("AP");
  if (!missing(ap) && !missing(ap.get("N"))) {
    ap.get("N").forEach(function (key) {
      if (String(key) !== "Off") {
        names.push(String(key));
      }
    });
  }
  return names.length === 1 ? names[0] : null;
}

function fill(blank, job) {
  var doc = new PDFDocument(blank);
  var seen = {};
  for (var p = 0; p < doc.countPages(); p++) {
    var page = doc.loadPage(p);
    var widgets = page.getWidgets();
    var annots = doc.findPage(p).get("Annots");
    var dicts = [];
    for (var i = 0; !missing(annots) && i < annots.length; i++) {
      var a = annots.get(i);
      if (String(a.get("Subtype")) === "/Widget") {
        dicts.push(a);
      }
    }
    if (dicts.length !== widgets.length) {
      throw new Error("page " + p + ": " + widgets.length + " widgets but " + dicts.length + " widget dictionaries");
    }
    for (var w = 0; w < widgets.length; w++) {
      var widget = widgets[w];
      var name = fieldName(dicts[w]);
      var type = widget.getFieldType();
      if (job.texts && job.texts.hasOwnProperty(name)) {
        widget.setTextValue(job.texts[name]);
        seen[name] = true;
      } else if (job.checkboxes && job.checkboxes.hasOwnProperty(name)) {
        var on = widget.getValue() !== "Off" && widget.getValue() !== "";
        if (on !== job.checkboxes[name]) {
          widget.toggle();
        }
        seen[name] = true;
      } else if (job.radios && job.radios.hasOwnProperty(name) && type === "radiobutton") {
        var want = job.radios[name];
        if (onState(dicts[w]) === want) {
          if (widget.getValue() !== want) {
            widget.toggle();
          }
          seen[name] = true;
        }
      }
      widget.update();
    }
    page.update();
  }
  ["texts", "checkboxes", "radios"].forEach(function (kind) {
    for (var n in job[kind] || {}) {
      if (!seen[n]) {
        throw new Error("no " + kind + " field (or radio button) for " + n);
      }
    }
  });
  doc.save(job.out, saveOptions);
}

var spec = JSON.parse(read(scriptArgs[0]));
// "" rewrites the file; "incremental" appends an update, as mupdf's viewer saves
var saveOptions = spec.saveOptions || "";
for (var j = 0; j < spec.jobs.length; j++) {
  var job = spec.jobs[j];
  try {
    fill(spec.blank, job);
    print(JSON.stringify({ out: job.out, ok: true }));
  } catch (e) {
    print(JSON.stringify({ out: job.out, ok: false, error: String(e) + (e.stack ? "\n" + e.stack : "") }));
  }
}
