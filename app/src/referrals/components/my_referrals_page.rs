use crate::{
    accounts::{components::RequireRole, domain::Role},
    referrals::{api::get_my_referrals, views::MyReferrals},
    t,
    ui::{ShareLinks, When},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/me/referrals`: the member's personal link with copy and share buttons, how the programme rewards a
/// referral, and everyone they referred with where each stands.
#[component]
pub fn MyReferralsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| get_my_referrals());
    view! {
        <Title text=t!("referrals-invite-title") />
        <RequireRole role=Role::Member>
            <h1>{t!("referrals-invite-title")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => Either::Left(view! { <Referrals r /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Referrals(r: MyReferrals) -> impl IntoView {
    let mut how = t!("referrals-how", points = r.reward, when = r.qualify_on.label());
    if r.reward == 0 {
        how = t!("referrals-how-off");
    }
    if r.hold_days > 0 && r.reward > 0 {
        how = format!("{how} {}", t!("referrals-how-hold", days = r.hold_days));
    }
    let welcome = (r.welcome > 0).then(|| t!("referrals-welcome-bonus", points = r.welcome));
    let stats = [
        (t!("referrals-stat-clicks"), r.clicks.to_string()),
        (t!("referrals-stat-signed-up"), r.signed_up.to_string()),
        (t!("referrals-stat-customers"), r.customers.to_string()),
        (t!("referrals-stat-qualified"), r.qualified.to_string()),
        (t!("referrals-stat-points"), r.points.to_string()),
    ]
    .into_iter()
    .map(|(label, value)| view! { <div class="stat"><dt>{label}</dt><dd>{value}</dd></div> })
    .collect_view();
    let people = if r.people.is_empty() {
        Either::Left(view! { <p class="empty">{t!("referrals-people-empty")}</p> })
    } else {
        Either::Right(view! {
            <table class="data">
                <caption class="visually-hidden">{t!("referrals-people")}</caption>
                <thead><tr>
                    <th scope="col">{t!("referrals-col-friend")}</th><th scope="col">{t!("referrals-col-referred")}</th>
                    <th scope="col">{t!("referrals-col-customer")}</th><th scope="col">{t!("referrals-col-status")}</th>
                </tr></thead>
                <tbody>
                    {r.people.into_iter().map(|p| {
                        let name = match p.handle {
                            Some(h) => Either::Left(view! { <a href=format!("/u/{h}")>{p.name}</a> }),
                            None => Either::Right(p.name),
                        };
                        let due = p.due_at.filter(|_| p.status == crate::referrals::domain::Status::Qualified)
                            .map(|at| view! { " · " {t!("referrals-points-on")} " " <When at /> });
                        view! {
                            <tr>
                                <td>{name}</td>
                                <td><When at=p.joined_at /></td>
                                <td>{match p.converted_at {
                                    Some(at) => Either::Left(view! { {t!("referrals-became-customer-on")} " " <When at /> }),
                                    None => Either::Right(t!("referrals-not-yet")),
                                }}</td>
                                <td><span class=format!("status status-{}", p.status.as_str())>{p.status.label()}</span>{due}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    let gift = r.gift.map(|g| {
        view! {
            <section class="alert ok" aria-labelledby="gift-title">
                <h2 id="gift-title">{t!("referrals-gift-title")}</h2>
                <p>{format!("{} ", t!("referrals-gift-received", reward = g.title))}<strong class="code">{g.code}</strong></p>
            </section>
        }
    });
    view! {
        {gift}
        <p class="lead">{how} " " {welcome}</p>
        <ShareLinks url=r.link title=t!("referrals-share-title") heading=t!("referrals-your-link") />
        <dl class="stats" aria-label=t!("referrals-stats")>{stats}</dl>
        <h2>{t!("referrals-people")}</h2>
        {people}
    }
}
