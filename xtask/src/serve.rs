//! A small static file server for `dist/` (std only): `cargo xtask serve` and the e2e tests.
//! It serves files with the right MIME types (wasm needs `application/wasm` for streaming
//! compilation) and never lists directories or leaves `dist/`. It behaves like the static
//! hosts docs/HOSTING.md describes, so what is measured here is what users get: the
//! gzip file `cargo xtask build` writes beside each text and wasm file goes to clients
//! that accept it, hashed files are cached for a year, everything else is revalidated
//! (`no-cache` with an ETag, answered `304 Not Modified`).

use crate::steps::{root, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

pub fn serve_forever(port: u16) -> Result {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!("Pathways Planner is served at http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    accept_loop(listener, root().join("dist"));
    Ok(())
}

/// Starts a server on a free port in a background thread; returns the port.
pub fn spawn(dir: PathBuf) -> Result<u16> {
    let listener =
        TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("cannot listen: {e}"))?;
    let port = listener
        .local_addr()
        .map_err(|e| format!("no local address: {e}"))?
        .port();
    std::thread::spawn(move || accept_loop(listener, dir));
    Ok(port)
}

fn accept_loop(listener: TcpListener, dir: PathBuf) {
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir);
        });
    }
}

fn handle(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let (mut gzip_ok, mut if_none_match) = (false, None);
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        let Some((name, value)) = h.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("accept-encoding") {
            gzip_ok = value
                .split(',')
                .any(|e| e.split(';').next().map(str::trim) == Some("gzip"));
        } else if name.eq_ignore_ascii_case("if-none-match") {
            if_none_match = Some(value.to_string());
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(file) = resolve(dir, path) else {
        return respond(&mut stream, 404, "text/plain", &[], b"not found");
    };
    let gz = PathBuf::from(format!("{}.gz", file.display()));
    let (sent, encoding) = if gzip_ok && gz.is_file() {
        (gz, Some("gzip"))
    } else {
        (file.clone(), None)
    };
    let Ok(meta) = std::fs::metadata(&sent) else {
        return respond(&mut stream, 404, "text/plain", &[], b"not found");
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!(
        "\"{:x}-{:x}{}\"",
        meta.len(),
        modified,
        if encoding.is_some() { "-gz" } else { "" }
    );
    let mut headers = vec![
        ("Cache-Control", cache_control(&file).to_string()),
        ("ETag", etag.clone()),
        ("Vary", "Accept-Encoding".to_string()),
    ];
    if let Some(e) = encoding {
        headers.push(("Content-Encoding", e.to_string()));
    }
    if if_none_match.as_deref() == Some(etag.as_str()) {
        return respond(&mut stream, 304, mime(&file), &headers, b"");
    }
    match std::fs::read(&sent) {
        Ok(body) => respond(&mut stream, 200, mime(&file), &headers, &body),
        Err(_) => respond(&mut stream, 404, "text/plain", &[], b"not found"),
    }
}

/// Files whose name carries a content hash (Trunk's `name-0123456789abcdef.ext`) never
/// change under that name: a year, immutable. The rest (the page, locales, data, the
/// widget loader) may change in place: revalidated on every use.
fn cache_control(p: &Path) -> &'static str {
    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem
        .rsplit_once('-')
        .is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Maps a URL path to a file inside `dir`, refusing `..` and absolute components.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path);
    let rel = decoded.trim_start_matches('/');
    let mut out = dir.to_path_buf();
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    out.is_file().then_some(out)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn mime(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "jsonld" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "bin" | "pwpack" => "application/octet-stream",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    ctype: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        304 => "Not Modified",
        _ => "Not Found",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if headers.is_empty() {
        head.push_str("Cache-Control: no-store\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)
}

#[cfg(test)]
mod tests {
    use super::cache_control;
    use std::path::Path;

    #[test]
    fn hashed_files_are_cached_and_the_rest_revalidated() {
        for f in [
            "pathways-planner-5cff7e74adebd9b1_bg.wasm",
            "pathways-planner-5cff7e74adebd9b1.js",
            "style-926dec93eba078e7.css",
        ] {
            assert!(cache_control(Path::new(f)).contains("immutable"), "{f}");
        }
        for f in [
            "index.html",
            "locales/en.json",
            "pathways-import_bg.wasm",
            "pathways-embed.js",
            "data/de.json",
        ] {
            assert_eq!(cache_control(Path::new(f)), "no-cache", "{f}");
        }
    }
}
