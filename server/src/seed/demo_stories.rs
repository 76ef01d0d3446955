//! The demo community's customer stories, in every state of their life: drafts, one sent back for changes,
//! some waiting for review, approved ones (named, anonymous, internal only), three featured, one rejected and
//! one archived. Written through the portal's own repository functions, so points, badges and notifications
//! follow as they would.

use app::{
    db::Tx,
    stories::{
        domain::{Action, Lifecycle, StoryDraft, StoryForm},
        repo::write::{self, Move},
    },
};

struct DemoStory {
    author: usize,
    title: &'static str,
    product: &'static str,
    rating: u8,
    quote: &'static str,
    company: &'static str,
    job_title: &'static str,
    consent: &'static str,
    body: &'static str,
    /// The moves after writing it; the moderator (person 1) takes the review moves.
    moves: &'static [(Action, &'static str)],
}

const APPROVE: (Action, &str) = (Action::Approve, "");
const SUBMIT: (Action, &str) = (Action::Submit, "");
const FEATURE: (Action, &str) = (Action::Feature, "");

const STORIES: &[DemoStory] = &[
    DemoStory {
        author: 2,
        title: "How we cut onboarding from a week to a day",
        product: "Chorus Cloud",
        rating: 5,
        quote: "New hires answer their own questions on day one.",
        company: "Northwind Health",
        job_title: "Head of Support",
        consent: "named",
        body: "We used to onboard support agents with a week of shadowing.\n\nWe moved our runbooks into the community, \
               asked the **three most active advocates** to answer new hires' questions in public, and measured time to \
               first solved ticket.\n\n- Week 1: 5 days\n- After the change: 1 day\n\nThe best part: the answers stay for \
               the next hire.",
        moves: &[SUBMIT, APPROVE, FEATURE],
    },
    DemoStory {
        author: 3,
        title: "Dashboards our board actually reads",
        product: "Analytics",
        rating: 5,
        quote: "The monthly board pack went from two days of work to ten minutes.",
        company: "Lumen Retail",
        job_title: "Finance Director",
        consent: "named",
        body: "Every month we rebuilt the same spreadsheets by hand. With the scheduled dashboards the board pack \
               builds itself on the first working day, and the numbers are the ones the teams see every day.",
        moves: &[SUBMIT, APPROVE, FEATURE],
    },
    DemoStory {
        author: 4,
        title: "Support tickets down by a third",
        product: "Chorus Cloud",
        rating: 4,
        quote: "A third fewer tickets in the first quarter, with happier customers.",
        company: "",
        job_title: "",
        consent: "anonymous",
        body: "We pointed our help widget at the community's answers first. Customers found answers before they \
               wrote to us; the tickets that remained were the interesting ones.",
        moves: &[SUBMIT, APPROVE, FEATURE],
    },
    DemoStory {
        author: 5,
        title: "A smooth migration from our old forum",
        product: "Migrations",
        rating: 4,
        quote: "Ten years of threads moved over a weekend, links and all.",
        company: "Fjord Games",
        job_title: "Community Lead",
        consent: "named",
        body: "We were nervous about losing old threads and their links. The import kept both, and our members \
               noticed only the faster pages.",
        moves: &[SUBMIT, APPROVE],
    },
    DemoStory {
        author: 2,
        title: "Alerts that wake the right person",
        product: "Analytics",
        rating: 3,
        quote: "Good alerting once we tuned the thresholds.",
        company: "Northwind Health",
        job_title: "Head of Support",
        consent: "named",
        body: "The default thresholds were too eager for us; after an afternoon of tuning, the alerts only fire \
               when someone has to act.",
        moves: &[SUBMIT, APPROVE],
    },
    DemoStory {
        author: 3,
        title: "Our internal rollout notes",
        product: "Chorus Cloud",
        rating: 4,
        quote: "",
        company: "Lumen Retail",
        job_title: "Finance Director",
        consent: "internal",
        body: "Notes for the product team only: what worked in our rollout and what we would do differently.",
        moves: &[SUBMIT, APPROVE],
    },
    DemoStory {
        author: 4,
        title: "Reporting for a team of three",
        product: "Analytics",
        rating: 5,
        quote: "We finally see which campaigns pay for themselves.",
        company: "Small Batch Coffee",
        job_title: "Owner",
        consent: "named",
        body: "We are three people. The starter dashboards told us in a week which campaigns pay for themselves.",
        moves: &[SUBMIT],
    },
    DemoStory {
        author: 5,
        title: "Single sign-on in an afternoon",
        product: "Security",
        rating: 4,
        quote: "",
        company: "Fjord Games",
        job_title: "Community Lead",
        consent: "anonymous",
        body: "Connecting our identity provider took one afternoon, including the test with the whole team.",
        moves: &[SUBMIT],
    },
    DemoStory {
        author: 2,
        title: "The mobile app on the ward",
        product: "Mobile",
        rating: 4,
        quote: "",
        company: "Northwind Health",
        job_title: "Head of Support",
        consent: "named",
        body: "Nurses use the mobile app between rounds.",
        moves: &[
            SUBMIT,
            (Action::RequestChanges, "Lovely start! Could you add what changed for the nurses, with a number if you have one?"),
        ],
    },
    DemoStory {
        author: 3,
        title: "Buy our consulting services",
        product: "Partners",
        rating: 5,
        quote: "",
        company: "Lumen Retail",
        job_title: "Finance Director",
        consent: "named",
        body: "Contact us for consulting at our own website.",
        moves: &[SUBMIT, (Action::Reject, "Stories are about your own use of the product, not offers of services.")],
    },
    DemoStory {
        author: 5,
        title: "Our first month with the community",
        product: "Chorus Cloud",
        rating: 4,
        quote: "",
        company: "Fjord Games",
        job_title: "Community Lead",
        consent: "named",
        body: "A month in: the first questions answered by members rather than staff.",
        moves: &[SUBMIT, APPROVE, (Action::Archive, "")],
    },
    DemoStory {
        author: 4,
        title: "Draft: what the API let us build",
        product: "API",
        rating: 5,
        quote: "",
        company: "Small Batch Coffee",
        job_title: "Owner",
        consent: "named",
        body: "Still writing this one.",
        moves: &[],
    },
];

