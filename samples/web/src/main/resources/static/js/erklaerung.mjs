// Shows the declaration AcroForm with pdf.js and its form layer, so a partner types into the real
// PDF fields; "Absenden" posts the bytes pdf.js saves (saveDocument) to the server.
// Accessibility (BITV 2.0 / WCAG 2.1 AA): the controls are named by the PDF's own structure (/Alt),
// sit in the Tab order after the page header, the page text is exposed, zoom enlarges, and every
// message appears next to the control it is about.
import * as pdfjsLib from "/webjars/pdfjs-dist/4.10.38/build/pdf.mjs";
import * as pdfjsViewer from "/webjars/pdfjs-dist/4.10.38/web/pdf_viewer.mjs";

const PDFJS = "/webjars/pdfjs-dist/4.10.38/";
const MAX_BYTES = 20 * 1024 * 1024;
// pdf.js scale 1 is the printed size; below it the 7 pt captions become unreadable, so the form
// fits the width only down to this scale and scrolls sideways inside its frame beyond it
const MIN_AUTO_SCALE = 1;
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
// the server ends a session nobody used for a while (30 minutes unless configured): a partner who
// is typing keeps it (and its CSRF token) alive at least this often; a page left alone warns a fixed
// time before the end, and „Sitzung verlängern“ keeps it with everything typed (WCAG 2.2.1)
const KEEP_ALIVE_MAX_MS = 5 * 60 * 1000;

pdfjsLib.GlobalWorkerOptions.workerSrc = PDFJS + "build/pdf.worker.mjs";

const status = document.getElementById("status");
const button = document.getElementById("absenden");
const sendMessage = document.getElementById("senden-meldung");
const saveButton = document.getElementById("speichern");
const container = document.getElementById("viewerContainer");
const zoomLevel = document.getElementById("zoomstufe");
const sessionNotice = document.getElementById("sitzung-hinweis");
const sessionText = document.getElementById("sitzung-text");
const extendButton = document.getElementById("verlaengern");
const zoomButtons = ["verkleinern", "vergroessern", "seitenbreite"].map((id) => document.getElementById(id));
const csrf = {
  header: document.querySelector('meta[name="_csrf_header"]').content,
  token: document.querySelector('meta[name="_csrf"]').content,
};
// the browser test sets this before the page loads, to prove pdf.js names the controls from the PDF alone
const namesFromPdfOnly = window.netzwerkNurPdfNamen === true;

// pdf.js asks its l10n only for texts of viewer parts this page does not show; page names are set below
const l10n = {
  getLanguage: () => "de",
  getDirection: () => "ltr",
  get: async (ids, args, fallback) => (Array.isArray(ids) ? ids.map(() => "") : fallback || ""),
  translate: async () => {},
  translateOnce: async () => {},
  destroy: async () => {},
  pause() {},
  resume() {},
};

function say(text) {
  status.textContent = text;
}

/** Shows a message next to a control, announced at once, and scrolled into view. */
function tell(element, text) {
  element.textContent = text;
  element.classList.toggle("error-text", text !== "");
  if (text) {
    element.scrollIntoView({ block: "nearest" });
  }
}

/** How long the server keeps the session, when to warn; both from the server's answer. */
const session = { lifetimeMs: 0, warningMs: 0, warningTimer: null, endTimer: null, focusBefore: null };

