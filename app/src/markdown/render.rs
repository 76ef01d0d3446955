//! Markdown to safe HTML. CommonMark with tables, strikethrough, task lists, fenced code and bare-URL
//! autolinks is rendered by pulldown-cmark, then everything passes through ammonia, so nothing a member
//! types can run in someone else's browser. Rendering happens once, when a post is written.
//!
//! Rendering is CPU work whose cost grew with nesting: 30,000 `>` took seconds, because the sanitiser's HTML
//! parser looks through every open element for each new one. Elements deeper than [`MAX_DEPTH`] are left
//! out (their text stays), so the cost is linear in the text. [`Renderer`] runs it off the async runtime,
//! a bounded number at a time, within a time budget, and callers render before they open a write
//! transaction, so a slow render never holds SQLite's write gate.

use crate::{common::pictures::is_site_picture, error::AppError};
use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;

/// The deepest nesting of elements a rendered post keeps (quotes in lists in quotes, emphasis, links …).
pub const MAX_DEPTH: usize = 16;

/// How long one render may take before the writer is asked to simplify the text.
pub const RENDER_BUDGET: Duration = Duration::from_secs(2);

/// Runs Markdown rendering (and anything else CPU-heavy on a post) on the blocking pool, at most `slots`
/// at once, each within [`RENDER_BUDGET`].
#[derive(Clone)]
pub struct Renderer {
    slots: Arc<Semaphore>,
}

impl Renderer {
    pub fn new(slots: usize) -> Renderer {
        Renderer { slots: Arc::new(Semaphore::new(slots.max(1))) }
    }

    /// Runs `work` off the runtime. A render that outlasts the budget is refused with a message on `field`
    /// (its thread keeps its slot until it ends, so a flood of slow texts cannot pile up threads).
    pub async fn run<T: Send + 'static>(
        &self,
        field: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        // Waiting for a slot is bounded too: slow renders keep their slots until they end.
        let permit = match tokio::time::timeout(RENDER_BUDGET, self.slots.clone().acquire_owned()).await {
            Ok(permit) => permit.map_err(|_| AppError::Internal)?,
            Err(_) => {
                tracing::warn!(field, "every markdown rendering slot is busy");
                return Err(AppError::RateLimited { retry_after_secs: 2 });
            }
        };
        let task = tokio::task::spawn_blocking(move || {
            let out = work();
            drop(permit);
            out
        });
        match tokio::time::timeout(RENDER_BUDGET, task).await {
            Ok(Ok(out)) => Ok(out),
            Ok(Err(e)) => {
                tracing::error!(error = %e, "markdown rendering task failed");
                Err(AppError::Internal)
            }
            Err(_) => {
                tracing::warn!(field, "markdown rendering ran past its budget");
                Err(AppError::invalid(field, crate::t!("markdown-too-complex")))
            }
        }
    }

    /// [`render`] off the runtime.
    pub async fn render(&self, field: &str, markdown: String) -> Result<Rendered, AppError> {
        self.run(field, move || render(&markdown)).await
    }
}

/// A post rendered for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Sanitised HTML, safe to insert into a page as is.
    pub html: String,
    /// Links to other sites in the post, for the new-account link limit.
    pub links: usize,
}

