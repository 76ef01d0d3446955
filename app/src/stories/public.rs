//! What leaves the site about stories without a Leptos page: schema.org JSON-LD, the `/api/v1/testimonials`
//! JSON and the self-contained `/embed/testimonials` page. Each is built from [`StoryCard`]s only, which never
//! carry an anonymous author's name.

use crate::common::html::escape;
use crate::i18n::Lang;
use crate::stories::{domain::Theme, views::StoryCard};
use crate::t_in;
use serde::Serialize;
use serde_json::json;
use time::{macros::format_description, OffsetDateTime};

fn date(at: i64) -> String {
    OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&format_description!("[year]-[month]-[day]")).ok())
        .unwrap_or_default()
}

/// JSON safe inside a `<script>` element: `<` is escaped so no `</script>` can end it early.
fn script_safe(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// schema.org `Review` of the product, as JSON-LD.
pub fn review_json_ld(card: &StoryCard, body_text: &str, url: &str) -> String {
    // Named as the page names the author, in the page's language when anonymous.
    let author = json!({ "@type": "Person", "name": card.author_name() });
    script_safe(&json!({
        "@context": "https://schema.org",
        "@type": "Review",
        "name": card.title,
        "url": url,
        "reviewBody": body_text,
        "datePublished": date(card.approved_at),
        "author": author,
        "itemReviewed": { "@type": "Product", "name": card.product },
        "reviewRating": { "@type": "Rating", "ratingValue": card.rating, "bestRating": 5, "worstRating": 1 },
    }))
}

/// One testimonial in the JSON API.
#[derive(Debug, Serialize)]
pub struct Testimonial {
    pub id: i64,
    pub title: String,
    pub quote: String,
    pub rating: u8,
    pub product: String,
    /// `null` for anonymous stories.
    pub author: Option<String>,
    pub role: Option<String>,
    pub company: Option<String>,
    pub featured: bool,
    pub url: String,
    pub published: String,
}

impl Testimonial {
    pub fn from_card(card: &StoryCard, origin: &str) -> Testimonial {
        let (author, role, company) = card.credit();
        Testimonial {
            id: card.id,
            title: card.title.clone(),
            quote: card.quote.clone(),
            rating: card.rating,
            product: card.product.clone(),
            author,
            role,
            company,
            featured: card.featured,
            url: format!("{origin}{}", card.href()),
            published: date(card.approved_at),
        }
    }
}

const EMBED_STYLE: &str = "
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}
body.light{background:#fff;color:#1d2430}body.dark{background:#161b22;color:#e6edf3}
ul{list-style:none;margin:0;padding:12px;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(240px,1fr))}
li{border:1px solid;border-radius:10px;padding:14px}.light li{border-color:#d5dbe3}.dark li{border-color:#30363d}
blockquote{margin:0 0 8px;font-size:1.02em}.stars{color:#9a6700;letter-spacing:2px}.dark .stars{color:#e3b341}
.who{font-size:.9em;opacity:.85;margin:0}a{color:inherit}.empty{padding:12px;margin:0}
.logo{display:block;max-height:40px;max-width:160px;margin:0 0 8px}.source{padding:0 12px 12px;margin:0;font-size:.85em}";

/// The embed page: a grid of testimonials with its own inline style (allowed by the nonce) and no script, and
/// a line naming the community they come from, worded in `lang` (the embedding site's `?lang=`, else the
/// visitor's). A language whose catalogue is partial gets the widget in English: it holds none of its words, and
/// English text in a right-to-left page labelled Arabic reads wrongly aloud and on screen.
pub fn embed_html(cards: &[StoryCard], theme: Theme, origin: &str, nonce: &str, community: &str, lang: Lang) -> String {
    let lang = if lang.complete() { lang } else { Lang::En };
    let items: String = cards
        .iter()
        .map(|c| {
            let stars = "★".repeat(usize::from(c.rating)) + &"☆".repeat(5 - usize::from(c.rating.min(5)));
            let who = match &c.byline {
                Some(b) if !b.affiliation().is_empty() => format!("{} · {}", b.name, b.affiliation()),
                Some(b) => b.name.clone(),
                None => t_in!(lang, "stories-anonymous"),
            };
            let logo = match (&c.logo_url(), &c.byline) {
                (Some(url), Some(b)) => format!(
                    "<img class=\"logo\" src=\"{}{}\" alt=\"{}\" loading=\"lazy\">",
                    escape(origin),
                    escape(url),
                    escape(&if b.company.is_empty() {
                        t_in!(lang, "stories-company-logo")
                    } else {
                        t_in!(lang, "stories-logo-of", company = b.company.clone())
                    })
                ),
                _ => String::new(),
            };
            format!(
                "<li>{logo}<p class=\"stars\" role=\"img\" aria-label=\"{rated}\">{stars}</p><blockquote>{q}</blockquote>\
                 <p class=\"who\">— {who} · <a href=\"{origin}{href}\" target=\"_blank\" rel=\"noopener\">{t}</a></p></li>",
                rated = escape(&t_in!(lang, "stories-rated", rating = i64::from(c.rating))),
                q = escape(&t_in!(lang, "stories-embed-quoted", quote = c.quote.clone())),
                who = escape(&who),
                origin = escape(origin),
                href = escape(&c.href()),
                t = escape(&c.title),
            )
        })
        .collect();
    let list = if cards.is_empty() {
        format!("<p class=\"empty\">{}</p>", escape(&t_in!(lang, "stories-embed-empty")))
    } else {
        format!("<ul aria-label=\"{}\">{items}</ul>", escape(&t_in!(lang, "stories-embed-list")))
    };
    // The community's name is a link inside the sentence, wherever the language puts it.
    const MARK: &str = "\u{E000}";
    let link =
        format!("<a href=\"{}/stories\" target=\"_blank\" rel=\"noopener\">{}</a>", escape(origin), escape(community));
    let source = escape(&t_in!(lang, "stories-embed-source", community = MARK)).replace(MARK, &link);
    format!(
        "<!DOCTYPE html><html lang=\"{tag}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">\
         <title>{title}</title><style nonce=\"{nonce}\">{EMBED_STYLE}</style></head>\
         <body class=\"{theme}\">{list}<p class=\"source\">{source}</p></body></html>",
        tag = lang.tag(),
        dir = lang.dir(),
        title = escape(&t_in!(lang, "stories-embed-page-title", community = community.to_string())),
        theme = theme.as_str(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stories::views::Byline;

    fn card(byline: Option<Byline>) -> StoryCard {
        StoryCard {
            id: 7,
            slug: "fast".into(),
            title: "Fast </script><b>".into(),
            quote: "It <i>works</i> & more".into(),
            rating: 4,
            product: "Cloud".into(),
            product_slug: "cloud".into(),
            byline,
            featured: true,
            approved_at: 86_400,
            photo: None,
            logo: Some("0123456789abcdef0123456789abcdef.png".into()),
        }
    }

    #[test]
    fn json_ld_cannot_close_its_script_and_names_no_anonymous_author() {
        let ld = review_json_ld(&card(None), "text", "https://x.test/stories/7/fast");
        assert!(!ld.contains("</script>"), "{ld}");
        assert!(ld.contains("\"ratingValue\":4"));
        assert!(ld.contains("Anonymous customer"));
        assert!(ld.contains("\"datePublished\":\"1970-01-02\""));
    }

    #[test]
    fn the_embed_escapes_everything_it_is_given() {
        let b = Byline {
            name: "Ana <x>".into(),
            handle: "ana".into(),
            company: "Acme".into(),
            job_title: "CTO".into(),
            avatar: None,
        };
        let html = embed_html(&[card(Some(b))], Theme::Dark, "https://x.test", "n0nce", "Acme <Voices>", Lang::En);
        assert!(html.contains("It &lt;i&gt;works&lt;/i&gt; &amp; more"));
        assert!(html.contains("Ana &lt;x&gt; · CTO, Acme"));
        assert!(html.contains(
            "<img class=\"logo\" src=\"https://x.test/media/0123456789abcdef0123456789abcdef.png\" alt=\"Acme logo\""
        ));
        assert!(!html.contains("<script"));
        assert!(html.contains("<body class=\"dark\">"));
        assert!(html.contains("<title>Customer testimonials · Acme &lt;Voices&gt;</title>"), "{html}");
        assert!(html.contains(">Acme &lt;Voices&gt;</a> community"), "{html}");
        assert!(html.contains("role=\"img\" aria-label=\"Rated 4 out of 5\">★★★★☆"));
        assert!(embed_html(&[], Theme::Light, "", "n", "Acme", Lang::En).contains("No testimonials to show yet."));
    }

    #[test]
    fn the_embed_speaks_the_language_it_is_given() {
        let html = embed_html(&[card(None)], Theme::Light, "https://x.test", "n", "Acme", Lang::De);
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"de\" dir=\"ltr\">"), "{html}");
        assert!(html.contains("aria-label=\"Mit 4 von 5 Sternen bewertet\""), "{html}");
        assert!(html.contains("<blockquote>„It &lt;i&gt;works&lt;/i&gt; &amp; more“</blockquote>"), "{html}");
        assert!(html.contains("— Anonym ·"), "{html}");
        assert!(html.contains("Geschichten aus der Community <a href=\"https://x.test/stories\""), "{html}");
        let spanish = embed_html(&[], Theme::Light, "", "n", "Acme", Lang::Es);
        assert!(spanish.contains("Todavía no hay testimonios que mostrar."), "{spanish}");
        // Arabic is partial and has none of the widget's words: the widget is English, labelled so.
        let arabic = embed_html(&[], Theme::Light, "", "n", "Acme", Lang::Ar);
        assert!(arabic.contains("<html lang=\"en\" dir=\"ltr\">"), "{arabic}");
    }
}
