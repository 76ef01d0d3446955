//! "Who sees it": the select that limits a category, reward, challenge or survey to a group, in the admins'
//! forms of those features. Its value is the group's address; empty is everyone.

use crate::{groups::domain::GroupChoice, ui::Field};
use leptos::prelude::*;

#[component]
pub fn GroupSelect(
    /// The form field's name, such as `form[group]`.
    name: &'static str,
    /// The control's id.
    id: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    /// What the empty choice says ("Everyone").
    #[prop(into)]
    everyone: String,
    /// The address of the group chosen now; empty for everyone.
    current: String,
    groups: Vec<GroupChoice>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Field label id hint error>
            <select name=name>
                <option value="" selected=current.is_empty()>{everyone}</option>
                {groups.into_iter().map(|g| {
                    let selected = current == g.slug;
                    view! { <option value=g.slug selected=selected>{format!("Only the group {}", g.name)}</option> }
                }).collect_view()}
            </select>
        </Field>
    }
}
