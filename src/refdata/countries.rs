//! Countries: ISO 3166-1 codes and Vietnamese names.
