//! Reading dataset files: JSON text -> DatasetFile, with positions for diagnostics.
