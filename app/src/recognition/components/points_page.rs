use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    recognition::{
        api::{my_points, SetLeaderboardHidden},
        views::{LedgerEntry, PointsPage as Data},
    },
    t,
    ui::{Pager, StandingCard, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/me/points`: your balance, lifetime points and level, and every change to them with its reason.
#[component]
pub fn PointsPage() -> impl IntoView {
    let query = use_query_map();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let visibility = server_action::<SetLeaderboardHidden>();
    let data = Resource::new(move || (page(), visibility.version().get()), |(p, _)| my_points(p));
    view! {
        <Title text=t!("recognition-points-title") />
        <RequireRole role=Role::Member>
            <h1>{t!("recognition-points-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => Either::Left(view! { <Points d visibility /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Points(d: Data, visibility: ServerAction<SetLeaderboardHidden>) -> impl IntoView {
    let hidden = d.leaderboard_hidden;
    let (listed, toggle) = if hidden {
        (t!("recognition-not-listed"), t!("recognition-list-me"))
    } else {
        (t!("recognition-listed"), t!("recognition-hide-me"))
    };
    view! {
        <section class="panel" aria-label=t!("recognition-standing")>
            <StandingCard standing=d.standing />
            <ActionForm action=visibility attr:class="inline-form">
                <input type="hidden" name="hidden" value=(!hidden).to_string() />
                <span class="meta">{format!("{listed} ")}</span>
                <button type="submit" class="button small secondary">{toggle}</button>
            </ActionForm>
            <p>
                <a href="/rewards">{t!("recognition-spend-points")}</a>" · "<a href="/leaderboard">{t!("recognition-leaderboard")}</a>" · "
                <a href="/badges">{t!("recognition-badges")}</a>" · "<a href="/earn">{t!("recognition-ways-to-earn")}</a>
            </p>
        </section>
        <section aria-labelledby="history-title">
            <h2 id="history-title">{t!("recognition-history")}</h2>
            {if d.entries.is_empty() {
                Either::Left(view! { <p class="empty">{t!("recognition-history-empty")}</p> })
            } else {
                Either::Right(view! { <History entries=d.entries /> })
            }}
            <Pager base="/me/points".to_string() page=d.page last=d.last_page />
        </section>
    }
}

#[component]
fn History(entries: Vec<LedgerEntry>) -> impl IntoView {
    view! {
        <table class="ledger">
            <caption class="visually-hidden">{t!("recognition-history-caption")}</caption>
            <thead><tr>
                <th scope="col">{t!("recognition-col-when")}</th><th scope="col">{t!("recognition-col-what")}</th>
                <th scope="col" class="num">{t!("recognition-points")}</th>
            </tr></thead>
            <tbody>
                {entries.into_iter().map(|e| {
                    let label = e.reason.label();
                    let what = match e.link {
                        Some(href) => Either::Left(view! { <a href=href>{label}</a> }),
                        None => Either::Right(label),
                    };
                    let note = (!e.note.is_empty()).then(|| view! { <span class="meta">" — "{e.note}</span> });
                    let reversed = e.reversed.then(|| view! { <span class="badge">{t!("recognition-reversed")}</span> });
                    view! {
                        <tr>
                            <td><When at=e.created_at /></td>
                            <td>{what}{note}" "{reversed}</td>
                            <td class=if e.amount < 0 { "num loss" } else { "num gain" }>{format!("{:+}", e.amount)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
