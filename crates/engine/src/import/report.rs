//! The mapping report: what every source node became and everything that was not mapped.
//!
//! Entries are message keys with arguments (`import.<reason code>[.<variant>]`, texts in
//! `locales/*.json`), like route explanations: [`MappingReport::lines`] lays the report out
//! as messages and [`text`] renders them with the engine's one renderer, in English for
//! the CLI and in the reader's language in the app.

use crate::route::render::Renderer;
use crate::route::Msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use super::reason::{Level, Reason};

/// One report line. Identical (reason, node type, property) entries are grouped: `count`
/// says how many there were and `path` is the first one, so big files stay readable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub reason: Reason,
    pub level: Level,
    /// Input name.
    pub file: String,
    /// JSON path of the first occurrence, e.g. `$.@graph[3]['ceterms:keyword']`.
    pub path: String,
    /// Source node type (e.g. `ceterms:BachelorDegree`), empty when not applicable.
    pub node_type: String,
    /// Source property, empty when the entry is about a whole node.
    pub property: String,
    /// What happened, as a message key (`import.<reason code>[.<variant>]`) with arguments.
    pub msg: Msg,
    pub count: usize,
}

/// What a source node became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Offer,
    /// A module of an offer (a pathway component).
    Module,
    Rule,
    Condition,
    Provider,
    Credential,
    Goal,
    Note,
    Merged,
    NotMapped,
}

/// Format detected (or forced) for one input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detected {
    pub file: String,
    pub format: String,
    /// Why: the `@context` URL or key prefix that decided it, as a message
    /// (`report.how.*`; a `form` argument names the RDF form read first, `report.form.*`).
    pub evidence: Msg,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MappingReport {
    pub detected: Vec<Detected>,
    /// Source nodes read, per type.
    pub nodes_read: BTreeMap<String, usize>,
    /// Per source type, what its nodes became and how many.
    pub mapped: BTreeMap<String, BTreeMap<Target, usize>>,
    pub entries: Vec<Entry>,
}

impl MappingReport {
    pub(crate) fn read(&mut self, ty: &str) {
        *self.nodes_read.entry(ty.to_string()).or_default() += 1;
    }

    pub(crate) fn became(&mut self, ty: &str, t: Target) {
        *self
            .mapped
            .entry(ty.to_string())
            .or_default()
            .entry(t)
            .or_default() += 1;
    }

    /// Adds an entry, grouping it with an earlier one of the same reason, type, property
    /// and message-free key so repeated properties appear once with a count.
    pub(crate) fn add(
        &mut self,
        reason: Reason,
        file: &str,
        path: &str,
        node_type: &str,
        property: &str,
        msg: Msg,
    ) {
        let groupable = matches!(
            reason,
            Reason::UnmappedProperty | Reason::UnsupportedType | Reason::LevelUnmapped
        );
        if groupable {
            if let Some(e) = self.entries.iter_mut().find(|e| {
                e.reason == reason
                    && e.file == file
                    && e.node_type == node_type
                    && e.property == property
            }) {
                e.count += 1;
                return;
            }
        }
        self.entries.push(Entry {
            reason,
            level: reason.level(),
            file: file.to_string(),
            path: path.to_string(),
            node_type: node_type.to_string(),
            property: property.to_string(),
            msg,
            count: 1,
        });
    }

    /// Entries that mean information was lost.
    pub fn losses(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.level == Level::Loss)
            .count()
    }

    /// 0 when everything was mapped, 1 when something was not (as `pathways check`).
    pub fn exit_code(&self) -> i32 {
        if self.losses() > 0 {
            1
        } else {
            0
        }
    }

    /// Entries with a given reason (for tests and callers).
    pub fn with_reason(&self, r: Reason) -> Vec<&Entry> {
        self.entries.iter().filter(|e| e.reason == r).collect()
    }

    /// The report as messages, one per line (an entry's line carries its location too):
    /// what [`text`] renders, and what the importer module sends the app.
    pub fn lines(&self) -> Vec<Msg> {
        let mut out = Vec::new();
        for d in &self.detected {
            let mut m = d.evidence.clone().arg(HOW, &d.evidence.key);
            m.key = READ_AS.into();
            out.push(m.arg("file", &d.file).arg("format", &d.format));
        }
        out.push(Msg::new(NODES_READ));
        for (t, n) in &self.nodes_read {
            let became = self
                .mapped
                .get(t)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| format!("{}:{v}", target_name(*k)))
                        .collect::<Vec<_>>()
                        .join(",")
                })
                .unwrap_or_default();
            out.push(
                Msg::new(NODE)
                    .arg("n", format!("{n:>5}"))
                    .arg("type", t)
                    .arg(BECAME, became),
            );
        }
        if self.entries.is_empty() {
            out.push(Msg::new(ALL_MAPPED));
            return out;
        }
        out.push(
            Msg::new(ENTRIES)
                .arg("n", self.entries.len())
                .arg("losses", self.losses()),
        );
        for e in &self.entries {
            let mut m = e.msg.clone().arg(
                LEVEL,
                match e.level {
                    Level::Info => "info",
                    Level::Loss => "loss",
                },
            );
            m = m
                .arg("code", e.reason.code())
                .arg("file", &e.file)
                .arg("at", &e.path);
            if e.count > 1 {
                m = m.arg("count", e.count);
            }
            out.push(m);
        }
        out
    }
}

