//! Admin server functions. Each checks the admin role itself.

use crate::{admin::domain::MemberPage, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::Role,
        guard::{db_err, reply, require_role},
    },
    admin::{domain, repo},
    state::app_state,
};

/// A page of members (admins only).
#[server(endpoint = "admin/members")]
pub async fn list_members(page: u32) -> Result<MemberPage, AppError> {
    reply(
        async {
            require_role(Role::Admin).await?;
            let page = domain::page_or_first(page);
            let (members, total) = repo::list_members(&app_state()?.db, page).await.map_err(db_err)?;
            Ok(MemberPage { members, page, total })
        }
        .await,
    )
}

/// Gives a member another role (admins only; never their own).
#[server(endpoint = "admin/set_role")]
pub async fn set_member_role(user_id: i64, role: String) -> Result<(), AppError> {
    reply(
        async {
            let admin = require_role(Role::Admin).await?;
            let role = domain::check_role_change(&admin, user_id, &role)
                .map_err(|e| AppError::invalid("role", e.to_string()))?;
            if !repo::set_role(&app_state()?.db, user_id, role).await.map_err(db_err)? {
                return Err(AppError::NotFound("That member".into()));
            }
            tracing::info!(admin_id = admin.id, user_id, role = role.as_str(), "role changed");
            Ok(())
        }
        .await,
    )
}
