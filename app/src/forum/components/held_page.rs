use crate::ui::When;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    forum::{
        api::{get_held_queue, DecideHeldPost},
        domain::REASON_MAX,
        views::{HeldPost, HeldQueue},
    },
    ui::{Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/mod/held`: a new member's first posts waiting for approval, oldest first (moderators). Approving shows
/// the post (and the topic it opens) and only then notifies and pays; rejecting keeps it hidden with a reason
/// its author reads. Plain forms: they work without JavaScript.
#[component]
pub fn HeldPage() -> impl IntoView {
    let decide = ServerAction::<DecideHeldPost>::new();
    // Outside the guard's Suspense (leptos-rs/leptos#4866).
    let queue = Resource::new(move || decide.version().get(), |_| get_held_queue());
    let error = Signal::derive(move || decide.value().get().and_then(|r| r.err()));
    view! {
        <Title text="Posts awaiting approval" />
        <RequireRole role=Role::Moderator>
            <h1>"Posts awaiting approval"</h1>
            <p>"New members' first posts wait here (the number is set under " <a href="/admin/registration">"Who may join"</a> "). Approve to publish, or reject with a reason the author sees. Every decision goes to the audit log."</p>
            <FormAlert error />
            <Suspense fallback=|| view! { <p class="loading">"Loading the queue…"</p> }>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(q) => Either::Left(view! { <Queue q decide /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Queue(q: HeldQueue, decide: ServerAction<DecideHeldPost>) -> impl IntoView {
    if q.posts.is_empty() {
        return Either::Left(view! { <p class="empty" role="status">"Nothing is waiting for approval."</p> });
    }
    let shown = q.posts.len();
    let summary = match q.total {
        1 => "1 post waiting.".to_string(),
        n if n as usize > shown => format!("{n} posts waiting; the oldest {shown} are shown."),
        n => format!("{n} posts waiting."),
    };
    Either::Right(view! {
        <p class="list-summary" role="status">{summary}</p>
        {q.posts.into_iter().map(|item| view! { <HeldCard item decide /> }).collect_view()}
    })
}

#[component]
fn HeldCard(item: HeldPost, decide: ServerAction<DecideHeldPost>) -> impl IntoView {
    let href = crate::common::links::post_href(item.topic_id, &item.topic_slug, item.number);
    let heading = format!("held-{}", item.post_id);
    let labelled_by = heading.clone();
    let what = if item.number == 1 { "New topic" } else { "Reply" };
    let reason_id = format!("reject-reason-{}", item.post_id);
    view! {
        <section class="panel flag-card" aria-labelledby=labelled_by>
            <h2 id=heading><a href=href>{format!("{what}: {} · post #{}", item.topic_title, item.number)}</a></h2>
            <p class="meta">
                "By " <a href=format!("/mod/members/{}", item.author_id)>{item.author_name.clone()}</a>
                {format!(" (@{}), ", item.author_handle)} <When at=item.held_at />
            </p>
            <div class="post-body held-post" inner_html=item.body_html.clone()></div>
            <div class="flag-actions">
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="post_id" value=item.post_id />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" class="button small">"Approve"</button>
                </ActionForm>
                <details class="post-tool">
                    <summary>"Reject"</summary>
                    <ActionForm action=decide>
                        <input type="hidden" name="post_id" value=item.post_id />
                        <input type="hidden" name="decision" value="reject" />
                        <Field label="Why (the author sees it)" id=reason_id>
                            <input name="reason" type="text" maxlength=REASON_MAX required />
                        </Field>
                        <button type="submit" class="button small danger">"Reject the post"</button>
                    </ActionForm>
                </details>
            </div>
        </section>
    }
}
