//! Progress through a programme with completion requirements (an imported CTDL pathway):
//! which modules the learner's credentials already complete and which remain.
//!
//! The modules to take are chosen bottom-up: a module costs its ECTS unless held (then
//! nothing), plus what its own `requires` takes when it is not held; a group takes its `min`
//! cheapest children (all when neither bound is given), a credit constraint takes
//! the held modules it names and then as few ECTS as reach its `min` (the smallest module that
//! closes the gap, else the largest, repeatedly), and a group whose `max` is 0 takes nothing. The union of the
//! choices is then checked against the whole tree, upper bounds (`max`) included; when it
//! breaks them, every set of modules is tried (up to 12 modules) and the cheapest that keeps
//! them is taken, and if none does the programme is not completable from here. Choosing is
//! greedy where groups share modules, so the remaining work is an upper bound there.

use crate::completion::{least, Completion};
use crate::model::{Module, Offer};

/// Where a learner stands on a programme with completion requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress<'a> {
    /// Held modules the requirements count, in the offer's order.
    pub counted: Vec<&'a Module>,
    /// Modules still to complete, by stage (`Module::year`, unstaged last), then in the
    /// offer's order.
    pub remaining: Vec<&'a Module>,
    /// The requirements hold once `remaining` is done.
    pub completable: bool,
}

impl Progress<'_> {
    /// ECTS of the counted modules.
    pub fn counted_ects(&self) -> f64 {
        self.counted.iter().map(|m| m.credits.max(0.0)).sum()
    }
    /// Share of the chosen modules already complete: by ECTS, or by number when the
    /// modules carry no credits.
    pub fn done_share(&self) -> f64 {
        let todo: f64 = self.remaining.iter().map(|m| m.credits.max(0.0)).sum();
        let done = self.counted_ects();
        let n = self.counted.len();
        if done + todo > 0.0 {
            done / (done + todo)
        } else {
            n as f64 / (n + self.remaining.len()).max(1) as f64
        }
    }
}

/// Progress on `o` for a learner for whom `held(module)` says whether a module is done.
pub fn progress<'a>(o: &'a Offer, c: &Completion, held: impl Fn(&Module) -> bool) -> Progress<'a> {
    let done: Vec<bool> = o.modules.iter().map(&held).collect();
    let ix = |id: &str| o.modules.iter().position(|m| m.id == id);
    let mut chosen = choose(c, o, &done, &ix, 0).unwrap_or_default();
    let mut completable = holds(c, o, &done, &chosen, &ix, 0);
    if !completable {
        // The greedy choice broke an upper bound: look for the cheapest set
        // that keeps them, when the programme is small enough to try every set.
        if let Some(x) = cheapest(c, o, &done, &ix) {
            chosen = x;
            completable = true;
        }
    }
    let mut counted = Vec::new();
    let mut remaining = Vec::new();
    for (i, m) in o.modules.iter().enumerate() {
        if chosen.contains(&i) {
            if done[i] {
                counted.push(m);
            } else {
                remaining.push(m);
            }
        }
    }
    // By stage, stably (insertion: a pathway has tens of modules, not thousands).
    for i in 1..remaining.len() {
        let mut j = i;
        let stage = |m: &Module| m.year.unwrap_or(u8::MAX);
        while j > 0 && stage(remaining[j - 1]) > stage(remaining[j]) {
            remaining.swap(j - 1, j);
            j -= 1;
        }
    }
    Progress {
        counted,
        remaining,
        completable,
    }
}

/// Deeper trees are refused by the validator; this bound only keeps a hostile file from
/// exhausting the stack.
const MAX_DEPTH: usize = 64;

/// Programmes with more modules than this are not searched exhaustively (2^12 sets: a
/// search step may ask for every offer it extends, so this stays in the milliseconds).
const EXHAUSTIVE: usize = 12;

/// The cheapest set of modules satisfying `c` (fewest ECTS to study, then fewest modules
/// to take, then fewest modules at all), by trying every set.
fn cheapest(
    c: &Completion,
    o: &Offer,
    done: &[bool],
    ix: &dyn Fn(&str) -> Option<usize>,
) -> Option<Vec<usize>> {
    let n = o.modules.len();
    if n > EXHAUSTIVE {
        return None;
    }
    let mut best: Option<((f64, usize, usize), Vec<usize>)> = None;
    for mask in 0u32..(1 << n) {
        let set: Vec<usize> = (0..n).filter(|&i| mask >> i & 1 == 1).collect();
        let (e, k) = cost(&set, o, done);
        let key = (e, k, set.len());
        let better = best.as_ref().is_none_or(|(b, _)| {
            key.0 < b.0 - 1e-9 || ((key.0 - b.0).abs() <= 1e-9 && (key.1, key.2) < (b.1, b.2))
        });
        if better && holds(c, o, done, &set, ix, 0) {
            best = Some((key, set));
        }
    }
    best.map(|(_, set)| set)
}

