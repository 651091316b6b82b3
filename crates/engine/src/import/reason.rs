//! The reason codes of the mapping report and how much each one loses. Codes are stable:
//! `pathways-data/IMPORT.md` documents each, `--report-json` and the catalogues' keys
//! (`import.<code>`) carry them.

use serde::{Deserialize, Serialize};

/// Whether a report entry means information was lost (exit code 1) or is only a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Mapped, but with an assumption or conversion the reader should know about.
    Info,
    /// Something in the source is not (fully) represented in the output.
    Loss,
}

/// Stable reason codes; `pathways-data/IMPORT.md` documents each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// `@context` is neither CTDL nor ELM although that format was forced.
    UnknownContext,
    /// A node type the importer has no mapping for.
    UnsupportedType,
    /// A property of a mapped node that the importer does not map.
    UnmappedProperty,
    /// A node without `@id`/CTID; a stable id was generated from its JSON path.
    MissingId,
    /// A reference to a node not in the input; a placeholder credential was declared.
    DanglingReference,
    /// A rule or component whose target is not in the input, so it was dropped.
    DanglingTarget,
    /// The provider is not in the input; a placeholder provider was created.
    UnknownProvider,
    /// The data names no country for a provider; it is recorded as unknown.
    CountryUnknown,
    /// A node without a title; its id was used as title.
    NoTitle,
    /// Credits in a non-ECTS unit, converted with the declared rate.
    CreditUnitConverted,
    /// Credits in a unit without a known ECTS rate: dropped, value kept in the note.
    CreditUnitUnknown,
    /// A credit range or several credit values; one was kept.
    CreditValueApproximated,
    /// A level that maps to EQF by a documented convention.
    LevelMapped,
    /// A level (audience level, national level) with no EQF equivalent.
    LevelUnmapped,
    /// The offer kind was chosen by a documented convention.
    KindAssumed,
    /// A duration that could not be read, or only a workload/range was given.
    DurationApproximated,
    /// No duration given: `duration_months` is absent (unknown).
    DurationUnknown,
    /// No price given: `cost` is absent (unknown).
    CostUnknown,
    /// Several costs or fields or thematic areas; the first was kept.
    MultipleValues,
    /// No delivery mode given; `full_time` was assumed.
    ModeAssumed,
    /// A language that is not a known ISO 639 code.
    LanguageUnmapped,
    /// Free-text condition kept as a counsellor note.
    ConditionText,
    /// A condition leaf with no equivalent (minimum age, submissions, credit totals).
    ConditionInexpressible,
    /// `OnlyOne` ("exactly one") weakened to "at least one".
    OnlyOneWeakened,
    /// A `requiredNumber` larger than the candidates, or 0.
    RequiredNumberAdjusted,
    /// A `hasConstraint` that the condition model cannot express.
    ConstraintUnmapped,
    /// `requires` on a credential listing the courses that make it up: completion
    /// requirements, not entry requirements, so they are not an entry condition.
    CompletionRequirement,
    /// An advanced-standing grant whose year or credits were assumed.
    AdvancedEntryAssumed,
    /// Recognised credits clamped to the target's credit total.
    CreditsClamped,
    /// ELM entry requirement (text only) kept as a note marked `[needs structuring]`.
    EntryRequirementText,
    /// A pathway destination, offered as a selectable goal.
    Goal,
    /// The same node id appears twice; the first was kept.
    DuplicateNode,
    /// A date that is not YYYY-MM-DD (time part removed or value dropped).
    DateAdjusted,
    /// A pathway became an offer with modules and completion requirements.
    PathwayMapped,
    /// A pathway component without credits in ECTS or a convertible unit: 0 ECTS.
    ComponentCreditsUnknown,
}

impl Reason {
    /// Every reason, for documentation and coverage tests (keep in step with `code`).
    pub const ALL: [Reason; 35] = [
        Reason::UnknownContext,
        Reason::UnsupportedType,
        Reason::UnmappedProperty,
        Reason::MissingId,
        Reason::DanglingReference,
        Reason::DanglingTarget,
        Reason::UnknownProvider,
        Reason::CountryUnknown,
        Reason::NoTitle,
        Reason::CreditUnitConverted,
        Reason::CreditUnitUnknown,
        Reason::CreditValueApproximated,
        Reason::LevelMapped,
        Reason::LevelUnmapped,
        Reason::KindAssumed,
        Reason::DurationApproximated,
        Reason::DurationUnknown,
        Reason::CostUnknown,
        Reason::MultipleValues,
        Reason::ModeAssumed,
        Reason::LanguageUnmapped,
        Reason::ConditionText,
        Reason::ConditionInexpressible,
        Reason::OnlyOneWeakened,
        Reason::RequiredNumberAdjusted,
        Reason::ConstraintUnmapped,
        Reason::CompletionRequirement,
        Reason::AdvancedEntryAssumed,
        Reason::CreditsClamped,
        Reason::EntryRequirementText,
        Reason::Goal,
        Reason::DuplicateNode,
        Reason::DateAdjusted,
        Reason::PathwayMapped,
        Reason::ComponentCreditsUnknown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::UnknownContext => "unknown_context",
            Reason::UnsupportedType => "unsupported_type",
            Reason::UnmappedProperty => "unmapped_property",
            Reason::MissingId => "missing_id",
            Reason::DanglingReference => "dangling_reference",
            Reason::DanglingTarget => "dangling_target",
            Reason::UnknownProvider => "unknown_provider",
            Reason::CountryUnknown => "country_unknown",
            Reason::NoTitle => "no_title",
            Reason::CreditUnitConverted => "credit_unit_converted",
            Reason::CreditUnitUnknown => "credit_unit_unknown",
            Reason::CreditValueApproximated => "credit_value_approximated",
            Reason::LevelMapped => "level_mapped",
            Reason::LevelUnmapped => "level_unmapped",
            Reason::KindAssumed => "kind_assumed",
            Reason::DurationApproximated => "duration_approximated",
            Reason::DurationUnknown => "duration_unknown",
            Reason::CostUnknown => "cost_unknown",
            Reason::MultipleValues => "multiple_values",
            Reason::ModeAssumed => "mode_assumed",
            Reason::LanguageUnmapped => "language_unmapped",
            Reason::ConditionText => "condition_text",
            Reason::ConditionInexpressible => "condition_inexpressible",
            Reason::OnlyOneWeakened => "only_one_weakened",
            Reason::RequiredNumberAdjusted => "required_number_adjusted",
            Reason::ConstraintUnmapped => "constraint_unmapped",
            Reason::CompletionRequirement => "completion_requirement",
            Reason::AdvancedEntryAssumed => "advanced_entry_assumed",
            Reason::CreditsClamped => "credits_clamped",
            Reason::EntryRequirementText => "entry_requirement_text",
            Reason::Goal => "goal",
            Reason::DuplicateNode => "duplicate_node",
            Reason::DateAdjusted => "date_adjusted",
            Reason::PathwayMapped => "pathway_mapped",
            Reason::ComponentCreditsUnknown => "component_credits_unknown",
        }
    }

    pub fn level(self) -> Level {
        match self {
            Reason::CreditUnitConverted
            | Reason::LevelMapped
            | Reason::KindAssumed
            | Reason::Goal
            | Reason::PathwayMapped
            | Reason::MissingId
            | Reason::CountryUnknown
            | Reason::DurationUnknown
            | Reason::CostUnknown => Level::Info,
            _ => Level::Loss,
        }
    }
}
