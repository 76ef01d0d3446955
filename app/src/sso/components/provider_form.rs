use crate::{
    common::html::textarea_text,
    error::AppError,
    sso::{
        api::SaveProvider,
        domain::{ProviderView, CLAIM_MAX, CLIENT_ID_MAX, ISSUER_MAX, NAME_MAX, SECRET_MAX, SLUG_MAX},
    },
    t,
    ui::{form_error, last_error, Field, FormAlert},
};
use leptos::prelude::*;

/// A provider's settings: a new one (`provider` None) or changing one (its secret is kept unless retyped).
#[component]
pub fn ProviderForm(action: ServerAction<SaveProvider>, provider: Option<ProviderView>) -> impl IntoView {
    let id = provider.as_ref().map_or(0, |p| p.id);
    let p = provider.unwrap_or(ProviderView {
        id: 0,
        slug: String::new(),
        name: String::new(),
        issuer: String::new(),
        client_id: String::new(),
        scopes: crate::sso::domain::DEFAULT_SCOPES.to_string(),
        claim: String::new(),
        admin_values: Vec::new(),
        moderator_values: Vec::new(),
        create_accounts: false,
        auto_link: false,
        members: 0,
    });
    let server = last_error(action.value());
    let error = move |name: &'static str| Signal::derive(move || AppError::for_field(action.value().get(), name));
    let f = move |name: &str| format!("sso-{id}-{name}");
    let fields: &'static [&'static str] = &[
        "slug",
        "name",
        "issuer",
        "client_id",
        "client_secret",
        "scopes",
        "claim",
        "admin_values",
        "moderator_values",
    ];
    let secret_hint = if id == 0 { t!("sso-secret-hint-new") } else { t!("sso-secret-hint-keep") };
    view! {
        <FormAlert error=form_error(server, fields) />
        <ActionForm action=action attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label=t!("sso-field-name") id=f("name") hint=t!("sso-field-name-hint") error=error("name")>
                <input name="form[name]" maxlength=NAME_MAX value=p.name required />
            </Field>
            <Field label=t!("sso-field-slug") id=f("slug") hint=t!("sso-field-slug-hint") error=error("slug")>
                <input name="form[slug]" maxlength=SLUG_MAX value=p.slug required pattern="[a-z0-9][a-z0-9-]*" />
            </Field>
            <Field label=t!("sso-field-issuer") id=f("issuer") hint=t!("sso-field-issuer-hint") error=error("issuer")>
                <input name="form[issuer]" type="url" maxlength=ISSUER_MAX value=p.issuer required />
            </Field>
            <Field label=t!("sso-field-client-id") id=f("client_id") error=error("client_id")>
                <input name="form[client_id]" maxlength=CLIENT_ID_MAX value=p.client_id required autocomplete="off" />
            </Field>
            <Field label=t!("sso-field-secret") id=f("client_secret") hint=secret_hint error=error("client_secret")>
                <input name="form[client_secret]" type="password" maxlength=SECRET_MAX autocomplete="new-password" required=id == 0 />
            </Field>
            <Field label=t!("sso-field-scopes") id=f("scopes") hint=t!("sso-field-scopes-hint") error=error("scopes")>
                <input name="form[scopes]" value=p.scopes />
            </Field>
            <Field label=t!("sso-field-claim") id=f("claim") hint=t!("sso-field-claim-hint") error=error("claim")>
                <input name="form[claim]" maxlength=CLAIM_MAX value=p.claim />
            </Field>
            <Field label=t!("sso-field-admin-values") id=f("admin_values") hint=t!("sso-field-admin-values-hint") error=error("admin_values")>
                <textarea name="form[admin_values]" rows="2">{textarea_text(p.admin_values.join("\n"))}</textarea>
            </Field>
            <Field label=t!("sso-field-moderator-values") id=f("moderator_values") error=error("moderator_values")>
                <textarea name="form[moderator_values]" rows="2">{textarea_text(p.moderator_values.join("\n"))}</textarea>
            </Field>
            <div class="field checkbox">
                <input id=f("create") type="checkbox" name="form[create_accounts]" checked=p.create_accounts />
                <label for=f("create")>{t!("sso-field-create-accounts")}</label>
            </div>
            <div class="field checkbox">
                <input id=f("auto") type="checkbox" name="form[auto_link]" checked=p.auto_link />
                <label for=f("auto")>{t!("sso-field-auto-link")}</label>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {if id == 0 { t!("sso-add-provider") } else { t!("sso-save-changes") }}
            </button>
        </ActionForm>
    }
}
