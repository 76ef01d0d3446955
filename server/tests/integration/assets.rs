//! The browser assets as `make build-release` packages them (`frontend/package.sh`, run here on small stand-in
//! files) and as `chorus serve` sends them: content-named, precompressed copies sent as they are, cached for a
//! year; pages never cached.

use crate::common::{fresh_database, nodes::wait_ready, Backend, TestApp};
use std::{path::Path, process::Command};

both_backends!(visitors_read_without_the_app_and_members_get_it);

/// A visitor who is not signed in reads the public pages without any script (every page works without one) and
/// gets the app where they fill a form; a member's pages all load the app, by the names of this build.
async fn visitors_read_without_the_app_and_members_get_it(app: TestApp) {
    let html_of = |client: &reqwest::Client, path: &str| {
        let req = client.get(app.url(path)).header("accept", "text/html").send();
        async move { req.await.unwrap().text().await.unwrap() }
    };
    let reading = ["/", "/forum", "/stories", "/rewards", "/leaderboard"];
    let guest = app.client();
    for path in reading {
        let html = html_of(&guest, path).await;
        assert!(html.contains("<main"), "{path} rendered");
        assert!(!html.contains("<script type=\"module\"") && !html.contains("modulepreload"), "{path}: {html}");
    }
    for path in ["/sign-in", "/sign-up", "/forgot-password"] {
        assert!(html_of(&guest, path).await.contains("modulepreload"), "{path} checks fields as they are typed");
    }
    let member = app.member("ada@example.com", "member").await;
    for path in reading.into_iter().chain(["/sign-in", "/account"]) {
        let html = html_of(&member, path).await;
        assert!(html.contains("rel=\"modulepreload\" href=\"/pkg/chorus.js\""), "{path} loads the app: {html}");
        assert!(html.contains("/pkg/chorus_bg.wasm"), "{path}");
    }
    // Signed out again: HTML alone.
    assert_eq!(app.call(&member, "accounts/sign_out", &[]).await.status(), 200);
    assert!(!html_of(&member, "/forum").await.contains("modulepreload"));
}

/// A stand-in for wasm-bindgen's output: a script and a "WASM" file, large enough to be worth compressing.
fn built(dir: &Path, words: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("chorus.js"), format!("export default function init() {{}} // {}\n", words.repeat(200)))
        .unwrap();
    std::fs::write(dir.join("chorus_bg.wasm"), words.repeat(2000)).unwrap();
}

fn package(built: &Path, site: &Path, precompress: bool) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/package.sh");
    let mut cmd = Command::new("bash");
    cmd.arg(script).arg(built).arg(site);
    if precompress {
        cmd.arg("--precompress");
    }
    let out = cmd.output().expect("run frontend/package.sh");
    assert!(out.status.success(), "package.sh failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn manifest(site: &Path) -> (String, String) {
    let text = std::fs::read_to_string(site.join("pkg/manifest.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    (v["script"].as_str().unwrap().to_string(), v["stylesheet"].as_str().unwrap().to_string())
}

#[test]
fn packaging_names_files_after_their_content_and_keeps_only_the_current_build() {
    let dir = tempfile::tempdir().unwrap();
    let (first, site) = (dir.path().join("first"), dir.path().join("site"));
    built(&first, "alpha beta ");
    package(&first, &site, true);
    let (script, css) = manifest(&site);
    assert!(script.starts_with("chorus-") && script.len() == "chorus-".len() + 16, "{script}");
    for file in [format!("{script}.js"), format!("{script}_bg.wasm"), css.clone()] {
        for suffix in ["", ".br", ".gz"] {
            assert!(site.join("pkg").join(format!("{file}{suffix}")).is_file(), "{file}{suffix} missing");
        }
    }
    // The same content again: the same names (a cache in front keeps working).
    package(&first, &site, true);
    assert_eq!(manifest(&site), (script.clone(), css.clone()));
    // New code: a new name for the script and its WASM, the old ones gone, the style sheet's name unchanged.
    let second = dir.path().join("second");
    built(&second, "gamma delta ");
    package(&second, &site, true);
    let (script2, css2) = manifest(&site);
    assert_ne!(script2, script);
    assert_eq!(css2, css);
    assert!(!site.join("pkg").join(format!("{script}_bg.wasm")).exists());
    assert!(!site.join("pkg").join(format!("{script}_bg.wasm.br")).exists());
}

#[tokio::test]
async fn assets_are_sent_precompressed_and_cached_for_good_pages_never() {
    let dir = tempfile::tempdir().unwrap();
    let (built_dir, site) = (dir.path().join("built"), dir.path().join("site"));
    built(&built_dir, "community advocacy ");
    package(&built_dir, &site, true);
    let (script, css) = manifest(&site);
    let (url, _db) = fresh_database(Backend::Sqlite).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["--database-url", &url, "serve", "--addr", &format!("127.0.0.1:{port}"), "--site-root"])
        .arg(&site)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chorus");
    let node = crate::common::nodes::Node(child, format!("http://127.0.0.1:{port}"));
    wait_ready(&node).await;
    let client = reqwest::Client::new();

    // The page names this build's style sheet, and is itself never reused without asking.
    let page = client.get(format!("{}/", node.1)).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "private, no-cache");
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("href=\"/pkg/{css}\"")), "style sheet not linked by its hashed name");

    let wasm = format!("{}/pkg/{script}_bg.wasm", node.1);
    let on_disk = |suffix: &str| std::fs::read(site.join("pkg").join(format!("{script}_bg.wasm{suffix}"))).unwrap();
    for (accept, encoding, suffix) in [("br, gzip", Some("br"), ".br"), ("gzip", Some("gzip"), ".gz"), ("", None, "")] {
        let mut req = client.get(&wasm);
        if !accept.is_empty() {
            req = req.header("accept-encoding", accept);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 200, "{accept}");
        let h = res.headers().clone();
        assert_eq!(h["cache-control"], "public, max-age=31536000, immutable", "{accept}");
        assert_eq!(h["content-type"], "application/wasm", "{accept}");
        assert_eq!(h.get("content-encoding").map(|v| v.to_str().unwrap()), encoding, "{accept}");
        assert!(h["vary"].to_str().unwrap().to_lowercase().contains("accept-encoding"), "{accept}");
        // The bytes made at build time, exactly: nothing compressed per request.
        assert_eq!(res.bytes().await.unwrap().to_vec(), on_disk(suffix), "{accept}");
    }
    let res = client.get(format!("{}/pkg/{css}", node.1)).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "text/css");
    assert_eq!(res.headers()["content-encoding"], "br");

    // The manifest and anything not named after its content are revalidated; unknown files are 404, uncached.
    let res = client.get(format!("{}/pkg/manifest.json", node.1)).send().await.unwrap();
    assert_eq!((res.status().as_u16(), res.headers()["cache-control"].to_str().unwrap()), (200, "no-cache"));
    let res = client.get(format!("{}/pkg/chorus-0000000000000000.js", node.1)).send().await.unwrap();
    assert_eq!((res.status().as_u16(), res.headers()["cache-control"].to_str().unwrap()), (404, "no-cache"));
}
