//! A pathway (an offer with completion requirements) exported with `export_ctdl` keeps its
//! structure: imported back, it is the same offer, modules, stages, credentials and
//! requirement tree, and plans to the same routes.

use pathways_engine::export::export_ctdl;
use pathways_engine::import::{import, Format};
use pathways_engine::model::*;
use pathways_engine::route::{plan, Query};
use pathways_engine::{Completion, Dataset};
use proptest::prelude::*;
use serde_json::json;

fn en(s: String) -> LangMap {
    LangMap::from([("en".into(), s)])
}

/// Clears what the round trip does not carry (IMPORT.md, "Round trip").
fn normalise(mut d: DatasetFile) -> DatasetFile {
    d.meta = None;
    for o in &mut d.offers {
        o.source = None;
    }
    d.credentials.sort_by(|a, b| a.id.cmp(&b.id));
    d.offers.sort_by(|a, b| a.id.cmp(&b.id));
    d
}

/// One requirement over `n` modules: a module, a group with bounds CTDL can say, or a
/// credit bound over some modules. Module leaves come before nested requirements, the
/// order a `ComponentCondition` lists targets and nested conditions in.
fn requirement(n: usize) -> impl Strategy<Value = Completion> {
    let module = (0..n).prop_map(|i| Completion::Module {
        module: format!("ce-mod-{i}"),
    });
    let credits = (
        prop::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n),
        1u32..40,
        any::<bool>(),
    )
        .prop_map(|(ms, v, exact)| Completion::Credits {
            modules: ms.into_iter().map(|i| format!("ce-mod-{i}")).collect(),
            min: Some(f64::from(v)),
            max: exact.then_some(f64::from(v)),
        });
    let leaf = prop_oneof![module, credits];
    leaf.prop_recursive(2, 8, 3, move |inner| {
        (
            prop::sample::subsequence((0..n).collect::<Vec<_>>(), 0..=n.min(3)),
            prop::collection::vec(inner, 0..3),
            0u8..4,
        )
            .prop_filter_map("a group needs children", |(ms, nested, bounds)| {
                let mut of: Vec<Completion> = ms
                    .into_iter()
                    .map(|i| Completion::Module {
                        module: format!("ce-mod-{i}"),
                    })
                    .collect();
                of.extend(
                    nested
                        .into_iter()
                        .filter(|c| !matches!(c, Completion::Module { .. })),
                );
                if of.is_empty() {
                    return None;
                }
                let len = of.len() as u32;
                let (min, max) = match bounds {
                    0 => (None, None),
                    1 => (Some(len.min(2)), None),
                    2 => (Some(1), Some(1)),
                    _ => (None, Some(0)),
                };
                Some(Completion::group(of, min, max))
            })
    })
}

fn pathway() -> impl Strategy<Value = DatasetFile> {
    (1usize..7)
        .prop_flat_map(|n| {
            (
                Just(n),
                prop::collection::vec((any::<bool>(), 0usize..3, any::<bool>(), any::<bool>()), n),
                prop::collection::vec(requirement(n), 1..4),
                0usize..3,
            )
        })
        .prop_map(|(n, shape, mut top, k)| {
            // CTDL lists a condition's target components apart from its nested conditions.
            top.sort_by_key(|c| !matches!(c, Completion::Module { .. }));
            let (kind, eqf) = [
                (OfferKind::Bachelor, Some(6)),
                (OfferKind::Master, Some(7)),
                (OfferKind::AdultCourse, None),
            ][k];
            let mut credentials = vec![Credential {
                id: "ce-award".into(),
                title: en("Certificate".into()),
                eqf: None,
                field: None,
                country: None,
            }];
            let mut modules = Vec::new();
            let mut year = 1u8;
            for (i, (next_stage, c, own, needs_earlier)) in shape.into_iter().enumerate() {
                if next_stage && i > 0 {
                    year += 1;
                }
                let id = format!("ce-mod-{i}");
                let title = en(format!("Component {i}"));
                // A module stands for itself, or for a credential record it proxies.
                let credential = if own {
                    credentials.push(Credential {
                        id: id.clone(),
                        title: title.clone(),
                        eqf: None,
                        field: None,
                        country: None,
                    });
                    id.clone()
                } else {
                    let cid = format!("ce-cred-{i}");
                    credentials.push(Credential {
                        id: cid.clone(),
                        title: en(format!("Credential {i}")),
                        eqf: None,
                        field: None,
                        country: None,
                    });
                    cid
                };
                let requires = (needs_earlier && i > 0).then(|| {
                    Completion::group(
                        vec![Completion::Module {
                            module: format!("ce-mod-{}", i - 1),
                        }],
                        Some(1),
                        None,
                    )
                });
                modules.push(Module {
                    id,
                    title,
                    credits: [5.0, 10.0, 20.0][c],
                    year: Some(year),
                    credential: Some(credential),
                    requires,
                });
            }
            let total: f64 = modules.iter().map(|m| m.credits).sum();
            // What the pathway offer itself says; everything else stays absent.
            let mut pathway: Offer = serde_json::from_value(json!({
                "id": "ce-path", "title": {"en": "Pathway"},
                "description": {"en": "Through the components"},
                "kind": kind, "provider": "ce-prov", "eqf": eqf,
                "credits": {"value": total, "system": "ects"},
                "modes": ["full_time"], "languages": [], "awards": "ce-award",
                "url": "https://example.org/pathway"
            }))
            .expect("the pathway offer is in the dataset format");
            pathway.modules = modules;
            pathway.completion = Some(Completion::group(top, None, None));
            let _ = n;
            DatasetFile {
                format: FORMAT_NAME.into(),
                version: FORMAT_VERSION,
                meta: None,
                providers: vec![Provider {
                    id: "ce-prov".into(),
                    name: en("P".into()),
                    country: Some("US".into()),
                    nuts: None,
                    url: Some("https://example.org/p".into()),
                }],
                credentials,
                offers: vec![pathway],
                rules: Vec::new(),
            }
        })
}

fn routes(ds: DatasetFile, held: &[String]) -> String {
    let held: Vec<_> = held.iter().map(|c| json!({ "credential": c })).collect();
    let q: Query = serde_json::from_value(json!({
        "profile": {"held": held},
        "goal": {"type": "offer", "offer": "ce-path"},
        "today": "2026-12-02"
    }))
    .expect("query");
    let p = plan(&Dataset::from_files([ds]), &q);
    format!("{:?}", p.map(|p| (p.routes, p.no_route)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn an_exported_pathway_imports_back_to_the_same_offer_and_plan(
        ds in pathway(),
        held in prop::collection::vec(any::<bool>(), 7),
    ) {
        let text = export_ctdl(&ds).to_string();
        let back = import(&[("rt.jsonld".into(), text)], Format::Auto).expect("imports");
        let back = normalise(back.dataset);
        prop_assert_eq!(&back, &normalise(ds.clone()));
        let held: Vec<String> = ds.offers[0]
            .modules
            .iter()
            .zip(held)
            .filter(|(_, h)| *h)
            .filter_map(|(m, _)| m.credential.clone())
            .collect();
        prop_assert_eq!(routes(back, &held), routes(ds, &held));
    }
}
