//! Minimal calendar dates (YYYY-MM-DD) as day numbers: enough for validity windows,
//! "years since completion" and start dates, without a date-time dependency.

/// Days since 1970-01-01 of a proleptic Gregorian date, or `None` if `s` is not YYYY-MM-DD
/// with a valid month and day.
pub fn parse_ymd(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Accepts `--MM-DD` (a yearly date) as well as YYYY-MM-DD.
pub fn is_valid_date_or_yearly(s: &str) -> bool {
    if let Some(rest) = s.strip_prefix("--") {
        return parse_ymd(&format!("2000-{rest}")).is_some();
    }
    parse_ymd(s).is_some()
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// YYYY-MM-DD of a day number (inverse of [`parse_ymd`]).
pub fn format_ymd(days: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Years (365.25 days) between two day numbers.
pub fn years_between_days(from: i64, to: i64) -> f64 {
    (to - from) as f64 / 365.25
}

/// Years (365.25 days) from `from` to `to`, both YYYY-MM-DD.
pub fn years_between(from: &str, to: &str) -> Option<f64> {
    Some((parse_ymd(to)? - parse_ymd(from)?) as f64 / 365.25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(parse_ymd("1970-01-01"), Some(0));
        assert_eq!(parse_ymd("2000-03-01"), Some(11_017));
        assert!(parse_ymd("2024-02-29").is_some());
        assert_eq!(parse_ymd("2023-02-29"), None);
        assert_eq!(parse_ymd("2023-13-01"), None);
        assert_eq!(parse_ymd("2023-1-01"), None);
        assert_eq!(parse_ymd("+023-01-01"), None);
        assert!(is_valid_date_or_yearly("--09-01"));
        assert!(!is_valid_date_or_yearly("--02-30"));
    }

    #[test]
    fn format_inverts_parse() {
        for d in ["1970-01-01", "2000-02-29", "2026-11-24", "1999-12-31"] {
            assert_eq!(parse_ymd(d).map(format_ymd).as_deref(), Some(d));
        }
    }

    #[test]
    fn years() {
        let y = years_between("2020-01-01", "2024-01-01").unwrap_or(0.0);
        assert!((y - 4.0).abs() < 0.01, "{y}");
    }
}
