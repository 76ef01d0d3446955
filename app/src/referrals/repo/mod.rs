//! Referral SQL, written once for both backends.

mod attribute;
mod codes;
mod convert;
mod gift;
mod lists;
mod settle;

pub use attribute::{attribute, confirmed, qualify, Attributed};
pub use codes::{click, code_for, referrer_by_code, set_code, Referrer};
pub use convert::{conversions, convert, Source};
pub use gift::{code_rewards, codes_left, gift_of};
pub use lists::{admin_list, mine, save_settings, settings, settings_tx};
pub use settle::{decide_held, pay, reverse_removed, settle_due, Decision, Paid};
