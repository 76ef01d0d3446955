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
        guard::{current_user, require_role, require_user, session, session_err},
    },
    audit::record,
    common::{paging::page_count, text::bounded_text},
    db,
    referrals::{
        conversion::UploadReport,
        domain::{parse_code, PER_PAGE},
        repo::{self, Decision, Paid},
        views::Tab,
    },
    state::{app_state, site_origin},
    t,
};

/// Longest note an admin may give with a decision.
pub const NOTE_MAX: usize = 300;

/// The session key of the last conversions upload's report, shown once on the admin's page.
#[cfg(feature = "ssr")]
pub const UPLOAD_REPORT: &str = "referral_upload_report";

/// Refused lines an upload's report keeps (the counts say how many there were in all).
pub const REFUSALS_KEPT: usize = 200;

/// Rows recorded per transaction: an interrupted upload keeps what it recorded, and its re-run skips those.
#[cfg(feature = "ssr")]
const ROWS_PER_TX: usize = 200;

/// Records (or, with `dry_run`, only tries) the conversions in an uploaded CSV for admin `admin`. A dry run
/// does everything in transactions it rolls back, so its report (recorded, already recorded, refused with
/// line and reason) is what recording would do. Orders recorded before count as already recorded, so a
/// re-run after an interruption records only the rest. The whole file is refused only when it cannot be read.
#[cfg(feature = "ssr")]
pub async fn upload_conversions(
    state: &crate::state::AppState,
    admin: &crate::accounts::domain::CurrentUser,
    bytes: &[u8],
    dry_run: bool,
) -> Result<crate::referrals::conversion::UploadReport, AppError> {
    use crate::{
        common::upload::RefusedLine,
        referrals::{
            conversion::{money, Outcome, PreviewRow, UploadReport, PREVIEW_ROWS},
            conversion_sheet,
            repo::Source,
        },
    };
    let currency = repo::settings(&state.db).await?.currency;
    let sheet = conversion_sheet::read(bytes, &currency).map_err(|m| AppError::invalid("csv", m))?;
    let mut report = UploadReport { read: sheet.read, refused: sheet.refused, dry_run, ..UploadReport::default() };
    let now = db::now();
    for chunk in sheet.rows.chunks(ROWS_PER_TX) {
        let mut tx = state.db.begin_write().await?;
        for (line, c) in chunk {
            match repo::convert(&mut tx, c, Source::Csv { admin: admin.id }, now).await? {
                Outcome::New(r) => {
                    report.recorded += 1;
                    report.rewarded += usize::from(r.paid.is_some());
                    if report.preview.len() < PREVIEW_ROWS {
                        report.preview.push(PreviewRow {
                            line: *line,
                            email: c.email.clone().unwrap_or_default(),
                            code: c.code.clone().unwrap_or_default(),
                            order_ref: c.order_ref.clone(),
                            amount: c.amount.map(|a| money(a, &currency)).unwrap_or_default(),
                        });
                    }
                }
                Outcome::Again(_) => report.already += 1,
                Outcome::Refused(why) => {
                    report.refused.push(RefusedLine { line: *line, text: c.order_ref.clone(), reason: why.message() })
                }
            }
        }
        if dry_run {
            drop(tx); // rolled back
        } else {
            tx.commit().await?;
        }
    }
    report.refused.sort_by_key(|r| r.line);
    if !dry_run {
        let detail =
            format!("{} recorded, {} already, {} refused", report.recorded, report.already, report.refused.len());
        let mut tx = state.db.begin_write().await?;
        record(&mut tx, admin, "referral_conversions_upload", "referral_settings", 1, detail).await?;
        tx.commit().await?;
    }
    Ok(report)
}

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
    let customers = people.iter().filter(|p| p.converted_at.is_some()).count() as i64;
    let gift = repo::gift_of(db, user.id).await?;
    Ok(MyReferrals {
        customers,
        gift,
        link: format!("{}/r/{code}", site_origin(&state.settings)),
        clicks,
        signed_up: people.iter().filter(|p| p.member).count() as i64,
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
    crate::common::cookies::value(headers, crate::referrals::domain::COOKIE)
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
    let code_rewards = repo::code_rewards(db).await?;
    let codes_left = match settings.friend_reward_id {
        Some(id) => Some(repo::codes_left(db, id).await?),
        None => None,
    };
    let upload = session().await?.remove::<UploadReport>(UPLOAD_REPORT).await.map_err(session_err)?;
    Ok(AdminReferrals {
        tab,
        page,
        pages: page_count(total, PER_PAGE),
        held,
        rows,
        settings,
        code_rewards,
        codes_left,
        upload,
    })
}

/// Approves (`decision` = "approve") or rejects ("reject") a held referral. Returns the points the referrer
/// was paid on approval.
#[server(endpoint = "referrals/decide_referral")]
pub async fn decide_referral(id: i64, decision: String, note: String) -> Result<i64, AppError> {
    let admin = require_role(Role::Admin).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("decision", t!("referrals-choose-decision"))),
    };
    let note = bounded_text(&note, "note", &t!("referrals-the-note"), NOTE_MAX)?;
    if !approve && note.is_empty() {
        return Err(AppError::invalid("note", t!("referrals-note-missing")));
    }
    let db = &app_state()?.db;
    let mut tx = db.begin_write().await?;
    let outcome = repo::decide_held(&mut tx, id, approve, &note, admin.id, db::now()).await?;
    let points = match outcome {
        Decision::NotHeld => return Err(AppError::Conflict { field: None, message: t!("referrals-not-held") }),
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
    if let Some(id) = settings.friend_reward_id {
        if !repo::code_rewards(db).await?.iter().any(|(reward, _)| *reward == id) {
            return Err(AppError::invalid("friend_reward", t!("referrals-choose-gift")));
        }
    }
    let mut tx = db.begin_write().await?;
    repo::save_settings(&mut tx, &settings, db::now()).await?;
    let landing = if settings.landing.url.is_empty() { "the sign-up page" } else { settings.landing.url.as_str() };
    let detail = format!(
        "qualify on {}, hold {} days, cap {} a day, hold from sign-up {} from one address, land on {landing}, {}, friends' reward {}",
        settings.qualify_on.as_str(),
        settings.hold_days,
        settings.daily_cap,
        settings.ip_burst,
        settings.currency,
        settings.friend_reward_id.map_or_else(|| "none".to_string(), |id| id.to_string()),
    );
    record(&mut tx, &admin, "referral_settings", "referral_settings", 1, detail).await?;
    tx.commit().await?;
    Ok(settings)
}
