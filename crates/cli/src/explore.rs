//! `pathways explore`: every destination a learner can reach, grouped by EQF level and
//! sector, with the best route to each, and the single changes that would open more.
//!
//! Learner, limits and ranking take the flags of `pathways route`; which destinations are
//! listed is set by `--eqf`, `--sector`, `--field`, `--dest-country`, `--dest-language`,
//! `--dest-mode`; `--sort` orders them (default: levels gained per year).
//!
//! Exit codes: 0 destinations found, 1 none, 2 bad input.

use crate::route::{enum_value, learner_query, render, LearnerArgs};
use pathways_engine::route::render::range;
use pathways_engine::route::{
    explore, Criterion, Destination, Exploration, ExploreFilter, ExploreQuery, Goal, Sector,
};
use pathways_engine::{Dataset, Mode};
use std::collections::BTreeMap;

#[derive(clap::Parser, Debug)]
#[command(
    about = "List every destination a learner can reach, with the best route to each and what one change would open",
    after_help = "Exit codes: 0 destinations found, 1 none, 2 bad input.\n\
Example: pathways explore --data pathways-data/demo/*.json --hold fr-bts-0613 --country FR"
)]
pub struct ExploreArgs {
    #[command(flatten)]
    learner: LearnerArgs,
    /// List only destinations at these EQF levels (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "N,...")]
    eqf: Vec<u8>,
    /// List only these sectors: vet, higher_education, adult_learning, micro_credential.
    #[arg(long, value_delimiter = ',', value_name = "SECTOR,...")]
    sector: Vec<String>,
    /// List only destinations in this ISCED-F field (prefix).
    #[arg(long, value_name = "ISCED-F")]
    field: Option<String>,
    /// List only destinations in these countries (the route's other steps may be elsewhere
    /// unless --country limits them too).
    #[arg(long, value_delimiter = ',', value_name = "CC,...")]
    dest_country: Vec<String>,
    /// List only destinations taught in one of these languages.
    #[arg(long, value_delimiter = ',', value_name = "LANG,...")]
    dest_language: Vec<String>,
    /// List only destinations with one of these modes.
    #[arg(long, value_delimiter = ',', value_name = "MODE,...")]
    dest_mode: Vec<String>,
    /// Order: usefulness (EQF levels gained per year of the best route; the default) or a
    /// criterion (duration, cost, workload, recognised, steps, uncertainty).
    #[arg(long, value_name = "usefulness|CRITERION")]
    sort: Option<String>,
}

fn build(a: &ExploreArgs) -> Result<ExploreQuery, String> {
    // The goal is not used: explore looks at every offer.
    let q = learner_query(
        &a.learner,
        Goal::Match {
            field: None,
            min_eqf: None,
            kind: None,
            esco: None,
        },
    )?;
    let mut eq = ExploreQuery::new(q.profile, &q.today);
    eq.constraints = q.constraints;
    eq.preferences = q.preferences;
    eq.criteria = q.criteria;
    eq.rank_by = q.rank_by;
    eq.basis = q.basis;
    eq.filter = ExploreFilter {
        eqf: a.eqf.clone(),
        sectors: a
            .sector
            .iter()
            .map(|s| Sector::parse(s).ok_or_else(|| format!("unknown sector `{s}`")))
            .collect::<Result<_, _>>()?,
        field: a.field.clone(),
        countries: a.dest_country.clone(),
        languages: a.dest_language.clone(),
        modes: a
            .dest_mode
            .iter()
            .map(|m| enum_value::<Mode>("mode", m))
            .collect::<Result<_, _>>()?,
    };
    eq.sort = match a.sort.as_deref() {
        None | Some("usefulness") => None,
        Some(c) => Some(enum_value::<Criterion>("criterion", c)?),
    };
    Ok(eq)
}

pub fn run(args: Vec<String>) -> i32 {
    let a: ExploreArgs = match crate::parse_args(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let today = a.learner.today.clone().or_else(crate::today);
    let ds = match crate::data::load_checked("explore", &a.learner.data, today) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let eq = match build(&a) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("pathways explore: {e}");
            return 2;
        }
    };
    let catalogue = crate::english();
    match explore(&ds, &eq) {
        Err(e) => {
            eprintln!("pathways explore: {}", render(&catalogue, &ds, &e.msg));
            2
        }
        Ok(x) => {
            if a.learner.json {
                match serde_json::to_string_pretty(&x) {
                    Ok(s) => println!("{s}"),
                    Err(e) => eprintln!("cannot print JSON: {e}"),
                }
            } else {
                print!("{}", text(&catalogue, &ds, &eq, &x));
            }
            i32::from(x.destinations.is_empty())
        }
    }
}

