//! JSON paths and their positions in the source text.
//!
//! Diagnostics need `line:column` for a path such as `$.offers[3].entry.all[1]`. Keeping a
//! position for every value of a 100k-offer file would cost more memory than the dataset,
//! so positions are found on demand: [`Locator::locate`] walks the text along the path, skipping
//! everything else. It only runs on text that already parsed as JSON.

use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// Borrowed for the format's own field names: the validator builds a path for every
    /// value it checks, and copying each name into a new string was a fifth of its time.
    Key(Cow<'static, str>),
    Index(usize),
}

/// A JSON path from the document root.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }
    /// The path to key `k` of the object here: a field name (`"title"`), or a key read
    /// from the data (a language code), given as a `String`.
    pub fn key(&self, k: impl Into<Cow<'static, str>>) -> Self {
        self.then(Seg::Key(k.into()))
    }
    pub fn index(&self, i: usize) -> Self {
        self.then(Seg::Index(i))
    }
    fn then(&self, seg: Seg) -> Self {
        let mut v = Vec::with_capacity(self.0.len() + 1);
        v.extend_from_slice(&self.0);
        v.push(seg);
        Path(v)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        for s in &self.0 {
            match s {
                Seg::Key(k) if k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                    write!(f, ".{k}")?
                }
                Seg::Key(k) => write!(f, "[{k:?}]")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// Finds positions in one text for many diagnostics. Each container on a path is indexed
/// the first time a path enters it (one pass over it), and line starts are indexed once,
/// so N diagnostics in a file cost O(file + N) rather than a walk from the start each: a
/// file with 10,000 broken rules is checked in about the time of a clean one.
pub struct Locator<'a> {
    text: &'a str,
    line_starts: std::cell::OnceCell<Vec<usize>>,
    children: std::cell::RefCell<crate::fxhash::FxHashMap<usize, Children>>,
}

enum Children {
    Array(Vec<usize>),
    Object(Vec<(String, usize)>),
    Scalar,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            line_starts: std::cell::OnceCell::new(),
            children: Default::default(),
        }
    }

    /// 1-based line and column (in characters) of the value at `path`, or of the deepest
    /// ancestor that exists when the path goes further than the document.
    pub fn locate(&self, path: &Path) -> (usize, usize) {
        let b = self.text.as_bytes();
        let mut pos = skip_ws(b, 0);
        for seg in &path.0 {
            match self.child(pos, seg) {
                Some(p) => pos = p,
                None => break,
            }
        }
        self.line_col(pos)
    }

    /// How many containers have been indexed (for tests of the cost model).
    pub fn indexed_containers(&self) -> usize {
        self.children.borrow().len()
    }

    fn child(&self, i: usize, seg: &Seg) -> Option<usize> {
        let mut cache = self.children.borrow_mut();
        let entry = cache
            .entry(i)
            .or_insert_with(|| index_container(self.text.as_bytes(), i));
        match (entry, seg) {
            (Children::Array(v), Seg::Index(n)) => v.get(*n).copied(),
            (Children::Object(v), Seg::Key(k)) => v.iter().find(|(x, _)| x == k).map(|x| x.1),
            _ => None,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    text.bytes()
                        .enumerate()
                        .filter(|(_, c)| *c == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .collect()
        });
        let offset = offset.min(text.len());
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        (line, col)
    }
}

/// Offsets of every element (array) or every key's value (object) of the container at `i`,
/// in one pass; a truncated container keeps what was read.
fn index_container(b: &[u8], i: usize) -> Children {
    match b.get(i) {
        Some(b'[') => {
            let mut out = Vec::new();
            let mut j = skip_ws(b, i + 1);
            while b.get(j).is_some_and(|c| *c != b']') {
                out.push(j);
                let Some(end) = skip_value(b, j) else { break };
                j = skip_ws(b, end);
                if b.get(j) != Some(&b',') {
                    break;
                }
                j = skip_ws(b, j + 1);
            }
            Children::Array(out)
        }
        Some(b'{') => {
            let mut out = Vec::new();
            let mut j = skip_ws(b, i + 1);
            while b.get(j).is_some_and(|c| *c != b'}') {
                let Some((key, after)) = read_string(b, j) else {
                    break;
                };
                j = skip_ws(b, after);
                if b.get(j) != Some(&b':') {
                    break;
                }
                j = skip_ws(b, j + 1);
                out.push((key, j));
                let Some(end) = skip_value(b, j) else { break };
                j = skip_ws(b, end);
                if b.get(j) != Some(&b',') {
                    break;
                }
                j = skip_ws(b, j + 1);
            }
            Children::Object(out)
        }
        _ => Children::Scalar,
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Reads a JSON string starting at `i` (at the quote); returns it unescaped (simple escapes
/// only, enough to compare keys) and the offset after the closing quote.
fn read_string(b: &[u8], i: usize) -> Option<(String, usize)> {
    if b.get(i)? != &b'"' {
        return None;
    }
    let mut out = Vec::new();
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'"' => return Some((String::from_utf8_lossy(&out).into_owned(), j + 1)),
            b'\\' => {
                let e = *b.get(j + 1)?;
                out.push(match e {
                    b'n' => b'\n',
                    b't' => b'\t',
                    b'r' => b'\r',
                    other => other,
                });
                j += 2;
            }
            c => {
                out.push(c);
                j += 1;
            }
        }
    }
}

/// Offset just after the string starting at `i` (at the quote), without reading it.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i)? != &b'"' {
        return None;
    }
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'"' => return Some(j + 1),
            b'\\' => j += 2,
            _ => j += 1,
        }
    }
}

