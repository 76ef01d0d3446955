use crate::accounts::components::use_auth;
use crate::media::{api::my_pictures, domain::MAX_UPLOAD_BYTES, views::kind_label};
use crate::t;
use crate::ui::{Pager, When};
use leptos::{either::EitherOf3, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_query_map};

/// `/me/pictures`: upload a picture with a plain form (no JavaScript needed) and copy the line that shows it
/// in a post or story; every picture the member uploaded, newest first.
#[component]
pub fn MyPicturesPage() -> impl IntoView {
    let _ = use_auth();
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse().ok()).unwrap_or(1u32);
    let added = move || query.read().get("added").is_some();
    let data = Resource::new(page, my_pictures);
    view! {
        <Title text=t!("media-mine-title") />
        <section class="panel" aria-labelledby="my-pictures-title">
            <h1 id="my-pictures-title">{t!("media-mine-title")}</h1>
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value="post" />
                <input type="hidden" name="then" value="/me/pictures?added=1" />
                <div class="field">
                    <label for="picture-file">{t!("media-mine-upload-label")}</label>
                    <input id="picture-file" type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby="picture-help" />
                    <p class="help" id="picture-help">
                        {t!("media-mine-help", megabytes = (MAX_UPLOAD_BYTES >> 20) as i64)}
                    </p>
                </div>
                <button type="submit">{t!("media-upload")}</button>
            </form>
            {move || added().then(|| view! { <div class="alert success" role="status">{t!("media-mine-uploaded")}</div> })}
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(p) if p.pictures.is_empty() => EitherOf3::A(view! { <p class="empty">{t!("media-mine-empty")}</p> }.into_any()),
                        Ok(p) => EitherOf3::A(view! {
                            <ul class="media-grid">
                                {p.pictures.into_iter().enumerate().map(|(i, c)| {
                                    let field = format!("picture-line-{i}");
                                    view! {
                                        <li>
                                            <img src=c.url.clone() alt="" loading="lazy" width=c.width height=c.height />
                                            <label for=field.clone()>{t!("media-mine-line")}</label>
                                            <input id=field readonly value=c.markdown />
                                            <p class="meta">{t!("media-mine-meta", kind = kind_label(&c.kind), width = c.width.to_string(), height = c.height.to_string())}" · "<When at=c.uploaded_at /></p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <Pager base="/me/pictures".to_string() page=p.page last=p.last_page />
                        }.into_any()),
                        Err(crate::error::AppError::Unauthorized) => EitherOf3::B(view! { <Redirect path="/sign-in?next=/me/pictures" /> }),
                        Err(e) => EitherOf3::C(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
    }
}
