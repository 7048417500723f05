#!/usr/bin/env python3
"""Build models/us-agencies.tsv from ../shared/data/gazetteers/us-agencies.tsv (FBI UCR agency identifiers, ORIs:
public-domain US government data; see that file's README). The shared file is read at build time, never copied:
the table written here is derived (Blotter's agency kinds, the place as news writes it, aliases).

    python3 scripts/build_us_agencies.py

Columns (tab-separated, header row):
  ori         the FBI ORI (the canonical id of the agency in records)
  name        the agency's full name as the FBI lists it
  places      pipe-separated forms of its place as news writes them before "police" ("Las Vegas", "Las Vegas
              Metro"; "Harris County" for a sheriff or county police)
  state       two-letter state code
  population  the population the agency serves
  kind        Blotter's force kind: police (city and county police), sheriff, state_police
  aliases     pipe-separated: the initialism of a "... Police Department" ("LAPD") when the agency serves 250,000
              people or more and five times as many as any other agency of the same initials (a smaller "APD" is
              resolved within the document instead)
"""
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "gazetteers" / "us-agencies.tsv"
OUT = ROOT / "models" / "us-agencies.tsv"
KINDS = {"city_police": "police", "county_police": "police", "sheriff": "sheriff", "state_police": "state_police"}
INITIALISM_MIN_POPULATION = 250_000
INITIAL_MARGIN = 5
PLACE_SUFFIX = re.compile(r" (City and County|City and Borough|Unified Government|Metropolitan Government|Metro Government|"
                          r"Consolidated Government|City|Town|Village|Borough|Township|Municipality|Charter Township)$")
HEAD = re.compile(r" (Metropolitan Police Department|Metro Police Department|Police Department|Police|Public Safety Department|"
                  r"Department of Public Safety|Sheriff's Office|Sheriff's Department|Marshal's Office)$")
WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def initials(name: str) -> str:
    letters = [w[0] for w in WORD.findall(name) if w[0].isupper() and w.lower() not in {"of", "and", "the"}]
    return "".join(letters)


def main() -> None:
    if not SOURCE.exists():
        sys.exit(f"build_us_agencies.py: {SOURCE} not found (the team's shared data)")
    rows = []
    with SOURCE.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        for line, row in enumerate(reader, start=2):
            if row["kind"] not in KINDS:
                sys.exit(f"{SOURCE}:{line}: unknown kind {row['kind']!r}")
            rows.append(row)
    largest = {}  # initials -> the populations of the agencies that share them, largest first
    for row in rows:
        largest.setdefault(initials(row["name"]), []).append(int(row["population"] or 0))
    for populations in largest.values():
        populations.sort(reverse=True)
    out = ["ori\tname\tplaces\tstate\tpopulation\tkind\taliases"]
    for row in rows:
        name = row["name"].strip()
        kind = KINDS[row["kind"]]
        places = []
        if kind == "state_police":
            pass  # a barracks area: the state agency's own row in agencies-world.tsv is what news names
        else:
            place = row["place"].strip()
            if kind == "sheriff" or row["kind"] == "county_police":
                from_name = HEAD.sub("", name)
                if from_name != name:
                    places.append(from_name)
                    if row["kind"] == "county_police" and from_name.endswith(" County"):
                        places.append(from_name[: -len(" County")])  # "Miami-Dade police"
            else:
                if place:
                    places.append(PLACE_SUFFIX.sub("", place))
                from_name = HEAD.sub("", name)
                if from_name != name:
                    places.append(from_name)
        places = [p for i, p in enumerate(places) if p and p not in places[:i]]
        aliases = []
        letters = initials(name)
        population = int(row["population"] or 0)
        shared = largest[letters]
        if (kind == "police" and name.endswith("Police Department") and len(letters) >= 3 and population == shared[0]
                and population >= INITIALISM_MIN_POPULATION and (len(shared) == 1 or population >= INITIAL_MARGIN * shared[1])):
            aliases.append(letters)
        out.append("\t".join([row["ori"], name, "|".join(places), row["state"], row["population"] or "0", kind, "|".join(aliases)]))
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"build_us_agencies.py: {len(out) - 1} agencies -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
