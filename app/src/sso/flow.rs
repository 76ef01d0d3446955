//! A sign-in through a provider, from the button to the session: `start` keeps what the answer must match in
//! the browser's session (so an answer meant for another browser, or sent twice, is refused) and sends the
//! browser to the provider; `callback` checks the answer, decides whose account it is, and signs them in.
//!
//! Whose account: the provider's subject identifier when it was linked before; else, for a member linking
//! from `/me/security`, theirs; else the account holding the address the provider gave, only when the
//! provider says the address is verified, and only after that account's password is entered (or when the
//! admins let this provider link on its own); else a new account, when the provider may create them. Every
//! link is audited and emailed to the member. At each sign-in the provider's claim sets the member's role and
//! adds them to the groups it names, when the admins mapped one.

use super::{
    client::{self, Identity},
    domain::mapped_role,
    repo::{self, Provider},
};
use crate::{
    accounts::{
        domain::{CurrentUser, DisplayName, Email, RestrictionKind, Role},
        guard,
        refusal::Refusal,
        repo as accounts, second_factor,
    },
    audit::repo::Audit,
    common::next::safe_next,
    db::{self, Tx},
    error::AppError,
    groups,
    i18n::Lang,
    mail::{compose::Letter, outbox},
    rate_limit,
    state::AppState,
    t, t_in,
};
use minijinja::context;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The session key of a sign-in under way.
const FLOW: &str = guard::SSO_FLOW;
/// The session key of a link waiting for the account's password.
pub const PENDING_LINK: &str = guard::SSO_PENDING;
/// How long the provider may take to send the browser back.
const FLOW_SECS: i64 = 600;
/// The password an account made by a provider has: none can match it (see `Passwords::verify`).
const NO_PASSWORD: &str = "!sso";

/// What the answer must match, kept in the session between `start` and `callback`.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Flow {
    provider_id: i64,
    state: String,
    nonce: String,
    verifier: String,
    next: String,
    /// The member linking the provider from their security page.
    link_user: Option<i64>,
    started_at: i64,
}

/// A provider's identity waiting for the password of the account that holds its address.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingLink {
    pub provider_id: i64,
    pub provider_name: String,
    pub subject: String,
    pub email: String,
    pub user_id: i64,
    pub values: Vec<String>,
    pub end_session: Option<String>,
    pub next: String,
    pub started_at: i64,
}

/// Where a provider sends the browser back to.
pub fn callback_url(state: &AppState, slug: &str) -> String {
    format!("{}/sso/{slug}/callback", state.settings.mail.origin.trim_end_matches('/'))
}

fn post_logout_url(state: &AppState) -> String {
    format!("{}/", state.settings.mail.origin.trim_end_matches('/'))
}

/// `GET /sso/<slug>/start`: where to send the browser (the provider, or back with a refusal). `link` starts
/// linking for the signed-in member (who is asked to prove who they are at the provider again).
pub async fn start(
    state: &AppState,
    session: &Session,
    ip: &str,
    slug: &str,
    next: Option<&str>,
    link: bool,
) -> Result<String, AppError> {
    let settings = &state.settings;
    rate_limit::hit(&state.db, &format!("sso-start:ip:{ip}"), settings.sign_in_per_ip, settings.limit_window_secs)
        .await?;
    let back = if link { "/me/security" } else { "/sign-in" };
    let Some(provider) = repo::by_slug(&state.db, slug).await? else {
        return Ok(format!("{back}?sso={}", Refusal::Provider.code()));
    };
    let link_user = match link {
        true => match guard::user_of(session, state).await? {
            Some(user) => Some(user.id),
            None => return Ok("/sign-in?next=/me/security".into()),
        },
        false => None,
    };
    let started = match client::start(&provider, &callback_url(state, slug), link).await {
        Ok(started) => started,
        Err(e) => {
            tracing::warn!(provider = slug, error = %e, "sign-in provider unavailable");
            return Ok(format!("{back}?sso={}", Refusal::Provider.code()));
        }
    };
    let flow = Flow {
        provider_id: provider.id,
        state: started.state,
        nonce: started.nonce,
        verifier: started.verifier,
        next: safe_next(next, if link { "/me/security" } else { "/account" }),
        link_user,
        started_at: db::now(),
    };
    session.insert(FLOW, flow).await.map_err(guard::session_err)?;
    Ok(started.url)
}

