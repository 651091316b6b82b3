//! UI state that outlives a page: the plan (in the URL fragment, so it can be bookmarked and
//! shared) and the counsellor session (in localStorage, versioned). Pure functions only, so
//! they are unit-tested natively; `storage.rs` does the browser calls.

use crate::i18n::Lang;
use pathways_engine::route::{
    Basis, Change, Constraints, Criterion, ExploreQuery, Goal, Held, Preferences, Profile, Query,
    Work,
};
use pathways_engine::Cefr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything needed to reproduce a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PlanState {
    pub held: Vec<Held>,
    pub work_years: f64,
    pub work_field: String,
    pub goal: Option<String>,
    /// A credential as the goal ("a BTS", whoever awards it), when no offer is chosen.
    pub goal_credential: Option<String>,
    pub max_months: Option<f64>,
    pub budget: Option<f64>,
    pub countries: Vec<String>,
    pub avoid_individual: bool,
    pub rank_by: Option<Criterion>,
    /// How individual-assessment credit counts for ranking (engine default: binding).
    pub basis: Option<Basis>,
    pub chosen: Option<String>,
    pub lang: Option<Lang>,
    /// The explore view is shown even though a goal is set (a counsellor switched back).
    /// Without a goal it is always shown.
    pub explore: bool,
    /// Languages the learner speaks (ISO 639-1) and how well.
    pub languages: BTreeMap<String, Cefr>,
    /// Rank routes with a stay abroad first among equals.
    pub prefer_mobility: bool,
    /// Only offers with support for learners with fewer opportunities.
    pub needs_support: bool,
    /// A change the learner tries out ("+2 years of work"): applied to every query and
    /// shown as hypothetical until removed.
    pub what_if: Option<Change>,
}

impl PlanState {
    /// Explore is the view when asked for, or when there is no goal yet.
    pub fn shows_explore(&self) -> bool {
        self.explore || (self.goal.is_none() && self.goal_credential.is_none())
    }

    /// The learner has said something explore can start from.
    pub fn has_profile(&self) -> bool {
        !self.held.is_empty() || self.work_years > 0.0 || !self.languages.is_empty()
    }

    fn profile(&self) -> Profile {
        let mut work = Vec::new();
        if self.work_years > 0.0 {
            work.push(Work {
                years: self.work_years,
                field: (!self.work_field.trim().is_empty())
                    .then(|| self.work_field.trim().to_string()),
            });
        }
        let mut profile = Profile {
            held: self.held.clone(),
            work,
            languages: self.languages.clone(),
            ..Profile::default()
        };
        if let Some(c) = &self.what_if {
            c.apply(&mut profile);
        }
        profile
    }

    /// The explore question for this learner, once they have said what they hold.
    pub fn explore_query(&self, today: &str) -> Option<ExploreQuery> {
        if !self.has_profile() {
            return None;
        }
        let mut q = ExploreQuery::new(self.profile(), today);
        self.limits(&mut q.constraints, &mut q.preferences);
        self.ranking(&mut q.rank_by, &mut q.basis);
        Some(q)
    }

    pub fn query(&self, today: &str) -> Option<Query> {
        let goal = match (&self.goal, &self.goal_credential) {
            (Some(offer), _) => Goal::Offer {
                offer: offer.clone(),
            },
            (None, Some(credential)) => Goal::Credential {
                credential: credential.clone(),
            },
            (None, None) => return None,
        };
        let profile = self.profile();
        // The engine owns the defaults (criteria, k, the ranking criterion among them), so
        // the app and the CLI plan the same routes for the same learner.
        let mut q = Query::new(profile, goal, today);
        self.limits(&mut q.constraints, &mut q.preferences);
        self.ranking(&mut q.rank_by, &mut q.basis);
        Some(q)
    }

    /// How the learner ranks, the same for explore and for routes; what the learner left
    /// unset keeps the engine's default.
    fn ranking(&self, rank_by: &mut Criterion, basis: &mut Basis) {
        if let Some(r) = self.rank_by {
            *rank_by = r;
        }
        if let Some(b) = self.basis {
            *basis = b;
        }
    }

    /// The learner's limits and preferences, the same for explore and for routes.
    fn limits(&self, c: &mut Constraints, p: &mut Preferences) {
        c.max_months = self.max_months;
        c.budget_eur = self.budget;
        c.countries = self.countries.clone();
        p.avoid_individual = self.avoid_individual;
        p.prefer_mobility = self.prefer_mobility;
        p.needs_support = self.needs_support;
    }
}

const PLAN_PREFIX: &str = "#plan=";

