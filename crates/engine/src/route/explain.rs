//! Turning a found route into [`Route`] values with structured explanations: replaying each
//! step's entry check and recognition with the explanation switched on.

use super::conditions::{explain, fmt_num, Held};
use super::context::Ctx;
use super::messages as m;
use super::money::cents;
use super::recognition::{effect, Counted, Counting, Effect};
use super::search::Label;
use super::Basis;
use super::{AppliedRule, Figures, Msg, Route, Step, StepFigures, Totals};
use crate::date::{format_ymd, parse_ymd};
use crate::model::{Certainty, Condition, CreditCap, Grant, OfferKind, RecognitionKind};

fn applied(
    c: &Counted,
    cap_limit: Option<f64>,
    offer_cap: Option<(f64, &CreditCap)>,
    total: f64,
) -> AppliedRule {
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
    if !c.skipped_modules.is_empty() {
        why.push(Msg::new(m::REC_MODULES_SKIPPED).arg("modules", c.skipped_modules.join(",")));
    }
    if !c.prior {
        why.push(Msg::new(m::REC_CARRIED));
    }
    if c.offer_capped {
        if let Some((limit, cap)) = offer_cap {
            let reference = cap.source.as_ref().map_or("", |s| s.reference.as_str());
            let msg = if c.offer_cap_bit {
                Msg::new(m::REC_OFFER_CAP_BIT).arg("wanted_ects", fmt_num(c.granted))
            } else {
                Msg::new(m::REC_OFFER_CAP_OK)
            };
            why.push(
                msg.arg("cap_ects", fmt_num(limit))
                    .arg("reference", reference),
            );
        }
    }
    if c.not_invoked {
        why.push(
            Msg::new(m::REC_NOT_INVOKED).arg("cap_percent", fmt_num(c.cap.unwrap_or(0.0) * 100.0)),
        );
    } else if let (Some(by), true) = (c.overlapped_by, c.skip_share > 0.0) {
        why.push(Msg::new(m::REC_ENTRY_SUPERSEDED).arg("rule", by));
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
            m::ENTRY_WORK => {
                let mut msg = Msg::new(m::PREP_WORK_PROOF);
                if let Some(y) = t.args.get("min_years") {
                    msg = msg.arg("years", y);
                }
                if let Some(f) = t.args.get("field") {
                    msg = msg.arg("field", f);
                }
                push_unique(out, msg)
            }
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

/// Why a step is uncertain and how it may end: a validation jury's full or partial award,
/// and the credit that waits on an individual assessment.
fn outcomes(ctx: &Ctx, t: crate::dataset::Idx, eff: &Effect) -> Vec<Msg> {
    let o = ctx.offer(t);
    let mut out = Vec::new();
    if o.kind == OfferKind::ValidationProcedure {
        out.push(
            Msg::new(m::OUT_JURY)
                .arg("offer", &o.id)
                .arg("credential", &o.awards),
        );
        // Where the rest can be studied after a partial award: a programme awarding the
        // same credential, shortest first.
        let award = ctx.award[t as usize];
        let rest = ctx.ds.credentials[award as usize]
            .awarded_by
            .iter()
            .copied()
            .filter(|&i| ctx.offer(i).kind != OfferKind::ValidationProcedure)
            .min_by(|&a, &b| {
                ctx.offer(a)
                    .months_or_zero()
                    .total_cmp(&ctx.offer(b).months_or_zero())
                    .then(ctx.ds.offer_rank(a).cmp(&ctx.ds.offer_rank(b)))
            });
        let mut partial = Msg::new(m::OUT_PARTIAL).arg("credential", &o.awards);
        if let Some(r) = rest {
            partial = partial.arg("offer", &ctx.offer(r).id);
        }
        out.push(partial);
    }
    for c in &eff.counted {
        if c.rule.kind == RecognitionKind::Individual
            && c.counted > 0.0
            && c.overlapped_by.is_none()
            && !c.not_invoked
        {
            out.push(
                Msg::new(m::OUT_INDIVIDUAL)
                    .arg("rule", &c.rule.id)
                    .arg("issuer", &c.rule.issuer)
                    .arg("ects", fmt_num(c.counted)),
            );
        }
    }
    out
}

fn figures(eff: &Effect) -> StepFigures {
    StepFigures {
        months: eff.months,
        cost_eur: cents(eff.cost_eur),
        recognised_ects: eff.recognised,
    }
}

/// Builds the route ending at label `end`.
pub fn build(ctx: &Ctx, labels: &[Label], end: usize, id: String) -> Route {
    let bs = ctx.q.basis;
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
        let held = Held::route(&ctx.start_held, &before.held)
            .without(if l.overlapped {
                before.last_award
            } else {
                None
            })
            .entering(l.offer);
        let eff_p = effect(ctx, l.offer, held, l.possible.start, Counting::Possible);
        let eff_b = effect(ctx, l.offer, held, l.binding.start, Counting::Binding);
        // Explanations list every rule that may count, individual ones marked as such;
        // the figures follow the basis.
        let eff = &eff_p;
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
            .map(|c| applied(c, eff.cap_limit, eff.offer_cap, eff.credits))
            .collect();
        // Documents only for rules that give something: a rule capped away, left out or
        // overlapped by a larger one asks for nothing.
        let gives = |c: &&Counted| {
            !c.not_invoked && c.overlapped_by.is_none() && (c.counted > 1e-9 || c.skip_share > 0.0)
        };
        for c in eff.counted.iter().filter(gives) {
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
        if o.kind == OfferKind::ValidationProcedure {
            push_unique(&mut prepare, Msg::new(m::PREP_DOSSIER).arg("offer", &o.id));
        }
        let t = l.tally(bs);
        let step_day = route_start.saturating_add((t.start * 30.44).round() as i64);
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
        let (fb, fp) = (figures(&eff_b), figures(&eff_p));
        let pick = |b: f64, p: f64| match bs {
            Basis::Binding => b,
            Basis::Possible => p,
            Basis::Expected => (b + p) / 2.0,
        };
        let recognised = pick(eff_b.recognised, eff_p.recognised);
        let prior = pick(eff_b.prior, eff_p.prior);
        steps.push(Step {
            offer: o.id.clone(),
            start_month: t.start,
            months: t.months,
            cost_eur: cents(pick(eff_b.cost_eur, eff_p.cost_eur)),
            credits_ects: eff.credits,
            recognised_ects: recognised,
            prior_ects: prior,
            carried_ects: (recognised - prior).max(0.0),
            studied_ects: (eff.credits - recognised).max(0.0),
            binding: fb,
            possible: fp,
            entry,
            recognitions,
            prepare,
            uncertain: eff.uncertain,
            outcomes: outcomes(ctx, l.offer, eff),
            unknown_months,
            start_unknown: steps.iter().any(|s: &Step| s.unknown_months),
            unknown_cost,
            pathway: eff.path.as_ref().map(pathway_msgs).unwrap_or_default(),
        });
    }
    let last = &labels[end];
    let fig = |t: &super::search::Tally| Figures {
        months: t.end,
        cost_eur: cents(t.cost),
        workload_ects: t.workload,
        recognised_ects: t.prior,
        carried_ects: t.carried,
    };
    let main = last.tally(bs);
    Route {
        id,
        totals: Totals {
            basis: bs,
            months: main.end,
            cost_eur: cents(main.cost),
            workload_ects: main.workload,
            recognised_ects: main.prior,
            carried_ects: main.carried,
            binding: fig(&last.binding),
            possible: fig(&last.possible),
            steps: last.steps as usize,
            uncertain_steps: main.uncertain as usize,
            unknown_months_steps: steps.iter().filter(|s| s.unknown_months).count(),
            unknown_cost_steps: steps.iter().filter(|s| s.unknown_cost).count(),
        },
        steps,
    }
}

/// Completed modules, then the remaining ones by stage. A module is named by the
/// credential that shows it done (its title is what a reader knows), else by its id.
fn pathway_msgs(p: &super::pathway::Progress) -> Vec<Msg> {
    let name = |x: &crate::model::Module| x.credential.clone().unwrap_or_else(|| x.id.clone());
    let mut out = Vec::new();
    for x in &p.counted {
        out.push(
            Msg::new(m::PATH_COUNTED)
                .arg("credential", name(x))
                .arg("ects", fmt_num(x.credits)),
        );
    }
    for x in &p.remaining {
        let mut msg = Msg::new(m::PATH_TODO)
            .arg("credential", name(x))
            .arg("ects", fmt_num(x.credits));
        if let Some(y) = x.year {
            msg = msg.arg("stage", y);
        }
        out.push(msg);
    }
    out
}
