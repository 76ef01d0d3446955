use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    error::AppError,
    forum::{
        api::{all_categories, ArchiveCategory, SaveCategory},
        domain::{CategorySummary, CATEGORY_NAME_MAX, DESCRIPTION_MAX},
    },
    groups::{
        api::list_groups,
        components::GroupSelect,
        domain::{GroupChoice, GroupSummary},
    },
    t,
    ui::{Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/categories`: create, rename, reorder, describe and archive forum categories (admins only).
#[component]
pub fn CategoriesAdminPage() -> impl IntoView {
    let save = server_action::<SaveCategory>();
    let archive = server_action::<ArchiveCategory>();
    // Created here, outside the guard's Suspense: a resource created inside a Suspense can stall the server
    // render (leptos-rs/leptos#4866).
    let list = Resource::new(move || (save.version().get(), archive.version().get()), |_| all_categories());
    let groups = Resource::new(|| (), |_| list_groups());
    view! {
        <Title text=t!("forum-categories-title") />
        <RequireRole role=Role::Admin>
            <CategoriesAdmin save archive list groups />
        </RequireRole>
    }
}

#[component]
fn CategoriesAdmin(
    save: ServerAction<SaveCategory>,
    archive: ServerAction<ArchiveCategory>,
    list: Resource<Result<Vec<CategorySummary>, AppError>>,
    groups: Resource<Result<Vec<GroupSummary>, AppError>>,
) -> impl IntoView {
    let error = Signal::derive(move || {
        let a = save.value().get().and_then(|r| r.err());
        a.or_else(|| archive.value().get().and_then(|r| r.err()))
    });
    view! {
        <section class="panel" aria-labelledby="categories-title">
            <h1 id="categories-title">{t!("forum-categories-heading")}</h1>
            <p>{t!("forum-categories-intro")}</p>
            <FormAlert error />
            <Suspense fallback=|| view! { <p class="loading">{t!("forum-loading-categories")}</p> }>
                {move || Suspend::new(async move {
                    let groups = groups.await.unwrap_or_default();
                    let editors = match list.await {
                        Ok(list) if list.is_empty() => Either::Left(view! { <p class="empty">{t!("forum-categories-empty")}</p> }.into_any()),
                        Ok(list) => {
                            let g = groups.clone();
                            Either::Left(list.into_iter().map(|c| view! { <CategoryEditor c save archive groups=g.clone() /> }).collect_view().into_any())
                        }
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    };
                    view! {
                        {editors}
                        <h2 id="new-category-title">{t!("forum-categories-new")}</h2>
                        <CategoryForm save current=None groups />
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CategoryEditor(
    c: CategorySummary,
    save: ServerAction<SaveCategory>,
    archive: ServerAction<ArchiveCategory>,
    groups: Vec<GroupSummary>,
) -> impl IntoView {
    let private = c.group_name.as_ref().map(|g| format!(" {}", t!("forum-categories-private", group = g.as_str())));
    let archived = if c.archived { format!(" {}", t!("forum-categories-archived")) } else { String::new() };
    let heading = format!("{}{archived}{}", c.name, private.unwrap_or_default());
    let topics = t!("forum-categories-topics", count = c.topic_count);
    view! {
        <details class="category-editor">
            <summary>{heading} <span class="meta">{format!(" /forum/c/{} · {topics}", c.slug)}</span></summary>
            <CategoryForm save current=Some(c.clone()) groups />
            <ActionForm action=archive attr:class="inline-form">
                <input type="hidden" name="id" value=c.id />
                <input type="hidden" name="archived" value=(!c.archived).to_string() />
                <button type="submit" class="button small secondary">{if c.archived { t!("forum-categories-restore") } else { t!("forum-categories-archive") }}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn CategoryForm(
    save: ServerAction<SaveCategory>,
    current: Option<CategorySummary>,
    groups: Vec<GroupSummary>,
) -> impl IntoView {
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
        group_id: None,
        group_name: None,
    });
    let field = move |name: &str| format!("cat-{key}-{name}");
    let current_group = groups.iter().find(|g| c.group_id == Some(g.id)).map(|g| g.slug.clone()).unwrap_or_default();
    let choices: Vec<GroupChoice> =
        groups.into_iter().map(|g| GroupChoice { id: g.id, slug: g.slug, name: g.name }).collect();
    let field_error = move |name: &'static str| Signal::derive(move || AppError::for_field(save.value().get(), name));
    view! {
        <ActionForm action=save attr:class="category-form">
            <input type="hidden" name="id" value=c.id />
            <Field label=t!("forum-categories-name") id=field("name")>
                <input name="name" value=c.name maxlength=CATEGORY_NAME_MAX required />
            </Field>
            <Field
                label=t!("forum-categories-address")
                id=field("slug")
                hint=t!("forum-categories-address-hint")
                error=field_error("slug")
            >
                <input name="slug" value=c.slug maxlength=CATEGORY_NAME_MAX required />
            </Field>
            <Field label=t!("forum-categories-description") id=field("description")>
                <input name="description" value=c.description maxlength=DESCRIPTION_MAX />
            </Field>
            <Field label=t!("forum-categories-position") id=field("position") class="narrow-field">
                <input name="position" type="number" value=c.position />
            </Field>
            <GroupSelect name="group" id=field("group") label=t!("forum-categories-who-sees") everyone=t!("forum-categories-everyone")
                current=current_group groups=choices hint=t!("forum-categories-group-hint")
                error=field_error("group") />
            <button type="submit" class="button small">{if c.id == 0 { t!("forum-categories-create") } else { t!("forum-categories-save") }}</button>
        </ActionForm>
    }
}
