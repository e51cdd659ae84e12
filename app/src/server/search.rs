//! One search over everything: items (with translations), files' text, people and
//! communities, each analysed in its own language and in a neutral form, in a tantivy index
//! per node under the data directory. Changes reach the index through the outbox table the
//! database's triggers fill in the writing transaction; what a reader may see is the
//! policy's, ANDed into every query at query time.

pub mod analysis;
pub mod document;
pub mod extract;
pub mod latvian;
pub mod schema;
pub mod source;
pub mod stemming;
