//! Imports, on both backends: members with their groups (and the welcome email), opening balances, testimonials
//! with their consent and reward codes, through the admin page's upload and `chorus import`. Each previews
//! without writing, refuses bad lines by number and reason, and a re-run (or a second process importing the
//! same file at once) writes nothing twice.

use super::{
    groups::group,
    rewards::{create_reward, reward_form},
};
use crate::common::{self, points::assert_books_balance, post_multipart, TestApp};
use reqwest::Client;
use serde_json::Value;
use std::process::Command;

both_backends!(
    members_preview_then_import_into_their_groups_and_a_rerun_creates_nobody_twice,
    opening_balances_are_one_ledger_row_each_and_a_rerun_adds_nothing,
    testimonials_keep_their_consent_and_codes_fill_the_reward_pool,
    two_processes_importing_one_file_at_once_write_each_row_once,
);

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    app::on_db!(&app.state.db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

/// Uploads `csv` as the page's form does and returns the report the page then shows (once).
async fn upload(app: &TestApp, admin: &Client, kind: &str, mode: &str, extra: &[(&str, &str)], csv: &str) -> Value {
    let mut fields = vec![("kind", kind), ("mode", mode)];
    fields.extend_from_slice(extra);
    let res = post_multipart(app, admin, "/admin/import/upload", &fields, csv).await;
    assert_eq!(res.status(), 303, "{:?}", res.text().await);
    assert_eq!(res.headers()["location"], format!("/admin/import?kind={kind}#import-report"));
    let page = common::json(app.call(admin, "imports/get_imports", &[]).await).await;
    let again = common::json(app.call(admin, "imports/get_imports", &[]).await).await;
    assert!(again["report"].is_null(), "the report is shown once");
    page["report"].clone()
}

fn counts(report: &Value) -> (u64, u64, u64, u64) {
    let n = |k: &str| report[k].as_u64().unwrap_or_else(|| panic!("{k} in {report}"));
    (n("read"), n("imported"), n("already"), n("refused_total"))
}

fn refused(report: &Value) -> Vec<(u64, String)> {
    report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["reason"].as_str().unwrap().to_string()))
        .collect()
}

const MEMBERS: &str = "Email,Name,Groups\r\n\
                       Ada@Example.com,Ada Lovelace,beta\r\n\
                       bob@example.com,,beta;customers\r\n\
                       not-an-address,Nobody,\r\n\
                       cy@example.com,Cy,nosuchgroup\r\n\
                       ada@example.com,Ada again,\r\n\
                       dee@example.com,\"Dee, from Sales\",customers\r\n";

