//! Randomised checks on the form parsers every server function relies on: whatever a form sends (any
//! Unicode, control characters, huge numbers, signs), a parser never panics, refuses by naming one of its
//! own fields, and what it accepts it accepts again unchanged (validation is a fixed point).

use crate::{
    accounts::domain::{DisplayName, Email},
    forum::domain::{CategoryName, TopicTitle},
    markdown::PostBody,
    nps::domain::{SurveyDraft, SurveyForm},
    recognition::domain::Adjustment,
    referrals::{
        conversion::{Conversion, ConversionForm, AMOUNT_MAX},
        domain::{Settings, SettingsForm},
    },
    stories::domain::{StoryDraft, StoryForm},
};
use proptest::prelude::*;

/// Text a person (or a script) might send: printable words, markup, controls, odd spaces, digits and signs.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,80}",
        "[-+]?[0-9]{1,25}",
        "[\\x00-\\x1f\\u{200b}\\u{202e}a-z <>&\"']{0,40}",
        Just(String::new()),
        Just("-9223372036854775808".to_string()),
        Just("9223372036854775807".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn single_field_parsers_name_their_field_and_are_fixed_points(raw in field()) {
        if let Ok(v) = Email::parse(&raw) {
            prop_assert_eq!(Email::parse(v.as_str()).map(|e| e.as_str().to_string()), Ok(v.as_str().to_string()));
        } else if let Err(e) = Email::parse(&raw) {
            prop_assert_eq!(e.field, "email");
        }
        match DisplayName::parse(&raw) {
            Ok(v) => prop_assert_eq!(DisplayName::parse(v.as_str()).map(|n| n.as_str().to_string()), Ok(v.as_str().to_string())),
            Err(e) => prop_assert_eq!(e.field, "display_name"),
        }
        match TopicTitle::parse(&raw) {
            Ok(v) => {
                prop_assert!(!v.as_str().contains('\n'));
                prop_assert_eq!(TopicTitle::parse(v.as_str()).map(|t| t.as_str().to_string()), Ok(v.as_str().to_string()));
            }
            Err(e) => prop_assert_eq!(e.field, "title"),
        }
        match PostBody::parse(&raw) {
            Ok(v) => prop_assert!(!v.as_str().trim().is_empty()),
            Err(e) => prop_assert_eq!(e.field, "body"),
        }
        match CategoryName::parse(&raw) {
            Ok(v) => prop_assert_eq!(CategoryName::parse(v.as_str()).map(|t| t.as_str().to_string()), Ok(v.as_str().to_string())),
            Err(e) => prop_assert_eq!(e.field, "name"),
        }
    }

    #[test]
    fn an_adjustment_is_a_bounded_non_zero_amount_with_a_reason(amount in field(), reason in field()) {
        match Adjustment::parse(&amount, &reason) {
            Ok(a) => {
                prop_assert!(a.amount != 0);
                prop_assert!(a.amount.unsigned_abs() <= crate::recognition::domain::AMOUNT_MAX.unsigned_abs());
                prop_assert!(!a.reason.trim().is_empty());
            }
            Err(e) => prop_assert!(e.field == "amount" || e.field == "reason", "{}", e.field),
        }
    }

    #[test]
    fn multi_field_forms_refuse_by_a_field_of_their_own(
        a in field(), b in field(), c in field(), d in field(), e in field(), f in field(),
    ) {
        let story = StoryForm {
            title: a.clone(), body: b.clone(), product: c.clone(), rating: d.clone(), quote: e.clone(),
            company: f.clone(), job_title: a.clone(), consent: b.clone(),
        };
        if let Err(err) = StoryDraft::parse(&story) {
            let fields = ["title", "body", "product", "rating", "quote", "company", "job_title", "consent"];
            prop_assert!(fields.contains(&err.field), "{}", err.field);
        }
        let survey = SurveyForm {
            title: a.clone(), question: b.clone(), ask_why: Some(c.clone()), period_days: d.clone(),
            starts_at: e.clone(), ends_at: f.clone(), group: String::new(),
        };
        if let Err(err) = SurveyDraft::parse(&survey) {
            let fields = ["title", "question", "ask_why", "period_days", "starts_at", "ends_at"];
            prop_assert!(fields.contains(&err.field), "{}", err.field);
        }
        let order = ConversionForm {
            email: a.clone(), code: b.clone(), order_ref: c.clone(), amount: d.clone(), currency: e.clone(),
        };
        match Conversion::parse(&order, "USD") {
            Ok(o) => prop_assert!(!o.order_ref.is_empty() && o.amount.is_none_or(|x| (0..=AMOUNT_MAX).contains(&x))),
            Err(err) => {
                let fields = ["email", "code", "order_ref", "amount", "currency"];
                prop_assert!(fields.contains(&err.field), "{}", err.field);
            }
        }
        let settings = SettingsForm {
            qualify_on: a, hold_days: d, daily_cap: e, ip_burst: f,
            landing_url: b.clone(), landing_param: c.clone(), currency: b.clone(), friend_reward: c.clone(),
        };
        match Settings::parse(&settings) {
            Ok(s) => prop_assert!(
                (0..=90).contains(&s.hold_days) && s.daily_cap >= 1 && s.ip_burst >= 2
                    && (s.landing.url.is_empty() || s.landing.url.starts_with("http"))
                    && s.currency.len() == 3
            ),
            Err(err) => {
                let fields = ["qualify_on", "hold_days", "daily_cap", "ip_burst", "landing_url", "landing_param", "currency", "friend_reward"];
                prop_assert!(fields.contains(&err.field), "{}", err.field);
            }
        }
    }
}
