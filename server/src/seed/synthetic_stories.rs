//! Synthetic customer stories for the stories benchmark (`chorus seed --synthetic --stories N`): every status
//! and consent in realistic shares, a few featured, spread over eight products and the last year.

use crate::{
    progress::Progress,
    seed::batch::insert_batches,
    seed::synthetic_text::{body, title, Words},
    CliError,
};
use app::{db::Db, markdown::plain_text, on_tx};
use rand::{rngs::StdRng, Rng, SeedableRng};

const BATCH: usize = 500;
const PRODUCTS: [(&str, &str); 8] = [
    ("Chorus Cloud", "chorus-cloud"),
    ("Analytics", "analytics"),
    ("Mobile", "mobile"),
    ("Security", "security"),
    ("API", "api"),
    ("Migrations", "migrations"),
    ("Integrations", "integrations"),
    ("Support", "support"),
];

struct Plan {
    author: u32,
    product: usize,
    rating: i64,
    consent: &'static str,
    status: &'static str,
    featured: bool,
    at: i64,
}

fn plan(rng: &mut StdRng, users: u32, now: i64) -> Plan {
    let consent = match rng.gen_range(0..10) {
        0..=6 => "named",
        7 | 8 => "anonymous",
        _ => "internal",
    };
    let status = match rng.gen_range(0..20) {
        0..=14 => "approved",
        15 | 16 => "submitted",
        17 => "draft",
        18 => "rejected",
        _ => "archived",
    };
    Plan {
        author: rng.gen_range(1..=users),
        product: rng.gen_range(0..PRODUCTS.len()),
        rating: [5, 5, 5, 4, 4, 3, 2][rng.gen_range(0..7)],
        featured: status == "approved" && consent != "internal" && rng.gen_range(0..30) == 0,
        consent,
        status,
        at: now - rng.gen_range(0..365 * 86_400),
    }
}

/// Inserts `count` stories written by members 1..=`users`.
pub async fn insert(db: &Db, count: u64, users: u32, words: &Words, seed: u64, now: i64) -> Result<(), CliError> {
    if count == 0 {
        return Ok(());
    }
    let mut rng = StdRng::seed_from_u64(seed ^ 0x0570_91e5);
    let plans: Vec<Plan> = (0..count).map(|_| plan(&mut rng, users, now)).collect();
    let rows: Vec<(usize, &Plan)> = plans.iter().enumerate().collect();
    let mut progress = Progress::new("stories", count);
    insert_batches!(
        db,
        progress,
        "stories",
        "id, author_id, title, slug, body, body_html, excerpt, product, product_slug, rating, quote, company, \
         job_title, consent, status, featured_at, created_at, updated_at, submitted_at, approved_at, published_at",
        &rows,
        |q, row| {
            let (i, p) = *row;
            let text_seed = seed.wrapping_add(i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let title = title(words, text_seed);
            let slug = app::common::text::slugify_or(&title, "story");
            let (md, html) = body(words, text_seed);
            let excerpt = plain_text(&md, 240);
            let quote = if i % 3 == 0 { String::new() } else { plain_text(&md, 120) };
            let (product, product_slug) = PRODUCTS[p.product];
            let approved = matches!(p.status, "approved" | "archived").then_some(p.at + 7_200);
            let public = (approved.is_some() && p.consent != "internal").then_some(p.at + 7_200);
            q.bind(i as i64 + 1)
                .bind(i64::from(p.author))
                .bind(title)
                .bind(slug)
                .bind(md)
                .bind(html)
                .bind(excerpt)
                .bind(product)
                .bind(product_slug)
                .bind(p.rating)
                .bind(quote)
                .bind(format!("Company {}", p.author % 500))
                .bind("Customer")
                .bind(p.consent)
                .bind(p.status)
                .bind(p.featured.then_some(p.at + 10_000))
                .bind(p.at)
                .bind(p.at + 7_200)
                .bind((p.status != "draft").then_some(p.at + 3_600))
                .bind(approved)
                .bind(public)
        }
    );
    progress.finish();
    Ok(())
}