/// The words of `markdown` without its markup, blanks folded to single spaces, cut at a word boundary to at
/// most `max` characters (with an ellipsis when cut): for excerpts, search snippets and structured data.
pub fn plain_text(markdown: &str, max: usize) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + extra > max.saturating_sub(1) {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Renders `markdown` to sanitised HTML and counts its links.
pub fn render(markdown: &str) -> Rendered {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut events = Vec::new();
    let mut in_link = 0usize;
    let mut in_code = false;
    let mut in_image = 0usize;
    let mut links = 0usize;
    let mut depth = Depth::default();
    for event in Parser::new_ext(markdown, options).filter_map(|e| depth.keep(e)) {
        match event {
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                in_link += 1;
                links += usize::from(is_web_link(dest_url));
                events.push(event);
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                events.push(event);
            }
            // Pictures uploaded to this site are shown; the sanitiser checks the address again.
            Event::Start(Tag::Image { ref dest_url, .. }) if is_site_picture(dest_url) => {
                in_image += 1;
                events.push(event);
            }
            Event::End(TagEnd::Image) if in_image > 0 => {
                in_image -= 1;
                events.push(event);
            }
            // Remote images would leak readers' addresses to any server; show them as links instead.
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                in_link += 1;
                links += usize::from(is_web_link(&dest_url));
                events.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
            }
            Event::End(TagEnd::Image) => {
                in_link = in_link.saturating_sub(1);
                events.push(Event::End(TagEnd::Link));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code = true;
                events.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                events.push(event);
            }
            // Raw HTML is shown as the text that was typed, never interpreted.
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            Event::Text(text) if in_link == 0 && !in_code => links += autolink(text, &mut events),
            other => events.push(other),
        }
    }
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events.into_iter());
    Rendered { html: sanitise(&unsafe_html), links }
}

/// Keeps elements up to [`MAX_DEPTH`] deep: a start tag deeper than that is dropped with its end tag, and
/// its contents join the enclosing element.
#[derive(Default)]
struct Depth {
    /// For each open start tag: whether it was kept.
    open: Vec<bool>,
    kept: usize,
}

impl Depth {
    fn keep<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Start(_) => {
                let keep = self.kept < MAX_DEPTH;
                self.open.push(keep);
                self.kept += usize::from(keep);
                keep.then_some(event)
            }
            Event::End(_) => {
                let kept = self.open.pop().unwrap_or(false);
                self.kept -= usize::from(kept);
                kept.then_some(event)
            }
            other => Some(other),
        }
    }
}

/// The allow-list pass: ammonia's defaults (no scripts, no event handlers, no `javascript:` URLs, no styles),
/// images only from this site's `/media/` (with their alt text, loaded lazily), and `rel="nofollow ugc
/// noopener"` on every link.
fn sanitise(html: &str) -> String {
    let mut builder = ammonia::Builder::default();
    builder
        .set_tag_attribute_value("img", "loading", "lazy")
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("img", "src") if !is_site_picture(value) => None,
            _ => Some(value.into()),
        })
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tags(["input"]);
    builder.clean(html).to_string()
}

fn is_web_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}

/// Splits plain text around bare `http(s)://` URLs, turning each into a link. Returns how many it made.
fn autolink<'a>(text: CowStr<'a>, out: &mut Vec<Event<'a>>) -> usize {
    let mut rest: &str = &text;
    let mut made = 0;
    let mut pieces: Vec<Event<'a>> = Vec::new();
    while let Some(start) = find_url(rest) {
        let tail = &rest[start..];
        let end = tail.find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"').unwrap_or(tail.len());
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if url.len() <= "https://".len() {
            pieces.push(Event::Text(CowStr::from(rest[..start + end].to_string())));
            rest = &rest[start + end..];
            continue;
        }
        if start > 0 {
            pieces.push(Event::Text(CowStr::from(rest[..start].to_string())));
        }
        let dest = CowStr::from(url.to_string());
        pieces.push(Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: dest.clone(),
            title: CowStr::from(""),
            id: CowStr::from(""),
        }));
        pieces.push(Event::Text(dest));
        pieces.push(Event::End(TagEnd::Link));
        made += 1;
        rest = &rest[start + url.len()..];
    }
    if made == 0 {
        out.push(Event::Text(text));
        return 0;
    }
    if !rest.is_empty() {
        pieces.push(Event::Text(CowStr::from(rest.to_string())));
    }
    out.extend(pieces);
    made
}

fn find_url(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("https://"), lower.find("http://")].into_iter().flatten().min()
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
