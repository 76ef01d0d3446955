//! API tokens as the admin sees and makes them: scopes, the form, the rows of `/admin/api`.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// What a token may do. Each REST route names the one scope it needs; a token without it gets 403.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    ChallengesWrite,
    MembersRead,
    MembersWrite,
    PointsRead,
    PointsWrite,
    RedemptionsRead,
    RedemptionsWrite,
    ReferralsRead,
    ReferralsWrite,
    StoriesRead,
    WebhooksManage,
}

impl Scope {
    pub const ALL: [Scope; 11] = [
        Scope::ChallengesWrite,
        Scope::MembersRead,
        Scope::MembersWrite,
        Scope::PointsRead,
        Scope::PointsWrite,
        Scope::RedemptionsRead,
        Scope::RedemptionsWrite,
        Scope::ReferralsRead,
        Scope::ReferralsWrite,
        Scope::StoriesRead,
        Scope::WebhooksManage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::ChallengesWrite => "challenges:write",
            Scope::MembersRead => "members:read",
            Scope::MembersWrite => "members:write",
            Scope::PointsRead => "points:read",
            Scope::PointsWrite => "points:write",
            Scope::RedemptionsRead => "redemptions:read",
            Scope::RedemptionsWrite => "redemptions:write",
            Scope::ReferralsRead => "referrals:read",
            Scope::ReferralsWrite => "referrals:write",
            Scope::StoriesRead => "stories:read",
            Scope::WebhooksManage => "webhooks:manage",
        }
    }

    /// What the scope allows, in the admin's words.
    pub fn label(self) -> String {
        match self {
            Scope::ChallengesWrite => t!("api-tokens-scope-challenges-write"),
            Scope::MembersRead => t!("api-tokens-scope-members-read"),
            Scope::MembersWrite => t!("api-tokens-scope-members-write"),
            Scope::PointsRead => t!("api-tokens-scope-points-read"),
            Scope::PointsWrite => t!("api-tokens-scope-points-write"),
            Scope::RedemptionsRead => t!("api-tokens-scope-redemptions-read"),
            Scope::RedemptionsWrite => t!("api-tokens-scope-redemptions-write"),
            Scope::ReferralsRead => t!("api-tokens-scope-referrals-read"),
            Scope::ReferralsWrite => t!("api-tokens-scope-referrals-write"),
            Scope::StoriesRead => t!("api-tokens-scope-stories-read"),
            Scope::WebhooksManage => t!("api-tokens-scope-webhooks-manage"),
        }
    }

    pub fn parse(raw: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Scopes as stored: space-separated, in [`Scope::ALL`] order, unknown words dropped.
    pub fn join(scopes: &[Scope]) -> String {
        Scope::ALL.into_iter().filter(|s| scopes.contains(s)).map(Scope::as_str).collect::<Vec<_>>().join(" ")
    }

    pub fn split(stored: &str) -> Vec<Scope> {
        stored.split_whitespace().filter_map(Scope::parse).collect()
    }
}

pub const TOKEN_NAME_MAX: usize = 80;
/// The longest life a token may be given, in days.
pub const EXPIRY_DAYS_MAX: i64 = 3650;
pub const RATE_DEFAULT: i64 = 600;
pub const RATE_MAX: i64 = 100_000;

/// The admin's "New token" form as sent.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TokenForm {
    pub name: String,
    /// Checked scopes, as `scopes[i]` fields (unchecked boxes send nothing).
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// Days until it expires; empty for never.
    #[serde(default)]
    pub expires_days: String,
    /// Requests a minute; empty for the default.
    #[serde(default)]
    pub rate_per_minute: String,
}

/// A checked "New token" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenDraft {
    pub name: String,
    pub scopes: Vec<Scope>,
    pub expires_days: Option<i64>,
    pub rate_per_minute: i64,
}

impl TokenDraft {
    pub fn parse(form: &TokenForm) -> Result<TokenDraft, FieldError> {
        let name = form.name.trim();
        if name.is_empty() {
            return Err(FieldError::new("name", t!("api-tokens-name-missing")));
        }
        if name.chars().count() > TOKEN_NAME_MAX || name.chars().any(char::is_control) {
            return Err(FieldError::new("name", t!("api-tokens-name-too-long", max = TOKEN_NAME_MAX)));
        }
        let mut scopes = Vec::new();
        for raw in form.scopes.iter().flatten() {
            let scope = Scope::parse(raw.trim())
                .ok_or_else(|| FieldError::new("scopes", t!("api-tokens-scope-unknown", scope = raw.trim())))?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        if scopes.is_empty() {
            return Err(FieldError::new("scopes", t!("api-tokens-scopes-missing")));
        }
        let expires_days = match form.expires_days.trim() {
            "" => None,
            raw => match raw.parse::<i64>() {
                Ok(d) if (1..=EXPIRY_DAYS_MAX).contains(&d) => Some(d),
                _ => {
                    return Err(FieldError::new(
                        "expires_days",
                        t!("api-tokens-expires-invalid", max = EXPIRY_DAYS_MAX.to_string()),
                    ))
                }
            },
        };
        let rate_per_minute = match form.rate_per_minute.trim() {
            "" => RATE_DEFAULT,
            raw => match raw.parse::<i64>() {
                Ok(r) if (1..=RATE_MAX).contains(&r) => r,
                _ => {
                    return Err(FieldError::new(
                        "rate_per_minute",
                        t!("api-tokens-rate-invalid", max = RATE_MAX.to_string()),
                    ))
                }
            },
        };
        Ok(TokenDraft { name: name.to_string(), scopes, expires_days, rate_per_minute })
    }
}

/// Where a token stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenStatus {
    Active,
    Expired,
    Revoked,
}

