//! The sender every node runs: it claims due emails from the outbox, sends them over SMTP with `lettre`, and
//! marks them sent, or records the server's answer and tries again later with growing waits. Several nodes
//! share one outbox safely (see `app::mail::outbox`).

use app::{db::Db, mail::outbox};
use lettre::{
    message::{
        header::{HeaderName, HeaderValue},
        Mailbox, MultiPart,
    },
    transport::smtp::{AsyncSmtpTransportBuilder, PoolConfig},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use std::{sync::Arc, time::Duration};

/// How the sender behaves; the defaults suit a production node.
#[derive(Debug, Clone)]
pub struct MailerConfig {
    /// `smtp://host:25`, `smtp://user:pass@host:587?tls=required`, `smtps://user:pass@host:465`.
    pub smtp_url: String,
    /// `Acme Community <community@example.com>`.
    pub from: Mailbox,
    /// Emails claimed at once.
    pub batch: i64,
    /// Emails sent at once (over a pool of SMTP connections).
    pub parallel: usize,
    /// How long a claim lasts: a node that dies holding emails gives them up after this.
    pub lease_secs: i64,
    /// Tries before an email is marked failed.
    pub max_tries: i64,
    /// The wait after the first failed try; it doubles each time, up to an hour.
    pub first_retry_secs: i64,
    /// How often an idle sender looks for new emails.
    pub idle_poll: Duration,
}

impl MailerConfig {
    pub fn new(smtp_url: String, from: Mailbox) -> MailerConfig {
        MailerConfig {
            smtp_url,
            from,
            batch: 100,
            parallel: 8,
            lease_secs: 300,
            max_tries: 8,
            first_retry_secs: 30,
            idle_poll: Duration::from_millis(500),
        }
    }
}

/// Checks `--mail-from`: an address with an optional display name.
pub fn parse_from(raw: &str) -> Result<Mailbox, String> {
    raw.trim().parse::<Mailbox>().map_err(|e| {
        format!("--mail-from {raw:?} is not an email address ({e}): use an address, or a name and one, like \"Acme Community <community@example.com>\"")
    })
}

/// The community's name for subjects and the From line: the display name of `--mail-from`, else "Chorus".
pub fn community_name(from: &Mailbox) -> String {
    from.name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "Chorus".to_string())
}

/// The transport builder for `--smtp-url`, refusing a URL lettre cannot use with a message that says what is
/// wrong (its password masked).
fn builder(config: &MailerConfig) -> Result<AsyncSmtpTransportBuilder, String> {
    let shown = app::db::redact(&config.smtp_url);
    if !(config.smtp_url.starts_with("smtp://") || config.smtp_url.starts_with("smtps://")) {
        return Err(format!(
            "--smtp-url {shown:?} must start with smtp:// (add ?tls=required for STARTTLS) or smtps:// (TLS from the first byte)"
        ));
    }
    AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
        .map_err(|e| format!("--smtp-url {shown:?} is not usable: {e}"))
}

/// Checks the SMTP URL at start-up without connecting (the URL's shape and TLS parameters).
pub fn transport_check(config: &MailerConfig) -> Result<(), String> {
    builder(config).map(|_| ())
}

/// Builds the SMTP transport: a pool of `parallel` connections.
pub fn transport(config: &MailerConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    Ok(builder(config)?
        .timeout(Some(Duration::from_secs(30)))
        .pool_config(PoolConfig::new().max_size(config.parallel as u32))
        .build())
}

/// The sender of one node.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    config: Arc<MailerConfig>,
}

impl Mailer {
    pub fn new(config: MailerConfig) -> Result<Mailer, String> {
        Ok(Mailer { transport: transport(&config)?, config: Arc::new(config) })
    }

    /// Says in the log whether the SMTP server answers. The node serves either way: the sender keeps trying.
    pub async fn check(&self) {
        let shown = app::db::redact(&self.config.smtp_url);
        match self.transport.test_connection().await {
            Ok(true) => tracing::info!(smtp = %shown, "the SMTP server answers; emails will be sent"),
            Ok(false) | Err(_) => tracing::error!(
                smtp = %shown,
                "the SMTP server does not answer: emails wait in the outbox (see /admin/mail) and are retried; check --smtp-url"
            ),
        }
    }

