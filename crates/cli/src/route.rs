//! `pathways route` (stub: to be written).

pub fn run(_args: Vec<String>) -> i32 {
    eprintln!("pathways route: not implemented yet");
    2
}
