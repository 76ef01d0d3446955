//! The upload store: a folder on this machine (the default, `data/uploads`) or an S3-compatible bucket that
//! several nodes share. Keys are the names served under `/media/`, so every object is written once and never
//! changed.

use object_store::{aws::AmazonS3Builder, local::LocalFileSystem, path::Path, ObjectStore, PutPayload};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Where pictures are kept, and how many may be decoded at once.
#[derive(Clone)]
pub struct MediaStore {
    objects: Arc<dyn ObjectStore>,
    /// `folder /srv/chorus/uploads` or `bucket chorus at http://…`, for logs and the start-up line.
    pub describe: String,
    /// Decoding a large photo takes a core for a fraction of a second: at most this many at once.
    pub decoding: Arc<Semaphore>,
}

impl std::fmt::Debug for MediaStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe)
    }
}

impl MediaStore {
    /// Opens `url`: `s3://bucket?endpoint=http://host:port&region=…` (keys from `AWS_ACCESS_KEY_ID` and
    /// `AWS_SECRET_ACCESS_KEY`), or a folder path (`file://` optional), made if missing.
    pub fn open(url: &str) -> Result<MediaStore, String> {
        let decoding = Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));
        if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, query) = rest.split_once('?').unwrap_or((rest, ""));
            let bucket = bucket.trim_end_matches('/');
            if bucket.is_empty() || bucket.contains('/') {
                return Err(format!("--uploads-url {url:?}: name one bucket, as in s3://bucket?endpoint=…"));
            }
            let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
            let mut endpoint = None;
            for pair in query.split('&').filter(|p| !p.is_empty()) {
                match pair.split_once('=') {
                    Some(("endpoint", value)) => endpoint = Some(value.to_string()),
                    Some(("region", value)) => builder = builder.with_region(value),
                    _ => return Err(format!("--uploads-url: unknown setting {pair:?}; use endpoint= and region=")),
                }
            }
            if let Some(endpoint) = &endpoint {
                if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
                    return Err(format!(
                        "--uploads-url: the endpoint {endpoint:?} must start with http:// or https://"
                    ));
                }
                builder = builder.with_endpoint(endpoint).with_allow_http(endpoint.starts_with("http://"));
            }
            let objects = builder.build().map_err(|e| format!("--uploads-url {url:?}: {e}"))?;
            let at = endpoint.unwrap_or_else(|| "AWS".to_string());
            return Ok(MediaStore {
                objects: Arc::new(objects),
                describe: format!("bucket {bucket} at {at}"),
                decoding,
            });
        }
        if url.contains("://") && !url.starts_with("file://") {
            return Err(format!("--uploads-url {url:?}: give a folder or s3://bucket?endpoint=…"));
        }
        let folder = url.strip_prefix("file://").unwrap_or(url);
        std::fs::create_dir_all(folder).map_err(|e| format!("--uploads-url: cannot make the folder {folder}: {e}"))?;
        let objects =
            LocalFileSystem::new_with_prefix(folder).map_err(|e| format!("--uploads-url: the folder {folder}: {e}"))?;
        Ok(MediaStore { objects: Arc::new(objects), describe: format!("folder {folder}"), decoding })
    }

    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), object_store::Error> {
        self.objects.put(&Path::from(key), PutPayload::from(bytes)).await.map(|_| ())
    }

    /// The object's bytes, or `None` when there is no such object.
    pub async fn get(&self, key: &str) -> Result<Option<bytes::Bytes>, object_store::Error> {
        match self.objects.get(&Path::from(key)).await {
            Ok(found) => found.bytes().await.map(Some),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every object's key (the store is flat: keys are the names served under `/media/`), for backups.
    pub async fn keys(&self) -> Result<Vec<String>, object_store::Error> {
        let listed = self.objects.list_with_delimiter(None).await?;
        Ok(listed.objects.into_iter().map(|o| o.location.to_string()).collect())
    }

    /// Removes the object; removing one that is already gone is not an error (two nodes may both clean up).
    pub async fn delete(&self, key: &str) -> Result<(), object_store::Error> {
        match self.objects.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
