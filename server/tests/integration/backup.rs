//! `chorus backup` while the portal serves, and `chorus restore` into an empty database on both backends: the
//! accounts, the ledger and the uploads come back, a member signs in on the restored copy, and a restore over
//! data, into the other kind of database, or from a file that is not a backup is refused.

use crate::common::{self, points::adjust, Backend, TestApp, TestFolder};
use std::process::Command;

both_backends!(a_backup_taken_while_serving_restores_into_an_empty_database);

fn chorus(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chorus"))
        .arg("--database-url")
        .arg(database_url)
        .args(args)
        .output()
        .expect("chorus runs")
}

async fn scalar(db: &app::db::Db, sql: &str) -> i64 {
    app::on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

async fn a_backup_taken_while_serving_restores_into_an_empty_database(_unused: TestApp) {
    let backend = _unused.backend();
    drop(_unused);
    let uploads = TestFolder::new();
    let app = common::spawn_app_with_uploads(backend, common::test_settings(), uploads.0.display().to_string()).await;
    let admin = app.member("admin@example.com", "admin").await;
    app.member("ada@example.com", "member").await;
    assert_eq!(adjust(&app, &admin, "ada@example.com", "75", "Case study", "key-backup-1").await.status(), 200);
    let picture = b"\x89PNG not really, but bytes all the same".to_vec();
    app.state.media.put("0123abcd.png", picture.clone()).await.unwrap();

    let folder = TestFolder::new();
    std::fs::create_dir_all(&folder.0).unwrap();
    let file = folder.0.join("chorus.backup");
    let file_arg = file.display().to_string();
    let uploads_arg = uploads.0.display().to_string();
    let out = chorus(&app.database_url, &["backup", &file_arg, "--uploads-url", &uploads_arg]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 uploads"), "{}", String::from_utf8_lossy(&out.stdout));
    if backend == Backend::Sqlite {
        let nowhere = format!("sqlite://{}/missing.db", folder.0.display());
        let missing = chorus(&nowhere, &["backup", &folder.0.join("x.backup").display().to_string()]);
        assert!(
            String::from_utf8_lossy(&missing.stderr).contains("there is no database"),
            "{}",
            String::from_utf8_lossy(&missing.stderr)
        );
        assert!(!folder.0.join("missing.db").exists(), "no empty database was made");
    }
    let again = chorus(&app.database_url, &["backup", &file_arg, "--uploads-url", &uploads_arg]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    // Into an empty database of the same kind, with a new uploads folder.
    let (target, _guard) = common::fresh_database(backend).await;
    let restored_uploads = TestFolder::new();
    let restored_arg = restored_uploads.0.display().to_string();
    let out = chorus(&target, &["restore", &file_arg, "--uploads-url", &restored_arg]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let db = app::db::Db::connect(&target, 2).await.unwrap();
    for sql in [
        "SELECT COUNT(*) FROM users",
        "SELECT COUNT(*) FROM points_ledger",
        "SELECT CAST(COALESCE(SUM(balance), 0) AS BIGINT) FROM point_accounts",
    ] {
        assert_eq!(scalar(&db, sql).await, scalar(&app.state.db, sql).await, "{sql}");
    }
    assert_eq!(std::fs::read(restored_uploads.0.join("0123abcd.png")).unwrap(), picture);

    // Not over data, not across kinds, not from something else.
    let over = chorus(&target, &["restore", &file_arg, "--uploads-url", &restored_arg]);
    assert!(!over.status.success());
    assert!(String::from_utf8_lossy(&over.stderr).contains("not empty"), "{}", String::from_utf8_lossy(&over.stderr));
    let other = if backend == Backend::Sqlite { Backend::Postgres } else { Backend::Sqlite };
    let (elsewhere, _other_guard) = common::fresh_database(other).await;
    let across = chorus(&elsewhere, &["restore", &file_arg, "--uploads-url", &restored_arg]);
    assert!(
        String::from_utf8_lossy(&across.stderr).contains("same kind of database"),
        "{}",
        String::from_utf8_lossy(&across.stderr)
    );
    let junk = folder.0.join("junk.backup");
    std::fs::write(&junk, b"not a tar file at all").unwrap();
    let (fresh, _fresh_guard) = common::fresh_database(backend).await;
    let refused = chorus(&fresh, &["restore", &junk.display().to_string(), "--uploads-url", &restored_arg]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not a Chorus backup"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );

    // The restored copy serves: the member signs in with the password they had.
    db.close().await;
    let node = common::nodes::start_node_with(&target, &["--uploads-url", &restored_arg]);
    common::nodes::wait_ready(&node).await;
    let c = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let res = common::call_at(
        &node.1,
        &c,
        "accounts/sign_in",
        &[("email", "ada@example.com"), ("password", "a long enough passphrase")],
    )
    .await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
}
