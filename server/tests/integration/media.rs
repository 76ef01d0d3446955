//! Pictures over HTTP: uploading (avatars, reward pictures), serving from `/media/`, refusing bad files,
//! the daily quota, hiding, and sweeping what nothing uses; on a folder and on a real S3 server (SeaweedFS).

use crate::common::{self, json, s3::S3Server, Backend, TestApp};
use app::media::samples::{jpeg_markers, photo, photo_with_gps, png_claiming, GPS_MARK};
use reqwest::{multipart, Client, Response};
use serde_json::Value;

both_backends!(
    an_avatar_is_served_in_two_sizes_and_shown_beside_the_members_posts,
    a_renamed_page_an_svg_a_bomb_a_cut_short_jpeg_and_a_huge_body_are_refused_and_nothing_is_stored,
    only_confirmed_members_upload_and_only_admins_upload_reward_pictures,
    the_daily_quota_stops_a_member_but_not_an_admin,
    a_hidden_picture_is_served_to_moderators_only_and_an_avatar_gives_way_to_initials,
    a_plain_form_upload_redirects_to_a_page_of_this_site_only,
    pictures_nothing_uses_are_swept_after_a_day_and_used_ones_stay,
    a_reward_gets_an_uploaded_picture_in_place_of_an_address_browsers_never_showed,
    a_picture_in_a_post_is_shown_and_one_from_another_site_is_a_link,
    post_pictures_stay_while_any_version_of_a_post_shows_them,
    uploads_sent_at_once_never_pass_the_daily_quota,
    a_badge_gets_an_uploaded_picture_in_place_of_its_icon,
);

