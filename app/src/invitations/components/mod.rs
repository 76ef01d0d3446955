//! The admins' invitations page: invite one, upload many, follow each.

mod batch_report;
mod bulk_form;
mod invitation_table;
mod invitations_page;
mod invite_form;

pub use invitations_page::InvitationsPage;
