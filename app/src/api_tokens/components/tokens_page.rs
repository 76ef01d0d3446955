use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    api_tokens::{
        api::{get_api_tokens, CreateApiToken, RevokeApiToken},
        domain::{FreshToken, Scope, TokenRow, TokenStatus, EXPIRY_DAYS_MAX, RATE_DEFAULT, RATE_MAX, TOKEN_NAME_MAX},
    },
    error::AppError,
    t,
    ui::{form_error, last_error, Field, FormAlert, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/api` (admins only): make, list and revoke API tokens; a new token's secret is shown once.
#[component]
pub fn ApiTokensPage() -> impl IntoView {
    let create = server_action::<CreateApiToken>();
    let revoke = server_action::<RevokeApiToken>();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let list = Resource::new(move || (create.version().get(), revoke.version().get()), |_| get_api_tokens());
    view! {
        <Title text=t!("api-tokens-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="api-title">
                <h1 id="api-title">{t!("api-tokens-title")}</h1>
                <p>
                    {t!("api-tokens-intro-before")}
                    <a href="/api/docs" rel="external">"REST API"</a>
                    {t!("api-tokens-intro-middle")}
                    <code>"Authorization: Bearer …"</code>
                    {t!("api-tokens-intro-after")}
                </p>
                <NewTokenForm action=create />
            </section>
            <section class="panel" aria-labelledby="tokens-title">
                <h2 id="tokens-title">{t!("api-tokens-tokens")}</h2>
                <Suspense fallback=|| view! { <p class="loading">{t!("api-tokens-loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(page) => Either::Left(view! {
                                {page.fresh.map(|fresh| view! { <FreshSecret fresh /> })}
                                <TokenTable tokens=page.tokens revoke />
                            }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}

/// The secret of the token just made, with the warning that it is not shown again.
#[component]
fn FreshSecret(fresh: FreshToken) -> impl IntoView {
    view! {
        <div class="alert ok" role="status" id="fresh-token">
            <p><strong>{t!("api-tokens-ready", name = fresh.name)}</strong>" "{t!("api-tokens-copy-now")}</p>
            <label for="fresh-token-secret">{t!("api-tokens-secret")}</label>
            <input id="fresh-token-secret" class="secret" readonly value=fresh.secret size="72" />
        </div>
    }
}

#[component]
fn NewTokenForm(action: ServerAction<CreateApiToken>) -> impl IntoView {
    let server = last_error(action.value());
    let error = move |name: &'static str| Signal::derive(move || AppError::for_field(action.value().get(), name));
    view! {
        <h2 id="new-token">{t!("api-tokens-new")}</h2>
        <FormAlert error=form_error(server, &["name", "scopes", "expires_days", "rate_per_minute"]) />
        <ActionForm action=action attr:class="stacked-form" attr:aria-labelledby="new-token">
            <Field label=t!("api-tokens-field-name") id="token-name" hint=t!("api-tokens-field-name-hint") error=error("name")>
                <input name="form[name]" maxlength=TOKEN_NAME_MAX required />
            </Field>
            <fieldset class="choices" aria-describedby="token-scopes-error">
                <legend>{t!("api-tokens-scopes")}</legend>
                {Scope::ALL.into_iter().enumerate().map(|(i, s)| {
                    let id = format!("token-scope-{i}");
                    view! {
                        <div class="field checkbox">
                            <input id=id.clone() type="checkbox" name=format!("form[scopes][{i}]") value=s.as_str() />
                            <label for=id><code>{s.as_str()}</code>" " {s.label()}</label>
                        </div>
                    }
                }).collect_view()}
                <p id="token-scopes-error" class="field-error" role="alert">{move || error("scopes").get()}</p>
            </fieldset>
            <div class="field-row">
                <Field label=t!("api-tokens-field-expires", max = EXPIRY_DAYS_MAX.to_string()) id="token-expires" class="narrow-field" error=error("expires_days")>
                    <input name="form[expires_days]" inputmode="numeric" />
                </Field>
                <Field label=t!("api-tokens-field-rate", max = RATE_MAX.to_string()) id="token-rate" class="narrow-field" error=error("rate_per_minute")>
                    <input name="form[rate_per_minute]" inputmode="numeric" value=RATE_DEFAULT />
                </Field>
            </div>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!("api-tokens-create")}</button>
        </ActionForm>
    }
}

#[component]
fn TokenTable(tokens: Vec<TokenRow>, revoke: ServerAction<RevokeApiToken>) -> impl IntoView {
    let said = move || {
        revoke.value().get().map(|r| match r {
            Ok(text) => ("alert ok", "status", text),
            Err(e) => ("alert error", "alert", e.to_string()),
        })
    };
    if tokens.is_empty() {
        return Either::Left(view! { <p class="empty">{t!("api-tokens-empty")}</p> });
    }
    Either::Right(view! {
        {move || said().map(|(class, role, text)| view! { <p class=class role=role>{text}</p> })}
        <div class="table-scroll">
            <table class="data">
                <caption class="visually-hidden">{t!("api-tokens-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("api-tokens-col-name")}</th><th scope="col">{t!("api-tokens-col-prefix")}</th>
                        <th scope="col">{t!("api-tokens-col-scopes")}</th><th scope="col">{t!("api-tokens-col-made")}</th>
                        <th scope="col">{t!("api-tokens-col-expires")}</th><th scope="col">{t!("api-tokens-col-last-used")}</th>
                        <th scope="col">{t!("api-tokens-col-status")}</th><th scope="col">{t!("api-tokens-col-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {tokens.into_iter().map(|t| view! { <Line token=t revoke /> }).collect_view()}
                </tbody>
            </table>
        </div>
    })
}

#[component]
fn Line(token: TokenRow, revoke: ServerAction<RevokeApiToken>) -> impl IntoView {
    let scopes = token.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    let label = t!("api-tokens-revoke-named", name = token.name.as_str());
    let status_class = format!("status status-{}", token.status.as_str());
    view! {
        <tr>
            <td>{token.name.clone()}</td>
            <td><code>{format!("{}…", token.prefix)}</code></td>
            <td>{scopes}" " <span class="hint">{t!("api-tokens-rate", rate = token.rate_per_minute)}</span></td>
            <td><When at=token.created_at />" " <span class="hint">{t!("api-tokens-made-by", name = token.created_by.as_str())}</span></td>
            <td>{match token.expires_at { Some(at) => Either::Left(view! { <When at /> }), None => Either::Right(t!("api-tokens-never")) }}</td>
            <td>{match token.last_used_at { Some(at) => Either::Left(view! { <When at /> }), None => Either::Right(t!("api-tokens-not-yet")) }}</td>
            <td><span class=status_class>{token.status.label()}</span></td>
            <td class="actions">
                {(token.status != TokenStatus::Revoked).then(|| view! {
                    <ActionForm action=revoke attr:class="inline-form">
                        <input type="hidden" name="id" value=token.id />
                        <button type="submit" class="button small danger" aria-label=label>{t!("api-tokens-revoke")}</button>
                    </ActionForm>
                })}
            </td>
        </tr>
    }
}
