//! Synthetic datasets with a realistic shape, deterministic per seed (for tests and benchmarks).
