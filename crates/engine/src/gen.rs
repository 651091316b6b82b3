//! Synthetic datasets with a realistic shape, deterministic per seed, for tests and
//! benchmarks (`pathways gen --offers N --seed S`).
//!
//! Shape: ten countries with providers in real NUTS regions; offers in real ISCED-F fields at
//! the levels real systems have (VET at EQF 3–5, short-cycle 5, bachelor 6, master 7,
//! micro-credentials 4–7, validation procedures, adult courses); AND/OR entry trees over
//! credentials of lower-level offers in the same field, level leaves and work experience;
//! about 5–15 incoming recognition rules per higher-education offer, with caps, overlap
//! groups, individual assessment, advanced entry and module exemptions. Offers only refer to
//! offers generated before them, so every generated dataset checks clean.

use crate::model::*;

/// SplitMix64: tiny, fast and good enough for test data; no dependency needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

const COUNTRIES: [(&str, &str, &str, &[&str]); 10] = [
    ("DE", "de", "EUR", &["DE1", "DE2", "DEA", "DE3"]),
    ("AT", "de", "EUR", &["AT1", "AT2", "AT3"]),
    ("FR", "fr", "EUR", &["FR1", "FRK", "FRL"]),
    ("NL", "nl", "EUR", &["NL3", "NL2", "NL4"]),
    ("BE", "nl", "EUR", &["BE2", "BE1"]),
    ("IT", "it", "EUR", &["ITC", "ITH", "ITI"]),
    ("ES", "es", "EUR", &["ES5", "ES3", "ES6"]),
    ("FI", "fi", "EUR", &["FI1"]),
    ("IE", "en", "EUR", &["IE0"]),
    ("UK", "en", "GBP", &["UKM"]),
];

const FIELDS: [&str; 12] = [
    "0613", "0612", "0413", "0411", "0913", "0922", "0715", "0714", "0732", "1013", "0311", "0531",
];

#[derive(Clone, Copy, PartialEq)]
enum Tier {
    Vet3,
    Vet4,
    Vet5,
    Short,
    Bachelor,
    Master,
    Micro,
    Validation,
    Adult,
}

fn tier_for(r: &mut Rng) -> Tier {
    match r.below(100) {
        0..=4 => Tier::Vet3,
        5..=24 => Tier::Vet4,
        25..=31 => Tier::Vet5,
        32..=41 => Tier::Short,
        42..=61 => Tier::Bachelor,
        62..=76 => Tier::Master,
        77..=90 => Tier::Micro,
        91..=95 => Tier::Validation,
        _ => Tier::Adult,
    }
}

fn lm(s: String) -> LangMap {
    [("en".to_string(), s)].into()
}

