use super::{flag_form::FlagForm, post_tools::PostTools, topic_actions::use_topic_actions};
use crate::forum::domain::{hidden_note, hidden_placeholder, PostState, PostView as Post, TopicRights};
use crate::{t, ui::Avatar, ui::When};
use leptos::{either::EitherOf4, prelude::*};

/// One post: author, time, body (or why it is not shown), likes and the tools the viewer may use.
#[component]
pub fn PostView(post: Post, rights: TopicRights, page: u32) -> impl IntoView {
    let anchor = format!("post-{}", post.number);
    let heading_id = format!("post-{}-by", post.number);
    let labelled_by = heading_id.clone();
    let body = match (&post.state, post.body_html.clone()) {
        (PostState::Visible, Some(html)) => EitherOf4::A(view! { <div class="post-body" inner_html=html></div> }),
        (PostState::Hidden { reason }, Some(html)) => EitherOf4::B(view! {
            <p class="notice" role="note">{hidden_note(reason)}</p>
            <div class="post-body hidden-post" inner_html=html></div>
        }),
        (PostState::Deleted, _) => EitherOf4::C(view! { <p class="removed">{t!("forum-post-removed")}</p> }),
        (PostState::Hidden { reason }, None) => {
            EitherOf4::D(view! { <p class="removed">{hidden_placeholder(reason)}</p> })
        }
        (PostState::Visible, None) => EitherOf4::D(view! { <p class="removed">{t!("forum-hidden-placeholder")}</p> }),
    };
    let visible = post.state == PostState::Visible;
    view! {
        <article class="post" id=anchor.clone() aria-labelledby=labelled_by>
            <header class="post-head">
                <Avatar name=post.author_name.clone() handle=post.author_handle.clone() avatar=post.author_avatar.clone() />
                <h2 class="post-author" id=heading_id>{post.author_name.clone()}</h2>
                <a class="handle" href=format!("/u/{}", post.author_handle)>{format!("@{}", post.author_handle)}</a>
                {(!post.author_role.is_empty()).then(|| view! { <span class="author-role">{post.author_role.clone()}</span> })}
                <span class="level">{post.author_level.clone()}</span>
                <a class="post-time" href=format!("#{anchor}") title=t!("forum-post-link")><When at=post.created_at /></a>
                {post.edited_at.map(|at| {
                    let by = if post.staff_edited { t!("forum-edited-by-moderator") } else { t!("forum-edited") };
                    view! { <span class="edited">{by}" "<When at /></span> }
                })}
                <span class="post-number">{format!("#{}", post.number)}</span>
            </header>
            {body}
            <footer class="post-foot">
                {visible.then(|| view! { <LikeButton post=post.clone() signed_in=rights.signed_in /> })}
                {(visible && rights.can_reply).then(|| view! {
                    <a class="post-action" href=format!("?page={page}&quote={}#reply", post.id)>{t!("forum-quote")}</a>
                })}
                {(visible && rights.signed_in && !post.can_edit).then(|| view! { <FlagForm post_id=post.id /> })}
                <PostTools post=post.clone() moderator=rights.can_moderate />
            </footer>
        </article>
    }
}

/// The like toggle (a form, so it works without JavaScript) with the count; guests see the count only.
#[component]
fn LikeButton(post: Post, signed_in: bool) -> impl IntoView {
    let action = use_topic_actions().like;
    let count = post.like_count;
    let label = t!("forum-likes", count = count);
    if !signed_in || post.can_edit {
        return view! { <span class="likes" aria-label=label>{format!("♥ {count}")}</span> }.into_any();
    }
    let liked = post.liked_by_me;
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="post_id" value=post.id />
            <input type="hidden" name="like" value=(!liked).to_string() />
            <button type="submit" class="like-button" aria-pressed=liked.to_string() aria-label=t!("forum-like", likes = label)>
                {format!("♥ {count}")}
            </button>
        </ActionForm>
    }
    .into_any()
}
