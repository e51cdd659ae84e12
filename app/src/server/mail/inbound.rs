//! Mail in: messages handed over by the bank's mail server (`listener`), read (`parse`, with
//! `flowed`, `html_text` and `strip`) into what a person wrote and attached, and posted as
//! its author or answered (`deliver`).

pub mod deliver;
pub mod flowed;
pub mod html_text;
pub mod listener;
pub mod parse;
pub mod strip;

#[cfg(test)]
mod corpus_tests;
