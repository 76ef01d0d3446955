use crate::accounts::components::use_auth;
use crate::media::{api::get_my_picture, components::AvatarForm};
use crate::profiles::{
    api::get_my_details,
    details_form::{DetailsForm, HandleForm},
};
use crate::t;
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

/// `/me/profile`: how the member appears to others: picture, what they say about themselves, their handle,
/// and where to download their data or delete the account.
#[component]
pub fn MyProfilePage() -> impl IntoView {
    let _ = use_auth();
    let query = use_query_map();
    let saved = move || {
        let q = query.read();
        if q.get("picture").as_deref() == Some("saved") {
            Some(t!("profiles-picture-saved"))
        } else if q.get("details").as_deref() == Some("saved") {
            Some(t!("profiles-details-saved"))
        } else if q.get("handle").as_deref() == Some("saved") {
            Some(t!("profiles-handle-saved"))
        } else {
            None
        }
    };
    let reload = RwSignal::new(0u32);
    let data = Resource::new(
        move || reload.get(),
        |_| async { Ok::<_, crate::error::AppError>((get_my_picture().await?, get_my_details().await?)) },
    );
    let on_removed = Callback::new(move |()| reload.update(|n| *n += 1));
    view! {
        <Title text=t!("profiles-mine-title") />
        <section class="panel" aria-labelledby="my-profile-title">
            <h1 id="my-profile-title">{t!("profiles-mine-title")}</h1>
            {move || saved().map(|s| view! { <div class="alert success" role="status">{s}</div> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((me, details)) => EitherOf3::A(view! {
                            <h2>{t!("profiles-picture")}</h2>
                            <AvatarForm me=me.clone() on_removed />
                            <p>
                                <a href=format!("/u/{}", me.handle)>{t!("profiles-public-page")}</a>" · "
                                <a href="/me/pictures">{t!("profiles-your-pictures")}</a>
                            </p>
                            <DetailsForm me=details.clone() />
                            <HandleForm handle=details.handle />
                            <h2 id="privacy-title">{t!("profiles-your-data")}</h2>
                            <ul class="link-list" aria-labelledby="privacy-title">
                                <li><a href="/me/data">{t!("profiles-download-data")}</a>" "{t!("profiles-download-data-what")}</li>
                                <li><a href="/me/delete">{t!("profiles-delete-account")}</a></li>
                            </ul>
                        }),
                        Err(crate::error::AppError::Unauthorized) => {
                            EitherOf3::B(view! { <Redirect path="/sign-in?next=/me/profile" /> })
                        }
                        Err(e) => EitherOf3::C(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}
