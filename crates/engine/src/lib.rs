//! Pathways Planner engine: the pure core.
//!
//! Architecture invariant: this crate has no web or I/O dependencies. It takes bytes and
//! returns values plus diagnostics, so it runs identically natively (CLI, tests, benches)
//! and in WebAssembly (the browser app). Nothing here panics on data from outside.

pub mod codes;
pub mod completion;
pub mod dataset;
pub mod date;
pub mod export;
pub mod find;
pub(crate) mod fxhash;
pub mod gen;
pub mod import;
pub(crate) mod jsonpos;
mod langmap;
mod lists;
pub mod load;
pub mod model;
pub mod order;
pub mod pack;
pub mod route;
pub mod sample;
mod tagged;
pub mod validate;

pub use completion::Completion;
pub use dataset::{Dataset, Idx};
pub use model::*;
