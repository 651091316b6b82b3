//! JSON paths and their positions in the source text.
//!
//! Diagnostics need `line:column` for a path such as `$.offers[3].entry.all[1]`. Keeping a
//! position for every value of a 100k-offer file would cost more memory than the dataset,
//! so positions are found on demand: [`locate`] walks the text along the path, skipping
//! everything else. It only runs on text that already parsed as JSON.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A JSON path from the document root.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }
    pub fn key(&self, k: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Key(k.to_string()));
        p
    }
    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
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

/// 1-based line and column (in characters) of the value at `path`, or of the deepest
/// ancestor that exists when the path goes further than the document.
pub fn locate(text: &str, path: &Path) -> (usize, usize) {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, 0);
    let mut best = pos;
    for seg in &path.0 {
        match find_child(b, pos, seg) {
            Some(p) => {
                pos = p;
                best = p;
            }
            None => break,
        }
    }
    line_col(text, best)
}

/// Line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count() + 1)
        .unwrap_or(1);
    (line, col)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Offset of the value of child `seg` of the container starting at `i`.
fn find_child(b: &[u8], i: usize, seg: &Seg) -> Option<usize> {
    match (b.get(i)?, seg) {
        (b'{', Seg::Key(want)) => {
            let mut j = skip_ws(b, i + 1);
            loop {
                if b.get(j)? == &b'}' {
                    return None;
                }
                let (key, after) = read_string(b, j)?;
                j = skip_ws(b, after);
                if b.get(j)? != &b':' {
                    return None;
                }
                j = skip_ws(b, j + 1);
                if &key == want {
                    return Some(j);
                }
                j = skip_ws(b, skip_value(b, j)?);
                match b.get(j)? {
                    b',' => j = skip_ws(b, j + 1),
                    _ => return None,
                }
            }
        }
        (b'[', Seg::Index(want)) => {
            let mut j = skip_ws(b, i + 1);
            let mut n = 0;
            loop {
                if b.get(j)? == &b']' {
                    return None;
                }
                if n == *want {
                    return Some(j);
                }
                j = skip_ws(b, skip_value(b, j)?);
                match b.get(j)? {
                    b',' => j = skip_ws(b, j + 1),
                    _ => return None,
                }
                n += 1;
            }
        }
        _ => None,
    }
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

/// Offset just after the value starting at `i`. Iterative, so deep nesting cannot overflow
/// the stack.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    loop {
        match *b.get(j)? {
            b'"' => j = read_string(b, j)?.1,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
