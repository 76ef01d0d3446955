use crate::common::{text::thousands, upload::RefusedLine};
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
                <caption>"Refused lines"</caption>
                <thead><tr><th scope="col">"Line"</th><th scope="col">{what}</th><th scope="col">"Why"</th></tr></thead>
                <tbody>
                    {refused.into_iter().map(|r| view! {
                        <tr>
                            <td>{if r.line == 0 { "The file".to_string() } else { r.line.to_string() }}</td>
                            <td>{r.text}</td>
                            <td>{r.reason}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(more > 0).then(|| view! { <p class="hint">{format!("…and {} more refused lines.", thousands(more))}</p> })}
    })
}