/// Sends `bytes` as a picture of `kind`, as the page's script does (JSON back).
pub async fn upload(base: &str, c: &Client, kind: &str, name: &str, bytes: Vec<u8>) -> Response {
    let file = multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str("image/jpeg").expect("mime");
    let form = multipart::Form::new().text("kind", kind.to_string()).part("file", file);
    c.post(format!("{base}/media/upload"))
        .header("origin", base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// The JSON of a successful upload.
async fn stored(res: Response) -> Value {
    assert_eq!(res.status(), 200, "upload refused");
    json(res).await
}

async fn message(res: Response, status: u16) -> String {
    assert_eq!(res.status(), status);
    let v = json(res).await;
    v.as_object()
        .and_then(|o| o.values().next())
        .map(|e| e["message"].as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

async fn get(c: &Client, url: &str) -> Response {
    c.get(url).send().await.expect("get")
}

async fn an_avatar_is_served_in_two_sizes_and_shown_beside_the_members_posts(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let pic = stored(upload(&app.base, &ada, "avatar", "me.jpg", photo_with_gps(1200, 800)).await).await;
    let hash = pic["hash"].as_str().unwrap().to_string();
    assert_eq!(pic["url"], format!("/media/{hash}.jpg"));
    assert_eq!((pic["width"].as_u64(), pic["height"].as_u64()), (Some(256), Some(256)));

    let guest = app.client();
    let full = get(&guest, &app.url(&format!("/media/{hash}.jpg"))).await;
    assert_eq!(full.status(), 200);
    assert_eq!(full.headers()["content-type"], "image/jpeg");
    assert_eq!(full.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(full.headers()["x-content-type-options"], "nosniff");
    let etag = full.headers()["etag"].to_str().unwrap().to_string();
    let bytes = full.bytes().await.unwrap();
    assert!(!bytes.windows(GPS_MARK.len()).any(|w| w == GPS_MARK), "the GPS position is not served");
    assert!(!jpeg_markers(&bytes).contains(&0xE1), "no EXIF segment is served");
    let small = get(&guest, &app.url(&format!("/media/{hash}-64.jpg"))).await;
    let small = image::load_from_memory(&small.bytes().await.unwrap()).unwrap();
    assert_eq!((small.width(), small.height()), (64, 64));
    let again = guest.get(app.url(&format!("/media/{hash}.jpg"))).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    for missing in
        [format!("/media/{hash}.png"), "/media/0123456789abcdef0123456789abcdef.jpg".into(), "/media/x.jpg".into()]
    {
        assert_eq!(get(&guest, &app.url(&missing)).await.status(), 404, "{missing}");
    }

    // The picture is beside the name on the profile and on each post.
    let handle = json(app.call(&ada, "media/get_my_picture", &[]).await).await["handle"].as_str().unwrap().to_string();
    let profile = json(app.call(&guest, "profiles/get_profile", &[("handle", &handle)]).await).await;
    assert_eq!(profile["avatar"], hash.as_str());
    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
    let made =
        app.call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Hello all"), ("body", "Hi")]).await;
    let topic = json(made).await["topic_id"].as_i64().unwrap();
    let page = json(app.call(&guest, "forum/fetch_topic", &[("id", &topic.to_string()), ("page", "1")]).await).await;
    assert_eq!(page["posts"][0]["author_avatar"], hash.as_str());
    let html = get(&guest, &app.url(&format!("/forum/t/{topic}/hello-all"))).await.text().await.unwrap();
    assert!(html.contains(&format!("src=\"/media/{hash}-64.jpg\"")), "the post shows the small avatar");
    let listed = json(app.call(&guest, "forum/fetch_category", &[("slug", "general"), ("page", "1")]).await).await;
    assert_eq!(listed["topics"][0]["author_avatar"], hash.as_str(), "and so does the topic list");

    // Removing it brings the initials back.
    assert_eq!(app.call(&ada, "media/remove_avatar", &[]).await.status(), 200);
    let profile = json(app.call(&guest, "profiles/get_profile", &[("handle", &handle)]).await).await;
    assert!(profile["avatar"].is_null());
}

async fn a_renamed_page_an_svg_a_bomb_a_cut_short_jpeg_and_a_huge_body_are_refused_and_nothing_is_stored(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let whole = photo(400, 300);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("page.jpg", b"<!DOCTYPE html><html><script>alert(1)</script></html>".to_vec(), "an HTML page"),
        ("logo.png", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(), "an SVG drawing"),
        ("bomb.png", png_claiming(50_000, 50_000), "50000 × 50000 pixels"),
        ("cut.jpg", whole[..whole.len() / 2].to_vec(), "damaged or cut short"),
        ("empty.jpg", Vec::new(), "Choose a picture"),
    ];
    for (name, bytes, expected) in cases {
        let said = message(upload(&app.base, &ada, "post", name, bytes).await, 422).await;
        assert!(said.contains(expected), "{name}: {said}");
    }
    let said = message(upload(&app.base, &ada, "banner", "x.jpg", photo(10, 10)).await, 422).await;
    assert!(said.contains("avatar, post, story, logo or reward"), "{said}");
    // 16 MB: refused from its declared length, before it is read. The server answers and closes while the
    // client may still be sending, so the client sees either the 413 or the connection cut.
    let file = multipart::Part::bytes(vec![0xFF; 16 * 1024 * 1024]).file_name("huge.jpg");
    let form = multipart::Form::new().text("kind", "post").part("file", file);
    let huge = ada.post(app.url("/media/upload")).header("origin", &app.base).multipart(form).send().await;
    if let Ok(res) = huge {
        assert_eq!(res.status(), 413);
    }
    assert_eq!((app.count("media").await, app.count("uploads").await), (0, 0));
}

async fn only_confirmed_members_upload_and_only_admins_upload_reward_pictures(app: TestApp) {
    let guest = app.client();
    assert_eq!(upload(&app.base, &guest, "avatar", "a.jpg", photo(50, 50)).await.status(), 401);
    let newcomer = app.client();
    assert_eq!(app.sign_up_only(&newcomer, "new@example.com", "New", "a long enough passphrase").await.status(), 200);
    assert_eq!(app.sign_in(&newcomer, "new@example.com", "a long enough passphrase").await.status(), 200);
    assert_eq!(upload(&app.base, &newcomer, "post", "a.jpg", photo(50, 50)).await.status(), 403);
    let ada = app.member("ada@example.com", "member").await;
    assert_eq!(upload(&app.base, &ada, "reward", "r.jpg", photo(50, 50)).await.status(), 403);
    let admin = app.member("admin@example.com", "admin").await;
    let reward = stored(upload(&app.base, &admin, "reward", "r.png", photo(1000, 500)).await).await;
    assert_eq!((reward["width"].as_u64(), reward["height"].as_u64()), (Some(800), Some(400)));
    // A request from another site is stopped before the file is read.
    let file = multipart::Part::bytes(photo(50, 50)).file_name("a.jpg");
    let form = multipart::Form::new().text("kind", "post").part("file", file);
    let forged = admin.post(app.url("/media/upload")).header("origin", "https://evil.example").multipart(form);
    assert_eq!(forged.send().await.unwrap().status(), 403);
    assert_eq!(app.count("uploads").await, 1);
}

async fn the_daily_quota_stops_a_member_but_not_an_admin(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let admin = app.member("admin@example.com", "admin").await;
    let per_day = app.state.settings.uploads_per_day;
    for i in 0..per_day {
        stored(upload(&app.base, &ada, "post", "p.jpg", photo(20 + i, 20)).await).await;
    }
    let said = message(upload(&app.base, &ada, "post", "p.jpg", photo(10, 10)).await, 429).await;
    assert!(said.contains(&format!("{per_day} pictures today")), "{said}");
    for i in 0..per_day + 1 {
        stored(upload(&app.base, &admin, "post", "p.jpg", photo(20 + i, 30)).await).await;
    }
}

async fn a_hidden_picture_is_served_to_moderators_only_and_an_avatar_gives_way_to_initials(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let moderator = app.member("mod@example.com", "moderator").await;
    let hash = stored(upload(&app.base, &ada, "avatar", "me.jpg", photo(300, 300)).await).await["hash"]
        .as_str()
        .unwrap()
        .to_string();
    let url = app.url(&format!("/media/{hash}.jpg"));
    assert_eq!(app.call(&ada, "media/hide_picture", &[("hash", &hash), ("hide", "true")]).await.status(), 403);
    let listed = json(app.call(&moderator, "media/recent_pictures", &[("page", "1")]).await).await;
    assert_eq!(listed["pictures"][0]["hash"], hash.as_str());
    assert_eq!(listed["pictures"][0]["owner_handle"], "someone");
    assert_eq!(app.call(&moderator, "media/hide_picture", &[("hash", &hash), ("hide", "true")]).await.status(), 200);
    assert_eq!(get(&app.client(), &url).await.status(), 404);
    assert_eq!(get(&ada, &url).await.status(), 404);
    let seen = get(&moderator, &url).await;
    assert_eq!((seen.status().as_u16(), seen.headers()["cache-control"].to_str().unwrap()), (200, "no-store"));
    let profile = json(app.call(&ada, "media/get_my_picture", &[]).await).await;
    assert!(profile["avatar"].is_null(), "the member has their initials back");
    let audit = app.count("audit_log WHERE action = 'picture.hide'").await;
    assert_eq!(audit, 1);
    assert_eq!(app.call(&moderator, "media/hide_picture", &[("hash", &hash), ("hide", "false")]).await.status(), 200);
    assert_eq!(get(&app.client(), &url).await.status(), 200);
    let unknown = [("hash", "0123456789abcdef0123456789abcdef"), ("hide", "true")];
    assert_eq!(app.call(&moderator, "media/hide_picture", &unknown).await.status(), 404);
}

async fn a_plain_form_upload_redirects_to_a_page_of_this_site_only(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    for (then, expected) in [
        ("/me/profile?picture=saved", "/me/profile?picture=saved"),
        ("https://evil.example/", "/me/profile"),
        ("//evil.example", "/me/profile"),
    ] {
        let file = multipart::Part::bytes(photo(60, 60)).file_name("me.jpg");
        let form = multipart::Form::new().text("kind", "avatar").text("then", then).part("file", file);
        let res = ada.post(app.url("/media/upload")).header("origin", &app.base).multipart(form).send().await.unwrap();
        assert_eq!(res.status(), 303, "{then}");
        assert_eq!(res.headers()["location"], expected);
    }
    let file = multipart::Part::bytes(b"<svg/>".to_vec()).file_name("me.jpg");
    let form = multipart::Form::new().text("kind", "avatar").part("file", file);
    let res = ada.post(app.url("/media/upload")).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("an SVG drawing, not a picture"));
}

async fn a_reward_gets_an_uploaded_picture_in_place_of_an_address_browsers_never_showed(app: TestApp) {
    use crate::rewards::{create_reward, reward_form};
    let admin = app.member("admin@example.com", "admin").await;
    let id = create_reward(&app, &admin, &reward_form("Hoodie", "100", "5", &[])).await;
    let old = "UPDATE rewards SET image_url = 'https://cdn.example.com/hoodie.png' WHERE id = $1";
    app::on_db!(&app.state.db, p => sqlx::query(old).bind(id).execute(p).await.map(|_| ())).unwrap();
    let listed = json(app.call(&admin, "rewards/get_rewards_admin", &[]).await).await;
    assert_eq!(listed["rewards"][0]["legacy_image_url"], "https://cdn.example.com/hoodie.png");
    assert!(listed["rewards"][0]["image_url"].is_null(), "an outside address is never shown");

    // The plain form on the admin page: the picture goes to the reward it names.
    let file = multipart::Part::bytes(photo(1000, 1000)).file_name("hoodie.jpg");
    let form = multipart::Form::new()
        .text("kind", "reward")
        .text("reward", id.to_string())
        .text("then", format!("/admin/rewards#reward-{id}"))
        .part("file", file);
    let res = admin.post(app.url("/media/upload")).header("origin", &app.base).multipart(form).send().await.unwrap();
    assert_eq!(
        (res.status().as_u16(), res.headers()["location"].to_str().unwrap()),
        (303, format!("/admin/rewards#reward-{id}").as_str())
    );
    let catalogue = json(app.call(&app.client(), "rewards/get_catalogue", &[]).await).await;
    let url = catalogue["rewards"][0]["image_url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/media/") && url.ends_with(".jpg"), "{url}");
    assert_eq!(get(&app.client(), &app.url(&url)).await.status(), 200);
    let listed = json(app.call(&admin, "rewards/get_rewards_admin", &[]).await).await;
    assert!(listed["rewards"][0]["legacy_image_url"].is_null(), "the old address is cleared");
    assert_eq!(app.count("audit_log WHERE action = 'reward_picture'").await, 1);

    // A picture for a reward that does not exist is refused, and nothing is stored.
    let media_before = app.count("media").await;
    let file = multipart::Part::bytes(photo(90, 90)).file_name("x.jpg");
    let form = multipart::Form::new().text("kind", "reward").text("reward", "9999").part("file", file);
    let res = admin
        .post(app.url("/media/upload"))
        .header("origin", &app.base)
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(app.count("media").await, media_before);

    assert_eq!(
        app.call(&admin, "rewards/remove_reward_picture", &[("reward_id", &id.to_string())]).await.status(),
        200
    );
    let catalogue = json(app.call(&app.client(), "rewards/get_catalogue", &[]).await).await;
    assert!(catalogue["rewards"][0]["image_url"].is_null());
}

async fn a_picture_in_a_post_is_shown_and_one_from_another_site_is_a_link(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let url = stored(upload(&app.base, &ada, "post", "team.jpg", photo(2400, 1200)).await).await["url"]
        .as_str()
        .unwrap()
        .to_string();
    let mine = json(app.call(&ada, "media/my_pictures", &[("page", "1")]).await).await;
    assert_eq!(mine["pictures"][0]["markdown"], format!("![Describe the picture]({url})"));
    assert_eq!(mine["pictures"][0]["width"], 1600);
    let theirs = json(app.call(&admin, "media/my_pictures", &[("page", "1")]).await).await;
    assert_eq!(theirs["pictures"].as_array().unwrap().len(), 0, "each member sees only their own");

    let form = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &form).await.status(), 200);
    let body = format!("Our team:\n\n![The team at the summit]({url})\n\n![tracker](https://evil.example/pixel.png)");
    let made =
        app.call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Summit"), ("body", &body)]).await;
    let topic = json(made).await["topic_id"].as_i64().unwrap();
    let page =
        json(app.call(&app.client(), "forum/fetch_topic", &[("id", &topic.to_string()), ("page", "1")]).await).await;
    let html = page["posts"][0]["body_html"].as_str().unwrap();
    assert!(html.contains(&format!("<img src=\"{url}\" alt=\"The team at the summit\" loading=\"lazy\">")), "{html}");
    assert!(html.contains("<a href=\"https://evil.example/pixel.png\""), "{html}");
    assert!(!html.contains("<img src=\"https://"), "{html}");
}

