use super::topic_actions::use_topic_actions;
use crate::forum::domain::{was_held, PostState, PostView as Post, REASON_MAX};
use crate::markdown::BodyField;
use crate::ui::Field;
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
                <summary>"Edit"</summary>
                <ActionForm action=actions.edit>
                    <input type="hidden" name="post_id" value=id />
                    <BodyField id=format!("edit-{id}") label="Edit your post" value=body error=Signal::derive(|| None::<String>) />
                    <button type="submit" class="button small">"Save changes"</button>
                </ActionForm>
            </details>
            <details class="post-tool">
                <summary>"Delete"</summary>
                <ActionForm action=actions.delete>
                    <input type="hidden" name="post_id" value=id />
                    <p>"Remove this post? It will show as removed."</p>
                    <button type="submit" class="button small danger">"Remove post"</button>
                </ActionForm>
            </details>
        }
    });
    let moderate = moderator.then(|| match &post.state {
        PostState::Hidden { reason } if was_held(reason) => {
            view! { <a class="post-action" href="/mod/held">"Approval queue"</a> }.into_any()
        }
        PostState::Hidden { .. } => view! {
            <ActionForm action=actions.unhide attr:class="inline-form">
                <input type="hidden" name="post_id" value=id />
                <button type="submit" class="link-button">"Show again"</button>
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
                        <summary>"Edit as moderator"</summary>
                        <ActionForm action=actions.staff_edit>
                            <input type="hidden" name="post_id" value=id />
                            <BodyField id=format!("staff-edit-{id}") label="Edit this post (to redact, replace what must go)" value=body error=Signal::derive(|| None::<String>) />
                            <Field label="Reason (for the log)" id=why_id>
                                <input name="reason" type="text" maxlength=REASON_MAX required />
                            </Field>
                            <button type="submit" class="button small">"Save as moderator"</button>
                        </ActionForm>
                    </details>
                }
            });
            view! {
                {staff_edit}
                <details class="post-tool">
                    <summary>"Hide"</summary>
                    <ActionForm action=actions.hide>
                        <input type="hidden" name="post_id" value=id />
                        <Field label="Reason (the author sees it)" id=reason_id>
                            <input name="reason" type="text" maxlength=REASON_MAX required />
                        </Field>
                        <button type="submit" class="button small danger">"Hide post"</button>
                    </ActionForm>
                </details>
            }
            .into_any()
        }
        PostState::Deleted => ().into_any(),
    });
    let history = (moderator && post.edited_at.is_some()).then(|| {
        view! { <a class="post-action" href=format!("/mod/posts/{id}/history")>"Earlier versions"</a> }
    });
    view! { {own} {moderate} {history} }
}
