use crate::{
    referrals::{
        api::{DecideReferral, NOTE_MAX},
        domain::{Flag, Status},
        views::AdminRow,
    },
    t,
    ui::{DecisionFields, When},
};
use leptos::prelude::*;

/// One referral for the admin: who referred whom, where it stands, the fraud control's reason, and for a
/// held referral the approve / reject form.
#[component]
pub fn ReferralRow(r: AdminRow, decide: ServerAction<DecideReferral>) -> impl IntoView {
    let id = r.id;
    let heading = format!("referral-{id}");
    let labelled = heading.clone();
    let note_id = format!("referral-{id}-note");
    let referrer = match r.referrer_handle {
        Some(h) => view! { <a href=format!("/u/{h}")>{r.referrer}</a> }.into_any(),
        None => r.referrer.into_view().into_any(),
    };
    let reason = (r.flag != Flag::None || !r.note.is_empty()).then(|| {
        view! { <p class="note"><strong>{r.flag.label()}</strong>{(r.flag != Flag::None).then_some(": ")}{r.note.clone()}</p> }
    });
    let form = (r.status == Status::Held).then(|| {
        view! {
            <ActionForm action=decide attr:class="stacked-form">
                <input type="hidden" name="id" value=id />
                <DecisionFields note_id note_label=t!("referrals-note-label") note_max=NOTE_MAX />
            </ActionForm>
        }
    });
    view! {
        <article aria-labelledby=labelled>
            <h2 id=heading>{format!("{} ({})", r.referee, r.referee_email)}</h2>
            <p class="meta">
                {t!("referrals-referred-by")} " " {referrer}
                " · " <span class=format!("status status-{}", r.status.as_str())>{r.status.label()}</span>
                " · " {t!("referrals-signed-up-on")} " " <When at=r.created_at />
                {(!r.ip.is_empty()).then(|| format!(" · {}", t!("referrals-from-ip", ip = r.ip.as_str())))}
                {r.qualified_at.map(|at| view! { " · " {t!("referrals-qualified-on")} " " <When at /> })}
                {r.converted_at.map(|at| view! { " · " <strong>{t!("referrals-became-customer")}</strong> " " <When at /> })}
            </p>
            {reason}
            {form}
        </article>
    }
}
