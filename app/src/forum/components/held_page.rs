use crate::common::answered::server_action;
use crate::ui::When;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    forum::{
        api::{get_held_queue, DecideHeldPost},
        domain::REASON_MAX,
        views::{HeldPost, HeldQueue},
    },
    t,
    ui::{Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/mod/held`: a new member's first posts waiting for approval, oldest first (moderators). Approving shows
/// the post (and the topic it opens) and only then notifies and pays; rejecting keeps it hidden with a reason
/// its author reads. Plain forms: they work without JavaScript.
#[component]
pub fn HeldPage() -> impl IntoView {
    let decide = server_action::<DecideHeldPost>();
    // Outside the guard's Suspense (leptos-rs/leptos#4866).
    let queue = Resource::new(move || decide.version().get(), |_| get_held_queue());
    let error = Signal::derive(move || decide.value().get().and_then(|r| r.err()));
    view! {
        <Title text=t!("forum-held-title") />
        <RequireRole role=Role::Moderator>
            <h1>{t!("forum-held-title")}</h1>
            <p>
                {t!("forum-held-intro-before")}<a href="/admin/registration">{t!("forum-held-intro-link")}</a>
                {t!("forum-held-intro-after")}
            </p>
            <FormAlert error />
            <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-queue")}</p> }>
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
        return Either::Left(view! { <p class="empty" role="status">{t!("forum-held-empty")}</p> });
    }
    let shown = q.posts.len();
    let summary = match q.total {
        n if n as usize > shown => t!("forum-held-waiting-some", count = n, shown = shown as i64),
        n => t!("forum-held-waiting", count = n),
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
    let what = if item.number == 1 { t!("forum-new-topic") } else { t!("forum-reply") };
    let reason_id = format!("reject-reason-{}", item.post_id);
    view! {
        <section class="panel flag-card" aria-labelledby=labelled_by>
            <h2 id=heading><a href=href>{t!("forum-held-post", what = what, topic = item.topic_title.clone(), number = item.number.to_string())}</a></h2>
            <p class="meta">
                {t!("forum-held-by")}" "<a href=format!("/mod/members/{}", item.author_id)>{item.author_name.clone()}</a>
                {format!(" (@{}), ", item.author_handle)} <When at=item.held_at />
            </p>
            <div class="post-body held-post" inner_html=item.body_html.clone()></div>
            <div class="flag-actions">
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="post_id" value=item.post_id />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" class="button small">{t!("ui-approve")}</button>
                </ActionForm>
                <details class="post-tool">
                    <summary>{t!("ui-reject")}</summary>
                    <ActionForm action=decide>
                        <input type="hidden" name="post_id" value=item.post_id />
                        <input type="hidden" name="decision" value="reject" />
                        <Field label=t!("forum-held-why") id=reason_id>
                            <input name="reason" type="text" maxlength=REASON_MAX required />
                        </Field>
                        <button type="submit" class="button small danger">{t!("forum-held-reject")}</button>
                    </ActionForm>
                </details>
            </div>
        </section>
    }
}
