//! Tests of the search against its internals: a brute-force reference that shares the
//! per-step recognition arithmetic and the entry checks (`reference`), and the bounds on
//! inputs built to hit them (`bounds`). They live in the crate because those internals
//! are not part of the engine's API.

mod bounds;
mod reference;
