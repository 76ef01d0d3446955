use super::Field;
use crate::t;
use leptos::prelude::*;

fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(char::from(b)),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Share a link (a story, or a member's referral link): copy it (the address is shown in a field to copy by
/// hand without JavaScript), or post it to X, LinkedIn or an email.
#[component]
pub fn ShareLinks(
    url: String,
    title: String,
    /// "Share this story" unless given.
    #[prop(optional, into)]
    heading: Option<String>,
) -> impl IntoView {
    let (u, t) = (encode(&url), encode(&title));
    let heading = heading.unwrap_or_else(|| t!("ui-share-story"));
    let copied = RwSignal::new(false);
    let to_copy = url.clone();
    view! {
        <section class="share" aria-labelledby="share-title">
            <h2 id="share-title">{heading}</h2>
            <Field label=t!("ui-share-link") id="share-url">
                <input readonly value=url.clone() />
            </Field>
            <ul class="share-links">
                <li class="js-only">
                    <button
                        type="button"
                        class="button small secondary"
                        on:click=move |_| {
                            #[cfg(feature = "hydrate")]
                            {
                                let clipboard = window().navigator().clipboard();
                                let _ = clipboard.write_text(&to_copy);
                            }
                            #[cfg(not(feature = "hydrate"))]
                            let _ = &to_copy;
                            copied.set(true);
                        }
                    >
                        {t!("ui-copy-link")}
                    </button>
                    <span role="status">{move || copied.get().then(|| format!(" {}", t!("ui-link-copied")))}</span>
                </li>
                <li><a href=format!("https://twitter.com/intent/tweet?url={u}&text={t}") target="_blank" rel="noopener noreferrer">{t!("ui-share-x")}</a></li>
                <li><a href=format!("https://www.linkedin.com/sharing/share-offsite/?url={u}") target="_blank" rel="noopener noreferrer">{t!("ui-share-linkedin")}</a></li>
                <li><a href=format!("mailto:?subject={t}&body={u}")>{t!("ui-share-email")}</a></li>
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn share_parameters_are_percent_encoded() {
        assert_eq!(super::encode("a b&c/é"), "a%20b%26c%2F%C3%A9");
    }
}