/// Generates `offers` offers (and their providers, credentials and rules) from `seed`.
pub fn generate(offers: usize, seed: u64) -> DatasetFile {
    let mut r = Rng(seed ^ 0x05EE_D0F9_A7B5_u64);
    let n_prov = (offers / 40).max(COUNTRIES.len());
    let providers: Vec<Provider> = (0..n_prov)
        .map(|i| {
            let (c, _, _, nuts) = COUNTRIES[i % COUNTRIES.len()];
            Provider {
                id: format!("p{i}"),
                name: lm(format!("Provider {i}")),
                country: Some(c.to_string()),
                nuts: Some(nuts[r.below(nuts.len())].to_string()),
                url: None,
            }
        })
        .collect();
    let credentials = vec![Credential {
        id: "school-leaving".into(),
        title: lm("Upper secondary school-leaving certificate".into()),
        eqf: Some(4),
        field: None,
        country: None,
    }];
    // Generate lower tiers first so references point backwards (and entry trees resolve).
    let mut tiers: Vec<Tier> = (0..offers).map(|_| tier_for(&mut r)).collect();
    let rank = |t: &Tier| match t {
        Tier::Vet3 | Tier::Vet4 | Tier::Validation | Tier::Adult | Tier::Micro => 0,
        Tier::Vet5 | Tier::Short => 1,
        Tier::Bachelor => 2,
        Tier::Master => 3,
    };
    tiers.sort_by_key(rank);
    // Per field: indices of offers by tier group, for picking related earlier offers.
    let mut by_field: Vec<[Vec<usize>; 4]> =
        (0..FIELDS.len()).map(|_| Default::default()).collect();
    let mut out: Vec<Offer> = Vec::with_capacity(offers);
    let mut rules: Vec<RecognitionRule> = Vec::new();
    for (i, tier) in tiers.into_iter().enumerate() {
        let fi = r.below(FIELDS.len());
        let field = FIELDS[fi];
        let p = r.below(n_prov);
        let (_, lang, cur, _) = COUNTRIES[p % COUNTRIES.len()];
        let (kind, eqf, ects, months, years) = match tier {
            Tier::Vet3 => (OfferKind::VetQualification, 3, None, 24.0, None),
            Tier::Vet4 => (
                if r.chance(0.5) {
                    OfferKind::Apprenticeship
                } else {
                    OfferKind::VetQualification
                },
                4,
                None,
                36.0,
                None,
            ),
            Tier::Vet5 => (OfferKind::VetQualification, 5, Some(120.0), 24.0, Some(2)),
            Tier::Short => (OfferKind::ShortCycleHe, 5, Some(120.0), 24.0, Some(2)),
            Tier::Bachelor => {
                let y = if r.chance(0.5) { 3 } else { 4 };
                (
                    OfferKind::Bachelor,
                    6,
                    Some(60.0 * f64::from(y)),
                    12.0 * f64::from(y),
                    Some(y),
                )
            }
            Tier::Master => (OfferKind::Master, 7, Some(120.0), 24.0, Some(2)),
            Tier::Micro => (
                OfferKind::MicroCredential,
                4 + r.below(4) as u8,
                Some((3 + r.below(13)) as f64),
                3.0,
                None,
            ),
            Tier::Validation => (OfferKind::ValidationProcedure, 4, None, 4.0, None),
            Tier::Adult => (OfferKind::AdultCourse, 4, None, 12.0, None),
        };
        let group = match tier {
            Tier::Vet3 | Tier::Vet4 | Tier::Validation | Tier::Adult => 0,
            Tier::Vet5 | Tier::Short => 1,
            Tier::Bachelor => 2,
            Tier::Master => 3,
            Tier::Micro => 0,
        };
        let pick = |r: &mut Rng, g: usize| -> Option<usize> {
            let v = &by_field[fi][g];
            (!v.is_empty()).then(|| v[v.len() - 1 - r.below(v.len().min(50))])
        };
        let entry = match tier {
            Tier::Vet3 | Tier::Vet4 | Tier::Adult | Tier::Micro => None,
            Tier::Validation => Some(Condition::WorkExperience {
                years: 2.0,
                field: Some(field[..2].to_string()),
            }),
            Tier::Vet5 | Tier::Short => {
                let mut any = vec![
                    Condition::Credential {
                        credential: "school-leaving".into(),
                        min_grade: None,
                    },
                    Condition::Level {
                        country: None,
                        min_eqf: 4,
                        field: Some(field[..2].to_string()),
                    },
                ];
                if let Some(j) = pick(&mut r, 0) {
                    any.push(Condition::Credential {
                        credential: out[j].awards.clone(),
                        min_grade: None,
                    });
                }
                Some(Condition::AnyOf { any })
            }
            Tier::Bachelor => {
                let mut any = vec![
                    Condition::Credential {
                        credential: "school-leaving".into(),
                        min_grade: None,
                    },
                    Condition::AllOf {
                        all: vec![
                            Condition::Level {
                                country: None,
                                min_eqf: 4,
                                field: Some(field[..2].to_string()),
                            },
                            Condition::WorkExperience {
                                years: 3.0,
                                field: Some(field[..2].to_string()),
                            },
                        ],
                    },
                ];
                if let Some(j) = pick(&mut r, 1) {
                    any.push(Condition::Credential {
                        credential: out[j].awards.clone(),
                        min_grade: None,
                    });
                }
                Some(Condition::AnyOf { any })
            }
            Tier::Master => {
                let mut any = vec![Condition::Level {
                    country: None,
                    min_eqf: 6,
                    field: Some(field[..2].to_string()),
                }];
                if r.chance(0.3) {
                    any.push(Condition::AllOf {
                        all: vec![
                            Condition::Level {
                                country: None,
                                min_eqf: 6,
                                field: None,
                            },
                            Condition::Language {
                                language: "en".into(),
                                min: Cefr::B2,
                            },
                        ],
                    });
                }
                Some(Condition::AnyOf { any })
            }
        };
        let id = format!("g{i}");
        let modules = if let Some(e) = ects.filter(|e| *e >= 60.0) {
            (0..3)
                .map(|m| Module {
                    year: None,
                    credential: None,
                    requires: None,
                    id: format!("m{m}"),
                    title: lm(format!("Module {m}")),
                    credits: (e / 12.0).floor(),
                })
                .collect()
        } else {
            Vec::new()
        };
        let offer = Offer {
            credit_cap: None,
            completion: None,
            unknown_reason: Default::default(),
            id: id.clone(),
            title: [
                ("en".to_string(), format!("{kind:?} {field} #{i}")),
                (lang.to_string(), format!("{kind:?} {field} Nr. {i}")),
            ]
            .into(),
            description: LangMap::new(),
            kind,
            provider: format!("p{p}"),
            eqf: Some(eqf),
            national_level: None,
            credits: ects.map(|value| Credits {
                value,
                system: "ects".into(),
                ects_per_unit: None,
            }),
            duration_months: Some(months),
            weekly_hours: None,
            modes: if kind == OfferKind::MicroCredential {
                vec![Mode::Online, Mode::PartTime]
            } else if r.chance(0.3) {
                vec![Mode::FullTime, Mode::PartTime]
            } else {
                vec![Mode::FullTime]
            },
            languages: vec![lang.to_string()],
            cost: Some(Cost {
                academic_year: None,
                amount: (r.below(40) * 100) as f64,
                currency: cur.to_string(),
            }),
            field: Some(field.to_string()),
            esco: Vec::new(),
            starts: vec!["--09-01".into()],
            support: Support {
                fewer_opportunities: r.chance(0.2),
                mobility: r.chance(0.2),
            },
            awards: format!("c{i}"),
            entry,
            years,
            modules,
            parallel: kind == OfferKind::MicroCredential,
            micro: (kind == OfferKind::MicroCredential).then(|| MicroCredentialInfo {
                assessment: "project".into(),
                quality_assurance: "institutional QA".into(),
                learning_outcomes: LangMap::new(),
                stacks_into: Vec::new(),
            }),
            url: None,
            note: LangMap::new(),
            source: Some(Source {
                quote: None,
                legal_basis: None,
                reference: "synthetic".into(),
                url: None,
                certainty: Certainty::Illustrative,
                retrieved: None,
            }),
        };
        // Incoming recognition rules for higher-education offers.
        if group >= 1 {
            let total = offer.ects();
            let n_rules = 5 + r.below(11);
            for k in 0..n_rules {
                let src_group = r.below(group);
                let Some(j) = pick(&mut r, src_group).or_else(|| pick(&mut r, 0)) else {
                    continue;
                };
                let from = vec![out[j].awards.clone()];
                let grant = match r.below(10) {
                    0 if years.is_some_and(|y| y >= 2) => Grant::AdvancedEntry { year: 2 },
                    1 if !offer.modules.is_empty() => Grant::Exemption {
                        modules: vec![format!("m{}", r.below(3))],
                    },
                    _ => Grant::Credits {
                        ects: ((r.below(6) + 1) as f64 * 5.0).min(total),
                    },
                };
                rules.push(RecognitionRule {
                    origin: None,
                    id: format!("r{i}-{k}"),
                    from,
                    to: id.clone(),
                    grant,
                    conditions: RuleConditions::default(),
                    cap: r.chance(0.4).then_some(0.5),
                    overlap_group: r.chance(0.3).then(|| format!("grp{}", r.below(3))),
                    valid_from: None,
                    valid_until: None,
                    kind: match r.below(3) {
                        0 => RecognitionKind::Automatic,
                        1 => RecognitionKind::Articulation,
                        _ => RecognitionKind::Individual,
                    },
                    issuer: format!("Provider {p}"),
                    source: Source {
                        quote: None,
                        legal_basis: None,
                        reference: format!("synthetic agreement {i}-{k}"),
                        url: None,
                        certainty: Certainty::Illustrative,
                        retrieved: None,
                    },
                    note: LangMap::new(),
                    documents: Vec::new(),
                    deadline: None,
                });
            }
        }
        by_field[fi][group].push(i);
        out.push(offer);
    }
    DatasetFile {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        meta: Some(Meta {
            title: lm(format!("Synthetic dataset: {offers} offers, seed {seed}")),
            publisher: Some("pathways gen".into()),
            license: None,
            retrieved: None,
        }),
        providers,
        credentials,
        offers: out,
        rules,
    }
}
