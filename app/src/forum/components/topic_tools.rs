use super::topic_actions::use_topic_actions;
use crate::forum::domain::{TopicHeader, HIDDEN_TITLE, TITLE_MAX};
use crate::t;
use leptos::prelude::*;

/// The moderator's bar above a topic: pin, lock, move, rename (a title that breaks the rules is renamed;
/// "Hide title" puts a neutral one in its place).
#[component]
pub fn TopicTools(topic: TopicHeader, targets: Vec<(String, String)>) -> impl IntoView {
    let actions = use_topic_actions();
    let others: Vec<(String, String)> = targets.into_iter().filter(|(slug, _)| *slug != topic.category_slug).collect();
    let select_id = format!("move-{}", topic.id);
    let rename_id = format!("rename-{}", topic.id);
    view! {
        <section class="mod-tools" aria-label=t!("forum-moderation")>
            <ActionForm action=actions.pin attr:class="inline-form">
                <input type="hidden" name="topic_id" value=topic.id />
                <input type="hidden" name="pinned" value=(!topic.pinned).to_string() />
                <button type="submit" class="button small secondary">{if topic.pinned { t!("forum-unpin") } else { t!("forum-pin") }}</button>
            </ActionForm>
            <ActionForm action=actions.lock attr:class="inline-form">
                <input type="hidden" name="topic_id" value=topic.id />
                <input type="hidden" name="locked" value=(!topic.locked).to_string() />
                <button type="submit" class="button small secondary">{if topic.locked { t!("forum-unlock") } else { t!("forum-lock") }}</button>
            </ActionForm>
            {(!others.is_empty()).then(|| view! {
                <ActionForm action=actions.move_topic attr:class="inline-form move-form">
                    <input type="hidden" name="topic_id" value=topic.id />
                    <label for=select_id.clone()>{t!("forum-move-to")}</label>
                    <select id=select_id name="category">
                        {others.into_iter().map(|(slug, name)| view! { <option value=slug>{name}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="button small secondary">{t!("forum-move")}</button>
                </ActionForm>
            })}
            <ActionForm action=actions.rename attr:class="inline-form rename-form">
                <input type="hidden" name="topic_id" value=topic.id />
                <label for=rename_id.clone()>{t!("forum-rename-to")}</label>
                <input id=rename_id name="title" value=topic.title.clone() maxlength=TITLE_MAX required />
                <button type="submit" class="button small secondary">{t!("forum-rename")}</button>
            </ActionForm>
            <ActionForm action=actions.rename attr:class="inline-form">
                <input type="hidden" name="topic_id" value=topic.id />
                <input type="hidden" name="title" value=HIDDEN_TITLE />
                <button type="submit" class="button small secondary">{t!("forum-hide-title")}</button>
            </ActionForm>
        </section>
    }
}
