use crate::common::answered::server_action;
use crate::media::{
    api::{recent_pictures, HidePicture},
    views::{kind_label, PictureCard},
};
use crate::t;
use crate::ui::{last_error, FormAlert, Pager, When};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/mod/pictures`: the newest uploads, each with who sent it and a Hide (or Show) button. A hidden picture
/// stops being served wherever it is used.
#[component]
pub fn PicturesPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse().ok()).unwrap_or(1u32);
    let hide = server_action::<HidePicture>();
    let error = last_error(hide.value());
    let data = Resource::new(move || (page(), hide.version().get()), |(page, _)| recent_pictures(page));
    view! {
        <Title text=t!("media-pictures-title") />
        <section class="panel" aria-labelledby="pictures-title">
            <h1 id="pictures-title">{t!("media-pictures-title")}</h1>
            <p>{t!("media-pictures-intro")}</p>
            <FormAlert error />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) if p.pictures.is_empty() => Either::Left(view! { <p class="empty">{t!("media-pictures-empty")}</p> }.into_any()),
                        Ok(p) => Either::Left(view! {
                            <ul class="media-grid">
                                {p.pictures.into_iter().map(|c| view! { <PictureItem c hide /> }).collect_view()}
                            </ul>
                            <Pager base="/mod/pictures".to_string() page=p.page last=p.last_page />
                        }.into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PictureItem(c: PictureCard, hide: ServerAction<HidePicture>) -> impl IntoView {
    let who = c.owner_handle.clone().map_or_else(|| t!("media-removed-member"), |h| format!("@{h}"));
    let alt = t!("media-picture-alt", kind = c.kind.as_str(), who = who.as_str());
    let label = if c.hidden { t!("media-show") } else { t!("media-hide") };
    let kb = ((c.bytes + 1023) / 1024).to_string();
    let meta = t!(
        "media-picture-meta",
        kind = kind_label(&c.kind),
        width = c.width.to_string(),
        height = c.height.to_string(),
        kb = kb,
        who = who,
    );
    view! {
        <li class:hidden-media=c.hidden>
            <img src=c.url.clone() alt=alt loading="lazy" width=c.width height=c.height />
            <p class="meta">
                {meta}" · "
                <When at=c.created_at />
                {c.hidden.then(|| format!(" · {}", t!("media-hidden")))}
            </p>
            <ActionForm action=hide>
                <input type="hidden" name="hash" value=c.hash.clone() />
                <input type="hidden" name="hide" value=(!c.hidden).to_string() />
                <button type="submit" class="secondary">{label}</button>
            </ActionForm>
        </li>
    }
}
