#!/usr/bin/env python3
"""List Swift functions (func, init, closures-as-bodies excluded) longer than a limit, by counting lines from
the declaration to its matching closing brace. Usage: scripts/long_functions.py [limit=80] [dir=Sources]."""
import os
import re
import sys

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 80
ROOT = sys.argv[2] if len(sys.argv) > 2 else "Sources"
DECL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|class|mutating|nonmutating|override|final|convenience|required|@inlinable|nonisolated)\s+)*(func\s+[^\s(<]+|init[?!]?|deinit)\b")


def strip(line):
    """The line without string literals and // comments (enough for brace counting)."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def functions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        match = DECL.match(lines[i])
        if not match:
            i += 1
            continue
        depth, opened, j = 0, False, i
        while j < len(lines):
            code = strip(lines[j])
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                break
            if not opened and j > i and (lines[j].strip() == "" or DECL.match(lines[j])):
                break  # a protocol requirement: no body
            j += 1
        if opened:
            yield match.group(1), i + 1, j - i + 1
        i += 1


for directory, _, names in os.walk(ROOT):
    for name in sorted(names):
        if name.endswith(".swift"):
            path = os.path.join(directory, name)
            for decl, line, length in functions(path):
                if length > LIMIT:
                    print(f"{length:4d}  {path}:{line}  {decl}")
