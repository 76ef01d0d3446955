use crate::{
    accounts::{components::RequireRole, domain::Role},
    referrals::{api::get_my_referrals, views::MyReferrals},
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
        <Title text="Invite friends" />
        <RequireRole role=Role::Member>
            <h1>"Invite friends"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let mut how = format!(
        "You earn {} points when a friend you invited joins and qualifies ({}).",
        r.reward,
        r.qualify_on.label()
    );
    if r.reward == 0 {
        how = "Referral points are switched off at the moment, but your friends still join through your link.".into();
    }
    if r.hold_days > 0 && r.reward > 0 {
        how.push_str(&format!(" Points arrive {} days after they qualify.", r.hold_days));
    }
    let welcome = (r.welcome > 0).then(|| format!("Your friend gets a welcome bonus of {} points.", r.welcome));
    let stats = [
        ("Link visits", r.clicks.to_string()),
        ("Signed up", r.signed_up.to_string()),
        ("Became customers", r.customers.to_string()),
        ("Qualified", r.qualified.to_string()),
        ("Points earned", r.points.to_string()),
    ]
    .into_iter()
    .map(|(label, value)| view! { <div class="stat"><dt>{label}</dt><dd>{value}</dd></div> })
    .collect_view();
    let people = if r.people.is_empty() {
        Either::Left(
            view! { <p class="empty">"Nobody has joined through your link yet. Share it with a colleague who would like the community."</p> },
        )
    } else {
        Either::Right(view! {
            <table class="data">
                <caption class="visually-hidden">"People you referred"</caption>
                <thead><tr><th scope="col">"Friend"</th><th scope="col">"Referred"</th><th scope="col">"Customer"</th><th scope="col">"Status"</th></tr></thead>
                <tbody>
                    {r.people.into_iter().map(|p| {
                        let name = match p.handle {
                            Some(h) => Either::Left(view! { <a href=format!("/u/{h}")>{p.name}</a> }),
                            None => Either::Right(p.name),
                        };
                        let due = p.due_at.filter(|_| p.status == crate::referrals::domain::Status::Qualified)
                            .map(|at| view! { " · points on " <When at /> });
                        view! {
                            <tr>
                                <td>{name}</td>
                                <td><When at=p.joined_at /></td>
                                <td>{match p.converted_at {
                                    Some(at) => Either::Left(view! { "Became a customer " <When at /> }),
                                    None => Either::Right("Not yet"),
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
                <h2 id="gift-title">"Your welcome gift"</h2>
                <p>{format!("As a referred friend you received {}: ", g.title)}<strong class="code">{g.code}</strong></p>
            </section>
        }
    });
    view! {
        {gift}
        <p class="lead">{how} " " {welcome}</p>
        <ShareLinks url=r.link title="Join me in our customer community".to_string() heading="Your invitation link" />
        <dl class="stats" aria-label="Your referrals">{stats}</dl>
        <h2>"People you referred"</h2>
        {people}
    }
}
