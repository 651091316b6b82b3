//! `pathways route`: plan routes for a learner and print them with their explanations.
//!
//! Query language (all flags combine):
//! - the data: `--data FILE...` (dataset files, merged);
//! - the learner: `--profile PROFILE.json` (a `Profile`: held, validated, work, languages) and/or
//!   `--hold CRED[:GRADE[:YYYY-MM-DD]]` (repeatable), `--work YEARS[:FIELD]`, `--lang de:C1`,
//!   `--validated FIELD`;
//! - the goal: `--goal OFFER_ID`, or any of `--goal-field 0613 --goal-eqf 6 --goal-kind bachelor
//!   --goal-esco URI`;
//! - constraints: `--max-months N --budget EUR --country DE,AT --region DE2 --language de,en
//!   --mode part_time,online --start YYYY-MM-DD --max-steps N`;
//! - preferences: `--avoid-individual --prefer-mobility --needs-support`;
//! - output: `--criteria duration,cost,workload --rank duration -k 10 --today YYYY-MM-DD
//!   --json --lang-out en`.
//!
//! Exit codes: 0 routes found, 1 no route (the blocking conditions are printed), 2 bad
//! input (unreadable files, bad query).

use clap::Parser;
use pathways_engine::route::messages::{fill, ID_ARGS};
use pathways_engine::route::{
    plan, Constraints, Criterion, Goal, Held, Known, Msg, Plan, Preferences, Profile, Query, Work,
};
use pathways_engine::{pick, Cefr, Dataset, DatasetFile, Mode, OfferKind};
use std::collections::BTreeMap;

#[derive(Parser, Debug)]
#[command(about = "Plan learning routes for a learner profile and a goal")]
struct Args {
    #[arg(long, required = true, num_args = 1..)]
    data: Vec<String>,
    #[arg(long)]
    profile: Option<String>,
    #[arg(long = "hold")]
    hold: Vec<String>,
    #[arg(long)]
    work: Vec<String>,
    #[arg(long = "lang")]
    lang: Vec<String>,
    #[arg(long)]
    validated: Vec<String>,
    #[arg(long)]
    goal: Option<String>,
    #[arg(long)]
    goal_field: Option<String>,
    #[arg(long)]
    goal_eqf: Option<u8>,
    #[arg(long)]
    goal_kind: Option<String>,
    #[arg(long)]
    goal_esco: Option<String>,
    #[arg(long)]
    max_months: Option<f64>,
    #[arg(long)]
    budget: Option<f64>,
    #[arg(long, value_delimiter = ',')]
    country: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    region: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    language: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    mode: Vec<String>,
    #[arg(long)]
    start: Option<String>,
    #[arg(long)]
    max_steps: Option<u8>,
    #[arg(long)]
    avoid_individual: bool,
    #[arg(long)]
    prefer_mobility: bool,
    #[arg(long)]
    needs_support: bool,
    #[arg(long, value_delimiter = ',')]
    criteria: Vec<String>,
    #[arg(long)]
    rank: Option<String>,
    #[arg(short, default_value_t = 10)]
    k: usize,
    #[arg(long)]
    today: Option<String>,
    #[arg(long)]
    json: bool,
}

fn enum_value<T: serde::de::DeserializeOwned>(what: &str, s: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| format!("unknown {what} `{s}`"))
}

fn build_query(a: &Args) -> Result<Query, String> {
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
    let goal = match &a.goal {
        Some(o) => Goal::Offer { offer: o.clone() },
        None => Goal::Match {
            field: a.goal_field.clone(),
            min_eqf: a.goal_eqf,
            kind: a
                .goal_kind
                .as_deref()
                .map(|k| enum_value::<OfferKind>("offer kind", k))
                .transpose()?,
            esco: a.goal_esco.clone(),
        },
    };
    let criteria: Vec<Criterion> = if a.criteria.is_empty() {
        vec![Criterion::Duration, Criterion::Cost, Criterion::Workload]
    } else {
        a.criteria
            .iter()
            .map(|c| enum_value("criterion", c))
            .collect::<Result<_, _>>()?
    };
    Ok(Query {
        profile,
        goal,
        constraints: Constraints {
            max_months: a.max_months,
            budget_eur: a.budget,
            countries: a.country.clone(),
            regions: a.region.clone(),
            languages: a.language.clone(),
            modes: a
                .mode
                .iter()
                .map(|m| enum_value::<Mode>("mode", m))
                .collect::<Result<_, _>>()?,
            earliest_start: a.start.clone(),
            max_steps: a.max_steps,
        },
        preferences: Preferences {
            avoid_individual: a.avoid_individual,
            prefer_mobility: a.prefer_mobility,
            needs_support: a.needs_support,
        },
        rank_by: match &a.rank {
            Some(r) => enum_value("criterion", r)?,
            None => criteria[0],
        },
        criteria,
        k: a.k,
        today: a
            .today
            .clone()
            .or_else(crate::today)
            .unwrap_or_else(|| "2026-01-01".into()),
    })
}

