#!/usr/bin/env python3
"""WARC mutation fuzzing for blotter's archive reader (bounded time, seeded, no dependencies).

Seeds: the real WARC files of ../shared/data/warc (decompressed to plain WARC) and WARC files built here.
Each round mutates one seed (byte flips, a run of garbage, a Content-Length or chunk size rewritten, a range
cut out or repeated, the file truncated), writes it plain and gzipped per record, and runs
`blotter run DIR --stages extract` over a batch of such files. Checks:
  - no crash (a signal or an exit status other than 0/1) and no hang (the batch's time limit);
  - no record lost without an error entry: every page record of the seed whose bytes the mutation did not
    touch comes out as a record with its id; when one does not, the file must have at least one error entry.
Usage: fuzz_warc.py BLOTTER_BIN [--seconds 120] [--seed 1] [--batch 40]
"""
import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "warc")


def split_records(data):
    """(start, end, header bytes) of each record of a plain WARC, by its Content-Length."""
    records = []
    position = data.find(b"WARC/")
    while 0 <= position < len(data):
        head_end = data.find(b"\r\n\r\n", position)
        if head_end < 0:
            break
        head = data[position:head_end]
        length = None
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                try:
                    length = int(line.split(b":", 1)[1])
                except ValueError:
                    pass
        if length is None:
            break
        end = head_end + 4 + length
        nxt = data.find(b"WARC/", end)
        records.append((position, nxt if nxt >= 0 else len(data), head))
        position = nxt
    return records


def record_id(head):
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"warc-record-id:"):
            return line.split(b":", 1)[1].strip().strip(b"<>").decode("utf-8", "replace")
    return None


def built_seed(rng):
    out = b""
    for index in range(6):
        body = ("<html><body>" + "".join(f"<p>Paragraph {n} of page {index}: Kent Police said so.</p>" for n in range(rng.randint(1, 40))) + "</body></html>").encode()
        coding = rng.choice(["plain", "chunked"])
        if coding == "chunked":
            chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 50]), body[i:i + 50]) for i in range(0, len(body), 50)) + b"0\r\n\r\n"
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks
        else:
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:built-{index}>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
                f"WARC-Target-URI: https://example.org/{index}\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        out += head + http + b"\r\n\r\n"
    return out


