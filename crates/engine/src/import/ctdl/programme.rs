//! A CTDL `Pathway` with a destination component → one offer (a programme) that awards the destination
//! credential: its components become the offer's modules, their `ComponentCondition`s and
//! `Constraint`s its completion requirements. Mapping and examples: `pathways-data/IMPORT.md`
//! ("Pathways").

use super::credits::credits_of;
use super::graph::{Kind, Node};
use super::offer::kind_from_type;
use super::org::provider_for;
use super::requirements::{conditions, Build};
use super::values::{self, alignment_node, refs_in, text as get_text};
use super::State;
use crate::completion::Completion;
use crate::import::jsonld::{self, items, ref_of, Obj};
use crate::import::{read, Ctx, Reason, Target};
use crate::model::*;
use crate::route::Msg;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// Condition trees deeper than this are not followed when collecting components.
const MAX_DEPTH: usize = 16;

/// The components that pathways with a destination in the input turn into modules (the
/// destination included): the generic component mapping leaves them alone.
pub(super) fn members(nodes: &[Node], st: &State) -> HashSet<String> {
    let mut out = HashSet::new();
    for n in nodes.iter().filter(|n| n.kind == Kind::Pathway) {
        if let Some(set) = structure(n, nodes, st) {
            out.extend(set.members);
            out.insert(set.destination);
        }
    }
    out
}

struct Structure {
    destination: String,
    /// Components other than the destination, in input order.
    members: Vec<String>,
}

fn component_ref(v: &Value, st: &State) -> Option<String> {
    ref_of(v)
        .and_then(|u| st.lookup(u))
        .filter(|(_, k)| *k == Kind::Component)
        .map(|(id, _)| id)
}

/// The values of `key`, and of its `ceasn:` twin: the registry's publishing classes write
/// a component's `hasChild`, `isChildOf`, `hasPart` and `isPartOf` with that prefix.
fn refs<'v>(m: &'v Map<String, Value>, key: &str) -> Vec<&'v Value> {
    let twin = key.strip_prefix("ceterms:").map(|k| format!("ceasn:{k}"));
    [Some(key), twin.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|k| m.get(k))
        .flat_map(|v| items(v, "").into_iter().map(|(x, _)| x))
        .collect()
}

/// Properties read through `refs`, in both spellings.
const STRUCTURE: [&str; 10] = [
    "ceterms:hasPart",
    "ceasn:hasPart",
    "ceterms:hasChild",
    "ceasn:hasChild",
    "ceterms:isChildOf",
    "ceasn:isChildOf",
    "ceterms:isPartOf",
    "ceasn:isPartOf",
    "ceterms:precedes",
    "ceasn:precedes",
];

/// How a component names its progression level (a level of the pathway's progression
/// model, e.g. "Year 1").
const LEVEL_KEYS: [&str; 2] = ["ceterms:hasProgressionLevel", "asn:hasProgressionLevel"];

/// The destination and every component reachable from the pathway: its parts and children,
/// the children of those, and the targets of their conditions.
fn structure(p: &Node, nodes: &[Node], st: &State) -> Option<Structure> {
    let destination = refs(p.map, "ceterms:hasDestinationComponent")
        .into_iter()
        .find_map(|v| component_ref(v, st))?;
    let by_id: HashMap<&str, &Node> = nodes
        .iter()
        .filter(|n| n.kind == Kind::Component)
        .map(|n| (n.id.as_str(), n))
        .collect();
    let mut seen: Vec<String> = vec![destination.clone()];
    let mut todo: Vec<String> = vec![destination.clone()];
    for key in ["ceterms:hasPart", "ceterms:hasChild"] {
        for v in refs(p.map, key) {
            if let Some(id) = component_ref(v, st) {
                todo.push(id);
            }
        }
    }
    // Components that name the pathway themselves belong to it too.
    for n in by_id.values() {
        let back = ["ceterms:isPartOf", "ceterms:isDestinationComponentOf"]
            .iter()
            .flat_map(|k| refs(n.map, k))
            .filter_map(ref_of)
            .any(|u| st.lookup(u).is_some_and(|(id, _)| id == p.id));
        if back {
            todo.push(n.id.clone());
        }
    }
    while let Some(id) = todo.pop() {
        if !seen.contains(&id) {
            seen.push(id.clone());
        }
        let Some(n) = by_id.get(id.as_str()) else {
            continue;
        };
        let mut next: Vec<String> = refs(n.map, "ceterms:hasChild")
            .into_iter()
            .filter_map(|v| component_ref(v, st))
            .collect();
        for c in refs(n.map, "ceterms:hasCondition") {
            condition_targets(c, st, &mut next, 0);
        }
        for x in next {
            if !seen.contains(&x) && !todo.contains(&x) {
                todo.push(x);
            }
        }
    }
    let order: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut members: Vec<String> = seen
        .into_iter()
        .filter(|id| *id != destination && by_id.contains_key(id.as_str()))
        .collect();
    crate::order::sort_by_key(&mut members, |id| {
        order.get(id.as_str()).copied().unwrap_or(usize::MAX)
    });
    Some(Structure {
        destination,
        members,
    })
}

