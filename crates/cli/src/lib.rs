//! Command dispatch for `pathways`. Each subcommand lives in its own module, parses its own
//! arguments and returns the process exit code, so commands are testable without a process.

pub mod check;
mod data;
pub mod explore;
pub mod export;
pub mod gen;
pub mod import;
pub mod pack;
pub mod route;

const USAGE: &str = "usage: pathways <command> [options]

commands:
  check FILE...                 validate dataset files (exit 0 clean, 1 warnings, 2 errors)
  gen --offers N --seed S       write a synthetic dataset
  route --data FILE ...         plan routes for a learner profile and a goal
  explore --data FILE ...       every destination a learner can reach, and what one change opens
  import [--from ctdl|elm|auto] -o OUT FILE...
  export --to ctdl -o OUT DATASET
  pack -o OUT.pwpack FILE...    write a validated dataset as one pack (read a slice at a time in browsers)

Run `pathways <command> --help` for the options of one command.";

/// Parses a subcommand's arguments; `Err` carries the exit code after clap printed help
/// (0) or the usage error (2).
pub fn parse_args<T: clap::Parser>(args: Vec<String>) -> Result<T, i32> {
    T::try_parse_from(args).map_err(|e| {
        let _ = e.print();
        if e.use_stderr() {
            2
        } else {
            0
        }
    })
}

pub fn run(args: Vec<String>) -> i32 {
    let Some(cmd) = args.first() else {
        eprintln!("{USAGE}");
        return 2;
    };
    // clap expects the program name first.
    let sub: Vec<String> = std::iter::once(format!("pathways {cmd}"))
        .chain(args[1..].iter().cloned())
        .collect();
    match cmd.as_str() {
        "check" => check::run(sub),
        "gen" => gen::run(sub),
        "route" => route::run(sub),
        "explore" => explore::run(sub),
        "import" => import::run(sub),
        "export" => export::run(sub),
        "pack" => pack::run(sub),
        "--version" | "-V" => {
            println!("pathways {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "--help" | "-h" | "help" => {
            println!("{USAGE}");
            0
        }
        other => {
            eprintln!("pathways: unknown command `{other}`\n\n{USAGE}");
            2
        }
    }
}

/// Today's date (UTC) as YYYY-MM-DD from the system clock; the engine itself never reads a
/// clock, so commands pass this in.
pub fn today() -> Option<String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    Some(pathways_engine::date::format_ymd(secs.div_euclid(86_400)))
}

/// The English message catalogue (the same file the web app uses).
/// `f` given the English renderer over `cat` ([`english`]) and `ds`, ids shown as "title
/// [id]": how every command words a message.
pub fn in_english<R>(
    cat: &std::collections::BTreeMap<String, String>,
    ds: &pathways_engine::Dataset,
    f: impl FnOnce(&pathways_engine::route::render::Renderer) -> R,
) -> R {
    let text = |k: &str| cat.get(k).cloned();
    f(&pathways_engine::route::render::Renderer {
        ds,
        lang: "en",
        text: &text,
        with_ids: true,
    })
}

pub fn english() -> std::collections::BTreeMap<String, String> {
    let mut cat: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("../../../locales/en.json")).unwrap_or_default();
    // Field names live apart (the app fetches them after start); the CLI has them all.
    let fields: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("../../../locales/fields-en.json")).unwrap_or_default();
    cat.extend(fields);
    cat
}
