//! `pathways route`: plan routes for a learner and print them with their explanations.
//!
//! Query language (all flags combine):
//! - the data: `--data FILE...` (dataset files, merged);
//! - the learner: `--profile PROFILE.json` (a `Profile`: held, validated, work, languages) and/or
//!   `--hold CRED[:GRADE[:YYYY-MM-DD]]` (repeatable), `--work YEARS[:FIELD]`, `--lang de:C1`,
//!   `--validated FIELD`;
//! - the goal: `--goal OFFER_ID`, `--goal-credential CRED_ID`, or any of `--goal-field 0613
//!   --goal-eqf 6 --goal-kind bachelor --goal-esco URI`;
//! - constraints: `--max-months N --budget EUR --country DE,AT --region DE2 --language de,en
//!   --mode part_time,online --start YYYY-MM-DD --max-steps N`;
//! - preferences: `--avoid-individual --prefer-mobility --needs-support`;
//! - output: `--criteria duration,cost,workload --rank duration --basis binding -k 10
//!   --today YYYY-MM-DD --json`.
//!
//! Exit codes: 0 routes found, 1 no route (the blocking conditions are printed), 2 bad
//! input (unreadable or invalid files: the data is validated first, as the app does; a bad
//! query).

use clap::Parser;
use pathways_engine::route::render::range;
use pathways_engine::route::{
    default_criteria, off_ramps, plan, Basis, Criterion, Goal, Held, Known, Msg, Plan, Profile,
    Query, Step, Work,
};
use pathways_engine::{Cefr, Dataset, Mode, OfferKind};
use std::collections::BTreeMap;

#[derive(Parser, Debug)]
#[command(
    about = "Plan learning routes for a learner profile and a goal",
    after_help = "Exit codes: 0 routes found, 1 no route (what blocks it is printed), 2 bad input \
(unreadable or invalid data files, a bad query).\n\
Example: pathways route --data pathways-data/demo/*.json --hold de-vet-0613:80:2023-07-01 \
--work 3:0613 --goal de-bsc-0613"
)]
pub struct RouteArgs {
    #[command(flatten)]
    pub learner: LearnerArgs,
    /// The goal: one offer by id.
    #[arg(long, value_name = "OFFER_ID")]
    goal: Option<String>,
    /// The goal: a credential, whichever offer awards it (programmes and validation procedures).
    #[arg(long, value_name = "CREDENTIAL_ID")]
    goal_credential: Option<String>,
    /// The goal: any offer in this ISCED-F field (prefix match).
    #[arg(long, value_name = "ISCED-F")]
    goal_field: Option<String>,
    /// The goal: any offer at this EQF level or above.
    #[arg(long, value_name = "1-8")]
    goal_eqf: Option<u8>,
    /// The goal: any offer of this kind (bachelor, master, vet_qualification, ...).
    #[arg(long, value_name = "KIND")]
    goal_kind: Option<String>,
    /// The goal: any offer listing this ESCO occupation or skill URI.
    #[arg(long, value_name = "URI")]
    goal_esco: Option<String>,
    /// At most this many routes.
    #[arg(short, default_value_t = pathways_engine::route::DEFAULT_K, value_name = "K")]
    k: usize,
}

