//! `/media/…`: pictures. `POST /media/upload` takes one (a multipart form with `kind` and `file`; from a
//! script it answers JSON, from a plain form it redirects to `then`), `GET /media/<name>` serves one from the
//! upload store with immutable caching, unless a moderator hid it.

use app::{
    accounts::{domain::Role, guard::user_of},
    common::{csv::refusal, next::safe_next},
    error::AppError,
    media::{
        domain::{MediaKind, MediaName, MAX_UPLOAD_BYTES},
        repo,
        upload::{accept_as, Stored},
    },
    state::AppState,
    stories::repo::write::Picture,
};
use axum::{
    extract::{multipart::Multipart, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Json,
};
use tower_sessions::Session;

/// The largest upload request: the picture and a little form around it.
pub const UPLOAD_BODY_BYTES: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub async fn upload(State(state): State<AppState>, session: Session, headers: HeaderMap, form: Multipart) -> Response {
    let wants_json =
        headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("application/json"));
    let (then, outcome) = receive(&state, &session, form).await;
    match (outcome, wants_json) {
        (Ok(stored), true) => Json(stored).into_response(),
        (Ok(_), false) => Redirect::to(&safe_next(then.as_deref(), "/me/profile")).into_response(),
        (Err(e), true) => (status_of(&e), Json(e)).into_response(),
        (Err(e), false) => refusal(status_of(&e), format!("{e}\n\n{}\n", app::t!("media-go-back"))),
    }
}

fn status_of(e: &AppError) -> StatusCode {
    StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Reads the form and stores its picture; returns where a plain form goes next, and the result.
async fn receive(
    state: &AppState,
    session: &Session,
    mut form: Multipart,
) -> (Option<String>, Result<Stored, AppError>) {
    let user = match user_of(session, state).await {
        Ok(Some(user)) => user,
        Ok(None) => return (None, Err(AppError::Unauthorized)),
        Err(e) => return (None, Err(e)),
    };
    let (mut kind, mut file, mut then, mut reward, mut story, mut site) = (None, None, None, None, None, None);
    let mut badge = None;
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return (then, Err(unreadable(&e))),
        };
        let name = field.name().unwrap_or_default().to_string();
        let bytes = match field.bytes().await {
            Ok(bytes) => bytes,
            Err(e) => return (then, Err(unreadable(&e))),
        };
        match name.as_str() {
            "kind" => kind = Some(String::from_utf8_lossy(&bytes).into_owned()),
            "then" => then = Some(String::from_utf8_lossy(&bytes).into_owned()),
            "file" => file = Some(bytes.to_vec()),
            "reward" => reward = String::from_utf8_lossy(&bytes).trim().parse::<i64>().ok(),
            "badge" => badge = String::from_utf8_lossy(&bytes).trim().parse::<i64>().ok(),
            "story" => story = String::from_utf8_lossy(&bytes).trim().parse::<i64>().ok(),
            "site" => site = Some(String::from_utf8_lossy(&bytes).trim().to_string()),
            _ => {}
        }
    }
    let kind = match MediaKind::parse(kind.as_deref().unwrap_or_default()) {
        Ok(kind) => kind,
        Err(e) => return (then, Err(e.into())),
    };
    let Some(file) = file.filter(|f| !f.is_empty()) else {
        return (then, Err(AppError::invalid("file", "Choose a picture to upload.")));
    };
    // A story's photo or logo goes to the author's draft named in the form, a reward's picture to the reward:
    // both are checked before anything is stored.
    let story_picture = match (kind, story) {
        (MediaKind::Story, Some(id)) => Some((id, Picture::Photo)),
        (MediaKind::Logo, Some(id)) => Some((id, Picture::Logo)),
        _ => None,
    };
    if let Some((id, _)) = story_picture {
        if let Err(e) = app::stories::api::may_picture(state, &user, id).await {
            return (then, Err(e));
        }
    }
    if let (MediaKind::Reward, Some(id)) = (kind, reward) {
        if let Err(e) = app::rewards::api::may_picture(state, &user, id).await {
            return (then, Err(e));
        }
    }
    // A badge's picture is a logo-kind upload (transparency kept) naming the badge.
    let badge = match (kind, badge) {
        (MediaKind::Logo, Some(id)) => Some(id),
        (_, Some(_)) => return (then, Err(AppError::invalid("kind", "A badge's picture is sent as kind logo."))),
        _ => None,
    };
    if let Some(id) = badge {
        if let Err(e) = app::recognition::api::may_picture(state, &user, id).await {
            return (then, Err(e));
        }
    }
    // The site's logo (kind logo) or favicon (kind avatar, not the admin's own picture): admins only.
    if let Some(which) = &site {
        let fits = matches!((which.as_str(), kind), ("logo", MediaKind::Logo) | ("favicon", MediaKind::Avatar));
        if let Err(e) = app::settings::api::may_picture(&user).and_then(|()| {
            fits.then_some(())
                .ok_or_else(|| AppError::invalid("site", "A site logo is sent as kind logo, a favicon as kind avatar."))
        }) {
            return (then, Err(e));
        }
    }
    let stored = match accept_as(state, &user, kind, file, kind == MediaKind::Avatar && site.is_none()).await {
        Ok(stored) => stored,
        Err(e) => return (then, Err(e)),
    };
    // A reward's picture is attached to the reward named in the form, so the plain form needs no script.
    if let (MediaKind::Reward, Some(reward)) = (kind, reward) {
        if let Err(e) = app::rewards::api::attach_picture(state, &user, reward, &stored.hash).await {
            return (then, Err(e));
        }
    }
    if let Some(id) = badge {
        if let Err(e) = app::recognition::api::attach_picture(state, &user, id, &stored.hash).await {
            return (then, Err(e));
        }
    }
    if let Some((id, which)) = story_picture {
        if let Err(e) = app::stories::api::attach_picture(state, &user, id, which, &stored.hash).await {
            return (then, Err(e));
        }
    }
    if let Some(which) = &site {
        if let Err(e) = app::settings::api::attach_picture(state, &user, which, &stored.hash).await {
            return (then, Err(e));
        }
    }
    (then, Ok(stored))
}

