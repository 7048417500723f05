#!/usr/bin/env python3
"""Datasette over the store that `blotter run --db` writes: full-text `_search` with an entity filter must find
the seed article. Starts Datasette on 127.0.0.1 (a free port), asks its JSON API, stops it by process id.

Usage: test_datasette.py BLOTTER_BINARY   (run from the repository root; needs `datasette` on PATH)
Prints "N passed, M failed" last; exits non-zero on any failure.
"""
import atexit
import json
import os
import socket
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, params):
    url = f"http://127.0.0.1:{port}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def main():
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="blotter-datasette-")
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    db = os.path.join(work, "blotter.sqlite")
    subprocess.run([binary, "run", "corpus", "--db", db, "--out", os.devnull, "--no-progress"], check=True)
    port = free_port()
    server = subprocess.Popen(["datasette", "serve", db, "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    passed = failed = 0
    try:
        for _ in range(100):  # up to 10 s for the server to come up
            try:
                get(port, "/-/versions.json", {})
                break
            except OSError:
                time.sleep(0.1)
        checks = []
        # 1. Datasette sees documents_fts as the FTS table of documents: _search works.
        rows = get(port, "/blotter/documents.json", {"_search": "Malthouse", "_shape": "array"})
        checks.append(("_search finds the seed article",
                       [r["title"] for r in rows] == ["Malthouse sees impact of new tech on crime first-hand"]))
        # 2. _search with an entity filter (documents that mention Bedfordshire Police).
        rows = get(port, "/blotter/documents.json", {
            "_search": "funding", "_shape": "array",
            "_where": "doc in (select doc from entities where type = 'force' and canonical = 'bedfordshire')"})
        checks.append(("_search with an entity filter", len(rows) == 1 and "Malthouse" in rows[0]["title"]))
        rows = get(port, "/blotter/documents.json", {
            "_search": "funding", "_shape": "array",
            "_where": "doc in (select doc from entities where type = 'force' and canonical = 'fbi')"})
        checks.append(("the entity filter excludes other documents", rows == []))
        # 3. The analyst views are there.
        rows = get(port, "/blotter/operations.json", {"_shape": "array"})
        checks.append(("operations view", "Operation Venetic" in {r["operation"] for r in rows}))
        for name, ok in checks:
            print(("ok   " if ok else "FAIL ") + name)
            passed, failed = passed + ok, failed + (not ok)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
