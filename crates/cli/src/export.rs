//! `pathways export` (stub: to be written).

pub fn run(_args: Vec<String>) -> i32 {
    eprintln!("pathways export: not implemented yet");
    2
}
