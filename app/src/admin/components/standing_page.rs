//! `/mod/members/:id`: a member's standing for staff: suspend them (no sign-in) or silence them (no posting)
//! for a period with a reason they are shown, or lift either sooner. Plain forms: they work without
//! JavaScript.

use crate::{
    accounts::domain::{Restriction, RestrictionKind, Role},
    admin::{
        domain::{Standing, PERIODS, REASON_MAX},
        standing_api::{get_member_standing, LiftRestriction, RestrictMember},
    },
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Problem, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn StandingPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let restrict = ServerAction::<RestrictMember>::new();
    let lift = ServerAction::<LiftRestriction>::new();
    let data = Resource::new(
        move || (id(), restrict.version().get(), lift.version().get()),
        |(id, _, _)| get_member_standing(id),
    );
    view! {
        <Title text="Member standing" />
        <crate::accounts::components::RequireRole role=Role::Moderator>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        "Removed as spam: cannot sign in."
    } else if s.suspended.is_some() {
        "Suspended"
    } else if s.silenced.is_some() {
        "Silenced"
    } else {
        "In good standing"
    };
    let restrictions =
        [(RestrictionKind::Suspend, s.suspended.clone()), (RestrictionKind::Silence, s.silenced.clone())]
            .into_iter()
            .filter_map(|(kind, r)| r.map(|r| view! { <InForce kind r user_id=s.id can=s.can_restrict lift /> }))
            .collect_view();
    let forms = if s.can_restrict {
        Either::Left(view! {
            <section class="panel" aria-labelledby="restrict-title">
                <h2 id="restrict-title">"Suspend or silence"</h2>
                <p class="hint">"Suspended members cannot sign in; silenced members can read but not post, reply, edit or submit a story. Both end by themselves; the member is emailed the period and your reason."</p>
                <FormAlert error=form_error(server, &["kind", "days", "reason"]) />
                <ActionForm action=restrict attr:class="stacked-form">
                    <input type="hidden" name="user_id" value=s.id />
                    <fieldset>
                        <legend>"What"</legend>
                        <label class="choice"><input type="radio" name="kind" value="silence" checked /> " Silence: can read, cannot post"</label>
                        <label class="choice"><input type="radio" name="kind" value="suspend" /> " Suspend: cannot sign in"</label>
                    </fieldset>
                    <Field label="For" id="field-days" error=server_field_error(server, "days")>
                        <select name="days">
                            {PERIODS.iter().map(|(days, label)| view! { <option value=*days selected=*days == 7>{*label}</option> }).collect_view()}
                        </select>
                    </Field>
                    <Field label="Reason (the member is shown it)" id="field-reason" error=server_field_error(server, "reason")>
                        <textarea name="reason" rows="3" required maxlength=REASON_MAX></textarea>
                    </Field>
                    <button type="submit" class="button danger">"Restrict"</button>
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
                <a href=format!("/u/{}", s.handle)>"Profile"</a>
            </div>
            <p class="meta">{format!("@{} · {} · joined ", s.handle, s.role.label())}<When at=s.created_at /></p>
            <p><strong>{status}</strong></p>
            <FormAlert error=lift_error />
            {restrictions}
        </section>
        {forms}
    }
}

fn cannot_restrict(role: Role) -> &'static str {
    match role {
        Role::Admin => "Admins cannot be suspended or silenced: give them another role first.",
        Role::Moderator => "Only an admin can suspend or silence a moderator.",
        Role::Member => "You cannot suspend or silence yourself.",
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
    let what = match kind {
        RestrictionKind::Suspend => "Suspended until ",
        RestrictionKind::Silence => "Silenced until ",
    };
    view! {
        <div class="alert error" role="status">
            <p>{what}{crate::common::dates::date_label(r.until)}" (UTC). Reason: "{r.reason}</p>
            {can.then(|| view! {
                <ActionForm action=lift>
                    <input type="hidden" name="user_id" value=user_id />
                    <input type="hidden" name="kind" value=kind.as_str() />
                    <button type="submit" class="button small secondary">{format!("Lift the {}", if kind == RestrictionKind::Suspend { "suspension" } else { "silence" })}</button>
                </ActionForm>
            })}
        </div>
    }
}
