//! `/me/profile`'s forms: what the member says about themselves, and their handle.

use crate::common::answered::server_action;
use crate::{
    common::html::textarea_text,
    profiles::{
        api::{ChangeHandle, SaveDetails},
        domain::{parse_handle, ProfileDetails, BIO_MAX, HANDLE_MAX, LINK_MAX, SHORT_MAX},
        views::MyDetails,
    },
    t,
    ui::{field_error, form_error, last_error, server_field_error, Field, FormAlert},
};
use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};

const DETAIL_FIELDS: &[&str] = &["bio", "company", "job_title", "location", "website", "linkedin"];

/// Bio, company, job title, location, website and LinkedIn, each checked in the browser as the server will.
#[component]
pub fn DetailsForm(me: MyDetails) -> impl IntoView {
    let action = server_action::<SaveDetails>();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<(&'static str, String)>);
    let error_for = move |field: &'static str| {
        let server = server_field_error(server, field);
        Signal::derive(move || local.get().filter(|(f, _)| *f == field).map(|(_, m)| m).or_else(|| server.get()))
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = SaveDetails::from_event(&ev) else { return };
        let raw = ProfileDetails {
            bio: input.bio.clone(),
            company: input.company.clone(),
            job_title: input.job_title.clone(),
            location: input.location.clone(),
            website: input.website.clone(),
            linkedin: input.linkedin.clone(),
        };
        match ProfileDetails::parse(&raw) {
            Ok(_) => {
                local.set(None);
                action.dispatch(input);
            }
            Err(e) => local.set(Some((e.field, e.message))),
        }
    };
    let d = me.details;
    view! {
        <h2 id="details-title">{t!("profiles-about-you")}</h2>
        <FormAlert error=form_error(server, DETAIL_FIELDS) />
        <form method="post" action=SaveDetails::url() class="stacked-form" aria-labelledby="details-title" novalidate on:submit=on_submit>
            <Field label=t!("profiles-bio") id="field-bio" hint=t!("profiles-bio-hint", max = BIO_MAX) error=error_for("bio")>
                <textarea name="bio" rows="4" maxlength=BIO_MAX>{textarea_text(d.bio)}</textarea>
            </Field>
            <div class="field-row">
                <Field label=t!("profiles-job-title") id="field-job_title" error=error_for("job_title")>
                    <input name="job_title" autocomplete="organization-title" maxlength=SHORT_MAX value=d.job_title />
                </Field>
                <Field label=t!("profiles-company") id="field-company" error=error_for("company")>
                    <input name="company" autocomplete="organization" maxlength=SHORT_MAX value=d.company />
                </Field>
            </div>
            <Field label=t!("profiles-location") id="field-location" hint=t!("profiles-location-hint") error=error_for("location")>
                <input name="location" maxlength=SHORT_MAX value=d.location />
            </Field>
            <Field label=t!("profiles-website") id="field-website" hint=t!("profiles-website-hint") error=error_for("website")>
                <input name="website" type="url" inputmode="url" autocomplete="url" maxlength=LINK_MAX value=d.website />
            </Field>
            <Field label="LinkedIn" id="field-linkedin" hint=t!("profiles-linkedin-hint") error=error_for("linkedin")>
                <input name="linkedin" type="url" inputmode="url" maxlength=LINK_MAX value=d.linkedin />
            </Field>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("profiles-save-details")}</button>
        </form>
    }
}

/// The member's handle: changing it keeps the old address redirecting for a year.
#[component]
pub fn HandleForm(handle: String) -> impl IntoView {
    let action = server_action::<ChangeHandle>();
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = ChangeHandle::from_event(&ev) else { return };
        match parse_handle(&input.handle) {
            Ok(_) => {
                local.set(None);
                action.dispatch(input);
            }
            Err(e) => local.set(Some(e.message)),
        }
    };
    view! {
        <h2 id="handle-title">{t!("profiles-handle")}</h2>
        <FormAlert error=form_error(server, &["handle"]) />
        <form method="post" action=ChangeHandle::url() class="stacked-form" aria-labelledby="handle-title" novalidate on:submit=on_submit>
            <Field
                label=t!("profiles-handle")
                id="field-handle"
                hint=t!("profiles-handle-hint", handle = handle.as_str(), max = HANDLE_MAX)
                error=field_error(local, server, "handle")
            >
                <input name="handle" autocomplete="username" maxlength=HANDLE_MAX value=handle.clone() spellcheck="false" autocapitalize="none" />
            </Field>
            <button type="submit" class="button secondary" disabled=move || action.pending().get()>{t!("profiles-change-handle")}</button>
        </form>
    }
}
