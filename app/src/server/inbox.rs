//! The community tool Inbox: a functional mailbox (`it-support@`) as a shared inbox. Mail to
//! the community's inbox address becomes a conversation (`take`); its members read it,
//! assign it, keep internal notes and answer, by mail from the functional address, threaded
//! in the correspondent's mail client (`service`); an answered conversation becomes a forum
//! question with its answer or a wiki page. Only members see an inbox, and nothing of it goes
//! into notifications.

pub mod repo;
pub mod service;
pub mod take;
