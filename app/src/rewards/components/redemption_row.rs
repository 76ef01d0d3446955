use crate::{rewards::views::RedemptionView, t, ui::When};
use leptos::prelude::*;

/// A redemption's status, note and code, as its member reads it.
#[component]
pub fn RedemptionSummary(r: RedemptionView) -> impl IntoView {
    let code = r.code.map(|c| view! { <p>{t!("rewards-your-code")}" "<code class="reward-code">{c}</code></p> });
    let note = (!r.note.is_empty()).then(|| view! { <p class="note">{r.note}</p> });
    view! {
        <h2>{r.reward_title}</h2>
        <p class="meta">
            <span class=format!("status status-{}", r.status.as_str())>{r.status.label()}</span>
            " · "{t!("points-amount", points = r.cost)}" · "
            <When at=r.created_at />
        </p>
        {code}
        {note}
    }
}
