use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    i18n::Lang,
    stories::{api::get_embed_snippets, views::EmbedSnippets},
    t, t_in,
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
        <Title text=t!("stories-embed-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("stories-embed-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
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
    // No language: the widget speaks each visitor's.
    let lang = q.get("lang").as_deref().and_then(Lang::parse);
    let mut params = vec![format!("limit={limit}"), format!("theme={theme}")];
    if !product.is_empty() {
        params.insert(0, format!("product={product}"));
    }
    if let Some(lang) = lang {
        params.push(format!("lang={}", lang.tag()));
    }
    let path = format!("/embed/testimonials?{}", params.join("&"));
    let api = format!(
        "{}/api/v1/testimonials?{}",
        s.origin,
        params
            .iter()
            .filter(|p| !p.starts_with("theme") && !p.starts_with("lang"))
            .cloned()
            .collect::<Vec<_>>()
            .join("&")
    );
    // The snippet goes into another site as it is: its title names the widget in the widget's language (the
    // admin's, when it follows each visitor's).
    let title = crate::common::html::escape(&t_in!(lang.unwrap_or_else(crate::i18n::current), "stories-embed-list"));
    let iframe = format!(
        "<iframe src=\"{}{path}\" title=\"{title}\" width=\"100%\" height=\"420\" style=\"border:0\" loading=\"lazy\"></iframe>",
        s.origin
    );
    let script = format!(
        "fetch(\"{api}\")\n  .then((r) => r.json())\n  .then(({{ testimonials }}) => {{\n    // each: title, quote, rating, product, author (null when anonymous), role, company, url\n  }});"
    );
    view! {
        <form class="filters" method="get" action="/admin/embed" aria-label=t!("stories-embed-options")>
            <Field label=t!("stories-product") id="embed-product">
                <select name="product">
                    <option value="">{t!("stories-all-products")}</option>
                    {s.products.into_iter().map(|p| {
                        let selected = p.slug == product;
                        view! { <option value=p.slug selected=selected>{p.name}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <Field label=t!("stories-embed-theme") id="embed-theme">
                <select name="theme">
                    <option value="light" selected=theme == "light">{t!("stories-embed-light")}</option>
                    <option value="dark" selected=theme == "dark">{t!("stories-embed-dark")}</option>
                </select>
            </Field>
            <Field label=t!("stories-embed-language") id="embed-lang">
                <select name="lang">
                    <option value="">{t!("stories-embed-language-visitor")}</option>
                    {Lang::ALL.into_iter().map(|l| {
                        view! { <option value=l.tag() lang=l.tag() selected=lang == Some(l)>{l.native_name()}</option> }
                    }).collect_view()}
                </select>
            </Field>
            <Field label=t!("stories-embed-limit") id="embed-limit">
                <input name="limit" type="number" min="1" max="20" value=limit />
            </Field>
            <button type="submit" class="button secondary">{t!("stories-embed-update")}</button>
        </form>
        <section aria-labelledby="embed-frame">
            <h2 id="embed-frame">{t!("stories-embed-widget")}</h2>
            <p>{t!("stories-embed-widget-text")}</p>
            <label for="snippet-iframe" class="visually-hidden">{t!("stories-embed-iframe-snippet")}</label>
            <textarea id="snippet-iframe" class="snippet" readonly rows="3">{textarea_text(iframe)}</textarea>
            <h3>{t!("stories-embed-preview")}</h3>
            <iframe src=path title=t!("stories-embed-preview-title") class="embed-preview"></iframe>
        </section>
        <section aria-labelledby="embed-json">
            <h2 id="embed-json">"JSON"</h2>
            <p>{t!("stories-embed-json-text")}</p>
            <label for="snippet-json" class="visually-hidden">{t!("stories-embed-json-snippet")}</label>
            <textarea id="snippet-json" class="snippet" readonly rows="6">{textarea_text(script)}</textarea>
        </section>
    }
}
