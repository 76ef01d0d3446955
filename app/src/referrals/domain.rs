//! Referral rules: codes, email normalising, the fraud screen, qualification, holds and the daily cap.
//! Pure Rust, compiled for the server and the browser alike.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// The first-party cookie that carries a referral code from the link to the sign-up form.
pub const COOKIE: &str = "chorus_ref";
/// How long the cookie lives: 30 days.
pub const COOKIE_MAX_AGE: i64 = 30 * 86_400;
/// Letters of a generated code: lower case without look-alikes (no i, l, o, 0, 1).
pub const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Length of a generated code.
pub const CODE_LEN: usize = 8;
/// Referrals shown per page on the admin list.
pub const PER_PAGE: u32 = 50;
/// Longest hold an admin may set, in days.
pub const HOLD_DAYS_MAX: i64 = 90;

/// A referral code as it arrives in a link or cookie: `None` when it cannot be one (wrong length or letters),
/// so a malformed code never reaches the database.
pub fn parse_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_ascii_lowercase();
    let ok = (6..=16).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    ok.then_some(code)
}

/// An email address reduced to the mailbox it reaches: lower case, without a `+tag` and without dots in the
/// local part, so `Ada.Okafor+promo@x.com` and `adaokafor@x.com` count as one person.
pub fn normalise_email(email: &str) -> String {
    let email = email.trim().to_lowercase();
    match email.rsplit_once('@') {
        Some((local, domain)) => {
            let local = local.split('+').next().unwrap_or_default().replace('.', "");
            format!("{local}@{domain}")
        }
        None => email,
    }
}

/// What makes a referred member count: the referrer is rewarded once it happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QualifyOn {
    SignUp,
    FirstPost,
    FirstStory,
    /// The friend became a customer: an order reported by the API or a CSV upload.
    Conversion,
}

impl QualifyOn {
    pub const ALL: [QualifyOn; 4] =
        [QualifyOn::SignUp, QualifyOn::FirstPost, QualifyOn::FirstStory, QualifyOn::Conversion];

    pub fn as_str(self) -> &'static str {
        match self {
            QualifyOn::SignUp => "sign_up",
            QualifyOn::FirstPost => "first_post",
            QualifyOn::FirstStory => "first_story",
            QualifyOn::Conversion => "conversion",
        }
    }

    pub fn parse(raw: &str) -> Option<QualifyOn> {
        QualifyOn::ALL.into_iter().find(|q| q.as_str() == raw)
    }

    /// When the referrer is rewarded, as the member's referral page says it ("… joins and qualifies (…)").
    pub fn label(self) -> String {
        match self {
            QualifyOn::SignUp => t!("referrals-qualify-sign-up"),
            QualifyOn::FirstPost => t!("referrals-qualify-first-post"),
            QualifyOn::FirstStory => t!("referrals-qualify-first-story"),
            QualifyOn::Conversion => t!("referrals-qualify-conversion"),
        }
    }

    /// The admin's choice of when to reward the referrer.
    pub fn choice(self) -> String {
        match self {
            QualifyOn::SignUp => t!("referrals-reward-on-sign-up"),
            QualifyOn::FirstPost => t!("referrals-reward-on-first-post"),
            QualifyOn::FirstStory => t!("referrals-reward-on-first-story"),
            QualifyOn::Conversion => t!("referrals-reward-on-conversion"),
        }
    }
}

/// Something a referred member did that may qualify their referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    SignedUp,
    Posted,
    StoryApproved,
    /// An order of theirs was reported.
    Converted,
}

impl QualifyOn {
    /// Whether `event` is the one this programme waits for.
    pub fn met_by(self, event: Event) -> bool {
        matches!(
            (self, event),
            (QualifyOn::SignUp, Event::SignedUp)
                | (QualifyOn::FirstPost, Event::Posted)
                | (QualifyOn::FirstStory, Event::StoryApproved)
                | (QualifyOn::Conversion, Event::Converted)
        )
    }
}

/// Where a referral stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// Attributed; waiting for the referred member to qualify.
    SignedUp,
    /// Stopped by a fraud control until an admin decides.
    Held,
    /// Qualified; the reward falls due after the hold period.
    Qualified,
    Rewarded,
    Rejected,
    /// Rewarded, then taken back (the referred account was removed as spam).
    Reversed,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::SignedUp, Status::Held, Status::Qualified, Status::Rewarded, Status::Rejected, Status::Reversed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::SignedUp => "signed_up",
            Status::Held => "held",
            Status::Qualified => "qualified",
            Status::Rewarded => "rewarded",
            Status::Rejected => "rejected",
            Status::Reversed => "reversed",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Words for the referrer's list.
    pub fn label(self) -> String {
        match self {
            Status::SignedUp => t!("referrals-status-signed-up"),
            Status::Held => t!("referrals-status-held"),
            Status::Qualified => t!("referrals-status-qualified"),
            Status::Rewarded => t!("referrals-status-rewarded"),
            Status::Rejected => t!("referrals-status-rejected"),
            Status::Reversed => t!("referrals-status-reversed"),
        }
    }
}

