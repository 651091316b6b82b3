//! Hand-written CTDL/ELM fixtures: every mapping row and report reason, exact values.
//!
//! One file of some 600 lines: it is the mapping table of IMPORT.md as tests, row by row,
//! read against the same few fixtures; each file under `tests/` is a crate of its own.

use pathways_engine::import::{import, Format, ImportError, ImportOutput, Level, Reason};
use pathways_engine::model::*;
use pathways_engine::Completion;
use std::collections::HashSet;

fn fixture(rel: &str) -> (String, String) {
    let p = format!("{}/../../tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"));
    let t = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
    (rel.to_string(), t)
}

fn run(rel: &str) -> ImportOutput {
    import(&[fixture(rel)], Format::Auto).expect("imports")
}

fn offer<'a>(o: &'a ImportOutput, id: &str) -> &'a Offer {
    o.dataset
        .offers
        .iter()
        .find(|x| x.id == id)
        .unwrap_or_else(|| panic!("no offer {id}"))
}

fn has(o: &ImportOutput, r: Reason, path_part: &str) -> bool {
    o.report
        .with_reason(r)
        .iter()
        .any(|e| e.path.contains(path_part))
}

/// The validity properties the validator checks, asserted here until it is merged.
pub fn assert_valid(ds: &DatasetFile) {
    let mut seen = HashSet::new();
    for p in &ds.providers {
        assert!(seen.insert(("p", p.id.clone())), "dup provider {}", p.id);
        assert!(p.country.as_ref().is_none_or(|c| c.len() == 2));
    }
    for c in &ds.credentials {
        assert!(seen.insert(("c", c.id.clone())), "dup credential {}", c.id);
    }
    let creds: HashSet<&str> = ds
        .credentials
        .iter()
        .map(|c| c.id.as_str())
        .chain(ds.offers.iter().map(|o| o.awards.as_str()))
        .collect();
    fn leaves<'a>(c: &'a Condition, out: &mut Vec<&'a Condition>) {
        match c {
            Condition::AllOf { all: v } | Condition::AnyOf { any: v } => {
                v.iter().for_each(|x| leaves(x, out))
            }
            Condition::AtLeast { n, of } => {
                assert!(*n >= 1 && (*n as usize) <= of.len());
                of.iter().for_each(|x| leaves(x, out))
            }
            x => out.push(x),
        }
    }
    for o in &ds.offers {
        assert!(seen.insert(("o", o.id.clone())), "dup offer {}", o.id);
        assert!(
            ds.providers.iter().any(|p| p.id == o.provider),
            "provider of {}",
            o.id
        );
        assert!(!o.modes.is_empty());
        assert!(!o.title.is_empty());
        assert!(o
            .languages
            .iter()
            .chain(o.title.keys())
            .all(|l| l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase())));
        assert!(o.cost.as_ref().is_none_or(|c| c.currency.len() == 3
            && c.currency.chars().all(|c| c.is_ascii_uppercase())
            && c.amount >= 0.0));
        assert!(o.eqf.is_none_or(|l| (1..=8).contains(&l)));
        assert!(o
            .field
            .as_ref()
            .is_none_or(|f| (2..=4).contains(&f.len()) && f.chars().all(|c| c.is_ascii_digit())));
        assert!(o.duration_months.is_none_or(|d| d >= 0.0));
        if let Some(c) = &o.credits {
            assert!(c.system == "ects" || c.ects_per_unit.is_some());
        }
        if let Some(e) = &o.entry {
            let mut l = Vec::new();
            leaves(e, &mut l);
            for x in l {
                if let Condition::Credential { credential, .. } = x {
                    assert!(creds.contains(credential.as_str()), "dangling {credential}");
                }
            }
        }
    }
    for r in &ds.rules {
        assert!(seen.insert(("r", r.id.clone())), "dup rule {}", r.id);
        let t = ds
            .offers
            .iter()
            .find(|o| o.id == r.to)
            .expect("rule target");
        assert!(!r.from.is_empty() && r.from.iter().all(|f| creds.contains(f.as_str())));
        assert!(!r.source.reference.is_empty() && !r.issuer.is_empty());
        if let Grant::Credits { ects } = r.grant {
            assert!(ects <= t.ects() + 1e-9);
        }
        if let Grant::AdvancedEntry { year } = r.grant {
            assert!(t.years.is_some_and(|y| year >= 2 && year <= y));
        }
        assert!(r.cap.is_none_or(|c| c > 0.0 && c <= 1.0));
    }
}

