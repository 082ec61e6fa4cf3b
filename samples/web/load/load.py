#!/usr/bin/env python3
"""Load and attack test of the sample city application — a tool, not a unit test.

Starts the application jar on a loopback port with a bounded heap (default -Xmx512m) and
-XX:+ExitOnOutOfMemoryError, restarting it after an OOM exit as the documented restart policy
does, then reproduces the cases of issue 15 at the same time:

  * 50 parallel uploads of 19 MB (each with different leading bytes, so each has its own SHA-256),
  * 8 parallel object-stream bombs: a valid filled declaration plus an incremental update that
    moves one field dictionary into a flate /Type /ObjStm padded with 1 GiB of spaces (~1 MB sent),
  * 300 wrong logins (10 parallel),

while GET / is timed every 100 ms. Afterwards the application is stopped hard (SIGKILL) and
started again; once the restart sweep has run (read-limit + 2 minutes) every receipt must have a
final state and every stored SHA-256 must match what was sent. It reports receipts, refusals by
status, HTTP 5xx, p50/p99 of GET /, restarts and the peak RSS, and exits non-zero if a
"done-when" line of the issue is not met.

Every connection goes to 127.0.0.1 only; every loop is bounded. The clients are told apart by
X-Forwarded-For, as behind the city's proxy (the application runs with
server.forward-headers-strategy=native; loopback is a trusted proxy address).

Two more scenarios of issue 23 (--scenario):

  * slow: --slow connections (250) from one address, each sending an upload's headers and then one
    byte every 3 s for --slow-seconds (60), while GET / is timed every 100 ms; reports the answers
    the slow uploads got, HTTP 5xx and p50/p99 of GET / (done when: no 5xx, p99 < 2 s);
  * crash: --kills (20) rounds of two partners uploading filled declarations while the application
    is killed (SIGKILL) at a random moment; after each kill the H2 database (--db postgresql: a
    PostgreSQL server this script starts, Debian's package) is opened and every receipt a partner
    was shown must be stored with its SHA-256 (done when: 0 receipts lost).

Usage (from the repository root, after ./mvnw -pl samples/web -am package -DskipTests):
  python3 samples/web/load/load.py [--scenario attack|slow|crash] [--heap 512m]
      [--jar samples/web/target/...jar] [-- app args]
"""
import argparse
import glob
import hashlib
import http.client
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
META = re.compile(rb'<meta name="_csrf" content="([^"]+)"')
FIELD = re.compile(rb'name="_csrf" value="([^"]+)"')


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """The application process, restarted after an OOM exit (code 3), with its peak RSS."""

    def __init__(self, jar, heap, port, work, extra, uploads_per_client=5, database=None):
        datasource = database.args() if database else [
            "--spring.datasource.url=jdbc:h2:file:%s/db/netzwerk;AUTO_SERVER=TRUE" % work]
        self.cmd = ["java", "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar", jar,
                    "--server.port=%d" % port] + datasource + [
                    "--server.forward-headers-strategy=native",
                    "--netzwerk.web.intake.uploads-per-client=%d" % uploads_per_client] + extra
        self.port, self.work = port, work
        self.proc, self.restarts, self.peak_rss_kb, self.keep, self.generation = None, 0, 0, True, 0
        self.log = open(os.path.join(work, "app.log"), "ab")
        threading.Thread(target=self._supervise, args=(0,), daemon=True).start()

    def _start(self):
        self.proc = subprocess.Popen(self.cmd, cwd=self.work, stdout=self.log, stderr=subprocess.STDOUT)

    def _supervise(self, generation):
        self._start()
        while self.keep and generation == self.generation:
            code = self.proc.poll()
            if code is not None and self.keep and generation == self.generation:
                if code != 3:
                    print("application ended with exit code %d (see %s/app.log)" % (code, self.work))
                    self.keep = False
                    return
                self.restarts += 1
                self._start()
            try:
                with open("/proc/%d/status" % self.proc.pid) as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.peak_rss_kb = max(self.peak_rss_kb, int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.1)

    def wait_ready(self, limit=180):
        for _ in range(limit * 4):
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/")
                if c.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.25)
        sys.exit("application did not start (see %s/app.log)" % self.work)

    def kill(self):
        """A crash: SIGKILL, then the supervisor is told to start it again."""
        self.generation += 1
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        threading.Thread(target=self._supervise, args=(self.generation,), daemon=True).start()

    def stop(self):
        self.keep = False
        self.proc.terminate()
        self.proc.wait(30)


