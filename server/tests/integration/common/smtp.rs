//! A real SMTP server for the tests: `aiosmtpd` (from PyPI, installed by `make test`) on a loopback port,
//! storing what it receives in a maildir that the tests read back.

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    dir: PathBuf,
}

/// One email as the SMTP server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: String,
    pub from: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub raw: String,
}

impl Received {
    /// The first link in the text part that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        let at = self.text.find(prefix).unwrap_or_else(|| panic!("no link {prefix} in:\n{}", self.text));
        self.text[at..].split_whitespace().next().expect("link").to_string()
    }

    /// The value of header `name` in the raw message.
    pub fn header(&self, name: &str) -> Option<String> {
        let wanted = format!("{}:", name.to_ascii_lowercase());
        self.raw
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with(&wanted))
            .map(|l| l[wanted.len()..].trim().to_string())
    }
}

fn aiosmtpd() -> PathBuf {
    if let Ok(path) = std::env::var("CHORUS_TEST_AIOSMTPD") {
        return PathBuf::from(path);
    }
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let path = PathBuf::from(home).join(".cache/chorus/tools/smtp-venv/bin/aiosmtpd");
    assert!(
        path.exists(),
        "the mail tests need a real SMTP server: aiosmtpd was not found at {} (run `make tools`, or set \
         CHORUS_TEST_AIOSMTPD)",
        path.display()
    );
    path
}

impl SmtpServer {
    /// Starts a server on a free loopback port and waits until it answers.
    pub async fn start() -> SmtpServer {
        let dir =
            std::env::temp_dir().join(format!("chorus_smtp_{}_{:08x}", std::process::id(), rand::random::<u32>()));
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(aiosmtpd())
            .args(["-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        let server = SmtpServer { child, port, dir };
        let deadline = Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start on port {port}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every email received so far.
    pub fn received(&self) -> Vec<Received> {
        let Ok(entries) = std::fs::read_dir(self.dir.join("new")) else {
            return Vec::new();
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files.iter().filter_map(|p| std::fs::read(p).ok()).map(|bytes| parse(&bytes)).collect()
    }

    /// The emails to `to`, once there are at least `count` of them (fails after 20 s).
    pub async fn wait_for(&self, to: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let got: Vec<Received> = self.received().into_iter().filter(|m| m.to.eq_ignore_ascii_case(to)).collect();
            if got.len() >= count {
                return got;
            }
            assert!(Instant::now() < deadline, "{count} email(s) to {to} did not arrive; got {}", got.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The newest email to `to` whose subject starts with `subject`, waiting for it.
    pub async fn latest(&self, to: &str, subject: &str) -> Received {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = self
                .received()
                .into_iter()
                .rev()
                .find(|m| m.to.eq_ignore_ascii_case(to) && m.subject.starts_with(subject));
            if let Some(m) = found {
                return m;
            }
            assert!(Instant::now() < deadline, "no email {subject:?} to {to} arrived");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn parse(bytes: &[u8]) -> Received {
    let raw = String::from_utf8_lossy(bytes).to_string();
    let message = mail_parser::MessageParser::default().parse(bytes).expect("a parsable email");
    let addr = |a: Option<&mail_parser::Address>| {
        a.and_then(|a| a.first()).map(|a| {
            let email = a.address().unwrap_or_default();
            match a.name() {
                Some(name) => format!("{name} <{email}>"),
                None => email.to_string(),
            }
        })
    };
    let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_string();
    Received {
        to,
        from: addr(message.from()).unwrap_or_default(),
        subject: message.subject().unwrap_or_default().to_string(),
        text: message.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
        html: message.body_html(0).map(|t| t.to_string()).unwrap_or_default(),
        raw,
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
