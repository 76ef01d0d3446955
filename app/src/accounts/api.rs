//! Account server functions. Each is a public POST endpoint and checks its own caller.

use crate::{accounts::domain::CurrentUser, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{DisplayName, Email, NewPassword, PasswordSignIn, RestrictionKind},
        guard::{self},
        repo, second_factor,
    },
    rate_limit,
    state::app_state,
    t,
};

/// The signed-in user, or `None` for a guest.
#[server(endpoint = "accounts/get_me")]
pub async fn get_me() -> Result<Option<CurrentUser>, AppError> {
    guard::current_user().await
}

/// What the sign-in page offers: the password form (unless an admin turned it off) and a button per provider.
#[server(endpoint = "accounts/sign_in_options")]
pub async fn sign_in_options() -> Result<crate::accounts::domain::SignInOptions, AppError> {
    Ok(repo::sign_in_options(&app_state()?.db).await?)
}

/// Signs in. Unknown email and wrong password get the same answer after the same work.
#[server(endpoint = "accounts/sign_in")]
pub async fn sign_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    sign_in_inner(email, password, next).await
}

#[cfg(feature = "ssr")]
async fn sign_in_inner(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let state = app_state()?;
    let settings = &state.settings;
    let ip = guard::client_ip().await;
    let window = settings.limit_window_secs;
    rate_limit::hit(&state.db, &format!("sign-in:ip:{ip}"), settings.sign_in_per_ip, window).await?;
    let policy = repo::password_sign_in(&state.db).await?;
    if policy == PasswordSignIn::Nobody {
        return Err(AppError::Restricted { message: policy.refusal() });
    }
    let email = Email::parse(&email)?;
    if password.is_empty() {
        return Err(AppError::invalid("password", t!("accounts-password-missing")));
    }
    // Failures are counted per email *and* client address: someone else guessing at an account slows only
    // themselves, and the owner, from an address that has not been failing, still gets in.
    // Each attempt is counted as a failure before the password is checked (so guesses sent at once cannot
    // all slip under the limit) and forgiven when it succeeds.
    let failures = format!("sign-in:fail:{}:{ip}", rate_limit::private_key(email.as_str()));
    rate_limit::hit(&state.db, &failures, settings.sign_in_per_email, window).await?;

    let found = repo::credentials_by_email(&state.db, &email).await?;
    let applicant = match found {
        Some(_) => None,
        None => repo::applicant_hash(&state.db, &email).await?,
    };
    let (id, version, stored) = match found {
        Some(c) => (c.id, c.auth_version, Some(c.password_hash)),
        None => (0, 0, applicant.clone()),
    };
    if !state.passwords.verify(password, stored).await? {
        tracing::info!("sign-in refused");
        // The same words for an unknown address and a wrong password: the answer tells nobody who has an account.
        return Err(AppError::invalid("password", t!("accounts-sign-in-refused")));
    }
    rate_limit::forgive(&state.db, &failures, window).await?;
    // Only someone who knows the password learns these.
    if applicant.is_some() {
        return Err(AppError::Restricted { message: t!("accounts-application-waiting") });
    }
    if let Some(suspension) = repo::restriction(&state.db, id, RestrictionKind::Suspend, crate::db::now()).await? {
        tracing::info!(user_id = id, "sign-in of a suspended account refused");
        return Err(AppError::Restricted { message: suspension.message(RestrictionKind::Suspend) });
    }
    // Only someone who knows the password learns that their role signs in elsewhere (`sign_in_or_ask`).
    let next = crate::common::next::safe_next(next.as_deref(), "/account");
    let device = request_device_token();
    let session = guard::session().await?;
    let to = second_factor::sign_in_or_ask(&state, &session, id, version, next, device.as_deref(), None).await?;
    tracing::info!(user_id = id, second_factor = to == second_factor::PAGE, "password accepted");
    crate::common::redirect::to(&to);
    Ok(())
}

/// The remembered-device token this request carries, if any.
#[cfg(feature = "ssr")]
fn request_device_token() -> Option<String> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|req| second_factor::device_token(&req.headers))
}

