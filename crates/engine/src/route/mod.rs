//! Route search: learner profile + goal -> Pareto-optimal routes with explanations.
//!
//! Public surface: [`Query`] in, [`Plan`] out, through [`plan`]. Explanations are
//! structured [`Msg`]s (message key + arguments, keys listed in [`messages`]), never English
//! sentences, so the UI renders them in any language.

pub mod messages;
mod query;
mod result;

pub use query::*;
pub use result::*;

use crate::dataset::Dataset;

/// Plans routes for `q` on `ds`.
///
/// Errors are problems with the query itself (unknown ids, contradictory constraints, an
/// empty dataset); "no route exists" is a successful [`Plan`] with [`Plan::no_route`] set.
pub fn plan(ds: &Dataset, q: &Query) -> Result<Plan, QueryError> {
    let _ = (ds, q);
    Err(QueryError {
        msg: Msg::new(messages::ERR_EMPTY_DATASET),
    })
}
