//! `TransferValueProfile`s → recognition rules: credits for holders of the credentials it
//! names (`transferValueFrom`) on the offers it names (`transferValueFor`). Also the rule
//! helpers advanced standing (`standing`) shares.

use super::credentials::target_credential;
use super::credits::credits_of;
use super::graph::{ref_keys, Kind, Node};
use super::values::{self, refs_in};
use super::State;
use crate::import::jsonld::{items, ref_of, Obj};
use crate::import::{note_push, Ctx, Reason, Target};
use crate::model::*;
use crate::route::Msg;
use serde_json::{Map, Value};

/// One transfer value becomes one rule per target offer, or none when it names no
/// source, no target or no value in ECTS.
pub(super) fn tvp(cx: &mut Ctx, st: &mut State, n: &Node) {
    let mut o = n.obj();
    let mut note = values::text(&mut o, "name");
    note_push(&mut note, &values::text(&mut o, "description"));
    let mut from = Vec::new();
    if let Some(v) = o.get("ceterms:transferValueFrom") {
        for (t, p) in items(v, &o.prop_path("ceterms:transferValueFrom")) {
            if let Some(id) = target_credential(cx, st, t, &p, &n.ty, "ceterms:transferValueFrom") {
                if !from.contains(&id) {
                    from.push(id);
                }
            }
        }
    }
    let to = targets(cx, st, &mut o);
    let ects = o.get("ceterms:transferValue").and_then(|v| {
        // The ValueProfiles are read as if they were the node's own `creditValue`, so
        // their report entries carry that path.
        let mut holder = Map::new();
        holder.insert("ceterms:creditValue".into(), v.clone());
        let mut h = Obj::new(&holder, n.path.clone(), n.ty.clone());
        credits_of(cx, &mut h).as_ref().and_then(Credits::ects)
    });
    let valid_from = date(cx, &mut o, "ceterms:startDate");
    let valid_until = date(cx, &mut o, "ceterms:endDate");
    let url = values::web_page(&mut o);
    // Lazily: `offeredBy` counts as read only when `ownedBy` names no one.
    let issuer = ["ceterms:ownedBy", "ceterms:offeredBy"]
        .iter()
        .filter_map(|k| o.get(k))
        .flat_map(refs_in)
        .next()
        .map(|u| {
            ref_keys(&u)
                .iter()
                .find_map(|k| st.org_provider.get(k).cloned())
                .unwrap_or(u)
        })
        .unwrap_or_else(|| "unknown".into());
    cx.leftover(&o);
    let reference = n
        .map
        .get("ceterms:ctid")
        .and_then(Value::as_str)
        .or_else(|| n.map.get("@id").and_then(Value::as_str))
        .map(str::to_string)
        .unwrap_or_else(|| n.id.clone());
    let Some(ects) = ects else {
        cx.on(&o).prop(
            Reason::CreditUnitUnknown,
            "ceterms:transferValue",
            Msg::new("import.credit_unit_unknown.transfer"),
        );
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    };
    // The record's own words when it has them; otherwise its structured statement, which
    // a counsellor finds verbatim in the registry under the CTID.
    let quote = note
        .values()
        .find(|t| !t.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| format!("{} {reference}: ceterms:transferValue {ects} ECTS", n.ty));
    if from.is_empty() || to.is_empty() {
        if from.is_empty() {
            cx.on(&o).add(
                Reason::DanglingTarget,
                "ceterms:transferValueFrom",
                Msg::new("import.dangling_target.no_source"),
            );
        }
        cx.report.became(&n.ty, Target::NotMapped);
        return;
    }
    let many = to.len() > 1;
    for (i, t) in to.into_iter().enumerate() {
        let base = if many {
            format!("{}-{}", n.id, i + 1)
        } else {
            n.id.clone()
        };
        let source = Source {
            reference: reference.clone(),
            url: url.clone(),
            certainty: Certainty::Real,
            quote: Some(quote.clone()),
            ..Source::default()
        };
        let mut r = rule(
            from.clone(),
            t,
            Grant::Credits { ects },
            issuer.clone(),
            source,
        );
        r.valid_from = valid_from.clone();
        r.valid_until = valid_until.clone();
        r.note = note.clone();
        push_rule(cx, r, &base, &n.path, &n.ty);
    }
}

/// The offers `transferValueFor` names (a component stands for its offer); any other
/// target is reported, since no rule can lead to it.
fn targets(cx: &mut Ctx, st: &State, o: &mut Obj) -> Vec<String> {
    let mut to = Vec::new();
    let Some(v) = o.get("ceterms:transferValueFor") else {
        return to;
    };
    for (t, p) in items(v, &o.prop_path("ceterms:transferValueFor")) {
        match ref_of(t).and_then(|u| st.lookup(u)) {
            Some((id, _)) if cx.offer_ids.contains(&id) => to.push(id),
            Some((id, Kind::Component)) => {
                if let Some(oid) = st.component_offer.get(&id) {
                    to.push(oid.clone());
                }
            }
            _ => {
                let msg = Msg::new("import.dangling_target")
                    .arg("uri", ref_of(t).unwrap_or("(embedded)"));
                cx.on(o)
                    .item(Reason::DanglingTarget, &p, "ceterms:transferValueFor", msg);
            }
        }
    }
    to
}

/// A rule with what CTDL does not state left out: conditions, a cap, dates, a note.
pub(super) fn rule(
    from: Vec<String>,
    to: String,
    grant: Grant,
    issuer: String,
    source: Source,
) -> RecognitionRule {
    RecognitionRule {
        origin: None,
        id: String::new(),
        from,
        to,
        grant,
        conditions: RuleConditions::default(),
        cap: None,
        overlap_group: None,
        valid_from: None,
        valid_until: None,
        kind: RecognitionKind::Articulation,
        issuer,
        source,
        note: LangMap::new(),
        documents: Vec::new(),
        deadline: None,
    }
}

/// Adds `r` under an id made unique from `base`. The node it came from (at `path`, of
/// type `ty`) is remembered, since credits are clamped after every file is read.
pub(super) fn push_rule(cx: &mut Ctx, mut r: RecognitionRule, base: &str, path: &str, ty: &str) {
    let mut id = base.to_string();
    let mut k = 2;
    while cx.rule_ids.contains(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    cx.rule_ids.insert(id.clone());
    cx.rule_origin
        .insert(id.clone(), (cx.file.clone(), path.to_string()));
    r.id = id;
    cx.rules.push(r);
    cx.report.became(ty, Target::Rule);
}

/// A `YYYY-MM-DD` date, its time part removed; anything else is dropped. Both reported.
fn date(cx: &mut Ctx, o: &mut Obj, prop: &str) -> Option<String> {
    let path = o.prop_path(prop);
    let s = o.get(prop)?.as_str()?.trim();
    let d = s.get(..10)?;
    let ok = d.len() == 10
        && d.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    let at = cx.at(&path, "ceterms:TransferValueProfile");
    if !ok {
        at.add(
            Reason::DateAdjusted,
            prop,
            Msg::new("import.date_adjusted.dropped").arg("value", s),
        );
        return None;
    }
    if s.len() > 10 {
        at.add(
            Reason::DateAdjusted,
            prop,
            Msg::new("import.date_adjusted").arg("value", s),
        );
    }
    Some(d.to_string())
}
