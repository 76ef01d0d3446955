use crate::recognition::views::Standing;
use leptos::prelude::*;

/// Balance, lifetime points and level, with a bar towards the next level.
#[component]
pub fn StandingCard(standing: Standing) -> impl IntoView {
    let progress = standing.next_level.clone().map(|(name, threshold)| {
        let pct = if threshold > 0 { (standing.lifetime * 100 / threshold).clamp(0, 100) } else { 100 };
        let to_go = threshold - standing.lifetime;
        view! {
            <div class="level-progress">
                <label for="level-bar">{format!("{to_go} points to {name}")}</label>
                <progress id="level-bar" max="100" value=pct>{format!("{pct}%")}</progress>
            </div>
        }
    });
    view! {
        <dl class="standing">
            <div><dt>"Balance"</dt><dd data-testid="balance">{standing.balance}</dd></div>
            <div><dt>"Lifetime"</dt><dd>{standing.lifetime}</dd></div>
            <div><dt>"Level"</dt><dd><span class="level">{standing.level}</span></dd></div>
        </dl>
        {progress}
    }
}
