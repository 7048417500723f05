/// Words that end with a full stop without ending a sentence ("Det. Insp. Smith", "No. 10"). ICU's own
/// suppressions (`@ss=standard`) cover only a few; a break after one of these is undone when the next
/// sentence does not start a new paragraph.
enum Abbreviations {
    static let noSentenceBreakAfter: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sir", "st", "rev", "hon", "gen", "col", "maj", "capt", "cpt", "lt", "sgt",
        "cpl", "pc", "dc", "ds", "di", "dci", "det", "insp", "supt", "ch", "chief", "cmdr", "comm", "asst", "dep",
        "gov", "sen", "rep", "atty", "jr", "sr", "no", "nos", "vol", "fig", "approx", "inc", "ltd", "co", "corp",
        "mt", "ft", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "ave", "rd", "blvd", "cllr", "rt", "ald", "esq",
        // Ranks abbreviated in Asian and military reports ("Sr. Comr. Satake Bayu", Indonesia's police; "Brig. Gen.";
        // "Pte. Smith"): session 15, batch35's tune half.
        "comr", "brig", "cdr", "pte", "pvt",
    ]
}
