//! Recognition arithmetic, constraints, "no route" reasons and query errors as
//! specifications: per rule, the recognition rules or offers it needs next to one
//! bachelor (`world`), and the plan rendered as text. After a deliberate change, update
//! the snapshots with `UPDATE_EXPECT=1 cargo test -p pathways-engine --test route_rules`.

mod no_route;
mod recognition;
mod world;
