use crate::error::AppError;
use crate::referrals::{
    api::SaveReferralSettings,
    domain::{QualifyOn, Settings, HOLD_DAYS_MAX},
};
use crate::{t, ui::Field};
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
    let saved = move || matches!(save.value().get(), Some(Ok(_))).then(|| t!("referrals-rules-saved"));
    let options = QualifyOn::ALL
        .into_iter()
        .map(|q| view! { <option value=q.as_str() selected=q == settings.qualify_on>{q.choice()}</option> })
        .collect_view();
    let chosen = settings.friend_reward_id;
    let gifts = rewards
        .into_iter()
        .map(|(id, title)| view! { <option value=id.to_string() selected=chosen == Some(id)>{title}</option> })
        .collect_view();
    let gift_hint = match codes_left {
        Some(0) => t!("referrals-gift-no-codes"),
        Some(n) => t!("referrals-gift-codes-left", count = n),
        None => t!("referrals-gift-hint"),
    };
    view! {
        <ActionForm action=save attr:class="stacked-form" attr:aria-labelledby="referral-rules">
            <h2 id="referral-rules">{t!("referrals-rules-title")}</h2>
            <Field label=t!("referrals-field-qualify") id="referral-qualify" error=error("qualify_on")>
                <select name="form[qualify_on]">{options}</select>
            </Field>
            <div class="field-row">
                <NumberField id="referral-hold" name="hold_days" label=t!("referrals-field-hold")
                    value=settings.hold_days hint=t!("referrals-field-hold-hint", max = HOLD_DAYS_MAX)
                    error=error("hold_days") />
                <NumberField id="referral-cap" name="daily_cap" label=t!("referrals-field-daily-cap")
                    value=settings.daily_cap hint=t!("referrals-field-daily-cap-hint") error=error("daily_cap") />
                <NumberField id="referral-burst" name="ip_burst" label=t!("referrals-field-ip-burst")
                    value=settings.ip_burst hint=t!("referrals-field-ip-burst-hint")
                    error=error("ip_burst") />
            </div>
            <Field label=t!("referrals-field-landing") id="referral-landing" error=error("landing_url")
                hint=t!("referrals-field-landing-hint")>
                <input name="form[landing_url]" type="url" inputmode="url" value=settings.landing.url.clone()
                    placeholder="https://shop.example.com/welcome" />
            </Field>
            <div class="field-row">
                <Field label=t!("referrals-field-param") id="referral-param" error=error("landing_param")
                    hint=t!("referrals-field-param-hint")>
                    <input name="form[landing_param]" value=settings.landing.param.clone() />
                </Field>
                <Field label=t!("referrals-field-currency") id="referral-currency" error=error("currency")
                    hint=t!("referrals-field-currency-hint")>
                    <input name="form[currency]" value=settings.currency.clone() maxlength="3" />
                </Field>
            </div>
            <Field label=t!("referrals-field-gift") id="referral-gift" error=error("friend_reward") hint=gift_hint>
                <select name="form[friend_reward]">
                    <option value="" selected=settings.friend_reward_id.is_none()>{t!("referrals-no-gift")}</option>
                    {gifts}
                </select>
            </Field>
            <p class="hint">
                {t!("referrals-rules-points-before")}" "<a href="/admin/points">{t!("referrals-rules-points-link")}</a>
                {t!("referrals-rules-points-after")}
            </p>
            <button type="submit" class="button">{t!("referrals-rules-save")}</button>
            <p class="status" role="status">{saved}</p>
        </ActionForm>
    }
}

/// One whole-number setting with its hint and its error.
#[component]
fn NumberField(
    id: &'static str,
    name: &'static str,
    label: String,
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
