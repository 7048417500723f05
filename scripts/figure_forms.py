#!/usr/bin/env python3
"""Writes quality/figures/forms/*.json (Recognizers-Text spec format) from the .txt beside them, so that
`blotter eval figures quality/figures/forms` reads them. A .txt line is `input || text=value ; text=value` (value
optional, "[20,30)" for ranges); lines starting with # are comments. The sentences were written for issue 16 from
English usage (not from any held-out case) to find classes of errors; they were tuned on and are no estimate."""
import glob
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "quality", "figures", "forms")


def spec(lines):
    cases = []
    for line in lines:
        text, _, results = line.partition("||")
        expected = []
        for result in (r for r in results.split(";") if r.strip()):
            span, _, value = result.partition("=")
            item = {"Text": span.strip()}
            if value.strip():
                item["Resolution"] = {"value": value.strip()}
            expected.append(item)
        cases.append({"Input": text.strip(), "Results": expected})
    return cases


for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip() and not line.startswith("#")]
    with open(path[:-4] + ".json", "w", encoding="utf-8") as out:
        json.dump(spec(lines), out, indent=1, ensure_ascii=False)
        out.write("\n")