/** A fresh CSRF token; the request also keeps the session alive and restarts the warning's clock. */
async function refreshSession() {
  const response = await fetch("/erklaerung/sitzung", { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) {
    throw new Error("HTTP " + response.status);
  }
  const fresh = await response.json();
  csrf.header = fresh.headerName;
  csrf.token = fresh.token;
  session.lifetimeMs = fresh.sitzungSekunden * 1000;
  session.warningMs = fresh.warnungSekunden * 1000;
  clearTimeout(session.warningTimer);
  clearTimeout(session.endTimer);
  if (session.lifetimeMs > 0) { // 0 or less: the server never ends it
    session.warningTimer = setTimeout(warnOfSessionEnd, Math.max(0, session.lifetimeMs - session.warningMs));
    session.endTimer = setTimeout(saySessionEnded, session.lifetimeMs);
  }
  hideSessionNotice();
}

function inWords(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds >= 120 ? Math.round(seconds / 60) + " Minuten" : seconds + " Sekunden";
}

/** Shows the session notice (announced: it sits in a role="alert" region); focus only if asked. */
function showSessionNotice(text, takeFocus) {
  sessionText.textContent = text;
  if (sessionNotice.hidden) {
    session.focusBefore = document.activeElement;
    sessionNotice.hidden = false;
  }
  if (takeFocus) {
    extendButton.focus();
  }
}

/** Hides the notice; whoever was in it goes back to where they were, e.g. into their field. */
function hideSessionNotice() {
  if (sessionNotice.hidden) {
    return;
  }
  const hadFocus = sessionNotice.contains(document.activeElement);
  sessionNotice.hidden = true;
  if (hadFocus && session.focusBefore?.isConnected) {
    session.focusBefore.focus();
  }
}

function warnOfSessionEnd() {
  const end = new Date(Date.now() + session.warningMs).toLocaleTimeString("de-DE", { hour: "2-digit", minute: "2-digit" });
  // a partner who stopped typing gets a single key press (Enter) to keep going
  showSessionNotice(`Ihre Sitzung endet in ${inWords(session.warningMs)} (um ${end} Uhr), weil Sie eine Weile `
      + "nichts eingegeben haben. Wählen Sie „Sitzung verlängern“, um weiterzuarbeiten. Ihre Angaben bleiben "
      + "im Formular.", true);
}

function saySessionEnded() {
  // the CSRF token lives in a cookie, not in the session: sending still works
  showSessionNotice("Ihre Sitzung ist abgelaufen. Ihre Angaben sind noch im Formular, und „Absenden“ "
      + "funktioniert weiterhin.", false);
}

async function keepSessionAlive() {
  try {
    await refreshSession();
  } catch (e) {
    showSessionNotice("Die Verbindung zum Server ist unterbrochen. Ihre Angaben bleiben in dieser Seite; "
        + "speichern Sie das Formular zur Sicherheit mit „Ausgefülltes Formular speichern“ und versuchen Sie "
        + "es dann mit „Sitzung verlängern“ noch einmal.", false);
  }
}

/** Learns the session's timing, then keeps the session alive while the partner types. */
async function watchSession() {
  await keepSessionAlive();
  let typed = false;
  container.addEventListener("input", () => {
    typed = true;
    if (!sessionNotice.hidden) {
      keepSessionAlive(); // typing on while warned is as good as the button
    }
  });
  // often enough that a partner who types never sees the warning
  const every = Math.min(KEEP_ALIVE_MAX_MS, (session.lifetimeMs - session.warningMs) / 2);
  setInterval(() => {
    if (typed) {
      typed = false;
      keepSessionAlive();
    }
  }, every > 0 ? every : KEEP_ALIVE_MAX_MS); // not known (server unreachable at first): the longest
}

async function send(blob, channel) {
  // the page may have been open longer than the session: never send with a stale token
  await refreshSession();
  const body = new FormData();
  body.append("datei", blob, "erklaerung.pdf");
  body.append("kanal", channel);
  // the page's submission token: a second click sends the same one and gets the same receipt
  body.append("einsendung", document.querySelector('input[name="einsendung"]').value);
  const response = await fetch("/erklaerung", {
    method: "POST",
    body,
    headers: { [csrf.header]: csrf.token },
    credentials: "same-origin",
  });
  if (!response.ok && !response.redirected) {
    throw new Error("HTTP " + response.status);
  }
  window.location.assign(response.url);
}

function download(bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "Erklaerung-Netzwerk-ausgefuellt.pdf";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Names what pdf.js leaves unnamed, drops its unnamed "region" wrappers, restores document Tab order. */
function repairFormLayer(layer) {
  for (const section of layer.querySelectorAll("section[title]")) {
    const control = section.querySelector("input, textarea, select");
    if (namesFromPdfOnly) {
      continue;
    }
    if (control && !control.getAttribute("aria-label")) {
      control.setAttribute("aria-label", section.title);
    }
    // a titled <section> is a "region" landmark: twenty of them around single fields are noise
    section.removeAttribute("title");
  }
  // pdf.js puts every field at tabindex 1000, before everything else on the page
  for (const control of layer.querySelectorAll('[tabindex="1000"]')) {
    control.tabIndex = 0;
  }
}

/**
 * pdf.js's structure layer points (aria-owns) at every tagged widget, also at the signature field it
 * does not draw; a reference to nothing is invalid ARIA, so it goes.
 */
function pruneDanglingOwns() {
  for (const element of container.querySelectorAll("[aria-owns]")) {
    const ids = element.getAttribute("aria-owns").split(" ").filter((id) => document.getElementById(id));
    if (ids.length > 0) {
      element.setAttribute("aria-owns", ids.join(" "));
    } else {
      element.removeAttribute("aria-owns");
    }
  }
}

/** Marks the fields named in the findings summary and links each to its message. */
function linkFindings() {
  for (const item of document.querySelectorAll("#befunde li[data-feld]")) {
    const control = document.querySelector(`#viewer [name="${CSS.escape(item.dataset.feld)}"]`);
    if (!control || control.dataset.finding === item.id) {
      continue;
    }
    control.dataset.finding = item.id;
    control.setAttribute("aria-invalid", "true");
    const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    control.setAttribute("aria-describedby", [...described, item.id].join(" "));
  }
}

function focusField(name) {
  const control = document.querySelector(`#viewer [name="${CSS.escape(name)}"]`);
  if (control) {
    control.scrollIntoView({ block: "center" });
    control.focus();
  }
}

async function main() {
  const eventBus = new pdfjsViewer.EventBus();
  const linkService = new pdfjsViewer.PDFLinkService({ eventBus });
  const viewer = new pdfjsViewer.PDFViewer({
    container,
    eventBus,
    linkService,
    l10n,
    annotationMode: pdfjsLib.AnnotationMode.ENABLE_FORMS,
    // the text layer brings the instructions and the Geschäftsordnung to screen readers
    textLayerMode: 1,
  });
  linkService.setViewer(viewer);

  let chosenScale = null; // null: fit the width (not below MIN_AUTO_SCALE); else what the partner chose
  function fittingScale() {
    const page = viewer.getPageView(0);
    const naturalWidth = page.width / page.scale;
    return Math.max(MIN_AUTO_SCALE, (container.clientWidth - 24) / naturalWidth);
  }
  function applyScale() {
    const scale = chosenScale ?? fittingScale();
    if (Math.abs(viewer.currentScale - scale) > 0.001) {
      viewer.currentScale = scale;
    } else {
      // browser zoom changed the device pixel ratio: draw the canvases again, sharp
      viewer.refresh();
    }
    zoomLevel.textContent = Math.round(scale * 100) + " %";
  }
  function zoom(direction) {
    const current = viewer.currentScale;
    const next = direction > 0 ? ZOOM_STEPS.find((s) => s > current + 0.01)
        : [...ZOOM_STEPS].reverse().find((s) => s < current - 0.01);
    if (next !== undefined) {
      chosenScale = next;
      applyScale();
    }
  }
  document.getElementById("verkleinern").addEventListener("click", () => zoom(-1));
  document.getElementById("vergroessern").addEventListener("click", () => zoom(1));
  document.getElementById("seitenbreite").addEventListener("click", () => {
    chosenScale = null;
    applyScale();
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target.matches?.("input[type=text], input:not([type]), textarea, select");
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      return; // "+" is part of phone numbers; Ctrl/⌘ + "+" stays the browser's zoom
    }
    if (event.key === "+" || event.key === "=") {
      zoom(1);
    } else if (event.key === "-") {
      zoom(-1);
    } else if (event.key === "0") {
      chosenScale = null;
      applyScale();
    } else {
      return;
    }
    event.preventDefault();
  });
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(applyScale, 150);
  });

  // the structure layer arrives after the text and form layers, without an event of its own
  new MutationObserver(pruneDanglingOwns).observe(container, { childList: true, subtree: true });

  eventBus.on("pagesinit", () => {
    applyScale();
    const pages = container.querySelectorAll(".page");
    pages.forEach((page, i) => page.setAttribute("aria-label", `Seite ${i + 1} von ${pages.length}`));
    zoomButtons.forEach((b) => { b.disabled = false; });
  });
  // pdf.js makes each page's text layer a Tab stop (for selecting text); screen readers read it in
  // browse mode, and keyboard users should go from field to field
  eventBus.on("textlayerrendered", ({ source }) => {
    source.div.querySelectorAll(".textLayer").forEach((layer) => { layer.tabIndex = -1; });
  });
  eventBus.on("annotationlayerrendered", ({ source }) => {
    repairFormLayer(source.div);
    linkFindings();
    if (button.disabled && !container.dataset.formReady) {
      container.dataset.formReady = "true";
      say("Das Formular ist bereit. Bitte füllen Sie die Felder aus und wählen Sie dann „Absenden“.");
      button.disabled = false;
      saveButton.disabled = false;
    }
  });

  const pdf = await pdfjsLib.getDocument({
    url: container.dataset.src || "/erklaerung/formular.pdf",
    isEvalSupported: false,
    enableXfa: false,
    standardFontDataUrl: PDFJS + "standard_fonts/",
    cMapUrl: PDFJS + "cmaps/",
    cMapPacked: true,
  }).promise;
  viewer.setDocument(pdf);
  linkService.setDocument(pdf, null);

  button.addEventListener("click", async () => {
    button.disabled = true;
    tell(sendMessage, "");
    say("Das ausgefüllte Formular wird gesendet …");
    try {
      const bytes = await pdf.saveDocument();
      await send(new Blob([bytes], { type: "application/pdf" }), "BROWSER");
    } catch (e) {
      say("");
      tell(sendMessage, "Das Senden ist fehlgeschlagen. Ihre Angaben sind nicht verloren: versuchen Sie es "
          + "gleich noch einmal, oder speichern Sie das Formular mit „Ausgefülltes Formular speichern“ und laden "
          + "Sie es später unten hoch.");
      button.disabled = false;
    }
  });
  saveButton.addEventListener("click", async () => {
    download(await pdf.saveDocument());
  });
}

