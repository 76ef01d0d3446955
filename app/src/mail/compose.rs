//! Turning a template and its values into the subject, plain text and HTML of an email. Every template
//! extends `layout.txt` / `layout.html`, which carry the community's name and, for notifications, the
//! unsubscribe link. HTML values are escaped by the template engine; links come only from the configured
//! origin, never from a request.
//!
//! An email is written in its reader's language ([`outbox::language_of`](super::outbox::language_of)): the
//! templates hold no prose of their own but call `t("mail-…", name = value)`, which reads the message from
//! the catalogues (`app/locales/<language>/mail.ftl`) in the letter's language.

use crate::{i18n::Lang, state::MailSettings};
use minijinja::{context, value::Kwargs, Environment, State, Value};
use std::sync::OnceLock;

/// One email to write into the outbox: whom it is for, what kind it is, and the template with its values.
pub struct Letter<'a> {
    /// A short name for the admin's list and for preferences (`reset`, `verify`, `reply`, …).
    pub kind: &'a str,
    pub to: &'a str,
    /// The member it is about, when there is one.
    pub user_id: Option<i64>,
    /// The language it is written in: its reader's (see `outbox::language_of`).
    pub lang: Lang,
    /// What the subject says, in `lang`; the community's name is added to it.
    pub subject: String,
    /// The template's name without extension: `reset` renders `reset.txt` and `reset.html`.
    pub template: &'a str,
    pub vars: Value,
    /// The one-click unsubscribe address of a notification email.
    pub unsubscribe: Option<String>,
}

/// A rendered email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

const TEMPLATES: &[(&str, &str)] = &[
    ("layout.txt", include_str!("templates/layout.txt")),
    ("layout.html", include_str!("templates/layout.html")),
    ("button.html", include_str!("templates/button.html")),
    ("reset.txt", include_str!("templates/reset.txt")),
    ("reset.html", include_str!("templates/reset.html")),
    ("password_changed.txt", include_str!("templates/password_changed.txt")),
    ("password_changed.html", include_str!("templates/password_changed.html")),
    ("sign_in_changed.txt", include_str!("templates/sign_in_changed.txt")),
    ("sign_in_changed.html", include_str!("templates/sign_in_changed.html")),
    ("verify.txt", include_str!("templates/verify.txt")),
    ("verify.html", include_str!("templates/verify.html")),
    ("already_registered.txt", include_str!("templates/already_registered.txt")),
    ("already_registered.html", include_str!("templates/already_registered.html")),
    ("email_changed.txt", include_str!("templates/email_changed.txt")),
    ("email_changed.html", include_str!("templates/email_changed.html")),
    ("email_change.txt", include_str!("templates/email_change.txt")),
    ("email_change.html", include_str!("templates/email_change.html")),
    ("email_change_requested.txt", include_str!("templates/email_change_requested.txt")),
    ("email_change_requested.html", include_str!("templates/email_change_requested.html")),
    ("notification.txt", include_str!("templates/notification.txt")),
    ("notification.html", include_str!("templates/notification.html")),
    ("digest.txt", include_str!("templates/digest.txt")),
    ("digest.html", include_str!("templates/digest.html")),
    ("invitation.txt", include_str!("templates/invitation.txt")),
    ("invitation.html", include_str!("templates/invitation.html")),
    ("application_confirm.txt", include_str!("templates/application_confirm.txt")),
    ("application_confirm.html", include_str!("templates/application_confirm.html")),
    ("application_approved.txt", include_str!("templates/application_approved.txt")),
    ("application_approved.html", include_str!("templates/application_approved.html")),
    ("application_declined.txt", include_str!("templates/application_declined.txt")),
    ("application_declined.html", include_str!("templates/application_declined.html")),
    ("restricted.txt", include_str!("templates/restricted.txt")),
    ("restricted.html", include_str!("templates/restricted.html")),
    ("friend_gift.txt", include_str!("templates/friend_gift.txt")),
    ("friend_gift.html", include_str!("templates/friend_gift.html")),
    ("imported_welcome.txt", include_str!("templates/imported_welcome.txt")),
    ("imported_welcome.html", include_str!("templates/imported_welcome.html")),
    ("test.txt", include_str!("templates/test.txt")),
    ("test.html", include_str!("templates/test.html")),
];

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // A value the template does not get is a bug, not an empty string in someone's inbox.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_function("t", translate);
        for (name, source) in TEMPLATES {
            env.add_template(name, source).unwrap_or_else(|e| panic!("mail template {name} does not parse: {e}"));
        }
        env
    })
}

