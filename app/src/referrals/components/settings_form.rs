use crate::error::AppError;
use crate::referrals::{
    api::SaveReferralSettings,
    domain::{QualifyOn, Settings, HOLD_DAYS_MAX},
};
use crate::ui::Field;
use leptos::prelude::*;

/// The programme's referral rules: when a referral qualifies, the hold, the fraud limits, where a link
/// lands, the currency of conversions, and the friend's gift (a discount-code reward, or none).
#[component]
pub fn SettingsForm(
    settings: Settings,
    /// Discount-code rewards (id, title) the friend's gift may come from.
    rewards: Vec<(i64, String)>,
    /// Codes left for friends, when a reward is chosen.
    codes_left: Option<i64>,
    save: ServerAction<SaveReferralSettings>,
) -> impl IntoView {
    let error = move |name: &'static str| Signal::derive(move || AppError::for_field(save.value().get(), name));
    let saved = move || matches!(save.value().get(), Some(Ok(_))).then_some("Referral rules saved.");
    let options = QualifyOn::ALL
        .into_iter()
        .map(|q| view! { <option value=q.as_str() selected=q == settings.qualify_on>{format!("Reward the referrer {}", q.label())}</option> })
        .collect_view();
    let chosen = settings.friend_reward_id;
    let gifts = rewards
        .into_iter()
        .map(|(id, title)| view! { <option value=id.to_string() selected=chosen == Some(id)>{title}</option> })
        .collect_view();
    let gift_hint = match codes_left {
        Some(0) => "No code is left in the chosen reward's pool: friends get none until you add codes.".to_string(),
        Some(n) => format!("{n} codes left. A friend gets one when they confirm their address, by email and on their referral page."),
        None => "A code from a discount-code reward's pool, emailed to a referred friend when they confirm their address. Keep a reward for this (it can be inactive, so members do not spend points on it).".to_string(),
    };
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
            <Field label="Referral links land on" id="referral-landing" error=error("landing_url")
                hint="Empty: the community's sign-up page. Or a page of your site (https://…), which gets the code as a query parameter to apply at checkout.">
                <input name="form[landing_url]" type="url" inputmode="url" value=settings.landing.url.clone()
                    placeholder="https://shop.example.com/welcome" />
            </Field>
            <div class="field-row">
                <Field label="Code parameter name" id="referral-param" error=error("landing_param")
                    hint="The landing page receives ?ref=<code> by default.">
                    <input name="form[landing_param]" value=settings.landing.param.clone() />
                </Field>
                <Field label="Currency of reported orders" id="referral-currency" error=error("currency")
                    hint="Three letters (USD, EUR, GBP): revenue from referrals is counted in it.">
                    <input name="form[currency]" value=settings.currency.clone() maxlength="3" />
                </Field>
            </div>
            <Field label="The referred friend's gift" id="referral-gift" error=error("friend_reward") hint=gift_hint>
                <select name="form[friend_reward]">
                    <option value="" selected=settings.friend_reward_id.is_none()>"No gift (one-sided referrals)"</option>
                    {gifts}
                </select>
            </Field>
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
