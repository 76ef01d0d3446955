use crate::common::answered::server_action;
use crate::markdown::BodyField;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    forum::{
        api::{list_categories, CreateTopic},
        domain::{CategorySummary, TopicTitle, TITLE_MAX},
    },
    markdown::PostBody,
    t,
    ui::{field_error, form_error, last_error, server_field_error, Field, FormAlert, TextField},
};
use leptos::{either::Either, ev::SubmitEvent, form::FromFormData, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/forum/new`: start a topic (members only).
#[component]
pub fn NewTopicPage() -> impl IntoView {
    let action = server_action::<CreateTopic>();
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let categories = Resource::new(|| (), |_| list_categories());
    view! {
        <Title text=t!("forum-new-topic") />
        <RequireRole role=Role::Member>
            <NewTopicForm action categories />
        </RequireRole>
    }
}

#[component]
fn NewTopicForm(
    action: ServerAction<CreateTopic>,
    categories: Resource<Result<Vec<CategorySummary>, crate::error::AppError>>,
) -> impl IntoView {
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match categories.await {
                    Ok(list) if !list.is_empty() => Either::Left(view! { <TopicForm action list /> }),
                    Ok(_) => Either::Right(view! { <p class="empty">{t!("forum-no-open-categories")}</p> }.into_any()),
                    Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }.into_any()),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TopicForm(action: ServerAction<CreateTopic>, list: Vec<CategorySummary>) -> impl IntoView {
    let query = use_query_map();
    let chosen = query.read_untracked().get("c").unwrap_or_default();
    let server = last_error(action.value());
    let title_local = RwSignal::new(None::<String>);
    let body_local = RwSignal::new(None::<String>);
    let check_title = move |v: String| title_local.set(TopicTitle::parse(&v).err().map(|e| e.message));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(input) = CreateTopic::from_event(&ev) else {
            return;
        };
        check_title(input.title.clone());
        body_local.set(PostBody::parse(&input.body).err().map(|e| e.message));
        if title_local.get_untracked().is_none() && body_local.get_untracked().is_none() {
            action.dispatch(input);
        }
    };
    view! {
        <section class="panel" aria-labelledby="new-topic-title">
            <h1 id="new-topic-title">{t!("forum-start-topic")}</h1>
            <FormAlert error=form_error(server, &["title", "body", "category"]) />
            <form method="post" action=CreateTopic::url() on:submit=on_submit novalidate>
                <Field label=t!("forum-category") id="field-category" error=server_field_error(server, "category")>
                    <select name="category">
                        <option value="" selected=chosen.is_empty()>{t!("forum-choose-category")}</option>
                        {list.into_iter().map(|c| {
                            let selected = c.slug == chosen;
                            view! { <option value=c.slug selected=selected>{c.name}</option> }
                        }).collect_view()}
                    </select>
                </Field>
                <TextField
                    label=t!("forum-topic-title")
                    name="title"
                    maxlength=TITLE_MAX
                    hint=t!("forum-topic-title-hint", max = TITLE_MAX.to_string())
                    error=field_error(title_local, server, "title")
                    on_change=Callback::new(check_title)
                />
                <BodyField id="field-body" label=t!("forum-message") error=field_error(body_local, server, "body") rows=12 />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { t!("forum-posting") } else { t!("forum-post-topic") }}
                </button>
            </form>
        </section>
    }
}
