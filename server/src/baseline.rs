//! `chorus bench-baseline`: the floor the benchmark compares the topic page with. A bare axum handler runs the
//! same two queries as the topic page (the topic, then its first page of posts) and returns them as JSON,
//! with no sessions, no security layers and no HTML rendering.

use crate::{database, CliError};
use app::{
    db::Db,
    forum::repo::{posts, topics},
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use serde_json::json;
use std::net::SocketAddr;

pub async fn run(database_url: &str, addr: SocketAddr) -> Result<(), CliError> {
    let db = database::open(database_url, 16).await?;
    let app = Router::new().route("/baseline/topic/{id}", get(topic)).with_state(db);
    let listener = crate::serve::no_delay(
        tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?,
    );
    eprintln!("baseline listening on http://{addr}/baseline/topic/<id>");
    axum::serve(listener, app).with_graceful_shutdown(crate::serve::shutdown_signal()).await?;
    Ok(())
}

async fn topic(State(db): State<Db>, Path(id): Path<i64>) -> Response {
    let header = match topics::header(&db, id, 0).await {
        Ok(Some(h)) => h,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    match posts::page(&db, id, 1, 0, false).await {
        Ok(rows) => {
            let posts: Vec<_> = rows
                .iter()
                .map(|p| json!({ "number": p.number, "author": p.author_name, "html": p.body_html, "likes": p.like_count, "at": p.created_at }))
                .collect();
            Json(json!({ "topic": header, "posts": posts })).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
