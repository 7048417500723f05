#!/usr/bin/env python3
"""Generates Sources/BlotterTag/Lexicon/CurrencyNames.swift: ISO 4217 codes and English currency names.

Source: the Unicode CLDR English locale data as shipped by Babel (BSD-3-Clause; CLDR data under the Unicode
licence), current and historic currencies alike ("420 million Finnish markka", "6.65 billion pesetas"), and
pycountry's ISO 4217 list (LGPL-2.1) to tell which codes are current. Run:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install babel pycountry
    /tmp/venv/bin/python scripts/build_currencies.py > Sources/BlotterTag/Lexicon/CurrencyNames.swift

It also writes Sources/BlotterCore/CurrencyGlued.swift: the letter symbols and the current ISO 4217 codes the
segmenter splits off a number written glued to them ("MK2,000", "VND2 trillion", "USD5,000").
"""
import pathlib
import re
import sys
import unicodedata

import babel
import pycountry
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

# A currency's noun alone ("pesetas", "markka") names it when one current currency has it, or else one currency
# at all; these nouns stand for one currency although several share them (what English news means by them).
PREFERRED = {
    "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "yen": "JPY", "yuan": "CNY",
    "krone": "DKK", "kroner": "NOK", "krona": "SEK", "kronor": "SEK", "dinar": "DZD", "riyal": "SAR", "rial": "IRR",
    "shilling": "KES", "lira": "TRY", "ruble": "RUB", "rouble": "RUB", "peseta": "ESP", "guilder": "NLG",
    "escudo": "PTE", "drachma": "GRD", "schilling": "ATS", "markka": "FIM", "punt": "IEP", "dirham": "AED",
    "real": "BRL", "rand": "ZAR", "won": "KRW", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "shekel": "ILS",
    "naira": "NGN", "euro": "EUR", "lev": "BGN", "leu": "RON", "forint": "HUF", "zloty": "PLN", "koruna": "CZK",
    "hryvnia": "UAH", "tenge": "KZT", "taka": "BDT", "dong": "VND", "kwacha": "ZMW", "cedi": "GHS",
}
# Nouns that are everyday English words or units: never read alone as a currency ("10 marks", "he won 3",
# "2 drams", "a 5 real").
NOT_ALONE = {"mark", "marks", "won", "real", "reals", "rand", "rands", "dram", "drams", "kip", "kips", "som", "soms",
             "pound", "pounds", "crown", "crowns", "unit", "units", "sol", "sols", "lats", "tala", "pula", "vatu",
             "dollar", "dollars", "loti", "maloti", "ouguiya", "dobra", "colón", "gold", "silver", "platinum",
             "palladium", "franc", "francs", "rupee", "rupees", "peso", "pesos", "yen", "euro", "euros", "penny",
             "pennies", "unknown", "currency", "fund", "rate", "certificate", "lira", "lire", "liras"}

# Codes that are words or units in lower case although the common-words list lacks them.
NOT_LOWER = {"cup", "mop", "sos", "gel", "ang", "bam", "lei", "ron", "dem", "bov", "gen"}

# Local symbols several currencies share, and the one English news means by them ("Rs 90 crore" is Indian).
PREFERRED_SYMBOLS = {"Rs": "INR", "Rs.": "INR", "kr": "SEK", "RMB": "CNY"}
# Codes of currencies in wide use that news writes in capitals before a sum ("RUB 5 million") although their lower
# case is an everyday word: read as codes, not as word codes (session 15's review: RUB, GEL and DOP had become word
# codes when common-words.txt grew).
READ_AS_CODES = {"RUB", "GEL", "DOP"}
# Letter symbols that are more often something else before a number: "SR 520" (a state route), "VT" (Vermont),
# "RF" (radio frequency), "Ar" (argon).
NOT_SYMBOLS = {"SR", "VT", "RF", "Ar"}


def local_symbols(common):
    """Symbols of letters that English locales write for their territory's currency ("MK" in en_MW, "Ksh" in en_KE):
    two letters or more, no everyday word, one currency each (or PREFERRED_SYMBOLS)."""
    owners = {}
    for identifier in locale_identifiers():
        if not identifier.startswith("en_"):
            continue
        try:
            currencies = get_territory_currencies(identifier.split("_")[-1])
        except Exception:
            continue
        for code in currencies[:1]:
            symbol = get_currency_symbol(code, identifier)
            if symbol != code and re.fullmatch(r"[A-Za-z]{2,4}\.?", symbol) and symbol.lower().rstrip(".") not in common:
                owners.setdefault(symbol, set()).add(code)
    table = {symbol: next(iter(codes)) for symbol, codes in owners.items() if len(codes) == 1 and symbol not in NOT_SYMBOLS}
    table.update(PREFERRED_SYMBOLS)
    return table


# Plurals English news borrows from the currency's own language, beside CLDR's English ones ("100 Italian lire",
# "500 reais"): noun → the borrowed plurals.
BORROWED_PLURALS = {"lira": ["lire"], "real": ["reais"], "leu": ["lei"], "lev": ["leva"], "markka": ["markkaa"],
                    "zloty": ["zlote", "zlotych"], "kroon": ["krooni"], "litas": ["litai"], "lat": ["lati"],
                    "drachma": ["drachmae"]}