/// Cost of a choice: ECTS still to study, then modules still to take.
fn cost(chosen: &[usize], o: &Offer, done: &[bool]) -> (f64, usize) {
    chosen
        .iter()
        .filter(|&&i| !done[i])
        .fold((0.0, 0), |(e, n), &i| {
            (e + o.modules[i].credits.max(0.0), n + 1)
        })
}

fn union(mut a: Vec<usize>, b: &[usize]) -> Vec<usize> {
    for &i in b {
        if !a.contains(&i) {
            a.push(i);
        }
    }
    a
}

/// Modules that satisfy `c` cheaply, or `None` when `c` cannot be met (an unknown module,
/// too few alternatives).
fn choose(
    c: &Completion,
    o: &Offer,
    done: &[bool],
    ix: &dyn Fn(&str) -> Option<usize>,
    depth: usize,
) -> Option<Vec<usize>> {
    if depth > MAX_DEPTH {
        return None;
    }
    match c {
        Completion::Group { of, min, max } => {
            if *max == Some(0) {
                return Some(Vec::new());
            }
            let n = least(of.len(), *min, *max);
            let mut opts: Vec<(f64, usize, Vec<usize>)> = of
                .iter()
                .filter_map(|x| choose(x, o, done, ix, depth + 1))
                .map(|x| {
                    let (e, k) = cost(&x, o, done);
                    (e, k, x)
                })
                .collect();
            if opts.len() < n {
                return None;
            }
            // The n cheapest; among equally cheap alternatives the first listed.
            let mut taken = Vec::new();
            for _ in 0..n {
                let mut best = 0;
                for (i, x) in opts.iter().enumerate() {
                    let b = &opts[best];
                    if x.0 < b.0 - 1e-9 || ((x.0 - b.0).abs() <= 1e-9 && x.1 < b.1) {
                        best = i;
                    }
                }
                taken = union(taken, &opts.remove(best).2);
            }
            Some(taken)
        }
        Completion::Module { module } => {
            let i = ix(module)?;
            match &o.modules[i].requires {
                Some(r) if !done[i] => {
                    choose(r, o, done, ix, depth + 1).map(|x| union(vec![i], &x))
                }
                _ => Some(vec![i]),
            }
        }
        Completion::Credits { modules, min, .. } => {
            let Some(need) = *min else {
                return Some(Vec::new());
            };
            let credits = |i: usize| o.modules[i].credits.max(0.0);
            let mut chosen: Vec<usize> = Vec::new();
            let mut open: Vec<usize> = Vec::new();
            for i in modules.iter().filter_map(|m| ix(m)) {
                if done[i] {
                    chosen.push(i);
                } else {
                    open.push(i);
                }
            }
            let mut sum: f64 = chosen.iter().map(|&i| credits(i)).sum();
            // The smallest module that closes the gap, else the largest (first listed on
            // ties), until the sum is reached.
            while sum < need - 1e-9 && !open.is_empty() {
                let gap = need - sum;
                let mut pick = 0;
                for (k, &i) in open.iter().enumerate() {
                    let (c, p) = (credits(i), credits(open[pick]));
                    let closes = |x: f64| x >= gap - 1e-9;
                    let better = match (closes(c), closes(p)) {
                        (true, false) => true,
                        (true, true) => c < p,
                        (false, false) => c > p,
                        (false, true) => false,
                    };
                    if better {
                        pick = k;
                    }
                }
                let i = open.remove(pick);
                sum += credits(i);
                chosen.push(i);
            }
            Some(chosen)
        }
    }
}

/// Does `c` hold when exactly the modules in `chosen` are complete?
fn holds(
    c: &Completion,
    o: &Offer,
    done: &[bool],
    chosen: &[usize],
    ix: &dyn Fn(&str) -> Option<usize>,
    depth: usize,
) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match c {
        Completion::Group { of, min, max } => {
            let n = of
                .iter()
                .filter(|x| holds(x, o, done, chosen, ix, depth + 1))
                .count();
            n >= least(of.len(), *min, *max) && max.is_none_or(|m| n <= m as usize)
        }
        Completion::Module { module } => ix(module).is_some_and(|i| {
            chosen.contains(&i)
                && (done[i]
                    || o.modules[i]
                        .requires
                        .as_ref()
                        .is_none_or(|r| holds(r, o, done, chosen, ix, depth + 1)))
        }),
        Completion::Credits { modules, min, max } => {
            let sum: f64 = modules
                .iter()
                .filter_map(|m| ix(m))
                .filter(|i| chosen.contains(i))
                .map(|i| o.modules[i].credits.max(0.0))
                .sum();
            min.is_none_or(|m| sum >= m - 1e-9) && max.is_none_or(|m| sum <= m + 1e-9)
        }
    }
}
