import BlotterCore

/// Words and symbols of the figure grammar (heuristic data; `FigureRecognizer` holds the logic).
enum FigureLexicon {
    /// Hedges before a figure. Longest phrase wins.
    static let qualifiers: [(String, Qualifier)] = [
        ("more than", .moreThan), ("over", .moreThan), ("in excess of", .moreThan), ("just over", .moreThan),
        ("upwards of", .moreThan), ("above", .moreThan), ("greater than", .moreThan),
        ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("just under", .lessThan),
        ("below", .lessThan),
        ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about), ("some", .about),
        ("an estimated", .about), ("estimated", .about), ("circa", .about), ("c.", .about),
        ("up to", .upTo), ("as many as", .upTo), ("as much as", .upTo),
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast),
        ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just shy of", .nearly),
    ]

    static let currencySymbols: [String: String] = [
        "£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
        "₱": "PHP", "₪": "ILS", "₫": "VND", "₴": "UAH", "฿": "THB", "₡": "CRC", "₭": "LAK", "₲": "PYG", "₵": "GHS",
    ]
    /// Currency words after a number ("50 pounds" is money unless "of" follows: then it is mass).
    static let currencyWords: [String: String] = [
        "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "quid": "GBP", "gbp": "GBP",
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "yen": "JPY", "rupees": "INR", "rupee": "INR", "francs": "CHF", "franc": "CHF", "chf": "CHF", "cad": "CAD",
        "aud": "AUD", "jpy": "JPY", "cny": "CNY", "inr": "INR", "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY",
        "won": "KRW", "rand": "ZAR", "pesos": "MXN", "peso": "MXN", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
        "ruble": "RUB", "lira": "TRY", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "DKK",
        "dinars": "DZD", "dirhams": "AED", "riyals": "SAR", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
        "shekels": "ILS", "naira": "NGN", "bitcoin": "XBT", "bitcoins": "XBT", "bucks": "USD",
    ]
    /// Country adjectives before a currency word: "10 US dollars", "100 Chinese yuan".
    static let currencyCountries: [String: String] = [
        "us": "USD", "u.s": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD",
        "new zealand": "NZD", "singapore": "SGD", "chinese": "CNY", "indian": "INR", "swiss": "CHF",
        "south african": "ZAR", "mexican": "MXN", "japanese": "JPY",
    ]
    /// Prefixes of a currency symbol naming the dollar's country: "US$", "A$", "C$", "NZ$", "HK$".
    static let dollarPrefixes: [String: String] = ["US": "USD", "Mex": "MXN", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD"]
    /// The same written apart from the "$" in any case ("c $ 16.4 million" in tokenised newswire), less the
    /// prefixes that are also words ("a $ 5 bill", "us $ 5").
    static let spacedDollarPrefixes: [String: String] = ["mex": "MXN", "au": "AUD", "c": "CAD", "nz": "NZD", "hk": "HKD"]
    /// Fractional units of currencies.
    static let minorCurrency: [String: (String, Double)] = ["pence": ("GBP", 0.01), "p": ("GBP", 0.01), "cents": ("USD", 0.01), "cent": ("USD", 0.01),
                                                                   "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01)]

    /// Magnitudes after a number. "m"/"bn"/"k" only count straight after a digit.
    static let magnitudes: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "bln": 1e9,
        "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 1e2,
    ]

    /// Units: word → kind, unit written to the record and factor to that unit.
    static let units: [String: FigureUnit] = [
        "kilos": FigureUnit(.mass, "kg", 1), "kilo": FigureUnit(.mass, "kg", 1), "kg": FigureUnit(.mass, "kg", 1), "kgs": FigureUnit(.mass, "kg", 1),
        "kilograms": FigureUnit(.mass, "kg", 1), "kilogram": FigureUnit(.mass, "kg", 1), "kilogrammes": FigureUnit(.mass, "kg", 1),
        "g": FigureUnit(.mass, "kg", 0.001), "grams": FigureUnit(.mass, "kg", 0.001), "gram": FigureUnit(.mass, "kg", 0.001), "grammes": FigureUnit(.mass, "kg", 0.001),
        "mg": FigureUnit(.mass, "kg", 1e-6), "milligrams": FigureUnit(.mass, "kg", 1e-6), "μg": FigureUnit(.mass, "kg", 1e-9), "micrograms": FigureUnit(.mass, "kg", 1e-9),
        "mcg": FigureUnit(.mass, "kg", 1e-9),
        "tonnes": FigureUnit(.mass, "kg", 1000), "tonne": FigureUnit(.mass, "kg", 1000), "tons": FigureUnit(.mass, "kg", 907.18474), "ton": FigureUnit(.mass, "kg", 907.18474),
        "ounces": FigureUnit(.mass, "kg", 0.028349523125), "ounce": FigureUnit(.mass, "kg", 0.028349523125), "oz": FigureUnit(.mass, "kg", 0.028349523125),
        "lb": FigureUnit(.mass, "kg", 0.45359237), "lbs": FigureUnit(.mass, "kg", 0.45359237),
        "stone": FigureUnit(.mass, "kg", 6.35029318),
        // Lengths, volumes and speeds keep the unit they were written in (only mass is converted, to kg).
        "metres": FigureUnit(.length, "m", 1), "metre": FigureUnit(.length, "m", 1), "meters": FigureUnit(.length, "m", 1), "meter": FigureUnit(.length, "m", 1),
        "km": FigureUnit(.length, "km", 1), "kilometres": FigureUnit(.length, "km", 1), "kilometers": FigureUnit(.length, "km", 1), "kilometre": FigureUnit(.length, "km", 1),
        "kilometer": FigureUnit(.length, "km", 1),
        "cm": FigureUnit(.length, "cm", 1), "centimetres": FigureUnit(.length, "cm", 1), "centimeters": FigureUnit(.length, "cm", 1),
        "mm": FigureUnit(.length, "mm", 1), "millimetres": FigureUnit(.length, "mm", 1), "millimeters": FigureUnit(.length, "mm", 1),
        "miles": FigureUnit(.length, "mi", 1), "mile": FigureUnit(.length, "mi", 1), "yards": FigureUnit(.length, "yd", 1), "yard": FigureUnit(.length, "yd", 1),
        "feet": FigureUnit(.length, "ft", 1), "foot": FigureUnit(.length, "ft", 1), "ft": FigureUnit(.length, "ft", 1),
        "inches": FigureUnit(.length, "in", 1), "inch": FigureUnit(.length, "in", 1),
        "micrometres": FigureUnit(.length, "μm", 1), "micrometers": FigureUnit(.length, "μm", 1), "nanometres": FigureUnit(.length, "nm", 1),
        "nanometers": FigureUnit(.length, "nm", 1), "picometres": FigureUnit(.length, "pm", 1), "picometers": FigureUnit(.length, "pm", 1),
        "picometer": FigureUnit(.length, "pm", 1), "picometre": FigureUnit(.length, "pm", 1), "nanometer": FigureUnit(.length, "nm", 1), "nanometre": FigureUnit(.length, "nm", 1),
        "litres": FigureUnit(.volume, "l", 1), "litre": FigureUnit(.volume, "l", 1), "liters": FigureUnit(.volume, "l", 1), "liter": FigureUnit(.volume, "l", 1),
        "ml": FigureUnit(.volume, "ml", 1), "millilitres": FigureUnit(.volume, "ml", 1), "milliliters": FigureUnit(.volume, "ml", 1),
        "gallons": FigureUnit(.volume, "gal", 1), "gallon": FigureUnit(.volume, "gal", 1), "pints": FigureUnit(.volume, "pt", 1), "pint": FigureUnit(.volume, "pt", 1),
        "barrels": FigureUnit(.volume, "bbl", 1), "barrel": FigureUnit(.volume, "bbl", 1),
        "cups": FigureUnit(.volume, "cup", 1), "cup": FigureUnit(.volume, "cup", 1), "tsp": FigureUnit(.volume, "tsp", 1), "teaspoons": FigureUnit(.volume, "tsp", 1),
        "teaspoon": FigureUnit(.volume, "tsp", 1), "tbsp": FigureUnit(.volume, "tbsp", 1), "tablespoons": FigureUnit(.volume, "tbsp", 1),
        "tablespoon": FigureUnit(.volume, "tbsp", 1),
        "acres": FigureUnit(.other, "acre", 1), "acre": FigureUnit(.other, "acre", 1), "hectares": FigureUnit(.other, "ha", 1), "hectare": FigureUnit(.other, "ha", 1),
        "bit": FigureUnit(.other, "bit", 1), "bits": FigureUnit(.other, "bit", 1), "bytes": FigureUnit(.other, "byte", 1), "mb": FigureUnit(.other, "MB", 1),
        "gb": FigureUnit(.other, "GB", 1), "tb": FigureUnit(.other, "TB", 1), "kb": FigureUnit(.other, "kB", 1),
        "°c": FigureUnit(.other, "C", 1), "°f": FigureUnit(.other, "F", 1), "mph": FigureUnit(.speed, "mph", 1), "kph": FigureUnit(.speed, "km/h", 1), "km/h": FigureUnit(.speed, "km/h", 1),
        "%": FigureUnit(.percent, "%", 1), "percent": FigureUnit(.percent, "%", 1), "pc": FigureUnit(.percent, "%", 1), "percents": FigureUnit(.percent, "%", 1),
        "percentage": FigureUnit(.percent, "%", 1), "pct": FigureUnit(.percent, "%", 1),
        "years": FigureUnit(.duration, "years", 1), "year": FigureUnit(.duration, "years", 1), "yrs": FigureUnit(.duration, "years", 1),
        "months": FigureUnit(.duration, "months", 1), "month": FigureUnit(.duration, "months", 1),
        "weeks": FigureUnit(.duration, "weeks", 1), "week": FigureUnit(.duration, "weeks", 1),
        "days": FigureUnit(.duration, "days", 1), "day": FigureUnit(.duration, "days", 1),
        "hours": FigureUnit(.duration, "hours", 1), "hour": FigureUnit(.duration, "hours", 1), "hrs": FigureUnit(.duration, "hours", 1),
        "h": FigureUnit(.duration, "hours", 1),
        "hr": FigureUnit(.duration, "hours", 1),
        "minutes": FigureUnit(.duration, "minutes", 1), "minute": FigureUnit(.duration, "minutes", 1), "mins": FigureUnit(.duration, "minutes", 1),
        "min": FigureUnit(.duration, "minutes", 1),
        "seconds": FigureUnit(.duration, "seconds", 1), "second": FigureUnit(.duration, "seconds", 1), "secs": FigureUnit(.duration, "seconds", 1),
        "sec": FigureUnit(.duration, "seconds", 1),
        "decades": FigureUnit(.duration, "years", 10), "decade": FigureUnit(.duration, "years", 10), "centuries": FigureUnit(.duration, "years", 100),
    ]
    /// Two-word units, checked before single words.
    static let twoWordUnits: [String: FigureUnit] = [
        "per cent": FigureUnit(.percent, "%", 1), "per cents": FigureUnit(.percent, "%", 1), "percentage points": FigureUnit(.percent, "%", 1),
        "percentage point": FigureUnit(.percent, "%", 1),
        "business days": FigureUnit(.duration, "days", 1), "working days": FigureUnit(.duration, "days", 1),
        // Temperatures ("280 degrees Celsius", "40 °C"); "degrees" alone may be an angle or a diploma.
        "degrees celsius": FigureUnit(.other, "C", 1), "degrees centigrade": FigureUnit(.other, "C", 1), "degrees fahrenheit": FigureUnit(.other, "F", 1),
        "degrees c": FigureUnit(.other, "C", 1), "degrees f": FigureUnit(.other, "F", 1), "° c": FigureUnit(.other, "C", 1), "° f": FigureUnit(.other, "F", 1),
        "square metres": FigureUnit(.other, "m2", 1), "square meters": FigureUnit(.other, "m2", 1), "square feet": FigureUnit(.other, "ft2", 1),
        "square miles": FigureUnit(.other, "mi2", 1), "square kilometres": FigureUnit(.other, "km2", 1), "square kilometers": FigureUnit(.other, "km2", 1),
        "metric tons": FigureUnit(.mass, "kg", 1000), "metric tonnes": FigureUnit(.mass, "kg", 1000), "cubic feet": FigureUnit(.volume, "ft3", 1), "cubic metres": FigureUnit(.volume, "m3", 1), "cubic meters": FigureUnit(.volume, "m3", 1),
    ]
    /// Three-word units.
    static let threeWordUnits: [String: FigureUnit] = [
        "miles per hour": FigureUnit(.speed, "mph", 1), "kilometres per hour": FigureUnit(.speed, "km/h", 1), "kilometers per hour": FigureUnit(.speed, "km/h", 1),
    ]

    static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "dozens": 12,
    ]

    /// Ordinal words for days of the month ("the second", "twenty-first" is read as "twenty" + "first").
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3, "thursday": 4, "thu": 4,
        "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]
    /// "the next day", "the following day": days counted from the story's events, not the article's date.
    static let narrativeDays: [String: Int] = ["next": 1, "following": 1, "previous": -1, "same": 0]

    /// Days named relative to the article's date.
    static let relativeDays: [String: Int] = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]

    /// Determiners before a bare year that modifies a noun ("the 1995 massacre", "a 2019 law").
    static let yearDeterminers: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]
    /// Prepositions before a bare year that make it a date ("in 2008", "since 2015"; "the year 2025").
    static let yearPrepositions: Set<String> = ["in", "since", "from", "until", "till", "by", "during", "before", "after", "of", "between", "and", "to", "early", "late", "mid", "summer", "spring", "autumn", "winter", "year"]

    /// Words before a year that also come before a count ("around 2000 protesters"): a year after them only when no
    /// counted word follows ("born around 1965,", "losses through 2020.").
    static let countingYearPrepositions: Set<String> = ["around", "through", "throughout", "into", "circa", "for", "than", "over"]
    /// Words that may follow such a year ("around 1965 and", "through 2020 when").
    static let afterYearWords: Set<String> = ["and", "or", "when", "as", "after", "before", "until", "to", "while", "but"]

    /// "the other three were …", "all four appeared …": a number between these words is a count without a noun
    /// (mostly of people in crime reports).
    static let beforeCountedPeople: Set<String> = ["the", "other", "all", "both"]
    static let afterCountedPeople: Set<String> = ["were", "are", "have", "had", "remain", "remained", "died", "appeared",
                                                  "appear", "face", "faced", "suffered", "denied", "deny", "admitted", "admit"]

    /// Verbs of speaking: "one relative said" introduces a speaker, not a count.
    static let speechVerbs: Set<String> = ["said", "says", "told", "tells", "wrote", "writes", "added", "explained", "recalled",
                                           "described", "posted", "commented", "complained", "claimed"]

    /// Capitalised words that may stand before an amount without naming it ("Within 7 business days", "Aged 34",
    /// "Over 500 people"): a number after them is no model number.
    static let beforeAmounts: Set<String> = ["within", "about", "over", "under", "nearly", "almost", "around", "approximately",
                                             "some", "roughly", "only", "just", "age", "aged", "ages", "for", "in", "by", "at",
                                             "after", "before", "since", "until", "from", "to", "with", "than", "of", "and", "or",
                                             "all", "the", "these", "those", "its", "their", "his", "her", "our", "another",
                                             "every", "each", "first", "last", "next", "added", "plus", "minus"]

    /// Verbs before a "that" that opens what was reported ("mentioned that one suspect was arrested").
    static let reportingVerbs: Set<String> = speechVerbs.union(["mentioned", "reported", "confirmed", "stated", "announced", "revealed",
                                                                "noted", "learned", "learnt", "found", "heard", "showed"])
    /// Finite verbs right after a subject ("one more suspect was arrested").
    static let finiteVerbsAfterSubject: Set<String> = ["was", "were", "is", "are", "had", "has", "have", "will", "would"]
    /// Marks and words after which a number opens a clause ("Of the 117 arrests, 28 were", "while three are").
    static let clauseOpeners: Set<String> = [",", ";", ":", "while", "whereas", "whom", "but"]
    /// Words before "<number> who": "including seven who", "the two who", "a gang of 11 who" ("of" not after a person:
    /// "a boy of 15 who" is an age).
    static let countedBeforeWho: Set<String> = ["including", "among", "the", "other", "all", "both", "of"]
    /// Words right before a 24-hour clock time ("at 1702 hours", "until 0600 hrs"), or before its hedge ("at about").
    static let clockTimeOpeners: Set<String> = ["at", "by", "until", "till", "before", "after", "since"]
    /// Hedges between such a word and the time ("at about 1702 hours").
    static let clockTimeHedges: Set<String> = ["about", "around", "approximately", "roughly"]
    /// The words that may follow a second of time: "a second later", "a second or two", "within a second of".
    static let afterSecondOfTime: Set<String> = ["later", "ago", "earlier", "before", "after", "of", "or", "and", "to", "in", "for",
                                                 "too", "longer", "more", "at", "on", "when", "while", "as", "than", "per", "each",
                                                 "from", "apart", "into", "behind", "late", "early", "short"]
    /// Ordinals listed after "a second and" ("a second and third suspect").
    static let ordinalsAfterSecond: Set<String> = ["third", "fourth", "fifth", "sixth"]
    /// Words before "one" that make it a pronoun: "no one", "the one", "where one needs".
    static let beforePronounOne: Set<String> = ["no", "any", "every", "each", "the", "this", "that", "where", "when", "if",
                                                "which", "what", "someone", "anyone",
                                                // ("The first one occurred on Jan. 1": session 16, batch44's tune half)
                                                "first", "second", "last", "latest", "other"]
    /// Nouns "one" does not count: "one part of the process", "on the one hand"; idioms ("one step ahead", "under one
    /// umbrella", "under one roof", "at one point", "at one stage": session 16, the tune halves of batches 46 and 49).
    static let notCountedAfterOne: Set<String> = ["part", "side", "reason", "example", "instance", "aspect", "hand", "thing", "kind", "sort",
                                                  "step", "umbrella", "roof", "piece", "point", "stage"]

    /// Words before a month named alone that make it a date ("in February", "since March"); not "and" or "to",
    /// which join names ("Johnson and May").
    static let monthPrepositions: Set<String> = ["in", "since", "from", "until", "till", "by", "during", "before", "after",
                                                 "early", "late", "mid", "throughout"]

    /// Words before a number that make it part of an identifier ("section 18", "junction 10", "No. 10").
    static let identifierNouns: Set<String> = [
        "section", "sections", "article", "clause", "schedule", "paragraph", "rule", "regulation", "part", "chapter",
        "page", "room", "junction", "route", "flight", "number", "no", "nos", "platform", "bus", "level", "category",
        "grade", "tier", "phase", "series", "season", "episode", "version", "model", "channel", "line", "exit",
        "gate", "block", "unit", "flat", "apartment", "suite", "box", "ward", "bay", "lane", "highway", "interstate",
        "covid", "windows", "iphone", "ps", "year", "class", "week", "day", "stage", "round", "game", "match",
        "figure", "table", "appendix", "item", "count", "counts", "charge", "code", "ext", "tel", "phone", "call", "dial",
    ]

    /// Words for a person that an age in commas follows in crime reports ("a man, 23, and a woman, 47,").
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "teenager", "teen", "youth", "pensioner", "mother", "father", "son", "daughter",
        "driver", "rider", "passenger", "pedestrian", "victim", "suspect", "defendant", "student", "resident", "wife",
        "husband", "brother", "sister", "officer", "motorist", "cyclist", "juvenile", "minor", "child", "girlfriend",
        "boyfriend", "neighbour", "neighbor", "grandmother", "grandfather", "patient", "prisoner", "inmate",
        "aunt", "uncle", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepfather", "stepmother", "companion",
        "partner", "friend", "fiance", "fiancee", "colleague", "worker", "tourist", "soldier", "gunman", "accomplice",
        // (session 15, the tune halves of batches 11 and 19: "The ringleader, 34, operated", "the manager, 49, reported")
        "ringleader", "manager", "owner", "employee", "teacher", "nurse", "doctor", "shopkeeper", "landlord", "tenant",
        "attacker", "robber", "burglar", "thief", "dealer", "courier", "killer", "offender", "survivor", "witness",
    ]

    /// Emergency and police phone numbers, and the nouns that show they are being dialled ("a 999 call").
    static let emergencyNumbers: Set<String> = ["999", "911", "112", "101", "000"]
    static let emergencyNumberNouns: Set<String> = ["call", "calls", "caller", "callers", "number", "line", "lines", "operator",
                                                    "operators", "dispatcher", "dispatchers", "emergency", "system", "service"]
    /// Verbs before an emergency number that dial it ("called 911", "dialled 999"; session 23, batch102's tune half).
    static let diallingVerbs: Set<String> = ["call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling",
                                             "dialing", "phone", "phoned", "phoning", "ring", "rang", "text", "texted"]

    /// Words that end an `of` noun phrase, or stop a count from taking a noun.
    static let ofStopWords: Set<String> = [
        "and", "or", "but", "in", "on", "at", "with", "to", "of", "for", "from", "by", "as", "than", "that", "which",
        "who", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "having",
        "the", "a", "an", "this", "these", "those", "their", "his", "her", "its", "our", "my", "your", "into",
        "after", "before", "during", "since", "until", "while", "when", "where", "said", "says", "it", "they", "he",
        "she", "we", "i", "you", "not", "also", "per", "each", "across", "over", "under", "about", "ago", "later",
        "earlier", "more", "less", "will", "would", "could", "should", "may", "might", "can", "must", "so", "if",
        "then", "there", "here", "up", "down", "out", "off", "all", "both", "times", "time", "old", "aged",
        // Value phrases after the seized thing: "40kg of cocaine worth £3.2m", "cannabis valued at".
        "worth", "valued", "estimated", "believed", "thought", "seized", "found", "recovered",
        // "5 million last year": a time phrase, not what is counted.
        "last", "next",
    ]
    /// Counted nouns that are themselves units of time or order handled elsewhere, or pronoun uses of "one".
    static let notCountNouns: Set<String> = ["of", "another", "other", "another's", "way", "day", "thing", "point", "time", "such"]
    /// Words after a number that make it a clock time.
    /// Words before "percent of N" that make it a share of something counted ("the percentage of 30 students").
    static let percentDeterminers: Set<String> = ["the", "a", "an", "this", "that", "what", "which", "its", "their", "his", "her", "our", "high", "low"]
    /// One-word hedges that are also prepositions: a bare number after them is no figure ("all under 18", "at about
    /// 10"; on reuters.jsonl's tune half "all under 18" was read as a count).
    static let prepositionHedges: Set<String> = ["under", "over", "about", "around", "some", "c.", "circa", "estimated"]
    static let timeOfDay: Set<String> = ["am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "o'clock", "o’clock"]
    /// "as young as 14", "as old as 90": an age bound.
    static let ageBoundWords: Set<String> = ["young", "old"]
    /// Words after "N times" that make it a multiplier, not a count of events ("three times more", "ten times as").
    static let afterMultiplier: Set<String> = ["more", "less", "as", "higher", "lower", "greater", "larger", "bigger", "smaller",
                                               "faster", "slower", "the", "that", "a", "an", "over", "per", "likely", "longer", "what"]
    /// Nouns after "in" that name no part of a sum ("£1m in total", "£5m in value").
    static let notInMoneyOf: Set<String> = ["total", "value", "all", "addition", "return", "exchange", "order", "cash-terms", "terms",
                                            "question", "full", "part", "each", "which", "turn", "advance", "case", "fact", "court"]
    /// Magnitude words that make a number a count although no noun follows ("fell to 1.2 million"; world.jsonl tune
    /// half: 3 such counts in the gold, none missed by it being wrong).
    static let countMagnitudes: Set<String> = ["million", "billion", "trillion", "mn", "bn"]
    /// Subjects that make "was 37" an age.
    static let personPronouns: Set<String> = ["he", "she", "i", "who"]
    /// Words skipped after "N of" before the counted noun ("two of the men", "22 of Friday's victims").
    static let partDeterminers: Set<String> = ["the", "his", "her", "their", "its", "our", "these", "those", "them", "us", "whom", "which"]
    /// The largest number of words an `of` phrase takes.
    static let maximumOfWords = 4
}
