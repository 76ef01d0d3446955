use super::*;
use crate::{common::paging::page_count, markdown::PostBody};

fn person(id: i64, role: Role) -> CurrentUser {
    CurrentUser {
        id,
        email: format!("p{id}@example.com"),
        display_name: format!("P{id}"),
        role,
        created_at: 0,
        verified: true,
        second_factor_due: false,
        language: None,
    }
}

#[test]
fn a_title_is_trimmed_and_its_inner_spaces_collapsed() {
    assert_eq!(TopicTitle::parse("  How do   you\nonboard?  ").unwrap().as_str(), "How do you onboard?");
}

#[test]
fn an_empty_title_is_refused() {
    assert_eq!(TopicTitle::parse("   ").unwrap_err().message, "Give your topic a title.");
}

#[test]
fn a_title_may_be_150_characters_but_not_151() {
    assert!(TopicTitle::parse(&"é".repeat(150)).is_ok());
    let e = TopicTitle::parse(&"é".repeat(151)).unwrap_err();
    assert_eq!((e.field, e.message.as_str()), ("title", "A title can be at most 150 characters."));
}

#[test]
fn a_body_of_blanks_is_refused() {
    assert_eq!(PostBody::parse(" \n\t ").unwrap_err().field, "body");
}

#[test]
fn a_body_may_be_50000_characters_but_not_more() {
    assert!(PostBody::parse(&"a".repeat(50_000)).is_ok());
    assert!(PostBody::parse(&"a".repeat(50_001)).unwrap_err().message.contains("50000"));
}

#[test]
fn a_body_keeps_its_leading_indentation_for_code() {
    assert_eq!(PostBody::parse("    code\r\nline\n\n").unwrap().as_str(), "    code\nline");
}

#[test]
fn category_slugs_are_lower_case_words_with_single_dashes() {
    assert_eq!(CategorySlug::parse(" Product-Ideas ").unwrap().as_str(), "product-ideas");
    for bad in ["", "-ideas", "ideas-", "product--ideas", "product ideas", "idées"] {
        assert!(CategorySlug::parse(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn category_names_are_required_and_bounded() {
    assert!(CategoryName::parse("").is_err());
    assert!(CategoryName::parse(&"x".repeat(61)).is_err());
    assert_eq!(CategoryName::parse(" Product  ideas ").unwrap().as_str(), "Product ideas");
}

#[test]
fn hiding_a_post_needs_a_reason() {
    assert_eq!(hide_reason("  ").unwrap_err().field, "reason");
    assert!(hide_reason(&"x".repeat(301)).is_err());
    assert_eq!(hide_reason(" spam link ").unwrap(), "spam link");
}

#[test]
fn topic_slugs_come_from_the_title() {
    assert_eq!(slugify("How do you onboard new admins?"), "how-do-you-onboard-new-admins");
    assert_eq!(slugify("¿Qué tal? 日本"), "qu-tal");
    assert_eq!(slugify("日本語"), "topic");
    assert!(slugify(&"word ".repeat(40)).len() <= 60);
}

#[test]
fn pages_are_counted_from_one() {
    assert_eq!(page_count(0, 20), 1);
    assert_eq!(page_count(20, 20), 1);
    assert_eq!(page_count(21, 20), 2);
    assert_eq!(page_of_post(1), 1);
    assert_eq!(page_of_post(30), 1);
    assert_eq!(page_of_post(31), 2);
}

#[test]
fn only_the_author_edits_and_only_while_the_post_is_visible() {
    let author = person(1, Role::Member);
    let moderator = person(2, Role::Moderator);
    assert!(can_edit(&author, 1, &PostState::Visible));
    assert!(!can_edit(&moderator, 1, &PostState::Visible));
    assert!(!can_edit(&author, 1, &PostState::Deleted));
    assert!(!can_edit(&author, 1, &PostState::Hidden { reason: "spam".into() }));
}

#[test]
fn moderators_and_admins_moderate_members_do_not() {
    assert!(!can_moderate(&person(1, Role::Member)));
    assert!(can_moderate(&person(1, Role::Moderator)));
    assert!(can_moderate(&person(1, Role::Admin)));
}

#[test]
fn a_locked_topic_refuses_replies() {
    assert!(reply_refusal(true).unwrap().contains("locked"));
    assert_eq!(reply_refusal(false), None);
}

#[test]
fn a_post_location_links_to_its_page_and_anchor() {
    let at = |number| PostLocation { topic_id: 7, topic_slug: "hello".into(), post_id: 99, number }.href();
    assert_eq!(at(3), "/forum/t/7/hello#post-3");
    assert_eq!(at(31), "/forum/t/7/hello?page=2#post-31");
}

#[test]
fn mentions_are_found_once_each_outside_code_and_emails() {
    let md = "Thanks @Ada and @lin_z! Ping @ada again.\nMail me at sam@example.com\n`@notme` and\n```\n@incode\n```\n@x too short";
    assert_eq!(mentions(md), vec!["ada".to_string(), "lin_z".to_string()]);
}

#[test]
fn at_most_ten_people_are_mentioned() {
    let md = (0..15).map(|i| format!("@person{i}")).collect::<Vec<_>>().join(" ");
    assert_eq!(mentions(&md).len(), MENTIONS_MAX);
}
