#!/usr/bin/env python3
"""Run Blotter's peers (trafilatura 2.x and readability-lxml) on one half of an extraction set and score them with
../shared/tools/score_extraction.py's metric (imported from there, not copied).

Usage: peers.py BENCH_DIR [BENCH_DIR ...] [--half tune|check] [--workers N] [--per-page] [--out DIR]
                [--scorer PATH]

BENCH_DIR is a folder with html/<id>.html and truth/<id>.txt or truth_raw/<id>.json (as `blotter eval extract`).
--half keeps the pages of one half by quality/SPLITS.md's rule (SHA-256 of the file stem, first byte odd = check).
--out DIR writes each peer's text as DIR/<set>/<peer>/<id>.txt (to compare page by page with Blotter).
--per-page prints each page's F1 per peer, worst first (full-truth sets).
Prints one line per set and peer: "<set> <half> <peer> pages N F1 x.xxxx (P p / R r)".
Needs the packages of bench/requirements.txt (make .venv-bench/.installed).

How each peer is called (their defaults, as a user would):
- trafilatura: trafilatura.extract(html_bytes) with default options (no comments, tables kept, precision/recall
  balanced), the text output format.
- readability-lxml: readability.Document(html_bytes).summary(html_partial=True), the article HTML turned into text
  with a line break after each block element (so words of adjacent paragraphs do not run together).
"""
import hashlib
import importlib.util
import json
import os
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "tools" / "score_extraction.py"

BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
}


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        sys.exit(f"{path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half_of(page_id):
    """quality/SPLITS.md: check when the first byte of SHA-256 of the id is odd."""
    return "check" if hashlib.sha256(page_id.encode("utf-8")).digest()[0] & 1 else "tune"


def html_to_text(fragment):
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    parts = []

    def walk(element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style"):
            if element.tail:
                parts.append(element.tail)
            return
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag.lower() in BLOCKS:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    return "".join(parts)


def run_trafilatura(html):
    import trafilatura

    return trafilatura.extract(html) or ""


def run_readability(html):
    from readability import Document

    return html_to_text(Document(html).summary(html_partial=True))


PEERS = {"trafilatura": run_trafilatura, "readability": run_readability}


def extract(job):
    path, peer = job
    html = Path(path).read_bytes()
    try:
        return PEERS[peer](html)
    except Exception as error:  # a peer failing on a page scores as empty output, as a Blotter error does
        print(f"{path}: {peer}: {type(error).__name__}: {error}", file=sys.stderr)
        return ""


def main():
    args = sys.argv[1:]

    def option(name, default=None):
        if name in args:
            index = args.index(name)
            if index + 1 >= len(args):
                sys.exit(f"{name} needs a value")
            value = args[index + 1]
            del args[index:index + 2]
            return value
        return default

    half = option("--half")
    if half not in (None, "tune", "check"):
        sys.exit("--half is tune or check")
    workers = int(option("--workers", "1"))
    out = option("--out")
    scorer = load_scorer(Path(option("--scorer", str(DEFAULT_SCORER))))
    per_page = "--per-page" in args
    benches = [a for a in args if not a.startswith("--")]
    if not benches:
        sys.exit(__doc__)
    for bench in map(Path, benches):
        ids = sorted(p.stem for p in (bench / "html").glob("*.html"))
        if half:
            ids = [i for i in ids if half_of(i) == half]
        full = (bench / "truth").is_dir()
        if full:
            ids = [i for i in ids if (bench / "truth" / f"{i}.txt").exists()]
        for peer in PEERS:
            jobs = [(str(bench / "html" / f"{i}.html"), peer) for i in ids]
            if workers > 1:
                with Pool(workers) as pool:
                    texts = pool.map(extract, jobs, chunksize=4)
            else:
                texts = [extract(job) for job in jobs]
            if out:
                folder = Path(out) / bench.name / peer
                folder.mkdir(parents=True, exist_ok=True)
                for i, text in zip(ids, texts):
                    (folder / f"{i}.txt").write_text(text, encoding="utf-8")
            label = f"{bench.name} {half or 'both'} {peer} pages {len(ids)}"
            if full:
                pairs = [((bench / "truth" / f"{i}.txt").read_text(encoding="utf-8"), t) for i, t in zip(ids, texts)]
                P, R, F, pages = scorer.full_truth_scores(pairs)
                if per_page:
                    for i, f in sorted(zip(ids, pages), key=lambda x: x[1]):
                        print(f"{f:.3f}\t{peer}\t{i}")
                print(f"{label} F1 {F:.4f} (P {P:.3f} / R {R:.3f})", flush=True)
            else:
                items = [(json.loads((bench / "truth_raw" / f"{i}.json").read_text(encoding="utf-8")), t)
                         for i, t in zip(ids, texts)]
                P, R, F = scorer.snippet_scores(items)
                print(f"{label} snippet F1 {F:.4f} (P {P:.3f} / R {R:.3f})", flush=True)


if __name__ == "__main__":
    main()
