//! `/mod/members/:id`: a member's standing for staff: suspend them (no sign-in) or silence them (no posting)
//! for a period with a reason they are shown, or lift either sooner. Plain forms: they work without
//! JavaScript.

use crate::common::answered::server_action;
use crate::{
    accounts::domain::{Restriction, RestrictionKind, Role},
    admin::{
        domain::{period_label, Standing, PERIODS, REASON_MAX},
        standing_api::{get_member_standing, LiftRestriction, RestrictMember},
    },
    i18n::{current, format::date},
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn StandingPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let restrict = server_action::<RestrictMember>();
    let lift = server_action::<LiftRestriction>();
    let data = Resource::new(
        move || (id(), restrict.version().get(), lift.version().get()),
        |(id, _, _)| get_member_standing(id),
    );
    view! {
        <Title text=t!("admin-standing-title") />
        <crate::accounts::components::RequireRole role=Role::Moderator>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(s) => Either::Left(view! { <StandingPanel s restrict lift /> }),
                        Err(error) => Either::Right(view! { <Problem error /> }),
                    }
                })}
            </Suspense>
        </crate::accounts::components::RequireRole>
    }
}

#[component]
fn StandingPanel(
    s: Standing,
    restrict: ServerAction<RestrictMember>,
    lift: ServerAction<LiftRestriction>,
) -> impl IntoView {
    let server = last_error(restrict.value());
    let lift_error = last_error(lift.value());
    let status = if s.removed {
        t!("admin-standing-removed")
    } else if s.suspended.is_some() {
        t!("admin-status-suspended")
    } else if s.silenced.is_some() {
        t!("admin-status-silenced")
    } else {
        t!("admin-standing-good")
    };
    let restrictions =
        [(RestrictionKind::Suspend, s.suspended.clone()), (RestrictionKind::Silence, s.silenced.clone())]
            .into_iter()
            .filter_map(|(kind, r)| r.map(|r| view! { <InForce kind r user_id=s.id can=s.can_restrict lift /> }))
            .collect_view();
    let forms = if s.can_restrict {
        Either::Left(view! {
            <section class="panel" aria-labelledby="restrict-title">
                <h2 id="restrict-title">{t!("admin-suspend-or-silence")}</h2>
                <p class="hint">{t!("admin-restrict-hint")}</p>
                <FormAlert error=form_error(server, &["kind", "days", "reason"]) />
                <ActionForm action=restrict attr:class="stacked-form">
                    <input type="hidden" name="user_id" value=s.id />
                    <fieldset>
                        <legend>{t!("admin-restrict-what")}</legend>
                        <label class="choice"><input type="radio" name="kind" value="silence" checked /> " "{t!("admin-restrict-silence")}</label>
                        <label class="choice"><input type="radio" name="kind" value="suspend" /> " "{t!("admin-restrict-suspend")}</label>
                    </fieldset>
                    <Field label=t!("admin-restrict-for") id="field-days" error=server_field_error(server, "days")>
                        <select name="days">
                            {PERIODS.into_iter().map(|days| view! { <option value=days selected=days == 7>{period_label(days)}</option> }).collect_view()}
                        </select>
                    </Field>
                    <Field label=t!("admin-restrict-reason") id="field-reason" error=server_field_error(server, "reason")>
                        <textarea name="reason" rows="3" required maxlength=REASON_MAX></textarea>
                    </Field>
                    <button type="submit" class="button danger">{t!("admin-restrict")}</button>
                </ActionForm>
            </section>
        })
    } else {
        Either::Right(view! { <p class="hint">{cannot_restrict(s.role)}</p> })
    };
    view! {
        <section class="panel" aria-labelledby="standing-title">
            <div class="page-head">
                <h1 id="standing-title">{s.display_name.clone()}</h1>
                <a href=format!("/u/{}", s.handle)>{t!("admin-profile")}</a>
            </div>
            <p class="meta">{t!("admin-standing-meta", handle = s.handle.clone(), role = s.role.label())}" "<When at=s.created_at /></p>
            <p><strong>{status}</strong></p>
            <FormAlert error=lift_error />
            {restrictions}
        </section>
        {forms}
    }
}

fn cannot_restrict(role: Role) -> String {
    match role {
        Role::Admin => t!("admin-cannot-restrict-admin"),
        Role::Moderator => t!("admin-cannot-restrict-moderator"),
        Role::Member => t!("admin-cannot-restrict-self"),
    }
}

#[component]
fn InForce(
    kind: RestrictionKind,
    r: Restriction,
    user_id: i64,
    can: bool,
    lift: ServerAction<LiftRestriction>,
) -> impl IntoView {
    let until = date(current(), r.until);
    let (what, lift_label) = match kind {
        RestrictionKind::Suspend => {
            (t!("admin-suspended-until", until = until, reason = r.reason), t!("admin-lift-suspension"))
        }
        RestrictionKind::Silence => {
            (t!("admin-silenced-until", until = until, reason = r.reason), t!("admin-lift-silence"))
        }
    };
    view! {
        <div class="alert error" role="status">
            <p>{what}</p>
            {can.then(|| view! {
                <ActionForm action=lift>
                    <input type="hidden" name="user_id" value=user_id />
                    <input type="hidden" name="kind" value=kind.as_str() />
                    <button type="submit" class="button small secondary">{lift_label}</button>
                </ActionForm>
            })}
        </div>
    }
}
