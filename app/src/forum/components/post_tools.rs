use super::topic_actions::use_topic_actions;
use crate::forum::domain::{was_held, PostState, PostView as Post, REASON_MAX};
use crate::markdown::BodyField;
use crate::{t, ui::Field};
use leptos::prelude::*;

/// Edit and delete for the author; hide and show again for moderators. Each is a plain form inside a
/// disclosure, so it works without JavaScript.
#[component]
pub fn PostTools(post: Post, moderator: bool) -> impl IntoView {
    let actions = use_topic_actions();
    let id = post.id;
    let own = post.can_edit.then(|| {
        let body = post.body_md.clone().unwrap_or_default();
        view! {
            <details class="post-tool">
                <summary>{t!("forum-edit")}</summary>
                <ActionForm action=actions.edit>
                    <input type="hidden" name="post_id" value=id />
                    <BodyField id=format!("edit-{id}") label=t!("forum-edit-label") value=body error=Signal::derive(|| None::<String>) />
                    <button type="submit" class="button small">{t!("forum-save-changes")}</button>
                </ActionForm>
            </details>
            <details class="post-tool">
                <summary>{t!("forum-delete")}</summary>
                <ActionForm action=actions.delete>
                    <input type="hidden" name="post_id" value=id />
                    <p>{t!("forum-delete-question")}</p>
                    <button type="submit" class="button small danger">{t!("forum-delete-confirm")}</button>
                </ActionForm>
            </details>
        }
    });
    let moderate = moderator.then(|| match &post.state {
        PostState::Hidden { reason } if was_held(reason) => {
            view! { <a class="post-action" href="/mod/held">{t!("forum-approval-queue")}</a> }.into_any()
        }
        PostState::Hidden { .. } => view! {
            <ActionForm action=actions.unhide attr:class="inline-form">
                <input type="hidden" name="post_id" value=id />
                <button type="submit" class="link-button">{t!("forum-show-again")}</button>
            </ActionForm>
        }
        .into_any(),
        PostState::Visible => {
            let reason_id = format!("hide-reason-{id}");
            let staff_edit = (!post.can_edit).then(|| {
                let body = post.body_md.clone().unwrap_or_default();
                let why_id = format!("staff-edit-reason-{id}");
                view! {
                    <details class="post-tool">
                        <summary>{t!("forum-staff-edit")}</summary>
                        <ActionForm action=actions.staff_edit>
                            <input type="hidden" name="post_id" value=id />
                            <BodyField id=format!("staff-edit-{id}") label=t!("forum-staff-edit-label") value=body error=Signal::derive(|| None::<String>) />
                            <Field label=t!("forum-staff-edit-why") id=why_id>
                                <input name="reason" type="text" maxlength=REASON_MAX required />
                            </Field>
                            <button type="submit" class="button small">{t!("forum-staff-edit-save")}</button>
                        </ActionForm>
                    </details>
                }
            });
            view! {
                {staff_edit}
                <details class="post-tool">
                    <summary>{t!("forum-hide")}</summary>
                    <ActionForm action=actions.hide>
                        <input type="hidden" name="post_id" value=id />
                        <Field label=t!("forum-hide-why") id=reason_id>
                            <input name="reason" type="text" maxlength=REASON_MAX required />
                        </Field>
                        <button type="submit" class="button small danger">{t!("forum-hide-post")}</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
        PostState::Deleted => ().into_any(),
    });
    let history = (moderator && post.edited_at.is_some()).then(|| {
        view! { <a class="post-action" href=format!("/mod/posts/{id}/history")>{t!("forum-earlier-versions")}</a> }
    });
    view! { {own} {moderate} {history} }
}