for (const link of document.querySelectorAll("#befunde a[data-feld]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    focusField(link.dataset.feld);
  });
}
document.getElementById("befunde")?.focus();

const upload = document.getElementById("upload");
const fileInput = document.getElementById("datei");
const fileMessage = document.getElementById("datei-meldung");
function fileProblem(text) {
  tell(fileMessage, text);
  if (text) {
    fileInput.setAttribute("aria-invalid", "true");
    fileInput.setAttribute("aria-describedby", "datei-meldung");
  } else {
    fileInput.removeAttribute("aria-invalid");
  }
}
upload.addEventListener("submit", (event) => {
  const file = fileInput.files[0];
  if (!file) {
    event.preventDefault();
    fileProblem("Bitte wählen Sie eine PDF-Datei aus.");
    fileInput.focus();
  } else if (file.size > MAX_BYTES) {
    event.preventDefault();
    fileProblem("Die Datei ist größer als 20 MB. Bitte senden Sie nur das ausgefüllte Formular.");
    fileInput.focus();
  }
});
fileInput.addEventListener("change", () => fileProblem(""));
if (document.getElementById("fehler")) {
  fileInput.focus();
  fileInput.scrollIntoView({ block: "center" });
}

extendButton.addEventListener("click", keepSessionAlive);
watchSession();

main().catch(() => {
  say("Das Formular kann in diesem Browser nicht angezeigt werden. Bitte laden Sie es herunter, füllen Sie es aus "
      + "und laden Sie es unten hoch.");
});