impl TokenStatus {
    pub fn of(expires_at: Option<i64>, revoked_at: Option<i64>, now: i64) -> TokenStatus {
        match (revoked_at, expires_at) {
            (Some(_), _) => TokenStatus::Revoked,
            (None, Some(at)) if at <= now => TokenStatus::Expired,
            _ => TokenStatus::Active,
        }
    }

    pub fn label(self) -> String {
        match self {
            TokenStatus::Active => t!("api-tokens-status-active"),
            TokenStatus::Expired => t!("api-tokens-status-expired"),
            TokenStatus::Revoked => t!("api-tokens-status-revoked"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TokenStatus::Active => "active",
            TokenStatus::Expired => "expired",
            TokenStatus::Revoked => "revoked",
        }
    }
}

/// One token in the admin's list (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    /// The secret's first characters, to tell tokens apart.
    pub prefix: String,
    pub scopes: Vec<Scope>,
    pub rate_per_minute: i64,
    pub created_by: String,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub status: TokenStatus,
}

/// A token just made: its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreshToken {
    pub name: String,
    pub secret: String,
}

/// What `/admin/api` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensPage {
    pub tokens: Vec<TokenRow>,
    pub fresh: Option<FreshToken>,
}

/// The literal start of every token, so secret scanners and people can recognise one.
pub const TOKEN_PREFIX: &str = "chorus_";
/// How many characters of a token the admin's list shows.
pub const SHOWN_CHARS: usize = 12;

/// Whether `raw` looks like a token at all (the prefix and 64 lowercase hexadecimal digits, 256 random bits),
/// before any lookup.
pub fn looks_like_token(raw: &str) -> bool {
    raw.strip_prefix(TOKEN_PREFIX)
        .is_some_and(|rest| rest.len() == 64 && rest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, scopes: &[&str], expires: &str, rate: &str) -> TokenForm {
        TokenForm {
            name: name.into(),
            scopes: Some(scopes.iter().map(|s| s.to_string()).collect()),
            expires_days: expires.into(),
            rate_per_minute: rate.into(),
        }
    }

    #[test]
    fn a_token_needs_a_name_and_a_scope() {
        let draft = TokenDraft::parse(&form(" CRM sync ", &["points:write", "members:read", "points:write"], "", ""))
            .expect("valid");
        assert_eq!(draft.name, "CRM sync");
        assert_eq!(draft.scopes, vec![Scope::PointsWrite, Scope::MembersRead]);
        assert_eq!((draft.expires_days, draft.rate_per_minute), (None, RATE_DEFAULT));
        assert_eq!(TokenDraft::parse(&form("", &["points:write"], "", "")).unwrap_err().field, "name");
        assert_eq!(TokenDraft::parse(&form("x", &[], "", "")).unwrap_err().field, "scopes");
        let unknown = TokenDraft::parse(&form("x", &["points:delete"], "", "")).unwrap_err();
        assert!(unknown.message.contains("points:delete"), "{}", unknown.message);
        assert_eq!(TokenDraft::parse(&form("a\nb", &["points:read"], "", "")).unwrap_err().field, "name");
    }

    #[test]
    fn expiry_and_rate_are_bounded_whole_numbers() {
        assert_eq!(TokenDraft::parse(&form("x", &["points:read"], "30", "120")).unwrap().expires_days, Some(30));
        for bad in ["0", "-1", "3651", "1.5", "soon"] {
            assert_eq!(TokenDraft::parse(&form("x", &["points:read"], bad, "")).unwrap_err().field, "expires_days");
        }
        for bad in ["0", "100001", "fast"] {
            assert_eq!(TokenDraft::parse(&form("x", &["points:read"], "", bad)).unwrap_err().field, "rate_per_minute");
        }
    }

    #[test]
    fn scopes_are_stored_in_one_order_and_read_back() {
        let stored = Scope::join(&[Scope::StoriesRead, Scope::MembersRead]);
        assert_eq!(stored, "members:read stories:read");
        assert_eq!(Scope::split(&stored), vec![Scope::MembersRead, Scope::StoriesRead]);
        assert_eq!(Scope::split("members:read retired:scope"), vec![Scope::MembersRead]);
    }

    #[test]
    fn status_follows_revocation_then_expiry() {
        assert_eq!(TokenStatus::of(None, None, 10), TokenStatus::Active);
        assert_eq!(TokenStatus::of(Some(10), None, 10), TokenStatus::Expired);
        assert_eq!(TokenStatus::of(Some(11), None, 10), TokenStatus::Active);
        assert_eq!(TokenStatus::of(Some(5), Some(3), 10), TokenStatus::Revoked);
    }

    #[test]
    fn only_well_formed_tokens_are_looked_up() {
        let good = format!("{TOKEN_PREFIX}{}", "0a".repeat(32));
        assert!(looks_like_token(&good));
        assert!(!looks_like_token(&good[..good.len() - 1]));
        assert!(!looks_like_token(&format!("{TOKEN_PREFIX}{}", "0A".repeat(32))));
        assert!(!looks_like_token("Bearer x"));
    }
}
