//! Reading dataset files: JSON text -> [`DatasetFile`], collecting every problem.
//!
//! Two paths: [`parse_fast`] deserialises straight into the typed model (what the app does
//! on every start; no intermediate tree), and [`parse_reporting`] goes through a
//! `serde_json::Value` and deserialises each item on its own, so one bad offer does not hide
//! the problems of the others. The validator uses the second.

use crate::jsonpos::{Locator, Path, Seg};
use crate::model::*;
use crate::route::Msg;
use crate::validate::{Diagnostic, Severity};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Deserialises a whole file at once; the error is serde's (with line and column).
pub fn parse_fast(text: &str) -> Result<DatasetFile, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Like [`parse_fast`], with the error's line, column and message kept apart.
pub fn parse_fast_located(text: &str) -> Result<DatasetFile, Unread> {
    serde_json::from_str(text).map_err(|e| Unread {
        line: e.line(),
        column: e.column(),
        reason: strip_position(&e.to_string()),
        valid_json: e.is_data(),
    })
}

/// `inputs` without a leading byte-order mark: Windows editors and spreadsheet exports write
/// one before the JSON (or Turtle), and serde would refuse the file at line 1, column 1 with
/// "expected value", naming nothing the publisher can see. Borrowed unless a text has one.
pub(crate) fn without_boms(
    inputs: &[(String, String)],
) -> std::borrow::Cow<'_, [(String, String)]> {
    if !inputs.iter().any(|(_, t)| t.starts_with(BOM)) {
        return std::borrow::Cow::Borrowed(inputs);
    }
    std::borrow::Cow::Owned(
        inputs
            .iter()
            .map(|(n, t)| (n.clone(), t.strip_prefix(BOM).unwrap_or(t).to_string()))
            .collect(),
    )
}

/// The byte-order mark as UTF-8 text carries it.
pub(crate) const BOM: char = '\u{feff}';

/// Why a file could not be read into the typed model, and where.
pub struct Unread {
    pub line: usize,
    pub column: usize,
    /// serde's reason, without its position.
    pub reason: String,
    /// The text is JSON, but a value does not fit the format (an unknown field, a wrong
    /// type): a publisher fixes a field, not the file's syntax.
    pub valid_json: bool,
}

impl Unread {
    /// The rule code, hint key and message: the format's rule a value breaks (as the full
    /// checker names it), or `parse` for text that is not JSON.
    pub(crate) fn refusal(&self) -> (&'static str, &'static str, Msg) {
        if self.valid_json {
            refusal(&self.reason)
        } else {
            (
                "parse",
                "check.hint.json_syntax",
                Msg::new("check.serde.other").arg("reason", &self.reason),
            )
        }
    }
}

/// Where each parsed item came from (index in its section of the file).
#[derive(Debug, Clone, Default)]
pub struct Origins {
    /// Ids of items that failed to parse, so references to them are not reported again.
    pub broken_ids: Vec<String>,
    pub providers: Vec<usize>,
    pub credentials: Vec<usize>,
    pub offers: Vec<usize>,
    pub rules: Vec<usize>,
}

/// One input after reading: the items that parsed, their origins, and the problems.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub name: String,
    pub file: DatasetFile,
    pub origins: Origins,
}

/// Builds a diagnostic at `path` in `text`.
pub fn diag(
    severity: Severity,
    code: &str,
    msg: Msg,
    hint: Option<Msg>,
    file: &str,
    loc: &Locator,
    path: &Path,
) -> Diagnostic {
    let (line, column) = loc.locate(path);
    Diagnostic {
        severity,
        code: code.to_string(),
        msg,
        hint,
        file: file.to_string(),
        line,
        column,
        path: path.to_string(),
    }
}

const SECTIONS: [&str; 7] = [
    "format",
    "version",
    "meta",
    "providers",
    "credentials",
    "offers",
    "rules",
];

