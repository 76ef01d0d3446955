use crate::{accounts::api::get_me, site::use_site, t};
use leptos::{either::Either, prelude::*};
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

/// What the community is and where to go next.
#[component]
pub fn HomePage() -> impl IntoView {
    // Its own read of the signed-in user: the header's resource read in a second Suspense boundary can stall
    // a server render (leptos-rs/leptos#4851).
    let me = Resource::new(|| (), |_| get_me());
    // The headline and introduction are the admins' (site settings); the introduction was sanitised when saved.
    let site = use_site();
    let description = if site.tagline.is_empty() {
        t!("home-description", community = site.name.clone())
    } else {
        format!("{}: {}", site.name, site.tagline)
    };
    view! {
        <Title text="" />
        <Meta name="description" content=description />
        <section class="hero">
            <h1>{site.home_headline}</h1>
            <div class="lead" inner_html=site.intro_html></div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match me.await {
                        Ok(Some(user)) => Either::Left(view! {
                            <p class="cta">
                                {t!("home-greeting", name = user.display_name)} " "
                                <A href="/account">{t!("home-your-account")}</A>
                            </p>
                        }),
                        _ => Either::Right(view! {
                            <p class="cta">
                                {crate::site::use_site().join.sign_up_open().then(|| view! {
                                    <A href="/sign-up" attr:class="button">{t!("home-join")}</A>
                                    " "
                                })}
                                <A href="/sign-in" attr:class="button secondary">{t!("nav-sign-in")}</A>
                            </p>
                        }),
                    }
                })}
            </Transition>
        </section>
        <crate::welcome::ChecklistCard />
        <crate::recognition::components::SpotlightCard />
        <crate::stories::components::FeaturedStories />
        <section class="features" aria-labelledby="whats-here">
            <h2 id="whats-here">{t!("home-features")}</h2>
            <ul class="cards">
                <li class="card">
                    <h3><A href="/forum">{t!("home-forums")}</A></h3>
                    <p>{t!("home-forums-text")}</p>
                </li>
                <li class="card">
                    <h3><A href="/stories">{t!("home-stories")}</A></h3>
                    <p>{t!("home-stories-text")}</p>
                </li>
                <li class="card">
                    <h3><A href="/earn">{t!("home-points")}</A></h3>
                    <p>{t!("home-points-text")}</p>
                </li>
            </ul>
        </section>
    }
}