/// Makes every picture and upload look a day and a minute old.
async fn age_a_day(app: &TestApp) {
    let old = app::db::now() - app::media::sweep::GRACE_SECS - 60;
    for sql in ["UPDATE media SET created_at = $1", "UPDATE uploads SET created_at = $1"] {
        app::on_db!(&app.state.db, p => sqlx::query(sql).bind(old).execute(p).await.map(|_| ())).expect("age");
    }
}

async fn pictures_nothing_uses_are_swept_after_a_day_and_used_ones_stay(app: TestApp) {
    sweep_keeps_what_is_used(&app, &app.base).await;
}

/// Two avatars, the first replaced by the second: after a day the first is swept (rows and files), the
/// second stays; running the sweep again (as another node would) removes nothing more.
async fn sweep_keeps_what_is_used(app: &TestApp, base: &str) {
    let ada = app.member("ada@example.com", "member").await;
    let old = stored(upload(base, &ada, "avatar", "a.jpg", photo(100, 100)).await).await["hash"]
        .as_str()
        .unwrap()
        .to_string();
    let new = stored(upload(base, &ada, "avatar", "b.jpg", photo(120, 100)).await).await["hash"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 0, "nothing is swept within a day");
    age_a_day(app).await;
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 1);
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 0);
    let guest = app.client();
    assert_eq!(get(&guest, &format!("{base}/media/{old}.jpg")).await.status(), 404);
    assert_eq!(app.state.media.get(&format!("{old}.jpg")).await.unwrap(), None, "the file is gone");
    assert_eq!(app.state.media.get(&format!("{old}-64.jpg")).await.unwrap(), None, "its small size too");
    assert_eq!(get(&guest, &format!("{base}/media/{new}-64.jpg")).await.status(), 200);
    assert_eq!(app.count("media").await, 1);
}