async fn members_preview_then_import_into_their_groups_and_a_rerun_creates_nobody_twice(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    group(&app, &admin, "beta", "visible", "open").await;
    group(&app, &admin, "customers", "hidden", "admins").await;
    app.member("bob@example.com", "member").await;
    let people = app.count("users").await;

    // Only admins import.
    let member = app.member("eve@example.com", "member").await;
    let res = post_multipart(&app, &member, "/admin/import/upload", &[("kind", "members")], MEMBERS).await;
    assert_eq!(res.status(), 403);
    let people = people + 1;

    let preview = upload(&app, &admin, "members", "preview", &[("welcome", "1")], MEMBERS).await;
    assert_eq!(preview["dry_run"], true);
    assert_eq!(counts(&preview), (6, 2, 1, 3));
    assert_eq!(app.count("users").await, people, "a preview creates nobody");
    let lines = refused(&preview);
    assert_eq!(lines.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![4, 5, 6]);
    assert!(lines[1].1.contains("no group “nosuchgroup”"), "{lines:?}");
    assert_eq!(lines[2].1, "The address ada@example.com is on line 2 already.");
    let first = &preview["preview"][0];
    assert_eq!(first["line"], 2);
    assert_eq!(first["cells"], serde_json::json!(["ada@example.com", "Ada Lovelace", "beta"]));

    let before = common::last_mail_id(&app.state.db).await;
    let report = upload(&app, &admin, "members", "import", &[("welcome", "1")], MEMBERS).await;
    assert_eq!(counts(&report), (6, 2, 1, 3));
    assert_eq!(report["emailed"], 2);
    assert_eq!(app.count("users").await, people + 2);
    let in_groups = "SELECT COUNT(*) FROM group_members gm JOIN member_groups g ON g.id = gm.group_id
                     JOIN users u ON u.id = gm.user_id WHERE u.email IN ('ada@example.com', 'bob@example.com', 'dee@example.com')";
    assert_eq!(scalar(&app, in_groups).await, 4, "ada in beta, bob in beta and customers, dee in customers");
    let dee = "SELECT COUNT(*) FROM users WHERE email = 'dee@example.com' AND display_name = 'Dee, from Sales'
               AND email_verified_at IS NOT NULL";
    assert_eq!(scalar(&app, dee).await, 1, "a quoted cell keeps its comma");
    let (id, text) = app::mail::outbox::latest_to(&app.state.db, "ada@example.com", "imported_welcome")
        .await
        .unwrap()
        .expect("a welcome email");
    assert!(id > before);
    assert!(text.contains("/forgot-password"), "{text}");
    let welcomed = "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'imported_welcome'";
    assert_eq!(scalar(&app, welcomed).await, 2, "bob had an account: no welcome");

    // An imported member has no password until they choose one.
    let ada = app.client();
    assert_ne!(app.sign_in(&ada, "ada@example.com", "!imported").await.status(), 200);
    let audit = "SELECT COUNT(*) FROM audit_log WHERE action = 'import_members'";
    assert_eq!(scalar(&app, audit).await, 1, "the import is audited, the preview is not");

    let rerun = upload(&app, &admin, "members", "import", &[("welcome", "1")], MEMBERS).await;
    assert_eq!(counts(&rerun), (6, 0, 3, 3));
    assert_eq!(app.count("users").await, people + 2);
    assert_eq!(scalar(&app, welcomed).await, 2, "nobody is welcomed twice");

    // A file without the email column is refused whole, and said so on the page.
    let whole = upload(&app, &admin, "members", "import", &[], "name,groups\nAda,beta\n").await;
    let lines = refused(&whole);
    assert_eq!(lines[0].0, 0);
    assert!(lines[0].1.contains("“email” is missing"), "{lines:?}");
}

