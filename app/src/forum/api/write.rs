use crate::{error::AppError, forum::domain::PostLocation};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::CurrentUser,
        guard::{require_user, require_voice},
    },
    db::{self, Tx},
    forum::{
        domain::{self, PostState, TopicTitle},
        repo::{
            categories,
            held::{self, Released},
            posts, topics,
        },
    },
    markdown::PostBody,
    notifications::{repo as notifications, views::NotificationKind},
    rate_limit,
    recognition::{
        domain::Rule,
        repo::ledger::{self, Earning},
    },
    state::{app_state, AppState},
    t,
};

/// Starts a topic in the category with address `category`, then goes to it.
#[server(endpoint = "forum/create_topic")]
pub async fn create_topic(category: String, title: String, body: String) -> Result<PostLocation, AppError> {
    create_topic_inner(category, title, body).await
}

#[cfg(feature = "ssr")]
async fn create_topic_inner(category: String, title: String, body: String) -> Result<PostLocation, AppError> {
    let user = require_voice().await?;
    let state = app_state()?;
    let title = TopicTitle::parse(&title)?;
    let body = PostBody::parse(&body)?;
    let category = categories::by_slug(&state.db, category.trim(), domain::space_key(Some(&user)))
        .await?
        .filter(|c| !c.archived)
        .ok_or_else(|| AppError::invalid("category", t!("forum-category-choose")))?;
    posting_rate(&state, &user).await?;
    let rendered = state.renderer.render("body", body.as_str().to_string()).await?;
    let now = db::now();

    let mut tx = state.db.begin_write().await?;
    check_limits(&state, &mut tx, &user, rendered.links, now, true).await?;
    let held = must_hold(&mut tx, &user).await?;
    let slug = domain::slugify(title.as_str());
    let new = topics::NewTopic {
        category_id: category.id,
        author_id: user.id,
        title: title.as_str(),
        slug: &slug,
        body_md: body.as_str(),
        body_html: &rendered.html,
        now,
    };
    let topic_id = topics::insert(&mut tx, &new)
        .await?
        .ok_or_else(|| AppError::invalid("category", t!("forum-category-archived")))?;
    crate::forum::repo::follows::set_follow(&mut tx, topic_id, user.id, true, now).await?;
    let first_post = topics::first_post_id(&mut tx, topic_id).await?;
    if held {
        held::hold(&mut tx, first_post, now).await?;
    } else {
        let post = Released { author_id: user.id, topic_id, number: 1, body_md: body.as_str().to_string() };
        publish(&mut tx, first_post, &post, now).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, topic_id, held, "topic started");
    let at = PostLocation { topic_id, topic_slug: slug, post_id: first_post, number: 1 };
    crate::common::redirect::to(&at.href());
    Ok(at)
}

/// Replies to a topic, then goes to the new post.
#[server(endpoint = "forum/reply_to_topic")]
pub async fn reply_to_topic(topic_id: i64, body: String) -> Result<PostLocation, AppError> {
    reply_inner(topic_id, body).await
}

#[cfg(feature = "ssr")]
async fn reply_inner(topic_id: i64, body: String) -> Result<PostLocation, AppError> {
    let user = require_voice().await?;
    let state = app_state()?;
    let body = PostBody::parse(&body)?;
    posting_rate(&state, &user).await?;
    let rendered = state.renderer.render("body", body.as_str().to_string()).await?;
    let now = db::now();

    // A topic in a space the member cannot see is not there.
    if topics::header(&state.db, topic_id, domain::space_key(Some(&user))).await?.is_none() {
        return Err(AppError::NotFound(crate::t!("error-that-topic")));
    }
    let mut tx = state.db.begin_write().await?;
    check_limits(&state, &mut tx, &user, rendered.links, now, false).await?;
    let held = must_hold(&mut tx, &user).await?;
    let stored = posts::reply(&mut tx, topic_id, user.id, body.as_str(), &rendered.html, now).await?;
    let stored = stored.map_err(|refused| match refused {
        posts::ReplyRefused::NoSuchTopic => AppError::NotFound(crate::t!("error-that-topic")),
        posts::ReplyRefused::Locked => {
            AppError::Conflict { field: None, message: domain::reply_refusal(true).unwrap_or_default() }
        }
    })?;
    if held {
        held::hold(&mut tx, stored.post_id, now).await?;
    } else {
        let post = Released { author_id: user.id, topic_id, number: stored.number, body_md: body.as_str().to_string() };
        publish(&mut tx, stored.post_id, &post, now).await?;
    }
    tx.commit().await?;
    tracing::info!(user_id = user.id, topic_id, post_id = stored.post_id, held, "reply posted");
    let at = PostLocation { topic_id, topic_slug: stored.topic_slug, post_id: stored.post_id, number: stored.number };
    crate::common::redirect::to(&at.href());
    Ok(at)
}