/// Offset just after the value starting at `i`. Iterative, so deep nesting cannot overflow
/// the stack.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    loop {
        match *b.get(j)? {
            b'"' => j = string_end(b, j)?,
            b'{' | b'[' => {
                depth += 1;
                j += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                j += 1;
            }
            _ => {
                j += 1;
                if depth == 0 {
                    while j < b.len()
                        && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                    {
                        j += 1;
                    }
                    return Some(j);
                }
            }
        }
        if depth == 0 {
            return Some(j);
        }
    }
}

/// A key that appears twice in one object: a JSON reader keeps one of the two values and
/// drops the other without a word (a second `"offers"` list replaces the first).
pub(crate) struct DuplicateKey {
    /// Path of the repeated key's value.
    pub path: Path,
    /// Byte offsets of the first and of the repeated occurrence of the key.
    pub first: usize,
    pub repeat: usize,
}

enum Step<'a> {
    Key(&'a [u8]),
    Index(usize),
}

/// Every repeated key in `text`, in text order. Runs only on text that already parsed as
/// JSON, so its nesting is within serde_json's limit of 128 and the recursion bounded.
/// Keys are compared as written: `"en"` and `"\u0065n"` count as different.
pub(crate) fn duplicate_keys(text: &str) -> Vec<DuplicateKey> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    scan(b, skip_ws(b, 0), &mut Vec::new(), &mut Vec::new(), &mut out);
    out.sort_by_key(|d| d.repeat);
    out
}

/// Scans the value at `i`; returns the offset after it. `keys` holds the keys of every
/// object being scanned, innermost last, each with the offset of its opening quote: one
/// buffer for the whole text, not one allocation per object.
fn scan<'a>(
    b: &'a [u8],
    i: usize,
    at: &mut Vec<Step<'a>>,
    keys: &mut Vec<(&'a [u8], usize)>,
    out: &mut Vec<DuplicateKey>,
) -> Option<usize> {
    let (close, object) = match b.get(i)? {
        b'{' => (b'}', true),
        b'[' => (b']', false),
        _ => return skip_value(b, i),
    };
    let mine = keys.len();
    let mut n = 0;
    let mut j = skip_ws(b, i + 1);
    while b.get(j).is_some_and(|c| *c != close) {
        if object {
            let end = string_end(b, j)?;
            let key = b.get(j + 1..end - 1)?;
            keys.push((key, j));
            at.push(Step::Key(key));
            j = skip_ws(b, end);
            if b.get(j) != Some(&b':') {
                return None;
            }
            j = skip_ws(b, j + 1);
        } else {
            at.push(Step::Index(n));
        }
        n += 1;
        let after = scan(b, j, at, keys, out);
        at.pop();
        j = skip_ws(b, after?);
        if b.get(j) != Some(&b',') {
            break;
        }
        j = skip_ws(b, j + 1);
    }
    if object {
        repeats(keys.get(mine..).unwrap_or(&[]), at, out);
        keys.truncate(mine);
    }
    Some(j + 1)
}

