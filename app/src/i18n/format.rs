//! Numbers and dates as each language writes them (CLDR's conventions): digit grouping, the decimal mark,
//! month names and the order of day, month and year. Times are in UTC everywhere, so the server and the
//! browser print the same text and hydration never disagrees.

use super::Lang;
use time::OffsetDateTime;

/// A whole number: "12,345" in English, "12.345" in German, "12.345" (but "1234") in Spanish, "١٢٬٣٤٥" in
/// Arabic.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    // Spanish groups only from five digits on (CLDR's minimum grouping digits is 2).
    let group = !(lang == Lang::Es && digits.len() <= 4);
    let separator = match lang {
        Lang::En => ',',
        Lang::De | Lang::Es => '.',
        Lang::Ar => '٬',
    };
    let mut out = String::with_capacity(digits.len() * 3);
    if n < 0 {
        out.push(if lang == Lang::Ar { '\u{061C}' } else { '-' });
        if lang == Lang::Ar {
            out.push('-');
        }
    }
    for (i, d) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(d);
    }
    localise_digits(lang, out)
}

/// Arabic writes Arabic-Indic digits (٠١٢…); the others keep ASCII digits.
fn localise_digits(lang: Lang, text: String) -> String {
    if lang != Lang::Ar {
        return text;
    }
    text.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(0x0660 + d)).unwrap_or(c)).collect()
}

const MONTHS_SHORT: [[&str; 12]; 4] = [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
];

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// A month, counted as `year * 12 + month - 1` (the cohorts' numbering): "Mar 2026", "März 2026",
/// "mar 2026", "مارس ٢٠٢٦".
pub fn month(lang: Lang, months: i32) -> String {
    let name = MONTHS_SHORT[index(lang)][months.rem_euclid(12) as usize];
    localise_digits(lang, format!("{name} {}", months.div_euclid(12)))
}

/// A day: "5 Mar 2026", "5. März 2026", "5 mar 2026", "٥ مارس ٢٠٢٦".
pub fn date(lang: Lang, at: i64) -> String {
    let t = OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let month = MONTHS_SHORT[index(lang)][usize::from(u8::from(t.month())) - 1];
    let text = match lang {
        Lang::De => format!("{}. {month} {}", t.day(), t.year()),
        _ => format!("{} {month} {}", t.day(), t.year()),
    };
    localise_digits(lang, text)
}

/// A moment: "5 Mar 2026, 14:07 UTC" and its equivalents (24-hour clock everywhere; Arabic's comma is ،).
pub fn date_time(lang: Lang, at: i64) -> String {
    let t = OffsetDateTime::from_unix_timestamp(at).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let comma = if lang == Lang::Ar { "،" } else { "," };
    let clock = localise_digits(lang, format!("{:02}:{:02}", t.hour(), t.minute()));
    format!("{}{comma} {clock} UTC", date(lang, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_each_language_does() {
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::De, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::Es, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::Es, 1_234), "1234");
        assert_eq!(number(Lang::Es, 12_345), "12.345");
        assert_eq!(number(Lang::En, -300), "-300");
        assert_eq!(number(Lang::En, 0), "0");
        assert_eq!(number(Lang::Ar, 12_345), "١٢٬٣٤٥");
        assert_eq!(number(Lang::Ar, -5), "\u{061C}-٥");
        assert_eq!(number(Lang::En, i64::MIN), "-9,223,372,036,854,775,808");
    }

    #[test]
    fn dates_name_the_month_in_the_language() {
        let at = 1_772_719_620; // 2026-03-05 14:07 UTC
        assert_eq!(date(Lang::En, at), "5 Mar 2026");
        assert_eq!(date(Lang::De, at), "5. März 2026");
        assert_eq!(date(Lang::Es, at), "5 mar 2026");
        assert_eq!(date(Lang::Ar, at), "٥ مارس ٢٠٢٦");
        assert_eq!(date_time(Lang::En, at), "5 Mar 2026, 14:07 UTC");
        assert_eq!(date_time(Lang::De, at), "5. März 2026, 14:07 UTC");
        assert_eq!(date_time(Lang::Ar, at), "٥ مارس ٢٠٢٦، ١٤:٠٧ UTC");
    }
}
