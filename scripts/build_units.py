#!/usr/bin/env python3
"""Generates Sources/BlotterTag/Lexicon/UnitNames.swift: unit names and symbols for lengths, areas, volumes,
speeds, data sizes and rates, power, energy, pressure, frequency and temperature.

Source: quantulum3's unit table (`units.json`, MIT licence; its surfaces and symbols, maintained for reading
quantities from English text) and its list of common English words (`_lang/en_US/common-words.json`), used as
quantulum3 uses it: a surface or symbol that is an everyday word ("bar", "span", "in", "pt") is left out.
Plurals come from `inflect` (a quantulum3 dependency). Mass is not taken from here: its units carry factors to kg
(`FigureLexicon.units`). Run:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install quantulum3
    /tmp/venv/bin/python scripts/build_units.py > Sources/BlotterTag/Lexicon/UnitNames.swift
"""
import json
import os
import sys

import inflect
import quantulum3

# quantulum3 entity → Blotter's figure kind.
KINDS = {
    "length": "length", "volume": "volume", "speed": "speed", "area": "other", "data storage": "other",
    "data transfer rate": "other", "power": "other", "energy": "other", "pressure": "other", "frequency": "other",
    "temperature": "other",
}
# Units of those entities that news text means otherwise, or that are no unit of everyday measurement.
SKIP_UNITS = {"barn", "inverse femtobarn", "speed of light", "inverse second", "base pair", "kilo base pair",
              "mega base pair", "giga base pair", "nucleotide", "ell", "cubit", "span", "twip", "quad", "drop",
              "stere", "peck", "hartree", "quantum bit", "nibble", "ton of refrigeration", "league", "barye",
              "technical atmosphere", "circular mil", "inch of water", "centimeter of water"}
# Symbols that running text means otherwise after a number: words and abbreviations quantulum3's common-words list
# lacks ("4 in Hakkari", "5 cum laude"), US states, "TV", "MV" (motor vessel), "Mt" (mount), chemical elements.
DENY_SYMBOLS = {"in", "ac", "au", "ua", "AU", "UA", "cal", "Cal", "cum", "dam", "Dm", "dkm", "fur", "fath", "hm", "kn",
                "kt", "nb", "pt", "thm", "TV", "VA", "MV", "GV", "Mt", "Pb", "Eb", "Yb", "Zb", "Ws", "Torr", "Pa", "mb",
                "Mb", "Gb", "Tb", "tb", "Bd", "ua", "dstspn", "ccm", "hl", "dl", "cl", "ltr"}
# Names that news means otherwise after a number ("two bars of gold").
DENY_WORDS = {"bar", "bars", "erg", "ergs", "therm", "therms", "gaj", "gajs", "knot", "cup", "cups"}
# SI prefixes a unit of units.json takes (its "prefixes"): the ones news writes, with their names.
PREFIX_NAMES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli", "n": "nano"}
# Units listed without their prefixes although news writes them prefixed.
EXTRA_PREFIXES = {"joule": ["k", "M", "G"]}
# Symbols of the lengths that square, cubic and per-hour units are built on, where units.json lists the unit only
# through its prefix ("kilometre").
BASE_SYMBOLS = {"kilometre": "km", "metre": "m", "centimetre": "cm", "millimetre": "mm", "foot": "ft", "mile": "mi",
                "yard": "yd", "inch": "in", "hectometre": "hm", "decimetre": "dm"}


def plural(engine, surface):
    """The plural of a unit's surface: its head noun pluralised ("kilometres per hour", "square feet")."""
    words = surface.split(" ")
    for joiner in ("per", "of"):
        if joiner in words[1:]:
            head = words.index(joiner) - 1
            if words[head].endswith("s"):
                return surface
            words[head] = engine.plural_noun(words[head]) or words[head]
            return " ".join(words)
    if words[-1].endswith("hertz") or words[-1].endswith("s") or words[-1] in ( "celsius", "fahrenheit", "centigrade", "kelvin", "horsepower", "siemens", "lux", "baud"):
        return surface
    words[-1] = engine.plural_noun(words[-1]) or words[-1]
    return " ".join(words)


def base_symbols(units, base):
    """The plain letter symbols of a base unit ("km" of "kilometre")."""
    listed = [s for s in units.get(base, {}).get("symbols", []) if s.isascii() and s.isalpha()]
    return listed or ([BASE_SYMBOLS[base]] if base in BASE_SYMBOLS else [])


