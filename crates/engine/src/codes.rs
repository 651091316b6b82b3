//! Code tables for the validator: ISCED-F 2013, NUTS 2021, ISO 639-1, ISO 4217, ISO 3166-1.
