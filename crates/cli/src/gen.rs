//! `pathways gen` (stub: to be written).

pub fn run(_args: Vec<String>) -> i32 {
    eprintln!("pathways gen: not implemented yet");
    2
}