fn condition_targets(v: &Value, st: &State, out: &mut Vec<String>, depth: usize) {
    let Value::Object(m) = v else { return };
    if depth > MAX_DEPTH {
        return;
    }
    out.extend(
        refs(m, "ceterms:targetComponent")
            .into_iter()
            .filter_map(|t| component_ref(t, st)),
    );
    for c in refs(m, "ceterms:hasCondition") {
        condition_targets(c, st, out, depth + 1);
    }
}

/// Maps pathway `n`; `false` when it has no destination component in the input (then the
/// caller keeps the destination-as-goal reading).
pub(super) fn map(cx: &mut Ctx, st: &mut State, n: &Node, nodes: &[Node]) -> bool {
    let Some(s) = structure(n, nodes, st) else {
        return false;
    };
    let by_id: HashMap<&str, &Node> = nodes
        .iter()
        .filter(|x| x.kind == Kind::Component)
        .map(|x| (x.id.as_str(), x))
        .collect();
    let Some(dest) = by_id.get(s.destination.as_str()).copied() else {
        return false;
    };
    let mut o = Obj::new(n.map, n.path.clone(), n.ty.clone());
    o.consume(&[
        "@context",
        "@id",
        "@type",
        "ceterms:ctid",
        "ceterms:hasDestinationComponent",
    ]);
    o.consume(&STRUCTURE);
    let mut title = get_text(&mut o, "name");
    let description = get_text(&mut o, "description");
    let mut orgs: Vec<String> = Vec::new();
    for key in ["ceterms:offeredBy", "ceterms:ownedBy"] {
        if let Some(v) = o.get(key) {
            orgs.extend(refs_in(v));
        }
    }
    let provider = provider_for(
        cx,
        st,
        orgs.first().map(String::as_str),
        None,
        &n.path,
        &n.ty,
    );
    let url = values::web_page(&mut o);

    // Modules first: the requirements name them.
    let stages = stages(&s, &by_id, st, nodes);
    let (mut modules, rates) = modules_of(cx, st, &s, &by_id, &stages);
    let module_ids: HashSet<String> = modules.iter().map(|m: &Module| m.id.clone()).collect();
    let mut b = Build {
        modules: &module_ids,
        rates,
    };
    requirements_of(cx, st, &mut b, &s, &by_id, &mut modules);
    let to = destination(cx, st, &mut b, dest, &modules);
    if title.is_empty() {
        title = to.name;
    }
    if title.is_empty() {
        title.insert("en".into(), n.id.clone());
    }
    for (reason, key) in [
        (Reason::DurationUnknown, "import.duration_unknown.pathway"),
        (Reason::CostUnknown, "import.cost_unknown.pathway"),
    ] {
        cx.at(&n.path, &n.ty).add(reason, "", Msg::new(key));
    }
    cx.at(&n.path, &n.ty).add(
        Reason::PathwayMapped,
        "",
        Msg::new("import.pathway_mapped")
            .arg("target", &to.awards)
            .arg("node", &n.id)
            .arg("n", modules.len()),
    );
    for m in &s.members {
        if let Some(c) = by_id.get(m.as_str()) {
            cx.report.became(&c.ty, Target::Module);
        }
    }
    cx.report.became(&dest.ty, Target::Credential);
    if !cx.goals.contains(&n.id) {
        cx.goals.push(n.id.clone());
    }
    let offer = Offer {
        kind: to.kind,
        provider,
        eqf: to.eqf,
        credits: to.credits,
        modules,
        completion: Some(to.completion),
        awards: to.awards,
        url,
        ..read::offer(
            &n.id,
            read::Head { title, description },
            n.ctid_or_id(),
            None,
        )
    };
    cx.add_offer(&n.ty, offer);
    cx.leftover(&o);
    true
}

/// The pathway's components other than the destination as modules, in input order, with
/// the ECTS rate of each one whose credits were converted.
fn modules_of(
    cx: &mut Ctx,
    st: &State,
    s: &Structure,
    by_id: &HashMap<&str, &Node>,
    stages: &[(u8, bool)],
) -> (Vec<Module>, HashMap<String, f64>) {
    let mut modules = Vec::new();
    let mut rates = HashMap::new();
    for (id, stage) in s.members.iter().zip(stages) {
        if let Some(c) = by_id.get(id.as_str()) {
            let (m, rate) = module(cx, st, c, *stage);
            if let Some(r) = rate {
                rates.insert(m.id.clone(), r);
            }
            modules.push(m);
        }
    }
    (modules, rates)
}

