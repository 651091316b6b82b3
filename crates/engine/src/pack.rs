//! Packs: one validated dataset in one file, for big datasets (`pathways pack`).
//!
//! A pack is a header line, then one record per line, each in the dataset format's JSON:
//!
//! ```text
//! {"format":"pathways-pack","version":1,"providers":2,"credentials":0,"offers":3,"rules":1,"meta":[…],"checksum":"fnv1a64:…"}
//! {"id":"p1",…}          ← providers, then credentials, offers and rules, in that order
//! ```
//!
//! Why lines of JSON and not a binary serde format: a browser reads a pack a few thousand
//! records at a time between paints, with a progress bar and a cancel button, which one
//! JSON document cannot offer; the app already carries the JSON reader, and a second
//! decoder would add to a bundle at its size ceiling; and measured natively at 100k
//! offers, MessagePack read into the model only 1.6× faster than JSON (allocating the
//! model is the cost). The checksum (FNV-1a, 64 bits, over every byte after the header
//! line) tells a pack cut off or changed in transfer from a sound one; the pack was
//! checked with the full validator when it was written, so a reader that finds it intact
//! does not check it again.

use crate::model::*;
use crate::route::Msg;
use crate::validate::{Diagnostic, Severity};
use serde::{Deserialize, Serialize};

/// The header's `format`.
pub const FORMAT: &str = "pathways-pack";
/// The layout this engine writes and reads.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    #[serde(default)]
    providers: usize,
    #[serde(default)]
    credentials: usize,
    #[serde(default)]
    offers: usize,
    #[serde(default)]
    rules: usize,
    #[serde(default)]
    meta: Vec<Meta>,
    #[serde(default)]
    checksum: String,
}

/// Whether `bytes` are a pack (its header opens the file; [`write`] puts `format` first).
pub fn is_pack(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    b.starts_with(br#"{"format":"pathways-pack""#)
}

/// FNV-1a over bytes, 64 bits: a few lines, no dependency, and enough to tell a damaged
/// file from a sound one (it is not a defence against a forger, who could recompute it).
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn text(self) -> String {
        format!("fnv1a64:{:016x}", self.0)
    }
}

/// Writes `files` as one pack, merged as the engine merges them: in order, the first
/// record with an id kept. The caller validates them first (`pathways pack` refuses a
/// dataset with errors).
pub fn write(files: Vec<DatasetFile>) -> String {
    let mut meta = Vec::new();
    let mut providers = Vec::new();
    let mut credentials = Vec::new();
    let mut offers = Vec::new();
    let mut rules = Vec::new();
    for f in files {
        meta.extend(f.meta);
        providers.extend(f.providers);
        credentials.extend(f.credentials);
        offers.extend(f.offers);
        rules.extend(f.rules);
    }
    // The engine's merge rule, so a pack holds exactly the records a merge would keep.
    use crate::dataset::keep_first;
    keep_first(&mut providers, |p| &p.id);
    keep_first(&mut credentials, |c| &c.id);
    keep_first(&mut offers, |o| &o.id);
    keep_first(&mut rules, |r| &r.id);
    let mut body = String::new();
    let counts = [
        lines(&mut body, &providers),
        lines(&mut body, &credentials),
        lines(&mut body, &offers),
        lines(&mut body, &rules),
    ];
    let mut sum = Fnv::new();
    sum.add(body.as_bytes());
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        providers: counts[0],
        credentials: counts[1],
        offers: counts[2],
        rules: counts[3],
        meta,
        checksum: sum.text(),
    };
    let mut out = serde_json::to_string(&header).unwrap_or_default();
    out.push('\n');
    out.push_str(&body);
    out
}

/// Appends one line per record; returns how many.
fn lines<T: Serialize>(out: &mut String, records: &[T]) -> usize {
    let mut n = 0;
    for r in records {
        // Our own model always serialises; a failure would be a bug, not bad data.
        if let Ok(line) = serde_json::to_string(r) {
            out.push_str(&line);
            out.push('\n');
            n += 1;
        }
    }
    n
}

/// Reads a pack a slice of records at a time ([`Reader::step`]), so a page can paint and
/// take input in between; [`read`] reads it at once.
pub struct Reader<'a> {
    name: String,
    bytes: &'a [u8],
    /// Byte offset of the next record's line, and its 1-based line number.
    at: usize,
    line: usize,
    header: Header,
    sum: Fnv,
    file: DatasetFile,
}

impl<'a> Reader<'a> {
    /// Reads the header of the pack `bytes` (named `name` in messages).
    pub fn new(name: &str, bytes: &'a [u8]) -> Result<Self, Box<Diagnostic>> {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let end = bytes
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(bytes.len());
        let first = std::str::from_utf8(&bytes[..end]).unwrap_or("");
        let header: Header = serde_json::from_str(first).map_err(|e| {
            problem(
                name,
                "pack-header",
                1,
                e.column(),
                format!("the pack's first line is not a pack header: {e}"),
                "write the pack again with `pathways pack`",
            )
        })?;
        if header.format != FORMAT {
            return Err(problem(
                name,
                "pack-header",
                1,
                1,
                format!("the header's format is `{}`, not `{FORMAT}`", header.format),
                "write the pack again with `pathways pack`",
            ));
        }
        if header.version != VERSION {
            return Err(problem(
                name,
                "pack-version",
                1,
                1,
                format!(
                    "this pack is in pack version {}; this planner reads version {VERSION}",
                    header.version
                ),
                "write the pack again with the `pathways pack` of this planner's release, or open the dataset's JSON files instead",
            ));
        }
        let file = DatasetFile {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            meta: None,
            providers: Vec::with_capacity(header.providers.min(1 << 20)),
            credentials: Vec::with_capacity(header.credentials.min(1 << 20)),
            offers: Vec::with_capacity(header.offers.min(1 << 20)),
            rules: Vec::with_capacity(header.rules.min(1 << 22)),
        };
        Ok(Reader {
            name: name.into(),
            bytes,
            at: (end + 1).min(bytes.len()),
            line: 2,
            header,
            sum: Fnv::new(),
            file,
        })
    }

