//! UI components, one panel per file. They read and write the [`crate::app::Shared`] state
//! and render engine values; no route or recognition logic lives here.

pub mod constraints;
pub mod counsellor;
pub mod diagram;
pub mod embed;
pub mod goal;
pub mod have;
pub mod header;
pub mod loader_panel;
pub mod routes;
pub mod search;