/// On a real S3 server: the same journey, with the bucket checked directly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pictures_are_kept_in_an_s3_bucket() {
    let s3 = S3Server::start("chorus-one").await;
    let app = common::spawn_app_with_uploads(Backend::Sqlite, common::test_settings(), s3.url("chorus-one")).await;
    common::within_limit("pictures_are_kept_in_an_s3_bucket", async {
        let ada = app.member("ada@example.com", "member").await;
        let hash = stored(upload(&app.base, &ada, "avatar", "a.jpg", photo(100, 100)).await).await["hash"]
            .as_str()
            .unwrap()
            .to_string();
        let in_bucket = get(&Client::new(), &format!("{}/chorus-one/{hash}-64.jpg", s3.endpoint)).await;
        assert_eq!(in_bucket.status(), 200, "the object is in the bucket");
        let served = get(&app.client(), &app.url(&format!("/media/{hash}-64.jpg"))).await.bytes().await.unwrap();
        assert_eq!(served, in_bucket.bytes().await.unwrap());
        app::on_db!(&app.state.db, p => sqlx::query("UPDATE users SET avatar = NULL").execute(p).await.map(|_| ()))
            .unwrap();
        age_a_day(&app).await;
        assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 1);
        let gone = get(&Client::new(), &format!("{}/chorus-one/{hash}.jpg", s3.endpoint)).await;
        assert_eq!(gone.status(), 404, "the sweep removed the object from the bucket");
    })
    .await;
}