/// `#plan=<percent-encoded JSON>`.
pub fn encode_plan(p: &PlanState) -> String {
    let json = serde_json::to_string(p).unwrap_or_default();
    format!("{PLAN_PREFIX}{}", percent_encode(&json))
}

/// A plan read from a link: what could be kept, and the fields that were dropped.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub plan: PlanState,
    pub dropped: Vec<String>,
}

/// The plan in a URL fragment. One bad field (a tampered or truncated link) drops only that
/// field: the held credentials, the goal and the rest stay, and `dropped` names what was
/// left out so the app can say so. `Err` only when nothing of the plan can be read.
pub fn decode_plan(hash: &str) -> Result<Option<Decoded>, String> {
    let Some(rest) = hash.strip_prefix(PLAN_PREFIX) else {
        return Ok(None);
    };
    let json = percent_decode(rest).ok_or("the plan in the link is not valid UTF-8")?;
    // Each field is tried on its own (as raw JSON text, no value tree: that would add a
    // second JSON model to the bundle), then the good ones are read together.
    let fields: BTreeMap<String, &serde_json::value::RawValue> = serde_json::from_str(&json)
        .map_err(|e| format!("the plan in the link could not be read: {e}"))?;
    let member = |k: &str, v: &serde_json::value::RawValue| {
        format!(
            "{}:{}",
            serde_json::to_string(k).unwrap_or_default(),
            v.get()
        )
    };
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for (k, v) in &fields {
        match serde_json::from_str::<PlanState>(&format!("{{{}}}", member(k, v))) {
            Ok(p) if plausible(&p) => kept.push(member(k, v)),
            // Field names only: a value may be a 309-digit number or worse.
            _ => dropped.push(k.chars().take(40).collect()),
        }
    }
    let plan = serde_json::from_str(&format!("{{{}}}", kept.join(","))).unwrap_or_default();
    Ok(Some(Decoded { plan, dropped }))
}

/// An ISO 639-1 code as the form writes it: two lower-case letters.
pub fn is_language_code(l: &str) -> bool {
    l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase())
}

