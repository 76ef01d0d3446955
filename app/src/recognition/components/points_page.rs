use crate::{
    accounts::{components::RequireRole, domain::Role},
    recognition::{
        api::{my_points, SetLeaderboardHidden},
        views::{LedgerEntry, PointsPage as Data},
    },
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
    let visibility = ServerAction::<SetLeaderboardHidden>::new();
    let data = Resource::new(move || (page(), visibility.version().get()), |(p, _)| my_points(p));
    view! {
        <Title text="Your points" />
        <RequireRole role=Role::Member>
            <h1>"Your points"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    view! {
        <section class="panel" aria-label="Standing">
            <StandingCard standing=d.standing />
            <ActionForm action=visibility attr:class="inline-form">
                <input type="hidden" name="hidden" value=(!hidden).to_string() />
                <span class="meta">{if hidden { "You are not listed on leaderboards. " } else { "You are listed on leaderboards. " }}</span>
                <button type="submit" class="button small secondary">{if hidden { "List me again" } else { "Hide me from leaderboards" }}</button>
            </ActionForm>
            <p><a href="/rewards">"Spend points on rewards"</a>" · "<a href="/leaderboard">"Leaderboard"</a>" · "<a href="/badges">"Badges"</a>" · "<a href="/earn">"Ways to earn"</a></p>
        </section>
        <section aria-labelledby="history-title">
            <h2 id="history-title">"History"</h2>
            {if d.entries.is_empty() {
                Either::Left(view! { <p class="empty">"No points yet. Start a topic, reply, or share your story to earn your first."</p> })
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
            <caption class="visually-hidden">"Points history, newest first"</caption>
            <thead><tr><th scope="col">"When"</th><th scope="col">"What"</th><th scope="col" class="num">"Points"</th></tr></thead>
            <tbody>
                {entries.into_iter().map(|e| {
                    let label = e.reason.label();
                    let what = match e.link {
                        Some(href) => Either::Left(view! { <a href=href>{label}</a> }),
                        None => Either::Right(label),
                    };
                    let note = (!e.note.is_empty()).then(|| view! { <span class="meta">" — "{e.note}</span> });
                    let reversed = e.reversed.then(|| view! { <span class="badge">"reversed"</span> });
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
