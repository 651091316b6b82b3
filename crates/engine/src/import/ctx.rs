//! The mapping state both importers write into, and the report helper that knows where
//! an entry belongs.

use super::jsonld::{self, key_path, Obj};
use super::{MappingReport, Reason, Target};
use crate::model::*;
use crate::route::Msg;
use std::collections::{HashMap, HashSet};

/// Mapping state shared by both importers.
#[derive(Default)]
pub(crate) struct Ctx {
    pub file: String,
    pub report: MappingReport,
    pub providers: Vec<Provider>,
    pub credentials: Vec<Credential>,
    pub offers: Vec<Offer>,
    pub rules: Vec<RecognitionRule>,
    pub goals: Vec<String>,
    pub offer_ids: HashSet<String>,
    pub cred_ids: HashSet<String>,
    pub provider_ids: HashSet<String>,
    pub rule_ids: HashSet<String>,
    /// Rule id → (input name, JSON path) of the node it came from, so reports written after
    /// every file is read still point at the right place.
    pub rule_origin: HashMap<String, (String, String)>,
}

impl Ctx {
    /// Report entries about the object `o`, at its path and of its type.
    pub fn on<'a>(&'a mut self, o: &'a Obj) -> On<'a> {
        self.at(&o.path, &o.ty)
    }

    /// Report entries about a node of type `ty` at `path` that is not read as an `Obj`.
    pub fn at<'a>(&'a mut self, path: &'a str, ty: &'a str) -> On<'a> {
        On { cx: self, path, ty }
    }

    /// Reports every property of `o` that was not read.
    pub fn leftover(&mut self, o: &Obj) {
        for k in o.leftover() {
            let msg = Msg::new("import.unmapped_property")
                .arg("property", k)
                .arg("type", &o.ty);
            self.on(o).prop(Reason::UnmappedProperty, k, msg);
        }
    }

    /// Adds an offer mapped from a node of type `ty`. Its id is taken from then on, so a
    /// later node with the same id is reported as a duplicate.
    pub fn add_offer(&mut self, ty: &str, offer: Offer) {
        self.offer_ids.insert(offer.id.clone());
        self.offers.push(offer);
        self.report.became(ty, Target::Offer);
    }

    /// Declares a credential (idempotent).
    pub fn declare_credential(&mut self, id: &str, title: LangMap) {
        if self.offer_ids.contains(id) || !self.cred_ids.insert(id.to_string()) {
            return;
        }
        self.credentials.push(Credential {
            id: id.to_string(),
            title,
            eqf: None,
            field: None,
            country: None,
        });
    }

    /// A credential id for a reference that no input node defines: a placeholder
    /// credential with the URI as id and title, reported.
    pub fn placeholder_credential(
        &mut self,
        uri: &str,
        path: &str,
        ty: &str,
        prop: &str,
    ) -> String {
        let id = jsonld::id_from_uri(uri);
        if !self.cred_ids.contains(&id) && !self.offer_ids.contains(&id) {
            self.declare_credential(&id, LangMap::from([("en".into(), uri.to_string())]));
            self.at(path, ty).add(
                Reason::DanglingReference,
                prop,
                Msg::new("import.dangling_reference")
                    .arg("uri", uri)
                    .arg("node", &id),
            );
        }
        id
    }

    /// A placeholder provider for an organisation not in the input.
    pub fn placeholder_provider(
        &mut self,
        uri: Option<&str>,
        country: Option<String>,
        path: &str,
        ty: &str,
    ) -> String {
        let id = match uri {
            Some(u) => jsonld::id_from_uri(u),
            None => "unknown-provider".to_string(),
        };
        if self.provider_ids.insert(id.clone()) {
            if country.is_none() {
                self.at(path, ty).add(
                    Reason::CountryUnknown,
                    "",
                    Msg::new("import.country_unknown.provider").arg("node", &id),
                );
            }
            let c = country;
            let name = match uri {
                Some(u) => format!("Unknown provider ({u})"),
                None => "Unknown provider".to_string(),
            };
            self.providers.push(Provider {
                id: id.clone(),
                name: LangMap::from([("en".into(), name)]),
                country: c,
                nuts: None,
                url: uri
                    .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
                    .map(str::to_string),
            });
            self.at(path, ty).add(
                Reason::UnknownProvider,
                "",
                match uri {
                    Some(u) => Msg::new("import.unknown_provider").arg("uri", u),
                    None => Msg::new("import.unknown_provider.none"),
                }
                .arg("node", &id),
            );
        }
        id
    }

    /// Clamps recognised credits to their targets and drops rules that cannot stand, after
    /// every offer is known.
    pub fn finish_rules(&mut self) {
        let rules = std::mem::take(&mut self.rules);
        for mut r in rules {
            let Some(t) = self.offers.iter().find(|o| o.id == r.to) else {
                continue;
            };
            let (t_ects, t_years) = (t.ects(), t.years);
            let (file, path) = self
                .rule_origin
                .get(&r.id)
                .cloned()
                .unwrap_or_else(|| (self.file.clone(), r.source.reference.clone()));
            let mut keep = true;
            match &mut r.grant {
                Grant::Credits { ects } if *ects > t_ects + 1e-9 => {
                    self.report.add(
                        Reason::CreditsClamped,
                        &file,
                        &path,
                        "ceterms:TransferValueProfile",
                        "",
                        Msg::new("import.credits_clamped")
                            .arg("rule", &r.id)
                            .arg("ects", *ects)
                            .arg("target", &r.to)
                            .arg("total_ects", t_ects),
                    );
                    *ects = t_ects;
                    keep = t_ects > 0.0;
                }
                Grant::AdvancedEntry { year }
                    if !t_years.is_some_and(|y| *year >= 2 && *year <= y) =>
                {
                    self.report.add(
                        Reason::AdvancedEntryAssumed,
                        &file,
                        &path,
                        "ceterms:ConditionProfile",
                        "",
                        Msg::new("import.advanced_entry_assumed.no_years").arg("target", &r.to),
                    );
                    keep = false;
                }
                _ => {}
            }
            if keep {
                self.rules.push(r);
            }
        }
    }
}

/// Appends a text to a note, per language.
pub(crate) fn note_push(note: &mut LangMap, text: &LangMap) {
    for (l, t) in text {
        let e = note.text_mut(l.clone());
        if !e.is_empty() {
            e.push('\n');
        }
        e.push_str(t);
    }
}

/// Report entries about one object: its JSON path and node type are given once, so a
/// call names only the reason, the property and the message.
pub(crate) struct On<'a> {
    cx: &'a mut Ctx,
    path: &'a str,
    ty: &'a str,
}

impl On<'_> {
    /// An entry at the object's own path; `prop` names the property it concerns, or is empty.
    pub fn add(self, reason: Reason, prop: &str, msg: Msg) {
        let path = self.path;
        self.item(reason, path, prop, msg);
    }

    /// An entry about the property `prop`, at the path of that property.
    pub fn prop(self, reason: Reason, prop: &str, msg: Msg) {
        let path = key_path(self.path, prop);
        self.item(reason, &path, prop, msg);
    }

    /// An entry about one value inside the object (an array item, a nested profile), at
    /// `path`.
    pub fn item(self, reason: Reason, path: &str, prop: &str, msg: Msg) {
        let cx = self.cx;
        cx.report.add(reason, &cx.file, path, self.ty, prop, msg);
    }
}
