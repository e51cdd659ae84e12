//! A thread's page (`/posts/:id`): the item with its replies and comments, and everything a
//! reader does there: like, reply, comment, accept an answer, edit, delete, pin and lock.

pub mod compare;
pub mod item;
pub mod thread;
pub mod versions;