/// Two `chorus serve` processes on one PostgreSQL database and one bucket: a picture uploaded through one is
/// served by the other, byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_one_bucket_serve_each_others_pictures() {
    let s3 = S3Server::start("chorus-two").await;
    let (url, _db) = common::fresh_database(Backend::Postgres).await;
    let migrated = app::db::Db::connect(&url, 2).await.unwrap();
    migrated.migrate().await.unwrap();
    let uploads = s3.url("chorus-two");
    let a = common::nodes::start_node_with(&url, &["--uploads-url", &uploads]);
    let b = common::nodes::start_node_with(&url, &["--uploads-url", &uploads]);
    common::nodes::wait_ready(&a).await;
    common::nodes::wait_ready(&b).await;
    common::within_limit("two_nodes_on_one_bucket_serve_each_others_pictures", async {
        let ada = Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let res = common::sign_up_at(&migrated, &a.1, &ada, "ada@example.com", "Ada", "a long enough passphrase").await;
        assert_eq!(res.status(), 200);
        let pic = stored(upload(&a.1, &ada, "post", "p.jpg", photo(2000, 1000)).await).await;
        let url = pic["url"].as_str().unwrap();
        let from_a = get(&Client::new(), &format!("{}{url}", a.1)).await.bytes().await.unwrap();
        let from_b = get(&Client::new(), &format!("{}{url}", b.1)).await;
        assert_eq!(from_b.status(), 200);
        assert_eq!(from_b.bytes().await.unwrap(), from_a);
        assert_eq!(image::load_from_memory(&from_a).unwrap().width(), 1600);
    })
    .await;
}