/// What came back from the provider.
#[derive(Debug, Default, Deserialize)]
pub struct Answer {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
}

/// `GET /sso/<slug>/callback`: checks the answer and says where the browser goes next.
/// `device` is the remembered-device cookie's token, if the browser sent one.
pub async fn callback(
    state: &AppState,
    session: &Session,
    slug: &str,
    answer: Answer,
    device: Option<&str>,
) -> Result<String, AppError> {
    // One use: whatever happens next, this sign-in cannot be answered again.
    let flow: Option<Flow> = session.remove(FLOW).await.map_err(guard::session_err)?;
    let Some(flow) = flow else { return Ok(refused("/sign-in", Refusal::State)) };
    let back = if flow.link_user.is_some() { "/me/security" } else { "/sign-in" };
    let provider = match repo::by_slug(&state.db, slug).await? {
        Some(p) if p.id == flow.provider_id => p,
        _ => return Ok(refused(back, Refusal::State)),
    };
    let fresh = db::now() - flow.started_at <= FLOW_SECS;
    let matches = answer.state.as_deref() == Some(flow.state.as_str());
    if !fresh || !matches {
        tracing::warn!(provider = slug, fresh, "sign-in answer refused: state does not match this browser's sign-in");
        return Ok(refused(back, Refusal::State));
    }
    // Linking: the member who started it must still be the one signed in on this browser.
    if let Some(me) = flow.link_user {
        if guard::user_of(session, state).await?.is_none_or(|u| u.id != me) {
            return Ok(refused(back, Refusal::State));
        }
    }
    if let Some(error) = &answer.error {
        tracing::info!(provider = slug, error, "the provider did not sign the member in");
        return Ok(refused(back, Refusal::Denied));
    }
    let Some(code) = answer.code.as_deref().filter(|c| !c.is_empty()) else {
        return Ok(refused(back, Refusal::Denied));
    };
    let identity = match client::finish(
        &provider,
        &callback_url(state, slug),
        code,
        &flow.verifier,
        &flow.nonce,
        &post_logout_url(state),
    )
    .await
    {
        Ok(identity) => identity,
        Err(client::OidcError::Token(why)) => {
            tracing::warn!(provider = slug, why, "ID token refused");
            return Ok(refused(back, Refusal::Token));
        }
        Err(e) => {
            tracing::warn!(provider = slug, error = %e, "sign-in provider failed");
            return Ok(refused(back, Refusal::Provider));
        }
    };
    match decide(state, &provider, &identity, flow.link_user).await? {
        Decision::SignIn(user_id) => {
            sign_in(state, session, &provider, user_id, identity.end_session, flow.next, device).await
        }
        Decision::Linked => Ok(format!("/me/security?linked={}", provider.slug)),
        Decision::Confirm(user_id, email) => {
            let pending = PendingLink {
                provider_id: provider.id,
                provider_name: provider.name.clone(),
                subject: identity.subject,
                email,
                user_id,
                values: identity.values,
                end_session: identity.end_session,
                next: flow.next,
                started_at: db::now(),
            };
            session.insert(PENDING_LINK, pending).await.map_err(guard::session_err)?;
            Ok("/sso/link".into())
        }
        Decision::Refused(r) => {
            tracing::info!(provider = slug, refusal = r.code(), "sign-in through a provider refused");
            Ok(refused(back, r))
        }
    }
}

fn refused(back: &str, r: Refusal) -> String {
    format!("{back}?sso={}", r.code())
}

enum Decision {
    SignIn(i64),
    Linked,
    /// The account with this id holds the (verified) address: its password links them.
    Confirm(i64, String),
    Refused(Refusal),
}

