//! What the settings row holds, as every page reads it, and the checks an admin's changes pass before any of
//! them is stored.

use crate::{
    common::{field_error::FieldError, links::web_address},
    t,
};
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 60;
pub const TAGLINE_MAX: usize = 140;
pub const HEADLINE_MAX: usize = 120;
pub const INTRO_MAX: usize = 4000;
pub const FOOTER_LINKS_MAX: usize = 8;
pub const FOOTER_LABEL_MAX: usize = 40;
pub const FOOTER_URL_MAX: usize = 300;
/// The brand colour before anyone chose one.
pub const DEFAULT_BRAND: &str = "#4338ca";

/// The community's name and look, as the page frame, the home page, feeds, embeds and emails use them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    pub tagline: String,
    /// `/media/<hash>.<ext>` of the logo shown in the header, when one was uploaded.
    pub logo_url: Option<String>,
    /// `/media/<hash>-64.<ext>` of the favicon, when one was uploaded.
    pub favicon_url: Option<String>,
    /// `#rrggbb`, checked for contrast when it was saved.
    pub brand_colour: String,
    pub home_headline: String,
    /// The home page's introduction, rendered and sanitised when it was saved.
    pub intro_html: String,
    pub footer_links: Vec<FooterLink>,
    /// The newest published terms of service, privacy notice and guidelines (0: none published yet).
    pub terms_version: i64,
    pub privacy_version: i64,
    pub guidelines_version: i64,
    /// Who may join, and how.
    pub join: super::join_policy::JoinPolicy,
    /// The language for visitors whose browser asks for none Chorus speaks (and members who chose none).
    #[serde(default)]
    pub default_language: crate::i18n::Lang,
}

impl Default for Site {
    /// What a new installation starts with (the migration writes the same row).
    fn default() -> Self {
        Site {
            name: "Chorus".into(),
            tagline: "A home for our customer advocates.".into(),
            logo_url: None,
            favicon_url: None,
            brand_colour: DEFAULT_BRAND.into(),
            home_headline: "Welcome to the Chorus community".into(),
            intro_html: "<p>Talk with peers, share your story, earn recognition and rewards.</p>".into(),
            footer_links: Vec::new(),
            terms_version: 0,
            privacy_version: 0,
            guidelines_version: 0,
            join: super::join_policy::JoinPolicy::default(),
            default_language: crate::i18n::Lang::En,
        }
    }
}

/// A link in the footer: a label and an address on the web or on this site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FooterLink {
    pub label: String,
    pub url: String,
}

/// The visitor's choice of theme, kept in a cookie: the system's setting unless they chose one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];
    pub const COOKIE: &'static str = "theme";

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(raw: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == raw.trim())
    }

    /// The theme named in a `Cookie:` header, if any.
    pub fn from_cookie_header(header: &str) -> Theme {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == Theme::COOKIE)
            .and_then(|(_, value)| Theme::parse(value))
            .unwrap_or_default()
    }

    /// The theme a request's cookies ask for (the first `Cookie:` header that names one).
    #[cfg(feature = "ssr")]
    pub fn of_request(headers: &http::HeaderMap) -> Theme {
        let cookies = headers.get_all(http::header::COOKIE);
        cookies
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(Theme::from_cookie_header)
            .find(|t| *t != Theme::System)
            .unwrap_or_default()
    }
}

/// The settings form as sent: every field text, the footer links one per line as `Label | address`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsInput {
    pub name: String,
    pub tagline: String,
    pub brand_colour: String,
    pub home_headline: String,
    pub home_intro: String,
    pub footer_links: String,
}

/// Settings that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub name: String,
    pub tagline: String,
    /// `#rrggbb`.
    pub brand_colour: String,
    pub home_headline: String,
    /// Markdown; rendered and sanitised when saved.
    pub home_intro: String,
    pub footer_links: Vec<FooterLink>,
}

