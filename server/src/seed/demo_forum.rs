//! The demo community's forum: a few categories with lively topics, replies and likes, written through the
//! same repository functions the portal uses, so every counter is right.

use app::{
    db::{self, Tx},
    forum::{
        domain::{slugify, CategoryName, CategorySlug},
        repo::{categories, moderation, posts, topics},
    },
    markdown,
    notifications::repo as notifications,
};

type Reply = (usize, &'static str);

struct DemoTopic {
    category: &'static str,
    author: usize,
    title: &'static str,
    body: &'static str,
    hours_ago: i64,
    pinned: bool,
    replies: &'static [Reply],
    /// (post number, person) pairs.
    likes: &'static [(i64, usize)],
}

const CATEGORIES: &[(&str, &str, &str)] = &[
    ("announcements", "Announcements", "News from the team: releases, events and programme updates."),
    ("getting-started", "Getting started", "New here? Ask anything about setting up and using the product."),
    ("product-ideas", "Product ideas", "Suggest improvements and vote with your likes."),
    ("show-and-tell", "Show and tell", "Share what you built, your results and your favourite workflows."),
];

const TOPICS: &[DemoTopic] = &[
    DemoTopic {
        category: "announcements",
        author: 0,
        title: "Welcome to the Chorus community!",
        body: "Hello everyone, and welcome! 👋\n\nThis is the place to **ask questions**, share what works, and meet other customers.\n\n- Introduce yourself in *Show and tell*\n- Post ideas in *Product ideas*: likes help us prioritise\n- Be kind; moderators keep things friendly\n\nSee you around!",
        hours_ago: 240,
        pinned: true,
        replies: &[(2, "Thanks Priya! Excited to be here."), (3, "Hi all, Lin from the data team at Northwind.")],
        likes: &[(1, 2), (1, 3), (1, 4), (1, 5), (2, 0)],
    },
    DemoTopic {
        category: "getting-started",
        author: 4,
        title: "How do you onboard new admins on your team?",
        body: "We just bought seats for three more admins. What do you do in their **first week**? Any checklists?",
        hours_ago: 30,
        pinned: false,
        replies: &[
            (2, "We pair each new admin with a buddy for two weeks, and keep a checklist:\n\n1. Roles and permissions\n2. The import tool\n3. Reporting basics\n\nWorks well."),
            (3, "> keep a checklist\n\nSame here. We also record a 20-minute walkthrough so people can rewatch it."),
            (4, "Great ideas, thank you both!"),
        ],
        likes: &[(2, 4), (2, 3), (2, 5), (3, 4)],
    },
    DemoTopic {
        category: "getting-started",
        author: 5,
        title: "Importing contacts from a CSV: date formats?",
        body: "My CSV has dates like `24/11/2026`. The import reads them as US dates. Is there a setting?\n\n```\nname,joined\nAda,24/11/2026\n```",
        hours_ago: 8,
        pinned: false,
        replies: &[(1, "Yes: in the import dialog, open *Advanced* and pick `DD/MM/YYYY` as the date format.")],
        likes: &[(2, 5)],
    },
    DemoTopic {
        category: "product-ideas",
        author: 2,
        title: "Dark mode for the dashboard",
        body: "Our support team works late shifts. A dark theme would be easier on the eyes. Who else wants it?",
        hours_ago: 72,
        pinned: false,
        replies: &[(3, "+1, especially for the reports view."), (5, "Yes please!"), (0, "Noted: it is on the roadmap for next quarter.")],
        likes: &[(1, 3), (1, 4), (1, 5), (4, 2), (4, 3)],
    },
    DemoTopic {
        category: "product-ideas",
        author: 3,
        title: "Scheduled exports to S3",
        body: "It would save us a cron job if exports could be scheduled straight to an S3 bucket.",
        hours_ago: 50,
        pinned: false,
        replies: &[(4, "We would use this too. Maybe Azure Blob as well?")],
        likes: &[(1, 4), (1, 2)],
    },
    DemoTopic {
        category: "show-and-tell",
        author: 3,
        title: "How we cut report time from 2 hours to 10 minutes",
        body: "We moved our weekly report to saved views and scheduled emails.\n\n| Step | Before | After |\n|---|---|---|\n| Export | 40 min | 0 |\n| Clean-up | 60 min | 5 min |\n| Share | 20 min | 5 min |\n\nHappy to answer questions!",
        hours_ago: 20,
        pinned: false,
        replies: &[(2, "This is brilliant. Did you use filters per region?"), (3, "Yes, one saved view per region, shared with each lead.")],
        likes: &[(1, 2), (1, 4), (1, 5), (1, 0), (1, 1)],
    },
];

/// Writes the demo forum inside `tx`; `people` are the demo accounts' ids in `DEMO_PEOPLE` order.
pub async fn seed(tx: &mut Tx, people: &[i64]) -> Result<(), crate::CliError> {
    for (position, (slug, name, description)) in (1..).zip(CATEGORIES) {
        let input = categories::CategoryInput {
            slug: CategorySlug::parse(slug).map_err(|e| e.message)?,
            name: CategoryName::parse(name).map_err(|e| e.message)?,
            description: description.to_string(),
            position,
            group_id: None,
        };
        categories::insert(tx, &input).await?;
    }
    let now = db::now();
    for t in TOPICS {
        let category = category_id(tx, t.category).await?;
        let start = now - t.hours_ago * 3600;
        let rendered = markdown::render(t.body);
        let slug = slugify(t.title);
        let new = topics::NewTopic {
            category_id: category,
            author_id: people[t.author],
            title: t.title,
            slug: &slug,
            body_md: t.body,
            body_html: &rendered.html,
            now: start,
        };
        let topic_id = topics::insert(tx, &new).await?.ok_or("demo category is archived")?;
        app::forum::repo::follows::set_follow(tx, topic_id, people[t.author], true, start).await?;
        for (i, (author, body)) in (1..).zip(t.replies) {
            let html = markdown::render(body).html;
            let at = start + i * 47 * 60;
            let stored =
                posts::reply(tx, topic_id, people[*author], body, &html, at).await?.map_err(|e| format!("{e:?}"))?;
            notifications::notify_followers(tx, topic_id, stored.post_id, people[*author], at).await?;
        }
        for (number, person) in t.likes {
            let post_id = post_id(tx, topic_id, *number).await?;
            posts::like(tx, post_id, people[*person], start).await?;
        }
        if t.pinned {
            moderation::set_flag(tx, topic_id, moderation::TopicFlag::Pinned, true).await?;
        }
    }
    Ok(())
}

async fn category_id(tx: &mut Tx, slug: &str) -> Result<i64, sqlx::Error> {
    app::on_tx!(tx, c => sqlx::query_scalar("SELECT id FROM categories WHERE slug = $1").bind(slug).fetch_one(c).await)
}

async fn post_id(tx: &mut Tx, topic_id: i64, number: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT id FROM posts WHERE topic_id = $1 AND number = $2";
    app::on_tx!(tx, c => sqlx::query_scalar(sql).bind(topic_id).bind(number).fetch_one(c).await)
}
