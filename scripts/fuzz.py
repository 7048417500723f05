#!/usr/bin/env python3
"""Seeded mutation fuzzer for `blotter run` (issue 21; docs/HOSTILE-INPUT.md).

Each round writes a batch of mutated inputs (HTML pages, WARC files, JSON-lines files) into a scratch
directory, runs the built binary on it once, and checks the invariants:

  1. no crash: the exit status is 0 or 1 (never a signal, never anything else);
  2. no hang: the batch finishes within --document-seconds per document (plus start-up);
  3. nothing lost in silence: every HTML file is exactly one record or one error entry; every non-blank line
     of a JSON-lines file is one record or one error entry; for the whole batch, the summary's documents
     equal its records plus its errors, and the records file and the errors file hold that many lines;
  4. offsets slice the text: for every entity, text[start:end] (Unicode scalars) equals its "text".

When a batch breaks an invariant, its inputs are re-run one at a time to find the culprits, which are copied
to --failures (default fuzz-failures/) with a note of what broke. The generator depends only on --seed:
the same seed gives the same inputs in the same order. Exit status 1 when anything was found.

  python3 scripts/fuzz.py --binary .build/debug/blotter --seconds 60 --seed 1
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

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Seeds written here (small, invented), plus the pages of corpus/ read at start.
SEED_PAGES = [
    b"<html><head><meta charset=utf-8><title>Raid</title></head><body><article><h1>Raid</h1>"
    b"<p>Detective Inspector Kathryn Holl\xc3\xb6way of Kent Police said officers seized \xc2\xa3180,000 in cash "
    b"during Operation Venetic on 12 March 2020.</p><p>Three men, aged 24, 31 and 45, were charged.</p></article></body></html>",
    b"<!DOCTYPE html><html lang=en><head><title>Court</title><script type='application/ld+json'>"
    b"{\"@type\":\"NewsArticle\",\"headline\":\"Court\",\"author\":{\"name\":\"A Writer\"}}</script></head><body>"
    b"<div class=menu><ul><li><a href=/>Home</a><li><a href=/news>News</a></ul></div>"
    b"<div class=content><p>Chief Constable Jane Smith told the court that 2kg of cocaine was found.</p>"
    b"<p>The sentence was four years and six months.</p></div><footer>Copyright</footer></body></html>",
    b"<html><body><table><tr><td>Name<td>Age<tr><td>John Doe<td>34</table><p>He was jailed for 3 years "
    b"by Greater Manchester Police &amp; the NCA &#8212; &eacute;t&eacute;.</p></body></html>",
]

INSERTS = [b"\x00", b"\xff", b"\xc3", b"\xe2\x80", b"<div>", b"</div>", b"<p>", b"</p>", b"<span>", b"<font>",
           b"<script>", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"&", b"&#", b"&#x110000;", b"&nbsp;",
           b"\"", b"'", b"=", b"<", b">", b"</", b"/>", b"\r\n", b"\n", b"\t", b"\xef\xbb\xbf", b"\xfe\xff",
           b"<meta charset=iso-8859-1>", b"<meta charset=utf-16>", b"<html>", b"<body>", b"<title>",
           b"<a href='", b" a=1 b=2 c=3", b"\xe2\x80\xae", b"\xf0\x9f\x91\xae", b"\xcc\x81", b"\xed\xa0\x80"]


def mutate(data, rng, donors):
    """Applies 1-8 random mutations to bytes."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(data)) if data else 0
        if choice < 0.2 and data:  # flip bytes
            for _ in range(rng.randint(1, 4)):
                index = rng.randrange(len(data))
                data[index] = rng.randrange(256)
        elif choice < 0.45:  # insert a token
            data[position:position] = rng.choice(INSERTS)
        elif choice < 0.55 and data:  # delete a range
            end = min(len(data), position + rng.randint(1, 64))
            del data[position:end]
        elif choice < 0.7 and data:  # repeat a range (pathological repetition)
            end = min(len(data), position + rng.randint(1, 32))
            times = rng.choice([2, 10, 100, 1000, 5000])
            data[position:position] = bytes(data[position:end]) * times
        elif choice < 0.8:  # repeat a token many times (deep nesting, many attributes)
            token = rng.choice([b"<div>", b"<span>", b"<font>", b"<b>", b"<p>", b"</div>", b" a=1", b"<table><tr><td>", b"&amp;"])
            data[position:position] = token * rng.choice([10, 300, 3000, 20000])
        elif choice < 0.9 and donors:  # splice from another seed
            donor = rng.choice(donors)
            start = rng.randrange(len(donor)) if donor else 0
            data[position:position] = donor[start:start + rng.randint(1, 256)]
        elif data:  # truncate
            del data[position:]
    return bytes(data)


