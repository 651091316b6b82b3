//! The dataset model: offers, credentials, providers, entry conditions and recognition rules.
//!
//! These serde types *are* the open format documented in `pathways-data/FORMAT.md`; a field
//! added here must be added there and to the JSON Schema in `pathways-data/schema/`.
//! Unknown fields are rejected (`deny_unknown_fields`) so a typo in a publisher's file is an
//! error with a position instead of a silently ignored fact.

use serde::{Deserialize, Serialize};

/// Format identifier every dataset file carries in `"format"`.
pub const FORMAT_NAME: &str = "pathways-dataset";
/// Highest format version this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 1;

pub use crate::langmap::LangMap;

/// Picks the text for `lang`, then English, then any language (lowest code first).
pub fn pick<'a>(map: &'a LangMap, lang: &str) -> &'a str {
    map.get(lang)
        .or_else(|| map.get("en"))
        .or_else(|| map.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// One dataset file. Several files merge into one [`crate::Dataset`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub providers: Vec<Provider>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<Credential>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offers: Vec<Offer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<RecognitionRule>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: LangMap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Date (YYYY-MM-DD) the facts were read from their sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: LangMap,
    /// ISO 3166-1 alpha-2 (`UK` is accepted for the United Kingdom, as NUTS does). Absent
    /// when the source does not say (imported records often do not): such a provider's
    /// offers never match a country filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// NUTS 2021 code (1–3 levels), e.g. `DE1`, `FR10`, `UKM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nuts: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a learner can hold: a qualification, a certificate, a validated set of competences.
/// Offers award credentials; credentials that no offer in the dataset awards (e.g. a school
/// leaving certificate) are listed here so entry rules can name them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    pub id: String,
    pub title: LangMap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eqf: Option<u8>,
    /// ISCED-F 2013 code (2, 3 or 4 digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// ISO 3166-1 alpha-2 of the system that awards it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    VetQualification,
    Apprenticeship,
    ShortCycleHe,
    Bachelor,
    Master,
    /// Doctoral programme (EQF 8); CTDL DoctoralDegree, ResearchDoctorate.
    Doctorate,
    HeModule,
    AdultCourse,
    MicroCredential,
    ValidationProcedure,
}

impl OfferKind {
    pub const ALL: [OfferKind; 10] = [
        OfferKind::VetQualification,
        OfferKind::Apprenticeship,
        OfferKind::ShortCycleHe,
        OfferKind::Bachelor,
        OfferKind::Master,
        OfferKind::Doctorate,
        OfferKind::HeModule,
        OfferKind::AdultCourse,
        OfferKind::MicroCredential,
        OfferKind::ValidationProcedure,
    ];
    /// The snake_case name used in the format and as the message key suffix.
    pub fn key(self) -> &'static str {
        match self {
            OfferKind::VetQualification => "vet_qualification",
            OfferKind::Apprenticeship => "apprenticeship",
            OfferKind::ShortCycleHe => "short_cycle_he",
            OfferKind::Bachelor => "bachelor",
            OfferKind::Master => "master",
            OfferKind::Doctorate => "doctorate",
            OfferKind::HeModule => "he_module",
            OfferKind::AdultCourse => "adult_course",
            OfferKind::MicroCredential => "micro_credential",
            OfferKind::ValidationProcedure => "validation_procedure",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    FullTime,
    PartTime,
    Online,
    Blended,
    WorkBased,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::FullTime,
        Mode::PartTime,
        Mode::Online,
        Mode::Blended,
        Mode::WorkBased,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Mode::FullTime => "full_time",
            Mode::PartTime => "part_time",
            Mode::Online => "online",
            Mode::Blended => "blended",
            Mode::WorkBased => "work_based",
        }
    }
}

/// A credit value in its own system. `ects` systems need no conversion; every other system
/// declares how many ECTS one of its units is worth, so routes can add them up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credits {
    pub value: f64,
    /// `ects`, `ecvet`, `scqf`, or another national unit name.
    pub system: String,
    /// ECTS per unit; required unless `system` is `ects` (1.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ects_per_unit: Option<f64>,
}

