//! Export of our format to CTDL JSON-LD.
