//! The languages Chorus speaks, and how a request picks one.

use serde::{Deserialize, Serialize};

/// A language of the interface. English is the source every catalogue is translated from; German and Spanish
/// are complete; Arabic is partial (what is missing shows in English) and written right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Ar];

    /// The name of the cookie that keeps a visitor's choice from the footer's switch.
    pub const COOKIE: &'static str = "lang";

    /// The BCP 47 tag, as in `<html lang>`, the cookie and the settings.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name for itself, as the switch lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// Writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Whether every message is translated (the catalogue check holds complete catalogues to every key).
    pub fn complete(self) -> bool {
        !matches!(self, Lang::Ar)
    }

    /// A tag as stored or posted ("de", "de-AT", "ES"): its primary language, when Chorus speaks it.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The visitor's choice in a `Cookie` header.
    pub fn from_cookie_header(header: &str) -> Option<Lang> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == Lang::COOKIE)
            .and_then(|(_, value)| Lang::parse(value))
    }

    /// The best language for an `Accept-Language` header: the highest quality first (ties in the browser's
    /// order), the first that Chorus speaks; `q=0` means "not this one".
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut wanted: Vec<(u16, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), |q| {
                    q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                })?;
                (q > 0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted.into_iter().find_map(|(_, _, tag)| Lang::parse(tag))
    }

    /// The language for a request: the member's own setting, else the visitor's choice from the footer (a
    /// cookie), else the browser's `Accept-Language`, else the community's default.
    /// (`browser` is [`Lang::negotiate`]'s answer.)
    pub fn choose(member: Option<Lang>, cookie: Option<Lang>, browser: Option<Lang>, community: Lang) -> Lang {
        member.or(cookie).or(browser).unwrap_or(community)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_by_their_primary_language() {
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("ES"), Some(Lang::Es));
        assert_eq!(Lang::parse("ar_EG"), Some(Lang::Ar));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn the_browser_s_best_spoken_language_wins() {
        assert_eq!(Lang::negotiate("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7"), Some(Lang::De));
        assert_eq!(Lang::negotiate("en;q=0.5, es;q=0.9"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("de;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::negotiate("es, de"), Some(Lang::Es), "ties keep the browser's order");
        assert_eq!(Lang::negotiate("ar-SA"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("fr, it;q=0.5"), None);
        assert_eq!(Lang::negotiate("*"), None);
        assert_eq!(Lang::negotiate("de;q=banana"), None, "a malformed quality is skipped");
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn the_member_then_the_cookie_then_the_browser_then_the_community() {
        assert_eq!(Lang::choose(Some(Lang::Es), Some(Lang::De), Some(Lang::Ar), Lang::En), Lang::Es);
        assert_eq!(Lang::choose(None, Some(Lang::De), Some(Lang::Ar), Lang::En), Lang::De);
        assert_eq!(Lang::choose(None, None, Lang::negotiate("ar"), Lang::En), Lang::Ar);
        assert_eq!(Lang::choose(None, None, Lang::negotiate("fr"), Lang::Es), Lang::Es);
        assert_eq!(Lang::choose(None, None, None, Lang::De), Lang::De);
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        assert_eq!(Lang::from_cookie_header("theme=dark; lang=es; id=1"), Some(Lang::Es));
        assert_eq!(Lang::from_cookie_header("theme=dark"), None);
        assert_eq!(Lang::from_cookie_header("lang=xx"), None);
        assert_eq!(Lang::from_cookie_header("slang=de"), None);
    }
}
