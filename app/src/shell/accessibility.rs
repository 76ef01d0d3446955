//! `/accessibility`: the conformance statement for WCAG 2.2 AA. Its text is `docs/ACCESSIBILITY.md`, kept
//! with the code and the checks it describes; the server renders it (sanitised like any markdown), so the
//! browser's app does not carry it. It is written in English (and marked so on pages in other languages).

use crate::{error::AppError, t, ui::Problem};
use leptos::prelude::*;
use leptos_meta::Title;

/// The statement as sanitised HTML.
#[server(endpoint = "shell/accessibility_statement")]
pub async fn accessibility_statement() -> Result<String, AppError> {
    Ok(crate::markdown::render(STATEMENT).html)
}

#[cfg(feature = "ssr")]
const STATEMENT: &str = include_str!("../../../docs/ACCESSIBILITY.md");

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let statement = Resource::new(|| (), |_| accessibility_statement());
    view! {
        <Title text=t!("footer-accessibility") />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match statement.await {
                    Ok(html) => leptos::either::Either::Left(view! {
                        <article class="panel legal post-body" lang="en" inner_html=html></article>
                    }),
                    Err(error) => leptos::either::Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_statement_names_its_standard_and_its_checks() {
        let html = crate::markdown::render(STATEMENT).html;
        assert!(html.starts_with("<h1>"), "the statement opens with its title: {}", &html[..40.min(html.len())]);
        for needle in ["WCAG 2.2", "AA", "axe-core", "keyboard", "Known exceptions"] {
            assert!(html.contains(needle), "the statement mentions {needle}");
        }
    }
}