/// The template function `t("key", name = value, …)`: message `key` in the letter's language (the `lang`
/// value [`render`] adds), whole numbers kept as numbers for plurals and grouping, anything else as text.
fn translate(state: &State, key: &str, args: Kwargs) -> Result<String, minijinja::Error> {
    let lang = state.lookup("lang").and_then(|v| v.as_str().and_then(Lang::parse)).unwrap_or_default();
    let mut fluent = crate::i18n::FluentArgs::new();
    for name in args.args() {
        let value: Value = args.get(name)?;
        match value.as_i64() {
            Some(n) => fluent.set(name.to_string(), n),
            None => fluent.set(name.to_string(), value.to_string()),
        }
    }
    args.assert_all_used()?;
    Ok(crate::i18n::message(lang, key, Some(&fluent)))
}

/// The subject line: what the email is about, then the community's name.
pub fn subject(settings: &MailSettings, what: &str) -> String {
    format!("{what} · {}", settings.community)
}

/// Renders `letter` with the community's name, origin and unsubscribe link added to its values.
pub fn render(settings: &MailSettings, letter: &Letter<'_>) -> Result<Composed, minijinja::Error> {
    let subject = subject(settings, &letter.subject);
    let vars = context! {
        lang => letter.lang.tag(),
        dir => letter.lang.dir(),
        community => &settings.community,
        origin => &settings.origin,
        subject => &subject,
        unsubscribe => &letter.unsubscribe,
        ..letter.vars.clone()
    };
    let env = environment();
    let text = env.get_template(&format!("{}.txt", letter.template))?.render(&vars)?;
    let html = env.get_template(&format!("{}.html", letter.template))?.render(&vars)?;
    Ok(Composed { subject, text: tidy(&text), html })
}

