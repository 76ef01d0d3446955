//! Who may join: open to anyone, by invitation only, or by an application an admin approves; the questions an
//! applicant answers; and the email domains that join directly whatever the mode (a company's own staff, a
//! customer's domain). Read with the site on every page (the header's "Join" link depends on it) and
//! checked again by sign-up itself.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// At most this many questions for applicants.
pub const QUESTIONS_MAX: usize = 5;
pub const QUESTION_MAX: usize = 200;
/// An applicant's answer to one question.
pub const ANSWER_MAX: usize = 1000;
/// At most this many domains that join directly.
pub const DOMAINS_MAX: usize = 50;

/// How people join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum JoinMode {
    /// Anyone may sign up.
    #[default]
    Open,
    /// Only through an invitation link (and from the allowed domains).
    Invite,
    /// Anyone may apply; an admin approves or declines (the allowed domains join directly).
    Approval,
}

impl JoinMode {
    pub const ALL: [JoinMode; 3] = [JoinMode::Open, JoinMode::Invite, JoinMode::Approval];

    pub fn as_str(self) -> &'static str {
        match self {
            JoinMode::Open => "open",
            JoinMode::Invite => "invite",
            JoinMode::Approval => "approval",
        }
    }

    pub fn parse(raw: &str) -> Option<JoinMode> {
        JoinMode::ALL.into_iter().find(|m| m.as_str() == raw.trim())
    }

    /// The choice as the admin's form names it.
    pub fn label(self) -> String {
        match self {
            JoinMode::Open => t!("site-join-open"),
            JoinMode::Invite => t!("site-join-invite"),
            JoinMode::Approval => t!("site-join-approval"),
        }
    }
}

/// What happens to someone who signs up with a given address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    /// An account now (its address confirmed by the emailed link, as always).
    Direct,
    /// An application in the admins' queue.
    Apply,
    /// Not without an invitation.
    InvitationNeeded,
}

/// The most of a new member's first posts that can be held for approval.
pub const HELD_POSTS_MAX: u32 = 20;

/// The rules for joining.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinPolicy {
    pub mode: JoinMode,
    /// What an applicant is asked (approval mode), in order.
    pub questions: Vec<String>,
    /// Lower-case domains whose addresses join directly in every mode.
    pub domains: Vec<String>,
    /// How many of a new member's first posts wait for a moderator's approval (0: none).
    pub held_posts: u32,
}

impl JoinPolicy {
    /// How `email` (already checked, lower-case) may join. Only the exact domain counts, not its subdomains:
    /// `example.com` does not admit `mail.example.com`.
    pub fn admission(&self, email: &str) -> Admission {
        let domain = email.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        if self.mode == JoinMode::Open || self.domains.iter().any(|d| d == domain) {
            return Admission::Direct;
        }
        match self.mode {
            JoinMode::Approval => Admission::Apply,
            _ => Admission::InvitationNeeded,
        }
    }

    /// Whether a visitor can start joining from the sign-up page at all (the header shows "Join" then).
    pub fn sign_up_open(&self) -> bool {
        self.mode != JoinMode::Invite || !self.domains.is_empty()
    }

    /// The allowed domains as the admin's form shows them: one per line.
    pub fn domains_text(&self) -> String {
        self.domains.join("\n")
    }

    pub fn questions_text(&self) -> String {
        self.questions.join("\n")
    }
}

/// The form as sent: the mode's name, the questions one per line, the domains one per line (or separated by
/// commas or spaces).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinPolicyInput {
    pub mode: String,
    pub questions: String,
    pub domains: String,
    /// Empty reads as 0.
    #[serde(default)]
    pub held_posts: String,
}

impl JoinPolicyInput {
    /// Checks every field; the first problem is named with its field and nothing is stored.
    pub fn parse(&self) -> Result<JoinPolicy, FieldError> {
        let mode = JoinMode::parse(&self.mode)
            .ok_or_else(|| FieldError::new("mode", t!("site-join-mode-unknown", value = format!("{:?}", self.mode))))?;
        let questions = parse_questions(&self.questions)?;
        let domains = parse_domains(&self.domains)?;
        let held_posts = match self.held_posts.trim() {
            "" => 0,
            raw => raw.parse::<u32>().ok().filter(|n| *n <= HELD_POSTS_MAX).ok_or_else(|| {
                FieldError::new(
                    "held_posts",
                    t!("site-held-posts-invalid", value = format!("{raw:?}"), max = HELD_POSTS_MAX),
                )
            })?,
        };
        Ok(JoinPolicy { mode, questions, domains, held_posts })
    }
}

fn parse_questions(raw: &str) -> Result<Vec<String>, FieldError> {
    let mut questions = Vec::new();
    for (i, line) in raw.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        if line.chars().any(char::is_control) {
            return Err(FieldError::new("questions", t!("site-question-control", n = i + 1)));
        }
        let question = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if question.chars().count() > QUESTION_MAX {
            return Err(FieldError::new("questions", t!("site-question-too-long", n = i + 1, max = QUESTION_MAX)));
        }
        questions.push(question);
    }
    if questions.len() > QUESTIONS_MAX {
        return Err(FieldError::new(
            "questions",
            t!("site-questions-too-many", max = QUESTIONS_MAX, count = questions.len()),
        ));
    }
    Ok(questions)
}

