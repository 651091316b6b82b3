//! Every message key the engine emits. The UI's locale files must have a text for each
//! (a test in the app checks this list against `locales/*`). Arguments are listed per key.

// Query errors.
/// The dataset has no offers.
pub const ERR_EMPTY_DATASET: &str = "err.empty_dataset";
/// `id`: an offer id in the goal that does not exist.
pub const ERR_UNKNOWN_OFFER: &str = "err.unknown_offer";
/// `id`: a held credential that does not exist.
pub const ERR_UNKNOWN_CREDENTIAL: &str = "err.unknown_credential";
/// `field`, `value`: a constraint contradicts itself or is out of range (e.g. negative budget).
pub const ERR_BAD_CONSTRAINT: &str = "err.bad_constraint";
/// `value`: a date that is not YYYY-MM-DD.
pub const ERR_BAD_DATE: &str = "err.bad_date";
/// The goal matches no offer in the dataset.
pub const ERR_GOAL_MATCHES_NOTHING: &str = "err.goal_matches_nothing";
/// The learner already holds what the goal awards.
pub const ERR_GOAL_ALREADY_HELD: &str = "err.goal_already_held";

// Entry explanation (Step::entry).
/// The offer has no entry requirements.
pub const ENTRY_OPEN: &str = "entry.open";
/// `credential`, optional `grade`, `min_grade`: met by holding the credential.
pub const ENTRY_CREDENTIAL: &str = "entry.credential";
/// `credential`, `eqf`, `min_eqf`, optional `field`: met by a credential at that level.
pub const ENTRY_LEVEL: &str = "entry.level";
/// `years`, `min_years`, optional `field`: met by work experience.
pub const ENTRY_WORK: &str = "entry.work";
/// `language`, `level`, `min`: met by language command.
pub const ENTRY_LANGUAGE: &str = "entry.language";
/// optional `field`: met by a validation of prior learning.
pub const ENTRY_VALIDATION: &str = "entry.validation";
/// `n`, `of`: an at-least-n-of group was met.
pub const ENTRY_AT_LEAST: &str = "entry.at_least";
/// `chosen`, `of`: one alternative of an any-of group was used.
pub const ENTRY_ANY_OF: &str = "entry.any_of";

// Recognition explanation (AppliedRule::why).
/// `kind` (automatic|articulation|individual), `issuer`.
pub const REC_KIND: &str = "rec.kind";
/// `from` (comma-separated credential ids): the source credentials held.
pub const REC_FROM: &str = "rec.from";
/// `ects`: credits granted.
pub const REC_CREDITS: &str = "rec.credits";
/// `modules` (comma-separated ids), `ects`: module exemption.
pub const REC_EXEMPTION: &str = "rec.exemption";
/// `year`, `ects`: advanced entry into year `year`.
pub const REC_ADVANCED_ENTRY: &str = "rec.advanced_entry";
/// `cap_percent`, `cap_ects`, `wanted_ects`: the cap reduced the recognised credits.
pub const REC_CAP_BIT: &str = "rec.cap_bit";
/// `cap_percent`, `cap_ects`: the cap applied but did not bite.
pub const REC_CAP_OK: &str = "rec.cap_ok";
/// `group`, `rule`: overlapping rule; only the larger counted.
pub const REC_OVERLAP: &str = "rec.overlap";
/// `total_ects`: recognition limited by the target's total credits.
pub const REC_TOTAL_BIT: &str = "rec.total_bit";
/// `cap_percent`: the rule was not used because its cap would lower the total.
pub const REC_NOT_INVOKED: &str = "rec.not_invoked";
/// `min_grade`, `grade`: grade condition met.
pub const REC_GRADE_OK: &str = "rec.grade_ok";
/// `years`, `max_years`: time since completion within the limit.
pub const REC_RECENT_OK: &str = "rec.recent_ok";
/// `offer`: bridging course completed.
pub const REC_BRIDGING_OK: &str = "rec.bridging_ok";
/// `reference`, optional `url`, `certainty`: the rule's source.
pub const REC_SOURCE: &str = "rec.source";
/// `rule`: the rule carries a counsellor note (the UI shows the note text from the data).
pub const REC_NOTE: &str = "rec.note";
/// `cap_ects`, `reference`: the programme-wide cap covers this rule and did not bite.
pub const REC_OFFER_CAP_OK: &str = "rec.offer_cap_ok";
/// `cap_ects`, `wanted_ects`, `reference`: the programme-wide cap reduced this rule.
pub const REC_OFFER_CAP_BIT: &str = "rec.offer_cap_bit";
/// `rule`: another advanced entry already skips further into the programme.
pub const REC_ENTRY_SUPERSEDED: &str = "rec.entry_superseded";
/// `modules`: modules of years the advanced entry skips; not exempted again.
pub const REC_MODULES_SKIPPED: &str = "rec.modules_skipped";
/// The source credential is earned earlier in this route: credit carried over, not prior
/// learning.
pub const REC_CARRIED: &str = "rec.carried";

