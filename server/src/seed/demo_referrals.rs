//! The demo community's referrals: Ada and Sam share links; friends joined through them over the past weeks.
//! One referral was rewarded after a first post, one waits for a first post, a burst of three sign-ups from
//! one address left the third held for review, and one was Sam's own second address (refused). The shop
//! reported three orders: two of Lin's, and one of a customer who never joined but used Ada's code. Written
//! through the portal's own repository functions, so points and statuses add up.

use app::{
    accounts::{
        domain::{DisplayName, Email, Role},
        repo::insert_user,
    },
    db::Tx,
    on_tx,
    referrals::{
        conversion::Conversion,
        domain::Event,
        repo::{self, Referrer},
    },
};

const DAY: i64 = 86_400;

async fn member(tx: &mut Tx, email: &str, name: &str, hash: &str, at: i64) -> Result<i64, String> {
    let e = Email::parse(email).map_err(|e| e.message)?;
    let n = DisplayName::parse(name).map_err(|e| e.message)?;
    let id = insert_user(tx, &e, &n, hash, Role::Member, true).await.map_err(|e| e.to_string())?;
    // Backdated, so the dashboard sees them join when they were referred.
    on_tx!(tx, c => sqlx::query("UPDATE users SET created_at = $1, updated_at = $1 WHERE id = $2").bind(at).bind(id).execute(c).await.map(|_| ()))
        .map_err(|e| e.to_string())?;
    Ok(id)
}

async fn clicks(tx: &mut Tx, user_id: i64, now: i64, per_day: &[i64]) -> Result<(), String> {
    for (back, n) in per_day.iter().enumerate() {
        let day = (now - back as i64 * 3 * DAY).div_euclid(DAY);
        let sql = "INSERT INTO referral_clicks (user_id, day, clicks) VALUES ($1, $2, $3)";
        on_tx!(tx, c => sqlx::query(sql).bind(user_id).bind(day).bind(n).execute(c).await.map(|_| ()))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `people` are the demo accounts in `seed::DEMO_PEOPLE` order; `hash` is their shared password's hash.
pub async fn seed(tx: &mut Tx, people: &[i64], hash: &str, now: i64) -> Result<(), String> {
    let (ada, lin, sam, noor) = (people[2], people[3], people[4], people[5]);
    let err = |e: sqlx::Error| e.to_string();
    // The demo pays referrals at once, so the whole loop shows in one sitting; a new programme holds them
    // for a week (migration 0019, `referrals::domain::Settings::default`).
    let instant = app::referrals::domain::Settings { hold_days: 0, ..Default::default() };
    repo::save_settings(tx, &instant, now).await.map_err(err)?;
    repo::set_code(tx, ada, "adaokafor", now - 60 * DAY).await.map_err(err)?;
    repo::set_code(tx, sam, "samwhitaker", now - 60 * DAY).await.map_err(err)?;
    clicks(tx, ada, now, &[4, 2, 6, 3, 1, 5, 2, 4, 3, 2]).await?;
    clicks(tx, sam, now, &[7, 3, 2, 5, 1, 2]).await?;
    let ada_ref =
        Referrer { id: ada, display_name: "Ada Okafor".into(), email: "ada@demo.chorus.test".into(), removed: false };
    let sam_ref =
        Referrer { id: sam, display_name: "Sam Whitaker".into(), email: "sam@demo.chorus.test".into(), removed: false };

    // Lin and Noor joined through links and have posted in the demo forum: both referrals paid.
    repo::attribute(tx, &ada_ref, lin, "lin@demo.chorus.test", "adaokafor", "198.51.100.23", now - 40 * DAY)
        .await
        .map_err(err)?;
    repo::qualify(tx, lin, Event::Posted, now - 39 * DAY).await.map_err(err)?;
    repo::attribute(tx, &sam_ref, noor, "noor@demo.chorus.test", "samwhitaker", "198.51.100.61", now - 25 * DAY)
        .await
        .map_err(err)?;
    repo::qualify(tx, noor, Event::Posted, now - 24 * DAY).await.map_err(err)?;

    // Kenji signed up through Ada's link and has not posted yet.
    let kenji = member(tx, "kenji@demo.chorus.test", "Kenji Mori", hash, now - 3 * DAY).await?;
    repo::attribute(tx, &ada_ref, kenji, "kenji@demo.chorus.test", "adaokafor", "192.0.2.14", now - 3 * DAY)
        .await
        .map_err(err)?;

    // Three sign-ups from one address within the hour: the third is held for an admin.
    let burst = [
        ("jonas@demo.chorus.test", "Jonas Berg"),
        ("maya@demo.chorus.test", "Maya Cohen"),
        ("ravi@demo.chorus.test", "Ravi Patel"),
    ];
    for (i, (email, name)) in burst.into_iter().enumerate() {
        let at = now - 2 * DAY + i as i64 * 600;
        let id = member(tx, email, name, hash, at).await?;
        repo::attribute(tx, &sam_ref, id, email, "samwhitaker", "203.0.113.9", at).await.map_err(err)?;
    }

    // Sam's own second address: refused as a self-referral.
    let alt = member(tx, "s.a.m+alt@demo.chorus.test", "Sam W.", hash, now - DAY).await?;
    repo::attribute(tx, &sam_ref, alt, "s.a.m+alt@demo.chorus.test", "samwhitaker", "198.51.100.80", now - DAY)
        .await
        .map_err(err)?;

    // Orders the shop reported: Lin bought twice, and a customer who never joined used Ada's code.
    let orders = [
        (Some("lin@demo.chorus.test"), None, "DEMO-1001", Some(12_900), now - 30 * DAY),
        (Some("lin@demo.chorus.test"), None, "DEMO-1044", Some(4_900), now - 6 * DAY),
        (Some("buyer@shop.example"), Some("adaokafor"), "DEMO-1052", Some(29_900), now - 4 * DAY),
    ];
    for (email, code, order_ref, amount, at) in orders {
        let order = Conversion {
            email: email.map(str::to_string),
            code: code.map(str::to_string),
            order_ref: order_ref.into(),
            amount,
        };
        repo::convert(tx, &order, repo::Source::Csv { admin: people[0] }, at).await.map_err(err)?;
    }
    Ok(())
}
