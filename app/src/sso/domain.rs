//! Single sign-on as admins configure it and members see it: a provider's settings and the checks they pass
//! before anything is stored, the claim values that make a member staff, and why a sign-in was refused.

use crate::{
    accounts::domain::Role,
    common::{field_error::FieldError, text::one_line},
    t,
};
use serde::{Deserialize, Serialize};

pub const SLUG_MAX: usize = 40;
pub const NAME_MAX: usize = 60;
pub const ISSUER_MAX: usize = 500;
pub const CLIENT_ID_MAX: usize = 300;
pub const SECRET_MAX: usize = 500;
pub const CLAIM_MAX: usize = 100;
/// At most this many claim values per role.
pub const VALUES_MAX: usize = 20;
/// What every provider is asked for; `openid` always.
pub const DEFAULT_SCOPES: &str = "openid email profile";

/// A provider as the admins' page lists it and its form shows it (never the client secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderView {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub scopes: String,
    pub claim: String,
    pub admin_values: Vec<String>,
    pub moderator_values: Vec<String>,
    pub create_accounts: bool,
    pub auto_link: bool,
    /// Members who have linked it.
    pub members: i64,
}

/// The admins' page: the providers and who may sign in with a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoPage {
    pub providers: Vec<ProviderView>,
    pub password_sign_in: crate::accounts::domain::PasswordSignIn,
    /// The address a provider must send members back to (`<origin>/sso/<slug>/callback`), up to the slug.
    pub callback_base: String,
    /// Moderators and admins must have a second factor.
    pub staff_two_factor: bool,
}

/// The provider form as sent: every field text, the role values one per line or comma-separated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderForm {
    pub slug: String,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    /// Empty when changing a provider: the stored secret is kept.
    #[serde(default)]
    pub client_secret: String,
    #[serde(default)]
    pub scopes: String,
    #[serde(default)]
    pub claim: String,
    #[serde(default)]
    pub admin_values: String,
    #[serde(default)]
    pub moderator_values: String,
    /// Checkboxes: present ("on") when ticked.
    #[serde(default)]
    pub create_accounts: Option<String>,
    #[serde(default)]
    pub auto_link: Option<String>,
}

/// A provider's settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderDraft {
    pub slug: String,
    pub name: String,
    /// Exactly as the provider's discovery document names it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// Space-separated, always starting with `openid`.
    pub scopes: String,
    pub claim: Option<String>,
    pub admin_values: Vec<String>,
    pub moderator_values: Vec<String>,
    pub create_accounts: bool,
    pub auto_link: bool,
}

impl ProviderDraft {
    /// Checks every field and names each one that is wrong. `new` providers need a client secret.
    pub fn parse(form: &ProviderForm, new: bool) -> Result<ProviderDraft, FieldError> {
        let slug = form.slug.trim().to_ascii_lowercase();
        if slug.is_empty()
            || slug.len() > SLUG_MAX
            || !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || slug.starts_with('-')
        {
            return Err(FieldError::new("slug", t!("sso-slug-invalid", max = SLUG_MAX)));
        }
        let name = one_line(&form.name, "name", &t!("sso-name-missing"), &t!("sso-name-what"), NAME_MAX)?;
        let issuer = issuer(&form.issuer)?;
        let client_id = form.client_id.trim().to_string();
        if client_id.is_empty() || client_id.chars().count() > CLIENT_ID_MAX {
            return Err(FieldError::new("client_id", t!("sso-client-id-invalid", max = CLIENT_ID_MAX)));
        }
        let secret = form.client_secret.trim();
        let client_secret = match (secret.is_empty(), new) {
            (true, true) => {
                return Err(FieldError::new("client_secret", t!("sso-secret-missing")));
            }
            (true, false) => None,
            (false, _) if secret.chars().count() > SECRET_MAX => {
                return Err(FieldError::new("client_secret", t!("sso-secret-too-long", max = SECRET_MAX)));
            }
            (false, _) => Some(secret.to_string()),
        };
        let scopes = scopes(&form.scopes)?;
        let claim = form.claim.trim();
        if claim.chars().count() > CLAIM_MAX || claim.chars().any(char::is_whitespace) {
            return Err(FieldError::new("claim", t!("sso-claim-invalid", max = CLAIM_MAX)));
        }
        let claim = (!claim.is_empty()).then(|| claim.to_string());
        let admin_values = values(&form.admin_values, "admin_values")?;
        let moderator_values = values(&form.moderator_values, "moderator_values")?;
        if claim.is_none() && (!admin_values.is_empty() || !moderator_values.is_empty()) {
            return Err(FieldError::new("claim", t!("sso-claim-missing")));
        }
        Ok(ProviderDraft {
            slug,
            name,
            issuer,
            client_id,
            client_secret,
            scopes,
            claim,
            admin_values,
            moderator_values,
            create_accounts: form.create_accounts.is_some(),
            auto_link: form.auto_link.is_some(),
        })
    }
}