/// Writes the demo stories inside `tx`, spread over the last weeks; `people` are the demo accounts' ids.
pub async fn seed(tx: &mut Tx, people: &[i64], now: i64) -> Result<(), String> {
    let count = STORIES.len() as i64;
    for (i, s) in STORIES.iter().enumerate() {
        let form = StoryForm {
            title: s.title.into(),
            body: s.body.into(),
            product: s.product.into(),
            rating: s.rating.to_string(),
            quote: s.quote.into(),
            company: s.company.into(),
            job_title: s.job_title.into(),
            consent: s.consent.into(),
        };
        let draft = StoryDraft::parse(&form).map_err(|e| format!("{}: {}", s.title, e.message))?;
        let mut at = now - (count - i as i64) * 2 * 86_400;
        let author = people[s.author];
        let id = write::create(tx, author, &draft, &write::Rendered::of(&draft.body), at)
            .await
            .map_err(|e| e.to_string())?;
        let mut state = Lifecycle::draft(draft.consent);
        for (action, message) in s.moves {
            at += 3_600;
            let to = state.apply(*action).map_err(|e| format!("{}: {e}", s.title))?;
            let actor = if *action == Action::Submit { author } else { people[1] };
            let step = Move { id, from: state, to, action: *action, actor_id: actor, message, now: at };
            if *action == Action::Submit {
                write::apply(tx, &step).await.map_err(|e| e.to_string())?;
            } else {
                write::decide(tx, author, &step).await.map_err(|e| e.to_string())?;
            }
            state = to;
        }
    }
    Ok(())
}
