//! Why a sign-in through a provider (see `sso`) ended without one: the code travels to the sign-in page in
//! its address (`/sign-in?sso=<code>`), which says what happened and what to do.

use crate::t;

/// Why a sign-in through a provider ended without one; shown on the sign-in page (`?sso=<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The provider is gone, or its discovery document could not be read.
    Provider,
    /// The answer did not belong to a sign-in this browser started (wrong or old `state`), or came back twice.
    State,
    /// The member said no at the provider, or the provider refused.
    Denied,
    /// The ID token failed a check: signature, issuer, audience, expiry or nonce.
    Token,
    /// The provider gave no email address.
    NoEmail,
    /// The provider does not say the address is verified, and an account (or a new one) needs that.
    Unverified,
    /// No account holds the address, and this provider may not create one.
    NoAccount,
    /// The account is suspended or removed.
    Closed,
    /// The provider's identity is linked to another member already.
    Taken,
}

impl Refusal {
    pub const ALL: [Refusal; 9] = [
        Refusal::Provider,
        Refusal::State,
        Refusal::Denied,
        Refusal::Token,
        Refusal::NoEmail,
        Refusal::Unverified,
        Refusal::NoAccount,
        Refusal::Closed,
        Refusal::Taken,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Refusal::Provider => "provider",
            Refusal::State => "state",
            Refusal::Denied => "denied",
            Refusal::Token => "token",
            Refusal::NoEmail => "no_email",
            Refusal::Unverified => "unverified",
            Refusal::NoAccount => "no_account",
            Refusal::Closed => "closed",
            Refusal::Taken => "taken",
        }
    }

    pub fn parse(raw: &str) -> Option<Refusal> {
        Refusal::ALL.into_iter().find(|r| r.code() == raw)
    }

    /// What the member reads, in the page's language.
    pub fn message(self) -> String {
        match self {
            Refusal::Provider => t!("accounts-sso-provider"),
            Refusal::State => t!("accounts-sso-state"),
            Refusal::Denied => t!("accounts-sso-denied"),
            Refusal::Token => t!("accounts-sso-token"),
            Refusal::NoEmail => t!("accounts-sso-no-email"),
            Refusal::Unverified => t!("accounts-sso-unverified"),
            Refusal::NoAccount => t!("accounts-sso-no-account"),
            Refusal::Closed => t!("accounts-sso-closed"),
            Refusal::Taken => t!("accounts-sso-taken"),
        }
    }
}