/// Each module's own conditions (what must come before it).
fn requirements_of(
    cx: &mut Ctx,
    st: &mut State,
    b: &mut Build,
    s: &Structure,
    by_id: &HashMap<&str, &Node>,
    modules: &mut [Module],
) {
    for (i, id) in s.members.iter().enumerate() {
        let Some(c) = by_id.get(id.as_str()) else {
            continue;
        };
        let mut co = Obj::new(c.map, c.path.clone(), c.ty.clone());
        let req = conditions(cx, st, b, &mut co);
        if let Some(m) = modules.get_mut(i) {
            m.requires = req;
        }
    }
}

/// What the destination component gives the programme.
struct Destination {
    /// Its name, for a pathway without one.
    name: LangMap,
    completion: Completion,
    awards: String,
    kind: OfferKind,
    eqf: Option<u8>,
    credits: Option<Credits>,
}

/// The destination: what the pathway awards, and the requirements to get it.
fn destination(
    cx: &mut Ctx,
    st: &mut State,
    b: &mut Build,
    dest: &Node,
    modules: &[Module],
) -> Destination {
    let mut d = Obj::new(dest.map, dest.path.clone(), dest.ty.clone());
    // Read through the pathway's own properties or the ones below.
    d.consume(&[
        "@context",
        "@id",
        "@type",
        "ceterms:ctid",
        "ceterms:name",
        "ceterms:proxyFor",
        "ceterms:credentialType",
        "ceterms:isDestinationComponentOf",
    ]);
    d.consume(&STRUCTURE);
    let completion = match conditions(cx, st, b, &mut d) {
        Some(c) => c,
        None => {
            cx.at(&dest.path, &dest.ty).add(
                Reason::PathwayMapped,
                "ceterms:hasCondition",
                Msg::new("import.pathway_mapped.all_required"),
            );
            let all = modules
                .iter()
                .map(|m| Completion::Module {
                    module: m.id.clone(),
                })
                .collect();
            Completion::group(all, None, None)
        }
    };
    let awards = proxied_credential(cx, st, dest).unwrap_or_else(|| {
        let mut t = get_text(&mut d, "name");
        if t.is_empty() {
            t.insert("en".into(), dest.id.clone());
        }
        cx.declare_credential(&dest.id, t);
        dest.id.clone()
    });
    let ctype = dest
        .map
        .get("ceterms:credentialType")
        .and_then(alignment_node)
        .unwrap_or_default();
    let proxied_offer = cx.offers.iter().find(|x| x.awards == awards);
    let (kind, eqf) = match proxied_offer {
        Some(x) => (x.kind, x.eqf),
        None => {
            let (k, e, _) = kind_from_type(&ctype, Kind::Credential);
            cx.at(&dest.path, &dest.ty).add(
                Reason::KindAssumed,
                "ceterms:credentialType",
                if ctype.is_empty() {
                    Msg::new("import.kind_assumed.destination")
                } else {
                    Msg::new("import.kind_assumed.destination_type").arg("type", &ctype)
                }
                .arg("offer_kind", k.key()),
            );
            (k, e)
        }
    };
    let credits = credits_of(cx, &mut d).or_else(|| {
        let all_ects = crate::route::pathway::progress(
            &Offer {
                modules: modules.to_vec(),
                ..read::offer("", read::Head::default(), String::new(), None)
            },
            &completion,
            |_| false,
        )
        .remaining
        .iter()
        .map(|m| m.credits)
        .sum::<f64>();
        (all_ects > 0.0).then_some(Credits {
            value: jsonld::round3(all_ects),
            system: "ects".into(),
            ects_per_unit: None,
        })
    });
    let name = get_text(&mut d, "name");
    // What else the destination says (its description, requirements in text) is reported.
    cx.leftover(&d);
    Destination {
        name,
        completion,
        awards,
        kind,
        eqf,
        credits,
    }
}

/// The credential a component stands for (`proxyFor` a record in the input), if any.
fn proxied_credential(cx: &Ctx, st: &State, c: &Node) -> Option<String> {
    let (id, kind) = c
        .map
        .get("ceterms:proxyFor")
        .and_then(ref_of)
        .and_then(|u| st.lookup(u))?;
    match kind {
        Kind::Declared => Some(id),
        Kind::Credential | Kind::LearningOpp | Kind::Assessment => cx
            .offers
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.awards.clone()),
        _ => None,
    }
}