async fn decide(state: &AppState, p: &Provider, id: &Identity, link_user: Option<i64>) -> Result<Decision, AppError> {
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if let Some(user_id) = repo::linked_member(&mut tx, p.id, &id.subject).await? {
        return match link_user {
            Some(me) if me == user_id => Ok(Decision::Linked),
            Some(_) => Ok(Decision::Refused(Refusal::Taken)),
            None => {
                if !open(state, &mut tx, user_id, now).await? {
                    return Ok(Decision::Refused(Refusal::Closed));
                }
                repo::used(&mut tx, p.id, &id.subject, id.email.as_deref().unwrap_or_default(), now).await?;
                apply_claims(&mut tx, p, user_id, &id.values, now).await?;
                tx.commit().await?;
                Ok(Decision::SignIn(user_id))
            }
        };
    }
    if let Some(me) = link_user {
        if repo::has_link(&mut tx, p.id, me).await? {
            return Ok(Decision::Refused(Refusal::Taken));
        }
        if !repo::link(&mut tx, p.id, &id.subject, me, id.email.as_deref().unwrap_or_default(), now).await? {
            return Ok(Decision::Refused(Refusal::Taken));
        }
        changed(state, &mut tx, me, p, true, now).await?;
        tx.commit().await?;
        return Ok(Decision::Linked);
    }
    let Some(email) = id.email.as_deref().and_then(|e| Email::parse(e).ok()) else {
        return Ok(Decision::Refused(Refusal::NoEmail));
    };
    match accounts::credentials_by_email(&state.db, &email).await? {
        Some(found) => {
            // An address the provider does not vouch for would let anyone who can set it there take the account.
            if !id.email_verified {
                return Ok(Decision::Refused(Refusal::Unverified));
            }
            if !open(state, &mut tx, found.id, now).await? {
                return Ok(Decision::Refused(Refusal::Closed));
            }
            // Linking without the password only to an account whose owner confirmed the address (someone may
            // have signed up with it first, hoping for this), and never to staff.
            let confirmed = accounts::user_by_id(&state.db, found.id).await?.is_some_and(|(u, _, _)| u.verified);
            let member = accounts::role_of(&mut tx, found.id).await? == Some(Role::Member);
            if p.auto_link != 1 || !confirmed || !member {
                return Ok(Decision::Confirm(found.id, email.as_str().to_string()));
            }
            if !repo::link(&mut tx, p.id, &id.subject, found.id, email.as_str(), now).await? {
                return Ok(Decision::Refused(Refusal::Taken));
            }
            changed(state, &mut tx, found.id, p, true, now).await?;
            apply_claims(&mut tx, p, found.id, &id.values, now).await?;
            tx.commit().await?;
            Ok(Decision::SignIn(found.id))
        }
        None if p.create_accounts != 1 => Ok(Decision::Refused(Refusal::NoAccount)),
        None if !id.email_verified => Ok(Decision::Refused(Refusal::Unverified)),
        None => {
            let name = id
                .name
                .as_deref()
                .and_then(|n| DisplayName::parse(n).ok())
                .unwrap_or_else(|| DisplayName::parse("Member").expect("“Member” is a display name"));
            let user_id = match accounts::insert_user(&mut tx, &email, &name, NO_PASSWORD, Role::Member, true).await {
                Ok(id) => id,
                // Another request made it a moment ago: the next sign-in finds it.
                Err(accounts::InsertUserError::EmailTaken) => return Ok(Decision::Refused(Refusal::State)),
                Err(accounts::InsertUserError::Db(e)) => return Err(e.into()),
            };
            if !repo::link(&mut tx, p.id, &id.subject, user_id, email.as_str(), now).await? {
                return Ok(Decision::Refused(Refusal::Taken));
            }
            audit(&mut tx, user_id, "sso_account_created", user_id, format!("through {}", p.name), now).await?;
            apply_claims(&mut tx, p, user_id, &id.values, now).await?;
            tx.commit().await?;
            tracing::info!(user_id, provider = %p.slug, "account created at a first sign-in through a provider");
            Ok(Decision::SignIn(user_id))
        }
    }
}

/// The account exists, is not removed, and is not suspended.
async fn open(state: &AppState, tx: &mut Tx, user_id: i64, now: i64) -> Result<bool, AppError> {
    Ok(accounts::is_active(tx, user_id).await?
        && accounts::restriction(&state.db, user_id, RestrictionKind::Suspend, now).await?.is_none())
}