// How an uncertain step may end (Step::outcomes).
/// `offer`, `credential`: a jury decides; the procedure may award the whole credential.
pub const OUT_JURY: &str = "out.jury";
/// `credential`, optional `offer`: a partial award leaves the rest to study (at `offer`).
pub const OUT_PARTIAL: &str = "out.partial";
/// `rule`, `issuer`, `ects`: this much credit depends on an individual assessment.
pub const OUT_INDIVIDUAL: &str = "out.individual";

// What to prepare (Step::prepare).
/// `credential`: certificate of the credential.
pub const PREP_CERTIFICATE: &str = "prep.certificate";
/// `credential`, `min_grade`: proof of grade.
pub const PREP_GRADE_PROOF: &str = "prep.grade_proof";
/// `years`: proof of work experience (employer references).
pub const PREP_WORK_PROOF: &str = "prep.work_proof";
/// `language`, `min`: language certificate.
pub const PREP_LANGUAGE_CERT: &str = "prep.language_cert";
/// `rule`: an application for individual assessment (portfolio, module descriptions).
pub const PREP_PORTFOLIO: &str = "prep.portfolio";
/// `rule`, `index`: a document listed by the rule (the UI shows the text from the data).
pub const PREP_DOCUMENT: &str = "prep.document";
/// `rule`, `date`: an application deadline.
pub const PREP_DEADLINE: &str = "prep.deadline";
/// `offer`, `date`: the next start date of the offer.
pub const PREP_START: &str = "prep.start";
/// `offer`: the data gives no cost for this offer; ask the provider.
pub const PREP_ASK_COST: &str = "prep.ask_cost";
/// `offer`: the data gives no duration for this offer; ask the provider.
pub const PREP_ASK_DURATION: &str = "prep.ask_duration";
/// `offer`: the dossier (portfolio of evidence) a validation jury assesses.
pub const PREP_DOSSIER: &str = "prep.dossier";

// No route (NoRoute::blocking).
/// `condition` (a path such as `entry.any[1]`), `offer`: an unmet credential requirement; `credential`.
pub const BLOCK_CREDENTIAL: &str = "block.credential";
/// `offer`, `min_eqf`, optional `field`.
pub const BLOCK_LEVEL: &str = "block.level";
/// `offer`, `years`, optional `field`, `have`.
pub const BLOCK_WORK: &str = "block.work";
/// `offer`, `language`, `min`, optional `have`.
pub const BLOCK_LANGUAGE: &str = "block.language";
/// `offer`, optional `field`.
pub const BLOCK_VALIDATION: &str = "block.validation";
/// `offer`, `constraint` (country|region|language|mode|support): a filter excludes the goal.
pub const BLOCK_CONSTRAINT: &str = "block.constraint";
/// `offer`, `value`, `limit` (EUR): the cheapest route costs more than the budget.
pub const BLOCK_OVER_BUDGET: &str = "block.over_budget";
/// `offer`, `value`, `limit` (months): the shortest route takes longer than the limit.
pub const BLOCK_OVER_DURATION: &str = "block.over_duration";
/// `offer`, `limit`: no route within the step limit.
pub const BLOCK_STEPS: &str = "block.steps";
/// `offer`, `credential`: the goal needs a credential no offer in the dataset awards.
pub const BLOCK_NOT_OFFERED: &str = "block.not_offered";
/// `offer`, `limit` (labels|beam), `value`: the search stopped at a bound before it could
/// rule the goal out; it may still be reachable.
pub const BLOCK_SEARCH_LIMIT: &str = "block.search_limit";
/// `offer`, `grade`, `min_grade`, `credential`.
pub const BLOCK_GRADE: &str = "block.grade";

// Notices on a whole plan (Plan::notices).
/// `limit` (labels|beam), `value`: a bound of the search acted; other routes may exist.
pub const NOTICE_SEARCH_CUT: &str = "notice.search_cut";

