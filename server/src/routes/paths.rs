//! What kind of request a path is, for the layers that treat pages, server functions and the rest apart.

/// Whether a request may render a page (anything but static files, pictures, server functions and the
/// health check).
pub fn renders_a_page(path: &str) -> bool {
    // An upload's answer is read by people (the served pictures are not).
    let picture = path.starts_with("/media/") && path != "/media/upload";
    !(path.starts_with("/pkg/") || picture || path.starts_with("/api/") || path == "/healthz")
}

/// Whether a request is a call of one of the app's server functions (`/api/<module>/<fn>`), whose messages
/// (a refusal, a confirmation) are read by the member on the page: not the REST API (`/api/v1`, `/api/docs`),
/// which answers programs in English.
pub fn calls_a_server_function(path: &str) -> bool {
    path.starts_with("/api/") && !path.starts_with("/api/v1/") && path != "/api/docs"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_functions_are_told_apart_from_pages_and_the_rest_api() {
        for path in ["/api/forum/fetch_topic", "/api/accounts/sign_in", "/api/settings/save_default_language"] {
            assert!(calls_a_server_function(path), "{path}");
        }
        for path in ["/api/v1/members", "/api/v1/testimonials", "/api/docs", "/forum", "/apix", "/pkg/chorus.js"] {
            assert!(!calls_a_server_function(path), "{path}");
        }
        assert!(renders_a_page("/embed/testimonials") && !renders_a_page("/api/forum/fetch_topic"));
    }
}
