//! `pathways check` (stub: to be written).

pub fn run(_args: Vec<String>) -> i32 {
    eprintln!("pathways check: not implemented yet");
    2
}