class Session:
    """One browser: cookies and the page's CSRF token."""

    def __init__(self, port, client):
        self.port, self.client, self.cookies = port, client, {}

    def request(self, method, path, body=None, headers=None, length=None, timeout=300):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = {"X-Forwarded-For": self.client, "Accept-Language": "de"}
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        h.update(headers or {})
        if length is not None:
            h["Content-Length"] = str(length)
        c.request(method, path, body=body, headers=h, encode_chunked=False)
        r = c.getresponse()
        data = r.read()
        for v in r.headers.get_all("Set-Cookie") or []:
            name, _, rest = v.partition("=")
            self.cookies[name] = rest.split(";")[0]
        c.close()
        return r.status, r.headers, data

    def token(self, path, pattern):
        status, _, page = self.request("GET", path)
        m = pattern.search(page)
        if not m:
            raise RuntimeError("no CSRF token on %s (HTTP %d)" % (path, status))
        return m.group(1).decode()


def upload(port, client, parts, size):
    """POST parts (an iterable of bytes) as the file; returns (status, receipt or None, body)."""
    s = Session(port, client)
    token = s.token("/erklaerung", META)
    head = (b"--b\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"e.pdf\"\r\n"
            b"Content-Type: application/pdf\r\n\r\n")
    tail = b"\r\n--b--\r\n"
    status, headers, body = s.request("POST", "/erklaerung", body=iter([head] + list(parts) + [tail]),
                                      headers={"Content-Type": "multipart/form-data; boundary=b",
                                               "X-CSRF-TOKEN": token},
                                      length=len(head) + size + len(tail))
    receipt = None
    if status == 302:
        receipt = headers["Location"].rsplit("/", 1)[1]
        try:
            s.request("GET", "/erklaerung/eingang/" + receipt, timeout=60)
        except OSError:
            pass  # the receipt number is what counts; the page may be lost in a restart
    return status, receipt, body


def bomb(filled, padding):
    """A filled declaration plus an incremental update that moves the organisation_name field
    dictionary into a flate object stream padded with `padding` spaces."""
    at = filled.index(b"/T (organisation_name)")
    start = filled.rindex(b" 0 obj", 0, at)
    num = int(filled[filled.rindex(b"\n", 0, start) + 1:start])
    body = filled[start + len(b" 0 obj"):filled.index(b"endobj", at)].strip()
    trailer = filled[filled.rindex(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    root = re.search(rb"/Root (\d+ \d+ R)", trailer).group(1)
    ident = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
    prev = int(re.search(rb"startxref\s+(\d+)", filled[-64:]).group(1))
    header = b"%d 0 " % num
    z = zlib.compressobj(9)
    data = [z.compress(header + body)]
    chunk = b" " * (1 << 20)
    for _ in range(padding >> 20):
        data.append(z.compress(chunk))
    data.append(z.flush())
    stream = b"".join(data)
    out = bytearray(filled)
    if not out.endswith(b"\n"):
        out += b"\n"
    objstm, xref = size, size + 1
    objstm_at = len(out)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            % (objstm, len(header), len(stream))) + stream + b"\nendstream\nendobj\n"
    xref_at = len(out)
    rows = bytes([2]) + objstm.to_bytes(4, "big") + (0).to_bytes(2, "big")
    rows += bytes([1]) + objstm_at.to_bytes(4, "big") + (0).to_bytes(2, "big")
    rows += bytes([1]) + xref_at.to_bytes(4, "big") + (0).to_bytes(2, "big")
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /Root %s /Prev %d /W [1 4 2] /Index [%d 1 %d 2] %s/Length %d >>\n"
            b"stream\n" % (xref, size + 2, root, prev, num, objstm,
                           (b"/ID " + ident.group(1) + b" ") if ident else b"", len(rows)))
    out += rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


