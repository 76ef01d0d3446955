//! `/groups`: the groups a member may see, whether they are in each, and for admins a form for a new one.

use crate::common::answered::server_action;
use crate::common::html::textarea_text;
use crate::{
    accounts::{api::get_me, components::RequireRole, domain::Role},
    groups::{
        api::{list_groups, JoinGroup, SaveGroup},
        domain::{GroupSummary, Joining, Visibility, GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX, GROUP_SLUG_MAX},
    },
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELDS: &[&str] = &["slug", "name", "description", "visibility", "joining"];

#[component]
pub fn GroupsPage() -> impl IntoView {
    let join = server_action::<JoinGroup>();
    let data = Resource::new(move || join.version().get(), |_| list_groups());
    let me = Resource::new(|| (), |_| get_me());
    let query = use_query_map();
    let deleted = move || query.read().get("deleted").is_some();
    view! {
        <Title text=t!("groups-title") />
        <RequireRole role=Role::Member>
            <h1>{t!("groups-title")}</h1>
            <p class="lede">{t!("groups-lede")}</p>
            {move || deleted().then(|| view! { <p class="alert ok" role="status">{t!("groups-deleted")}</p> })}
            <FormAlert error=last_error(join.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    let admin = me.await.ok().flatten().is_some_and(|u| u.role.allows(Role::Admin));
                    match data.await {
                        Ok(groups) => Either::Left(view! {
                            <GroupList groups join />
                            {admin.then(|| view! { <NewGroupForm /> })}
                        }),
                        Err(error) => Either::Right(view! { <Problem error /> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn GroupList(groups: Vec<GroupSummary>, join: ServerAction<JoinGroup>) -> impl IntoView {
    if groups.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("groups-empty")}</p> });
    }
    Either::Right(view! {
        <ul class="group-list">
            {groups.into_iter().map(|g| {
                let (id, name) = (g.id, g.name.clone());
                let standing = if g.mine {
                    Some(t!("groups-you-are-member"))
                } else if g.requested {
                    Some(t!("groups-you-asked"))
                } else {
                    None
                };
                let button = (!g.mine && !g.requested && g.joining != Joining::Admins).then(|| {
                    let (label, aria) = if g.joining == Joining::Open {
                        (t!("groups-join"), t!("groups-join-named", group = name))
                    } else {
                        (t!("groups-ask-to-join"), t!("groups-ask-to-join-named", group = name))
                    };
                    view! {
                        <ActionForm action=join attr:class="inline-form">
                            <input type="hidden" name="group_id" value=id />
                            <button type="submit" class="button small" aria-label=aria>{label}</button>
                        </ActionForm>
                    }
                });
                view! {
                    <li class="panel">
                        <h2><a href=format!("/groups/{}", g.slug)>{g.name.clone()}</a></h2>
                        {(!g.description.is_empty()).then(|| view! { <p>{g.description.clone()}</p> })}
                        <p class="meta">
                            {t!("groups-member-count", count = g.member_count)}
                            " · " {g.joining.label()}
                            {(g.visibility == Visibility::Hidden).then(|| format!(" · {}", t!("groups-hidden-note")))}
                            {standing.map(|s| view! { " · " <strong>{s}</strong> })}
                        </p>
                        {button}
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}

#[component]
fn NewGroupForm() -> impl IntoView {
    let save = server_action::<SaveGroup>();
    let server = last_error(save.value());
    view! {
        <section class="panel" aria-labelledby="new-group-title">
            <h2 id="new-group-title">{t!("groups-new")}</h2>
            <FormAlert error=form_error(server, FIELDS) />
            <form method="post" action=SaveGroup::url() class="stacked-form" aria-labelledby="new-group-title">
                <input type="hidden" name="id" value="0" />
                <GroupFields group=None server />
                <button type="submit" class="button">{t!("groups-make")}</button>
            </form>
        </section>
    }
}

/// The fields of a group's form, filled from `group` when it is changed.
#[component]
pub fn GroupFields(group: Option<GroupSummary>, server: Signal<Option<crate::error::AppError>>) -> impl IntoView {
    let g = group.as_ref();
    let slug = g.map(|g| g.slug.clone()).unwrap_or_default();
    let name = g.map(|g| g.name.clone()).unwrap_or_default();
    let description = g.map(|g| g.description.clone()).unwrap_or_default();
    let visibility = g.map_or(Visibility::Visible, |g| g.visibility);
    let joining = g.map_or(Joining::Open, |g| g.joining);
    view! {
        <Field label=t!("groups-field-name") id="group-name" error=server_field_error(server, "name")>
            <input name="name" required maxlength=GROUP_NAME_MAX value=name />
        </Field>
        <Field label=t!("groups-field-slug") id="group-slug" hint=t!("groups-field-slug-hint") error=server_field_error(server, "slug")>
            <input name="slug" required maxlength=GROUP_SLUG_MAX value=slug />
        </Field>
        <Field label=t!("groups-field-description") id="group-description" error=server_field_error(server, "description")>
            <textarea name="description" rows="2" maxlength=GROUP_DESCRIPTION_MAX>{textarea_text(description)}</textarea>
        </Field>
        <fieldset>
            <legend>{t!("groups-visibility-legend")}</legend>
            <label class="choice"><input type="radio" name="visibility" value="visible" checked=visibility == Visibility::Visible /> " " {t!("groups-visibility-visible")}</label>
            <label class="choice"><input type="radio" name="visibility" value="hidden" checked=visibility == Visibility::Hidden /> " " {t!("groups-visibility-hidden")}</label>
            <p class="error" role="alert">{move || server_field_error(server, "visibility").get()}</p>
        </fieldset>
        <fieldset>
            <legend>{t!("groups-joining-legend")}</legend>
            {[Joining::Open, Joining::Request, Joining::Admins].into_iter().map(|j| view! {
                <label class="choice"><input type="radio" name="joining" value=j.as_str() checked=joining == j /> " " {j.label()}</label>
            }).collect_view()}
            <p class="error" role="alert">{move || server_field_error(server, "joining").get()}</p>
        </fieldset>
    }
}
