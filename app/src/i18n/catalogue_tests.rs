//! The catalogue check, run with the unit tests in CI: every key the code uses (`t!("…")`, `t_in!(…, "…")`)
//! is in each complete catalogue, no catalogue has a key nothing uses, every catalogue parses without error
//! and without a duplicate, a partial catalogue has nothing English lacks, and a translation uses the same
//! placeables as the English message.

use super::{
    catalogue::{PARTS, SOURCES},
    message, Lang,
};
use fluent_bundle::FluentArgs;
use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// Every key used in the Rust sources and the email templates under `dir`.
fn keys_used(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).expect("read the sources") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            keys_used(&path, out);
        } else if path.parent().is_some_and(|p| p.ends_with("templates"))
            && path.extension().is_some_and(|e| e == "txt" || e == "html")
        {
            // Email templates call `t("key", …)`.
            let text = fs::read_to_string(&path).expect("read a template");
            for (i, _) in text.match_indices("t(\"") {
                if text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                out.insert(text[i + 3..].chars().take_while(|c| *c != '"').collect());
            }
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("catalogue_tests.rs") {
            let text = fs::read_to_string(&path).expect("read a source");
            for (i, _) in text.match_indices("t!(").chain(text.match_indices("t_in!(")) {
                // `t!(` also ends `print!(` and the like: only a macro named exactly t or t_in.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Examples in comments are not uses.
                let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
                if text[line_start..i].trim_start().starts_with("//") {
                    continue;
                }
                let rest = &text[i..];
                let Some(open) = rest.find('"') else { continue };
                // t_in!'s first argument is the language; the key is the first string literal.
                if rest[..open].contains(';') {
                    continue;
                }
                let key: String = rest[open + 1..].chars().take_while(|c| *c != '"').collect();
                out.insert(key);
            }
        }
    }
}

/// A catalogue's messages: id → (the attributes it has, the placeables `$name` it uses).
type Entries = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

/// A language's whole catalogue: its files' messages together; a key in two files is refused.
fn catalogue(sources: &[&str]) -> Result<Entries, String> {
    let mut all = Entries::new();
    for (part, source) in PARTS.iter().zip(sources) {
        for (id, entry) in entries(source).map_err(|e| format!("{part}.ftl {e}"))? {
            if all.insert(id.clone(), entry).is_some() {
                return Err(format!("{part}.ftl has {id}, which another file has too"));
            }
        }
    }
    Ok(all)
}

fn entries(source: &str) -> Result<Entries, String> {
    if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
        return Err(format!("does not parse: {errors:?}"));
    }
    let mut out = Entries::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_message {
            let id = line.split('=').next().unwrap_or_default().trim().to_string();
            if out.insert(id.clone(), Default::default()).is_some() {
                return Err(format!("has {id} twice"));
            }
            current = Some(id);
        } else if line.starts_with('#') || line.starts_with('-') {
            current = None;
        }
        let Some(id) = &current else { continue };
        let entry = out.get_mut(id).expect("current entry");
        if let Some(attr) = line.trim_start().strip_prefix('.').filter(|_| line.starts_with(' ')) {
            entry.0.insert(attr.split('=').next().unwrap_or_default().trim().to_string());
        }
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String =
                rest[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            entry.1.insert(name);
            rest = &rest[at + 1..];
        }
    }
    Ok(out)
}

#[test]
fn every_key_in_the_code_is_in_every_complete_catalogue_and_nothing_else_is() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    keys_used(&root.join("src"), &mut used);
    keys_used(&root.join("../server/src"), &mut used);
    assert!(used.len() > 50, "the scan found the keys in use ({} found)", used.len());
    let english = catalogue(SOURCES[0].1).expect("the English catalogue");
    let mut problems = Vec::new();
    for (lang, sources) in SOURCES {
        let catalogue = match catalogue(sources) {
            Ok(c) => c,
            Err(e) => {
                problems.push(format!("{}/{e}", lang.tag()));
                continue;
            }
        };
        for key in &used {
            let (id, attr) = key.split_once('.').map_or((key.as_str(), None), |(i, a)| (i, Some(a)));
            let found = catalogue.get(id).is_some_and(|(attrs, _)| attr.is_none_or(|a| attrs.contains(a)));
            if !found && (lang.complete() || !english.contains_key(id)) {
                problems.push(format!("{}/ lacks {key}, which the code uses", lang.tag()));
            }
        }
        for (id, (attrs, names)) in &catalogue {
            let whole = used.contains(id);
            let any_attr = attrs.iter().any(|a| used.contains(&format!("{id}.{a}")));
            if !whole && !any_attr {
                problems.push(format!("{}/ has {id}, which nothing uses", lang.tag()));
            }
            if let Some((_, english_names)) = english.get(id) {
                if names != english_names {
                    problems.push(format!("{}/'s {id} uses {names:?}, the English one {english_names:?}", lang.tag()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "the catalogues do not match the code:\n{}", problems.join("\n"));
}

#[test]
fn plurals_follow_each_language_s_rules_and_numbers_are_grouped() {
    let points = |lang, n: i64| {
        let mut args = FluentArgs::new();
        args.set("points", n);
        message(lang, "points-amount", Some(&args))
    };
    assert_eq!(points(Lang::En, 1), "1 point");
    assert_eq!(points(Lang::En, 1250), "1,250 points");
    assert_eq!(points(Lang::De, 1), "1 Punkt");
    assert_eq!(points(Lang::De, 1250), "1.250 Punkte");
    assert_eq!(points(Lang::Es, 1), "1 punto");
    assert_eq!(points(Lang::Es, 1250), "1250 puntos");
    // Arabic has six plural forms; two points is the dual, with no number before it.
    assert_eq!(points(Lang::Ar, 2), "نقطتان");
    assert_eq!(points(Lang::Ar, 3), "\u{2068}٣\u{2069} نقاط");
}

#[test]
fn a_message_missing_from_a_partial_catalogue_is_shown_in_english() {
    let english = catalogue(SOURCES[0].1).expect("English");
    let arabic = catalogue(SOURCES[3].1).expect("Arabic");
    let missing = english.keys().find(|k| !arabic.contains_key(*k) && english[*k].1.is_empty());
    if let Some(key) = missing {
        assert_eq!(message(Lang::Ar, key, None), message(Lang::En, key, None));
    }
    assert_eq!(message(Lang::De, "no-such-key", None), "no-such-key");
}

#[test]
fn every_catalogue_file_is_loaded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL {
        let mut files: Vec<String> = fs::read_dir(root.join(lang.tag()))
            .expect("a folder per language")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut listed: Vec<String> = PARTS.iter().map(|p| format!("{p}.ftl")).collect();
        listed.sort();
        assert_eq!(files, listed, "locales/{}/ holds exactly the parts catalogue.rs loads", lang.tag());
    }
}