fn title(ds: &Dataset, id: &str) -> String {
    pathways_engine::route::render::title(ds, "en", id, true)
}

fn sector_name(s: Sector) -> &'static str {
    match s {
        Sector::Vet => "Vocational education and training",
        Sector::HigherEducation => "Higher education",
        Sector::AdultLearning => "Adult learning and validation",
        Sector::MicroCredential => "Micro-credentials",
    }
}

/// The exploration as a counsellor reads it: by EQF level (highest first), then sector,
/// each group in the requested order.
pub fn text(
    cat: &BTreeMap<String, String>,
    ds: &Dataset,
    eq: &ExploreQuery,
    x: &Exploration,
) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    for n in &x.notices {
        let _ = writeln!(o, "Note: {}", render(cat, ds, n));
    }
    let steps = eq
        .constraints
        .max_steps
        .unwrap_or(pathways_engine::route::DEFAULT_EXPLORE_STEPS);
    let _ = writeln!(
        o,
        "{} destination(s) within {steps} step(s){} (highest qualification held: {}); sorted by {}.",
        x.destinations.len(),
        if x.unfiltered != x.destinations.len() {
            format!(" ({} before the filter)", x.unfiltered)
        } else {
            String::new()
        },
        if x.current_eqf == 0 {
            "none".to_string()
        } else {
            format!("EQF {}", x.current_eqf)
        },
        eq.sort.map_or("EQF levels gained per year", |c| c.key()),
    );
    let mut groups: BTreeMap<(std::cmp::Reverse<u8>, Sector), Vec<&Destination>> = BTreeMap::new();
    for d in &x.destinations {
        groups
            .entry((std::cmp::Reverse(d.eqf.unwrap_or(0)), d.sector))
            .or_default()
            .push(d);
    }
    let mut level = None;
    for ((std::cmp::Reverse(eqf), sector), list) in &groups {
        if level != Some(*eqf) {
            let _ = writeln!(
                o,
                "\n{}",
                if *eqf == 0 {
                    "No EQF level".to_string()
                } else {
                    format!("EQF {eqf}")
                }
            );
            level = Some(*eqf);
        }
        let _ = writeln!(o, "  {} ({})", sector_name(*sector), list.len());
        for d in list {
            let (b, p) = (&d.binding, &d.possible);
            let via = if d.route.len() > 1 {
                let before: Vec<String> = d.route[..d.route.len() - 1]
                    .iter()
                    .map(|s| title(ds, s))
                    .collect();
                format!(", via {}", before.join(" → "))
            } else {
                String::new()
            };
            let _ = writeln!(
                o,
                "    - {} — {}, {}, {} ECTS recognised, {} step(s){via}{}{}",
                title(ds, &d.offer),
                if d.unknown_months {
                    format!("{} months + unknown", range(p.months, b.months, 1))
                } else {
                    format!("{} months", range(p.months, b.months, 1))
                },
                if d.unknown_cost {
                    format!("EUR {} + unknown", range(p.cost_eur, b.cost_eur, 0))
                } else {
                    format!("EUR {}", range(p.cost_eur, b.cost_eur, 0))
                },
                range(b.recognised_ects, p.recognised_ects, 0),
                d.route.len(),
                if d.routes > 1 {
                    format!(", {} routes", d.routes)
                } else {
                    String::new()
                },
                if d.open_now { ", open now" } else { "" },
            );
        }
    }
    if !x.what_if.is_empty() {
        let _ = writeln!(o, "\nWhat one change would open:");
        for w in &x.what_if {
            let shown: Vec<String> = w.opens.iter().take(3).map(|s| title(ds, s)).collect();
            let _ = writeln!(
                o,
                "  - {}: opens {} ({}{})",
                render(cat, ds, &w.change.msg()),
                w.opens.len(),
                shown.join("; "),
                if w.opens.len() > 3 { "; …" } else { "" }
            );
        }
    }
    o
}
