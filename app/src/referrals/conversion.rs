//! Conversions: a referred friend became a customer. The shop (through the API) or an admin (with a CSV)
//! reports an order: the friend's email or the referral code, the order's reference and, optionally, its
//! amount. Pure Rust, compiled for the server and the browser alike.

use crate::{
    accounts::domain::Email,
    common::{field_error::FieldError, text::thousands},
    referrals::domain::{parse_code, parse_currency, Status},
    t,
};
use serde::{Deserialize, Serialize};

/// Longest order reference.
pub const ORDER_REF_MAX: usize = 100;
/// Largest amount, in minor units (ten billion in the currency's main unit).
pub const AMOUNT_MAX: i64 = 1_000_000_000_000;
/// Rows one CSV upload may hold.
pub const MAX_ROWS: usize = 10_000;

/// A conversion as reported, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConversionForm {
    pub email: String,
    pub code: String,
    pub order_ref: String,
    pub amount: String,
    pub currency: String,
}

/// A checked conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The friend's address, lower-cased as written.
    pub email: Option<String>,
    pub code: Option<String>,
    pub order_ref: String,
    /// Minor units of the programme's currency.
    pub amount: Option<i64>,
}

impl Conversion {
    /// Checks a report against the programme's `currency`; each refusal names its field.
    pub fn parse(form: &ConversionForm, currency: &str) -> Result<Conversion, FieldError> {
        let email = match form.email.trim() {
            "" => None,
            raw => Some(Email::parse(raw)?.as_str().to_string()),
        };
        let code = match form.code.trim() {
            "" => None,
            raw => {
                Some(parse_code(raw).ok_or_else(|| FieldError::new("code", t!("referrals-code-invalid", code = raw)))?)
            }
        };
        if email.is_none() && code.is_none() {
            return Err(FieldError::new("email", t!("referrals-email-or-code")));
        }
        let order_ref = form.order_ref.trim();
        if order_ref.is_empty() {
            return Err(FieldError::new("order_ref", t!("referrals-order-missing")));
        }
        if order_ref.chars().count() > ORDER_REF_MAX || order_ref.chars().any(char::is_control) {
            return Err(FieldError::new("order_ref", t!("referrals-order-too-long", max = ORDER_REF_MAX)));
        }
        let amount = parse_amount(&form.amount).map_err(|m| FieldError::new("amount", m))?;
        if !form.currency.trim().is_empty() && parse_currency(&form.currency).as_deref() != Some(currency) {
            return Err(FieldError::new("currency", t!("referrals-currency-differs", currency = currency)));
        }
        Ok(Conversion { email, code, order_ref: order_ref.into(), amount })
    }
}

/// An amount as written (`49.90`, `1250`), in minor units; empty is none. Refused: signs, thousands
/// separators, more than two decimals, more than [`AMOUNT_MAX`].
pub fn parse_amount(raw: &str) -> Result<Option<i64>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let refuse = || t!("referrals-amount-invalid", amount = raw);
    let (whole, cents) = raw.split_once('.').unwrap_or((raw, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(cents) || cents.len() > 2 || whole.len() > 13 {
        return Err(refuse());
    }
    let whole: i64 = whole.parse().map_err(|_| refuse())?;
    let cents: i64 = format!("{cents:0<2}").parse().map_err(|_| refuse())?;
    let amount = whole * 100 + cents;
    if amount > AMOUNT_MAX {
        return Err(t!("referrals-amount-too-large", amount = raw, max = money(AMOUNT_MAX, "")));
    }
    Ok(Some(amount))
}

/// Minor units as people read them: `1,250.50 EUR`.
pub fn money(minor: i64, currency: &str) -> String {
    let text = format!("{}.{:02}", thousands(minor / 100), (minor % 100).abs());
    match currency {
        "" => text,
        c => format!("{text} {c}"),
    }
}

/// A recorded conversion, as the API and the admin's report show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub id: i64,
    pub referral_id: i64,
    pub referrer_id: i64,
    /// The friend's account, when they joined the community.
    pub referee_id: Option<i64>,
    pub order_ref: String,
    pub amount: Option<i64>,
    pub currency: String,
    /// Where the referral stands after this conversion.
    pub status: Status,
    pub created_at: i64,
    /// The points this report paid the referrer, when it was what rewarded the referral.
    pub paid: Option<i64>,
}

/// What recording a conversion did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    New(Recorded),
    /// The order was reported before with the same details: nothing changed.
    Again(Recorded),
    Refused(Refusal),
}

