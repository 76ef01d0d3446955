//! Account rules: validating types for what people type into the account forms, and roles.
//! Pure Rust, compiled for the server and the browser alike, so both give the same message.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest email address the standards allow (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
/// Display names are shown next to every post, so they stay short.
pub const DISPLAY_NAME_MAX: usize = 50;
/// NIST SP 800-63B: at least 8; we ask for 10, with no composition rules.
pub const PASSWORD_MIN: usize = 10;
/// Long passphrases are welcome; the cap only bounds hashing work.
pub const PASSWORD_MAX: usize = 128;

/// An email address, trimmed and lower-cased so that uniqueness is case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, FieldError> {
        let value = raw.trim().to_lowercase();
        let fail = |m: String| Err(FieldError::new("email", m));
        if value.is_empty() {
            return fail(t!("accounts-email-missing"));
        }
        if value.chars().count() > EMAIL_MAX {
            return fail(t!("accounts-email-too-long", max = EMAIL_MAX));
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return fail(t!("accounts-email-invalid"));
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !local_ok || !domain_ok {
            return fail(t!("accounts-email-invalid"));
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name shown next to a member's posts: 1–50 characters, no control characters, spaces collapsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<DisplayName, FieldError> {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(FieldError::new("display_name", t!("accounts-name-missing")));
        }
        if value.chars().count() > DISPLAY_NAME_MAX {
            return Err(FieldError::new("display_name", t!("accounts-name-too-long", max = DISPLAY_NAME_MAX)));
        }
        if value.chars().any(|c| c.is_control() || is_invisible(c)) {
            return Err(FieldError::new("display_name", t!("accounts-name-invisible")));
        }
        Ok(DisplayName(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// A new password that passed the rules. Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// Checks a password someone is choosing. `personal` holds words that must not be the whole password
    /// (their email, its local part, their display name).
    pub fn parse(raw: &str, field: &'static str, personal: &[&str]) -> Result<NewPassword, FieldError> {
        let length = raw.chars().count();
        if length < PASSWORD_MIN {
            return Err(FieldError::new(field, t!("accounts-password-too-short", min = PASSWORD_MIN, length = length)));
        }
        if length > PASSWORD_MAX {
            return Err(FieldError::new(field, t!("accounts-password-too-long", max = PASSWORD_MAX, length = length)));
        }
        let folded = raw.to_lowercase();
        let one_repeated = raw.chars().next().is_some_and(|first| raw.chars().all(|c| c == first));
        if is_common_password(&folded) || one_repeated {
            return Err(FieldError::new(field, t!("accounts-password-common")));
        }
        let personal_hit = personal
            .iter()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .any(|w| folded == w || folded == w.split('@').next().unwrap_or_default());
        if personal_hit {
            return Err(FieldError::new(field, t!("accounts-password-personal")));
        }
        Ok(NewPassword(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Passwords seen most often in breach corpora, limited to those long enough to pass the length rule.
static COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// Whether the (lower-cased) password is in the bundled list of most common passwords.
pub fn is_common_password(lowercase: &str) -> bool {
    COMMON_PASSWORDS.lines().any(|line| line == lowercase)
}

/// What a member may do. Ordered: each role may do everything the ones before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// An advocate: posts, submits stories, earns and spends points.
    Member,
    /// Keeps the forums healthy and reviews stories.
    Moderator,
    /// Runs the programme.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        match raw {
            "member" => Some(Role::Member),
            "moderator" => Some(Role::Moderator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Human label for pages, in the page's language.
    pub fn label(self) -> String {
        match self {
            Role::Member => t!("accounts-role-member"),
            Role::Moderator => t!("accounts-role-moderator"),
            Role::Admin => t!("accounts-role-admin"),
        }
    }

    /// Whether someone with this role may do what `needed` may.
    pub fn allows(self, needed: Role) -> bool {
        self >= needed
    }
}

/// The handle an account gets from its display name: its ASCII letters and digits, lower-cased, at most 20
/// ("Ada Okafor" → "adaokafor"); names with fewer than two such characters get "member". The database
/// appends the account id when the handle is taken.
pub fn handle_base(display_name: &str) -> String {
    let base: String =
        display_name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).take(20).collect();
    if base.len() < 2 {
        "member".to_string()
    } else {
        base
    }
}

/// What staff can do to a member who breaks the rules, for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RestrictionKind {
    /// No sign-in until the time.
    Suspend,
    /// Can read, cannot post until the time.
    Silence,
}

impl RestrictionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RestrictionKind::Suspend => "suspend",
            RestrictionKind::Silence => "silence",
        }
    }

    pub fn parse(raw: &str) -> Option<RestrictionKind> {
        match raw.trim() {
            "suspend" => Some(RestrictionKind::Suspend),
            "silence" => Some(RestrictionKind::Silence),
            _ => None,
        }
    }

    /// "suspended", "silenced".
    pub fn done(self) -> &'static str {
        match self {
            RestrictionKind::Suspend => "suspended",
            RestrictionKind::Silence => "silenced",
        }
    }
}

