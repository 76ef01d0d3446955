use crate::recognition::{
    api::get_leaderboard,
    domain::Period,
    views::{LeaderRow, Leaderboard},
};
use crate::t;
use crate::ui::Avatar;
use crate::ui::{StatusTabs, Tab};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/leaderboard`: the top 50 by points earned this week, this month or all time, and your own place.
#[component]
pub fn LeaderboardPage() -> impl IntoView {
    let query = use_query_map();
    let period = move || query.read().get("period").unwrap_or_default();
    let data = Resource::new(period, get_leaderboard);
    view! {
        <Title text=t!("recognition-leaderboard") />
        <h1>{t!("recognition-leaderboard")}</h1>
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(board) => Either::Left(view! { <Board board /> }),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Board(board: Leaderboard) -> impl IntoView {
    let current = board.period;
    let tabs = Period::ALL
        .into_iter()
        .map(|p| Tab::new(p.label(), format!("/leaderboard?period={}", p.as_str()), p == current))
        .collect();
    let me_listed = board.me.as_ref().is_some_and(|me| board.rows.iter().any(|r| r.user_id == me.user_id));
    let own = match (&board.me, board.viewer_hidden) {
        (_, true) => Some(Either::Left(view! {
            <p class="meta">{t!("recognition-chose-not-listed")}" "<a href="/me/points">{t!("recognition-change-that")}</a></p>
        })),
        (Some(me), false) if !me_listed => Some(Either::Right(view! {
            <p class="own-rank">{t!("recognition-own-rank", rank = me.rank, points = me.points)}</p>
        })),
        _ => None,
    };
    let me_id = board.me.as_ref().map(|m| m.user_id);
    view! {
        <StatusTabs label=t!("recognition-period") tabs />
        {if board.rows.is_empty() {
            Either::Left(view! { <p class="empty">{t!("recognition-leaderboard-empty")}</p> })
        } else {
            Either::Right(view! { <Rows rows=board.rows me_id /> })
        }}
        {own}
    }
}

#[component]
fn Rows(rows: Vec<LeaderRow>, me_id: Option<i64>) -> impl IntoView {
    view! {
        <table class="leaderboard">
            <caption class="visually-hidden">{t!("recognition-leaderboard-caption")}</caption>
            <thead><tr>
                <th scope="col" class="num">{t!("recognition-col-rank")}</th><th scope="col">{t!("recognition-col-member")}</th>
                <th scope="col">{t!("recognition-col-level")}</th><th scope="col" class="num">{t!("recognition-points")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr class:me=Some(r.user_id) == me_id>
                        <td class="num">{r.rank}</td>
                        <td class="member-cell">
                            <Avatar name=r.name.clone() handle=r.handle.clone() avatar=r.avatar.clone() />
                            <a href=format!("/u/{}", r.handle)>{r.name}</a>" "<span class="meta">{format!("@{}", r.handle)}</span>
                        </td>
                        <td><span class="level">{r.level}</span></td>
                        <td class="num">{r.points}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