/// Reads one file, reporting syntax errors, wrong types, unknown and missing fields per
/// item. Returns `None` only when the text is not a JSON object at all.
pub fn parse_reporting(name: &str, text: &str, out: &mut Vec<Diagnostic>) -> Option<Loaded> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.push(Diagnostic {
                severity: Severity::Error,
                code: "json-syntax".into(),
                msg: Msg::new("check.json_syntax").arg("reason", strip_position(&e.to_string())),
                hint: Some(Msg::new("check.hint.json_syntax")),
                file: name.to_string(),
                line: e.line(),
                column: e.column(),
                path: "$".into(),
            });
            return None;
        }
    };
    let root = Path::root();
    let locator = Locator::new(text);
    let loc = &locator;
    // serde_json's `Value` keeps the last of two equal keys: without this, a second
    // `"offers"` list would replace the first and the check would pass.
    for d in crate::jsonpos::duplicate_keys(text) {
        let (line, column) = loc.line_col(d.repeat);
        let key = match d.path.0.last() {
            Some(crate::jsonpos::Seg::Key(k)) => k.to_string(),
            _ => String::new(),
        };
        out.push(Diagnostic {
            severity: Severity::Error,
            code: "duplicate-key".into(),
            msg: Msg::new("check.duplicate_key.at")
                .arg("name", key)
                .arg("line", loc.line_col(d.first).0),
            hint: Some(Msg::new("check.hint.duplicate_key")),
            file: name.to_string(),
            line,
            column,
            path: d.path.to_string(),
        });
    }
    let Value::Object(obj) = &value else {
        out.push(diag(
            Severity::Error,
            "not-a-dataset",
            Msg::new("check.not_a_dataset"),
            Some(Msg::new("check.hint.not_a_dataset")),
            name,
            loc,
            &root,
        ));
        return None;
    };
    let mut e = |code: &str, msg: Msg, hint: &str, path: &Path| {
        out.push(diag(
            Severity::Error,
            code,
            msg,
            Some(Msg::new(hint)),
            name,
            loc,
            path,
        ))
    };
    for k in obj.keys() {
        if !SECTIONS.contains(&k.as_str()) {
            e(
                "unknown-field",
                Msg::new("check.unknown_top_level").arg("name", k),
                "check.hint.top_level",
                &root.key(k.clone()),
            );
        }
    }
    let mut file = DatasetFile::default();
    match obj.get("format") {
        Some(Value::String(s)) if s == FORMAT_NAME => file.format = s.clone(),
        Some(v) => e(
            "wrong-format",
            Msg::new("check.wrong_format")
                .arg("found", v)
                .arg("expected", FORMAT_NAME),
            "check.hint.set_format",
            &root.key("format"),
        ),
        None => e(
            "missing-field",
            Msg::new("check.missing_field").arg("name", "format"),
            "check.hint.add_format",
            &root,
        ),
    }
    match obj.get("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 && v <= u64::from(FORMAT_VERSION) => file.version = v as u32,
            Some(v) if v > u64::from(FORMAT_VERSION) => e(
                "unsupported-version",
                Msg::new("check.unsupported_version.newer")
                    .arg("version", v)
                    .arg("reads", FORMAT_VERSION),
                "check.hint.update_planner",
                &root.key("version"),
            ),
            _ => e(
                "wrong-type",
                Msg::new("check.wrong_version").arg("found", n),
                "check.hint.set_version",
                &root.key("version"),
            ),
        },
        Some(v) => e(
            "wrong-type",
            Msg::new("check.wrong_version").arg("found", v),
            "check.hint.set_version",
            &root.key("version"),
        ),
        None => e(
            "missing-field",
            Msg::new("check.missing_field").arg("name", "version"),
            "check.hint.add_version",
            &root,
        ),
    }
    if let Some(m) = obj.get("meta") {
        file.meta = item::<Meta>(m, &root.key("meta"), name, loc, out);
    }
    let mut origins = Origins::default();
    let mut broken = Vec::new();
    file.providers = section(
        obj,
        "providers",
        name,
        loc,
        out,
        &mut origins.providers,
        &mut broken,
    );
    file.credentials = section(
        obj,
        "credentials",
        name,
        loc,
        out,
        &mut origins.credentials,
        &mut broken,
    );
    file.offers = section(
        obj,
        "offers",
        name,
        loc,
        out,
        &mut origins.offers,
        &mut broken,
    );
    file.rules = section(
        obj,
        "rules",
        name,
        loc,
        out,
        &mut origins.rules,
        &mut broken,
    );
    origins.broken_ids = broken;
    Some(Loaded {
        name: name.to_string(),
        file,
        origins,
    })
}

