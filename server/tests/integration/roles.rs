//! Role guards over HTTP: server functions and pages refuse callers without the role, on both backends.

use crate::common;

use common::{Backend, TestApp};
use serde_json::Value;

both_backends!(
    a_member_cannot_call_admin_functions_and_nothing_changes,
    a_moderator_is_not_an_admin,
    an_admin_can_make_a_member_a_moderator,
    a_role_change_is_in_the_audit_log,
    an_admin_cannot_change_their_own_role,
    an_unknown_role_or_member_is_named,
    admin_pages_send_guests_to_sign_in_and_refuse_members,
    an_admin_sees_the_member_list,
    two_admins_taking_the_role_from_each_other_leave_one,
);

async fn role_of(app: &TestApp, email: &str) -> String {
    let sql = "SELECT role FROM users WHERE email = $1";
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, String>(sql).bind(email).fetch_one(p).await).unwrap()
}

async fn a_member_cannot_call_admin_functions_and_nothing_changes(app: TestApp) {
    let mallory = app.member("mallory@example.com", "member").await;
    let id = app.user_id("mallory@example.com").await.to_string();
    let res = app.call(&mallory, "admin/set_member_role", &[("user_id", &id), ("role", "admin")]).await;
    assert_eq!(res.status(), 403);
    assert_eq!(res.json::<Value>().await.unwrap(), "Forbidden");
    assert_eq!(role_of(&app, "mallory@example.com").await, "member");
    assert_eq!(app.call(&mallory, "admin/list_members", &[("page", "1")]).await.status(), 403);
    assert_eq!(app.call(&app.client(), "admin/list_members", &[("page", "1")]).await.status(), 401);
}

async fn a_moderator_is_not_an_admin(app: TestApp) {
    let moderator = app.member("mod@example.com", "moderator").await;
    assert_eq!(app.call(&moderator, "admin/list_members", &[("page", "1")]).await.status(), 403);
}

async fn an_admin_can_make_a_member_a_moderator(app: TestApp) {
    let admin = app.member("boss@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let id = app.user_id("ada@example.com").await.to_string();
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", &id), ("role", "moderator")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    assert_eq!(role_of(&app, "ada@example.com").await, "moderator");
}

async fn a_role_change_is_in_the_audit_log(app: TestApp) {
    let admin = app.member("boss@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let id = app.user_id("ada@example.com").await;
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", "999999"), ("role", "moderator")]).await;
    assert_eq!(res.status(), 404);
    assert_eq!(app.count("audit_log").await, 0, "a refused change is not logged");
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", &id.to_string()), ("role", "moderator")]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);

    let audit: Value = app.call(&admin, "audit/audit_log", &[("page", "1")]).await.json().await.unwrap();
    let entries = audit["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 1, "{audit}");
    let line = &entries[0];
    assert_eq!((line["action"].as_str(), line["target_kind"].as_str()), (Some("set_role"), Some("user")));
    assert_eq!(line["target_id"], id);
    assert_eq!(line["detail"], "member → moderator");
    assert_eq!(line["actor_name"], "Someone");
}

async fn an_admin_cannot_change_their_own_role(app: TestApp) {
    let admin = app.member("boss@example.com", "admin").await;
    let id = app.user_id("boss@example.com").await.to_string();
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", &id), ("role", "member")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("cannot change your own role"));
    assert_eq!(role_of(&app, "boss@example.com").await, "admin");
}

async fn an_unknown_role_or_member_is_named(app: TestApp) {
    let admin = app.member("boss@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let id = app.user_id("ada@example.com").await.to_string();
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", &id), ("role", "superuser")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("not a role"));
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", "999999"), ("role", "moderator")]).await;
    assert_eq!(res.status(), 404);
    let res = app.call(&admin, "admin/set_member_role", &[("user_id", "abc"), ("role", "moderator")]).await;
    assert_eq!(res.status(), 422, "a malformed id is the caller's mistake");
    assert_eq!(role_of(&app, "ada@example.com").await, "member");
}

async fn admin_pages_send_guests_to_sign_in_and_refuse_members(app: TestApp) {
    let guest = app.client().get(app.url("/admin/members")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(guest.status(), 302);
    assert_eq!(guest.headers()["location"], "/sign-in?next=/admin/members");
    let member = app.member("ada@example.com", "member").await;
    let page = member.get(app.url("/admin/members")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 403);
    assert!(page.text().await.unwrap().contains("You do not have access to this page"));
}

async fn an_admin_sees_the_member_list(app: TestApp) {
    let admin = app.member("boss@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    let page = admin.get(app.url("/admin/members")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("ada@example.com") && html.contains("boss@example.com"));
    assert!(html.contains(r#"list-summary">2 members<!> · "#), "{html}");
}

#[tokio::test]
async fn an_expired_session_is_a_guest_again() {
    // Absolute lifetime below zero: every session is already past it.
    let settings = app::state::Settings { session_absolute_secs: -1, ..common::test_settings() };
    let app = common::spawn_app_with(Backend::Sqlite, settings).await;
    let c = app.client();
    assert_eq!(app.sign_up(&c, "ada@example.com", "Ada", "a long enough passphrase").await.status(), 200);
    assert_eq!(app.me(&c).await, Value::Null);
    assert_eq!(app.call(&c, "accounts/update_display_name", &[("display_name", "X")]).await.status(), 401);
}

/// Nobody can take their own admin role, so the last admin is lost only if two admins demote each other at
/// the same moment: the changes queue, and the second is refused.
async fn two_admins_taking_the_role_from_each_other_leave_one(app: TestApp) {
    let ann = app.member("ann@example.com", "admin").await;
    let ben = app.member("ben@example.com", "admin").await;
    let (ann_id, ben_id) =
        (app.user_id("ann@example.com").await.to_string(), app.user_id("ben@example.com").await.to_string());
    let (demote_ben, demote_ann) =
        ([("user_id", ben_id.as_str()), ("role", "member")], [("user_id", ann_id.as_str()), ("role", "member")]);
    let (a, b) = tokio::join!(
        app.call(&ann, "admin/set_member_role", &demote_ben),
        app.call(&ben, "admin/set_member_role", &demote_ann),
    );
    let mut codes = [a.status().as_u16(), b.status().as_u16()];
    codes.sort_unstable();
    // The loser is refused as the last admin (422), or (having lost the role already) as a member (403).
    assert!(codes == [200, 422] || codes == [200, 403], "{codes:?}");
    let admins = "SELECT COUNT(*) FROM users WHERE role = 'admin'";
    let left: i64 = app::on_db!(&app.state.db, p => sqlx::query_scalar(admins).fetch_one(p).await).unwrap();
    assert_eq!(left, 1);
}
