//! The settings' server functions: reading and saving the community's name and look (admins), taking off the
//! logo or favicon, publishing the terms, the privacy notice and the guidelines, reading them (anyone; a signed-in member's
//! reading is noted for the welcome checklist), and accepting the
//! terms (members).

use crate::{
    error::AppError,
    settings::views::SettingsView,
    site::legal::{LegalDoc, TermsStanding},
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{CurrentUser, Role},
        guard::{current_user, require_role, require_user},
    },
    audit::record,
    db,
    site::{
        domain::{footer_links_text, SettingsInput},
        legal::{parse_publication, LegalKind},
        legal_repo,
        repo::{self as site_repo, Picture},
    },
    state::{app_state, AppState},
    t,
};

/// The settings as stored, for the admins' form.
#[server(endpoint = "settings/get_site_settings")]
pub async fn get_site_settings() -> Result<SettingsView, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    let stored = site_repo::stored(&state.db).await?;
    let site = site_repo::load(&state.db).await?;
    let links: Vec<crate::site::FooterLink> = serde_json::from_str(&stored.footer_links).unwrap_or_default();
    Ok(SettingsView {
        name: stored.name,
        tagline: stored.tagline,
        brand_colour: stored.brand_colour,
        home_headline: stored.home_headline,
        home_intro: stored.home_intro,
        footer_links: footer_links_text(&links),
        logo_url: site.logo_url,
        favicon_url: site.favicon_url,
        updated_at: stored.updated_at,
        updated_by: stored.updated_by,
    })
}

/// Saves the community's name, tagline, brand colour, home-page text and footer links. Every field is
/// checked first (the colour for contrast, the links for their scheme); one failing saves nothing. Every
/// node shows the change on its next page.
#[server(endpoint = "settings/save_site_settings")]
pub async fn save_site_settings(
    name: String,
    tagline: String,
    brand_colour: String,
    home_headline: String,
    home_intro: String,
    footer_links: String,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let input = SettingsInput { name, tagline, brand_colour, home_headline, home_intro, footer_links };
    let settings = input.parse()?;
    let state = app_state()?;
    let intro = settings.home_intro.clone();
    let intro_html = state.renderer.run("home intro", move || crate::markdown::render(&intro).html).await?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    site_repo::save(&mut tx, &settings, &intro_html, admin.id, now).await?;
    let detail = format!("name “{}”, brand colour {}", settings.name, settings.brand_colour);
    record(&mut tx, &admin, "site_settings_saved", "site", 1, detail).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/settings?saved=settings");
    Ok(())
}

/// Saves who may join: the mode, the applicants' questions, the domains that join directly and how many of a
/// new member's first posts wait for approval. Checked first; one bad line saves nothing.
#[server(endpoint = "settings/save_join_policy")]
pub async fn save_join_policy(
    mode: String,
    questions: String,
    domains: String,
    #[server(default)] held_posts: String,
) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let policy = crate::site::join_policy::JoinPolicyInput { mode, questions, domains, held_posts }.parse()?;
    let state = app_state()?;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    site_repo::save_join_policy(&mut tx, &policy, admin.id, now).await?;
    let detail = format!(
        "{}; {} questions; domains: {}; first {} posts held",
        policy.mode.as_str(),
        policy.questions.len(),
        if policy.domains.is_empty() { "none".to_string() } else { policy.domains.join(", ") },
        policy.held_posts
    );
    record(&mut tx, &admin, "join_policy_saved", "site", 1, detail).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/registration?saved=1");
    Ok(())
}

/// Sets the community's default language: the one visitors get when their browser asks for none Chorus
/// speaks, and members who chose none. Every node uses it on its next page.
#[server(endpoint = "settings/save_default_language")]
pub async fn save_default_language(language: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let lang = crate::i18n::Lang::parse(&language)
        .ok_or_else(|| AppError::invalid("language", t!("settings-language-unknown")))?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    site_repo::save_default_language(&mut tx, lang, admin.id, db::now()).await?;
    let detail = format!("default language {}", lang.tag());
    record(&mut tx, &admin, "default_language_saved", "site", 1, detail).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/settings?saved=language");
    Ok(())
}

/// Takes the logo or the favicon off (the header falls back to the name, the tab to the default icon).
#[server(endpoint = "settings/remove_site_picture")]
pub async fn remove_site_picture(which: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let which = Picture::parse(&which).ok_or_else(|| AppError::invalid("which", t!("settings-picture-unknown")))?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    site_repo::set_picture(&mut tx, which, None, admin.id, db::now()).await?;
    record(&mut tx, &admin, "site_picture_removed", "site", 1, which.as_str().to_string()).await?;
    tx.commit().await?;
    crate::common::redirect::to("/admin/settings?saved=picture");
    Ok(())
}

