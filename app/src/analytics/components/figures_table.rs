use crate::analytics::figures::{figures, Counts};
use leptos::prelude::*;

/// Every figure with its previous value and the change, one table per group.
#[component]
pub fn FiguresTable(current: Counts, before: Counts, csv: String) -> impl IntoView {
    let all = figures(&current, &before);
    let mut groups: Vec<&'static str> = Vec::new();
    for f in &all {
        if !groups.contains(&f.group) {
            groups.push(f.group);
        }
    }
    let tables = groups
        .into_iter()
        .map(|g| {
            let rows = all
                .iter()
                .filter(|f| f.group == g)
                .map(|f| {
                    view! {
                        <tr>
                            <th scope="row">{f.label}</th>
                            <td class="num">{f.current.clone()}</td>
                            <td class="num">{f.previous.clone()}</td>
                            <td class="num">{f.change.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data figures">
                        <caption>{g}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Figure"</th>
                                <th scope="col" class="num">"This period"</th>
                                <th scope="col" class="num">"Previous period"</th>
                                <th scope="col" class="num">"Change"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">"Figures"</h2>
            {tables}
            <p><a href=csv download>"Download the figures (CSV)"</a></p>
        </section>
    }
}
