"""A client of the Netzwerk HTTP API that knows nothing but its OpenAPI description.

Written against the description alone, in the Python standard library plus pypdf (a real PDF
client that fills the form, as a city's script would): no code of the Netzwerk project is used.
It finds every operation by its operationId, takes the path, method, media types and the scope
from the description, and picks the key whose scopes cover the operation.

usage: python3 api_client.py OPENAPI_URL KEY=SCOPE[,SCOPE...] ...   (pypdf == 6.19.0, see .ci/run)
Prints one line per step; exits 1 with the reason on the first step that does not do what the
description promises.
"""
import datetime
import io
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

from pypdf import PdfReader, PdfWriter

ORGANISATION = "Sprachtreff Süd e. V."


class Api:
    def __init__(self, description_url, keys):
        self.description = json.load(urllib.request.urlopen(description_url))
        server = self.description.get("servers", [{"url": "/"}])[0]["url"]
        self.base = urllib.parse.urljoin(description_url, server)
        self.keys = keys
        self.operations = {}
        for path, item in self.description["paths"].items():
            for method, op in item.items():
                self.operations[op["operationId"]] = (method.upper(), path, op)

    def key_for(self, op):
        wanted = [set(scopes) for req in op.get("security", []) for scopes in req.values()]
        if not wanted:
            return None
        for key, scopes in self.keys.items():
            if any(w <= scopes for w in wanted):
                return key
        raise SystemExit("no key has the scopes %s of %s" % (wanted, op["operationId"]))

    def call(self, operation_id, body=None, path_params=None, query=None):
        method, path, op = self.operations[operation_id]
        for name, value in (path_params or {}).items():
            path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
        url = urllib.parse.urljoin(self.base, path.lstrip("/"))
        if query:
            url += "?" + urllib.parse.urlencode(query)
        request = urllib.request.Request(url, data=body, method=method)
        if body is not None:
            content = op["requestBody"]["content"]
            request.add_header("Content-Type", next(iter(content)))
        key = self.key_for(op)
        if key:
            request.add_header("Authorization", "Bearer " + key)
        try:
            with urllib.request.urlopen(request) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()


def expect(condition, message):
    if not condition:
        print("FAILED: " + message)
        sys.exit(1)


def fill(blank):
    """Fills the form as a partner's tool does: pypdf, no appearance regeneration."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    today = datetime.date.today().strftime("%d.%m.%Y")
    values = {
        "request": "/entry", "organisation_name": ORGANISATION, "organisation_street": "Halberstädter Str. 100",
        "organisation_postal_code": "39112", "organisation_city": "Magdeburg", "list_on_portal": "/Yes",
        "last_name": "Yılmaz", "first_name": "Şükrü", "function": "Vorstand", "phone": "0391 123456",
        "email": "s.yilmaz@sprachtreff.example", "wg_language": "/Yes", "place": "Magdeburg", "date": today,
        "signatory_name": "Şükrü Yılmaz",
    }
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def partner_flow(api):
    status, headers, blank = api.call("blankDeclaration")
    expect(status == 200 and blank.startswith(b"%PDF-"), "blank form: %s" % status)
    filled = fill(blank)
    status, headers, body = api.call("validateDeclaration", body=filled)
    expect(status == 200, "validation: %s %s" % (status, body[:300]))
    reading = json.loads(body)
    errors = [f for f in reading["findings"] if f["severity"] == "ERROR"]
    expect(not errors, "validation found errors: %s" % errors)
    expect(reading["declaration"]["organisation"]["name"] == ORGANISATION, "organisation read back: %s"
           % reading["declaration"]["organisation"])
    expect(reading["declaration"]["workingGroups"] == ["language"], "groups: %s" % reading["declaration"])
    print("partner: validated, %d findings, signature %s" % (len(reading["findings"]), reading["signature"]))
    status, headers, body = api.call("submitDeclaration", body=filled)
    expect(status == 202, "submit: %s %s" % (status, body[:300]))
    receipt = json.loads(body)
    expect(receipt["status"] == "READ", "submitted declaration not read: %s" % receipt)
    print("partner: submitted, receipt %s" % receipt["receipt"])
    status, headers, body = api.call("validateDeclaration", body=b"not a form")
    expect(status == 422 and headers.get("Content-Type") == "application/problem+json",
           "a file that is no PDF: %s %s" % (status, headers.get("Content-Type")))
    print("partner: a file that is no PDF gives problem %s" % json.loads(body)["reason"])
    return receipt["receipt"]


def coordinator_flow(api, receipt):
    status, headers, body = api.call("applyDeclaration", path_params={"receipt": receipt},
                                     query={"effective": datetime.date.today().isoformat()})
    expect(status == 200, "apply: %s %s" % (status, body[:300]))
    print("coordinator: applied %s" % receipt)
    meeting = {
        "id": "sprache-python-1", "kind": "WORKING_GROUP", "groupId": "language",
        "title": "Sitzung der AG Sprache", "start": (datetime.date.today() + datetime.timedelta(days=30))
        .isoformat() + "T16:00:00", "end": "18:00:00", "place": "Rathaus Magdeburg",
        "agenda": [{"title": "Begrüßung", "description": "", "presenter": ""}], "guests": [],
    }
    status, headers, sheet = api.call("attendanceSheet", body=json.dumps(meeting).encode("utf-8"))
    expect(status == 200 and sheet.startswith(b"%PDF-"), "attendance sheet: %s %s" % (status, sheet[:300]))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet)).pages)
    # a table cell may wrap the name: compared without white space
    expect("".join(ORGANISATION.split()) in "".join(text.split()),
           "the new partner is not on the attendance sheet: %r" % text[:600])
    print("coordinator: attendance sheet lists %s" % ORGANISATION)


def main(url, key_args):
    keys = {}
    for arg in key_args:
        key, scopes = arg.split("=", 1)
        keys[key] = set(scopes.split(","))
    api = Api(url, keys)
    expect(api.description["openapi"].startswith("3.1"), "not OpenAPI 3.1: %s" % api.description["openapi"])
    coordinator_flow(api, partner_flow(api))
    print("OK")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