    /// Records in the pack, as its header counts them.
    pub fn total(&self) -> usize {
        let h = &self.header;
        h.providers + h.credentials + h.offers + h.rules
    }

    /// Records read so far.
    pub fn done(&self) -> usize {
        self.line - 2
    }

    /// Reads up to `budget` records; `Ok(false)` once every record is read and the pack is
    /// found intact.
    pub fn step(&mut self, budget: usize) -> Result<bool, Box<Diagnostic>> {
        for _ in 0..budget.max(1) {
            let i = self.done();
            if i == self.total() {
                return self.verify().map(|()| false);
            }
            let Some(line) = self.next_line() else {
                return Err(self.corrupt(format!(
                    "the pack ends after {i} of its {} records",
                    self.total()
                )));
            };
            let h = &self.header;
            let f = &mut self.file;
            let read = if i < h.providers {
                parse(line).map(|r| f.providers.push(r))
            } else if i < h.providers + h.credentials {
                parse(line).map(|r| f.credentials.push(r))
            } else if i < h.providers + h.credentials + h.offers {
                parse(line).map(|r| f.offers.push(r))
            } else {
                parse(line).map(|r| f.rules.push(r))
            };
            if let Err((column, reason)) = read {
                if self.at == self.bytes.len() && !self.bytes.ends_with(b"\n") {
                    return Err(self.corrupt(format!(
                        "the pack breaks off in the middle of record {} of {}: it was cut off in transfer",
                        i + 1,
                        self.total()
                    )));
                }
                let line_no = self.line;
                return Err(problem(
                    &self.name,
                    "pack-record",
                    line_no,
                    column,
                    format!("record on line {line_no} cannot be read: {reason}"),
                    "the pack was changed after it was written; write it again with `pathways pack`",
                ));
            }
            self.line += 1;
        }
        if self.done() == self.total() {
            return self.verify().map(|()| false);
        }
        Ok(true)
    }

    /// The next record's line, added to the checksum; `None` at the end of the bytes.
    fn next_line(&mut self) -> Option<&'a [u8]> {
        let rest = self.bytes.get(self.at..).filter(|r| !r.is_empty())?;
        let len = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |p| p + 1);
        let (with_nl, _) = rest.split_at(len);
        self.sum.add(with_nl);
        self.at += len;
        Some(with_nl.strip_suffix(b"\n").unwrap_or(with_nl))
    }

    /// Nothing after the last record, and the checksum matches.
    fn verify(&self) -> Result<(), Box<Diagnostic>> {
        let rest = self.bytes.get(self.at..).unwrap_or(&[]);
        if !rest.iter().all(u8::is_ascii_whitespace) {
            return Err(self.corrupt(format!(
                "the pack has more lines than the {} records its header counts",
                self.total()
            )));
        }
        if self.sum.text() != self.header.checksum {
            return Err(self.corrupt(
                "the pack's checksum does not match its records: it was changed or damaged after it was written (line endings converted in transfer, an edit by hand)".into(),
            ));
        }
        Ok(())
    }

    fn corrupt(&self, message: String) -> Box<Diagnostic> {
        problem(
            &self.name,
            "pack-corrupt",
            self.line,
            1,
            message,
            "download the pack again, or write it again with `pathways pack`; do not edit a pack by hand (edit the JSON files and pack them)",
        )
    }

    /// The records read, as one dataset file with the packed files' descriptions.
    /// Call after [`Reader::step`] returned `Ok(false)`.
    pub fn finish(self) -> (Vec<Meta>, DatasetFile) {
        (self.header.meta, self.file)
    }
}

fn parse<T: serde::de::DeserializeOwned>(line: &[u8]) -> Result<T, (usize, String)> {
    let text = std::str::from_utf8(line)
        .map_err(|e| (e.valid_up_to() + 1, "it is not UTF-8 text".to_string()))?;
    serde_json::from_str(text).map_err(|e| (e.column(), e.to_string()))
}

fn problem(
    file: &str,
    code: &str,
    line: usize,
    column: usize,
    message: String,
    hint: &str,
) -> Box<Diagnostic> {
    let detail = |s: String| Msg::new("check.detail").arg("reason", s);
    Box::new(Diagnostic {
        severity: Severity::Error,
        code: code.into(),
        msg: detail(message),
        hint: Some(detail(hint.into())),
        file: file.into(),
        line,
        column,
        path: "$".into(),
    })
}

/// Reads a whole pack: the dataset files to merge (one per packed file description, the
/// records in the first) for [`crate::Dataset::from_files`].
pub fn read(name: &str, bytes: &[u8]) -> Result<Vec<DatasetFile>, Box<Diagnostic>> {
    let mut r = Reader::new(name, bytes)?;
    while r.step(usize::MAX)? {}
    Ok(files(r.finish()))
}

/// A pack's records and descriptions as dataset files: the records in the first, each
/// further description in a file of its own (a dataset keeps one description per file).
pub fn files((meta, mut file): (Vec<Meta>, DatasetFile)) -> Vec<DatasetFile> {
    let mut meta = meta.into_iter();
    file.meta = meta.next();
    let mut out = vec![file];
    out.extend(meta.map(|m| DatasetFile {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        meta: Some(m),
        ..DatasetFile::default()
    }));
    out
}
