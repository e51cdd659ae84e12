//! One search over everything: items (with translations), files' text, people and
//! communities, each analysed in its own language and in a neutral form, in a tantivy index
//! per node under the data directory. Changes reach the index through the outbox table the
//! database's triggers fill in the writing transaction; what a reader may see is the
//! policy's, ANDed into every query at query time.

pub mod analysis;
pub mod collect;
pub mod directory;
pub mod document;
pub mod extract;
pub mod gaps;
pub mod hits;
pub mod index;
pub mod indexer;
pub mod latvian;
pub mod outbox;
pub mod plain;
pub mod query;
pub mod reader;
pub mod repo;
pub mod schema;
pub mod service;
pub mod source;
pub mod spelling;
pub mod status;
pub mod stemming;
pub mod suggest;
pub mod visible;
