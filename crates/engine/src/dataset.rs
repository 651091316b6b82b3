//! A merged, indexed dataset: what the route search and the UI work on.
//!
//! Building a [`Dataset`] never fails: duplicates keep their first occurrence and dangling
//! references are simply unresolvable. Reporting those problems is the validator's job
//! (`validate`), which runs before a dataset replaces the one in use.

use crate::model::*;
use std::collections::HashMap;

/// Index of an offer in [`Dataset::offers`].
pub type Idx = u32;

/// A credential as the engine sees it: declared in `credentials`, or implied by the offer
/// that awards it (then it takes that offer's title, level and field).
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialInfo {
    pub id: String,
    pub title: LangMap,
    pub eqf: Option<u8>,
    pub field: Option<String>,
    /// Offers that award it.
    pub awarded_by: Vec<Idx>,
}

#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub providers: Vec<Provider>,
    pub offers: Vec<Offer>,
    pub rules: Vec<RecognitionRule>,
    pub credentials: Vec<CredentialInfo>,
    offer_ix: HashMap<String, Idx>,
    provider_ix: HashMap<String, usize>,
    credential_ix: HashMap<String, usize>,
    /// Rules by target offer.
    rules_to: Vec<Vec<usize>>,
}

impl Dataset {
    /// Merges files in order. The first definition of an id wins.
    pub fn from_files(files: impl IntoIterator<Item = DatasetFile>) -> Self {
        let mut ds = Dataset::default();
        let mut declared: Vec<Credential> = Vec::new();
        let mut seen_rules = std::collections::HashSet::new();
        let mut seen_creds = std::collections::HashSet::new();
        for f in files {
            for p in f.providers {
                if !ds.provider_ix.contains_key(&p.id) {
                    ds.provider_ix.insert(p.id.clone(), ds.providers.len());
                    ds.providers.push(p);
                }
            }
            for o in f.offers {
                if !ds.offer_ix.contains_key(&o.id) {
                    ds.offer_ix.insert(o.id.clone(), ds.offers.len() as Idx);
                    ds.offers.push(o);
                }
            }
            for r in f.rules {
                if seen_rules.insert(r.id.clone()) {
                    ds.rules.push(r);
                }
            }
            for c in f.credentials {
                if seen_creds.insert(c.id.clone()) {
                    declared.push(c);
                }
            }
        }
        for c in declared {
            ds.credential_ix.insert(c.id.clone(), ds.credentials.len());
            ds.credentials.push(CredentialInfo {
                id: c.id,
                title: c.title,
                eqf: c.eqf,
                field: c.field,
                awarded_by: Vec::new(),
            });
        }
        for (i, o) in ds.offers.iter().enumerate() {
            let ci = match ds.credential_ix.get(&o.awards) {
                Some(&ci) => ci,
                None => {
                    let ci = ds.credentials.len();
                    ds.credential_ix.insert(o.awards.clone(), ci);
                    ds.credentials.push(CredentialInfo {
                        id: o.awards.clone(),
                        title: o.title.clone(),
                        eqf: o.eqf,
                        field: o.field.clone(),
                        awarded_by: Vec::new(),
                    });
                    ci
                }
            };
            ds.credentials[ci].awarded_by.push(i as Idx);
        }
        ds.rules_to = vec![Vec::new(); ds.offers.len()];
        for (ri, r) in ds.rules.iter().enumerate() {
            if let Some(&t) = ds.offer_ix.get(&r.to) {
                ds.rules_to[t as usize].push(ri);
            }
        }
        ds
    }

    pub fn offer_index(&self, id: &str) -> Option<Idx> {
        self.offer_ix.get(id).copied()
    }

    pub fn offer(&self, id: &str) -> Option<&Offer> {
        self.offer_index(id).map(|i| &self.offers[i as usize])
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.provider_ix.get(id).map(|&i| &self.providers[i])
    }

    pub fn credential(&self, id: &str) -> Option<&CredentialInfo> {
        self.credential_ix.get(id).map(|&i| &self.credentials[i])
    }

    /// Index of a credential in [`Dataset::credentials`].
    pub fn credential_index(&self, id: &str) -> Option<usize> {
        self.credential_ix.get(id).copied()
    }

    /// Recognition rules whose target is offer `i`.
    pub fn rules_to(&self, i: Idx) -> impl Iterator<Item = &RecognitionRule> {
        self.rules_to
            .get(i as usize)
            .into_iter()
            .flatten()
            .map(move |&ri| &self.rules[ri])
    }

    /// Country of an offer, through its provider.
    pub fn offer_country(&self, o: &Offer) -> Option<&str> {
        self.provider(&o.provider)
            .and_then(|p| p.country.as_deref())
    }
}