/// The learner, the limits, the ranking and the output: shared by `route` and `explore`.
#[derive(clap::Args, Debug)]
pub struct LearnerArgs {
    /// Dataset files (JSON), merged as one dataset; they are validated first.
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub data: Vec<String>,
    /// A learner profile as JSON: {"held": [...], "validated": [...], "work": [...], "languages": {...}}.
    #[arg(long, value_name = "PROFILE.json")]
    pub profile: Option<String>,
    /// A credential held, with an optional grade (0-100) and completion date. Repeatable.
    #[arg(long = "hold", value_name = "CRED[:GRADE[:YYYY-MM-DD]]")]
    pub hold: Vec<String>,
    /// Years of work experience, optionally in an ISCED-F field (e.g. 3:0613). Repeatable.
    #[arg(long, value_name = "YEARS[:ISCED-F]", allow_negative_numbers = true)]
    pub work: Vec<String>,
    /// Command of a language at a CEFR level (e.g. de:B2). Repeatable.
    #[arg(long = "lang", value_name = "LANG:CEFR")]
    pub lang: Vec<String>,
    /// An ISCED-F field in which prior learning has been validated (VAE, EVC). Repeatable.
    #[arg(long, value_name = "ISCED-F")]
    pub validated: Vec<String>,
    /// Longest acceptable route, in months.
    #[arg(long, value_name = "MONTHS", allow_negative_numbers = true)]
    pub max_months: Option<f64>,
    /// Largest acceptable total cost, in EUR (other currencies are converted).
    #[arg(long, value_name = "EUR", allow_negative_numbers = true)]
    pub budget: Option<f64>,
    /// Only providers in these countries (ISO 3166-1, comma-separated: DE,AT).
    #[arg(long, value_delimiter = ',', value_name = "CC,...")]
    pub country: Vec<String>,
    /// Only providers in these NUTS regions (prefixes, comma-separated: DE2,AT13).
    #[arg(long, value_delimiter = ',', value_name = "NUTS,...")]
    pub region: Vec<String>,
    /// Only offers taught in one of these languages (ISO 639-1, comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "LANG,...")]
    pub language: Vec<String>,
    /// Only offers with one of these modes (full_time, part_time, online, blended, work_based).
    #[arg(long, value_delimiter = ',', value_name = "MODE,...")]
    pub mode: Vec<String>,
    /// The route starts no earlier than this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<String>,
    /// At most this many steps (default 6 for route, 3 for explore).
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u8>,
    /// Leave out recognition that depends on an individual assessment.
    #[arg(long)]
    pub avoid_individual: bool,
    /// Among equal routes, prefer those with a mobility (e.g. Erasmus+) component.
    #[arg(long)]
    pub prefer_mobility: bool,
    /// Only offers with support for learners with fewer opportunities.
    #[arg(long)]
    pub needs_support: bool,
    /// Pareto criteria (default duration,cost,workload): duration, cost, workload,
    /// recognised, steps, uncertainty.
    #[arg(long, value_delimiter = ',', value_name = "CRITERION,...")]
    pub criteria: Vec<String>,
    /// Rank routes by this criterion (default: the first criterion).
    #[arg(long, value_name = "CRITERION")]
    pub rank: Option<String>,
    /// How recognition from individual assessments counts for ranking and limits:
    /// binding (default: a plan that holds whatever an assessment decides), expected
    /// (the middle of the range) or possible (the best case).
    #[arg(long, value_name = "binding|expected|possible")]
    pub basis: Option<String>,
    /// The day rule validity and time since completion are judged on (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print the plan as JSON.
    #[arg(long)]
    pub json: bool,
}

pub(crate) fn enum_value<T: serde::de::DeserializeOwned>(what: &str, s: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| format!("unknown {what} `{s}`"))
}

fn build_query(a: &RouteArgs) -> Result<Query, String> {
    let goals = [
        a.goal.is_some(),
        a.goal_credential.is_some(),
        a.goal_field.is_some()
            || a.goal_eqf.is_some()
            || a.goal_kind.is_some()
            || a.goal_esco.is_some(),
    ];
    if goals.iter().filter(|&&g| g).count() > 1 {
        return Err(
            "give one kind of goal: --goal, --goal-credential, or the --goal-field/--goal-eqf/--goal-kind/--goal-esco filters"
                .into(),
        );
    }
    let goal = if let Some(o) = &a.goal {
        Goal::Offer { offer: o.clone() }
    } else if let Some(c) = &a.goal_credential {
        Goal::Credential {
            credential: c.clone(),
        }
    } else {
        Goal::Match {
            field: a.goal_field.clone(),
            min_eqf: a.goal_eqf,
            kind: a
                .goal_kind
                .as_deref()
                .map(|k| enum_value::<OfferKind>("offer kind", k))
                .transpose()?,
            esco: a.goal_esco.clone(),
        }
    };
    let mut q = learner_query(&a.learner, goal)?;
    q.k = a.k;
    Ok(q)
}