def mutate(data, rng):
    """The mutated bytes and the touched range [a, b) in the original."""
    kind = rng.choice(["flip", "garbage", "length", "chunk", "cut", "repeat", "truncate"])
    if kind == "length":
        at = data.find(b"Content-Length: ", rng.randrange(len(data)))
        if at >= 0:
            end = data.find(b"\r\n", at)
            value = rng.choice([b"0", b"7", b"9223372036854775807", b"99999999999", b"-5", b"abc",
                                str(int(data[at + 16:end] or b"0") + rng.randint(-400, 400)).encode() if data[at + 16:end].isdigit() else b"1"])
            return data[:at + 16] + value + data[end:], (at, end)
    if kind == "chunk":
        at = data.find(b"\r\n\r\n", rng.randrange(len(data)))
        if at >= 0:
            value = rng.choice([b"7fffffffffffffff", b"ffffffffffffffffffff", b"-1", b"zz", b"100000"])
            return data[:at + 4] + value + b"\r\n" + data[at + 4:], (at, at + 4)
    a = rng.randrange(len(data))
    if kind == "flip":
        b = min(len(data), a + rng.randint(1, 8))
        return data[:a] + bytes(x ^ rng.randint(1, 255) for x in data[a:b]) + data[b:], (a, b)
    if kind == "garbage":
        return data[:a] + os.urandom(rng.randint(1, 300)) + data[a:], (a, a + 1)
    if kind == "cut":
        b = min(len(data), a + rng.randint(1, 2000))
        return data[:a] + data[b:], (a, b)
    if kind == "repeat":
        b = min(len(data), a + rng.randint(1, 2000))
        return data[:b] + data[a:b] + data[b:], (a, b)
    return data[:a], (a, len(data))  # truncate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = [built_seed(rng) for _ in range(3)]
    if os.path.isdir(SHARED):
        for name in sorted(os.listdir(SHARED)):
            if ".warc" in name:
                raw = open(os.path.join(SHARED, name), "rb").read()
                try:
                    raw = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
                except Exception:
                    continue
                if len(raw) < 2_000_000:
                    seeds.append(raw)
    # Which records of each seed are pages: one clean run.
    work = tempfile.mkdtemp(prefix="blotter-warcfuzz-")
    page_ids = []
    for index, seed in enumerate(seeds):
        path = os.path.join(work, f"seed-{index}.warc")
        open(path, "wb").write(seed)
        out = subprocess.run([args.binary, "run", path, "--stages", "extract", "--out", "-", "--no-progress"],
                             capture_output=True, timeout=60)
        page_ids.append({json.loads(line)["id"] for line in out.stdout.splitlines() if line.strip()})
        os.remove(path)
    deadline = time.time() + args.seconds
    files = crashes = hangs = lost_silently = lost_reported = 0
    while time.time() < deadline:
        batch = os.path.join(work, "batch")
        shutil.rmtree(batch, ignore_errors=True)
        os.makedirs(batch)
        expected = {}
        for n in range(args.batch):
            index = rng.randrange(len(seeds))
            seed = seeds[index]
            mutated, (a, b) = mutate(seed, rng)
            records = split_records(seed)
            # Revisits are pages only through their original, which the mutation may have removed: not counted.
            intact = {record_id(head) for start, end, head in records
                      if (end <= a or start >= b) and record_id(head) in page_ids[index] and b"WARC-Type: revisit" not in head}
            # An untouched record after a cut or repeat moved, but must still be read; one whose following
            # record lost its version line may be merged: only records untouched with untouched neighbours count.
            plain = os.path.join(batch, f"m{n:03d}.warc")
            open(plain, "wb").write(mutated)
            expected[plain] = intact
            if n % 2 == 0:  # the same bytes gzipped per (mutated) record, and the seed per record with a corrupted member
                parts = split_records(mutated) or [(0, len(mutated), b"")]
                gz = b"".join(gzip.compress(mutated[s:e], 1) for s, e, _ in parts)
                open(plain + ".gz", "wb").write(gz)
                expected[plain + ".gz"] = set()  # the record split of a mutated file is a guess: crash/hang checks only
        started = time.time()
        try:
            out = subprocess.run([args.binary, "run", batch, "--stages", "extract", "--out", os.path.join(work, "r.jsonl"),
                                  "--errors", os.path.join(work, "e.jsonl"), "--no-progress"], capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            hangs += 1
            print("HANG on batch; kept in", batch + ".hang")
            shutil.copytree(batch, batch + f".hang{hangs}")
            continue
        files += len(expected)
        if out.returncode not in (0, 1):
            crashes += 1
            keep = os.path.join(work, f"crash{crashes}")
            shutil.copytree(batch, keep)
            print(f"CRASH (status {out.returncode}) on a batch kept in {keep}: {out.stderr[-500:]!r}")
            continue
        found = {}
        for line in open(os.path.join(work, "r.jsonl")):
            record = json.loads(line)
            found.setdefault(record["source"]["path"], set()).add(record["id"])
        errors = {}
        for line in open(os.path.join(work, "e.jsonl")):
            entry = json.loads(line)
            errors[entry["source"]["path"]] = errors.get(entry["source"]["path"], 0) + 1
        for path, intact in expected.items():
            missing = intact - found.get(path, set())
            if missing and errors.get(path, 0) == 0:
                lost_silently += len(missing)
                keep = os.path.join(work, "lost-" + os.path.basename(path))
                shutil.copy(path, keep)
                print(f"LOST without an error entry: {sorted(missing)[:3]} in {keep}")
            elif missing:
                lost_reported += len(missing)
                if os.environ.get("FUZZ_KEEP"):
                    keep = os.path.join(work, "reported-" + os.path.basename(path))
                    shutil.copy(path, keep)
                    print(f"lost with an error entry: {sorted(missing)[:3]} in {keep}")
    print(f"fuzz_warc: {files} mutated files in {args.seconds:.0f} s (seed {args.seed}): {crashes} crashes, {hangs} hangs, "
          f"{lost_silently} untouched page records lost without an error entry, {lost_reported} lost with one")
    if crashes == 0 and hangs == 0 and lost_silently == 0 and not os.environ.get("FUZZ_KEEP"):
        shutil.rmtree(work, ignore_errors=True)
    return 1 if crashes or hangs or lost_silently else 0


if __name__ == "__main__":
    sys.exit(main())
