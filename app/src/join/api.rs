//! Joining: create an account, send its confirmation link, and note the member whose invitation brought the
//! newcomer (who counts once the address is confirmed).

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{DisplayName, Email, NewPassword, Role},
        guard::{self},
        repo,
    },
    applications::repo::{self as applications, NewApplication, Submitted},
    rate_limit, referrals,
    site::join_policy::{parse_answers, Admission, Answer},
    state::app_state,
    t,
};

/// Creates an account and emails its confirmation link; the link signs the member in.
#[server(endpoint = "join/sign_up")]
pub async fn sign_up(
    email: String,
    display_name: String,
    password: String,
    accept_terms: Option<String>,
    answers: Option<Vec<String>>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = guard::client_ip().await;
    rate_limit::hit(&state.db, &format!("sign-up:ip:{ip}"), state.settings.sign_up_per_ip_hour, 3600).await?;
    let email = Email::parse(&email)?;
    let name = DisplayName::parse(&display_name)?;
    let password = NewPassword::parse(&password, "password", &[email.as_str(), name.as_str()])?;
    let policy = crate::site::repo::load(&state.db).await?.join;
    let answers = match policy.admission(email.as_str()) {
        Admission::Direct => None,
        Admission::Apply => Some(parse_answers(&policy.questions, &answers.unwrap_or_default())?),
        Admission::InvitationNeeded => return Err(AppError::invalid("email", invitation_needed(&policy.domains))),
    };
    let hash = state.passwords.hash(password.expose().to_string()).await?;
    // A malformed code, or one of nobody or of a removed member, credits nobody; sign-up goes on.
    let referrer = match crate::referrals::api::cookie_code().await.and_then(|c| referrals::domain::parse_code(&c)) {
        Some(code) => {
            referrals::repo::referrer_by_code(&state.db, &code).await?.filter(|r| !r.removed).map(|r| (r, code))
        }
        None => None,
    };

    let now = crate::db::now();
    let mut tx = state.db.begin_write().await?;
    // Checked before the address, so a registered one is answered the same way as a new one.
    let terms = crate::site::legal_repo::terms_at_sign_up(&mut tx, accept_terms.as_deref()).await?;
    if let Some(answers) = answers {
        let application = Application { email: &email, name: &name, hash: &hash, answers: &answers, terms, ip: &ip };
        return apply(&state, tx, application, referrer.map(|(_, code)| code), now).await;
    }
    let id = match repo::insert_user(&mut tx, &email, &name, &hash, Role::Member, false).await {
        Ok(id) => id,
        // A registered address gets the answer a new one gets (after the same hashing work), so the form
        // cannot be used to learn who has an account. Its owner is told by email (once an hour at most).
        Err(repo::InsertUserError::EmailTaken) => {
            drop(tx);
            tell_owner(&state, &email, now).await?;
            tracing::info!("sign-up for an address that is already registered; answered as for a new one");
            crate::referrals::api::forget_cookie();
            crate::common::redirect::to("/check-email");
            return Ok(());
        }
        Err(repo::InsertUserError::Db(e)) => return Err(e.into()),
    };
    if let Some(version) = terms {
        crate::site::legal_repo::record_acceptance(&mut tx, id, version, now).await?;
    }
    if let Some((referrer, code)) = &referrer {
        let done = referrals::repo::attribute(&mut tx, referrer, id, email.as_str(), code, &ip, now).await?;
        tracing::info!(user_id = id, referral_id = done.id, status = done.status.as_str(), "referral attributed");
    }
    crate::accounts::email_api::send_confirmation(&state, &mut tx, id, email.as_str(), name.as_str(), now).await?;
    tx.commit().await?;
    tracing::info!(user_id = id, "account created; confirmation link sent");
    crate::referrals::api::forget_cookie();
    // Nobody is signed in yet: the link in the email does that, so a new address and a registered one look
    // the same from here.
    crate::common::redirect::to("/check-email");
    Ok(())
}