# A borrowed plural stands for what its singular stands for ("lei" as "leu": RON).
BORROWED_SINGULARS = {plural: noun for noun, plurals in BORROWED_PLURALS.items() for plural in plurals}
# English words for currency nouns, as news writes them after the country's adjective ("Swedish crowns", "Finnish
# marks", "Russian roubles").
NOUN_TRANSLATIONS = {"krona": "crown", "kronor": "crowns", "krone": "crown", "kroner": "crowns", "koruna": "crown",
                     "korunas": "crowns", "kroon": "crown", "kroons": "crowns", "markka": "mark", "markkas": "marks",
                     "ruble": "rouble", "rubles": "roubles", "sheqel": "shekel", "sheqels": "shekels"}
# Names CLDR does not give but English news writes ("Deutsche marks", "deutschmarks").
ALIASES = {"deutsche mark": "DEM", "deutsche marks": "DEM", "deutschmark": "DEM", "deutschmarks": "DEM",
           "d-mark": "DEM", "d-marks": "DEM", "pound sterling": "GBP", "pounds sterling": "GBP", "irish punt": "IEP",
           "irish punts": "IEP", "new shekel": "ILS", "new shekels": "ILS", "israeli shekel": "ILS", "israeli shekels": "ILS",
           "luxembourg franc": "LUF", "luxembourg francs": "LUF", "icelandic kronur": "ISK"}
# First words of CLDR names that news leaves out ("Korean won" for "South Korean won", "Taiwan dollars").
DROPPED_FIRST_WORDS = {"south", "new"}


def name_variants(phrase):
    """CLDR's name and the forms news writes of it: borrowed plurals, the name less a dropped first word."""
    folded = unicodedata.normalize("NFKD", phrase).encode("ascii", "ignore").decode()  # "bolívar" → "bolivar"
    variants = {phrase, folded}
    head, _, noun = folded.rpartition(" ")
    for plural in BORROWED_PLURALS.get(noun, []):
        variants.add(head + " " + plural)
    if noun in NOUN_TRANSLATIONS:
        variants.add(head + " " + NOUN_TRANSLATIONS[noun])
    for variant in list(variants):
        first, _, rest = variant.partition(" ")
        if first in DROPPED_FIRST_WORDS and " " in rest:
            variants.add(rest)
    return variants


def dollar_prefixes():
    """Letters before "$" in the currency symbols of English locales ("NT$", "R$", "HK$", "EC$") → code."""
    owners = {}
    for identifier in ["en"] + [i for i in locale_identifiers() if i.startswith("en_")]:
        for code in Locale.parse(identifier).currency_symbols:
            symbol = get_currency_symbol(code, identifier)
            match = re.fullmatch(r"([A-Z]{1,3})\$", symbol)
            if match:
                owners.setdefault(match.group(1), set()).add(code)
    return {prefix: next(iter(codes)) for prefix, codes in owners.items() if len(codes) == 1}


def words(name):
    return re.sub(r"\s+", " ", name.strip().lower())