def warc_record(kind, uri, block, content_type, rid):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http_response(body, rng):
    coding = rng.choice(["plain", "chunked", "gzip"])
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + rng.choice([b"utf-8", b"iso-8859-1", b"bogus"]) + b"\r\n"
    if coding == "gzip":
        return headers + b"Content-Encoding: gzip\r\n\r\n" + gzip.compress(body, mtime=0)
    if coding == "chunked":
        chunks = b""
        for index in range(0, len(body), 97):
            piece = body[index:index + 97]
            chunks += format(len(piece), "x").encode() + b"\r\n" + piece + b"\r\n"
        return headers + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"
    return headers + b"\r\n" + body


def make_warc(rng, pages, donors):
    records = [warc_record("warcinfo", "", b"software: blotter-fuzz\r\n", "application/warc-fields", "info")]
    for index, page in enumerate(pages):
        block = http_response(page, rng)
        records.append(warc_record("response", f"https://example.org/{index}", block,
                                   "application/http; msgtype=response", f"r-{index}"))
    raw = b"".join(records)
    if rng.random() < 0.6:
        raw = mutate(raw, rng, donors)
    if rng.random() < 0.3:
        return gzip.compress(raw, mtime=0), ".warc.gz"
    return raw, ".warc"


def make_jsonl(rng, pages, donors):
    lines = []
    for index, page in enumerate(pages):
        if rng.random() < 0.2:
            lines.append(json.dumps({"id": f"t{index}", "text": page.decode("utf-8", "replace")}).encode())
        else:
            lines.append(json.dumps({"id": f"h{index}", "url": f"https://example.org/{index}",
                                     "html": page.decode("utf-8", "replace")}).encode())
    raw = b"\n".join(lines) + b"\n"
    if rng.random() < 0.4:
        raw = mutate(raw, rng, donors)
    return raw


def write_batch(directory, rng, seeds, size):
    """Writes `size` inputs; returns [(name, kind)]."""
    inputs = []
    for index in range(size):
        roll = rng.random()
        if roll < 0.75:
            name = f"p{index:04d}.html"
            data = mutate(rng.choice(seeds), rng, seeds)
            kind = "html"
        elif roll < 0.9:
            pages = [mutate(rng.choice(seeds), rng, seeds) if rng.random() < 0.7 else rng.choice(seeds) for _ in range(rng.randint(1, 4))]
            data, suffix = make_warc(rng, pages, seeds)
            name = f"w{index:04d}{suffix}"
            kind = "warc"
        else:
            pages = [mutate(rng.choice(seeds), rng, seeds) for _ in range(rng.randint(1, 4))]
            data = make_jsonl(rng, pages, seeds)
            name = f"j{index:04d}.jsonl"
            kind = "jsonl"
        with open(os.path.join(directory, name), "wb") as handle:
            handle.write(data)
        inputs.append((name, kind))
    return inputs


def run(binary, paths, workdir, timeout):
    out = os.path.join(workdir, "records.jsonl")
    errors = os.path.join(workdir, "errors.jsonl")
    summary = os.path.join(workdir, "summary.json")
    for path in (out, errors, summary):
        if os.path.exists(path):
            os.remove(path)
    command = [binary, "run", *paths, "--out", out, "--errors", errors, "--summary", summary, "--no-progress", "--jobs", "2"]
    started = time.monotonic()
    try:
        process = subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"problem": f"hang: no exit within {timeout:.0f} s", "seconds": timeout}
    seconds = time.monotonic() - started
    result = {"seconds": seconds, "status": process.returncode, "stderr": process.stderr.decode("utf-8", "replace")[-2000:]}
    if process.returncode not in (0, 1):
        result["problem"] = f"crash: exit status {process.returncode}"
        return result
    def lines(path):
        if not os.path.exists(path):
            return []
        with open(path, "rb") as handle:
            return [line for line in handle.read().split(b"\n") if line]
    try:
        result["records"] = [json.loads(line) for line in lines(out)]
        result["errors"] = [json.loads(line) for line in lines(errors)]
        with open(summary) as handle:
            result["summary"] = json.load(handle)
    except (ValueError, OSError) as error:
        result["problem"] = f"output not readable: {error}"
    return result


