//! The browser assets under `/pkg/`: their names, read from `pkg/manifest.json` (written by
//! `frontend/package.sh`), and how they are served. A file named after its content is kept by browsers and
//! shared caches for a year (`immutable`): a new build has new names, so a returning visitor downloads only the
//! page. The brotli or gzip copy made at build time is sent when the browser accepts it; nothing under `/pkg/`
//! is compressed per request.

use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::Response,
    Router,
};
use std::{path::Path, sync::Arc};
use tower_http::services::ServeDir;

/// Where the page finds the script and style sheet of this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// The name shared by the script and its WASM (`chorus-<hash>` → `.js` and `_bg.wasm`).
    pub script: String,
    /// The style sheet's file name.
    pub stylesheet: String,
    /// Whether the names carry content hashes (a packaged build), so the files may be cached for good.
    pub hashed: bool,
}

impl Assets {
    /// The names of an unpackaged build (`chorus.js`, `chorus_bg.wasm`, `chorus.css`): served, never cached.
    pub fn unhashed() -> Assets {
        Assets { script: "chorus".into(), stylesheet: "chorus.css".into(), hashed: false }
    }

    /// Reads `<site root>/pkg/manifest.json`; without one, the unhashed names. A manifest that cannot be read
    /// or names a file that is not there is an error naming it.
    pub fn read(site_root: &Path) -> Result<Assets, String> {
        let pkg = site_root.join("pkg");
        let path = pkg.join("manifest.json");
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Assets::unhashed()),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        let manifest: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
        let field = |name: &str| {
            manifest[name]
                .as_str()
                .filter(|v| !v.is_empty() && !v.contains(['/', '\\']) && !v.starts_with('.'))
                .map(str::to_string)
                .ok_or_else(|| format!("{} has no usable \"{name}\" (run `make build` again)", path.display()))
        };
        let assets = Assets { script: field("script")?, stylesheet: field("stylesheet")?, hashed: true };
        for file in [format!("{}.js", assets.script), format!("{}_bg.wasm", assets.script), assets.stylesheet.clone()] {
            if !pkg.join(&file).is_file() {
                return Err(format!(
                    "{} names {file}, which is not in {} (run `make build` again)",
                    path.display(),
                    pkg.display()
                ));
            }
        }
        Ok(assets)
    }

    /// The style sheet's address, for the page's `<link>`.
    pub fn stylesheet_href(&self) -> String {
        format!("/pkg/{}", self.stylesheet)
    }

    /// Whether `/pkg/<file>` is one of this build's content-named files (checked on every asset request,
    /// without allocating).
    fn is_hashed(&self, file: &str) -> bool {
        self.hashed
            && (file == self.stylesheet
                || file.strip_prefix(self.script.as_str()).is_some_and(|rest| rest == ".js" || rest == "_bg.wasm"))
    }
}

/// Marks a response as a static file, so the compression layer leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct StaticFile;

/// `/pkg/…` from `<site root>/pkg`, precompressed copies first, with the caching headers described above.
pub fn router<S: Clone + Send + Sync + 'static>(site_root: &Path, assets: Assets) -> Router<S> {
    let files = ServeDir::new(site_root.join("pkg")).precompressed_br().precompressed_gzip();
    let assets = Arc::new(assets);
    Router::new()
        .nest_service("/pkg", files)
        .layer(middleware::from_fn(move |req: Request<Body>, next: Next| headers(assets.clone(), req, next)))
}

async fn headers(assets: Arc<Assets>, req: Request<Body>, next: Next) -> Response {
    let file = req.uri().path().rsplit('/').next().unwrap_or_default().to_string();
    let mut res = next.run(req).await;
    res.extensions_mut().insert(StaticFile);
    let cache = if res.status() == StatusCode::OK && assets.is_hashed(&file) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let h = res.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pkg")).unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join("pkg").join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn the_manifest_names_the_files() {
        let dir = site(&[
            ("manifest.json", r#"{"script":"chorus-0123456789abcdef","stylesheet":"chorus-fedcba9876543210.css"}"#),
            ("chorus-0123456789abcdef.js", "js"),
            ("chorus-0123456789abcdef_bg.wasm", "wasm"),
            ("chorus-fedcba9876543210.css", "css"),
        ]);
        let assets = Assets::read(dir.path()).unwrap();
        assert_eq!(assets.script, "chorus-0123456789abcdef");
        assert_eq!(assets.stylesheet_href(), "/pkg/chorus-fedcba9876543210.css");
        assert!(assets.is_hashed("chorus-0123456789abcdef_bg.wasm"));
        assert!(!assets.is_hashed("manifest.json"));
    }

    #[test]
    fn no_manifest_means_the_plain_names_never_cached() {
        let dir = site(&[]);
        let assets = Assets::read(dir.path()).unwrap();
        assert_eq!(assets, Assets::unhashed());
        assert!(!assets.is_hashed("chorus.js"));
    }

    #[test]
    fn a_manifest_naming_a_missing_file_or_a_path_is_refused() {
        let dir = site(&[("manifest.json", r#"{"script":"chorus-1","stylesheet":"chorus-2.css"}"#)]);
        let e = Assets::read(dir.path()).unwrap_err();
        assert!(e.contains("chorus-1.js") && e.contains("make build"), "{e}");
        let dir = site(&[("manifest.json", r#"{"script":"../etc","stylesheet":"x.css"}"#)]);
        assert!(Assets::read(dir.path()).unwrap_err().contains("\"script\""));
        let dir = site(&[("manifest.json", "not json")]);
        assert!(Assets::read(dir.path()).unwrap_err().contains("is not JSON"));
    }
}
