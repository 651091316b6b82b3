//! Turning a found route into [`Route`] values with structured explanations: replaying each
//! step's entry check and recognition with the explanation switched on.

use super::conditions::{explain, fmt_num, Held};
use super::context::Ctx;
use super::messages as m;
use super::recognition::{effect, Counted};
use super::search::Label;
use super::{AppliedRule, Msg, Route, Step, Totals};
use crate::date::{format_ymd, parse_ymd};
use crate::model::{Certainty, Condition, Grant, RecognitionKind};

fn applied(c: &Counted, cap_limit: Option<f64>, total: f64) -> AppliedRule {
    let r = c.rule;
    let mut why = vec![
        Msg::new(m::REC_KIND)
            .arg("kind", kind_key(r.kind))
            .arg("issuer", &r.issuer),
        Msg::new(m::REC_FROM).arg("from", r.from.join(",")),
    ];
    match &r.grant {
        Grant::Credits { ects } => why.push(Msg::new(m::REC_CREDITS).arg("ects", fmt_num(*ects))),
        Grant::Exemption { .. } => why.push(
            Msg::new(m::REC_EXEMPTION)
                .arg("modules", c.modules.join(","))
                .arg("ects", fmt_num(c.granted)),
        ),
        Grant::AdvancedEntry { year } => why.push(
            Msg::new(m::REC_ADVANCED_ENTRY)
                .arg("year", year)
                .arg("ects", fmt_num(c.granted)),
        ),
    }
    if let Some(g) = r.conditions.min_grade {
        why.push(Msg::new(m::REC_GRADE_OK).arg("min_grade", fmt_num(g)));
    }
    if let Some(y) = r.conditions.max_years_since {
        why.push(Msg::new(m::REC_RECENT_OK).arg("max_years", fmt_num(y)));
    }
    if let Some(b) = &r.conditions.bridging {
        why.push(Msg::new(m::REC_BRIDGING_OK).arg("offer", b));
    }
    if c.not_invoked {
        why.push(
            Msg::new(m::REC_NOT_INVOKED).arg("cap_percent", fmt_num(c.cap.unwrap_or(0.0) * 100.0)),
        );
    } else if let Some(by) = c.overlapped_by {
        why.push(
            Msg::new(m::REC_OVERLAP)
                .arg("group", r.overlap_group.as_deref().unwrap_or(""))
                .arg("rule", by),
        );
    } else if let (Some(cap), Some(limit)) = (c.cap, cap_limit) {
        let key = if c.cap_bit {
            m::REC_CAP_BIT
        } else {
            m::REC_CAP_OK
        };
        why.push(
            Msg::new(key)
                .arg("cap_percent", fmt_num(cap * 100.0))
                .arg("cap_ects", fmt_num(limit))
                .arg("wanted_ects", fmt_num(c.granted)),
        );
    } else if c.cap_bit {
        why.push(
            Msg::new(m::REC_CAP_BIT)
                .arg("cap_percent", "")
                .arg("cap_ects", fmt_num(cap_limit.unwrap_or(0.0)))
                .arg("wanted_ects", fmt_num(c.granted)),
        );
    }
    if c.total_bit {
        why.push(Msg::new(m::REC_TOTAL_BIT).arg("total_ects", fmt_num(total)));
    }
    let mut src = Msg::new(m::REC_SOURCE)
        .arg("reference", &r.source.reference)
        .arg(
            "certainty",
            match r.source.certainty {
                Certainty::Real => "real",
                Certainty::Illustrative => "illustrative",
            },
        );
    if let Some(u) = &r.source.url {
        src = src.arg("url", u);
    }
    why.push(src);
    if !r.note.is_empty() {
        why.push(Msg::new(m::REC_NOTE).arg("rule", &r.id));
    }
    AppliedRule {
        rule: r.id.clone(),
        ects: c.counted,
        granted_ects: c.granted,
        entry_year: match r.grant {
            Grant::AdvancedEntry { year } => Some(year),
            _ => None,
        },
        modules: c.modules.clone(),
        uncertain: r.kind == RecognitionKind::Individual,
        why,
    }
}

pub fn kind_key(k: RecognitionKind) -> &'static str {
    match k {
        RecognitionKind::Automatic => "automatic",
        RecognitionKind::Articulation => "articulation",
        RecognitionKind::Individual => "individual",
    }
}

/// Leaves of the entry tree that the learner must prove with documents.
fn prepare_entry(c: &Condition, ctx: &Ctx, held: Held, out: &mut Vec<Msg>) {
    let mut trace = Vec::new();
    explain(c, ctx, held, &mut trace);
    for t in trace {
        let arg = |k: &str| t.args.get(k).cloned().unwrap_or_default();
        match t.key.as_str() {
            m::ENTRY_CREDENTIAL | m::ENTRY_LEVEL => {
                let cred = arg("credential");
                // Credentials earned within the route are proven by the route itself.
                if ctx
                    .ds
                    .credential_index(&cred)
                    .is_some_and(|ci| ctx.start.contains_key(&(ci as u32)))
                {
                    push_unique(out, Msg::new(m::PREP_CERTIFICATE).arg("credential", &cred));
                    if t.args.contains_key("min_grade") {
                        push_unique(
                            out,
                            Msg::new(m::PREP_GRADE_PROOF)
                                .arg("credential", &cred)
                                .arg("min_grade", arg("min_grade")),
                        );
                    }
                }
            }
            m::ENTRY_WORK => push_unique(
                out,
                Msg::new(m::PREP_WORK_PROOF).arg("years", arg("min_years")),
            ),
            m::ENTRY_LANGUAGE => push_unique(
                out,
                Msg::new(m::PREP_LANGUAGE_CERT)
                    .arg("language", arg("language"))
                    .arg("min", arg("min")),
            ),
            _ => {}
        }
    }
}