// Explore (WhatIf::change, OffRamp).
/// `years`, optional `field`: more years of work experience.
pub const WHATIF_WORK: &str = "whatif.work";
/// `language`, `min`: command of a language at a CEFR level.
pub const WHATIF_LANGUAGE: &str = "whatif.language";
/// `credential`, `min_grade`: a grade on a credential already held.
pub const WHATIF_GRADE: &str = "whatif.grade";
/// `credential`: holding a credential.
pub const WHATIF_CREDENTIAL: &str = "whatif.credential";
/// `field`: a validation of prior learning in a field.
pub const WHATIF_VALIDATED: &str = "whatif.validated";

/// `credential`, optional `eqf`, `opens` (comma-separated offer ids), `more`: stopping
/// after this step leaves the learner with a qualification, and what it opens.
pub const OFFRAMP_QUALIFICATION: &str = "offramp.qualification";
/// The same for a credential that is not a full qualification (a module, a certificate).
pub const OFFRAMP_PART: &str = "offramp.part";

// Progress through a pathway (Step::pathway).
/// `credential` (the module's credential, else its id), `ects`: a module the learner already
/// completed counts towards the programme.
pub const PATH_COUNTED: &str = "path.counted";
/// `credential` (as above), `ects`, optional `stage`: a module still to complete, in stage
/// order.
pub const PATH_TODO: &str = "path.todo";

/// Every key, for completeness checks of locale files.
pub const ALL: &[&str] = &[
    ERR_EMPTY_DATASET,
    ERR_UNKNOWN_OFFER,
    ERR_UNKNOWN_CREDENTIAL,
    ERR_BAD_CONSTRAINT,
    ERR_BAD_DATE,
    ERR_GOAL_MATCHES_NOTHING,
    ERR_GOAL_ALREADY_HELD,
    ENTRY_OPEN,
    ENTRY_CREDENTIAL,
    ENTRY_LEVEL,
    ENTRY_WORK,
    ENTRY_LANGUAGE,
    ENTRY_VALIDATION,
    ENTRY_AT_LEAST,
    ENTRY_ANY_OF,
    REC_KIND,
    REC_FROM,
    REC_CREDITS,
    REC_EXEMPTION,
    REC_ADVANCED_ENTRY,
    REC_CAP_BIT,
    REC_CAP_OK,
    REC_OVERLAP,
    REC_TOTAL_BIT,
    REC_NOT_INVOKED,
    REC_GRADE_OK,
    REC_RECENT_OK,
    REC_BRIDGING_OK,
    REC_SOURCE,
    REC_NOTE,
    REC_OFFER_CAP_OK,
    REC_OFFER_CAP_BIT,
    REC_ENTRY_SUPERSEDED,
    REC_MODULES_SKIPPED,
    REC_CARRIED,
    OUT_JURY,
    OUT_PARTIAL,
    OUT_INDIVIDUAL,
    PREP_CERTIFICATE,
    PREP_GRADE_PROOF,
    PREP_WORK_PROOF,
    PREP_LANGUAGE_CERT,
    PREP_PORTFOLIO,
    PREP_DOCUMENT,
    PREP_DEADLINE,
    PREP_START,
    PREP_ASK_COST,
    PREP_ASK_DURATION,
    PREP_DOSSIER,
    BLOCK_CREDENTIAL,
    BLOCK_LEVEL,
    BLOCK_WORK,
    BLOCK_LANGUAGE,
    BLOCK_VALIDATION,
    BLOCK_CONSTRAINT,
    BLOCK_GRADE,
    BLOCK_NOT_OFFERED,
    BLOCK_SEARCH_LIMIT,
    BLOCK_OVER_BUDGET,
    BLOCK_OVER_DURATION,
    BLOCK_STEPS,
    NOTICE_SEARCH_CUT,
    WHATIF_WORK,
    WHATIF_LANGUAGE,
    WHATIF_GRADE,
    WHATIF_CREDENTIAL,
    WHATIF_VALIDATED,
    OFFRAMP_QUALIFICATION,
    OFFRAMP_PART,
    PATH_COUNTED,
    PATH_TODO,
];

/// Arguments whose values are ids of offers or credentials; renderers show titles for them.
pub const ID_ARGS: &[&str] = &["credential", "offer", "from", "id", "opens"];

/// Fills `{name}` placeholders of a catalogue template with `value(name)`. Unknown
/// placeholders are left as they are, so a missing argument shows instead of vanishing.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match value(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        let v = |k: &str| (k == "a").then(|| "1".to_string());
        assert_eq!(fill("x {a} y {b} {", v), "x 1 y {b} {");
    }

    #[test]
    fn keys_are_unique() {
        let mut k = ALL.to_vec();
        k.sort();
        k.dedup();
        assert_eq!(k.len(), ALL.len());
    }
}