/// Whether the member's post waits for approval (a new member's first posts, as the admin set; staff never).
#[cfg(feature = "ssr")]
async fn must_hold(tx: &mut Tx, user: &CurrentUser) -> Result<bool, AppError> {
    Ok(!domain::can_moderate(user) && held::must_hold(tx, user.id).await?)
}

/// What a post's publication brings, in the transaction that stores it or, for a held post, that approves it:
/// mentions, the topic's followers told of a reply, and the points (with the referral they may qualify).
#[cfg(feature = "ssr")]
pub(crate) async fn publish(tx: &mut Tx, post_id: i64, post: &Released, now: i64) -> Result<(), AppError> {
    let mentioned = domain::mentions(&post.body_md);
    notifications::notify_mentions(tx, &mentioned, post.author_id, post.topic_id, post_id, now).await?;
    if post.number > 1 {
        notifications::notify_followers(tx, post.topic_id, post_id, post.author_id, now).await?;
    }
    let rule = if post.number == 1 { Rule::Topic } else { Rule::Reply };
    earn_for_post(tx, post.author_id, rule, post_id, now).await
}

/// Points for a post, in the transaction that stores it; the post's id makes the award happen once.
#[cfg(feature = "ssr")]
async fn earn_for_post(tx: &mut Tx, user_id: i64, rule: Rule, post_id: i64, now: i64) -> Result<(), AppError> {
    let key = format!("post:{post_id}");
    let earning = Earning { user_id, rule, ref_kind: "post", ref_id: post_id, actor_id: None, key, now };
    ledger::earn(tx, &earning).await?;
    // A referred member's first post may qualify their referral (and pay their referrer).
    crate::referrals::repo::qualify(tx, user_id, crate::referrals::domain::Event::Posted, now).await?;
    Ok(())
}

/// A cap on posts per member per ten minutes, for everyone, on top of the new-account limits.
#[cfg(feature = "ssr")]
async fn posting_rate(state: &AppState, user: &CurrentUser) -> Result<(), AppError> {
    let limit = state.settings.posts_per_ten_minutes;
    rate_limit::hit(&state.db, &format!("post:user:{}", user.id), limit, 600).await
}

/// The anti-spam limits, checked inside the write transaction (with the member's row locked) so that
/// posts sent at once are counted one after the other. Moderators are trusted and skip them.
#[cfg(feature = "ssr")]
async fn check_limits(
    state: &AppState,
    tx: &mut Tx,
    user: &CurrentUser,
    links: usize,
    now: i64,
    topic: bool,
) -> Result<(), AppError> {
    if domain::can_moderate(user) {
        return Ok(());
    }
    topics::lock_author(tx, user.id).await?;
    let history = topics::history(tx, user.id, state.settings.posting.new_account_secs).await?;
    let policy = &state.settings.posting;
    if topic {
        policy.check_topic(&history, now)?;
    } else {
        policy.check_reply(&history, now)?;
    }
    policy.check_links(&history, links, now)?;
    Ok(())
}

