// Shows the declaration AcroForm with pdf.js and its form layer, so a partner types into the real
// PDF fields; "Absenden" posts the bytes pdf.js saves (saveDocument) to the server.
import * as pdfjsLib from "/webjars/pdfjs-dist/4.10.38/build/pdf.mjs";
import * as pdfjsViewer from "/webjars/pdfjs-dist/4.10.38/web/pdf_viewer.mjs";

const PDFJS = "/webjars/pdfjs-dist/4.10.38/";
const MAX_BYTES = 20 * 1024 * 1024;

pdfjsLib.GlobalWorkerOptions.workerSrc = PDFJS + "build/pdf.worker.mjs";

const status = document.getElementById("status");
const button = document.getElementById("absenden");
const container = document.getElementById("viewerContainer");
const csrfToken = document.querySelector('meta[name="_csrf"]').content;
const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;

function say(text) {
  status.textContent = text;
}

async function send(blob, channel) {
  const body = new FormData();
  body.append("datei", blob, "erklaerung.pdf");
  body.append("kanal", channel);
  const response = await fetch("/erklaerung", {
    method: "POST",
    body,
    headers: { [csrfHeader]: csrfToken },
    credentials: "same-origin",
  });
  if (!response.ok && !response.redirected) {
    throw new Error("HTTP " + response.status);
  }
  window.location.assign(response.url);
}

async function main() {
  const eventBus = new pdfjsViewer.EventBus();
  const linkService = new pdfjsViewer.PDFLinkService({ eventBus });
  const viewer = new pdfjsViewer.PDFViewer({
    container,
    eventBus,
    linkService,
    annotationMode: pdfjsLib.AnnotationMode.ENABLE_FORMS,
    textLayerMode: 0,
  });
  linkService.setViewer(viewer);
  eventBus.on("pagesinit", () => {
    viewer.currentScaleValue = "page-width";
  });
  // the fields exist once the form layer is drawn: only then can "Absenden" carry what was typed
  eventBus.on("annotationlayerrendered", () => {
    if (button.disabled && !container.dataset.formReady) {
      container.dataset.formReady = "true";
      say("Das Formular ist bereit. Bitte füllen Sie die Felder aus und wählen Sie dann „Absenden“.");
      button.disabled = false;
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
    say("Das ausgefüllte Formular wird gesendet …");
    try {
      const bytes = await pdf.saveDocument();
      await send(new Blob([bytes], { type: "application/pdf" }), "BROWSER");
    } catch (e) {
      say("Das Senden ist fehlgeschlagen. Bitte versuchen Sie es noch einmal oder laden Sie das Formular herunter.");
      button.disabled = false;
    }
  });
}

const upload = document.getElementById("upload");
upload.addEventListener("submit", (event) => {
  const file = document.getElementById("datei").files[0];
  if (file && file.size > MAX_BYTES) {
    event.preventDefault();
    say("Die Datei ist größer als 20 MB. Bitte senden Sie nur das ausgefüllte Formular.");
  }
});

main().catch(() => {
  say("Das Formular kann in diesem Browser nicht angezeigt werden. Bitte laden Sie es herunter, füllen Sie es aus "
      + "und laden Sie es unten hoch.");
});