pub fn load(files: &[String]) -> Result<Dataset, String> {
    let mut parsed: Vec<DatasetFile> = Vec::new();
    for f in files {
        let t = std::fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"))?;
        parsed.push(
            pathways_engine::load::parse_fast(&t)
                .map_err(|e| format!("{f}: {e} (run `pathways check {f}` for every problem)"))?,
        );
    }
    Ok(Dataset::from_files(parsed))
}

pub fn run(args: Vec<String>) -> i32 {
    let a: Args = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let ds = match load(&a.data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("pathways route: {e}");
            return 2;
        }
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
            if a.json {
                match serde_json::to_string_pretty(&p) {
                    Ok(s) => println!("{s}"),
                    Err(e) => eprintln!("cannot print JSON: {e}"),
                }
            } else {
                print_plan(&catalogue, &ds, &p);
            }
            if p.routes.is_empty() {
                1
            } else {
                0
            }
        }
    }
}

/// One message in English, ids shown as "title (id)".
pub fn render(cat: &BTreeMap<String, String>, ds: &Dataset, m: &Msg) -> String {
    let tpl = cat
        .get(&m.key)
        .map(String::as_str)
        .unwrap_or(m.key.as_str());
    fill(tpl, |name| {
        let v = m.args.get(name)?;
        if ID_ARGS.contains(&name) {
            Some(
                v.split(',')
                    .map(|id| title(ds, id))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        } else {
            Some(v.clone())
        }
    })
}

fn title(ds: &Dataset, id: &str) -> String {
    if let Some(o) = ds.offer(id) {
        format!("{} [{id}]", pick(&o.title, "en"))
    } else if let Some(c) = ds.credential(id) {
        format!("{} [{id}]", pick(&c.title, "en"))
    } else {
        id.to_string()
    }
}

fn print_plan(cat: &BTreeMap<String, String>, ds: &Dataset, p: &Plan) {
    if let Some(n) = &p.no_route {
        println!("No route reaches the goal.");
        for b in &n.blocking {
            println!("  - {}", render(cat, ds, b));
        }
        if !n.alternatives.is_empty() {
            println!("Reachable alternatives:");
            for a in &n.alternatives {
                println!("  - {}", title(ds, a));
            }
        }
        return;
    }
    for (i, r) in p.routes.iter().enumerate() {
        let t = &r.totals;
        println!(
            "Route {}: {}, {}, {:.0} ECTS to study, {:.0} ECTS recognised, {} step(s){}",
            i + 1,
            partial(
                format!("{:.1} months", t.months),
                t.months_known(),
                t.unknown_months_steps,
                "duration",
            ),
            partial(
                format!("EUR {:.0}", t.cost_eur),
                t.cost_known(),
                t.unknown_cost_steps,
                "cost",
            ),
            t.workload_ects,
            t.recognised_ects,
            t.steps,
            if t.uncertain_steps > 0 {
                format!(", {} uncertain (individual assessment)", t.uncertain_steps)
            } else {
                String::new()
            }
        );
        for (j, s) in r.steps.iter().enumerate() {
            println!(
                "  {}. {} — from month {:.1}, {}, {}, {:.0}/{:.0} ECTS recognised{}",
                j + 1,
                title(ds, &s.offer),
                s.start_month,
                if s.unknown_months {
                    "duration unknown".to_string()
                } else {
                    format!("{:.1} months", s.months)
                },
                if s.unknown_cost {
                    "cost unknown".to_string()
                } else {
                    format!("EUR {:.0}", s.cost_eur)
                },
                s.recognised_ects,
                s.credits_ects,
                if s.uncertain { " [uncertain]" } else { "" }
            );
            for e in &s.entry {
                println!("       entry: {}", render(cat, ds, e));
            }
            for a in &s.recognitions {
                println!(
                    "       recognition {} ({:.0} ECTS counted):",
                    a.rule, a.ects
                );
                for w in &a.why {
                    println!("         - {}", render(cat, ds, w));
                }
            }
            for m in &s.prepare {
                println!("       prepare: {}", render(cat, ds, m));
            }
        }
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
