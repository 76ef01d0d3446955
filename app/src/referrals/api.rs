//! Referral server functions: a member's own referrals, the invitation the sign-up form shows, and the
//! admin's review of held referrals and the programme's referral rules.

use crate::{
    error::AppError,
    referrals::{
        domain::{Invitation, Settings, SettingsForm},
        views::{AdminReferrals, MyReferrals},
    },
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{current_user, require_role, require_user},
    },
    audit::record,
    common::{paging::page_count, text::bounded_text},
    db,
    referrals::{
        domain::{parse_code, PER_PAGE},
        repo::{self, Decision, Paid},
        views::Tab,
    },
    state::{app_state, site_origin},
};

/// Longest note an admin may give with a decision.
pub const NOTE_MAX: usize = 300;

/// The signed-in member's link, what it brought and whom they referred.
#[server(endpoint = "referrals/get_my_referrals")]
pub async fn get_my_referrals() -> Result<MyReferrals, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let db = &state.db;
    let code = repo::code_for(db, user.id).await?;
    let (people, clicks, points) = repo::mine(db, user.id).await?;
    let settings = repo::settings(db).await?;
    let rules = crate::recognition::repo::reads::rules(db).await?;
    let amount = |rule| rules.iter().find(|r| r.rule == rule && r.enabled).map_or(0, |r| r.amount);
    use crate::{recognition::domain::Rule, referrals::domain::Status};
    let qualified = people.iter().filter(|p| matches!(p.status, Status::Qualified | Status::Rewarded)).count() as i64;
    Ok(MyReferrals {
        link: format!("{}/r/{code}", site_origin(&state.settings)),
        clicks,
        signed_up: people.len() as i64,
        qualified,
        points,
        reward: amount(Rule::Referral),
        welcome: amount(Rule::Welcome),
        qualify_on: settings.qualify_on,
        hold_days: settings.hold_days,
        people,
    })
}

/// What the sign-up form says about the referral code this browser carries (`invite` is set by the link
/// handler when the code it was given matched nobody).
#[server(endpoint = "referrals/get_invitation")]
pub async fn get_invitation(invite: Option<String>) -> Result<Invitation, AppError> {
    if current_user().await?.is_some() {
        return Ok(Invitation::None);
    }
    match invite.as_deref() {
        Some("unknown") => return Ok(Invitation::Unknown),
        Some("gone") => return Ok(Invitation::Gone),
        _ => {}
    }
    invitation(cookie_code().await).await
}

#[cfg(feature = "ssr")]
async fn invitation(raw: Option<String>) -> Result<Invitation, AppError> {
    let Some(raw) = raw else {
        return Ok(Invitation::None);
    };
    let Some(code) = parse_code(&raw) else {
        return Ok(Invitation::Unknown);
    };
    Ok(match repo::referrer_by_code(&app_state()?.db, &code).await? {
        None => Invitation::Unknown,
        Some(r) if r.removed => Invitation::Gone,
        Some(r) => Invitation::From(r.display_name),
    })
}

/// The referral code in this request's cookie, as sent (not yet checked).
#[cfg(feature = "ssr")]
pub async fn cookie_code() -> Option<String> {
    let headers: http::HeaderMap = leptos_axum::extract().await.ok()?;
    code_in(&headers)
}

/// The raw value of the referral cookie among a request's cookies.
#[cfg(feature = "ssr")]
pub fn code_in(headers: &http::HeaderMap) -> Option<String> {
    let wanted = crate::referrals::domain::COOKIE;
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.to_string())
}

/// Tells the browser to forget the referral cookie (after the sign-up it was for).
#[cfg(feature = "ssr")]
pub fn forget_cookie() {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let cookie = format!("{}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", crate::referrals::domain::COOKIE);
        if let Ok(value) = http::HeaderValue::from_str(&cookie) {
            response.append_header(http::header::SET_COOKIE, value);
        }
    }
}

/// Referrals for the admin: held ones to decide, flagged ones, or all.
#[server(endpoint = "referrals/get_referrals_admin")]
pub async fn get_referrals_admin(tab: String, page: u32) -> Result<AdminReferrals, AppError> {
    require_role(Role::Admin).await?;
    let db = &app_state()?.db;
    let tab = Tab::parse(&tab);
    let page = page.max(1);
    let (rows, total, held) = repo::admin_list(db, tab, page).await?;
    let settings = repo::settings(db).await?;
    Ok(AdminReferrals { tab, page, pages: page_count(total, PER_PAGE), held, rows, settings })
}

/// Approves (`decision` = "approve") or rejects ("reject") a held referral. Returns the points the referrer
/// was paid on approval.
#[server(endpoint = "referrals/decide_referral")]
pub async fn decide_referral(id: i64, decision: String, note: String) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("decision", "Choose approve or reject.")),
    };
    let note = bounded_text(&note, "note", "The note", NOTE_MAX)?;
    if !approve && note.is_empty() {
        return Err(AppError::invalid("note", "Say why the referral is rejected; the admins after you will read it."));
    }
    let db = &app_state()?.db;
    let mut tx = db.begin_write().await?;
    let outcome = repo::decide_held(&mut tx, id, approve, &note, admin.id, db::now()).await?;
    let points = match outcome {
        Decision::NotHeld => {
            return Err(AppError::Conflict {
                field: None,
                message: "That referral is not waiting for a decision any more.".into(),
            })
        }
        Decision::Approved(Paid::Paid(points)) => points,
        Decision::Approved(_) | Decision::Rejected => 0,
    };
    record(&mut tx, &admin, &format!("referral_{decision}"), "referral", id, note).await?;
    tx.commit().await?;
    Ok(points)
}

/// Saves the programme's referral rules.
#[server(endpoint = "referrals/save_referral_settings")]
pub async fn save_referral_settings(form: SettingsForm) -> Result<Settings, AppError> {
    let admin = require_role(Role::Admin).await?;
    let settings = Settings::parse(&form)?;
    let db = &app_state()?.db;
    let mut tx = db.begin_write().await?;
    repo::save_settings(&mut tx, &settings, db::now()).await?;
    let detail = format!(
        "qualify on {}, hold {} days, cap {} a day, hold from sign-up {} from one address",
        settings.qualify_on.as_str(),
        settings.hold_days,
        settings.daily_cap,
        settings.ip_burst
    );
    record(&mut tx, &admin, "referral_settings", "referral_settings", 1, detail).await?;
    tx.commit().await?;
    Ok(settings)
}