/// Key of the line naming the format read (`file`, `format`, `evidence`).
pub const READ_AS: &str = "report.read_as";
/// Key of the heading of the node counts.
pub const NODES_READ: &str = "report.nodes_read";
/// Key of a node count (`n`, `type`, `became`: `target:count` pairs, comma-separated).
pub const NODE: &str = "report.node";
/// Key of the line said when nothing was lost or assumed.
pub const ALL_MAPPED: &str = "report.all_mapped";
/// Key of the heading of the entries (`n`, `losses`).
pub const ENTRIES: &str = "report.entries";
/// Key of an entry's location line (`level`, `code`, `file`, `at`, optional `count`).
pub const ENTRY: &str = "report.entry";
/// Arguments that hold a catalogue key rather than a value: the key's text (filled with the
/// line's arguments) takes their place, innermost first. How a format was recognised
/// (`report.how.*`), the RDF form read first (`report.form.*`), and what a forced format's
/// content looked like instead.
pub(crate) const INNER: &str = "inner";
pub(crate) const HOW: &str = "how";
pub(crate) const FORM: &str = "form";
/// Evidence of a format forced on content that shows no format at all.
pub(crate) const HOW_FORCED: &str = "report.how.forced";
/// The argument naming an entry's level (`info` or `loss`): it marks a line as an entry.
const LEVEL: &str = "level";
const BECAME: &str = "became";

/// Every layout key of the report (the entries' own keys are `import.*`), and the words
/// they use: `report.level.{info,loss}`, `report.target.<target>`.
pub const LAYOUT_KEYS: &[&str] = &[
    READ_AS,
    NODES_READ,
    NODE,
    ALL_MAPPED,
    ENTRIES,
    ENTRY,
    "report.level.info",
    "report.level.loss",
    "report.target.offer",
    "report.target.module",
    "report.target.rule",
    "report.target.condition",
    "report.target.provider",
    "report.target.credential",
    "report.target.goal",
    "report.target.note",
    "report.target.merged",
    "report.target.not_mapped",
    "report.target.none",
    "report.how.context",
    "report.how.prefix",
    "report.how.elm_type",
    HOW_FORCED,
    "report.how.forced_otherwise",
    "report.form.expanded",
    "report.form.ntriples",
];

