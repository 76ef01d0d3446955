//! A member's rights over their data: download everything Chorus holds about them (`/me/data`) and delete
//! their account (`/me/delete`, or an admin for them). Deleting touches every feature (forum, stories,
//! points, rewards, referrals, surveys, pictures), so this sits on the top floor, above them all.

pub mod api;
#[cfg(feature = "ssr")]
pub mod erase;
#[cfg(feature = "ssr")]
pub mod export;
mod pages;
pub mod views;

pub use pages::{AdminDeleteMemberPage, DeleteAccountPage, GoodbyePage, MyDataPage};
