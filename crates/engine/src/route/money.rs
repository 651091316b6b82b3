//! Converting costs to EUR so routes across countries add up.
//!
//! Indicative fixed rates (ECB reference rates, rounded, read 2026-11-24): good enough to
//! compare routes, never to quote a fee. A currency without a rate here counts as unknown
//! and makes the cost criterion treat the step as free, so it is reported in the step.

/// EUR per unit of `currency`, or `None` when unknown.
pub fn eur_rate(currency: &str) -> Option<f64> {
    Some(match currency {
        "EUR" => 1.0,
        "GBP" => 1.17,
        "CHF" => 1.06,
        "SEK" => 0.088,
        "DKK" => 0.134,
        "NOK" => 0.086,
        "PLN" => 0.23,
        "CZK" => 0.040,
        "HUF" => 0.0025,
        "RON" => 0.20,
        "BGN" => 0.511,
        "ISK" => 0.0071,
        "USD" => 0.92,
        _ => return None,
    })
}

/// `amount` in EUR; unknown currencies give `None`.
pub fn to_eur(amount: f64, currency: &str) -> Option<f64> {
    eur_rate(currency).map(|r| amount * r)
}

/// Money rounded to cents, as every figure a learner reads or a host receives is given:
/// converted and shrunk amounts otherwise print as 3632.8500000000004.
pub fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
