use crate::{
    common::html::textarea_text,
    error::AppError,
    sso::{
        api::SaveProvider,
        domain::{ProviderView, CLAIM_MAX, CLIENT_ID_MAX, ISSUER_MAX, NAME_MAX, SECRET_MAX, SLUG_MAX},
    },
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
    let secret_hint = if id == 0 {
        "From the provider's client settings. Kept on the server; never shown again."
    } else {
        "Leave empty to keep the stored secret."
    };
    view! {
        <FormAlert error=form_error(server, fields) />
        <ActionForm action=action attr:class="stacked-form">
            <input type="hidden" name="id" value=id />
            <Field label="Name on the button" id=f("name") hint="Members read “Sign in with …”.".to_string() error=error("name")>
                <input name="form[name]" maxlength=NAME_MAX value=p.name required />
            </Field>
            <Field label="Short name for addresses" id=f("slug") hint="Lower-case letters, digits and dashes: the callback address ends /sso/<short name>/callback.".to_string() error=error("slug")>
                <input name="form[slug]" maxlength=SLUG_MAX value=p.slug required pattern="[a-z0-9][a-z0-9-]*" />
            </Field>
            <Field label="Issuer" id=f("issuer") hint="https://…, as the provider's discovery document names it.".to_string() error=error("issuer")>
                <input name="form[issuer]" type="url" maxlength=ISSUER_MAX value=p.issuer required />
            </Field>
            <Field label="Client id" id=f("client_id") error=error("client_id")>
                <input name="form[client_id]" maxlength=CLIENT_ID_MAX value=p.client_id required autocomplete="off" />
            </Field>
            <Field label="Client secret" id=f("client_secret") hint=secret_hint.to_string() error=error("client_secret")>
                <input name="form[client_secret]" type="password" maxlength=SECRET_MAX autocomplete="new-password" required=id == 0 />
            </Field>
            <Field label="Scopes" id=f("scopes") hint="openid is always asked for; add the one that carries your groups claim, if any.".to_string() error=error("scopes")>
                <input name="form[scopes]" value=p.scopes />
            </Field>
            <Field label="Claim with groups (optional)" id=f("claim") hint="A claim in the ID token, like “groups”: its values below make members admins or moderators, and a value equal to a group's short name puts them in that group.".to_string() error=error("claim")>
                <input name="form[claim]" maxlength=CLAIM_MAX value=p.claim />
            </Field>
            <Field label="Values that make an admin" id=f("admin_values") hint="One per line. With values here or below, every sign-in sets the member's role from the claim.".to_string() error=error("admin_values")>
                <textarea name="form[admin_values]" rows="2">{textarea_text(p.admin_values.join("\n"))}</textarea>
            </Field>
            <Field label="Values that make a moderator" id=f("moderator_values") error=error("moderator_values")>
                <textarea name="form[moderator_values]" rows="2">{textarea_text(p.moderator_values.join("\n"))}</textarea>
            </Field>
            <div class="field checkbox">
                <input id=f("create") type="checkbox" name="form[create_accounts]" checked=p.create_accounts />
                <label for=f("create")>"Create an account at a first sign-in (when the provider says the address is verified), whatever the joining rules"</label>
            </div>
            <div class="field checkbox">
                <input id=f("auto") type="checkbox" name="form[auto_link]" checked=p.auto_link />
                <label for=f("auto")>"Link to the account that has the same verified address without asking for its password (only for a provider you trust to verify addresses)"</label>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {if id == 0 { "Add provider" } else { "Save changes" }}
            </button>
        </ActionForm>
    }
}