class Postgres:
    """A PostgreSQL server of Debian's package in the working directory (as the tests' PostgresServer),
    run as the postgres user when this runs as root; fsync stays on: the application is killed, not
    the database server, and what it committed must survive as in production."""

    def __init__(self, work):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            sys.exit("PostgreSQL is not installed (apt-get install postgresql)")
        self.bin, self.dir, self.port = os.path.dirname(bins[-1]), os.path.join(work, "pg"), free_port()
        self.owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        os.makedirs(self.dir)
        if self.owner:
            shutil.chown(work, "postgres")
            shutil.chown(self.dir, "postgres", "postgres")
        self._pg("initdb", "-D", self.dir + "/db", "-A", "trust", "-U", "netzwerk", "-E", "UTF8")
        self._pg("pg_ctl", "-D", self.dir + "/db", "-l", self.dir + "/log", "-w", "-o",
                 "-p %d -k %s -c listen_addresses=127.0.0.1" % (self.port, self.dir), "start")

    def _pg(self, tool, *args):
        return subprocess.run(self.owner + [os.path.join(self.bin, tool)] + list(args), capture_output=True,
                              text=True, check=True).stdout

    def args(self):
        return ["--spring.datasource.url=jdbc:postgresql://127.0.0.1:%d/postgres" % self.port,
                "--spring.datasource.username=netzwerk", "--spring.datasource.password="]

    def query(self, sql):
        out = self._pg("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "netzwerk", "-d", "postgres",
                       "-A", "-t", "-F", " | ", "-c", sql)
        return [line.split(" | ") for line in out.splitlines() if line.strip()]

    def stop(self):
        self._pg("pg_ctl", "-D", self.dir + "/db", "-m", "fast", "stop")


