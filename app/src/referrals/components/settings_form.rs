use crate::error::AppError;
use crate::referrals::{
    api::SaveReferralSettings,
    domain::{QualifyOn, Settings, HOLD_DAYS_MAX},
};
use crate::ui::Field;
use leptos::prelude::*;

/// The programme's referral rules: when a referral qualifies, the hold, and the fraud limits.
#[component]
pub fn SettingsForm(settings: Settings, save: ServerAction<SaveReferralSettings>) -> impl IntoView {
    let error = move |name: &'static str| Signal::derive(move || AppError::for_field(save.value().get(), name));
    let saved = move || matches!(save.value().get(), Some(Ok(_))).then_some("Referral rules saved.");
    let options = QualifyOn::ALL
        .into_iter()
        .map(|q| view! { <option value=q.as_str() selected=q == settings.qualify_on>{format!("Reward the referrer {}", q.label())}</option> })
        .collect_view();
    view! {
        <ActionForm action=save attr:class="stacked-form" attr:aria-labelledby="referral-rules">
            <h2 id="referral-rules">"Referral rules"</h2>
            <Field label="A referral qualifies" id="referral-qualify" error=error("qualify_on")>
                <select name="form[qualify_on]">{options}</select>
            </Field>
            <div class="field-row">
                <NumberField id="referral-hold" name="hold_days" label="Hold before paying (days)"
                    value=settings.hold_days hint=format!("0 to {HOLD_DAYS_MAX}. Time to spot a fake account before the points are paid.")
                    error=error("hold_days") />
                <NumberField id="referral-cap" name="daily_cap" label="Rewarded referrals per referrer per day"
                    value=settings.daily_cap hint="More wait for the next day.".to_string() error=error("daily_cap") />
                <NumberField id="referral-burst" name="ip_burst" label="Hold from this many sign-ups per address per hour"
                    value=settings.ip_burst hint="Held for review, never refused: offices and campuses share addresses.".to_string()
                    error=error("ip_burst") />
            </div>
            <p class="hint">"The referrer's reward and the newcomer's welcome bonus are the "<a href="/admin/points">"Referral and Welcome point rules"</a>"."</p>
            <button type="submit" class="button">"Save referral rules"</button>
            <p class="status" role="status">{saved}</p>
        </ActionForm>
    }
}

/// One whole-number setting with its hint and its error.
#[component]
fn NumberField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    value: i64,
    hint: String,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Field label id hint error>
            <input name=format!("form[{name}]") inputmode="numeric" value=value.to_string() />
        </Field>
    }
}