def main():
    root = os.path.dirname(quantulum3.__file__)
    units = json.load(open(os.path.join(root, "units.json"), encoding="utf-8"))
    common_lists = json.load(open(os.path.join(root, "_lang", "en_US", "common-words.json"), encoding="utf-8"))
    common = {word.lower() for words in common_lists.values() for word in words}
    engine = inflect.engine()

    for name, unit in list(units.items()):
        prefixes = unit.get("prefixes") or EXTRA_PREFIXES.get(name, [])
        if KINDS.get(unit.get("entity")) is None and unit.get("entity") != "electric potential":
            continue
        for short in prefixes:
            if short not in PREFIX_NAMES or (unit["entity"] == "length" and short in "MGT"):
                continue
            symbols_written = [short + symbol for symbol in unit.get("symbols", [])[:1] if symbol.isascii() and symbol.isalpha()]
            surfaces = [PREFIX_NAMES[short] + surface.lower() for surface in unit.get("surfaces", [name]) if " " not in surface]
            units.setdefault(PREFIX_NAMES[short] + name, {"entity": unit["entity"], "surfaces": surfaces, "symbols": symbols_written})

    words, symbols = {}, {}
    for name, unit in sorted(units.items()):
        kind = KINDS.get(unit.get("entity") or ("electric potential" if name == "volt" else ""))
        if unit.get("entity") == "electric potential":
            kind = "other"
        if kind is None or name in SKIP_UNITS:
            continue
        written = [s for s in unit.get("symbols", []) if s.isascii() and " " not in s and "*" not in s]
        record = written[0] if written else name
        dims = unit.get("dimensions") or []
        if len(dims) == 1 and dims[0]["power"] in (2, 3) and base_symbols(units, dims[0]["base"]):
            record = base_symbols(units, dims[0]["base"])[0] + str(dims[0]["power"])  # "km2", "ft3"
        if kind == "speed" and name == "kilometre per hour":
            record = "km/h"
        if kind == "speed" and name == "mile per hour":
            record = "mph"
        surfaces = [s.lower() for s in unit.get("surfaces", [])] or [name.lower()]
        for surface in surfaces:
            forms = {surface, plural(engine, surface)}
            for form in list(forms):
                if form.endswith(" per hour"):
                    forms.add(form[: -len(" per hour")] + " an hour")
            for form in forms:
                if form in common or form in DENY_WORDS or len(form) < 3:
                    continue
                words.setdefault(form, (kind, record))
        for symbol in unit.get("symbols", []):
            # A symbol in lower case that is a word ("in", "pt") is left out; "kW", "Hz" are no words as written.
            if len(symbol) < 2 or symbol in DENY_SYMBOLS or (symbol == symbol.lower() and symbol in common) or not any(c.isalpha() for c in symbol):
                continue
            symbols.setdefault(symbol, (kind, record))
        # "km2", "m²", "cu ft" forms of square and cubic units; "km/h", "m/s" of speeds.
        dims = unit.get("dimensions") or []
        if len(dims) == 1 and dims[0]["power"] in (2, 3):
            for base_symbol in base_symbols(units, dims[0]["base"]):
                sup = "²" if dims[0]["power"] == 2 else "³"
                symbols.setdefault(base_symbol + str(dims[0]["power"]), (kind, record))
                symbols.setdefault(base_symbol + sup, (kind, record))
        if kind == "speed" and len(dims) == 2 and dims[1]["power"] == -1:
            top = base_symbols(units, dims[0]["base"])
            bottom = {"hour": ["h", "hr"], "second": ["s", "sec"]}.get(dims[1]["base"], [])
            for a in top:
                for b in bottom:
                    symbols.setdefault(a + "/" + b, (kind, record))
                # "120 km per hour", "30 m per second", "60 km an hour"
                words.setdefault(a.lower() + " per " + dims[1]["base"], (kind, record))
                if dims[1]["base"] == "hour":
                    words.setdefault(a.lower() + " an hour", (kind, record))

    out = sys.stdout
    version = getattr(quantulum3, "__version__", "?")
    out.write("// Generated by scripts/build_units.py from quantulum3 %s (units.json and its English common-words list,\n" % version)
    out.write("// MIT licence). Do not edit by hand: rerun the script.\n\n")
    out.write("/// Units of measure beyond `FigureLexicon.units`: names (lower case, singular and plural, words joined by\n")
    out.write("/// spaces as written, \"kilometres per hour\", \"light-year\") and symbols (as written, \"GB\", \"kWh\", \"km/h\", \"m²\").\n")
    out.write("enum UnitNames {\n")
    out.write("    static let words: [String: FigureUnit] = [\n")
    for form in sorted(words):
        kind, record = words[form]
        out.write('        "%s": FigureUnit(.%s, "%s", 1),\n' % (form.replace('"', '\\"'), kind, record.replace('"', '\\"')))
    out.write("    ]\n")
    out.write("    static let symbols: [String: FigureUnit] = [\n")
    for symbol in sorted(symbols):
        kind, record = symbols[symbol]
        out.write('        "%s": FigureUnit(.%s, "%s", 1),\n' % (symbol.replace('"', '\\"'), kind, record.replace('"', '\\"')))
    out.write("    ]\n")
    out.write("    /// The longest name or symbol, in tokens, for the reader's look-ahead.\n")
    longest = max(len(f.replace("-", " - ").replace("/", " / ").split()) for f in list(words) + list(symbols))
    out.write("    static let longest = %d\n" % longest)
    out.write("}\n")


if __name__ == "__main__":
    main()