/// An issuer: `https://…`, or `http://` on this machine only (a provider under test, or on a laptop). Kept
/// exactly as written (a trailing slash too): discovery must find the very same issuer in the document.
pub fn issuer(raw: &str) -> Result<String, FieldError> {
    let raw = raw.trim();
    let wrong = |why: String| FieldError::new("issuer", t!("sso-issuer-wrong", why = why));
    if raw.chars().count() > ISSUER_MAX {
        return Err(wrong(t!("sso-issuer-too-long", max = ISSUER_MAX)));
    }
    let (scheme, rest) = raw.split_once("://").ok_or_else(|| wrong(t!("sso-issuer-not-web")))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let bare = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let hostname = match bare.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => bare.split(':').next().unwrap_or(""),
    };
    if hostname.is_empty() || raw.contains(['?', '#', ' ']) || host.contains('@') {
        return Err(wrong(t!("sso-issuer-not-plain")));
    }
    let local = matches!(hostname, "localhost" | "127.0.0.1" | "::1");
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(raw.to_string()),
        "http" if local => Ok(raw.to_string()),
        "http" => Err(wrong(t!("sso-issuer-not-https"))),
        _ => Err(wrong(t!("sso-issuer-not-web"))),
    }
}

/// The scopes asked for: space- or comma-separated words, `openid` first whether or not it was written.
pub fn scopes(raw: &str) -> Result<String, FieldError> {
    let raw = if raw.trim().is_empty() { DEFAULT_SCOPES } else { raw };
    let mut out = vec!["openid".to_string()];
    for word in raw.split([' ', ',', '\n', '\t']).map(str::trim).filter(|w| !w.is_empty()) {
        if word.len() > 60 || !word.chars().all(|c| c.is_ascii_graphic() && c != '"' && c != '\\') {
            return Err(FieldError::new("scopes", t!("sso-scope-invalid", scope = word)));
        }
        if !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    if out.len() > 20 {
        return Err(FieldError::new("scopes", t!("sso-scopes-too-many", max = 20)));
    }
    Ok(out.join(" "))
}

/// Claim values, one per line or comma-separated.
fn values(raw: &str, field: &'static str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for v in raw.split([',', '\n']).map(str::trim).filter(|v| !v.is_empty()) {
        if v.chars().count() > 200 {
            let start: String = v.chars().take(20).collect();
            return Err(FieldError::new(field, t!("sso-value-too-long", start = start, max = 200)));
        }
        if !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    }
    if out.len() > VALUES_MAX {
        return Err(FieldError::new(field, t!("sso-values-too-many", max = VALUES_MAX)));
    }
    Ok(out)
}

/// The role the claim's `values` give: admin over moderator over member. `None` when the provider maps no
/// role (the member's role is then Chorus's to decide, and never changed by a sign-in).
pub fn mapped_role(admin_values: &[String], moderator_values: &[String], values: &[String]) -> Option<Role> {
    if admin_values.is_empty() && moderator_values.is_empty() {
        return None;
    }
    let has = |wanted: &[String]| values.iter().any(|v| wanted.contains(v));
    Some(if has(admin_values) {
        Role::Admin
    } else if has(moderator_values) {
        Role::Moderator
    } else {
        Role::Member
    })
}

/// A claim's values as strings: a string, a list of strings (or numbers), or nothing.
pub fn claim_values(value: Option<&serde_json::Value>) -> Vec<String> {
    let one = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    match value {
        Some(serde_json::Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => Vec::new(),
    }
}

/// A provider a member can sign in with or link: what the button needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Linked {
    pub slug: String,
    pub name: String,
    /// The address the provider gave when it was linked; `None` when it is not linked.
    pub email: Option<String>,
    pub linked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// `/me/security`: the providers, linked or not, and whether the member has a password to fall back on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityPage {
    pub providers: Vec<Linked>,
    pub has_password: bool,
}

/// The member's second factor as `/me/security` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    pub enabled: bool,
    pub recovery_left: i64,
    /// The admins require it of this member (staff).
    pub required: bool,
    /// A set-up under way: the secret to scan or type.
    pub setup: Option<TwoFactorSetup>,
    /// Recovery codes just made, shown once (then only their digests are kept).
    pub fresh_codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorSetup {
    /// Base32, in groups of four for typing.
    pub secret: String,
    /// The QR code of the `otpauth://` address, as an SVG element drawn by the server.
    pub qr_svg: String,
}