/// Values a learner could have entered: what the form itself accepts.
fn plausible(p: &PlanState) -> bool {
    let within = |v: f64, max: f64| v.is_finite() && (0.0..=max).contains(&v);
    within(p.work_years, 60.0)
        && p.work_field.len() <= 4
        && p.work_field.bytes().all(|b| b.is_ascii_digit())
        && p.languages.keys().all(|l| is_language_code(l))
        && p.max_months.is_none_or(|m| within(m, 1200.0))
        && p.budget.is_none_or(|b| within(b, 1e9))
        && p.held
            .iter()
            .all(|h| h.grade.is_none_or(|g| within(g, 100.0)))
        && match &p.what_if {
            Some(Change::Work { more, .. }) => within(*more, 60.0),
            Some(Change::Grade { min, .. }) => within(*min, 100.0),
            Some(Change::Language { language, .. }) => is_language_code(language),
            _ => true,
        }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let h = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(h, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Counsellor session, stored in localStorage under [`SESSION_KEY`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Session {
    pub schema: u32,
    pub label: String,
    pub notes: String,
    /// Route id -> note.
    pub route_notes: BTreeMap<String, String>,
    pub pinned: Vec<String>,
    /// The counsellor view was on: a reload on the counsellor's machine reopens it (a
    /// learner opening the shared link has no session, and sees the learner view).
    pub counsellor: bool,
    /// Routes ticked for comparison.
    pub compare: Vec<String>,
    /// Checklist items ticked off, by their text.
    pub done: Vec<String>,
}

pub const SESSION_KEY: &str = "pathways:session";
pub const SESSION_SCHEMA: u32 = 1;

/// Reading a stored session: a newer schema or damaged JSON is not dropped; the caller keeps
/// the raw text aside and tells the user.
#[derive(Debug, PartialEq)]
pub enum Stored {
    Empty,
    Ok(Session),
    Unreadable(String),
}

/// Reads an exported session file with the checks a stored session gets: its schema must
/// be this app's, and its plan only holds what the form itself accepts.
pub fn read_export(text: &str) -> Result<(Session, PlanState), String> {
    #[derive(Deserialize)]
    struct Export {
        session: Session,
        plan: Box<serde_json::value::RawValue>,
    }
    let e: Export = serde_json::from_str(text).map_err(|e| format!("not a session file: {e}"))?;
    current_schema(&e.session)
        .map_err(|why| format!("the file is a session of {why}: it was made by another version"))?;
    let plan: PlanState = serde_json::from_str(e.plan.get())
        .map_err(|e| format!("its plan could not be read: {e}"))?;
    if !plausible(&plan) {
        return Err("its plan holds values the form does not accept (negative years, an impossible grade or budget)".into());
    }
    Ok((e.session, plan))
}

pub fn read_session(raw: Option<&str>) -> Stored {
    let Some(raw) = raw else {
        return Stored::Empty;
    };
    match serde_json::from_str::<Session>(raw) {
        Ok(s) => match current_schema(&s) {
            Ok(()) => Stored::Ok(s),
            Err(why) => Stored::Unreadable(why),
        },
        Err(e) => Stored::Unreadable(e.to_string()),
    }
}

/// Whether this app reads `s`'s schema; a session from another version is never loaded as
/// if it were this one's, whether it comes from storage or from a file.
fn current_schema(s: &Session) -> Result<(), String> {
    if s.schema == SESSION_SCHEMA {
        Ok(())
    } else {
        Err(format!(
            "schema {} (this app reads {SESSION_SCHEMA})",
            s.schema
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imported_session_gets_the_checks_a_stored_one_gets() {
        let ok = r#"{"session": {"schema": 1, "label": "L-1"}, "plan": {"work_years": 3}}"#;
        assert_eq!(
            read_export(ok).map(|(s, p)| (s.label, p.work_years)),
            Ok(("L-1".into(), 3.0))
        );
        let newer = r#"{"session": {"schema": 99, "label": "x"}, "plan": {}}"#;
        assert!(read_export(newer).is_err_and(|e| e.contains("schema 99")));
        let negative = r#"{"session": {"schema": 1}, "plan": {"work_years": -3}}"#;
        assert!(read_export(negative).is_err());
        assert!(read_export("[]").is_err());
    }

    #[test]
    fn a_damaged_link_keeps_its_valid_parts_and_names_the_rest() {
        let json = r#"{"held": [{"credential": "de-vet-0613", "grade": 80}], "goal": "de-bsc-0613",
            "rank_by": "bogus", "work_years": 1e308, "budget": -5, "countries": ["DE"],
            "work_field": "0é"}"#;
        let d = decode_plan(&format!("#plan={}", percent_encode(json)))
            .unwrap()
            .unwrap();
        assert_eq!(d.plan.held.len(), 1);
        assert_eq!(d.plan.goal.as_deref(), Some("de-bsc-0613"));
        assert_eq!(d.plan.countries, ["DE"]);
        assert_eq!(
            (d.plan.rank_by, d.plan.work_years, d.plan.budget),
            (None, 0.0, None)
        );
        let mut dropped = d.dropped.clone();
        pathways_engine::order::sort(&mut dropped);
        assert_eq!(dropped, ["budget", "rank_by", "work_field", "work_years"]);
    }

    #[test]
    fn the_app_asks_the_engine_the_cli_question() {
        // The same learner and goal give the same query as the CLI's (Query::new): the
        // engine's defaults, with only what the learner chose on top.
        let p = PlanState {
            goal: Some("de-bsc-0613".into()),
            rank_by: Some(Criterion::Cost),
            ..PlanState::default()
        };
        let q = p.query("2026-12-01").unwrap();
        let mut expected = Query::new(
            Profile::default(),
            Goal::Offer {
                offer: "de-bsc-0613".into(),
            },
            "2026-12-01",
        );
        expected.rank_by = Criterion::Cost;
        assert_eq!(q, expected);
        let c = PlanState {
            goal_credential: Some("fr-bts".into()),
            ..PlanState::default()
        };
        assert!(matches!(
            c.query("2026-12-01").map(|q| q.goal),
            Some(Goal::Credential { .. })
        ));
    }

    #[test]
    fn explore_is_the_front_door_and_a_destination_opens_its_routes() {
        let mut p = PlanState::default();
        assert!(p.shows_explore());
        assert_eq!(p.explore_query("2026-12-01"), None);
        p.start_from(&["fr-bts-0613"], 0.0, "");
        assert!(p.shows_explore());
        let q = p.explore_query("2026-12-01").unwrap();
        assert_eq!(q.profile.held[0].credential, "fr-bts-0613");
        p.chosen = Some("old".into());
        p.choose_destination("fr-lpro-0613");
        assert!(!p.shows_explore());
        assert_eq!(
            (p.goal.as_deref(), p.chosen.as_deref()),
            (Some("fr-lpro-0613"), None)
        );
        // Switching back keeps the goal; the link carries the view.
        p.explore = true;
        let d = decode_plan(&encode_plan(&p)).unwrap().unwrap();
        assert!(d.plan.shows_explore());
        assert_eq!(d.plan.goal.as_deref(), Some("fr-lpro-0613"));
    }

    #[test]
    fn a_what_if_is_applied_to_every_question_and_survives_the_link() {
        let mut p = PlanState::default();
        p.start_from(&["de-vet-0613"], 0.0, "");
        p.what_if = Some(Change::Work {
            field: None,
            more: 1.0,
        });
        let e = p.explore_query("2026-12-01").unwrap();
        assert_eq!(e.profile.work.len(), 1);
        p.choose_destination("de-techniker-0613");
        assert_eq!(p.query("2026-12-01").unwrap().profile.work[0].years, 1.0);
        let d = decode_plan(&encode_plan(&p)).unwrap().unwrap();
        assert_eq!(d.plan.what_if, p.what_if);
        // Starting from an example learner drops the assumption.
        p.start_from(&["fr-bts-0613"], 0.0, "");
        assert_eq!(p.what_if, None);
    }

    #[test]
    fn languages_and_preferences_reach_both_questions_and_the_link() {
        let mut p = PlanState::default();
        p.languages.insert("de".into(), Cefr::B2);
        assert!(
            p.has_profile(),
            "a language alone is something to explore from"
        );
        p.prefer_mobility = true;
        p.needs_support = true;
        let e = p.explore_query("2026-12-01").unwrap();
        assert_eq!(e.profile.languages.get("de"), Some(&Cefr::B2));
        assert!(e.preferences.prefer_mobility && e.preferences.needs_support);
        p.choose_destination("at-fhv-bsc-0613");
        let q = p.query("2026-12-01").unwrap();
        assert_eq!(q.profile.languages, e.profile.languages);
        assert_eq!(q.preferences, e.preferences);
        let d = decode_plan(&encode_plan(&p)).unwrap().unwrap();
        assert_eq!(d.plan, p);
        // A language code the form cannot produce is dropped from a link, the rest kept.
        let bad = r#"{"languages": {"deutsch": "B2"}, "work_years": 2}"#;
        let d = decode_plan(&format!("{PLAN_PREFIX}{}", percent_encode(bad)))
            .unwrap()
            .unwrap();
        assert_eq!(d.dropped, ["languages"]);
        assert_eq!(d.plan.work_years, 2.0);
    }

    #[test]
    fn plan_round_trips_through_the_url() {
        let p = PlanState {
            held: vec![Held {
                credential: "de-vet-0613".into(),
                grade: Some(80.0),
                completed: Some("2023-07-01".into()),
            }],
            work_years: 3.0,
            work_field: "0613".into(),
            goal: Some("de-bsc-0613".into()),
            countries: vec!["DE".into()],
            chosen: Some("a>b".into()),
            lang: Some(Lang::Fr),
            ..PlanState::default()
        };
        let h = encode_plan(&p);
        assert!(h.starts_with("#plan=%7B"));
        assert_eq!(
            decode_plan(&h),
            Ok(Some(Decoded {
                plan: p,
                dropped: vec![]
            }))
        );
        assert_eq!(decode_plan("#other"), Ok(None));
        assert!(decode_plan("#plan=%7Bnot-json").is_err());
        assert!(decode_plan("#plan=%5B1%5D").is_err());
        assert!(decode_plan("#plan=%FF%FE").is_err());
        assert!(decode_plan("#plan=%Z").is_err());
    }

    #[test]
    fn sessions_are_versioned_and_never_silently_dropped() {
        assert_eq!(read_session(None), Stored::Empty);
        let s = Session {
            schema: SESSION_SCHEMA,
            label: "L-17".into(),
            ..Session::default()
        };
        let raw = serde_json::to_string(&s).unwrap();
        assert_eq!(read_session(Some(&raw)), Stored::Ok(s));
        assert!(matches!(
            read_session(Some("{\"schema\": 9}")),
            Stored::Unreadable(_)
        ));
        assert!(matches!(read_session(Some("{oops")), Stored::Unreadable(_)));
    }

    #[test]
    fn the_view_comparison_and_ticks_survive_and_older_sessions_still_read() {
        let mut s = Session {
            schema: SESSION_SCHEMA,
            counsellor: true,
            compare: vec!["r1".into(), "r2".into()],
            ..Session::default()
        };
        s.done.push("Certificate of the HNC.".into());
        let raw = serde_json::to_string(&s).unwrap_or_default();
        assert_eq!(read_session(Some(&raw)), Stored::Ok(s));
        // A session stored before these fields existed reads, in the learner view.
        let old = format!(r#"{{"schema": {SESSION_SCHEMA}, "label": "L-1", "notes": "n"}}"#);
        let Stored::Ok(read) = read_session(Some(&old)) else {
            panic!("an older session must read");
        };
        assert!(!read.counsellor && read.compare.is_empty() && read.done.is_empty());
        assert_eq!(read.label, "L-1");
    }
}
