//! Addresses of pages that more than one feature links to.

use crate::common::paging::page_count;

/// Posts on one page of a topic.
pub const POSTS_PER_PAGE: u32 = 30;

/// A post's address: its topic, the page it is on, and its anchor.
pub fn post_href(topic_id: i64, topic_slug: &str, number: i64) -> String {
    let page = page_count(number, POSTS_PER_PAGE);
    let query = if page > 1 { format!("?page={page}") } else { String::new() };
    format!("/forum/t/{topic_id}/{topic_slug}{query}#post-{number}")
}
