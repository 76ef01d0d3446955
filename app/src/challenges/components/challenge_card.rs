use crate::{
    challenges::{
        api::CompleteChallenge,
        domain::{CompletionStatus, Mode, ANSWER_MAX, EVIDENCE_MAX},
        views::ChallengeCard,
    },
    t,
    ui::{Field, When},
};
use leptos::{either::EitherOf4, prelude::*, server_fn::ServerFn};

/// One challenge: what it asks, its points, places and end, where the member stands, and the way to complete it.
#[component]
pub fn ChallengeCardView(
    card: ChallengeCard,
    complete: ServerAction<CompleteChallenge>,
    last: RwSignal<Option<i64>>,
) -> impl IntoView {
    let id = card.id;
    let error = Signal::derive(move || {
        (last.get() == Some(id)).then(|| complete.value().get().and_then(|r| r.err()).map(|e| e.to_string())).flatten()
    });
    let heading = format!("challenge-{id}");
    let labelled = heading.clone();
    let field = format!("challenge-{id}-input");
    let status = card.mine.map(|s| {
        let note = (!card.note.is_empty()).then(|| format!(" — {}", card.note));
        view! { <p class=format!("status status-{}", s.as_str())>{s.label()}{note}</p> }
    });
    let action = match (card.closed.clone(), card.mode) {
        (Some(reason), _) => EitherOf4::A(view! { <p class="meta">{reason}</p> }),
        (None, Mode::Review) => EitherOf4::B(view! {
            <ActionForm action=complete attr:class="stacked-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="mode" value="review" />
                <Field label=t!("challenges-evidence-label") id=field.clone() error>
                    <textarea name="input" rows="3" maxlength=EVIDENCE_MAX required></textarea>
                </Field>
                <button type="submit" class="button small" on:click=move |_| last.set(Some(id))>{t!("challenges-submit-review")}</button>
            </ActionForm>
        }),
        (None, Mode::Answer) => EitherOf4::C(view! {
            <ActionForm action=complete attr:class="stacked-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="mode" value="answer" />
                <Field label=t!("challenges-your-answer") id=field.clone() error>
                    <input name="input" maxlength=ANSWER_MAX required />
                </Field>
                <button type="submit" class="button small" on:click=move |_| last.set(Some(id))>{t!("challenges-answer")}</button>
            </ActionForm>
        }),
        // A plain form: the answer is a redirect to another site, which the browser follows itself.
        (None, Mode::Link) => EitherOf4::D(view! {
            <form method="post" action=CompleteChallenge::url() class="inline-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="mode" value="link" />
                <input type="hidden" name="input" value="" />
                <button type="submit" class="button small">{t!("challenges-open-link")}</button>
            </form>
        }),
    };
    let done = card.mine == Some(CompletionStatus::Approved);
    view! {
        <article class="challenge" class:done=done aria-labelledby=labelled>
            <h2 id=heading>{card.title.clone()}</h2>
            <p class="meta">
                <span class="badge">{t!("points-amount", points = card.points)}</span>
                {card.places_left.map(|n| format!(" · {}", t!("challenges-places-left", count = n)))}
                {card.ends_at.map(|at| view! { " · " {t!("challenges-ends")} " " <When at /> })}
            </p>
            <p>{card.description.clone()}</p>
            {status}
            {action}
        </article>
    }
}