#[test]
fn ctdl_graph_document() {
    let o = run("ctdl/graph.json");
    assert_valid(&o.dataset);
    assert_eq!(o.report.detected[0].format, "ctdl");
    let b = offer(&o, "ce-00000000-0000-0000-0000-000000000001");
    assert_eq!(
        b.title.get("en").map(String::as_str),
        Some("BSc Informatics")
    );
    assert_eq!(
        b.title.get("de").map(String::as_str),
        Some("BSc Informatik")
    );
    assert_eq!(b.kind, OfferKind::Bachelor);
    assert_eq!(b.eqf, Some(6));
    assert_eq!(b.provider, "ce-00000000-0000-0000-0000-00000000000a");
    assert_eq!(
        b.credits,
        Some(Credits {
            value: 90.0,
            system: "us_semester_hour".into(),
            ects_per_unit: Some(2.0)
        })
    );
    assert_eq!(b.duration_months, Some(36.0));
    assert_eq!(b.years, Some(3));
    assert_eq!(
        b.cost,
        Some(Cost {
            academic_year: None,
            amount: 1500.0,
            currency: "EUR".into()
        })
    );
    assert_eq!(b.languages, vec!["de", "en"]);
    assert_eq!(b.modes, vec![Mode::Blended]);
    // Items of one profile are AND; alternatives are OR.
    assert_eq!(
        b.entry,
        Some(Condition::AllOf {
            all: vec![
                Condition::WorkExperience {
                    years: 2.0,
                    field: None
                },
                Condition::AnyOf {
                    any: vec![
                        Condition::Credential {
                            credential: "example.org-abitur".into(),
                            min_grade: None
                        },
                        Condition::Credential {
                            credential: "ce-00000000-0000-0000-0000-000000000002".into(),
                            min_grade: None
                        },
                    ]
                }
            ]
        })
    );
    let note = b.note.get("en").cloned().unwrap_or_default();
    assert!(note.contains("Admission: Minimum age: 18"), "{note}");
    assert!(note.contains("Admission: Motivation letter"), "{note}");
    // The provider from the graph, with its country; names in two languages.
    let p = &o
        .dataset
        .providers
        .iter()
        .find(|p| p.id == "ce-00000000-0000-0000-0000-00000000000a")
        .expect("provider");
    assert_eq!(p.country.as_deref(), Some("DE"));
    assert_eq!(p.name.len(), 2);
    // A placeholder credential for the dangling reference.
    assert!(o
        .dataset
        .credentials
        .iter()
        .any(|c| c.id == "example.org-abitur"
            && c.title.get("en").map(String::as_str) == Some("https://example.org/abitur")));
    // Plain-string name, @id-object reference with different CTID case, ECTS by description.
    let f = offer(&o, "ce-00000000-0000-0000-0000-000000000002");
    assert_eq!(
        f.title.get("en").map(String::as_str),
        Some("Foundation year")
    );
    assert_eq!(f.provider, "ce-00000000-0000-0000-0000-00000000000a");
    assert_eq!(
        f.credits,
        Some(Credits {
            value: 60.0,
            system: "ects".into(),
            ects_per_unit: None
        })
    );
    assert_eq!(f.kind, OfferKind::AdultCourse);
    // Transfer value → rule; advanced standing → year-2 entry.
    let r = o
        .dataset
        .rules
        .iter()
        .find(|r| r.id == "ce-00000000-0000-0000-0000-0000000000f1")
        .expect("tvp rule");
    assert_eq!(r.from, vec!["ce-00000000-0000-0000-0000-000000000002"]);
    assert_eq!(r.to, "ce-00000000-0000-0000-0000-000000000001");
    assert_eq!(r.grant, Grant::Credits { ects: 30.0 });
    assert_eq!(r.kind, RecognitionKind::Articulation);
    assert_eq!(r.valid_from.as_deref(), Some("2024-09-01"));
    assert_eq!(r.valid_until.as_deref(), Some("2027-08-31"));
    assert_eq!(
        r.source.reference,
        "ce-00000000-0000-0000-0000-0000000000f1"
    );
    assert_eq!(r.source.url.as_deref(), Some("https://example.org/tvp"));
    let adv = o
        .dataset
        .rules
        .iter()
        .find(|r| r.grant == Grant::AdvancedEntry { year: 2 })
        .expect("advanced");
    assert_eq!(adv.from, vec!["ce-00000000-0000-0000-0000-000000000002"]);
    // A node without id gets a path id; the unknown organisation a placeholder provider.
    let c = o
        .dataset
        .offers
        .iter()
        .find(|x| x.id.starts_with("gen-"))
        .expect("generated id");
    assert_eq!(c.kind, OfferKind::HeModule);
    assert!(c.duration_months.is_some_and(|d| d > 0.6 && d < 0.8));
    assert!(o
        .dataset
        .providers
        .iter()
        .any(|p| p.id == "example.org-org-unknown" && p.country.is_none()));
    // Report reasons with paths.
    assert!(has(
        &o,
        Reason::UnmappedProperty,
        "$.@graph[1]['ceterms:keyword']"
    ));
    assert!(has(&o, Reason::DanglingReference, "$.@graph[1]['ceterms:entryCondition'][0]['ceterms:alternativeCondition'][0]['ceterms:targetCredential'][0]"));
    assert!(has(
        &o,
        Reason::ConditionInexpressible,
        "['ceterms:minimumAge']"
    ));
    assert!(has(&o, Reason::ConditionText, "['ceterms:condition']"));
    assert!(has(
        &o,
        Reason::CreditUnitConverted,
        "$.@graph[1]['ceterms:creditValue'][0]"
    ));
    assert!(has(&o, Reason::MissingId, "$.@graph[3]"));
    assert!(has(&o, Reason::UnknownProvider, "$.@graph[3]"));
    assert!(has(&o, Reason::CountryUnknown, "$.@graph[3]"));
    assert!(has(&o, Reason::DurationApproximated, "$.@graph[3]"));
    assert!(has(&o, Reason::CostUnknown, "$.@graph[2]"));
    assert!(has(&o, Reason::ModeAssumed, "$.@graph[2]"));
    assert!(has(&o, Reason::UnsupportedType, "$.@graph[5]"));
    assert!(has(
        &o,
        Reason::AdvancedEntryAssumed,
        "advancedStandingFrom"
    ));
    assert!(has(&o, Reason::DateAdjusted, "endDate"));
    assert!(has(&o, Reason::KindAssumed, "$.@graph[2]"));
    assert_eq!(o.report.exit_code(), 1);
    assert_eq!(o.report.nodes_read.get("ceterms:BachelorDegree"), Some(&1));
}

