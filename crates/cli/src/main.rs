//! `pathways`: the command-line tool over the engine.

fn main() {
    std::process::exit(pathways_cli::run(std::env::args().skip(1).collect()));
}
