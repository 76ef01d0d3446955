use crate::accounts::components::use_auth;
use crate::common::answered::server_action;
use crate::notifications::{
    email::{Delivery, DigestEvery, EmailSettings, Topic},
    email_api::{get_email_settings, SaveEmailSettings, Unsubscribe},
};
use crate::ui::{last_error, FormAlert};
use crate::{i18n::current, t};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

/// `/me/notifications/settings`: for each topic, email at once, in the digest, or not at all.
#[component]
pub fn EmailSettingsPage() -> impl IntoView {
    let _ = use_auth();
    let data = Resource::new(|| (), |_| get_email_settings());
    view! {
        <Title text=t!("notifications-settings-title") />
        <section class="panel" aria-labelledby="email-settings-title">
            <h1 id="email-settings-title">{t!("notifications-settings-heading")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(settings) => EitherOf3::A(view! { <SettingsForm settings /> }),
                        Err(crate::error::AppError::Unauthorized) => {
                            EitherOf3::B(view! { <Redirect path="/sign-in?next=/me/notifications/settings" /> })
                        }
                        Err(e) => EitherOf3::C(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SettingsForm(settings: EmailSettings) -> impl IntoView {
    let action = server_action::<SaveEmailSettings>();
    let error = last_error(action.value());
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    let every = settings.digest_every;
    let lang = current();
    view! {
        <p>{t!("notifications-settings-intro")}</p>
        <FormAlert error />
        <ActionForm action=action>
            <table class="data">
                <caption class="visually-hidden">{t!("notifications-settings-caption")}</caption>
                <thead><tr><th scope="col">{t!("notifications-settings-when")}</th><th scope="col">{t!("notifications-settings-by-email")}</th></tr></thead>
                <tbody>
                    {settings.topics.into_iter().map(|(topic, chosen)| {
                        let id = format!("email-{}", topic.as_str());
                        view! {
                            <tr>
                                <td><label for=id.clone()>{topic.label(lang)}</label></td>
                                <td>
                                    <select id=id name=format!("form[{}]", topic.as_str())>
                                        {Delivery::ALL.into_iter().map(|d| view! {
                                            <option value=d.as_str() selected=d == chosen>{d.label(lang)}</option>
                                        }).collect_view()}
                                    </select>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="field">
                <label for="digest-every">{t!("notifications-settings-digest")}</label>
                <select id="digest-every" name="form[digest_every]">
                    <option value="daily" selected=every == DigestEvery::Daily>{t!("notifications-settings-daily")}</option>
                    <option value="weekly" selected=every == DigestEvery::Weekly>{t!("notifications-settings-weekly")}</option>
                </select>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("notifications-settings-save")}</button>
            <p class="status" role="status">{move || saved().then(|| t!("notifications-settings-saved"))}</p>
        </ActionForm>
    }
}

/// `/unsubscribe?u=…&k=…&t=…`: the link at the foot of a notification email. Opening it changes nothing
/// (mail scanners open links); the button does, without signing in.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let query = use_query_map();
    let get = move |key: &'static str| move || query.read().get(key).unwrap_or_default();
    let topic = move || {
        let k = query.read().get("k").unwrap_or_default();
        if k == "digest" {
            Some(t!("notifications-list-digest"))
        } else {
            Topic::parse(&k).map(|t| t.label(current()))
        }
    };
    let action = server_action::<Unsubscribe>();
    let error = last_error(action.value());
    let done = move || match action.value().get() {
        Some(Ok(label)) => Some(t!("notifications-unsubscribe-done", topic = label)),
        _ => None,
    };
    view! {
        <Title text=t!("notifications-unsubscribe") />
        <section class="panel narrow" aria-labelledby="unsubscribe-title">
            <h1 id="unsubscribe-title">{t!("notifications-unsubscribe")}</h1>
            <FormAlert error />
            <Show
                when=move || done().is_none()
                fallback=move || view! {
                    <p class="alert ok" role="status">{done}</p>
                    <p><a href="/me/notifications/settings">{t!("notifications-choose-email")}</a></p>
                }
            >
                <p>{move || match topic() {
                    Some(label) => t!("notifications-unsubscribe-question", topic = label),
                    None => t!("notifications-unsubscribe-incomplete"),
                }}</p>
                <ActionForm action=action>
                    <input type="hidden" name="u" value=get("u") />
                    <input type="hidden" name="k" value=get("k") />
                    <input type="hidden" name="t" value=get("t") />
                    <button type="submit" class="button">{t!("notifications-unsubscribe")}</button>
                </ActionForm>
            </Show>
        </section>
    }
}
