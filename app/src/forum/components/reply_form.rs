use super::topic_actions::use_topic_actions;
use crate::markdown::BodyField;
use crate::{
    forum::{
        api::{quote_post, ReplyToTopic},
        domain::{TopicHeader, TopicRights},
    },
    markdown::PostBody,
    t,
    ui::{field_error, form_error, last_error, FormAlert},
};
use leptos::{either::EitherOf3, ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// The reply box under a topic, or why there is none (locked, or not signed in).
#[component]
pub fn ReplyForm(topic: TopicHeader, rights: TopicRights) -> impl IntoView {
    if !rights.signed_in {
        let next = format!("/forum/t/{}/{}", topic.id, topic.slug);
        return EitherOf3::A(view! {
            <p class="notice" id="reply">
                <a href=format!("/sign-in?next={next}")>{t!("forum-reply-sign-in")}</a>{t!("forum-reply-sign-in-after")}
            </p>
        });
    }
    if !rights.can_reply {
        return EitherOf3::B(view! { <p class="notice" id="reply" role="status">{t!("forum-topic-locked")}</p> });
    }
    EitherOf3::C(view! { <ReplyBox topic_id=topic.id /> })
}

#[component]
fn ReplyBox(topic_id: i64) -> impl IntoView {
    let action = use_topic_actions().reply;
    let server = last_error(action.value());
    let local = RwSignal::new(None::<String>);
    let quote = expect_context::<QuoteDraft>().0;
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = ReplyToTopic::from_event(&ev) else {
            return;
        };
        local.set(PostBody::parse(&input.body).err().map(|e| e.message));
        if local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };
    view! {
        <section class="panel reply" id="reply" aria-labelledby="reply-title">
            <h2 id="reply-title">{t!("forum-your-reply")}</h2>
            <FormAlert error=form_error(server, &["body"]) />
            <form method="post" action=ReplyToTopic::url() on:submit=on_submit novalidate>
                <input type="hidden" name="topic_id" value=topic_id />
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let value = quote.await;
                        view! {
                            <BodyField id="reply-body" label=t!("forum-reply") value=value error=field_error(local, server, "body") />
                        }
                    })}
                </Suspense>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { t!("forum-posting") } else { t!("forum-post-reply") }}
                </button>
            </form>
        </section>
    }
}

/// The reply box's starting text when a post is quoted (`?quote=<post id>`). Created by the topic page,
/// outside its Suspense: a resource created inside a Suspense can stall the server render
/// (leptos-rs/leptos#4866).
#[derive(Clone, Copy)]
pub struct QuoteDraft(Resource<String>);

impl QuoteDraft {
    pub fn provide() {
        let query = use_query_map();
        let quote_id = move || query.read().get("quote").and_then(|q| q.parse::<i64>().ok());
        let quote = Resource::new(quote_id, |id| async move {
            match id {
                Some(id) => quote_post(id).await.unwrap_or_default(),
                None => String::new(),
            }
        });
        provide_context(QuoteDraft(quote));
    }
}
