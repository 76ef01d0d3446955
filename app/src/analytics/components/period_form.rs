use crate::analytics::domain::PRESETS;
use crate::ui::{StatusTabs, Tab};
use leptos::prelude::*;

/// Preset periods as links and a custom range as a plain GET form: both work without JavaScript.
#[component]
pub fn PeriodForm(days: String, from: String, to: String) -> impl IntoView {
    let custom = !from.is_empty() || !to.is_empty();
    let current = if custom {
        String::new()
    } else if days.is_empty() {
        "30".to_string()
    } else {
        days
    };
    let tabs = PRESETS
        .iter()
        .map(|n| Tab::new(format!("{n} days"), format!("/admin/dashboard?days={n}"), n.to_string() == current))
        .collect();
    view! {
        <StatusTabs label="Period" tabs />
        <form method="get" action="/admin/dashboard" class="period-form">
            <fieldset>
                <legend>"Custom period (both days included)"</legend>
                <label for="period-from">"From"</label>
                <input id="period-from" type="date" name="from" value=from required />
                <label for="period-to">"To"</label>
                <input id="period-to" type="date" name="to" value=to required />
                <button type="submit" class="button">"Show"</button>
            </fieldset>
        </form>
    }
}
