//! Mail in: messages handed over by the bank's mail server, read (`parse`, with `flowed`,
//! `html_text` and `strip`) into what a person wrote and attached.

pub mod flowed;
pub mod html_text;
pub mod parse;
pub mod strip;

#[cfg(test)]
mod corpus_tests;
