//! `/admin/badges`: every badge (retired ones too) with how many hold it, a form that makes a new one or, with
//! `?edit=<id>`, changes one, and retiring or bringing back. The form is a plain post: it works without
//! JavaScript and saving reloads the list.

use super::BadgeChip;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    recognition::{
        api::{get_all_badges, RemoveBadgePicture, RetireBadge, SaveBadge},
        badges::{icon_path, BadgeRule, BadgeView, BADGE_DESCRIPTION_MAX, BADGE_NAME_MAX, ICONS, THRESHOLD_MAX},
    },
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELDS: &[&str] = &["name", "description", "icon", "rule", "threshold"];

#[component]
pub fn BadgesAdminPage() -> impl IntoView {
    let retire = ServerAction::<RetireBadge>::new();
    let unpicture = ServerAction::<RemoveBadgePicture>::new();
    let data = Resource::new(move || (retire.version().get(), unpicture.version().get()), |_| get_all_badges());
    let query = use_query_map();
    let editing = move || query.read().get("edit").and_then(|v| v.parse::<i64>().ok());
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text="Badges" />
        <RequireRole role=Role::Admin>
            <div class="page-head">
                <h1>"Badges"</h1>
                <a href="/badges">"The members' badge page"</a>
            </div>
            {move || saved().then(|| view! { <p class="alert ok" role="status">"Badge saved."</p> })}
            <FormAlert error=last_error(retire.value()) />
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let save = ServerAction::<SaveBadge>::new();
    let server = last_error(save.value());
    let title = if edit.is_some() { "Change the badge" } else { "A new badge" };
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
                <Field label="Name" id="badge-name" error=server_field_error(server, "name")>
                    <input name="name" required maxlength=BADGE_NAME_MAX value=name />
                </Field>
                <Field label="What it is for" id="badge-description" hint="Members read it on the badge page and their profile." error=server_field_error(server, "description")>
                    <input name="description" required maxlength=BADGE_DESCRIPTION_MAX value=description />
                </Field>
                <fieldset class="icon-choice">
                    <legend>"Icon"</legend>
                    {ICONS.into_iter().map(|name| view! {
                        <label class="choice">
                            <input type="radio" name="icon" value=name checked=icon == name />
                            <svg class="badge-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                                <path d=icon_path(name) fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" />
                            </svg>
                            " " {name}
                        </label>
                    }).collect_view()}
                    <p class="error" role="alert">{move || server_field_error(server, "icon").get()}</p>
                </fieldset>
                <Field label="Earned by" id="badge-rule" hint="Automatic badges are given when the member's count reaches the threshold (at their next post, like, story or referral); manual ones are awarded by moderators from a profile." error=server_field_error(server, "rule")>
                    <select name="rule">
                        <option value="" selected=rule.is_none()>"Awarded by moderators"</option>
                        {BadgeRule::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=rule == Some(r)>{r.label()}</option>
                        }).collect_view()}
                    </select>
                </Field>
                <Field label="Threshold" id="badge-threshold" hint="How many it takes, for an automatic badge." error=server_field_error(server, "threshold")>
                    <input name="threshold" type="number" min="1" max=THRESHOLD_MAX inputmode="numeric" value=threshold />
                </Field>
                <button type="submit" class="button">{if edit.is_some() { "Save the badge" } else { "Make the badge" }}</button>
                {edit.is_some().then(|| view! { " " <a href="/admin/badges">"Cancel"</a> })}
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
            <h2 id="badge-list-title">"Every badge"</h2>
            <ul class="badge-admin-list">
                {all.into_iter().map(|b| {
                    let (id, retired, name, pictured) = (b.id, b.retired, b.name.clone(), b.image_url.is_some());
                    let picture = view! { <BadgePicture id name=name.clone() pictured unpicture /> };
                    let counts = match (b.rule, b.threshold) {
                        (Some(rule), Some(n)) => format!("{}: {n}", rule.label()),
                        _ => "Awarded by moderators".to_string(),
                    };
                    view! {
                        <li class:retired=retired>
                            <BadgeChip badge=b />
                            <p class="meta">{counts} {retired.then_some(" · Retired: holders keep it, nobody earns it")}</p>
                            // A div, not a p: a form inside a paragraph ends it in the browser's parser, and the
                            // page would then fail to hydrate.
                            <div class="badge-actions">
                                <a href=format!("/admin/badges?edit={id}") aria-label=format!("Change {name}")>"Change"</a>
                                " "
                                <ActionForm action=retire attr:class="inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="retire" value=(!retired).to_string() />
                                    <button type="submit" class="button small secondary" aria-label=format!("{} {name}", if retired { "Bring back" } else { "Retire" })>
                                        {if retired { "Bring back" } else { "Retire" }}
                                    </button>
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
    view! {
        <details class="post-tool">
            <summary>{if pictured { "Picture" } else { "Upload a picture" }}</summary>
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value="logo" />
                <input type="hidden" name="badge" value=id />
                <input type="hidden" name="then" value="/admin/badges" />
                <div class="field">
                    <label for=file_id.clone()>{format!("{} picture for {name}", if pictured { "Replace the" } else { "A" })}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" />
                    <p class="help">"JPEG, PNG, GIF or WebP; shown at 32 × 32 pixels in place of the icon, transparency kept. A square picture looks best."</p>
                </div>
                <button type="submit" class="button small">"Upload"</button>
            </form>
            {pictured.then(|| view! {
                <ActionForm action=unpicture attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="button small secondary">"Use the bundled icon again"</button>
                </ActionForm>
            })}
        </details>
    }
}
