use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    stories::{api::get_embed_snippets, views::EmbedSnippets},
    ui::Field,
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/embed`: copy-paste snippets that put the best testimonials on the company's own site, as a framed
/// widget or as JSON, with a live preview. The product, theme and count are chosen with a plain GET form.
#[component]
pub fn EmbedAdminPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_embed_snippets());
    view! {
        <Title text="Embed testimonials" />
        <RequireRole role=Role::Admin>
            <h1>"Embed testimonials"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(s) => Either::Left(view! { <Snippets s /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Snippets(s: EmbedSnippets) -> impl IntoView {
    let query = use_query_map();
    let q = query.read_untracked();
    // Only a slug reaches the snippets: an admin pastes them into another site.
    let product = crate::stories::domain::WallFilter::from_query(q.get("product").as_deref(), None).product;
    let theme = if q.get("theme").as_deref() == Some("dark") { "dark" } else { "light" };
    let limit = crate::stories::domain::embed_limit(q.get("limit").as_deref()).unwrap_or(6);
    let mut params = vec![format!("limit={limit}"), format!("theme={theme}")];
    if !product.is_empty() {
        params.insert(0, format!("product={product}"));
    }
    let path = format!("/embed/testimonials?{}", params.join("&"));
    let api = format!(
        "{}/api/v1/testimonials?{}",
        s.origin,
        params.iter().filter(|p| !p.starts_with("theme")).cloned().collect::<Vec<_>>().join("&")
    );
    let iframe = format!(
        "<iframe src=\"{}{path}\" title=\"Customer testimonials\" width=\"100%\" height=\"420\" style=\"border:0\" loading=\"lazy\"></iframe>",
        s.origin
    );
    let script = format!(
        "fetch(\"{api}\")\n  .then((r) => r.json())\n  .then(({{ testimonials }}) => {{\n    // each: title, quote, rating, product, author (null when anonymous), role, company, url\n  }});"
    );
    view! {
        <form class="filters" method="get" action="/admin/embed" aria-label="Embed options">
            <Field label="Product" id="embed-product">
                <select name="product">
                    <option value="">"All products"</option>
                    {s.products.into_iter().map(|p| {
                        let selected = p.slug == product;
                        view! { <option value=p.slug selected=selected>{p.name}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <Field label="Theme" id="embed-theme">
                <select name="theme">
                    <option value="light" selected=theme == "light">"Light"</option>
                    <option value="dark" selected=theme == "dark">"Dark"</option>
                </select>
            </Field>
            <Field label="How many (1–20)" id="embed-limit">
                <input name="limit" type="number" min="1" max="20" value=limit />
            </Field>
            <button type="submit" class="button secondary">"Update snippets"</button>
        </form>
        <section aria-labelledby="embed-frame">
            <h2 id="embed-frame">"Widget (iframe)"</h2>
            <p>"Paste this where the testimonials should appear. Stories leave it the moment their author withdraws consent."</p>
            <label for="snippet-iframe" class="visually-hidden">"Iframe snippet"</label>
            <textarea id="snippet-iframe" class="snippet" readonly rows="3">{textarea_text(iframe)}</textarea>
            <h3>"Preview"</h3>
            <iframe src=path title="Preview of the testimonials widget" class="embed-preview"></iframe>
        </section>
        <section aria-labelledby="embed-json">
            <h2 id="embed-json">"JSON"</h2>
            <p>"The same testimonials as data, for your own design:"</p>
            <label for="snippet-json" class="visually-hidden">"JSON snippet"</label>
            <textarea id="snippet-json" class="snippet" readonly rows="6">{textarea_text(script)}</textarea>
        </section>
    }
}
