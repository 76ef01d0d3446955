//! `/me/data`, `/me/delete`, `/goodbye` and the admin's `/admin/members/<id>/delete`.

use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    privacy::api::{get_deletion_subject, DeleteMember, DeleteMyAccount},
    t,
    ui::{field_error, form_error, last_error, server_field_error, Field, FormAlert, Problem},
};
use leptos::{either::Either, ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/me/data`: one JSON file with everything Chorus holds about the member. A plain form, so it works
/// without JavaScript; the server answers with the file.
#[component]
pub fn MyDataPage() -> impl IntoView {
    view! {
        <Title text=t!("privacy-data-title") />
        <RequireRole role=Role::Member>
            <section class="panel narrow" aria-labelledby="data-title">
                <h1 id="data-title">{t!("privacy-data-title")}</h1>
                <p>{t!("privacy-data-intro")}</p>
                <ul>
                    <li>{t!("privacy-data-profile")}</li>
                    <li>{t!("privacy-data-posts")}</li>
                    <li>{t!("privacy-data-stories")}</li>
                    <li>{t!("privacy-data-points")}</li>
                    <li>{t!("privacy-data-rest")}</li>
                </ul>
                <p class="hint">{t!("privacy-data-hint")}</p>
                <form method="post" action="/me/data/download" class="stacked-form">
                    <button type="submit" class="button">{t!("privacy-data-download")}</button>
                </form>
                <p><a href="/me/profile">{t!("privacy-back-to-profile")}</a></p>
            </section>
        </RequireRole>
    }
}

/// `/me/delete`: the member deletes their account after typing their password and choosing what becomes of
/// their posts.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let action = server_action::<DeleteMyAccount>();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    let confirm_error = server_field_error(server, "confirm");
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = DeleteMyAccount::from_event(&ev) else { return };
        if input.password.is_empty() {
            local.set(Some(t!("privacy-password-missing")));
            return;
        }
        local.set(None);
        action.dispatch(input);
    };
    view! {
        <Title text=t!("privacy-delete-title") />
        <RequireRole role=Role::Member>
            <section class="panel narrow" aria-labelledby="delete-title">
                <h1 id="delete-title">{t!("privacy-delete-title")}</h1>
                <p>{t!("privacy-delete-intro")}</p>
                <ul>
                    <li>{t!("privacy-delete-personal")}</li>
                    <li>{t!("privacy-delete-stories")}</li>
                    <li>{t!("privacy-delete-points")}</li>
                    <li>{t!("privacy-delete-referrals")}</li>
                </ul>
                <p>
                    {t!("privacy-delete-download-before")}" "
                    <a href="/me/data">{t!("privacy-delete-download")}</a>
                    {t!("privacy-delete-download-after")}
                </p>
                <FormAlert error=form_error(server, &["password", "posts", "confirm"]) />
                <form method="post" action=DeleteMyAccount::url() class="stacked-form" novalidate on:submit=on_submit>
                    <fieldset>
                        <legend>{t!("privacy-your-posts")}</legend>
                        <label class="choice"><input type="radio" name="posts" value="keep" checked />" "{t!("privacy-posts-keep")}</label>
                        <label class="choice"><input type="radio" name="posts" value="remove" />" "{t!("privacy-posts-remove-yours")}</label>
                    </fieldset>
                    <Field label=t!("privacy-password") id="field-password" error=field_error(local, server, "password")>
                        <input name="password" type="password" autocomplete="current-password" required />
                    </Field>
                    <label class="choice"><input type="checkbox" name="confirm" value="yes" required />" "{t!("privacy-confirm")}</label>
                    {move || confirm_error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
                    <button type="submit" class="button danger" disabled=move || action.pending().get()>{t!("privacy-delete-mine")}</button>
                </form>
                <p><a href="/me/profile">{t!("privacy-keep-mine")}</a></p>
            </section>
        </RequireRole>
    }
}

/// Where a deleted member lands.
#[component]
pub fn GoodbyePage() -> impl IntoView {
    view! {
        <Title text=t!("privacy-goodbye-title") />
        <section class="panel narrow" aria-labelledby="goodbye-title">
            <h1 id="goodbye-title">{t!("privacy-goodbye-title")}</h1>
            <p role="status">{t!("privacy-goodbye-text")}</p>
            <p><a href="/">{t!("privacy-goodbye-home")}</a></p>
        </section>
    }
}

/// `/admin/members/<id>/delete`: an admin deletes a member's account, with a reason for the audit log.
#[component]
pub fn AdminDeleteMemberPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let action = server_action::<DeleteMember>();
    let subject = Resource::new(move || (id(), action.version().get()), |(id, _)| get_deletion_subject(id));
    let server = last_error(action.value());
    let done = move || action.value().get().and_then(Result::ok);
    view! {
        <Title text=t!("privacy-admin-title") />
        <RequireRole role=Role::Admin>
            <section class="panel narrow" aria-labelledby="admin-delete-title">
                <h1 id="admin-delete-title">{t!("privacy-admin-title")}</h1>
                {move || done().map(|s| view! { <div class="alert success" role="status">{s}</div> })}
                <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match subject.await {
                            Ok(s) if s.deleted => Either::Left(view! {
                                <p>{t!("privacy-admin-already")}</p>
                                <p><a href="/admin/members">{t!("privacy-back-to-members")}</a></p>
                            }.into_any()),
                            Ok(s) => Either::Left(view! {
                                <p>{format!("{} (@{}, {}).", s.name, s.handle, s.email)}</p>
                                <p>{t!("privacy-admin-what")}</p>
                                {s.is_admin.then(|| view! { <p class="alert error" role="alert">{t!("privacy-admin-is-admin")}</p> })}
                                <FormAlert error=form_error(server, &["reason", "posts"]) />
                                <ActionForm action attr:class="stacked-form">
                                    <input type="hidden" name="user_id" value=s.id />
                                    <fieldset>
                                        <legend>{t!("privacy-their-posts")}</legend>
                                        <label class="choice"><input type="radio" name="posts" value="keep" checked />" "{t!("privacy-posts-keep")}</label>
                                        <label class="choice"><input type="radio" name="posts" value="remove" />" "{t!("privacy-posts-remove")}</label>
                                    </fieldset>
                                    <Field label=t!("privacy-reason") id="field-reason" error=server_field_error(server, "reason")>
                                        <input name="reason" maxlength="300" required />
                                    </Field>
                                    <button type="submit" class="button danger" disabled=move || action.pending().get()>{t!("privacy-admin-delete")}</button>
                                </ActionForm>
                                <p><a href="/admin/members">{t!("privacy-back-to-members")}</a></p>
                            }.into_any()),
                            Err(error) => Either::Right(view! { <Problem error /> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}
