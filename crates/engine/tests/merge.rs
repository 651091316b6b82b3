//! Merging dataset files: the first definition of an id wins, in file order, and the
//! indexes built over the merged lists point at the records that were kept.

use pathways_engine::{Dataset, DatasetFile};

fn file(offer_title: &str, rule_ects: f64, extra_rule: &str) -> DatasetFile {
    let text = format!(
        r#"{{
  "format": "pathways-dataset",
  "version": 1,
  "providers": [{{"id": "p", "name": {{"en": "P {offer_title}"}}, "country": "DE"}}],
  "credentials": [{{"id": "abi", "title": {{"en": "Abitur {offer_title}"}}, "eqf": 4}}],
  "offers": [
    {{"id": "ba", "title": {{"en": "{offer_title}"}}, "kind": "bachelor", "provider": "p",
      "eqf": 6, "credits": {{"value": 180, "system": "ects"}}, "modes": ["full_time"],
      "languages": ["de"], "awards": "ba-degree"}},
    {{"id": "vet-{offer_title}", "title": {{"en": "VET {offer_title}"}}, "kind": "vet_qualification",
      "provider": "p", "modes": ["full_time"], "languages": ["de"], "awards": "vet"}}
  ],
  "rules": [
    {{"id": "r-b", "from": ["vet"], "to": "ba", "grant": {{"type": "credits", "ects": {rule_ects}}},
      "kind": "automatic", "issuer": "P", "source": {{"reference": "x", "certainty": "illustrative"}}}}
    {extra_rule}
  ]
}}"#
    );
    match serde_json::from_str(&text) {
        Ok(f) => f,
        Err(e) => panic!("test file does not parse: {e}\n{text}"),
    }
}

#[test]
fn the_first_definition_of_an_id_wins_and_indexes_follow_the_kept_records() {
    let second_rule = r#", {"id": "r-a", "from": ["abi", "vet"], "to": "ba", "grant": {"type": "credits", "ects": 5},
      "kind": "individual", "issuer": "P", "source": {"reference": "y", "certainty": "illustrative"}}"#;
    let ds = Dataset::from_files([file("First", 30.0, ""), file("Second", 90.0, second_rule)]);

    let titles: Vec<&str> = ds.offers.iter().map(|o| o.title["en"].as_str()).collect();
    assert_eq!(titles, ["First", "VET First", "VET Second"]);
    assert_eq!(ds.providers.len(), 1);
    assert_eq!(ds.providers[0].name["en"], "P First");
    assert_eq!(ds.offer_index("vet-Second"), Some(2));
    assert_eq!(
        ds.credential("abi").map(|c| c.title["en"].as_str()),
        Some("Abitur First")
    );

    // The rule r-b of the second file is dropped: 30 ECTS stays; r-a is new.
    let ba = ds.offer_index("ba").unwrap_or(u32::MAX);
    let into_ba: Vec<(&str, usize)> = ds
        .rules_to_ix(ba)
        .map(|ri| (ds.rules[ri].id.as_str(), ri))
        .collect();
    assert_eq!(
        into_ba,
        [("r-a", 1), ("r-b", 0)],
        "rules into an offer, in id order"
    );
    assert!(matches!(ds.rules[0].grant, pathways_engine::Grant::Credits { ects } if ects == 30.0));
    assert!(ds.offer_has_individual(ba));
    assert!(!ds.offer_has_individual(1));

    let abi = ds.credential_index("abi").map(|i| i as u32);
    let vet = ds.credential_index("vet").map(|i| i as u32);
    assert_eq!(ds.rule_from(1), [abi.unwrap_or(0), vet.unwrap_or(0)]);
    assert!(abi.is_some() && vet.is_some());
    assert_eq!(
        ds.rule_from(99),
        [] as [u32; 0],
        "out of range is empty, not a panic"
    );
}

/// The browser builds a big dataset a slice at a time; every slicing must give the dataset
/// built at once, including with duplicates across files and a slice of one record.
#[test]
fn building_in_slices_gives_the_dataset_built_at_once() {
    use pathways_engine::dataset::Builder;
    let second_rule = r#", {"id": "r-a", "from": ["abi", "vet"], "to": "ba", "grant": {"type": "credits", "ects": 5},
      "kind": "individual", "issuer": "P", "source": {"reference": "y", "certainty": "illustrative"}}"#;
    let files = || {
        let mut generated = pathways_engine::gen::generate(300, 7);
        // A copy of a generated offer and rule: the later ones must be dropped.
        generated.offers.push(generated.offers[5].clone());
        generated.rules.push(generated.rules[3].clone());
        [
            file("First", 30.0, ""),
            generated,
            file("Second", 90.0, second_rule),
        ]
    };
    let at_once = format!("{:?}", Dataset::from_files(files()));
    for budget in [1, 7, 1000] {
        let mut b = Builder::new(files());
        let mut steps = 0;
        while b.step(budget) {
            steps += 1;
            assert!(b.done() <= Builder::STAGES);
        }
        assert!(steps >= Builder::STAGES - 1, "{steps} steps");
        let sliced = format!("{:?}", b.finish());
        assert!(sliced == at_once, "budget {budget}: the datasets differ");
    }
}
