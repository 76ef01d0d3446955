//! The OpenID Connect side of a sign-in, on the `openidconnect` crate: discovery (cached, refetched when a
//! token is signed by a key the cached JWKS does not hold, so a provider's key rotation needs nothing from
//! us), the authorization request with PKCE (S256), `state` and `nonce`, the code exchange, and the ID
//! token's checks (signature by the provider's JWKS, issuer, audience, expiry, nonce). Redirects are never
//! followed: every address comes from the provider's discovery document.

use super::repo::Provider;
use openidconnect::{
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient,
        CoreClientAuthMethod, CoreGrantType, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm,
        CoreJweKeyManagementAlgorithm, CoreResponseMode, CoreResponseType, CoreSubjectIdentifierType,
    },
    AdditionalProviderMetadata, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    EndSessionUrl, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata, RedirectUrl, Scope,
};
use serde::{Deserialize, Serialize};
use std::{
    collections::HashMap,
    sync::{Mutex, OnceLock},
    time::{Duration, Instant},
};

/// How long a provider's discovery document (and its keys) is used before it is read again.
const METADATA_TTL: Duration = Duration::from_secs(600);

/// What discovery gives beyond the core: where to end the provider's session (RP-initiated logout).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct LogoutMetadata {
    pub end_session_endpoint: Option<EndSessionUrl>,
}
impl AdditionalProviderMetadata for LogoutMetadata {}

type Metadata = ProviderMetadata<
    LogoutMetadata,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// Why the provider's side failed.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// Discovery, the token endpoint or the configuration failed.
    #[error("provider: {0}")]
    Provider(String),
    /// The ID token failed a check.
    #[error("ID token: {0}")]
    Token(String),
}

/// A sign-in started: where to send the browser, and what to keep until it comes back.
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub verifier: String,
}

/// Who the provider says signed in, after every check.
#[derive(Debug, Clone)]
pub struct Identity {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
    /// The values of the provider's mapped claim (empty when none is configured or sent).
    pub values: Vec<String>,
    /// Where to end the provider's session at sign-out, when it offers that.
    pub end_session: Option<String>,
}

fn http() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .expect("an HTTP client with rustls builds")
    })
}

fn cache() -> &'static Mutex<HashMap<String, (Instant, Metadata)>> {
    static CACHE: OnceLock<Mutex<HashMap<String, (Instant, Metadata)>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The provider's discovery document, from the cache unless `fresh` or stale.
async fn metadata(issuer: &str, fresh: bool) -> Result<Metadata, OidcError> {
    if !fresh {
        let cached = cache().lock().ok().and_then(|c| c.get(issuer).cloned());
        if let Some((at, meta)) = cached {
            if at.elapsed() < METADATA_TTL {
                return Ok(meta);
            }
        }
    }
    let url = IssuerUrl::new(issuer.to_string()).map_err(|e| OidcError::Provider(format!("issuer: {e}")))?;
    let meta = Metadata::discover_async(url, http())
        .await
        .map_err(|e| OidcError::Provider(format!("discovery at {issuer}: {}", chain(&e))))?;
    if let Ok(mut c) = cache().lock() {
        c.insert(issuer.to_string(), (Instant::now(), meta.clone()));
    }
    Ok(meta)
}

/// Forgets every cached discovery document (a provider was changed or removed).
pub fn forget(issuer: &str) {
    if let Ok(mut c) = cache().lock() {
        c.remove(issuer);
    }
}

