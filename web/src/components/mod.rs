//! Components shared by the pages.

pub mod badges;
pub mod cite;
pub mod copy;
pub mod download;
pub mod layout;
pub mod link;
pub mod loading;
pub mod search;
pub mod terms;
pub mod text;
