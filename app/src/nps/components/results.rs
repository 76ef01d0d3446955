use super::{distribution_chart::DistributionChart, trend_chart::TrendChart};
use crate::{
    nps::{
        domain::{question_text, Group},
        views::{CommentView, NpsResults},
    },
    t,
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
    let part = move |g: Group, n: i64| t!("nps-part", count = n, percent = t.percent(g));
    view! {
        <section class="nps-results" aria-labelledby="nps-results-title">
            <h2 id="nps-results-title">{t!("nps-results-title", title = r.title)}</h2>
            <p class="meta">{t!("nps-results-meta", question = question_text(&r.question), phase = r.phase.label())}</p>
            <div class="nps-summary">
                <p class="nps-score">
                    <span>"Net Promoter Score"</span>
                    <strong aria-describedby="nps-score-note">{score}</strong>
                </p>
                <dl class="nps-parts">
                    <dt>{t!("nps-col-answers")}</dt><dd>{t.total()}</dd>
                    <dt>{Group::Promoter.label()}</dt><dd>{part(Group::Promoter, t.promoters)}</dd>
                    <dt>{Group::Passive.label()}</dt><dd>{part(Group::Passive, t.passives)}</dd>
                    <dt>{Group::Detractor.label()}</dt><dd>{part(Group::Detractor, t.detractors)}</dd>
                    <dt>{t!("nps-put-off")}</dt><dd>{r.dismissals}</dd>
                </dl>
            </div>
            <p id="nps-score-note" class="hint">{t!("nps-score-note")}</p>
            <p><a href=format!("/admin/nps/{id}/responses.csv") download>{t!("nps-export")}</a></p>
            <h3>{t!("nps-per-score")}</h3>
            <DistributionChart counts=r.distribution />
            <h3>{t!("nps-trend")}</h3>
            <TrendChart points=r.trend />
            <Comments id group=r.group items=r.comments page=r.page last=r.last_page />
        </section>
    }
}

#[component]
fn Comments(id: i64, group: Option<Group>, items: Vec<CommentView>, page: u32, last: u32) -> impl IntoView {
    let base = format!("/admin/nps?survey={id}");
    let tab = |key: Option<Group>, label: String| {
        let href = key.map_or_else(|| base.clone(), |g| format!("{base}&group={}", g.as_str()));
        Tab::new(label, href, key == group)
    };
    let tabs = vec![
        tab(None, t!("nps-tab-all")),
        tab(Some(Group::Promoter), t!("nps-promoters")),
        tab(Some(Group::Passive), t!("nps-passives")),
        tab(Some(Group::Detractor), t!("nps-detractors")),
    ];
    let tabs = view! { <StatusTabs label=t!("nps-comments-by-group") tabs /> };
    let pager_base = group.map_or_else(|| base.clone(), |g| format!("{base}&group={}", g.as_str()));
    let list = if items.is_empty() {
        Either::Left(view! { <p class="empty">{t!("nps-comments-empty")}</p> })
    } else {
        Either::Right(view! {
            <ol class="nps-comments">
                {items.into_iter().map(|c| {
                    let group = Group::of(c.score);
                    view! {
                        <li>
                            <p class="meta">
                                <span class=format!("nps-pill nps-{}", group.as_str())>{format!("{} · {}", c.score, group.name())}</span>
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
        <h3>{t!("nps-comments")}</h3>
        {tabs}
        {list}
        <Pager base=pager_base page last />
    }
}