#[test]
fn ctdl_pathway() {
    let o = run("ctdl/pathway.json");
    assert_valid(&o.dataset);
    // The pathway is the plannable offer; the destination is the credential it awards.
    assert_eq!(o.goals, vec!["ce-p0"]);
    let p = offer(&o, "ce-p0");
    assert_eq!(p.awards, "ce-cd");
    assert!(o.dataset.credentials.iter().any(|c| c.id == "ce-cd"));
    let ids: Vec<&str> = p.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["ce-c1", "ce-c2", "ce-c3"]);
    assert_eq!(p.modules[0].credits, 5.0);
    assert_eq!(p.modules[0].credential.as_deref(), Some("ce-c1"));
    let m = |s: &str| Completion::Module { module: s.into() };
    // requiredNumber 2 over two targets and a nested OnlyOne, which is kept exact: at least
    // and at most one of its targets (the external course is not in the input).
    assert_eq!(
        p.completion,
        Some(Completion::group(
            vec![
                m("ce-c1"),
                m("ce-c2"),
                Completion::group(vec![m("ce-c3")], Some(1), Some(1)),
            ],
            Some(2),
            None
        ))
    );
    assert!(has(&o, Reason::PathwayMapped, "$.@graph[0]"));
    assert!(has(&o, Reason::ConstraintUnmapped, "hasConstraint"));
    assert!(has(&o, Reason::DanglingTarget, "targetComponent'][1]"));
    assert!(has(&o, Reason::ComponentCreditsUnknown, "$.@graph[2]"));
    assert_eq!(o.report.nodes_read.get("ceterms:CourseComponent"), Some(&3));
}

#[test]
fn ctdl_envelopes() {
    let o = run("ctdl/envelope.json");
    assert_valid(&o.dataset);
    assert_eq!(
        offer(&o, "ce-e1").title.get("en").map(String::as_str),
        Some("Enveloped certificate")
    );
    let b = offer(&o, "ce-e2");
    assert_eq!(b.kind, OfferKind::MicroCredential);
    assert_eq!(b.title.get("en").map(String::as_str), Some("String badge"));
}

