use super::{distribution_chart::DistributionChart, trend_chart::TrendChart};
use crate::{
    nps::{
        domain::Group,
        views::{CommentView, NpsResults},
    },
    ui::{Pager, StatusTabs, Tab, When},
};
use leptos::{either::Either, prelude::*};

/// One survey's results: the score and its parts, the answers per score, the monthly trend, the CSV export
/// and the reasons members gave, filtered by group.
#[component]
pub fn Results(r: NpsResults) -> impl IntoView {
    let id = r.survey_id;
    let t = r.tally;
    let score = r.score.map_or_else(|| "–".to_string(), |s| s.to_string());
    let part = move |g: Group, n: i64| format!("{n} ({}%)", t.percent(g));
    view! {
        <section class="nps-results" aria-labelledby="nps-results-title">
            <h2 id="nps-results-title">{format!("Results: {}", r.title)}</h2>
            <p class="meta">{format!("“{}” · {}", r.question, r.phase.label())}</p>
            <div class="nps-summary">
                <p class="nps-score">
                    <span>"Net Promoter Score"</span>
                    <strong aria-describedby="nps-score-note">{score}</strong>
                </p>
                <dl class="nps-parts">
                    <dt>"Answers"</dt><dd>{t.total()}</dd>
                    <dt>"Promoters (9–10)"</dt><dd>{part(Group::Promoter, t.promoters)}</dd>
                    <dt>"Passives (7–8)"</dt><dd>{part(Group::Passive, t.passives)}</dd>
                    <dt>"Detractors (0–6)"</dt><dd>{part(Group::Detractor, t.detractors)}</dd>
                    <dt>"Put off (“Not now”)"</dt><dd>{r.dismissals}</dd>
                </dl>
            </div>
            <p id="nps-score-note" class="hint">
                "The score is the share of promoters minus the share of detractors, from −100 to 100."
            </p>
            <p><a href=format!("/admin/nps/{id}/responses.csv") download>"Export answers as CSV"</a></p>
            <h3>"Answers per score"</h3>
            <DistributionChart counts=r.distribution />
            <h3>"Trend by month (UTC)"</h3>
            <TrendChart points=r.trend />
            <Comments id group=r.group items=r.comments page=r.page last=r.last_page />
        </section>
    }
}

#[component]
fn Comments(id: i64, group: Option<Group>, items: Vec<CommentView>, page: u32, last: u32) -> impl IntoView {
    let base = format!("/admin/nps?survey={id}");
    let tab = |key: Option<Group>, label: &'static str| {
        let href = key.map_or_else(|| base.clone(), |g| format!("{base}&group={}", g.as_str()));
        Tab::new(label, href, key == group)
    };
    let tabs = vec![
        tab(None, "All"),
        tab(Some(Group::Promoter), "Promoters"),
        tab(Some(Group::Passive), "Passives"),
        tab(Some(Group::Detractor), "Detractors"),
    ];
    let tabs = view! { <StatusTabs label="Comments by group" tabs /> };
    let pager_base = group.map_or_else(|| base.clone(), |g| format!("{base}&group={}", g.as_str()));
    let list = if items.is_empty() {
        Either::Left(view! { <p class="empty">"No comments here."</p> })
    } else {
        Either::Right(view! {
            <ol class="nps-comments">
                {items.into_iter().map(|c| {
                    let group = Group::of(c.score);
                    view! {
                        <li>
                            <p class="meta">
                                <span class=format!("nps-pill nps-{}", group.as_str())>{format!("{} · {}", c.score, group.as_str())}</span>
                                " · " <a href=format!("/u/{}", c.member_handle)>{c.member_name.clone()}</a>
                                " · " <When at=c.created_at />
                            </p>
                            <blockquote>{c.comment.clone()}</blockquote>
                        </li>
                    }
                }).collect_view()}
            </ol>
        })
    };
    view! {
        <h3>"Comments"</h3>
        {tabs}
        {list}
        <Pager base=pager_base page last />
    }
}