async fn opening_balances_are_one_ledger_row_each_and_a_rerun_adds_nothing(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    upload(&app, &admin, "members", "import", &[], "email\nada@example.com\nbob@example.com\n").await;
    let csv = "email,points,reason,key\n\
               ada@example.com,1200,Balance from our old programme,old-1\n\
               bob@example.com,300,,old-2\n\
               bob@example.com,50,Conference bonus,old-3\n\
               cy@example.com,10,,old-4\n\
               ada@example.com,0,,old-5\n\
               ada@example.com,-40,,old-6\n\
               ada@example.com,5,,old-1\n";
    let preview = upload(&app, &admin, "balances", "preview", &[], csv).await;
    assert_eq!(counts(&preview), (7, 3, 0, 4));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger").await, 0, "a preview writes no points");
    let lines = refused(&preview);
    assert!(lines[0].1.contains("No member has the address cy@example.com"), "{lines:?}");
    assert!(lines[1].1.contains("cannot be zero"), "{lines:?}");
    assert!(lines[2].1.contains("above zero"), "{lines:?}");
    assert_eq!(lines[3].1, "The key old-1 is on line 2 already (one opening balance per key).");

    let report = upload(&app, &admin, "balances", "import", &[], csv).await;
    assert_eq!(counts(&report), (7, 3, 0, 4));
    let balance = |email: &'static str| {
        let app = &app;
        async move {
            let sql = format!(
                "SELECT balance FROM point_accounts a JOIN users u ON u.id = a.user_id WHERE u.email = '{email}'"
            );
            scalar(app, &sql).await
        }
    };
    assert_eq!((balance("ada@example.com").await, balance("bob@example.com").await), (1200, 350));
    let reasons = "SELECT COUNT(*) FROM points_ledger WHERE note = 'Opening balance' AND amount = 300";
    assert_eq!(scalar(&app, reasons).await, 1, "an empty reason reads “Opening balance”");
    let rerun = upload(&app, &admin, "balances", "import", &[], csv).await;
    assert_eq!(counts(&rerun), (7, 0, 3, 4));
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger").await, 3);

    // Someone who signed up with a member's address but never confirmed it gets no points and no account
    // merge; a key used before for another amount is refused, not taken as done; a key longer than the
    // ledger's keys is kept by its digest.
    assert_eq!(
        app.sign_up_only(&app.client(), "mallory@example.com", "Mallory", "a long enough passphrase").await.status(),
        200
    );
    let long = "k".repeat(199);
    let more =
        format!("email,points,key\nmallory@example.com,500,m-1\nada@example.com,999,old-1\nbob@example.com,7,{long}\n");
    let report = upload(&app, &admin, "balances", "import", &[], &more).await;
    assert_eq!(counts(&report), (3, 1, 0, 2));
    let lines = refused(&report);
    assert!(lines[0].1.contains("has not confirmed it"), "{lines:?}");
    assert!(lines[1].1.contains("The key old-1 was used before for another member or amount"), "{lines:?}");
    assert_eq!(counts(&upload(&app, &admin, "balances", "import", &[], &more).await), (3, 0, 1, 2));
    let members = upload(&app, &admin, "members", "import", &[], "email\nmallory@example.com\n").await;
    assert!(refused(&members)[0].1.contains("has not confirmed it"), "{members}");
    assert_books_balance(&app).await;
}

async fn testimonials_keep_their_consent_and_codes_fill_the_reward_pool(app: TestApp) {
    let admin = app.member("admin@example.com", "admin").await;
    upload(&app, &admin, "members", "import", &[], "email,name\nada@example.com,Ada\nbob@example.com,Bob\n").await;
    let csv = "email,title,body,product,rating,consent,featured,company\n\
               ada@example.com,Launch in a week,\"We moved our launches to **boards**.\",Boards,5,named,yes,Acme\n\
               bob@example.com,Quiet wins,Less noise in standups.,Boards,4,Anonymous,,\n\
               ada@example.com,For the team only,Internal notes on rollout.,Boards,3,internal,no,\n\
               ada@example.com,Hidden but featured,Text,Boards,5,internal,yes,\n\
               cy@example.com,Stranger,Text,Boards,5,named,,\n\
               ada@example.com,No stars,Text,Boards,9,named,,\n";
    let preview = upload(&app, &admin, "testimonials", "preview", &[], csv).await;
    assert_eq!(counts(&preview), (6, 3, 0, 3));
    assert_eq!(app.count("stories").await, 0);
    let report = upload(&app, &admin, "testimonials", "import", &[], csv).await;
    assert_eq!(counts(&report), (6, 3, 0, 3));
    let lines = refused(&report);
    assert!(lines[0].1.contains("cannot be featured"), "{lines:?}");
    assert!(lines[1].1.contains("import the members first"), "{lines:?}");
    let approved = "SELECT COUNT(*) FROM stories WHERE status = 'approved' AND approved_at IS NOT NULL";
    assert_eq!(scalar(&app, approved).await, 3);
    let featured =
        "SELECT COUNT(*) FROM stories WHERE featured_at IS NOT NULL AND consent = 'named' AND company = 'Acme'
                    AND body_html LIKE '%<strong>boards</strong>%'";
    assert_eq!(scalar(&app, featured).await, 1);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM stories WHERE consent = 'anonymous'").await, 1);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM story_events").await, 7, "submit and approve each, one feature");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger").await, 0, "imported stories pay nothing");

    // Consent holds on the public side exactly as for stories written here.
    let wall = common::json(Client::new().get(app.url("/api/v1/testimonials")).send().await.unwrap()).await;
    let titles: Vec<&str> =
        wall["testimonials"].as_array().unwrap().iter().filter_map(|t| t["title"].as_str()).collect();
    assert!(titles.contains(&"Launch in a week") && titles.contains(&"Quiet wins"), "{wall}");
    assert!(!titles.contains(&"For the team only"), "an internal testimonial is never public");

    let rerun = upload(&app, &admin, "testimonials", "import", &[], csv).await;
    assert_eq!(counts(&rerun), (6, 0, 3, 3));
    assert_eq!(app.count("stories").await, 3);

    // Codes go to a discount-code reward's pool, named by title or number.
    let form = reward_form("Ten off", "10", "", &[("form[kind]", "discount_code")]);
    let coupon = create_reward(&app, &admin, &form).await;
    create_reward(&app, &admin, &reward_form("Mug", "10", "5", &[])).await;
    let codes =
        format!("reward,code\nTen off,TEN-1\nten OFF,TEN-2\n{coupon},TEN-3\nMug,MUG-1\nNothing,X-1\nTen off,TEN-1\n");
    let report = upload(&app, &admin, "codes", "import", &[], &codes).await;
    assert_eq!(counts(&report), (6, 3, 0, 3));
    let lines = refused(&report);
    assert!(lines[0].1.contains("not a discount-code reward"), "{lines:?}");
    assert!(lines[1].1.contains("There is no reward “Nothing”"), "{lines:?}");
    let stock = format!("SELECT stock FROM rewards WHERE id = {coupon}");
    assert_eq!(scalar(&app, &stock).await, 3, "the stock of a code reward is its codes");
    let rerun = upload(&app, &admin, "codes", "import", &[], &codes).await;
    assert_eq!(counts(&rerun), (6, 0, 3, 3));
    assert_eq!(scalar(&app, &stock).await, 3);
}

