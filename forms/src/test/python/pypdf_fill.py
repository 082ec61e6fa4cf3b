"""Fills form fields the way a city's script or a partner's tool does with pypdf 6.x
(PdfWriter.update_page_form_field_values on every page, no appearance regeneration).

usage: python3 pypdf_fill.py IN.pdf OUT.pdf FIELD=VALUE ...   (pypdf == 6.19.0, see .ci/run)
A button's value is given as pypdf's users give it: "/change", "/Yes", "/Off".
Prints pypdf's version on stdout.
"""
import sys

import pypdf
from pypdf import PdfReader, PdfWriter


def main(src, out, assignments):
    values = dict(a.split("=", 1) for a in assignments)
    writer = PdfWriter(clone_from=PdfReader(src))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.write(out)
    print(pypdf.__version__)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
