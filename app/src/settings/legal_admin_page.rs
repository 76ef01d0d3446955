//! `/admin/settings/legal`: publish a new version of the terms, the privacy notice or the community guidelines,
//! and see every version
//! with how many members accepted it.

use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    settings::api::{get_legal_documents, PublishGuidelines, PublishPrivacy, PublishTerms},
    site::legal::{LegalDoc, LegalKind, CHANGES_MAX, LEGAL_MAX},
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem, When},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LegalAdminPage() -> impl IntoView {
    view! {
        <Title text=t!("settings-legal-title") />
        <RequireRole role=Role::Admin>
            <div class="page-head">
                <h1>{t!("settings-legal-title")}</h1>
                <a href="/admin/settings">{t!("settings-legal-back")}</a>
            </div>
            <p class="lead">{t!("settings-legal-lead")}</p>
            <Legal />
        </RequireRole>
    }
}

#[component]
fn Legal() -> impl IntoView {
    // One action per document, so a refusal shows under the form it came from, with or without JavaScript.
    let terms_error = last_error(server_action::<PublishTerms>().value());
    let privacy_error = last_error(server_action::<PublishPrivacy>().value());
    let guidelines_error = last_error(server_action::<PublishGuidelines>().value());
    let docs = Resource::new(|| (), |_| get_legal_documents());
    let query = use_query_map();
    let published = move || {
        query
            .read()
            .get("published")
            .and_then(|k| LegalKind::parse(&k).ok())
            .map(|k| t!("settings-legal-done", kind = k.as_str()))
    };
    view! {
        {move || published().map(|m| view! { <p class="alert ok" role="status">{m}</p> })}
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
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
        Either::Left(view! { <p class="empty">{t!("settings-legal-nothing-yet")}</p> })
    } else {
        Either::Right(view! {
            <div class="table-scroll">
                <table class="data">
                    <caption class="visually-hidden">{t!("settings-legal-versions-of", kind = kind.as_str())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("settings-legal-version-column")}</th>
                            <th scope="col">{t!("settings-legal-published-column")}</th>
                            <th scope="col">{t!("settings-legal-by")}</th>
                            <th scope="col">{t!("settings-legal-what-changed")}</th>
                            {(kind == LegalKind::Terms).then(|| view! { <th scope="col">{t!("settings-legal-accepted-by")}</th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {versions.into_iter().map(|v| view! {
                            <tr>
                                <td><a href=format!("{}?version={}", kind.path(), v.version)>{v.version}</a></td>
                                <td><When at=v.published_at /></td>
                                <td>{v.published_by.unwrap_or_else(|| "—".into())}</td>
                                <td>{v.changes}</td>
                                {(kind == LegalKind::Terms).then(|| view! { <td>{t!("settings-legal-accepted", count = v.accepted)}</td> })}
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
                <Field label=t!("settings-legal-text", version = next) id=format!("field-{key}-body") hint=t!("settings-legal-text-hint", max = LEGAL_MAX) error=server_field_error(mine, "body")>
                    <textarea name="body" rows="12" maxlength=LEGAL_MAX>{textarea_text(body)}</textarea>
                </Field>
                <Field label=t!("settings-legal-changes") id=format!("field-{key}-changes") hint=t!("settings-legal-changes-hint") error=server_field_error(mine, "changes")>
                    <input name="changes" maxlength=CHANGES_MAX />
                </Field>
                <button type="submit" class="button">{t!("settings-legal-publish", version = next)}</button>
            </form>
        </section>
    }
}