/// Replaces the body of your own post; the previous version is kept for moderators.
#[server(endpoint = "forum/edit_post")]
pub async fn edit_post(post_id: i64, body: String) -> Result<PostLocation, AppError> {
    let user = require_voice().await?;
    let state = app_state()?;
    let body = PostBody::parse(&body)?;
    // Edits share the posting limit, and render before the write transaction opens.
    posting_rate(&state, &user).await?;
    let rendered = state.renderer.render("body", body.as_str().to_string()).await?;
    let mut tx = state.db.begin_write().await?;
    let post = own_visible_post(&mut tx, &user, post_id).await?;
    if !domain::can_moderate(&user) {
        let history = topics::history(&mut tx, user.id, state.settings.posting.new_account_secs).await?;
        state.settings.posting.check_links(&history, rendered.links, db::now())?;
    }
    if !posts::edit(&mut tx, post_id, posts::Editor::Author(user.id), body.as_str(), &rendered.html, db::now()).await? {
        return Err(AppError::Forbidden);
    }
    tx.commit().await?;
    let at = PostLocation { topic_id: post.topic_id, topic_slug: post.topic_slug, post_id, number: post.number };
    crate::common::redirect::to(&at.href());
    Ok(at)
}

/// Removes your own post; it shows as "this post was removed".
#[server(endpoint = "forum/delete_post")]
pub async fn delete_post(post_id: i64) -> Result<PostLocation, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let post = own_visible_post(&mut tx, &user, post_id).await?;
    if !posts::soft_delete(&mut tx, post_id, user.id, db::now()).await? {
        return Err(AppError::Forbidden);
    }
    ledger::reverse(&mut tx, "post", post_id, user.id, "Post removed", db::now()).await?;
    tx.commit().await?;
    tracing::info!(user_id = user.id, post_id, "post removed by its author");
    let at = PostLocation { topic_id: post.topic_id, topic_slug: post.topic_slug, post_id, number: post.number };
    crate::common::redirect::to(&at.href());
    Ok(at)
}

/// The post, if `user` wrote it and it is still visible; otherwise the refusal to give.
#[cfg(feature = "ssr")]
async fn own_visible_post(tx: &mut Tx, user: &CurrentUser, post_id: i64) -> Result<posts::PostRef, AppError> {
    let post = posts::find_tx(tx, post_id, domain::space_key(Some(user)))
        .await?
        .ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    if post.author_id != user.id {
        return Err(AppError::Forbidden);
    }
    if !domain::can_edit(user, post.author_id, &post.state()) {
        return Err(AppError::Conflict { field: None, message: t!("forum-edit-not-visible") });
    }
    Ok(post)
}

/// Likes a post (`like` true) or takes the like back; returns the new count.
#[server(endpoint = "forum/like_post")]
pub async fn like_post(post_id: i64, like: bool) -> Result<i64, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = state.db.begin_write().await?;
    let post = posts::find_tx(&mut tx, post_id, domain::space_key(Some(&user))).await?;
    let post = post.ok_or_else(|| AppError::NotFound(crate::t!("error-that-post")))?;
    if post.state() != PostState::Visible || !posts::lock_visible(&mut tx, post_id).await? {
        return Err(AppError::Conflict { field: None, message: t!("forum-like-not-visible") });
    }
    if post.author_id == user.id {
        return Err(AppError::Conflict { field: None, message: t!("forum-like-own") });
    }
    let changed = if like {
        posts::like(&mut tx, post_id, user.id, db::now()).await
    } else {
        posts::unlike(&mut tx, post_id, user.id).await
    };
    if !changed? {
        let message = if like { t!("forum-already-liked") } else { t!("forum-not-liked") };
        return Err(AppError::Conflict { field: None, message });
    }
    if like {
        let kind = NotificationKind::Like;
        notifications::notify(&mut tx, post.author_id, kind, user.id, post.topic_id, post_id, db::now()).await?;
        // Once per liker and post: taking a like back and giving it again earns nothing more.
        let earning = Earning {
            user_id: post.author_id,
            rule: Rule::LikeReceived,
            ref_kind: "post",
            ref_id: post_id,
            actor_id: Some(user.id),
            key: format!("like:{post_id}:{}", user.id),
            now: db::now(),
        };
        ledger::earn(&mut tx, &earning).await?;
    }
    let count = posts::like_count(&mut tx, post_id).await?;
    tx.commit().await?;
    Ok(count)
}
