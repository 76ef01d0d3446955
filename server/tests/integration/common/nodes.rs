//! Several `chorus serve` processes on one database, as behind a load balancer.

/// A `chorus serve` process of the test binary, and its base address; killed when dropped.
pub struct Node(pub std::process::Child, pub String);

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts a node on a free loopback port against the database at `url` (emails kept, not sent).
pub fn start_node(url: &str) -> Node {
    let folder = std::env::temp_dir().join(format!("chorus_node_uploads_{}", std::process::id()));
    start_node_with(url, &["--uploads-url", &folder.display().to_string()])
}

/// [`start_node`] with more `serve` flags; the node signs S3 requests with the test keys.
pub fn start_node_with(url: &str, flags: &[&str]) -> Node {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["--database-url", url, "serve", "--addr", &addr, "--sign-up-limit", "1000", "--site-root"])
        .arg(std::env::temp_dir())
        .args(flags)
        .env("AWS_ACCESS_KEY_ID", super::s3::ACCESS_KEY.0)
        .env("AWS_SECRET_ACCESS_KEY", super::s3::ACCESS_KEY.1)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chorus");
    Node(child, format!("http://{addr}"))
}

/// Waits until the node answers its health check.
pub async fn wait_ready(node: &Node) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while reqwest::get(format!("{}/healthz", node.1)).await.map(|r| r.status() != 200).unwrap_or(true) {
        assert!(std::time::Instant::now() < deadline, "node {} did not start", node.1);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Two nodes on one fresh, migrated PostgreSQL database, both answering: the database's handle (kept open for
/// the test), a pool on it, and the nodes.
pub async fn two_nodes() -> (super::TestDb, app::db::Db, Node, Node) {
    let (url, db) = super::fresh_database(super::Backend::Postgres).await;
    let migrated = app::db::Db::connect(&url, 2).await.unwrap();
    migrated.migrate().await.unwrap();
    let (a, b) = (start_node(&url), start_node(&url));
    wait_ready(&a).await;
    wait_ready(&b).await;
    (db, migrated, a, b)
}