#[test]
fn elm_qualification() {
    let o = run("elm/qualification.jsonld");
    assert_valid(&o.dataset);
    assert_eq!(o.report.detected[0].format, "elm");
    let q = offer(&o, "qual-1");
    assert_eq!(
        q.title.get("de").map(String::as_str),
        Some("Datenkompetenz")
    );
    assert_eq!(q.eqf, Some(5));
    assert_eq!(q.field.as_deref(), Some("0613"));
    assert_eq!(
        q.credits,
        Some(Credits {
            value: 6.0,
            system: "ects".into(),
            ects_per_unit: None
        })
    );
    assert_eq!(q.languages, vec!["de"]);
    assert_eq!(q.modes, vec![Mode::Online]);
    assert_eq!(q.duration_months, Some(3.0));
    assert_eq!(q.esco, vec!["http://data.europa.eu/esco/skill/abc"]);
    assert_eq!(q.kind, OfferKind::MicroCredential);
    assert_eq!(q.entry, None);
    assert_eq!(
        q.note.get("en").map(String::as_str),
        Some("[needs structuring] Basic statistics")
    );
    assert_eq!(
        q.note.get("de").map(String::as_str),
        Some("[needs structuring] Grundkenntnisse Statistik")
    );
    let p = o
        .dataset
        .providers
        .iter()
        .find(|p| p.id == q.provider)
        .expect("provider");
    assert_eq!(
        (p.country.as_deref(), p.name.get("de").map(String::as_str)),
        (Some("DE"), Some("Hochschule Beispiel"))
    );
    assert!(has(&o, Reason::EntryRequirementText, "entryRequirement"));
    assert!(has(&o, Reason::LanguageUnmapped, "language"));
    assert!(has(&o, Reason::UnmappedProperty, "isPartialQualification"));
    assert!(has(&o, Reason::UnsupportedType, "$.credentialSubject"));
}

#[test]
fn errors_are_clear() {
    let bad = import(&[("x.json".into(), "{\"a\": [1,}".into())], Format::Auto);
    assert!(
        matches!(bad, Err(ImportError::Malformed { line: 1, .. })),
        "{bad:?}"
    );
    let unk = import(
        &[(
            "y.json".into(),
            "{\"@context\": \"https://schema.org\"}".into(),
        )],
        Format::Auto,
    );
    match unk {
        Err(e @ ImportError::UnknownFormat { .. }) => {
            assert!(e.to_string().contains("https://schema.org"))
        }
        other => panic!("{other:?}"),
    }
    let forced = import(
        &[(
            "y.json".into(),
            "{\"@context\": \"https://schema.org\"}".into(),
        )],
        Format::Ctdl,
    )
    .expect("forced");
    assert!(!forced.report.with_reason(Reason::UnknownContext).is_empty());
    assert_eq!(import(&[], Format::Auto), Err(ImportError::NoInput));
}

