//! A real OpenID Connect provider for the tests: `end2end/oidc/provider.mjs` (npm's certified `oidc-provider`,
//! installed by `make test`) on a loopback port. Tests give it accounts, register Chorus as a client through
//! its dynamic registration, sign in at its login form, and switch its token endpoint to hand out defective
//! ID tokens.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
};

pub struct OidcProvider {
    child: Child,
    pub issuer: String,
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn script() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end");
    assert!(
        root.join("node_modules/oidc-provider").exists(),
        "the sign-in tests need a real OpenID provider: end2end/node_modules/oidc-provider is missing (run \
         `make node-deps`, which runs npm ci in end2end/)"
    );
    root.join("oidc/provider.mjs")
}

impl OidcProvider {
    /// Starts a provider on a free loopback port and waits for its `ready` line.
    pub async fn start() -> OidcProvider {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Command::new("node")
            .arg(script())
            .args(["--port", &port.to_string()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start node end2end/oidc/provider.mjs");
        let stdout = child.stdout.take().expect("stdout");
        let line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line).map(|_| line)
        })
        .await
        .expect("join")
        .expect("read the provider's ready line");
        let issuer =
            line.trim().strip_prefix("ready ").unwrap_or_else(|| panic!("the provider said {line:?}")).to_string();
        OidcProvider { child, issuer }
    }

    fn http() -> reqwest::Client {
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client")
    }

    /// Sets (or replaces) an account at the provider.
    pub async fn account(&self, sub: &str, email: &str, verified: bool, name: &str, groups: &[&str]) {
        let body =
            serde_json::json!({"sub": sub, "email": email, "email_verified": verified, "name": name, "groups": groups});
        let res =
            Self::http().post(format!("{}/_test/accounts", self.issuer)).json(&body).send().await.expect("account");
        assert_eq!(res.status(), 204, "the provider refused the account");
    }

    /// Makes the token endpoint hand out a defective ID token (`normal` to stop).
    pub async fn mode(&self, mode: &str) {
        let res = Self::http()
            .post(format!("{}/_test/mode", self.issuer))
            .json(&serde_json::json!({ "mode": mode }))
            .send()
            .await
            .expect("mode");
        assert_eq!(res.status(), 204, "the provider refused mode {mode}");
    }

    /// Registers a confidential client sending members back to `redirect_uri`: (client id, secret).
    pub async fn register(&self, redirect_uri: &str, post_logout: &str) -> (String, String) {
        let body = serde_json::json!({
            "redirect_uris": [redirect_uri],
            "post_logout_redirect_uris": [post_logout],
            "response_types": ["code"],
            "grant_types": ["authorization_code"],
            "token_endpoint_auth_method": "client_secret_basic",
        });
        let res = Self::http().post(format!("{}/reg", self.issuer)).json(&body).send().await.expect("register");
        assert_eq!(res.status(), 201, "registration refused: {}", res.text().await.unwrap_or_default());
        let client: serde_json::Value = res.json().await.expect("client JSON");
        (client["client_id"].as_str().unwrap().to_string(), client["client_secret"].as_str().unwrap().to_string())
    }

    /// Follows the browser from the provider's authorization address through its login form as `sub`, and
    /// returns the address the provider sends the browser back to (Chorus's callback with code and state).
    /// `browser` keeps the provider's cookies (its session), as a browser would.
    pub async fn sign_in(&self, browser: &reqwest::Client, authorize: &str, sub: &str) -> String {
        let mut url = authorize.to_string();
        for _ in 0..10 {
            let res = browser.get(&url).send().await.expect("provider page");
            if res.status().is_redirection() {
                let next = location(&res, &url);
                if !next.starts_with(&self.issuer) {
                    return next;
                }
                url = next;
                continue;
            }
            assert_eq!(res.status(), 200, "the provider's page {url} failed");
            // The login form: post the account and follow on.
            let res = browser.post(&url).form(&[("login", sub)]).send().await.expect("login");
            assert!(res.status().is_redirection(), "login as {sub} refused: {}", res.status());
            url = location(&res, &url);
            if !url.starts_with(&self.issuer) {
                return url;
            }
        }
        panic!("the provider never sent the browser back");
    }
}

fn location(res: &reqwest::Response, base: &str) -> String {
    let raw = res.headers().get("location").expect("location").to_str().expect("ascii").to_string();
    reqwest::Url::parse(base).unwrap().join(&raw).unwrap().to_string()
}
