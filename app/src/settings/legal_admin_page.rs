//! `/admin/settings/legal`: publish a new version of the terms, the privacy notice or the community guidelines,
//! and see every version
//! with how many members accepted it.

use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    settings::api::{get_legal_documents, PublishGuidelines, PublishPrivacy, PublishTerms},
    site::legal::{LegalDoc, LegalKind, CHANGES_MAX, LEGAL_MAX},
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem, When},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LegalAdminPage() -> impl IntoView {
    view! {
        <Title text="Terms, privacy and guidelines" />
        <RequireRole role=Role::Admin>
            <div class="page-head">
                <h1>"Terms, privacy and guidelines"</h1>
                <a href="/admin/settings">"Back to site settings"</a>
            </div>
            <p class="lead">"Each publication is a new version; earlier ones stay readable. Members accept the terms when they join, and are asked to accept a new version on their next visit."</p>
            <Legal />
        </RequireRole>
    }
}

#[component]
fn Legal() -> impl IntoView {
    // One action per document, so a refusal shows under the form it came from, with or without JavaScript.
    let terms_error = last_error(ServerAction::<PublishTerms>::new().value());
    let privacy_error = last_error(ServerAction::<PublishPrivacy>::new().value());
    let guidelines_error = last_error(ServerAction::<PublishGuidelines>::new().value());
    let docs = Resource::new(|| (), |_| get_legal_documents());
    let query = use_query_map();
    let published = move || {
        query
            .read()
            .get("published")
            .and_then(|k| LegalKind::parse(&k).ok())
            .map(|k| format!("{} published.", k.title()))
    };
    view! {
        {move || published().map(|m| view! { <p class="alert ok" role="status">{m}</p> })}
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match docs.await {
                    Ok((terms, privacy, guidelines)) => Either::Left(view! {
                        <Publisher kind=LegalKind::Terms doc=terms url=PublishTerms::url() error=terms_error />
                        <Publisher kind=LegalKind::Privacy doc=privacy url=PublishPrivacy::url() error=privacy_error />
                        <Publisher kind=LegalKind::Guidelines doc=guidelines url=PublishGuidelines::url() error=guidelines_error />
                    }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Publisher(
    kind: LegalKind,
    doc: Option<LegalDoc>,
    url: &'static str,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let mine = error;
    let key = kind.as_str();
    let next = doc.as_ref().map_or(1, |d| d.newest + 1);
    let body = doc.as_ref().map(|d| d.body.clone()).unwrap_or_default();
    let versions = doc.map(|d| d.versions).unwrap_or_default();
    let history = if versions.is_empty() {
        Either::Left(view! { <p class="empty">"Nothing published yet."</p> })
    } else {
        Either::Right(view! {
            <div class="table-scroll">
                <table class="data">
                    <caption class="visually-hidden">{format!("Versions of the {}", kind.title().to_lowercase())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Version"</th>
                            <th scope="col">"Published"</th>
                            <th scope="col">"By"</th>
                            <th scope="col">"What changed"</th>
                            {(kind == LegalKind::Terms).then(|| view! { <th scope="col">"Accepted by"</th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {versions.into_iter().map(|v| view! {
                            <tr>
                                <td><a href=format!("{}?version={}", kind.path(), v.version)>{v.version}</a></td>
                                <td><When at=v.published_at /></td>
                                <td>{v.published_by.unwrap_or_else(|| "—".into())}</td>
                                <td>{v.changes}</td>
                                {(kind == LegalKind::Terms).then(|| view! { <td>{format!("{} members", v.accepted)}</td> })}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })
    };
    let title_id = format!("{key}-title");
    let (labelled, heading_id) = (title_id.clone(), title_id.clone());
    view! {
        <section class="panel" aria-labelledby=labelled>
            <h2 id=heading_id>{kind.title()}</h2>
            {history}
            <FormAlert error=form_error(mine, &["body", "changes"]) />
            <form method="post" action=url class="stacked-form" aria-labelledby=title_id>
                <Field label=format!("Text of version {next}") id=format!("field-{key}-body") hint=format!("Markdown: headings (##), lists, links. At most {LEGAL_MAX} characters.") error=server_field_error(mine, "body")>
                    <textarea name="body" rows="12" maxlength=LEGAL_MAX>{textarea_text(body)}</textarea>
                </Field>
                <Field label="What changed (optional)" id=format!("field-{key}-changes") hint="Shown with the version, e.g. “Added the rules on rewards”." error=server_field_error(mine, "changes")>
                    <input name="changes" maxlength=CHANGES_MAX />
                </Field>
                <button type="submit" class="button">{format!("Publish version {next}")}</button>
            </form>
        </section>
    }
}
