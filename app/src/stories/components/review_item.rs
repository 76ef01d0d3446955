use super::Stars;
use crate::{
    stories::{
        api::DecideStory,
        domain::{Action, MESSAGE_MAX},
        views::{AuthorCard, ReviewItem},
    },
    t,
    ui::{Field, When},
};
use leptos::prelude::*;

/// A story under review: its full text and details, its author beside it, and a form with the decisions
/// open from its state.
#[component]
pub fn ReviewCard(item: ReviewItem, decide: ServerAction<DecideStory>) -> impl IntoView {
    let id = item.id;
    let heading = format!("review-{id}");
    let labelled = heading.clone();
    let message_id = format!("review-{id}-message");
    let affiliation = [item.job_title.as_str(), item.company.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let quote = (!item.quote.is_empty()).then(|| view! { <blockquote>{format!("“{}”", item.quote)}</blockquote> });
    let note = (!item.review_note.is_empty())
        .then(|| view! { <p class="note">{t!("stories-last-message", message = item.review_note.clone())}</p> });
    let buttons = item
        .moves
        .iter()
        .map(|a| {
            let secondary = matches!(a, Action::Reject | Action::Archive | Action::Unfeature | Action::RequestChanges);
            view! {
                <button type="submit" class="button small" class:secondary=secondary name="action" value=a.as_str()>
                    {label(*a)}
                </button>
                " "
            }
        })
        .collect_view();
    view! {
        <article class="review-item" aria-labelledby=labelled>
            <div class="review-story">
                <h2 id=heading>{item.title.clone()}</h2>
                <p class="meta">
                    <span class=format!("status status-{}", item.status.as_str())>{item.status.label()}</span>
                    {item.featured.then(|| format!(" · {}", t!("stories-featured")))}
                    " · " <Stars rating=item.rating /> " · " <span class="tag">{item.product.clone()}</span>
                    " · " {item.consent.label()}
                    {item.submitted_at.map(|at| view! { " · " {t!("stories-submitted-at")} " " <When at /> })}
                </p>
                {(!affiliation.is_empty()).then(|| view! { <p class="meta">{affiliation.clone()}</p> })}
                {quote}
                <div class="post-body" inner_html=item.body_html.clone()></div>
                {note}
                {(!item.moves.is_empty()).then(|| view! {
                    <ActionForm action=decide attr:class="stacked-form decision-form">
                        <input type="hidden" name="id" value=id />
                        <Field label=t!("stories-message-label") id=message_id>
                            <textarea name="message" rows="3" maxlength=MESSAGE_MAX></textarea>
                        </Field>
                        <div class="actions">{buttons}</div>
                    </ActionForm>
                })}
            </div>
            <Author author=item.author />
        </article>
    }
}

/// A moderator's move, as its button says it.
fn label(a: Action) -> String {
    match a {
        Action::Approve => t!("stories-approve"),
        Action::RequestChanges => t!("stories-request-changes"),
        Action::Reject => t!("stories-reject"),
        Action::Feature => t!("stories-feature"),
        Action::Unfeature => t!("stories-unfeature"),
        Action::Archive => t!("stories-archive"),
        other => other.past_tense(),
    }
}

#[component]
fn Author(author: AuthorCard) -> impl IntoView {
    view! {
        <aside class="author-card" aria-label=t!("stories-about-author", name = author.name.clone())>
            <h3><a href=format!("/u/{}", author.handle)>{author.name.clone()}</a></h3>
            <dl>
                <dt>{t!("stories-author-level")}</dt><dd>{author.level}</dd>
                <dt>{t!("stories-author-points")}</dt><dd>{author.lifetime_points}</dd>
                <dt>{t!("stories-author-since")}</dt><dd><When at=author.member_since /></dd>
                <dt>{t!("stories-author-posts")}</dt><dd>{author.posts}</dd>
                <dt>{t!("stories-author-approved")}</dt><dd>{author.stories_approved}</dd>
            </dl>
        </aside>
    }
}
