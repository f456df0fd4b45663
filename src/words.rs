//! Dates written in Vietnamese words, as birth certificates write the date of birth.