def main():
    locale = Locale("en")
    # Everyday English words (Blotter's own list) are never a currency alone unless PREFERRED names them.
    with open("models/common-words.txt", encoding="utf-8") as handle:
        common = {line.strip().lower() for line in handle if line.strip() and not line.startswith("#")}
    current = {c.alpha_3 for c in pycountry.currencies}
    codes = sorted(c for c in locale.currencies if re.fullmatch(r"[A-Z]{3}", c))
    names, nouns = {}, {}
    for code in codes:
        forms = {locale.currencies[code], get_currency_name(code, 1, "en"), get_currency_name(code, 2, "en")}
        for form in forms:
            if "(" in form or any(ch.isdigit() for ch in form):
                continue
            phrase = words(form)
            if " " in phrase:
                # The current currency wins a name shared with a historic one ("Mexican peso").
                for variant in sorted(name_variants(phrase)):
                    if variant == phrase or variant not in names:
                        if variant not in names or (code in current and names[variant] not in current):
                            names[variant] = code
            nouns.setdefault(phrase.split(" ")[-1], set()).add(code)
    for alias, code in ALIASES.items():
        names.setdefault(alias, code) if " " in alias else nouns.setdefault(alias, set()).add(code)
    for noun, plurals in BORROWED_PLURALS.items():
        for plural in plurals:
            if noun in nouns:
                nouns.setdefault(plural, set()).update(nouns[noun])
    alone = {}
    for noun, owners in nouns.items():
        if noun in NOT_ALONE or len(noun) < 3:
            continue
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in PREFERRED else noun
        if BORROWED_SINGULARS.get(noun) in PREFERRED:
            singular = BORROWED_SINGULARS[noun]
        if singular not in PREFERRED and (noun in common or singular in common):
            continue
        live = owners & current
        if singular in PREFERRED:
            alone[noun] = PREFERRED[singular]
        elif len(live) == 1:
            alone[noun] = next(iter(live))
        elif len(owners) == 1:
            alone[noun] = next(iter(owners))
    out = sys.stdout
    out.write("// Generated by scripts/build_currencies.py from Babel %s (Unicode CLDR English data, BSD-3-Clause /\n"
              "// Unicode licence) and pycountry %s (ISO 4217, LGPL-2.1). Do not edit by hand: rerun the script.\n\n"
              % (babel.__version__, pycountry.__version__))
    out.write("/// ISO 4217 currency codes and English currency names, current and historic.\n")
    out.write("enum CurrencyNames {\n")
    out.write("    /// ISO 4217 codes (%d), current and historic.\n" % len(codes))
    out.write("    static let codes: Set<String> = [\n")
    for i in range(0, len(codes), 16):
        out.write("        " + ", ".join('"%s"' % c for c in codes[i:i + 16]) + ",\n")
    out.write("    ]\n")
    lowercase = [c for c in codes if c.lower() not in common and c.lower() not in NOT_LOWER]
    out.write("    /// Codes that may be written in lower case (\"usd 200\", \"20 gbp\"): those that are no everyday word (not\n"
              "    /// \"all\", \"top\", \"try\", \"cup\").\n")
    out.write("    static let lowercaseCodes: Set<String> = [\n")
    for i in range(0, len(lowercase), 16):
        out.write("        " + ", ".join('"%s"' % c.lower() for c in lowercase[i:i + 16]) + ",\n")
    out.write("    ]\n")
    # "dem" is in the common-words list (dialect "them"), but "DEM 100" is Deutsche Mark.
    wordlike = [c for c in codes if c.lower() in common and c != "DEM" and c not in READ_AS_CODES]
    out.write("    /// Codes that are also everyday words (\"ALL\", \"TOP\", \"TRY\"): read as codes only where nothing else fits.\n")
    out.write("    static let wordCodes: Set<String> = [" + ", ".join('"%s"' % c for c in wordlike) + "]\n")
    out.write("    /// Names of two words or more, lower case, singular and plural (\"finnish markka\", \"us dollars\") → code.\n")
    out.write("    static let names: [String: String] = [\n")
    for phrase in sorted(names):
        out.write('        "%s": "%s",\n' % (phrase.replace('"', '\\"'), names[phrase]))
    out.write("    ]\n")
    out.write("    /// A currency's noun alone (\"pesetas\", \"markka\") → the code it stands for.\n")
    out.write("    static let nouns: [String: String] = [\n")
    for noun in sorted(alone):
        out.write('        "%s": "%s",\n' % (noun.replace('"', '\\"'), alone[noun]))
    out.write("    ]\n")
    symbols = local_symbols(common)
    out.write("    /// Symbols of letters written before the number in English locales (\"MK2,000\", \"Ksh 500\", \"Rs 90 crore\").\n")
    out.write("    static let letterSymbols: [String: String] = [\n")
    for symbol in sorted(symbols):
        out.write('        "%s": "%s",\n' % (symbol, symbols[symbol]))
    out.write("    ]\n")
    prefixes = dollar_prefixes()
    out.write("    /// Letters before \"$\" in the symbols English locales write (\"NT$\", \"R$\", \"EC$\") → code.\n")
    out.write("    static let dollarPrefixes: [String: String] = [\n")
    for prefix in sorted(prefixes):
        out.write('        "%s": "%s",\n' % (prefix, prefixes[prefix]))
    out.write("    ]\n")
    out.write("    /// The longest name in words.\n")
    out.write("    static let longestName = %d\n" % max(len(n.split(" ")) for n in names))
    out.write("}\n")
    write_glued(sorted(symbols), sorted(c for c in current if c.lower() not in common))


def write_glued(symbols, codes):
    """Sources/BlotterCore/CurrencyGlued.swift: what the segmenter may split off a number (BlotterCore, which the
    segmenter can read; the tagger's CurrencyNames holds the rest)."""
    path = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "BlotterCore" / "CurrencyGlued.swift"
    with open(path, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/build_currencies.py from Babel (Unicode CLDR English data) and pycountry (ISO 4217).\n")
        out.write("// Do not edit by hand: rerun the script.\n\n")
        out.write("/// Currency symbols and codes that news writes glued to a number (\"MK2,000\", \"VND2 trillion\").\n")
        out.write("public enum CurrencyGlued {\n")
        out.write("    /// The letter symbols of English locales (CurrencyNames.letterSymbols' keys).\n")
        out.write("    public static let letterSymbols: Set<String> = [" + ", ".join('"%s"' % s for s in symbols) + "]\n")
        out.write("    /// Current ISO 4217 codes (%d) that are no everyday English word (not \"ALL\", \"TOP\").\n" % len(codes))
        out.write("    public static let codes: Set<String> = [\n")
        for i in range(0, len(codes), 16):
            out.write("        " + ", ".join('"%s"' % c for c in codes[i:i + 16]) + ",\n")
        out.write("    ]\n")
        out.write("}\n")


if __name__ == "__main__":
    main()
