#!/usr/bin/env python3
"""Prints the crime and police pages of the development data that the hand-made gold files name
(quality/police-news/*.jsonl), one path a line, for those present on this machine. `make explore-demo`
adds them to corpus/ to build a demo store whose charts have something to show. Without ../shared/data it
prints nothing, and the demo store is corpus/ alone."""
import glob
import json
import os
import sys


def main():
    seen = set()
    for gold in sorted(glob.glob("quality/police-news/*.jsonl")):
        with open(gold, encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if not line:
                    continue
                try:
                    page = json.loads(line).get("page")
                except json.JSONDecodeError as error:
                    print(f"{gold}: not JSON ({error})", file=sys.stderr)
                    continue
                if page and page.startswith("../shared/") and page not in seen and os.path.isfile(page):
                    seen.add(page)
                    print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
