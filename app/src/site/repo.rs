//! The settings row and the published terms, read on every page request (one row by its key, no cache, so
//! every node shows a change at once) and written by the admin's settings pages.

use super::{
    domain::{FooterLink, Settings, Site},
    join_policy::{JoinMode, JoinPolicy},
};
use crate::{
    db::{Db, Tx},
    i18n::Lang,
    on_db, on_tx,
};

/// What the settings row and the legal versions give a page.
#[derive(sqlx::FromRow)]
struct Row {
    name: String,
    tagline: String,
    brand_colour: String,
    home_headline: String,
    intro_html: String,
    footer_links: String,
    logo: Option<String>,
    logo_ext: Option<String>,
    favicon: Option<String>,
    terms_version: i64,
    privacy_version: i64,
    guidelines_version: i64,
    join_mode: String,
    join_questions: String,
    join_domains: String,
    hold_first_posts: i64,
    default_language: String,
}

const LOAD: &str = "SELECT s.name, s.tagline, s.brand_colour, s.home_headline, s.intro_html, s.footer_links,
                           s.join_mode, s.join_questions, s.join_domains, s.hold_first_posts, s.default_language,
                           lm.hash AS logo, lm.ext AS logo_ext, fm.hash AS favicon,
                           COALESCE((SELECT MAX(version) FROM legal_versions WHERE kind = 'terms'), 0) AS terms_version,
                           COALESCE((SELECT MAX(version) FROM legal_versions WHERE kind = 'privacy'), 0) AS privacy_version,
                           COALESCE((SELECT MAX(version) FROM legal_versions WHERE kind = 'guidelines'), 0) AS guidelines_version
                    FROM site_settings s
                    LEFT JOIN media lm ON lm.hash = s.logo AND lm.hidden_at IS NULL
                    LEFT JOIN media fm ON fm.hash = s.favicon AND fm.hidden_at IS NULL
                    WHERE s.id = 1";

/// The site as it is now. A missing row (a database the migration has not reached) reads as the defaults.
pub async fn load(db: &Db) -> Result<Site, sqlx::Error> {
    let row: Option<Row> = on_db!(db, p => sqlx::query_as(LOAD).fetch_optional(p).await)?;
    Ok(row.map(site_of).unwrap_or_default())
}

/// The community's name, read inside `tx` (emails written in a transaction name it).
pub async fn name_in(tx: &mut Tx) -> Result<Option<String>, sqlx::Error> {
    on_tx!(tx, c => sqlx::query_scalar("SELECT name FROM site_settings WHERE id = 1").fetch_optional(c).await)
}

fn site_of(row: Row) -> Site {
    let footer_links: Vec<FooterLink> = serde_json::from_str(&row.footer_links).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the footer links in site_settings are not readable JSON; none shown");
        Vec::new()
    });
    let logo_url = match (row.logo, row.logo_ext) {
        (Some(hash), Some(ext)) => Some(format!("/media/{hash}.{ext}")),
        _ => None,
    };
    Site {
        name: row.name,
        tagline: row.tagline,
        logo_url,
        // A favicon is stored as a square picture, JPEG, with a 64-pixel copy.
        favicon_url: row.favicon.map(|hash| format!("/media/{hash}-64.jpg")),
        brand_colour: row.brand_colour,
        home_headline: row.home_headline,
        intro_html: row.intro_html,
        footer_links,
        terms_version: row.terms_version,
        privacy_version: row.privacy_version,
        guidelines_version: row.guidelines_version,
        join: JoinPolicy {
            mode: JoinMode::parse(&row.join_mode).unwrap_or_default(),
            questions: json_list(&row.join_questions, "join_questions"),
            domains: json_list(&row.join_domains, "join_domains"),
            held_posts: u32::try_from(row.hold_first_posts).unwrap_or(0),
        },
        default_language: Lang::parse(&row.default_language).unwrap_or_default(),
    }
}

fn json_list(raw: &str, column: &str) -> Vec<String> {
    serde_json::from_str(raw).unwrap_or_else(|e| {
        tracing::warn!(error = %e, column, "a list in site_settings is not readable JSON; read as empty");
        Vec::new()
    })
}