/// Why an address cannot sign up without an invitation.
#[cfg(feature = "ssr")]
fn invitation_needed(domains: &[String]) -> String {
    match domains {
        [] => t!("join-invitation-only"),
        many => t!("join-domains-only", domains = many.join(", ")),
    }
}

/// An application's facts as sign-up checked them.
#[cfg(feature = "ssr")]
struct Application<'a> {
    email: &'a Email,
    name: &'a DisplayName,
    hash: &'a str,
    answers: &'a [Answer],
    terms: Option<i64>,
    ip: &'a str,
}

/// Stores an application and emails the link that confirms its address (which puts it in the admins'
/// queue). A registered address, and one whose application waits already, get the same answer, so the form
/// cannot be used to learn who is a member or who applied.
#[cfg(feature = "ssr")]
async fn apply(
    state: &crate::state::AppState,
    mut tx: crate::db::Tx,
    a: Application<'_>,
    referral_code: Option<String>,
    now: i64,
) -> Result<(), AppError> {
    if repo::addressee_by_email(&mut tx, a.email).await?.is_some() {
        drop(tx);
        tell_owner(state, a.email, now).await?;
        tracing::info!("application from an address that is already registered; answered as for a new one");
        return applied();
    }
    let new = NewApplication {
        email: a.email.as_str(),
        display_name: a.name.as_str(),
        password_hash: a.hash,
        answers: a.answers,
        terms_version: a.terms,
        referral_code: referral_code.as_deref(),
        ip: a.ip,
    };
    match applications::submit(&mut tx, &new, now).await? {
        Submitted::Stored { id, token } => {
            let link = format!("{}/apply/confirm?token={token}", state.settings.mail.origin);
            let lang = crate::mail::outbox::language_of(&mut tx, None, crate::i18n::of_request()).await?;
            let letter = crate::mail::Letter {
                kind: "application_confirm",
                to: a.email.as_str(),
                user_id: None,
                lang,
                subject: crate::t_in!(lang, "mail-application-confirm-subject"),
                template: "application_confirm",
                vars: minijinja::context! { name => a.name.as_str(), link, valid => crate::t_in!(lang, "mail-lifetime-hours", hours = 48) },
                unsubscribe: None,
            };
            crate::mail::outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
            tx.commit().await?;
            tracing::info!(application_id = id, "application stored; confirmation link sent");
        }
        Submitted::AlreadyWaiting => tracing::info!("an application of this address waits for review already"),
    }
    applied()
}

/// Where applying ends, whatever the address: the same page and words.
#[cfg(feature = "ssr")]
fn applied() -> Result<(), AppError> {
    crate::referrals::api::forget_cookie();
    crate::common::redirect::to("/check-email?applied=1");
    Ok(())
}

/// Tells the owner of `email` that someone tried to join with it, at most once an hour.
#[cfg(feature = "ssr")]
async fn tell_owner(state: &crate::state::AppState, email: &Email, now: i64) -> Result<(), AppError> {
    let bucket = format!("sign-up:taken:{}", rate_limit::private_key(email.as_str()));
    if rate_limit::hit(&state.db, &bucket, 1, 3600).await.is_err() {
        return Ok(());
    }
    let mut tx = state.db.begin_write().await?;
    if let Some(owner) = repo::addressee_by_email(&mut tx, email).await? {
        let lang = crate::mail::outbox::language_of(&mut tx, Some(owner.id), None).await?;
        let letter = crate::mail::Letter {
            kind: "already_registered",
            to: &owner.email,
            user_id: Some(owner.id),
            lang,
            subject: crate::t_in!(lang, "mail-already-registered-join-subject"),
            template: "already_registered",
            vars: minijinja::context! { name => &owner.display_name },
            unsubscribe: None,
        };
        crate::mail::outbox::post(&mut tx, &state.settings.mail, letter, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
