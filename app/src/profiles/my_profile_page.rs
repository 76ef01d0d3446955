use crate::accounts::components::use_auth;
use crate::media::{api::get_my_picture, components::AvatarForm};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

/// `/me/profile`: how the member appears to others, starting with their picture.
#[component]
pub fn MyProfilePage() -> impl IntoView {
    let _ = use_auth();
    let query = use_query_map();
    let saved = move || query.read().get("picture").as_deref() == Some("saved");
    let reload = RwSignal::new(0u32);
    let data = Resource::new(move || reload.get(), |_| get_my_picture());
    let on_removed = Callback::new(move |()| reload.update(|n| *n += 1));
    view! {
        <Title text="Your profile" />
        <section class="panel" aria-labelledby="my-profile-title">
            <h1 id="my-profile-title">"Your profile"</h1>
            {move || saved().then(|| view! { <div class="alert success" role="status">"Your new picture is saved."</div> })}
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(me) => EitherOf3::A(view! {
                            <h2>"Picture"</h2>
                            <AvatarForm me=me.clone() on_removed />
                            <p><a href=format!("/u/{}", me.handle)>"See your public page"</a>" · "<a href="/me/pictures">"Your pictures"</a></p>
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
