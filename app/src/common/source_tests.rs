//! Checks on the source that keep two classes of bug closed, not only their known instances.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read app/src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn app_sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).expect("read source"))).collect()
}

/// Leptos 0.8 writes a textarea's children raw: every one with a value must pass it through `textarea_text`.
#[test]
fn every_textarea_value_is_escaped() {
    let mut bad = Vec::new();
    for (path, text) in app_sources() {
        let mut rest = text.as_str();
        while let Some(start) = rest.find("<textarea") {
            let after = &rest[start..];
            // Comments may name the element; only markup counts.
            let line = rest[..start].rsplit('\n').next().unwrap_or("");
            if line.trim_start().starts_with("//") {
                rest = &after[1..];
                continue;
            }
            let Some(end) = after.find("</textarea>") else { break };
            let element = &after[..end];
            // The children are what follows the opening tag's `>` (the first `>` not inside braces).
            let mut depth = 0i32;
            let mut open_end = None;
            for (i, c) in element.char_indices() {
                match c {
                    '{' | '(' => depth += 1,
                    '}' | ')' => depth -= 1,
                    '>' if depth == 0 && i > 0 && !element[..i].ends_with('=') => {
                        open_end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let children = open_end.map_or("", |i| element[i + 1..].trim());
            if !children.is_empty() && !one_escaped_value(children) {
                bad.push(format!("{}: <textarea> children {children:?}", path.display()));
            }
            rest = &after[end + 1..];
        }
    }
    assert!(bad.is_empty(), "textarea values not passed through common::html::textarea_text:\n{}", bad.join("\n"));
}

/// Whether a textarea's children are one `{…}` block whose value is `textarea_text(…)` (so nothing raw
/// can sit beside it, as in `{textarea_text(a)}{b}`).
fn one_escaped_value(children: &str) -> bool {
    let Some(inner) = children.strip_prefix('{').and_then(|c| c.strip_suffix('}')) else { return false };
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return false,
            '}' => depth -= 1,
            _ => {}
        }
    }
    let inner = inner.trim().trim_start_matches("move ||").trim();
    inner.starts_with("textarea_text(") && inner.ends_with(')')
}

/// `leptos_axum::redirect` panics on a target that is not a header value: every redirect goes through
/// `common::redirect::to`.
#[test]
fn every_redirect_is_built_by_the_common_helper() {
    let bad: Vec<String> = app_sources()
        .into_iter()
        .filter(|(path, text)| !path.ends_with("common/source_tests.rs") && text.contains("leptos_axum::redirect("))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(bad.is_empty(), "use common::redirect::to instead of leptos_axum::redirect in:\n{}", bad.join("\n"));
}