/// The second step of signing in: a code from the member's authenticator app, or one of their recovery codes.
/// `remember` ("on") keeps this device from being asked again for 30 days.
#[server(endpoint = "accounts/verify_second_factor")]
pub async fn verify_second_factor(code: String, remember: Option<String>) -> Result<(), AppError> {
    let state = app_state()?;
    let session = guard::session().await?;
    let (next, device) = second_factor::verify(&state, &session, &code, remember.is_some()).await?;
    if let Some(token) = device {
        let cookie = second_factor::device_cookie(&token, state.settings.secure_cookies);
        if let (Some(res), Ok(value)) =
            (leptos::prelude::use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&cookie))
        {
            res.append_header(http::header::SET_COOKIE, value);
        }
    }
    crate::common::redirect::to(&next);
    Ok(())
}

/// Whether this browser's sign-in is waiting for a second factor (the page that asks for it).
#[server(endpoint = "accounts/second_factor_waiting")]
pub async fn second_factor_waiting() -> Result<bool, AppError> {
    second_factor::waiting(&guard::session().await?).await
}

/// Ends the session.
#[server(endpoint = "accounts/sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = guard::session().await?;
    let provider = guard::signed_in_with(&session).await?;
    guard::end(&session).await?;
    crate::common::redirect::to(&after_sign_out(provider).await);
    Ok(())
}

/// Where sign-out sends the browser: to the provider that signed the member in, to end its session too
/// (single logout), when it offers that and the page runs JavaScript. A plain form post cannot be sent on to
/// another site (the pages' `form-action 'self'`), nor can a provider without an end-session address end
/// its session: the sign-in page then says the provider's session may still be open.
#[cfg(feature = "ssr")]
async fn after_sign_out(provider: Option<(String, Option<String>)>) -> String {
    let Some((slug, end_session)) = provider else { return "/".into() };
    let plain_form = leptos::prelude::use_context::<http::request::Parts>().is_some_and(|req| {
        req.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
    });
    match end_session {
        Some(url) if !plain_form => url,
        _ => format!("/sign-in?signed_out={slug}"),
    }
}

/// Changes the signed-in user's display name.
#[server(endpoint = "accounts/update_display_name")]
pub async fn update_display_name(display_name: String) -> Result<String, AppError> {
    let user = guard::require_user().await?;
    let name = DisplayName::parse(&display_name)?;
    let state = app_state()?;
    if !repo::update_display_name(&state.db, user.id, &name).await? {
        return Err(AppError::Unauthorized);
    }
    tracing::info!(user_id = user.id, "display name changed");
    Ok(name.as_str().to_string())
}

/// Changes the signed-in user's password after checking the current one; other sessions end.
#[server(endpoint = "accounts/change_password")]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    change_password_inner(current_password, new_password).await
}

#[cfg(feature = "ssr")]
async fn change_password_inner(current_password: String, new_password: String) -> Result<(), AppError> {
    let user = guard::require_user().await?;
    let state = app_state()?;
    let window = state.settings.limit_window_secs;
    rate_limit::hit(&state.db, &format!("password:user:{}", user.id), state.settings.sign_in_per_email, window).await?;
    let new = NewPassword::parse(&new_password, "new_password", &[&user.email, &user.display_name])?;
    let creds = repo::credentials_by_id(&state.db, user.id).await?.ok_or(AppError::Unauthorized)?;
    if !state.passwords.verify(current_password, Some(creds.password_hash)).await? {
        return Err(AppError::invalid("current_password", t!("accounts-current-password-wrong")));
    }
    let hash = state.passwords.hash(new.expose().to_string()).await?;
    let version = repo::update_password(&state.db, user.id, creds.auth_version, &hash).await?.ok_or_else(|| {
        AppError::Conflict { field: Some("new_password".into()), message: t!("accounts-password-changed-elsewhere") }
    })?;
    guard::renew(&guard::session().await?, version).await?;
    tracing::info!(user_id = user.id, "password changed");
    Ok(())
}
