//! The user interface: the app shell and router, the layout, pages and shared components.

pub mod app;
pub mod components;
pub mod layout;
pub mod pages;