fn profile(a: &LearnerArgs) -> Result<Profile, String> {
    let mut profile = match &a.profile {
        Some(p) => {
            let t = std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            serde_json::from_str::<Profile>(&t).map_err(|e| format!("{p}: {e}"))?
        }
        None => Profile::default(),
    };
    for h in &a.hold {
        let mut parts = h.splitn(3, ':');
        let credential = parts.next().unwrap_or_default().to_string();
        let grade = match parts.next() {
            Some(g) if !g.is_empty() => {
                Some(g.parse().map_err(|_| format!("bad grade in --hold {h}"))?)
            }
            _ => None,
        };
        let completed = parts.next().map(str::to_string);
        profile.held.push(Held {
            credential,
            grade,
            completed,
        });
    }
    for w in &a.work {
        let (y, f) = w
            .split_once(':')
            .map_or((w.as_str(), None), |(y, f)| (y, Some(f)));
        profile.work.push(Work {
            years: y.parse().map_err(|_| format!("bad years in --work {w}"))?,
            field: f.map(str::to_string),
        });
    }
    for l in &a.lang {
        let (lang, level) = l
            .split_once(':')
            .ok_or_else(|| format!("--lang wants LANG:LEVEL, got {l}"))?;
        let level: Cefr = enum_value("CEFR level", level)?;
        profile.languages.insert(lang.to_string(), level);
    }
    profile.validated.extend(a.validated.iter().cloned());
    Ok(profile)
}

/// A query for the learner, limits and ranking given by `a` and `goal`.
pub(crate) fn learner_query(a: &LearnerArgs, goal: Goal) -> Result<Query, String> {
    let today = a
        .today
        .clone()
        .or_else(crate::today)
        .unwrap_or_else(|| "2026-01-01".into());
    let mut q = Query::new(profile(a)?, goal, &today);
    if !a.criteria.is_empty() {
        q.criteria = a
            .criteria
            .iter()
            .map(|c| enum_value("criterion", c))
            .collect::<Result<Vec<Criterion>, _>>()?;
    }
    q.rank_by = match &a.rank {
        Some(r) => enum_value("criterion", r)?,
        None => q.criteria.first().copied().unwrap_or(default_criteria()[0]),
    };
    if let Some(b) = &a.basis {
        q.basis = Basis::parse(b)
            .ok_or_else(|| format!("unknown basis `{b}`: use binding, expected or possible"))?;
    }
    let c = &mut q.constraints;
    c.max_months = a.max_months;
    c.budget_eur = a.budget;
    c.countries = a.country.clone();
    c.regions = a.region.clone();
    c.languages = a.language.clone();
    c.modes = a
        .mode
        .iter()
        .map(|m| enum_value::<Mode>("mode", m))
        .collect::<Result<_, _>>()?;
    c.earliest_start = a.start.clone();
    c.max_steps = a.max_steps;
    q.preferences.avoid_individual = a.avoid_individual;
    q.preferences.prefer_mobility = a.prefer_mobility;
    q.preferences.needs_support = a.needs_support;
    Ok(q)
}

pub fn run(args: Vec<String>) -> i32 {
    let a: RouteArgs = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let today = a.learner.today.clone().or_else(crate::today);
    let ds = match crate::data::load_checked("route", &a.learner.data, today) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let q = match build_query(&a) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("pathways route: {e}");
            return 2;
        }
    };
    let catalogue = crate::english();
    match plan(&ds, &q) {
        Err(e) => {
            eprintln!("pathways route: {}", render(&catalogue, &ds, &e.msg));
            2
        }
        Ok(p) => {
            if a.learner.json {
                match serde_json::to_string_pretty(&p) {
                    Ok(s) => println!("{s}"),
                    Err(e) => eprintln!("cannot print JSON: {e}"),
                }
            } else {
                print!("{}", plan_text(&catalogue, &ds, &p, Some(&q)));
            }
            if p.routes.is_empty() {
                1
            } else {
                0
            }
        }
    }
}

/// One message in English, ids shown as "title [id]".
pub fn render(cat: &BTreeMap<String, String>, ds: &Dataset, m: &Msg) -> String {
    crate::in_english(cat, ds, |r| r.msg(m))
}

fn title(ds: &Dataset, id: &str) -> String {
    pathways_engine::route::render::title(ds, "en", id, true)
}