fn push_unique(out: &mut Vec<Msg>, msg: Msg) {
    if !out.contains(&msg) {
        out.push(msg);
    }
}

/// The next start date of an offer on or after day `from`, if it lists any.
fn next_start(starts: &[String], from: i64) -> Option<String> {
    let (y, _) = format_ymd(from)
        .split_once('-')
        .map(|(y, r)| (y.to_string(), r.to_string()))?;
    let year: i64 = y.parse().ok()?;
    let mut best: Option<i64> = None;
    for s in starts {
        let cands: Vec<i64> = if let Some(md) = s.strip_prefix("--") {
            [year, year + 1]
                .iter()
                .filter_map(|yy| parse_ymd(&format!("{yy:04}-{md}")))
                .collect()
        } else {
            parse_ymd(s).into_iter().collect()
        };
        for d in cands.into_iter().filter(|&d| d >= from) {
            best = Some(best.map_or(d, |b| b.min(d)));
        }
    }
    best.map(format_ymd)
}

/// Builds the route ending at label `end`.
pub fn build(ctx: &Ctx, labels: &[Label], end: usize, id: String) -> Route {
    let mut chain = Vec::new();
    let mut i = end;
    while labels[i].offer != super::search_root() {
        chain.push(i);
        i = labels[i].parent;
    }
    chain.reverse();
    let route_start = ctx.route_start;
    let mut steps = Vec::with_capacity(chain.len());
    for &li in &chain {
        let l = &labels[li];
        let before = &labels[l.parent];
        let o = ctx.offer(l.offer);
        let held = Held {
            creds: &before.held,
            without: if l.overlapped {
                before.last_award
            } else {
                None
            },
        };
        let eff = effect(ctx, l.offer, held, l.start);
        let mut entry = Vec::new();
        let mut prepare = Vec::new();
        match &o.entry {
            None => entry.push(Msg::new(m::ENTRY_OPEN)),
            Some(c) => {
                explain(c, ctx, held, &mut entry);
                prepare_entry(c, ctx, held, &mut prepare);
            }
        }
        let recognitions: Vec<AppliedRule> = eff
            .counted
            .iter()
            .map(|c| applied(c, eff.cap_limit, eff.credits))
            .collect();
        for c in eff.counted.iter().filter(|c| !c.not_invoked) {
            let r = c.rule;
            for f in &r.from {
                if ctx
                    .ds
                    .credential_index(f)
                    .is_some_and(|ci| ctx.start.contains_key(&(ci as u32)))
                {
                    push_unique(
                        &mut prepare,
                        Msg::new(m::PREP_CERTIFICATE).arg("credential", f),
                    );
                    if let Some(g) = r.conditions.min_grade {
                        push_unique(
                            &mut prepare,
                            Msg::new(m::PREP_GRADE_PROOF)
                                .arg("credential", f)
                                .arg("min_grade", fmt_num(g)),
                        );
                    }
                }
            }
            if r.kind == RecognitionKind::Individual {
                push_unique(&mut prepare, Msg::new(m::PREP_PORTFOLIO).arg("rule", &r.id));
            }
            for (k, _) in r.documents.iter().enumerate() {
                push_unique(
                    &mut prepare,
                    Msg::new(m::PREP_DOCUMENT)
                        .arg("rule", &r.id)
                        .arg("index", k),
                );
            }
            if let Some(d) = &r.deadline {
                push_unique(
                    &mut prepare,
                    Msg::new(m::PREP_DEADLINE).arg("rule", &r.id).arg("date", d),
                );
            }
        }
        let step_day = route_start + (l.start * 30.44).round() as i64;
        if let Some(d) = next_start(&o.starts, step_day) {
            prepare.push(Msg::new(m::PREP_START).arg("offer", &o.id).arg("date", d));
        }
        let unknown_cost = ctx.ds.offer_eur(l.offer).is_none();
        let unknown_months = o.duration_months.is_none();
        if unknown_cost {
            prepare.push(Msg::new(m::PREP_ASK_COST).arg("offer", &o.id));
        }
        if unknown_months {
            prepare.push(Msg::new(m::PREP_ASK_DURATION).arg("offer", &o.id));
        }
        steps.push(Step {
            offer: o.id.clone(),
            start_month: l.start,
            months: l.months,
            cost_eur: eff.cost_eur,
            credits_ects: eff.credits,
            recognised_ects: eff.recognised,
            studied_ects: (eff.credits - eff.recognised).max(0.0),
            entry,
            recognitions,
            prepare,
            uncertain: eff.uncertain,
            unknown_months,
            unknown_cost,
        });
    }
    let last = &labels[end];
    Route {
        id,
        totals: Totals {
            months: last.end,
            cost_eur: last.cost,
            workload_ects: last.workload,
            recognised_ects: last.recognised,
            steps: last.steps as usize,
            uncertain_steps: last.uncertain as usize,
            unknown_months_steps: steps.iter().filter(|s| s.unknown_months).count(),
            unknown_cost_steps: steps.iter().filter(|s| s.unknown_cost).count(),
        },
        steps,
    }
}
