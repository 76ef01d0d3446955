//! The message catalogues (`app/locales/<tag>/<part>.ftl`, in Project Fluent's syntax: placeholders, plurals
//! by CLDR's rules, attributes), one file per part of the app so that each stays short enough to review,
//! compiled into the program and parsed once on first use. A message missing from a partial catalogue is taken
//! from English.

use super::{format, Lang};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;
type Memoizer = intl_memoizer::concurrent::IntlLangMemoizer;
type Formatter = fn(&FluentValue, &Memoizer) -> Option<String>;

/// Lists the parts once; every language has a file for each (a partial language's may hold only a heading).
macro_rules! catalogues {
    ($($part:literal),+ $(,)?) => {
        /// The parts of the app with a catalogue file, in load order (the catalogue check reads it).
        #[cfg(test)]
        pub(super) const PARTS: &[&str] = &[$($part),+];

        /// Each language's catalogue files as written, in [`Lang::ALL`]'s order and [`PARTS`]' order.
        pub(super) const SOURCES: [(Lang, &[&str]); 4] = [
            (Lang::En, &[$(include_str!(concat!("../../locales/en/", $part, ".ftl"))),+]),
            (Lang::De, &[$(include_str!(concat!("../../locales/de/", $part, ".ftl"))),+]),
            (Lang::Es, &[$(include_str!(concat!("../../locales/es/", $part, ".ftl"))),+]),
            (Lang::Ar, &[$(include_str!(concat!("../../locales/ar/", $part, ".ftl"))),+]),
        ];
    };
}

catalogues![
    "shared",
    "shell",
    "home",
    "accounts",
    "admin",
    "analytics",
    "api_tokens",
    "applications",
    "audit",
    "challenges",
    "common",
    "forum",
    "groups",
    "imports",
    "invitations",
    "join",
    "mail",
    "mailroom",
    "markdown",
    "media",
    "notifications",
    "nps",
    "onboarding",
    "privacy",
    "profiles",
    "recognition",
    "recovery",
    "referrals",
    "rewards",
    "settings",
    "site",
    "sso",
    "stories",
    "ui",
    "webhook_admin",
    "webhooks",
    "welcome",
];

/// One language's bundle, parsed the first time that language is asked for: a page in English parses only
/// English (in the browser's copy of the app, at every full page load).
fn bundle_of(index: usize) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[index].get_or_init(|| {
        let (lang, sources) = SOURCES[index];
        bundle(lang, sources)
    })
}

/// One language's bundle. A catalogue that does not parse is a build defect the catalogue check catches; here
/// the messages that did parse are kept.
fn bundle(lang: Lang, sources: &[&str]) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Isolation marks keep a Latin name from reordering an Arabic sentence; left-to-right text needs none.
    bundle.set_use_isolating(lang.dir() == "rtl");
    let formatter: Formatter = match lang {
        Lang::En => numbers::<0>,
        Lang::De => numbers::<1>,
        Lang::Es => numbers::<2>,
        Lang::Ar => numbers::<3>,
    };
    bundle.set_formatter(Some(formatter));
    for source in sources {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate keys are refused by the catalogue check; the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whole numbers in placeables are grouped as the language groups them (plural selection still sees the
/// number).
fn numbers<const L: usize>(value: &FluentValue, _: &Memoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
            Some(format::number(Lang::ALL[L], n.value as i64))
        }
        _ => None,
    }
}

/// The text of message `key` (or `key.attribute`) in `lang` with `args`, falling back to English, then to
/// the key itself (which the catalogue check makes impossible for a key in the code).
pub fn message(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let (id, attribute) = key.split_once('.').map_or((key, None), |(id, attr)| (id, Some(attr)));
    for lang in [lang, Lang::En] {
        let bundle = bundle_of(Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0));
        let Some(msg) = bundle.get_message(id) else { continue };
        let pattern = match attribute {
            Some(attr) => msg.get_attribute(attr).map(|a| a.value()),
            None => msg.value(),
        };
        if let Some(pattern) = pattern {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    key.to_string()
}