/// A suspension or silence in force: until when (Unix seconds) and the reason the member is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restriction {
    pub until: i64,
    pub reason: String,
}

impl Restriction {
    /// What the member reads when they try to sign in (suspended) or post (silenced).
    pub fn message(&self, kind: RestrictionKind) -> String {
        let until = crate::i18n::format::date(crate::i18n::current(), self.until);
        let reason = self.reason.as_str();
        match kind {
            RestrictionKind::Suspend => t!("accounts-suspended", until = until, reason = reason),
            RestrictionKind::Silence => t!("accounts-silenced", until = until, reason = reason),
        }
    }
}

/// The signed-in person, as pages and server functions see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub created_at: i64,
    /// The member opened the link sent to their address (or joined by invitation, or before email existed).
    /// Until then they can sign in and read, not post, submit stories, redeem or answer surveys.
    pub verified: bool,
    /// A moderator or admin who must set up a second factor (the admins require it) before any staff page.
    #[serde(default)]
    pub second_factor_due: bool,
    /// The language the member chose (none: their browser's, then the community's).
    #[serde(default)]
    pub language: Option<crate::i18n::Lang>,
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;

/// Who may sign in with a password (an admin's choice at /admin/sso): everyone, members only (moderators and
/// admins through a sign-in provider), or nobody. `chorus create-admin` sets it back to everyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PasswordSignIn {
    #[default]
    Everyone,
    Members,
    Nobody,
}

impl PasswordSignIn {
    pub const ALL: [PasswordSignIn; 3] = [PasswordSignIn::Everyone, PasswordSignIn::Members, PasswordSignIn::Nobody];

    pub fn as_str(self) -> &'static str {
        match self {
            PasswordSignIn::Everyone => "everyone",
            PasswordSignIn::Members => "members",
            PasswordSignIn::Nobody => "nobody",
        }
    }

    pub fn parse(raw: &str) -> Option<PasswordSignIn> {
        PasswordSignIn::ALL.into_iter().find(|p| p.as_str() == raw.trim())
    }

    pub fn label(self) -> String {
        match self {
            PasswordSignIn::Everyone => t!("accounts-password-policy-everyone"),
            PasswordSignIn::Members => t!("accounts-password-policy-members"),
            PasswordSignIn::Nobody => t!("accounts-password-policy-nobody"),
        }
    }

    /// What someone refused by the policy reads.
    pub fn refusal(self) -> String {
        match self {
            PasswordSignIn::Nobody => t!("accounts-password-refused-off"),
            _ => t!("accounts-password-refused-staff"),
        }
    }

    /// Whether someone with `role` may use their password.
    pub fn allows(self, role: Role) -> bool {
        match self {
            PasswordSignIn::Everyone => true,
            PasswordSignIn::Members => role == Role::Member,
            PasswordSignIn::Nobody => false,
        }
    }
}

/// A sign-in provider's button on the sign-in page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderButton {
    pub slug: String,
    pub name: String,
}

/// What the sign-in page offers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SignInOptions {
    pub password: PasswordSignIn,
    pub providers: Vec<ProviderButton>,
}