fn chorus(app: &TestApp, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chorus"));
    command.arg("--database-url").arg(&app.database_url).args(args);
    command
}

async fn two_processes_importing_one_file_at_once_write_each_row_once(app: TestApp) {
    app.member("admin@example.com", "admin").await;
    app.member("bob@example.com", "member").await;
    let folder = common::TestFolder::new();
    std::fs::create_dir_all(&folder.0).unwrap();
    let members = folder.0.join("members.csv");
    let balances = folder.0.join("balances.csv");
    let mut m = String::from("email\n");
    let mut b = String::from("email,points,key\n");
    for i in 0..300 {
        m.push_str(&format!("member{i}@example.com\n"));
        b.push_str(&format!("member{i}@example.com,{},k{i}\n", i + 1));
    }
    std::fs::write(&members, m).unwrap();
    std::fs::write(&balances, b).unwrap();
    let (members, balances) = (members.display().to_string(), balances.display().to_string());

    // Bad input is named, and nothing is written.
    let out = chorus(&app, &["import", "members", &members, "--as", "bob@example.com"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--as: bob@example.com is not an admin"));
    let out = chorus(
        &app,
        &["import", "balances", &balances, "--as", "admin@example.com", "--welcome-origin", "https://x.example"],
    )
    .output()
    .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--welcome-origin is for importing members only"));
    let out = chorus(&app, &["import", "members", "/nonexistent.csv", "--as", "admin@example.com"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent.csv"));
    let out =
        chorus(&app, &["import", "members", &members, "--as", "admin@example.com", "--dry-run"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("300 members would be imported"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(app.count("users").await, 2);

    for (kind, file) in [("members", &members), ("balances", &balances)] {
        let both: Vec<_> = (0..2)
            .map(|_| chorus(&app, &["import", kind, file, "--as", "admin@example.com"]).spawn().unwrap())
            .collect();
        for child in both {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{kind}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
    assert_eq!(app.count("users").await, 302);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM points_ledger").await, 300, "each balance once");
    assert_eq!(scalar(&app, "SELECT CAST(SUM(amount) AS BIGINT) FROM points_ledger").await, 300 * 301 / 2);
    assert_books_balance(&app).await;
}
