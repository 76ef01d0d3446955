//! `/admin/settings`: the community's name, tagline, brand colour, home-page text and footer links (one
//! plain form: saving reloads the page, so the new name and colour show at once), the default language, the
//! logo and the favicon.

use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    i18n::Lang,
    settings::{
        api::{get_site_settings, RemoveSitePicture, SaveDefaultLanguage, SaveSiteSettings},
        views::SettingsView,
    },
    site::{
        colour::{contrast, palette, Rgb, DARK_CANVAS, LIGHT_CANVAS},
        domain::{FOOTER_LINKS_MAX, HEADLINE_MAX, INTRO_MAX, NAME_MAX, TAGLINE_MAX},
    },
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem, When},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELDS: &[&str] = &["name", "tagline", "brand_colour", "home_headline", "home_intro", "footer_links"];

#[component]
pub fn SettingsPage() -> impl IntoView {
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866): made inside it, the resource was at
    // times polled after the request's context was gone ("AppState missing") and the page failed to hydrate.
    let data = Resource::new(|| (), |_| get_site_settings());
    view! {
        <Title text="Site settings" />
        <RequireRole role=Role::Admin>
            <Settings data />
        </RequireRole>
    }
}

#[component]
fn Settings(data: Resource<Result<SettingsView, crate::error::AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(view) => Either::Left(view! { <SettingsForms view /> }),
                    Err(error) => Either::Right(view! { <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SettingsForms(view: SettingsView) -> impl IntoView {
    let save = ServerAction::<SaveSiteSettings>::new();
    let remove = ServerAction::<RemoveSitePicture>::new();
    let server = last_error(save.value());
    let error_for = move |field: &'static str| server_field_error(server, field);
    let query = use_query_map();
    let saved = move || match query.read().get("saved").as_deref() {
        Some("settings") => Some("Settings saved: every page shows them now."),
        Some("picture") => Some("Picture taken off."),
        Some("logo") => Some("Logo saved."),
        Some("favicon") => Some("Favicon saved."),
        Some("language") => Some("Default language saved: visitors whose browser asks for none of ours get it now."),
        _ => None,
    };
    let colour = view.brand_colour.clone();
    let updated = view
        .updated_by
        .clone()
        .map(|by| view! { <p class="meta">"Last changed by " {by} ", " <When at=view.updated_at /></p> });
    view! {
        <div class="page-head">
            <h1>"Site settings"</h1>
            <span>
                <a href="/admin/settings/legal">"Terms, privacy and guidelines"</a>
                " · "
                <a href="/admin/registration">"Who may join"</a>
            </span>
        </div>
        {updated}
        {move || saved().map(|m| view! { <p class="alert ok" role="status">{m}</p> })}
        <section class="panel" aria-labelledby="identity-title">
            <h2 id="identity-title">"Name and look"</h2>
            <FormAlert error=form_error(server, FIELDS) />
            // A plain form: saving reloads the page, so the header, title and colours show the change.
            <form method="post" action=SaveSiteSettings::url() class="stacked-form" aria-labelledby="identity-title">
                <Field label="Community name" id="field-name" hint="Shown in the header, page titles, shared links, feeds, the embed and emails." error=error_for("name")>
                    <input name="name" required maxlength=NAME_MAX value=view.name.clone() />
                </Field>
                <Field label="Tagline" id="field-tagline" hint="One line under the name in the footer (optional)." error=error_for("tagline")>
                    <input name="tagline" maxlength=TAGLINE_MAX value=view.tagline.clone() />
                </Field>
                <Field label="Brand colour" id="field-brand_colour" hint="A hex code such as #4338ca, for links and buttons. It needs a contrast of 4.5:1 with the page (WCAG AA); the dark theme uses a lighter shade of it, worked out to pass too." error=error_for("brand_colour")>
                    <input name="brand_colour" required maxlength="7" value=view.brand_colour.clone() spellcheck="false" autocapitalize="none" inputmode="text" pattern="#?[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?" />
                </Field>
                <BrandPreview colour />
                <Field label="Home page headline" id="field-home_headline" error=error_for("home_headline")>
                    <input name="home_headline" required maxlength=HEADLINE_MAX value=view.home_headline.clone() />
                </Field>
                <Field label="Home page introduction" id="field-home_intro" hint=format!("Markdown: **bold**, *italic*, links, lists. At most {INTRO_MAX} characters.") error=error_for("home_intro")>
                    <textarea name="home_intro" rows="5" maxlength=INTRO_MAX>{textarea_text(view.home_intro.clone())}</textarea>
                </Field>
                <Field label="Footer links" id="field-footer_links" hint=format!("One per line, label | address: Blog | https://example.com/blog, or a page here such as Guidelines | /forum/c/guidelines. At most {FOOTER_LINKS_MAX}; only https://, http:// and / addresses.") error=error_for("footer_links")>
                    <textarea name="footer_links" rows="4" spellcheck="false">{textarea_text(view.footer_links.clone())}</textarea>
                </Field>
                <button type="submit" class="button">"Save settings"</button>
            </form>
        </section>
        <DefaultLanguage />
        <section class="panel" aria-labelledby="pictures-title">
            <h2 id="pictures-title">"Logo and favicon"</h2>
            <div class="field-row">
                <PictureSlot which="logo" kind="logo" label="Logo" url=view.logo_url.clone() remove
                    help="Shown in the header instead of the name (the name stays its text alternative): JPEG, PNG, GIF or WebP, fitted within 400 × 200 pixels, transparency kept." />
                <PictureSlot which="favicon" kind="avatar" label="Favicon" url=view.favicon_url.clone() remove
                    help="The icon in browser tabs and bookmarks: cut to a square from the centre and made 64 pixels a side." />
            </div>
        </section>
    }
}

/// The community's default language (a plain form: saving reloads the page, in that language if the admin's
/// own browser asks for none of ours).
#[component]
fn DefaultLanguage() -> impl IntoView {
    let save = ServerAction::<SaveDefaultLanguage>::new();
    let server = last_error(save.value());
    let current = crate::site::use_site().default_language;
    view! {
        <section class="panel" aria-labelledby="language-title">
            <h2 id="language-title">"Language"</h2>
            <form method="post" action=SaveDefaultLanguage::url() class="stacked-form" aria-labelledby="language-title">
                <Field label="Community language" id="field-language" error=server_field_error(server, "language")
                    hint="For visitors whose browser asks for none of these languages, and for emails to members who chose none. Members pick their own in the footer.">
                    <select name="language">
                        {Lang::ALL.into_iter().map(|lang| view! {
                            <option value=lang.tag() selected=lang == current lang=lang.tag()>
                                {lang.native_name()}{(!lang.complete()).then_some(" (partial)")}
                            </option>
                        }).collect_view()}
                    </select>
                </Field>
                <button type="submit" class="button">"Save language"</button>
            </form>
        </section>
    }
}

/// The colour's swatch and its contrast on both themes (an SVG fill: the page's policy allows no inline
/// styles).
#[component]
fn BrandPreview(colour: String) -> impl IntoView {
    let Some(rgb) = Rgb::parse(&colour) else { return Either::Left(()) };
    let p = palette(rgb);
    let light = contrast(p.light.brand, LIGHT_CANVAS);
    let dark = contrast(p.dark.brand, DARK_CANVAS);
    Either::Right(view! {
        <div class="brand-preview" aria-live="polite">
            <svg width="64" height="28" viewBox="0 0 64 28" role="img" aria-label=format!("Light shade {}, dark shade {}", p.light.brand.hex(), p.dark.brand.hex())>
                <rect x="0" y="0" width="32" height="28" rx="4" fill=p.light.brand.hex() />
                <rect x="32" y="0" width="32" height="28" rx="4" fill=p.dark.brand.hex() />
            </svg>
            <p class="meta">{format!("Saved colour: {light:.1}:1 on the light theme; {} ({dark:.1}:1) on the dark theme.", p.dark.brand.hex())}</p>
        </div>
    })
}

#[component]
fn PictureSlot(
    which: &'static str,
    kind: &'static str,
    label: &'static str,
    url: Option<String>,
    help: &'static str,
    remove: ServerAction<RemoveSitePicture>,
) -> impl IntoView {
    let file_id = format!("site-{which}-file");
    let help_id = format!("site-{which}-help");
    let has = url.is_some();
    let current = url.map(|src| {
        view! {
            <img class=format!("site-{which}-preview") src=src alt=format!("The current {}", label.to_lowercase()) />
            <ActionForm action=remove>
                <input type="hidden" name="which" value=which />
                <button type="submit" class="button secondary small">{format!("Remove the {}", label.to_lowercase())}</button>
            </ActionForm>
        }
    });
    view! {
        <div class="site-picture">
            <h3>{label}</h3>
            {current}
            <form class="avatar-form" method="post" action="/media/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value=kind />
                <input type="hidden" name="site" value=which />
                <input type="hidden" name="then" value=format!("/admin/settings?saved={which}") />
                <div class="field">
                    <label for=file_id.clone()>{if has { format!("Replace the {}", label.to_lowercase()) } else { format!("Upload a {}", label.to_lowercase()) }}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby=help_id.clone() />
                    <p class="help" id=help_id>{help}</p>
                </div>
                <button type="submit" class="button small">{format!("Upload the {}", label.to_lowercase())}</button>
            </form>
        </div>
    }
}
