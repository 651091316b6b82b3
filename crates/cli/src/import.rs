//! `pathways import` (stub: to be written).

pub fn run(_args: Vec<String>) -> i32 {
    eprintln!("pathways import: not implemented yet");
    2
}
