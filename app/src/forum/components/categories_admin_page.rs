use crate::{
    accounts::{components::RequireRole, domain::Role},
    error::AppError,
    forum::{
        api::{all_categories, ArchiveCategory, SaveCategory},
        domain::{CategorySummary, CATEGORY_NAME_MAX, DESCRIPTION_MAX},
    },
    ui::{Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/categories`: create, rename, reorder, describe and archive forum categories (admins only).
#[component]
pub fn CategoriesAdminPage() -> impl IntoView {
    let save = ServerAction::<SaveCategory>::new();
    let archive = ServerAction::<ArchiveCategory>::new();
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let list = Resource::new(move || (save.version().get(), archive.version().get()), |_| all_categories());
    view! {
        <Title text="Categories" />
        <RequireRole role=Role::Admin>
            <CategoriesAdmin save archive list />
        </RequireRole>
    }
}

#[component]
fn CategoriesAdmin(
    save: ServerAction<SaveCategory>,
    archive: ServerAction<ArchiveCategory>,
    list: Resource<Result<Vec<CategorySummary>, AppError>>,
) -> impl IntoView {
    let error = Signal::derive(move || {
        let a = save.value().get().and_then(|r| r.err());
        a.or_else(|| archive.value().get().and_then(|r| r.err()))
    });
    view! {
        <section class="panel" aria-labelledby="categories-title">
            <h1 id="categories-title">"Forum categories"</h1>
            <p>"Lower positions come first. Archived categories keep their topics readable but take no new ones."</p>
            <FormAlert error />
            <Suspense fallback=|| view! { <p class="loading">"Loading categories…"</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty">"No categories yet: create the first below."</p> }.into_any()),
                        Ok(list) => Either::Left(list.into_iter().map(|c| view! { <CategoryEditor c save archive /> }).collect_view().into_any()),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </section>
        <section class="panel" aria-labelledby="new-category-title">
            <h2 id="new-category-title">"New category"</h2>
            <CategoryForm save current=None />
        </section>
    }
}

#[component]
fn CategoryEditor(
    c: CategorySummary,
    save: ServerAction<SaveCategory>,
    archive: ServerAction<ArchiveCategory>,
) -> impl IntoView {
    let heading = format!("{}{}", c.name, if c.archived { " (archived)" } else { "" });
    view! {
        <details class="category-editor">
            <summary>{heading} <span class="meta">{format!(" /forum/c/{} · {} {}", c.slug, c.topic_count, if c.topic_count == 1 { "topic" } else { "topics" })}</span></summary>
            <CategoryForm save current=Some(c.clone()) />
            <ActionForm action=archive attr:class="inline-form">
                <input type="hidden" name="id" value=c.id />
                <input type="hidden" name="archived" value=(!c.archived).to_string() />
                <button type="submit" class="button small secondary">{if c.archived { "Restore" } else { "Archive" }}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn CategoryForm(save: ServerAction<SaveCategory>, current: Option<CategorySummary>) -> impl IntoView {
    let key = current.as_ref().map_or_else(|| "new".to_string(), |c| c.id.to_string());
    let c = current.unwrap_or(CategorySummary {
        id: 0,
        slug: String::new(),
        name: String::new(),
        description: String::new(),
        position: 0,
        archived: false,
        topic_count: 0,
        post_count: 0,
        last_post_at: None,
    });
    let field = move |name: &str| format!("cat-{key}-{name}");
    let field_error = move |name: &'static str| Signal::derive(move || AppError::for_field(save.value().get(), name));
    view! {
        <ActionForm action=save attr:class="category-form">
            <input type="hidden" name="id" value=c.id />
            <Field label="Name" id=field("name")>
                <input name="name" value=c.name maxlength=CATEGORY_NAME_MAX required />
            </Field>
            <Field
                label="Address"
                id=field("slug")
                hint="Lower-case letters, digits and dashes; it appears in links."
                error=field_error("slug")
            >
                <input name="slug" value=c.slug maxlength=CATEGORY_NAME_MAX required />
            </Field>
            <Field label="Description" id=field("description")>
                <input name="description" value=c.description maxlength=DESCRIPTION_MAX />
            </Field>
            <Field label="Position" id=field("position") class="narrow-field">
                <input name="position" type="number" value=c.position />
            </Field>
            <button type="submit" class="button small">{if c.id == 0 { "Create category" } else { "Save" }}</button>
        </ActionForm>
    }
}