#[test]
fn ctdl_edge_cases() {
    let o = run("ctdl/edge-cases.json");
    assert_valid(&o.dataset);
    let cert = offer(&o, "ce-e1");
    // The first of two copies is kept; the first of two credit values too.
    assert_eq!(cert.title["en"], "Certificate in Data Work");
    assert_eq!(cert.ects(), 60.0);
    // A certificate has no EQF of its own: the audience level gives it, by convention.
    assert_eq!(cert.eqf, Some(6));
    // `requires` on a credential lists what makes it up: not an entry condition.
    assert_eq!(cert.entry, None);
    assert_eq!((cert.duration_months, cert.cost.as_ref()), (None, None));
    let untitled = offer(&o, "ce-e2");
    assert_eq!(untitled.title["en"], "ce-e2");
    assert_eq!(untitled.ects(), 3.0);
    assert_eq!(offer(&o, "ce-e3").credits, None);
    // The rule is clamped to the target's 60 ECTS; its second target is not in the file.
    assert_eq!(o.dataset.rules.len(), 1);
    let r = &o.dataset.rules[0];
    assert_eq!(
        (r.from.as_slice(), r.to.as_str()),
        (&["ce-e2".to_string()][..], "ce-e1")
    );
    assert_eq!(r.grant, Grant::Credits { ects: 60.0 });
    // "5 of 2" becomes "2 of 2".
    assert!(matches!(
        &offer(&o, "ce-e5").completion,
        Some(Completion::Group { of, min: Some(2), max: None }) if of.len() == 2
    ));
    assert_eq!(o.goals, vec!["ce-e5"]);
    let expect = [
        (
            Reason::LevelMapped,
            "$.@graph[1]['ceterms:audienceLevelType'][0]",
        ),
        (
            Reason::LevelUnmapped,
            "$.@graph[1]['ceterms:audienceLevelType'][1]",
        ),
        (
            Reason::MultipleValues,
            "$.@graph[1]['ceterms:creditValue'][0]",
        ),
        (
            Reason::CompletionRequirement,
            "$.@graph[1]['ceterms:requires'][0]['ceterms:targetLearningOpportunity']",
        ),
        (Reason::DuplicateNode, "$.@graph[2]"),
        (Reason::NoTitle, "$.@graph[3]"),
        (
            Reason::CreditValueApproximated,
            "$.@graph[3]['ceterms:creditValue'][0]",
        ),
        (
            Reason::CreditUnitUnknown,
            "$.@graph[4]['ceterms:creditValue'][0]",
        ),
        (
            Reason::DanglingTarget,
            "$.@graph[5]['ceterms:transferValueFor'][1]",
        ),
        (Reason::CreditsClamped, "$.@graph[5]"),
        (
            Reason::RequiredNumberAdjusted,
            "$.@graph[9]['ceterms:hasCondition'][0]",
        ),
        (Reason::DurationUnknown, "$.@graph[1]"),
        (Reason::CostUnknown, "$.@graph[1]['ceterms:estimatedCost']"),
        (Reason::PathwayMapped, "$.@graph[6]"),
    ];
    for (r, path) in expect {
        assert!(
            o.report.with_reason(r).iter().any(|e| e.path == path),
            "{} at {path}: {:?}",
            r.code(),
            o.report.with_reason(r)
        );
    }
    let clamp = &o.report.with_reason(Reason::CreditsClamped)[0];
    assert_eq!(
        clamp.msg,
        pathways_engine::route::Msg::new("import.credits_clamped")
            .arg("rule", "ce-e4")
            .arg("ects", 90)
            .arg("target", "ce-e1")
            .arg("total_ects", 60)
    );
    // Unknown values are notices, not losses.
    assert_eq!(Reason::CostUnknown.level(), Level::Info);
}

/// Every reason code is produced by some fixture inside the project and documented in
/// IMPORT.md, so a new reason cannot arrive untested or undocumented.
#[test]
fn every_report_reason_is_covered_by_a_fixture_and_documented() {
    let mut seen: HashSet<Reason> = HashSet::new();
    for rel in [
        "ctdl/graph.json",
        "ctdl/envelope.json",
        "ctdl/pathway.json",
        "ctdl/edge-cases.json",
        "elm/qualification.jsonld",
    ] {
        seen.extend(run(rel).report.entries.iter().map(|e| e.reason));
    }
    let forced = import(
        &[(
            "y.json".into(),
            "{\"@context\": \"https://schema.org\"}".into(),
        )],
        Format::Ctdl,
    )
    .expect("forced import");
    seen.extend(forced.report.entries.iter().map(|e| e.reason));
    // The readings kept for what is not a pathway with a destination component: a
    // component outside any pathway, a destination that is a credential record itself.
    let outside = r#"{"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [
      {"@id": "https://credentialengineregistry.org/resources/ce-x1", "@type": "ceterms:CredentialComponent",
       "ceterms:ctid": "ce-x1", "ceterms:name": {"en": "Award"},
       "ceterms:hasCondition": [{"@type": "ceterms:ComponentCondition",
         "ceterms:logicalOperator": {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "logic:OnlyOne"},
         "ceterms:targetComponent": ["https://credentialengineregistry.org/resources/ce-x2", "https://credentialengineregistry.org/resources/ce-x3"]}]},
      {"@id": "https://credentialengineregistry.org/resources/ce-x2", "@type": "ceterms:CourseComponent", "ceterms:ctid": "ce-x2", "ceterms:name": {"en": "A"}},
      {"@id": "https://credentialengineregistry.org/resources/ce-x3", "@type": "ceterms:CourseComponent", "ceterms:ctid": "ce-x3", "ceterms:name": {"en": "B"}},
      {"@id": "https://credentialengineregistry.org/resources/ce-x4", "@type": "ceterms:Certificate", "ceterms:ctid": "ce-x4", "ceterms:name": {"en": "C"}},
      {"@id": "https://credentialengineregistry.org/resources/ce-x5", "@type": "ceterms:Pathway", "ceterms:ctid": "ce-x5", "ceterms:name": {"en": "To C"},
       "ceterms:hasDestinationComponent": ["https://credentialengineregistry.org/resources/ce-x4"]}]}"#;
    let outside = import(&[("x.json".into(), outside.into())], Format::Auto).expect("imports");
    seen.extend(outside.report.entries.iter().map(|e| e.reason));
    let missing: Vec<&str> = Reason::ALL
        .iter()
        .filter(|r| !seen.contains(r))
        .map(|r| r.code())
        .collect();
    assert!(missing.is_empty(), "no fixture produces {missing:?}");
    let doc = std::fs::read_to_string(format!(
        "{}/../../pathways-data/IMPORT.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("IMPORT.md");
    let undocumented: Vec<&str> = Reason::ALL
        .iter()
        .map(|r| r.code())
        .filter(|c| !doc.contains(&format!("`{c}`")))
        .collect();
    assert!(undocumented.is_empty(), "IMPORT.md lacks {undocumented:?}");
    let codes: HashSet<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Reason::ALL.len(), "duplicate in Reason::ALL");
}

