//! What people type into the search boxes, on the demo data: national names, abbreviations,
//! the feminine form, a field in everyday words, a level, accents and word order.

use pathways_engine::find::{credentials, offers};
mod common;
use common::demo;

/// English catalogue names of the fields the phrasings below need.
fn names(code: &str) -> Vec<String> {
    match code {
        "06" => vec!["Information and Communication Technologies (ICTs)".into()],
        "0613" => vec!["Software and applications development and analysis".into()],
        "09" => vec!["Health and welfare".into()],
        _ => vec![],
    }
}

fn offer_ids(q: &str) -> Vec<&'static str> {
    offers(demo(), q, &names).ids
}

fn first(q: &str, n: usize) -> Vec<&'static str> {
    offer_ids(q).into_iter().take(n).collect()
}

#[test]
fn abbreviations_and_national_names() {
    // The French BTS by its usual short name, in either order, in any case; the VAE towards
    // it spells the name out ("Services informatiques aux organisations").
    let mut sio = first("BTS SIO", 2);
    sio.sort();
    assert_eq!(sio, ["fr-bts-0613", "fr-vae-bts-0613"]);
    assert_eq!(first("sio bts", 2), first("BTS SIO", 2));
    // The apprenticeship by the woman's job title, which the data writes "Fachinformatiker/-in".
    let fi = offer_ids("Fachinformatikerin");
    assert!(
        fi.contains(&"de-vet-0613") && fi.contains(&"de-vet-0612"),
        "{fi:?}"
    );
    // "IT Ausbildung": no title says Ausbildung; the kind and the field do.
    let it = offer_ids("IT Ausbildung");
    assert!(
        it.contains(&"de-vet-0613") && it.contains(&"de-vet-0612"),
        "{it:?}"
    );
    // The German apprenticeships lead (title word "IT" and kind); others are IT
    // apprenticeships and VET titles elsewhere, never a nursing or business programme.
    let mut top: Vec<&str> = it[..2].to_vec();
    top.sort();
    assert_eq!(top, ["de-vet-0612", "de-vet-0613"], "{it:?}");
    for id in &it {
        let field = demo().offer(id).unwrap().field.as_deref().unwrap_or("");
        assert!(
            field.starts_with("06") || field.starts_with("07"),
            "{id} {field}"
        );
    }
    // "Bachelor Informatik": the German bachelors first, no master among them.
    let bi = offer_ids("Bachelor Informatik");
    assert!(bi.len() >= 5, "{bi:?}");
    assert!(bi[..3].iter().all(|id| id.contains("bsc")), "{bi:?}");
    assert!(!bi.contains(&"de-msc-0613"), "{bi:?}");
}

#[test]
fn accents_are_folded_both_ways() {
    assert_eq!(first("ecole", 3), first("École", 3));
    // "Prufung" without the umlaut finds "Prüfung".
    assert!(offer_ids("Lehrabschlussprufung").contains(&"at-alap-0613"));
    assert!(offer_ids("géstion pme").contains(&"fr-bts-0413"));
}

#[test]
fn levels_filter_and_field_words_match() {
    let six = offer_ids("EQF 6");
    assert!(six.len() > 50, "{}", six.len());
    assert!(six
        .iter()
        .all(|id| demo().offer(id).unwrap().eqf == Some(6)));
    let nursing6 = offer_ids("Pflege EQF 6");
    assert!(nursing6.contains(&"de-bsc-0913"), "{nursing6:?}");
    assert!(
        nursing6.contains(&"nl-hbo-0913"),
        "field word matches any language's title"
    );
    assert!(nursing6.len() < six.len());
    assert_eq!(
        offers(demo(), "Niveau 5 informatique", &names).level,
        Some(5)
    );
    // Field catalogue names work through the UI's catalogue.
    assert!(offer_ids("software applications").contains(&"de-vet-0613"));
}

#[test]
fn more_than_a_page_and_nothing_found() {
    // The UI shows 8 and a "show more": the engine returns every match.
    assert!(offer_ids("bachelor").len() > 8);
    assert!(offer_ids("xyzzy quux").is_empty());
    assert!(offer_ids("   ").is_empty());
    // Every word must match: a word from nowhere empties the list.
    assert!(offer_ids("BTS xyzzy").is_empty());
}

#[test]
fn credentials_are_found_by_the_offers_that_award_them() {
    let found = credentials(demo(), "BTS SIO", &names).ids;
    assert_eq!(found.first(), Some(&"fr-bts-0613"), "{found:?}");
    let fi = credentials(demo(), "Fachinformatikerin", &names).ids;
    assert!(fi.contains(&"de-vet-0613"), "{fi:?}");
    let matura = credentials(demo(), "matura", &names).ids;
    assert_eq!(matura.first(), Some(&"at-matura"), "{matura:?}");
}
