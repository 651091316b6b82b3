//! Importers from CTDL and ELM JSON-LD into our format, with a mapping report.