impl Credits {
    /// The value in ECTS, or `None` when a non-ECTS system declares no conversion.
    pub fn ects(&self) -> Option<f64> {
        if self.system == "ects" {
            Some(self.value)
        } else {
            self.ects_per_unit.map(|r| self.value * r)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: String,
    /// Academic year the fee applies to (`2025/26`), so a reader knows how old the figure is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub academic_year: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Targeted support for learners with fewer opportunities (grants, mentoring, adapted pace).
    #[serde(default)]
    pub fewer_opportunities: bool,
    /// Includes a mobility period (e.g. Erasmus+).
    #[serde(default)]
    pub mobility: bool,
}

/// National framework level, e.g. `{"framework": "DQR", "level": "6"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalLevel {
    pub framework: String,
    pub level: String,
}

/// A module of an offer that a recognition rule can exempt a learner from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: String,
    pub title: LangMap,
    /// ECTS.
    pub credits: f64,
    /// Year of the programme the module belongs to: an advanced entry past it already
    /// covers the module, so no rule exempts from it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u8>,
    /// A credential whose holder has completed this module (a CTDL pathway component, or
    /// the course or credential it stands for): it counts towards `completion`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
    /// What completing this module needs first, unless it is already held (the
    /// `ComponentCondition`s of an intermediate pathway component).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<crate::completion::Completion>,
}

/// The elements the 2022 Council Recommendation on micro-credentials makes mandatory,
/// beyond those every offer has (title, provider, workload, level, mode).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MicroCredentialInfo {
    /// Type of assessment, e.g. `written exam`, `project`, `portfolio`.
    pub assessment: String,
    /// Type of quality assurance, e.g. `internal QA of an accredited university`.
    pub quality_assurance: String,
    /// Learning outcomes (language-tagged).
    #[serde(default, skip_serializing_if = "LangMap::is_empty")]
    pub learning_outcomes: LangMap,
    /// Offer ids this micro-credential stacks into (see also recognition rules).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stacks_into: Vec<String>,
}

/// How sure a fact is. `illustrative` marks approximated or invented figures; the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    #[default]
    Real,
    Illustrative,
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Agreement id, legal reference or publication title.
    pub reference: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub certainty: Certainty,
    /// Date (YYYY-MM-DD) the source was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
    /// The sentence(s) of the source that state the fact, in the source's language. A
    /// `real` rule must carry one: it is what a counsellor checks the record against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Law, decision or agreement the fact rests on, when the source is a page about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
}

/// Which recognition an offer-wide cap limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CapCovers {
    /// Credit for learning outside higher education (the German 50 % rule, Italy's 48 CFU).
    #[default]
    OutsideHe,
    /// Every recognition rule into the offer.
    All,
}

/// A limit stated once for a whole programme ("at most half of the degree may come from
/// outside higher education") rather than repeated on each rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditCap {
    /// Largest share (0 < share <= 1) of the offer's credits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// Largest number of ECTS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ects: Option<f64>,
    #[serde(default)]
    pub covers: CapCovers,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl CreditCap {
    /// The cap in ECTS on an offer of `total` ECTS: the stricter of share and amount.
    pub fn limit(&self, total: f64) -> f64 {
        let by_share = self.share.map_or(f64::INFINITY, |s| s * total);
        by_share.min(self.ects.unwrap_or(f64::INFINITY)).min(total)
    }
}

/// Where the learning a rule recognises took place, for offer-wide caps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningOrigin {
    HigherEducation,
    OutsideHe,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: String,
    pub title: LangMap,
    #[serde(default, skip_serializing_if = "LangMap::is_empty")]
    pub description: LangMap,
    pub kind: OfferKind,
    /// Provider id.
    pub provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eqf: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_level: Option<NationalLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<Credits>,
    /// Absent when unknown (not the same as 0): routes count it as 0 and say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_months: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_hours: Option<f64>,
    pub modes: Vec<Mode>,
    /// ISO 639-1 codes of the languages of instruction.
    pub languages: Vec<String>,
    /// Absent when unknown (free is `amount: 0`): routes count it as 0 and say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    /// ISCED-F 2013 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// ESCO skill or occupation URIs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco: Vec<String>,
    /// Start dates (YYYY-MM-DD) or yearly starts (--MM-DD).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub starts: Vec<String>,
    #[serde(default)]
    pub support: Support,
    /// Credential id awarded on completion.
    pub awards: String,
    /// Entry requirements; absent means open to everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Condition>,
    /// Programme length in years, for advanced entry ("start in year k").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<Module>,
    /// Which modules complete the offer (a CTDL pathway); absent means the whole offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<crate::completion::Completion>,
    /// A cap on recognised credit for the whole offer; every rule it covers counts against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_cap: Option<CreditCap>,
    /// May be taken alongside another step (part-time stacking), so durations overlap.
    #[serde(default)]
    pub parallel: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub micro: Option<MicroCredentialInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Counsellor note on the offer itself (e.g. an entry requirement only given as text).
    #[serde(default, skip_serializing_if = "LangMap::is_empty")]
    pub note: LangMap,
    /// Why `cost` or `duration_months` is absent when no single figure exists (fees that
    /// depend on income, a validation whose length depends on the candidate).
    #[serde(default, skip_serializing_if = "LangMap::is_empty")]
    pub unknown_reason: LangMap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl OfferKind {
    /// Programmes of higher education (not micro-credentials: who issues one is not
    /// modelled, so a dataset marks a rule's `origin` when it matters).
    pub fn is_higher_education(self) -> bool {
        matches!(
            self,
            OfferKind::ShortCycleHe
                | OfferKind::Bachelor
                | OfferKind::Master
                | OfferKind::Doctorate
                | OfferKind::HeModule
        )
    }
}

