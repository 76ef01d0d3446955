use crate::analytics::domain::PRESETS;
use crate::t;
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
        .map(|n| {
            Tab::new(t!("analytics-days", days = *n), format!("/admin/dashboard?days={n}"), n.to_string() == current)
        })
        .collect();
    view! {
        <StatusTabs label=t!("analytics-period") tabs />
        <form method="get" action="/admin/dashboard" class="period-form">
            <fieldset>
                <legend>{t!("analytics-custom-period")}</legend>
                <label for="period-from">{t!("analytics-from")}</label>
                <input id="period-from" type="date" name="from" value=from required />
                <label for="period-to">{t!("analytics-to")}</label>
                <input id="period-to" type="date" name="to" value=to required />
                <button type="submit" class="button">{t!("analytics-show")}</button>
            </fieldset>
        </form>
    }
}
