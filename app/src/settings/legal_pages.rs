//! `/terms`, `/privacy` and `/guidelines`: the newest version (or `?version=N`), when it was published, and every version.

use crate::{
    settings::api::get_legal,
    site::legal::{LegalDoc, LegalKind},
    t,
    ui::{Problem, When},
};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn TermsPage() -> impl IntoView {
    view! { <LegalPage kind=LegalKind::Terms /> }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <LegalPage kind=LegalKind::Privacy /> }
}

#[component]
pub fn GuidelinesPage() -> impl IntoView {
    view! { <LegalPage kind=LegalKind::Guidelines /> }
}

#[component]
fn LegalPage(kind: LegalKind) -> impl IntoView {
    let query = use_query_map();
    let version = move || query.read().get("version").and_then(|v| v.parse::<i64>().ok());
    let doc = Resource::new(version, move |version| get_legal(kind.as_str().to_string(), version));
    view! {
        <Title text=kind.title() />
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match doc.await {
                    Ok(Some(doc)) => EitherOf3::A(view! { <Document doc /> }),
                    Ok(None) => EitherOf3::B(view! {
                        <section class="panel narrow">
                            <h1>{kind.title()}</h1>
                            <p class="empty">{t!("settings-legal-none")}</p>
                        </section>
                    }),
                    Err(error) => EitherOf3::C(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Document(doc: LegalDoc) -> impl IntoView {
    let path = doc.kind.path();
    let older = doc.version < doc.newest;
    let versions = (doc.versions.len() > 1).then(|| {
        let shown = doc.version;
        view! {
            <section aria-labelledby="versions-title">
                <h2 id="versions-title">{t!("settings-legal-versions")}</h2>
                <ul class="legal-versions">
                    {doc.versions.into_iter().map(|v| {
                        let label = t!("settings-legal-version", version = v.version);
                        let current = v.version == shown;
                        view! {
                            <li>
                                {if current {
                                    leptos::either::Either::Left(view! { <strong aria-current="page">{label}</strong> })
                                } else {
                                    leptos::either::Either::Right(view! { <a href=format!("{path}?version={}", v.version)>{label}</a> })
                                }}
                                " · " <When at=v.published_at />
                                {(!v.changes.is_empty()).then(|| format!(" — {}", v.changes))}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <article class="panel legal" aria-labelledby="legal-title">
            <h1 id="legal-title">{doc.kind.title()}</h1>
            <p class="meta">{t!("settings-legal-published", version = doc.version)}" "<When at=doc.published_at /></p>
            {older.then(|| view! {
                <p class="notice">
                    {t!("settings-legal-earlier")}" "<a href=path>{t!("settings-legal-current", version = doc.newest)}</a>
                </p>
            })}
            <div class="post-body" inner_html=doc.body_html></div>
            {versions}
        </article>
    }
}
