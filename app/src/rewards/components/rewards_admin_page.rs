use super::{reward_editor::RewardEditor, reward_picture::RewardPicture};
use crate::{
    accounts::{components::RequireRole, domain::Role},
    rewards::{
        api::{get_rewards_admin, AddRewardCodes, RemoveRewardPicture, SaveReward},
        domain::RewardKind,
        views::{RewardAdmin, RewardsAdmin},
    },
    ui::{last_error, Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/rewards`: the catalogue: create and edit rewards, load discount codes (admins only).
#[component]
pub fn RewardsAdminPage() -> impl IntoView {
    let save = ServerAction::<SaveReward>::new();
    let codes = ServerAction::<AddRewardCodes>::new();
    let unpicture = ServerAction::<RemoveRewardPicture>::new();
    let data = Resource::new(
        move || (save.version().get(), codes.version().get(), unpicture.version().get()),
        |_| get_rewards_admin(),
    );
    view! {
        <Title text="Rewards catalogue" />
        <RequireRole role=Role::Admin>
            <h1>"Rewards catalogue"</h1>
            <p><a href="/admin/redemptions">"Redemptions to fulfil"</a></p>
            <FormAlert error=last_error(save.value()) />
            <FormAlert error=last_error(codes.value()) />
            <FormAlert error=last_error(unpicture.value()) />
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        Either::Left(view! { <p class="empty">"No rewards yet: create the first below."</p> })
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
            <h2 id="rewards-list">"Rewards"</h2>
            {list}
        </section>
        <section class="panel" aria-labelledby="new-reward">
            <h2 id="new-reward">"New reward"</h2>
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
    let stock = r.stock.map_or("unlimited".to_string(), |s| format!("{s} in stock"));
    let state = if r.active { "" } else { " · inactive" };
    let summary = format!("{} · {} points · {stock} · {} redeemed{state}", r.title, r.cost, r.redeemed_count);
    let code_form = (r.kind == RewardKind::DiscountCode).then(|| {
        let id = format!("codes-{}", r.id);
        view! {
            <ActionForm action=codes attr:class="stacked-form">
                <input type="hidden" name="reward_id" value=r.id />
                <Field label=format!("Add codes, one per line ({} unused)", r.codes_free) id>
                    <textarea name="codes" rows="4"></textarea>
                </Field>
                <button type="submit" class="button small">"Add codes"</button>
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