fn section<T: DeserializeOwned>(
    obj: &serde_json::Map<String, Value>,
    key: &'static str,
    name: &str,
    loc: &Locator,
    out: &mut Vec<Diagnostic>,
    origins: &mut Vec<usize>,
    broken: &mut Vec<String>,
) -> Vec<T> {
    let path = Path::root().key(key);
    match obj.get(key) {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            let mut parsed = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                if let Some(t) = item::<T>(v, &path.index(i), name, loc, out) {
                    parsed.push(t);
                    origins.push(i);
                } else {
                    for k in ["id", "awards"] {
                        if let Some(id) = v.get(k).and_then(Value::as_str) {
                            broken.push(id.to_string());
                        }
                    }
                }
            }
            parsed
        }
        Some(_) => {
            out.push(diag(
                Severity::Error,
                "wrong-type",
                Msg::new("check.not_an_array").arg("name", key),
                Some(Msg::new("check.hint.write_array").arg("name", key)),
                name,
                loc,
                &path,
            ));
            Vec::new()
        }
    }
}

/// Deserialises one item; on failure reports the inner path and serde's reason.
fn item<T: DeserializeOwned>(
    v: &Value,
    path: &Path,
    name: &str,
    loc: &Locator,
    out: &mut Vec<Diagnostic>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(v) {
        Ok(t) => Some(t),
        Err(err) => {
            let mut p = path.clone();
            for seg in err.path().iter() {
                match seg {
                    serde_path_to_error::Segment::Seq { index } => p.0.push(Seg::Index(*index)),
                    serde_path_to_error::Segment::Map { key } => {
                        p.0.push(Seg::Key(key.clone().into()))
                    }
                    serde_path_to_error::Segment::Enum { .. }
                    | serde_path_to_error::Segment::Unknown => {}
                }
            }
            let inner = err.inner().to_string();
            let (code, hint, msg) = refusal(&inner);
            out.push(diag(
                Severity::Error,
                code,
                msg,
                Some(Msg::new(hint)),
                name,
                loc,
                &p,
            ));
            None
        }
    }
}

/// serde's reason for refusing a value, as the rule code, hint key and message: the common
/// reasons keyed with their parts (the field or value named, what was expected), any other
/// kept whole in `reason`. The parts themselves (`expected one of ...`, `invalid type:
/// string "x"`) stay serde's.
pub(crate) fn refusal(reason: &str) -> (&'static str, &'static str, Msg) {
    // The rule a refusal breaks, by serde's opening words; any other is a wrong type.
    const RULES: [(&str, &str, &str); 4] = [
        (
            "missing field ",
            "missing-field",
            "check.hint.missing_field",
        ),
        (
            "duplicate field ",
            "duplicate-key",
            "check.hint.duplicate_key",
        ),
        (
            "unknown field ",
            "unknown-field",
            "check.hint.unknown_field",
        ),
        (
            "unknown variant ",
            "invalid-value",
            "check.hint.unknown_variant",
        ),
    ];
    let (code, hint) = RULES
        .iter()
        .find(|r| reason.starts_with(r.0))
        .map_or(("wrong-type", "check.hint.wrong_type"), |r| (r.1, r.2));
    (code, hint, refusal_msg(reason))
}

/// The message of [`refusal`]: the field or value named, and what was expected, as keys.
fn refusal_msg(reason: &str) -> Msg {
    let ticked = |rest: &str| {
        let rest = rest.strip_prefix('`')?;
        let (name, tail) = rest.split_once('`')?;
        Some((
            name.to_string(),
            tail.strip_prefix(", ").unwrap_or(tail).to_string(),
        ))
    };
    let named = |prefix: &str| reason.strip_prefix(prefix).and_then(ticked);
    let listed = |prefix: &str| {
        let (name, tail) = named(prefix)?;
        Some((name, tail.strip_prefix("expected one of ")?.to_string()))
    };
    if let Some((name, _)) = named("missing field ") {
        return Msg::new("check.missing_field").arg("name", name);
    }
    if let Some((name, _)) = named("duplicate field ") {
        return Msg::new("check.duplicate_key").arg("name", name);
    }
    for (prefix, key) in [
        ("unknown field ", "check.serde.unknown_field"),
        ("unknown variant ", "check.serde.unknown_variant"),
    ] {
        if let Some((name, allowed)) = listed(prefix) {
            return Msg::new(key).arg("name", name).arg("allowed", allowed);
        }
    }
    match reason
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected "))
    {
        Some((found, expected)) => Msg::new("check.serde.invalid_type")
            .arg("found", found)
            .arg("expected", expected),
        None => Msg::new("check.serde.other").arg("reason", reason),
    }
}

/// serde_json appends " at line L column C"; diagnostics carry position separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
