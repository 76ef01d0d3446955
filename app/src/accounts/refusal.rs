//! Why a sign-in through a provider (see `sso`) ended without one: the code travels to the sign-in page in
//! its address (`/sign-in?sso=<code>`), which says what happened and what to do.

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

    /// What the member reads.
    pub fn message(self) -> &'static str {
        match self {
            Refusal::Provider => "That sign-in provider is not available right now. Try again in a moment, or sign in another way.",
            Refusal::State => "That sign-in was not started from this browser, or it took too long. Start again.",
            Refusal::Denied => "The provider did not sign you in. Start again if you meant to.",
            Refusal::Token => "The provider's answer failed our checks, so you were not signed in. Start again; if it keeps failing, tell the community's admins.",
            Refusal::NoEmail => "The provider did not tell us your email address, so we cannot find or create your account.",
            Refusal::Unverified => "The provider does not confirm that you own that email address, so we cannot use it to find or create an account. Sign in with your password and link the provider from your security page.",
            Refusal::NoAccount => "No account here uses that email address, and this provider cannot create one. Join first, or ask the community's admins.",
            Refusal::Closed => "That account cannot sign in: it is suspended or was removed.",
            Refusal::Taken => "That identity is already linked to another account here.",
        }
    }
}
