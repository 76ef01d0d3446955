use super::{reward_editor::RewardEditor, reward_picture::RewardPicture};
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    rewards::{
        api::{get_rewards_admin, AddRewardCodes, RemoveRewardPicture, SaveReward},
        domain::RewardKind,
        views::{RewardAdmin, RewardsAdmin},
    },
    t,
    ui::{last_error, Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/rewards`: the catalogue: create and edit rewards, load discount codes (admins only).
#[component]
pub fn RewardsAdminPage() -> impl IntoView {
    let save = server_action::<SaveReward>();
    let codes = server_action::<AddRewardCodes>();
    let unpicture = server_action::<RemoveRewardPicture>();
    let data = Resource::new(
        move || (save.version().get(), codes.version().get(), unpicture.version().get()),
        |_| get_rewards_admin(),
    );
    view! {
        <Title text=t!("rewards-admin-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("rewards-admin-title")}</h1>
            <p><a href="/admin/redemptions">{t!("rewards-admin-to-fulfil")}</a></p>
            <FormAlert error=last_error(save.value()) />
            <FormAlert error=last_error(codes.value()) />
            <FormAlert error=last_error(unpicture.value()) />
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(a) => Either::Left(view! { <Catalogue a save codes unpicture /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Catalogue(
    a: RewardsAdmin,
    save: ServerAction<SaveReward>,
    codes: ServerAction<AddRewardCodes>,
    unpicture: ServerAction<RemoveRewardPicture>,
) -> impl IntoView {
    let levels = a.levels.clone();
    let groups = a.groups.clone();
    let list = if a.rewards.is_empty() {
        Either::Left(view! { <p class="empty">{t!("rewards-admin-empty")}</p> })
    } else {
        Either::Right(
            a.rewards
                .into_iter()
                .map(|r| {
                    let (levels, groups) = (levels.clone(), groups.clone());
                    view! { <Existing r levels groups save codes unpicture /> }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="panel" aria-labelledby="rewards-list">
            <h2 id="rewards-list">{t!("rewards-title")}</h2>
            {list}
        </section>
        <section class="panel" aria-labelledby="new-reward">
            <h2 id="new-reward">{t!("rewards-admin-new")}</h2>
            <RewardEditor current=None levels=a.levels groups=a.groups save />
        </section>
    }
}

#[component]
fn Existing(
    r: RewardAdmin,
    levels: Vec<crate::recognition::domain::Level>,
    groups: Vec<crate::groups::domain::GroupChoice>,
    save: ServerAction<SaveReward>,
    codes: ServerAction<AddRewardCodes>,
    unpicture: ServerAction<RemoveRewardPicture>,
) -> impl IntoView {
    let picture = view! { <RewardPicture r=r.clone() remove=unpicture /> };
    let anchor = format!("reward-{}", r.id);
    let stock = r.stock.map_or_else(|| t!("rewards-admin-unlimited"), |s| t!("rewards-admin-in-stock", count = s));
    let redeemed = t!("rewards-admin-redeemed", count = r.redeemed_count);
    let state = if r.active { String::new() } else { format!(" · {}", t!("rewards-admin-inactive")) };
    let cost = t!("points-amount", points = r.cost);
    let summary = format!("{} · {cost} · {stock} · {redeemed}{state}", r.title);
    let code_form = (r.kind == RewardKind::DiscountCode).then(|| {
        let id = format!("codes-{}", r.id);
        view! {
            <ActionForm action=codes attr:class="stacked-form">
                <input type="hidden" name="reward_id" value=r.id />
                <Field label=t!("rewards-admin-codes", count = r.codes_free) id>
                    <textarea name="codes" rows="4"></textarea>
                </Field>
                <button type="submit" class="button small">{t!("rewards-admin-add-codes")}</button>
            </ActionForm>
        }
    });
    view! {
        <details class="reward-editor" id=anchor>
            <summary>{summary}</summary>
            <RewardEditor current=Some(r) levels groups save />
            {picture}
            {code_form}
        </details>
    }
}
