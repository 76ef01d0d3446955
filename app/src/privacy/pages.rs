//! `/me/data`, `/me/delete`, `/goodbye` and the admin's `/admin/members/<id>/delete`.

use crate::{
    accounts::{components::RequireRole, domain::Role},
    privacy::api::{get_deletion_subject, DeleteMember, DeleteMyAccount},
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
        <Title text="Download your data" />
        <RequireRole role=Role::Member>
            <section class="panel narrow" aria-labelledby="data-title">
                <h1 id="data-title">"Download your data"</h1>
                <p>"One file (JSON) with everything this community holds about you:"</p>
                <ul>
                    <li>"your profile, handles you used before and your notification settings;"</li>
                    <li>"every post you wrote, with earlier versions of edited ones, the topics you started, follow and liked;"</li>
                    <li>"your stories and their review history;"</li>
                    <li>"your points ledger, badges, challenges, rewards you redeemed (with their codes) and referrals;"</li>
                    <li>"your survey answers, notifications, the terms versions you accepted, the emails we sent you, and the pictures you uploaded (as links)."</li>
                </ul>
                <p class="hint">"You can download it five times an hour. Keep the file safe: reward codes in it can be used."</p>
                <form method="post" action="/me/data/download" class="stacked-form">
                    <button type="submit" class="button">"Download my data (JSON)"</button>
                </form>
                <p><a href="/me/profile">"Back to your profile"</a></p>
            </section>
        </RequireRole>
    }
}

/// `/me/delete`: the member deletes their account after typing their password and choosing what becomes of
/// their posts.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let action = ServerAction::<DeleteMyAccount>::new();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    let confirm_error = server_field_error(server, "confirm");
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = DeleteMyAccount::from_event(&ev) else { return };
        if input.password.is_empty() {
            local.set(Some("Enter your password.".into()));
            return;
        }
        local.set(None);
        action.dispatch(input);
    };
    view! {
        <Title text="Delete your account" />
        <RequireRole role=Role::Member>
            <section class="panel narrow" aria-labelledby="delete-title">
                <h1 id="delete-title">"Delete your account"</h1>
                <p>"Deleting your account cannot be undone. When you confirm:"</p>
                <ul>
                    <li>"your name, email address, picture, bio and links are erased, and you are signed out everywhere;"</li>
                    <li>"your stories are withdrawn from every public page and their text is erased;"</li>
                    <li>"your points balance is forfeited and rewards still waiting to be sent are cancelled;"</li>
                    <li>"referrals you made stay in the programme's figures, without anything that says who you are."</li>
                </ul>
                <p>"You may want to "<a href="/me/data">"download your data"</a>" first."</p>
                <FormAlert error=form_error(server, &["password", "posts", "confirm"]) />
                <form method="post" action=DeleteMyAccount::url() class="stacked-form" novalidate on:submit=on_submit>
                    <fieldset>
                        <legend>"Your posts in the forum"</legend>
                        <label class="choice"><input type="radio" name="posts" value="keep" checked />" Keep them, shown as “Deleted member”"</label>
                        <label class="choice"><input type="radio" name="posts" value="remove" />" Remove them (topics you started lose their title; replies by others stay)"</label>
                    </fieldset>
                    <Field label="Your password" id="field-password" error=field_error(local, server, "password")>
                        <input name="password" type="password" autocomplete="current-password" required />
                    </Field>
                    <label class="choice"><input type="checkbox" name="confirm" value="yes" required />" I understand that my account is deleted for good."</label>
                    {move || confirm_error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
                    <button type="submit" class="button danger" disabled=move || action.pending().get()>"Delete my account"</button>
                </form>
                <p><a href="/me/profile">"Keep my account"</a></p>
            </section>
        </RequireRole>
    }
}

/// Where a deleted member lands.
#[component]
pub fn GoodbyePage() -> impl IntoView {
    view! {
        <Title text="Your account is deleted" />
        <section class="panel narrow" aria-labelledby="goodbye-title">
            <h1 id="goodbye-title">"Your account is deleted"</h1>
            <p role="status">"Everything that said who you were is erased, and you are signed out. Thank you for being part of the community."</p>
            <p><a href="/">"Go to the home page"</a></p>
        </section>
    }
}

/// `/admin/members/<id>/delete`: an admin deletes a member's account, with a reason for the audit log.
#[component]
pub fn AdminDeleteMemberPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let action = ServerAction::<DeleteMember>::new();
    let subject = Resource::new(move || (id(), action.version().get()), |(id, _)| get_deletion_subject(id));
    let server = last_error(action.value());
    let done = move || action.value().get().and_then(Result::ok);
    view! {
        <Title text="Delete a member's account" />
        <RequireRole role=Role::Admin>
            <section class="panel narrow" aria-labelledby="admin-delete-title">
                <h1 id="admin-delete-title">"Delete a member's account"</h1>
                {move || done().map(|s| view! { <div class="alert success" role="status">{s}</div> })}
                <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        match subject.await {
                            Ok(s) if s.deleted => Either::Left(view! {
                                <p>"This account is deleted."</p>
                                <p><a href="/admin/members">"Back to members"</a></p>
                            }.into_any()),
                            Ok(s) => Either::Left(view! {
                                <p>{format!("{} (@{}, {}).", s.name, s.handle, s.email)}</p>
                                <p>"Their personal data is erased, their stories withdrawn, their balance forfeited and their sessions end. This cannot be undone."</p>
                                {s.is_admin.then(|| view! { <p class="alert error" role="alert">"This member is an admin: give them another role first."</p> })}
                                <FormAlert error=form_error(server, &["reason", "posts"]) />
                                <ActionForm action attr:class="stacked-form">
                                    <input type="hidden" name="user_id" value=s.id />
                                    <fieldset>
                                        <legend>"Their posts in the forum"</legend>
                                        <label class="choice"><input type="radio" name="posts" value="keep" checked />" Keep them, shown as “Deleted member”"</label>
                                        <label class="choice"><input type="radio" name="posts" value="remove" />" Remove them"</label>
                                    </fieldset>
                                    <Field label="Reason (kept in the audit log)" id="field-reason" error=server_field_error(server, "reason")>
                                        <input name="reason" maxlength="300" required />
                                    </Field>
                                    <button type="submit" class="button danger" disabled=move || action.pending().get()>"Delete this account"</button>
                                </ActionForm>
                                <p><a href="/admin/members">"Back to members"</a></p>
                            }.into_any()),
                            Err(error) => Either::Right(view! { <Problem error /> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}
