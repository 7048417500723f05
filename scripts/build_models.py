#!/usr/bin/env python3
"""Builds the gazetteer files in models/ from the development data in ../shared/data.

Usage: python3 scripts/build_models.py [SHARED_DATA_DIR]   (default ../shared/data)

Writes
- models/forces.tsv: ../shared/data/gazetteers/forces.tsv reviewed (see REVIEW below) plus the agencies in
  models/agencies-extra.tsv, as id, name, aliases, kind, country.
- models/surnames.txt: the commonest US Census 1990 surnames (frequency >= SURNAME_MIN_FREQUENCY), title case.
- models/first-names.txt: US Census 1990 first names (male and female), title case, plus the given names from
  outside the United States in models/given-names-world.txt (written by hand), minus words that are far more
  often ordinary English words than names in news text (models/first-names-exclude.txt).
- models/common-words.txt: English words written in lower case at least COMMON_WORD_MIN_COUNT times in the
  main texts of the extraction development sets (../shared/data/extraction/*/truth): the name model's
  "capitalised but not an everyday word" feature.
Deterministic: the same inputs give the same bytes.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
MODELS = ROOT / "models"

# Review of the gazetteer's "unverified" rows (done by hand, 2026-11-26): names and ids match the forces'
# own usage. Aliases removed because they are ordinary words or collide with other bodies in news text:
REMOVED_ALIASES = {
    "nwrocu": {"Titan", "TITAN"},        # "Titan" is an ordinary word; too many false hits
    "metropolitan": {"the Met"},          # handled by the recogniser: "the Met" not followed by "Office"
    "city-of-london": {"City Police"},    # generic phrase in US news ("city police")
}


# A regional organised crime unit is written "<region> ROCU" as often as by its full name ("led by the South East
# ROCU": session 14, batch26's tune half held it, the gazetteer listed only "SE ROCU").
ROCU_NAME_ENDS = ["Regional Organised Crime Unit", "Region Special Operations Unit", "Regional Special Operations Unit",
                  "Special Operations Unit"]


def rocu_aliases(row):
    if row["kind"] != "rocu":
        return []
    for end in ROCU_NAME_ENDS:
        if row["name"].endswith(" " + end):
            region = row["name"][: -len(end) - 1]
            return [region + " ROCU"]
    return []


def written_variants(name, aliases):
    """The other ways news writes a listed name: "and" for "&", and the Crown's other possessive ("Her Majesty's"
    before 2022, "His Majesty's" after): "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services"
    (session 14, batch26's tune half) was listed only with "Fire & Rescue"."""
    out = []
    for written in [name] + aliases:
        forms = {written, written.replace(" & ", " and ")}
        for old, new in [("His Majesty's ", "Her Majesty's "), ("Her Majesty's ", "His Majesty's ")]:
            forms |= {f.replace(old, new) for f in forms}
        out += sorted(f for f in forms if f != written and f != name and f not in out)
    return out


def forces():
    rows = []
    for path in [DATA / "gazetteers" / "forces.tsv", MODELS / "agencies-extra.tsv"]:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t")
        for line in lines[1:]:
            if not line.strip():
                continue
            row = dict(zip(header, line.split("\t")))
            aliases = [a for a in row.get("aliases", "").split("|") if a and a not in REMOVED_ALIASES.get(row["id"], set())]
            aliases += [a for a in rocu_aliases(row) + written_variants(row["name"], aliases) if a not in aliases]
            rows.append((row["id"], row["name"], "|".join(aliases), row["kind"], row["country"]))
    out = ["id\tname\taliases\tkind\tcountry"] + ["\t".join(r) for r in rows]
    (MODELS / "forces.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(rows)


def first_names():
    exclude = {w.strip() for w in (MODELS / "first-names-exclude.txt").read_text(encoding="utf-8").splitlines()
               if w.strip() and not w.startswith("#")}
    names = set()
    for name in ["dist.male.first", "dist.female.first"]:
        for line in (DATA / "names" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts:
                word = parts[0].title()
                if word not in exclude:
                    names.add(word)
    for line in (MODELS / "given-names-world.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#") and word not in exclude:
            names.add(word)
    (MODELS / "first-names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


# Surnames whose census frequency is at least this (per cent of the population): the 20,000 or so commonest,
# enough for the model's surname feature; the long tail adds size and noise (street and place words).
SURNAME_MIN_FREQUENCY = 0.0006


def surnames():
    names = []
    for line in (DATA / "names" / "dist.all.last").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= SURNAME_MIN_FREQUENCY:
            names.append(parts[0].title())
    (MODELS / "surnames.txt").write_text("\n".join(sorted(set(names))) + "\n", encoding="utf-8")
    return len(set(names))


# A word counts as everyday English when written in lower case this often in the truth texts (1,309 less the police gold pages);
# 3 keeps typos and one-off lower-cased names out (twice: 21,1xx words; 3 times: see the count printed).
COMMON_WORD_MIN_COUNT = 3


def common_words():
    import re
    from collections import Counter
    import json
    counts = Counter()
    # Pages of the police gold are left out: their words must not shape the tagger that is scored on them.
    gold_pages = set()
    for gold in sorted((ROOT / "quality" / "police-news").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold_pages.add(Path(json.loads(line)["page"]).stem)
    for path in sorted((DATA / "extraction").glob("*/truth/*.txt")):
        if path.stem in gold_pages:
            continue
        counts.update(re.findall(r"(?<![\w'’-])[a-z]+(?:['’-][a-z]+)*(?![\w'’-])", path.read_text(encoding="utf-8")))
    words = sorted(word for word, count in counts.items() if count >= COMMON_WORD_MIN_COUNT and len(word) > 1)
    (MODELS / "common-words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


if __name__ == "__main__":
    print(f"forces.tsv: {forces()} rows; first-names.txt: {first_names()} names; surnames.txt: {surnames()} names; "
          f"common-words.txt: {common_words()} words")
