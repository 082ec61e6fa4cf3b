"""Types values into a form's text fields the way Chrome does: PDFium's form-fill environment
(focus the widget, select all, replace the selection, leave the field), then saves the file.

usage: python3 type.py IN.pdf OUT.pdf FIELD=VALUE ...   (pypdfium2 == 5.13.0, see .ci/run)
Prints the PDFium build on stdout.
"""
import ctypes
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as raw


def field_name(form, annot):
    n = raw.FPDFAnnot_GetFormFieldName(form, annot, None, 0)
    buf = ctypes.create_string_buffer(n)
    raw.FPDFAnnot_GetFormFieldName(form, annot, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buf.raw[:n - 2].decode("utf-16-le")


def main(src, out, assignments):
    values = dict(a.split("=", 1) for a in assignments)
    pdf = pdfium.PdfDocument(src)
    pdf.init_forms()
    form = pdf.formenv.raw
    typed = set()
    for page in pdf:
        for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, i)
            name = field_name(form, annot)
            if name in values:
                raw.FORM_SetFocusedAnnot(form, annot)
                raw.FORM_SelectAllText(form, page.raw)
                text = ctypes.create_string_buffer((values[name] + "\0").encode("utf-16-le"))
                raw.FORM_ReplaceSelection(form, page.raw, ctypes.cast(text, ctypes.POINTER(raw.FPDF_WCHAR)))
                raw.FORM_ForceToKillFocus(form)
                typed.add(name)
            raw.FPDFPage_CloseAnnot(annot)
    missing = set(values) - typed
    if missing:
        sys.exit("no such field: " + ", ".join(sorted(missing)))
    pdf.save(out, flags=0)
    print(pdfium.PDFIUM_INFO)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