/// Reports each key of one object that an earlier key of it repeats.
fn repeats(keys: &[(&[u8], usize)], at: &[Step], out: &mut Vec<DuplicateKey>) {
    let mut found = |key: &[u8], first: usize, repeat: usize| {
        let mut path = Path::root();
        for s in at {
            path = match s {
                Step::Key(k) => path.key(String::from_utf8_lossy(k).into_owned()),
                Step::Index(n) => path.index(*n),
            };
        }
        out.push(DuplicateKey {
            path: path.key(String::from_utf8_lossy(key).into_owned()),
            first,
            repeat,
        });
    };
    // The format's objects have a few dozen keys at most: compare pairs, no allocation.
    if keys.len() <= 32 {
        for (n, &(k, repeat)) in keys.iter().enumerate() {
            if let Some(&(_, first)) = keys.get(..n).and_then(|b| b.iter().find(|x| x.0 == k)) {
                found(k, first, repeat);
            }
        }
        return;
    }
    // Sorted by key, then by position: a repeat follows the first occurrence of its key.
    let mut sorted = keys.to_vec();
    sorted.sort_unstable();
    for pair in sorted.windows(2) {
        let [(k1, _), (k2, repeat)] = pair else {
            continue;
        };
        if k1 == k2 {
            let first = sorted
                .get(sorted.partition_point(|(k, _)| k < k2))
                .map_or(*repeat, |x| x.1);
            found(k2, first, *repeat);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locate(text: &str, path: &Path) -> (usize, usize) {
        Locator::new(text).locate(path)
    }

    #[test]
    fn locates_nested_values() {
        let t = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null]}\n}";
        let p = Path::root().key("a").index(1).key("b");
        assert_eq!(p.to_string(), "$.a[1].b");
        assert_eq!(locate(t, &p), (2, 18));
        assert_eq!(locate(t, &Path::root().key("c").key("d").index(1)), (3, 21));
        // A missing tail falls back to the deepest existing ancestor.
        assert_eq!(locate(t, &Path::root().key("c").key("zz")), (3, 8));
    }

    #[test]
    fn odd_keys_are_quoted() {
        assert_eq!(Path::root().key("@id").to_string(), "$[\"@id\"]");
    }

    #[test]
    fn many_lookups_index_each_container_once() {
        // One rule per line: rule i is on line i + 3, its `to` value at column 26.
        let n = 3000;
        let mut t = String::from("{\n\"rules\": [\n");
        for i in 0..n {
            let sep = if i + 1 < n { "," } else { "" };
            t.push_str(&format!("  {{\"id\": \"r{i:05}\", \"to\": \"x\"}}{sep}\n"));
        }
        t.push_str("]}\n");
        let loc = Locator::new(&t);
        for i in (0..n).rev() {
            let p = Path::root().key("rules").index(i).key("to");
            assert_eq!(loc.locate(&p), (i + 3, 26), "rule {i}");
        }
        // The root, the array and each rule object: linear in the number of lookups, not
        // a walk from the start of the text for every one.
        assert_eq!(loc.indexed_containers(), n + 2);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let t = "{\"ä\": \"ö\", \"k\": 1}";
        assert_eq!(locate(t, &Path::root().key("k")), (1, 17));
    }

    #[test]
    fn finds_each_repeated_key_with_its_first_occurrence() {
        let t = "{\"offers\": [],\n \"rules\": [{\"id\": \"a\", \"note\": {\"en\": \"x\", \"en\": \"y\", \"en\": \"z\"}}],\n \"offers\": [{\"id\": \"o\"}]}";
        let found: Vec<(String, usize, usize)> = duplicate_keys(t)
            .into_iter()
            .map(|d| (d.path.to_string(), d.first, d.repeat))
            .collect();
        let off = |needle: &str, nth: usize| t.match_indices(needle).nth(nth).map_or(0, |m| m.0);
        assert_eq!(
            found,
            [
                (
                    "$.rules[0].note.en".to_string(),
                    off("\"en\"", 0),
                    off("\"en\"", 1)
                ),
                (
                    "$.rules[0].note.en".to_string(),
                    off("\"en\"", 0),
                    off("\"en\"", 2)
                ),
                (
                    "$.offers".to_string(),
                    off("\"offers\"", 0),
                    off("\"offers\"", 1)
                ),
            ]
        );
        assert_eq!(Locator::new(t).line_col(off("\"offers\"", 1)), (3, 2));
    }

    #[test]
    fn the_same_key_in_different_objects_is_no_repeat() {
        let t = r#"[{"id": "a", "title": {"en": "A"}}, {"id": "b", "title": {"en": "B"}}, [], {}, "id"]"#;
        assert!(duplicate_keys(t).is_empty());
    }

    #[test]
    fn a_big_object_is_searched_as_a_small_one() {
        let mut t = String::from("{");
        for i in 0..100 {
            t += &format!("\"k{i}\": {i}, ");
        }
        t += "\"k7\": 0, \"k7\": 1}";
        let found: Vec<(String, usize, usize)> = duplicate_keys(&t)
            .into_iter()
            .map(|d| (d.path.to_string(), d.first, d.repeat))
            .collect();
        let off = |nth: usize| t.match_indices("\"k7\"").nth(nth).map_or(0, |m| m.0);
        assert_eq!(
            found,
            [
                ("$.k7".to_string(), off(0), off(1)),
                ("$.k7".to_string(), off(0), off(2))
            ]
        );
    }
}
