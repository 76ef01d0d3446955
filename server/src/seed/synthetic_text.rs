//! Believable text for the synthetic community: titles and bodies drawn from a product-community vocabulary
//! with a skewed word frequency (a few words are everywhere, most are rare), as search sees in real forums.

/// First names and surnames, mixed into display names.
pub const NAMES: &[&str] = &[
    "Ada", "Lin", "Sam", "Noor", "Priya", "Tomás", "Kofi", "Mei", "Jonas", "Leila", "Ravi", "Ines", "Omar", "Sofia",
    "Kenji", "Amara", "Lukas", "Zara", "Mateo", "Hana", "Okafor", "Zhao", "Whitaker", "Haddad", "Raman", "Herrera",
    "Mensah", "Tanaka", "Novak", "Silva", "Khan", "Larsen", "Dubois", "Rossi", "Kowalski", "Nguyen",
];

/// (slug, name, description) of synthetic categories.
pub const CATEGORIES: &[(&str, &str, &str)] = &[
    ("announcements", "Announcements", "News from the team."),
    ("getting-started", "Getting started", "Setting up and first steps."),
    ("product-ideas", "Product ideas", "Suggestions and requests."),
    ("show-and-tell", "Show and tell", "What members built."),
    ("integrations", "Integrations", "Connecting other tools."),
    ("reporting", "Reporting", "Dashboards, exports and numbers."),
    ("admins", "Admins corner", "Running the product for a team."),
    ("api", "API and developers", "Code, webhooks and the API."),
    ("events", "Events", "Meetups, webinars and conferences."),
    ("off-topic", "Off-topic", "Everything else."),
];

/// Most frequent first: the sampler below favours the start of the list.
const VOCABULARY: &str = "the we our team it to and a for with in of on is this that use using how what when
    report dashboard export import data user users admin admins setting settings account workflow project
    integration api webhook token permission role roles access sync schedule scheduled email notification
    onboarding checklist template templates filter filters view views chart charts metric metrics customer
    customers campaign referral referrals reward rewards points badge badges story stories testimonial review
    survey nps score feedback idea ideas feature request roadmap release update version bug issue error fix
    workaround performance slow fast speed cache query search tag tags label labels field fields column
    columns table tables csv spreadsheet pdf share sharing link links invite invites team teams group groups
    calendar reminder task tasks deadline priority status pipeline stage stages automation rule rules trigger
    triggers action actions mobile app desktop browser chrome firefox safari login password security audit
    compliance gdpr backup restore archive history version billing invoice plan upgrade trial license seat
    seats storage limit limits quota region timezone language translation locale currency tax discount
    coupon swag webinar meetup conference community forum moderator advocate champion program ambassador
    benchmark migration database postgres sqlite cloud server deploy docker kubernetes terraform monitoring
    alert alerts log logs trace latency uptime incident support ticket agent chat widget embed website
    landing page form forms segment segments cohort retention churn growth revenue pricing quarter goal goals";

/// The vocabulary, split once.
pub struct Words(Vec<&'static str>);

impl Words {
    pub fn new() -> Words {
        Words(VOCABULARY.split_whitespace().collect())
    }

    /// A word with a skewed frequency: index = n·x³ for uniform x.
    fn pick(&self, r: &mut Rand) -> &'static str {
        let x = r.unit();
        let i = ((self.0.len() as f64) * x * x * x) as usize;
        self.0[i.min(self.0.len() - 1)]
    }
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

/// xorshift64*: fast, deterministic, good enough for filler text.
pub struct Rand(u64);

impl Rand {
    pub fn new(seed: u64) -> Rand {
        Rand(seed | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn sentence(words: &Words, r: &mut Rand, out: &mut String) {
    let n = 6 + r.below(9);
    for i in 0..n {
        let w = words.pick(r);
        if i == 0 {
            let mut c = w.chars();
            if let Some(first) = c.next() {
                out.extend(first.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(w);
        }
        if i + 1 < n && r.below(9) == 0 {
            out.push(',');
        }
    }
    out.push('.');
}

/// A topic title: a question or statement of 4 to 9 words.
pub fn title(words: &Words, seed: u64) -> String {
    let mut r = Rand::new(seed);
    let mut t = String::new();
    sentence(words, &mut r, &mut t);
    let t: Vec<&str> = t.trim_end_matches('.').split(' ').take(4 + r.below(6) as usize).collect();
    let mut t = t.join(" ").trim_end_matches(',').to_string();
    t.push(if r.below(2) == 0 { '?' } else { '.' });
    t
}

/// A post body as Markdown and as the HTML the renderer makes of it (plain paragraphs of words, commas and
/// full stops, which need no escaping).
pub fn body(words: &Words, seed: u64) -> (String, String) {
    let mut r = Rand::new(seed);
    let paragraphs = 1 + r.below(2);
    let mut md = String::new();
    let mut html = String::new();
    for p in 0..paragraphs {
        let mut para = String::new();
        for s in 0..2 + r.below(3) {
            if s > 0 {
                para.push(' ');
            }
            sentence(words, &mut r, &mut para);
        }
        if p > 0 {
            md.push_str("\n\n");
        }
        md.push_str(&para);
        html.push_str("<p>");
        html.push_str(&para);
        html.push_str("</p>\n");
    }
    (md, html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_render_exactly_as_the_portal_would() {
        let words = Words::new();
        for seed in 0..200 {
            let (md, html) = body(&words, seed);
            assert_eq!(app::markdown::render(&md).html, html, "seed {seed}");
        }
    }

    #[test]
    fn text_is_deterministic_and_titles_are_valid() {
        let words = Words::new();
        assert_eq!(body(&words, 7), body(&words, 7));
        for seed in 0..200 {
            let t = title(&words, seed);
            assert!(app::forum::domain::TopicTitle::parse(&t).is_ok(), "{t}");
        }
    }
}
