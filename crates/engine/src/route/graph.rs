//! The graph of credentials and offers: which credential helps enter or shortens which
//! offer, and which offer awards which credential. Built once per dataset (on first use,
//! see [`crate::Dataset::graph`]) and used by explore for forward reachability, for the
//! candidate next steps of a route, for off-ramps and for cycle detection.
//!
//! Edges point forwards: credential → offer when the credential appears in the offer's
//! entry tree (directly, or by counting for one of its level or validation leaves) or is a
//! source or bridge of a recognition rule into it; offer → credential for the award. A
//! "level n in field f" leaf is a node of its own, so a credential reaches every offer
//! asking for its level through one edge instead of one per offer.

use crate::dataset::{Cond, Dataset, Idx};
use crate::fxhash::FxHashMap;
use crate::model::{Condition, OfferKind};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    Credential(u32),
    Offer(Idx),
    /// A level or validation leaf shared by the offers that ask for it.
    Leaf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Named in (or counts for a leaf of) the target's entry tree.
    Entry,
    /// Source or bridge of a recognition rule into the target.
    Recognition,
    /// The offer awards the credential.
    Awards,
}

#[derive(Debug, Clone)]
pub struct Graph {
    pub g: DiGraph<Node, Edge, u32>,
    cred: Vec<NodeIndex<u32>>,
    offer: Vec<NodeIndex<u32>>,
    /// Per offer, the leaf node of each level or validation leaf of its entry tree, in the
    /// order a depth-first walk meets them (see [`Graph::leaf_met`]).
    offer_leaves: Vec<Vec<NodeIndex<u32>>>,
}

/// (min EQF, field, country, validation?) of a leaf node.
type LeafKey = (u8, Option<String>, Option<String>, bool);

impl Graph {
    pub fn build(ds: &Dataset) -> Graph {
        let mut g = DiGraph::<Node, Edge, u32>::with_capacity(
            ds.credentials.len() + ds.offers.len(),
            ds.offers.len() * 3 + ds.rules.len(),
        );
        let cred: Vec<_> = (0..ds.credentials.len() as u32)
            .map(|c| g.add_node(Node::Credential(c)))
            .collect();
        let offer: Vec<_> = (0..ds.offers.len() as Idx)
            .map(|o| g.add_node(Node::Offer(o)))
            .collect();
        let award = ds.awards();
        for (o, &a) in award.iter().enumerate() {
            g.add_edge(offer[o], cred[a as usize], Edge::Awards);
        }
        let mut leaves: FxHashMap<LeafKey, NodeIndex<u32>> = FxHashMap::default();
        let mut offer_leaves = vec![Vec::new(); ds.offers.len()];
        for o in 0..ds.offers.len() as Idx {
            if let Some(e) = ds.entry_ix(o) {
                let mut creds = Vec::new();
                let mut keys = Vec::new();
                walk(e, &mut creds, &mut keys);
                crate::order::sort(&mut creds);
                creds.dedup();
                for c in creds {
                    g.add_edge(cred[c as usize], offer[o as usize], Edge::Entry);
                }
                // One edge per leaf and offer. Asking the graph (`find_edge`) walked the
                // leaf's edges, and a leaf such as "EQF 6 or above" leads to tens of
                // thousands of offers: building the graph grew with the square of them.
                let mut linked: Vec<NodeIndex<u32>> = Vec::new();
                for k in keys {
                    let n = *leaves.entry(k).or_insert_with(|| g.add_node(Node::Leaf));
                    offer_leaves[o as usize].push(n);
                    if !linked.contains(&n) {
                        linked.push(n);
                        g.add_edge(n, offer[o as usize], Edge::Entry);
                    }
                }
            }
            let mut from: Vec<u32> = Vec::new();
            for ri in ds.rules_to_ix(o) {
                from.extend(ds.rule_from(ri).iter().filter(|&&c| c != u32::MAX));
                if let Some(b) = ds.rule_bridge(ri).filter(|&b| b != Idx::MAX) {
                    from.push(award[b as usize]);
                }
            }
            crate::order::sort(&mut from);
            from.dedup();
            for c in from {
                g.add_edge(cred[c as usize], offer[o as usize], Edge::Recognition);
            }
        }
        // Credential -> leaf nodes it satisfies, found through the leaves indexed by field
        // so each credential looks at the few leaves of its own field's prefixes.
        let mut by_field: FxHashMap<Option<&str>, Vec<(&LeafKey, NodeIndex<u32>)>> =
            FxHashMap::default();
        for (k, &n) in &leaves {
            by_field.entry(k.1.as_deref()).or_default().push((k, n));
        }
        let validation_awards: Vec<bool> = {
            let mut v = vec![false; ds.credentials.len()];
            for (o, &a) in award.iter().enumerate() {
                if ds.offers[o].kind == OfferKind::ValidationProcedure {
                    v[a as usize] = true;
                }
            }
            v
        };
        for (c, info) in ds.credentials.iter().enumerate() {
            let field = info.field.as_deref().unwrap_or("");
            let prefixes = std::iter::once(None)
                .chain((1..=field.len()).filter_map(|n| field.get(..n)).map(Some));
            for p in prefixes {
                for &(k, n) in by_field.get(&p).into_iter().flatten() {
                    let ok = if k.3 {
                        validation_awards[c]
                    } else {
                        info.qualification
                            && info.eqf.is_some_and(|e| e >= k.0)
                            && k.2
                                .as_deref()
                                .is_none_or(|w| info.country.as_deref() == Some(w))
                    };
                    if ok {
                        g.add_edge(cred[c], n, Edge::Entry);
                    }
                }
            }
        }
        Graph {
            g,
            cred,
            offer,
            offer_leaves,
        }
    }

