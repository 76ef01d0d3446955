//! `/api/docs`: the API reference, rendered on the server from the OpenAPI document, with the site's style
//! sheet and no script, so it reads the same under the strictest content security policy.

use super::{document, problem::KINDS};
use app::{common::html::escape, state::AppState};
use axum::{
    extract::State,
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
};
use serde_json::Value;
use std::fmt::Write;

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

pub async fn page(State(state): State<AppState>) -> Response {
    let html = render(document(), &state.stylesheet);
    let mut res = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    let policy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    res
}

/// The whole page.
pub fn render(doc: &Value, stylesheet: &str) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = doc["info"]["title"].as_str().unwrap_or("API");
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{t} reference</title><link rel=\"stylesheet\" href=\"{s}\"></head><body>\
         <a class=\"skip-link\" href=\"#main\">Skip to the reference</a><main id=\"main\" class=\"container api-docs\">\
         <p><a href=\"/\">Back to the community</a></p><h1>{t} reference</h1><p>{d}</p>",
        t = escape(title),
        s = escape(stylesheet),
        d = escape(doc["info"]["description"].as_str().unwrap_or("")),
    );
    out.push_str(GUIDE);
    out.push_str("<h2 id=\"errors\">Errors</h2><p>Every error is a problem details object (RFC 9457, <code>application/problem+json</code>) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and, when one field is at fault, <code>field</code>.</p><dl>");
    for (slug, status, title) in KINDS {
        let _ = write!(
            out,
            "<dt id=\"problem-{slug}\"><code>{status}</code> {}</dt><dd><code>/api/docs#problem-{slug}</code></dd>",
            escape(title)
        );
    }
    out.push_str("</dl><h2 id=\"routes\">Routes</h2><nav aria-label=\"Routes\"><ul>");
    let operations = operations(doc);
    for (method, path, _) in &operations {
        let _ = write!(
            out,
            "<li><a href=\"#{}\"><code>{} {}</code></a></li>",
            anchor(method, path),
            method.to_uppercase(),
            escape(path)
        );
    }
    out.push_str("</ul></nav>");
    for (method, path, op) in &operations {
        operation(&mut out, method, path, op);
    }
    out.push_str("<h2 id=\"schemas\">Schemas</h2>");
    if let Some(schemas) = doc["components"]["schemas"].as_object() {
        for (name, schema) in schemas {
            schema_section(&mut out, name, schema);
        }
    }
    out.push_str("<p><a href=\"/api/v1/openapi.json\">The OpenAPI 3.1 document</a> (for client generators).</p></main></body></html>");
    out
}

const GUIDE: &str = "<h2 id=\"use\">Using the API</h2><ul>\
<li><strong>Tokens.</strong> An admin makes a token at <a href=\"/admin/api\">/admin/api</a>, choosing its scopes; send it as <code>Authorization: Bearer chorus_…</code>. A revoked or expired token, or one whose maker is no longer an admin, gets 401; a route outside the token's scopes gets 403 and changes nothing. What a token writes is in the audit log under its name.</li>\
<li><strong>Rate limits.</strong> Each token has its own requests-a-minute limit; over it, 429 with <code>Retry-After</code> in seconds.</li>\
<li><strong>Idempotency.</strong> Writes take an <code>Idempotency-Key</code> header (required for points): a retry with the same key and body answers as the first time, with <code>Idempotent-Replayed: true</code>, and changes nothing; the same key with a different body is refused with 422. Answers are kept for 7 days.</li>\
<li><strong>Paging.</strong> Lists answer <code>{\"data\": [...], \"next_cursor\": \"…\"}</code>; pass <code>cursor</code> to get the next page, until <code>next_cursor</code> is <code>null</code>. <code>limit</code> is 1 to 200 (50 by default).</li>\
<li><strong>Times</strong> are ISO 8601 in UTC; <strong>ids</strong> are stable integers.</li></ul>";

/// Every operation, in the document's order.
fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            if let Some(op) = item.get(method) {
                found.push((method.to_string(), path.clone(), op.clone()));
            }
        }
    }
    found
}

fn anchor(method: &str, path: &str) -> String {
    let slug: String = path.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("{method}{slug}")
}

