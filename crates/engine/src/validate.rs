//! The validator: every problem of a dataset in one run, each with file, line:column and JSON path.