impl SettingsInput {
    /// Checks every field; the first problem is named with its field and nothing is stored.
    pub fn parse(&self) -> Result<Settings, FieldError> {
        let name = one_line(
            &self.name,
            "name",
            NAME_MAX,
            || t!("site-name-control"),
            || t!("site-name-too-long", max = NAME_MAX),
        )?;
        if name.is_empty() {
            return Err(FieldError::new("name", t!("site-name-missing")));
        }
        let tagline = one_line(
            &self.tagline,
            "tagline",
            TAGLINE_MAX,
            || t!("site-tagline-control"),
            || t!("site-tagline-too-long", max = TAGLINE_MAX),
        )?;
        let brand_colour = super::colour::check_brand(&self.brand_colour)?.hex();
        let home_headline = one_line(
            &self.home_headline,
            "home_headline",
            HEADLINE_MAX,
            || t!("site-headline-control"),
            || t!("site-headline-too-long", max = HEADLINE_MAX),
        )?;
        if home_headline.is_empty() {
            return Err(FieldError::new("home_headline", t!("site-headline-missing")));
        }
        let home_intro = self.home_intro.trim().replace("\r\n", "\n");
        if home_intro.chars().count() > INTRO_MAX {
            return Err(FieldError::new("home_intro", t!("site-intro-too-long", max = INTRO_MAX.to_string())));
        }
        let footer_links = parse_footer_links(&self.footer_links)?;
        Ok(Settings { name, tagline, brand_colour, home_headline, home_intro, footer_links })
    }
}

/// The footer links as the form shows them: one `Label | address` per line.
pub fn footer_links_text(links: &[FooterLink]) -> String {
    links.iter().map(|l| format!("{} | {}", l.label, l.url)).collect::<Vec<_>>().join("\n")
}

/// One line of text: no control characters, inner runs of blanks as one space, at most `max` characters; each
/// problem in the field's own words.
fn one_line(
    raw: &str,
    field: &'static str,
    max: usize,
    control: impl FnOnce() -> String,
    too_long: impl FnOnce() -> String,
) -> Result<String, FieldError> {
    if raw.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(FieldError::new(field, control()));
    }
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().count() > max {
        return Err(FieldError::new(field, too_long()));
    }
    Ok(value)
}

/// `Label | address` per line, blank lines skipped: at most eight, each label 1–40 characters, each
/// address `https://…`, `http://…` or a path on this site (`/terms`). Any other scheme — `javascript:`,
/// `data:` — is refused, naming the line.
pub fn parse_footer_links(raw: &str) -> Result<Vec<FooterLink>, FieldError> {
    const FIELD: &str = "footer_links";
    let mut links = Vec::new();
    for (i, line) in raw.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let n = i + 1;
        let Some((label, url)) = line.rsplit_once('|') else {
            return Err(FieldError::new(FIELD, t!("site-footer-link-unsplit", n = n)));
        };
        let label = one_line(
            label,
            FIELD,
            FOOTER_LABEL_MAX,
            || t!("site-footer-label-control", n = n),
            || t!("site-footer-label-too-long", n = n, max = FOOTER_LABEL_MAX),
        )?;
        if label.is_empty() {
            return Err(FieldError::new(FIELD, t!("site-footer-label-missing", n = n)));
        }
        let url = url.trim();
        if url.is_empty() {
            return Err(FieldError::new(FIELD, t!("site-footer-address-missing", n = n, label = label.as_str())));
        }
        let url = if url.starts_with('/') && !url.starts_with("//") {
            local_path(url, n, &label)?
        } else {
            // The link names itself in the web address's messages ("Footer link 2 (“Blog”) must start with …").
            let what = t!("site-footer-link-named", n = n, label = label.as_str());
            web_address(url, FIELD, &what, FOOTER_URL_MAX)?
        };
        links.push(FooterLink { label, url });
    }
    if links.len() > FOOTER_LINKS_MAX {
        return Err(FieldError::new(FIELD, t!("site-footer-too-many", max = FOOTER_LINKS_MAX, count = links.len())));
    }
    Ok(links)
}

fn local_path(url: &str, n: usize, label: &str) -> Result<String, FieldError> {
    if url.chars().count() > FOOTER_URL_MAX {
        return Err(FieldError::new(
            "footer_links",
            t!("site-footer-address-too-long", n = n, label = label, max = FOOTER_URL_MAX),
        ));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')) {
        return Err(FieldError::new("footer_links", t!("site-footer-address-characters", n = n, label = label)));
    }
    Ok(url.to_string())
}