def h2_query(work, sql):
    jar = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/h2database/h2/*/h2-*.jar")))[-1]
    url = "jdbc:h2:file:%s/db/netzwerk;AUTO_SERVER=TRUE" % work
    out = subprocess.run(["java", "-cp", jar, "org.h2.tools.Shell", "-url", url, "-user", "sa", "-password", "",
                          "-sql", sql], capture_output=True, text=True, check=True).stdout
    return [line.split(" | ") for line in out.splitlines()[1:] if " | " in line or line.strip()
            and not line.startswith("(")]


def percentiles(latencies):
    """@return p50, p99 and the maximum of the latencies"""
    lat = sorted(latencies)
    return lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], lat[-1]


def timed_gets(port, latencies, failures, running):
    """GET / every 100 ms while running[0]; records latencies and failures."""
    while running[0]:
        t = time.monotonic()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            c.request("GET", "/")
            status = c.getresponse().status
            c.close()
            if status != 200:
                failures.append(status)
        except OSError as e:
            failures.append(type(e).__name__)
        latencies.append(time.monotonic() - t)
        time.sleep(0.1)


def slow_scenario(a, work):
    """Many slow uploads from one address while GET / is timed."""
    port = free_port()
    app = App(a.jar, a.heap, port, work, a.app_args)
    app.wait_ready()
    print("application up on 127.0.0.1:%d; %d slow uploads from one address for %d s"
          % (port, a.slow, a.slow_seconds))
    latencies, failures, running = [], [], [True]
    answers, lock = {}, threading.Lock()

    def slow(i):
        status = "no answer"
        try:
            token = Session(port, "10.4.0.1").token("/erklaerung", META)
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(("POST /erklaerung HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.4.0.1\r\n"
                       "X-CSRF-TOKEN: %s\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                       "Content-Length: 20000000\r\n\r\n" % token).encode())
            s.setblocking(False)
            deadline = time.monotonic() + a.slow_seconds
            while time.monotonic() < deadline:  # bounded: one byte every 3 s until the deadline
                try:
                    head = s.recv(64)
                    if head:
                        status = int(head.split()[1])
                        break
                    status = "closed"
                    break
                except BlockingIOError:
                    pass
                try:
                    s.send(b"x")
                except OSError:
                    status = "closed"
                    break
                time.sleep(3)
            s.close()
        except (OSError, ValueError, IndexError) as e:
            status = type(e).__name__
        with lock:
            answers[status] = answers.get(status, 0) + 1

    prober = threading.Thread(target=timed_gets, args=(port, latencies, failures, running), daemon=True)
    prober.start()
    with ThreadPoolExecutor(max_workers=a.slow) as pool:
        list(pool.map(slow, range(a.slow)))
    machine = os.getloadavg()
    running[0] = False
    prober.join()
    app.stop()
    p50, p99, worst = percentiles(latencies)
    print("  slow uploads answered: %s" % ", ".join("%s × %d" % kv for kv in sorted(answers.items(), key=str)))
    print("  GET / during them: %d requests, p50 %.3f s, p99 %.3f s, max %.3f s, failed %d; "
          "load average %.1f / %.1f / %.1f" % ((len(latencies), p50, p99, worst, len(failures)) + machine))
    bad = ["slow upload got HTTP %s" % s for s in answers if isinstance(s, int) and s >= 500]
    bad += ["GET / failed: %s" % f for f in set(map(str, failures))]
    if p99 >= 2:
        bad.append("GET / p99 %.2f s" % p99)
    return bad


def crash_scenario(a, work):
    """Uploads while the application is killed at random moments; no receipt may be lost."""
    with open(os.path.join(work, "filled.pdf"), "rb") as f:
        filled = f.read()
    shown, lock, bad = {}, threading.Lock(), []
    database = Postgres(work) if a.db == "postgresql" else None
    for round_ in range(a.kills):
        port = free_port()
        app = App(a.jar, a.heap, port, work, a.app_args, uploads_per_client=100000, database=database)
        app.wait_ready()
        running = [True]

        def partner(n):
            for i in range(10_000):  # bounded; ends with the kill
                if not running[0]:
                    return
                body = filled + b"\n%% partner %d upload %d round %d\n" % (n, i, round_)
                try:
                    status, receipt, _ = upload(port, "10.5.0.%d" % (n + 1), [body], len(body))
                except OSError:
                    return
                if receipt:
                    with lock:
                        shown[receipt] = hashlib.sha256(body).hexdigest()

        partners = [threading.Thread(target=partner, args=(n,), daemon=True) for n in range(2)]
        for t in partners:
            t.start()
        time.sleep(random.uniform(1, 6))
        app.keep = False
        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait()
        running[0] = False
        for t in partners:
            t.join(60)
        sql = "SELECT receipt, sha256 FROM received_declaration"
        rows = database.query(sql) if database else h2_query(work, sql)
        stored = {r[0].strip(): r[1].strip() for r in rows if len(r) == 2}
        lost = [r for r, sha in shown.items() if stored.get(r) != sha]
        print("  kill %2d: %d receipts shown so far, %d lost" % (round_ + 1, len(shown), len(lost)))
        bad += ["receipt %s lost after kill %d" % (r, round_ + 1) for r in lost]
    if database:
        database.stop()
    print("  %d kills on %s, %d receipts shown, %d lost; load average %.1f / %.1f / %.1f"
          % ((a.kills, a.db, len(shown), len(set(b.split()[1] for b in bad))) + os.getloadavg()))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jar", default=os.path.join(ROOT, "samples/web/target/netzwerk-web-sample-0.1.0.jar"))
    ap.add_argument("--heap", default="512m")
    ap.add_argument("--uploads", type=int, default=50)
    ap.add_argument("--upload-mb", type=int, default=19)
    ap.add_argument("--bombs", type=int, default=8)
    ap.add_argument("--bomb-padding-mb", type=int, default=1024)
    ap.add_argument("--logins", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the working directory")
    ap.add_argument("--scenario", choices=["attack", "slow", "crash"], default="attack")
    ap.add_argument("--slow", type=int, default=250, help="slow connections (scenario slow)")
    ap.add_argument("--slow-seconds", type=int, default=60)
    ap.add_argument("--kills", type=int, default=20, help="SIGKILLs (scenario crash)")
    ap.add_argument("--db", choices=["h2", "postgresql"], default="h2",
                    help="database of scenario crash: the H2 file (default) or a PostgreSQL server started here")
    ap.add_argument("app_args", nargs="*", help="after --: more arguments for the application")
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix="netzwerk-load-")
    filled_path = os.path.join(work, "filled.pdf")
    subprocess.run([os.path.join(ROOT, "netzwerk"), "form", "fill", "-o", filled_path,
                    os.path.join(ROOT, "samples/data/declaration-entry.json")], check=True)
    if a.scenario != "attack":
        bad = slow_scenario(a, work) if a.scenario == "slow" else crash_scenario(a, work)
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
        if bad:
            print("\nNOT MET:\n  " + "\n  ".join(sorted(set(bad))[:30]))
            sys.exit(1)
        print("\nall done-when checks met")
        return
    with open(filled_path, "rb") as f:
        the_bomb = bomb(f.read(), a.bomb_padding_mb << 20)
    print("bomb: %d bytes sent, %d MiB when its object stream is inflated" % (len(the_bomb), a.bomb_padding_mb))

    port = free_port()
    app = App(a.jar, a.heap, port, work, a.app_args)
    app.wait_ready()
    print("application up on 127.0.0.1:%d with -Xmx%s" % (port, a.heap))

    latencies, failures_root, probing = [], [], [True]

    big = os.urandom(a.upload_mb << 20)
    sent = {}  # receipt -> sha256
    results = []
    lock = threading.Lock()

    def big_upload(i):
        prefix = b"%%PDF-1.7\n%% upload %06d\n" % i
        digest = hashlib.sha256(prefix + big[len(prefix):]).hexdigest()
        try:
            status, receipt, body = upload(port, "10.1.%d.%d" % (i // 250, i % 250 + 1),
                                           [prefix, memoryview(big)[len(prefix):]], len(big))
        except OSError as e:
            status, receipt, body = type(e).__name__, None, b""
        with lock:
            results.append(("upload", status, body))
            if receipt:
                sent[receipt] = digest

    def bomb_upload(i):
        try:
            status, receipt, body = upload(port, "10.2.0.%d" % (i + 1), [the_bomb], len(the_bomb))
        except OSError as e:
            status, receipt, body = type(e).__name__, None, b""
        with lock:
            results.append(("bomb", status, body))
            if receipt:
                sent[receipt] = hashlib.sha256(the_bomb).hexdigest()

    def wrong_login(i):
        s = Session(port, "10.3.0.%d" % (i % 10 + 1))
        try:
            token = s.token("/anmelden", FIELD)
            form = urllib.parse.urlencode({"username": "koordination", "password": "falsch-%d" % i, "_csrf": token})
            status, _, body = s.request("POST", "/anmelden", body=form.encode(),
                                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        except (OSError, RuntimeError) as e:
            status, body = type(e).__name__, b""
        with lock:
            results.append(("login", status, body))

    prober = threading.Thread(target=timed_gets, args=(port, latencies, failures_root, probing), daemon=True)
    prober.start()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=a.uploads + a.bombs + 10) as pool:
        # the bombs first: else the big uploads fill the reading queue and the bombs are refused unread
        jobs = [pool.submit(bomb_upload, i) for i in range(a.bombs)]
        time.sleep(1)
        jobs += [pool.submit(big_upload, i) for i in range(a.uploads)]
        with ThreadPoolExecutor(max_workers=10) as logins:
            list(logins.map(wrong_login, range(a.logins)))
        for j in jobs:
            j.result()
    duration = time.monotonic() - started
    machine = os.getloadavg()
    time.sleep(5)
    probing[0] = False
    prober.join()
    after = []  # what a partner sees once the attack is over: 100 × GET /, one every 100 ms
    for _ in range(100):
        t = time.monotonic()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            c.request("GET", "/")
            c.getresponse().read()
            c.close()
        except OSError:
            pass
        after.append(time.monotonic() - t)
        time.sleep(0.1)

    print("\nload finished in %.0f s; %d restarts after OutOfMemoryError; machine load average %.1f / %.1f / %.1f"
          % ((duration, app.restarts) + machine))
    bad = []
    for kind in ("upload", "bomb", "login"):
        statuses = {}
        for k, status, body in results:
            if k == kind:
                statuses[status] = statuses.get(status, 0) + 1
        print("  %-7s %s" % (kind, ", ".join("%s × %d" % (s, n) for s, n in sorted(statuses.items(), key=str))))
        for k, status, body in results:
            if k != kind:
                continue
            if kind != "login" and status not in (302, 413, 429):
                bad.append("%s got %s" % (kind, status))
            if status in (413, 429) and not re.search(rb"(wurde nicht angenommen|Anmeldeversuche)", body):
                bad.append("%s %s without the German message" % (kind, status))
            if isinstance(status, int) and status >= 500:
                bad.append("%s got HTTP %d" % (kind, status))
    print("  receipts issued: %d; HTTP 5xx: %d" % (len(sent), sum(1 for _, status, _ in results
                                                                  if isinstance(status, int) and status >= 500)))
    p50, p99, worst = percentiles(latencies)
    print("  GET / during the load: %d requests, p50 %.3f s, p99 %.3f s, max %.3f s, failed %d"
          % (len(latencies), p50, p99, worst, len(failures_root)))
    if p99 >= 2:
        bad.append("GET / p99 %.2f s" % p99)
    p50, p99, worst = percentiles(after)
    print("  GET / after the load: %d requests, p50 %.3f s, p99 %.3f s, max %.3f s" % (len(after), p50, p99, worst))
    if p99 >= 2:
        bad.append("GET / after the load p99 %.2f s" % p99)

    print("\ncrash and restart: SIGKILL, start again, wait for the sweep (read-limit + 2 minutes)")
    app.kill()
    app.wait_ready()
    time.sleep(150)
    app.wait_ready()  # resumed files may have crashed it again (one restart per bomb with a reader that OOMs)
    rows = h2_query(work, "SELECT receipt, sha256, status, COALESCE(reason, '-') FROM received_declaration")
    stored = {r[0].strip(): (r[1].strip(), r[2].strip(), r[3].strip()) for r in rows if len(r) == 4}
    states = {}
    for receipt, (sha, status, reason) in stored.items():
        key = status + ("/" + reason if reason != "-" else "")
        states[key] = states.get(key, 0) + 1
    print("  final states: %s" % ", ".join("%s × %d" % kv for kv in sorted(states.items())))
    for receipt, digest in sent.items():
        if receipt not in stored:
            bad.append("receipt %s not stored" % receipt)
        elif stored[receipt][0] != digest:
            bad.append("receipt %s: stored SHA-256 differs" % receipt)
        elif stored[receipt][1] == "STORED":
            bad.append("receipt %s without final state" % receipt)
    app.wait_ready()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    t = time.monotonic()
    c.request("GET", "/")
    print("  GET / after the restart: HTTP %d in %.3f s" % (c.getresponse().status, time.monotonic() - t))
    print("  peak RSS of the application: %d MB; restarts in all: %d" % (app.peak_rss_kb // 1024, app.restarts))
    app.stop()
    if a.keep:
        print("  working directory kept: " + work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    if bad:
        print("\nNOT MET:\n  " + "\n  ".join(sorted(set(bad))[:30]))
        sys.exit(1)
    print("\nall done-when checks met")


if __name__ == "__main__":
    main()
