//! Legacy encodings of Vietnamese text: detection and repair.
