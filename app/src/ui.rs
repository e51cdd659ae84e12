//! The user interface: the app shell and router, the layout, pages and shared components.

pub mod app;
pub mod components;
pub mod current_user;
pub mod layout;
pub mod pages;