    /// Claims one batch and sends it; returns how many emails it claimed.
    pub async fn run_once(&self, db: &Db) -> Result<usize, sqlx::Error> {
        let claimed = outbox::claim(db, self.config.batch, self.config.lease_secs, app::db::now()).await?;
        let count = claimed.len();
        let mut queue = claimed.into_iter();
        let mut running = tokio::task::JoinSet::new();
        loop {
            while running.len() < self.config.parallel {
                let Some(mail) = queue.next() else { break };
                let (me, db) = (self.clone(), db.clone());
                running.spawn(async move { me.deliver(&db, mail).await });
            }
            match running.join_next().await {
                Some(Ok(Err(e))) => tracing::warn!(error = %e, "could not record an email's delivery"),
                Some(Err(e)) => tracing::error!(error = %e, "an email's sending task failed"),
                Some(Ok(Ok(()))) => {}
                None => break,
            }
        }
        Ok(count)
    }

    async fn deliver(&self, db: &Db, mail: outbox::Claimed) -> Result<(), sqlx::Error> {
        let message = match self.message(&mail) {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(mail_id = mail.id, error = %e, "an email could not be built; marked failed");
                return outbox::mark_failed(db, mail.id, &e, None).await;
            }
        };
        match self.transport.send(message).await {
            Ok(_) => outbox::mark_sent(db, mail.id, app::db::now()).await,
            Err(e) => {
                let answer = e.to_string();
                let retry = (!e.is_permanent() && mail.tries < self.config.max_tries)
                    .then(|| app::db::now() + backoff(self.config.first_retry_secs, mail.tries));
                match retry {
                    Some(_) => {
                        tracing::warn!(mail_id = mail.id, tries = mail.tries, error = %answer, "sending an email failed; it will be retried")
                    }
                    None => {
                        tracing::error!(mail_id = mail.id, tries = mail.tries, error = %answer, "sending an email failed for good")
                    }
                }
                outbox::mark_failed(db, mail.id, &answer, retry).await
            }
        }
    }

    fn message(&self, mail: &outbox::Claimed) -> Result<Message, String> {
        let to: Mailbox =
            mail.to_addr.parse().map_err(|e| format!("the address {:?} is not valid: {e}", mail.to_addr))?;
        let mut builder = Message::builder().from(self.config.from.clone()).to(to).subject(&mail.subject);
        if let Some(url) = &mail.unsubscribe_url {
            // RFC 8058: one-click unsubscribe, which a mail client can do with a POST and no page in between.
            builder = builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_string(),
                ));
        }
        builder
            .multipart(MultiPart::alternative_plain_html(mail.body_text.clone(), mail.body_html.clone()))
            .map_err(|e| format!("the email could not be built: {e}"))
    }

    /// Sends on this node until the process ends: at once while there is a backlog, every `idle_poll` when
    /// the outbox is empty.
    pub fn spawn(self, db: Db) {
        tokio::spawn(async move {
            self.check().await;
            loop {
                let claimed = match self.run_once(&db).await {
                    Ok(n) => n,
                    Err(e) => {
                        tracing::warn!(error = %e, "could not claim emails from the outbox");
                        0
                    }
                };
                if claimed < self.config.batch as usize {
                    tokio::time::sleep(self.config.idle_poll).await;
                }
            }
        });
    }
}

/// The wait before try `tries + 1`: `first` seconds, doubling each time, at most an hour.
pub fn backoff(first: i64, tries: i64) -> i64 {
    let doublings = u32::try_from(tries.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    first.saturating_mul(1_i64 << doublings).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_and_stop_at_an_hour() {
        assert_eq!(backoff(30, 1), 30);
        assert_eq!(backoff(30, 2), 60);
        assert_eq!(backoff(30, 4), 240);
        assert_eq!(backoff(30, 8), 3600);
        assert_eq!(backoff(30, 1000), 3600);
        assert_eq!(backoff(0, 5), 0);
    }

    #[test]
    fn from_lines_and_smtp_urls_are_checked_with_a_message() {
        let from = parse_from("Acme Community <community@example.com>").expect("parses");
        assert_eq!(community_name(&from), "Acme Community");
        assert_eq!(community_name(&parse_from("community@example.com").expect("parses")), "Chorus");
        let bad = parse_from("not an address").unwrap_err();
        assert!(bad.contains("--mail-from") && bad.contains("Acme Community <community@example.com>"), "{bad}");
        let config = |url: &str| MailerConfig::new(url.to_string(), from.clone());
        assert!(transport_check(&config("smtp://127.0.0.1:2525")).is_ok());
        assert!(transport_check(&config("smtps://user:secret@mail.example.com")).is_ok());
        let refused = transport_check(&config("http://user:secret@mail.example.com")).unwrap_err();
        assert!(refused.contains("smtp://") && !refused.contains("secret"), "{refused}");
        let refused = transport_check(&config("smtp://mail.example.com?tls=sometimes")).unwrap_err();
        assert!(refused.contains("not usable"), "{refused}");
    }
}
