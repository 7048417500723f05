#!/usr/bin/env python3
"""Blotter's archive reader against warcio (PyPI `warcio`, the Webrecorder reader) on the real WARC and ARC files
of ../shared/data/warc (written by warcio, resiliparse, webarchive-commons, jwat and pywb).

Checks, per file: every HTML page warcio reads (a 2xx `response` with an HTML type, or an HTML `resource`) is a
record (same WARC-Record-ID; for ARC, same URL and capture date); no error entry unless warcio finds a damaged
record in the file or cannot read it; ARC records carry their own URL and capture date; no crash.
Usage: test_archives.py BLOTTER_BINARY   (run from the repository root). Skipped when ../shared/data is absent.
Prints "N passed, M failed" last; exits non-zero on any failure.
"""
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

from warcio.archiveiterator import ArchiveIterator

FIXTURES = os.path.join("..", "shared", "data", "warc")
PAGE_TYPES = ("text/html", "application/xhtml+xml")


def warcio_view(path):
    """(pages as keys, whether a record is damaged or the file cannot be read)."""
    pages, damaged = set(), False
    is_arc = ".arc" in os.path.basename(path)
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle, arc2warc=True):
                headers = record.http_headers
                raw = record.raw_stream.read()
                if (headers.total_len if headers else 0) + len(raw) < (record.length or 0):
                    damaged = True
                if record.rec_type == "response" and headers is not None:
                    status = headers.get_statuscode() or ""
                    kind = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                    is_page = status.startswith("2") and kind in PAGE_TYPES
                elif record.rec_type == "resource":
                    is_page = (record.rec_headers.get_header("Content-Type") or "").split(";")[0].strip().lower() in PAGE_TYPES
                else:
                    is_page = False
                if is_page:
                    if is_arc:
                        pages.add((record.rec_headers.get_header("WARC-Target-URI"), record.rec_headers.get_header("WARC-Date")))
                    else:
                        pages.add(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
    except Exception:
        damaged = True  # warcio gives up on the file (whole-file gzip, missing blank lines, a truncated ARC)
    return pages, damaged


def main():
    binary = sys.argv[1]
    if not os.path.isdir(FIXTURES):
        print("test_archives: ../shared/data/warc not found, skipped")
        return 0
    passed = failed = 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name} {detail}")

    work = tempfile.mkdtemp(prefix="blotter-archives-")
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    for name in sorted(os.listdir(FIXTURES)):
        if ".warc" not in name and ".arc" not in name:
            continue
        path = os.path.join(FIXTURES, name)
        errors_path = os.path.join(work, "errors.jsonl")
        run = subprocess.run([binary, "run", path, "--stages", "extract", "--out", "-", "--errors", errors_path, "--no-progress"],
                             capture_output=True, text=True)
        check(f"{name}: no crash", run.returncode in (0, 1), f"status {run.returncode}: {run.stderr[-300:]}")
        records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        errors = [json.loads(line) for line in open(errors_path)] if os.path.exists(errors_path) else []
        pages, damaged = warcio_view(path)
        if ".arc" in name:
            found = {(r["source"]["url"], r["source"]["captured"]) for r in records}
            check(f"{name}: ARC records carry their URL and date", all(r["source"]["url"] and r["source"]["captured"] for r in records))
        else:
            found = {r["id"] for r in records}
        missing = pages - found
        check(f"{name}: every page warcio reads is a record", not missing, f"missing {sorted(missing)[:3]}")
        check(f"{name}: no error entry for valid records", damaged or not errors, f"{[e['error'] for e in errors][:2]}")
        print(f"{name}: warcio {len(pages)} pages{' (damaged)' if damaged else ''}; blotter {len(records)} records, {len(errors)} errors")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
