/// The calendar words and numbers the date readers share: page dates and bylines (extraction) and dates in
/// the text (tagging).
public enum CalendarWords {
    /// English month names and their abbreviations ("sept" too), lower-case, with their month numbers.
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Four-digit numbers read as years of a date (news of the last century and of this one).
    public static let years: ClosedRange<Int> = 1900...2100
}