/// Three post pictures: one in a post, one only in a post's first version (its history still shows it), one in
/// nothing. A day later only the third is swept; once the member deletes her account and its posts, the others go.
async fn post_pictures_stay_while_any_version_of_a_post_shows_them(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let mut hashes = Vec::new();
    for width in [200, 210, 220] {
        let pic = stored(upload(&app.base, &ada, "post", "p.jpg", photo(width, 100)).await).await;
        hashes.push(pic["hash"].as_str().unwrap().to_string());
    }
    let cat = [("id", "0"), ("slug", "general"), ("name", "General"), ("description", "All"), ("position", "1")];
    assert_eq!(app.call(&admin, "forum/save_category", &cat).await.status(), 200);
    let body = format!("Our board: ![board](/media/{}.jpg) and ![old](/media/{}.jpg)", hashes[0], hashes[1]);
    let topic = json(
        app.call(&ada, "forum/create_topic", &[("category", "general"), ("title", "Boards"), ("body", &body)]).await,
    )
    .await;
    let post_id = topic["post_id"].to_string();
    let edited = format!("Our board: ![board](/media/{}.jpg)", hashes[0]);
    let res = app.call(&ada, "forum/edit_post", &[("post_id", &post_id), ("body", &edited)]).await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);

    age_a_day(&app).await;
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 1, "only the picture nothing shows");
    let guest = app.client();
    assert_eq!(get(&guest, &app.url(&format!("/media/{}.jpg", hashes[2]))).await.status(), 404);
    for kept in &hashes[..2] {
        assert_eq!(get(&guest, &app.url(&format!("/media/{kept}.jpg"))).await.status(), 200);
    }

    let gone = [("password", "a long enough passphrase"), ("posts", "remove"), ("confirm", "yes")];
    assert_eq!(app.call(&ada, "privacy/delete_my_account", &gone).await.status(), 200);
    assert_eq!(app::media::sweep::sweep(&app.state, 100).await.unwrap(), 2, "her removed posts showed the other two");
    assert_eq!(app.count("media").await, 0);
}

