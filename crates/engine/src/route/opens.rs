//! "What did this step open?": for the beam, the offers whose entry a newly earned
//! credential may help meet, nearest to the goal first.
//!
//! A credential helps an entry tree by name (a credential leaf) or by counting for a level
//! or validation leaf. Level leaves are kept per distinct leaf, not per credential: a
//! field-wide goal at 100k offers has some 11 000 relevant offers sharing a handful of
//! leaves, and listing every offer under every credential that counts for its leaf was
//! quadratic (seconds per query, and most of the search's memory).

use super::conditions::{self, met_ix, Held, Leaves, LevelLeaf};
use super::context::Ctx;
use crate::dataset::Idx;
use crate::fxhash::FxHashMap;
use crate::model::OfferKind;
use std::cell::RefCell;

/// Offers of one list tested per label; see [`Watchers::nearest_opened`].
const OPEN_CHECKS: usize = 64;

type LevelKey = (u8, Option<String>, Option<String>);

fn leaf(key: &LevelKey) -> LevelLeaf<'_> {
    LevelLeaf::new(key.0, &key.1, &key.2)
}

pub(crate) struct Watchers {
    /// Credential -> offers naming it in their entry tree.
    named: FxHashMap<u32, Vec<Idx>>,
    /// Each distinct level leaf of the relevant offers' entry trees, with those offers.
    levels: Vec<(LevelKey, Vec<Idx>)>,
    /// Offers with a validation leaf, and the credentials that relevant validation
    /// procedures award.
    validation: Vec<Idx>,
    validation_awards: Vec<u32>,
    /// Credential -> indices into `levels` it counts for, worked out when first asked:
    /// only the credentials of labels at a beam cut are ever asked about.
    counts_for: RefCell<FxHashMap<u32, Vec<usize>>>,
}

impl Watchers {
    /// Every list is sorted by backward distance `dist`, then index.
    pub(crate) fn new(ctx: &Ctx, relevant: &[Idx], dist: &[u8]) -> Watchers {
        let mut named: FxHashMap<u32, Vec<Idx>> = FxHashMap::default();
        let mut by_level: FxHashMap<LevelKey, Vec<Idx>> = FxHashMap::default();
        let mut validation = Vec::new();
        for &o in relevant {
            let Some(e) = &ctx.offer(o).entry else {
                continue;
            };
            let mut leaves = Leaves::default();
            conditions::mentioned(e, ctx, &mut leaves);
            for c in leaves.creds {
                named.entry(c).or_default().push(o);
            }
            for level in leaves.levels {
                by_level.entry(level).or_default().push(o);
            }
            if !leaves.validations.is_empty() {
                validation.push(o);
            }
        }
        // The key is total (it ends in the index), so the shared stable sort gives the
        // order an unstable sort would, without a copy of the standard sort of its own.
        let nearest_first = |list: &mut Vec<Idx>| {
            crate::order::sort_by_key(list, |&o| (dist[o as usize], o));
            list.dedup();
        };
        named.values_mut().for_each(nearest_first);
        let mut levels: Vec<(LevelKey, Vec<Idx>)> = by_level.into_iter().collect();
        // Hash order is arbitrary: sorted, the lists are the same from run to run. The keys
        // are distinct, so the shared stable sort gives the one order.
        crate::order::sort_by(&mut levels, |a, b| a.0.cmp(&b.0));
        levels.iter_mut().for_each(|(_, l)| nearest_first(l));
        nearest_first(&mut validation);
        let mut validation_awards: Vec<u32> = if validation.is_empty() {
            Vec::new()
        } else {
            relevant
                .iter()
                .filter(|&&a| ctx.offer(a).kind == OfferKind::ValidationProcedure)
                .map(|&a| ctx.award[a as usize])
                .collect()
        };
        validation_awards.sort_unstable();
        validation_awards.dedup();
        Watchers {
            named,
            levels,
            validation,
            validation_awards,
            counts_for: RefCell::new(FxHashMap::default()),
        }
    }

    /// Every relevant offer whose entry tree `c` may help meet, ascending: those naming it,
    /// those with a level leaf it counts for, and those with a validation leaf when a
    /// validation procedure awards it. Entry trees only ever need more held, so an offer
    /// closed at the start is open to a route only through one of these.
    pub(crate) fn may_open(&self, ctx: &Ctx, c: u32) -> Vec<Idx> {
        let mut out: Vec<Idx> = self.named.get(&c).cloned().unwrap_or_default();
        for (key, offers) in &self.levels {
            if conditions::counts_for_level(ctx.ds, c, leaf(key)) {
                out.extend_from_slice(offers);
            }
        }
        let by_validation = ctx.ds.credentials[c as usize]
            .awarded_by
            .iter()
            .any(|&o| ctx.offer(o).kind == OfferKind::ValidationProcedure);
        if by_validation {
            out.extend_from_slice(&self.validation);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The backward distance of the nearest offer that earning `last` opened: its entry is
    /// met with what is held `now` and was not met `before`, and its award is not held yet.
    /// `u8::MAX` when it opened nothing.
    pub(crate) fn nearest_opened(
        &self,
        ctx: &Ctx,
        last: u32,
        now: Held,
        before: Held,
        dist: &[u8],
    ) -> u8 {
        let opened = |o: Idx| {
            !now.has(ctx.award[o as usize])
                && ctx
                    .ds
                    .entry_ix(o)
                    .is_some_and(|e| met_ix(e, ctx, now) && !met_ix(e, ctx, before))
        };
        // Each list is nearest first: the first opened offer of each is its answer, and a
        // list is left as soon as it reaches the best distance found so far, or after its
        // OPEN_CHECKS nearest offers: a field-wide leaf is shared by thousands of offers
        // whose other requirements the route does not meet, and testing them all for every
        // label at a beam cut took seconds. The answer only orders the beam.
        let first = |list: &[Idx], best: u8| {
            list.iter()
                .take(OPEN_CHECKS)
                .take_while(|&&o| dist[o as usize] < best)
                .find(|&&o| opened(o))
                .map_or(best, |&o| dist[o as usize])
        };
        let mut best = self.named.get(&last).map_or(u8::MAX, |l| first(l, u8::MAX));
        let mut cache = self.counts_for.borrow_mut();
        let groups = cache.entry(last).or_insert_with(|| {
            self.levels
                .iter()
                .enumerate()
                .filter(|(_, (key, _))| conditions::counts_for_level(ctx.ds, last, leaf(key)))
                .map(|(i, _)| i)
                .collect()
        });
        for &g in groups.iter() {
            let (key, offers) = &self.levels[g];
            // A leaf met before this step did not change: an offer it holds back can only
            // have been opened through another of its leaves, which has a list of its own.
            if !conditions::level_met(ctx, before, leaf(key)) {
                best = first(offers, best);
            }
        }
        if self.validation_awards.binary_search(&last).is_ok() {
            best = first(&self.validation, best);
        }
        best
    }
}