impl Offer {
    /// Duration for route arithmetic: unknown counts as 0 (routes flag it, see
    /// `Step::unknown_months`), so a missing value never hides a route.
    pub fn months_or_zero(&self) -> f64 {
        self.duration_months.unwrap_or(0.0)
    }

    /// Cost in EUR, or `None` when absent or in a currency without a rate.
    pub fn cost_eur(&self) -> Option<f64> {
        self.cost
            .as_ref()
            .and_then(|c| crate::route::money::to_eur(c.amount, &c.currency))
    }

    /// Credit total in ECTS (0 when the offer carries no convertible credits).
    pub fn ects(&self) -> f64 {
        self.credits.as_ref().and_then(Credits::ects).unwrap_or(0.0)
    }
}

/// CEFR levels in order, so `>=` compares proficiency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

/// An entry-requirement tree. Leaves are facts about the learner; inner nodes combine them.
/// Read through `tagged::ConditionFields` (one pass, no buffering), written tagged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "crate::tagged::ConditionFields"
)]
pub enum Condition {
    /// Every child must hold.
    AllOf { all: Vec<Condition> },
    /// At least one child must hold.
    AnyOf { any: Vec<Condition> },
    /// At least `n` children must hold (CTDL `requiredNumber`).
    AtLeast { n: u32, of: Vec<Condition> },
    /// Holds this credential, optionally with a minimum grade (0–100, higher is better).
    Credential {
        credential: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_grade: Option<f64>,
    },
    /// Holds any credential at EQF `min_eqf` or above, optionally in an ISCED-F field
    /// (prefix match: `06` matches `0613`).
    Level {
        min_eqf: u8,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
        /// Only a qualification from this country (ISO 3166-1) counts: entry rules name
        /// national qualifications ("a diploma of level 5 in the RNCP"); a foreign one
        /// needs a recognition decision first, which the planner does not assume.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<String>,
    },
    /// Years of work experience, optionally in an ISCED-F field (prefix match).
    WorkExperience {
        years: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
    },
    /// Command of a language at a CEFR level or above.
    Language { language: String, min: Cefr },
    /// A completed validation of prior learning, optionally in a field (prefix match).
    Validation {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
    },
}

/// What a recognition rule grants on its target. Read through `tagged::GrantFields`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "crate::tagged::GrantFields"
)]
pub enum Grant {
    /// A number of ECTS credits counted towards the target.
    Credits { ects: f64 },
    /// Exemption from the named modules of the target (their credits count as recognised).
    Exemption { modules: Vec<String> },
    /// Start in year `year` (1-based) of the target; earlier years count as recognised.
    AdvancedEntry { year: u8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionKind {
    /// Applies to everyone who meets the conditions (law, national decision).
    Automatic,
    /// Agreed between institutions; binding within the agreement.
    Articulation,
    /// Decided case by case: uncertain, flagged in routes.
    Individual,
}

/// Conditions a recognition rule adds on top of holding its source credentials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleConditions {
    /// Minimum grade (0–100) on every source credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_grade: Option<f64>,
    /// Offer id of a bridging course that must have been completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridging: Option<String>,
    /// Source credentials must have been completed at most this many years ago.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_years_since: Option<f64>,
}

/// A permeability edge: holding all `from` credentials reduces the work of `to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecognitionRule {
    pub id: String,
    /// Credential ids, all required.
    pub from: Vec<String>,
    /// Target offer id.
    pub to: String,
    pub grant: Grant,
    #[serde(default)]
    pub conditions: RuleConditions,
    /// Largest share (0 < cap <= 1) of the target's credits that recognition may cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<f64>,
    /// Where the recognised learning took place; absent means derived from the `from`
    /// credentials (higher education when every one is awarded by a higher-education offer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<LearningOrigin>,
    /// Rules sharing a group recognise the same learning: only the largest one counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlap_group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    pub kind: RecognitionKind,
    /// Body that issues or decides the recognition.
    pub issuer: String,
    pub source: Source,
    #[serde(default, skip_serializing_if = "LangMap::is_empty")]
    pub note: LangMap,
    /// Documents to prepare (language-tagged), beyond what the conditions imply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<LangMap>,
    /// Application deadline (YYYY-MM-DD or --MM-DD for yearly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}