/// Stores who may join (the policy was checked by its parser).
pub async fn save_join_policy(tx: &mut Tx, policy: &JoinPolicy, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let questions = serde_json::to_string(&policy.questions).unwrap_or_else(|_| "[]".into());
    let domains = serde_json::to_string(&policy.domains).unwrap_or_else(|_| "[]".into());
    let sql = "UPDATE site_settings SET join_mode = $1, join_questions = $2, join_domains = $3, updated_at = $4,
                      updated_by = $5, hold_first_posts = $6 WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(policy.mode.as_str())
        .bind(questions)
        .bind(domains)
        .bind(now)
        .bind(by)
        .bind(i64::from(policy.held_posts))
        .execute(c)
        .await
        .map(|_| ()))
}

/// Stores the community's default language.
pub async fn save_default_language(tx: &mut Tx, lang: Lang, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE site_settings SET default_language = $1, updated_at = $2, updated_by = $3 WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql).bind(lang.tag()).bind(now).bind(by).execute(c).await.map(|_| ()))
}

/// Who may join, read inside `tx` (sign-up decides by it in the transaction that stores the account).
pub async fn join_policy_in(tx: &mut Tx) -> Result<JoinPolicy, sqlx::Error> {
    let sql = "SELECT join_mode, join_questions, join_domains, hold_first_posts FROM site_settings WHERE id = 1";
    let row: Option<(String, String, String, i64)> = on_tx!(tx, c => sqlx::query_as(sql).fetch_optional(c).await)?;
    Ok(row
        .map(|(mode, questions, domains, held)| JoinPolicy {
            mode: JoinMode::parse(&mode).unwrap_or_default(),
            questions: json_list(&questions, "join_questions"),
            domains: json_list(&domains, "join_domains"),
            held_posts: u32::try_from(held).unwrap_or(0),
        })
        .unwrap_or_default())
}

/// The fields an admin edits, as they are stored (the introduction's Markdown too, for the form).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Stored {
    pub name: String,
    pub tagline: String,
    pub brand_colour: String,
    pub home_headline: String,
    pub home_intro: String,
    pub footer_links: String,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

pub async fn stored(db: &Db) -> Result<Stored, sqlx::Error> {
    let sql = "SELECT s.name, s.tagline, s.brand_colour, s.home_headline, s.home_intro, s.footer_links, s.updated_at,
                      u.display_name AS updated_by
               FROM site_settings s LEFT JOIN users u ON u.id = s.updated_by WHERE s.id = 1";
    on_db!(db, p => sqlx::query_as(sql).fetch_one(p).await)
}

/// Writes checked settings and the introduction's rendering, in one statement.
pub async fn save(tx: &mut Tx, s: &Settings, intro_html: &str, by: i64, now: i64) -> Result<(), sqlx::Error> {
    let links = serde_json::to_string(&s.footer_links).unwrap_or_else(|_| "[]".into());
    let sql = "UPDATE site_settings SET name = $1, tagline = $2, brand_colour = $3, home_headline = $4,
                      home_intro = $5, intro_html = $6, footer_links = $7, updated_at = $8, updated_by = $9
               WHERE id = 1";
    on_tx!(tx, c => sqlx::query(sql)
        .bind(&s.name)
        .bind(&s.tagline)
        .bind(&s.brand_colour)
        .bind(&s.home_headline)
        .bind(&s.home_intro)
        .bind(intro_html)
        .bind(links)
        .bind(now)
        .bind(by)
        .execute(c)
        .await
        .map(|_| ()))
}

/// Which picture a settings upload sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Logo,
    Favicon,
}

impl Picture {
    pub fn parse(raw: &str) -> Option<Picture> {
        match raw.trim() {
            "logo" => Some(Picture::Logo),
            "favicon" => Some(Picture::Favicon),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Picture::Logo => "logo",
            Picture::Favicon => "favicon",
        }
    }
}

/// Sets (or with `None` takes off) the logo or the favicon.
pub async fn set_picture(
    tx: &mut Tx,
    which: Picture,
    hash: Option<&str>,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = match which {
        Picture::Logo => "UPDATE site_settings SET logo = $1, updated_at = $2, updated_by = $3 WHERE id = 1",
        Picture::Favicon => "UPDATE site_settings SET favicon = $1, updated_at = $2, updated_by = $3 WHERE id = 1",
    };
    on_tx!(tx, c => sqlx::query(sql).bind(hash).bind(now).bind(by).execute(c).await.map(|_| ()))
}
