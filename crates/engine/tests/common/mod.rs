//! What several test files share: the demo dataset, read once per test binary.

use pathways_engine::validate::read_files;
use pathways_engine::Dataset;
use std::sync::OnceLock;

/// The demo files of `pathways-data/demo`, read and checked as the app reads them.
pub fn demo() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pathways-data/demo");
        let mut inputs: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        inputs.sort();
        read_files(&inputs).dataset.unwrap()
    })
}