pub fn parse_domains(raw: &str) -> Result<Vec<String>, FieldError> {
    let mut domains: Vec<String> = Vec::new();
    for word in raw.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()) {
        let domain = word.trim_start_matches('@').to_lowercase();
        if !is_domain(&domain) {
            return Err(FieldError::new("domains", t!("site-domain-invalid", domain = word)));
        }
        if !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    if domains.len() > DOMAINS_MAX {
        return Err(FieldError::new("domains", t!("site-domains-too-many", max = DOMAINS_MAX, count = domains.len())));
    }
    Ok(domains)
}

/// A domain name as an email address may end in: two or more labels of letters, digits and dashes.
fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// One question and what the applicant answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub question: String,
    pub answer: String,
}

/// Pairs the policy's questions with the answers sent (in order): each is required and at most
/// [`ANSWER_MAX`] characters. Errors name the field `answers`, and the question.
pub fn parse_answers(questions: &[String], answers: &[String]) -> Result<Vec<Answer>, FieldError> {
    questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let answer = answers.get(i).map(|a| a.trim().replace("\r\n", "\n")).unwrap_or_default();
            if answer.is_empty() {
                return Err(FieldError::new(
                    "answers",
                    t!("site-answer-missing", n = i + 1, question = question.as_str()),
                ));
            }
            if answer.chars().count() > ANSWER_MAX {
                return Err(FieldError::new(
                    "answers",
                    t!("site-answer-too-long", n = i + 1, max = ANSWER_MAX.to_string()),
                ));
            }
            if answer.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                return Err(FieldError::new("answers", t!("site-answer-control", n = i + 1)));
            }
            Ok(Answer { question: question.clone(), answer })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(mode: JoinMode, domains: &[&str]) -> JoinPolicy {
        JoinPolicy { mode, domains: domains.iter().map(|d| d.to_string()).collect(), ..JoinPolicy::default() }
    }

    #[test]
    fn open_admits_everyone_and_the_other_modes_admit_only_the_listed_domains_directly() {
        assert_eq!(policy(JoinMode::Open, &[]).admission("a@any.org"), Admission::Direct);
        let invite = policy(JoinMode::Invite, &["acme.com"]);
        assert_eq!(invite.admission("a@acme.com"), Admission::Direct);
        assert_eq!(invite.admission("a@mail.acme.com"), Admission::InvitationNeeded, "subdomains are not listed");
        assert_eq!(invite.admission("a@evilacme.com"), Admission::InvitationNeeded);
        let approval = policy(JoinMode::Approval, &["acme.com"]);
        assert_eq!(approval.admission("a@acme.com"), Admission::Direct);
        assert_eq!(approval.admission("a@other.org"), Admission::Apply);
    }

    #[test]
    fn the_sign_up_page_is_closed_only_when_invitations_are_the_only_way_in() {
        assert!(policy(JoinMode::Open, &[]).sign_up_open());
        assert!(policy(JoinMode::Approval, &[]).sign_up_open());
        assert!(!policy(JoinMode::Invite, &[]).sign_up_open());
        assert!(policy(JoinMode::Invite, &["acme.com"]).sign_up_open());
    }

    #[test]
    fn the_form_is_checked_naming_the_field_and_the_line() {
        let input = |mode: &str, questions: &str, domains: &str| JoinPolicyInput {
            mode: mode.into(),
            questions: questions.into(),
            domains: domains.into(),
            held_posts: String::new(),
        };
        let ok =
            input("approval", "Where do you work?\n\n  What do   you use us for? ", "@Acme.com, partner.io\nacme.com")
                .parse()
                .unwrap();
        assert_eq!(ok.mode, JoinMode::Approval);
        assert_eq!(ok.questions, vec!["Where do you work?", "What do you use us for?"]);
        assert_eq!(ok.domains, vec!["acme.com", "partner.io"], "lower-cased, @ dropped, repeats once");

        let e = input("everyone", "", "").parse().unwrap_err();
        assert_eq!(e.field, "mode");
        let e = input("open", &"Why?\n".repeat(6), "").parse().unwrap_err();
        assert_eq!((e.field, e.message.as_str()), ("questions", "Ask at most 5 questions; there are 6."));
        let e = input("open", &"x".repeat(201), "").parse().unwrap_err();
        assert!(e.message.starts_with("Question 1 can be at most 200"), "{}", e.message);
        let e = input("open", "", "acme.com\nlocalhost").parse().unwrap_err();
        assert_eq!(e.field, "domains");
        assert!(e.message.contains("“localhost”"), "{}", e.message);
        assert!(input("open", "", "a@b.com").parse().is_err(), "an address is not a domain");
        let held = |n: &str| JoinPolicyInput { held_posts: n.into(), ..input("open", "", "") }.parse();
        assert_eq!(held(" 3 ").unwrap().held_posts, 3);
        assert_eq!(held("").unwrap().held_posts, 0);
        for bad in ["21", "-1", "two"] {
            assert_eq!(held(bad).unwrap_err().field, "held_posts", "{bad}");
        }
    }

    #[test]
    fn every_question_needs_an_answer_of_bounded_length() {
        let questions = vec!["Where do you work?".to_string(), "Why join?".to_string()];
        let answers = parse_answers(&questions, &["Acme".into(), " To learn \r\n".into()]).unwrap();
        assert_eq!(answers[1], Answer { question: "Why join?".into(), answer: "To learn".into() });
        let e = parse_answers(&questions, &["Acme".into()]).unwrap_err();
        assert_eq!(e.message, "Answer question 2: “Why join?”");
        let e = parse_answers(&questions, &["Acme".into(), "x".repeat(1001)]).unwrap_err();
        assert!(e.message.contains("at most 1000"));
        assert!(parse_answers(&[], &[]).unwrap().is_empty());
    }
}