fn client(p: &Provider, meta: Metadata, redirect: &str) -> Result<OidcClient, OidcError> {
    let redirect = RedirectUrl::new(redirect.to_string()).map_err(|e| OidcError::Provider(format!("callback: {e}")))?;
    Ok(CoreClient::from_provider_metadata(
        meta,
        ClientId::new(p.client_id.clone()),
        Some(ClientSecret::new(p.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

type OidcClient = openidconnect::Client<
    openidconnect::EmptyAdditionalClaims,
    CoreAuthDisplay,
    openidconnect::core::CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
    openidconnect::core::CoreTokenResponse,
    openidconnect::core::CoreTokenIntrospectionResponse,
    openidconnect::core::CoreRevocableToken,
    openidconnect::core::CoreRevocationErrorResponse,
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// Starts a sign-in at `p`: the authorization address (code flow, PKCE S256, fresh `state` and `nonce`).
/// `reauthenticate` asks the provider to check who is there even when it has a session (linking).
pub async fn start(p: &Provider, redirect: &str, reauthenticate: bool) -> Result<Started, OidcError> {
    let client = client(p, metadata(&p.issuer, false).await?, redirect)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .set_pkce_challenge(challenge);
    for scope in p.scopes.split(' ').filter(|s| !s.is_empty() && *s != "openid") {
        request = request.add_scope(Scope::new(scope.to_string()));
    }
    if reauthenticate {
        request = request.add_prompt(CoreAuthPrompt::Login);
    }
    let (url, state, nonce) = request.url();
    Ok(Started {
        url: url.to_string(),
        state: state.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
    })
}

/// Exchanges `code` (with the PKCE verifier) and checks the ID token against `nonce`.
pub async fn finish(
    p: &Provider,
    redirect: &str,
    code: &str,
    verifier: &str,
    nonce: &str,
    post_logout: &str,
) -> Result<Identity, OidcError> {
    let meta = metadata(&p.issuer, false).await?;
    let oidc = client(p, meta.clone(), redirect)?;
    let response = oidc
        .exchange_code(AuthorizationCode::new(code.to_string()))
        .map_err(|e| OidcError::Provider(format!("token endpoint: {e}")))?
        .set_pkce_verifier(PkceCodeVerifier::new(verifier.to_string()))
        .request_async(http())
        .await
        .map_err(|e| OidcError::Provider(format!("code exchange: {}", chain(&e))))?;
    let id_token = openidconnect::TokenResponse::id_token(&response)
        .ok_or_else(|| OidcError::Token("the token response has no ID token".into()))?
        .clone();
    let nonce = Nonce::new(nonce.to_string());
    // A key we have not seen: the provider may have rotated its keys since discovery was cached. Read them
    // again, once; a token signed by a key the provider does not publish still fails.
    let (meta, claims) = match id_token.claims(&oidc.id_token_verifier(), &nonce) {
        Ok(claims) => (meta, claims.clone()),
        Err(ClaimsVerificationError::SignatureVerification(first)) => {
            let meta = metadata(&p.issuer, true).await?;
            let again = client(p, meta.clone(), redirect)?;
            let claims = id_token
                .claims(&again.id_token_verifier(), &nonce)
                .map_err(|e| OidcError::Token(format!("{e} (first: {first})")))?
                .clone();
            (meta, claims)
        }
        Err(e) => return Err(OidcError::Token(e.to_string())),
    };
    let raw = id_token.to_string();
    let values = match &p.claim {
        Some(claim) => super::domain::claim_values(payload(&raw).as_ref().and_then(|v| v.get(claim))),
        None => Vec::new(),
    };
    let end_session = meta.additional_metadata().end_session_endpoint.as_ref().map(|end| {
        let mut url = end.url().clone();
        url.query_pairs_mut()
            .append_pair("id_token_hint", &raw)
            .append_pair("client_id", &p.client_id)
            .append_pair("post_logout_redirect_uri", post_logout);
        url.to_string()
    });
    Ok(Identity {
        subject: claims.subject().as_str().to_string(),
        email: claims.email().map(|e| e.as_str().to_string()),
        email_verified: claims.email_verified().unwrap_or(false),
        name: claims.name().and_then(|n| n.get(None)).map(|n| n.as_str().to_string()),
        values,
        end_session,
    })
}

/// The claims of a JWT whose signature was checked already: the provider's own claims (a `groups` list, say)
/// that the typed claims do not carry.
fn payload(jwt: &str) -> Option<serde_json::Value> {
    use base64::Engine;
    let part = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// An error with its causes, for the log.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}