def check(result, inputs, directory):
    """The invariants of one run; returns a list of problems."""
    if "problem" in result:
        return [result["problem"]]
    problems = []
    records, errors, summary = result["records"], result["errors"], result["summary"]
    if summary.get("documents") != summary.get("records") + summary.get("errors"):
        problems.append(f"summary: {summary.get('documents')} documents, {summary.get('records')} records, {summary.get('errors')} errors")
    if summary.get("records") != len(records) or summary.get("errors") != len(errors):
        problems.append(f"summary says {summary.get('records')} records and {summary.get('errors')} errors, the files hold {len(records)} and {len(errors)}")
    if summary.get("sink_failure"):
        problems.append(f"sink failure: {summary['sink_failure']}")
    by_path = {}
    for item in records + errors:
        path = (item.get("source") or {}).get("path")
        by_path.setdefault(path, []).append(item)
    for name, kind in inputs:
        path = os.path.join(directory, name)
        if kind == "html":
            count = len(by_path.get(path, []))
            if count != 1:
                problems.append(f"{name}: {count} records and error entries (expected exactly 1)")
        elif kind == "jsonl":
            with open(path, "rb") as handle:
                nonblank = sum(1 for line in handle.read().split(b"\n") if line.strip(b" \t\r"))
            count = len(by_path.get(path, []))
            if count != nonblank:
                problems.append(f"{name}: {nonblank} non-blank lines but {count} records and error entries")
    for record in records:
        text = record.get("text") or ""
        for entity in record.get("entities", []):
            start, end = entity.get("start"), entity.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)) or text[start:end] != entity.get("text"):
                problems.append(f"{(record.get('source') or {}).get('path')}: entity {entity.get('text')!r} at {start}-{end} does not slice the text")
                break
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/debug/blotter"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=40, help="inputs per run of the binary")
    parser.add_argument("--document-seconds", type=float, default=10,
                        help="the bound: a batch may take this long per document before it counts as a hang")
    parser.add_argument("--failures", default=os.path.join(REPO, "fuzz-failures"))
    args = parser.parse_args()

    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"fuzz: {binary} not found (build first: swift build)")
    seeds = list(SEED_PAGES)
    corpus = os.path.join(REPO, "corpus")
    for name in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        if name.endswith(".html"):
            with open(os.path.join(corpus, name), "rb") as handle:
                seeds.append(handle.read())
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    totals = {"rounds": 0, "inputs": 0, "html": 0, "warc": 0, "jsonl": 0, "records": 0, "errors": 0, "findings": 0}
    slowest = 0.0
    # Scratch space inside the build directory: /tmp is shared, and a cleaner of "blotter-*" there once removed
    # a batch half way through a round.
    scratch_root = os.path.join(REPO, ".build", "fuzz")
    os.makedirs(scratch_root, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="round-", dir=scratch_root)
    try:
        last = 0.0
        # At least one round; then no round that the last one's length says would end past the deadline.
        while totals["rounds"] == 0 or time.monotonic() + last < deadline:
            round_started = time.monotonic()
            batch_dir = os.path.join(scratch, f"round{totals['rounds']:05d}")
            os.makedirs(batch_dir)
            inputs = write_batch(batch_dir, rng, seeds, args.batch)
            paths = [os.path.join(batch_dir, name) for name, _ in inputs]
            result = run(binary, paths, scratch, timeout=5 + args.document_seconds * len(inputs))
            problems = check(result, inputs, batch_dir)
            totals["rounds"] += 1
            totals["inputs"] += len(inputs)
            for _, kind in inputs:
                totals[kind] += 1
            totals["records"] += len(result.get("records", []))
            totals["errors"] += len(result.get("errors", []))
            if problems:
                print(f"round {totals['rounds']}: {'; '.join(problems)[:400]}", flush=True)
                # Find the inputs that break an invariant alone.
                for (name, kind), path in zip(inputs, paths):
                    if not os.path.exists(path):
                        print(f"round {totals['rounds']}: {name} vanished from the scratch directory", flush=True)
                        continue
                    alone = run(binary, [path], scratch, timeout=5 + args.document_seconds * 4)
                    alone_problems = check(alone, [(name, kind)], batch_dir)
                    slowest = max(slowest, alone.get("seconds", 0))
                    if alone_problems:
                        totals["findings"] += 1
                        os.makedirs(args.failures, exist_ok=True)
                        target = os.path.join(args.failures, f"seed{args.seed}-round{totals['rounds']}-{name}")
                        shutil.copyfile(path, target)
                        with open(target + ".txt", "w") as note:
                            note.write("\n".join(alone_problems) + "\n" + alone.get("stderr", "") + "\n")
                        print(f"FOUND {target}: {'; '.join(alone_problems)[:300]}", flush=True)
                if totals["findings"] == 0:
                    print(f"round {totals['rounds']}: batch problems not reproduced alone: {problems[:3]}", flush=True)
            shutil.rmtree(batch_dir, ignore_errors=True)
            last = time.monotonic() - round_started
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"fuzz: seed {args.seed}, {args.seconds:.0f} s: {totals['rounds']} runs, {totals['inputs']} inputs "
          f"({totals['html']} HTML, {totals['warc']} WARC, {totals['jsonl']} JSON lines), {totals['records']} records, "
          f"{totals['errors']} error entries, {totals['findings']} findings")
    sys.exit(1 if totals["findings"] else 0)


if __name__ == "__main__":
    main()