/// Gives the member the role and groups the provider's claim names, when the admins mapped one.
async fn apply_claims(tx: &mut Tx, p: &Provider, user_id: i64, values: &[String], now: i64) -> Result<(), AppError> {
    if p.claim.is_none() {
        return Ok(());
    }
    if let Some(role) = mapped_role(&p.admin_values(), &p.moderator_values(), values) {
        if let Some(before) = repo::sync_role(tx, user_id, role, now).await? {
            let detail = format!("{} → {} by {}’s claim", before.as_str(), role.as_str(), p.name);
            audit(tx, user_id, "sso_role", user_id, detail, now).await?;
        }
    }
    for value in values {
        if let Some(group) = groups::repo::id_of(tx, value).await? {
            if groups::repo::add(tx, group, user_id, groups::domain::How::Admin, now).await? {
                audit(tx, user_id, "sso_group", group, format!("added by {}’s claim “{value}”", p.name), now).await?;
            }
        }
    }
    Ok(())
}

async fn audit(
    tx: &mut Tx,
    actor_id: i64,
    action: &str,
    target_id: i64,
    detail: String,
    now: i64,
) -> Result<(), AppError> {
    let kind = if action == "sso_group" { "group" } else { "user" };
    let line = Audit { actor_id, via_token: None, action, target_kind: kind, target_id, detail, now };
    crate::audit::repo::audit(tx, line).await?;
    Ok(())
}

/// Audits a change to the member's sign-in methods and emails them about it.
pub async fn changed(
    state: &AppState,
    tx: &mut Tx,
    user_id: i64,
    p: &Provider,
    linked: bool,
    now: i64,
) -> Result<(), AppError> {
    let change = if linked { SignInChange::Linked(p.name.clone()) } else { SignInChange::Unlinked(p.name.clone()) };
    told(state, tx, user_id, change, now).await
}

/// A change to how a member signs in, as the audit log records it and the member's email tells it.
pub enum SignInChange {
    /// A provider (named) now signs them in.
    Linked(String),
    Unlinked(String),
    TwoFactorOn,
    TwoFactorOff,
    NewRecoveryCodes,
    /// An admin turned their second factor off.
    TwoFactorReset,
}

impl SignInChange {
    fn action(&self) -> &'static str {
        match self {
            SignInChange::Linked(_) => "sso_link",
            SignInChange::Unlinked(_) => "sso_unlink",
            SignInChange::TwoFactorOn => "two_factor_on",
            SignInChange::TwoFactorOff => "two_factor_off",
            SignInChange::NewRecoveryCodes => "recovery_codes_new",
            SignInChange::TwoFactorReset => "two_factor_reset_notice",
        }
    }

    /// The sentence of the email, in `lang`.
    fn words(&self, lang: Lang) -> String {
        match self {
            SignInChange::Linked(provider) => t_in!(lang, "mail-sign-in-linked", provider = provider.as_str()),
            SignInChange::Unlinked(provider) => t_in!(lang, "mail-sign-in-unlinked", provider = provider.as_str()),
            SignInChange::TwoFactorOn => t_in!(lang, "mail-sign-in-two-factor-on"),
            SignInChange::TwoFactorOff => t_in!(lang, "mail-sign-in-two-factor-off"),
            SignInChange::NewRecoveryCodes => t_in!(lang, "mail-sign-in-new-codes"),
            SignInChange::TwoFactorReset => t_in!(lang, "mail-sign-in-two-factor-reset"),
        }
    }
}

/// Audits a change to how `user_id` signs in and emails them what happened, in their language: every change
/// to a member's sign-in methods (providers, second factor) comes through here.
pub async fn told(state: &AppState, tx: &mut Tx, user_id: i64, change: SignInChange, now: i64) -> Result<(), AppError> {
    let detail = match &change {
        SignInChange::Linked(name) | SignInChange::Unlinked(name) => name.clone(),
        _ => String::new(),
    };
    audit(tx, user_id, change.action(), user_id, detail, now).await?;
    let Some(member) = accounts::addressee_by_id(tx, user_id).await? else { return Ok(()) };
    // The member made every change but the admin's reset themselves, on the page they are on.
    let asked = if matches!(change, SignInChange::TwoFactorReset) { None } else { crate::i18n::of_request() };
    let lang = outbox::language_of(tx, Some(user_id), asked).await?;
    let letter = Letter {
        kind: "sign_in_changed",
        to: &member.email,
        user_id: Some(user_id),
        lang,
        subject: t_in!(lang, "mail-sign-in-changed-subject"),
        template: "sign_in_changed",
        vars: context! { name => &member.display_name, what => change.words(lang) },
        unsubscribe: None,
    };
    outbox::post(tx, &state.settings.mail, letter, now).await?;
    Ok(())
}