/// Why a conversion was not recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Nobody referred that email, and no code was given.
    NoReferral,
    UnknownCode(String),
    /// The code's member was removed.
    CodeGone(String),
    /// The order was reported before with other details.
    Differs(String),
}

impl Refusal {
    /// The field the refusal is about.
    pub fn field(&self) -> &'static str {
        match self {
            Refusal::NoReferral => "email",
            Refusal::UnknownCode(_) | Refusal::CodeGone(_) => "code",
            Refusal::Differs(_) => "order_ref",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Refusal::NoReferral => t!("referrals-no-referral"),
            Refusal::UnknownCode(code) => t!("referrals-unknown-code", code = code.as_str()),
            Refusal::CodeGone(code) => t!("referrals-code-gone", code = code.as_str()),
            Refusal::Differs(order) => t!("referrals-order-differs", order = order.as_str()),
        }
    }
}

/// What one CSV upload did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadReport {
    /// Data rows read.
    pub read: usize,
    pub recorded: usize,
    /// Orders recorded by an earlier upload (a re-run after an interruption skips them).
    pub already: usize,
    /// Referrers this upload rewarded.
    pub rewarded: usize,
    pub refused: Vec<crate::common::upload::RefusedLine>,
    /// Refused lines in all (the list keeps the first few hundred).
    pub refused_total: usize,
    /// The first rows recorded (or, in a preview, that would be).
    pub preview: Vec<PreviewRow>,
    /// True when nothing was written (a preview).
    pub dry_run: bool,
}

/// One row of an upload's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub line: u64,
    pub email: String,
    pub code: String,
    pub order_ref: String,
    pub amount: String,
}

/// Rows an upload's preview shows.
pub const PREVIEW_ROWS: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    fn form(email: &str, code: &str, order: &str, amount: &str) -> ConversionForm {
        ConversionForm {
            email: email.into(),
            code: code.into(),
            order_ref: order.into(),
            amount: amount.into(),
            currency: String::new(),
        }
    }

    #[test]
    fn a_conversion_needs_an_order_and_an_email_or_a_code() {
        let ok = Conversion::parse(&form(" Ada@Example.com ", "", "A-1", "49.9"), "USD").unwrap();
        assert_eq!(ok.email.as_deref(), Some("ada@example.com"));
        assert_eq!((ok.order_ref.as_str(), ok.amount), ("A-1", Some(4990)));
        let coded = Conversion::parse(&form("", "AbCd2345", "A-2", ""), "USD").unwrap();
        assert_eq!((coded.code.as_deref(), coded.amount), (Some("abcd2345"), None));
        let field = |f: ConversionForm| Conversion::parse(&f, "USD").unwrap_err().field;
        assert_eq!(field(form("", "", "A-1", "")), "email");
        assert_eq!(field(form("not-mail", "", "A-1", "")), "email");
        assert_eq!(field(form("", "ab", "A-1", "")), "code");
        assert_eq!(field(form("a@b.co", "", " ", "")), "order_ref");
        assert_eq!(field(form("a@b.co", "", &"x".repeat(101), "")), "order_ref");
        assert_eq!(field(form("a@b.co", "", "A\n1", "")), "order_ref");
        assert_eq!(field(form("a@b.co", "", "A-1", "-5")), "amount");
        let euro = ConversionForm { currency: "eur".into(), ..form("a@b.co", "", "A-1", "5") };
        assert_eq!(Conversion::parse(&euro, "USD").unwrap_err().field, "currency");
        assert!(Conversion::parse(&euro, "EUR").is_ok());
    }

    #[test]
    fn amounts_are_read_exactly_in_minor_units() {
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("1250"), Ok(Some(125_000)));
        assert_eq!(parse_amount("1250.5"), Ok(Some(125_050)));
        assert_eq!(parse_amount("0.07"), Ok(Some(7)));
        for bad in ["1,250.00", "1.234", "-3", "+3", "1e3", ".5", "abc", "12.", "99999999999999"] {
            if bad == "12." {
                assert_eq!(parse_amount(bad), Ok(Some(1200)), "a trailing dot is a whole amount");
                continue;
            }
            assert!(parse_amount(bad).is_err(), "{bad} should be refused");
        }
        assert!(parse_amount("10000000000.01").unwrap_err().contains("more than any one order"));
        assert_eq!(money(125_050, "EUR"), "1,250.50 EUR");
        assert_eq!(money(7, ""), "0.07");
    }
}
