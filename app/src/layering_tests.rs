//! The house's floors, checked: every module of `app/src` imports only modules on lower floors, so
//! dependencies run one way and no two features import each other. No feature imports another feature's
//! components; only the pages floor composes pages from several features. A new module must be given a
//! floor here. The README's "Code layout" section draws the same floors.

use std::{collections::BTreeSet, fs, path::Path};

/// Top to bottom. A module may use modules on floors below its own, never its own floor or above.
const FLOORS: &[(&str, &[&str])] = &[
    (
        "pages",
        &[
            "lib",
            "shell",
            "home",
            "profiles",
            "privacy",
            "onboarding",
            "join",
            "recovery",
            "parse_properties",
            "layering_tests",
        ],
    ),
    ("reports", &["analytics", "digest"]),
    (
        "programme",
        &[
            "nps",
            "challenges",
            "admin",
            "invitations",
            "applications",
            "settings",
            "welcome",
            "api_tokens",
            "webhook_admin",
            "imports",
            "sso",
        ],
    ),
    ("community", &["forum", "stories"]),
    ("spending", &["rewards", "referrals"]),
    ("points", &["recognition"]),
    ("files", &["media"]),
    ("circles", &["groups"]),
    ("cross-cutting", &["audit", "notifications", "activity", "markdown", "mailroom"]),
    ("identity", &["accounts"]),
    ("messaging", &["mail", "webhooks"]),
    ("branding", &["site"]),
    ("widgets", &["ui", "rate_limit"]),
    ("common", &["common"]),
    ("wiring", &["state"]),
    ("storage", &["db", "on_db", "on_tx"]),
    ("ground", &["error"]),
    // Words: every floor speaks through the catalogues (errors too), and they import nothing of Chorus.
    ("language", &["i18n"]),
];

/// Arrows that run up on purpose, each with its reason.
const ALLOWED_UP: &[(&str, &str, &str)] = &[
    ("state", "accounts", "AppState carries the password hasher it builds at start-up"),
    ("state", "markdown", "AppState carries the Markdown renderer's bounded pool"),
    ("state", "forum", "AppState carries the operator's posting limits"),
    ("state", "media", "AppState carries the upload store it opens at start-up"),
];

/// The floors whose modules are features: they never import another feature's components.
const FEATURE_FLOORS: &[&str] = &["reports", "programme", "community", "spending", "points"];

fn floor_of(module: &str) -> Option<(usize, &'static str)> {
    FLOORS.iter().enumerate().find(|(_, (_, mods))| mods.contains(&module)).map(|(i, (name, _))| (i, *name))
}

/// Every `.rs` file under `dir`, with the name of the top-level module it belongs to.
fn sources(dir: &Path, top: Option<&str>, out: &mut Vec<(String, String, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("read src").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let module = top.map(str::to_string).unwrap_or_else(|| name.clone());
        if path.is_dir() {
            sources(&path, Some(&module), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("read file");
            out.push((module, path.display().to_string(), text));
        }
    }
}

fn ident_at(text: &str) -> String {
    text.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// The modules a file names: `use crate::a`, `use crate::{a, b::c}` and inline `crate::a::…` paths.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        if at > 0 && text[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        start = false;
                        found.insert(ident_at(&group[i..]));
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident_at(rest));
        }
    }
    found.retain(|m| !m.is_empty() && m != "self");
    // The message macros live at the crate's root but belong to i18n.
    for alias in ["t", "t_in"] {
        if found.remove(alias) {
            found.insert("i18n".to_string());
        }
    }
    found
}

fn all_sources() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), None, &mut out);
    out
}

#[test]
fn every_module_has_a_floor() {
    let homeless: BTreeSet<String> =
        all_sources().into_iter().map(|(m, _, _)| m).filter(|m| floor_of(m).is_none()).collect();
    assert!(homeless.is_empty(), "give these modules a floor in layering_tests.rs: {homeless:?}");
}

#[test]
fn imports_run_down_the_floors_only() {
    let mut up = Vec::new();
    for (module, path, text) in all_sources() {
        let Some((mine, _)) = floor_of(&module) else { continue };
        for used in named_modules(&text) {
            let Some((theirs, floor)) = floor_of(&used) else { continue };
            let allowed = ALLOWED_UP.iter().any(|(a, b, _)| *a == module && *b == used);
            let same = used == module || (module == "db" && (used == "on_db" || used == "on_tx"));
            if !same && theirs <= mine && !allowed {
                up.push(format!("{path}: {module} uses {used} (floor {floor})"));
            }
        }
    }
    assert!(up.is_empty(), "imports that run sideways or up:\n{}", up.join("\n"));
}

#[test]
fn no_feature_imports_another_features_components() {
    let mut found = Vec::new();
    for (module, path, text) in all_sources() {
        let Some((_, floor)) = floor_of(&module) else { continue };
        if !FEATURE_FLOORS.contains(&floor) {
            continue;
        }
        for (_, mods) in FLOORS.iter().filter(|(f, _)| FEATURE_FLOORS.contains(f)) {
            for other in mods.iter().filter(|m| **m != module) {
                let grouped =
                    text.contains(&format!("{other}::{{components")) || text.contains(&format!("{other}::{{\n"));
                if text.contains(&format!("{other}::components")) || (grouped && text.contains("components::")) {
                    found.push(format!("{path}: uses {other}'s components"));
                }
            }
        }
    }
    found.retain(|f| !f.is_empty());
    assert!(found.is_empty(), "move shared widgets to ui/:\n{}", found.join("\n"));
}

#[test]
fn the_reader_sees_every_kind_of_path() {
    let named = named_modules("use crate::{a::b, c::{d, e}, f};\nlet x = crate::g::h(); [`crate::i`] x_crate::j");
    assert_eq!(named, ["a", "c", "f", "g", "i"].into_iter().map(String::from).collect());
}

/// One naming rule for endpoints: `<module>/<function>`, so a failing test that names an endpoint leads
/// straight to its code.
#[test]
fn every_endpoint_is_named_after_its_module_and_function() {
    let mut wrong = Vec::new();
    for (module, path, text) in all_sources() {
        for (at, _) in text.match_indices("#[server(endpoint = \"") {
            let rest = &text[at + "#[server(endpoint = \"".len()..];
            let endpoint = &rest[..rest.find('"').unwrap_or(0)];
            let Some(fn_at) = rest.find("pub async fn ") else { continue };
            let function = ident_at(&rest[fn_at + "pub async fn ".len()..]);
            if endpoint != format!("{module}/{function}") {
                wrong.push(format!("{path}: {endpoint} should be {module}/{function}"));
            }
        }
    }
    assert!(wrong.is_empty(), "endpoints off the naming rule:\n{}", wrong.join("\n"));
}