/// Starts the session (a new session id, the identity, and how to sign out of the provider too), or asks for
/// the member's second factor first. Returns where to go.
async fn sign_in(
    state: &AppState,
    session: &Session,
    p: &Provider,
    user_id: i64,
    end_session: Option<String>,
    next: String,
    device: Option<&str>,
) -> Result<String, AppError> {
    let (_, version, _) = accounts::user_by_id(&state.db, user_id).await?.ok_or(AppError::Unauthorized)?;
    let provider = Some((p.slug.clone(), end_session));
    let to = second_factor::sign_in_or_ask(state, session, user_id, version, next, device, provider).await?;
    tracing::info!(user_id, provider = %p.slug, "signed in through a provider");
    Ok(to)
}

/// `/sso/link`: the account's password links the waiting identity and signs in. Returns where to go.
pub async fn confirm_link(
    state: &AppState,
    session: &Session,
    ip: &str,
    password: String,
    device: Option<&str>,
) -> Result<String, AppError> {
    let pending: Option<PendingLink> = session.get(PENDING_LINK).await.map_err(guard::session_err)?;
    let Some(pending) = pending.filter(|p| db::now() - p.started_at <= FLOW_SECS) else {
        return Err(AppError::invalid("password", t!("sso-link-expired")));
    };
    let settings = &state.settings;
    let window = settings.limit_window_secs;
    let failures = format!("sign-in:fail:{}:{ip}", rate_limit::private_key(&pending.email));
    rate_limit::hit(&state.db, &failures, settings.sign_in_per_email, window).await?;
    let stored = accounts::credentials_by_id(&state.db, pending.user_id).await?.map(|c| c.password_hash);
    if !state.passwords.verify(password, stored).await? {
        return Err(AppError::invalid("password", t!("sso-link-wrong-password")));
    }
    rate_limit::forgive(&state.db, &failures, window).await?;
    let provider = repo::by_id(&state.db, pending.provider_id)
        .await?
        .ok_or(AppError::NotFound(crate::t!("error-that-provider")))?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if !open(state, &mut tx, pending.user_id, now).await? {
        return Err(AppError::Restricted { message: Refusal::Closed.message() });
    }
    if repo::has_link(&mut tx, provider.id, pending.user_id).await?
        || !repo::link(&mut tx, provider.id, &pending.subject, pending.user_id, &pending.email, now).await?
    {
        return Err(AppError::Restricted { message: Refusal::Taken.message() });
    }
    changed(state, &mut tx, pending.user_id, &provider, true, now).await?;
    apply_claims(&mut tx, &provider, pending.user_id, &pending.values, now).await?;
    tx.commit().await?;
    session.remove::<PendingLink>(PENDING_LINK).await.map_err(guard::session_err)?;
    sign_in(state, session, &provider, pending.user_id, pending.end_session, pending.next, device).await
}

/// Unlinks the provider `slug` from `user`, unless it is their only way in.
pub async fn unlink(state: &AppState, user: &CurrentUser, slug: &str) -> Result<(), AppError> {
    let has_password = repo::has_password(&state.db, user.id).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    if !has_password && repo::link_count(&mut tx, user.id).await? <= 1 {
        return Err(AppError::invalid("slug", t!("sso-unlink-only-way")));
    }
    let Some((provider_id, _)) = repo::unlink(&mut tx, user.id, slug).await? else {
        return Err(AppError::NotFound(crate::t!("error-that-link")));
    };
    let provider = match repo::by_id(&state.db, provider_id).await? {
        Some(p) => p,
        None => return Err(AppError::NotFound(crate::t!("error-that-provider"))),
    };
    changed(state, &mut tx, user.id, &provider, false, now).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, provider = slug, "provider unlinked");
    Ok(())
}
