use crate::referrals::{
    api::SaveReferralSettings,
    domain::{QualifyOn, Settings, HOLD_DAYS_MAX},
};
use leptos::prelude::*;

/// The programme's referral rules: when a referral qualifies, the hold, and the fraud limits.
#[component]
pub fn SettingsForm(settings: Settings, save: ServerAction<SaveReferralSettings>) -> impl IntoView {
    let error = move |name: &'static str| {
        move || save.value().get().and_then(|r| r.err()).filter(|e| e.field() == Some(name)).map(|e| e.to_string())
    };
    let saved = move || matches!(save.value().get(), Some(Ok(_))).then_some("Referral rules saved.");
    let options = QualifyOn::ALL
        .into_iter()
        .map(|q| view! { <option value=q.as_str() selected=q == settings.qualify_on>{format!("Reward the referrer {}", q.label())}</option> })
        .collect_view();
    view! {
        <ActionForm action=save attr:class="stacked-form" attr:aria-labelledby="referral-rules">
            <h2 id="referral-rules">"Referral rules"</h2>
            <div class="field">
                <label for="referral-qualify">"A referral qualifies"</label>
                <select id="referral-qualify" name="form[qualify_on]">{options}</select>
                <p class="error" role="alert">{error("qualify_on")}</p>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="referral-hold">"Hold before paying (days)"</label>
                    <input id="referral-hold" name="form[hold_days]" inputmode="numeric" value=settings.hold_days.to_string() aria-describedby="referral-hold-hint" />
                    <p class="hint" id="referral-hold-hint">{format!("0 to {HOLD_DAYS_MAX}. Time to spot a fake account before the points are paid.")}</p>
                    <p class="error" role="alert">{error("hold_days")}</p>
                </div>
                <div class="field">
                    <label for="referral-cap">"Rewarded referrals per referrer per day"</label>
                    <input id="referral-cap" name="form[daily_cap]" inputmode="numeric" value=settings.daily_cap.to_string() aria-describedby="referral-cap-hint" />
                    <p class="hint" id="referral-cap-hint">"More wait for the next day."</p>
                    <p class="error" role="alert">{error("daily_cap")}</p>
                </div>
                <div class="field">
                    <label for="referral-burst">"Hold from this many sign-ups per address per hour"</label>
                    <input id="referral-burst" name="form[ip_burst]" inputmode="numeric" value=settings.ip_burst.to_string() aria-describedby="referral-burst-hint" />
                    <p class="hint" id="referral-burst-hint">"Held for review, never refused: offices and campuses share addresses."</p>
                    <p class="error" role="alert">{error("ip_burst")}</p>
                </div>
            </div>
            <p class="hint">"The referrer's reward and the newcomer's welcome bonus are the "<a href="/admin/points">"Referral and Welcome point rules"</a>"."</p>
            <button type="submit" class="button">"Save referral rules"</button>
            <p class="status" role="status">{saved}</p>
        </ActionForm>
    }
}