/// One component as a module: credits from its credit value, the credential that shows it
/// done (the record it stands for, else the component itself, declared).
fn module(
    cx: &mut Ctx,
    st: &State,
    c: &Node,
    (stage, by_level): (u8, bool),
) -> (Module, Option<f64>) {
    let mut o = Obj::new(c.map, c.path.clone(), c.ty.clone());
    o.consume(&[
        "@context",
        "@id",
        "@type",
        "ceterms:ctid",
        "ceterms:proxyFor",
        "ceterms:isDestinationComponentOf",
        "ceterms:hasCondition",
    ]);
    o.consume(&STRUCTURE);
    if by_level {
        o.consume(&LEVEL_KEYS);
    }
    let title = values::head(cx, &mut o, &c.id).title;
    let value = credits_of(cx, &mut o);
    let credits = value.as_ref().and_then(Credits::ects);
    let rate = value
        .as_ref()
        .and_then(|v| Some(v.ects()? / v.value))
        .filter(|r| r.is_finite());
    if credits.is_none() {
        cx.at(&c.path, &c.ty).add(
            Reason::ComponentCreditsUnknown,
            "ceterms:creditValue",
            Msg::new("import.component_credits_unknown"),
        );
    }
    let credential = proxied_credential(cx, st, c).unwrap_or_else(|| {
        cx.declare_credential(&c.id, title.clone());
        c.id.clone()
    });
    cx.leftover(&o);
    let m = Module {
        id: c.id.clone(),
        title,
        credits: jsonld::round3(credits.unwrap_or(0.0)),
        year: Some(stage),
        credential: Some(credential),
        requires: None,
    };
    (m, rate)
}

/// Stage of each member (1 = can start first), with whether it came from a progression
/// level: the level's place among the input's levels (ordered by `precedes`), else one
/// more than the latest component before it (`hasChild`/`isChildOf`: the child first;
/// `precedes`: the subject first).
fn stages(
    s: &Structure,
    by_id: &HashMap<&str, &Node>,
    st: &State,
    nodes: &[Node],
) -> Vec<(u8, bool)> {
    let ix: HashMap<&str, usize> = s
        .members
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); s.members.len()];
    let link = |v: &Value| component_ref(v, st).and_then(|id| ix.get(id.as_str()).copied());
    for (i, id) in s.members.iter().enumerate() {
        let Some(n) = by_id.get(id.as_str()) else {
            continue;
        };
        for c in refs(n.map, "ceterms:hasChild").into_iter().filter_map(link) {
            before[i].push(c);
        }
        for p in refs(n.map, "ceterms:isChildOf")
            .into_iter()
            .filter_map(link)
        {
            before[p].push(i);
        }
        for next in refs(n.map, "ceterms:precedes").into_iter().filter_map(link) {
            before[next].push(i);
        }
    }
    let structural = longest_chains(&before);
    // A progression level in the input, ordered by `precedes` between levels, overrides.
    let levels: Vec<&Node> = nodes
        .iter()
        .filter(|n| n.ty.ends_with("ProgressionLevel"))
        .collect();
    let level_ix = |v: &Value| {
        let (id, _) = ref_of(v).and_then(|u| st.lookup(u))?;
        levels.iter().position(|n| n.id == id)
    };
    let mut level_before: Vec<Vec<usize>> = vec![Vec::new(); levels.len()];
    for (i, l) in levels.iter().enumerate() {
        for next in refs(l.map, "ceterms:precedes")
            .into_iter()
            .filter_map(level_ix)
        {
            level_before[next].push(i);
        }
    }
    let level_rank = longest_chains(&level_before);
    s.members
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let level = by_id.get(id.as_str()).and_then(|n| {
                LEVEL_KEYS
                    .iter()
                    .flat_map(|k| refs(n.map, k))
                    .find_map(level_ix)
            });
            match level {
                Some(l) => (level_rank[l].saturating_add(1), true),
                None => (structural[i].saturating_add(1), false),
            }
        })
        .collect()
}

/// For each item, the length of the longest chain of items before it (`before[i]` lists
/// the direct ones). By relaxation: a cycle stops growing after `len` rounds.
fn longest_chains(before: &[Vec<usize>]) -> Vec<u8> {
    let mut stage = vec![0u8; before.len()];
    for _ in 0..before.len() + 1 {
        let mut changed = false;
        for i in 0..stage.len() {
            let want = before[i]
                .iter()
                .map(|&j| stage[j].saturating_add(1))
                .max()
                .unwrap_or(0);
            if want > stage[i] && want < u8::MAX {
                stage[i] = want;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    stage
}