fn unreadable(e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::invalid("file", app::media::domain::Refusal::TooLarge.message());
    }
    AppError::invalid("file", format!("The upload could not be read ({}).", e.body_text()))
}

pub async fn serve(
    State(state): State<AppState>,
    session: Session,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let not_found = || refusal(StatusCode::NOT_FOUND, "no such picture\n");
    let Some(name) = MediaName::parse(&name) else { return not_found() };
    let served = match repo::served(&state.db, &name.hash).await {
        Ok(Some(served)) => served,
        Ok(None) => return not_found(),
        Err(e) => {
            tracing::error!(error = %e, "could not look up a picture");
            return refusal(StatusCode::INTERNAL_SERVER_ERROR, "the picture could not be read\n");
        }
    };
    let avatar = served.kind == MediaKind::Avatar.as_str();
    if served.ext != name.ext.as_str() || (name.small && !avatar) {
        return not_found();
    }
    // A hidden picture is still shown to moderators (so they can decide to show it again), never cached.
    if served.hidden {
        let moderator = matches!(user_of(&session, &state).await, Ok(Some(u)) if u.role.allows(Role::Moderator));
        if !moderator {
            return not_found();
        }
    }
    let etag = format!("\"{}\"", name.key());
    if !served.hidden && headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let bytes = match state.media.get(&name.key()).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            tracing::warn!(key = name.key(), store = %state.media.describe, "a recorded picture is missing from the upload store");
            return not_found();
        }
        Err(e) => {
            tracing::error!(error = %e, key = name.key(), "could not read a picture from the upload store");
            return refusal(StatusCode::INTERNAL_SERVER_ERROR, "the picture could not be read\n");
        }
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(name.ext.content_type()));
    let cache = if served.hidden { "no-store" } else { "public, max-age=31536000, immutable" };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, etag);
    }
    res
}
