"""Fills a form the way Chrome does, through PDFium's form-fill environment: text is typed (focus
the widget, select all, replace the selection, leave the field); check boxes and radio buttons are
clicked at the widget's centre (mouse move, button down, button up, leave the field). Then saves
the whole file or, with --incremental, an incremental update (FPDF_INCREMENTAL, as Chrome's and
Edge's "save" does).

usage: python3 fill.py [--incremental] IN.pdf OUT.pdf FIELD=VALUE ... FIELD@EXPORT ...
  FIELD=VALUE   types VALUE into the text field FIELD
  FIELD@EXPORT  clicks the widget of button field FIELD whose on state is EXPORT
(pypdfium2 == 5.13.0, see .ci/run). Prints the PDFium build on stdout.
"""
import ctypes
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as raw


def wide(fn, *args):
    n = fn(*args, None, 0)
    buf = ctypes.create_string_buffer(n)
    fn(*args, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buf.raw[:n - 2].decode("utf-16-le")


def main(argv):
    incremental = argv[0] == "--incremental"
    if incremental:
        argv = argv[1:]
    src, out, assignments = argv[0], argv[1], argv[2:]
    typing = dict(a.split("=", 1) for a in assignments if "=" in a)
    clicks = {tuple(a.split("@", 1)) for a in assignments if "=" not in a}
    pdf = pdfium.PdfDocument(src)
    pdf.init_forms()
    form = pdf.formenv.raw
    done = set()
    for page in pdf:
        raw.FORM_OnAfterLoadPage(page.raw, form)
        for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, i)
            name = wide(raw.FPDFAnnot_GetFormFieldName, form, annot)
            if name in typing:
                raw.FORM_SetFocusedAnnot(form, annot)
                raw.FORM_SelectAllText(form, page.raw)
                text = ctypes.create_string_buffer((typing[name] + "\0").encode("utf-16-le"))
                raw.FORM_ReplaceSelection(form, page.raw, ctypes.cast(text, ctypes.POINTER(raw.FPDF_WCHAR)))
                raw.FORM_ForceToKillFocus(form)
                done.add(name)
            else:
                export = wide(raw.FPDFAnnot_GetFormFieldExportValue, form, annot)
                if (name, export) in clicks:
                    rect = raw.FS_RECTF()
                    raw.FPDFAnnot_GetRect(annot, rect)
                    x, y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
                    raw.FORM_OnMouseMove(form, page.raw, 0, x, y)
                    raw.FORM_OnLButtonDown(form, page.raw, 0, x, y)
                    raw.FORM_OnLButtonUp(form, page.raw, 0, x, y)
                    raw.FORM_ForceToKillFocus(form)
                    done.add(name + "@" + export)
            raw.FPDFPage_CloseAnnot(annot)
    missing = (set(typing) | {n + "@" + e for n, e in clicks}) - done
    if missing:
        sys.exit("no such field: " + ", ".join(sorted(missing)))
    pdf.save(out, flags=raw.FPDF_INCREMENTAL if incremental else 0)
    print(pdfium.PDFIUM_INFO)


if __name__ == "__main__":
    main(sys.argv[1:])
