//! Readers for what CTDL and ELM both describe: a title, a description, credits, a
//! duration, delivery modes and languages. The formats name and nest them differently;
//! what an absent or unreadable value becomes, and that it is reported, is decided here
//! once, so both importers fill an offer the same way.

use super::ctx::{Ctx, On};
use super::jsonld::{lang_map, round3};
use super::Reason;
use crate::model::{Certainty, Credits, LangMap, Mode, Offer, OfferKind, Source, Support};
use crate::route::Msg;
use serde_json::Value;

/// A language-map text (`en` when untagged), or nothing.
pub(crate) fn text(v: Option<&Value>) -> LangMap {
    v.map(|x| lang_map(x, "en").0).unwrap_or_default()
}

/// The title, or the id standing in for it: an offer without a title cannot be shown,
/// so the id is used and the gap reported under `prop`.
pub(crate) fn title(on: On, v: Option<&Value>, id: &str, prop: &str) -> LangMap {
    let mut t = text(v);
    if t.is_empty() {
        on.add(Reason::NoTitle, prop, Msg::new("import.no_title"));
        t.insert("en".into(), id.to_string());
    }
    t
}

/// What a record opens with in both formats and every offer shows first: its title and
/// description.
#[derive(Default)]
pub(crate) struct Head {
    pub title: LangMap,
    pub description: LangMap,
}

impl Head {
    /// The title (see [`title`]: the id when there is none, reported under `prop`) and
    /// the description, which may be absent.
    pub(crate) fn read(
        on: On,
        id: &str,
        title_v: Option<&Value>,
        description_v: Option<&Value>,
        prop: &str,
    ) -> Head {
        Head {
            title: title(on, title_v, id, prop),
            description: text(description_v),
        }
    }
}

/// Credits in `system` at `ects_per_unit`. ECTS carries no rate; any other system keeps
/// its rate rounded as the dataset stores it.
pub(crate) fn credits(value: f64, system: &str, ects_per_unit: f64) -> Credits {
    Credits {
        value,
        system: system.into(),
        ects_per_unit: (system != "ects").then(|| round3(ects_per_unit)),
    }
}

/// No readable duration: the offer's length is unknown, which the plan says, instead of
/// a made-up length.
pub(crate) fn no_duration(on: On, prop: &str) {
    on.add(
        Reason::DurationUnknown,
        prop,
        Msg::new("import.duration_unknown"),
    );
}

/// The delivery modes read, or full time when none is: the common case, reported under
/// `prop`.
pub(crate) fn modes_or_full_time(on: On, mut modes: Vec<Mode>, prop: &str) -> Vec<Mode> {
    if modes.is_empty() {
        on.add(Reason::ModeAssumed, prop, Msg::new("import.mode_assumed"));
        modes.push(Mode::FullTime);
    }
    modes
}

/// Languages in order of first mention, each once. `found` gives each as read: its ISO
/// 639-1 code if it is a language, its path, and how it was written. One that is not a
/// language is reported under `prop` with the message key `why` (`value`: as written),
/// since the learner filters by language.
pub(crate) fn languages(
    cx: &mut Ctx,
    ty: &str,
    prop: &str,
    found: impl IntoIterator<Item = (Option<String>, String, String)>,
    why: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    for (code, path, written) in found {
        match code {
            Some(l) if !out.contains(&l) => out.push(l),
            Some(_) => {}
            None => cx.at(&path, ty).add(
                Reason::LanguageUnmapped,
                prop,
                Msg::new(why).arg("value", written),
            ),
        }
    }
    out
}

/// An offer as both importers start it, before what the record says beyond its `head` is
/// filled in: it awards a credential of its own id, is taken full time unless the record
/// says otherwise, and cites the record it came from (`reference`, and its address when it
/// has one).
pub(crate) fn offer(id: &str, head: Head, reference: String, url: Option<String>) -> Offer {
    Offer {
        id: id.to_string(),
        title: head.title,
        description: head.description,
        kind: OfferKind::AdultCourse,
        provider: String::new(),
        eqf: None,
        national_level: None,
        credits: None,
        duration_months: None,
        weekly_hours: None,
        modes: vec![Mode::FullTime],
        languages: Vec::new(),
        cost: None,
        field: None,
        esco: Vec::new(),
        starts: Vec::new(),
        support: Support::default(),
        awards: id.to_string(),
        entry: None,
        years: None,
        modules: Vec::new(),
        completion: None,
        credit_cap: None,
        parallel: false,
        micro: None,
        url: None,
        note: LangMap::new(),
        unknown_reason: LangMap::new(),
        source: Some(Source {
            quote: None,
            legal_basis: None,
            reference,
            url,
            certainty: Certainty::Real,
            retrieved: None,
        }),
    }
}