/// Who may upload the logo or favicon: admins.
#[cfg(feature = "ssr")]
pub fn may_picture(user: &CurrentUser) -> Result<(), AppError> {
    if user.role.allows(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Makes a stored picture the logo or the favicon (called by the upload route once the picture is stored).
#[cfg(feature = "ssr")]
pub async fn attach_picture(state: &AppState, user: &CurrentUser, which: &str, hash: &str) -> Result<(), AppError> {
    may_picture(user)?;
    let which = Picture::parse(which).ok_or_else(|| AppError::invalid("site", t!("settings-picture-unknown")))?;
    let mut tx = state.db.begin_write().await?;
    site_repo::set_picture(&mut tx, which, Some(hash), user.id, db::now()).await?;
    record(&mut tx, user, "site_picture_set", "site", 1, format!("{} {hash}", which.as_str())).await?;
    tx.commit().await?;
    Ok(())
}

/// The terms, the privacy notice or the guidelines: the newest version, or `version` when given; `None` before
/// the first is published. A signed-in member's reading is noted (the welcome checklist's guidelines step).
#[server(endpoint = "settings/get_legal")]
pub async fn get_legal(kind: String, version: Option<i64>) -> Result<Option<LegalDoc>, AppError> {
    let kind = LegalKind::parse(&kind)?;
    let state = app_state()?;
    let reader = current_user().await?;
    let mut doc = document(&state, kind, version).await?;
    if let (Some(user), Some(_)) = (&reader, &doc) {
        legal_repo::record_read(&state.db, user.id, kind, db::now()).await?;
    }
    // Who published and how many accepted are for the admins' page only.
    let staff = reader.is_some_and(|u| u.role.allows(Role::Admin));
    if let (Some(doc), false) = (&mut doc, staff) {
        for v in &mut doc.versions {
            v.published_by = None;
            v.accepted = 0;
        }
    }
    Ok(doc)
}

/// The three documents for the admins' page, read in one call.
#[server(endpoint = "settings/get_legal_documents")]
pub async fn get_legal_documents() -> Result<(Option<LegalDoc>, Option<LegalDoc>, Option<LegalDoc>), AppError> {
    let state = app_state()?;
    require_role(Role::Admin).await?;
    Ok((
        document(&state, LegalKind::Terms, None).await?,
        document(&state, LegalKind::Privacy, None).await?,
        document(&state, LegalKind::Guidelines, None).await?,
    ))
}

#[cfg(feature = "ssr")]
async fn document(state: &AppState, kind: LegalKind, version: Option<i64>) -> Result<Option<LegalDoc>, AppError> {
    let Some(text) = legal_repo::text(&state.db, kind, version).await? else {
        return match version {
            Some(v) => Err(AppError::NotFound(crate::t!(
                "error-that-legal-version",
                version = v.to_string(),
                kind = kind.as_str()
            ))),
            None => Ok(None),
        };
    };
    let versions = legal_repo::versions(&state.db, kind).await?;
    Ok(Some(LegalDoc {
        kind,
        version: text.version,
        body: text.body,
        body_html: text.body_html,
        published_at: text.published_at,
        newest: versions.first().map_or(text.version, |v| v.version),
        versions,
    }))
}

/// Publishes a new version of the terms (admins): every member is asked to accept it on their next visit.
#[server(endpoint = "settings/publish_terms")]
pub async fn publish_terms(body: String, changes: String) -> Result<(), AppError> {
    publish(LegalKind::Terms, body, changes).await
}

/// Publishes a new version of the community guidelines (admins).
#[server(endpoint = "settings/publish_guidelines")]
pub async fn publish_guidelines(body: String, changes: String) -> Result<(), AppError> {
    publish(LegalKind::Guidelines, body, changes).await
}

/// Publishes a new version of the privacy notice (admins).
#[server(endpoint = "settings/publish_privacy")]
pub async fn publish_privacy(body: String, changes: String) -> Result<(), AppError> {
    publish(LegalKind::Privacy, body, changes).await
}

#[cfg(feature = "ssr")]
async fn publish(kind: LegalKind, body: String, changes: String) -> Result<(), AppError> {
    let admin = require_role(Role::Admin).await?;
    let (body, changes) = parse_publication(&body, &changes)?;
    let state = app_state()?;
    if let Some(current) = legal_repo::text(&state.db, kind, None).await? {
        if current.body == body {
            return Err(AppError::invalid("body", t!("settings-publish-unchanged", version = current.version)));
        }
    }
    let text = body.clone();
    let html = state.renderer.run("legal", move || crate::markdown::render(&text).html).await?;
    let mut tx = state.db.begin_write().await?;
    let version = legal_repo::publish(&mut tx, kind, &body, &html, &changes, admin.id, db::now()).await?;
    record(&mut tx, &admin, "legal_published", kind.as_str(), version, changes).await?;
    tx.commit().await?;
    tracing::info!(admin_id = admin.id, kind = kind.as_str(), version, "legal text published");
    crate::common::redirect::to(&format!("/admin/settings/legal?published={}", kind.as_str()));
    Ok(())
}

/// The signed-in member's standing with the terms; `None` for a guest.
#[server(endpoint = "settings/get_terms_standing")]
pub async fn get_terms_standing() -> Result<Option<TermsStanding>, AppError> {
    let state = app_state()?;
    let Some(user) = current_user().await? else { return Ok(None) };
    let newest = legal_repo::newest_terms(&state.db).await?;
    let accepted = legal_repo::accepted(&state.db, user.id).await?;
    Ok(Some(TermsStanding { newest, accepted }))
}

/// The member accepts terms `version`, which must be the newest (a newer one published meanwhile is
/// refused, so nobody accepts a text they did not see).
#[server(endpoint = "settings/accept_terms")]
pub async fn accept_terms(version: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let newest = legal_repo::newest_in(&mut tx, LegalKind::Terms).await?;
    legal_repo::check_version(version, newest)?;
    legal_repo::record_acceptance(&mut tx, user.id, version, db::now()).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, version, "terms accepted");
    Ok(())
}
