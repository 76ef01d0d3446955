//! `/admin/badges`: every badge (retired ones too) with how many hold it, a form that makes a new one or, with
//! `?edit=<id>`, changes one, and retiring or bringing back. The form is a plain post: it works without
//! JavaScript and saving reloads the list.

use super::BadgeChip;
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    recognition::{
        api::{get_all_badges, RemoveBadgePicture, RetireBadge, SaveBadge},
        badges::{
            icon_label, icon_path, BadgeRule, BadgeView, BADGE_DESCRIPTION_MAX, BADGE_NAME_MAX, ICONS, THRESHOLD_MAX,
        },
    },
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELDS: &[&str] = &["name", "description", "icon", "rule", "threshold"];

#[component]
pub fn BadgesAdminPage() -> impl IntoView {
    let retire = server_action::<RetireBadge>();
    let unpicture = server_action::<RemoveBadgePicture>();
    let data = Resource::new(move || (retire.version().get(), unpicture.version().get()), |_| get_all_badges());
    let query = use_query_map();
    let editing = move || query.read().get("edit").and_then(|v| v.parse::<i64>().ok());
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=t!("recognition-badges") />
        <RequireRole role=Role::Admin>
            <div class="page-head">
                <h1>{t!("recognition-badges")}</h1>
                <a href="/badges">{t!("recognition-badges-members-page")}</a>
            </div>
            {move || saved().then(|| view! { <p class="alert ok" role="status">{t!("recognition-badge-saved")}</p> })}
            <FormAlert error=last_error(retire.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(all) => {
                            let edit = editing().and_then(|id| all.iter().find(|b| b.id == id).cloned());
                            Either::Left(view! { <BadgeForm edit /> <BadgeList all retire unpicture /> })
                        }
                        Err(error) => Either::Right(view! { <Problem error /> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn BadgeForm(edit: Option<BadgeView>) -> impl IntoView {
    let save = server_action::<SaveBadge>();
    let server = last_error(save.value());
    let (title, submit) = if edit.is_some() {
        (t!("recognition-badge-form-change"), t!("recognition-badge-save"))
    } else {
        (t!("recognition-badge-form-new"), t!("recognition-badge-make"))
    };
    let b = edit.clone();
    let id = b.as_ref().map_or(0, |b| b.id);
    let name = b.as_ref().map(|b| b.name.clone()).unwrap_or_default();
    let description = b.as_ref().map(|b| b.description.clone()).unwrap_or_default();
    let icon = b.as_ref().map_or_else(|| "star".to_string(), |b| b.icon.clone());
    let rule = b.as_ref().and_then(|b| b.rule);
    let threshold = b.as_ref().and_then(|b| b.threshold).map(|t| t.to_string()).unwrap_or_default();
    view! {
        <section class="panel" aria-labelledby="badge-form-title">
            <h2 id="badge-form-title">{title}</h2>
            <FormAlert error=form_error(server, FIELDS) />
            <form method="post" action=SaveBadge::url() class="stacked-form" aria-labelledby="badge-form-title">
                <input type="hidden" name="id" value=id />
                <Field label=t!("recognition-name") id="badge-name" error=server_field_error(server, "name")>
                    <input name="name" required maxlength=BADGE_NAME_MAX value=name />
                </Field>
                <Field label=t!("recognition-badge-description") id="badge-description" hint=t!("recognition-badge-description-hint") error=server_field_error(server, "description")>
                    <input name="description" required maxlength=BADGE_DESCRIPTION_MAX value=description />
                </Field>
                <fieldset class="icon-choice">
                    <legend>{t!("recognition-badge-icon")}</legend>
                    {ICONS.into_iter().map(|name| view! {
                        <label class="choice">
                            <input type="radio" name="icon" value=name checked=icon == name />
                            <svg class="badge-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                                <path d=icon_path(name) fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" />
                            </svg>
                            " " {icon_label(name)}
                        </label>
                    }).collect_view()}
                    <p class="error" role="alert">{move || server_field_error(server, "icon").get()}</p>
                </fieldset>
                <Field label=t!("recognition-badge-rule") id="badge-rule" hint=t!("recognition-badge-rule-hint") error=server_field_error(server, "rule")>
                    <select name="rule">
                        <option value="" selected=rule.is_none()>{t!("recognition-awarded-by-moderators")}</option>
                        {BadgeRule::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=rule == Some(r)>{r.label()}</option>
                        }).collect_view()}
                    </select>
                </Field>
                <Field label=t!("recognition-badge-threshold") id="badge-threshold" hint=t!("recognition-badge-threshold-hint") error=server_field_error(server, "threshold")>
                    <input name="threshold" type="number" min="1" max=THRESHOLD_MAX inputmode="numeric" value=threshold />
                </Field>
                <button type="submit" class="button">{submit}</button>
                {edit.is_some().then(|| view! { " " <a href="/admin/badges">{t!("recognition-cancel")}</a> })}
            </form>
        </section>
    }
}

#[component]
fn BadgeList(
    all: Vec<BadgeView>,
    retire: ServerAction<RetireBadge>,
    unpicture: ServerAction<RemoveBadgePicture>,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="badge-list-title">
            <h2 id="badge-list-title">{t!("recognition-badge-list")}</h2>
            <ul class="badge-admin-list">
                {all.into_iter().map(|b| {
                    let (id, retired, name, pictured) = (b.id, b.retired, b.name.clone(), b.image_url.is_some());
                    let picture = view! { <BadgePicture id name=name.clone() pictured unpicture /> };
                    let counts = match (b.rule, b.threshold) {
                        (Some(rule), Some(n)) => t!("recognition-badge-counts", rule = rule.label(), threshold = n),
                        _ => t!("recognition-awarded-by-moderators"),
                    };
                    let (toggle, toggle_named) = if retired {
                        (t!("recognition-badge-restore"), t!("recognition-badge-restore-named", name = name.clone()))
                    } else {
                        (t!("recognition-badge-retire"), t!("recognition-badge-retire-named", name = name.clone()))
                    };
                    view! {
                        <li class:retired=retired>
                            <BadgeChip badge=b />
                            <p class="meta">{counts} {retired.then(|| format!(" · {}", t!("recognition-badge-retired-note")))}</p>
                            // A div, not a p: a form inside a paragraph ends it in the browser's parser, and the
                            // page would then fail to hydrate.
                            <div class="badge-actions">
                                <a href=format!("/admin/badges?edit={id}") aria-label=t!("recognition-badge-change-named", name = name.clone())>
                                    {t!("recognition-badge-change")}
                                </a>
                                " "
                                <ActionForm action=retire attr:class="inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="retire" value=(!retired).to_string() />
                                    <button type="submit" class="button small secondary" aria-label=toggle_named>{toggle}</button>
                                </ActionForm>
                            </div>
                            {picture}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A badge's own picture: a plain multipart upload (it works without JavaScript; its own form, since forms
/// cannot nest) and, while one is set, a button that puts the bundled icon back.
#[component]
fn BadgePicture(id: i64, name: String, pictured: bool, unpicture: ServerAction<RemoveBadgePicture>) -> impl IntoView {
    let file_id = format!("badge-{id}-picture");
    let (summary, label) = if pictured {
        (t!("recognition-badge-picture"), t!("recognition-badge-picture-replace", name = name))
    } else {
        (t!("recognition-badge-picture-upload"), t!("recognition-badge-picture-new", name = name))
    };
    view! {
        <details class="post-tool">
            <summary>{summary}</summary>
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value="logo" />
                <input type="hidden" name="badge" value=id />
                <input type="hidden" name="then" value="/admin/badges" />
                <div class="field">
                    <label for=file_id.clone()>{label}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" />
                    <p class="help">{t!("recognition-badge-picture-help")}</p>
                </div>
                <button type="submit" class="button small">{t!("recognition-badge-picture-send")}</button>
            </form>
            {pictured.then(|| view! {
                <ActionForm action=unpicture attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="button small secondary">{t!("recognition-badge-picture-remove")}</button>
                </ActionForm>
            })}
        </details>
    }
}
