#!/usr/bin/env python3
"""The analyst workspace in a real browser: builds a store from corpus/, serves it with Datasette and
explore/metadata.yml on 127.0.0.1 (a free port), and checks
  - /-/metadata.json lists the canned queries;
  - each canned query answers, and seizures_by_force_month gives the expected rows for corpus/;
  - headless Chromium renders the `blotter` dashboard: every Vega-Lite chart drew (a canvas or SVG inside
    each chart's container) and a screenshot is written and is not blank.

Usage: test_dashboard.py BLOTTER_BINARY [SCREENSHOT.png]   (run from the repository root; needs `datasette`
with datasette-dashboards on PATH and `chromium`). Prints "N passed, M failed" last; exits non-zero on any failure.
"""
import atexit
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zlib

CANNED = ["seizures_by_force_month", "force_timeline", "operations_with_forces", "people_roles_forces",
          "figures_above", "mentions_by_month"]
CHARTS = ["force-mentions", "seized-mass", "seized-cash", "top-operations", "people-by-role"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, params=None):
    url = f"http://127.0.0.1:{port}{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.loads(response.read())


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def png_is_blank(path):
    """True when the PNG is missing, tiny, or one colour (decodes 8-bit RGB/RGBA PNGs with zlib only)."""
    if not os.path.isfile(path) or os.path.getsize(path) < 2000:
        return True
    with open(path, "rb") as f:
        data = f.read()
    pos, idat, width, height, colour = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    channels = {2: 3, 6: 4}.get(colour, 1)
    stride = width * channels + 1
    # Sample the filter-stripped bytes of a few hundred rows: more than a handful of distinct values = not blank.
    values = set()
    for row in range(0, height, max(1, height // 200)):
        values.update(raw[row * stride + 1:(row + 1) * stride:37])
        if len(values) > 16:
            return False
    return True


def main():
    binary = sys.argv[1]
    screenshot = sys.argv[2] if len(sys.argv) > 2 else None
    work = tempfile.mkdtemp(prefix="blotter-dashboard-")
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    db = os.path.join(work, "blotter.sqlite")
    subprocess.run([binary, "run", "corpus", "--db", db, "--out", os.path.join(work, "records.jsonl"),
                    "--no-progress"], check=True)
    port = free_port()
    server = subprocess.Popen(["datasette", "serve", db, "-m", "explore/metadata.yml",
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    checks = []
    try:
        for _ in range(200):  # up to 20 s for the server to come up
            try:
                get(port, "/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        metadata = get(port, "/-/metadata.json")
        queries = metadata.get("databases", {}).get("blotter", {}).get("queries", {})
        checks.append(("metadata lists the canned queries", all(q in queries for q in CANNED)))
        dashboards = metadata.get("plugins", {}).get("datasette-dashboards", {})
        checks.append(("metadata holds the blotter dashboard", "blotter" in dashboards))

        params = {"force": "", "of": "", "operation": "", "person": "", "kind": "money", "value": "0"}
        for name in CANNED:
            wanted = {p: params[p] for p in queries.get(name, {}).get("params", []) if p in params}
            if name == "force_timeline":
                wanted = {"force": "hampshire"}
            try:
                rows = get(port, f"/blotter/{name}.json", {**wanted, "_shape": "array"})
                checks.append((f"canned query {name} answers", isinstance(rows, list) and len(rows) > 0))
            except OSError as error:
                checks.append((f"canned query {name} answers ({error})", False))

        # The seizures query on corpus/: the press release's $68,000 under each of its three agencies, and the
        # Hampshire page's money in March 2024.
        rows = get(port, "/blotter/seizures_by_force_month.json", {"force": "", "of": "", "_shape": "array"})
        usd = {(r["name"], r["month"], r["total"]) for r in rows if r["unit"] == "USD"}
        checks.append(("seizures: the press release's $68,000 under its force, June 2025",
                       ("Riverton Police Department", "2025-06", 68000.0) in usd))
        gbp = [r for r in rows if r["force"] == "hampshire" and r["kind"] == "money"]
        checks.append(("seizures: Hampshire's money in 2024-03 in GBP",
                       len(gbp) == 1 and gbp[0]["month"] == "2024-03" and gbp[0]["unit"] == "GBP" and gbp[0]["total"] > 0))
        rows = get(port, "/blotter/force_timeline.json", {"force": "Hampshire Constabulary", "_shape": "array"})
        checks.append(("timeline by full name", [(r["month"], r["documents"]) for r in rows] == [("2024-03", 1)]))

        browser = chromium()
        if browser is None:
            checks.append(("chromium is installed (apt-get install chromium)", False))
        else:
            url = f"http://127.0.0.1:{port}/-/dashboards/blotter"
            base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", "--window-size=1280,1900", "--virtual-time-budget=15000",
                    f"--user-data-dir={os.path.join(work, 'chromium')}"]
            dom = subprocess.run(base + ["--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
            # vega-embed draws into each chart's container (<div id="chart-NAME">): a <canvas> (its default
            # renderer) or an <svg>. The DOM is cut at each container, so a chart's part runs to the next one.
            parts = {}
            for piece in re.split(r'(?=<div id="chart-)', dom):
                match = re.match(r'<div id="chart-([a-z-]+)"', piece)
                if match:
                    parts[match.group(1)] = piece
            for chart in CHARTS:
                block = parts.get(chart, "")
                checks.append((f"chart {chart} rendered", "<canvas" in block or "<svg" in block))
            shot = screenshot or os.path.join(work, "dashboard.png")
            subprocess.run(base + [f"--screenshot={shot}", url], capture_output=True, timeout=120)
            checks.append(("dashboard screenshot is not blank", not png_is_blank(shot)))
    finally:
        server.terminate()
        server.wait(timeout=10)
    passed = failed = 0
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
        passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
