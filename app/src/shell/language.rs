//! The language switch in the footer: one button per language, each named in its own language (and marked as
//! such, so a screen reader pronounces it right). A plain form to `POST /language` (see
//! `server::routes::site`): it works without JavaScript, keeps a visitor's choice in a cookie and saves a
//! member's in their account, then brings them back to the same page, now in the chosen language.

use super::theme::here;
use crate::{
    i18n::{current, Lang},
    t,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let shown = current();
    let location = use_location();
    let then = move || here(&location);
    view! {
        <form class="language-switch" method="post" action="/language">
            <input type="hidden" name="then" value=then />
            <fieldset>
                <legend>{t!("language-legend")}</legend>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| view! {
                        <button type="submit" name="lang" value=lang.tag() class="link-button" lang=lang.tag() dir=lang.dir()
                            aria-current=(lang == shown).then_some("true")>
                            {lang.native_name()}
                            {(lang == shown).then(|| view! { <span class="visually-hidden">" "{t!("switch-current")}</span> })}
                        </button>
                    })
                    .collect_view()}
            </fieldset>
        </form>
    }
}
