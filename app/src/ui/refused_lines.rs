use crate::{common::upload::RefusedLine, t};
use leptos::{either::Either, prelude::*};

/// The lines of an upload that were refused, each with its number and reason, and how many more there were
/// than the list keeps. `what` heads the middle column ("Address", "Order").
#[component]
pub fn RefusedLines(refused: Vec<RefusedLine>, more: i64, #[prop(into)] what: String) -> impl IntoView {
    if refused.is_empty() {
        return Either::Left(());
    }
    Either::Right(view! {
        <div class="table-scroll">
            <table class="data">
                <caption>{t!("ui-refused-lines")}</caption>
                <thead><tr><th scope="col">{t!("ui-refused-line")}</th><th scope="col">{what}</th><th scope="col">{t!("ui-refused-why")}</th></tr></thead>
                <tbody>
                    {refused.into_iter().map(|r| view! {
                        <tr>
                            <td>{if r.line == 0 { t!("ui-refused-the-file") } else { r.line.to_string() }}</td>
                            <td>{r.text}</td>
                            <td>{r.reason}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(more > 0).then(|| view! { <p class="hint">{t!("ui-refused-more", count = more)}</p> })}
    })
}