/// The plan as the text a counsellor reads; every message with all its arguments.
///
/// With the query, each step but the last also says what the learner would hold if they
/// stopped there and what that opens on its own (the off-ramps).
pub fn plan_text(
    cat: &BTreeMap<String, String>,
    ds: &Dataset,
    p: &Plan,
    q: Option<&Query>,
) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    if let Some(n) = &p.no_route {
        let _ = writeln!(o, "No route reaches the goal.");
        for b in &n.blocking {
            let _ = writeln!(o, "  - {}", render(cat, ds, b));
        }
        if !n.alternatives.is_empty() {
            let _ = writeln!(o, "Reachable alternatives within your limits:");
            for a in &n.alternatives {
                let _ = writeln!(o, "  - {}", title(ds, a));
            }
        }
        return o;
    }
    for n in &p.notices {
        let _ = writeln!(o, "Note: {}", render(cat, ds, n));
    }
    if let Some(r) = p.routes.first() {
        let _ = writeln!(
            o,
            "Ranked by {} recognition (binding = laws and agreements only; possible = what individual assessments may add).",
            r.totals.basis.key()
        );
    }
    for (i, r) in p.routes.iter().enumerate() {
        let t = &r.totals;
        let (b, ps) = (&t.binding, &t.possible);
        let _ = writeln!(
            o,
            "Route {}: {}, {}, {} ECTS recognised (binding–possible), {:.0} ECTS to study, {} step(s){}{}",
            i + 1,
            partial(
                format!("{} months", range(ps.months, b.months, 1)),
                t.months_known(),
                t.unknown_months_steps,
                "duration",
            ),
            partial(
                format!("EUR {}", range(ps.cost_eur, b.cost_eur, 0)),
                t.cost_known(),
                t.unknown_cost_steps,
                "cost",
            ),
            range(b.recognised_ects, ps.recognised_ects, 0),
            t.workload_ects,
            t.steps,
            if t.carried_ects > 0.0 {
                format!(", {:.0} ECTS carried over between steps", t.carried_ects)
            } else {
                String::new()
            },
            if t.uncertain_steps > 0 {
                format!(", {} uncertain", t.uncertain_steps)
            } else {
                String::new()
            }
        );
        let ramps = q.and_then(|q| off_ramps(ds, q, r).ok()).unwrap_or_default();
        for (j, s) in r.steps.iter().enumerate() {
            step_text(&mut o, cat, ds, j, s);
            for ramp in ramps.iter().filter(|x| x.step == j) {
                let _ = writeln!(o, "       stop here: {}", render(cat, ds, &ramp.msg()));
            }
        }
    }
    o
}

fn step_text(o: &mut String, cat: &BTreeMap<String, String>, ds: &Dataset, j: usize, s: &Step) {
    use std::fmt::Write;
    let _ = writeln!(
        o,
        "  {}. {} — from month {:.1}{}, {}, {}, {}/{:.0} ECTS recognised{}",
        j + 1,
        title(ds, &s.offer),
        s.start_month,
        if s.start_unknown { " + unknown" } else { "" },
        if s.unknown_months {
            "duration unknown".to_string()
        } else {
            format!("{} months", range(s.possible.months, s.binding.months, 1))
        },
        if s.unknown_cost {
            "cost unknown".to_string()
        } else {
            format!("EUR {}", range(s.possible.cost_eur, s.binding.cost_eur, 0))
        },
        range(s.binding.recognised_ects, s.possible.recognised_ects, 0),
        s.credits_ects,
        if s.uncertain { " [uncertain]" } else { "" }
    );
    for e in &s.entry {
        let _ = writeln!(o, "       entry: {}", render(cat, ds, e));
    }
    for a in &s.recognitions {
        let _ = writeln!(
            o,
            "       recognition {} ({:.0} ECTS counted{}):",
            a.rule,
            a.ects,
            if a.uncertain {
                ", after individual assessment"
            } else {
                ""
            }
        );
        for w in &a.why {
            let _ = writeln!(o, "         - {}", render(cat, ds, w));
        }
    }
    for m in &s.pathway {
        let _ = writeln!(o, "       pathway: {}", render(cat, ds, m));
    }
    for m in &s.outcomes {
        let _ = writeln!(o, "       outcome: {}", render(cat, ds, m));
    }
    for m in &s.prepare {
        let _ = writeln!(o, "       prepare: {}", render(cat, ds, m));
    }
}

/// A total leaving out steps the data gives no value for: a lower bound, said as such.
fn partial(known: String, k: Known, unknown_steps: usize, what: &str) -> String {
    match k {
        Known::All => known,
        Known::None => format!("{what} unknown"),
        Known::Part => format!("{known} + unknown ({unknown_steps} step(s))"),
    }
}
