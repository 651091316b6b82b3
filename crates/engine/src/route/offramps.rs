//! Off-ramps: what a learner who stops part-way already holds. For every step of a route
//! but the last, the credential it awards, its level, and the offers that credential opens
//! on its own (with what the learner held at the start, not counting the other steps).

use super::conditions::{met_ix, Held};
use super::context::Ctx;
use super::{Query, QueryError, Route};
use crate::dataset::{Dataset, Idx};
use serde::{Deserialize, Serialize};

/// Offer ids listed per off-ramp; the rest are counted in `more`.
pub const OFF_RAMP_LIST: usize = 6;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OffRamp {
    /// Index of the step (0-based) after which the learner could stop.
    pub step: usize,
    pub credential: String,
    pub eqf: Option<u8>,
    /// A qualification, not only a micro-credential or module.
    pub qualification: bool,
    /// Offers the credential opens that were closed to the learner before, highest EQF
    /// first, at most [`OFF_RAMP_LIST`].
    pub opens: Vec<String>,
    /// Further offers it opens.
    pub more: usize,
}

impl OffRamp {
    /// The off-ramp as a sentence key with arguments, for the CLI and the app alike.
    pub fn msg(&self) -> super::Msg {
        use super::messages as m;
        let key = if self.qualification {
            m::OFFRAMP_QUALIFICATION
        } else {
            m::OFFRAMP_PART
        };
        let mut msg = super::Msg::new(key).arg("credential", &self.credential);
        if let Some(e) = self.eqf {
            msg = msg.arg("eqf", e.to_string());
        }
        if !self.opens.is_empty() {
            msg = msg.arg("opens", self.opens.join(","));
        }
        if self.more > 0 {
            msg = msg.arg("more", self.more.to_string());
        }
        msg
    }
}

/// Off-ramps of `route`, planned for `q` (whose learner and filters apply; its goal is
/// not needed). Candidates come from the credential graph: only offers a credential helps
/// are checked.
pub fn off_ramps(ds: &Dataset, q: &Query, route: &Route) -> Result<Vec<OffRamp>, QueryError> {
    let ctx = Ctx::without_goal(ds, q)?;
    let graph = ds.graph();
    let before = Held::new(&ctx.start_held);
    let mut out = Vec::new();
    let last = route.steps.len().saturating_sub(1);
    for (i, step) in route.steps.iter().enumerate().take(last) {
        let Some(o) = ds.offer_index(&step.offer) else {
            continue;
        };
        let award = ctx.award[o as usize];
        let info = &ds.credentials[award as usize];
        let mut with = ctx.start_held.clone();
        if let Err(p) = with.binary_search(&award) {
            with.insert(p, award);
        }
        let after = Held::new(&with);
        let mut cands: Vec<Idx> = Vec::new();
        graph.helped(award, &mut cands);
        crate::order::sort(&mut cands);
        cands.dedup();
        let mut opens: Vec<Idx> = cands
            .into_iter()
            .filter(|&c| {
                let a = ctx.award[c as usize];
                ctx.allowed[c as usize]
                    && !after.has(a)
                    && ds.entry_ix(c).is_some_and(|e| {
                        met_ix(e, &ctx, after.entering(c)) && !met_ix(e, &ctx, before)
                    })
            })
            .collect();
        crate::order::sort_by(&mut opens, |&a, &b| {
            let (x, y) = (ctx.offer(a), ctx.offer(b));
            y.eqf.cmp(&x.eqf).then(x.id.cmp(&y.id))
        });
        let more = opens.len().saturating_sub(OFF_RAMP_LIST);
        opens.truncate(OFF_RAMP_LIST);
        out.push(OffRamp {
            step: i,
            credential: info.id.clone(),
            eqf: info.eqf,
            qualification: info.qualification,
            opens: opens.iter().map(|&x| ctx.offer(x).id.clone()).collect(),
            more,
        });
    }
    Ok(out)
}
