//! The Content-Security-Policy of HTML pages: scripts only from this origin or carrying this response's nonce
//! (Leptos puts it on the hydration script and on streamed resource scripts), WASM allowed to compile; styles
//! from this origin and the one `<style>` carrying the nonce (the brand colour). No style attributes.

use leptos::prelude::*;

pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Puts the policy with this response's nonce on the response.
pub fn set_page_csp() {
    let (Some(nonce), Some(options)) = (use_nonce(), use_context::<leptos_axum::ResponseOptions>()) else {
        return;
    };
    if let Ok(value) = http::HeaderValue::from_str(&page_policy(&nonce.to_string())) {
        options.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}