/// The report's [`MappingReport::lines`] as text with `r`'s catalogue: what `pathways
/// import` prints (in English) and the app shows (in the reader's language).
pub fn text(lines: &[Msg], r: &Renderer) -> String {
    let word = |k: String| (r.text)(&k).unwrap_or(k);
    let mut s = String::new();
    for m in lines {
        let nested;
        let m = if m.args.contains_key(HOW) {
            nested = resolve(m, r);
            &nested
        } else {
            m
        };
        if m.key == NODES_READ || m.key == ENTRIES || m.key == ALL_MAPPED {
            s.push('\n');
        }
        if let Some(level) = m.args.get(LEVEL) {
            let mut head = Msg::new(ENTRY);
            head.args.clone_from(&m.args);
            head.args
                .insert(LEVEL.into(), word(format!("report.level.{level}")));
            s.push_str(&r.msg(&head));
            s.push_str("\n       ");
        }
        match m.args.get(BECAME) {
            Some(b) => {
                let became = if b.is_empty() {
                    word("report.target.none".into())
                } else {
                    b.split(',')
                        .filter_map(|p| p.split_once(':'))
                        .map(|(t, n)| word(format!("report.target.{t}")).replace("{n}", n))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let mut m = m.clone();
                m.args.insert(BECAME.into(), became);
                s.push_str(&r.msg(&m));
            }
            None => s.push_str(&r.msg(m)),
        }
        s.push('\n');
    }
    s
}

/// An entry's sentence with `r`'s catalogue (what [`text`] shows under its location line).
pub fn sentence(m: &Msg, r: &Renderer) -> String {
    r.msg(&resolve(m, r))
}

/// `m` with the arguments that name catalogue keys ([`HOW`], ...) replaced by their texts.
fn resolve(m: &Msg, r: &Renderer) -> Msg {
    let mut out = m.clone();
    for name in [INNER, HOW, FORM] {
        if let Some(key) = out.args.get(name) {
            let t = r.msg(&Msg {
                key: key.clone(),
                args: out.args.clone(),
            });
            out.args.insert(name.into(), t);
        }
    }
    out
}

/// A message as a flat row, `[key, name, value, name, value, ...]`: the shape the importer
/// module sends the app (whose reader of string arrays it already has).
pub fn to_row(m: &Msg) -> Vec<String> {
    let mut row = Vec::with_capacity(1 + 2 * m.args.len());
    row.push(m.key.clone());
    for (k, v) in &m.args {
        row.push(k.clone());
        row.push(v.clone());
    }
    row
}

/// The message of a [`to_row`] row (an empty row gives an empty key).
pub fn from_row(row: Vec<String>) -> Msg {
    let mut it = row.into_iter();
    let mut m = Msg::new(&it.next().unwrap_or_default());
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        m.args.insert(k, v);
    }
    m
}

fn target_name(t: Target) -> &'static str {
    match t {
        Target::Offer => "offer",
        Target::Module => "module",
        Target::Rule => "rule",
        Target::Condition => "condition",
        Target::Provider => "provider",
        Target::Credential => "credential",
        Target::Goal => "goal",
        Target::Note => "note",
        Target::Merged => "merged",
        Target::NotMapped => "not_mapped",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_render_with_a_catalogue_and_survive_the_trip_as_rows() {
        let mut r = MappingReport::default();
        r.detected.push(Detected {
            file: "a.json".into(),
            format: "ctdl".into(),
            evidence: Msg::new("report.how.context").arg("context", "x"),
        });
        r.read("ceterms:Pathway");
        r.became("ceterms:Pathway", Target::Offer);
        r.read("ceterms:Job");
        for _ in 0..2 {
            r.add(
                Reason::UnmappedProperty,
                "a.json",
                "$.k",
                "ceterms:Course",
                "ceterms:k",
                Msg::new("import.unmapped_property")
                    .arg("property", "ceterms:k")
                    .arg("type", "ceterms:Course"),
            );
        }
        let cat: BTreeMap<&str, &str> = [
            (
                READ_AS,
                "{file}: read as {format} ([{form}, read as compacted CTDL; ]{how})",
            ),
            ("report.how.context", "@context {context}"),
            (NODES_READ, "source nodes read:"),
            (NODE, "  {n}  {type}  -> {became}"),
            (ENTRIES, "{n} report entries ({losses} with loss):"),
            (
                ENTRY,
                "  {level} {code} {file}:{at}[ (x{count}, first shown)]",
            ),
            ("report.level.loss", "LOSS"),
            ("report.target.offer", "{n} offer"),
            ("report.target.none", "not mapped"),
            (
                "import.unmapped_property",
                "`{property}` of {type} has no field in our format",
            ),
        ]
        .into_iter()
        .collect();
        let text_of = |k: &str| cat.get(k).map(|s| s.to_string());
        let ds = crate::Dataset::default();
        let en = Renderer {
            ds: &ds,
            lang: "en",
            text: &text_of,
            with_ids: true,
        };
        let lines: Vec<Msg> = r.lines().iter().map(to_row).map(from_row).collect();
        assert_eq!(lines, r.lines());
        assert_eq!(
            text(&lines, &en),
            "a.json: read as ctdl (@context x)\n\nsource nodes read:\n      1  ceterms:Job  -> not mapped\n      1  ceterms:Pathway  -> 1 offer\n\n1 report entries (1 with loss):\n  LOSS unmapped_property a.json:$.k (x2, first shown)\n       `ceterms:k` of ceterms:Course has no field in our format\n"
        );
        assert_eq!(from_row(Vec::new()).key, "");
    }
}
