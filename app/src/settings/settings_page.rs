//! `/admin/settings`: the community's name, tagline, brand colour, home-page text and footer links (one
//! plain form: saving reloads the page, so the new name and colour show at once), the default language, the
//! logo and the favicon.

use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::html::textarea_text,
    i18n::{self, Lang},
    settings::{
        api::{get_site_settings, RemoveSitePicture, SaveDefaultLanguage, SaveSiteSettings},
        views::SettingsView,
    },
    site::{
        colour::{contrast, palette, Rgb, DARK_CANVAS, LIGHT_CANVAS},
        domain::{FOOTER_LINKS_MAX, HEADLINE_MAX, INTRO_MAX, NAME_MAX, TAGLINE_MAX},
    },
    t,
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
        <Title text=t!("settings-title") />
        <RequireRole role=Role::Admin>
            <Settings data />
        </RequireRole>
    }
}

#[component]
fn Settings(data: Resource<Result<SettingsView, crate::error::AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
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
    let save = server_action::<SaveSiteSettings>();
    let remove = server_action::<RemoveSitePicture>();
    let server = last_error(save.value());
    let error_for = move |field: &'static str| server_field_error(server, field);
    let query = use_query_map();
    let saved = move || match query.read().get("saved").as_deref() {
        Some("settings") => Some(t!("settings-saved")),
        Some("picture") => Some(t!("settings-picture-removed")),
        Some("logo") => Some(t!("settings-logo-saved")),
        Some("favicon") => Some(t!("settings-favicon-saved")),
        Some("language") => Some(t!("settings-language-saved")),
        _ => None,
    };
    let colour = view.brand_colour.clone();
    let updated = view
        .updated_by
        .clone()
        .map(|by| view! { <p class="meta">{t!("settings-last-changed", name = by)}" "<When at=view.updated_at /></p> });
    view! {
        <div class="page-head">
            <h1>{t!("settings-title")}</h1>
            <span>
                <a href="/admin/settings/legal">{t!("settings-legal-title")}</a>
                " · "
                <a href="/admin/registration">{t!("settings-join-title")}</a>
            </span>
        </div>
        {updated}
        {move || saved().map(|m| view! { <p class="alert ok" role="status">{m}</p> })}
        <section class="panel" aria-labelledby="identity-title">
            <h2 id="identity-title">{t!("settings-identity")}</h2>
            <FormAlert error=form_error(server, FIELDS) />
            // A plain form: saving reloads the page, so the header, title and colours show the change.
            <form method="post" action=SaveSiteSettings::url() class="stacked-form" aria-labelledby="identity-title">
                <Field label=t!("settings-name") id="field-name" hint=t!("settings-name-hint") error=error_for("name")>
                    <input name="name" required maxlength=NAME_MAX value=view.name.clone() />
                </Field>
                <Field label=t!("settings-tagline") id="field-tagline" hint=t!("settings-tagline-hint") error=error_for("tagline")>
                    <input name="tagline" maxlength=TAGLINE_MAX value=view.tagline.clone() />
                </Field>
                <Field label=t!("settings-colour") id="field-brand_colour" hint=t!("settings-colour-hint") error=error_for("brand_colour")>
                    <input name="brand_colour" required maxlength="7" value=view.brand_colour.clone() spellcheck="false" autocapitalize="none" inputmode="text" pattern="#?[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?" />
                </Field>
                <BrandPreview colour />
                <Field label=t!("settings-headline") id="field-home_headline" error=error_for("home_headline")>
                    <input name="home_headline" required maxlength=HEADLINE_MAX value=view.home_headline.clone() />
                </Field>
                <Field label=t!("settings-intro") id="field-home_intro" hint=t!("settings-intro-hint", max = INTRO_MAX) error=error_for("home_intro")>
                    <textarea name="home_intro" rows="5" maxlength=INTRO_MAX>{textarea_text(view.home_intro.clone())}</textarea>
                </Field>
                <Field label=t!("settings-footer-links") id="field-footer_links" hint=t!("settings-footer-links-hint", max = FOOTER_LINKS_MAX) error=error_for("footer_links")>
                    <textarea name="footer_links" rows="4" spellcheck="false">{textarea_text(view.footer_links.clone())}</textarea>
                </Field>
                <button type="submit" class="button">{t!("settings-save-settings")}</button>
            </form>
        </section>
        <DefaultLanguage />
        <section class="panel" aria-labelledby="pictures-title">
            <h2 id="pictures-title">{t!("settings-pictures")}</h2>
            <div class="field-row">
                <PictureSlot which="logo" kind="logo" label=t!("settings-logo") url=view.logo_url.clone() remove
                    help=t!("settings-logo-hint") />
                <PictureSlot which="favicon" kind="avatar" label=t!("settings-favicon") url=view.favicon_url.clone() remove
                    help=t!("settings-favicon-hint") />
            </div>
        </section>
    }
}