/// The fraud control that stopped or delayed a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flag {
    None,
    SelfReferral,
    IpBurst,
    DailyCap,
    Spam,
}

impl Flag {
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::None => "",
            Flag::SelfReferral => "self",
            Flag::IpBurst => "ip_burst",
            Flag::DailyCap => "daily_cap",
            Flag::Spam => "spam",
        }
    }

    pub fn parse(raw: &str) -> Flag {
        [Flag::SelfReferral, Flag::IpBurst, Flag::DailyCap, Flag::Spam]
            .into_iter()
            .find(|f| f.as_str() == raw)
            .unwrap_or(Flag::None)
    }

    pub fn label(self) -> String {
        match self {
            Flag::None => String::new(),
            Flag::SelfReferral => t!("referrals-flag-self"),
            Flag::IpBurst => t!("referrals-flag-ip-burst"),
            Flag::DailyCap => t!("referrals-flag-daily-cap"),
            Flag::Spam => t!("referrals-flag-spam"),
        }
    }
}

/// The programme's referral rules, as an admin set them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub qualify_on: QualifyOn,
    /// Days between qualifying and the reward (time to spot a fake account).
    pub hold_days: i64,
    /// Most referrals rewarded per referrer per UTC day; the rest wait for the next day.
    pub daily_cap: i64,
    /// Sign-ups through referral links from one address within an hour from which the next are held.
    pub ip_burst: i64,
    /// Where a referral link sends the visitor.
    pub landing: Landing,
    /// The currency conversions' amounts are counted in (ISO 4217).
    pub currency: String,
    /// The reward whose codes go to referred friends once they confirm their address (two-sided referrals).
    pub friend_reward_id: Option<i64>,
}

impl Default for Settings {
    fn default() -> Self {
        // A week's hold: time for an admin to look at a burst of sign-ups before anyone is paid.
        Settings {
            qualify_on: QualifyOn::FirstPost,
            hold_days: 7,
            daily_cap: 5,
            ip_burst: 3,
            landing: Landing::default(),
            currency: "USD".into(),
            friend_reward_id: None,
        }
    }
}

/// Where `/r/<code>` lands: the sign-up page (no address), or a page of the company's site that receives
/// the code as a query parameter (a shop that applies it at checkout).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Landing {
    pub url: String,
    pub param: String,
}

impl Default for Landing {
    fn default() -> Self {
        Landing { url: String::new(), param: "ref".into() }
    }
}

/// Longest landing address.
pub const LANDING_URL_MAX: usize = 500;

impl Landing {
    /// Reads the admin's address and parameter name; each refusal names its field.
    pub fn parse(url: &str, param: &str) -> Result<Landing, FieldError> {
        let url = url.trim();
        let param = param.trim();
        let param = if param.is_empty() { "ref" } else { param };
        if param.len() > 40 || !param.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b)) {
            return Err(FieldError::new("landing_param", t!("referrals-param-invalid")));
        }
        if url.is_empty() {
            return Ok(Landing { url: String::new(), param: param.into() });
        }
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default()).unwrap_or_default();
        if rest.is_none() || host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(FieldError::new("landing_url", t!("referrals-landing-invalid")));
        }
        if url.len() > LANDING_URL_MAX {
            return Err(FieldError::new("landing_url", t!("referrals-landing-too-long", max = LANDING_URL_MAX)));
        }
        Ok(Landing { url: url.into(), param: param.into() })
    }

    /// Where a visitor with `code` goes: the sign-up page, or the landing page with the code added to its
    /// query (before any `#fragment`).
    pub fn target(&self, code: &str) -> String {
        if self.url.is_empty() {
            return "/sign-up".into();
        }
        let (base, fragment) = match self.url.split_once('#') {
            Some((base, fragment)) => (base, format!("#{fragment}")),
            None => (self.url.as_str(), String::new()),
        };
        let join = match base.contains('?') {
            false => "?",
            true if base.ends_with('?') || base.ends_with('&') => "",
            true => "&",
        };
        format!("{base}{join}{}={code}{fragment}", self.param)
    }
}

/// A currency code as an admin or a shop writes it: three letters, upper-cased.
pub fn parse_currency(raw: &str) -> Option<String> {
    let code = raw.trim().to_ascii_uppercase();
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
}

