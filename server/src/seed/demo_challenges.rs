//! The demo community's challenges: one reviewed by a moderator (with completions waiting, approved and
//! rejected), one completed by visiting a link, one by answering a question, and a full one with a limit.
//! Written through the portal's own repository functions, so places and points add up.

use app::{
    challenges::{
        domain::{ChallengeDraft, ChallengeForm, Mode},
        repo::{self, Attempt, Saved},
    },
    db::Tx,
};

fn form(
    title: &str,
    description: &str,
    points: &str,
    mode: &str,
    link: &str,
    answer: &str,
    max: &str,
) -> ChallengeForm {
    ChallengeForm {
        title: title.into(),
        description: description.into(),
        points: points.into(),
        mode: mode.into(),
        link_url: link.into(),
        answer: answer.into(),
        max_completions: max.into(),
        active: Some("on".into()),
        ..ChallengeForm::default()
    }
}

async fn publish(tx: &mut Tx, f: ChallengeForm, now: i64) -> Result<i64, String> {
    let draft = ChallengeDraft::parse(&f).map_err(|e| format!("{}: {}", f.title, e.message))?;
    match repo::save(tx, 0, (&draft, None), now).await.map_err(|e| e.to_string())? {
        Saved::Done(id) => Ok(id),
        _ => Err(format!("{}: not saved", f.title)),
    }
}

async fn attempt(tx: &mut Tx, id: i64, user: i64, mode: Mode, input: &str, now: i64) -> Result<(), String> {
    match repo::attempt(tx, id, user, mode, input, now).await.map_err(|e| e.to_string())? {
        Attempt::Done { .. } => Ok(()),
        _ => Err(format!("challenge {id}: the demo attempt was refused")),
    }
}

/// Writes the demo challenges inside `tx`; `people` are the demo accounts' ids (1 is the moderator).
pub async fn seed(tx: &mut Tx, people: &[i64], now: i64) -> Result<(), String> {
    let review = publish(
        tx,
        form(
            "Review us on G2",
            "Write an honest review of the product on G2 and paste the link to it here.",
            "150",
            "review",
            "",
            "",
            "",
        ),
        now,
    )
    .await?;
    let webinar = publish(
        tx,
        form(
            "Watch the dashboards webinar",
            "Twenty minutes on the new dashboards, recorded for the community.",
            "20",
            "link",
            "https://www.example.com/webinars/dashboards",
            "",
            "",
        ),
        now,
    )
    .await?;
    let quiz = publish(
        tx,
        form(
            "Release-notes quiz",
            "Which new chart type did the November release add? (Hint: the release notes say it.)",
            "25",
            "answer",
            "",
            "Sankey",
            "",
        ),
        now,
    )
    .await?;
    let summit = publish(
        tx,
        form(
            "Speak at the customer summit",
            "One speaking slot is left: tell us what you would talk about.",
            "300",
            "review",
            "",
            "",
            "1",
        ),
        now,
    )
    .await?;

    attempt(tx, review, people[2], Mode::Review, "https://www.g2.com/products/chorus/reviews/ada-okafor", now - 7200)
        .await?;
    attempt(tx, review, people[3], Mode::Review, "https://www.g2.com/products/chorus/reviews/lin-zhao", now - 3600)
        .await?;
    attempt(tx, review, people[4], Mode::Review, "I told a friend about it", now - 1800).await?;
    attempt(tx, webinar, people[2], Mode::Link, "", now - 5000).await?;
    attempt(tx, quiz, people[3], Mode::Answer, "sankey", now - 4000).await?;
    attempt(tx, summit, people[5], Mode::Review, "How we run support from the community.", now - 900).await?;
    // The moderator approves Ada's review and turns down Sam's, which was not a review; Lin's waits.
    let first = "SELECT id FROM challenge_completions WHERE challenge_id = $1 ORDER BY id";
    let ids: Vec<i64> =
        app::on_tx!(tx, c => sqlx::query_scalar(first).bind(review).fetch_all(c).await).map_err(|e| e.to_string())?;
    if let [ada, _lin, sam] = ids[..] {
        repo::decide(tx, ada, true, "Thank you, Ada!", people[1], now - 600).await.map_err(|e| e.to_string())?;
        repo::decide(tx, sam, false, "This challenge needs a published review on G2.", people[1], now - 300)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}