/// Text bodies: no run of blank lines longer than one, and one trailing newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines() {
        let line = line.trim_end();
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank <= 1 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> MailSettings {
        MailSettings { community: "Acme <Community>".into(), ..MailSettings::default() }
    }

    #[test]
    fn every_template_renders_with_the_values_its_callers_give() {
        let link = "https://c.example/reset?t=abc";
        for (template, vars) in [
            ("reset", context! { name => "Ada", link }),
            ("password_changed", context! { name => "Ada" }),
            ("sign_in_changed", context! { name => "Ada", what => "Okta was linked to your account." }),
            ("verify", context! { name => "Ada", link, valid => "48 hours" }),
            ("already_registered", context! { name => "Ada" }),
            ("application_confirm", context! { name => "Ada", link, valid => "48 hours" }),
            ("application_approved", context! { name => "Ada", link }),
            (
                "restricted",
                context! { name => "Ada", what => "suspended", until => "9 Dec 2026", reason => "Spam", suspended => true },
            ),
            (
                "restricted",
                context! { name => "Ada", what => "silenced", until => "9 Dec 2026", reason => "Spam", suspended => false },
            ),
            ("application_declined", context! { name => "Ada", note => "Try again <soon>." }),
            ("application_declined", context! { name => "Ada", note => "" }),
            ("test", context! { sender => "Ada" }),
            (
                "digest",
                context! {
                    name => "Ada",
                    own => vec![("Bob replied in “Launch”", link)],
                    topics => vec![("Launch", link, 3_i64)],
                    stories => Vec::<(String, String)>::new(),
                    period => "this week",
                    settings => link,
                },
            ),
            (
                "notification",
                context! { name => "Ada", sentence => "Bob replied", link, code => "SAVE-10", topic => "Replies", settings => link },
            ),
            ("email_changed", context! { name => "Ada", new_email => "new@example.com" }),
            ("email_change", context! { name => "Ada", link, valid => "48 hours" }),
            ("email_change_requested", context! { name => "Ada", new_email => "new@example.com" }),
            ("friend_gift", context! { name => "Ada", title => "20% off", code => "FRIEND-1", link }),
        ] {
            let letter = Letter {
                kind: template,
                to: "ada@example.com",
                user_id: None,
                lang: Lang::En,
                subject: "Hello".into(),
                template,
                vars,
                unsubscribe: None,
            };
            let done = render(&settings(), &letter).unwrap_or_else(|e| panic!("{template}: {e:#}"));
            assert_eq!(done.subject, "Hello · Acme <Community>");
            assert!(done.text.starts_with("Acme <Community>\n"), "{template}: {}", done.text);
            assert!(done.html.contains("Acme &lt;Community&gt;"), "{template}: HTML is escaped");
            assert!(!done.text.contains("\n\n\n"), "{template}: {}", done.text);
        }
    }

    #[test]
    fn a_missing_value_is_an_error_not_an_empty_string() {
        let letter = Letter {
            kind: "reset",
            to: "a@example.com",
            user_id: None,
            lang: Lang::En,
            subject: "Reset".into(),
            template: "reset",
            vars: context! { name => "Ada" },
            unsubscribe: None,
        };
        assert!(render(&settings(), &letter).is_err());
    }

    #[test]
    fn values_are_escaped_in_html_and_left_alone_in_text() {
        let letter = Letter {
            kind: "test",
            to: "a@example.com",
            user_id: None,
            lang: Lang::En,
            subject: "Test".into(),
            template: "test",
            vars: context! { sender => "<script>alert(1)</script>" },
            unsubscribe: Some("https://c.example/unsubscribe?t=x&k=reply".into()),
        };
        let done = render(&settings(), &letter).expect("renders");
        assert!(done.html.contains("&lt;script&gt;") && !done.html.contains("<script>"));
        assert!(done.text.contains("<script>alert(1)</script>"));
        assert!(done.html.contains("unsubscribe?t=x&amp;k=reply"));
        assert!(done.text.contains("Unsubscribe from these emails: https://c.example/unsubscribe?t=x&k=reply"));
    }

    #[test]
    fn an_email_is_written_in_its_letter_s_language() {
        let letter = |lang| Letter {
            kind: "reset",
            to: "a@example.com",
            user_id: None,
            lang,
            subject: crate::t_in!(lang, "mail-reset-subject"),
            template: "reset",
            vars: context! { name => "Ada", link => "https://c.example/reset?t=abc" },
            unsubscribe: Some("https://c.example/unsubscribe?t=x".into()),
        };
        let german = render(&settings(), &letter(Lang::De)).expect("renders");
        assert_eq!(german.subject, "Setze dein Passwort zurück · Acme <Community>");
        assert!(german.text.contains("Hallo Ada,"), "{}", german.text);
        assert!(german.text.contains("Diese E-Mails abbestellen: https://c.example/unsubscribe?t=x"));
        assert!(german.html.contains(r#"<html lang="de" dir="ltr">"#));
        assert!(german.html.contains("Neues Passwort wählen"));
        let spanish = render(&settings(), &letter(Lang::Es)).expect("renders");
        assert!(spanish.text.contains("Hola, Ada:") && spanish.text.contains("el enlace funciona una sola vez"));
        assert!(spanish.html.contains("Elegir una contraseña nueva"));
        let english = render(&settings(), &letter(Lang::En)).expect("renders");
        assert!(english
            .text
            .contains("Someone (we hope you) asked to reset the password of your account at Acme <Community>."));
        // (A partial language's reader is written to in English: `outbox::language_of` never picks one.)
    }
}