fn operation(out: &mut String, method: &str, path: &str, op: &Value) {
    let _ = write!(
        out,
        "<section class=\"panel api-op\" aria-labelledby=\"{a}\"><h3 id=\"{a}\"><code>{m} {p}</code></h3>",
        a = anchor(method, path),
        m = method.to_uppercase(),
        p = escape(path)
    );
    for key in ["summary", "description"] {
        if let Some(text) = op[key].as_str() {
            let _ = write!(out, "<p>{}</p>", escape(text));
        }
    }
    let scopes: Vec<&str> = op["security"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["token"].as_array())
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if scopes.is_empty() {
        out.push_str("<p>No token needed.</p>");
    } else {
        let _ = write!(out, "<p>Scope: <code>{}</code></p>", escape(&scopes.join(", ")));
    }
    if let Some(params) = op["parameters"].as_array().filter(|p| !p.is_empty()) {
        out.push_str("<table class=\"data\"><caption>Parameters</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead><tbody>");
        for p in params {
            let required = if p["required"].as_bool() == Some(true) { " (required)" } else { "" };
            let _ = write!(
                out,
                "<tr><td><code>{}</code>{required}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(p["name"].as_str().unwrap_or("")),
                escape(p["in"].as_str().unwrap_or("")),
                escape(&type_of(&p["schema"])),
                escape(p["description"].as_str().unwrap_or("")),
            );
        }
        out.push_str("</tbody></table>");
    }
    if let Some(body) = op["requestBody"]["content"]["application/json"]["schema"].as_object() {
        let _ = write!(out, "<p>Body: {}</p>", linked_type(&Value::Object(body.clone())));
    }
    out.push_str("<p>Answers:</p><ul>");
    for (status, answer) in op["responses"].as_object().into_iter().flatten() {
        let content = &answer["content"];
        let schema = content.as_object().and_then(|c| c.values().next()).map(|c| &c["schema"]);
        let shape = schema.map(linked_type).unwrap_or_default();
        let _ = write!(
            out,
            "<li><code>{}</code> {} {shape}</li>",
            escape(status),
            escape(answer["description"].as_str().unwrap_or(""))
        );
    }
    out.push_str("</ul></section>");
}

fn schema_section(out: &mut String, name: &str, schema: &Value) {
    let _ = write!(
        out,
        "<section class=\"panel\" aria-labelledby=\"schema-{n}\"><h3 id=\"schema-{n}\">{n}</h3>",
        n = escape(name)
    );
    if let Some(text) = schema["description"].as_str() {
        let _ = write!(out, "<p>{}</p>", escape(text));
    }
    if let Some(props) = schema["properties"].as_object() {
        let required: Vec<&str> =
            schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        out.push_str("<table class=\"data\"><caption class=\"visually-hidden\">Fields</caption><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead><tbody>");
        for (field, p) in props {
            let mark = if required.contains(&field.as_str()) { "" } else { " (optional)" };
            let _ = write!(
                out,
                "<tr><td><code>{}</code>{mark}</td><td>{}</td><td>{}</td></tr>",
                escape(field),
                linked_type(p),
                escape(p["description"].as_str().unwrap_or("")),
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>");
}

/// A schema's type in words, such as `array of Member` or `string (date-time) or null`.
fn type_of(s: &Value) -> String {
    if let Some(r) = s["$ref"].as_str() {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    if let Some(any) = s["oneOf"].as_array().or_else(|| s["anyOf"].as_array()) {
        return any.iter().map(type_of).collect::<Vec<_>>().join(" or ");
    }
    let kind = match &s["type"] {
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" or "),
        _ => String::new(),
    };
    let kind = if kind.starts_with("array") { format!("array of {}", type_of(&s["items"])) } else { kind };
    match s["format"].as_str() {
        Some(f) => format!("{kind} ({f})"),
        None => kind,
    }
}

/// [`type_of`], with a schema's name linked to its section.
fn linked_type(s: &Value) -> String {
    let words = escape(&type_of(s));
    let target = s["$ref"].as_str().or_else(|| s["items"]["$ref"].as_str());
    match target.and_then(|r| r.rsplit('/').next()) {
        Some(name) => words.replacen(&escape(name), &format!("<a href=\"#schema-{0}\">{0}</a>", escape(name)), 1),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_names_every_route_scope_and_schema() {
        let html = render(super::super::document(), "/pkg/chorus-0123456789abcdef.css");
        for needle in [
            "<code>GET /api/v1/members</code>",
            "<code>POST /api/v1/members/{id}/points</code>",
            "Scope: <code>points:write</code>",
            "id=\"schema-PointsChange\"",
            "id=\"problem-idempotency-key-reused\"",
            "Idempotency-Key",
        ] {
            assert!(html.contains(needle), "missing {needle}");
        }
        assert!(!html.contains("<script"), "the reference runs no script");
    }

    #[test]
    fn types_read_as_words() {
        let v: Value = serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/Member"}});
        assert_eq!(type_of(&v), "array of Member");
        assert_eq!(linked_type(&v), "array of <a href=\"#schema-Member\">Member</a>");
        let v: Value = serde_json::json!({"type": ["string", "null"], "format": "date-time"});
        assert_eq!(type_of(&v), "string or null (date-time)");
    }
}
