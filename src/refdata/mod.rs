//! Reference data: code lists the rules look values up in.
//!
//! These tables are small and compiled in. Large data (administrative units
//! over time) is kept out of the core module and loaded on demand.

pub mod countries;
pub mod ethnicity;
pub mod provinces;