/// The settings form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    pub qualify_on: String,
    pub hold_days: String,
    pub daily_cap: String,
    pub ip_burst: String,
    pub landing_url: String,
    pub landing_param: String,
    pub currency: String,
    /// A reward id, or empty for none.
    pub friend_reward: String,
}

impl Settings {
    /// Reads the admin form; each refusal names its field.
    pub fn parse(form: &SettingsForm) -> Result<Settings, FieldError> {
        let qualify_on = QualifyOn::parse(form.qualify_on.trim())
            .ok_or_else(|| FieldError::new("qualify_on", t!("referrals-choose-qualify")))?;
        let hold_days = bounded(&form.hold_days, 0, HOLD_DAYS_MAX)
            .ok_or_else(|| FieldError::new("hold_days", t!("referrals-hold-range", min = 0, max = HOLD_DAYS_MAX)))?;
        // The upper limits below go in as text, written without a thousands separator as before.
        let daily_cap = bounded(&form.daily_cap, 1, 1000)
            .ok_or_else(|| FieldError::new("daily_cap", t!("referrals-daily-cap-range", min = 1, max = "1000")))?;
        let ip_burst = bounded(&form.ip_burst, 2, 1000)
            .ok_or_else(|| FieldError::new("ip_burst", t!("referrals-ip-burst-range", min = 2, max = "1000")))?;
        let landing = Landing::parse(&form.landing_url, &form.landing_param)?;
        let currency = match form.currency.trim() {
            "" => "USD".to_string(),
            raw => parse_currency(raw).ok_or_else(|| FieldError::new("currency", t!("referrals-currency-invalid")))?,
        };
        let friend_reward_id = match form.friend_reward.trim() {
            "" => None,
            raw => Some(
                raw.parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .ok_or_else(|| FieldError::new("friend_reward", t!("referrals-choose-gift")))?,
            ),
        };
        Ok(Settings { qualify_on, hold_days, daily_cap, ip_burst, landing, currency, friend_reward_id })
    }

    pub fn to_form(&self) -> SettingsForm {
        SettingsForm {
            qualify_on: self.qualify_on.as_str().into(),
            hold_days: self.hold_days.to_string(),
            daily_cap: self.daily_cap.to_string(),
            ip_burst: self.ip_burst.to_string(),
            landing_url: self.landing.url.clone(),
            landing_param: self.landing.param.clone(),
            currency: self.currency.clone(),
            friend_reward: self.friend_reward_id.map(|id| id.to_string()).unwrap_or_default(),
        }
    }
}

/// A whole number from `min` to `max`, or `None`.
fn bounded(raw: &str, min: i64, max: i64) -> Option<i64> {
    raw.trim().parse::<i64>().ok().filter(|n| (min..=max).contains(n))
}

/// What the fraud screen decides about a new sign-up through a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screening {
    Accept,
    /// Recorded, never rewarded.
    Reject(Flag, String),
    /// Recorded and waiting for an admin.
    Hold(Flag, String),
}

/// Screens a sign-up: the same mailbox as the referrer is refused; the `ip_burst`-th referred sign-up from
/// one address within the hour (and every later one) is held rather than refused, since offices and campuses
/// share addresses. `earlier_from_ip` counts referred sign-ups from the address in the past hour.
pub fn screen(referrer_email: &str, referee_email: &str, earlier_from_ip: i64, ip_burst: i64) -> Screening {
    if normalise_email(referrer_email) == normalise_email(referee_email) {
        return Screening::Reject(
            Flag::SelfReferral,
            "The new account's email is the referrer's own once dots and +tags are removed.".into(),
        );
    }
    if earlier_from_ip + 1 >= ip_burst {
        return Screening::Hold(
            Flag::IpBurst,
            format!("Sign-up {} through a referral link from one address within an hour.", earlier_from_ip + 1),
        );
    }
    Screening::Accept
}

/// When a referral that qualified at `qualified_at` is paid.
pub fn due_at(qualified_at: i64, hold_days: i64) -> i64 {
    qualified_at + hold_days * 86_400
}

/// Where the sign-up form stands on an invitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Invitation {
    /// No code, or the visitor is already signed in.
    None,
    /// A live member's code: "invited by …".
    From(String),
    /// A code that matches nobody (typed wrong, or made up).
    Unknown,
    /// The member who shared the link is no longer here.
    Gone,
}

impl Invitation {
    /// The sentence the sign-up form shows.
    pub fn message(&self) -> Option<String> {
        match self {
            Invitation::None => None,
            Invitation::From(name) => Some(t!("referrals-invited-by", name = name.as_str())),
            Invitation::Unknown => Some(t!("referrals-invitation-unknown")),
            Invitation::Gone => Some(t!("referrals-invitation-gone")),
        }
    }
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