/// The community's default language (a plain form: saving reloads the page, in that language if the admin's
/// own browser asks for none of ours).
#[component]
fn DefaultLanguage() -> impl IntoView {
    let save = server_action::<SaveDefaultLanguage>();
    let server = last_error(save.value());
    let current = crate::site::use_site().default_language;
    view! {
        <section class="panel" aria-labelledby="language-title">
            <h2 id="language-title">{t!("settings-language")}</h2>
            <form method="post" action=SaveDefaultLanguage::url() class="stacked-form" aria-labelledby="language-title">
                <Field label=t!("settings-language-label") id="field-language" error=server_field_error(server, "language")
                    hint=t!("settings-language-hint")>
                    <select name="language">
                        {Lang::ALL.into_iter().map(|lang| view! {
                            <option value=lang.tag() selected=lang == current lang=lang.tag()>
                                {lang.native_name()}{(!lang.complete()).then(|| format!(" {}", t!("settings-language-partial")))}
                            </option>
                        }).collect_view()}
                    </select>
                </Field>
                <button type="submit" class="button">{t!("settings-save-language")}</button>
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
    let shades = t!("settings-colour-shades", light = p.light.brand.hex(), dark = p.dark.brand.hex());
    let contrasts =
        t!("settings-colour-contrast", light = ratio(light), dark_shade = p.dark.brand.hex(), dark = ratio(dark),);
    Either::Right(view! {
        <div class="brand-preview" aria-live="polite">
            <svg width="64" height="28" viewBox="0 0 64 28" role="img" aria-label=shades>
                <rect x="0" y="0" width="32" height="28" rx="4" fill=p.light.brand.hex() />
                <rect x="32" y="0" width="32" height="28" rx="4" fill=p.dark.brand.hex() />
            </svg>
            <p class="meta">{contrasts}</p>
        </div>
    })
}

/// A contrast ratio's first number, with one decimal in the page's language: "4.5" in English, "4,5" in German.
fn ratio(x: f64) -> String {
    let text = format!("{x:.1}");
    match i18n::current() {
        Lang::De | Lang::Es => text.replace('.', ","),
        Lang::En | Lang::Ar => text,
    }
}

/// The logo's or the favicon's place (`which`); its words are chosen by `which` in each message.
#[component]
fn PictureSlot(
    which: &'static str,
    kind: &'static str,
    label: String,
    url: Option<String>,
    help: String,
    remove: ServerAction<RemoveSitePicture>,
) -> impl IntoView {
    let file_id = format!("site-{which}-file");
    let help_id = format!("site-{which}-help");
    let has = url.is_some();
    let current = url.map(|src| {
        view! {
            <img class=format!("site-{which}-preview") src=src alt=t!("settings-picture-current", which = which) />
            <ActionForm action=remove>
                <input type="hidden" name="which" value=which />
                <button type="submit" class="button secondary small">{t!("settings-picture-remove", which = which)}</button>
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
                    <label for=file_id.clone()>{if has { t!("settings-picture-replace", which = which) } else { t!("settings-picture-choose", which = which) }}</label>
                    <input id=file_id type="file" name="file" required accept="image/jpeg,image/png,image/gif,image/webp" aria-describedby=help_id.clone() />
                    <p class="help" id=help_id>{help}</p>
                </div>
                <button type="submit" class="button small">{t!("settings-picture-upload", which = which)}</button>
            </form>
        </div>
    }
}