    /// Offers credential `c` helps enter or shortens, directly or through a leaf.
    pub fn helped(&self, c: u32, out: &mut Vec<Idx>) {
        let Some(&n) = self.cred.get(c as usize) else {
            return;
        };
        for m in self.g.neighbors_directed(n, Direction::Outgoing) {
            self.offers_at(m, out);
        }
    }

    /// Offers any of `creds` helps, each leaf's offers listed once: a leaf such as "EQF 4
    /// or above" is reached from thousands of credentials and leads to thousands of offers.
    pub fn helped_by_all(&self, creds: &[u32], out: &mut Vec<Idx>) {
        let mut seen = vec![false; self.g.node_count()];
        for &c in creds {
            let Some(&n) = self.cred.get(c as usize) else {
                continue;
            };
            for m in self.g.neighbors_directed(n, Direction::Outgoing) {
                if !std::mem::replace(&mut seen[m.index()], true) {
                    self.offers_at(m, out);
                }
            }
        }
    }

    /// The offer at node `m`, or the offers behind the leaf at `m`.
    fn offers_at(&self, m: NodeIndex, out: &mut Vec<Idx>) {
        match self.g[m] {
            Node::Offer(o) => out.push(o),
            Node::Leaf => {
                for k in self.g.neighbors_directed(m, Direction::Outgoing) {
                    if let Node::Offer(o) = self.g[k] {
                        out.push(o);
                    }
                }
            }
            Node::Credential(_) => {}
        }
    }

    /// Whether the `ordinal`-th level or validation leaf of offer `o`'s entry tree is met
    /// by a credential that `counts` (is held, and may count for `o`): a look at the
    /// credentials that satisfy that leaf instead of a scan of everything held. Answers are
    /// kept in `memo` (one byte per node, 0 = not asked yet), valid while `counts` does not
    /// change; leaf nodes belong to one offer, so what counts for `o` may differ by offer. `None` for a leaf the graph
    /// does not know.
    pub fn leaf_met(
        &self,
        o: Idx,
        ordinal: usize,
        counts: impl Fn(u32) -> bool,
        memo: &mut [u8],
    ) -> Option<bool> {
        let n = *self.offer_leaves.get(o as usize)?.get(ordinal)?;
        let slot = memo.get_mut(n.index())?;
        if *slot == 0 {
            let met = self
                .g
                .neighbors_directed(n, Direction::Incoming)
                .any(|m| matches!(self.g[m], Node::Credential(c) if counts(c)));
            *slot = 1 + u8::from(met);
        }
        Some(*slot == 2)
    }

    /// Credentials named by offer `o`'s entry tree or rules (not through leaves): what a
    /// route may need alongside another credential to enter `o`.
    pub fn named_by(&self, o: Idx, out: &mut Vec<u32>) {
        let Some(&n) = self.offer.get(o as usize) else {
            return;
        };
        for m in self.g.neighbors_directed(n, Direction::Incoming) {
            if let Node::Credential(c) = self.g[m] {
                out.push(c);
            }
        }
    }

    /// Whether some credential leads, through offers, back to itself (a qualification
    /// that opens a programme that awards what it needs). Route search never loops, since
    /// a route does not take an offer whose award it holds; the fact is reported for data
    /// authors.
    pub fn cyclic(&self) -> bool {
        petgraph::algo::is_cyclic_directed(&self.g)
    }

    pub fn node_count(&self) -> usize {
        self.g.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.g.edge_count()
    }
}

fn walk(c: &Cond, creds: &mut Vec<u32>, keys: &mut Vec<LeafKey>) {
    match c {
        Cond::All(l) | Cond::Any(l) | Cond::AtLeast(_, l) => {
            l.iter().for_each(|x| walk(x, creds, keys))
        }
        Cond::Credential(ci, _) => creds.extend(*ci),
        Cond::Leaf(Condition::Level {
            min_eqf,
            field,
            country,
        }) => keys.push((*min_eqf, field.clone(), country.clone(), false)),
        Cond::Leaf(Condition::Validation { field }) => keys.push((0, field.clone(), None, true)),
        Cond::Leaf(_) => {}
    }
}
