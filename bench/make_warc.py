#!/usr/bin/env python3
"""Writes a WARC file of at least SIZE_MB megabytes made from the development pages (each page repeated under
new URIs and record ids), for memory and throughput benchmarks. Nothing is kept in memory but one record.

Usage: make_warc.py SIZE_MB OUT.warc[.gz] [PAGES_DIR] [--unique]   (default pages: ../shared/data/extraction/*/html)
--unique: each copy's first paragraph gets a sentence naming the copy, so every record's main text differs (the
worst case for the duplicate table, which then remembers one entry per record).
"""
import glob
import gzip
import os
import sys
import uuid


def main():
    unique = "--unique" in sys.argv
    sys.argv = [argument for argument in sys.argv if argument != "--unique"]
    size = int(sys.argv[1]) * 1_000_000
    out = sys.argv[2]
    pattern = os.path.join(sys.argv[3], "*.html") if len(sys.argv) > 3 else "../shared/data/extraction/*/html/*.html"
    pages = sorted(glob.glob(pattern))
    compress = out.endswith(".gz")
    written = 0
    copy = 0
    with open(out, "wb") as handle:
        while written < size:
            for page in pages:
                body = open(page, "rb").read()
                if unique:
                    body = body.replace(b"</p>", b" This is copy %d of the page.</p>" % copy, 1)
                uri = f"https://bench.example/{copy}/{os.path.basename(page)}"
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
                head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>\r\n"
                        f"WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
                        f"Content-Length: {len(http)}\r\n\r\n").encode()
                data = head + http + b"\r\n\r\n"
                if compress:
                    data = gzip.compress(data, compresslevel=1)
                handle.write(data)
                written += len(data)
                if written >= size:
                    break
            copy += 1
    print(f"{out}: {written / 1_000_000:.0f} MB")


if __name__ == "__main__":
    main()
