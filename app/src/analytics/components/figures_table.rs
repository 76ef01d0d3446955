use crate::{
    analytics::figures::{figures, Counts, Group},
    t,
};
use leptos::prelude::*;

/// Every figure with its previous value and the change, one table per group.
#[component]
pub fn FiguresTable(current: Counts, before: Counts, csv: String) -> impl IntoView {
    let all = figures(&current, &before);
    let mut groups: Vec<Group> = Vec::new();
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
                            <th scope="row">{f.name.clone()}</th>
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
                        <caption>{g.label()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!("analytics-figure")}</th>
                                <th scope="col" class="num">{t!("analytics-this-period")}</th>
                                <th scope="col" class="num">{t!("analytics-previous-period")}</th>
                                <th scope="col" class="num">{t!("analytics-change")}</th>
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
            <h2 id="figures-heading">{t!("analytics-figures")}</h2>
            {tables}
            <p><a href=csv download>{t!("analytics-figures-csv")}</a></p>
        </section>
    }
}