#[test]
fn a_doctoral_degree_is_a_doctorate_at_eqf_8_and_exports_back() {
    let record = r#"{"@context": "https://credreg.net/ctdl/schema/context/json",
      "@id": "https://credentialengineregistry.org/resources/ce-d1", "@type": "ceterms:DoctoralDegree",
      "ceterms:ctid": "ce-d1", "ceterms:name": {"en": "PhD in Education"}}"#;
    let o = import(&[("d.json".into(), record.into())], Format::Auto).expect("imports");
    let d = offer(&o, "ce-d1");
    assert_eq!((d.kind, d.eqf), (OfferKind::Doctorate, Some(8)));
    assert!(o.report.with_reason(Reason::KindAssumed).is_empty());
    let ld = pathways_engine::export::export_ctdl(&o.dataset);
    assert!(ld.to_string().contains("\"ceterms:DoctoralDegree\""));
}

/// Stages come from progression levels in the input (ordered by `precedes`), else from
/// `hasChild` / `isChildOf` / `precedes` between components, in either the `ceterms:` or
/// the `ceasn:` spelling the registry's publishing classes use.
#[test]
fn pathway_stages_from_levels_and_structure() {
    let r = |id: &str| format!("https://credentialengineregistry.org/resources/{id}");
    let record = serde_json::json!({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [
        {"@id": r("ce-p"), "@type": "ceterms:Pathway", "ceterms:ctid": "ce-p", "ceterms:name": {"en": "P"},
         "ceasn:hasPart": [r("ce-a"), r("ce-b"), r("ce-c"), r("ce-d")],
         "ceterms:hasDestinationComponent": [r("ce-d")]},
        {"@id": r("ce-l1"), "@type": "asn:ProgressionLevel", "ceterms:precedes": [r("ce-l2")]},
        {"@id": r("ce-l2"), "@type": "asn:ProgressionLevel"},
        {"@id": r("ce-a"), "@type": "ceterms:CourseComponent", "ceterms:ctid": "ce-a", "ceterms:name": {"en": "A"}},
        {"@id": r("ce-b"), "@type": "ceterms:CourseComponent", "ceterms:ctid": "ce-b", "ceterms:name": {"en": "B"},
         "ceasn:hasChild": [r("ce-a")]},
        {"@id": r("ce-c"), "@type": "ceterms:CourseComponent", "ceterms:ctid": "ce-c", "ceterms:name": {"en": "C"},
         "asn:hasProgressionLevel": [r("ce-l2")]},
        {"@id": r("ce-d"), "@type": "ceterms:CredentialComponent", "ceterms:ctid": "ce-d", "ceterms:name": {"en": "D"}}
    ]});
    let o = import(&[("levels.json".into(), record.to_string())], Format::Auto).expect("imports");
    let p = offer(&o, "ce-p");
    let stages: Vec<(&str, Option<u8>)> =
        p.modules.iter().map(|m| (m.id.as_str(), m.year)).collect();
    assert_eq!(
        stages,
        [("ce-a", Some(1)), ("ce-b", Some(2)), ("ce-c", Some(2))]
    );
    // The level was used: not reported as an unmapped property of the component.
    assert!(!o
        .report
        .with_reason(Reason::UnmappedProperty)
        .iter()
        .any(|e| e.property.contains("ProgressionLevel")));
}