/// The quota holds under concurrency: with 45 uploads of the day's 50 used, ten different pictures sent at once
/// store exactly five; the others are refused with the quota's message and leave no rows.
async fn uploads_sent_at_once_never_pass_the_daily_quota(app: TestApp) {
    let ada = app.member("ada@example.com", "member").await;
    let per_day = i64::from(app.state.settings.uploads_per_day);
    let first = stored(upload(&app.base, &ada, "post", "p.jpg", photo(40, 40)).await).await;
    let ada_id = app.user_id("ada@example.com").await;
    let fill = "INSERT INTO uploads (hash, owner_id, created_at) VALUES ($1, $2, $3)";
    for _ in 1..per_day - 5 {
        app::on_db!(&app.state.db, p => sqlx::query(fill).bind(first["hash"].as_str().unwrap()).bind(ada_id).bind(app::db::now()).execute(p).await.map(|_| ()))
            .unwrap();
    }
    let sends = (0..10u32).map(|i| {
        let (base, c) = (app.base.clone(), ada.clone());
        tokio::spawn(async move { upload(&base, &c, "post", "p.jpg", photo(50 + i, 41)).await.status().as_u16() })
    });
    let mut codes = Vec::new();
    for send in sends {
        codes.push(send.await.unwrap());
    }
    codes.sort_unstable();
    assert_eq!(codes, [200, 200, 200, 200, 200, 429, 429, 429, 429, 429], "exactly the five left");
    assert_eq!(app.count(&format!("uploads WHERE owner_id = {ada_id}")).await, per_day);
    assert_eq!(app.count("media").await, 6, "the refused pictures left no rows");
}

async fn a_badge_gets_an_uploaded_picture_in_place_of_its_icon(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    let ada = app.member("ada@example.com", "member").await;
    let id: i64 =
        app::on_db!(&app.state.db, p => sqlx::query_scalar("SELECT MIN(id) FROM badges").fetch_one(p).await).unwrap();
    let send = |c: Client, kind: &'static str, badge: String| {
        let app = &app;
        async move {
            let file = multipart::Part::bytes(photo(300, 300)).file_name("badge.png");
            let form = multipart::Form::new()
                .text("kind", kind)
                .text("badge", badge)
                .text("then", "/admin/badges")
                .part("file", file);
            c.post(app.url("/media/upload"))
                .header("origin", &app.base)
                .header("accept", "application/json")
                .multipart(form)
                .send()
                .await
                .unwrap()
        }
    };
    let media_before = app.count("media").await;
    assert_eq!(send(ada.clone(), "logo", id.to_string()).await.status(), 403, "admins only");
    assert_eq!(send(admin.clone(), "logo", "9999".into()).await.status(), 404);
    assert_eq!(send(admin.clone(), "avatar", id.to_string()).await.status(), 422, "a badge's picture is a logo");
    assert_eq!(app.count("media").await, media_before, "nothing stored");
    assert_eq!(send(admin.clone(), "logo", id.to_string()).await.status(), 200);
    let all = json(app.call(&admin, "recognition/get_all_badges", &[]).await).await;
    let badge = all.as_array().unwrap().iter().find(|b| b["id"] == id).unwrap().clone();
    let url = badge["image_url"].as_str().expect("a picture").to_string();
    assert!(url.starts_with("/media/"), "{url}");
    let page = get(&app.client(), &app.url("/badges")).await.text().await.unwrap();
    assert!(page.contains(&format!("src=\"{url}\"")), "the picture stands in for the icon");
    assert_eq!(app.count("audit_log WHERE action = 'badge_picture'").await, 1);
    // The sweep of unused pictures keeps it.
    let kept = "UPDATE media SET created_at = created_at - 2 * 86400";
    app::on_db!(&app.state.db, p => sqlx::query(kept).execute(p).await.map(|_| ())).unwrap();
    let unused = app::media::repo::unused(&app.state.db, app::db::now() - 86_400, 100).await.unwrap();
    assert!(!unused.iter().any(|(hash, _, _)| url.contains(hash.as_str())), "a badge's picture is in use");

    let remove = app.call(&admin, "recognition/remove_badge_picture", &[("id", &id.to_string())]).await;
    assert_eq!(remove.status(), 200);
    let all = json(app.call(&admin, "recognition/get_all_badges", &[]).await).await;
    assert!(all.as_array().unwrap().iter().find(|b| b["id"] == id).unwrap()["image_url"].is_null());
    assert_eq!(app.call(&ada, "recognition/remove_badge_picture", &[("id", &id.to_string())]).await.status(), 403);
}
