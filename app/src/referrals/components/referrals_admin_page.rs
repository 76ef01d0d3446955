use super::{conversions_upload::ConversionsUpload, referral_row::ReferralRow, settings_form::SettingsForm};
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    referrals::{
        api::{get_referrals_admin, DecideReferral, SaveReferralSettings},
        views::{AdminReferrals, Tab},
    },
    t,
    ui::{self, last_error, FormAlert, TabbedQueue},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/referrals`: referrals held by a fraud control, to approve or reject; every flagged referral with
/// its reason; friends who became customers, with the CSV upload of orders; all referrals; and the
/// programme's referral rules.
#[component]
pub fn ReferralsAdminPage() -> impl IntoView {
    let query = use_query_map();
    let tab = move || query.read().get("tab").unwrap_or_else(|| "held".to_string());
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let decide = server_action::<DecideReferral>();
    let save = server_action::<SaveReferralSettings>();
    let data = Resource::new(
        move || (tab(), page(), decide.version().get(), save.version().get()),
        |(t, p, _, _)| get_referrals_admin(t, p),
    );
    view! {
        <Title text=t!("referrals-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("referrals-title")}</h1>
            <FormAlert error=last_error(decide.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(a) => Either::Left(view! { <Review a decide save /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Review(
    a: AdminReferrals,
    decide: ServerAction<DecideReferral>,
    save: ServerAction<SaveReferralSettings>,
) -> impl IntoView {
    let tabs = [
        (Tab::Held, t!("referrals-tab-held", count = a.held)),
        (Tab::Flagged, t!("referrals-tab-flagged")),
        (Tab::Customers, t!("referrals-tab-customers")),
        (Tab::All, t!("referrals-tab-all")),
    ]
    .into_iter()
    .map(|(key, label)| ui::Tab::new(label, format!("/admin/referrals?tab={}", key.as_str()), key == a.tab))
    .collect();
    let base = format!("/admin/referrals?tab={}", a.tab.as_str());
    let empty = match a.tab {
        Tab::Held => t!("referrals-queue-empty-held"),
        Tab::Flagged => t!("referrals-queue-empty-flagged"),
        Tab::Customers => t!("referrals-queue-empty-customers"),
        Tab::All => t!("referrals-queue-empty-all"),
    };
    view! {
        <TabbedQueue label=t!("referrals-queue-label") tabs is_empty=a.rows.is_empty() empty base page=a.page last=a.pages>
            <ol class="redemptions">
                {a.rows.into_iter().map(|r| view! { <li class="redemption"><ReferralRow r decide /></li> }).collect_view()}
            </ol>
        </TabbedQueue>
        {(a.tab == Tab::Customers).then(|| view! { <ConversionsUpload report=a.upload.clone() currency=a.settings.currency.clone() /> })}
        <SettingsForm settings=a.settings rewards=a.code_rewards codes_left=a.codes_left save />
    }
}
