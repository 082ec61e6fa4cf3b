"""Fills a form with Poppler, the engine of Evince, Okular and most Linux desktop viewers, through
its GLib form-field API (gir1.2-poppler-0.18, python3-gi: Debian's /usr/bin/python3), and saves as
those viewers save: Poppler appends an incremental update.

usage: /usr/bin/python3 fill.py IN.pdf OUT.pdf FIELD=VALUE ... FIELD@on ... FIELD@X,Y ...
  FIELD=VALUE  sets the text field FIELD
  FIELD@on     ticks the check box FIELD
  FIELD@X,Y    selects the radio button of FIELD whose widget contains the point X,Y (PDF points,
               origin bottom left), as a click there would
Prints Poppler's version on stdout.
"""
import os
import sys

import gi

gi.require_version("Poppler", "0.18")
from gi.repository import Poppler  # noqa: E402


def contains(area, x, y, height):
    xs = (min(area.x1, area.x2), max(area.x1, area.x2))
    ys = (min(area.y1, area.y2), max(area.y1, area.y2))
    # the mapping's area may count y from the top or from the bottom: a click is at either
    return xs[0] <= x <= xs[1] and (ys[0] <= y <= ys[1] or ys[0] <= height - y <= ys[1])


def main(src, out, assignments):
    texts = dict(a.split("=", 1) for a in assignments if "=" in a)
    clicks = [a.split("@", 1) for a in assignments if "=" not in a]
    doc = Poppler.Document.new_from_file("file://" + os.path.abspath(src), None)
    done = set()
    for i in range(doc.get_n_pages()):
        page = doc.get_page(i)
        height = page.get_size()[1]
        for mapping in page.get_form_field_mapping():
            field = mapping.field
            name = field.get_name()
            if name in texts and field.get_field_type() == Poppler.FormFieldType.TEXT:
                field.text_set_text(texts[name])
                done.add(name)
            for click_name, where in clicks:
                if click_name != name or field.get_field_type() != Poppler.FormFieldType.BUTTON:
                    continue
                if where == "on" or contains(mapping.area, *map(float, where.split(",")), height):
                    field.button_set_state(True)
                    done.add(name + "@" + where)
    missing = (set(texts) | {n + "@" + w for n, w in clicks}) - done
    if missing:
        sys.exit("no such field: " + ", ".join(sorted(missing)))
    doc.save("file://" + os.path.abspath(out))
    print("Poppler " + Poppler.get_version())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
